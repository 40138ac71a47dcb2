//! paragraphs: where a text's paragraphs break, asked by the quote finder and by attribution (below
//! both, so neither imports the other to ask).

/// Where the paragraph breaks of `text` begin: a line break, then only spaces or tabs, then
/// another line break — "\n\n" as extracted pages print it, "\n \n" as Multi-News does. A run
/// of several blank lines is one break.
pub fn paragraph_breaks(text: &str) -> impl Iterator<Item = usize> + '_ {
    let mut from = 0;
    std::iter::from_fn(move || {
        while let Some(k) = text[from..].find('\n').map(|k| from + k) {
            let rest = &text[k + 1..];
            let after = rest.trim_start_matches([' ', '\t']);
            if after.starts_with('\n') {
                // Past the whole run of blank space, so the next break is another paragraph's.
                let tail = after.trim_start();
                from = text.len() - tail.len();
                return Some(k);
            }
            from = k + 1;
        }
        None
    })
}

/// Whether `text` holds a paragraph break.
pub fn has_paragraph_break(text: &str) -> bool {
    paragraph_breaks(text).next().is_some()
}
