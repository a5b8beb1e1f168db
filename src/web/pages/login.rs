//! Logging in and out: the login form with its own CSRF cookie (double submit), the limiter,
//! Argon2 off the store's lock, the session cookie.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{ConnectInfo, State};
use axum::http::{Extensions, HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use minijinja::context;

use crate::web::auth;
use crate::web::desk::Desk;
use crate::web::page::{Posted, S, SESSION_COOKIE, WebError, cookie, db, form, render};

pub(super) const LOGIN_COOKIE: &str = "zvit_login";

pub(super) fn session_cookie(desk: &Desk, name: &str, value: &str, max_age: i64) -> HeaderValue {
    let secure = if desk.secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{name}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}"
    ))
    .expect("a cookie of hex digits is a valid header")
}

pub(super) fn login_page(desk: &Arc<Desk>, status: StatusCode, message: Option<&str>) -> Response {
    // Login CSRF: the form's token must match a cookie set with it (double submit).
    let token = auth::random_token();
    let mut r = match render(
        "login.html",
        context! { csrf => token.clone(), message => message },
    ) {
        Ok(r) => r,
        Err(e) => return e.into_response(),
    };
    *r.status_mut() = status;
    r.headers_mut().append(
        header::SET_COOKIE,
        session_cookie(desk, LOGIN_COOKIE, &token, 3600),
    );
    r
}

pub(super) async fn login_form(State(desk): S) -> Response {
    login_page(&desk, StatusCode::OK, None)
}

pub(super) async fn login(
    State(desk): S,
    headers: HeaderMap,
    ext: Extensions,
    body: Bytes,
) -> Response {
    let f = form(&body);
    let csrf_ok = match (f.get("csrf"), cookie(&headers, LOGIN_COOKIE)) {
        (Some(a), Some(b)) => auth::same_secret(a, b),
        _ => false,
    };
    if !csrf_ok {
        return WebError::Forbidden("Форму входу відхилено: немає дійсного токена захисту (CSRF). Відкрийте сторінку входу знову.").into_response();
    }
    let user = f
        .get("user")
        .map(|s| s.trim().to_string())
        .unwrap_or_default();
    let password = f.get("password").cloned().unwrap_or_default();
    let mut keys = vec![format!("user:{}", user.to_lowercase())];
    if let Some(ConnectInfo(addr)) = ext.get::<ConnectInfo<std::net::SocketAddr>>() {
        keys.push(format!("ip:{}", addr.ip()));
    }
    let now = desk.clock.now();
    if desk.limiter.blocked(&keys, now) {
        return WebError::TooMany.into_response();
    }
    // The hash is read under the store's lock; Argon2 runs on its own blocking thread
    // without it, so a stream of login attempts never holds up intake.
    let token = async {
        let u = user.clone();
        let hash = db(&desk, move |store, _| Ok(auth::password_hash(store, &u)?)).await?;
        let ok = tokio::task::spawn_blocking(move || auth::verify(hash.as_deref(), &password))
            .await
            .map_err(|e| WebError::Internal(e.to_string()))?;
        if !ok {
            return Ok(None);
        }
        let u = user.clone();
        db(&desk, move |store, _| {
            Ok(Some(auth::start_session(store, &u, now)?))
        })
        .await
    }
    .await;
    let token = match token {
        Ok(t) => t,
        Err(e) => return e.into_response(),
    };
    match token {
        Some(token) => {
            desk.limiter.succeeded(&keys[..1]);
            tracing::info!(user = %crate::outgoing::safe::line(&user), "Desk login");
            let mut r = Redirect::to("/").into_response();
            r.headers_mut().append(
                header::SET_COOKIE,
                session_cookie(&desk, SESSION_COOKIE, &token, auth::SESSION_SECS),
            );
            r.headers_mut().append(
                header::SET_COOKIE,
                session_cookie(&desk, LOGIN_COOKIE, "", 0),
            );
            r
        }
        None => {
            desk.limiter.failed(&keys, now);
            tracing::warn!(user = %crate::outgoing::safe::line(&user), "Desk login refused");
            login_page(
                &desk,
                StatusCode::UNAUTHORIZED,
                Some("Невірне ім’я користувача або пароль."),
            )
        }
    }
}

pub(super) async fn logout(State(desk): S, headers: HeaderMap, _: Posted) -> Response {
    if let Some(token) = cookie(&headers, SESSION_COOKIE).map(str::to_string) {
        let _ = db(&desk, move |store, _| Ok(auth::logout(store, &token)?)).await;
    }
    let mut r = Redirect::to("/login").into_response();
    r.headers_mut().append(
        header::SET_COOKIE,
        session_cookie(&desk, SESSION_COOKIE, "", 0),
    );
    r
}
