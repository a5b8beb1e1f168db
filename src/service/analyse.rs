//! The analysis service: stored messages in, analyses (and the answers they call for) stored.
//!
//! Every way into analysis goes through here — `zvit ingest`, `run --once`, the daemon's
//! Maildir and IMAP intake, `reprocess`, a person's decision, the bench — and all of it through
//! one function, [`analyse`], which takes the messages in stored order, batch by batch:
//!
//! 1. **load** (store): each message's bytes, people's decisions and how often its analysis
//!    began without finishing;
//! 2. **analyse** (pure, [`pipeline::process_full`], with OCR at the edge in between): each
//!    message inside its crash bracket (`begin_attempt` … `end_attempt`, two small commits);
//! 3. **save** (store, one transaction): the batch's analyses with the answers decided with
//!    them (`answers`).

use jiff::Timestamp;

use crate::analysis::message_id::MessageId;
use crate::analysis::pipeline::{self, Analysis, Context, Decisions};
use crate::edge::fault;
use crate::edge::ocr;
use crate::edge::store::{Queued, Store, StoreError, StoredMessage};
use crate::outgoing::compose::ComposeError;
use crate::outgoing::respond::{self, Mailer};

/// Why an automatic answer could not be decided.
#[derive(Debug, thiserror::Error)]
enum AnswerError {
    #[error("{0}")]
    Store(#[from] StoreError),
    /// Recorded as the message's answer failure; the analysis is saved without the answer.
    #[error("composing an answer: {0}")]
    Compose(#[from] ComposeError),
}

/// Analyses every stored message that has no analysis yet, and — with a mailer — queues the
/// receipt or unknown-sender notice each calls for, in the same transaction as the analysis.
/// Returns a summary line per analysed message (see [`summary_line`]), in order; the analyses
/// themselves are in the store, so a large backlog is never all in memory.
pub fn analyse_pending(
    store: &mut Store,
    ctx: &Context,
    mailer: Option<&Mailer>,
    now: Timestamp,
) -> Result<Vec<String>, StoreError> {
    let waits_for_worker = matches!(ctx.ocr, ocr::Setup::Ready { defer: true, .. });
    let pending = store.unanalysed(waits_for_worker)?;
    analyse(store, ctx, pending, mailer, now, |m, a| {
        summary_line(&m.message_id, &a)
    })
}

/// Re-runs the pipeline over one stored message after a person's decision. Sends nothing.
pub fn reanalyse(
    store: &mut Store,
    ctx: &Context,
    message_id: &MessageId,
) -> Result<Option<Analysis>, StoreError> {
    let found: Vec<i64> = store
        .message_row(message_id.as_str())?
        .into_iter()
        .collect();
    Ok(
        analyse(store, ctx, found, None, Timestamp::UNIX_EPOCH, |_, a| a)?
            .into_iter()
            .next(),
    )
}

/// Re-runs the pipeline over every stored message (`zvit reprocess`). Sends nothing. Returns
/// how many were analysed.
pub fn reprocess(store: &mut Store, ctx: &Context) -> Result<usize, StoreError> {
    let all = store.all_message_ids()?;
    Ok(analyse(store, ctx, all, None, Timestamp::UNIX_EPOCH, |_, _| ())?.len())
}

/// Messages analysed per transaction: one commit per batch instead of one per message.
const BATCH: usize = 32;

/// A stored message ready for the pure work.
struct Loaded {
    message: StoredMessage,
    /// People's decisions on it, applied on top of the parser's output.
    decisions: Decisions,
    /// How often its own analysis began and did not finish.
    tried: u32,
}

/// How a message of a batch was dealt with.
enum Done {
    Analysed,
    /// Set aside, with the alert to the admins to queue.
    SetAside(Vec<Queued>),
}

/// Analyses the messages `ids`, in that order; `keep` turns each fresh analysis into what the
/// caller wants back (a summary line, the analysis itself, nothing).
///
/// Crash safety: just before the pipeline runs on a message, its attempt is committed
/// (`Store::begin_attempt`), and just after it returns the attempt is taken back
/// (`Store::end_attempt`) — two small commits, cheap in WAL mode, and they survive the death
/// of the process (abort, OOM kill, SIGKILL). So a message's count says exactly how often its
/// own analysis began and did not finish. One with two is set aside as `analysis_crashed`
/// without running anything on it, the admins are told once, and the mail behind it goes on.
pub fn analyse<T>(
    store: &mut Store,
    ctx: &Context,
    ids: Vec<i64>,
    mailer: Option<&Mailer>,
    now: Timestamp,
    mut keep: impl FnMut(&StoredMessage, Analysis) -> T,
) -> Result<Vec<T>, StoreError> {
    let mut out = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(BATCH) {
        // The pure work (and OCR, which takes seconds a page) outside the write transaction;
        // then the batch's analyses and the answers they call for are committed together.
        let mut done = Vec::with_capacity(chunk.len());
        for loaded in load(store, chunk)? {
            let m = loaded.message;
            if loaded.tried >= 2 {
                let (analysis, alert) = set_aside(store, ctx, &m, &loaded.decisions, mailer, now)?;
                done.push((m, analysis, Done::SetAside(alert)));
                continue;
            }
            store.begin_attempt(m.id, now)?;
            fault::abort_if_marked("ZVIT_FAULT_ABORT", &m.raw);
            let prepared = prepare(store, ctx, &m, &loaded.decisions, now)?;
            store.end_attempt(m.id)?;
            if let Some(analysis) = prepared {
                done.push((m, analysis, Done::Analysed));
            }
        }
        store.batch(|store| save(store, ctx, mailer, done, now, &mut keep, &mut out))?;
    }
    Ok(out)
}

/// The messages of one batch with their decisions and attempts, in the order of `ids`
/// (a message that is gone is skipped).
fn load(store: &Store, ids: &[i64]) -> Result<Vec<Loaded>, StoreError> {
    let attempts = store.attempts(ids)?;
    let mut out = Vec::with_capacity(ids.len());
    for (&id, &tried) in ids.iter().zip(&attempts) {
        let Some(message) = store.stored_message(id)? else {
            continue;
        };
        let decisions = store.decisions(&message.message_id)?;
        out.push(Loaded {
            message,
            decisions,
            tried,
        });
    }
    Ok(out)
}

/// Saves a batch's analyses with the answers each calls for (inside one transaction).
fn save<T>(
    store: &mut Store,
    ctx: &Context,
    mailer: Option<&Mailer>,
    done: Vec<(StoredMessage, Analysis, Done)>,
    now: Timestamp,
    keep: &mut impl FnMut(&StoredMessage, Analysis) -> T,
    out: &mut Vec<T>,
) -> Result<(), StoreError> {
    for (m, analysis, how) in done {
        let mails = match (how, mailer) {
            (Done::SetAside(mails), _) => mails,
            (Done::Analysed, Some(mailer)) => {
                match answers(store, ctx, mailer, &m, &analysis, now) {
                    Ok(mut mails) => {
                        mails.extend(too_large_alert(ctx, mailer, &m, now));
                        mails
                    }
                    // A failure to answer is not a failure to analyse: recorded, skipped.
                    Err(AnswerError::Compose(e)) => {
                        let e = e.to_string();
                        tracing::warn!(message_id = %m.message_id, error = %e, "Could not build the automatic answer; analysis saved without it");
                        store.record_answer_failure(m.id, &e, now)?;
                        Vec::new()
                    }
                    Err(AnswerError::Store(e)) => return Err(e),
                }
            }
            (Done::Analysed, None) => Vec::new(),
        };
        store.save_analysis_and_queue(m.id, &analysis, &mails, now)?;
        tracing::debug!(message_id = %m.message_id, items = analysis.items.len(), answers = mails.len(), "Analysed");
        out.push(keep(&m, analysis));
    }
    Ok(())
}

/// For a message too large to fetch (IMAP kept only its headers), the alert to the admins.
fn too_large_alert(
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

/// The analysis of a message whose analysis did not finish twice: `analysis_crashed`, with
/// nothing of it parsed again and, with a mailer, one alert to the admins (its outbox key is
/// the Message-ID, so it goes once however often the message is met).
fn set_aside(
    store: &Store,
    ctx: &Context,
    m: &StoredMessage,
    decisions: &Decisions,
    mailer: Option<&Mailer>,
    now: Timestamp,
) -> Result<(Analysis, Vec<Queued>), StoreError> {
    let analysis = pipeline::set_aside(ctx, m.received, decisions);
    let mut mails = Vec::new();
    if let Some(mailer) = mailer
        && !mailer.admins.is_empty()
    {
        let draft = respond::crash_alert(&mailer.admins, &m.message_id, m.received, &ctx.plan);
        match mailer.queue(&draft, now) {
            Ok(q) => mails.push(q),
            Err(e) => store.record_answer_failure(m.id, &e.to_string(), now)?,
        }
    }
    tracing::error!(message_id = %m.message_id, "The analysis of this message did not finish twice; set aside as analysis_crashed");
    Ok((analysis, mails))
}

/// Analyses one message, reading its scans first when OCR runs inline; `None` when they are
/// left to the daemon's OCR worker (the message waits, unanalysed).
fn prepare(
    store: &mut Store,
    ctx: &Context,
    m: &StoredMessage,
    decisions: &Decisions,
    now: Timestamp,
) -> Result<Option<Analysis>, StoreError> {
    let analysis = pipeline::process_full(ctx, &m.raw, m.received, decisions, &*store);
    let (false, ocr::Setup::Ready { engine, defer }) = (analysis.scans.is_empty(), &ctx.ocr) else {
        return Ok(Some(analysis));
    };
    if *defer {
        store.queue_scans(m.id, &analysis.scans, now)?;
        tracing::info!(message_id = %m.message_id, scans = analysis.scans.len(), "Waiting for OCR");
        return Ok(None);
    }
    for scan in &analysis.scans {
        let text = engine.recognise(scan.format, &scan.data);
        tracing::info!(name = %scan.name, pages = text.pages.len(), confidence = text.confidence, "OCR done");
        store.save_scan(&scan.hash, &text, now)?;
    }
    Ok(Some(pipeline::process_full(
        ctx, &m.raw, m.received, decisions, &*store,
    )))
}

/// The automatic answers a freshly analysed message calls for, built and ready to queue.
fn answers(
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
        covered.extend(a.items.iter().filter_map(|i| i.measure));
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

/// One line about an analysed message, for `ingest` and `run --once`.
pub fn summary_line(message_id: &str, a: &Analysis) -> String {
    let who = a.attribution.as_ref().map_or("-".to_string(), |x| {
        format!(
            "{} ({}, {:.2})",
            x.executor,
            x.method.as_str(),
            x.confidence
        )
    });
    let period = a.period.map_or("-".to_string(), |p| {
        format!("{p}{}", if a.late { " late" } else { "" })
    });
    let mapped = a.items.iter().filter(|i| i.measure.is_some()).count();
    let unreadable = a.parts.iter().filter(|p| p.reason.is_some()).count();
    let mut line = format!(
        "<{message_id}> {}: executor {who}, period {period}, {} items ({mapped} mapped), {unreadable} parts with problems",
        a.kind.as_str(),
        a.items.len()
    );
    if let Some(r) = &a.reason {
        line.push_str(&format!(" — {}", r.code()));
    }
    line
}
