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
        Ensemble { base, trees, flat, roots }
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

    pub fn predict(&self, row: &[f32]) -> f64 {
        self.predict_rows(std::slice::from_ref(&row))[0]
    }

    /// Predictions for many rows, tree by tree: one tree's nodes stay in cache
    /// while every row walks it (about twice as fast as row by row).
    pub fn predict_rows<R: AsRef<[f32]>>(&self, rows: &[R]) -> Vec<f64> {
        let mut sums = vec![self.base; rows.len()];
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
        sums
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

    #[test]
    fn malformed_models_are_refused() {
        for bad in ["leaf\t1", "tree\nsplit\tc\t1\t1\t2", "tree\nsplit\ta\t1\t0\t0", "tree\nleaf\tx", "tree\nbogus"] {
            assert!(Ensemble::parse(bad, &names()).is_err(), "{bad:?}");
        }
    }
}
