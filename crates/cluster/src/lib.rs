//! cluster: group a stream of articles into stories, the way an editor would.
//!
//! Two stages. Candidates: an inverted index over each article's most
//! distinctive terms finds the earlier articles worth comparing (never all
//! pairs). The link decision: a pair's similarity is a weighted mean of the
//! evidence both articles carry — body TF-IDF cosine, headline similarity,
//! the people and places both name (from original-case text) — scaled down
//! when their publication dates are more than a few days apart, since the same
//! topic weeks later is a new story ([`link`]). Articles then merge by
//! average link ([`agglomerate`]): a group joins another while the mean
//! similarity of all their pairs reaches the threshold, so one article
//! resembling two events cannot chain them together.
//!
//! Non-articles — crawler notices, widget text — get no story: most of their
//! words are in sentences known as boilerplate, or the same text occurs again
//! and again.
//!
//! A [`Pile`] grows batch by batch (`--incremental`). A pair's evidence
//! depends only on the two articles and on the articles before the later one,
//! and the merging depends only on the pairs, so a pile fed in batches ends
//! exactly as one fed at once in the same order. A story's id is the index of
//! its earliest article; a later batch can still join two earlier stories.

pub mod adaptive;
mod agglomerate;
pub mod digest;
pub mod evidence;
mod large;
pub mod link;
mod mutual;
pub mod score;
mod vectors;
mod warn;

use chorus_core::represent::Analyzer;
use chorus_core::summary::DocumentInfo;
use chorus_core::{clean, segment, Article};
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

pub use agglomerate::average_link;
pub use link::{Evidence, PairEvidence, Settings};
pub use vectors::{cosine, TermVector, Vocabulary};
pub use warn::{story_groups, story_warning};

/// Shared distinctive terms a candidate needs before its evidence is computed.
const MIN_SHARED_TERMS: usize = 2;
/// Terms on more earlier articles than this are too common to find candidates with.
const MAX_POSTINGS: usize = 2000;
/// The first articles of a pile are compared with every earlier one (a small
/// pile — the articles of one summary — needs no index, and misses nothing).
const COMPARE_ALL_BELOW: usize = 64;
/// Pairs less similar than this are not kept (they would add almost nothing
/// to a mean, and there are many of them).
const PAIR_FLOOR: f32 = 0.03;
/// Earlier articles whose full evidence is computed for each article: those
/// sharing the most weight of distinctive terms with it. A story seldom has
/// more articles than this, and comparing with every article that shares two
/// terms made 100,000 articles take tens of millions of pairs.
const MAX_CANDIDATES: usize = 64;
/// Links kept per article (to its most similar earlier articles): a missing
/// link counts as 0 in an average, like a weak one, and memory stays linear.
const MAX_LINKS: usize = 24;
/// Articles prepared at once: their word lists are large, their vectors small.
const PREPARE_CHUNK: usize = 4096;
/// Items of a parallel pass (articles, pairs) per job at least: a few
/// articles (the story check of a one-shot `summarize`) run as one job on
/// one thread, which leaves the other free for the summary instead of
/// splitting into jobs it would steal and have to wait on.
const SEQUENTIAL_BELOW: usize = 16;
/// Share of words in boilerplate sentences that makes a text a non-article.
const NON_ARTICLE_SHARE: f32 = 0.5;
/// A text seen this many times word for word is page furniture, not news.
const REPEATS_FOR_NON_ARTICLE: u32 = 3;

/// One article of a pile, as stored in incremental state.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entry {
    pub id: String,
    /// The article's title, or its first words: a title guess for its story.
    pub headline: String,
    /// Where the article came from (title, url, source, published), for digests.
    #[serde(default)]
    pub info: DocumentInfo,
    vector: Vec<(u32, f32)>,
    #[serde(default)]
    names: Vec<(u32, f32)>,
    #[serde(default)]
    title: Vec<(u32, f32)>,
    /// Publication day (days since 1970-01-01), when `published` was given and readable.
    #[serde(default)]
    day: Option<i32>,
    fingerprint: u64,
    boilerplate: bool,
    /// The earlier entries this one is linked to (its kept pairs), so that a
    /// restored pile need not search for candidates again.
    #[serde(default)]
    links: Vec<u32>,
}

/// Two articles worth comparing (a < b) and what they share.
#[derive(Debug, Clone, Copy)]
pub struct Pair {
    pub a: u32,
    pub b: u32,
    pub evidence: PairEvidence,
}

/// A growing pile of articles and the stories found in it.
#[derive(Default, Serialize, Deserialize)]
pub struct Pile {
    /// Entries carry their links (states written before they did are searched again).
    #[serde(default)]
    linked: bool,
    stems: Vec<String>,
    pub entries: Vec<Entry>,
    repeats: FxHashMap<u64, u32>,
    #[serde(skip)]
    settings: Settings,
    #[serde(skip)]
    vocabulary: Vocabulary,
    /// Term → (entry, the term's weight there), entries in order.
    #[serde(skip)]
    postings: FxHashMap<u32, Vec<(u32, f32)>>,
    #[serde(skip)]
    pairs: Vec<Pair>,
    /// Per entry, the smallest entry index of its group.
    #[serde(skip)]
    groups: Vec<usize>,
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

/// Features of one article, computed in parallel before it joins the pile.
struct Prepared {
    id: String,
    headline: String,
    info: DocumentInfo,
    body: Vec<(String, f32)>,
    names: Vec<(String, f32)>,
    title: Vec<(String, f32)>,
    day: Option<i32>,
    fingerprint: u64,
    boilerplate: bool,
}

fn prepare(analyzer: &Analyzer, id: String, article: Article, settings: &Settings) -> Prepared {
    let text = &article.text;
    let title_text = evidence::headline_text(article.title.as_deref(), text);
    Prepared {
        headline: title_text.map(str::to_string).unwrap_or_else(|| headline(text)),
        body: vectors::weighted_stems(analyzer, lead(text, settings.lead_words), settings.terms),
        names: evidence::weighted_names(analyzer, text),
        title: title_text.map(|t| evidence::weighted_title(analyzer, t)).unwrap_or_default(),
        day: article.published.as_deref().and_then(evidence::parse_day),
        fingerprint: text_fingerprint(text),
        boilerplate: mostly_boilerplate(text),
        info: DocumentInfo {
            id: Some(id.clone()),
            path: article.path.clone(),
            source: article.source.clone(),
            title: article.title.clone(),
            url: article.url.clone(),
            published: article.published.clone(),
            text: None,
        },
        id,
    }
}

impl Pile {
    pub fn new() -> Self {
        Pile::default()
    }

    /// A pile that links with these settings (ablations, sweeps, warnings).
    pub fn with_settings(settings: Settings) -> Self {
        Pile { settings, ..Pile::default() }
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// [`Pile::restore`] for a pile that links with `settings`.
    pub fn restore_with(mut self, settings: Settings) -> Self {
        self.settings = settings;
        self.restore()
    }

    /// Rebuild the in-memory index and the stories after loading saved state.
    pub fn restore(mut self) -> Self {
        for s in std::mem::take(&mut self.stems) {
            self.vocabulary.id(s);
        }
        self.stems = self.vocabulary.stems.clone();
        for i in 0..self.entries.len() {
            self.index(i);
        }
        self.pairs = if self.linked {
            let links: Vec<(u32, u32)> = (0..self.entries.len())
                .flat_map(|b| self.entries[b].links.iter().map(move |&a| (a, b as u32)))
                .filter(|&(a, b)| a < b)
                .collect();
            links
                .into_par_iter()
                .with_min_len(SEQUENTIAL_BELOW)
                .map(|(a, b)| Pair { a, b, evidence: self.evidence(a as usize, b as usize) })
                .collect()
        } else {
            let pairs = self.pairs_of(0..self.entries.len());
            for p in &pairs {
                self.entries[p.b as usize].links.push(p.a);
            }
            pairs
        };
        self.linked = true;
        self.regroup();
        self
    }

    /// Add a batch of (id, article); returns the index of the first new entry.
    pub fn add(&mut self, batch: Vec<(String, Article)>) -> usize {
        let analyzer = Analyzer::default();
        let settings = self.settings;
        let first = self.entries.len();
        let mut batch = batch.into_iter();
        loop {
            // A chunk at a time: the word lists of 100,000 articles would not fit in memory together.
            let chunk: Vec<(String, Article)> = batch.by_ref().take(PREPARE_CHUNK).collect();
            if chunk.is_empty() {
                break;
            }
            let prepared: Vec<Prepared> = chunk
                .into_par_iter()
                .with_min_len(SEQUENTIAL_BELOW)
                .map(|(id, article)| prepare(&analyzer, id, article, &settings))
                .collect();
            for p in prepared {
                self.push(p);
            }
        }
        let new_pairs = self.pairs_of(first..self.entries.len());
        for p in &new_pairs {
            self.entries[p.b as usize].links.push(p.a);
        }
        self.pairs.extend(new_pairs);
        self.linked = true;
        self.stems = self.vocabulary.stems.clone();
        self.regroup();
        first
    }

    fn push(&mut self, p: Prepared) {
        let vocabulary = &mut self.vocabulary;
        let mut vector = |w: &[(String, f32)]| vectors::to_vector(vocabulary, w);
        let entry = Entry {
            vector: vector(&p.body),
            names: vector(&p.names),
            title: vector(&p.title),
            id: p.id,
            headline: p.headline,
            info: p.info,
            day: p.day,
            fingerprint: p.fingerprint,
            boilerplate: p.boilerplate,
            links: Vec::new(),
        };
        *self.repeats.entry(entry.fingerprint).or_default() += 1;
        self.entries.push(entry);
        self.index(self.entries.len() - 1);
    }

    fn index(&mut self, i: usize) {
        if self.entries[i].boilerplate {
            return;
        }
        for &(t, w) in strongest(&self.entries[i].vector, self.settings.index_terms).iter() {
            self.postings.entry(t).or_default().push((i as u32, w));
        }
    }

    /// The pairs (earlier article, article) worth keeping for each article of
    /// `range`: its [`MAX_LINKS`] most similar earlier candidates.
    fn pairs_of(&self, range: std::ops::Range<usize>) -> Vec<Pair> {
        range
            .into_par_iter()
            .with_min_len(SEQUENTIAL_BELOW)
            .flat_map_iter(|i| {
                let mut pairs: Vec<(f32, Pair)> = self
                    .candidates(i)
                    .into_iter()
                    .filter_map(|j| {
                        let evidence = self.evidence(j as usize, i);
                        let sim = self.settings.similarity(&evidence);
                        (sim >= PAIR_FLOOR).then_some((sim, Pair { a: j, b: i as u32, evidence }))
                    })
                    .collect();
                pairs.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.a.cmp(&y.1.a)));
                pairs.truncate(MAX_LINKS);
                pairs.into_iter().map(|(_, p)| p)
            })
            .collect()
    }

    /// Earlier articles sharing distinctive terms with article `i`, the
    /// [`MAX_CANDIDATES`] sharing most weight. Only articles before `i` are
    /// looked at, and a term's list is judged by how many of them it holds,
    /// so the answer never depends on later batches.
    fn candidates(&self, i: usize) -> Vec<u32> {
        let e = &self.entries[i];
        if e.boilerplate {
            return Vec::new();
        }
        if i < COMPARE_ALL_BELOW {
            return (0..i as u32).filter(|&j| !self.entries[j as usize].boilerplate).collect();
        }
        let mut shared: FxHashMap<u32, (u32, f32)> = FxHashMap::default();
        for (t, w) in strongest(&e.vector, self.settings.index_terms) {
            if let Some(list) = self.postings.get(&t) {
                let before = list.partition_point(|&(j, _)| (j as usize) < i);
                if before <= MAX_POSTINGS {
                    for &(j, v) in &list[..before] {
                        let s = shared.entry(j).or_default();
                        s.0 += 1;
                        s.1 += w * v;
                    }
                }
            }
        }
        let mut found: Vec<(u32, f32)> = shared
            .into_iter()
            .filter(|&(_, (n, _))| n as usize >= MIN_SHARED_TERMS)
            .map(|(j, (_, s))| (j, s))
            .collect();
        if found.len() > MAX_CANDIDATES {
            found.select_nth_unstable_by(MAX_CANDIDATES, |x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
            found.truncate(MAX_CANDIDATES);
        }
        let mut found: Vec<u32> = found.into_iter().map(|(j, _)| j).collect();
        found.sort_unstable();
        found
    }

    /// What articles `a` and `b` share.
    pub fn evidence(&self, a: usize, b: usize) -> PairEvidence {
        let (x, y) = (&self.entries[a], &self.entries[b]);
        let both = |p: &[(u32, f32)], q: &[(u32, f32)]| (!p.is_empty() && !q.is_empty()).then(|| cosine(p, q));
        PairEvidence {
            body: cosine(&x.vector, &y.vector),
            title: both(&x.title, &y.title),
            names: both(&x.names, &y.names),
            days_apart: x.day.zip(y.day).map(|(p, q)| p.abs_diff(q)),
        }
    }

    /// Every pair kept for linking (for sweeps and diagnostics).
    pub fn pairs(&self) -> &[Pair] {
        &self.pairs
    }

    fn regroup(&mut self) {
        self.groups = self.group_with(&self.settings);
    }

    /// Groups (smallest member index per entry) under other settings; the pile is unchanged.
    pub fn group_with(&self, settings: &Settings) -> Vec<usize> {
        let (mut edges, non) = self.article_edges(settings);
        let (background, local) = self.backgrounds_of(settings, &edges, &non, settings.local > 0.0);
        mutual::boost_mutual(self.entries.len(), &mut edges, settings.mutual * background);
        adaptive::hold_to_local(&mut edges, &local, background, settings.local);
        self.stories_at(settings, &edges, settings.threshold + settings.adapt * background)
    }

    /// Average link over the kept links, then groups too large for their
    /// links to cover judged over all their pairs ([`large`]).
    fn stories_at(&self, settings: &Settings, edges: &[(u32, u32, f32)], threshold: f32) -> Vec<usize> {
        let groups = average_link(self.entries.len(), edges.iter().copied(), threshold);
        let member = |i: usize| {
            let e = &self.entries[i];
            large::Member { body: &e.vector, names: &e.names, title: &e.title, day: e.day }
        };
        large::merge_large(groups, edges, threshold, MAX_LINKS + 1, settings, member)
    }

    /// The threshold the pile's stories are cut at under `settings` (it adapts to the pile).
    pub fn threshold_with(&self, settings: &Settings) -> f32 {
        let (edges, non) = self.article_edges(settings);
        settings.threshold + settings.adapt * self.background_of(settings, &edges, &non)
    }

    /// The stored links between news articles, as similarities under `settings`, and
    /// which entries are no news article.
    fn article_edges(&self, settings: &Settings) -> (Vec<(u32, u32, f32)>, Vec<bool>) {
        let non: Vec<bool> = (0..self.entries.len()).map(|i| self.is_non_article(i)).collect();
        let edges = self
            .pairs
            .iter()
            .filter(|p| !non[p.a as usize] && !non[p.b as usize])
            .map(|p| (p.a, p.b, settings.similarity(&p.evidence)))
            .collect();
        (edges, non)
    }

    /// The pile's background similarity ([`adaptive::background`]); 0 when no setting uses it.
    fn background_of(&self, settings: &Settings, edges: &[(u32, u32, f32)], non: &[bool]) -> f32 {
        self.backgrounds_of(settings, edges, non, false).0
    }

    /// The pile's background similarity and, when `with_local`, each article's own
    /// ([`adaptive::local_backgrounds`]); 0 and none when no setting uses them.
    fn backgrounds_of(
        &self,
        settings: &Settings,
        edges: &[(u32, u32, f32)],
        non: &[bool],
        with_local: bool,
    ) -> (f32, Vec<f32>) {
        if settings.adapt == 0.0 && settings.mutual == 0.0 && settings.local == 0.0 {
            return (0.0, Vec::new());
        }
        // The crowd is the articles of other stories: links inside the stories found at the
        // base threshold are left out, or one big story would raise its own threshold and split.
        let groups = self.stories_at(settings, edges, settings.threshold);
        let across = || edges.iter().copied().filter(|&(a, b, _)| groups[a as usize] != groups[b as usize]);
        let background = adaptive::background(self.entries.len(), across(), |i| !non[i]);
        let local = if with_local { adaptive::local_backgrounds(self.entries.len(), across()) } else { Vec::new() };
        (background, local)
    }

    /// The story of each entry under other settings; None for non-articles.
    pub fn assignments_with(&self, settings: &Settings) -> Vec<Option<usize>> {
        let groups = self.group_with(settings);
        (0..self.entries.len()).map(|i| (!self.is_non_article(i)).then_some(groups[i])).collect()
    }

    /// Statistics of the links' similarities under the pile's settings (diagnostics for an adaptive threshold).
    pub fn link_statistics(&self) -> Vec<(String, f32)> {
        let non: Vec<bool> = (0..self.entries.len()).map(|i| self.is_non_article(i)).collect();
        let links = self
            .pairs
            .iter()
            .filter(|p| !non[p.a as usize] && !non[p.b as usize])
            .map(|p| (p.a, p.b, self.settings.similarity(&p.evidence)));
        let near = adaptive::neighbour_similarities(self.entries.len(), links);
        let articles: Vec<&Vec<f32>> = near.iter().zip(&non).filter(|(_, &n)| !n).map(|(v, _)| v).collect();
        let mut out = vec![("articles".to_string(), articles.len() as f32)];
        let none = articles.iter().filter(|v| v.is_empty()).count();
        out.push(("share without links".into(), none as f32 / articles.len().max(1) as f32));
        for k in [1usize, 2, 3, 5, 10] {
            let mut kth: Vec<f32> = articles.iter().map(|v| v.get(k - 1).copied().unwrap_or(0.0)).collect();
            for q in [0.25f32, 0.5, 0.75] {
                out.push((format!("{k}-th neighbour q{q}"), adaptive::quantile(&mut kth, q).unwrap_or(0.0)));
            }
            out.push((format!("{k}-th neighbour otsu"), adaptive::otsu(&kth).unwrap_or(0.0)));
            out.push((format!("{k}-th neighbour mean"), kth.iter().sum::<f32>() / kth.len().max(1) as f32));
        }
        let terms: f32 =
            self.entries.iter().map(|e| e.vector.len() as f32).sum::<f32>() / self.entries.len().max(1) as f32;
        out.push(("terms per article".into(), terms));
        out
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
        (0..self.entries.len()).map(|i| (!self.is_non_article(i)).then_some(self.groups[i])).collect()
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
    let mut eat = |b: u8| {
        hash ^= b as u64;
        hash = hash.wrapping_mul(0x100000001b3);
    };
    for c in text.chars() {
        if c.is_ascii() {
            // The same bytes as below, without the Unicode tables.
            if c.is_ascii_alphanumeric() {
                eat(c.to_ascii_lowercase() as u8);
            }
        } else if c.is_alphanumeric() {
            let mut buf = [0u8; 4];
            for l in c.to_lowercase() {
                l.encode_utf8(&mut buf).bytes().for_each(&mut eat);
            }
        }
    }
    hash
}

/// Most of the text's words sit in boilerplate sentences, or it has no body at all.
fn mostly_boilerplate(text: &str) -> bool {
    let sentences: Vec<(&str, usize)> =
        segment::split(text).into_iter().map(|r| (&text[r.clone()], segment::word_count(&text[r]))).collect();
    let total: usize = sentences.iter().map(|&(_, words)| words).sum();
    let need = NON_ARTICLE_SHARE * total as f32;
    // Judging sentences stops once the answer is known: the boilerplate
    // words only grow, and can grow by at most the words not yet judged.
    let (mut boiler, mut unjudged) = (0usize, total);
    for (s, words) in sentences {
        if total == 0 || boiler as f32 >= need {
            return true;
        }
        if ((boiler + unjudged) as f32) < need {
            return false;
        }
        if clean::is_boilerplate_sentence(s) {
            boiler += words;
        }
        unjudged -= words;
    }
    total == 0 || boiler as f32 >= need
}

/// The text up to its `words`-th word (all of it for 0).
fn lead(text: &str, words: usize) -> &str {
    if words == 0 {
        return text;
    }
    let mut seen = 0;
    let mut in_word = false;
    for (k, c) in text.char_indices() {
        if c.is_whitespace() {
            if in_word {
                seen += 1;
                if seen == words {
                    return &text[..k];
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    text
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
    fn links_per_article_are_capped_and_restored() {
        // Many near-copies of one story: every article could link to every earlier one.
        let texts: Vec<String> = (0..90)
            .map(|k| {
                format!(
                    "Volcano erupts near Grindavik on the Reykjanes peninsula, lava flows, report {k} of the eruption."
                )
            })
            .collect();
        let mut pile = Pile::new();
        pile.add(texts.iter().enumerate().map(|(k, t)| (k.to_string(), Article::from_text(t))).collect());
        let mut per_article = vec![0; texts.len()];
        for p in pile.pairs() {
            per_article[p.b as usize] += 1;
        }
        assert!(per_article.iter().all(|&n| n <= MAX_LINKS), "{per_article:?}");
        assert_eq!(per_article[80], MAX_LINKS);
        assert!(pile.assignments().iter().all(|&a| a == Some(0)), "{:?}", pile.assignments());
        let saved = serde_json::to_string(&pile).unwrap();
        let restored: Pile = serde_json::from_str::<Pile>(&saved).unwrap().restore();
        let key = |p: &Pair| (p.a, p.b, p.evidence.body.to_bits());
        assert_eq!(
            pile.pairs().iter().map(key).collect::<Vec<_>>(),
            restored.pairs().iter().map(key).collect::<Vec<_>>()
        );
    }

    #[test]
    fn lead_cuts_at_a_word_boundary() {
        assert_eq!(lead("one two  three four", 2), "one two");
        assert_eq!(lead("one two", 5), "one two");
        assert_eq!(lead("héé ünï", 1), "héé");
        assert_eq!(lead("a b", 0), "a b");
    }

    #[test]
    fn repeated_notices_get_no_story() {
        let notice = "These crawls are part of an effort to archive pages as they are created and archived.";
        let mut pile = Pile::new();
        pile.add((0..3).map(|i| (format!("n{i}"), Article::from_text(notice))).collect());
        assert_eq!(pile.assignments(), vec![None, None, None]);
    }
}
