//! segment: news-aware sentence splitting.
//!
//! A boundary candidate is a run of `.`, `!`, `?` or `…`, optionally followed
//! by closing quotes or brackets, and then whitespace or the end of the text.
//! Whether a candidate is a boundary depends on the token before it (titles,
//! abbreviations, initials, party-state tags) and on what follows (lowercase
//! words continue the sentence; after an ambiguous abbreviation only a typical
//! sentence opener starts a new one), so the splitter works on lower-cased
//! text too and does not rely on capitals alone.
//!
//! Output ranges are trimmed, in order and non-overlapping, and together they
//! hold every non-whitespace byte of the input.

use std::ops::Range;

/// Abbreviations that precede a name or number and never end a sentence.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "messrs", "dr", "drs", "sen", "sens", "rep", "reps", "gov", "govs", "gen", "lt", "col", "maj",
    "capt", "cpt", "cmdr", "cdr", "sgt", "cpl", "pvt", "adm", "prof", "rev", "hon", "pres", "supt", "det", "insp",
    "atty", "mt", "ft", "st", "ste", "fr", "vs", "v", "gens", "rt", "amb", "dist", "e.g", "i.e", "cf", "approx",
];

/// Abbreviations that stand before a number ("No. 1", "Sept. 8"): never a boundary there.
const BEFORE_NUMBER: &[&str] =
    &["no", "nos", "nr", "n°", "nº", "art", "sec", "vol", "fig", "pp", "ch", "p", "op", "ext", "tel"];

/// Abbreviations that may also end a sentence: a boundary only when a usual
/// sentence opener follows.
const AMBIGUOUS: &[&str] = &[
    "inc", "corp", "co", "cos", "ltd", "llc", "plc", "bros", "jr", "sr", "esq", "etc", "ave", "blvd", "rd", "hwy",
    "dept", "univ", "assn", "admin", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "a.m", "p.m", "u.s", "u.k", "u.n",
    "d.c", "l.a", "n.y", "ph.d", "al", "govt", "intl", "natl",
];

/// U.S. state abbreviations in AP style; treated as abbreviations only after
/// "City," so that "he fell ill." still ends a sentence.
const STATES: &[&str] = &[
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md",
    "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash",
    "wis", "wyo", "n.h", "n.j", "n.m", "n.c", "n.d", "s.c", "s.d", "r.i", "w.va",
];

/// Words that usually open a sentence; after an ambiguous abbreviation they
/// signal a real boundary ("… in the U.S. The president …").
const OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "but",
    "so",
    "yet",
    "in",
    "if",
    "when",
    "while",
    "although",
    "though",
    "because",
    "since",
    "however",
    "meanwhile",
    "still",
    "also",
    "then",
    "now",
    "later",
    "earlier",
    "today",
    "yesterday",
    "last",
    "next",
    "some",
    "many",
    "most",
    "all",
    "both",
    "each",
    "no",
    "not",
    "one",
    "what",
    "who",
    "where",
    "why",
    "how",
];

/// Subject pronouns: capitalised after a quote, they open a new sentence.
const PRONOUNS: &[&str] = &["he", "she", "it", "they", "we", "i", "you"];

/// Reporting verbs: `“…!” Trump tweeted` is one sentence, not two.
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "asked",
    "asks",
    "tweeted",
    "wrote",
    "writes",
    "told",
    "tells",
    "added",
    "adds",
    "shouted",
    "replied",
    "explained",
    "continued",
    "posted",
    "recalled",
    "declared",
    "yelled",
    "exclaimed",
    "insisted",
    "noted",
    "warned",
    "argued",
    "cried",
    "screamed",
    "responded",
];

/// A sentence longer than this (bytes) is cut at a space so that no single
/// unpunctuated run can dominate memory or time further down the pipeline.
pub const MAX_SENTENCE_BYTES: usize = 4000;

const OPENING_MARKS: &[char] = &['"', '“', '‘', '\'', '(', '[', '«'];

/// Split `text` into sentence ranges.
pub fn split(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    split_into(text, 0..text.len(), &mut out);
    out
}

/// Split the block `range` of `text`, appending absolute ranges to `out`.
pub fn split_into(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[range.clone()];
    let base = range.start;
    let first = out.len();
    let lowercased = is_lowercased(s);
    let markers = list_markers(s);
    let mut next_marker = 0;
    let mut start: Option<usize> = None;
    let mut straight_quote_open = false;
    let mut i = 0;
    while i < s.len() {
        if start.is_some() {
            // Inside a sentence, ASCII bytes other than terminators and
            // straight quotes change nothing: skip them, up to the next list marker.
            while next_marker < markers.len() && markers[next_marker].start < i {
                next_marker += 1;
            }
            let limit = markers.get(next_marker).map_or(s.len(), |m| m.start);
            let plain =
                s.as_bytes()[i..limit].iter().take_while(|&&b| !matches!(b, b'.' | b'!' | b'?' | b'"' | 0x80..));
            let skip = plain.count();
            if skip > 0 {
                i += skip;
                continue;
            }
        }
        let c = next_char(s, i);
        if start.is_none() && !c.is_whitespace() {
            start = Some(i);
        }
        while next_marker < markers.len() && markers[next_marker].start < i {
            next_marker += 1;
        }
        if let Some(marker) = markers.get(next_marker).filter(|m| m.start == i) {
            // A list item opens a sentence; its marker's period ends none.
            if let Some(st) = start.filter(|&st| st < i && has_words(&s[st..i])) {
                out.push(base + st..base + st + s[st..i].trim_end().len());
                start = Some(i);
            }
            i = marker.end;
            next_marker += 1;
            continue;
        }
        if c == '"' {
            straight_quote_open = !straight_quote_open;
        }
        if !is_terminator(c) {
            i += c.len_utf8();
            continue;
        }
        let term_start = i;
        let mut j = i;
        while j < s.len() && is_terminator(next_char(s, j)) {
            j += next_char(s, j).len_utf8();
        }
        if j == i + 1 && c == '.' {
            match spaced_ellipsis(s, i) {
                Ellipsis::None => {}
                // ". . ." between words leaves words out mid-sentence.
                Ellipsis::Inner(end) => {
                    i = end;
                    continue;
                }
                // "word. . . . Next": the period ends the sentence and the
                // ellipsis opens the next one, when one follows.
                Ellipsis::AfterPeriod(end) => {
                    let prev = previous_token(s, start.unwrap_or(0), term_start);
                    let candidate = Candidate {
                        prev,
                        before: before_token(s, start.unwrap_or(0), term_start, prev),
                        terminator: ".",
                        closed_quote: false,
                        lowercased,
                        quote_opens: false,
                        after: &s[end..],
                    };
                    if candidate.is_boundary() {
                        if let Some(st) = start.take() {
                            out.push(base + st..base + i + 1);
                        }
                        i += 1;
                    } else {
                        i = end;
                    }
                    continue;
                }
                Ellipsis::Run(end) => j = end,
            }
        }
        let term_end = j;
        // Closing quotes and brackets attached to the terminator belong to this sentence.
        let mut quote_closed = false;
        while j < s.len() {
            let d = next_char(s, j);
            let closes = match d {
                '”' | '’' | ')' | ']' | '»' => true,
                '"' | '\'' => after_is_space_or_end(s, j + 1),
                _ => false,
            };
            if !closes {
                break;
            }
            if d == '"' {
                straight_quote_open = false;
            }
            quote_closed |= matches!(d, '”' | '’' | '"' | '\'' | '»');
            j += d.len_utf8();
        }
        if j < s.len() && !next_char(s, j).is_whitespace() {
            i = j;
            continue;
        }
        let closed_quote = quote_closed;
        // Multi-News style spaced closing quote: `said . " the`.
        let mut end = j;
        let k = skip_space(s, j);
        let spaced_quote =
            straight_quote_open && k < s.len() && s.as_bytes()[k] == b'"' && after_is_space_or_end(s, k + 1);
        if spaced_quote {
            end = k + 1;
        }
        let prev = previous_token(s, start.unwrap_or(0), term_start);
        let next_at = skip_space(s, end);
        let quote_still_open = straight_quote_open && !spaced_quote;
        let candidate = Candidate {
            prev,
            before: before_token(s, start.unwrap_or(0), term_start, prev),
            terminator: &s[term_start..term_end],
            closed_quote: closed_quote || spaced_quote,
            lowercased,
            quote_opens: next_at < s.len() && matches!(next_char(s, next_at), '“' | '«')
                || (next_at < s.len() && s.as_bytes()[next_at] == b'"' && !quote_still_open),
            after: &s[end..],
        };
        // A run of punctuation alone ("...") is no sentence: it joins the next.
        let has_words = start.is_some_and(|st| has_words(&s[st..term_start]));
        if has_words && candidate.is_boundary() {
            if let Some(st) = start.take() {
                out.push(base + st..base + end);
            }
            if spaced_quote {
                straight_quote_open = false;
            }
            i = end;
        } else {
            i = j;
        }
    }
    if let Some(st) = start {
        let end = s.trim_end().len();
        if end > st {
            out.push(base + st..base + end);
        }
    }
    cap_long_sentences(text, first, out);
}

fn has_words(s: &str) -> bool {
    s.chars().any(char::is_alphanumeric)
}

/// What a spaced run of dots starting at a '.' is.
enum Ellipsis {
    /// Fewer than three dots: an ordinary terminator.
    None,
    /// " . . ." after a space and before a word that is not capitalised:
    /// words left out inside a sentence (MLA style; a sentence end takes four
    /// dots). Ends at the byte given.
    Inner(usize),
    /// "word. . . . Next": a period, then an ellipsis that opens the next
    /// sentence. The ellipsis ends at the byte given.
    AfterPeriod(usize),
    /// The whole run is one terminator: " . . . ." or a run at the end of
    /// the text or before a closing quote.
    Run(usize),
}

/// Classify the spaced ellipsis (". . .", single spaces) that may start at the '.' at `i`.
fn spaced_ellipsis(s: &str, i: usize) -> Ellipsis {
    let b = s.as_bytes();
    let (mut dots, mut end) = (1, i + 1);
    while end + 1 < b.len() && b[end] == b' ' && b[end + 1] == b'.' {
        dots += 1;
        end += 2;
    }
    if dots < 3 || end < b.len() && b[end] == b'.' {
        return Ellipsis::None;
    }
    let attached = s[..i].chars().next_back().is_some_and(|c| !c.is_whitespace());
    let followed = end < b.len() && next_char(s, end).is_whitespace() && !s[end..].trim().is_empty();
    // "incident . . . The incident is …": a capital after the ellipsis opens a
    // new sentence, but the pronoun "I" is capitalised anywhere
    // ("the thing is . . . I didn’t mean it").
    let next = s[end..].split_whitespace().next().unwrap_or("").trim_start_matches(OPENING_MARKS);
    let mut letters = next.chars();
    let pronoun_i = letters.next() == Some('I') && !letters.next().is_some_and(char::is_alphanumeric);
    let capitalised = next.starts_with(char::is_uppercase) && !pronoun_i;
    match (attached, dots) {
        (false, 3) if followed && !capitalised => Ellipsis::Inner(end),
        (true, 4..) if followed => Ellipsis::AfterPeriod(end),
        _ => Ellipsis::Run(end),
    }
}

/// List item markers that open a sentence, as byte ranges of `s`: a bullet
/// ("•", "⁃", with the number after it: "• 9.", "⁃10."), or an enumerator
/// ("1.", "2.)", "3)", "a.", "b)") that belongs to a sequence 1, 2, … or
/// a, b, … of the same style in the block whose first item opens the block
/// or follows a sentence end or a colon. A lone "50." ("He was 50. Brockie's
/// cause …") or an initial ("John B. Reed") is no list.
fn list_markers(s: &str) -> Vec<Range<usize>> {
    let mut markers = Vec::new();
    // Most blocks hold no list: one cheap look before tokenising.
    if !may_hold_list(s) {
        return markers;
    }
    let tokens: Vec<(usize, &str)> =
        s.split_whitespace().map(|w| (w.as_ptr() as usize - s.as_ptr() as usize, w)).collect();
    // The open sequence: the style and value of its last item, and where that item starts.
    let mut open: Option<(Enumerator, usize)> = None;
    // The first item of the open sequence, a marker once a second item follows.
    let mut first_item: Option<Range<usize>> = None;
    let mut taken = 0;
    for (k, &(at, token)) in tokens.iter().enumerate() {
        if at < taken {
            continue;
        }
        let next = tokens.get(k + 1).map(|&(_, w)| w);
        if let Some(rest) = token.strip_prefix(BULLETS) {
            let opens_item = if rest.is_empty() { next.is_some_and(has_words) } else { has_words(rest) };
            if !opens_item {
                continue;
            }
            // "• 9. The first item": the number belongs to the marker.
            let end = match next.filter(|w| rest.is_empty() && enumerator(w).is_some()) {
                Some(w) => tokens[k + 1].0 + w.len(),
                None if enumerator(rest).is_some() => at + token.len(),
                None => at + token.len() - rest.len(),
            };
            markers.push(at..end);
            taken = end;
            continue;
        }
        let Some(e) = enumerator(token) else {
            continue;
        };
        // An item's text opens with a capital, a digit or a quotation mark, never lowercase.
        if next.and_then(|w| w.chars().next()).is_none_or(|c| c.is_lowercase()) {
            continue;
        }
        let prev = k.checked_sub(1).map(|p| tokens[p].1);
        // "(Jan. 1) AP": a parenthesis closed, not an item.
        if e.close.ends_with(')') && s[..at].rfind('(') > s[..at].rfind(')') {
            continue;
        }
        let continues = open.as_ref().is_some_and(|(o, last_at)| {
            o.same_style(&e) && e.value == o.value + 1 && at - last_at <= MAX_LIST_ITEM_BYTES
                // "John B. Reed": after a capitalised word a letter is an initial.
                && (e.digits || !prev.is_some_and(|w| w.starts_with(char::is_uppercase)))
        });
        if continues {
            markers.extend(first_item.take());
            markers.push(at..at + token.len());
            open = Some((e, at));
        } else if e.value == 1 && prev.is_none_or(may_precede_list) {
            first_item = Some(at..at + token.len());
            open = Some((e, at));
        }
    }
    markers.sort_by_key(|m| m.start);
    markers
}

/// May a list's first item follow `word`: a colon or a sentence end, not an
/// abbreviation ("Sept. 1. The …" is a date) or an initial.
fn may_precede_list(word: &str) -> bool {
    if word.ends_with(['!', '?', ':', '"', '”']) {
        return true;
    }
    let Some(stem) = word.strip_suffix('.') else {
        return false;
    };
    let key = stem.trim_start_matches(OPENING_MARKS).to_lowercase();
    let key = key.as_str();
    !(TITLES.contains(&key) || BEFORE_NUMBER.contains(&key) || AMBIGUOUS.contains(&key) || key.chars().count() == 1)
}

/// Could `s` hold a list: a bullet, or a first enumerator ("1.", "1)",
/// "1.)", "a.", "A)") standing alone? One pass over the bytes, as every
/// block is checked.
fn may_hold_list(s: &str) -> bool {
    let b = s.as_bytes();
    let ends_token = |p: usize| b.get(p).is_none_or(|c| c.is_ascii_whitespace() || *c == b')');
    b.iter().enumerate().any(|(p, &c)| match c {
        b'1' | b'a' | b'A' => {
            (p == 0 || b[p - 1].is_ascii_whitespace())
                && matches!(b.get(p + 1), Some(b'.' | b')'))
                && ends_token(p + 2)
                // After the start, a sentence end or a colon ("david a. Broniatowski" is none).
                && s[..p].trim_end().as_bytes().last().is_none_or(|c| matches!(c, b'.' | b'!' | b'?' | b':' | b'"' | 0x9D))
        }
        // The UTF-8 lead byte of every bullet: check the whole character.
        0xE2 => s.get(p..p + 3).is_some_and(|ch| ch.starts_with(BULLETS)),
        _ => false,
    })
}

/// Characters that mark a list item.
const BULLETS: &[char] = &['•', '⁃', '‣', '▪', '◦'];

/// Farthest apart (bytes) two items of one list may start.
const MAX_LIST_ITEM_BYTES: usize = 1000;

/// A list enumerator: "12.", "3)", "4.)", "b.", "C)".
struct Enumerator {
    /// 1 for "1" and "a".
    value: u32,
    digits: bool,
    upper: bool,
    /// The punctuation after it: ".", ")" or ".)".
    close: &'static str,
}

impl Enumerator {
    fn same_style(&self, other: &Enumerator) -> bool {
        self.digits == other.digits && self.upper == other.upper && self.close == other.close
    }
}

fn enumerator(token: &str) -> Option<Enumerator> {
    let (body, close) = [".)", ")", "."].iter().find_map(|c| token.strip_suffix(c).map(|b| (b, *c)))?;
    if !body.is_empty() && body.len() <= 3 && body.bytes().all(|b| b.is_ascii_digit()) {
        return Some(Enumerator { value: body.parse().ok()?, digits: true, upper: false, close });
    }
    let mut letters = body.chars();
    match (letters.next(), letters.next()) {
        (Some(c), None) if c.is_ascii_alphabetic() => Some(Enumerator {
            value: (c.to_ascii_lowercase() as u8 - b'a') as u32 + 1,
            digits: false,
            upper: c.is_ascii_uppercase(),
            close,
        }),
        _ => None,
    }
}

/// Lower-cased text, as in Multi-News: almost no word starts with a capital
/// except right after a sentence end or a quotation mark. Short texts count as cased.
fn is_lowercased(s: &str) -> bool {
    let mut mid_sentence_words = 0usize;
    let mut capitalised = 0usize;
    let mut after_stop = true;
    for word in s.split_whitespace() {
        // A word that opens on a letter or digit: that character is its first alphanumeric one.
        if let Some(c) = word.chars().next().filter(|c| !after_stop && c.is_alphanumeric()) {
            mid_sentence_words += 1;
            capitalised += c.is_uppercase() as usize;
        }
        after_stop = word.ends_with(['.', '!', '?', '"', '”', ':']) || !word.chars().any(char::is_alphanumeric);
    }
    (mid_sentence_words >= 30 && capitalised * 50 < mid_sentence_words) || (mid_sentence_words >= 8 && capitalised == 0)
}

fn next_char(s: &str, i: usize) -> char {
    s[i..].chars().next().unwrap_or(' ')
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

fn after_is_space_or_end(s: &str, i: usize) -> bool {
    i >= s.len() || next_char(s, i).is_whitespace()
}

fn skip_space(s: &str, mut i: usize) -> usize {
    while i < s.len() && next_char(s, i).is_whitespace() {
        i += next_char(s, i).len_utf8();
    }
    i
}

/// The word right before the terminator, without opening marks: "U.S", "Sen", "Minn".
fn previous_token(s: &str, sentence_start: usize, term_start: usize) -> &str {
    let head = &s[sentence_start..term_start];
    let token_start = head.rfind(char::is_whitespace).map_or(0, |p| p + next_char(head, p).len_utf8());
    head[token_start..].trim_start_matches(OPENING_MARKS)
}

/// The token before `prev` ("Mobile," in "Mobile, Ala.").
fn before_token<'a>(s: &'a str, sentence_start: usize, term_start: usize, prev: &str) -> &'a str {
    let head = s[sentence_start..term_start - prev.len()].trim_end();
    head.rsplit(char::is_whitespace).next().unwrap_or("")
}

/// Up to three words after the candidate, opening marks skipped.
fn following_words(after: &str) -> impl Iterator<Item = &str> {
    after.split_whitespace().take(3).map(|w| w.trim_start_matches(OPENING_MARKS))
}

/// A possible sentence end and its surroundings.
struct Candidate<'a> {
    /// The token before the terminator, opening marks stripped ("U.S", "Sen").
    prev: &'a str,
    /// The token before that ("Mobile," in "Mobile, Ala.").
    before: &'a str,
    /// The terminator run: ".", "?!", "…", "...".
    terminator: &'a str,
    /// A closing quote follows the terminator (attached, or spaced as in Multi-News).
    closed_quote: bool,
    /// The next sentence would open with a quotation mark.
    quote_opens: bool,
    /// The text after the candidate end.
    after: &'a str,
    /// The text is lower-cased but for sentence starts (Multi-News style).
    lowercased: bool,
}

impl Candidate<'_> {
    fn is_boundary(&self) -> bool {
        let Some(next) = following_words(self.after).find(|w| !w.is_empty()) else {
            return true;
        };
        let Some(first) = next.chars().next() else {
            return true;
        };
        // A spaced closing bracket or comma continues: "( d-calif. ), the chair".
        if matches!(first, ')' | ']' | ',' | ';' | ':') {
            return false;
        }
        let lower = self.prev.to_lowercase();
        let key = lower.trim_end_matches('.');
        // "then-Sen." and "ex-Gov." are titles too.
        let key = match key.rsplit_once('-') {
            Some((_, tail)) if TITLES.contains(&tail) => tail,
            _ => key,
        };
        let period = self.terminator == ".";
        if period && TITLES.contains(&key) && !self.closed_quote {
            return false;
        }
        // A period inside a closing quote ends the sentence: attribution after
        // a quote follows a comma, not a period. The next word's case says
        // nothing here (Multi-News lower-cases it either way).
        // In cased text a lowercase word still continues (`the "We're On It." campaign`).
        // A citation after a quotation belongs to it: `"… stairways [...]" (Smith 55).`
        if self.closed_quote && is_citation(self.after) {
            return false;
        }
        if self.closed_quote && period {
            return self.lowercased || !first.is_lowercase();
        }
        if self.quote_opens && !self.closed_quote {
            return true;
        }
        if first.is_lowercase() {
            return false;
        }
        if first.is_ascii_digit() {
            let before_number = AMBIGUOUS.contains(&key) || BEFORE_NUMBER.contains(&key);
            return !period || !before_number;
        }
        if !first.is_uppercase() {
            return true;
        }
        if self.terminator.contains(['!', '?']) {
            // “… Kentucky!” Trump tweeted — the attribution belongs to the quote;
            // “… day?” He responded — a capitalised pronoun starts anew.
            let pronoun = PRONOUNS.contains(&next.trim_end_matches([',', '.']).to_lowercase().as_str());
            return !(self.closed_quote && !pronoun && self.attributed(3));
        }
        if !period {
            return true;
        }
        let opener = OPENERS.contains(&next.trim_end_matches([',', '.', ':', ';']).to_lowercase().as_str());
        // "you and I. Did you …": in cased text an "I" after a lowercase word
        // is the pronoun; an initial follows a name ("Albert I. Jones").
        if self.prev == "I" && !self.lowercased && self.before.starts_with(char::is_lowercase) && !is_initial(next) {
            return true;
        }
        let single_letter = key.chars().count() == 1 && key.chars().all(char::is_alphabetic);
        let dotted = key.contains('.') && key.chars().all(|c| c.is_alphabetic() || c == '.');
        let state = STATES.contains(&key) && self.before.ends_with(',');
        if single_letter || dotted || is_party_tag(self.prev) || state || AMBIGUOUS.contains(&key) {
            return opener;
        }
        true
    }

    /// A reporting verb among the next `words` words: "he said", "Trump tweeted".
    fn attributed(&self, words: usize) -> bool {
        following_words(self.after)
            .take(words)
            .any(|w| SPEECH_VERBS.contains(&w.trim_end_matches([',', '.']).to_lowercase().as_str()))
    }
}

/// "M." of "I. M. Pei": one capital letter and a period.
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_uppercase())
}

/// A short parenthetical that ends the sentence: " (Smith 55)." after a quotation.
fn is_citation(after: &str) -> bool {
    let Some(inner) = after.trim_start().strip_prefix('(') else {
        return false;
    };
    inner.char_indices().take(60).find(|&(_, c)| c == ')' || is_terminator(c)).is_some_and(|(close, c)| {
        c == ')' && inner[close + 1..].starts_with(['.', '!', '?']) && has_words(&inner[..close])
    })
}

/// "R-Utah", "D-Minn", "(D-Conn" — a party-state tag after a lawmaker's name.
fn is_party_tag(token: &str) -> bool {
    let t = token.trim_start_matches('(');
    let mut chars = t.chars();
    matches!(chars.next(), Some('R' | 'D' | 'I' | 'r' | 'd' | 'i')) && chars.next() == Some('-') && t.len() > 2
}

/// Cut sentences longer than MAX_SENTENCE_BYTES at a whitespace position.
fn cap_long_sentences(text: &str, first: usize, out: &mut Vec<Range<usize>>) {
    if out[first..].iter().all(|r| r.len() <= MAX_SENTENCE_BYTES) {
        return;
    }
    let long: Vec<Range<usize>> = out.drain(first..).collect();
    for r in long {
        let mut st = r.start;
        while r.end - st > MAX_SENTENCE_BYTES {
            let mut cut = st + MAX_SENTENCE_BYTES;
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            let window = &text[st..cut];
            let at = window.rfind(char::is_whitespace).filter(|&p| p > 0).map_or(cut, |p| st + p);
            // A run of spaces before the cut stays outside both pieces.
            let piece_end = st + text[st..at].trim_end().len();
            if piece_end > st {
                out.push(st..piece_end);
            }
            st = skip_space(text, at);
        }
        if st < r.end {
            out.push(st..r.end);
        }
    }
}

/// The number of whitespace-separated words: `text.split_whitespace().count()`
/// in one byte loop that decodes only non-ASCII characters (counted once for
/// every sentence and article of a cluster, where most text is ASCII).
pub fn word_count(text: &str) -> usize {
    let bytes = text.as_bytes();
    let (mut count, mut in_word, mut i) = (0, false, 0);
    while i < bytes.len() {
        let (space, len) = if bytes[i] < 0x80 {
            // char::is_whitespace on ASCII: U+0009–U+000D and the space.
            (matches!(bytes[i], b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r'), 1)
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            (c.is_whitespace(), c.len_utf8())
        };
        count += (!space && !in_word) as usize;
        in_word = !space;
        i += len;
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_count_is_split_whitespace() {
        for text in [
            "",
            " ",
            "one",
            " two  words ",
            "a\u{a0}b\u{3000}c\u{85}d\u{2028}e",
            "x\u{b}y\u{c}z\u{1c}w",
            "naïve café — ok",
        ] {
            assert_eq!(word_count(text), text.split_whitespace().count(), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn word_count_agrees_on_any_text(text in "(\\PC|\\s|[\u{0}-\u{20}\u{85}\u{a0}\u{2000}-\u{200b}])*") {
            proptest::prop_assert_eq!(word_count(&text), text.split_whitespace().count());
        }
    }

    fn sentences(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn titles_initials_and_tags() {
        assert_eq!(
            sentences("Sen. Roy Blunt, R-Mo., said so. Russian ambassador Sergey I. Kislyak met then-Sen. Sessions. Gov. Smith left."),
            vec!["Sen. Roy Blunt, R-Mo., said so.", "Russian ambassador Sergey I. Kislyak met then-Sen. Sessions.", "Gov. Smith left."]
        );
    }

    #[test]
    fn quotes_end_sentences() {
        assert_eq!(
            sentences("He said, “I don’t think so.” Then he left. “Is it?” he asked. “Go!” Trump tweeted."),
            vec!["He said, “I don’t think so.”", "Then he left.", "“Is it?” he asked.", "“Go!” Trump tweeted."]
        );
    }

    #[test]
    fn dotted_abbreviations_need_an_opener() {
        assert_eq!(
            sentences("He is the U.S. Attorney for D.C. He lives in the U.S. The end came Sept. 8 at 5 p.m. Friday."),
            vec!["He is the U.S. Attorney for D.C.", "He lives in the U.S.", "The end came Sept. 8 at 5 p.m. Friday."]
        );
    }

    #[test]
    fn lowercased_multinews_text() {
        assert_eq!(
            sentences("the u.s. military said so . \" we will go , \" he said. Dan brown won. \" you could give us more... But we would rather have vinyl! \" the manager said."),
            vec!["the u.s. military said so .", "\" we will go , \" he said.", "Dan brown won.", "\" you could give us more...", "But we would rather have vinyl! \" the manager said."]
        );
    }

    #[test]
    fn list_items_open_sentences() {
        assert_eq!(
            sentences("Several things were done: 1. Turned off detection. That helped. 2. For the first time, we did it 3. Done"),
            vec!["Several things were done:", "1. Turned off detection.", "That helped.", "2. For the first time, we did it", "3. Done"]
        );
        assert_eq!(
            sentences("Key points: • Troops moved in • 2. The envoy left"),
            vec!["Key points:", "• Troops moved in", "• 2. The envoy left"]
        );
        // A number that ends a sentence and an initial are no list items.
        assert_eq!(
            sentences("He was 1. He died at 2. Then A. Smith and John B. Reed left."),
            vec!["He was 1.", "He died at 2.", "Then A. Smith and John B. Reed left."]
        );
        assert_eq!(sentences("Newsletter • • •"), vec!["Newsletter • • •"]);
        assert_eq!(
            sentences(
                "It came on Sept. 1. The cold (Jan. 1) AP 51 of 68. Ice (Jan. 2) AP 52 of 68. He was 2. The end."
            ),
            vec![
                "It came on Sept. 1.",
                "The cold (Jan. 1) AP 51 of 68.",
                "Ice (Jan. 2) AP 52 of 68.",
                "He was 2.",
                "The end."
            ]
        );
    }

    #[test]
    fn spaced_ellipses() {
        assert_eq!(
            sentences(
                "“He said no . . . We will see.” General Flynn. . . . This is not true. So it goes . . . . Next one."
            ),
            vec![
                "“He said no . . .",
                "We will see.”",
                "General Flynn.",
                ". . . This is not true.",
                "So it goes . . . .",
                "Next one."
            ]
        );
        assert_eq!(
            sentences("“Over time . . . I think it does,” he said. A time for reflection . . . and fundraising."),
            vec!["“Over time . . . I think it does,” he said.", "A time for reflection . . . and fundraising."]
        );
    }

    #[test]
    fn pronoun_i_ends_a_sentence_but_initials_do_not() {
        assert_eq!(
            sentences("It was you and I. Did you see I. M. Pei or Albert I. Jones? World War I. The end."),
            vec!["It was you and I.", "Did you see I. M. Pei or Albert I. Jones?", "World War I.", "The end."]
        );
    }

    #[test]
    fn citation_after_a_quote_stays() {
        assert_eq!(
            sentences("\"Bohr used stairways.\" (Smith 55). He said \"no.\" (The rest was cut.) Then he left."),
            vec!["\"Bohr used stairways.\" (Smith 55).", "He said \"no.\"", "(The rest was cut.)", "Then he left."]
        );
    }

    #[test]
    fn covers_every_non_space_byte() {
        let text = "  One.  Two!\n\nThree ";
        let ranges = split(text);
        assert_eq!(ranges.iter().map(|r| &text[r.clone()]).collect::<Vec<_>>(), vec!["One.", "Two!", "Three"]);
    }

    #[test]
    fn caps_unpunctuated_runs() {
        let text = "word ".repeat(3000);
        let ranges = split(&text);
        assert!(ranges.len() > 1);
        assert!(ranges.iter().all(|r| r.len() <= MAX_SENTENCE_BYTES));
    }
}
