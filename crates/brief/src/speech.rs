//! speech: the verbs that attribute words to a speaker ("said", "told", "wrote"), asked
//! about most words around every quote — below the stages that read them (names, entities,
//! attribution), so none of them imports another to ask.

pub const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "asked",
    "asks",
    "stressed",
    "wrote",
    "writes",
    "responded",
    "replied",
    "replies",
    "concluded",
    "answered",
    "tweeted",
    "continued",
    "explained",
    "explains",
    "noted",
    "notes",
    "insisted",
    "recalled",
    "recalls",
    "warned",
    "argued",
    "argues",
    "declared",
    "stated",
    "acknowledged",
    "admitted",
    "testified",
    "posted",
    "announced",
    "claimed",
    "claims",
    "remarked",
    "commented",
    "quipped",
    "predicted",
    "urged",
    "demanded",
    "conceded",
    "agreed",
    "adding",
    "saying",
    "telling",
    "countered",
    "laughed",
    "joked",
    "revealed",
    "recounts",
    "added:",
    "observed",
    "suggested",
    "suggests",
    "boasted",
    "complained",
    "cautioned",
    "emphasized",
    "emphasised",
    "maintained",
    "promised",
    "vowed",
    "pleaded",
    "shouted",
    "yelled",
    "whispered",
    "replying",
    "writing",
    "opined",
    "proclaimed",
    "describes",
    "described",
    "calls",
    "called",
    "texted",
    "emailed",
    "read",
    "reads",
    "asking",
    "noting",
    "insisting",
    "arguing",
    "warning",
    "explaining",
    "stating",
    "declaring",
    "claiming",
    "answering",
    "questioned",
    "reported",
    "concluding",
    "puts",
    // Present tenses of the verbs above, for features and reviews told in the present
    // ("Sanderson concludes his book is …"); only those that are not also common nouns
    // ("states", "remarks", "posts" are left out: see NOUN_VERBS).
    "concludes",
    "insists",
    "warns",
    "admits",
    "acknowledges",
    "responds",
    "declares",
    "predicts",
    "urges",
    "concedes",
    "agrees",
    "jokes",
    "reveals",
    "observes",
    "complains",
    "cautions",
    "emphasizes",
    "emphasises",
    "maintains",
    "promises",
    "vows",
    "quips",
    "tweets",
    "testifies",
    "stresses",
    // ("James, who uttered the phrase, “…”"; not "demanding", an adjective as often: "the targets are
    // truly demanding".)
    "uttered",
    // Participles of the verbs above, for a credit after the subject's clause ("Trump … is not backing
    // down, boasting Tuesday that “…”"); not those often read otherwise: "a promising start", "recalling
    // the cars", "pleading guilty", "instead of testifying, they should …".
    "boasting",
    "complaining",
    "vowing",
    "tweeting",
    "admitting",
    "acknowledging",
    "conceding",
    "stressing",
    "joking",
    "quipping",
    "announcing",
    "predicting",
];

/// `SPEECH_VERBS` sorted, for binary search.
fn speech_verbs_sorted() -> &'static [&'static str] {
    static SORTED: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    SORTED.get_or_init(|| {
        let mut v = SPEECH_VERBS.to_vec();
        v.sort_unstable();
        v.dedup();
        v
    })
}

/// For each first letter a–z, the lengths (as bits) of the speech verbs opening with it.
fn speech_verb_shapes() -> &'static [u32; 26] {
    static SHAPES: std::sync::OnceLock<[u32; 26]> = std::sync::OnceLock::new();
    SHAPES.get_or_init(|| {
        let mut shapes = [0u32; 26];
        for v in SPEECH_VERBS {
            // Every entry is lower-case ASCII of 3 to 16 bytes (a test checks it).
            if let Some(f) = v.bytes().next().filter(u8::is_ascii_lowercase) {
                if v.len() < 32 {
                    shapes[usize::from(f - b'a')] |= 1 << v.len();
                }
            }
        }
        shapes
    })
}

/// Speech verbs in the present that are also common nouns ("remarks", "states"): a verb only
/// right after a name that ends the credit ("…,” Bernstein remarks.").
pub const NOUN_VERBS: &[&str] = &["remarks", "states", "comments", "posts"];

pub fn is_speech_verb(w: &str) -> bool {
    // Called for most words of every quote's context: no allocation, and a binary search
    // (the list is lower case ASCII, so the word is lowered into a small buffer first).
    let w = w.trim_end_matches(':');
    if w.len() < 3 || w.len() > 16 {
        return false;
    }
    // Most words fail on their first letter and length alone.
    let first = w.as_bytes()[0].to_ascii_lowercase();
    if !first.is_ascii_lowercase() || speech_verb_shapes()[usize::from(first - b'a')] & (1 << w.len()) == 0 {
        return false;
    }
    let mut buf = [0u8; 16];
    for (b, c) in buf.iter_mut().zip(w.bytes()) {
        *b = c.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..w.len()]).is_ok_and(|lower| speech_verbs_sorted().binary_search(&lower).is_ok())
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_speech_verb_passes_the_first_letter_and_length_filter() {
        // The filter in is_speech_verb is exact only if every entry opens with a–z.
        for v in super::SPEECH_VERBS {
            assert!(v.starts_with(|c: char| c.is_ascii_lowercase()), "{v}");
            if (3..=16).contains(&v.len()) {
                assert!(super::is_speech_verb(v), "{v}");
            }
        }
    }
}
