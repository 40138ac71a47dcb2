//! A synthetic dated stream built from real full-length news: the stories of
//! the first clusters of `multinews-full/validation-250.jsonl`, each given a
//! publication day (its articles spread over three days), shuffled into one
//! stream. Part of some stories is moved five weeks later: the same topic
//! weeks apart must come out as a new story.

use chorus_cluster::score::b_cubed;
use chorus_cluster::{Evidence, Pile, Settings};
use chorus_core::ingest::jsonl_clusters;
use chorus_core::Article;

const CLUSTERS: usize = 30;

struct Item {
    truth: usize,
    article: Article,
}

fn day(d: u32) -> String {
    // Days from 2016-01-01, as ISO dates (every month has 28 days here, which is enough).
    format!("2016-{:02}-{:02}T09:30:00Z", 1 + d / 28, 1 + d % 28)
}

/// The stream; when `later` is set, the last article of every story of 3+ articles
/// is published five weeks after the rest and counts as a story of its own.
fn stream(later: bool) -> Vec<Item> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/multinews-full/validation-250.jsonl");
    let file = std::io::BufReader::new(std::fs::File::open(&path).expect("../shared data"));
    let clusters: Vec<_> =
        jsonl_clusters(file, "validation-250.jsonl").filter_map(|(_, c)| c.ok()).take(CLUSTERS).collect();
    let mut items = Vec::new();
    for (c, cluster) in clusters.iter().enumerate() {
        let base = (c as u32 * 5) % 200;
        let n = cluster.articles.len();
        for (k, a) in cluster.articles.iter().enumerate() {
            let moved = later && n >= 3 && k == n - 1;
            let mut article = a.clone();
            article.published = Some(day(if moved { base + 35 } else { base + k as u32 % 3 }));
            items.push(Item { truth: if moved { 1000 + c } else { c }, article });
        }
    }
    // A fixed shuffle (an LCG), so that stories arrive interleaved as in a feed.
    let mut state: u64 = 7;
    for i in (1..items.len()).rev() {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        items.swap(i, (state >> 33) as usize % (i + 1));
    }
    items
}

fn cluster(items: &[Item], settings: Settings, chunks: usize) -> Vec<Option<usize>> {
    let mut pile = Pile::with_settings(settings);
    let size = items.len().div_ceil(chunks);
    for chunk in items.chunks(size) {
        pile.add(chunk.iter().enumerate().map(|(k, it)| (k.to_string(), it.article.clone())).collect());
    }
    pile.assignments()
}

fn truth(items: &[Item]) -> Vec<usize> {
    items.iter().map(|i| i.truth).collect()
}

#[test]
fn dated_stream_is_grouped_and_incremental_equals_batch() {
    let items = stream(false);
    let batch = cluster(&items, Settings::default(), 1);
    let f1 = b_cubed(&truth(&items), &batch).f1;
    assert!(f1 >= 0.85, "B³ F1 {f1:.3} on the dated stream");
    assert_eq!(batch, cluster(&items, Settings::default(), 4), "incremental differs from batch");
}

#[test]
fn the_same_topic_weeks_later_is_a_new_story() {
    let items = stream(true);
    let moved: Vec<usize> = (0..items.len()).filter(|&i| items[i].truth >= 1000).collect();
    assert!(moved.len() >= 5, "the first clusters hold stories of 3+ articles");
    // How many moved articles share a story with an article of their original story?
    let joined = |a: &[Option<usize>]| {
        moved
            .iter()
            .filter(|&&i| {
                (0..items.len()).any(|j| items[j].truth + 1000 == items[i].truth && a[j].is_some() && a[j] == a[i])
            })
            .count()
    };
    let with_dates = cluster(&items, Settings::default(), 1);
    let blind = Settings { evidence: Evidence { time: false, ..Evidence::default() }, ..Settings::default() };
    let without_dates = cluster(&items, blind, 1);
    assert_eq!(joined(&with_dates), 0, "weeks-later articles joined their old story");
    assert!(joined(&without_dates) * 2 > moved.len(), "the moved articles are on their stories' topic");
    let f1 = b_cubed(&truth(&items), &with_dates).f1;
    assert!(f1 >= 0.85, "B³ F1 {f1:.3}");
}
