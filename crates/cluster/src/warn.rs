//! Are the articles given to one summary really one story? The clusterer's
//! answer, for `summarize` and `brief` to pass on as a warning.

use chorus_core::Article;

use crate::{Pile, Settings};

/// The warning asks for clearer evidence than clustering a stream does: it
/// speaks only when the articles share little, so that articles of one story
/// told from different angles do not set it off. Chosen so that almost none
/// of the real one-story clusters of the full-length pile warn (docs/RESULTS.md).
pub const WARNING_THRESHOLD: f32 = 0.1;

/// The articles (indices) of each story found among `articles`, in order of
/// their first article; non-articles (notices, widget text) belong to none.
pub fn story_groups(articles: &[Article], settings: &Settings) -> Vec<Vec<usize>> {
    let mut pile = Pile::with_settings(*settings);
    pile.add(articles.iter().enumerate().map(|(k, a)| (k.to_string(), a.clone())).collect());
    let mut groups: Vec<(usize, Vec<usize>)> = Vec::new();
    for (i, story) in pile.assignments().into_iter().enumerate() {
        let Some(s) = story else { continue };
        match groups.iter_mut().find(|(id, _)| *id == s) {
            Some((_, members)) => members.push(i),
            None => groups.push((s, vec![i])),
        }
    }
    groups.into_iter().map(|(_, m)| m).collect()
}

/// "these articles look like 3 different stories …" when they do; None for one story.
pub fn story_warning(articles: &[Article]) -> Option<String> {
    // One article is one story at most: no need to cluster it.
    if articles.len() < 2 {
        return None;
    }
    let settings = Settings { threshold: WARNING_THRESHOLD, ..Settings::default() };
    let groups = story_groups(articles, &settings);
    if groups.len() < 2 {
        return None;
    }
    Some(format!(
        "these articles look like {} different stories (articles {}); the summary may mix them",
        groups.len(),
        listing(&groups)
    ))
}

/// Groups listed in a warning, and article numbers listed per group: a pile
/// of thousands of unrelated lines made a warning of 50 kB, one line a
/// reader cannot use. The rest is counted.
const LISTED_GROUPS: usize = 6;
const LISTED_ARTICLES: usize = 10;

/// "1, 3 | 2" for the groups {0, 2} and {1}, shortened past the limits above.
fn listing(groups: &[Vec<usize>]) -> String {
    let group = |g: &Vec<usize>| {
        let mut shown: Vec<String> = g.iter().take(LISTED_ARTICLES).map(|i| (i + 1).to_string()).collect();
        if g.len() > LISTED_ARTICLES {
            shown.push(format!("… {} more", g.len() - LISTED_ARTICLES));
        }
        shown.join(", ")
    };
    let mut listed: Vec<String> = groups.iter().take(LISTED_GROUPS).map(group).collect();
    if groups.len() > LISTED_GROUPS {
        listed.push(format!("… {} more stories", groups.len() - LISTED_GROUPS));
    }
    listed.join(" | ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const VOLCANO: &str = "A volcano erupted on Iceland's Reykjanes peninsula on Monday, sending lava toward the \
        fishing town of Grindavik, which was evacuated. Scientists at the Icelandic Met Office said the eruption \
        fissure was about four kilometres long.";
    const VOLCANO_2: &str = "Lava from the Reykjanes volcano reached the edge of Grindavik, Icelandic officials \
        said, after the town's residents were evacuated. The Met Office said the fissure near Grindavik was \
        several kilometres long.";
    const BANK: &str = "The Bank of Japan raised interest rates for the first time in seventeen years, ending the \
        era of negative rates. Governor Kazuo Ueda said wages were rising and the yen weakened after the decision.";
    const FOOTBALL: &str = "Manchester City beat Arsenal three goals to one at the Etihad Stadium, with Erling \
        Haaland scoring twice. Pep Guardiola praised his defenders after the match in the Premier League.";

    #[test]
    fn one_story_is_quiet() {
        let a = [Article::from_text(VOLCANO), Article::from_text(VOLCANO_2)];
        assert_eq!(story_warning(&a), None);
    }

    #[test]
    fn three_unrelated_articles_warn() {
        let a = [Article::from_text(VOLCANO), Article::from_text(BANK), Article::from_text(FOOTBALL)];
        let w = story_warning(&a).expect("a warning");
        assert!(w.starts_with("these articles look like 3 different stories"), "{w}");
        let a = [Article::from_text(VOLCANO), Article::from_text(BANK), Article::from_text(VOLCANO_2)];
        let w = story_warning(&a).expect("a warning");
        assert!(w.contains("2 different stories (articles 1, 3 | 2)"), "{w}");
    }

    #[test]
    fn long_listings_are_shortened() {
        let groups: Vec<Vec<usize>> = std::iter::once((0..25).collect()).chain((25..40).map(|i| vec![i])).collect();
        let text = listing(&groups);
        assert_eq!(text, "1, 2, 3, 4, 5, 6, 7, 8, 9, 10, … 15 more | 26 | 27 | 28 | 29 | 30 | … 10 more stories");
        assert_eq!(listing(&[vec![0, 2], vec![1]]), "1, 3 | 2");
    }

    #[test]
    fn empty_and_single_inputs_are_quiet() {
        assert_eq!(story_warning(&[]), None);
        assert_eq!(story_warning(&[Article::from_text(BANK)]), None);
    }
}
