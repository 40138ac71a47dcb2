//! The evaluation layout of a sum of regression trees: every tree as a
//! complete binary tree of one depth, in heap order. Shared, through
//! `#[path]`, by `build.rs` (which lays out the shipped models this way, so a
//! process evaluates them straight from the binary's read-only data) and by
//! `select/ensemble.rs` (which lays out models it parses or trains). One
//! function, so the two layouts cannot drift apart.

#![allow(dead_code)] // build.rs uses part of this file, the library another part.

/// A node of a regression tree: a split reads `feature` and goes left when
/// the value is below `threshold`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Node {
    Split { feature: usize, threshold: f64, left: u32, right: u32 },
    Leaf(f64),
}

/// Deeper trees keep the pointer walk: a complete tree doubles per level.
pub const MAX_COMPLETE_DEPTH: u32 = 8;

/// Every tree as a complete binary tree of one depth, in heap order (the
/// children of split `i` are `2i + 1` and `2i + 2`, leaves follow the
/// splits): a row walks `depth` levels with no branch to mispredict and no
/// child index to load. A leaf above the bottom becomes a split whose two
/// subtrees are copies of it, so whichever way a row goes it ends there.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub depth: u32,
    /// `2^depth - 1` per tree: each split's threshold rounded up to an f32
    /// ([`ceil_f32`]), as bits, and its feature.
    pub thresholds: Vec<u32>,
    pub features: Vec<u16>,
    /// `2^depth` per tree, f32 bits.
    pub leaves: Vec<u32>,
}

/// The smallest f32 not below `x`: for an f32 `v`, `v < x` ⇔ `v < ceil_f32(x)`.
pub fn ceil_f32(x: f64) -> f32 {
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

/// The complete layout of `trees`; None when a tree is empty, deeper than
/// [`MAX_COMPLETE_DEPTH`], reads a feature beyond u16, or has a child that
/// does not point forward. A padding split (a leaf above the bottom) reads
/// `pad_feature`: either way its row ends at the same leaf.
pub fn complete(trees: &[Vec<Node>], pad_feature: u16) -> Option<Layout> {
    // Each node's level on its longest path from the root, in one forward
    // pass: every parent comes before its children.
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
                Node::Split { left, right, feature, .. } => {
                    if feature >= u16::MAX as usize {
                        return None;
                    }
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
    let mut layout = Layout {
        depth,
        thresholds: vec![0; splits * trees.len()],
        features: vec![0; splits * trees.len()],
        leaves: vec![0; (splits + 1) * trees.len()],
    };
    // The tree node at each heap position, level by level.
    let mut node_at = vec![0u32; 2 * splits + 1];
    for (t, tree) in trees.iter().enumerate() {
        node_at[0] = 0;
        for at in 0..splits {
            let i = node_at[at];
            let (left, right) = match tree[i as usize] {
                Node::Split { feature, threshold, left, right } => {
                    layout.thresholds[t * splits + at] = ceil_f32(threshold).to_bits();
                    layout.features[t * splits + at] = feature as u16;
                    (left, right)
                }
                Node::Leaf(_) => {
                    layout.features[t * splits + at] = pad_feature;
                    (i, i)
                }
            };
            node_at[2 * at + 1] = left;
            node_at[2 * at + 2] = right;
        }
        for leaf in 0..=splits {
            let Node::Leaf(v) = tree[node_at[splits + leaf] as usize] else { return None };
            layout.leaves[t * (splits + 1) + leaf] = (v as f32).to_bits();
        }
    }
    Some(layout)
}
