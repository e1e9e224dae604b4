//! `briefing serve`: build in memory, serve it, watch the files, rebuild only what an
//! edit touches, and reload the browser.
//!
//! The site is served from memory ([`crate::preview::Preview`]), never from `output/`,
//! which stays the published build. The live-reload script and the error overlay are
//! added to HTML responses only.

pub mod server;
pub mod watch;

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use std::time::Instant;

use tokio::sync::broadcast;

use crate::error::{Diagnostic, Error, Result};
use crate::preview::{Change, Preview};
use server::{LiveEvent, Shared};

/// The port tried first when none is given.
pub const DEFAULT_PORT: u16 = 1111;

/// What `briefing serve` was asked to do.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub root: PathBuf,
    /// `None`: the default port, or the next free one.
    pub port: Option<u16>,
    pub bind: IpAddr,
    pub open: bool,
    pub drafts: bool,
}

/// Run the preview server until the process is stopped.
pub fn serve(opts: ServeOptions) -> Result<()> {
    let root = std::fs::canonicalize(&opts.root).map_err(|e| Error::io("open", &opts.root, e))?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Error::Other(format!("cannot start the server runtime: {e}")))?;
    let listener = runtime.block_on(bind(opts.bind, opts.port))?;
    let addr = listener
        .local_addr()
        .map_err(|e| Error::Other(format!("cannot read the server address: {e}")))?;
    // Links in the preview are absolute for this server, under the site's own base path.
    let base_path = crate::load_config(&root, None)
        .map(|c| c.base().path)
        .unwrap_or_else(|_| "/".into());
    let host = if opts.bind.is_unspecified() {
        "127.0.0.1".to_string()
    } else {
        addr.ip().to_string()
    };
    let host = if host.contains(':') {
        format!("[{host}]")
    } else {
        host
    };
    let url = format!("http://{host}:{}{base_path}", addr.port());

    let (events, _) = broadcast::channel(64);
    let started = Instant::now();
    let (preview, errors) = match Preview::load(&root, Some(url.clone()), opts.drafts) {
        Ok(p) => {
            println!(
                "Built {} articles, {} files in memory in {:.0} ms",
                p.site().articles.len(),
                p.paths().len(),
                started.elapsed().as_secs_f64() * 1000.0
            );
            (Some(p), Vec::new())
        }
        Err(e) => {
            report_error(&e);
            (None, diagnostics_of(&e))
        }
    };
    let shared = Arc::new(Shared {
        preview: RwLock::new(preview),
        errors: RwLock::new(errors),
        events,
        base_path,
    });

    // Watch before saying we serve: an edit right after that line must not be missed.
    let watch = watch::Watch::start(&root)
        .map_err(|e| Error::Other(format!("cannot watch {}: {e}", root.display())))?;
    let (watcher_shared, watcher_root, watcher_url) = (shared.clone(), root.clone(), url.clone());
    std::thread::spawn(move || {
        watch_loop(
            watch,
            &watcher_root,
            &watcher_shared,
            watcher_url,
            opts.drafts,
        )
    });

    if opts.bind.is_unspecified() || !opts.bind.is_loopback() {
        eprintln!(
            "warning: serving on {addr}: the preview is exposed to other machines on your network"
        );
    }
    println!("Serving {} at {url} (Ctrl-C to stop)", root.display());
    if opts.open {
        if let Err(e) = opener::open(&url) {
            eprintln!("warning: could not open a browser: {e}");
        }
    }

    runtime.block_on(async move {
        let app = server::router(shared);
        tokio::select! {
            r = axum::serve(listener, app) => r.map_err(|e| Error::Other(format!("server error: {e}"))),
            _ = tokio::signal::ctrl_c() => Ok(()),
        }
    })
}

/// Bind the requested port, or the default and the next free ones.
async fn bind(ip: IpAddr, port: Option<u16>) -> Result<tokio::net::TcpListener> {
    let ports: Vec<u16> = match port {
        Some(p) => vec![p],
        None => (DEFAULT_PORT..DEFAULT_PORT + 20).collect(),
    };
    let mut last = None;
    for p in ports {
        match tokio::net::TcpListener::bind(SocketAddr::new(ip, p)).await {
            Ok(l) => return Ok(l),
            Err(e) => last = Some((p, e)),
        }
    }
    let (p, e) = last.unwrap_or((0, std::io::Error::other("no port")));
    Err(Error::Other(format!("cannot listen on {ip}:{p}: {e}")))
}

fn diagnostics_of(e: &Error) -> Vec<Diagnostic> {
    match e {
        Error::Input(d) => d.clone(),
        other => vec![Diagnostic::file(
            Path::new(crate::config::CONFIG_FILE),
            other.to_string(),
        )],
    }
}

fn report_error(e: &Error) {
    match e {
        Error::Input(diags) => {
            for d in diags {
                eprintln!("error: {d}");
            }
        }
        other => eprintln!("error: {other}"),
    }
}

/// Apply each batch of file events to the preview and tell the browsers.
fn watch_loop(mut watch: watch::Watch, root: &Path, shared: &Shared, url: String, drafts: bool) {
    while let Ok(mut paths) = watch.batches.recv() {
        // Drain what else arrived meanwhile: one rebuild for a burst.
        while let Ok(more) = watch.batches.try_recv() {
            paths.extend(more);
        }
        for dir in watch::newly_created(root, &paths) {
            let _ = watch.add(&dir);
        }
        let changes = watch::classify(root, &paths);
        if changes.is_empty() {
            continue;
        }
        let started = Instant::now();
        let css_only = changes == [Change::Static]
            && paths
                .iter()
                .all(|p| p.extension().is_some_and(|e| e == "css"));
        let result = {
            let Ok(mut guard) = shared.preview.write() else {
                return;
            };
            match guard.as_mut() {
                Some(preview) => {
                    let mut outcome = Ok(Default::default());
                    for change in &changes {
                        outcome = preview.apply(change);
                    }
                    outcome
                }
                None => match Preview::load(root, Some(url.clone()), drafts) {
                    Ok(p) => {
                        *guard = Some(p);
                        Ok(Default::default())
                    }
                    Err(e) => Err(e),
                },
            }
        };
        let ms = started.elapsed().as_secs_f64() * 1000.0;
        let what: Vec<String> = paths
            .iter()
            .filter_map(|p| p.strip_prefix(root).ok())
            .map(|p| p.display().to_string())
            .take(3)
            .collect();
        match result {
            Ok(update) => {
                if let Ok(mut errors) = shared.errors.write() {
                    errors.clear();
                }
                println!(
                    "{}: {} files updated, {} removed in {ms:.1} ms",
                    what.join(", "),
                    update.changed.len(),
                    update.removed.len()
                );
                let event = if css_only {
                    LiveEvent::Css
                } else {
                    LiveEvent::Reload
                };
                let _ = shared.events.send(event);
            }
            Err(e) => {
                report_error(&e);
                let diags = diagnostics_of(&e);
                if let Ok(mut errors) = shared.errors.write() {
                    *errors = diags.clone();
                }
                let _ = shared.events.send(LiveEvent::Failed(diags));
            }
        }
    }
}
