//! ensemble: the file format and evaluation of the learned sentence scorer, a
//! sum of regression trees (gradient boosting, trained by `chorus train model`).
//!
//! The format is plain text so that a model diff is readable and the file
//! stays small (well under 1 MB):
//!
//! ```text
//! # comment lines
//! base<TAB>0.1234
//! tree
//! split<TAB>feature_name<TAB>threshold<TAB>left<TAB>right
//! leaf<TAB>value
//! ```
//!
//! Nodes of a tree are numbered from 0 in the order they appear; a row goes
//! left when `value < threshold`. Features are named, so a model refers to
//! [`crate::features::names`] and can never silently read the wrong column.

use std::fmt::Write;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Node {
    Split { feature: usize, threshold: f64, left: u32, right: u32 },
    Leaf(f64),
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Ensemble {
    pub base: f64,
    pub trees: Vec<Vec<Node>>,
    /// All trees' nodes in one compact array, for fast evaluation.
    flat: Vec<FlatNode>,
    /// Each tree's root in `flat`.
    roots: Vec<u32>,
    /// The same trees padded to complete ones, when they are shallow.
    complete: Option<Complete>,
}

/// Every tree as a complete binary tree of one depth, in heap order (the
/// children of split `i` are `2i + 1` and `2i + 2`, leaves follow the
/// splits): a row walks `depth` levels with no branch to mispredict and no
/// child index to load. A leaf above the bottom becomes a split whose two
/// subtrees are copies of it, so whichever way a row goes it ends there.
#[derive(Debug, Clone, PartialEq)]
struct Complete {
    depth: u32,
    /// `2^depth - 1` per tree: thresholds (as in [`FlatNode`]) and features.
    thresholds: Vec<f32>,
    features: Vec<u16>,
    /// `2^depth` per tree.
    leaves: Vec<f32>,
}

/// Deeper trees keep the pointer walk: a complete tree doubles per level.
const MAX_COMPLETE_DEPTH: u32 = 8;

impl Complete {
    /// None when a tree is empty, deeper than [`MAX_COMPLETE_DEPTH`], or has
    /// a child that does not point forward (what [`check`] refuses).
    fn new(trees: &[Vec<Node>]) -> Option<Complete> {
        // Each node's level on its longest path from the root, in one
        // forward pass: every parent comes before its children.
        let mut depth = 0u32;
        let mut level = Vec::new();
        for tree in trees {
            if tree.is_empty() {
                return None;
            }
            level.clear();
            level.resize(tree.len(), 0u32);
            for (i, node) in tree.iter().enumerate() {
                match *node {
                    Node::Leaf(_) => depth = depth.max(level[i]),
                    Node::Split { left, right, .. } => {
                        for child in [left as usize, right as usize] {
                            if child <= i || child >= tree.len() {
                                return None;
                            }
                            level[child] = level[child].max(level[i] + 1);
                        }
                    }
                }
            }
        }
        if depth > MAX_COMPLETE_DEPTH {
            return None;
        }
        let splits = (1usize << depth) - 1;
        let mut complete = Complete {
            depth,
            thresholds: vec![0.0; splits * trees.len()],
            features: vec![0; splits * trees.len()],
            leaves: vec![0.0; (splits + 1) * trees.len()],
        };
        // The tree node at each heap position, level by level.
        let mut node_at = vec![0u32; 2 * splits + 1];
        for (t, tree) in trees.iter().enumerate() {
            node_at[0] = 0;
            for at in 0..splits {
                let i = node_at[at];
                let (left, right) = match tree[i as usize] {
                    Node::Split { feature, threshold, left, right } => {
                        complete.thresholds[t * splits + at] = ceil_f32(threshold);
                        complete.features[t * splits + at] = feature as u16;
                        (left, right)
                    }
                    Node::Leaf(_) => (i, i),
                };
                node_at[2 * at + 1] = left;
                node_at[2 * at + 2] = right;
            }
            for leaf in 0..=splits {
                let Node::Leaf(v) = tree[node_at[splits + leaf] as usize] else { return None };
                complete.leaves[t * (splits + 1) + leaf] = v as f32;
            }
        }
        Some(complete)
    }

    /// Add each tree's leaf to each row's sum, tree by tree.
    fn add<R: AsRef<[f32]>>(&self, rows: &[R], sums: &mut [f64]) {
        let splits = (1usize << self.depth) - 1;
        let trees = self.leaves.len() / (splits + 1);
        for t in 0..trees {
            let thresholds = &self.thresholds[t * splits..(t + 1) * splits];
            let features = &self.features[t * splits..(t + 1) * splits];
            let leaves = &self.leaves[t * (splits + 1)..(t + 1) * (splits + 1)];
            for (sum, row) in sums.iter_mut().zip(rows) {
                let row = row.as_ref();
                let mut at = 0usize;
                for _ in 0..self.depth {
                    // Left when below the threshold; NaN goes right, as in the pointer walk.
                    let right = !(row[features[at] as usize] < thresholds[at]);
                    at = 2 * at + 1 + right as usize;
                }
                *sum += leaves[at - splits] as f64;
            }
        }
    }
}

/// A node for evaluation: `feature == LEAF` marks a leaf whose value is
/// `value`; otherwise `value` is the threshold, rounded up to the next f32 so
/// that the f32 comparison decides exactly as the f64 one would.
#[derive(Debug, Clone, Copy, PartialEq)]
struct FlatNode {
    value: f32,
    feature: u16,
    left: u32,
    right: u32,
}

const LEAF: u16 = u16::MAX;

/// The smallest f32 not below `x`: for an f32 `v`, `v < x` ⇔ `v < ceil_f32(x)`.
fn ceil_f32(x: f64) -> f32 {
    let r = x as f32;
    if (r as f64) >= x || r.is_nan() {
        return r;
    }
    // r < x: step one representable value up.
    if r == 0.0 {
        f32::from_bits(1)
    } else if r > 0.0 {
        f32::from_bits(r.to_bits() + 1)
    } else {
        f32::from_bits(r.to_bits() - 1)
    }
}

impl Ensemble {
    pub fn new(base: f64, trees: Vec<Vec<Node>>) -> Ensemble {
        let mut flat = Vec::new();
        let mut roots = Vec::with_capacity(trees.len());
        for tree in &trees {
            let offset = flat.len() as u32;
            roots.push(offset);
            flat.extend(tree.iter().map(|node| match *node {
                Node::Leaf(v) => FlatNode { value: v as f32, feature: LEAF, left: 0, right: 0 },
                Node::Split { feature, threshold, left, right } => FlatNode {
                    value: ceil_f32(threshold),
                    feature: feature as u16,
                    left: offset + left,
                    right: offset + right,
                },
            }));
        }
        let complete = Complete::new(&trees);
        Ensemble { base, trees, flat, roots, complete }
    }

    /// Parse a model file against the given feature names.
    pub fn parse(text: &str, features: &[String]) -> Result<Ensemble, String> {
        let mut base = 0.0;
        let mut trees: Vec<Vec<Node>> = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let fail = |why: &str| format!("sentence model line {}: {why}: {line:?}", n + 1);
            let fields: Vec<&str> = line.split('\t').collect();
            let number = |i: usize| fields.get(i).and_then(|v| v.parse::<f64>().ok()).ok_or_else(|| fail("bad number"));
            match fields[0] {
                "base" => base = number(1)?,
                "tree" => trees.push(Vec::new()),
                "leaf" => trees.last_mut().ok_or_else(|| fail("node before tree"))?.push(Node::Leaf(number(1)?)),
                "split" => {
                    let name = fields.get(1).ok_or_else(|| fail("no feature"))?;
                    let feature = features.iter().position(|f| f == name).ok_or_else(|| fail("unknown feature"))?;
                    let child = |i: usize| {
                        fields.get(i).and_then(|v| v.parse::<u32>().ok()).ok_or_else(|| fail("bad child index"))
                    };
                    let node = Node::Split { feature, threshold: number(2)?, left: child(3)?, right: child(4)? };
                    trees.last_mut().ok_or_else(|| fail("node before tree"))?.push(node);
                }
                _ => return Err(fail("unknown record")),
            }
        }
        check(&trees)?;
        Ok(Ensemble::new(base, trees))
    }

    /// Decode a model that build.rs laid out from a shipped asset (format in
    /// `compiled/format.rs`), resolving its feature names against `features`.
    /// Decoding is a copy; the text was checked when the crate was built.
    pub(crate) fn compiled(bytes: &[u8], features: &[String]) -> Result<Ensemble, String> {
        use crate::compiled::format::{read_u16, read_u32, read_u64};
        let fail = |why: String| format!("compiled model: {why}");
        let mut at = 0usize;
        let base = f64::from_bits(read_u64(bytes, at));
        at += 8;
        let names = read_u32(bytes, at);
        at += 4;
        let mut columns = Vec::new();
        for _ in 0..names {
            let len = read_u16(bytes, at) as usize;
            let name = std::str::from_utf8(&bytes[at + 2..at + 2 + len]).map_err(|e| fail(e.to_string()))?;
            at += 2 + len;
            columns
                .push(features.iter().position(|f| f == name).ok_or_else(|| fail(format!("unknown feature {name}")))?);
        }
        let count = read_u32(bytes, at) as usize;
        at += 4;
        const NODE: usize = 19;
        let mut trees = Vec::with_capacity(count);
        for _ in 0..count {
            let nodes = read_u32(bytes, at) as usize;
            at += 4;
            let records = bytes.get(at..at + nodes * NODE).ok_or_else(|| fail("cut short".into()))?;
            at += nodes * NODE;
            let tree = records
                .chunks_exact(NODE)
                .map(|r| {
                    let value = f64::from_bits(read_u64(r, 1));
                    if r[0] == 0 {
                        return Ok(Node::Leaf(value));
                    }
                    let column = read_u16(r, 9) as usize;
                    let feature = *columns.get(column).ok_or_else(|| fail(format!("feature {column}")))?;
                    Ok(Node::Split { feature, threshold: value, left: read_u32(r, 11), right: read_u32(r, 15) })
                })
                .collect::<Result<Vec<Node>, String>>()?;
            trees.push(tree);
        }
        check(&trees)?;
        Ok(Ensemble::new(base, trees))
    }

    pub fn predict(&self, row: &[f32]) -> f64 {
        self.predict_rows(std::slice::from_ref(&row))[0]
    }

    /// Predictions for many rows, tree by tree: one tree's nodes stay in cache
    /// while every row walks it (about twice as fast as row by row).
    pub fn predict_rows<R: AsRef<[f32]>>(&self, rows: &[R]) -> Vec<f64> {
        let mut sums = vec![self.base; rows.len()];
        match &self.complete {
            Some(complete) => complete.add(rows, &mut sums),
            None => self.walk_pointers(rows, &mut sums),
        }
        sums
    }

    /// Add each tree's leaf to each row's sum by following child indices.
    fn walk_pointers<R: AsRef<[f32]>>(&self, rows: &[R], sums: &mut [f64]) {
        for &root in &self.roots {
            for (sum, row) in sums.iter_mut().zip(rows) {
                let row = row.as_ref();
                let mut node = &self.flat[root as usize];
                while node.feature != LEAF {
                    let next = if row[node.feature as usize] < node.value { node.left } else { node.right };
                    node = &self.flat[next as usize];
                }
                *sum += node.value as f64;
            }
        }
    }

    /// The model file's text, after the given comment lines.
    pub fn to_text(&self, header: &str, features: &[String]) -> String {
        let mut out = String::new();
        for line in header.lines() {
            let _ = writeln!(out, "# {line}");
        }
        let _ = writeln!(out, "base\t{:?}", self.base);
        for tree in &self.trees {
            out.push_str("tree\n");
            for node in tree {
                let _ = match *node {
                    Node::Leaf(v) => writeln!(out, "leaf\t{v:?}"),
                    Node::Split { feature, threshold, left, right } => {
                        writeln!(out, "split\t{}\t{threshold:?}\t{left}\t{right}", features[feature])
                    }
                };
            }
        }
        out
    }
}

/// Children point forward inside their tree, so evaluation always ends, and
/// feature numbers fit the compact nodes.
fn check(trees: &[Vec<Node>]) -> Result<(), String> {
    for (t, tree) in trees.iter().enumerate() {
        if tree.is_empty() {
            return Err(format!("sentence model: tree {t} is empty"));
        }
        for (i, node) in tree.iter().enumerate() {
            if let Node::Split { left, right, feature, .. } = *node {
                if feature >= LEAF as usize {
                    return Err(format!("sentence model: tree {t} node {i} reads feature {feature}"));
                }
                for child in [left, right] {
                    if child as usize <= i || child as usize >= tree.len() {
                        return Err(format!("sentence model: tree {t} node {i} has child {child} out of order"));
                    }
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names() -> Vec<String> {
        vec!["a".into(), "b".into()]
    }

    #[test]
    fn text_round_trips_and_predicts() {
        let model = Ensemble::new(
            0.5,
            vec![
                vec![Node::Split { feature: 1, threshold: 2.0, left: 1, right: 2 }, Node::Leaf(-1.0), Node::Leaf(1.0)],
                vec![Node::Leaf(0.25)],
            ],
        );
        let text = model.to_text("test model", &names());
        let back = Ensemble::parse(&text, &names()).unwrap();
        assert_eq!(back, model);
        assert_eq!(back.predict(&[0.0, 1.0]), -0.25);
        assert_eq!(back.predict(&[0.0, 2.0]), 1.75);
    }

    #[test]
    fn f32_thresholds_decide_as_f64_ones() {
        for t in [0.1f64, -0.1, 1e-30, -1e-30, 0.0, 3.0, 1.0 / 3.0, -2.5e7 + 0.3] {
            let c = ceil_f32(t);
            for v in [c, f32::from_bits(c.to_bits().wrapping_sub(1)), f32::from_bits(c.to_bits() + 1), t as f32] {
                assert_eq!((v as f64) < t, v < c, "t {t} v {v}");
            }
        }
    }

    /// The complete-tree walk adds exactly what the pointer walk adds, for
    /// trees of uneven depth, thresholds between f32 values, and NaN.
    #[test]
    fn complete_trees_predict_as_the_pointer_walk() {
        let uneven = vec![
            Node::Split { feature: 0, threshold: 0.1, left: 1, right: 2 },
            Node::Leaf(-1.0),
            Node::Split { feature: 1, threshold: -2.5, left: 3, right: 4 },
            Node::Split { feature: 0, threshold: 1.0 / 3.0, left: 5, right: 6 },
            Node::Leaf(0.5),
            Node::Leaf(0.25),
            Node::Leaf(0.125),
        ];
        let model = Ensemble::new(0.5, vec![uneven, vec![Node::Leaf(2.0)]]);
        assert_eq!(model.complete.as_ref().map(|c| c.depth), Some(3));
        let mut rows = Vec::new();
        for a in [f32::NAN, -1.0, 0.0, 0.1, f32::from_bits(0.1f32.to_bits() + 1), 1.0 / 3.0, 1.0] {
            for b in [f32::NAN, -3.0, -2.5, -2.4, 5.0] {
                rows.push(vec![a, b]);
            }
        }
        let mut pointers = vec![model.base; rows.len()];
        model.walk_pointers(&rows, &mut pointers);
        assert_eq!(model.predict_rows(&rows), pointers);
    }

    /// The same on the shipped models, with rows that land on and beside their thresholds.
    #[test]
    fn shipped_models_predict_as_the_pointer_walk() {
        let sentence = Ensemble::compiled(crate::compiled::SENTENCE_MODEL, &crate::features::names()).unwrap();
        let step = Ensemble::compiled(crate::compiled::STEP_MODEL, &crate::select::step::names()).unwrap();
        for model in [sentence, step] {
            assert!(model.complete.is_some());
            let width = 1 + model.flat.iter().filter(|n| n.feature != LEAF).map(|n| n.feature as usize).max().unwrap();
            let values: Vec<f32> = model.flat.iter().filter(|n| n.feature != LEAF).map(|n| n.value).collect();
            let mut state = 7u64;
            let rows: Vec<Vec<f32>> = (0..500)
                .map(|_| {
                    (0..width)
                        .map(|_| {
                            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                            let v = values[(state >> 33) as usize % values.len()];
                            [v, f32::from_bits(v.to_bits().wrapping_sub(1)), v * 1.5][(state >> 20) as usize % 3]
                        })
                        .collect()
                })
                .collect();
            let mut pointers = vec![model.base; rows.len()];
            model.walk_pointers(&rows, &mut pointers);
            assert_eq!(model.predict_rows(&rows), pointers);
        }
    }

    #[test]
    fn malformed_models_are_refused() {
        for bad in ["leaf\t1", "tree\nsplit\tc\t1\t1\t2", "tree\nsplit\ta\t1\t0\t0", "tree\nleaf\tx", "tree\nbogus"] {
            assert!(Ensemble::parse(bad, &names()).is_err(), "{bad:?}");
        }
    }
}
