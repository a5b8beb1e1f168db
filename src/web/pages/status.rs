//! Where the plan stands: the overview (executors × measures for a period), an executor's
//! page and a measure's page.

use std::collections::HashMap;

use axum::extract::{Path, Query, State};
use axum::response::Response;
use minijinja::context;
use serde::Serialize;

use super::*;
use crate::outgoing::records::{ItemRow, MessageRow};
use crate::outgoing::report::{self, Cell};
use crate::web::desk::Loaded;
use crate::web::page::{S, Viewer, WebError, db, render_page, v};
use crate::web::paths::{message_path, segment};

#[derive(serde::Deserialize)]
pub(super) struct PeriodQuery {
    period: Option<String>,
}

/// The period asked for, else the one the clock is in, else the last.
pub(super) fn pick_period(
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
pub(super) struct MatrixCell {
    mark: &'static str,
    class: &'static str,
    href: String,
}

#[derive(Serialize)]
pub(super) struct MatrixLine {
    id: String,
    name: String,
    cells: Vec<MatrixCell>,
}

pub(super) fn cell_of(e: &report::ExecutorStatus, m: u32) -> Option<Cell> {
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

pub(super) async fn overview(
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

#[derive(Serialize)]
pub(super) struct MessageLine {
    /// The office that sent it, when it is not the page's own: a joint report whose section
    /// counts for this office.
    sender: Option<String>,
    href: String,
    received: String,
    subject: String,
    from: String,
    period: Option<u32>,
    late: bool,
    reason: Option<String>,
    items: Vec<ItemView>,
}

pub(super) async fn executor(
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
        // Each message's items, grouped once: the page stays linear in the store's size.
        let mut of_message: HashMap<i64, Vec<&ItemRow>> = HashMap::new();
        for it in &items {
            of_message.entry(it.message).or_default().push(it);
        }
        let of = |m: &MessageRow| of_message.get(&m.id).map_or(&[][..], Vec::as_slice);
        // Its own mail, and another office's joint report with a section that counts for it.
        let messages: Vec<MessageLine> = store
            .messages()?
            .iter()
            .filter(|m| {
                m.executor.as_deref() == Some(e.id.as_str())
                    || of(m).iter().any(|i| i.executor == e.id)
            })
            .map(|m| MessageLine {
                sender: m
                    .executor
                    .as_deref()
                    .filter(|x| *x != e.id)
                    .map(|x| l.plan.executor_name(x)),
                href: message_path(&m.message_id),
                received: when(l, m.received_ts),
                subject: m.subject.clone().unwrap_or_default(),
                from: m.from.clone().unwrap_or_default(),
                period: m.period,
                late: m.late,
                reason: m.reason_text.clone(),
                items: of(m).iter().map(|it| item_view(&l.plan, it)).collect(),
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

pub(super) async fn measure(
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
