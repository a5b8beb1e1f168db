//! The queue decisions: which reminders, overdue notices and digests are due now, built and
//! put in the outbox (once each: the outbox key). The transport that later sends them is
//! [`crate::edge::outbox`].

use jiff::Timestamp;

use crate::analysis::parse::MessageKind;
use crate::config::Config;
use crate::edge::store::{Store, StoreError};
use crate::outgoing::compose::ComposeError;

#[derive(Debug, thiserror::Error)]
pub enum QueueError {
    #[error("{0}")]
    Store(#[from] StoreError),
    #[error("building a mail: {0}")]
    Compose(#[from] ComposeError),
}

/// What stored mail says of each executor's progress in a period.
pub fn progress_by_executor(
    store: &Store,
    period: u32,
) -> Result<std::collections::HashMap<String, crate::outgoing::respond::Progress>, StoreError> {
    use crate::outgoing::respond::Progress;
    let mut map: std::collections::HashMap<String, Progress> = std::collections::HashMap::new();
    let items = store.items()?;
    let flags = crate::outgoing::report::superseded_flags(&items);
    for (it, superseded) in items.iter().zip(flags) {
        if it.period != Some(period) || superseded {
            continue;
        }
        let p = map.entry(it.executor.clone()).or_default();
        match it.measure {
            Some(m) if !p.covered.contains(&m) => p.covered.push(m),
            Some(_) => {}
            None => p.unplaced += 1,
        }
    }
    for m in store.messages()? {
        let (Some(ex), Some(p)) = (&m.executor, m.period) else {
            continue;
        };
        if p != period || m.kind != Some(MessageKind::Report) {
            continue;
        }
        let entry = map.entry(ex.clone()).or_default();
        entry.reported = true;
        for part in store.parts(m.id)? {
            if part.reason_code.is_some_and(|c| !c.read_and_left_out())
                && !entry.unreadable.contains(&part.name)
            {
                entry.unreadable.push(part.name);
            }
        }
    }
    Ok(map)
}

/// Every period's reminder and overdue slots as configured: a deadline's own days before it,
/// else `[reminders] days_before`, at `[reminders] at`, on the office's working days.
pub fn reminder_slots(
    config: &Config,
    plan: &crate::analysis::plan::Plan,
) -> Vec<crate::outgoing::schedule::Slot> {
    let offsets = |period: u32| {
        plan.deadline_offsets
            .get(period as usize - 1)
            .cloned()
            .flatten()
            .unwrap_or_else(|| config.reminders.days_before.clone())
    };
    crate::outgoing::schedule::slots(
        plan,
        &offsets,
        config.reminders.at,
        &config.calendar,
        config.reminders.overdue,
    )
}

/// Queues the reminders and overdue notices due now (one per executor and slot; the outbox key
/// makes it once only). With `dry_run`, lists them without queueing. Returns (key, recipients).
pub fn queue_reminders(
    store: &mut Store,
    plan: &crate::analysis::plan::Plan,
    config: &Config,
    mailer: &crate::outgoing::respond::Mailer,
    now: Timestamp,
    dry_run: bool,
) -> Result<Vec<(String, Vec<String>)>, QueueError> {
    let slots = reminder_slots(config, plan);
    let mut out = Vec::new();
    for slot in crate::outgoing::schedule::due(plan, &slots, now) {
        let progress = progress_by_executor(store, slot.period)?;
        for executor in &plan.executors {
            let p = progress.get(&executor.id).cloned().unwrap_or_default();
            let key = format!("{}:{}", slot.key(), executor.id);
            if store.outbox_has(&key)? {
                continue;
            }
            let Some(draft) =
                crate::outgoing::respond::reminder(plan, mailer, &slot, executor, &p, now)?
            else {
                continue;
            };
            if !dry_run {
                let queued = mailer.queue(&draft, now)?;
                store.enqueue(&queued, now)?;
            }
            out.push((draft.key, draft.to));
        }
    }
    Ok(out)
}

/// The digest of a period from what is stored now.
pub fn digest_for(
    store: &Store,
    plan: &crate::analysis::plan::Plan,
    period: u32,
    now: Timestamp,
) -> Result<crate::outgoing::digest::Digest, StoreError> {
    let items = store.items()?;
    let mut messages = Vec::new();
    for m in store.messages()? {
        if m.period == Some(period) {
            let parts = store.parts(m.id)?;
            messages.push((m, parts));
        }
    }
    let failed = store.outbox_list(true)?;
    Ok(crate::outgoing::digest::build(
        plan, period, &items, &messages, &failed, now,
    ))
}

/// Queues the digest due now (once per slot), to the configured recipients. Returns its key.
pub fn queue_digest(
    store: &mut Store,
    plan: &crate::analysis::plan::Plan,
    config: &Config,
    mailer: &crate::outgoing::respond::Mailer,
    now: Timestamp,
) -> Result<Option<String>, QueueError> {
    if config.digest.recipients.is_empty() {
        return Ok(None);
    }
    let at = jiff::civil::Time::constant(8, 0, 0, 0);
    let slots = crate::outgoing::schedule::digest_slots(plan, at);
    let Some(slot) = crate::outgoing::schedule::due_digest(&slots, now) else {
        return Ok(None);
    };
    if store.outbox_has(&slot.key)? {
        return Ok(None);
    }
    let mut d = digest_for(store, plan, slot.period, now)?;
    d.desk = config.web.as_ref().and_then(|w| w.base_url.clone());
    let draft = crate::outgoing::digest::draft(
        &d,
        &mailer.templates,
        &config.digest.recipients,
        &slot.key,
    )?;
    let queued = mailer.queue(&draft, now)?;
    store.enqueue(&queued, now)?;
    Ok(Some(slot.key.clone()))
}

/// Who gets a digest asked for by hand (`zvit digest --send`): the `[digest] recipients`, or
/// zvit's own address when none are set (the scheduled digest is then not sent at all).
pub fn manual_digest_recipients(config: &Config) -> Vec<String> {
    if config.digest.recipients.is_empty() {
        vec![config.outgoing.from.clone()]
    } else {
        config.digest.recipients.clone()
    }
}
