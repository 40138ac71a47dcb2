//! Readers' comments under an article are not the article.
//!
//! Blog and news pages of every era end the article with a comment section
//! ("53 Comments »", "Leave a Reply", "Comments (9) Add A Comment", a line
//! "Comments" on its own), and the extractors keep it whenever it is as dense
//! as the post: on a short post the comments can be ten times its length, so
//! the summary and the brief would quote readers as if they were the outlet.
//! The cut is at the first such heading after the article has begun.
//!
//! What is *not* a comment heading, by rule rather than by list:
//! - a sentence of the article ("Leave a comment and let us know …", "I read
//!   20 comments about …"): the marker must not go on with a lower-case word;
//! - a marker before the article has begun (fewer than [`MIN_WORDS_BEFORE`]
//!   words): a "Comments (3)" link under the headline;
//! - a page of several posts, each with its own "Comments (6)" footer: when the
//!   heading found recurs (digits aside), the page is a listing and is kept
//!   whole, since cutting at the first footer would drop every later post.
//!
//! Sometimes an extractor keeps *only* the comments: under a short post the
//! thread is the page's largest block of prose, and both trafilatura and
//! dom_smoothie take it (Dragnet: a 72-word fashion post under 669 words of
//! "September 27, 2012, | Permalink" comments). [`reads_as_thread`] tells such
//! a text by its density of comment furniture lines ("Reply", "Permalink",
//! "Posted on … 1:23 pm", "Marrije Says:"); `html.rs` then takes the referee's
//! text when it has none of that furniture.
use regex::Regex;
use std::sync::LazyLock;

/// Words the article must have before a comment heading counts as one.
pub const MIN_WORDS_BEFORE: usize = 20;

/// One pattern matching any of `patterns`, under `flags` ("(?m)", "(?i)").
fn any_of(flags: &str, patterns: &[&str]) -> Regex {
    let alternatives: Vec<String> = patterns.iter().map(|m| format!("(?:{m})")).collect();
    Regex::new(&format!("{flags}{}", alternatives.join("|"))).expect("valid pattern")
}

static HEADING: LazyLock<Regex> = LazyLock::new(|| {
    let markers = [
        // "Comments", "12 Comments", "Reader Comments (3):" alone on a line.
        r"^[ \t]*(?:\d+[ \t]+)?(?:Reader[ \t]+|User[ \t]+)?Comments?[ \t]*(?:\(\d+\))?[ \t]*:?[ \t]*$",
        // "53 Comments »", "4 Responses to …" inside a line.
        r"\b\d+ (?:Comments?|Responses?|Replies|Reply)\b",
        r"\bComments \(\d+\)",
        // The form under the comments: "Leave a Reply", "Post a Comment", "Add A Comment".
        r"\b(?:Leave|Post|Add|Write|Submit) (?:a|A|your|Your) (?:Comment|comment|Reply|reply|Response|response)\b",
        // WordPress: "12 thoughts on “Title”".
        r"\b\d+ (?:thoughts|responses|comments) on “",
    ];
    any_of("(?m)", &markers)
});

/// One line of a comment's furniture: its reply/permalink links, its
/// "Name says:" header, its timestamp line.
static THREAD_LINE: LazyLock<Regex> = LazyLock::new(|| {
    let lines = [
        r"^\s*(?:reply|permalink|report|report comment|flag|quote|like|reply ↓|reply to this comment|link to this comment)\s*$",
        r"^.{0,60}\b(?:says|said|wrote)\s*:\s*$",
        r"^\s*posted\b.{0,40}\b(?:\d{4}|\d{1,2}:\d{2}|ago)\b",
        r"\|\s*permalink\b",
        r"^.{0,40}\b(?:at|@)\s*\d{1,2}:\d{2}\s*(?:am|pm)?\b.{0,20}$",
        r"^\s*\d+\s+(?:minutes?|hours?|days?|weeks?)\s+ago\s*$",
    ];
    any_of("(?i)", &lines)
});

/// Furniture lines a text needs, and per 100 words, to read as a thread.
const THREAD_MIN_LINES: usize = 3;
const THREAD_LINES_PER_100_WORDS: usize = 1;

/// How many lines of `text` are comment furniture.
pub fn thread_lines(text: &str) -> usize {
    text.lines().filter(|line| THREAD_LINE.is_match(line)).count()
}

/// Does `text` read as a comment thread rather than an article: at least
/// [`THREAD_MIN_LINES`] furniture lines and one per 100 words? An article
/// with a dateline or one "Reply" link stays an article; a thread has a
/// header per comment, and comments are short.
pub fn reads_as_thread(text: &str) -> bool {
    let lines = thread_lines(text);
    lines >= THREAD_MIN_LINES && lines * 100 >= THREAD_LINES_PER_100_WORDS * WORD.find_iter(text).count()
}

static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\w+").expect("valid pattern"));

/// Does the text after a marker go on as a sentence (a lower-case word next)?
fn continues_as_sentence(rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', '\t']);
    match rest.chars().next() {
        None | Some('\n') | Some('\r') => false,
        Some(c) => c.is_whitespace() || c.is_ascii_lowercase(),
    }
}

/// The marker's text with its numbers blanked, to find the same footer again.
fn shape(marker: &str) -> String {
    marker.trim().chars().map(|c| if c.is_ascii_digit() { '#' } else { c }).collect()
}

/// `text` without a comment section at its end: the prefix before the first
/// comment heading (see the module's rules), or the whole text when it has none.
pub fn without_comments(text: &str) -> &str {
    let headings: Vec<_> = HEADING.find_iter(text).filter(|m| !continues_as_sentence(&text[m.end()..])).collect();
    let Some(first) = headings.iter().find(|m| WORD.find_iter(&text[..m.start()]).count() >= MIN_WORDS_BEFORE) else {
        return text;
    };
    let first_shape = shape(first.as_str());
    if headings.iter().filter(|m| shape(m.as_str()) == first_shape).count() > 1 {
        return text;
    }
    text[..first.start()].trim_end()
}

#[cfg(test)]
mod tests {
    use super::*;

    const POST: &str = "The city council approved the new budget on Tuesday night after a long debate \
        about roads, schools and the old bridge downtown that needs repair.";

    #[test]
    fn a_comment_section_is_cut() {
        for heading in [
            "\n\n53 Comments »\n\nLeave a Reply\n\n",
            "\n\nComments\n\n",
            "\n\nReader Comments (3):\n\n",
            " Comments (9) Add A Comment November 12, 2012 11:33 AM ET ",
            "\n\nPosted on November 7, 2012 at 1:39 PM • 20 Comments\n\n",
            "\n\nLeave a Reply\n\nName (required)\n\n",
            "\n\n12 thoughts on “Council passes budget”\n\n",
        ] {
            let page = format!("{POST}{heading}Great post! I agree with everything you said here.");
            let kept = without_comments(&page);
            assert!(kept.starts_with(POST) && !kept.contains("Great post"), "{heading:?} kept {kept:?}");
        }
    }

    #[test]
    fn sentences_that_mention_comments_stay() {
        for sentence in [
            " Leave a comment and let us know what you think of the plan.",
            " The mayor read 20 comments from residents before the vote.",
            " Write a comment here to share your tips.",
        ] {
            let page = format!("{POST}{sentence} The vote was seven to two.");
            assert_eq!(without_comments(&page), page, "{sentence:?}");
        }
    }

    #[test]
    fn a_heading_before_the_article_begins_is_not_a_cut() {
        let page = format!("Council passes budget\n\nComments (3)\n\n{POST}");
        assert_eq!(without_comments(&page), page);
    }

    #[test]
    fn a_listing_of_posts_with_one_footer_each_is_kept_whole() {
        let page = format!("{POST}\n\nComments (6) | Category: City\n\n{POST}\n\nComments (2) | Category: Roads");
        assert_eq!(without_comments(&page), page);
    }

    #[test]
    fn a_thread_of_comments_reads_as_one_and_an_article_does_not() {
        let comment = "I love this shot! Please never stop blogging, you are so inspiring to all of us.";
        for header in [
            "September 27, 2012, | Permalink",
            "Posted on Nov 06 2012 | 1:23 pm - 3 hours ago\nReply",
            "Marrije Says:\nNovember 7th, 2012 at 9:42 pm",
            "Posted by: garr | July 13, 2012 at 09:16 PM",
        ] {
            let thread = format!("{header}\n{comment}\n").repeat(6);
            assert!(reads_as_thread(&thread), "{header:?}");
        }
        // A dateline and a lone "Reply" link in an article are not a thread.
        let article = format!("Posted on Nov 06 2012 | 1:23 pm\n{}\nReply\n", POST.repeat(3));
        assert!(!reads_as_thread(&article));
        assert!(!reads_as_thread(POST) && !reads_as_thread(""));
    }

    #[test]
    fn no_comments_no_change() {
        assert_eq!(without_comments(POST), POST);
        assert_eq!(without_comments(""), "");
    }
}
