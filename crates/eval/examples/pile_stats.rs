//! Diagnostic for a threshold that adapts to the pile: for a cluster file (or a
//! variant of it: lower-cased, cut to its first words, fewer clusters, one
//! half), B³ F1 over fixed thresholds and over adaptive settings, next to the
//! pile's background similarity.
//! cargo run --release -p chorus-eval --example pile_stats -- FILE [lower] [words=N] [clusters=N] [half=0|1]
use chorus_cluster::Settings;
use chorus_core::ingest::jsonl_clusters;
use chorus_eval::stories::ScoredPile;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let path = &args[1];
    let lower = args.iter().any(|a| a == "lower");
    let arg = |k: &str| args.iter().find_map(|a| a.strip_prefix(k)).and_then(|v| v.parse::<usize>().ok());
    let file = std::io::BufReader::new(std::fs::File::open(path).unwrap());
    let mut clusters: Vec<_> = jsonl_clusters(file, path).filter_map(|(_, c)| c.ok()).collect();
    if let Some(h) = arg("half=") {
        clusters = clusters.into_iter().enumerate().filter(|(k, _)| k % 2 == h).map(|(_, c)| c).collect();
    }
    if let Some(n) = arg("clusters=") {
        clusters.truncate(n);
    }
    for c in &mut clusters {
        for a in &mut c.articles {
            if let Some(n) = arg("words=") {
                a.text = a.text.split_whitespace().take(n).collect::<Vec<_>>().join(" ");
            }
            if lower {
                a.text = a.text.to_lowercase();
            }
        }
    }
    let pile = ScoredPile::new(&clusters, 1);
    let p = &pile.stories;
    let f1 = |s: &Settings| pile.f1(s);
    let base = Settings::default();
    let fixed = Settings { adapt: 0.0, ..base };
    let bg = p.threshold_with(&Settings { adapt: 1.0, ..base }) - base.threshold;
    println!("{} articles={} background={bg:.4}", args[1..].join(" "), pile.articles.len());
    let mut line = String::from("  fixed:");
    let mut best = (0.0, 0.0);
    for k in 4..=30 {
        let t = k as f32 / 100.0;
        let f = f1(&Settings { threshold: t, ..fixed });
        if f > best.1 {
            best = (t, f);
        }
        if k % 2 == 0 {
            line += &format!(" {t:.2}:{f:.3}");
        }
    }
    println!("{line}\n  best fixed {:.2}: {:.3}", best.0, best.1);
    for t0 in [0.12f32, 0.14, 0.16] {
        let mut line = format!("  adapt t0={t0}:");
        for b in [0.25f32, 0.5, 0.75, 1.0, 1.5] {
            let s = Settings { threshold: t0, adapt: b, ..base };
            line += &format!(" b{b}:{:.3}({:.3})", f1(&s), p.threshold_with(&s));
        }
        println!("{line}");
    }
}
