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
}

impl Ensemble {
    /// Parse a model file against the given feature names.
    pub fn parse(text: &str, features: &[String]) -> Result<Ensemble, String> {
        let mut model = Ensemble::default();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let fail = |why: &str| format!("sentence model line {}: {why}: {line:?}", n + 1);
            let fields: Vec<&str> = line.split('\t').collect();
            let number = |i: usize| fields.get(i).and_then(|v| v.parse::<f64>().ok()).ok_or_else(|| fail("bad number"));
            match fields[0] {
                "base" => model.base = number(1)?,
                "tree" => model.trees.push(Vec::new()),
                "leaf" => model.trees.last_mut().ok_or_else(|| fail("node before tree"))?.push(Node::Leaf(number(1)?)),
                "split" => {
                    let name = fields.get(1).ok_or_else(|| fail("no feature"))?;
                    let feature = features.iter().position(|f| f == name).ok_or_else(|| fail("unknown feature"))?;
                    let child = |i: usize| {
                        fields.get(i).and_then(|v| v.parse::<u32>().ok()).ok_or_else(|| fail("bad child index"))
                    };
                    let node = Node::Split { feature, threshold: number(2)?, left: child(3)?, right: child(4)? };
                    model.trees.last_mut().ok_or_else(|| fail("node before tree"))?.push(node);
                }
                _ => return Err(fail("unknown record")),
            }
        }
        model.check()?;
        Ok(model)
    }

    /// Children point forward inside their tree, so evaluation always ends.
    fn check(&self) -> Result<(), String> {
        for (t, tree) in self.trees.iter().enumerate() {
            if tree.is_empty() {
                return Err(format!("sentence model: tree {t} is empty"));
            }
            for (i, node) in tree.iter().enumerate() {
                if let Node::Split { left, right, .. } = *node {
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

    pub fn predict(&self, row: &[f32]) -> f64 {
        self.trees
            .iter()
            .map(|tree| {
                let mut i = 0;
                loop {
                    match tree[i] {
                        Node::Leaf(v) => break v,
                        Node::Split { feature, threshold, left, right } => {
                            i = if (row[feature] as f64) < threshold { left } else { right } as usize;
                        }
                    }
                }
            })
            .sum::<f64>()
            + self.base
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

#[cfg(test)]
mod tests {
    use super::*;

    fn names() -> Vec<String> {
        vec!["a".into(), "b".into()]
    }

    #[test]
    fn text_round_trips_and_predicts() {
        let model = Ensemble {
            base: 0.5,
            trees: vec![
                vec![Node::Split { feature: 1, threshold: 2.0, left: 1, right: 2 }, Node::Leaf(-1.0), Node::Leaf(1.0)],
                vec![Node::Leaf(0.25)],
            ],
        };
        let text = model.to_text("test model", &names());
        let back = Ensemble::parse(&text, &names()).unwrap();
        assert_eq!(back, model);
        assert_eq!(back.predict(&[0.0, 1.0]), -0.25);
        assert_eq!(back.predict(&[0.0, 2.0]), 1.75);
    }

    #[test]
    fn malformed_models_are_refused() {
        for bad in ["leaf\t1", "tree\nsplit\tc\t1\t1\t2", "tree\nsplit\ta\t1\t0\t0", "tree\nleaf\tx", "tree\nbogus"] {
            assert!(Ensemble::parse(bad, &names()).is_err(), "{bad:?}");
        }
    }
}
