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

/// Verbs that credit words to a speaker.
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "wrote",
    "explained",
    "noted",
    "continued",
    "recalled",
    "insisted",
    "argued",
    "asked",
    "stated",
    "replied",
    "warned",
    "admitted",
    "acknowledged",
    "declared",
];

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
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let is_verb = |w: &str| SPEECH_VERBS.contains(&bare(w));
    for k in 0..words.len() {
        let word = words[k];
        let name = bare(word);
        if !surname_like(name) {
            continue;
        }
        // Possessives and names glued to other punctuation are no speaker here.
        let word_clean = word.trim_start_matches(['“', '"', '(']);
        let before = k.checked_sub(1).map(|j| words[j]);
        let after = words.get(k + 1).copied();
        // "…,” Lyons said" / "…, Lyons added": a credit after a clause or a quotation.
        let after_clause = before.is_some_and(|b| b.ends_with([',', '”', '"', '—']));
        let opens = k == 0 && !word.starts_with(['“', '"']);
        if (after_clause || opens) && word_clean == name && after.is_some_and(is_verb) {
            return Some(name);
        }
        // "…,” said Robinson." / "…, said Robinson, who …": the name closes the credit.
        let credit_before = before.is_some_and(is_verb)
            && after.is_none_or(|a| !a.starts_with(char::is_uppercase))
            && k >= 2
            && words[k - 2].ends_with([',', '”', '"'])
            && before.is_some_and(|b| bare(b) == b);
        let ends = word.trim_end_matches(['.', ',', ';', '!', '?', '”', '"']) == name
            && (word.len() > name.len() || after.is_none());
        if credit_before && ends && word_clean.trim_end_matches(['.', ',', ';', '!', '?', '”', '"']) == name {
            return Some(name);
        }
    }
    None
}

/// Does `text` name the person called `surname` in full: a capitalised first
/// name, initial or title right before it ("Karen Lyons", "J. Lyons", "Sen.
/// Lyons"), not a sentence opener or a courtesy title ("But Lyons", "Mr. Lyons")?
pub fn names_in_full(text: &str, surname: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.iter().enumerate().skip(1).any(|(k, w)| {
        let name = bare(w).trim_end_matches("’s").trim_end_matches("'s");
        if name != surname {
            return false;
        }
        let first = words[k - 1];
        // The first name must touch the surname: no punctuation between them.
        let glued = !first.ends_with([',', ';', ':', '”', '"', ')']);
        let stripped = first.trim_start_matches(['“', '"', '(']);
        glued
            && stripped.chars().next().is_some_and(char::is_uppercase)
            && !NOT_FIRST_NAMES.contains(&stripped)
            && !NOT_FIRST_NAMES.contains(&stripped.trim_end_matches('.'))
            && stripped.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
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
    fn full_names_pronouns_and_groups_are_not_surnames_alone() {
        assert_eq!(surname_speaker("“I flew into the house,” Karen Lyons said."), None);
        assert_eq!(surname_speaker("“We will win,” said Karen Lyons."), None);
        assert_eq!(surname_speaker("“We will win,” he said."), None);
        assert_eq!(surname_speaker("They were arrested on Friday, Police said."), None);
        assert_eq!(surname_speaker("The storm hit Boston on Monday."), None);
        assert_eq!(surname_speaker("“Sprint needs it,” said Mr. Doherty."), None);
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
