//! What needs a person (review) and the outbox, with its retry.

use axum::extract::{Path, State};
use axum::response::Response;
use minijinja::context;

use super::*;
use crate::analysis::parse::MessageKind;
use crate::analysis::reason::ReasonCode;
use crate::outgoing::review::{NeedsReview, needs_review};
use crate::web::page::{Posted, S, Viewer, WebError, db, render_page, v};
use crate::web::paths::message_path;

pub(super) async fn review(State(desk): S, Viewer(s): Viewer) -> Result<Response, WebError> {
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
            let assignable =
                need == NeedsReview::Unattributed && m.reason_code != Some(ReasonCode::Malformed);
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
                from => l.plan.executor_name(&it.executor),
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

pub(super) async fn outbox(State(desk): S, Viewer(s): Viewer) -> Result<Response, WebError> {
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

pub(super) async fn retry(
    State(desk): S,
    Path(id): Path<i64>,
    _: Posted,
) -> Result<Response, WebError> {
    let now = desk.clock.now();
    let again = db(&desk, move |store, _| Ok(store.outbox_requeue(id, now)?)).await?;
    if !again {
        return Err(WebError::BadRequest(
            "Цей лист не позначено як недоставлений.".into(),
        ));
    }
    Ok(back_to("/outbox"))
}
