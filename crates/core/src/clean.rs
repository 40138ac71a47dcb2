//! clean: find the article's body text and leave everything else out.
//!
//! The text itself is never edited. Cleaning yields byte ranges ("blocks") of
//! the original text that hold body prose; a block may span several physical
//! lines when a sentence was hard-wrapped. Captions, credits, video notes,
//! share prompts and headings stay outside every block.

use std::ops::Range;

use crate::phrases::PhraseSet;

/// Non-article lines start with one of these (compared case-insensitively,
/// followed by ':' or '|'): media notes and navigation.
const MEDIA_PREFIXES: &[&str] = &[
    "watch",
    "video",
    "videos",
    "photo",
    "photos",
    "image",
    "images",
    "listen",
    "audio",
    "read more",
    "related",
    "more",
    "see also",
    "advertisement",
    "gallery",
    "slideshow",
    "caption",
    "credit",
    "click here",
    "sign up",
    "subscribe",
    "follow",
    "share",
    "trending",
    "recommended",
    "editor's note",
    "editors note",
    "update",
    "graphic",
    "photo gallery",
    "related coverage",
    "read",
    "full coverage",
];

/// Phrases that mark a short line as a prompt, credit or notice rather than news.
const PROMPT_PHRASES: &[&str] = &[
    "you can watch",
    "watch a live stream",
    "watch the live stream",
    "watch live",
    "click here",
    "sign up for",
    "subscribe to",
    "follow us",
    "share this",
    "share on facebook",
    "share on twitter",
    "download the app",
    "all rights reserved",
    "copyright ©",
    "this material may not be published",
    "contributed to this report",
    "contributed reporting",
    "originally published",
    "reporting by",
    "editing by",
    "writing by",
    "getty images",
    "associated press contributed",
    "ap photo",
    "(photo:",
    "photo by",
    "photo credit",
    "image credit",
    "file photo",
    "enable javascript",
    "your browser",
    "newsletter",
    "this story has been updated",
    "we'll update this story",
];

/// Wire-service credits that stand alone on a line: "-With Reuters", "— By AP".
const CREDIT_WORDS: &[&str] = &["with", "by", "from", "via", "additional reporting", "reporting"];

/// Lines with no closing punctuation shorter than this are headings or fragments.
const MIN_WORDS_WITHOUT_PUNCTUATION: usize = 8;

/// A caption line may end with up to this many capitalised credit words after its last sentence.
const MAX_CREDIT_WORDS: usize = 4;

/// Longest line (in words) that the line rules (media notes, credits,
/// captions, prompts) may drop; longer lines are prose even when they mention
/// a newsletter, open with "Photo:" or end on a capitalised word. A whole
/// article on one line (Multi-News, pasted text) must not be lost because its
/// text was cut off after a sentence's first word ("… in 2004. Govin").
const MAX_FURNITURE_LINE_WORDS: usize = 40;

/// Byte ranges of body text in `text`, in order, never overlapping.
pub fn body_blocks(text: &str) -> Vec<Range<usize>> {
    let mut blocks: Vec<Range<usize>> = Vec::new();
    let mut joined: Option<Range<usize>> = None;
    for line in lines(text) {
        let s = &text[line.clone()];
        match joined.take() {
            Some(prev) if continues(&text[prev.clone()], s) => joined = Some(prev.start..line.end),
            Some(prev) => {
                push_if_body(text, prev, &mut blocks);
                joined = Some(line);
            }
            None => joined = Some(line),
        }
    }
    if let Some(prev) = joined {
        push_if_body(text, prev, &mut blocks);
    }
    blocks
}

fn push_if_body(text: &str, block: Range<usize>, blocks: &mut Vec<Range<usize>>) {
    if is_body(&text[block.clone()]) {
        blocks.push(block);
    }
}

/// Non-empty lines as trimmed byte ranges.
fn lines(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut offset = 0;
    text.split('\n').filter_map(move |raw| {
        let start = offset;
        offset += raw.len() + 1;
        let lead = raw.len() - raw.trim_start().len();
        let trimmed = raw.trim();
        (!trimmed.is_empty()).then(|| start + lead..start + lead + trimmed.len())
    })
}

/// Does `next` continue the sentence that `prev` leaves unfinished (a hard wrap)?
fn continues(prev: &str, next: &str) -> bool {
    let Some(last) = prev.chars().next_back() else {
        return false;
    };
    let Some(first) = next.chars().next() else {
        return false;
    };
    if ends_sentence(prev) {
        return false;
    }
    let opens = matches!(last, '“' | '‘' | '(' | '[' | ',' | '-' | '–' | '—');
    opens || first.is_lowercase() || matches!(first, '”' | '’')
}

/// Does the line end like a sentence (closing punctuation, maybe inside quotes)?
fn ends_sentence(line: &str) -> bool {
    let core = line.trim_end_matches(['"', '”', '’', '\'', ')', ']', '*']);
    core.ends_with(['.', '!', '?', '…', ':', ';'])
}

/// Is this (possibly joined) line body prose rather than page furniture?
pub fn is_body(line: &str) -> bool {
    static PROMPTS: PhraseSet = PhraseSet::new(PROMPT_PHRASES);
    // Only compared with these two bounds: a paragraph's words past them need no counting.
    let words = line.split_whitespace().take(MAX_FURNITURE_LINE_WORDS.max(MIN_WORDS_WITHOUT_PUNCTUATION) + 1).count();
    let short = words <= MAX_FURNITURE_LINE_WORDS;
    if short && (has_media_prefix(line) || is_wire_credit(line) || is_caption(line) || PROMPTS.is_match(line)) {
        return false;
    }
    if !ends_sentence(line) && (words < MIN_WORDS_WITHOUT_PUNCTUATION || is_title_case(line)) {
        return false;
    }
    true
}

fn has_media_prefix(line: &str) -> bool {
    MEDIA_PREFIXES.iter().any(|p| {
        line.get(..p.len()).is_some_and(|head| head.eq_ignore_ascii_case(p))
            && line[p.len()..].trim_start().starts_with([':', '|'])
    })
}

/// "-With Reuters", "— AP", "(Reporting by …)".
fn is_wire_credit(line: &str) -> bool {
    let starts = |s: &str, p: &str| s.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
    let Some(rest) = line.strip_prefix(['-', '–', '—']) else {
        return starts(line, "(reporting by") || starts(line, "(additional reporting");
    };
    let rest = rest.trim_start();
    line.split_whitespace().count() <= 8 && (CREDIT_WORDS.iter().any(|w| starts(rest, w)) || !rest.contains(['.', ',']))
}

/// A photo caption: "(Lagniappe/Gabriel Tynes) …" or "… campaign. NBC News".
fn is_caption(line: &str) -> bool {
    if let Some(rest) = line.strip_prefix('(') {
        if let Some(close) = rest.find(')') {
            if close < 80 && rest[..close].contains('/') {
                return true;
            }
        }
    }
    ends_with_credit(line)
}

/// The line's last sentence is followed by a few capitalised words and nothing else.
fn ends_with_credit(line: &str) -> bool {
    let Some(last_stop) = line.rfind(['.', '!', '?']) else {
        return false;
    };
    let tail = line[last_stop + 1..].trim();
    if tail.is_empty() || tail.ends_with(['.', '!', '?', '"', '”']) {
        return false;
    }
    let words: Vec<&str> = tail.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= MAX_CREDIT_WORDS
        && words.iter().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || c == '/'))
        && !line[..last_stop].trim_end().is_empty()
}

/// Most words capitalised: a headline or a label, not a sentence.
fn is_title_case(line: &str) -> bool {
    let words: Vec<&str> =
        line.split_whitespace().filter(|w| w.chars().next().is_some_and(char::is_alphabetic)).collect();
    if words.len() < 2 {
        return false;
    }
    let capitalised = words.iter().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count();
    capitalised * 10 >= words.len() * 7
}

/// Phrases of page furniture that shows up inside body text: crawler notices,
/// tweet widgets, video players and newsletter blurbs.
const FURNITURE_PHRASES: &[&str] = &[
    "these crawls are part of an effort",
    "tweet with a location",
    "add your thoughts about any tweet",
    "you can add location information to your tweets",
    "breaking news emails",
    "get breaking news alerts",
    "the news and stories that matter, delivered",
    "sign up for our newsletter",
    "enable javascript",
    "your browser does not support",
    "please enable cookies",
    "all rights reserved",
    "this material may not be published, broadcast",
    "click here to",
    "we've detected that javascript",
    "embed this video",
    "the video will auto-play",
    "advertisement",
    "the archive team",
    "internet archive",
    "wayback machine",
];

/// Page furniture that opens a sentence when a page was flattened to one
/// line: "… blowing their horns. Advertisement gonzalez-moreno, a 19-year-old
/// student, told the globe …" (about 400 dev sentences), or a video player's
/// or photo's labels before an article's first sentence ("Media playback is
/// unsupported on your device", "Image copyright getty images"). Cut from
/// the sentence's start, the rest is the outlet's text; dropping the whole
/// sentence as furniture would lose it, keeping the labels would put page
/// words into a summary. (Dev, models not retrained: R-1 +0.03, R-Lsum +0.03.)
const LEADING_FURNITURE: &[&str] = &[
    "advertisement",
    "photo advertisement",
    "continue reading the main story",
    "continue reading below",
    "story continues below",
    "article continues below",
    "media playback is unsupported on your device",
    "media caption",
    "image caption",
    "image copyright getty images",
    "image copyright afp",
    "image copyright reuters",
    "image copyright ap",
    "image copyright epa",
    "play facebook twitter embed",
    "skip ad ad loading... x embed x share",
    "story highlights",
    "please enable javascript to watch this video",
    "embed this video x email digg reddit delicious link",
    "play video",
    "advertisementskip",
];

/// Cut page furniture out of sentences: the furniture that opens a sentence
/// moves its start; a photo label inside one splits it in two. Pieces that
/// are nothing but furniture go; every piece is still the outlet's own text.
pub fn cut_furniture(text: &str, sentences: &mut Vec<Range<usize>>) {
    // A page's headline run into the article's first sentence goes (the dateline starts it).
    if let Some(first) = sentences.first_mut() {
        first.start += glued_headline(&text[first.clone()]);
    }
    let mut pieces = Vec::with_capacity(sentences.len());
    for sentence in sentences.drain(..) {
        let labels = inline_labels(&text[sentence.clone()]);
        if labels.is_empty() && leading_furniture(&text[sentence.clone()]) == 0 {
            pieces.push(sentence);
            continue;
        }
        // The text around the labels, as byte ranges of `text`.
        let mut gaps = Vec::with_capacity(labels.len() + 1);
        let mut start = sentence.start;
        for label in labels {
            gaps.push(start..sentence.start + label.start);
            start = sentence.start + label.end;
        }
        gaps.push(start..sentence.end);
        for gap in gaps {
            let from = gap.end - text[gap.clone()].trim_start().len();
            let from = from + leading_furniture(&text[from..gap.end]);
            let kept = text[from..gap.end].trim_end();
            if kept.contains(char::is_alphanumeric) {
                pieces.push(from..from + kept.len());
            }
        }
    }
    *sentences = pieces;
}

/// The length of a headline that a page's text runs into its first sentence, up to the dateline that
/// opens the story: "Croatia celebrates its EU membership | ZAGREB, Croatia (AP) — Fireworks lit …"
/// (an extracted page whose title and first paragraph lost the break between them). The dateline is a
/// place in capitals, maybe followed by ", Region", then a credit in parentheses and a dash; at least
/// three words stand before it. 0 where there is none (lower-cased text has none).
fn glued_headline(sentence: &str) -> usize {
    // (Far in: an archived page's menu may run into the headline too, "HOME BREAKING NEWS … Terms of Use
    // Suicide Bomber Injures 4 Near Abu Ghraib BAGHDAD, Iraq (AP) -- A suicide bomber …".)
    let head = &sentence[..floor_boundary(sentence, 2_000)];
    for (open, _) in head.match_indices(" (") {
        let Some(close) = head[open..].find(')').map(|k| open + k) else { continue };
        let credit = &head[open + 2..close];
        let dash = head[close + 1..].trim_start();
        let credit_ok = credit.starts_with(char::is_uppercase) && credit.len() <= 30 && !credit.contains('(');
        if !credit_ok || !["—", "–", "-"].iter().any(|d| dash.starts_with(d)) {
            continue;
        }
        // Back from the parenthesis: capitalised words of a region, then the place in capitals.
        let words: Vec<(usize, &str)> = word_spans(&head[..open]).collect();
        let caps = |w: &str| {
            let letters = w.trim_end_matches(',');
            letters.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && letters.chars().all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '\'' | '’'))
        };
        let Some(last_caps) = words.iter().rposition(|&(_, w)| caps(w)) else { continue };
        let region = &words[last_caps + 1..];
        let region_ok = region.len() <= 3
            && region.iter().all(|&(_, w)| w.starts_with(char::is_uppercase))
            && (region.is_empty() || words[last_caps].1.ends_with(','));
        if !region_ok {
            continue;
        }
        // (One comma may stand inside the capitals when no region follows: "BERKELEY, CA (UroToday.com) -".)
        let mut first = last_caps;
        let mut comma = !region.is_empty();
        while first > 0 && caps(words[first - 1].1) {
            if words[first - 1].1.ends_with(',') {
                if comma {
                    break;
                }
                comma = true;
            }
            first -= 1;
        }
        return if first >= 3 { words[first].0 } else { 0 };
    }
    0
}

/// `at`, or the nearest char boundary of `s` below it.
fn floor_boundary(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Photo labels inside a sentence of a flattened page, as byte ranges: "…
/// to buy the magazine image copyright ap image caption all copies were
/// sold out …" (BBC; about 240 in dev), or the credit after an AP page's
/// photo caption, "… where police engaged... ( associated press ) iguala,
/// mexico ( ap ) — a clandestine grave …" (about 340 dev summaries held one).
/// The caption that follows a BBC label runs into the article text and
/// stays; the caption before an AP or a Gannett credit ("( photo: … )")
/// becomes a sentence of its own. Politico's "story continued below" marks
/// an advertisement slot wherever it falls, mid-sentence too (about 100 in dev).
fn inline_labels(sentence: &str) -> Vec<Range<usize>> {
    const OPEN: &str = "image copyright";
    const CLOSE: &str = "image caption";
    const FIXED: &[&str] = &["( associated press )", "(associated press)", "story continued below"];
    // Runs on every sentence: every label opens with '(', "image copyright" or
    // "story continued below"; without them there is nothing to lower and search.
    static OPENINGS: PhraseSet = PhraseSet::new(&["image copyright", "story continued below"]);
    if !sentence.contains('(') && !OPENINGS.is_match(sentence) {
        return Vec::new();
    }
    let lower = sentence.to_ascii_lowercase();
    let mut labels: Vec<Range<usize>> =
        FIXED.iter().flat_map(|label| lower.match_indices(label).map(|(i, c)| i..i + c.len())).collect();
    let mut from = 0;
    while let Some(found) = lower[from..].find(OPEN) {
        let start = from + found;
        let credit = &lower[start + OPEN.len()..];
        // The credit is a few words: an agency, a photographer, a family.
        let window: usize = word_spans(credit).take(7).last().map_or(0, |(i, w)| i + w.len());
        match credit[..window].find(CLOSE) {
            Some(close) => {
                let end = start + OPEN.len() + close + CLOSE.len();
                labels.push(start..end);
                from = end;
            }
            None => from = start + OPEN.len(),
        }
    }
    labels.extend(photo_credits(&lower));
    labels.sort_by_key(|label| label.start);
    // "image copyright ( associated press ) image caption": one label.
    let mut end = 0;
    labels.retain(|label| {
        let apart = label.start >= end;
        end = end.max(label.end);
        apart
    });
    labels
}

/// Photo credits in parentheses, as byte ranges of `lower`: Gannett's "( photo:
/// mark humphrey, ap )" (about 400 in dev) and the agency credits of other
/// pages, "( matt rourke/ap )", "( ap photo/evan vucci )", "( afp/getty images )".
/// A dateline's credit, "washington ( cbsla.com/ap ) — …", opens the story and stays.
fn photo_credits(lower: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    const AGENCY: &[&str] = &["photo:", "ap photo", "/ap", "/ reuters", "/reuters", "/afp", "getty images"];
    lower.match_indices('(').filter_map(move |(start, _)| {
        let (close, _) = lower[start..].char_indices().take(100).find(|&(_, c)| c == ')')?;
        let end = start + close + 1;
        let inner = &lower[start + 1..end - 1];
        let credit = AGENCY.iter().any(|agency| inner.contains(agency));
        let dateline = lower[end..].trim_start().starts_with(['—', '–', '-']);
        (credit && !dateline).then_some(start..end)
    })
}

/// Bytes of furniture phrases (and the dashes and spaces after them) at the start of `sentence`.
fn leading_furniture(sentence: &str) -> usize {
    // Both labels are looked for in the head: one pass says whether either is there.
    static HEAD_LABELS: PhraseSet = PhraseSet::new(&[PHOTO_LABEL, LIVE_BLOG_LABEL]);
    let labelled = HEAD_LABELS.is_match_bytes(&sentence.as_bytes()[..sentence.len().min(HEAD)]);
    let label_end = labelled.then(|| photo_label_end(sentence).or_else(|| live_blog_label_end(sentence))).flatten();
    let mut at = label_end.map_or(0, |end| sentence.len() - sentence[end..].trim_start().len());
    at += list_bullet(&sentence[at..]);
    loop {
        // A quotation mark left over from the sentence before may stand in front.
        let text = &sentence[at..];
        let unquoted = text.trim_start_matches(['"', ' ']);
        let Some(phrase) = LEADING_FURNITURE.iter().filter(|p| opens_with_phrase(unquoted, p)).max_by_key(|p| p.len())
        else {
            return at;
        };
        let rest = &unquoted[phrase.len()..];
        at = sentence.len()
            - rest.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—' | ':')).len();
    }
}

/// The length of a list bullet that opens a sentence ("* Rod Blagojevich's attorneys filed …", "► Update:
/// …", "- Authorities from …"), with the space after it; 0 when none. A bullet is a mark of the page's
/// layout, not the outlet's sentence.
fn list_bullet(sentence: &str) -> usize {
    let mut chars = sentence.char_indices();
    let Some((_, first)) = chars.next() else { return 0 };
    if !matches!(first, '*' | '-' | '•' | '►' | '▶' | '»' | '·') {
        return 0;
    }
    let rest = &sentence[first.len_utf8()..];
    let text = rest.trim_start_matches([' ', '\t']);
    // A space, then a capitalised word or a quotation: "-5 degrees" and "--" are no bullets.
    if text.len() < rest.len() && text.starts_with(|c: char| c.is_uppercase() || matches!(c, '"' | '“')) {
        sentence.len() - text.len()
    } else {
        0
    }
}

/// Where an NPR-style photo label ends when it sits between a page's headline
/// and its first sentence: "… vatican commission says enlarge this image
/// toggle caption gregorio borgia/ap gregorio borgia/ap furthering a thaw …"
/// (about 90 dev articles). The credit is printed twice; the headline before
/// the label is not body text either, so all of it goes.
fn photo_label_end(sentence: &str) -> Option<usize> {
    let start = find_in_head(sentence, PHOTO_LABEL)?;
    let after = start + PHOTO_LABEL.len();
    let words: Vec<(usize, &str)> = word_spans(&sentence[after..]).take(12).map(|(i, w)| (after + i, w)).collect();
    let end_of = |k: usize| words.get(k - 1).map(|&(i, w)| i + w.len());
    // The credit repeated: the shortest run of words followed by itself.
    let repeated = (1..=6).find(|&k| words.len() >= 2 * k && (0..k).all(|i| words[i].1 == words[k + i].1));
    let credit_end = match repeated {
        Some(k) => end_of(2 * k),
        // Printed once: up to its agency ("jonathan makiri/npr").
        None => words.iter().take(6).position(|(_, w)| w.contains('/')).and_then(|k| end_of(k + 1)),
    };
    Some(credit_end.unwrap_or(after))
}

/// Where the header of an AP live page ("The Latest") ends when it runs into
/// the first entry: "st. petersburg, fla. ( ap ) — the latest on hurricane
/// irma ( all times local ): 9: 25 a.m. hurricane irma has made landfall …"
/// (about 70 dev articles). Dateline, headline, time zone and the entry's
/// time stamp all go; the entry is the news.
fn live_blog_label_end(sentence: &str) -> Option<usize> {
    let open = find_in_head(sentence, LIVE_BLOG_LABEL)?;
    if !sentence[..open].trim_end().ends_with('(') {
        return None;
    }
    let close = open + sentence[open..].find(')').filter(|&c| c <= 20)? + 1;
    let rest = sentence[close..].trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '_'));
    let mut end = sentence.len() - rest.len();
    // The time stamp: "9: 25 a.m.", "10:43 p.m.", "5 p.m.".
    let stamp = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == ':' || c == ' ');
    if stamp.len() < rest.len() {
        if let Some(after) = ["a.m.", "p.m."].iter().find_map(|m| stamp.strip_prefix(m)) {
            end = sentence.len() - after.len();
        }
    }
    Some(end)
}

const PHOTO_LABEL: &str = "toggle caption";
const LIVE_BLOG_LABEL: &str = "all times ";

/// How far into a sentence [`find_in_head`] looks, in bytes.
const HEAD: usize = 300;

/// Where `label` (lowercase ASCII) first occurs in the first [`HEAD`] bytes of
/// `sentence`, ignoring ASCII case. Label checks run on every sentence, so
/// they compare bytes in place instead of lowering a copy.
fn find_in_head(sentence: &str, label: &str) -> Option<usize> {
    let head = &sentence.as_bytes()[..sentence.len().min(HEAD)];
    head.windows(label.len()).position(|w| w.eq_ignore_ascii_case(label.as_bytes()))
}

/// Whitespace-separated words with their byte offsets.
fn word_spans(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_whitespace().map(move |w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
}

/// Does `text` open with `phrase` (case-insensitively) as whole words?
fn opens_with_phrase(text: &str, phrase: &str) -> bool {
    text.get(..phrase.len()).is_some_and(|head| head.eq_ignore_ascii_case(phrase))
        && text[phrase.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric())
}

/// Repeated sentences shorter than this are ordinary phrases ("He declined to comment.").
pub const MIN_REPEATED_WORDS: usize = 6;

/// Is this one of the sentences repeated word for word across many unrelated
/// training clusters (crawler notices, widget text)? Their 64-bit
/// fingerprints (`assets/boilerplate.txt`, `chorus train boilerplate`) are
/// compiled in sorted by build.rs.
fn is_repeated_sentence(fingerprint: u64) -> bool {
    crate::compiled::contains_fingerprint(crate::compiled::BOILERPLATE, fingerprint)
}

/// A sentence's fingerprint: FNV-1a over its lower-cased letters and digits,
/// one space between words, so spacing and punctuation do not matter.
pub fn fingerprint(sentence: &str) -> Option<u64> {
    let mut hash: u64 = 0xcbf29ce484222325;
    let mut eat = |b: u8| {
        hash ^= b as u64;
        hash = hash.wrapping_mul(0x100000001b3);
    };
    // Words are runs of alphanumeric characters, each lower-cased and
    // followed by one space. Read byte by byte: a character is decoded only
    // when it is not ASCII (curly quotes make most news sentences so).
    let (mut words, mut in_word) = (0, false);
    let mut i = 0;
    while let Some(&b) = sentence.as_bytes().get(i) {
        let (alphanumeric, len) = match b {
            0..0x80 => (b.is_ascii_alphanumeric(), 1),
            _ => {
                let c = sentence[i..].chars().next().unwrap_or(' ');
                (c.is_alphanumeric(), c.len_utf8())
            }
        };
        if alphanumeric {
            words += !in_word as usize;
            in_word = true;
            if len == 1 {
                eat(b.to_ascii_lowercase());
            } else {
                let mut utf8 = [0u8; 4];
                for c in sentence[i..i + len].chars().flat_map(char::to_lowercase) {
                    c.encode_utf8(&mut utf8).bytes().for_each(&mut eat);
                }
            }
        } else if in_word {
            in_word = false;
            eat(b' ');
        }
        i += len;
    }
    if in_word {
        eat(b' ');
    }
    (words >= MIN_REPEATED_WORDS).then_some(hash)
}

/// A sentence that is page furniture rather than news.
pub fn is_boilerplate_sentence(sentence: &str) -> bool {
    static FURNITURE: PhraseSet = PhraseSet::new(FURNITURE_PHRASES);
    // Whole words only: "advertisements" in a story about ads is news.
    let whole_word = |m: Range<usize>| {
        let before = sentence[..m.start].chars().next_back();
        let after = sentence[m.end..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    };
    FURNITURE.find_iter(sentence).any(whole_word)
        || is_photo_caption(sentence)
        || is_link_or_notice(sentence)
        || is_heading_in_capitals(sentence)
        || fingerprint(sentence).is_some_and(is_repeated_sentence)
}

/// A subheading set in capitals, read as a sentence: "WHO IS LEADING THE CAMPAIGN AGAINST MORSI AND HIS
/// MUSLIM BROTHERHOOD?" (an AP explainer's question headings). Three words or more, no lower-case letter
/// (and capitals: a script without case, Arabic or Chinese, has no headings of this kind).
fn is_heading_in_capitals(sentence: &str) -> bool {
    let capitals = sentence.chars().filter(|c| c.is_uppercase()).count();
    capitals >= 12 && sentence.split_whitespace().nth(2).is_some() && !sentence.chars().any(char::is_lowercase)
}

/// Labels that open a link to another story or a note about this one.
const LINK_LABELS: &[&str] = &["related", "read more", "see also", "more coverage", "recommended"];
/// Notes about the page itself, not the news.
const NOTICES: &[&str] = &[
    "this story has been corrected",
    "this article has been corrected",
    "this story has been updated",
    "this article has been updated",
    "this story was corrected",
    "this article was corrected",
];

/// A link to another story or a note about this page, read as a sentence:
/// "► Related: Suspect arrested, officer ID'd …", "[RELATED: 'Wedding crasher'
/// says …]", "Read more: …", "This story has been corrected to show …", or a
/// headline that ends on its link, "Brock Turner's statement blames … Read more".
fn is_link_or_notice(sentence: &str) -> bool {
    let body = sentence.trim_start_matches(|c: char| !c.is_alphanumeric());
    let labelled = LINK_LABELS.iter().any(|label| {
        opens_with_phrase(body, label) && {
            // The label then a colon, past a word or two ("Related stories:", "Related coverage:").
            let rest = &body[label.len()..];
            rest.find(':').is_some_and(|k| k <= 12 && rest[..k].split_whitespace().count() <= 1)
        }
    });
    let tail = sentence.trim_end_matches(|c: char| !c.is_alphanumeric());
    let cut = tail.len().saturating_sub("read more".len());
    let ends_on_link = cut > 0
        && tail.get(cut..).is_some_and(|end| end.eq_ignore_ascii_case("read more"))
        && tail[..cut].ends_with(|c: char| !c.is_alphanumeric())
        && !tail[..cut].trim_end().ends_with(['.', '!', '?']);
    labelled || ends_on_link || NOTICES.iter().any(|n| opens_with_phrase(body, n)) || is_link_prompt(sentence)
}

/// Verbs that open a prompt to follow a link or play a clip.
const PROMPTS: &[&str] = &["watch", "hear", "listen", "see", "click", "read"];

/// A sentence that is nothing but a prompt in parentheses: "(Watch a report on the worst-case scenario)",
/// "(Hear scientists on what went wrong before with levees -- 2:28)" on CNN pages of 2005, "( click here )".
fn is_link_prompt(sentence: &str) -> bool {
    let s = sentence.trim().trim_end_matches('.').trim_end();
    let Some(inner) = s.strip_prefix('(').and_then(|x| x.strip_suffix(')')) else { return false };
    let inner = inner.trim_start();
    !inner.contains(['(', ')'])
        && inner.split_whitespace().count() <= 25
        && PROMPTS.iter().any(|p| opens_with_phrase(inner, p))
}

/// An agency photo caption: "FILE - In this May 12, 2012 file photo, former
/// astronaut Neil Armstrong testifies …", "In this image released by …".
fn is_photo_caption(sentence: &str) -> bool {
    if opens_with_phrase(sentence, "file") {
        return sentence[4..].trim_start().starts_with(['-', '–', '—']);
    }
    // Runs on every sentence: lower a copy only for the few that open "In this".
    opens_with_phrase(sentence, "in this") && {
        let head: String = sentence.chars().take(120).collect::<String>().to_ascii_lowercase();
        [" photo", " image", " picture", " frame grab"].iter().any(|p| head.contains(p))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pieces `cut_furniture` leaves of `text` taken as one sentence.
    fn cut(text: &str) -> Vec<&str> {
        let mut sentences: Vec<Range<usize>> = std::iter::once(0..text.len()).collect();
        cut_furniture(text, &mut sentences);
        sentences.into_iter().map(|r| &text[r]).collect()
    }

    fn kept(text: &str) -> Vec<&str> {
        body_blocks(text).into_iter().map(|r| &text[r]).collect()
    }

    /// The fingerprint as first written: split into words, lower-case each.
    fn fingerprint_by_words(sentence: &str) -> Option<u64> {
        let mut hash: u64 = 0xcbf29ce484222325;
        let mut eat = |b: u8| {
            hash ^= b as u64;
            hash = hash.wrapping_mul(0x100000001b3);
        };
        let mut words = 0;
        for word in sentence.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
            words += 1;
            let mut utf8 = [0u8; 4];
            for c in word.chars().flat_map(char::to_lowercase) {
                c.encode_utf8(&mut utf8).bytes().for_each(&mut eat);
            }
            eat(b' ');
        }
        (words >= MIN_REPEATED_WORDS).then_some(hash)
    }

    #[test]
    fn fingerprint_reads_the_words_it_read_before() {
        for text in [
            "",
            "He declined to comment.",
            "  Sign up for our newsletter -- it's free!! 24/7 coverage, 100% local.  ",
            "a_b c9d... E-MAIL us at news@example.com (or call 555-0100) today",
            "“We’re not done,” said Zoë Ünal in İstanbul — ΣΟΦΟΣ café №5 ½ Ⅻ",
            "one two three four five six",
            "ﬁnance ǅemal straße ΑΣ",
        ] {
            assert_eq!(fingerprint(text), fingerprint_by_words(text), "{text:?}");
        }
        assert!(fingerprint("one two three four five six").is_some());
        assert!(fingerprint("one two three four five").is_none());
    }

    #[test]
    fn drops_media_notes_credits_and_prompts() {
        let text = "WATCH: Attorney General Jeff Sessions Press Conference\n\nSessions spoke on Thursday.\n\nYou can watch a live stream of the press conference above.\n\n-With Reuters\n";
        assert_eq!(kept(text), vec!["Sessions spoke on Thursday."]);
    }

    #[test]
    fn a_list_bullet_is_cut_from_the_sentence_it_opens() {
        assert_eq!(
            cut("* Rod Blagojevich's attorneys filed a motion today."),
            ["Rod Blagojevich's attorneys filed a motion today."]
        );
        assert_eq!(cut("► Update: Man charged in the officer's death"), ["Update: Man charged in the officer's death"]);
        assert_eq!(cut("- Authorities searched the home."), ["Authorities searched the home."]);
        assert_eq!(cut("-5 degrees is the low."), ["-5 degrees is the low."]);
        assert_eq!(cut("- and then he left."), ["- and then he left."]);
    }

    #[test]
    fn links_to_other_stories_and_notes_about_the_page_are_boilerplate() {
        for furniture in [
            "► Related: Suspect arrested, officer ID'd in Wayne State police shooting",
            "[RELATED: 'Wedding crasher' says she never attacked guest, apologizes to bride and groom]",
            "Related stories: interpol targets 55 suspects using social network sites",
            "see also: appeals court refuses to shut down aereo",
            "Brock Turner's statement blames sexual assault on Stanford ‘party culture’ Read more",
            "This story has been corrected to show Gomes lived in Raynham, not Rayham.",
            "This article has been updated to reflect a response from KFC.",
        ] {
            assert!(is_boilerplate_sentence(furniture), "{furniture}");
        }
        for news in [
            "Related charges were filed against two other men on Friday.",
            "The relatives said: “We want answers.”",
            "He told readers to read more of the report before judging it.",
            "Read more about it, she said.",
            "The company has recommended that shareholders reject the offer.",
            "It’s great",
        ] {
            assert!(!is_boilerplate_sentence(news), "{news}");
        }
    }

    #[test]
    fn agency_photo_captions_are_boilerplate() {
        // A prompt in parentheses (CNN pages of 2005, Big9), not a sentence that only holds one.
        assert!(is_boilerplate_sentence("(Watch a report on the worst-case scenario)"));
        assert!(is_boilerplate_sentence("(Hear scientists on what went wrong before with levees -- 2:28)."));
        assert!(is_boilerplate_sentence("( click here )"));
        assert!(!is_boilerplate_sentence("The mayor (see below) spoke on Monday."));
        assert!(!is_boilerplate_sentence("(Seeing the levees, he wept.)"));
        // A subheading in capitals (a Yahoo/AP explainer of 2013, Big9), not a dateline's capitals or an acronym.
        assert!(is_boilerplate_sentence("WHO IS LEADING THE CAMPAIGN AGAINST MORSI AND HIS MUSLIM BROTHERHOOD?"));
        assert!(!is_boilerplate_sentence("CAIRO (AP) — Hundreds of thousands of Egyptians took to the streets."));
        assert!(!is_boilerplate_sentence("NASA and the FBI agreed."));
        assert!(!is_boilerplate_sentence("لعله قد حان الوقت للرد على إدارة تويتر باستهداف موظفيها"));
        assert!(is_boilerplate_sentence("FILE - In this May 12, 2012 file photo, Neil Armstrong testifies."));
        assert!(is_boilerplate_sentence("file – in this jan. 5 photo, the plant is seen."));
        assert!(is_boilerplate_sentence("In this image released by Harper, the book cover is shown."));
        assert!(!is_boilerplate_sentence("In this town, everyone knows the mayor."));
        assert!(!is_boilerplate_sentence("Files released Monday show the plan."));
    }

    #[test]
    fn drops_captions() {
        let text = "(Lagniappe/Gabriel Tynes) Alabama Sen. Jeff Sessions made brief remarks at a rally in Mobile Aug. 21.\nSessions delivers a statement to the media about the campaign. NBC News\nHe spoke.";
        assert_eq!(kept(text), vec!["He spoke."]);
    }

    #[test]
    fn rejoins_hard_wrapped_quotes() {
        let text =
            "Trump said he had “\n\ntotal” confidence in him.\n\n“I have not met any Russians,” he\n\ntold NBC News.";
        assert_eq!(
            kept(text),
            vec![
                "Trump said he had “\n\ntotal” confidence in him.",
                "“I have not met any Russians,” he\n\ntold NBC News."
            ]
        );
    }

    #[test]
    fn keeps_long_lines_without_final_period_but_drops_fragments() {
        let text = "For his detractors, the biggest problem was his testimony to the Senate during his hearing\n\nThe Washington Post first reported";
        assert_eq!(
            kept(text),
            vec!["For his detractors, the biggest problem was his testimony to the Senate during his hearing"]
        );
    }

    #[test]
    fn keeps_multinews_single_line_articles() {
        let text = "Dan brown has topped oxfam's ' most donated ' list again, his fourth consecutive year. Having sold more copies, it's hardly surprising.";
        assert_eq!(kept(text), vec![text]);
    }

    #[test]
    fn a_headline_run_into_the_first_sentence_goes_up_to_the_dateline() {
        // A Yahoo page of 2013 (Big9): the brief's summary opened "Croatia celebrates its EU membership ZAGREB, …".
        let text = "Croatia celebrates its EU membership ZAGREB, Croatia (AP) — Fireworks lit the sky on Monday. \
                    Croatia became the 28th EU member.";
        let mut sentences = crate::segment::split(text);
        cut_furniture(text, &mut sentences);
        assert_eq!(&text[sentences[0].clone()], "ZAGREB, Croatia (AP) — Fireworks lit the sky on Monday.");
        let text = "Storm hits coast NEW ORLEANS (CNN) -- The levees held on Monday.";
        assert_eq!(cut(text), vec!["NEW ORLEANS (CNN) -- The levees held on Monday."]);
        let text =
            "Today's Headlines Flap Surgery Tuesday, 26 December 2006 BERKELEY, CA (UroToday.com) - As with all \
                    other surgery, form matters.";
        assert_eq!(cut(text), vec!["BERKELEY, CA (UroToday.com) - As with all other surgery, form matters."]);
        // A NY Post page of 2005 (Big9): the site's menu, then the headline, then the story.
        let text =
            "HOME BREAKING NEWS Business Entertainment Politics Sports U.S. News World News BUSINESS COLUMNISTS \
                    Last 7 Days Story Index Classified Comics Coupons Games Horoscope Lottery Newsletters Post Store \
                    Weather Contact Us Job Openings Privacy Policy Reprints Terms of Use Suicide Bomber Injures 4 Near \
                    Abu Ghraib BAGHDAD, Iraq (AP) -- A suicide bomber blew himself up Monday.";
        assert_eq!(cut(text), vec!["BAGHDAD, Iraq (AP) -- A suicide bomber blew himself up Monday."]);
        // A dateline that opens the text, lower case, or a name in capitals inside a sentence stay.
        for text in [
            "WASHINGTON (CNN) -- Mountainous terrain has proven deadly.",
            "croatia celebrates its eu membership zagreb, croatia (ap) — fireworks lit the sky.",
            "The singer told fans at the show that NASA (the agency) - not him - was to blame.",
        ] {
            assert_eq!(cut(text), vec![text]);
        }
    }

    #[test]
    fn trims_furniture_that_opens_a_sentence() {
        let text = "Advertisement the measure was introduced on monday. \
                    Advertisement continue reading the main story The agency responded at once. \
                    Advertisement - story continues below. \
                    Advertisements ran all week.";
        let mut sentences = crate::segment::split(text);
        cut_furniture(text, &mut sentences);
        let kept: Vec<&str> = sentences.into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            kept,
            vec![
                "the measure was introduced on monday.",
                "The agency responded at once.",
                "Advertisements ran all week."
            ]
        );
    }

    #[test]
    fn trims_a_photo_label_and_the_headline_before_it() {
        assert_eq!(
            cut("Rare stamp turns up enlarge this image toggle caption spink usa/ap spink usa/ap in 1955, a block was stolen."),
            vec!["in 1955, a block was stolen."]
        );
        assert_eq!(
            cut("Could cornstarch have plugged the well? toggle caption jonathan makiri/npr while you were reading, it did."),
            vec!["while you were reading, it did."]
        );
    }

    #[test]
    fn splits_a_sentence_at_an_inline_photo_label() {
        assert_eq!(
            cut("Image copyright afp image caption crowds waited to buy the magazine image copyright ap \
                 image caption all copies were sold out by wednesday."),
            vec!["crowds waited to buy the magazine", "all copies were sold out by wednesday."]
        );
        assert_eq!(
            cut("Image copyright ( associated press ) image caption ( associated press ) crowds waited."),
            vec!["crowds waited."]
        );
        assert_eq!(
            cut("I quit. ' \" story continued below after keeping quiet, trump has grown combative."),
            vec!["I quit. ' \"", "after keeping quiet, trump has grown combative."]
        );
        assert_eq!(
            cut("Hathloul drove toward the border in 2014. ( loujain hathloul/ap ) she was jailed for 10 weeks."),
            vec!["Hathloul drove toward the border in 2014.", "she was jailed for 10 weeks."]
        );
        assert_eq!(
            cut("Trump speaks during a rally in charlotte, n.c. ( ap photo/ evan vucci )"),
            vec!["Trump speaks during a rally in charlotte, n.c."]
        );
        assert_eq!(
            cut("Washington ( cbsla.com/ap ) — obama has been briefed."),
            vec!["Washington ( cbsla.com/ap ) — obama has been briefed."]
        );
        assert_eq!(cut("The plan (a 3/4 majority) failed."), vec!["The plan (a 3/4 majority) failed."]);
        assert_eq!(cut("Story continued below graham grew up in central."), vec!["graham grew up in central."]);
        assert_eq!(
            cut("st. Petersburg, fla. ( ap ) — the latest on hurricane irma ( all times local ): 9: 25 a.m. \
                 Hurricane irma has made landfall in the florida keys."),
            vec!["Hurricane irma has made landfall in the florida keys."]
        );
        assert_eq!(
            cut("WASHINGTON (AP) — The Latest on the summit (all times EDT): ___ 5 p.m. The talks ended."),
            vec!["The talks ended."]
        );
        // Without a time stamp only the header goes; "all times" in prose is not a label.
        assert_eq!(cut("The Latest on the vote (all times local): Polls closed."), vec!["Polls closed."]);
        assert_eq!(cut("At all times (all of them) he said no."), vec!["At all times (all of them) he said no."]);
        assert_eq!(
            cut("A man was shot near the stadium. ( photo: mark humphrey, ap ) rio de janeiro — police said so."),
            vec!["A man was shot near the stadium.", "rio de janeiro — police said so."]
        );
        assert_eq!(
            cut("Forensic experts recovered 28 bodies where police engaged... ( associated press ) iguala, \
                 mexico ( ap ) — a grave contained 28 bodies, officials said."),
            vec![
                "Forensic experts recovered 28 bodies where police engaged...",
                "iguala, mexico ( ap ) — a grave contained 28 bodies, officials said."
            ]
        );
    }

    #[test]
    fn furniture_phrases_match_whole_words_only() {
        assert!(is_boilerplate_sentence("Advertisement continue reading the main story."));
        assert!(!is_boilerplate_sentence("Certain issue advertisements had to be filed with the commission."));
        assert!(!is_boilerplate_sentence("Fans play video games at the premiere in los angeles."));
    }

    #[test]
    fn keeps_long_lines_that_look_like_furniture_at_their_ends() {
        // Multi-News articles are one line, cut off anywhere: after a
        // sentence's first word, or after a photo credit at the top.
        let body =
            "Andrew urdiales, 54, was found unresponsive during a security check of his cell late friday night, \
                    according to staff members. Correctional officers performed cpr but urdiales was pronounced dead \
                    less than an hour later, officials said. An autopsy will be performed, but his death is being \
                    investigated as a suicide.";
        for text in [format!("{body} Govin"), format!("Photo: howie stern {body}")] {
            assert_eq!(kept(&text), vec![text.as_str()]);
        }
        // Short lines of the same shape are still furniture.
        assert!(kept("Photo: howie stern").is_empty());
        assert!(kept("He was found dead. Getty Images").is_empty());
    }
}
