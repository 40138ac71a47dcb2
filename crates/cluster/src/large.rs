//! Stories larger than the link cap.
//!
//! Each article keeps links to its few most similar earlier articles only
//! (memory stays linear), and average link counts a missing link as 0. For a
//! story of up to about that many articles nothing is lost: its pairs are
//! linked. A story of 150 articles has most of its pairs unlinked, its mean
//! over all pairs reads far lower than it is, and average link cuts it into
//! pieces (a test: one story told by 150 outlets came out in 20 pieces).
//!
//! So once two groups together outgrow what the links can cover, their
//! similarity is taken over all their pairs, from summed vectors: the mean
//! body cosine of two groups is the dot product of their summed (normalised)
//! vectors over the number of pairs, exact and cheap however large the
//! groups. Names and headlines are averaged the same way over the articles
//! that have them, and the time distance is the gap between the groups' spans
//! of days. Groups are only compared when some link joins them, best pair
//! first, so the result depends on the groups and the links only: a pile fed
//! in batches still ends as one fed at once.

use std::collections::BinaryHeap;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::agglomerate::Candidate;
use crate::link::{PairEvidence, Settings};

/// What one article brings to its group's sums.
pub struct Member<'a> {
    pub body: &'a [(u32, f32)],
    pub names: &'a [(u32, f32)],
    pub title: &'a [(u32, f32)],
    pub day: Option<i32>,
}

/// A group's summed evidence.
#[derive(Default)]
struct Sums {
    size: u32,
    body: FxHashMap<u32, f32>,
    names: FxHashMap<u32, f32>,
    named: u32,
    title: FxHashMap<u32, f32>,
    titled: u32,
    days: Option<(i32, i32)>,
}

impl Sums {
    fn add(&mut self, m: &Member) {
        self.size += 1;
        add_into(&mut self.body, m.body.iter().copied());
        if !m.names.is_empty() {
            add_into(&mut self.names, m.names.iter().copied());
            self.named += 1;
        }
        if !m.title.is_empty() {
            add_into(&mut self.title, m.title.iter().copied());
            self.titled += 1;
        }
        if let Some(d) = m.day {
            self.days = Some(self.days.map_or((d, d), |(lo, hi)| (lo.min(d), hi.max(d))));
        }
    }

    fn absorb(&mut self, other: Sums) {
        self.size += other.size;
        add_into(&mut self.body, other.body);
        add_into(&mut self.names, other.names);
        self.named += other.named;
        add_into(&mut self.title, other.title);
        self.titled += other.titled;
        self.days = match (self.days, other.days) {
            (Some((a, b)), Some((c, d))) => Some((a.min(c), b.max(d))),
            (x, y) => x.or(y),
        };
    }

    /// The two groups' evidence, averaged over their pairs.
    fn evidence(&self, other: &Sums) -> PairEvidence {
        let mean = |p: &FxHashMap<u32, f32>, q: &FxHashMap<u32, f32>, m: u32, n: u32| {
            (m > 0 && n > 0).then(|| dot(p, q) / (m as f32 * n as f32))
        };
        PairEvidence {
            body: mean(&self.body, &other.body, self.size, other.size).unwrap_or(0.0),
            names: mean(&self.names, &other.names, self.named, other.named),
            title: mean(&self.title, &other.title, self.titled, other.titled),
            days_apart: self.days.zip(other.days).map(|((a, b), (c, d))| {
                if b < c {
                    c.abs_diff(b)
                } else if d < a {
                    a.abs_diff(d)
                } else {
                    0
                }
            }),
        }
    }
}

fn add_into(sum: &mut FxHashMap<u32, f32>, terms: impl IntoIterator<Item = (u32, f32)>) {
    for (t, w) in terms {
        *sum.entry(t).or_default() += w;
    }
}

fn dot(p: &FxHashMap<u32, f32>, q: &FxHashMap<u32, f32>) -> f32 {
    let (small, large) = if p.len() <= q.len() { (p, q) } else { (q, p) };
    small.iter().filter_map(|(t, w)| large.get(t).map(|v| w * v)).sum()
}

/// Merge groups (each entry's smallest member index, as average link returns
/// them) that some link joins and that together have more than `covered`
/// articles, while their mean similarity over all pairs reaches `threshold`.
/// Returns each entry's smallest member index again.
pub fn merge_large<'a>(
    groups: Vec<usize>,
    edges: &[(u32, u32, f32)],
    threshold: f32,
    covered: usize,
    settings: &Settings,
    member: impl Fn(usize) -> Member<'a>,
) -> Vec<usize> {
    let n = groups.len();
    let mut size: FxHashMap<usize, usize> = FxHashMap::default();
    for &g in &groups {
        *size.entry(g).or_default() += 1;
    }
    let mut neighbours: FxHashMap<usize, FxHashSet<usize>> = FxHashMap::default();
    for &(a, b, _) in edges {
        let (a, b) = (a as usize, b as usize);
        if a >= n || b >= n {
            continue;
        }
        let (g, h) = (groups[a], groups[b]);
        if g != h && size[&g] + size[&h] > covered {
            neighbours.entry(g).or_default().insert(h);
            neighbours.entry(h).or_default().insert(g);
        }
    }
    if neighbours.is_empty() {
        return groups;
    }
    // Sums only for the groups that may merge here, members in index order.
    let mut sums: FxHashMap<usize, Sums> = neighbours.keys().map(|&g| (g, Sums::default())).collect();
    for (i, g) in groups.iter().enumerate() {
        if let Some(s) = sums.get_mut(g) {
            s.add(&member(i));
        }
    }
    let mut version: FxHashMap<usize, u32> = FxHashMap::default();
    let mut heap = BinaryHeap::new();
    let candidate = |sums: &FxHashMap<usize, Sums>, version: &FxHashMap<usize, u32>, g: usize, h: usize| {
        let (a, b) = (g.min(h), g.max(h));
        let mean = settings.similarity(&sums[&a].evidence(&sums[&b]));
        let v = |x: usize| version.get(&x).copied().unwrap_or(0);
        (mean >= threshold).then_some(Candidate { mean, a, b, versions: (v(a), v(b)) })
    };
    let mut pairs: Vec<(usize, usize)> =
        neighbours.iter().flat_map(|(&g, hs)| hs.iter().filter(move |&&h| g < h).map(move |&h| (g, h))).collect();
    pairs.sort_unstable();
    for (g, h) in pairs {
        heap.extend(candidate(&sums, &version, g, h));
    }
    // Each merged group is renamed to its smallest member index (the smaller id).
    let mut renamed: FxHashMap<usize, usize> = FxHashMap::default();
    while let Some(c) = heap.pop() {
        let v = |x: usize| version.get(&x).copied().unwrap_or(0);
        if renamed.contains_key(&c.a) || renamed.contains_key(&c.b) || (v(c.a), v(c.b)) != c.versions {
            continue;
        }
        let (keep, gone) = (c.a, c.b);
        let absorbed = sums.remove(&gone).unwrap_or_default();
        sums.get_mut(&keep).expect("a candidate's groups have sums").absorb(absorbed);
        renamed.insert(gone, keep);
        *version.entry(keep).or_default() += 1;
        let moved = neighbours.remove(&gone).unwrap_or_default();
        for &k in &moved {
            if let Some(ns) = neighbours.get_mut(&k) {
                ns.remove(&gone);
                if k != keep {
                    ns.insert(keep);
                }
            }
        }
        let ns = neighbours.entry(keep).or_default();
        ns.extend(moved.into_iter().filter(|&k| k != keep));
        ns.remove(&gone);
        let mut next: Vec<usize> = ns.iter().copied().collect();
        next.sort_unstable();
        for k in next {
            heap.extend(candidate(&sums, &version, keep, k));
        }
    }
    let final_id = |mut g: usize| {
        while let Some(&k) = renamed.get(&g) {
            g = k;
        }
        g
    };
    groups.into_iter().map(final_id).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vector(terms: &[u32]) -> Vec<(u32, f32)> {
        let w = 1.0 / (terms.len() as f32).sqrt();
        terms.iter().map(|&t| (t, w)).collect()
    }

    #[test]
    fn exact_mean_joins_groups_the_links_cannot_cover() {
        // Six articles on terms 1-2, two on terms 8-9; groups {0,1,2} and {3,4,5} joined by one link.
        let vectors: Vec<Vec<(u32, f32)>> =
            (0..8).map(|i| if i < 6 { vector(&[1, 2]) } else { vector(&[8, 9]) }).collect();
        let member = |i: usize| Member { body: &vectors[i], names: &[], title: &[], day: None };
        let groups = vec![0, 0, 0, 3, 3, 3, 6, 6];
        let edges = [(2, 3, 0.9), (5, 6, 0.1)];
        let s = Settings::default();
        // Together 6 articles: more than 5 covered ones, so their mean over all pairs (1.0) counts.
        assert_eq!(merge_large(groups.clone(), &edges, 0.5, 5, &s, member), vec![0, 0, 0, 0, 0, 0, 6, 6]);
        // Covered by links: left to average link.
        assert_eq!(merge_large(groups.clone(), &edges, 0.5, 6, &s, member), groups);
        // Different terms never merge, however large.
        let edges = [(5, 6, 0.9)];
        assert_eq!(merge_large(groups.clone(), &edges, 0.5, 2, &s, member), groups);
    }

    #[test]
    fn days_apart_keep_large_groups_apart() {
        let v = vector(&[1, 2]);
        let days = [0, 1, 2, 40, 41, 42];
        let member = |i: usize| Member { body: &v, names: &[], title: &[], day: Some(days[i]) };
        let groups = vec![0, 0, 0, 3, 3, 3];
        let s = Settings::default();
        assert_eq!(merge_large(groups.clone(), &[(2, 3, 0.9)], 0.5, 2, &s, member), groups);
        let near = [0, 1, 2, 3, 4, 5];
        let member = |i: usize| Member { body: &v, names: &[], title: &[], day: Some(near[i]) };
        assert_eq!(merge_large(groups, &[(2, 3, 0.9)], 0.5, 2, &s, member), vec![0; 6]);
    }
}
