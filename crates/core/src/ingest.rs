//! ingest: read clusters from article files, directories, Multi-News text or JSONL.
//!
//! Article text is decoded once and never changed afterwards; the only split
//! made here is the Multi-News `|||||` separator between articles.

use std::fs;
use std::io::BufRead;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::article::{Article, Cluster};
use crate::error::{ChorusError, Result};

/// The separator between articles in the original Multi-News release.
pub const MULTINEWS_SEPARATOR: &str = "|||||";

/// File extensions read as article text when a directory is given.
const TEXT_EXTENSIONS: &[&str] = &["txt", "text", "md", "html", "htm"];

fn is_html(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
}

/// How far into a file to look for NUL bytes before calling it binary.
const BINARY_SNIFF_BYTES: usize = 8192;

/// Decode raw bytes as article text: UTF-8 (BOM stripped) or UTF-16 with a BOM.
/// Binary data and invalid UTF-8 are refused with the byte offset of the problem.
pub fn decode_text(bytes: &[u8], origin: &str) -> Result<String> {
    let origin = origin.to_string();
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return decode_utf16(rest, origin, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return decode_utf16(rest, origin, u16::from_be_bytes);
    }
    let body = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    if body.starts_with(b"%PDF-") {
        return Err(ChorusError::Pdf { origin });
    }
    let sniff = &body[..body.len().min(BINARY_SNIFF_BYTES)];
    if let Some(offset) = sniff.iter().position(|&b| b == 0) {
        return Err(ChorusError::Binary { origin, offset });
    }
    match std::str::from_utf8(body) {
        Ok(text) => Ok(text.to_string()),
        Err(e) => {
            let bom = bytes.len() - body.len();
            Err(ChorusError::InvalidUtf8 { origin, offset: bom + e.valid_up_to() })
        }
    }
}

fn decode_utf16(bytes: &[u8], origin: String, unit: fn([u8; 2]) -> u16) -> Result<String> {
    if !bytes.len().is_multiple_of(2) {
        return Err(ChorusError::InvalidUtf16 { origin });
    }
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    char::decode_utf16(units)
        .collect::<std::result::Result<String, _>>()
        .map_err(|_| ChorusError::InvalidUtf16 { origin })
}

/// Split one text into articles: Multi-News `|||||` separated text becomes
/// several articles, anything else one. Blank pieces are dropped.
pub fn split_articles(text: &str) -> Vec<String> {
    if text.contains(MULTINEWS_SEPARATOR) {
        text.split(MULTINEWS_SEPARATOR).map(str::trim).filter(|t| !t.is_empty()).map(str::to_string).collect()
    } else if text.trim().is_empty() {
        Vec::new()
    } else {
        vec![text.to_string()]
    }
}

/// Read one article file (it may hold several Multi-News articles).
pub fn read_article_file(path: &Path) -> Result<Vec<Article>> {
    let origin = path.display().to_string();
    let bytes = fs::read(path).map_err(|cause| ChorusError::Io { origin: origin.clone(), cause })?;
    if bytes.starts_with(b"%PDF-") {
        return Err(ChorusError::Pdf { origin });
    }
    if is_html(path) {
        let article = crate::html::extract(&crate::html::decode_page(&bytes), &origin)?;
        return Ok(vec![Article { path: Some(origin), ..article }]);
    }
    let text = decode_text(&bytes, &origin)?;
    let pieces = split_articles(&text);
    if pieces.is_empty() {
        return Err(ChorusError::Empty { origin });
    }
    Ok(pieces
        .into_iter()
        .map(|text| Article { title: headline(&text), text, path: Some(origin.clone()), ..Article::default() })
        .collect())
}

/// The headline of a plain-text article: a short first line without closing
/// punctuation, set off from the body by a blank line. The text keeps it.
pub fn headline(text: &str) -> Option<String> {
    let text = text.trim_start();
    let (first, rest) = text.split_once('\n')?;
    let first = first.trim();
    let words = first.split_whitespace().count();
    let blank_after = rest.trim_start_matches([' ', '\t', '\r']).starts_with('\n');
    let ends_open = !first.ends_with(['.', '!', '?', ':', ';', ',', '"', '\u{201d}', '\'', '\u{2019}', ')', '…']);
    let one_sentence = !first.contains(". ") && !first.contains("? ") && !first.contains("! ");
    let body_follows = rest.split_whitespace().nth(9).is_some();
    (blank_after && ends_open && one_sentence && body_follows && (2..=20).contains(&words)).then(|| first.to_string())
}

/// The article files of a directory, sorted by name so runs are reproducible.
pub fn article_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let origin = dir.display().to_string();
    let entries = fs::read_dir(dir).map_err(|cause| ChorusError::Io { origin: origin.clone(), cause })?;
    let mut files: Vec<PathBuf> =
        entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_file() && has_text_extension(p)).collect();
    files.sort();
    if files.is_empty() {
        return Err(ChorusError::EmptyDirectory { origin });
    }
    Ok(files)
}

fn has_text_extension(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| TEXT_EXTENSIONS.iter().any(|t| t.eq_ignore_ascii_case(e)))
}

/// Read a cluster from files and directories given on the command line.
pub fn read_cluster_from_paths(paths: &[PathBuf]) -> Result<Cluster> {
    let mut articles = Vec::new();
    for path in paths {
        if path.is_dir() {
            for file in article_files(path)? {
                articles.extend(read_article_file(&file)?);
            }
        } else {
            articles.extend(read_article_file(path)?);
        }
    }
    let id = match paths {
        [one] => one.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default(),
        _ => "cluster".to_string(),
    };
    Ok(Cluster { id, articles, reference: None })
}

/// Read a cluster from text on standard input (articles separated by `|||||`).
pub fn read_cluster_from_text(text: &str, origin: &str) -> Result<Cluster> {
    let articles: Vec<Article> = split_articles(text).into_iter().map(Article::from_text).collect();
    if articles.is_empty() {
        return Err(ChorusError::Empty { origin: origin.to_string() });
    }
    Ok(Cluster { id: origin.to_string(), articles, reference: None })
}

/// The optional fields of an article in JSON input.
#[derive(Deserialize)]
struct ArticleFields {
    text: String,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    published: Option<String>,
}

impl From<ArticleFields> for Article {
    fn from(f: ArticleFields) -> Self {
        Article {
            text: f.text,
            source: f.source,
            title: f.title,
            url: f.url,
            published: f.published,
            ..Article::default()
        }
    }
}

#[derive(Deserialize)]
#[serde(untagged)]
enum DocumentLine {
    Text(String),
    Html {
        html: String,
        #[serde(default)]
        source: Option<String>,
        #[serde(default)]
        url: Option<String>,
    },
    Full(ArticleFields),
    /// A page to fetch: `{"url": ...}` without `text` or `html`.
    Url {
        url: String,
        #[serde(default)]
        source: Option<String>,
        #[serde(default)]
        title: Option<String>,
        #[serde(default)]
        published: Option<String>,
    },
}

/// One document of a cluster line as read: an article at hand, or a page to
/// fetch. chorus-core never touches the network: a caller that can fetch
/// (the CLI, with chorus-fetch) reads lines with [`parse_pending_cluster_line`]
/// and turns `Fetch` documents into articles with [`PendingCluster::resolve`];
/// [`parse_cluster_line`] refuses them with a clear error instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Document {
    Ready(Article),
    /// `url` is the page; `given` holds the fields the line itself gave
    /// (source, title, published), which win over what the page says.
    Fetch {
        url: String,
        given: Article,
    },
}

/// A cluster line whose URL documents are not fetched yet.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PendingCluster {
    pub id: String,
    pub documents: Vec<Document>,
    pub reference: Option<String>,
}

impl PendingCluster {
    /// The URLs still to fetch, in document order.
    pub fn urls(&self) -> Vec<&str> {
        self.documents
            .iter()
            .filter_map(|d| match d {
                Document::Fetch { url, .. } => Some(url.as_str()),
                Document::Ready(_) => None,
            })
            .collect()
    }

    /// The cluster, with each URL document replaced by what `fetched` gives
    /// for its URL (documents keep their order). A URL that failed is left
    /// out and its error returned; the cluster is an error only when no
    /// article at all remains.
    pub fn resolve<E: std::fmt::Display>(
        self,
        mut fetched: impl FnMut(&str) -> std::result::Result<Article, E>,
    ) -> (Result<Cluster>, Vec<E>) {
        let mut articles = Vec::new();
        let mut failures = Vec::new();
        for doc in self.documents {
            match doc {
                Document::Ready(article) => articles.push(article),
                Document::Fetch { url, given } => match fetched(&url) {
                    Ok(page) => articles.push(Article {
                        source: given.source.or(page.source),
                        title: given.title.or(page.title),
                        published: given.published.or(page.published),
                        ..page
                    }),
                    Err(e) => failures.push(e),
                },
            }
        }
        articles.retain(|a| !a.text.trim().is_empty());
        let cluster = if articles.is_empty() {
            let message = failures.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ");
            Err(ChorusError::NoArticle { origin: self.id, message })
        } else {
            Ok(Cluster { id: self.id, articles, reference: self.reference })
        };
        (cluster, failures)
    }
}

/// A JSON id of any type as text; the line's origin when there is none.
fn id_or_origin(id: Option<serde_json::Value>, origin: &str) -> String {
    match id {
        Some(serde_json::Value::String(s)) => s,
        Some(other) => other.to_string(),
        None => origin.to_string(),
    }
}

#[derive(Deserialize)]
struct ClusterLine {
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    documents: Option<Vec<DocumentLine>>,
    /// The original Multi-News field: all articles in one `|||||` separated string.
    #[serde(default)]
    document: Option<String>,
    #[serde(default)]
    summary: Option<String>,
}

/// The fields a cluster line may have.
const CLUSTER_FIELDS: &[&str] = &["id", "documents", "document", "summary"];

/// Say in words what is wrong with a cluster line that serde refused or that
/// gave no article: serde's own words name internal types ("untagged enum
/// DocumentLine"). None when nothing better can be said.
fn explain_cluster_line(line: &str) -> Option<String> {
    let value: serde_json::Value = serde_json::from_str(line).ok()?;
    let Some(object) = value.as_object() else {
        return Some("a cluster line must be a JSON object with \"documents\"".into());
    };
    if let Some(unknown) = object.keys().find(|k| !CLUSTER_FIELDS.contains(&k.as_str())) {
        if !object.contains_key("documents") && !object.contains_key("document") {
            return Some(format!(
                "unknown field `{unknown}`; a cluster has `documents` (a list of strings or objects) \
                 and optionally `id` and `summary`"
            ));
        }
    }
    match object.get("documents") {
        Some(serde_json::Value::Array(docs)) => docs.iter().enumerate().find_map(|(k, doc)| match doc {
            serde_json::Value::String(_) => None,
            serde_json::Value::Object(fields)
                if !fields.contains_key("text") && !fields.contains_key("html") && !fields.contains_key("url") =>
            {
                Some(format!("documents[{k}] has neither `text`, `html` nor `url`"))
            }
            serde_json::Value::Object(fields) => fields.iter().find_map(|(name, v)| {
                (!v.is_string() && !v.is_null()).then(|| format!("documents[{k}].{name} must be a string"))
            }),
            _ => Some(format!("documents[{k}] must be a string or an object with `text`, `html` or `url`")),
        }),
        Some(serde_json::Value::Null) | None => None,
        Some(_) => Some("documents must be a list of strings or objects".into()),
    }
}

/// Parse one JSONL line in the cluster schema. `origin` names the file and line
/// (e.g. `dev.jsonl:17`) and is used for the id when the line has none.
/// A `{"url"}` document is an error here: only callers that fetch read those,
/// with [`parse_pending_cluster_line`].
pub fn parse_cluster_line(line: &str, origin: &str) -> Result<Cluster> {
    let pending = parse_pending_cluster_line(line, origin)?;
    if let Some(k) = pending.documents.iter().position(|d| matches!(d, Document::Fetch { .. })) {
        return Err(ChorusError::Json {
            origin: origin.to_string(),
            message: format!(
                "documents[{k}] is a URL without `text` or `html`; pages are fetched only by \
                 `chorus summarize`/`brief` (send the page's `html` instead)"
            ),
        });
    }
    let PendingCluster { id, documents, reference } = pending;
    let articles = documents
        .into_iter()
        .filter_map(|d| match d {
            Document::Ready(a) => Some(a),
            Document::Fetch { .. } => None,
        })
        .collect();
    Ok(Cluster { id, articles, reference })
}

/// Parse one JSONL line in the cluster schema, keeping `{"url"}` documents
/// (no `text`, no `html`) as [`Document::Fetch`] for the caller to fetch.
pub fn parse_pending_cluster_line(line: &str, origin: &str) -> Result<PendingCluster> {
    let json_error = |message: String| ChorusError::Json { origin: origin.to_string(), message };
    let parsed: ClusterLine = serde_json::from_str(line)
        .map_err(|e| json_error(explain_cluster_line(line).unwrap_or_else(|| e.to_string())))?;
    let mut documents = Vec::new();
    let push_ready = |article: Article, documents: &mut Vec<Document>| {
        // A document that is itself Multi-News joined text becomes several articles.
        let pieces = split_articles(&article.text);
        if pieces.len() == 1 && pieces[0] == article.text {
            documents.push(Document::Ready(article));
        } else {
            documents.extend(pieces.into_iter().map(|text| Document::Ready(Article { text, ..article.clone() })));
        }
    };
    for doc in parsed.documents.unwrap_or_default() {
        match doc {
            DocumentLine::Text(text) => push_ready(Article::from_text(text), &mut documents),
            DocumentLine::Full(fields) => push_ready(fields.into(), &mut documents),
            DocumentLine::Html { html, source, url } => {
                let a = crate::html::extract(&html, origin)?;
                push_ready(Article { source: source.or(a.source), url: url.or(a.url), ..a }, &mut documents);
            }
            DocumentLine::Url { url, source, title, published } => {
                let given = Article { source, title, published, ..Article::default() };
                documents.push(Document::Fetch { url, given });
            }
        }
    }
    if let Some(joined) = parsed.document {
        documents.extend(split_articles(&joined).into_iter().map(|t| Document::Ready(Article::from_text(t))));
    }
    documents.retain(|d| match d {
        Document::Ready(a) => !a.text.trim().is_empty(),
        Document::Fetch { .. } => true,
    });
    if documents.is_empty() {
        if let Some(message) = explain_cluster_line(line) {
            return Err(json_error(message));
        }
        return Err(ChorusError::Empty { origin: origin.to_string() });
    }
    Ok(PendingCluster { id: id_or_origin(parsed.id, origin), documents, reference: parsed.summary })
}

#[derive(Deserialize)]
struct ArticleLine {
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(flatten)]
    fields: ArticleFields,
}

/// Parse one JSONL line holding a single article:
/// `{"id": "...", "text": "...", "source"?, "title"?, "url"?, "published"?}`.
pub fn parse_article_line(line: &str, origin: &str) -> Result<(String, Article)> {
    let parsed: ArticleLine = serde_json::from_str(line)
        .map_err(|e| ChorusError::Json { origin: origin.to_string(), message: e.to_string() })?;
    if parsed.fields.text.trim().is_empty() {
        return Err(ChorusError::Empty { origin: origin.to_string() });
    }
    Ok((id_or_origin(parsed.id, origin), parsed.fields.into()))
}

/// Stream lines of a JSONL file through `parse`, one at a time: 1-based line
/// numbers, blank lines skipped, a bad line an error for that line only.
pub fn jsonl_lines<R: BufRead, T>(
    reader: R,
    name: &str,
    parse: fn(&str, &str) -> Result<T>,
) -> impl Iterator<Item = (usize, Result<T>)> {
    let mut reader = reader;
    let name = name.to_string();
    let mut line_no = 0usize;
    let mut buf = Vec::new();
    std::iter::from_fn(move || loop {
        buf.clear();
        line_no += 1;
        let origin = format!("{name}:{line_no}");
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => return None,
            Ok(_) => {}
            Err(cause) => return Some((line_no, Err(ChorusError::Io { origin, cause }))),
        }
        let text = match std::str::from_utf8(&buf) {
            Ok(t) => t,
            Err(e) => return Some((line_no, Err(ChorusError::InvalidUtf8 { origin, offset: e.valid_up_to() }))),
        };
        if text.trim().is_empty() {
            continue;
        }
        let parsed = crate::isolate(&origin, || parse(text, &origin));
        return Some((line_no, parsed.map_err(|error| with_record_id(error, text))));
    })
}

/// Name the record's `id` in an error when the line still shows one, so an
/// error record can say which input failed even when the rest of it is bad.
fn with_record_id(error: ChorusError, line: &str) -> ChorusError {
    #[derive(Deserialize)]
    struct IdOnly {
        #[serde(default)]
        id: Option<serde_json::Value>,
    }
    match serde_json::from_str::<IdOnly>(line) {
        Ok(IdOnly { id: Some(id) }) => ChorusError::Record { id: id_or_origin(Some(id), ""), error: Box::new(error) },
        _ => error,
    }
}

/// Like [`jsonl_clusters`], keeping `{"url"}` documents for the caller to fetch.
pub fn jsonl_pending_clusters<R: BufRead>(
    reader: R,
    name: &str,
) -> impl Iterator<Item = (usize, Result<PendingCluster>)> {
    jsonl_lines(reader, name, parse_pending_cluster_line)
}

/// One line of a JSONL stream: its 1-based number and what it parsed to.
pub type NumberedCluster = (usize, Result<Cluster>);

/// Stream clusters from JSONL, one line at a time, so memory stays bounded by
/// the longest line rather than the whole input. Blank lines are skipped;
/// invalid UTF-8 or JSON on a line yields an error for that line only.
pub fn jsonl_clusters<R: BufRead>(reader: R, name: &str) -> impl Iterator<Item = NumberedCluster> {
    jsonl_lines(reader, name, parse_cluster_line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_utf8_with_bom_and_utf16() {
        assert_eq!(decode_text(b"\xEF\xBB\xBFhello", "x").unwrap(), "hello");
        let utf16: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain("hé".encode_utf16().flat_map(|u| u.to_le_bytes())).collect();
        assert_eq!(decode_text(&utf16, "x").unwrap(), "hé");
    }

    #[test]
    fn refuses_binary_and_names_the_byte() {
        match decode_text(b"abc\0def", "f.txt") {
            Err(ChorusError::Binary { offset: 3, .. }) => {}
            other => panic!("{other:?}"),
        }
        match decode_text(b"abcd\xFFxyz", "f.txt") {
            Err(ChorusError::InvalidUtf8 { offset: 4, .. }) => {}
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_short_first_line_set_off_by_a_blank_line_is_the_headline() {
        let body = "The council approved the budget on Tuesday night after a long debate about roads, \
                    schools and the old bridge downtown.";
        assert_eq!(headline(&format!("Council passes budget\n\n{body}")).as_deref(), Some("Council passes budget"));
        assert_eq!(headline(&format!("The council met.\n\n{body}")), None, "a sentence, not a headline");
        assert_eq!(headline(&format!("Council passes budget\n{body}")), None, "no blank line after it");
        assert_eq!(headline(&format!("A caption. NBC News\n\n{body}")), None, "a caption with a credit");
        assert_eq!(headline(body), None);
    }

    #[test]
    fn refuses_a_pdf_by_its_signature() {
        let err = decode_text(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "report.txt").unwrap_err();
        assert!(matches!(err, ChorusError::Pdf { .. }), "{err}");
        assert!(err.to_string().contains("report.txt: this is a PDF"), "{err}");
    }

    #[test]
    fn schema_errors_are_said_in_words() {
        let said = |line: &str| parse_cluster_line(line, "in.jsonl:2").unwrap_err().to_string();
        let err = said(r#"{"id": "a", "docs": ["text"]}"#);
        assert!(err.contains("unknown field `docs`"), "{err}");
        let err = said(r#"{"documents": "one long text"}"#);
        assert!(err.contains("documents must be a list of strings or objects"), "{err}");
        let err = said(r#"{"documents": ["fine", 42]}"#);
        assert!(err.contains("documents[1] must be a string or an object"), "{err}");
        let err = said(r#"{"documents": [{"body": "x"}]}"#);
        assert!(err.contains("documents[0] has neither `text`, `html` nor `url`"), "{err}");
        let err = said(r#"{"documents": [{"text": "x", "title": 5}]}"#);
        assert!(err.contains("documents[0].title must be a string"), "{err}");
        assert!(!err.contains("untagged"), "{err}");
    }

    #[test]
    fn a_bad_record_keeps_its_id_and_a_panic_stays_in_its_line() {
        fn parse(line: &str, origin: &str) -> Result<Cluster> {
            if line.contains("boom") {
                panic!("parser bug");
            }
            parse_cluster_line(line, origin)
        }
        let input =
            "{\"id\": \"x1\", \"documents\": 3}\n{\"id\": 9, \"documents\": [\"boom\"]}\n{\"documents\": [\"ok\"]}\n";
        let results: Vec<_> = jsonl_lines(input.as_bytes(), "s", parse).collect();
        assert_eq!(results.len(), 3);
        let first = results[0].1.as_ref().unwrap_err();
        assert_eq!(first.record_id(), Some("x1"));
        let second = results[1].1.as_ref().unwrap_err();
        assert_eq!(second.record_id(), Some("9"));
        assert!(second.to_string().contains("internal error") && second.to_string().contains("parser bug"));
        assert!(results[2].1.is_ok());
    }

    #[test]
    fn url_documents_wait_for_a_fetcher() {
        let line = r#"{"id": "c", "documents": ["Local text.", {"url": "http://a/1", "title": "Given"}, {"url": "http://a/2"}]}"#;
        let err = parse_cluster_line(line, "x:1").unwrap_err().to_string();
        assert!(err.contains("documents[1] is a URL"), "{err}");
        let pending = parse_pending_cluster_line(line, "x:1").unwrap();
        assert_eq!(pending.urls(), vec!["http://a/1", "http://a/2"]);
        let (cluster, failures) = pending.clone().resolve(|url| {
            if url.ends_with('1') {
                Ok(Article { title: Some("Page".into()), url: Some(url.into()), ..Article::from_text("Fetched.") })
            } else {
                Err(format!("{url}: HTTP status 404"))
            }
        });
        let cluster = cluster.unwrap();
        assert_eq!(cluster.articles.len(), 2);
        assert_eq!(cluster.articles[1].text, "Fetched.");
        assert_eq!(cluster.articles[1].title.as_deref(), Some("Given"), "the line's fields win");
        assert_eq!(failures, vec!["http://a/2: HTTP status 404".to_string()]);
        let only_urls =
            parse_pending_cluster_line(r#"{"id": "u", "documents": [{"url": "http://a/2"}]}"#, "x:2").unwrap();
        let (cluster, _) = only_urls.resolve(|url| Err::<Article, _>(format!("{url}: HTTP status 404")));
        let err = cluster.unwrap_err().to_string();
        assert_eq!(err, "u: no article could be read: http://a/2: HTTP status 404");
    }

    #[test]
    fn splits_multinews_text() {
        assert_eq!(split_articles("a b ||||| c d |||||  "), vec!["a b", "c d"]);
        assert_eq!(split_articles("   "), Vec::<String>::new());
    }

    #[test]
    fn parses_both_document_forms() {
        let c = parse_cluster_line(
            r#"{"id": 7, "documents": ["one", {"text": "two", "source": "AP"}], "summary": "s"}"#,
            "x:1",
        )
        .unwrap();
        assert_eq!(c.id, "7");
        assert_eq!(c.articles.len(), 2);
        assert_eq!(c.articles[1].source.as_deref(), Some("AP"));
        assert_eq!(c.reference.as_deref(), Some("s"));
        let c = parse_cluster_line(r#"{"document": "a ||||| b"}"#, "x:2").unwrap();
        assert_eq!(c.articles.len(), 2);
        assert_eq!(c.id, "x:2");
    }

    #[test]
    fn json_errors_name_the_line() {
        let err = parse_cluster_line("{\"documents\": [", "in.jsonl:3").unwrap_err();
        assert!(err.to_string().starts_with("in.jsonl:3: malformed JSON"), "{err}");
        let err = parse_cluster_line(r#"{"documents": []}"#, "in.jsonl:4").unwrap_err();
        assert!(matches!(err, ChorusError::Empty { .. }));
    }

    #[test]
    fn jsonl_stream_keeps_going_after_a_bad_line() {
        let input = "{\"documents\": [\"a\"]}\nnot json\n\n{\"documents\": [\"b\"]}\n";
        let results: Vec<_> = jsonl_clusters(input.as_bytes(), "s").collect();
        assert_eq!(results.len(), 3);
        assert!(results[0].1.is_ok());
        assert!(results[1].1.is_err());
        assert_eq!(results[2].0, 4);
    }
}
