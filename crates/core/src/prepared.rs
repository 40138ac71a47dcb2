//! `Prepared`: a cluster after clean → segment → represent, the plain data
//! that every later stage (select, order, cite, features, the brief) reads.
//! It sits below those stages and below `pipeline`, which only runs them, so
//! no stage imports the module that calls it.

use std::borrow::Cow;
use std::sync::OnceLock;

use crate::article::Cluster;
use crate::clean;
use crate::represent::{Analyzer, BackgroundIdf, Represented};
use crate::segment;
use crate::term_prior::TermPrior;

/// One sentence of one article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub doc: usize,
    pub start: usize,
    pub end: usize,
    /// Index of the sentence within its article's body (0 = lead).
    pub position: usize,
    pub words: usize,
    /// Page furniture that the line cleaner could not see (crawler notices, widgets).
    pub boilerplate: bool,
    /// Whole on its own: curly quotation marks balanced and not a lead-in
    /// ending in ':'. Part of a multi-sentence quote would misquote its
    /// speaker if shown alone. (Straight quotes are too noisy in tokenised
    /// text to judge this way; the learned scorer weighs them instead.)
    pub standalone: bool,
}

/// A cluster after cleaning, segmentation and representation.
pub struct Prepared<'a> {
    pub cluster: &'a Cluster,
    pub sentences: Vec<Sentence>,
    /// Number of body sentences in each article.
    pub doc_sentences: Vec<usize>,
    pub rep: Represented,
    /// [`TermPrior`] of each term id, looked up on first use and shared by
    /// the sentence and cluster features.
    term_prior: OnceLock<Vec<f32>>,
}

/// The body sentences of one article as byte ranges (clean → segment → cut
/// furniture): the first stages of [`Prepared::new`], for callers that need
/// only the sentences (benches, speed checks). `ranges` is cleared first.
pub fn body_sentences(text: &str, ranges: &mut Vec<std::ops::Range<usize>>) {
    ranges.clear();
    for block in clean::body_blocks(text) {
        segment::split_into(text, block, ranges);
    }
    clean::cut_furniture(text, ranges);
}

impl<'a> Prepared<'a> {
    pub fn new(cluster: &'a Cluster) -> Self {
        let mut sentences = Vec::new();
        let mut doc_sentences = Vec::with_capacity(cluster.articles.len());
        let mut ranges = Vec::new();
        for (doc, article) in cluster.articles.iter().enumerate() {
            body_sentences(&article.text, &mut ranges);
            doc_sentences.push(ranges.len());
            for (position, r) in ranges.iter().enumerate() {
                let raw = &article.text[r.clone()];
                sentences.push(Sentence {
                    doc,
                    start: r.start,
                    end: r.end,
                    position,
                    words: segment::word_count(raw),
                    boilerplate: clean::is_boilerplate_sentence(raw),
                    standalone: is_standalone(raw),
                });
            }
        }
        let analyzer = Analyzer::default();
        let rep = Represented::build(
            sentences.iter().map(|s| &cluster.articles[s.doc].text[s.start..s.end]),
            &analyzer,
            BackgroundIdf::global(),
        );
        Prepared { cluster, sentences, doc_sentences, rep, term_prior: OnceLock::new() }
    }

    /// How often summaries keep each term id (see [`TermPrior`]).
    pub fn term_prior(&self) -> &[f32] {
        self.term_prior.get_or_init(|| {
            let prior = TermPrior::global();
            self.rep.vocabulary.iter().map(|stem| prior.kept(stem)).collect()
        })
    }

    /// The sentence's bytes in its article.
    pub fn raw(&self, i: usize) -> &'a str {
        let s = &self.sentences[i];
        &self.cluster.articles[s.doc].text[s.start..s.end]
    }

    /// The sentence as shown to a reader: see [`display_text`].
    pub fn text(&self, i: usize) -> Cow<'a, str> {
        display_text(self.raw(i))
    }

    /// Whether sentence `i` is its article's last and lacks the punctuation
    /// that ends a sentence: the article was cut off inside it.
    pub fn is_cut_off(&self, i: usize) -> bool {
        let last = self.sentences.get(i + 1).is_none_or(|next| next.doc != self.sentences[i].doc);
        last && !ends_sentence(self.raw(i))
    }
}

/// A sentence's source bytes with each whitespace run that holds a line break
/// shown as one space, so a hard-wrapped sentence prints on one line. Text
/// without line breaks comes back unchanged (borrowed).
pub fn display_text(raw: &str) -> Cow<'_, str> {
    if !raw.contains(['\n', '\r']) {
        return Cow::Borrowed(raw);
    }
    let mut out = String::with_capacity(raw.len());
    let mut pending = String::new();
    for c in raw.chars() {
        if c.is_whitespace() {
            pending.push(c);
            continue;
        }
        if !pending.is_empty() {
            if pending.contains(['\n', '\r']) {
                out.push(' ');
            } else {
                out.push_str(&pending);
            }
            pending.clear();
        }
        out.push(c);
    }
    Cow::Owned(out)
}

/// Whether text ends as a sentence does: . ! ? or … before any closing
/// quotes and brackets.
pub fn ends_sentence(raw: &str) -> bool {
    let trimmed = raw.trim_end().trim_end_matches(['"', '\'', '”', '’', ')', ']', ' ']);
    trimmed.ends_with(['.', '!', '?', '…'])
}

/// Balanced curly quotation marks and no trailing colon.
pub fn is_standalone(raw: &str) -> bool {
    let count = |c: char| raw.chars().filter(|&x| x == c).count();
    let trimmed = raw.trim_end_matches(['"', '”', '’', ')']);
    count('“') == count('”') && !trimmed.ends_with(':')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_text_joins_wrapped_lines_only() {
        assert_eq!(display_text("he had “\n\ntotal” trust"), "he had “ total” trust");
        assert!(matches!(display_text("a  b"), Cow::Borrowed("a  b")));
    }

    #[test]
    fn ends_sentence_looks_past_closing_quotes() {
        assert!(ends_sentence("He left."));
        assert!(ends_sentence("“We won!” "));
        assert!(ends_sentence("he said (in 2010.)"));
        assert!(!ends_sentence("Fox News, on the other hand,"));
        assert!(!ends_sentence("\"our plans changed based on"));
    }

    #[test]
    fn only_an_article_s_last_unfinished_sentence_is_cut_off() {
        let text = |t: &str| crate::Article::from_text(t);
        let cluster = Cluster {
            id: "c".into(),
            articles: vec![
                text("The council met on Monday to vote on the budget. Members argued over the schools for hours and"),
                text("The council approved the school budget on Monday night. Teachers had asked for more money."),
            ],
            reference: None,
        };
        let prepared = Prepared::new(&cluster);
        let cut: Vec<&str> =
            (0..prepared.sentences.len()).filter(|&i| prepared.is_cut_off(i)).map(|i| prepared.raw(i)).collect();
        assert_eq!(cut, ["Members argued over the schools for hours and"]);
    }
}
