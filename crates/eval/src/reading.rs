//! reading: how a summary reads, beyond ROUGE. Two checks a reader makes
//! without knowing it:
//! - does the summary open on the news, i.e. on an article's lead (one of its
//!   first two body sentences)?
//! - does every quote attributed to a pronoun ("He added: …", "She said the
//!   move …") follow the sentence that names the speaker, as in its article?
//!   A pronoun speaker after a sentence about someone else puts words in the
//!   wrong mouth.
//!
//! - is every speaker named by surname alone ("…,” Lyons said.") named in
//!   full before it?
//!
//! Written from the definitions, independently of the rules in
//! `chorus_core::order` that try to meet them, so the figures check those rules
//! rather than restate them — except the surname check, which reads speakers
//! and full names with `chorus_core::surnames` (the selection rule's detector;
//! an independent pattern count over the same 250 summaries moved alike, 76 →
//! 23 speakers, docs/results-notes.md).

use chorus_core::surnames::{names_in_full, surname_speaker};
use chorus_core::Prepared;

/// Verbs that attribute speech, in the forms a news sentence uses.
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "added",
    "adds",
    "told",
    "tells",
    "asked",
    "asks",
    "noted",
    "notes",
    "explained",
    "explains",
    "wrote",
    "writes",
    "tweeted",
    "tweets",
    "continued",
    "argued",
    "argues",
    "insisted",
    "insists",
    "stated",
    "replied",
    "responded",
    "recalled",
    "acknowledged",
    "admitted",
    "claimed",
    "claims",
    "warned",
    "warns",
    "declared",
    "suggested",
    "testified",
    "announced",
    "remarked",
    "observed",
    "conceded",
    "joked",
    "stressed",
    "emphasized",
];

/// A sentence that opens on "He", "She" or "They" with a speech verb among
/// its next three words ("He added:", "She also said …", "They told reporters …").
pub fn pronoun_speaker(sentence: &str) -> bool {
    opens_on_pronoun_with_verb(sentence, 3)
}

/// The same with the speech verb anywhere in the sentence ("He was
/// sentenced on Friday, prosecutors said"): the "He" still needs its
/// antecedent right before it.
pub fn pronoun_opener_with_speech(sentence: &str) -> bool {
    opens_on_pronoun_with_verb(sentence, usize::MAX)
}

fn opens_on_pronoun_with_verb(sentence: &str, within: usize) -> bool {
    let mut words = sentence
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .filter(|w| !w.is_empty());
    if !matches!(words.next().as_deref(), Some("he" | "she" | "they")) {
        return false;
    }
    words.take(within).any(|w| SPEECH_VERBS.contains(&w.as_str()))
}

/// A sentence that is one quotation and nothing else: it opens on a
/// quotation mark and its last letter is inside the quotation ("“We will
/// win.”"). Kept apart from the summarizer's own rule on purpose: the
/// metric should not share the code it checks.
pub fn quotation_alone(sentence: &str) -> bool {
    let s = sentence.trim();
    if !s.starts_with(['“', '"']) {
        return false;
    }
    // The text up to its last letter; the quotation must not close inside it
    // ("“We will win,” he said." closes before "he").
    let tail = s.trim_end_matches(|c: char| !c.is_alphanumeric());
    let first = s.chars().next().map_or(0, char::len_utf8);
    !tail.get(first..).unwrap_or("").char_indices().any(|(k, c)| {
        let rest = &tail[first + k + c.len_utf8()..];
        matches!(c, '”' | '"') && rest.starts_with(char::is_whitespace)
    })
}

/// What a summary (its chosen sentences, in summary order) does for a reader.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Reading {
    /// The first sentence is one of the first two body sentences of its article.
    pub opens_on_lead: bool,
    /// [`pronoun_speaker`] sentences not right after their article's preceding sentence.
    pub adrift_speakers: usize,
    /// The same for [`pronoun_opener_with_speech`].
    pub adrift_speech: usize,
    /// The same for [`quotation_alone`] sentences: their speaker is named
    /// only before them.
    pub adrift_quotes: usize,
    /// The same for later sentences of a quotation (`Sentence::in_quote`):
    /// shown without the sentence before them they read as the outlet's
    /// words, or as the words of whoever the summary named last.
    pub adrift_quote_pieces: usize,
    /// Sentences whose speaker stands as a surname alone ("…,” Lyons said.")
    /// that neither they nor any summary sentence before them names in full
    /// ([`chorus_core::surnames`]): the reader is left asking who Lyons is.
    pub unintroduced_surnames: usize,
}

pub fn reading(prepared: &Prepared, chosen: &[usize]) -> Reading {
    let opens_on_lead = chosen.first().is_some_and(|&i| prepared.sentences[i].position < 2);
    let adrift = |rule: &dyn Fn(usize) -> bool| {
        chosen
            .iter()
            .enumerate()
            .filter(|&(k, &i)| {
                let s = &prepared.sentences[i];
                let source_before = (s.position > 0).then(|| i - 1);
                let summary_before = k.checked_sub(1).map(|k| chosen[k]);
                rule(i) && (source_before.is_none() || summary_before != source_before)
            })
            .count()
    };
    Reading {
        opens_on_lead,
        adrift_speakers: adrift(&|i| pronoun_speaker(prepared.raw(i))),
        adrift_speech: adrift(&|i| pronoun_opener_with_speech(prepared.raw(i))),
        adrift_quotes: adrift(&|i| quotation_alone(prepared.raw(i))),
        adrift_quote_pieces: adrift(&|i| prepared.sentences[i].in_quote),
        unintroduced_surnames: chosen
            .iter()
            .enumerate()
            .filter(|&(k, &i)| {
                surname_speaker(prepared.raw(i))
                    .is_some_and(|name| !chosen[..=k].iter().any(|&j| names_in_full(prepared.raw(j), name)))
            })
            .count(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chorus_core::{Article, Cluster};

    #[test]
    fn pronoun_speakers_are_he_she_they_with_a_speech_verb() {
        assert!(pronoun_speaker("He added: “I have been called a surrogate.”"));
        assert!(pronoun_speaker("She also said the move was wrong."));
        assert!(pronoun_speaker("“They told reporters on Monday that …"));
        assert!(!pronoun_speaker("He was arrested on Monday."));
        assert!(!pronoun_speaker("Sessions said he met with lawyers."));
        assert!(!pronoun_speaker("Theyre said"));
        assert!(!pronoun_speaker("He was sentenced on Friday in a federal court, prosecutors said."));
        assert!(pronoun_opener_with_speech("He was sentenced on Friday in a federal court, prosecutors said."));
    }

    #[test]
    fn a_pronoun_speaker_is_adrift_unless_its_source_sentence_comes_right_before() {
        let text = "Jeff Sessions recused himself from the inquiry on Thursday. \
                    He added that he had done nothing wrong at all. \
                    Roy Blunt said the senate would hold hearings soon.";
        let c = Cluster { id: "t".into(), articles: vec![Article::from_text(text)], reference: None };
        let p = Prepared::new(&c);
        assert_eq!(reading(&p, &[0, 1]), Reading { opens_on_lead: true, ..Reading::default() });
        assert_eq!(
            reading(&p, &[2, 1]),
            Reading {
                opens_on_lead: false,
                adrift_speakers: 1,
                adrift_speech: 1,
                adrift_quotes: 0,
                adrift_quote_pieces: 0,
                unintroduced_surnames: 0
            }
        );
        assert_eq!(reading(&p, &[1]).adrift_speakers, 1);
    }

    #[test]
    fn a_surname_speaker_is_unintroduced_until_a_sentence_names_them_in_full() {
        let text = "Karen Lyons was asleep when the car hit her house on Friday. \
                    “I flew into the house,” Lyons said. \
                    The driver was not hurt in the crash at all.";
        let c = Cluster { id: "t".into(), articles: vec![Article::from_text(text)], reference: None };
        let p = Prepared::new(&c);
        assert_eq!(reading(&p, &[0, 1]).unintroduced_surnames, 0);
        assert_eq!(reading(&p, &[1, 2]).unintroduced_surnames, 1);
        assert_eq!(reading(&p, &[1, 0]).unintroduced_surnames, 1);
    }

    #[test]
    fn a_quotation_alone_has_its_speaker_before_it() {
        assert!(quotation_alone("“I believe those recommendations are right.”"));
        assert!(quotation_alone("“We will win. And"));
        assert!(quotation_alone("“I should have said, ‘I did meet one official.’”"));
        assert!(!quotation_alone("“We will win,” he said."));
        assert!(!quotation_alone("“Retreat” is not a word he knows."));
        assert!(!quotation_alone("Blunt said: “We will win.”"));
        let text = "Jeff Sessions recused himself from the inquiry on Thursday. \
                    “I have done nothing wrong at all.” \
                    Roy Blunt said the senate would hold hearings soon.";
        let c = Cluster { id: "t".into(), articles: vec![Article::from_text(text)], reference: None };
        let p = Prepared::new(&c);
        assert_eq!(reading(&p, &[0, 1]).adrift_quotes, 0);
        assert_eq!(reading(&p, &[2, 1]).adrift_quotes, 1);
    }
}
