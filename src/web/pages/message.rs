//! A message: what was read of it, its attachments (as downloads), and the corrections made on
//! it (assign, set or clear a measure, dismiss), each through `service::decide`.

use std::collections::HashMap;

use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use minijinja::context;

use super::*;
use crate::analysis::decision::Decision;
use crate::analysis::message_id::MessageId;
use crate::analysis::parse::MessageKind;
use crate::edge::store::Store;
use crate::service::decide::{self, DecideError};
use crate::web::desk::Loaded;
use crate::web::page::{Posted, S, Viewer, WebError, db, render_page, v};
use crate::web::paths::message_path;

pub(super) async fn message(
    State(desk): S,
    Path(id): Path<String>,
    Viewer(s): Viewer,
) -> Result<Response, WebError> {
    let ctx = db(&desk, move |store, l| message_context(store, l, &id)).await?;
    render_page("message.html", &s, ctx)
}

pub(super) fn message_context(
    store: &mut Store,
    l: &Loaded,
    id: &str,
) -> Result<minijinja::Value, WebError> {
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
                Decision::Assign(id) => {
                    format!("віднесено до виконавця: {}", l.plan.executor_name(id))
                }
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
    let executor_name = m.executor.as_deref().map(|e| l.plan.executor_name(e));
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
pub(super) fn header_value(raw: &[u8], name: &str) -> Option<String> {
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
pub(super) async fn attachment(
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

/// Where a correction returns to: the review list when its form came from there (only that
/// one fixed place: the form cannot send the browser anywhere else), else the message.
pub(super) fn after(f: &HashMap<String, String>, mid: &str) -> String {
    if f.get("back").map(String::as_str) == Some("review") {
        "/review".into()
    } else {
        message_path(mid)
    }
}

pub(super) async fn assign(
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

pub(super) fn correction_error(e: DecideError) -> WebError {
    use DecideError as E;
    match e {
        E::NoExecutor(_) => WebError::BadRequest("Такого виконавця в плані немає.".into()),
        E::NoMessage(_) => WebError::NotFound,
        E::NoMeasure(n) => WebError::BadRequest(format!("У плані немає заходу {n}.")),
        E::NoItem { .. } => WebError::BadRequest("Такого фрагмента в листі немає.".into()),
        e => WebError::Internal(e.to_string()),
    }
}

pub(super) async fn set_measure(
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

pub(super) async fn dismiss(
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
