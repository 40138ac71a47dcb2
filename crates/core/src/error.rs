//! Library errors. Each says what was wrong and where, so the CLI can pass it on as is.

use thiserror::Error;

#[derive(Debug, Error)]
pub enum ChorusError {
    #[error("{origin}: cannot read: {cause}")]
    Io { origin: String, cause: std::io::Error },
    #[error("{origin}: looks like a binary file (NUL byte at byte {offset}), not article text")]
    Binary { origin: String, offset: usize },
    #[error("{origin}: this is a PDF, not article text; extract its text first (e.g. `pdftotext`)")]
    Pdf { origin: String },
    #[error("{origin}: invalid UTF-8 at byte {offset}")]
    InvalidUtf8 { origin: String, offset: usize },
    #[error("{origin}: invalid UTF-16 text")]
    InvalidUtf16 { origin: String },
    #[error("{origin}: empty input (no article text)")]
    Empty { origin: String },
    #[error("{origin}: no readable article file in this directory (looked for .txt, .text, .md)")]
    EmptyDirectory { origin: String },
    #[error("{origin}: malformed JSON: {message}")]
    Json { origin: String, message: String },
    #[error("{origin}: cannot extract an article from this HTML: {message}")]
    Html { origin: String, message: String },
    /// Every document of a cluster was a page that could not be fetched or read.
    #[error("{origin}: no article could be read: {message}")]
    NoArticle { origin: String, message: String },
    #[error("invalid budget: {0}")]
    Budget(String),
    #[error("unknown method '{0}' (choose one of: {1})")]
    UnknownMethod(String, String),
    /// A bug met on this input: some code path panicked, and [`crate::isolate`]
    /// turned the panic into this input's error so the rest of a batch goes on.
    #[error("{origin}: internal error (a bug, please report it with this input): {message}")]
    Panic { origin: String, message: String },
    /// An error in one record of a batch whose `id` could still be read.
    #[error("{error}")]
    Record { id: String, error: Box<ChorusError> },
}

impl ChorusError {
    /// The `id` of the batch record this error belongs to, when known.
    pub fn record_id(&self) -> Option<&str> {
        match self {
            ChorusError::Record { id, .. } => Some(id),
            _ => None,
        }
    }
}

pub type Result<T, E = ChorusError> = std::result::Result<T, E>;
