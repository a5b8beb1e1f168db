//! The automatic answers an analysed message calls for — a receipt to its executor, a notice
//! to an unknown sender, an alert to the admins about a message too large to fetch — built
//! and ready to queue in the transaction that saves the analysis.

use jiff::Timestamp;

use crate::analysis::pipeline::{Analysis, Context};
use crate::edge::store::{Store, StoreError, StoredMessage};
use crate::outgoing::compose::ComposeError;
use crate::outgoing::records::Queued;
use crate::outgoing::respond::{self, Mailer};

/// Why an automatic answer could not be decided.
#[derive(Debug, thiserror::Error)]
pub enum AnswerError {
    #[error("{0}")]
    Store(#[from] StoreError),
    /// Recorded as the message's answer failure; the analysis is saved without the answer.
    #[error("composing an answer: {0}")]
    Compose(#[from] ComposeError),
}

/// The automatic answers a freshly analysed message calls for, built and ready to queue.
pub fn for_analysis(
    store: &Store,
    ctx: &Context,
    mailer: &Mailer,
    m: &StoredMessage,
    a: &Analysis,
    now: Timestamp,
) -> Result<Vec<Queued>, AnswerError> {
    let plan = &ctx.plan;
    let draft = if let (Some(attr), Some(period)) = (&a.attribution, a.period) {
        let mut covered: Vec<u32> = store.covered(&attr.executor, period)?;
        // Its own items only: a joint report's section for another office counts for that
        // office.
        covered.extend(
            a.items
                .iter()
                .filter(|i| i.executor.is_none())
                .filter_map(|i| i.measure),
        );
        respond::receipt(plan, mailer, &m.message_id, m.received, a, &covered)
    } else {
        respond::unknown_notice(plan, mailer, &m.message_id, m.received, a)
    }?;
    let Some(draft) = draft else {
        return Ok(Vec::new());
    };
    // A cap on automatic mails per recipient per day stops loops (not receipts for reports).
    let day_ago = now
        .checked_sub(jiff::SignedDuration::from_hours(24))
        .unwrap_or(now);
    if let Some(r) = respond::over_daily_cap(&draft, mailer.receipts.daily_cap, |r| {
        store.sent_to_since(r, day_ago)
    })? {
        tracing::warn!(recipient = %r, key = %draft.key, "Daily cap of automatic mails reached; not answering");
        return Ok(Vec::new());
    }
    Ok(vec![mailer.queue(&draft, now)?])
}

/// For a message too large to fetch (IMAP kept only its headers), the alert to the admins.
pub fn too_large_alert(
    ctx: &Context,
    mailer: &Mailer,
    m: &StoredMessage,
    now: Timestamp,
) -> Option<Queued> {
    let size = crate::analysis::parse::too_large_size(&m.raw)?;
    if mailer.admins.is_empty() {
        return None;
    }
    let draft =
        respond::too_large_alert(&mailer.admins, &m.message_id, size, m.received, &ctx.plan);
    mailer.queue(&draft, now).ok()
}
