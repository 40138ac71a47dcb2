//! Quote detection and speaker attribution on news no rule here was written
//! for: `golden/quotes-more.jsonl`, 2,902 hand-labelled quotes in 760 article
//! texts (Big9 news 2005–2017, Dragnet 2012 sites, full-length Multi-News, the
//! article-extraction pages; 269 outlet names, "unknown" one), each the article or the
//! paragraphs around its quotes. The texts are not copied here (the data's
//! licences, e.g. Dragnet's AGPL): a line names its source — a page's
//! `articleBody` in `../shared/data/extraction-more/<set>/ground-truth.json` or
//! `../shared/data/article-extraction/ground-truth.json` (set
//! `article-extraction`, page = its hash), or document `i` of cluster `id`
//! (`"id#i"`) in `../shared/data/multinews-full/validation-250.jsonl` — and the
//! byte range `start..end` of it that was labelled. Every quote carries the
//! speaker the article names ("" when it never names one: "a senior official
//! said") and the kind of attribution.
//!
//! Fifteen parts, each reported by kind:
//! - `heldout` — the nine Big9 outlets (BBC, CNN, Fox News, LA Times, NY Post,
//!   Yahoo News, Forbes, NYMag, Ars Technica) wherever they appear, as labelled
//!   before the twenty-third session — never tuned on;
//! - `fresh` — 126 quotes, the first quotes in reading order of 36 article-extraction
//!   pages of 35 outlets found in no other part (2019 news), labelled after the
//!   rules were written and never tuned on: the honest estimate for unseen outlets;
//! - `fresh2` — 149 quotes, every quotation (up to 8 a page, in reading order) of
//!   50 pages of 46 outlets found in no other part, labelled without looking at
//!   what the code answers: the article-extraction pages of new outlets in page
//!   hash order (English ones), then Dragnet pages of new outlets in id order
//!   (mostly 2012 blogs). Titles, scare quotes and the like are kept, with no
//!   speaker (88 of the 149 have none), so this part also measures guessing a
//!   speaker where the article names none; never tuned on until the sixteenth
//!   session, which studied its misses (they are printed since) — fresh3 took
//!   its place as the never-studied part;
//! - `fresh3` — 176 quotes in 39 full-length Multi-News documents of 20 clusters
//!   named in no other line (news 2011–2018; 17 named outlets, 18 documents "unknown"),
//!   labelled without looking at what the code answers. Fixed order: the unused
//!   clusters of `validation-250.jsonl` sorted by id, each cluster's documents in
//!   index order, at most 2 a cluster (skipped: no quotation mark, not English,
//!   the same text again), every quotation in reading order up to 6 a document
//!   (the range ends where the paragraph of the 7th begins), stopping at the
//!   first document past 170 quotes. Titles and scare quotes are kept with no
//!   speaker (46 of the 176). Never tuned on until the eighteenth session, which
//!   studied its misses (printed since) — fresh4 took its place;
//! - `fresh4` — 175 quotes in 39 full-length Multi-News documents of 23 further
//!   clusters (the unused ones after fresh3's last, in the same fixed order and
//!   by the same rules; 11 named outlets, 26 documents "unknown"; 64 quotes with
//!   no speaker), labelled without looking at what the code answers. Never tuned
//!   on until the nineteenth session, which studied its misses (printed since) —
//!   fresh5 took its place;
//! - `fresh5` — 171 quotes in 37 full-length Multi-News documents of 19 further
//!   clusters (the unused ones after fresh4's last, multi_news-validation-2201 to
//!   -2572, same order and rules; 17 documents of named outlets, 20 "unknown"; 42
//!   quotes with no speaker), labelled without looking at what the code answers.
//!   Never tuned on until the twentieth session, which studied its misses
//!   (printed since) — fresh6 took its place;
//! - `fresh6` — 172 quotes in 47 full-length Multi-News documents of 28 further
//!   clusters (the unused ones after fresh5's last, multi_news-validation-2611
//!   to -33 in string order, same rules; 22 documents of named outlets — ap ×7,
//!   cnn, reuters, bbc, afp, usatoday, … — 25 "unknown"; 57 quotes with no
//!   speaker), labelled without looking at what the code answers. Never tuned
//!   on until the twenty-first session, which studied its misses (printed
//!   since) — fresh7 took its place;
//! - `fresh7` — 175 quotes in 41 full-length Multi-News documents of 23 further
//!   clusters (the unused ones after fresh6's last, multi_news-validation-333
//!   to -381 in string order, same rules; 27 documents of named outlets — ap,
//!   politico, reuters, latimes, nytimes, usatoday, … — 14 "unknown"; 62 quotes
//!   with no speaker), labelled without looking at what the code answers.
//!   Never tuned on until the twenty-second session, which studied its misses
//!   (printed since) — fresh8 took its place;
//! - `fresh8` — 174 quotes in 45 full-length Multi-News documents of 26 further
//!   clusters (the unused ones after fresh7's last, multi_news-validation-3822
//!   to -4486 in string order, same rules; 21 documents of named outlets — ap,
//!   reuters, cnn, wsj, bloomberg, politico, latimes, … — 24 "unknown"; 59
//!   quotes with no speaker), labelled without looking at what the code
//!   answers. Never tuned on until the twenty-third session, which studied its
//!   misses (printed since) — fresh9 took its place;
//! - `fresh9` — 171 quotes in 63 Dragnet pages (2012 news sites and blogs) of 63
//!   outlets found in no other part, one page a site: the Dragnet ids after
//!   fresh2's last (R131) in string order, skipping pages and outlets already
//!   labelled, pages without a double quotation mark and the two stubs, same
//!   range rules as fresh3–8 (up to 6 quotations a page; the comments after the
//!   data's marker left out), up to R431. Mostly titles, scare quotes and
//!   labels (128 quotes with no speaker; after 14, pronoun 10, nominal 9, before
//!   7, split 7, organisation 4), so it measures above all not guessing a
//!   speaker. Labelled without looking at what the code answers; never tuned
//!   on; its misses are not printed;
//! - `heldout2` — 163 quotes in 36 more pages of the nine Big9 outlets, one
//!   page for each outlet and era (2005, 2009, 2013, 2017): in each of the 36
//!   cells the first page in id order not labelled before, with a double
//!   quotation mark and not the same story as a page taken (after 36, split
//!   30, before 19, pronoun 15, nominal 13, organisation 11, unattributed 39;
//!   48 quotes with no speaker), same range rules as fresh3–9. Labelled
//!   without looking at what the code answers in the twenty-third session;
//!   never tuned on until the twenty-sixth session, which studied its misses
//!   (printed since) — heldout3 took its place;
//! - `heldout3` — 157 quotes in 35 more pages of the nine Big9 outlets, drawn
//!   as heldout2's were (the next unlabelled page of each outlet and era; the
//!   2005 NY Mag cell has none left with its quotation marks intact, so 35
//!   cells; after 44, split 12, before 16, pronoun 20, nominal 15,
//!   organisation 12, unattributed 38; 49 quotes with no speaker), same range
//!   rules. Labelled by a helper without looking at what the code answers in
//!   the twenty-sixth session; never tuned on until the twenty-seventh
//!   session, which studied its misses (printed since) — heldout4 took its
//!   place;
//! - `heldout4` — 175 quotes in 35 more pages of the nine Big9 outlets, drawn
//!   and labelled as heldout3's were (the next unlabelled page of each outlet
//!   and era; 2005 NY Mag has none left; after 39, split 29, before 20,
//!   pronoun 22, nominal 16, organisation 11, unattributed 38; 51 quotes with
//!   no speaker). Labelled by a helper without looking at what the code
//!   answers in the twenty-seventh session; never tuned on until the
//!   twenty-eighth session, which studied its misses (printed since) —
//!   heldout5 took its place;
//! - `heldout5` — 163 quotes in 35 more pages of the nine Big9 outlets, drawn
//!   and labelled as heldout4's were (2005 NY Mag has none left; after 40,
//!   split 30, before 25, pronoun 21, nominal 12, organisation 3, unattributed
//!   32; 43 quotes with no speaker). Labelled by a helper without looking at
//!   what the code answers in the twenty-eighth session; never tuned on; its
//!   misses are not printed — the part closest to the held-out check;
//! - `tune` — every other outlet; its misses are printed, and fresh2's to
//!   fresh8's, heldout2's, heldout3's and heldout4's; the others' are not.
//!
//! Each part is read two ways: every span in quotation marks
//! (`quotes::all_occurrences`, where phrases — scare quotes, titles, short
//! fragments — are found and credited to no one) and the utterances the brief
//! lists (`quotes::occurrences`, where a labelled phrase counts as not found).
//!
//! Format of a line:
//! `{"set", "page", "outlet", "part", "start", "end", "quotes": [{"quote", "speaker", "kind"}]}`.

use std::collections::BTreeMap;

use chorus_brief::{entities, quotes};
use chorus_core::pipeline::Prepared;
use chorus_core::{Article, Cluster};
use serde_json::Value;

#[path = "common/labelled.rs"]
mod labelled;

use labelled::{same_speaker, sources, tokens, LABELLED};

#[derive(Default)]
struct Tally {
    quotes: usize,
    found: usize,
    right: usize,
    /// Found with a speaker who is not the one labelled: words put in the wrong mouth.
    wrong_name: usize,
}

impl Tally {
    fn line(&self) -> String {
        format!(
            "{:>3} quotes, recall {:.3}, speaker accuracy {:.3}, wrong name {:.3}",
            self.quotes,
            self.found as f64 / self.quotes.max(1) as f64,
            self.right as f64 / self.found.max(1) as f64,
            self.wrong_name as f64 / self.found.max(1) as f64
        )
    }
}

/// Scores of one way of finding quotes: (part, kind) → tally, and the misses in reading order.
#[derive(Default)]
struct Scores {
    tallies: BTreeMap<(String, String), Tally>,
    misses: Vec<String>,
}

impl Scores {
    /// Match each labelled quote of one excerpt to what was found and count it.
    fn add(&mut self, excerpt: &Value, text: &str, found: &[quotes::Occurrence]) {
        let part = excerpt["part"].as_str().unwrap().to_string();
        // The same words quoted twice in one text are two labels: each takes the first occurrence not
        // taken by an earlier label.
        let mut taken = vec![false; found.len()];
        for q in excerpt["quotes"].as_array().unwrap() {
            let (quote, want, kind) =
                (q["quote"].as_str().unwrap(), q["speaker"].as_str().unwrap(), q["kind"].as_str().unwrap());
            let want_tokens = tokens(quote);
            let matches = |o: &&quotes::Occurrence| {
                let got = tokens(&text[o.start..o.end]);
                let shared = want_tokens.iter().filter(|w| got.contains(w)).count();
                shared * 10 >= want_tokens.len() * 8 && got.len() <= want_tokens.len() * 3 + 3
            };
            let k = (0..found.len())
                .find(|&k| !taken[k] && matches(&&found[k]))
                .or_else(|| (0..found.len()).find(|&k| matches(&&found[k])));
            if let Some(k) = k {
                taken[k] = true;
            }
            let hit = k.map(|k| &found[k]);
            let got = hit.map(|o| o.speaker.clone().unwrap_or_default());
            // Titles and scare quotes (no speaker named) are kept apart from quotes with a named speaker: a
            // finder that skips them loses recall there, not on the quotes a reader wants attributed.
            let named = if tokens(want).is_empty() { "no speaker" } else { "named speaker" };
            for k in [kind, "all", named] {
                let t = self.tallies.entry((part.clone(), k.to_string())).or_default();
                t.quotes += 1;
                t.found += hit.is_some() as usize;
                t.right += got.as_deref().is_some_and(|g| same_speaker(g, want)) as usize;
                t.wrong_name +=
                    got.as_deref().is_some_and(|g| !tokens(g).is_empty() && !same_speaker(g, want)) as usize;
            }
            let outlet = excerpt["outlet"].as_str().unwrap_or("");
            match &got {
                None => self.misses.push(format!("[{part}/{kind}/{outlet}] not found: {quote:?}")),
                Some(g) if !same_speaker(g, want) => {
                    self.misses.push(format!("[{part}/{kind}/{outlet}] speaker {g:?}, want {want:?}: {quote:.80}"))
                }
                _ => {}
            }
        }
    }

    /// Recall and speaker accuracy of a part.
    fn rate(&self, part: &str) -> (f64, f64) {
        let t = &self.tallies[&(part.to_string(), "all".to_string())];
        (t.found as f64 / t.quotes as f64, t.right as f64 / t.found.max(1) as f64)
    }
}

#[test]
fn recall_and_speaker_accuracy_by_part_and_kind() {
    // Two ways of reading the same labels: every span in quotation marks (`all_occurrences`: phrases
    // such as scare quotes and titles are found and credited to no one), and only the utterances the
    // brief lists (`occurrences`), where a phrase the labels hold counts as not found.
    let (mut spans, mut listed) = (Scores::default(), Scores::default());
    let (mut articles, mut outlets) = (0, std::collections::BTreeSet::new());
    let sources = sources();
    for line in LABELLED.lines() {
        let excerpt: Value = serde_json::from_str(line).unwrap();
        let (set, page) = (excerpt["set"].as_str().unwrap(), excerpt["page"].as_str().unwrap());
        let source = &sources[&(set.to_string(), page.to_string())];
        let range = excerpt["start"].as_u64().unwrap() as usize..excerpt["end"].as_u64().unwrap() as usize;
        let text = source
            .get(range)
            .unwrap_or_else(|| panic!("{set}/{page}: the labelled range is not in the text"))
            .to_string();
        articles += 1;
        outlets.insert(excerpt["outlet"].as_str().unwrap().to_string());
        let cluster = Cluster { id: "x".into(), articles: vec![Article::from_text(text.clone())], reference: None };
        let prepared = Prepared::new(&cluster);
        let ents = entities::extract(&prepared);
        let found = quotes::all_occurrences(&prepared, &ents);
        let utterances: Vec<quotes::Occurrence> = found.iter().filter(|o| o.utterance).cloned().collect();
        spans.add(&excerpt, &text, &found);
        listed.add(&excerpt, &text, &utterances);
    }
    eprintln!("labelled: {articles} article excerpts, {} outlets", outlets.len());
    eprintln!("every span in quotation marks (all_occurrences), by part and kind:");
    for ((part, kind), t) in &spans.tallies {
        eprintln!("  {part:<8} {kind:<13} {}", t.line());
    }
    eprintln!("the utterances the brief lists (occurrences):");
    for ((part, kind), t) in listed.tallies.iter().filter(|((_, kind), _)| kind == "all") {
        eprintln!("  listed {part:<8} {kind:<6} {}", t.line());
    }
    // Only the studied parts' misses are shown (with their outlet): the held-out and fresh parts are measured,
    // not studied.
    for m in spans.misses.iter().filter(|m| {
        m.starts_with("[tune")
            || m.starts_with("[fresh2")
            || m.starts_with("[fresh3")
            || m.starts_with("[fresh4")
            || m.starts_with("[fresh5")
            || m.starts_with("[fresh6")
            || m.starts_with("[fresh7")
            || m.starts_with("[fresh8")
            || m.starts_with("[heldout2")
            || m.starts_with("[heldout3")
            || m.starts_with("[heldout4")
    }) {
        eprintln!("  {m}");
    }
    // Floors a little under what is reached, so a change that loses ground fails.
    let floors = [
        ("tune", TUNE_RECALL, TUNE_ACCURACY),
        ("heldout", HELDOUT_RECALL, HELDOUT_ACCURACY),
        ("fresh", FRESH_RECALL, FRESH_ACCURACY),
        ("fresh2", FRESH2_RECALL, FRESH2_ACCURACY),
        ("fresh3", FRESH3_RECALL, FRESH3_ACCURACY),
        ("fresh4", FRESH4_RECALL, FRESH4_ACCURACY),
        ("fresh5", FRESH5_RECALL, FRESH5_ACCURACY),
        ("fresh6", FRESH6_RECALL, FRESH6_ACCURACY),
        ("fresh7", FRESH7_RECALL, FRESH7_ACCURACY),
        ("fresh8", FRESH8_RECALL, FRESH8_ACCURACY),
        ("fresh9", FRESH9_RECALL, FRESH9_ACCURACY),
        ("heldout2", HELDOUT2_RECALL, HELDOUT2_ACCURACY),
        ("heldout3", HELDOUT3_RECALL, HELDOUT3_ACCURACY),
        ("heldout4", HELDOUT4_RECALL, HELDOUT4_ACCURACY),
        ("heldout5", HELDOUT5_RECALL, HELDOUT5_ACCURACY),
    ];
    for (part, min_recall, min_accuracy) in floors {
        let (recall, accuracy) = listed.rate(part);
        assert!(recall >= min_recall && accuracy >= min_accuracy, "{part}: recall {recall:.3}, accuracy {accuracy:.3}");
        // Every quoted span: the phrases the brief does not list are found too.
        let (recall, accuracy) = spans.rate(part);
        assert!(
            recall >= SPANS_RECALL && accuracy >= SPANS_ACCURACY,
            "{part}, every span: recall {recall:.3}, accuracy {accuracy:.3}"
        );
    }
}

// Every span in quotation marks, at the twenty-first session (phrases found, credited to no one): recall 0.971
// (fresh4) to 1.000, speaker accuracy 0.776 (fresh7) to 0.956 (tune); fresh8, drawn in the twenty-second session,
// 0.728. The floors below are the utterances'.
const SPANS_RECALL: f64 = 0.96;
const SPANS_ACCURACY: f64 = 0.71;
// Reached: tune 1.000 / 0.956 (608 quotes), held out 0.993 / 0.877 (147 quotes), fresh 0.992 / 0.824 (126; 0.832
// until the eighteenth session read "\n \n" as a paragraph break, which cost it one carried-on speaker).
const TUNE_RECALL: f64 = 0.99;
const TUNE_ACCURACY: f64 = 0.94;
const HELDOUT_RECALL: f64 = 0.98;
const HELDOUT_ACCURACY: f64 = 0.86;
// Fresh, before any rule of this branch: recall 0.992, speaker accuracy 0.832; after: the same.
const FRESH_RECALL: f64 = 0.98;
const FRESH_ACCURACY: f64 = 0.81;
// Fresh2, at 229f7c1 (before this session's rules): recall 0.557, speaker accuracy 0.699 (149 quotes;
// the 61 with a named speaker: 0.918 / 0.643). Low recall is mostly titles and scare quotes not taken as quotes.
// Studied from the sixteenth session: 0.544 / 0.852 after its rules (titles no longer listed, signatures, …).
// (Recall falls as titles of works are no longer taken for quotes: 0.537 with the title rule.)
const FRESH2_RECALL: f64 = 0.52;
const FRESH2_ACCURACY: f64 = 0.83;
// Fresh3, at 056229a (labelled before any look at the code's answers): recall 0.722, speaker accuracy 0.819
// (176 quotes; the 130 with a named speaker: 0.877 / 0.886). Of the 49 quotes not found, 32 are unattributed (titles,
// scare quotes and the like) and 9 are "before" (14 of that kind's 21 are partial quotes of four words or fewer).
// Studied from the eighteenth session (its misses printed): 0.710 / 0.928 after that session's rules.
const FRESH3_RECALL: f64 = 0.70;
const FRESH3_ACCURACY: f64 = 0.91;
// Fresh4, at 118053b (labelled before any look at the code's answers): recall 0.674, speaker accuracy 0.729
// (175 quotes; the 111 with a named speaker: 0.928 / 0.757; the 64 with none: 0.234 / 0.533).
// After the eighteenth session's rules (drawn from fresh3's misses and the 250 briefs, never from fresh4):
// 0.674 / 0.754 (named 0.928 / 0.767; none 0.234 / 0.667).
// Studied from the nineteenth session (its misses printed): 0.674 / 0.847 after that session's rules (named 0.864,
// wrong name 0.051).
const FRESH4_RECALL: f64 = 0.66;
const FRESH4_ACCURACY: f64 = 0.83;
// Fresh5, at 996405a (labelled before any look at the code's answers): recall 0.667, speaker accuracy 0.816
// (171 quotes; the 129 with a named speaker: 0.822 / 0.830; the 42 with none: 0.190 / 0.625).
// After the nineteenth session's rules (drawn from fresh4's misses and the 250 briefs, never from fresh5): the same,
// 0.667 / 0.816.
// Studied from the twentieth session (its misses printed): 0.719 / 0.886 after that session's rules (glued
// paragraphs, "And" opening a sentence, "they" as a pair, plural bodies, a title that is a surname).
const FRESH5_RECALL: f64 = 0.70;
const FRESH5_ACCURACY: f64 = 0.87;
// Fresh6, at 676f870 (labelled before any look at the code's answers): recall 0.715, speaker accuracy 0.789
// (172 quotes; the 115 with a named speaker: 0.913 / 0.762; the 57 with none: 0.316 / 0.944; organisations
// 0.944 / 0.235). After the twentieth session's rules (drawn from fresh5's misses and the 250 briefs): 0.715 /
// 0.789 before the wire-copy closer (two apostrophes), 0.727 / 0.792 with it — that pattern was seen in the
// labeller's report on a fresh6 range, so its gain here is not blind.
// Studied from the twenty-first session (its misses printed).
const FRESH6_RECALL: f64 = 0.70;
const FRESH6_ACCURACY: f64 = 0.77;
// Fresh7, at ffc6a0f (labelled before any look at the code's answers; the utterances are the same as at the
// session's start): listed utterances recall 0.657, speaker accuracy 0.783, wrong name 0.122; every span 0.971 /
// 0.776 / 0.082 (the span reading was chosen on the studied parts before fresh7 was drawn).
// Studied from the twenty-second session (its misses printed): 0.674 / 0.856 / 0.068 after that session's
// rules (roles are no speakers, scraped marks, object pronouns, 'quoted him as saying').
const FRESH7_RECALL: f64 = 0.66;
const FRESH7_ACCURACY: f64 = 0.84;
// Fresh8, at 8ca9538 (labelled before any look at the code's answers): listed utterances recall 0.701, speaker
// accuracy 0.746, wrong name 0.139; every span 0.994 / 0.728 / 0.098 (no speaker: 59 quotes, 0.831, wrong name
// 0.169; before 0.381, organisation 0.286). The same after fresh7's first rules (3bf9c2f). At the end of the
// twenty-second session (rules from fresh7's misses, a speaker audit of 36 unlabelled clusters and the 250
// briefs): listed 0.701 / 0.779 / 0.107 — but the briefs read include cluster multi_news-validation-4236, two of
// fresh8's documents, whose quotes moved the last rule; without that cluster (165 quotes) 0.761 at the start,
// 0.770 at the end, the blind gain.
// Studied from the twenty-third session (its misses printed). Its listed recall fell to 0.667 there when a
// list of three quoted headings stopped being listed (labelled quotes with no speaker, so "found" before).
const FRESH8_RECALL: f64 = 0.65;
const FRESH8_ACCURACY: f64 = 0.72;
// Fresh9, at ba32139 (labelled before any look at the code's answers): listed utterances recall 0.322 (most of
// its spans are titles and scare quotes, which the brief does not list), speaker accuracy 0.782, wrong name
// 0.055; every span 0.988 / 0.899 / 0.018 (no speaker: 128 quotes, 0.992; named: 43 quotes, 0.628).
const FRESH9_RECALL: f64 = 0.30;
const FRESH9_ACCURACY: f64 = 0.75;
// Heldout2, at ba32139 (labelled before any look at the code's answers): listed utterances recall 0.693, speaker
// accuracy 0.823, wrong name 0.071; every span 0.994 / 0.802 / 0.043 (named speaker: 115 quotes, 0.728; before
// 0.526, organisation 0.364). The same after the twenty-third session's first rules (4ae5f05).
// Studied from the twenty-sixth session (its misses printed): listed 0.699 / 0.886 / 0.026, every span 0.994 /
// 0.852 / 0.012 after that session's rules.
const HELDOUT2_RECALL: f64 = 0.67;
const HELDOUT2_ACCURACY: f64 = 0.85;
// Heldout3, at e2004ad (labelled before any look at the code's answers): listed utterances recall 0.688, speaker
// accuracy 0.824, wrong name 0.056; every span 0.987 / 0.806 / 0.039 (named speaker: 108 quotes, 0.738; before
// 0.438, organisation 0.333, pronoun 0.700).
// Studied from the twenty-seventh session (its misses printed): listed 0.688 / 0.880 / 0.019, every span 0.987 /
// 0.845 / 0.013 after that session's rules.
const HELDOUT3_RECALL: f64 = 0.66;
const HELDOUT3_ACCURACY: f64 = 0.86;
// Heldout4, at b140eb6 (labelled before any look at the code's answers): listed utterances recall 0.726, speaker
// accuracy 0.866, wrong name 0.071; every span 0.989 / 0.827 / 0.052. The same after the twenty-seventh session's
// rules (drawn from heldout3's misses). Studied from the twenty-eighth session (its misses printed): listed 0.726 /
// 0.890 / 0.047, every span 0.989 / 0.879 / 0.046 after that session's rules.
const HELDOUT4_RECALL: f64 = 0.70;
const HELDOUT4_ACCURACY: f64 = 0.87;
// Heldout5, drawn in the twenty-eighth session and measured at a74fce4, before any rule of that session: listed
// 0.663 / 0.843 (wrong name 0.046); every span 0.988 / 0.758 (wrong name 0.031). After that session's rules (from
// heldout4's and the other studied parts' misses; heldout5's were never read): listed unchanged, every span
// 0.988 / 0.814 / 0.050 (before 0.280 -> 0.600: the reported phrases).
const HELDOUT5_RECALL: f64 = 0.64;
const HELDOUT5_ACCURACY: f64 = 0.82;

#[test]
fn speaker_matching_rule() {
    assert!(same_speaker("Sarah Huckabee Sanders", "Sanders"));
    assert!(same_speaker("Sanders", "Sarah Huckabee Sanders"));
    assert!(same_speaker("National Oceanic and Atmospheric Administration", "NOAA"));
    assert!(same_speaker("CR", "Consumer Reports"));
    assert!(!same_speaker("CR", "Consumer Affairs"));
    assert!(same_speaker("", ""));
    assert!(!same_speaker("Sessions", ""));
    assert!(!same_speaker("", "Sessions"));
    assert!(!same_speaker("Jeff Sessions", "Patrick Leahy"));
    assert!(same_speaker("the Justice Department", "Justice Department"));
}
