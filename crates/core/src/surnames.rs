//! A speaker named by surname alone ("“I flew into the house,” Lyons said.").
//!
//! News names a person in full once ("Karen Lyons, 54, was asleep when …")
//! and by surname after that. A summary that takes the later sentence
//! without the first leaves the reader asking who Lyons is: in the
//! full-length validation summaries, 76 of 175 surname speakers were never
//! named in full before them (54 of 250 summaries). So a sentence whose
//! speaker stands as a surname alone is taken only with the sentence of its
//! article that names that person in full, which story order then puts first
//! ([`crate::prepared::Prepared::introduced_in`]).
//!
//! Only the speaker is read, by the patterns news uses for it: `…,” Lyons
//! said`, `…, said Lyons.` and `Lyons said …` opening the sentence. Plural
//! and generic speakers ("Police said") are no surnames.

/// Does the word (its letters, punctuation trimmed) credit words to a speaker?
fn is_speech_verb(word: &str) -> bool {
    is_speech_verb_letters(bare(word))
}

fn is_speech_verb_letters(word: &str) -> bool {
    matches!(
        word,
        "said"
            | "says"
            | "told"
            | "added"
            | "wrote"
            | "explained"
            | "noted"
            | "continued"
            | "recalled"
            | "insisted"
            | "argued"
            | "asked"
            | "stated"
            | "replied"
            | "warned"
            | "admitted"
            | "acknowledged"
            | "declared"
    )
}

/// Whether any word of the sentence is a speech verb: one pass over its bytes
/// (runs of lower-case ASCII letters), so the many sentences that credit no
/// one cost no more than a scan.
fn has_speech_verb(sentence: &str) -> bool {
    let bytes = sentence.as_bytes();
    let mut k = 0;
    while k < bytes.len() {
        if !bytes[k].is_ascii_lowercase() {
            k += 1;
            continue;
        }
        let start = k;
        while k < bytes.len() && bytes[k].is_ascii_lowercase() {
            k += 1;
        }
        let word_start = start == 0 || !bytes[start - 1].is_ascii_alphanumeric();
        let word_end = k == bytes.len() || !bytes[k].is_ascii_alphanumeric();
        // Byte boundaries of ASCII letters are char boundaries.
        if word_start
            && word_end
            && (4..=12).contains(&(k - start))
            && b"satwencrid".contains(&bytes[start])
            && is_speech_verb_letters(&sentence[start..k])
        {
            return true;
        }
    }
    false
}

/// Capitalised words that stand where a speaker does but name no one person:
/// pronouns, sentence openers and collective speakers.
const NOT_SURNAMES: &[&str] = &[
    "He",
    "She",
    "They",
    "It",
    "We",
    "I",
    "You",
    "This",
    "That",
    "There",
    "Police",
    "Officials",
    "Authorities",
    "Prosecutors",
    "Investigators",
    "Witnesses",
    "Researchers",
    "Experts",
    "Critics",
    "Sources",
    "Analysts",
    "Doctors",
    "Scientists",
    "Residents",
    "Officers",
    "Deputies",
    "Troopers",
    "Officer",
    "Others",
    "Some",
    "Many",
    "Reports",
    "Friends",
    "Neighbors",
    "Neighbours",
    "Family",
    "Relatives",
    "Students",
    "Parents",
    "Organizers",
    "Organisers",
    // Titles: "said Mr. Doherty" names the person by the word after.
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Dr",
    "Sen",
    "Rep",
    "Gov",
    "Gen",
    "Lt",
    "Sgt",
    "Capt",
    "Col",
    "Prof",
    "Rev",
    "St",
];

/// Words that may stand capitalised right before a surname without naming
/// the person in full: sentence openers, and courtesy titles that news uses
/// only once a person is introduced ("Mr. Doherty").
const NOT_FIRST_NAMES: &[&str] = &[
    "The", "A", "An", "But", "And", "Or", "So", "If", "When", "While", "As", "In", "On", "At", "Of", "For", "To", "By",
    "With", "From", "After", "Before", "Mr", "Mrs", "Ms", "Miss", "Mr.", "Mrs.", "Ms.", "Said", "Says", "Told", "That",
    "This", "Then", "Now", "Yet", "Also",
];

fn bare(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric())
}

/// A single capitalised word that can be a surname: "Lyons", "O'Brien", "Al-Khawaja".
fn surname_like(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word.chars().any(char::is_lowercase)
        && word.chars().all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-'))
        && !NOT_SURNAMES.contains(&word)
}

/// The surname a sentence's speaker is named by, when the speaker stands as
/// one capitalised word beside a speech verb and not as a full name:
/// "…,” Lyons said." / "…,” said Robinson." / "Klein said the …". None for
/// a full name ("…,” Karen Lyons said."), a pronoun or a collective speaker.
pub fn surname_speaker(sentence: &str) -> Option<&str> {
    if !has_speech_verb(sentence) {
        return None;
    }
    let words: Vec<&str> = sentence.split_ascii_whitespace().collect();
    // Only the words beside a speech verb can be its speaker: most sentences have none.
    for v in (0..words.len()).filter(|&v| is_speech_verb(words[v])) {
        // "…,” Lyons said" / "…, Lyons added" / "Lyons said …": a credit after a clause or a
        // quotation, or opening the sentence.
        if let Some(k) = v.checked_sub(1) {
            let word = words[k];
            let name = bare(word);
            let after_clause = k.checked_sub(1).is_some_and(|j| words[j].ends_with([',', '”', '"', '—']));
            let opens = k == 0 && !word.starts_with(['“', '"']);
            if (after_clause || opens) && word.trim_start_matches(['“', '"', '(']) == name && surname_like(name) {
                return Some(name);
            }
        }
        // "…,” said Robinson." / "…, said Robinson, who …": the name closes the credit ("told" and
        // "asked" take whom they address: "…, he told Reuters.").
        let addresses = matches!(bare(words[v]), "told" | "asked");
        if let Some(&word) = words.get(v + 1).filter(|_| !addresses) {
            let name = bare(word);
            let credit_before = v >= 1 && words[v - 1].ends_with([',', '”', '"']) && bare(words[v]) == words[v];
            let next_is_no_name = words.get(v + 2).is_none_or(|a| !a.starts_with(char::is_uppercase));
            let ends = word.trim_end_matches(['.', ',', ';', '!', '?', '”', '"']) == name
                && (word.len() > name.len() || v + 2 == words.len());
            if credit_before && next_is_no_name && ends && surname_like(name) {
                return Some(name);
            }
        }
    }
    None
}

/// Does `text` name the person called `surname` in full: a capitalised first
/// name, initial or title right before it ("Karen Lyons", "J. Lyons", "Sen.
/// Lyons"), not a sentence opener or a courtesy title ("But Lyons", "Mr. Lyons")?
pub fn names_in_full(text: &str, surname: &str) -> bool {
    full_mentions(text, surname).next().is_some()
}

/// Where `text` names `surname` in full (see [`names_in_full`]), in order:
/// the byte range from the first name's start to the surname's end. One
/// search for the surname, then a look at the word before each match.
pub fn full_mentions<'t>(text: &'t str, surname: &'t str) -> impl Iterator<Item = std::ops::Range<usize>> + 't {
    text.match_indices(surname).map(|(at, _)| at).filter_map(move |at| {
        // The whole word: nothing glued after it but punctuation or a possessive.
        let rest = &text[at + surname.len()..];
        let whole = rest.chars().next().is_none_or(|c| !c.is_alphanumeric())
            || rest.starts_with("’s")
            || rest.starts_with("'s");
        // The word before it, separated by one run of spaces.
        let head = &text[..at];
        let gap = head.strip_suffix(|c: char| c.is_whitespace())?;
        let first = gap.rsplit(char::is_whitespace).next().unwrap_or("");
        // The first name must touch the surname: no punctuation between them.
        let glued = !first.ends_with([',', ';', ':', '”', '"', ')']);
        let stripped = first.trim_start_matches(['“', '"', '(']);
        let named = whole
            && glued
            && stripped.chars().next().is_some_and(char::is_uppercase)
            && !NOT_FIRST_NAMES.contains(&stripped)
            && !NOT_FIRST_NAMES.contains(&stripped.trim_end_matches('.'))
            && stripped.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'));
        named.then(|| gap.len() - first.len()..at + surname.len())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surnames_standing_alone_as_speakers() {
        assert_eq!(surname_speaker("“I flew into the house,” Lyons said."), Some("Lyons"));
        assert_eq!(surname_speaker("\"It was humiliating,\" said Robinson."), Some("Robinson"));
        assert_eq!(surname_speaker("“They’re happy,” said Hampton, who worked for no charge."), Some("Hampton"));
        assert_eq!(surname_speaker("Klein said the bakery would appeal."), Some("Klein"));
        assert_eq!(surname_speaker("The bureau was wrong, Smith added."), Some("Smith"));
    }

    #[test]
    fn speech_verbs_are_found_as_whole_words() {
        assert!(has_speech_verb("“We won,” Lyons said."));
        assert!(has_speech_verb("said Robinson"));
        assert!(!has_speech_verb("The unsaid words were sayings."));
        assert!(!has_speech_verb("Saidi arrived — née Told."));
    }

    #[test]
    fn full_names_pronouns_and_groups_are_not_surnames_alone() {
        assert_eq!(surname_speaker("“I flew into the house,” Karen Lyons said."), None);
        assert_eq!(surname_speaker("“We will win,” said Karen Lyons."), None);
        assert_eq!(surname_speaker("“We will win,” he said."), None);
        assert_eq!(surname_speaker("They were arrested on Friday, Police said."), None);
        assert_eq!(surname_speaker("The storm hit Boston on Monday."), None);
        assert_eq!(surname_speaker("“Sprint needs it,” said Mr. Doherty."), None);
        assert_eq!(surname_speaker("“We saw 300 objects,” Anond Snidvongs, the agency's head, told Reuters."), None);
    }

    #[test]
    fn a_full_name_is_a_first_name_or_title_touching_the_surname() {
        assert!(names_in_full("Karen Lyons, 54, was asleep.", "Lyons"));
        assert!(names_in_full("Sen. Marco Rubio's office said.", "Rubio"));
        assert!(names_in_full("said Sen. Rubio.", "Rubio"));
        assert!(!names_in_full("But Lyons was asleep.", "Lyons"));
        assert!(!names_in_full("Mr. Lyons was asleep.", "Lyons"));
        assert!(!names_in_full("Lyons was asleep.", "Lyons"));
        assert!(!names_in_full("the house, Lyons said", "Lyons"));
    }
}
