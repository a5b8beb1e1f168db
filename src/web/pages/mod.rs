//! The desk's pages and actions. Every handler finds the session first, does its store work
//! on a blocking thread, and renders a template (autoescaped: mail text is never markup).
//!
//! This file has the routes and what several pages show (times, items, outgoing mail, the
//! correction lists); a file per group of pages: `login`, `status` (overview, executor,
//! measure), `message` (a message and its corrections), `review` (review, outbox).

use std::sync::Arc;

use axum::Router;
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use minijinja::context;
use serde::Serialize;

use super::desk::{Desk, Loaded};
use crate::analysis::plan::Plan;
use crate::outgoing::report;

mod login;
mod message;
mod review;
mod status;

use login::{login, login_form, logout};
use message::{assign, attachment, dismiss, message, set_measure};
use review::{outbox, retry, review};
use status::{executor, measure, overview};

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
        include_str!("../templates/desk.css"),
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
    /// The office it counts for (a joint report's section may name another than the
    /// message's): its id and name.
    executor: String,
    office: String,
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
        executor: it.executor.clone(),
        office: plan.executor_name(&it.executor),
    }
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

/// After an action: back to a page.
fn back_to(path: &str) -> Response {
    Redirect::to(path).into_response()
}
