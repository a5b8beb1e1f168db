//! What every page and action shares: its error and how it is shown, the session ([`Viewer`])
//! and the CSRF-checked form ([`Posted`]) as extractors, store work on a blocking thread, the
//! templates and rendering a page in its frame.

use std::collections::HashMap;
use std::sync::Arc;

use std::sync::LazyLock;

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use minijinja::context;
use serde::Serialize;

use super::auth::{self, Role, Session};
use super::desk::{Desk, Loaded};
use super::paths::segment;
use crate::edge::store::Store;

pub(super) type S = State<Arc<Desk>>;

pub(super) const SESSION_COOKIE: &str = "zvit_session";

/// Why a request ends without its page.
pub(super) enum WebError {
    /// No session: to the login form (for a GET).
    Login,
    Forbidden(&'static str),
    NotFound,
    BadRequest(String),
    TooMany,
    Internal(String),
}

impl<E: std::fmt::Display> From<E> for WebError
where
    E: std::error::Error,
{
    fn from(e: E) -> Self {
        WebError::Internal(e.to_string())
    }
}

/// The pages' templates (part of the binary: built once).
static TEMPLATES: LazyLock<minijinja::Environment<'static>> = LazyLock::new(templates);

/// The pages' templates with their filters.
fn templates() -> minijinja::Environment<'static> {
    let mut env = minijinja::Environment::new();
    // Names end in .html: minijinja escapes every value for HTML.
    for (name, src) in [
        ("base.html", include_str!("templates/base.html")),
        ("login.html", include_str!("templates/login.html")),
        ("error.html", include_str!("templates/error.html")),
        ("overview.html", include_str!("templates/overview.html")),
        ("executor.html", include_str!("templates/executor.html")),
        ("measure.html", include_str!("templates/measure.html")),
        ("message.html", include_str!("templates/message.html")),
        ("review.html", include_str!("templates/review.html")),
        ("outbox.html", include_str!("templates/outbox.html")),
        ("deadlines.html", include_str!("templates/deadlines.html")),
    ] {
        env.add_template(name, src)
            .expect("the desk's templates are valid");
    }
    env.add_filter("urlpart", |s: String| segment(&s));
    env.add_filter("short", |s: String, n: usize| {
        if s.chars().count() <= n {
            s
        } else {
            format!("{}…", s.chars().take(n).collect::<String>())
        }
    });
    env
}

pub(super) fn error_page(status: StatusCode, text: &str) -> Response {
    let body = TEMPLATES
        .get_template("error.html")
        .and_then(|t| t.render(context! { status => status.as_u16(), text => text }))
        .unwrap_or_else(|_| "Помилка".into());
    (status, html_headers(), body).into_response()
}

fn html_headers() -> [(header::HeaderName, HeaderValue); 1] {
    [(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    )]
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        match self {
            WebError::Login => Redirect::to("/login").into_response(),
            WebError::Forbidden(why) => error_page(StatusCode::FORBIDDEN, why),
            WebError::NotFound => error_page(StatusCode::NOT_FOUND, "Сторінку не знайдено."),
            WebError::BadRequest(why) => error_page(StatusCode::BAD_REQUEST, &why),
            WebError::TooMany => error_page(
                StatusCode::TOO_MANY_REQUESTS,
                "Забагато невдалих спроб входу. Спробуйте пізніше.",
            ),
            WebError::Internal(why) => {
                tracing::error!(error = %why, "Desk request failed");
                error_page(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "Внутрішня помилка. Подробиці записано в журнал.",
                )
            }
        }
    }
}

/// Runs store work on a blocking thread (the store's `blocking` helper), with the
/// configuration in force.
pub(super) async fn db<T: Send + 'static>(
    desk: &Arc<Desk>,
    f: impl FnOnce(&mut Store, &Loaded) -> Result<T, WebError> + Send + 'static,
) -> Result<T, WebError> {
    let loaded = desk.loaded();
    crate::edge::store::blocking(&desk.store, move |store| f(store, &loaded)).await
}

pub(super) fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// The request's session. Without one a GET goes to the login form and anything else is
/// refused.
pub(super) async fn session(
    desk: &Arc<Desk>,
    headers: &HeaderMap,
    get: bool,
) -> Result<Session, WebError> {
    let none = if get {
        WebError::Login
    } else {
        WebError::Forbidden("Потрібно увійти.")
    };
    let Some(token) = cookie(headers, SESSION_COOKIE).map(str::to_string) else {
        return Err(none);
    };
    let now = desk.clock.now();
    let s = db(desk, move |store, _| Ok(auth::session(store, &token, now)?)).await?;
    s.ok_or(none)
}

/// A urlencoded form body. (Read by hand: a POST without the right content type must still
/// reach the CSRF check and be refused with 403, not 415.)
pub(super) fn form(body: &[u8]) -> HashMap<String, String> {
    let decode = |s: &str| {
        percent_encoding::percent_decode_str(&s.replace('+', " "))
            .decode_utf8_lossy()
            .into_owned()
    };
    String::from_utf8_lossy(body)
        .split('&')
        .filter(|kv| !kv.is_empty())
        .map(|kv| {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            (decode(k), decode(v))
        })
        .collect()
}

/// A POST's session and form, its CSRF token checked.
pub(super) async fn posted(
    desk: &Arc<Desk>,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<(Session, HashMap<String, String>), WebError> {
    let s = session(desk, headers, false).await?;
    let f = form(body);
    match f.get("csrf") {
        Some(t) if auth::same_secret(t, &s.csrf) => Ok((s, f)),
        _ => Err(WebError::Forbidden(
            "Форму відхилено: немає дійсного токена захисту (CSRF). Відкрийте сторінку знову.",
        )),
    }
}

pub(super) fn render(name: &str, ctx: minijinja::Value) -> Result<Response, WebError> {
    let body = TEMPLATES
        .get_template(name)
        .and_then(|t| t.render(ctx))
        .map_err(|e| WebError::Internal(format!("template {name}: {e:#}")))?;
    Ok((html_headers(), body).into_response())
}

pub(super) fn v<T: Serialize>(x: &T) -> minijinja::Value {
    minijinja::Value::from(minijinja::value::Serde(x))
}

/// What every page's frame shows.
#[derive(Serialize)]
struct Frame {
    user: String,
    admin: bool,
    csrf: String,
}

/// A page in its frame (who is logged in, the token for its forms).
pub(super) fn render_page(
    name: &str,
    s: &Session,
    ctx: minijinja::Value,
) -> Result<Response, WebError> {
    let frame = Frame {
        user: s.user.clone(),
        admin: s.role == Role::Admin,
        csrf: s.csrf.clone(),
    };
    render(name, context! { frame => v(&frame), ..ctx })
}

/// Refuses anyone but an admin.
pub(super) fn admin_only(s: &Session) -> Result<(), WebError> {
    if s.role == Role::Admin {
        Ok(())
    } else {
        Err(WebError::Forbidden("Ця сторінка лише для адміністраторів."))
    }
}

/// The session of a request for a page (an extractor, placed after the path and the query so
/// that they are read first, as before): without one, to the login form.
pub(super) struct Viewer(pub Session);

impl FromRequestParts<Arc<Desk>> for Viewer {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, desk: &Arc<Desk>) -> Result<Self, Response> {
        session(desk, &parts.headers, true)
            .await
            .map(Viewer)
            .map_err(IntoResponse::into_response)
    }
}

/// A posted form with its session, the session's CSRF token checked before anything else (an
/// extractor: it reads the body, so it comes last).
pub(super) struct Posted(pub Session, pub HashMap<String, String>);

impl FromRequest<Arc<Desk>> for Posted {
    type Rejection = Response;

    async fn from_request(req: Request, desk: &Arc<Desk>) -> Result<Self, Response> {
        let headers = req.headers().clone();
        let body = Bytes::from_request(req, desk)
            .await
            .map_err(IntoResponse::into_response)?;
        let (session, form) = posted(desk, &headers, &body)
            .await
            .map_err(IntoResponse::into_response)?;
        Ok(Posted(session, form))
    }
}
