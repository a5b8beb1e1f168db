//! The coordinators' web desk: server-rendered pages (minijinja, autoescaped) to see what was
//! read, correct it, and (admins) move deadlines. axum on tokio; every store call on a blocking
//! thread; no JavaScript. Served by `zvit serve`, and by `zvit run` beside its other tasks when
//! `[web] listen` is set. I/O at the edge.
//!
//! Safety: every page needs a session (cookie `HttpOnly`, `SameSite=Strict`, `Secure` when
//! `base_url` is https); every form carries the session's CSRF token and a POST without it is
//! refused (403); admin pages refuse coordinators (403); mail text is only ever rendered
//! escaped; attachments are served as downloads; the CSP allows no script at all.

pub mod admin;
pub mod auth;
mod pages;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, RwLock};

use axum::Router;
use axum::http::{HeaderValue, header};
use serde::Deserialize;
use tokio_util::sync::CancellationToken;
use tower_http::set_header::SetResponseHeaderLayer;

use crate::Clock;
use crate::analysis::pipeline::Context;
use crate::analysis::plan::Plan;
use crate::config::Config;
use crate::edge::store::Store;

/// `[web]` as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawWeb {
    /// Address and port to serve the desk on ("127.0.0.1:8080"); absent: no desk.
    pub listen: Option<String>,
    /// Where people open the desk ("https://zvit.example.gov.ua"): links in the digest, and
    /// `Secure` cookies when it is https.
    pub base_url: Option<String>,
}

/// `[web]`, checked.
#[derive(Debug, Clone)]
pub struct WebConfig {
    pub listen: Option<SocketAddr>,
    /// Without a trailing slash.
    pub base_url: Option<String>,
}

impl RawWeb {
    pub fn check(&self) -> Result<Option<WebConfig>, String> {
        let listen = match &self.listen {
            Some(l) => Some(l.parse::<SocketAddr>().map_err(|_| {
                format!(
                    "[web] listen = \"{l}\": expected an address and port like \"127.0.0.1:8080\""
                )
            })?),
            None => None,
        };
        let base_url = match &self.base_url {
            Some(u) => {
                let u = u.trim().trim_end_matches('/');
                let rest = u
                    .strip_prefix("https://")
                    .or_else(|| u.strip_prefix("http://"));
                if rest.is_none_or(|r| {
                    r.is_empty() || r.chars().any(|c| c.is_whitespace() || "\"'<>`".contains(c))
                }) {
                    return Err(format!(
                        "[web] base_url = \"{u}\": expected an address like \"https://zvit.example.gov.ua\""
                    ));
                }
                Some(u.to_string())
            }
            None => None,
        };
        Ok(Some(WebConfig { listen, base_url }))
    }
}

/// The link to a desk page from outside (the digest), when `base_url` is set.
pub fn link(base_url: Option<&str>, path: &str) -> Option<String> {
    base_url.map(|b| format!("{b}{path}"))
}

/// What a path segment may carry unencoded: letters, digits and `-._~` (RFC 3986 unreserved).
const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Text as one percent-encoded path segment.
pub fn segment(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, SEGMENT).to_string()
}

/// A Message-ID (without <>) as one path segment.
pub fn message_path(message_id: &str) -> String {
    format!("/message/{}", segment(message_id))
}

/// What the desk reads its pages from: the config and plan in force, and the analysis
/// context corrections are made with.
pub struct Loaded {
    pub config: Config,
    pub plan: Arc<Plan>,
    pub ctx: Arc<Context>,
}

impl Loaded {
    /// The plan with the addresses people taught zvit, and its context (readers sandboxed).
    pub fn new(
        config: Config,
        plan: Plan,
        store: &Store,
    ) -> Result<Loaded, crate::edge::store::StoreError> {
        let plan = Arc::new(crate::service::decide::plan_with_learned(store, plan)?);
        let mut ctx = Context::from_config(&config, plan.clone());
        crate::edge::sandbox::install(&mut ctx);
        ctx.ocr = crate::edge::ocr::Setup::probe(&config.ocr, false);
        Ok(Loaded {
            config,
            plan,
            ctx: Arc::new(ctx),
        })
    }
}

/// The desk's shared state.
pub struct Desk {
    pub store: Arc<Mutex<Store>>,
    /// The config file admins' changes are written to (and reloaded from).
    pub config_file: PathBuf,
    pub loaded: RwLock<Arc<Loaded>>,
    pub clock: Clock,
    /// Cookies get `Secure` (base_url is https).
    pub secure: bool,
    pub limiter: auth::Limiter,
    /// Tells a running daemon to reload its configuration after an admin's change.
    pub reload: Option<tokio::sync::mpsc::Sender<()>>,
    templates: minijinja::Environment<'static>,
}

impl Desk {
    pub fn new(
        store: Arc<Mutex<Store>>,
        config_file: PathBuf,
        loaded: Loaded,
        clock: Clock,
        reload: Option<tokio::sync::mpsc::Sender<()>>,
    ) -> Desk {
        let secure = loaded
            .config
            .web
            .as_ref()
            .and_then(|w| w.base_url.as_deref())
            .is_some_and(|u| u.starts_with("https://"));
        Desk {
            store,
            config_file,
            loaded: RwLock::new(Arc::new(loaded)),
            clock,
            secure,
            limiter: auth::Limiter::default(),
            reload,
            templates: pages::templates(),
        }
    }

    pub fn loaded(&self) -> Arc<Loaded> {
        self.loaded
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    pub fn set_loaded(&self, l: Loaded) {
        *self.loaded.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(l);
    }
}

/// The desk's routes with its security headers.
pub fn router(desk: Arc<Desk>) -> Router {
    let csp = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; \
               frame-ancestors 'none'; base-uri 'none'";
    pages::routes()
        .with_state(desk)
        .layer(SetResponseHeaderLayer::overriding(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(csp),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
}

/// Serves the desk on `listener` until `shutdown` is cancelled.
pub async fn serve(
    desk: Arc<Desk>,
    listener: tokio::net::TcpListener,
    shutdown: CancellationToken,
) -> std::io::Result<()> {
    let app = router(desk).into_make_service_with_connect_info::<SocketAddr>();
    axum::serve(listener, app)
        .with_graceful_shutdown(async move { shutdown.cancelled().await })
        .await
}
