//! The preview's HTTP server: files from the in-memory site, the live-reload endpoint,
//! and the error overlay. Nothing here touches the disk, so no request can reach a
//! file outside the site.

use std::convert::Infallible;
use std::sync::{Arc, RwLock};

use axum::body::Body;
use axum::extract::State;
use axum::http::{header, HeaderValue, Method, StatusCode, Uri};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use tokio::sync::broadcast;
use tokio_stream::wrappers::BroadcastStream;
use tokio_stream::{Stream, StreamExt};

use crate::error::Diagnostic;
use crate::preview::Preview;

/// Where the live-reload script and its event stream are served (outside any site path).
pub const LIVE_JS: &str = "/__briefing/live.js";
pub const EVENTS: &str = "/__briefing/events";

/// What the browser is told after a rebuild.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LiveEvent {
    /// Pages changed: reload.
    Reload,
    /// Only stylesheets changed: swap them without a reload.
    Css,
    /// The last build failed: show these errors over the page.
    Failed(Vec<Diagnostic>),
}

/// State shared by the server and the watcher.
pub struct Shared {
    /// The site; `None` until a first build succeeds.
    pub preview: RwLock<Option<Preview>>,
    /// Errors of the last build; empty when it succeeded.
    pub errors: RwLock<Vec<Diagnostic>>,
    pub events: broadcast::Sender<LiveEvent>,
    /// The base path the site is served under (`/` or `/briefing/`).
    pub base_path: String,
}

pub fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route(LIVE_JS, get(live_js))
        .route(EVENTS, get(events))
        .fallback(site_file)
        .with_state(shared)
}

async fn live_js() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        include_str!("live.js"),
    )
        .into_response()
}

async fn events(
    State(shared): State<Arc<Shared>>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    // A page that connects while the build is broken gets the overlay at once.
    let current = shared.errors.read().map(|e| e.clone()).unwrap_or_default();
    let first = (!current.is_empty()).then_some(LiveEvent::Failed(current));
    let updates = BroadcastStream::new(shared.events.subscribe()).filter_map(|e| e.ok());
    let stream = tokio_stream::iter(first)
        .chain(updates)
        .map(|e| Ok(to_sse(&e)));
    Sse::new(stream).keep_alive(KeepAlive::default())
}

fn to_sse(e: &LiveEvent) -> Event {
    match e {
        LiveEvent::Reload => Event::default().event("reload").data("reload"),
        LiveEvent::Css => Event::default().event("css").data("css"),
        LiveEvent::Failed(errors) => {
            let lines: Vec<String> = errors.iter().map(|d| d.to_string()).collect();
            Event::default()
                .event("build-error")
                .data(serde_json::to_string(&lines).unwrap_or_default())
        }
    }
}

/// Why a request path is refused before any lookup.
fn unsafe_path(decoded: &str) -> bool {
    decoded.contains('\0')
        || decoded.contains('\\')
        || decoded.split('/').any(|seg| seg == ".." || seg == ".")
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

async fn site_file(State(shared): State<Arc<Shared>>, method: Method, uri: Uri) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return StatusCode::METHOD_NOT_ALLOWED.into_response();
    }
    let Some(path) = percent_decode(uri.path()) else {
        return StatusCode::BAD_REQUEST.into_response();
    };
    if unsafe_path(&path) {
        return StatusCode::BAD_REQUEST.into_response();
    }
    let base = shared.base_path.as_str();
    if path.len() + 1 == base.len() && base.starts_with(&path) {
        return redirect(base);
    }
    let Some(rel) = path.strip_prefix(base) else {
        return not_found(&shared);
    };
    let candidate = if rel.is_empty() || rel.ends_with('/') {
        format!("{rel}index.html")
    } else {
        rel.to_string()
    };
    let (found, folder) = {
        let Ok(preview) = shared.preview.read() else {
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        };
        let Some(preview) = preview.as_ref() else {
            return not_found(&shared);
        };
        let found = preview.get(&candidate);
        let folder = found.is_none() && preview.get(&format!("{rel}/index.html")).is_some();
        (found, folder)
    };
    if folder {
        return redirect(&format!("{path}/"));
    }
    match found {
        Some(bytes) => respond(&shared, StatusCode::OK, &candidate, &bytes),
        None => not_found(&shared),
    }
}

fn redirect(to: &str) -> Response {
    (
        StatusCode::MOVED_PERMANENTLY,
        [(header::LOCATION, to.to_string())],
    )
        .into_response()
}

fn not_found(shared: &Shared) -> Response {
    let page = shared.preview.read().ok().and_then(|p| {
        p.as_ref()
            .and_then(|p| p.get(crate::site::paths::NOT_FOUND))
    });
    // Before any build succeeded there is no themed page: a bare one still shows errors.
    let fallback = b"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head><body><p>Not found.</p></body></html>";
    match page {
        Some(bytes) => respond(shared, StatusCode::NOT_FOUND, "404.html", &bytes),
        None => respond(shared, StatusCode::NOT_FOUND, "404.html", fallback),
    }
}

fn respond(shared: &Shared, status: StatusCode, name: &str, bytes: &[u8]) -> Response {
    let mime = mime_guess::from_path(name).first_or_octet_stream();
    let is_html = mime.essence_str() == "text/html";
    let content_type = if mime.type_() == "text"
        || mime.essence_str() == "application/javascript"
        || mime.essence_str() == "application/json"
    {
        format!("{}; charset=utf-8", mime.essence_str())
    } else {
        mime.essence_str().to_string()
    };
    let body = if is_html {
        let errors = shared.errors.read().map(|e| e.clone()).unwrap_or_default();
        Body::from(inject(bytes, &errors))
    } else {
        Body::from(bytes.to_vec())
    };
    let mut response = Response::new(body);
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(&content_type)
            .unwrap_or(HeaderValue::from_static("application/octet-stream")),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// The live-reload script, and the error overlay while the build is broken, added to a
/// served HTML page before `</body>`. Only responses get this; `output/` never does.
pub fn inject(html: &[u8], errors: &[Diagnostic]) -> Vec<u8> {
    let mut snippet = String::new();
    if !errors.is_empty() {
        snippet.push_str(&overlay(errors));
    }
    snippet.push_str(&format!("<script src=\"{LIVE_JS}\"></script>\n"));
    let at = find_last_ci(html, b"</body>").unwrap_or(html.len());
    let mut out = Vec::with_capacity(html.len() + snippet.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(snippet.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

fn find_last_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    (0..=hay.len().checked_sub(needle.len())?)
        .rev()
        .find(|&i| hay[i..i + needle.len()].eq_ignore_ascii_case(needle))
}

/// The error overlay's markup: errors as escaped text, styled inline so no theme can hide it.
pub fn overlay(errors: &[Diagnostic]) -> String {
    let items: String = errors
        .iter()
        .map(|d| format!("<li>{}</li>", escape(&d.to_string())))
        .collect();
    format!(
        "<div id=\"briefing-error-overlay\" role=\"alert\" style=\"position:fixed;inset:0 0 auto 0;z-index:2147483647;\
         max-height:60vh;overflow:auto;margin:0;padding:1rem 1.25rem;background:#2b0b0b;color:#ffd9d9;\
         font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;border-bottom:3px solid #ff5c5c\">\
         <strong style=\"display:block;color:#fff;margin-bottom:.4rem\">Build failed: showing the last good version</strong>\
         <ul style=\"margin:0;padding-left:1.2rem\">{items}</ul></div>\n"
    )
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn injects_before_body_end() {
        let out = String::from_utf8(inject(b"<html><body><p>x</p></BODY></html>", &[])).unwrap();
        assert!(
            out.contains("<p>x</p><script src=\"/__briefing/live.js\"></script>\n</BODY>"),
            "{out}"
        );
        let errs = [Diagnostic::at(
            std::path::Path::new("content/x.md"),
            4,
            "bad <date>",
        )];
        let out = String::from_utf8(inject(b"<body></body>", &errs)).unwrap();
        assert!(out.contains("content/x.md:4: bad &lt;date&gt;"), "{out}");
    }

    #[test]
    fn traversal_is_refused() {
        for p in ["/../etc/passwd", "/a/../../b", "/a\\..\\b", "/./x", "/a\0b"] {
            assert!(unsafe_path(p), "{p}");
        }
        assert_eq!(percent_decode("/%2e%2e/x").as_deref(), Some("/../x"));
        assert!(percent_decode("/%zz").is_none());
        assert!(!unsafe_path("/articles/x/"));
    }
}
