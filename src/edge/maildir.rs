//! Intake: messages from .eml files and Maildir folders into the store, then analysed.
//!
//! The raw message is committed first; analysis follows from the stored bytes, so a crash
//! between the two only delays analysis (the next pass picks up unanalysed messages).

use std::path::{Path, PathBuf};

use jiff::Timestamp;

use crate::analysis::parse;
use crate::analysis::pipeline::{self, Analysis, Context};
use crate::edge::ocr;
use crate::edge::store::{Inserted, NewMessage, Queued, Store, StoreError};
use crate::outgoing::respond::{self, Mailer};

#[derive(Debug, thiserror::Error)]
pub enum IntakeError {
    #[error("{0}")]
    Store(#[from] StoreError),
    #[error("composing an answer: {0}")]
    Compose(String),
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
}

/// One message file found by [`collect`].
#[derive(Debug, Clone)]
pub struct Found {
    pub path: PathBuf,
    /// Set for Maildir `new/` files, which are moved to `cur/` once stored.
    pub maildir_new: bool,
}

/// Expands the paths given to `ingest`: .eml files as they are; a Maildir (a folder with
/// cur/ and new/) as its messages; any other folder as the .eml files in it, recursively.
pub fn collect(paths: &[PathBuf]) -> Result<Vec<Found>, IntakeError> {
    let mut out = Vec::new();
    for p in paths {
        collect_one(p, &mut out)?;
    }
    Ok(out)
}

fn collect_one(path: &Path, out: &mut Vec<Found>) -> Result<(), IntakeError> {
    let err = |source| IntakeError::Read {
        path: path.display().to_string(),
        source,
    };
    let meta = std::fs::metadata(path).map_err(err)?;
    if meta.is_file() {
        out.push(Found {
            path: path.to_path_buf(),
            maildir_new: false,
        });
        return Ok(());
    }
    if path.join("cur").is_dir() || path.join("new").is_dir() {
        for (sub, new) in [("cur", false), ("new", true)] {
            let dir = path.join(sub);
            if !dir.is_dir() {
                continue;
            }
            for f in sorted_entries(&dir)? {
                if f.is_file() {
                    out.push(Found {
                        path: f,
                        maildir_new: new,
                    });
                }
            }
        }
        return Ok(());
    }
    for f in sorted_entries(path)? {
        if f.is_dir() {
            collect_one(&f, out)?;
        } else if f.extension().is_some_and(|e| e.eq_ignore_ascii_case("eml")) {
            out.push(Found {
                path: f,
                maildir_new: false,
            });
        }
    }
    Ok(())
}

fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>, IntakeError> {
    let err = |source| IntakeError::Read {
        path: dir.display().to_string(),
        source,
    };
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(err)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    v.sort();
    Ok(v)
}

/// What happened to one message file.
#[derive(Debug)]
pub enum Outcome {
    Stored { id: i64, message_id: Option<String> },
    Duplicate { id: i64 },
    Failed(String),
}

/// Stores message files' raw bytes in batches (one commit per batch); each file moves from a
/// Maildir's new/ to cur/ only after its batch is committed. One outcome per file, in order.
/// The receive time is, per DESIGN.md, the newest Received:, else Date:, else the file's
/// modification time.
pub fn store_files(store: &mut Store, found: &[Found], now: Timestamp) -> Vec<Outcome> {
    let mut out = Vec::with_capacity(found.len());
    for chunk in found.chunks(64) {
        let read: Vec<Result<ReadFile, String>> = chunk.iter().map(|f| read_file(f, now)).collect();
        let stored = store.batch(|store| {
            let mut outcomes = Vec::with_capacity(chunk.len());
            for (f, r) in chunk.iter().zip(&read) {
                let outcome = match r {
                    Err(e) => Outcome::Failed(e.clone()),
                    Ok((raw, env, received)) => {
                        let message = NewMessage {
                            message_id: env.message_id.as_deref(),
                            raw,
                            received: *received,
                            origin: f.path.display().to_string(),
                            now,
                        };
                        match store.insert_raw(message) {
                            Ok(Inserted::New(id)) => Outcome::Stored {
                                id,
                                message_id: env.message_id.clone(),
                            },
                            Ok(Inserted::Duplicate(id)) => Outcome::Duplicate { id },
                            Err(e) => Outcome::Failed(format!("{}: {e}", f.path.display())),
                        }
                    }
                };
                outcomes.push(outcome);
            }
            Ok::<_, StoreError>(outcomes)
        });
        match stored {
            Ok(outcomes) => {
                for (f, o) in chunk.iter().zip(&outcomes) {
                    if !matches!(o, Outcome::Failed(_)) {
                        mark_seen(f);
                    }
                }
                out.extend(outcomes);
            }
            Err(e) => out.extend(
                chunk
                    .iter()
                    .map(|f| Outcome::Failed(format!("{}: {e}", f.path.display()))),
            ),
        }
    }
    out
}

/// A message file's bytes, its envelope and its receive time.
type ReadFile = (Vec<u8>, parse::Envelope, Timestamp);

fn read_file(found: &Found, now: Timestamp) -> Result<ReadFile, String> {
    let raw = std::fs::read(&found.path)
        .map_err(|e| format!("cannot read {}: {e}", found.path.display()))?;
    let env = parse::envelope(&raw);
    let received = env.header_time.unwrap_or_else(|| {
        std::fs::metadata(&found.path)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| Timestamp::try_from(t).ok())
            .unwrap_or(now)
    });
    Ok((raw, env, received))
}

/// Maildir: a stored message moves from new/ to cur/ with the Seen flag.
fn mark_seen(found: &Found) {
    if !found.maildir_new {
        return;
    }
    let (Some(dir), Some(name)) = (
        found.path.parent().and_then(Path::parent),
        found.path.file_name(),
    ) else {
        return;
    };
    let name = name.to_string_lossy();
    let target = dir.join("cur").join(if name.contains(":2,") {
        name.to_string()
    } else {
        format!("{name}:2,S")
    });
    if let Err(e) = std::fs::rename(&found.path, &target) {
        tracing::warn!(path = %found.path.display(), error = %e, "Could not move a stored message to cur/");
    }
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
) -> Result<Vec<String>, IntakeError> {
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
    message_id: &str,
) -> Result<Option<Analysis>, IntakeError> {
    let mid = message_id.trim().trim_matches(['<', '>']);
    let found: Vec<i64> = store.message_row(mid)?.into_iter().collect();
    Ok(
        analyse(store, ctx, found, None, Timestamp::UNIX_EPOCH, |_, a| a)?
            .into_iter()
            .next(),
    )
}

/// Re-runs the pipeline over every stored message (`zvit reprocess`). Sends nothing. Returns
/// how many were analysed.
pub fn reprocess(store: &mut Store, ctx: &Context) -> Result<usize, IntakeError> {
    let all = store.all_message_ids()?;
    Ok(analyse(store, ctx, all, None, Timestamp::UNIX_EPOCH, |_, _| ())?.len())
}

/// Messages analysed per transaction: one commit per batch instead of one per message.
const BATCH: usize = 32;

/// Analyses the messages `ids`; `keep` turns each fresh analysis into what the caller wants
/// back (a summary line, the analysis itself, nothing).
///
/// Crash safety: just before the pipeline runs on a message, its attempt is committed
/// (`Store::begin_attempt`), and just after it returns the attempt is taken back
/// (`Store::end_attempt`) — two small commits, cheap in WAL mode, and they survive the death
/// of the process (abort, OOM kill, SIGKILL). So a message's count says exactly how often its
/// own analysis began and did not finish. One with two is set aside as `analysis_crashed`
/// without running anything on it, the admins are told once, and the mail behind it goes on.
fn analyse<T>(
    store: &mut Store,
    ctx: &Context,
    ids: Vec<i64>,
    mailer: Option<&Mailer>,
    now: Timestamp,
    mut keep: impl FnMut(&crate::edge::store::StoredMessage, Analysis) -> T,
) -> Result<Vec<T>, IntakeError> {
    let mut out = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(BATCH) {
        let attempts = store.attempts(chunk)?;
        // The pure work (and OCR, which takes seconds a page) outside the write transaction;
        // then the batch's analyses and the answers they call for are committed together.
        let mut done = Vec::with_capacity(chunk.len());
        for (&id, &tried) in chunk.iter().zip(&attempts) {
            let Some(m) = store.stored_message(id)? else {
                continue;
            };
            if tried >= 2 {
                let (analysis, alert) = set_aside(store, ctx, &m, mailer, now)?;
                done.push((m, analysis, Done::SetAside(alert)));
                continue;
            }
            store.begin_attempt(id, now)?;
            fault::abort_if_marked("ZVIT_FAULT_ABORT", &m.raw);
            let prepared = prepare(store, ctx, &m, now)?;
            store.end_attempt(id)?;
            if let Some(analysis) = prepared {
                done.push((m, analysis, Done::Analysed));
            }
        }
        store.batch(|store| {
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
                            Err(IntakeError::Compose(e)) => {
                                tracing::warn!(message_id = %m.message_id, error = %e, "Could not build the automatic answer; analysis saved without it");
                                store.record_answer_failure(m.id, &e, now)?;
                                Vec::new()
                            }
                            Err(e) => return Err(e),
                        }
                    }
                    (Done::Analysed, None) => Vec::new(),
                };
                store.save_analysis_and_queue(m.id, &analysis, &mails, now)?;
                tracing::debug!(message_id = %m.message_id, items = analysis.items.len(), answers = mails.len(), "Analysed");
                out.push(keep(&m, analysis));
            }
            Ok::<_, IntakeError>(())
        })?;
    }
    Ok(out)
}

/// For a message too large to fetch (IMAP kept only its headers), the alert to the admins.
fn too_large_alert(
    ctx: &Context,
    mailer: &Mailer,
    m: &crate::edge::store::StoredMessage,
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

/// How a message of a batch was dealt with.
enum Done {
    Analysed,
    /// Set aside, with the alert to the admins to queue.
    SetAside(Vec<Queued>),
}

/// The analysis of a message whose analysis did not finish twice: `analysis_crashed`, with
/// nothing of it parsed again and, with a mailer, one alert to the admins (its outbox key is
/// the Message-ID, so it goes once however often the message is met).
fn set_aside(
    store: &Store,
    ctx: &Context,
    m: &crate::edge::store::StoredMessage,
    mailer: Option<&Mailer>,
    now: Timestamp,
) -> Result<(Analysis, Vec<Queued>), IntakeError> {
    let decisions = store.decisions(&m.message_id)?;
    let analysis = pipeline::set_aside(ctx, m.received, &decisions);
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

/// Fault injection for the crash tests, compiled into debug builds only: a message whose raw
/// bytes contain the marker set in `ZVIT_FAULT_ABORT` aborts the process before its analysis,
/// and an attachment whose bytes contain the marker in `ZVIT_FAULT_READER_ABORT` aborts the
/// reader worker, as an allocation failure inside a reader would.
pub mod fault {
    /// Aborts when `bytes` contain the marker set in the environment variable `var` (debug
    /// builds only; release builds ignore it).
    pub fn abort_if_marked(var: &str, bytes: &[u8]) {
        #[cfg(debug_assertions)]
        if marked(var, bytes) {
            std::process::abort();
        }
        #[cfg(not(debug_assertions))]
        let _ = (var, bytes);
    }

    /// The faults of a reader worker: `ZVIT_FAULT_READER_ABORT` aborts,
    /// `ZVIT_FAULT_READER_HANG` never answers, `ZVIT_FAULT_READER_ALLOC` allocates without
    /// end (debug builds only).
    pub fn reader_faults(bytes: &[u8]) {
        abort_if_marked("ZVIT_FAULT_READER_ABORT", bytes);
        #[cfg(debug_assertions)]
        {
            if marked("ZVIT_FAULT_READER_HANG", bytes) {
                loop {
                    std::thread::park();
                }
            }
            if marked("ZVIT_FAULT_READER_ALLOC", bytes) {
                let mut hog: Vec<Vec<u8>> = Vec::new();
                loop {
                    hog.push(vec![1; 64 << 20]);
                }
            }
        }
    }

    #[cfg(debug_assertions)]
    fn marked(var: &str, bytes: &[u8]) -> bool {
        std::env::var_os(var).is_some_and(|marker| {
            !marker.is_empty()
                && bytes
                    .windows(marker.len())
                    .any(|w| w == marker.as_encoded_bytes())
        })
    }
}

/// Analyses one message, reading its scans first when OCR runs inline; `None` when they are
/// left to the daemon's OCR worker (the message waits, unanalysed).
fn prepare(
    store: &mut Store,
    ctx: &Context,
    m: &crate::edge::store::StoredMessage,
    now: Timestamp,
) -> Result<Option<Analysis>, IntakeError> {
    let decisions = store.decisions(&m.message_id)?;
    let analysis = pipeline::process_full(ctx, &m.raw, m.received, &decisions, &*store);
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
        ctx, &m.raw, m.received, &decisions, &*store,
    )))
}

/// The automatic answers a freshly analysed message calls for, built and ready to queue.
fn answers(
    store: &Store,
    ctx: &Context,
    mailer: &Mailer,
    m: &crate::edge::store::StoredMessage,
    a: &Analysis,
    now: Timestamp,
) -> Result<Vec<Queued>, IntakeError> {
    let plan = &ctx.plan;
    let draft = if let (Some(attr), Some(period)) = (&a.attribution, a.period) {
        let mut covered: Vec<u32> = store.covered(&attr.executor, period)?;
        covered.extend(a.items.iter().filter_map(|i| i.measure));
        respond::receipt(plan, mailer, &m.message_id, m.received, a, &covered)
    } else {
        respond::unknown_notice(plan, mailer, &m.message_id, m.received, a)
    }
    .map_err(|e| IntakeError::Compose(e.to_string()))?;
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
    let queued = mailer
        .queue(&draft, now)
        .map_err(|e| IntakeError::Compose(e.to_string()))?;
    Ok(vec![queued])
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
