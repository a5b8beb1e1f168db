//! The desk's pages and actions. Every handler finds the session first, does its store work
//! on a blocking thread, and renders a template (autoescaped: mail text is never markup).
//!
//! Long file: one handler per page and action with its view types; splitting by page (overview,
//! executor, measure, message, corrections, review, outbox) is the next step.

use std::collections::HashMap;
use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, Path, Query, State};
use axum::http::{Extensions, HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use minijinja::context;
use serde::Serialize;

use super::auth;
use super::desk::{Desk, Loaded};
use super::page::{
    Posted, S, SESSION_COOKIE, Viewer, WebError, cookie, db, form, render, render_page, v,
};
use super::paths::{message_path, segment};
use crate::analysis::decision::Decision;
use crate::analysis::message_id::MessageId;
use crate::analysis::parse::MessageKind;
use crate::analysis::plan::Plan;
use crate::analysis::reason::ReasonCode;
use crate::edge::store::Store;
use crate::outgoing::report::{self, Cell};
use crate::outgoing::review::{NeedsReview, needs_review};
use crate::service::decide::{self, DecideError};

const LOGIN_COOKIE: &str = "zvit_login";

pub(super) fn routes() -> Router<Arc<Desk>> {
    Router::new()
        .route("/login", get(login_form).post(login))
        .route("/logout", post(logout))
        .route("/", get(overview))
        .route("/executor/{id}", get(executor))
        .route("/measure/{n}", get(measure))
        .route("/message/{id}", get(message))
        .route("/message/{id}/file/{n}", get(attachment))
        .route("/message/{id}/assign", post(assign))
        .route("/message/{id}/measure", post(set_measure))
        .route("/message/{id}/dismiss", post(dismiss))
        .route("/review", get(review))
        .route("/outbox", get(outbox))
        .route("/outbox/{id}/retry", post(retry))
        .route("/static/desk.css", get(css))
}

/// A time as people read it here: "10.12.2012 10:15", in the plan's time zone.
fn when(loaded: &Loaded, ts: i64) -> String {
    jiff::Timestamp::from_second(ts)
        .map(|t| {
            t.to_zoned_datetime(loaded.plan.tz.clone())
                .strftime("%d.%m.%Y %H:%M")
                .to_string()
        })
        .unwrap_or_else(|_| report::local_time(&loaded.plan, ts))
}

/// How a message was attributed, in words.
fn method_words(method: Option<&str>) -> Option<String> {
    method.map(|m| {
        match m {
            "assigned" => "рішення координатора",
            "address" => "за адресою відправника",
            "forwarded_address" => "за адресою в пересланому листі",
            "name_in_subject" => "за назвою в темі",
            "name_in_text" => "за назвою в тексті",
            other => other,
        }
        .to_string()
    })
}

async fn css() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "max-age=3600"),
        ],
        include_str!("templates/desk.css"),
    )
}

// ---- login -------------------------------------------------------------------------------

fn session_cookie(desk: &Desk, name: &str, value: &str, max_age: i64) -> HeaderValue {
    let secure = if desk.secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{name}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}"
    ))
    .expect("a cookie of hex digits is a valid header")
}

fn login_page(desk: &Arc<Desk>, status: StatusCode, message: Option<&str>) -> Response {
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

async fn login_form(State(desk): S) -> Response {
    login_page(&desk, StatusCode::OK, None)
}

async fn login(State(desk): S, headers: HeaderMap, ext: Extensions, body: Bytes) -> Response {
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

async fn logout(State(desk): S, headers: HeaderMap, _: Posted) -> Response {
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

// ---- overview ----------------------------------------------------------------------------

#[derive(serde::Deserialize)]
struct PeriodQuery {
    period: Option<String>,
}

/// The period asked for, else the one the clock is in, else the last.
fn pick_period(
    loaded: &Loaded,
    asked: Option<&str>,
    now: jiff::Timestamp,
) -> Result<u32, WebError> {
    let n = loaded.plan.deadlines.len() as u32;
    match asked.filter(|s| !s.is_empty()) {
        Some(s) => match s.parse::<u32>() {
            Ok(p) if p >= 1 && p <= n => Ok(p),
            _ => Err(WebError::BadRequest(format!(
                "Звітного періоду «{s}» немає: у плані періоди від 1 до {n}."
            ))),
        },
        None => Ok(loaded
            .plan
            .period_of(now)
            .period
            .filter(|p| *p <= n)
            .unwrap_or(n.max(1))),
    }
}

#[derive(Serialize)]
struct MatrixCell {
    mark: &'static str,
    class: &'static str,
    href: String,
}

#[derive(Serialize)]
struct MatrixLine {
    id: String,
    name: String,
    cells: Vec<MatrixCell>,
}

fn cell_of(e: &report::ExecutorStatus, m: u32) -> Option<Cell> {
    if e.on_time.contains(&m) {
        Some(Cell::OnTime)
    } else if e.late.contains(&m) {
        Some(Cell::Late)
    } else if e.missing.contains(&m) {
        Some(Cell::Missing)
    } else if e.not_applicable.contains(&m) {
        Some(Cell::NotApplicable)
    } else {
        None
    }
}

async fn overview(
    State(desk): S,
    Query(q): Query<PeriodQuery>,
    Viewer(s): Viewer,
) -> Result<Response, WebError> {
    let now = desk.clock.now();
    let (digest, status, periods, period) = db(&desk, move |store, l| {
        let period = pick_period(l, q.period.as_deref(), now)?;
        let digest = crate::service::queue::digest_for(store, &l.plan, period, now)?;
        let status = report::period_status(&l.plan, &store.items()?, period);
        Ok((digest, status, l.plan.deadlines.len() as u32, period))
    })
    .await?;
    let matrix: Vec<MatrixLine> = status
        .executors
        .iter()
        .map(|e| MatrixLine {
            id: e.id.clone(),
            name: e.name.clone(),
            cells: digest
                .matrix_measures
                .iter()
                .map(|m| {
                    let (mark, class) = match cell_of(e, *m) {
                        Some(Cell::OnTime) => ("✓", "on-time"),
                        Some(Cell::Late) => ("із запізн.", "late"),
                        Some(Cell::Missing) => ("—", "missing"),
                        Some(Cell::NotApplicable) => ("н/с", "na"),
                        None => ("", "none"),
                    };
                    MatrixCell {
                        mark,
                        class,
                        href: format!("/executor/{}?period={period}#m{m}", segment(&e.id)),
                    }
                })
                .collect(),
        })
        .filter(|l| l.cells.iter().any(|c| c.class != "none"))
        .collect();
    render_page(
        "overview.html",
        &s,
        context! { d => v(&digest), matrix => v(&matrix),
            periods => (1..=periods).collect::<Vec<_>>(), period => period,
        },
    )
}

// ---- executor, measure -------------------------------------------------------------------

#[derive(Serialize)]
struct ItemView {
    seq: i64,
    measure: Option<u32>,
    text: String,
    confidence: String,
    evidence: String,
    source: String,
    place: String,
    not_applicable: bool,
    late: bool,
    /// An unplaced item's closest measures, best first.
    suggestions: Vec<Suggestion>,
}

/// A measure suggested for an unplaced item.
#[derive(Serialize)]
struct Suggestion {
    number: u32,
    text: String,
    score: String,
}

/// An unplaced item's closest measures (at most two, from the analysis), for the forms.
fn suggestions(plan: &Plan, it: &crate::outgoing::records::ItemRow) -> Vec<Suggestion> {
    if it.measure.is_some() {
        return Vec::new();
    }
    it.candidates
        .iter()
        .take(2)
        .filter_map(|&(n, s)| {
            Some(Suggestion {
                number: n,
                text: plan.measure(n)?.text.chars().take(70).collect(),
                score: format!("{s:.2}"),
            })
        })
        .collect()
}

fn item_view(plan: &Plan, it: &crate::outgoing::records::ItemRow) -> ItemView {
    let place = match (&it.sheet, it.row) {
        (Some(s), Some(r)) => format!("{s}!{r}"),
        (None, Some(r)) => format!("рядок {r}"),
        _ => String::new(),
    };
    ItemView {
        seq: it.seq,
        measure: it.measure,
        text: it.text.clone(),
        confidence: format!("{:.2}", it.confidence),
        evidence: it.evidence.clone(),
        source: if it.source == "body" {
            "текст листа".into()
        } else {
            it.source.clone()
        },
        place,
        not_applicable: it.not_applicable,
        late: it.late,
        suggestions: suggestions(plan, it),
    }
}

#[derive(Serialize)]
struct MessageLine {
    href: String,
    received: String,
    subject: String,
    from: String,
    period: Option<u32>,
    late: bool,
    reason: Option<String>,
    items: Vec<ItemView>,
}

#[derive(Serialize)]
struct OutLine {
    id: i64,
    kind: String,
    recipients: String,
    status: String,
    created: String,
    sent: String,
    error: String,
    failed: bool,
}

fn out_line(l: &Loaded, o: &crate::outgoing::records::OutboxRow) -> OutLine {
    use crate::outgoing::records::OutboxStatus;
    OutLine {
        id: o.id,
        kind: match o.kind.as_str() {
            "receipt" => "підтвердження".into(),
            "reminder" => "нагадування".into(),
            "overdue" => "повідомлення про прострочення".into(),
            "digest" => "зведення".into(),
            "notice" => "повідомлення невідомому відправникові".into(),
            k => k.to_string(),
        },
        recipients: o.recipients.join(", "),
        status: match o.status {
            OutboxStatus::Queued => "у черзі",
            OutboxStatus::Sending => "надсилається",
            OutboxStatus::Sent => "надіслано",
            OutboxStatus::Failed => "не доставлено",
        }
        .into(),
        created: when(l, o.created_ts),
        sent: o.sent_ts.map(|t| when(l, t)).unwrap_or_default(),
        error: o.last_error.clone().unwrap_or_default(),
        failed: o.status == OutboxStatus::Failed,
    }
}

async fn executor(
    State(desk): S,
    Path(id): Path<String>,
    Query(q): Query<PeriodQuery>,
    Viewer(s): Viewer,
) -> Result<Response, WebError> {
    let now = desk.clock.now();
    let ctx = db(&desk, move |store, l| {
        let Some(e) = l.plan.executor(&id) else {
            return Err(WebError::NotFound);
        };
        let period = pick_period(l, q.period.as_deref(), now)?;
        let items = store.items()?;
        let status = report::period_status(&l.plan, &items, period);
        let owed: Vec<_> = status
            .executors
            .iter()
            .find(|x| x.id == e.id)
            .map(|x| {
                let mut v: Vec<(u32, &str)> = Vec::new();
                for m in &l.plan.measures {
                    let state = match cell_of(x, m.number) {
                        Some(Cell::OnTime) => "звіт надійшов вчасно",
                        Some(Cell::Late) => "звіт надійшов із запізненням",
                        Some(Cell::Missing) => "звіту немає",
                        Some(Cell::NotApplicable) => "не стосується",
                        None => continue,
                    };
                    v.push((m.number, state));
                }
                v
            })
            .unwrap_or_default();
        let messages: Vec<MessageLine> = store
            .messages()?
            .iter()
            .filter(|m| m.executor.as_deref() == Some(e.id.as_str()))
            .map(|m| MessageLine {
                href: message_path(&m.message_id),
                received: when(l, m.received_ts),
                subject: m.subject.clone().unwrap_or_default(),
                from: m.from.clone().unwrap_or_default(),
                period: m.period,
                late: m.late,
                reason: m.reason_text.clone(),
                items: items
                    .iter()
                    .filter(|i| i.message == m.id)
                    .map(|it| item_view(&l.plan, it))
                    .collect(),
            })
            .collect();
        let outgoing: Vec<OutLine> = store
            .outbox_list(false)?
            .iter()
            .filter(|o| {
                o.recipients
                    .iter()
                    .any(|r| e.emails.contains(&r.trim().to_lowercase()))
            })
            .map(|o| out_line(l, o))
            .collect();
        Ok(context! {
            id => e.id.clone(), name => e.name.clone(), emails => e.emails.join(", "),
            period => period, periods => (1..=l.plan.deadlines.len() as u32).collect::<Vec<_>>(),
            owed => owed.iter().map(|(n, st)| context!{ number => n, state => *st }).collect::<Vec<_>>(),
            messages => v(&messages), outgoing => v(&outgoing),
        })
    })
    .await?;
    render_page("executor.html", &s, ctx)
}

async fn measure(
    State(desk): S,
    Path(n): Path<String>,
    Query(q): Query<PeriodQuery>,
    Viewer(s): Viewer,
) -> Result<Response, WebError> {
    let now = desk.clock.now();
    let ctx = db(&desk, move |store, l| {
        let Some(m) = n.parse::<u32>().ok().and_then(|n| l.plan.measure(n)) else {
            return Err(WebError::NotFound);
        };
        let period = pick_period(l, q.period.as_deref(), now)?;
        let items = store.items()?;
        let flags = report::superseded_flags(&items);
        let name = |id: &str| {
            l.plan
                .executor(id)
                .map_or(id.to_string(), |e| e.name.clone())
        };
        let mut entries = Vec::new();
        let mut compiled = String::new();
        for (it, superseded) in items.iter().zip(flags) {
            if superseded || it.measure != Some(m.number) || it.period != Some(period) {
                continue;
            }
            let who = name(&it.executor);
            let text = if it.not_applicable {
                "не стосується".to_string()
            } else {
                it.text.clone()
            };
            compiled.push_str(&format!("{who}: {text}\n\n"));
            entries.push(context! {
                executor => who, executor_id => it.executor.clone(),
                received => when(l, it.received_ts), late => it.late,
                text => text, href => message_path(&it.message_id),
            });
        }
        Ok(context! {
            number => m.number, text => m.text.clone(), term => m.term.clone(),
            period => period, periods => (1..=l.plan.deadlines.len() as u32).collect::<Vec<_>>(),
            entries => entries, compiled => compiled.trim_end().to_string(),
        })
    })
    .await?;
    render_page("measure.html", &s, ctx)
}

// ---- a message ---------------------------------------------------------------------------

async fn message(
    State(desk): S,
    Path(id): Path<String>,
    Viewer(s): Viewer,
) -> Result<Response, WebError> {
    let ctx = db(&desk, move |store, l| message_context(store, l, &id)).await?;
    render_page("message.html", &s, ctx)
}

fn message_context(store: &mut Store, l: &Loaded, id: &str) -> Result<minijinja::Value, WebError> {
    let mid = MessageId::new(id);
    let Some((row_id, raw)) = store.find_message(&mid)? else {
        return Err(WebError::NotFound);
    };
    let messages = store.messages()?;
    let Some(m) = messages.iter().find(|m| m.id == row_id) else {
        return Err(WebError::NotFound);
    };
    let parts: Vec<_> = store
        .parts(row_id)?
        .into_iter()
        .map(|p| {
            context! {
                name => p.name, format => p.format, chars => p.chars,
                charset => p.charset, reason => p.reason_text,
            }
        })
        .collect();
    let items: Vec<ItemView> = store
        .items()?
        .iter()
        .filter(|i| i.message == row_id)
        .map(|it| item_view(&l.plan, it))
        .collect();
    // The text and the files, read again from the stored bytes (never past the size limit).
    let (body, files, to, date) =
        if raw.len() <= l.config.limits.max_message_bytes {
            match crate::analysis::parse::parse(&raw) {
            Ok(p) => (
                p.body.clone(),
                p.attachments
                    .iter()
                    .enumerate()
                    .map(|(i, a)| {
                        context! {
                            n => i, name => a.name.clone(), content_type => a.content_type.clone(),
                            size => a.data.len(),
                        }
                    })
                    .collect::<Vec<_>>(),
                header_value(&raw, "To"),
                header_value(&raw, "Date"),
            ),
            Err(r) => (format!("(лист не прочитано: {})", r.text()), Vec::new(), None, None),
        }
        } else {
            (
                "(лист завеликий, його не відкривали)".into(),
                Vec::new(),
                None,
                None,
            )
        };
    let history: Vec<_> = decide::history(store, &mid)?
        .into_iter()
        .map(|d| {
            let what = match &d.decision {
                Decision::Assign(id) => format!(
                    "віднесено до виконавця: {}",
                    l.plan.executor(id).map_or(id.clone(), |e| e.name.clone())
                ),
                Decision::Dismiss => "позначено «не звіт»".into(),
                Decision::SetMeasure { seq, measure } => {
                    format!("фрагмент {seq} віднесено до заходу {measure}")
                }
                Decision::ClearMeasure { seq } => {
                    format!("фрагмент {seq} знято із заходу (на розгляд)")
                }
            };
            context! { what => what, by => d.by, at => when(l, d.at) }
        })
        .collect();
    let (executors, measures) = choices(&l.plan, 90);
    let executor_name = m
        .executor
        .as_deref()
        .map(|e| l.plan.executor(e).map_or(e.to_string(), |x| x.name.clone()));
    Ok(context! {
        mid => m.message_id.clone(),
        path => message_path(&m.message_id),
        received => when(l, m.received_ts),
        origin => m.origin.clone(),
        size => raw.len(),
        from => m.from.clone(), to => to, date => date,
        subject => m.subject.clone(),
        kind => m.kind.map(MessageKind::as_str),
        executor => m.executor.clone(), executor_name => executor_name,
        method => method_words(m.method.as_deref()),
        period => m.period, late => m.late,
        reason => m.reason_text.clone(),
        body => body, files => files, parts => parts, items => v(&items),
        history => history, executors => executors, measures => measures,
    })
}

/// One header's decoded value (mail-parser), for display only.
fn header_value(raw: &[u8], name: &str) -> Option<String> {
    let msg = mail_parser::MessageParser::default().parse_headers(raw)?;
    let h = msg.header(name)?;
    Some(match h {
        mail_parser::HeaderValue::Text(t) => t.to_string(),
        mail_parser::HeaderValue::DateTime(d) => d.to_rfc3339(),
        mail_parser::HeaderValue::Address(a) => a
            .iter()
            .map(|x| {
                x.address()
                    .map(str::to_string)
                    .or_else(|| x.name().map(str::to_string))
                    .unwrap_or_default()
            })
            .collect::<Vec<_>>()
            .join(", "),
        _ => return None,
    })
}

/// An attachment, always as a download (never rendered by the browser).
async fn attachment(
    State(desk): S,
    Path((id, n)): Path<(String, usize)>,
    _: Viewer,
) -> Result<Response, WebError> {
    let (name, data) = db(&desk, move |store, l| {
        let Some((_, raw)) = store.find_message(&MessageId::new(&id))? else {
            return Err(WebError::NotFound);
        };
        if raw.len() > l.config.limits.max_message_bytes {
            return Err(WebError::NotFound);
        }
        let p = crate::analysis::parse::parse(&raw).map_err(|_| WebError::NotFound)?;
        let a = p.attachments.into_iter().nth(n).ok_or(WebError::NotFound)?;
        Ok((a.name, a.data))
    })
    .await?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/octet-stream"),
            ),
            (header::CONTENT_DISPOSITION, disposition(&name)),
        ],
        data,
    )
        .into_response())
}

/// `attachment` with an ASCII fallback name and the real one in RFC 5987 form.
pub(super) fn disposition(name: &str) -> HeaderValue {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .take(100)
        .collect();
    let encoded = percent_encoding::utf8_percent_encode(name, percent_encoding::NON_ALPHANUMERIC);
    HeaderValue::from_str(&format!(
        "attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static("attachment"))
}

/// The plan's executors and measures (their text cut to `width` characters), for the lists of
/// a correction form.
fn choices(plan: &Plan, width: usize) -> (Vec<minijinja::Value>, Vec<minijinja::Value>) {
    let executors = plan
        .executors
        .iter()
        .map(|e| context! { id => e.id.clone(), name => e.name.clone() })
        .collect();
    let measures = plan
        .measures
        .iter()
        .map(|x| context! { number => x.number, text => x.text.chars().take(width).collect::<String>() })
        .collect();
    (executors, measures)
}

// ---- corrections -------------------------------------------------------------------------

/// Where a correction returns to: the review list when its form came from there (only that
/// one fixed place: the form cannot send the browser anywhere else), else the message.
fn after(f: &HashMap<String, String>, mid: &str) -> String {
    if f.get("back").map(String::as_str) == Some("review") {
        "/review".into()
    } else {
        message_path(mid)
    }
}

fn back_to(path: &str) -> Response {
    Redirect::to(path).into_response()
}

async fn assign(
    State(desk): S,
    Path(id): Path<String>,
    Posted(s, f): Posted,
) -> Result<Response, WebError> {
    let executor = f.get("executor").cloned().unwrap_or_default();
    let learn = f.get("learn_address").is_some_and(|v| !v.is_empty());
    let now = desk.clock.now();
    let mid = MessageId::new(&id);
    let by = s.user.clone();
    let desk2 = desk.clone();
    let dest = after(&f, mid.as_str());
    db(&desk, move |store, l| {
        let done = decide::assign(store, &l.ctx, &mid, &executor, learn, &by, now)
            .map_err(correction_error)?;
        if let Some(ctx) = done.ctx {
            desk2.changed(Loaded {
                config: l.config.clone(),
                plan: ctx.plan.clone(),
                ctx,
            });
        }
        Ok(())
    })
    .await?;
    Ok(back_to(&dest))
}

fn correction_error(e: DecideError) -> WebError {
    use DecideError as E;
    match e {
        E::NoExecutor(_) => WebError::BadRequest("Такого виконавця в плані немає.".into()),
        E::NoMessage(_) => WebError::NotFound,
        E::NoMeasure(n) => WebError::BadRequest(format!("У плані немає заходу {n}.")),
        E::NoItem { .. } => WebError::BadRequest("Такого фрагмента в листі немає.".into()),
        e => WebError::Internal(e.to_string()),
    }
}

async fn set_measure(
    State(desk): S,
    Path(id): Path<String>,
    Posted(s, f): Posted,
) -> Result<Response, WebError> {
    let seq: usize = f
        .get("item")
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| WebError::BadRequest("Не зазначено фрагмент.".into()))?;
    // A measure's number, or "none": the item is taken off its measure (to review).
    let measure: Option<u32> = match f.get("measure").map(|v| v.trim()) {
        Some("none") => None,
        v => Some(
            v.and_then(|v| v.parse().ok())
                .ok_or_else(|| WebError::BadRequest("Зазначте номер заходу.".into()))?,
        ),
    };
    let now = desk.clock.now();
    let mid = MessageId::new(&id);
    let dest = after(&f, mid.as_str());
    let by = s.user.clone();
    db(&desk, move |store, l| {
        match measure {
            Some(n) => decide::set_measure(store, &l.ctx, &mid, seq, n, &by, now),
            None => decide::clear_measure(store, &l.ctx, &mid, seq, &by, now),
        }
        .map_err(correction_error)?;
        Ok(())
    })
    .await?;
    Ok(back_to(&dest))
}

async fn dismiss(
    State(desk): S,
    Path(id): Path<String>,
    Posted(s, f): Posted,
) -> Result<Response, WebError> {
    let now = desk.clock.now();
    let mid = MessageId::new(&id);
    let dest = after(&f, mid.as_str());
    let by = s.user.clone();
    db(&desk, move |store, l| {
        decide::dismiss(store, &l.ctx, &mid, &by, now).map_err(correction_error)?;
        Ok(())
    })
    .await?;
    Ok(back_to(&dest))
}

// ---- review, outbox ----------------------------------------------------------------------

async fn review(State(desk): S, Viewer(s): Viewer) -> Result<Response, WebError> {
    let ctx = db(&desk, |store, l| {
        let messages = store.messages()?;
        let items = store.items()?;
        let mut entries = Vec::new();
        for m in &messages {
            // The one rule of what needs a person (outgoing::review).
            let Some(need) = needs_review(m.reason_code) else {
                continue;
            };
            let what = match m.reason_code.map(ReasonCode::as_str) {
                Some("unknown_sender") => "невідомий відправник",
                Some("malformed") => "пошкоджений лист",
                Some("analysis_crashed") => "розбір не завершився",
                Some("unauthenticated") => "відправника не підтверджено",
                Some("not_a_report") => "не звіт",
                Some("no_period") => "поза звітними періодами",
                Some("too_large") => "завеликий лист",
                _ => "потребує розгляду",
            };
            // Settled by attributing it to an executor (a malformed message has nobody's
            // text to credit: it is dismissed).
            let assignable = need == NeedsReview::Unattributed
                && m.reason_code != Some(ReasonCode::Malformed);
            entries.push(context! {
                ts => m.received_ts, received => when(l, m.received_ts),
                href => message_path(&m.message_id), what => what,
                from => m.from.clone(), subject => m.subject.clone(),
                detail => m.reason_text.clone(), assign => assignable,
            });
        }
        for it in items.iter().filter(|i| i.measure.is_none()) {
            entries.push(context! {
                ts => it.received_ts, received => when(l, it.received_ts),
                href => message_path(&it.message_id), what => "фрагмент без заходу",
                from => l.plan.executor(&it.executor).map_or(it.executor.clone(), |e| e.name.clone()),
                subject => it.text.chars().take(160).collect::<String>(),
                detail => it.evidence.clone(), item => it.seq,
                suggestions => v(&suggestions(&l.plan, it)),
            });
        }
        for m in messages.iter().filter(|m| {
            m.kind == Some(MessageKind::Report) && m.reason_code != Some(ReasonCode::Dismissed)
        }) {
            for p in store.parts(m.id)? {
                if let Some(text) = p.reason_text {
                    entries.push(context! {
                        ts => m.received_ts, received => when(l, m.received_ts),
                        href => message_path(&m.message_id), what => "вкладення не прочитано",
                        from => m.from.clone(), subject => p.name, detail => text,
                    });
                }
            }
        }
        entries.sort_by_key(|e| e.get_attr("ts").ok().and_then(|v| i64::try_from(v).ok()));
        let failed: Vec<OutLine> = store
            .outbox_list(true)?
            .iter()
            .map(|o| out_line(l, o))
            .collect();
        let (executors, measures) = choices(&l.plan, 70);
        Ok(context! {
            entries => entries, failed => v(&failed), executors => executors, measures => measures,
        })
    })
    .await?;
    render_page("review.html", &s, ctx)
}

async fn outbox(State(desk): S, Viewer(s): Viewer) -> Result<Response, WebError> {
    let rows = db(&desk, |store, l| {
        Ok(store
            .outbox_list(false)?
            .iter()
            .rev()
            // The newest 500: older mail is in `zvit outbox`.
            .take(500)
            .map(|o| out_line(l, o))
            .collect::<Vec<_>>())
    })
    .await?;
    render_page("outbox.html", &s, context! { rows => v(&rows) })
}

async fn retry(State(desk): S, Path(id): Path<i64>, _: Posted) -> Result<Response, WebError> {
    let now = desk.clock.now();
    let again = db(&desk, move |store, _| Ok(store.outbox_requeue(id, now)?)).await?;
    if !again {
        return Err(WebError::BadRequest(
            "Цей лист не позначено як недоставлений.".into(),
        ));
    }
    Ok(back_to("/outbox"))
}
