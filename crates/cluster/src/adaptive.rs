//! A threshold that adapts to the pile: statistics of how similar each
//! article is to its nearest neighbours.
//!
//! The best fixed threshold rises with the size of a pile of one kind
//! (Multi-News dev: 0.09 for 729 articles, 0.15 for 2,842, 0.20 for 7,005,
//! 0.24 for 15,317): the more articles on neighbouring topics, the more of them
//! come close by chance. Their level shows in how similar an article is to its
//! 10th nearest neighbour in another story (as found at the base threshold),
//! so that it measures the crowd, not the story.

/// Neighbour rank whose similarity measures the pile's background.
pub const BACKGROUND_RANK: usize = 10;

/// Mean over articles of the similarity to their [`BACKGROUND_RANK`]-th
/// nearest linked neighbour (0 when an article has fewer links).
pub fn background(n: usize, links: impl Iterator<Item = (u32, u32, f32)>, keep: impl Fn(usize) -> bool) -> f32 {
    let near = neighbour_similarities(n, links);
    let (mut sum, mut count) = (0.0f64, 0usize);
    for (i, v) in near.iter().enumerate() {
        if keep(i) {
            sum += v.get(BACKGROUND_RANK - 1).copied().unwrap_or(0.0) as f64;
            count += 1;
        }
    }
    if count == 0 {
        0.0
    } else {
        (sum / count as f64) as f32
    }
}

/// Per article, the similarity to its [`BACKGROUND_RANK`]-th nearest linked
/// neighbour (0 when it has fewer links): the article's own background.
pub fn local_backgrounds(n: usize, links: impl Iterator<Item = (u32, u32, f32)>) -> Vec<f32> {
    neighbour_similarities(n, links).iter().map(|v| v.get(BACKGROUND_RANK - 1).copied().unwrap_or(0.0)).collect()
}

/// Hold each link to its own threshold: the pile's, raised by `weight` times
/// how far its two articles' own background (`local`, mean of the two) lies
/// above the pile's `background`, lowered where it lies below. Done by
/// subtracting that shift from the link's similarity, so that average link
/// can go on comparing with the pile's one threshold. A pair in a crowded
/// corner of the pile (many articles on neighbouring topics close to both)
/// needs more shared text to be one story than a pair in a quiet corner.
pub fn hold_to_local(edges: &mut [(u32, u32, f32)], local: &[f32], background: f32, weight: f32) {
    if weight == 0.0 {
        return;
    }
    let own = |i: u32| local.get(i as usize).copied().unwrap_or(0.0);
    for e in edges.iter_mut() {
        e.2 -= weight * ((own(e.0) + own(e.1)) / 2.0 - background);
    }
}

/// Per article, the similarities of its kept links (to earlier and later articles), strongest first.
pub fn neighbour_similarities(n: usize, links: impl Iterator<Item = (u32, u32, f32)>) -> Vec<Vec<f32>> {
    let mut near: Vec<Vec<f32>> = vec![Vec::new(); n];
    for (a, b, s) in links {
        if (a as usize) < n && (b as usize) < n && s.is_finite() {
            near[a as usize].push(s);
            near[b as usize].push(s);
        }
    }
    for v in &mut near {
        v.sort_by(|x, y| y.total_cmp(x));
    }
    near
}

/// The `q` quantile (0..=1) of `values` (sorted in place); None when empty.
pub fn quantile(values: &mut [f32], q: f32) -> Option<f32> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(f32::total_cmp);
    let k = ((values.len() - 1) as f32 * q.clamp(0.0, 1.0)).round() as usize;
    Some(values[k])
}

/// Otsu's split of `values` into a low and a high mode (bins of 0.01 over 0..1).
pub fn otsu(values: &[f32]) -> Option<f32> {
    if values.is_empty() {
        return None;
    }
    let mut hist = [0f64; 101];
    for &v in values {
        hist[(v.clamp(0.0, 1.0) * 100.0) as usize] += 1.0;
    }
    let total: f64 = hist.iter().sum();
    let sum_all: f64 = hist.iter().enumerate().map(|(k, h)| k as f64 * h).sum();
    let (mut w0, mut sum0, mut best, mut best_k) = (0.0, 0.0, -1.0, 0);
    for (k, h) in hist.iter().enumerate() {
        w0 += h;
        sum0 += k as f64 * h;
        let w1 = total - w0;
        if w0 == 0.0 || w1 == 0.0 {
            continue;
        }
        let (m0, m1) = (sum0 / w0, (sum_all - sum0) / w1);
        let between = w0 * w1 * (m0 - m1) * (m0 - m1);
        if between > best {
            best = between;
            best_k = k;
        }
    }
    Some((best_k as f32 + 1.0) / 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn background_is_the_tenth_neighbour() {
        // Article 0 linked to 12 others at falling similarity; the others have one link each.
        let links: Vec<(u32, u32, f32)> = (1..=12).map(|k| (0, k, 1.0 - k as f32 * 0.05)).collect();
        let b = background(13, links.iter().copied(), |i| i == 0);
        assert!((b - 0.5).abs() < 1e-6, "{b}");
        assert_eq!(background(13, links.into_iter(), |i| i > 0), 0.0);
        assert_eq!(background(0, std::iter::empty(), |_| true), 0.0);
    }

    #[test]
    fn links_in_a_crowded_corner_are_held_to_more() {
        // Articles 0-1 have 10 neighbours each in other stories at 0.3; 2-3 have none.
        let mut across: Vec<(u32, u32, f32)> = Vec::new();
        for k in 0..10 {
            across.push((0, 4 + k, 0.3));
            across.push((1, 4 + k, 0.3));
        }
        let local = local_backgrounds(14, across.iter().copied());
        assert_eq!((local[0], local[1], local[2], local[4]), (0.3, 0.3, 0.0, 0.0));
        let mut edges = vec![(0, 1, 0.25), (2, 3, 0.25)];
        hold_to_local(&mut edges, &local, 0.1, 1.0);
        // 0.25 - (0.3 - 0.1) and 0.25 - (0 - 0.1): at a pile threshold of 0.2 only the quiet pair joins.
        assert!((edges[0].2 - 0.05).abs() < 1e-6 && (edges[1].2 - 0.35).abs() < 1e-6, "{edges:?}");
        let mut same = vec![(0, 1, 0.25)];
        hold_to_local(&mut same, &local, 0.1, 0.0);
        assert_eq!(same, vec![(0, 1, 0.25)]);
    }

    #[test]
    fn quantiles_and_otsu() {
        let mut v = vec![0.3, 0.1, 0.2];
        assert_eq!(quantile(&mut v, 0.5), Some(0.2));
        assert_eq!(quantile(&mut [], 0.5), None);
        let split = otsu(&[0.05, 0.06, 0.07, 0.5, 0.55, 0.6]).unwrap();
        assert!(split > 0.07 && split <= 0.5, "{split}");
    }
}
