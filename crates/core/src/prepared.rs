//! `Prepared`: a cluster after clean → segment → represent, the plain data
//! that every later stage (select, order, cite, features, the brief) reads.
//! It sits below those stages and below `pipeline`, which only runs them, so
//! no stage imports the module that calls it.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::OnceLock;

use crate::article::Cluster;
use crate::clean;
use crate::quote_marks;
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
    /// Whole on its own, so it may be shown alone (a fact, a timeline entry,
    /// a summary's opening): curly quotation marks balanced, not a lead-in
    /// ending in ':' and not inside a quotation (`in_quote`). Part of a
    /// multi-sentence quote would misquote its speaker if shown alone.
    pub standalone: bool,
    /// A lead-in ending in ':' ("He added:"): it introduces what follows and
    /// says nothing alone. Summaries never take one.
    pub lead_in: bool,
    /// Starts inside a quotation an earlier sentence of its paragraph opened
    /// ([`crate::quote_marks`]): its speaker is named before it, so a summary
    /// shows it only right after the sentence before it
    /// ([`Prepared::speaker_named_before`]).
    pub in_quote: bool,
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
    /// [`Prepared::introduced_in`] of every sentence, read on first use.
    introductions: OnceLock<Vec<Option<usize>>>,
}

/// The body sentences of one article as byte ranges (clean → segment → cut
/// furniture): the first stages of [`Prepared::new`], for callers that need
/// only the sentences (benches, speed checks). `ranges` is cleared first.
pub fn body_sentences(text: &str, ranges: &mut Vec<Range<usize>>) {
    body_sentences_in(text, ranges, &mut Vec::new());
}

/// [`body_sentences`], also keeping the body's paragraphs (the blocks the
/// sentences were split from) in `paragraphs`, cleared first.
fn body_sentences_in(text: &str, ranges: &mut Vec<Range<usize>>, paragraphs: &mut Vec<Range<usize>>) {
    ranges.clear();
    paragraphs.clear();
    for block in clean::body_blocks(text) {
        segment::split_into(text, block.clone(), ranges);
        paragraphs.push(block);
    }
    clean::cut_furniture(text, ranges);
}

impl<'a> Prepared<'a> {
    pub fn new(cluster: &'a Cluster) -> Self {
        let mut sentences = Vec::new();
        let mut doc_sentences = Vec::with_capacity(cluster.articles.len());
        let (mut ranges, mut paragraphs) = (Vec::new(), Vec::new());
        for (doc, article) in cluster.articles.iter().enumerate() {
            body_sentences_in(&article.text, &mut ranges, &mut paragraphs);
            doc_sentences.push(ranges.len());
            let in_quote = quote_marks::starts_inside_quote(&article.text, &paragraphs, &ranges);
            for (position, (r, in_quote)) in ranges.iter().zip(in_quote).enumerate() {
                let raw = &article.text[r.clone()];
                sentences.push(Sentence {
                    doc,
                    start: r.start,
                    end: r.end,
                    position,
                    words: segment::word_count(raw),
                    boilerplate: clean::is_boilerplate_sentence(raw),
                    standalone: is_standalone(raw) && !in_quote,
                    lead_in: is_lead_in(raw),
                    in_quote,
                });
            }
        }
        let analyzer = Analyzer::default();
        let rep = Represented::build(
            sentences.iter().map(|s| &cluster.articles[s.doc].text[s.start..s.end]),
            &analyzer,
            BackgroundIdf::global(),
        );
        Prepared { cluster, sentences, doc_sentences, rep, term_prior: OnceLock::new(), introductions: OnceLock::new() }
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

    /// Whether sentence `i`'s speaker, or its subject, is named only in a
    /// sentence before it: a pronoun speaker or a bare quotation
    /// ([`crate::order::speaker_named_before`]), or a later sentence of a
    /// quotation ([`Sentence::in_quote`]). Shown anywhere but right after its
    /// article's preceding sentence, it reads as the words of whoever the
    /// summary named last.
    pub fn speaker_named_before(&self, i: usize) -> bool {
        self.sentences[i].in_quote || crate::order::speaker_named_before(self.raw(i))
    }

    /// For a sentence whose speaker stands as a surname alone ("…,” Lyons
    /// said."), the earlier sentence of its article that names that person in
    /// full, the one a reader needs first ([`crate::surnames`]). None when the
    /// sentence names them in full itself, or its article never does before it.
    pub fn introduced_in(&self, i: usize) -> Option<usize> {
        let introductions = self.introductions.get_or_init(|| {
            (0..self.sentences.len())
                .map(|i| {
                    let raw = self.raw(i);
                    let surname = crate::surnames::surname_speaker(raw)?;
                    if crate::surnames::names_in_full(raw, surname) {
                        return None;
                    }
                    // The first full mention in the article's sentences before this one.
                    let first = i - self.sentences[i].position;
                    let text = &self.cluster.articles[self.sentences[i].doc].text;
                    let (from, to) = (self.sentences[first].start, self.sentences[i].start);
                    // A mention counts inside one sentence only: "… on Friday. Lyons said" is no "Friday Lyons".
                    crate::surnames::full_mentions(&text[from..to], surname).find_map(|m| {
                        let s = &self.sentences;
                        (first..i).find(|&j| s[j].start <= from + m.start && from + m.end <= s[j].end)
                    })
                })
                .collect()
        });
        introductions[i]
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
    count('“') == count('”') && !is_lead_in(raw)
}

/// Ends in ':' (before closing marks): it leads in to what follows.
pub fn is_lead_in(raw: &str) -> bool {
    raw.trim_end_matches(['"', '”', '’', ')']).ends_with(':')
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
