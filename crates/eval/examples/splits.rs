//! Diagnostic: which true stories does the clusterer split, and why?
//! For every true story whose scored articles land in more than one predicted
//! group: the pieces, how similar they are to the story's largest piece (over
//! all their pairs, and over the links the pile kept — what average link
//! sees), and why the missing links are missing (never a candidate, or cut by
//! the per-article link cap).
//! cargo run --release -p chorus-eval --example splits -- FILE [show=N] [half=0|1]
use chorus_cluster::{Pile, Settings};
use chorus_core::ingest::jsonl_clusters;
use chorus_eval::stories::shuffled_pile;
use rustc_hash::{FxHashMap, FxHashSet};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let path = &args[1];
    let arg = |k: &str| args.iter().find_map(|a| a.strip_prefix(k)).and_then(|v| v.parse::<usize>().ok());
    let show = arg("show=").unwrap_or(12);
    let file = std::io::BufReader::new(std::fs::File::open(path).unwrap());
    let mut clusters: Vec<_> = jsonl_clusters(file, path).filter_map(|(_, c)| c.ok()).collect();
    if let Some(h) = arg("half=") {
        clusters = clusters.into_iter().enumerate().filter(|(k, _)| k % 2 == h).map(|(_, c)| c).collect();
    }
    let pile_articles = shuffled_pile(&clusters, 1);
    let settings = Settings::default();
    let mut pile = Pile::with_settings(settings);
    pile.add(pile_articles.iter().map(|a| (a.id.clone(), a.article.clone())).collect());
    let n = pile_articles.len();
    let truth: Vec<usize> = pile_articles.iter().map(|a| a.cluster).collect();
    let threshold = pile.threshold_with(&settings);
    let assigned = pile.assignments();
    let sim = |a: usize, b: usize| settings.similarity(&pile.evidence(a.min(b), a.max(b)));
    let kept: FxHashMap<(u32, u32), f32> =
        pile.pairs().iter().map(|p| ((p.a, p.b), settings.similarity(&p.evidence))).collect();
    // Per later article: its kept links' weakest similarity and how many it kept.
    let mut per_b: FxHashMap<u32, (usize, f32)> = FxHashMap::default();
    for (&(_, b), &s) in &kept {
        let e = per_b.entry(b).or_insert((0, f32::INFINITY));
        e.0 += 1;
        e.1 = e.1.min(s);
    }
    let words: Vec<usize> = pile_articles.iter().map(|a| a.article.text.split_whitespace().count()).collect();
    // Texts in more than one true cluster are not scored (as in eval-stories).
    let mut texts: FxHashMap<&str, FxHashSet<usize>> = FxHashMap::default();
    for a in &pile_articles {
        texts.entry(a.article.text.trim()).or_default().insert(a.cluster);
    }
    let scored: Vec<bool> = pile_articles.iter().map(|a| texts[a.article.text.trim()].len() == 1).collect();
    let mut group_members: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for (i, g) in assigned.iter().enumerate() {
        if let Some(g) = g {
            group_members.entry(*g).or_default().push(i);
        }
    }
    println!("articles {n}, threshold {threshold:.3}, kept links {}", kept.len());

    // Counters over split-off articles (scored articles not in their story's largest piece).
    let mut c: FxHashMap<&str, usize> = FxHashMap::default();
    let mut stories_split = 0;
    let mut stories_multi = 0;
    let mut pieces_total = 0;
    let mut shown = 0;
    // Missing same-story pairs (both news articles): why missing.
    let (mut pairs_true, mut pairs_kept, mut pairs_floor, mut pairs_cap, mut pairs_nocand) = (0, 0, 0, 0, 0);
    for t in 0..clusters.len() {
        let members: Vec<usize> = (0..n).filter(|&i| truth[i] == t && scored[i]).collect();
        if members.len() < 2 {
            continue;
        }
        stories_multi += 1;
        for (x, &a) in members.iter().enumerate() {
            for &b in &members[x + 1..] {
                if assigned[a].is_none() || assigned[b].is_none() {
                    continue;
                }
                let (a, b) = (a.min(b), a.max(b));
                pairs_true += 1;
                let s = sim(a, b);
                if kept.contains_key(&(a as u32, b as u32)) {
                    pairs_kept += 1;
                } else if s < 0.03 {
                    pairs_floor += 1;
                } else {
                    match per_b.get(&(b as u32)) {
                        Some(&(k, weakest)) if k >= 24 && s <= weakest => pairs_cap += 1,
                        _ => pairs_nocand += 1,
                    }
                }
            }
        }
        let mut pieces: FxHashMap<Option<usize>, Vec<usize>> = FxHashMap::default();
        for &i in &members {
            pieces.entry(assigned[i]).or_default().push(i);
        }
        if pieces.len() < 2 {
            continue;
        }
        stories_split += 1;
        pieces_total += pieces.len();
        let main_group = pieces
            .iter()
            .filter(|(g, _)| g.is_some())
            .max_by_key(|(g, m)| (m.len(), std::cmp::Reverse(**g)))
            .map(|(g, _)| *g)
            .unwrap();
        let main = &pieces[&main_group];
        let verbose = shown < show;
        if verbose {
            shown += 1;
            println!(
                "\n== story {t} ({} articles, {} pieces: {:?})",
                members.len(),
                pieces.len(),
                pieces.values().map(|v| v.len()).collect::<Vec<_>>()
            );
        }
        for (g, piece) in &pieces {
            if *g == main_group {
                continue;
            }
            for &x in piece {
                let why = if g.is_none() {
                    "non-article"
                } else {
                    let to_main: Vec<f32> = main.iter().map(|&m| sim(x, m)).collect();
                    let mean = to_main.iter().sum::<f32>() / to_main.len() as f32;
                    let kept_mean = main
                        .iter()
                        .map(|&m| kept.get(&(x.min(m) as u32, x.max(m) as u32)).copied().unwrap_or(0.0))
                        .sum::<f32>()
                        / main.len() as f32;
                    let own = &group_members[&g.unwrap()];
                    let foreign = own.iter().filter(|&&o| truth[o] != t).count();
                    if mean >= threshold && kept_mean < threshold {
                        "links missing (mean to main >= threshold)"
                    } else if mean >= threshold {
                        "mean to main >= threshold, kept too (group pulls)"
                    } else if words[x] < 150 {
                        "low similarity, short page (<150 words)"
                    } else if foreign > 0 {
                        "low similarity, sits with another story"
                    } else if mean >= 0.75 * threshold {
                        "low similarity, near miss (>= 0.75 thr)"
                    } else {
                        "low similarity"
                    }
                };
                *c.entry(why).or_default() += 1;
                if verbose {
                    let to_main: Vec<f32> = main.iter().map(|&m| sim(x, m)).collect();
                    let max = to_main.iter().copied().fold(0.0f32, f32::max);
                    let mean = to_main.iter().sum::<f32>() / to_main.len() as f32;
                    let links =
                        main.iter().filter(|&&m| kept.contains_key(&(x.min(m) as u32, x.max(m) as u32))).count();
                    let own = g.map(|g| group_members[&g].len()).unwrap_or(0);
                    let foreign = g.map(|g| group_members[&g].iter().filter(|&&o| truth[o] != t).count()).unwrap_or(0);
                    let head: String = pile_articles[x].article.text.chars().take(70).collect();
                    println!(
                        "  [{x}] {} words, group {own} ({foreign} foreign), to main({}): mean {mean:.3} max {max:.3} kept {links} | {why} | {}",
                        words[x],
                        main.len(),
                        head.replace('\n', " ")
                    );
                }
            }
        }
    }
    println!("\nstories with 2+ scored articles {stories_multi}, split {stories_split} into {pieces_total} pieces");
    let mut reasons: Vec<_> = c.into_iter().collect();
    reasons.sort_by_key(|r| std::cmp::Reverse(r.1));
    for (why, k) in reasons {
        println!("  split-off articles: {k:4}  {why}");
    }
    println!(
        "same-story pairs of news articles {pairs_true}: kept {pairs_kept}, below floor {pairs_floor}, cut by link cap {pairs_cap}, never a candidate {pairs_nocand}"
    );
    group_pairs(&pile, &settings, &truth, &assigned, &group_members, &kept);
}

/// Group pairs joined by a kept link: is a centroid-like similarity a better
/// merge signal than the mean of their pairs? Each group gets its story by
/// majority; prints how same-story and other-story group pairs score.
fn group_pairs(
    pile: &Pile,
    settings: &Settings,
    truth: &[usize],
    assigned: &[Option<usize>],
    members: &FxHashMap<usize, Vec<usize>>,
    kept: &FxHashMap<(u32, u32), f32>,
) {
    let sim = |a: usize, b: usize| if a == b { 1.0 } else { settings.similarity(&pile.evidence(a.min(b), a.max(b))) };
    let majority = |g: usize| {
        let mut count: FxHashMap<usize, usize> = FxHashMap::default();
        for &m in &members[&g] {
            *count.entry(truth[m]).or_default() += 1;
        }
        count.into_iter().max_by_key(|&(t, k)| (k, std::cmp::Reverse(t))).unwrap().0
    };
    let within = |g: usize| {
        let m = &members[&g];
        m.iter().flat_map(|&a| m.iter().map(move |&b| (a, b))).map(|(a, b)| sim(a, b)).sum::<f32>()
    };
    let mut seen: FxHashSet<(usize, usize)> = FxHashSet::default();
    let mut rows: Vec<(bool, f32, f32, f32, usize, usize)> = Vec::new();
    for &(a, b) in kept.keys() {
        let (Some(ga), Some(gb)) = (assigned[a as usize], assigned[b as usize]) else { continue };
        if ga == gb || !seen.insert((ga.min(gb), ga.max(gb))) {
            continue;
        }
        let (ma, mb) = (&members[&ga], &members[&gb]);
        let cross: f32 = ma.iter().flat_map(|&x| mb.iter().map(move |&y| (x, y))).map(|(x, y)| sim(x, y)).sum();
        let mean = cross / (ma.len() * mb.len()) as f32;
        let centroid = cross / (within(ga) * within(gb)).sqrt();
        let max = ma.iter().flat_map(|&x| mb.iter().map(move |&y| sim(x, y))).fold(0.0f32, f32::max);
        rows.push((majority(ga) == majority(gb), mean, centroid, max, ma.len(), mb.len()));
    }
    let same: Vec<_> = rows.iter().filter(|r| r.0).collect();
    let other: Vec<_> = rows.iter().filter(|r| !r.0).collect();
    println!("\ngroup pairs joined by a kept link: {} same story, {} other", same.len(), other.len());
    for (name, pick) in [("mean", 1usize), ("centroid", 2), ("max", 3)] {
        let val = |r: &&(bool, f32, f32, f32, usize, usize)| [0.0, r.1, r.2, r.3][pick];
        let mut o: Vec<f32> = other.iter().map(val).collect();
        o.sort_by(|x, y| y.total_cmp(x));
        for cut in [0usize, 2, 5, 10, 20] {
            let bar = o.get(cut).copied().unwrap_or(0.0);
            let above = same.iter().filter(|r| val(r) > bar).count();
            println!(
                "  {name:8}: above the {cut:2}-th best other pair ({bar:.3}): {above} of {} same-story pairs",
                same.len()
            );
        }
    }
    let mut big: Vec<_> = same.iter().filter(|r| r.4 > 1 || r.5 > 1).collect();
    big.sort_by(|x, y| y.2.total_cmp(&x.2));
    for r in big.iter().take(15) {
        println!("  same-story pair sizes {}+{}: mean {:.3} centroid {:.3} max {:.3}", r.4, r.5, r.1, r.2, r.3);
    }
}
