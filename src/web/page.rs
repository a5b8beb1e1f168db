//! What every page and action shares: its error and how it is shown, the session and the
//! CSRF-checked form, store work on a blocking thread, rendering.

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use minijinja::context;
use serde::Serialize;

use super::auth::{self, Session};
use super::desk::{Desk, Loaded};
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

pub(super) fn error_page(desk: &Desk, status: StatusCode, text: &str) -> Response {
    let body = desk
        .templates
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

pub(super) struct Failed<'a>(pub &'a Desk, pub WebError);

impl IntoResponse for Failed<'_> {
    fn into_response(self) -> Response {
        let Failed(desk, e) = self;
        match e {
            WebError::Login => Redirect::to("/login").into_response(),
            WebError::Forbidden(why) => error_page(desk, StatusCode::FORBIDDEN, why),
            WebError::NotFound => error_page(desk, StatusCode::NOT_FOUND, "Сторінку не знайдено."),
            WebError::BadRequest(why) => error_page(desk, StatusCode::BAD_REQUEST, &why),
            WebError::TooMany => error_page(
                desk,
                StatusCode::TOO_MANY_REQUESTS,
                "Забагато невдалих спроб входу. Спробуйте пізніше.",
            ),
            WebError::Internal(why) => {
                tracing::error!(error = %why, "Desk request failed");
                error_page(
                    desk,
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

pub(super) fn render(desk: &Desk, name: &str, ctx: minijinja::Value) -> Result<Response, WebError> {
    let body = desk
        .templates
        .get_template(name)
        .and_then(|t| t.render(ctx))
        .map_err(|e| WebError::Internal(format!("template {name}: {e:#}")))?;
    Ok((html_headers(), body).into_response())
}

pub(super) fn page(desk: &Arc<Desk>, r: Result<Response, WebError>) -> Response {
    r.unwrap_or_else(|e| Failed(desk, e).into_response())
}

pub(super) fn v<T: Serialize>(x: &T) -> minijinja::Value {
    minijinja::Value::from(minijinja::value::Serde(x))
}
