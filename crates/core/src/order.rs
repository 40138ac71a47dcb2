//! order: put chosen sentences in story order for a reader.
//!
//! News articles tell a story top-down, so a sentence's relative position in
//! its article is a good proxy for where it belongs in the story: leads first,
//! background later. Ties keep the articles' order. Two rules on top, for a
//! summary a reader can trust:
//! - The news first: the summary opens on the chosen article lead that the
//!   other outlets' leads support best ([`news_lead`]); the learned method
//!   opens its walk on a lead so that one is chosen. Failing a lead, it never
//!   opens on a sentence that leans on one before it ("But …", "He …") when
//!   another can open it.
//! - No quote without its speaker: a sentence whose subject is a pronoun
//!   ("He added: …", [`pronoun_speaker`]) or that is all quotation
//!   ("“I believe those recommendations are right …”", [`bare_quote`]) comes
//!   right after its article's preceding sentence, which names the speaker
//!   ([`speaker_named_before`]). Selection takes it only with that sentence
//!   (the learned walk brings it along; the other methods pick another
//!   sentence).

use crate::features::opens_dangling;
use crate::prepared::Prepared;

/// A lead is one of an article's first two body sentences: the first is
/// often a dateline or a caption the cleaner kept.
pub const LEAD_POSITIONS: usize = 2;

/// How many of another article's first sentences may back a lead: they
/// state the same event in their own words, usually in their own lead.
const SUPPORT_POSITIONS: usize = 3;

/// Words that may stand before the pronoun without changing whom it means
/// ("But he added …", "Later, she told …").
const LINKS: &[&str] = &["but", "and", "still", "later", "then", "yet", "so", "now", "also", "however"];

/// Does the sentence's subject, and so usually its speaker, stand as a
/// pronoun ("He added: …", "But she told reporters …", "They were arrested
/// on Friday, police said")? Who it is is said only in the sentences before
/// it, so shown after a sentence about someone else it puts the words, or
/// the deeds, on the wrong person.
pub fn pronoun_speaker(sentence: &str) -> bool {
    opens_on_pronoun(sentence) || quote_then_pronoun(sentence)
}

/// Is the sentence's speaker, or its subject, named only in a sentence
/// before it: a [`pronoun_speaker`] or a [`bare_quote`]. Shown anywhere but
/// right after its article's preceding sentence, it reads as the words of
/// whoever the summary named last.
pub fn speaker_named_before(sentence: &str) -> bool {
    pronoun_speaker(sentence) || bare_quote(sentence)
}

/// "“I believe those recommendations are right, and thus, I have decided to
/// recuse myself.”": a sentence that is all quotation, no attribution in it.
/// The quotation may go on into the next sentence (no closing mark), or
/// close at the end of the sentence; a quotation followed by more words
/// ("…,” Blunt said." or "“Retreat” is not a word he knows.") is no bare quote.
pub fn bare_quote(sentence: &str) -> bool {
    let sentence = sentence.trim();
    let Some(rest) = sentence.strip_prefix(['“', '"']) else { return false };
    // The closing mark is the first one that ends a word: followed by a
    // space or the end ("don’t" and a nested "‘…’”" close nothing).
    let close = rest.char_indices().find(|&(k, c)| {
        let after = &rest[k + c.len_utf8()..];
        matches!(c, '”' | '"') && (after.is_empty() || after.starts_with(char::is_whitespace))
    });
    match close {
        None => true,
        Some((k, c)) => rest[k + c.len_utf8()..].trim().chars().all(|c| !c.is_alphanumeric()),
    }
}

/// "“In retrospect, I should have slowed down,” he said.": a sentence that
/// opens on a quotation whose attribution right after it is a pronoun.
fn quote_then_pronoun(sentence: &str) -> bool {
    let Some(rest) = sentence.strip_prefix(['“', '"', '‘', '\'']) else { return false };
    // The closing mark is the first one followed by a space ("don’t" is no close).
    let Some((close, mark)) = rest.char_indices().find(|&(k, c)| {
        matches!(c, '”' | '"' | '’' | '\'') && rest[k + c.len_utf8()..].starts_with(char::is_whitespace)
    }) else {
        return false;
    };
    let next = rest[close + mark.len_utf8()..].split_whitespace().next().unwrap_or("");
    matches!(next.trim_matches(|c: char| !c.is_alphanumeric()), "he" | "she" | "they" | "He" | "She" | "They")
}

fn opens_on_pronoun(sentence: &str) -> bool {
    let mut words = sentence
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .filter(|w| !w.is_empty())
        .peekable();
    if words.peek().is_some_and(|w| LINKS.contains(&w.as_str())) {
        words.next();
    }
    matches!(words.next().as_deref(), Some("he" | "she" | "they"))
}

/// The sentence before `i` in its article, if any.
pub fn source_before(prepared: &Prepared, i: usize) -> Option<usize> {
    (prepared.sentences[i].position > 0).then(|| i - 1)
}

/// Can sentence `i` open a summary as its news: an article lead that stands
/// on its own, is no page furniture, and was not cut off.
pub fn is_lead(prepared: &Prepared, i: usize) -> bool {
    let s = &prepared.sentences[i];
    s.position < LEAD_POSITIONS
        && s.standalone
        && !s.boilerplate
        && s.words >= 5
        && !opens_dangling(prepared.raw(i))
        && !prepared.is_cut_off(i)
}

/// How much the other outlets back sentence `i`: for each other article,
/// the best cosine between `i` and one of its first sentences, summed. The
/// main event is what every outlet leads with.
pub fn lead_support(prepared: &Prepared, i: usize) -> f32 {
    let doc = prepared.sentences[i].doc;
    let mut best = vec![0.0f32; prepared.doc_sentences.len()];
    for (j, s) in prepared.sentences.iter().enumerate() {
        if s.doc != doc && s.position < SUPPORT_POSITIONS && !s.boilerplate {
            best[s.doc] = best[s.doc].max(prepared.rep.cosine(i, j));
        }
    }
    best.iter().sum()
}

/// The lead among `candidates` that states the main event: the one best
/// supported by the other outlets (ties: the earlier position, then the
/// earlier article). None when no candidate is a lead.
pub fn news_lead(prepared: &Prepared, candidates: &[usize]) -> Option<usize> {
    let key = |i: usize| {
        let s = &prepared.sentences[i];
        (lead_support(prepared, i), std::cmp::Reverse(s.position), std::cmp::Reverse(s.doc))
    };
    candidates
        .iter()
        .copied()
        .filter(|&i| is_lead(prepared, i))
        .map(|i| (key(i), i))
        .max_by(|(a, _), (b, _)| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)))
        .map(|(_, i)| i)
}

pub fn story_order(prepared: &Prepared, chosen: &mut [usize]) {
    let place = |i: usize| {
        let s = &prepared.sentences[i];
        let len = prepared.doc_sentences[s.doc].max(1) as f64;
        (s.position as f64 / len, s.doc, s.position)
    };
    chosen.sort_by(|&a, &b| place(a).partial_cmp(&place(b)).unwrap_or(std::cmp::Ordering::Equal));
    let opener = news_lead(prepared, chosen)
        .and_then(|lead| chosen.iter().position(|&i| i == lead))
        .or_else(|| chosen.iter().position(|&i| !opens_dangling(prepared.raw(i))));
    if let Some(opener) = opener {
        chosen[..=opener].rotate_right(1);
    }
    keep_speakers_named(prepared, chosen);
}

/// Moves every sentence whose speaker is named before it
/// ([`speaker_named_before`]) and whose article's preceding sentence is
/// chosen to right after it (chains stay in article order); the rest keep
/// their places.
fn keep_speakers_named(prepared: &Prepared, chosen: &mut [usize]) {
    let follows = |i: usize| {
        prepared
            .speaker_named_before(i)
            .then(|| source_before(prepared, i))
            .flatten()
            .filter(|before| chosen.contains(before))
    };
    if chosen.iter().all(|&i| follows(i).is_none()) {
        return;
    }
    let mut ordered = Vec::with_capacity(chosen.len());
    for &i in chosen.iter().filter(|&&i| follows(i).is_none()) {
        ordered.push(i);
        // Its followers, then theirs: each follows exactly one sentence.
        let mut last = i;
        while let Some(&next) = chosen.iter().find(|&&j| follows(j) == Some(last)) {
            ordered.push(next);
            last = next;
        }
    }
    debug_assert_eq!(ordered.len(), chosen.len());
    chosen.copy_from_slice(&ordered);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Article, Cluster};

    fn prepared_of(cluster: &Cluster) -> Prepared<'_> {
        Prepared::new(cluster)
    }

    #[test]
    fn the_summary_opens_on_a_sentence_that_stands_alone() {
        let text = "The senate passed the budget bill on Tuesday after a long debate. \
                    But critics said the cuts go too far for schools. \
                    Schools will lose funding next year under the plan.";
        let c = Cluster { id: "t".into(), articles: vec![Article::from_text(text)], reference: None };
        let p = prepared_of(&c);
        let mut chosen = vec![2, 1];
        story_order(&p, &mut chosen);
        assert_eq!(chosen, vec![2, 1], "the 'But' sentence comes second");
        let mut chosen = vec![2, 1, 0];
        story_order(&p, &mut chosen);
        assert_eq!(chosen, vec![0, 1, 2], "story order when the first stands alone");
    }

    #[test]
    fn pronoun_speakers_are_told_apart() {
        assert!(pronoun_speaker("He added: “I have been called a surrogate.”"));
        assert!(pronoun_speaker("But she told reporters the move was wrong."));
        assert!(pronoun_speaker("They also said the plan would fail."));
        assert!(pronoun_speaker("He was arrested on Monday, police said."));
        assert!(!pronoun_speaker("Hector said he was arrested on Monday."));
        assert!(!pronoun_speaker("Sessions said he met with lawyers."));
        assert!(!pronoun_speaker("Then the officials said no."));
        assert!(pronoun_speaker("“In retrospect, I should have slowed down,” he said."));
        assert!(pronoun_speaker("\"We will win,\" she told the crowd."));
        assert!(pronoun_speaker("“I don’t know what happened,” he added."));
        assert!(!pronoun_speaker("“We will win,” Smith told the crowd."));
        assert!(!pronoun_speaker("“Retreat” is not a word he knows."), "the quote is a word, not speech");
    }

    #[test]
    fn bare_quotes_are_told_apart() {
        assert!(bare_quote("“I believe those recommendations are right, and thus, I have decided to recuse myself.”"));
        assert!(bare_quote(
            "“I should have slowed down and said, ‘I did meet one Russian official a couple of times.’”"
        ));
        assert!(bare_quote("\"We will win.\""));
        assert!(bare_quote("“We will win. And we will not stop"), "the quotation goes on in the next sentence");
        assert!(bare_quote("“I don’t know what happened.”"), "an apostrophe closes nothing");
        assert!(!bare_quote("“It would have been very normal,” Blunt said."));
        assert!(!bare_quote("“Retreat” is not a word he knows."));
        assert!(!bare_quote("Sessions said: “I should not be involved.”"));
        assert!(speaker_named_before("“We will win.”"));
        assert!(speaker_named_before("He added: “I have been called a surrogate.”"));
        assert!(!speaker_named_before("Smith added: “I have been called a surrogate.”"));
    }

    #[test]
    fn the_news_lead_is_the_one_other_outlets_lead_with() {
        let a = "Officials praised the new bakery downtown on Monday. \
                 The city council approved the school budget on Monday night.";
        let b = "The city council approved a school budget late Monday. Teachers had asked for more money. \
                 The union will meet again on Friday morning.";
        let c =
            Cluster { id: "t".into(), articles: vec![Article::from_text(a), Article::from_text(b)], reference: None };
        let p = prepared_of(&c);
        let all: Vec<usize> = (0..p.sentences.len()).collect();
        let lead = news_lead(&p, &all).unwrap();
        assert!(p.raw(lead).contains("council approved"), "the council vote, not the bakery: {}", p.raw(lead));
        assert_eq!(news_lead(&p, &[0, 4]), Some(0), "only one lead among these");
        assert_eq!(news_lead(&p, &[4]), None, "a third sentence is no lead");
        let mut chosen = vec![0, 3, 1];
        story_order(&p, &mut chosen);
        assert_eq!(chosen[0], 1, "{chosen:?}");
    }

    #[test]
    fn a_pronoun_speaker_follows_the_sentence_that_names_it() {
        let a = "Mayor Jane Smith defended the budget at a meeting on Monday night. \
                 Critics from the teachers union called the cuts reckless and unfair. \
                 Council member Roy Blunt said the vote would come on Friday. \
                 Police chief Tom Ford warned about overtime costs in the new plan. \
                 He added: “We cannot keep the streets safe on this money.”";
        let c = Cluster { id: "t".into(), articles: vec![Article::from_text(a)], reference: None };
        let p = prepared_of(&c);
        assert_eq!(p.sentences.len(), 5);
        let mut chosen = vec![4, 2, 0, 3];
        story_order(&p, &mut chosen);
        assert_eq!(chosen, vec![0, 2, 3, 4]);
        // Relative positions alone would put Blunt's sentence (7 of 10) between Ford's (3 of 5) and "He added" (4 of 5).
        let b: String = (0..10)
            .map(|k| {
                if k == 7 {
                    "Council member Roy Blunt said the vote on the city budget would come on Friday. ".to_string()
                } else {
                    format!("Weather note number {k} says the rain will stay for days. ")
                }
            })
            .collect();
        let c =
            Cluster { id: "t".into(), articles: vec![Article::from_text(a), Article::from_text(&b)], reference: None };
        let p = prepared_of(&c);
        assert_eq!(p.raw(12), "Council member Roy Blunt said the vote on the city budget would come on Friday.");
        let mut chosen = vec![0, 3, 4, 12];
        story_order(&p, &mut chosen);
        let ford = chosen.iter().position(|&i| i == 3).unwrap();
        assert_eq!(chosen[ford + 1], 4, "{chosen:?}");
    }
}
