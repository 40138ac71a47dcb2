//! Average-link agglomerative clustering over a sparse similarity graph.
//!
//! Two groups merge while the mean similarity over all pairs of their
//! articles (a missing edge counts as 0) is at least the threshold, best pair
//! first. Unlike single links, one article that resembles two stories cannot
//! chain them together; unlike a first-come centroid, the result does not
//! depend on the order articles arrive in.

use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;

use rustc_hash::FxHashMap;

/// One candidate merge: mean similarity, then the two groups (lower id first)
/// and their versions when the entry was made (a changed group makes it stale).
/// Also the heap entry of `large.rs`, whose group ids are member indices.
#[derive(PartialEq)]
pub(crate) struct Candidate<Id> {
    pub(crate) mean: f32,
    pub(crate) a: Id,
    pub(crate) b: Id,
    pub(crate) versions: (u32, u32),
}

impl<Id: PartialEq> Eq for Candidate<Id> {}

impl<Id: Ord + Copy> Ord for Candidate<Id> {
    fn cmp(&self, other: &Self) -> Ordering {
        // Highest mean first; ties go to the oldest groups, so the result is fixed.
        self.mean
            .total_cmp(&other.mean)
            .then_with(|| Reverse((self.a, self.b)).cmp(&Reverse((other.a, other.b))))
            .then_with(|| self.versions.cmp(&other.versions))
    }
}

impl<Id: Ord + Copy> PartialOrd for Candidate<Id> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Cluster `n` items linked by `edges` (a, b, similarity; each pair once).
/// Returns for each item the smallest item index of its group.
pub fn average_link(n: usize, edges: impl Iterator<Item = (u32, u32, f32)>, threshold: f32) -> Vec<usize> {
    let edges: Vec<(u32, u32, f32)> =
        edges.filter(|&(a, b, s)| a != b && (a as usize) < n && (b as usize) < n && s.is_finite()).collect();
    // Two groups merge only when their mean reaches the threshold, so only
    // when some pair between them does: every story lies within one component
    // of the links at or above the threshold. A weaker link between two such
    // components can never count, and is not stored (most links, in a large pile).
    let mut component: Vec<u32> = (0..n as u32).collect();
    for &(a, b, s) in &edges {
        if s >= threshold {
            let (x, y) = (find(&mut component, a), find(&mut component, b));
            component[x.max(y) as usize] = x.min(y);
        }
    }
    let mut sums: Vec<FxHashMap<u32, f32>> = vec![FxHashMap::default(); n];
    for (a, b, s) in edges {
        if find(&mut component, a) != find(&mut component, b) {
            continue;
        }
        *sums[a as usize].entry(b).or_default() += s;
        *sums[b as usize].entry(a).or_default() += s;
    }
    let mut size = vec![1u32; n];
    let mut version = vec![0u32; n];
    let mut parent: Vec<u32> = (0..n as u32).collect();
    let mut heap = BinaryHeap::new();
    for (a, row) in sums.iter().enumerate() {
        for (&b, &s) in row {
            if (a as u32) < b && s >= threshold {
                heap.push(Candidate { mean: s, a: a as u32, b, versions: (0, 0) });
            }
        }
    }
    while let Some(c) = heap.pop() {
        if c.mean < threshold {
            break;
        }
        let (a, b) = (c.a as usize, c.b as usize);
        if parent[a] != c.a || parent[b] != c.b || (version[a], version[b]) != c.versions {
            continue;
        }
        // Fold the group with fewer neighbours into the other.
        let (keep, gone) = if sums[a].len() >= sums[b].len() { (a, b) } else { (b, a) };
        let moved = std::mem::take(&mut sums[gone]);
        sums[keep].remove(&(gone as u32));
        for (k, s) in moved {
            if k as usize == keep {
                continue;
            }
            let row = &mut sums[k as usize];
            row.remove(&(gone as u32));
            *row.entry(keep as u32).or_default() += s;
            *sums[keep].entry(k).or_default() += s;
        }
        parent[gone] = keep as u32;
        size[keep] += size[gone];
        version[keep] += 1;
        for (&k, &s) in &sums[keep] {
            let mean = s / (size[keep] as f32 * size[k as usize] as f32);
            if mean >= threshold {
                let (x, y) = if (keep as u32) < k { (keep as u32, k) } else { (k, keep as u32) };
                heap.push(Candidate { mean, a: x, b: y, versions: (version[x as usize], version[y as usize]) });
            }
        }
    }
    let root = |mut i: usize| {
        while parent[i] as usize != i {
            i = parent[i] as usize;
        }
        i
    };
    let mut smallest: FxHashMap<usize, usize> = FxHashMap::default();
    let roots: Vec<usize> = (0..n).map(root).collect();
    for (i, &r) in roots.iter().enumerate() {
        smallest.entry(r).or_insert(i);
    }
    roots.iter().map(|r| smallest[r]).collect()
}

/// Root of `i` in a union-find forest, halving paths on the way.
fn find(parent: &mut [u32], mut i: u32) -> u32 {
    while parent[i as usize] != i {
        parent[i as usize] = parent[parent[i as usize] as usize];
        i = parent[i as usize];
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merges_by_mean_not_single_links() {
        // 0-1 close, 2-3 close, 1-2 close: a single link would chain all four.
        let edges = vec![(0, 1, 0.9), (2, 3, 0.9), (1, 2, 0.5)];
        assert_eq!(average_link(4, edges.into_iter(), 0.3), vec![0, 0, 2, 2]);
        // A triangle merges whole.
        let edges = vec![(0, 1, 0.6), (1, 2, 0.6), (0, 2, 0.5)];
        assert_eq!(average_link(3, edges.into_iter(), 0.3), vec![0, 0, 0]);
    }

    #[test]
    fn nothing_links_below_threshold_and_bad_input_is_ignored() {
        let edges = vec![(0, 1, 0.1), (1, 1, 0.9), (0, 7, 0.9), (1, 2, f32::NAN)];
        assert_eq!(average_link(3, edges.into_iter(), 0.3), vec![0, 1, 2]);
        assert!(average_link(0, std::iter::empty(), 0.3).is_empty());
    }

    #[test]
    fn weak_links_count_inside_a_component_only() {
        // 0-1 and 1-2 strong: one component, where the weak 0-2 link still lowers the mean
        // (0.6+0.1)/2 = 0.35 < 0.4, so 2 stays out; a weak link to 3, outside, changes nothing.
        let edges = vec![(0, 1, 0.9), (1, 2, 0.6), (0, 2, 0.1), (2, 3, 0.2)];
        assert_eq!(average_link(4, edges.into_iter(), 0.4), vec![0, 0, 2, 3]);
        let edges = vec![(0, 1, 0.9), (1, 2, 0.6), (0, 2, 0.3)];
        assert_eq!(average_link(3, edges.into_iter(), 0.4), vec![0, 0, 0]);
    }

    #[test]
    fn order_of_edges_does_not_matter() {
        let edges = vec![(0, 1, 0.5), (1, 2, 0.45), (2, 3, 0.5), (0, 3, 0.2), (3, 4, 0.31)];
        let forward = average_link(5, edges.clone().into_iter(), 0.3);
        let backward = average_link(5, edges.into_iter().rev(), 0.3);
        assert_eq!(forward, backward);
    }
}
