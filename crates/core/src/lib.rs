//! Chorus core: many news articles about one story → one short extractive
//! summary whose every sentence cites the articles that carry it.
//!
//! The pipeline, one module per stage (see ARCHITECTURE.md):
//! [`ingest`] → [`clean`] → [`segment`] → [`represent`] → [`select`] →
//! [`order`] → [`cite`] → [`render`]. [`pipeline::summarize`] runs it all.

pub mod article;
pub mod cite;
pub mod clean;
mod compiled;
pub mod error;
pub mod features;
pub mod html;
pub mod ingest;
pub mod isolate;
pub mod lexical;
pub mod order;
mod phrases;
pub mod pipeline;
pub mod prepared;
pub mod quote_marks;
pub mod render;
pub mod represent;
pub mod segment;
pub mod select;
mod stop_words;
pub mod summary;
pub mod surnames;
pub mod term_prior;

pub use article::{Article, Cluster};
pub use error::{ChorusError, Result};
pub use isolate::isolate;
pub use pipeline::{summarize, Options, DEFAULT_WORDS};
pub use prepared::{Prepared, Sentence};
pub use render::{render, Format};
pub use select::Budget;

pub use summary::{Citation, DocumentInfo, Summary, SummarySentence};
