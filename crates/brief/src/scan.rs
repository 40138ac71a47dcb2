//! scan: cheap tests that let a costly per-sentence parser skip sentences it
//! could find nothing in. Each test is a superset of what the parser looks
//! for, so skipping changes no output.

/// The longest word `has_ascii_word` compares.
const LONGEST_WORD: usize = 16;

/// The maximal runs of bytes in `bytes` that `keep` accepts.
fn runs(bytes: &[u8], keep: impl Fn(u8) -> bool) -> impl Iterator<Item = &[u8]> {
    bytes.split(move |&b| !keep(b)).filter(|run| !run.is_empty())
}

/// Whether some maximal run of ASCII letters in `text`, lower-cased, is a
/// word `is_word` accepts (lower-case ASCII, at most 16 bytes). A word a parser compares after
/// `to_lowercase` and trimming punctuation is such a run, with one exception
/// kept here: the Kelvin sign (U+212A) lower-cases to an ASCII `k`.
pub fn has_ascii_word(text: &str, is_word: impl Fn(&[u8]) -> bool) -> bool {
    if text.contains('\u{212A}') {
        return true;
    }
    let mut buf = [0u8; LONGEST_WORD];
    runs(text.as_bytes(), |b| b.is_ascii_alphabetic()).filter(|run| run.len() <= LONGEST_WORD).any(|run| {
        for (b, &c) in buf.iter_mut().zip(run) {
            *b = c.to_ascii_lowercase();
        }
        is_word(&buf[..run.len()])
    })
}

/// Whether `text` has a maximal run of exactly `n` ASCII digits.
pub fn has_digit_run(text: &str, n: usize) -> bool {
    runs(text.as_bytes(), |b| b.is_ascii_digit()).any(|run| run.len() == n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_whole_words_in_any_case_and_digit_runs_of_one_length() {
        let of = |words: &'static [&'static str]| move |w: &[u8]| words.iter().any(|x| x.as_bytes() == w);
        assert!(has_ascii_word("“Officials,” he said.", of(&["officials"])));
        assert!(has_ascii_word("On MONDAY.", of(&["monday"])));
        assert!(!has_ascii_word("Mondays and unofficial", of(&["monday", "official"])));
        assert!(has_ascii_word("\u{212A}illed", of(&["killed"])));
        assert!(has_digit_run("in 2016, not 20161", 4));
        assert!(!has_digit_run("12345 and 123", 4));
    }
}
