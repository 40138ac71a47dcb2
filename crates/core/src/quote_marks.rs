//! Which sentences start inside a quotation that an earlier sentence opened.
//!
//! A quotation of several sentences ("“We didn't have this great plan,” mom
//! Mona Lisa Harding said. “It just kind of happened. Kids have to be
//! educated …”") names its speaker once. Shown alone, a later sentence of it
//! ("It just kind of happened.") reads as the outlet's own words, and its
//! closing piece ("Big, big mistake,” she said") as the words of whoever the
//! summary named last. So such a sentence is a sentence whose speaker is
//! named before it, like a pronoun speaker ([`crate::order`]).
//!
//! Marks are read as scraped and tokenised text has them: curly “ and ” open
//! and close; a straight " opens when it stands before a word (` "We`),
//! closes after one (`win," `), and in tokenised text (` " `) closes an open
//! quotation and opens one otherwise; '' closes and `` opens (typewriter
//! style). Single marks (’) are apostrophes far more often than quotes and
//! are ignored. A quotation never
//! runs past its paragraph (the next paragraph of a long quote opens again),
//! nor past [`MAX_SENTENCES_OPEN`] sentences: a stray mark (an inch sign,
//! a lost closing mark) must not make the rest of an article a quotation.

use std::ops::Range;

/// A quotation still open after this many sentences is taken for a stray
/// mark, and the sentences after it stand outside any quotation.
pub const MAX_SENTENCES_OPEN: usize = 6;

/// For each sentence (byte ranges of `text`, in order, each inside one of
/// `paragraphs`, also in order), whether it starts inside a quotation opened
/// in an earlier sentence of its paragraph.
pub fn starts_inside_quote(text: &str, paragraphs: &[Range<usize>], sentences: &[Range<usize>]) -> Vec<bool> {
    let mut out = Vec::with_capacity(sentences.len());
    let mut p = 0usize;
    // Scanned up to `scanned` in paragraph `p`, quotation open or not, and
    // for how many sentences it has been open.
    let mut scanned = paragraphs.first().map_or(0, |r| r.start);
    let mut open = false;
    let mut open_for = 0usize;
    for s in sentences {
        let mut new_paragraph = false;
        while p < paragraphs.len() && paragraphs[p].end <= s.start {
            p += 1;
            new_paragraph = true;
        }
        if new_paragraph || p >= paragraphs.len() || scanned > s.start {
            scanned = paragraphs.get(p).map_or(s.start, |r| r.start.min(s.start));
            open = false;
            open_for = 0;
        }
        // The text before the sentence (cut furniture, the gap) counts too.
        open = scan(&text[scanned..s.start], open);
        if open && open_for >= MAX_SENTENCES_OPEN {
            open = false;
        }
        let inside = open;
        out.push(inside);
        open = scan(&text[s.start..s.end], open);
        open_for = if open { open_for + 1 } else { 0 };
        scanned = s.end;
    }
    out
}

/// The quotation state after `text`, starting from `open`.
fn scan(text: &str, mut open: bool) -> bool {
    let bytes = text.as_bytes();
    let mut k = 0;
    while k < bytes.len() {
        match bytes[k] {
            b'"' => {
                // Which way a straight mark faces, when its neighbours say so:
                // ` "We` opens, `win," ` closes; ` " ` (tokenised text) toggles.
                let before = k.checked_sub(1).map(|j| bytes[j]);
                let after = bytes.get(k + 1).copied();
                let space_before = before.is_none_or(|c| c.is_ascii_whitespace() || b"([-".contains(&c));
                let space_after = after.is_none_or(|c| c.is_ascii_whitespace() || b".,;:!?)]-".contains(&c));
                open = match (space_before, space_after) {
                    (true, false) => true,
                    (false, true) => false,
                    _ => !open,
                };
            }
            b'\'' if bytes.get(k + 1) == Some(&b'\'') => {
                open = false;
                k += 1;
            }
            b'`' if bytes.get(k + 1) == Some(&b'`') => {
                open = true;
                k += 1;
            }
            // “ is E2 80 9C, ” is E2 80 9D.
            0xE2 if bytes.get(k + 1) == Some(&0x80) => match bytes.get(k + 2) {
                Some(0x9C) => open = true,
                Some(0x9D) => open = false,
                _ => {}
            },
            _ => {}
        }
        k += 1;
    }
    open
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sentences as the ranges of the given pieces of `text`, in one paragraph each per line.
    fn inside(text: &str, pieces: &[&str]) -> Vec<bool> {
        let mut paragraphs = Vec::new();
        let mut offset = 0;
        for line in text.split('\n') {
            paragraphs.push(offset..offset + line.len());
            offset += line.len() + 1;
        }
        let mut sentences = Vec::new();
        let mut from = 0;
        for piece in pieces {
            let start = from + text[from..].find(piece).expect("piece in text");
            sentences.push(start..start + piece.len());
            from = start + piece.len();
        }
        starts_inside_quote(text, &paragraphs, &sentences)
    }

    #[test]
    fn later_sentences_of_a_quotation_start_inside_it() {
        let text = "“You forget one thing, my friend. You didn't know our state drink. Big, big mistake,” she said. \
                    Colbert laughed.";
        let pieces = [
            "“You forget one thing, my friend.",
            "You didn't know our state drink.",
            "Big, big mistake,” she said.",
            "Colbert laughed.",
        ];
        assert_eq!(inside(text, &pieces), [false, true, true, false]);
        // Straight marks and typewriter marks alike.
        let straight =
            "\"We didn't have this great plan,'' mom said. \"It just kind of happened. Kids learn.\" Then they left.";
        let pieces = [
            "\"We didn't have this great plan,'' mom said.",
            "\"It just kind of happened.",
            "Kids learn.\"",
            "Then they left.",
        ];
        assert_eq!(inside(straight, &pieces), [false, false, true, false]);
        let spaced = "\" we are seeing historic sales . it is great , \" said sonny mehta . he left .";
        let pieces = ["\" we are seeing historic sales .", "it is great , \" said sonny mehta .", "he left ."];
        assert_eq!(inside(spaced, &pieces), [false, true, false]);
    }

    #[test]
    fn a_quotation_ends_with_its_paragraph_or_a_stray_mark_runs_out() {
        // The next paragraph of a long quote opens again: its first sentence starts outside.
        let text = "He said: “We will win. We always do.\n“And we will win again.”";
        let pieces = ["He said: “We will win.", "We always do.", "“And we will win again.”"];
        assert_eq!(inside(text, &pieces), [false, true, false]);
        // An inch sign faces like a closing mark: it opens nothing.
        let text = "He is 6'2\" tall. A. B.";
        assert_eq!(inside(text, &["He is 6'2\" tall.", "A.", "B."]), [false, false, false]);
        // A stray mark that faces neither way opens nothing for long.
        let text = "The score was 3 \" 2 at the break. A. B. C. D. E. F. G. H.";
        let pieces = ["The score was 3 \" 2 at the break.", "A.", "B.", "C.", "D.", "E.", "F.", "G.", "H."];
        let got = inside(text, &pieces);
        // Open after its first sentence and the five after it: the sixth after it stands outside.
        assert_eq!(got[1..=5], [true; 5]);
        assert_eq!(got[6..], [false, false, false]);
        // Apostrophes and single quotes are no quotation.
        assert_eq!(inside("It's ‘fine’. Don't worry.", &["It's ‘fine’.", "Don't worry."]), [false, false]);
    }
}
