//! The brief of one cluster, as `chorus brief` prints it, without building the CLI:
//! cargo run -p chorus-brief --example show_brief -- markdown|json|text PATH...
fn main() {
    let mut args = std::env::args().skip(1);
    let format = match args.next().as_deref() {
        Some("json") => chorus_core::Format::Json,
        Some("text") => chorus_core::Format::Text,
        _ => chorus_core::Format::Markdown,
    };
    let paths: Vec<std::path::PathBuf> = args.map(Into::into).collect();
    let cluster = chorus_core::ingest::read_cluster_from_paths(&paths).expect("readable cluster");
    let brief = chorus_brief::brief(&cluster, &chorus_core::Options::default()).expect("a brief");
    println!("{}", chorus_brief::render(&brief, format));
}
