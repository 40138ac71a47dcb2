//! Mutual nearest neighbours in a crowded pile.
//!
//! In a pile crowded with articles on neighbouring topics, two articles that
//! are each among the other's few most similar are likelier one story than
//! their similarity alone says: the crowd offered each of them many other
//! partners and they still chose each other. In a sparse pile that choice is
//! close to automatic (an article's nearest few are whatever there is), so
//! the boost grows with the pile's background similarity
//! ([`crate::adaptive::background`]) and is nil where there is no crowd.
//! Links are the kept ones, identical however the pile was fed, so the
//! boost keeps a pile fed in batches equal to one fed at once.

/// How many of an article's most similar links count as its nearest.
pub const MUTUAL_RANK: usize = 3;

/// Multiply the similarity of every link whose two articles are among each
/// other's [`MUTUAL_RANK`] most similar links by `1 + factor`.
pub fn boost_mutual(n: usize, edges: &mut [(u32, u32, f32)], factor: f32) {
    if factor <= 0.0 || edges.is_empty() {
        return;
    }
    let mut near: Vec<Vec<(f32, u32)>> = vec![Vec::new(); n];
    for &(a, b, s) in edges.iter() {
        if (a as usize) < n && (b as usize) < n {
            near[a as usize].push((s, b));
            near[b as usize].push((s, a));
        }
    }
    let nearest: Vec<Vec<u32>> = near
        .into_iter()
        .map(|mut v| {
            // Ties go to the earlier article, so the lists are fixed.
            v.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
            v.truncate(MUTUAL_RANK);
            v.into_iter().map(|(_, j)| j).collect()
        })
        .collect();
    for e in edges.iter_mut() {
        let (a, b) = (e.0 as usize, e.1 as usize);
        if a < n && b < n && nearest[a].contains(&e.1) && nearest[b].contains(&e.0) {
            e.2 *= 1.0 + factor;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_mutual_nearest_links_are_boosted() {
        // Article 0's nearest three are 1, 2, 3; article 4 links to 0 weakly, and 0 is 4's only link.
        let mut edges = vec![(0, 1, 0.5), (0, 2, 0.4), (0, 3, 0.3), (0, 4, 0.2), (1, 2, 0.1)];
        boost_mutual(5, &mut edges, 0.5);
        assert_eq!(edges[0].2, 0.75);
        assert!((edges[1].2 - 0.6).abs() < 1e-6 && (edges[2].2 - 0.45).abs() < 1e-6);
        // 0 is 4's nearest, but 4 is not among 0's nearest three: not mutual.
        assert_eq!(edges[3].2, 0.2);
        assert!((edges[4].2 - 0.15).abs() < 1e-6);
        // No crowd, no boost.
        let mut same = vec![(0, 1, 0.5)];
        boost_mutual(2, &mut same, 0.0);
        assert_eq!(same, vec![(0, 1, 0.5)]);
    }
}
