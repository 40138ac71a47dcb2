//! scan: cheap tests that let a costly per-sentence parser skip sentences it
//! could find nothing in. Each test is a superset of what the parser looks
//! for, so skipping changes no output.

/// Whether some maximal run of ASCII letters in `text`, lower-cased, is a
/// word `is_word` accepts (lower-case ASCII, at most 16 bytes). A word a parser compares after
/// `to_lowercase` and trimming punctuation is such a run, with one exception
/// kept here: the Kelvin sign (U+212A) lower-cases to an ASCII `k`.
pub fn has_ascii_word(text: &str, is_word: impl Fn(&[u8]) -> bool) -> bool {
    if text.contains('\u{212A}') {
        return true;
    }
    let bytes = text.as_bytes();
    let mut buf = [0u8; 16];
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
            i += 1;
        }
        let len = i - start;
        if len <= buf.len() {
            for (b, &c) in buf.iter_mut().zip(&bytes[start..i]) {
                *b = c.to_ascii_lowercase();
            }
            if is_word(&buf[..len]) {
                return true;
            }
        }
    }
    false
}

/// Whether `text` has a maximal run of exactly `n` ASCII digits.
pub fn has_digit_run(text: &str, n: usize) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        if i - start == n {
            return true;
        }
    }
    false
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
