//! serve: the HTTP API and the web page.
//!
//! `POST /v1/summarize` and `POST /v1/brief` take one cluster in the JSONL
//! cluster schema (plus optional `words`, `method`) and return exactly what
//! the CLI's `--format json` returns. `GET /` serves the page, whose assets
//! are compiled into the binary; `GET /healthz` says the service is up.
//!
//! Safe by default: loopback unless told otherwise, a body cap, a per-request
//! time limit, a cap on articles per cluster and on concurrent work (a
//! request waits a bounded time for a worker, then gets 503), every refusal a JSON error saying
//! what to change, a Content-Security-Policy that allows no inline script, and
//! article text only ever inserted into the page as text.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::rejection::JsonRejection;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use chorus_core::ingest::parse_cluster_line;
use chorus_core::{Budget, ChorusError, Cluster, Options};
use serde::Deserialize;
use serde_json::json;
use tokio::sync::Semaphore;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;

const INDEX_HTML: &str = include_str!("../assets/index.html");
const APP_JS: &str = include_str!("../assets/app.js");
const APP_CSS: &str = include_str!("../assets/app.css");

/// No inline script or style, nothing from other origins.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

#[derive(Debug, Clone)]
pub struct Config {
    pub addr: SocketAddr,
    pub max_body_bytes: usize,
    pub timeout: Duration,
    pub max_articles: usize,
    pub max_concurrent: usize,
    /// How long a request may wait for a free worker before it is refused (503).
    pub queue_timeout: Duration,
    /// Largest word budget a request may ask for.
    pub max_words: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            max_body_bytes: 8 * 1024 * 1024,
            timeout: Duration::from_secs(10),
            max_articles: 200,
            max_concurrent: std::thread::available_parallelism().map_or(2, |n| n.get()),
            queue_timeout: Duration::from_secs(5),
            max_words: 2000,
        }
    }
}

struct AppState {
    config: Config,
    work: Arc<Semaphore>,
}

/// An error answered as `{"error": "..."}` with its status.
struct ApiError(StatusCode, String);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.0, Json(json!({ "error": self.1 }))).into_response()
    }
}

fn reject(rejection: JsonRejection) -> ApiError {
    match rejection {
        JsonRejection::JsonSyntaxError(e) => {
            ApiError(StatusCode::BAD_REQUEST, format!("malformed JSON: {}", e.body_text()))
        }
        JsonRejection::JsonDataError(e) => {
            ApiError(StatusCode::UNPROCESSABLE_ENTITY, format!("wrong JSON shape: {}", e.body_text()))
        }
        JsonRejection::MissingJsonContentType(_) => {
            ApiError(StatusCode::UNSUPPORTED_MEDIA_TYPE, "send the cluster with Content-Type: application/json".into())
        }
        JsonRejection::BytesRejection(_) => {
            ApiError(StatusCode::PAYLOAD_TOO_LARGE, "request body too large: send fewer or shorter articles".into())
        }
        other => ApiError(StatusCode::BAD_REQUEST, other.body_text()),
    }
}

/// Summary options a request may add to the cluster.
#[derive(Deserialize, Default)]
struct RequestOptions {
    #[serde(default)]
    words: Option<usize>,
    #[serde(default)]
    sentences: Option<usize>,
    #[serde(default)]
    method: Option<String>,
}

#[derive(Clone, Copy)]
enum Product {
    Summary,
    Brief,
}

async fn produce(state: Arc<AppState>, body: serde_json::Value, product: Product) -> Result<Response, ApiError> {
    let config = &state.config;
    let opts: RequestOptions = serde_json::from_value(body.clone())
        .map_err(|e| ApiError(StatusCode::UNPROCESSABLE_ENTITY, format!("bad options: {e}")))?;
    let budget = match (opts.words, opts.sentences) {
        (_, Some(k)) => Budget::Sentences(k),
        (Some(n), None) if n > config.max_words => {
            return Err(ApiError(
                StatusCode::UNPROCESSABLE_ENTITY,
                format!("words must be at most {}", config.max_words),
            ))
        }
        (Some(n), None) => Budget::Words(n),
        (None, None) => Budget::Auto,
    };
    let options = Options { method: opts.method.unwrap_or_else(|| chorus_core::select::DEFAULT_METHOD.into()), budget };
    let cluster: Cluster = chorus_core::isolate("request", || parse_cluster_line(&body.to_string(), "request"))
        .map_err(|e| match e {
            ChorusError::Json { message, .. } => {
                ApiError(StatusCode::UNPROCESSABLE_ENTITY, format!("wrong JSON shape: {message}"))
            }
            panic @ ChorusError::Panic { .. } => ApiError(StatusCode::INTERNAL_SERVER_ERROR, panic.to_string()),
            other => ApiError(StatusCode::UNPROCESSABLE_ENTITY, other.to_string()),
        })?;
    if cluster.articles.len() > config.max_articles {
        return Err(ApiError(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("{} articles; at most {} per cluster", cluster.articles.len(), config.max_articles),
        ));
    }
    // Wait a bounded time for a free worker, then refuse: the queue never grows without bound.
    let permit = tokio::time::timeout(config.queue_timeout, state.work.clone().acquire_owned())
        .await
        .ok()
        .and_then(Result::ok)
        .ok_or_else(|| {
            ApiError(StatusCode::SERVICE_UNAVAILABLE, "busy: too many requests at once, retry shortly".into())
        })?;
    // The work keeps its permit until it really ends, even past the time
    // limit, so the concurrency cap holds however slow an input is.
    let work = tokio::task::spawn_blocking(move || {
        let _permit = permit;
        chorus_core::isolate("request", || match product {
            Product::Summary => {
                chorus_core::summarize(&cluster, &options).map(|s| serde_json::to_value(s).expect("serialises"))
            }
            Product::Brief => {
                chorus_brief::brief(&cluster, &options).map(|b| serde_json::to_value(b).expect("serialises"))
            }
        })
    });
    let result = tokio::time::timeout(config.timeout, work)
        .await
        .map_err(|_| {
            ApiError(
                StatusCode::GATEWAY_TIMEOUT,
                format!("took longer than {:?}: send fewer or shorter articles", config.timeout),
            )
        })?
        .map_err(|_| ApiError(StatusCode::INTERNAL_SERVER_ERROR, "the summarizer failed on this input".into()))?;
    match result {
        Ok(v) => Ok(Json(v).into_response()),
        Err(e @ ChorusError::Panic { .. }) => Err(ApiError(StatusCode::INTERNAL_SERVER_ERROR, e.to_string())),
        Err(e) => Err(ApiError(StatusCode::UNPROCESSABLE_ENTITY, e.to_string())),
    }
}

async fn summarize(
    State(state): State<Arc<AppState>>,
    body: Result<Json<serde_json::Value>, JsonRejection>,
) -> Result<Response, ApiError> {
    produce(state, body.map_err(reject)?.0, Product::Summary).await
}

async fn brief(
    State(state): State<Arc<AppState>>,
    body: Result<Json<serde_json::Value>, JsonRejection>,
) -> Result<Response, ApiError> {
    produce(state, body.map_err(reject)?.0, Product::Brief).await
}

fn asset(content_type: &'static str, body: &'static str) -> Response {
    ([(header::CONTENT_TYPE, content_type), (header::CACHE_CONTROL, "no-cache")], body).into_response()
}

/// One log line per request: method, path, status, duration.
async fn log(request: Request, next: Next) -> Response {
    let (method, path) = (request.method().clone(), request.uri().path().to_string());
    let started = Instant::now();
    let response = next.run(request).await;
    eprintln!("{method} {path} {} {:.1}ms", response.status().as_u16(), started.elapsed().as_secs_f64() * 1000.0);
    response
}

async fn not_found(method: Method) -> ApiError {
    let hint =
        if method == Method::GET { "GET / (page), GET /healthz" } else { "POST /v1/summarize or POST /v1/brief" };
    ApiError(StatusCode::NOT_FOUND, format!("no such endpoint; try {hint}"))
}

pub fn router(config: Config) -> Router {
    let timeout = config.timeout;
    let max_body = config.max_body_bytes;
    let state = Arc::new(AppState { work: Arc::new(Semaphore::new(config.max_concurrent.max(1))), config });
    Router::new()
        .route("/", get(|| async { asset("text/html; charset=utf-8", INDEX_HTML) }))
        .route("/app.js", get(|| async { asset("text/javascript; charset=utf-8", APP_JS) }))
        .route("/app.css", get(|| async { asset("text/css; charset=utf-8", APP_CSS) }))
        .route("/healthz", get(|| async { Json(json!({ "status": "ok" })) }))
        .route("/v1/summarize", post(summarize))
        .route("/v1/brief", post(brief))
        .fallback(not_found)
        .method_not_allowed_fallback(|| async {
            ApiError(StatusCode::METHOD_NOT_ALLOWED, "wrong method: POST to /v1/*, GET the page and /healthz".into())
        })
        .layer(DefaultBodyLimit::max(max_body))
        // A backstop for anything slower than the handlers' own limit (slow clients).
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, timeout + Duration::from_secs(5)))
        .layer(SetResponseHeaderLayer::overriding(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP)))
        .layer(SetResponseHeaderLayer::overriding(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")))
        .layer(SetResponseHeaderLayer::overriding(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer")))
        .layer(middleware::from_fn(log))
        .with_state(state)
}

/// Serve until Ctrl-C or SIGTERM; requests in flight finish first.
pub async fn serve(config: Config, listener: tokio::net::TcpListener) -> std::io::Result<()> {
    axum::serve(listener, router(config)).with_graceful_shutdown(shutdown_signal()).await
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    eprintln!("chorus serve: shutting down, finishing requests in flight");
}
