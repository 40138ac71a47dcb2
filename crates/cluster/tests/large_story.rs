//! One story told by 150 outlets must come out as one story. Each article keeps
//! links to its 24 most similar earlier articles only, so in a story this
//! large most of its pairs have no link; average link alone counts those as 0
//! and cut the story into pieces of a few dozen. The story is made from real
//! full-length news: each of its articles retells the event in a few sentences
//! drawn from the real coverage of one `multinews-full` cluster, and the other
//! clusters' articles are fed alongside, unchanged.

use chorus_cluster::Pile;
use chorus_core::ingest::jsonl_clusters;
use chorus_core::{segment, Article, Cluster};

const OUTLETS: usize = 150;
const OTHER_CLUSTERS: usize = 40;
const SENTENCES_PER_ARTICLE: usize = 8;
/// Outlets retell the lead: sentences are drawn from the first ones of each real article.
const LEAD_SENTENCES: usize = 6;

fn clusters() -> Vec<Cluster> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/multinews-full/validation-250.jsonl");
    let file = std::io::BufReader::new(std::fs::File::open(&path).expect("../shared data"));
    jsonl_clusters(file, "validation-250.jsonl").filter_map(|(_, c)| c.ok()).take(OTHER_CLUSTERS + 1).collect()
}

/// A fixed pseudo-random sequence (an LCG), so the test is the same every run.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize % n
    }
}

/// (truth, article): the big story (truth 0) retold `OUTLETS` times from the
/// sentences of the cluster with most of them, and every other cluster as it is, shuffled.
fn stream() -> Vec<(usize, Article)> {
    let clusters = clusters();
    let sentences = |c: &Cluster| -> Vec<String> {
        c.articles
            .iter()
            .flat_map(|a| {
                let text = &a.text;
                segment::split(text)
                    .into_iter()
                    .map(|r| text[r].trim().to_string())
                    .filter(|s| s.split_whitespace().count() >= 8)
                    .take(LEAD_SENTENCES)
            })
            .collect()
    };
    let (big, _) = clusters.iter().enumerate().max_by_key(|(_, c)| sentences(c).len()).unwrap();
    let pool = sentences(&clusters[big]);
    assert!(pool.len() >= 3 * SENTENCES_PER_ARTICLE, "{} sentences", pool.len());
    let mut rng = Lcg(11);
    let mut items: Vec<(usize, Article)> = (0..OUTLETS)
        .map(|_| {
            let text: Vec<&str> = (0..SENTENCES_PER_ARTICLE).map(|_| pool[rng.below(pool.len())].as_str()).collect();
            (0, Article::from_text(text.join(" ")))
        })
        .collect();
    for (c, cluster) in clusters.iter().enumerate().filter(|&(c, _)| c != big) {
        items.extend(cluster.articles.iter().map(|a| (c + 1, a.clone())));
    }
    for i in (1..items.len()).rev() {
        items.swap(i, rng.below(i + 1));
    }
    items
}

fn cluster(items: &[(usize, Article)], chunks: usize) -> Vec<Option<usize>> {
    let mut pile = Pile::new();
    for chunk in items.chunks(items.len().div_ceil(chunks)) {
        pile.add(chunk.iter().enumerate().map(|(k, (_, a))| (k.to_string(), a.clone())).collect());
    }
    pile.assignments()
}

#[test]
fn a_story_of_150_articles_stays_one_story() {
    let items = stream();
    let found = cluster(&items, 1);
    let big: Vec<Option<usize>> = items.iter().zip(&found).filter(|((t, _), _)| *t == 0).map(|(_, f)| *f).collect();
    assert_eq!(big.len(), OUTLETS);
    let mut pieces: Vec<Option<usize>> = big.clone();
    pieces.sort();
    pieces.dedup();
    assert_eq!(pieces.len(), 1, "the story came out in {} pieces", pieces.len());
    assert!(big[0].is_some());
    // Nothing else joins it: no article of another cluster sits in the big story.
    let intruders = items.iter().zip(&found).filter(|((t, _), f)| *t != 0 && **f == big[0]).count();
    assert_eq!(intruders, 0);
    // Fed in three batches, the pile ends as fed at once.
    assert_eq!(cluster(&items, 3), found);
}
