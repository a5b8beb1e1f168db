//! People's corrections: attribute a message to an executor, put an item under a measure,
//! dismiss a message. The command line (`zvit assign`, `set-measure`, `dismiss`) and the web
//! desk call these same functions. Each decision is stored with who made it and when (the
//! `decision` table keeps the latest of a kind, which `reprocess` applies; `decision_log`
//! keeps them all), then the message is analysed again so that every figure follows. I/O.

use std::sync::Arc;

use jiff::Timestamp;
use rusqlite::params;

use crate::analysis::pipeline::{Analysis, Context};
use crate::config::Config;
use crate::edge::store::{Store, StoreError};
use crate::service::analyse;

#[derive(Debug, thiserror::Error)]
pub enum CorrectError {
    #[error("{0}")]
    Store(#[from] StoreError),
    #[error("no executor with id {0} in the plan")]
    NoExecutor(String),
    #[error("no stored message with Message-ID <{0}>")]
    NoMessage(String),
    #[error("the plan has no measure {0}")]
    NoMeasure(u32),
    #[error("no item <{0}>#{1}")]
    NoItem(String, usize),
}

impl From<rusqlite::Error> for CorrectError {
    fn from(e: rusqlite::Error) -> Self {
        CorrectError::Store(StoreError::Sqlite(e))
    }
}

/// One decision as it was made.
#[derive(Debug, Clone, serde::Serialize)]
pub struct LoggedDecision {
    pub action: String,
    pub value: String,
    pub by: String,
    pub at: i64,
}

/// What a correction did.
pub struct Corrected {
    /// The message's new analysis.
    pub analysis: Option<Analysis>,
    /// The sender's address, when it was learned as the executor's.
    pub learned: Option<String>,
    /// The context the message was analysed with (a new one when an address was learned:
    /// callers that keep a context should keep this one).
    pub ctx: Option<Arc<Context>>,
}

/// The Message-ID as stored: without angle brackets and spaces.
pub fn bare_id(message_id: &str) -> String {
    message_id.trim().trim_matches(['<', '>']).to_string()
}

/// Records a decision with who made it and when.
pub fn decide(
    store: &Store,
    message_id: &str,
    action: &str,
    value: &str,
    by: &str,
    now: Timestamp,
) -> Result<(), CorrectError> {
    let mid = bare_id(message_id);
    store.decide(&mid, action, value, now)?;
    store.conn().execute(
        "INSERT INTO decision_log (message_id, action, value, by_whom, at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![mid, action, value, by, now.as_second()],
    )?;
    Ok(())
}

/// Every decision made about a message, oldest first.
pub fn history(store: &Store, message_id: &str) -> Result<Vec<LoggedDecision>, CorrectError> {
    let mut stmt = store.conn().prepare(
        "SELECT action, value, by_whom, at FROM decision_log WHERE message_id = ?1 ORDER BY at, id",
    )?;
    let rows = stmt.query_map([bare_id(message_id)], |r| {
        Ok(LoggedDecision {
            action: r.get(0)?,
            value: r.get(1)?,
            by: r.get(2)?,
            at: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Attributes a message to an executor; with `learn_address`, the sender's address becomes
/// the executor's (the message is then analysed with a context that knows it).
#[allow(clippy::too_many_arguments)]
pub fn assign(
    store: &mut Store,
    ctx: &Context,
    config: &Config,
    message_id: &str,
    executor: &str,
    learn_address: bool,
    by: &str,
    now: Timestamp,
) -> Result<Corrected, CorrectError> {
    if ctx.plan.executor(executor).is_none() {
        return Err(CorrectError::NoExecutor(executor.to_string()));
    }
    let mid = bare_id(message_id);
    let Some(m) = store.messages()?.into_iter().find(|m| m.message_id == mid) else {
        return Err(CorrectError::NoMessage(mid));
    };
    decide(store, &mid, "assign", executor, by, now)?;
    let mut learned = None;
    let mut fresh = None;
    if learn_address && let Some(from) = &m.from {
        store.learn_address(from, executor)?;
        let mut p = (*ctx.plan).clone();
        p.learn(&store.learned_addresses()?);
        let mut c = Context::from_config(config, Arc::new(p));
        c.ocr = ctx.ocr.clone();
        c.reader = ctx.reader.clone();
        learned = Some(from.clone());
        fresh = Some(Arc::new(c));
    }
    let analysis = analyse::reanalyse(store, fresh.as_deref().unwrap_or(ctx), &mid)?;
    Ok(Corrected {
        analysis,
        learned,
        ctx: fresh,
    })
}

/// Puts item `seq` of a message under a measure.
pub fn set_measure(
    store: &mut Store,
    ctx: &Context,
    message_id: &str,
    seq: usize,
    measure: u32,
    by: &str,
    now: Timestamp,
) -> Result<Corrected, CorrectError> {
    let mid = bare_id(message_id);
    if ctx.plan.measure(measure).is_none() {
        return Err(CorrectError::NoMeasure(measure));
    }
    if !store
        .items()?
        .iter()
        .any(|i| i.message_id == mid && i.seq as usize == seq)
    {
        return Err(CorrectError::NoItem(mid, seq));
    }
    decide(
        store,
        &mid,
        &format!("set_measure:{seq}"),
        &measure.to_string(),
        by,
        now,
    )?;
    Ok(Corrected {
        analysis: analyse::reanalyse(store, ctx, &mid)?,
        learned: None,
        ctx: None,
    })
}

/// Marks a message as needing nothing (not a report, or handled by hand): it yields no items.
pub fn dismiss(
    store: &mut Store,
    ctx: &Context,
    message_id: &str,
    by: &str,
    now: Timestamp,
) -> Result<Corrected, CorrectError> {
    let mid = bare_id(message_id);
    if store.find_message(&mid)?.is_none() {
        return Err(CorrectError::NoMessage(mid));
    }
    decide(store, &mid, "dismiss", "1", by, now)?;
    Ok(Corrected {
        analysis: analyse::reanalyse(store, ctx, &mid)?,
        learned: None,
        ctx: None,
    })
}
