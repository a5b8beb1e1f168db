//! The analysis service: stored messages in, analyses (and the answers they call for) stored.
//!
//! Every way into analysis goes through here — `zvit ingest`, `run --once`, the daemon's
//! Maildir and IMAP intake, `reprocess`, a person's decision, the bench — and all of it through
//! one function, [`analyse`], which takes the messages in stored order, batch by batch:
//!
//! 1. **load** (store): each message's bytes, people's decisions and how often its analysis
//!    began without finishing;
//! 2. **analyse** (pure, [`pipeline::process_full`], with OCR at the edge in between): each
//!    message inside its crash bracket (`begin_attempt` … `end_attempt`; one after the other,
//!    a message's end is committed with the next one's beginning: one small commit a message);
//! 3. **save** (store, one transaction): the batch's analyses with the answers decided with
//!    them (`answers`).

use std::collections::VecDeque;

use jiff::Timestamp;

use super::{answers, pool};
use crate::analysis::message_id::MessageId;
use crate::analysis::pipeline::{self, Analysis, Context, Decisions};
use crate::edge::fault;
use crate::edge::maildir::{self, Found, Outcome};
use crate::edge::ocr;
use crate::edge::store::{Store, StoreError, StoredMessage};
use crate::outgoing::records::Queued;
use crate::outgoing::respond::{self, Mailer};

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
    let pending = pending(store, ctx)?;
    analyse(store, ctx, pending, mailer, now, |m, a| {
        summary_line(&m.message_id, &a)
    })
}

/// The stored messages that have no analysis yet, in stored order (those waiting for the
/// daemon's OCR worker left out when it reads the scans).
pub fn pending(store: &Store, ctx: &Context) -> Result<Vec<i64>, StoreError> {
    let waits_for_worker = matches!(ctx.ocr, ocr::Setup::Ready { defer: true, .. });
    store.unanalysed(waits_for_worker)
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

/// Messages analysed per transaction: one commit per batch instead of one per message. With
/// several analysis threads it is also the window of messages handed to them at once; at most
/// two windows are in flight, so a backlog is never all in memory.
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
/// With `[limits] analysis_threads` above one (0: one per core), the pure work of different
/// messages runs side by side on a pool of threads, each reading attachments through the
/// context's reader (a [`crate::edge::sandbox::Sandbox`] gives each its own worker process);
/// this thread alone writes, saving each batch in the order of `ids`, so what is stored is the
/// same as one message at a time, byte for byte.
///
/// Crash safety: just before the pipeline runs on a message, its attempt is committed
/// (`Store::begin_attempt`; a window of messages handed to the threads begins in one commit),
/// and just after it returns the attempt is taken back (`Store::end_attempt`; one message at a
/// time, in the commit that begins the next one's, `Store::end_and_begin_attempt`; for a
/// window, in the commit that saves its results). The commits survive the death of the process (abort,
/// OOM kill, SIGKILL). A window with a message whose analysis began and did not finish is run
/// one message at a time, each in its own bracket, so only the message that really kills the
/// process reaches two, and its innocent neighbours clear. One with two is set aside as
/// `analysis_crashed` without running anything on it, the admins are told once, and the mail
/// behind it goes on.
pub fn analyse<T>(
    store: &mut Store,
    ctx: &Context,
    ids: Vec<i64>,
    mailer: Option<&Mailer>,
    now: Timestamp,
    keep: impl FnMut(&StoredMessage, Analysis) -> T,
) -> Result<Vec<T>, StoreError> {
    let threads = threads(&ctx.limits).min(ids.len());
    let mut chunks = ids.chunks(BATCH);
    let feed = |store: &mut Store| chunks.next().map(|chunk| load(store, chunk));
    run(store, ctx, threads, feed, mailer, now, keep)
}

/// Stores message files and analyses them as they are stored: each batch of [`BATCH`] files
/// is committed (`maildir::store_batch`; only then does a file leave a Maildir's new/), and
/// its new messages go to the analysis straight from memory — nothing just written is read
/// back — while the threads are still busy with the batch before. What was already pending
/// (a crash's leftovers) is analysed first, so the order stays the stored order. `stored` is
/// told every file's outcome as its batch is committed.
///
/// The crash bracket is [`analyse`]'s: a message's raw bytes are committed before its
/// attempt begins.
pub fn store_and_analyse<T>(
    store: &mut Store,
    ctx: &Context,
    found: &[Found],
    mailer: Option<&Mailer>,
    now: Timestamp,
    mut stored: impl FnMut(&Found, &Outcome),
    mut keep: impl FnMut(&StoredMessage, Analysis) -> T,
) -> Result<Vec<T>, StoreError> {
    let mut out = analyse(store, ctx, pending(store, ctx)?, mailer, now, &mut keep)?;
    let threads = threads(&ctx.limits).min(found.len());
    let mut chunks = found.chunks(BATCH);
    let feed = |store: &mut Store| -> Option<Result<Vec<Loaded>, StoreError>> {
        let chunk = chunks.next()?;
        let mut kept = Vec::with_capacity(chunk.len());
        for (f, (outcome, message)) in chunk.iter().zip(maildir::store_batch(store, chunk, now)) {
            stored(f, &outcome);
            kept.extend(message);
        }
        let mut loaded = Vec::with_capacity(kept.len());
        for message in kept {
            // A new message has no attempts; decisions are looked up all the same (they are
            // keyed by Message-ID, which a person may have decided on before it arrived).
            let decisions = match store.decisions(&message.message_id) {
                Ok(d) => d,
                Err(e) => return Some(Err(e)),
            };
            loaded.push(Loaded {
                message,
                decisions,
                tried: 0,
            });
        }
        Some(Ok(loaded))
    };
    out.extend(run(store, ctx, threads, feed, mailer, now, keep)?);
    Ok(out)
}

/// Analyses the batches `feed` hands out (`None` when there are no more), in that order, on
/// `threads` threads.
fn run<T>(
    store: &mut Store,
    ctx: &Context,
    threads: usize,
    mut feed: impl FnMut(&mut Store) -> Option<Result<Vec<Loaded>, StoreError>>,
    mailer: Option<&Mailer>,
    now: Timestamp,
    mut keep: impl FnMut(&StoredMessage, Analysis) -> T,
) -> Result<Vec<T>, StoreError> {
    let mut out = Vec::new();
    if threads <= 1 {
        while let Some(loaded) = feed(store) {
            one_at_a_time(store, ctx, loaded?, mailer, now, &mut keep, &mut out)?;
        }
        return Ok(out);
    }
    let mut writer = Writer {
        store,
        ctx,
        mailer,
        now,
        out: &mut out,
        keep: &mut keep,
    };
    std::thread::scope(|scope| {
        // Each thread reads stored scan texts through a connection of its own.
        let mut pool = Pool::start(scope, threads, || {
            let scans = writer.store.scan_reader();
            move |loaded: Loaded| {
                let m = &loaded.message;
                fault::abort_if_marked("ZVIT_FAULT_ABORT", &m.raw);
                let analysis =
                    pipeline::process_full(ctx, &m.raw, m.received, &loaded.decisions, &scans);
                (loaded, analysis)
            }
        });
        let mut in_flight: VecDeque<Window> = VecDeque::new();
        // While the threads analyse one window, this thread takes in the next (loads it, or
        // stores it) and then saves the one before.
        while let Some(loaded) = feed(writer.store) {
            let loaded = loaded?;
            if loaded.iter().any(|l| l.tried == 1) {
                // After a crash: what was in flight first, then this window one by one.
                while let Some(w) = in_flight.pop_front() {
                    writer.finish(&mut pool, w)?;
                }
                writer.one_at_a_time(loaded)?;
                continue;
            }
            in_flight.push_back(writer.start(&mut pool, loaded)?);
            if in_flight.len() > 1
                && let Some(w) = in_flight.pop_front()
            {
                writer.finish(&mut pool, w)?;
            }
        }
        while let Some(w) = in_flight.pop_front() {
            writer.finish(&mut pool, w)?;
        }
        Ok::<_, StoreError>(())
        // Leaving the scope drops the job sender: the threads run out of work and end.
    })?;
    Ok(out)
}

/// The analysis threads to run: `[limits] analysis_threads`, or one per core when it is 0.
pub fn threads(limits: &crate::config::Limits) -> usize {
    match limits.analysis_threads {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    }
}

/// The analysis threads: a stored message in, it and its analysis back, in order.
type Pool = pool::Ordered<Loaded, (Loaded, Analysis)>;

/// A window of messages in flight, in stored order.
struct Window {
    entries: Vec<Entry>,
    /// The messages whose attempts began with the window (ended when it is saved).
    begun: Vec<i64>,
}

enum Entry {
    /// Handed to the threads as job `seq`.
    Job(u64),
    /// Set aside (its analysis did not finish twice), decided when the window was loaded.
    SetAside(Box<(StoredMessage, Analysis, Vec<Queued>)>),
}

/// The one thread that writes: hands windows to the pool and saves their results in order.
struct Writer<'a, T, K> {
    store: &'a mut Store,
    ctx: &'a Context,
    mailer: Option<&'a Mailer>,
    now: Timestamp,
    out: &'a mut Vec<T>,
    keep: &'a mut K,
}

impl<T, K: FnMut(&StoredMessage, Analysis) -> T> Writer<'_, T, K> {
    /// Begins the attempts of a window in one commit and hands its messages to the threads.
    fn start(&mut self, pool: &mut Pool, loaded: Vec<Loaded>) -> Result<Window, StoreError> {
        let begun: Vec<i64> = loaded
            .iter()
            .filter(|l| l.tried < 2)
            .map(|l| l.message.id)
            .collect();
        self.store.begin_attempts(&begun, self.now)?;
        let mut entries = Vec::with_capacity(loaded.len());
        for l in loaded {
            if l.tried >= 2 {
                let (analysis, alert) = set_aside(
                    self.store,
                    self.ctx,
                    &l.message,
                    &l.decisions,
                    self.mailer,
                    self.now,
                )?;
                entries.push(Entry::SetAside(Box::new((l.message, analysis, alert))));
                continue;
            }
            entries.push(Entry::Job(pool.give(l)));
        }
        Ok(Window { entries, begun })
    }

    /// Waits for a window's analyses, reads their scans when OCR runs inline (in order, on
    /// this thread), and saves them with their answers, ending their attempts, in one commit.
    fn finish(&mut self, pool: &mut Pool, w: Window) -> Result<(), StoreError> {
        let mut done = Vec::with_capacity(w.entries.len());
        for entry in w.entries {
            match entry {
                Entry::SetAside(set_aside) => {
                    let (m, analysis, alert) = *set_aside;
                    done.push((m, analysis, Done::SetAside(alert)));
                }
                Entry::Job(seq) => {
                    let (l, analysis) = pool.take(seq);
                    if let Some(analysis) = read_scans(
                        self.store,
                        self.ctx,
                        &l.message,
                        &l.decisions,
                        analysis,
                        self.now,
                    )? {
                        done.push((l.message, analysis, Done::Analysed));
                    }
                }
            }
        }
        let (ctx, mailer, now) = (self.ctx, self.mailer, self.now);
        let (keep, out) = (&mut *self.keep, &mut *self.out);
        self.store.batch(|store| {
            for id in &w.begun {
                store.end_attempt(*id)?;
            }
            save(store, ctx, mailer, done, now, keep, out)
        })
    }

    fn one_at_a_time(&mut self, loaded: Vec<Loaded>) -> Result<(), StoreError> {
        one_at_a_time(
            self.store,
            self.ctx,
            loaded,
            self.mailer,
            self.now,
            self.keep,
            self.out,
        )
    }
}

/// Analyses a batch on this thread, one message at a time, each in its own crash bracket, and
/// saves it in one commit.
fn one_at_a_time<T>(
    store: &mut Store,
    ctx: &Context,
    loaded: Vec<Loaded>,
    mailer: Option<&Mailer>,
    now: Timestamp,
    keep: &mut impl FnMut(&StoredMessage, Analysis) -> T,
    out: &mut Vec<T>,
) -> Result<(), StoreError> {
    // The pure work (and OCR, which takes seconds a page) outside the write transaction;
    // then the batch's analyses and the answers they call for are committed together.
    // A message's attempt ends in the commit that begins the next one's: one commit a
    // message, and each still ends before the next message's pipeline runs.
    let mut done = Vec::with_capacity(loaded.len());
    let mut finished = None;
    for loaded in loaded {
        let m = loaded.message;
        if loaded.tried >= 2 {
            if let Some(id) = finished.take() {
                store.end_attempt(id)?;
            }
            let (analysis, alert) = set_aside(store, ctx, &m, &loaded.decisions, mailer, now)?;
            done.push((m, analysis, Done::SetAside(alert)));
            continue;
        }
        store.end_and_begin_attempt(finished.take(), m.id, now)?;
        fault::abort_if_marked("ZVIT_FAULT_ABORT", &m.raw);
        let analysis = pipeline::process_full(ctx, &m.raw, m.received, &loaded.decisions, &*store);
        let prepared = read_scans(store, ctx, &m, &loaded.decisions, analysis, now)?;
        finished = Some(m.id);
        if let Some(analysis) = prepared {
            done.push((m, analysis, Done::Analysed));
        }
    }
    if let Some(id) = finished {
        store.end_attempt(id)?;
    }
    store.batch(|store| save(store, ctx, mailer, done, now, keep, out))
}

/// The messages of one batch with their decisions and attempts, in the order of `ids`
/// (a message that is gone is skipped).
fn load(store: &Store, ids: &[i64]) -> Result<Vec<Loaded>, StoreError> {
    store.reading(|store| load_in(store, ids))
}

fn load_in(store: &Store, ids: &[i64]) -> Result<Vec<Loaded>, StoreError> {
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
                match answers::for_analysis(store, ctx, mailer, &m, &analysis, now) {
                    Ok(mut mails) => {
                        mails.extend(answers::too_large_alert(ctx, mailer, &m, now));
                        mails
                    }
                    // A failure to answer is not a failure to analyse: recorded, skipped.
                    Err(answers::AnswerError::Compose(e)) => {
                        let e = e.to_string();
                        tracing::warn!(message_id = %m.message_id, error = %e, "Could not build the automatic answer; analysis saved without it");
                        store.record_answer_failure(m.id, &e, now)?;
                        Vec::new()
                    }
                    Err(answers::AnswerError::Store(e)) => return Err(e),
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

/// A message's analysis after its scans: read now when OCR runs inline (then the message is
/// analysed again with their text), or left to the daemon's OCR worker (`None`: the message
/// waits, unanalysed).
fn read_scans(
    store: &mut Store,
    ctx: &Context,
    m: &StoredMessage,
    decisions: &Decisions,
    analysis: Analysis,
    now: Timestamp,
) -> Result<Option<Analysis>, StoreError> {
    let (false, ocr::Setup::Ready { engine, defer }) = (analysis.scans.is_empty(), &ctx.ocr) else {
        return Ok(Some(analysis));
    };
    if *defer {
        store.queue_scans(m.id, &analysis.scans, now)?;
        tracing::info!(message_id = %m.message_id, scans = analysis.scans.len(), "Waiting for OCR");
        return Ok(None);
    }
    for scan in &analysis.scans {
        // An analysis thread may not yet have seen a text that an earlier message's OCR saved.
        if ocr::ScanTexts::scan_text(&*store, &scan.hash).is_some() {
            continue;
        }
        let text = engine.recognise(scan.format, &scan.data);
        tracing::info!(name = %scan.name, pages = text.pages.len(), confidence = text.confidence, "OCR done");
        store.save_scan(&scan.hash, &text, now)?;
    }
    Ok(Some(pipeline::process_full(
        ctx, &m.raw, m.received, decisions, &*store,
    )))
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
