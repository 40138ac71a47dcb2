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

use std::borrow::Cow;
use std::fmt::Write;
use std::sync::OnceLock;

pub use super::layout::Node;
use super::layout::{self, ceil_f32};
use crate::compiled::CompiledTrees;

#[derive(Debug, Clone, Default)]
pub struct Ensemble {
    pub base: f64,
    /// The trees as nodes: given, or for a compiled model decoded from its
    /// records when first asked for (evaluation never needs them).
    trees: OnceLock<Vec<Vec<Node>>>,
    /// A compiled model's node records and the feature of each name they use.
    records: Option<(&'static [u8], Vec<usize>)>,
    /// All trees' nodes in one compact array, for the pointer walk (only
    /// when the trees have no complete layout).
    flat: Vec<FlatNode>,
    /// Each tree's root in `flat`.
    roots: Vec<u32>,
    /// The same trees padded to complete ones, when they are shallow.
    complete: Option<Complete>,
}

/// [`layout::Layout`] for evaluation: a compiled model's thresholds, leaves
/// and split slots are read in place from the binary (build.rs laid them
/// out); only the slots' columns are resolved against the caller's feature list.
#[derive(Debug, Clone)]
struct Complete {
    depth: u32,
    /// f32 bits, `2^depth - 1` per tree.
    thresholds: Cow<'static, [u32]>,
    /// Each split's slot: an index into `slots` ([`PAD`] for a padding split).
    features: Cow<'static, [u8]>,
    /// f32 bits, `2^depth` per tree.
    leaves: Cow<'static, [u32]>,
    /// The row column each slot reads.
    slots: Vec<usize>,
}

/// A row's values by slot, for the walk: a slot is a u8, so it indexes this
/// array with no bounds check. Only the first few of its cache lines are read.
type Gathered = [f32; 256];

/// Rows gathered at a time: their arrays stay in cache while every tree is walked.
const CHUNK: usize = 64;

/// Rows from which [`Ensemble::predict_rows`] splits the work in two (a
/// step of the walk rates 20–64; fewer are not worth a thread's wake-up).
const PARALLEL_ROWS: usize = 24;

impl Complete {
    fn new(trees: &[Vec<Node>]) -> Option<Complete> {
        let l = layout::complete(trees, 0)?;
        // Slots are the columns themselves; PAD stays free for padding splits.
        let width = l.features.iter().map(|&f| f as usize + 1).max().unwrap_or(0);
        if width > PAD as usize {
            return None;
        }
        Some(Complete {
            depth: l.depth,
            thresholds: Cow::Owned(l.thresholds),
            features: Cow::Owned(l.features.iter().map(|&f| f as u8).collect()),
            leaves: Cow::Owned(l.leaves),
            slots: (0..width).collect(),
        })
    }

    fn trees(&self) -> usize {
        self.leaves.len() >> self.depth
    }

    /// Each split's column, a padding split's as column 0 (as in a layout of
    /// parsed trees): what decides the walk, whichever way it is stored.
    fn columns(&self) -> Vec<usize> {
        self.features
            .iter()
            .map(|&f| if f == PAD { 0 } else { self.slots.get(f as usize).copied().unwrap_or(usize::MAX) })
            .collect()
    }

    /// Add each tree's leaf to each row's sum, tree by tree, `CHUNK` rows at a time.
    fn add<R: AsRef<[f32]>>(&self, rows: &[R], sums: &mut [f64]) {
        if self.depth == 0 {
            for &leaf in self.leaves.iter() {
                sums.iter_mut().for_each(|sum| *sum += f32::from_bits(leaf) as f64);
            }
            return;
        }
        // A column a row lacks reads as NaN (goes right), as does a padding split's slot.
        let mut gathered = vec![[f32::NAN; 256]; rows.len().min(CHUNK)];
        for (rows, sums) in rows.chunks(CHUNK).zip(sums.chunks_mut(CHUNK)) {
            for (g, row) in gathered.iter_mut().zip(rows) {
                let row = row.as_ref();
                for (value, &column) in g.iter_mut().zip(&self.slots) {
                    *value = row.get(column).copied().unwrap_or(f32::NAN);
                }
            }
            let gathered = &gathered[..rows.len()];
            match self.depth {
                1 => self.add_depth::<1>(gathered, sums),
                2 => self.add_depth::<2>(gathered, sums),
                3 => self.add_depth::<3>(gathered, sums),
                4 => self.add_depth::<4>(gathered, sums),
                5 => self.add_depth::<5>(gathered, sums),
                6 => self.add_depth::<6>(gathered, sums),
                7 => self.add_depth::<7>(gathered, sums),
                _ => self.add_depth::<MAX_DEPTH>(gathered, sums),
            }
        }
    }

    /// [`Complete::add`] for trees of depth `D`: the walk unrolled, the
    /// tree's slices of known length and the row an array a slot cannot
    /// overrun, so the compiler drops the bounds checks.
    fn add_depth<const D: usize>(&self, rows: &[Gathered], sums: &mut [f64]) {
        debug_assert_eq!(self.depth as usize, D);
        let splits = (1usize << D) - 1;
        let trees = self.thresholds.chunks_exact(splits).zip(self.features.chunks_exact(splits));
        for ((thresholds, features), leaves) in trees.zip(self.leaves.chunks_exact(splits + 1)) {
            for (sum, row) in sums.iter_mut().zip(rows) {
                let mut at = 0usize;
                for _ in 0..D {
                    // Left when below the threshold; NaN goes right, as in the pointer walk
                    // (hence the negated `<`, not `>=`).
                    #[allow(clippy::neg_cmp_op_on_partial_ord)]
                    let right = !(row[features[at] as usize] < f32::from_bits(thresholds[at]));
                    at = 2 * at + 1 + right as usize;
                }
                *sum += f32::from_bits(leaves[(at - splits) & splits]) as f64;
            }
        }
    }
}

/// Equal when they decide alike: same depth, thresholds, leaves and the
/// same column at every split.
impl PartialEq for Complete {
    fn eq(&self, other: &Self) -> bool {
        self.depth == other.depth
            && self.thresholds == other.thresholds
            && self.leaves == other.leaves
            && self.columns() == other.columns()
    }
}

/// The deepest complete layout.
const MAX_DEPTH: usize = layout::MAX_COMPLETE_DEPTH as usize;

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

/// A padding split among a layout's slots (as in build.rs): either way its
/// row ends at the same leaf, so the value its slot holds does not matter.
const PAD: u8 = u8::MAX;

/// Equal when the base, the trees and the evaluation layout are: a compiled
/// model equals the model parsed from its text.
impl PartialEq for Ensemble {
    fn eq(&self, other: &Self) -> bool {
        self.base == other.base && self.trees() == other.trees() && self.complete == other.complete
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
        Ensemble { base, trees: OnceLock::from(trees), records: None, flat, roots, complete }
    }

    /// The trees as nodes (training writes them; evaluation reads its own layout).
    pub fn trees(&self) -> &[Vec<Node>] {
        self.trees.get_or_init(|| match &self.records {
            Some((bytes, columns)) => {
                decode_records(bytes, columns).expect("build.rs wrote these records and checked their trees")
            }
            None => Vec::new(),
        })
    }

    /// How many trees are summed.
    pub fn tree_count(&self) -> usize {
        self.complete.as_ref().map_or_else(|| self.trees().len(), Complete::trees)
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

    /// A model that build.rs laid out from a shipped asset (`compiled/`),
    /// its feature names resolved against `features`. Shallow trees are
    /// evaluated in place from the binary's data: nothing is copied but the
    /// column of each feature name. Deeper trees are decoded from their node records.
    pub(crate) fn compiled(model: &'static CompiledTrees, features: &[String]) -> Result<Ensemble, String> {
        use crate::compiled::format::{read_u16, read_u32, read_u64};
        let fail = |why: String| format!("compiled model: {why}");
        let bytes = model.records;
        let base = f64::from_bits(read_u64(bytes, 0));
        let names = read_u32(bytes, 8);
        let mut at = 12usize;
        let mut columns = Vec::new();
        for _ in 0..names {
            let len = read_u16(bytes, at) as usize;
            let name = std::str::from_utf8(&bytes[at + 2..at + 2 + len]).map_err(|e| fail(e.to_string()))?;
            at += 2 + len;
            let column =
                features.iter().position(|f| f == name).ok_or_else(|| fail(format!("unknown feature {name}")))?;
            if column >= LEAF as usize {
                return Err(fail(format!("feature {name} at column {column}")));
            }
            columns.push(column);
        }
        let Some(l) = &model.layout else {
            let trees = decode_records(bytes, &columns)?;
            check(&trees)?;
            return Ok(Ensemble::new(base, trees));
        };
        if columns.len() >= PAD as usize {
            let trees = decode_records(bytes, &columns)?;
            check(&trees)?;
            return Ok(Ensemble::new(base, trees));
        }
        // The splits keep their name indices as slots: nothing is copied.
        // build.rs wrote only indices below the name count, and any other
        // slot would read NaN, never beyond the gathered row.
        let complete = Complete {
            depth: l.depth,
            thresholds: Cow::Borrowed(l.thresholds),
            features: Cow::Borrowed(l.columns),
            leaves: Cow::Borrowed(l.leaves),
            slots: columns.clone(),
        };
        Ok(Ensemble {
            base,
            trees: OnceLock::new(),
            records: Some((bytes, columns)),
            flat: Vec::new(),
            roots: Vec::new(),
            complete: Some(complete),
        })
    }

    pub fn predict(&self, row: &[f32]) -> f64 {
        self.predict_rows(std::slice::from_ref(&row))[0]
    }

    /// Predictions for many rows, tree by tree: one tree's nodes stay in cache
    /// while every row walks it (about twice as fast as row by row).
    pub fn predict_rows<R: AsRef<[f32]> + Sync>(&self, rows: &[R]) -> Vec<f64> {
        let mut sums = vec![self.base; rows.len()];
        self.add_rows(rows, &mut sums);
        sums
    }

    /// Add every tree's leaf to each row's sum. A row's sum is its own (the
    /// same trees in the same order), so the two halves of many rows go to
    /// two threads with the same bits as one: a one-shot run's walk has the
    /// second core free once the story check is done.
    fn add_rows<R: AsRef<[f32]> + Sync>(&self, rows: &[R], sums: &mut [f64]) {
        if rows.len() >= PARALLEL_ROWS {
            let mid = rows.len() / 2;
            let (rows_a, rows_b) = rows.split_at(mid);
            let (sums_a, sums_b) = sums.split_at_mut(mid);
            rayon::join(|| self.add_rows(rows_a, sums_a), || self.add_rows(rows_b, sums_b));
            return;
        }
        match &self.complete {
            Some(complete) => complete.add(rows, sums),
            None => self.walk_pointers(rows, sums),
        }
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
        for tree in self.trees() {
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

/// The trees of a compiled model's node records (format in
/// `compiled/format.rs`), each name index replaced by its feature column.
fn decode_records(bytes: &[u8], columns: &[usize]) -> Result<Vec<Vec<Node>>, String> {
    use crate::compiled::format::{read_u16, read_u32, read_u64};
    let fail = |why: String| format!("compiled model: {why}");
    let mut at = 12usize;
    for _ in 0..read_u32(bytes, 8) {
        at += 2 + read_u16(bytes, at) as usize;
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
    Ok(trees)
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

    /// Each depth's unrolled walk, on chains of splits (each split's right child a leaf).
    #[test]
    fn every_depth_predicts_as_the_pointer_walk() {
        for depth in 0..=MAX_DEPTH as u32 {
            let mut tree = Vec::new();
            for d in 0..depth {
                let i = tree.len() as u32;
                tree.push(Node::Split {
                    feature: (d % 2) as usize,
                    threshold: d as f64 * 0.5,
                    left: i + 2,
                    right: i + 1,
                });
                tree.push(Node::Leaf(d as f64));
            }
            tree.push(Node::Leaf(-1.0));
            let model = Ensemble::new(0.25, vec![tree.clone(), vec![Node::Leaf(0.5)], tree]);
            assert_eq!(model.complete.as_ref().map(|c| c.depth), Some(depth));
            let values = [f32::NAN, -1.0, 0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0];
            let rows: Vec<Vec<f32>> = values.iter().flat_map(|&a| values.iter().map(move |&b| vec![a, b])).collect();
            let mut pointers = vec![model.base; rows.len()];
            model.walk_pointers(&rows, &mut pointers);
            assert_eq!(model.predict_rows(&rows), pointers, "depth {depth}");
        }
    }

    /// The same on the shipped models, with rows that land on and beside their thresholds.
    #[test]
    fn shipped_models_predict_as_the_pointer_walk() {
        let sentence = Ensemble::compiled(&crate::compiled::SENTENCE_MODEL, &crate::features::names()).unwrap();
        let step = Ensemble::compiled(&crate::compiled::STEP_MODEL, &crate::select::step::names()).unwrap();
        for model in [sentence, step] {
            // Evaluated in place, with nothing decoded.
            assert!(model.complete.is_some() && model.flat.is_empty() && model.trees.get().is_none());
            let pointer = Ensemble::new(model.base, model.trees().to_vec());
            assert_eq!(model.tree_count(), pointer.tree_count());
            let flat = &pointer.flat;
            let width = 1 + flat.iter().filter(|n| n.feature != LEAF).map(|n| n.feature as usize).max().unwrap();
            let values: Vec<f32> = flat.iter().filter(|n| n.feature != LEAF).map(|n| n.value).collect();
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
            pointer.walk_pointers(&rows, &mut pointers);
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
