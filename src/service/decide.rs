//! People's decisions on stored messages — `zvit assign`, `set-measure` (a measure, or `none`
//! to take an item off), `dismiss` and the web
//! desk's forms call these same functions — recorded apart from what the parser produced (so
//! `reprocess` keeps them), then the message analysed again so that every figure follows. Each
//! decision is stored with who made it and when: the `decision` table keeps the latest of a
//! kind (what the pipeline applies), the decision log keeps them all ([`history`]). Learning an
//! executor's address belongs here too.

use std::sync::Arc;

use jiff::Timestamp;

use crate::analysis::decision::Decision;
use crate::analysis::message_id::MessageId;
use crate::analysis::pipeline::{Analysis, Context};
use crate::analysis::plan::Plan;
use crate::edge::store::{LoggedDecision, Store, StoreError};
use crate::service::analyse;

#[derive(Debug, thiserror::Error)]
pub enum DecideError {
    #[error("{0}")]
    Store(#[from] StoreError),
    #[error("no executor with id {0} in the plan")]
    NoExecutor(String),
    #[error("no stored message with Message-ID <{0}>")]
    NoMessage(MessageId),
    #[error("the plan has no measure {0}")]
    NoMeasure(u32),
    #[error("no item <{message_id}>#{seq}")]
    NoItem { message_id: MessageId, seq: usize },
}

/// The plan with the addresses people taught zvit (`assign --learn-address`) added to their
/// executors. Addresses in the plan file win.
pub fn plan_with_learned(store: &Store, plan: Plan) -> Result<Plan, StoreError> {
    let mut plan = plan;
    plan.learn(&store.learned_addresses()?);
    Ok(plan)
}

/// Who made a decision: a desk user's name, or `cli:<login>` for the command line.
pub type By<'a> = &'a str;

/// Every decision made about a message, oldest first.
pub fn history(store: &Store, message_id: &MessageId) -> Result<Vec<LoggedDecision>, StoreError> {
    store.decision_log(message_id)
}

/// What an assignment did.
pub struct Assigned {
    /// The sender's address, when it was learned as the executor's.
    pub learned: Option<String>,
    /// The message's new analysis.
    pub analysis: Option<Analysis>,
    /// The context the message was analysed with when an address was learned (it knows the
    /// address): callers that keep a context should keep this one.
    pub ctx: Option<Arc<Context>>,
}

/// Attributes a message to an executor; with `learn_address`, the sender's address becomes
/// the executor's (and the message is analysed with the plan that knows it).
pub fn assign(
    store: &mut Store,
    ctx: &Context,
    message_id: &MessageId,
    executor: &str,
    learn_address: bool,
    by: By,
    now: Timestamp,
) -> Result<Assigned, DecideError> {
    if ctx.plan.executor(executor).is_none() {
        return Err(DecideError::NoExecutor(executor.to_string()));
    }
    let mid = message_id.clone();
    let Some(m) = store
        .messages()?
        .into_iter()
        .find(|m| m.message_id == mid.as_str())
    else {
        return Err(DecideError::NoMessage(mid));
    };
    store.decide(&mid, &Decision::Assign(executor.to_string()), by, now)?;
    let mut learned = None;
    let mut relearned = None;
    if learn_address && let Some(from) = &m.from {
        store.learn_address(from, executor)?;
        let plan = plan_with_learned(store, (*ctx.plan).clone())?;
        relearned = Some(Arc::new(ctx.with_plan(Arc::new(plan))));
        learned = Some(from.clone());
    }
    let analysis = analyse::reanalyse(store, relearned.as_deref().unwrap_or(ctx), &mid)?;
    Ok(Assigned {
        learned,
        analysis,
        ctx: relearned,
    })
}

/// Puts the `seq`-th piece of text of a message under a measure, with full confidence.
pub fn set_measure(
    store: &mut Store,
    ctx: &Context,
    message_id: &MessageId,
    seq: usize,
    measure: u32,
    by: By,
    now: Timestamp,
) -> Result<Option<Analysis>, DecideError> {
    let mid = message_id.clone();
    if ctx.plan.measure(measure).is_none() {
        return Err(DecideError::NoMeasure(measure));
    }
    has_item(store, &mid, seq)?;
    store.decide(&mid, &Decision::SetMeasure { seq, measure }, by, now)?;
    Ok(analyse::reanalyse(store, ctx, &mid)?)
}

/// Takes the `seq`-th piece of text of a message off its measure: it stays unplaced (whatever
/// the parser or an earlier decision said) and goes to review, with the closest other
/// measures as suggestions.
pub fn clear_measure(
    store: &mut Store,
    ctx: &Context,
    message_id: &MessageId,
    seq: usize,
    by: By,
    now: Timestamp,
) -> Result<Option<Analysis>, DecideError> {
    let mid = message_id.clone();
    has_item(store, &mid, seq)?;
    store.decide(&mid, &Decision::ClearMeasure { seq }, by, now)?;
    Ok(analyse::reanalyse(store, ctx, &mid)?)
}

/// Whether the message has a `seq`-th piece of text.
fn has_item(store: &Store, message_id: &MessageId, seq: usize) -> Result<(), DecideError> {
    if store
        .items()?
        .iter()
        .any(|i| i.message_id == message_id.as_str() && i.seq as usize == seq)
    {
        Ok(())
    } else {
        Err(DecideError::NoItem {
            message_id: message_id.clone(),
            seq,
        })
    }
}

/// Takes a message off the review list; it yields no items.
pub fn dismiss(
    store: &mut Store,
    ctx: &Context,
    message_id: &MessageId,
    by: By,
    now: Timestamp,
) -> Result<Option<Analysis>, DecideError> {
    let mid = message_id.clone();
    if store.find_message(&mid)?.is_none() {
        return Err(DecideError::NoMessage(mid));
    }
    store.decide(&mid, &Decision::Dismiss, by, now)?;
    Ok(analyse::reanalyse(store, ctx, &mid)?)
}
