//! cluster: group a pile of articles into stories, the way news aggregators do.
//!
//! Each article becomes a vector of its strongest TF-IDF terms (background
//! IDF from the training articles). Articles are taken in order; each joins
//! the story whose centroid it matches best (cosine ≥ `LINK_COSINE`) or opens
//! a new one. Candidate stories come from an inverted index over each
//! article's most distinctive terms — never all pairs. Centroids rather than
//! single links keep related but different events (two Trump stories) from
//! chaining into one. Non-articles — crawler notices, widget
//! text — are recognised and get no story: most of their words are in
//! sentences known as boilerplate, or the same text occurs again and again.
//!
//! A [`Pile`] can grow batch by batch (`--incremental`): stories come out
//! exactly as if all articles had arrived at once in the same order, and a
//! story keeps the id of its earliest article.

pub mod score;
mod vectors;

use chorus_core::represent::Analyzer;
use chorus_core::{clean, segment, Article};
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

pub use vectors::{cosine, TermVector, Vocabulary};

/// Articles at least this similar tell the same story.
pub const LINK_COSINE: f32 = 0.3;
/// Distinctive terms per article used to find candidates.
const INDEX_TERMS: usize = 10;
/// Shared distinctive terms a candidate needs before its cosine is computed.
const MIN_SHARED_TERMS: usize = 2;
/// Terms on more articles than this are too common to find candidates with.
const MAX_POSTINGS: usize = 2000;
/// Share of words in boilerplate sentences that makes a text a non-article.
const NON_ARTICLE_SHARE: f32 = 0.5;
/// A text seen this many times word for word is page furniture, not news.
const REPEATS_FOR_NON_ARTICLE: u32 = 3;

/// One article of a pile, as stored in incremental state.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entry {
    pub id: String,
    /// The first words of the article (or its title): a title guess for its story.
    pub headline: String,
    vector: Vec<(u32, f32)>,
    fingerprint: u64,
    boilerplate: bool,
    /// The story id this article opened (ids of merged stories give way to the oldest).
    seed: usize,
}

/// A growing pile of articles and the stories found in it.
#[derive(Default, Serialize, Deserialize)]
pub struct Pile {
    stems: Vec<String>,
    pub entries: Vec<Entry>,
    /// The story (its seed) of each entry.
    story_of: Vec<usize>,
    /// Sum of member vectors per story seed.
    centroids: FxHashMap<usize, FxHashMap<u32, f32>>,
    repeats: FxHashMap<u64, u32>,
    #[serde(skip)]
    vocabulary: Vocabulary,
    #[serde(skip)]
    postings: FxHashMap<u32, Vec<u32>>,
}

/// A story: its id, its articles (indices into the pile) and a description.
#[derive(Debug, Clone, Serialize)]
pub struct Story {
    pub story: usize,
    pub size: usize,
    pub top_terms: Vec<String>,
    pub title: String,
    #[serde(skip)]
    pub members: Vec<usize>,
}

impl Pile {
    pub fn new() -> Self {
        Pile::default()
    }

    /// Rebuild the in-memory index after loading saved state.
    pub fn restore(mut self) -> Self {
        for s in std::mem::take(&mut self.stems) {
            self.vocabulary.id(s);
        }
        self.stems = self.vocabulary.stems.clone();
        for i in 0..self.entries.len() {
            self.index(i);
        }
        self
    }

    /// Add a batch of (id, article); returns the index of the first new entry.
    pub fn add(&mut self, batch: Vec<(String, Article)>) -> usize {
        let analyzer = Analyzer::default();
        let prepared: Vec<(String, String, Vec<(String, f32)>, u64, bool)> = batch
            .into_par_iter()
            .map(|(id, article)| {
                let weighted = vectors::weighted_stems(&analyzer, &article.text);
                let headline = article.title.clone().unwrap_or_else(|| headline(&article.text));
                (id, headline, weighted, text_fingerprint(&article.text), mostly_boilerplate(&article.text))
            })
            .collect();
        let first = self.entries.len();
        for (id, headline, weighted, fingerprint, boilerplate) in prepared {
            let vector = vectors::to_vector(&mut self.vocabulary, &weighted);
            let i = self.entries.len();
            *self.repeats.entry(fingerprint).or_default() += 1;
            self.entries.push(Entry { id, headline, vector, fingerprint, boilerplate, seed: i });
            let story = self.best_story(i).unwrap_or(i);
            self.story_of.push(story);
            if !self.entries[i].boilerplate {
                let centroid = self.centroids.entry(story).or_default();
                for &(t, w) in &self.entries[i].vector {
                    *centroid.entry(t).or_default() += w;
                }
            }
            self.index(i);
        }
        self.stems = self.vocabulary.stems.clone();
        first
    }

    fn index(&mut self, i: usize) {
        if self.entries[i].boilerplate {
            return;
        }
        for &(t, _) in strongest(&self.entries[i].vector, INDEX_TERMS).iter() {
            self.postings.entry(t).or_default().push(i as u32);
        }
    }

    /// The existing story whose centroid article `i` matches best, if any reaches LINK_COSINE.
    /// Candidates are the stories of earlier articles sharing distinctive terms with it.
    fn best_story(&self, i: usize) -> Option<usize> {
        let e = &self.entries[i];
        if e.boilerplate {
            return None;
        }
        let mut shared: FxHashMap<usize, usize> = FxHashMap::default();
        for (t, _) in strongest(&e.vector, INDEX_TERMS) {
            if let Some(list) = self.postings.get(&t).filter(|l| l.len() <= MAX_POSTINGS) {
                for &j in list {
                    *shared.entry(self.story_of[j as usize]).or_default() += 1;
                }
            }
        }
        let mut best: Option<(f32, usize)> = None;
        let mut stories: Vec<(usize, usize)> = shared.into_iter().filter(|&(_, n)| n >= MIN_SHARED_TERMS).collect();
        stories.sort_unstable();
        for (story, _) in stories {
            let centroid = &self.centroids[&story];
            let norm = centroid.values().map(|w| w * w).sum::<f32>().sqrt();
            let dot: f32 = e.vector.iter().filter_map(|(t, w)| centroid.get(t).map(|c| c * w)).sum();
            let sim = if norm > 0.0 { dot / norm } else { 0.0 };
            if sim >= LINK_COSINE && best.is_none_or(|(b, _)| sim > b) {
                best = Some((sim, story));
            }
        }
        best.map(|(_, s)| s)
    }

    /// Entry `i`'s term vector (normalised, sorted by term id).
    pub fn vector(&self, i: usize) -> &[(u32, f32)] {
        &self.entries[i].vector
    }

    /// Is entry `i` a non-article (no story)?
    pub fn is_non_article(&self, i: usize) -> bool {
        let e = &self.entries[i];
        e.boilerplate || self.repeats.get(&e.fingerprint).copied().unwrap_or(0) >= REPEATS_FOR_NON_ARTICLE
    }

    /// The story of each entry; None for non-articles.
    pub fn assignments(&self) -> Vec<Option<usize>> {
        (0..self.entries.len()).map(|i| if self.is_non_article(i) { None } else { Some(self.story_of[i]) }).collect()
    }

    /// Stories, largest first (ties: oldest first).
    pub fn stories(&self) -> Vec<Story> {
        let mut members: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
        for (i, story) in self.assignments().into_iter().enumerate() {
            if let Some(s) = story {
                members.entry(s).or_default().push(i);
            }
        }
        let mut stories: Vec<Story> = members
            .into_iter()
            .map(|(story, members)| Story {
                story,
                size: members.len(),
                top_terms: self.top_terms(&members, 5),
                title: self.entries[members[0]].headline.clone(),
                members,
            })
            .collect();
        stories.sort_by(|a, b| b.size.cmp(&a.size).then(a.story.cmp(&b.story)));
        stories
    }

    fn top_terms(&self, members: &[usize], n: usize) -> Vec<String> {
        let mut sum: FxHashMap<u32, f32> = FxHashMap::default();
        for &m in members {
            for &(t, w) in &self.entries[m].vector {
                *sum.entry(t).or_default() += w;
            }
        }
        let mut terms: Vec<(u32, f32)> = sum.into_iter().collect();
        terms.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        terms.into_iter().take(n).map(|(t, _)| self.vocabulary.stems[t as usize].clone()).collect()
    }
}

/// The `n` heaviest terms of a vector.
fn strongest(v: &[(u32, f32)], n: usize) -> Vec<(u32, f32)> {
    let mut terms = v.to_vec();
    terms.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    terms.truncate(n);
    terms
}

/// Fingerprint of a whole text (letters and digits, lower-cased).
fn text_fingerprint(text: &str) -> u64 {
    let mut hash: u64 = 0xcbf29ce484222325;
    for c in text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase) {
        let mut buf = [0u8; 4];
        for b in c.encode_utf8(&mut buf).bytes() {
            hash ^= b as u64;
            hash = hash.wrapping_mul(0x100000001b3);
        }
    }
    hash
}

/// Most of the text's words sit in boilerplate sentences, or it has no body at all.
fn mostly_boilerplate(text: &str) -> bool {
    let (mut total, mut boiler) = (0usize, 0usize);
    for r in segment::split(text) {
        let s = &text[r];
        let words = s.split_whitespace().count();
        total += words;
        if clean::is_boilerplate_sentence(s) {
            boiler += words;
        }
    }
    total == 0 || boiler as f32 >= NON_ARTICLE_SHARE * total as f32
}

/// The first dozen words of the text.
fn headline(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().take(12).collect();
    let mut h = words.join(" ");
    if text.split_whitespace().nth(12).is_some() {
        h.push('…');
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    fn art(text: &str) -> (String, Article) {
        (text[..10].to_string(), Article::from_text(text))
    }

    #[test]
    fn groups_same_story_and_separates_others() {
        let mut pile = Pile::new();
        pile.add(vec![
            art("Volcano erupts on Iceland's Reykjanes peninsula, lava flows toward Grindavik fishing town evacuated."),
            art("Bank of Japan raises interest rates for the first time in seventeen years, yen weakens."),
            art("Lava from the Reykjanes volcano eruption reaches Grindavik as Iceland evacuates the fishing town."),
        ]);
        let a = pile.assignments();
        assert_eq!(a[0], a[2]);
        assert_ne!(a[0], a[1]);
    }

    #[test]
    fn incremental_matches_batch() {
        let texts = [
            "Volcano erupts on Iceland's Reykjanes peninsula, lava flows toward Grindavik fishing town evacuated.",
            "Bank of Japan raises interest rates for the first time in seventeen years, yen weakens.",
            "Lava from the Reykjanes volcano eruption reaches Grindavik as Iceland evacuates the fishing town.",
            "Yen weakens after the Bank of Japan ends negative interest rates, first rise in seventeen years.",
        ];
        let mut batch = Pile::new();
        batch.add(texts.iter().map(|t| art(t)).collect());
        let mut inc = Pile::new();
        inc.add(texts[..2].iter().map(|t| art(t)).collect());
        let saved = serde_json::to_string(&inc).unwrap();
        let mut inc: Pile = serde_json::from_str::<Pile>(&saved).unwrap().restore();
        inc.add(texts[2..].iter().map(|t| art(t)).collect());
        assert_eq!(batch.assignments(), inc.assignments());
    }

    #[test]
    fn repeated_notices_get_no_story() {
        let notice = "These crawls are part of an effort to archive pages as they are created and archived.";
        let mut pile = Pile::new();
        pile.add((0..3).map(|i| (format!("n{i}"), Article::from_text(notice))).collect());
        assert_eq!(pile.assignments(), vec![None, None, None]);
    }
}
