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
mod desk;
mod page;
mod pages;
mod paths;

pub use desk::{Desk, Loaded};
pub use paths::{link, message_path, segment};

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::http::{HeaderValue, header};
use tokio_util::sync::CancellationToken;
use tower_http::set_header::SetResponseHeaderLayer;

/// The desk's routes with its security headers.
pub fn router(desk: Arc<Desk>) -> Router {
    let csp = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; \
               frame-ancestors 'none'; base-uri 'none'";
    pages::routes()
        .route(
            "/admin/deadlines",
            axum::routing::get(admin::page).post(admin::change),
        )
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
