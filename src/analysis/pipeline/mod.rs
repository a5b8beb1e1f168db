//! The pure pipeline: raw bytes + receive time + plan → [`Analysis`]. Parse, extract,
//! attribute and map, with no I/O, so `ingest`, `reprocess`, the daemon and the tests all run
//! exactly the same code.
//!
//! `analyse` is the order of the stages, each a function below it; reading the parts is in
//! `read.rs`, whether the mail is a report at all in `kind.rs`, the sender policy's rule in
//! `sender_auth.rs`, reading a scan's text in `scan.rs`.

use std::sync::Arc;

use jiff::Timestamp;

use crate::analysis::attribute::{Attribution, Attributor, Evidence};
use crate::analysis::extract::{self, Limits};
use crate::analysis::map::{self, Mapper};
use crate::analysis::parse::{self, MessageKind};
use crate::analysis::plan::Plan;
use crate::analysis::reason::Reason;
use crate::analysis::scan::{self as ocr, NoScans, ScanTexts};
use crate::analysis::sender_auth;

mod kind;
mod read;

/// Everything zvit works out from one message.
#[derive(Debug, Clone)]
pub struct Analysis {
    pub kind: MessageKind,
    pub from: Option<String>,
    pub subject: String,
    pub attribution: Option<Attribution>,
    pub period: Option<u32>,
    pub late: bool,
    /// Why the message yields no items (not a report, unknown sender, no period, malformed).
    pub reason: Option<Reason>,
    pub parts: Vec<PartReport>,
    pub items: Vec<Item>,
    /// How to answer the message, when zvit may answer it at all.
    pub reply: Option<Reply>,
    /// It names the plan, a measure or an executor, or carries a document: worth a notice to
    /// an unknown sender (spam does not get one).
    pub looks_like_report: bool,
    /// Scans and photos whose text is not known yet: the intake edge runs OCR on them and
    /// analyses the message again.
    pub scans: Vec<ocr::Scan>,
}

/// Where and how an automatic answer goes.
#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    /// Reply-To if set, else From.
    pub to: String,
    /// The message's own Message-ID (without <>), for In-Reply-To.
    pub message_id: Option<String>,
    /// References for the answer: the message's chain plus its own Message-ID.
    pub references: Vec<String>,
    pub subject: String,
}

/// What happened to one part of the message (the body or an attachment).
#[derive(Debug, Clone, PartialEq)]
pub struct PartReport {
    /// "body" or the attachment's file name.
    pub name: String,
    pub format: String,
    /// Characters of text read.
    pub chars: usize,
    pub charset: Option<String>,
    /// Why the part could not be read, or was read only in part.
    pub reason: Option<Reason>,
}

/// One piece of report text.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub measure: Option<u32>,
    pub text: String,
    pub confidence: f64,
    pub not_applicable: bool,
    /// "body" or the attachment's file name.
    pub source: String,
    pub sheet: Option<String>,
    pub row: Option<usize>,
    /// Why the text is under its measure: the number in the text, the table's column, the
    /// similarity with its strongest shared words, or a person's decision.
    pub evidence: String,
    /// For an unplaced item, the (at most two) closest measures with their similarity
    /// ([`crate::analysis::map::Evidence::Unsure`]): suggestions for the person who places it.
    pub candidates: Vec<(u32, f64)>,
    /// The executor it reports for when that is not the message's: a joint report's section
    /// for a second office ([`crate::analysis::attribute::Attributor::sections`]).
    pub executor: Option<String>,
}

/// Whom each mapped piece of a block reports for (`None`: the message's executor). A joint
/// report's section counts for another office ([`Attributor::sections`]) only in mail from
/// the writer's own registered address — which, with `[sender_auth]`, the office's server has
/// vouched for, or the mail would have no items at all: a stranger who names two offices, in
/// the subject or in a forwarded header, files nothing under either.
///
/// [`Attributor::sections`]: crate::analysis::attribute::Attributor::sections
fn reported_for(
    ctx: &Context,
    attribution: Option<&crate::analysis::attribute::Attribution>,
    mapped: &[crate::analysis::map::Mapped],
) -> Vec<Option<String>> {
    let Some(own) = attribution.filter(|a| a.method == crate::analysis::attribute::Method::Address)
    else {
        return vec![None; mapped.len()];
    };
    let headings: Vec<Option<&str>> = mapped
        .iter()
        .map(|m| m.measure.is_none().then_some(m.text.as_str()))
        .collect();
    ctx.attributor.sections(&own.executor, &headings)
}

/// Scans read with less confidence than this go to review, unless `[ocr] min_confidence`
/// says otherwise.
pub const DEFAULT_OCR_MIN_CONFIDENCE: f64 = 0.6;

/// The plan-derived helpers the pipeline needs, built once and shared (also across threads:
/// the daemon analyses on blocking threads).
pub struct Context {
    pub plan: Arc<Plan>,
    pub limits: Limits,
    pub attributor: Attributor,
    pub mapper: Mapper,
    /// Addresses that are zvit's own.
    pub own_addresses: Vec<String>,
    /// What OCR can do (probed at the edge; `Off` unless the caller sets it).
    pub ocr: ocr::Setup,
    /// Scans read with less confidence go to review.
    pub ocr_min_confidence: f64,
    /// Scans and OCR pages per message.
    pub scan_limits: ocr::ScanLimits,
    /// Executor domains whose mail must be vouched for by the office's mail server.
    pub sender_auth: sender_auth::SenderAuth,
    /// Where attachments are read ([`extract::InProcess`] unless the edge installs a
    /// `crate::edge::sandbox::Sandbox`).
    pub reader: Arc<dyn extract::Reader>,
}

impl Context {
    pub fn new(
        plan: Arc<Plan>,
        limits: Limits,
        min_confidence: f64,
        own_addresses: Vec<String>,
    ) -> Self {
        Context {
            attributor: Attributor::new(&plan),
            mapper: Mapper::new(&plan, min_confidence),
            plan,
            limits,
            own_addresses,
            ocr: ocr::Setup::Off,
            ocr_min_confidence: DEFAULT_OCR_MIN_CONFIDENCE,
            scan_limits: ocr::ScanLimits::default(),
            sender_auth: sender_auth::SenderAuth::default(),
            reader: Arc::new(extract::InProcess),
        }
    }

    /// The same context over a changed plan (an address learned, say): attribution and mapping
    /// rebuilt from it, everything else kept.
    pub fn with_plan(&self, plan: Arc<Plan>) -> Self {
        Context {
            attributor: Attributor::new(&plan),
            mapper: Mapper::new(&plan, self.mapper.min_confidence),
            plan,
            limits: self.limits.clone(),
            own_addresses: self.own_addresses.clone(),
            ocr: self.ocr.clone(),
            ocr_min_confidence: self.ocr_min_confidence,
            scan_limits: self.scan_limits,
            sender_auth: self.sender_auth.clone(),
            reader: self.reader.clone(),
        }
    }
}

/// Analyses one stored message.
pub fn process(ctx: &Context, raw: &[u8], received: Timestamp) -> Analysis {
    process_with(ctx, raw, received, &Decisions::default())
}

/// What people decided about a message (`zvit assign`, `set-measure`, `dismiss`), applied on
/// top of what the parser produced; kept apart in the store, so `reprocess` keeps them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Decisions {
    /// The executor a person assigned the message to.
    pub executor: Option<String>,
    /// (item position, measure) set by a person.
    pub measures: Vec<(usize, u32)>,
    /// Item positions a person took off their measure: unplaced, for review.
    pub cleared: Vec<usize>,
    /// A person decided the message needs nothing (not a report, or handled by hand).
    pub dismissed: bool,
}

/// As [`process`], with people's decisions applied.
pub fn process_with(
    ctx: &Context,
    raw: &[u8],
    received: Timestamp,
    decisions: &Decisions,
) -> Analysis {
    process_full(ctx, raw, received, decisions, &NoScans)
}

/// As [`process_with`], with the text of scans already read by OCR.
pub fn process_full(
    ctx: &Context,
    raw: &[u8],
    received: Timestamp,
    decisions: &Decisions,
    scans: &dyn ScanTexts,
) -> Analysis {
    let mut analysis = analyse(ctx, raw, received, decisions.executor.as_deref(), scans);
    if decisions.dismissed {
        analysis.items.clear();
        analysis.reply = None;
        analysis.reason = Some(Reason::Dismissed);
        return analysis;
    }
    for (seq, measure) in &decisions.measures {
        if let Some(item) = analysis.items.get_mut(*seq) {
            item.measure = Some(*measure);
            item.confidence = 1.0;
            item.evidence = "рішення працівника".into();
            item.candidates.clear();
        }
    }
    for seq in &decisions.cleared {
        if let Some(item) = analysis.items.get_mut(*seq) {
            // What the person said it is not is no suggestion; the next closest measures are.
            let not = item.measure.take();
            if not.is_some() || item.candidates.is_empty() {
                item.candidates = ctx
                    .mapper
                    .scores(&item.text)
                    .into_iter()
                    .filter(|&(n, s)| Some(n) != not && s > 0.0)
                    .take(2)
                    .map(|(n, s)| (n, (s * 100.0).round() / 100.0))
                    .collect();
            }
            item.evidence = match not {
                Some(n) => format!("рішення працівника: не належить до заходу {n}"),
                None => "рішення працівника: захід не визначено".into(),
            };
        }
    }
    analysis
}

/// The analysis of a message that is not run through the pipeline: its analysis did not
/// finish twice ([`Reason::AnalysisCrashed`]), so nothing of it is read again, not even its
/// headers. A person's dismissal still applies.
pub fn set_aside(ctx: &Context, received: Timestamp, decisions: &Decisions) -> Analysis {
    Analysis {
        reason: Some(if decisions.dismissed {
            Reason::Dismissed
        } else {
            Reason::AnalysisCrashed
        }),
        ..unread(ctx, received)
    }
}

/// A message before anything of it is read: a report in the period of its receipt.
fn unread(ctx: &Context, received: Timestamp) -> Analysis {
    let assignment = ctx.plan.period_of(received);
    Analysis {
        kind: MessageKind::Report,
        from: None,
        subject: String::new(),
        attribution: None,
        period: assignment.period,
        late: assignment.late,
        reason: None,
        parts: Vec::new(),
        items: Vec::new(),
        reply: None,
        looks_like_report: false,
        scans: Vec::new(),
    }
}

fn analyse(
    ctx: &Context,
    raw: &[u8],
    received: Timestamp,
    assigned: Option<&str>,
    scans: &dyn ScanTexts,
) -> Analysis {
    let mut analysis = unread(ctx, received);
    let msg = match open(ctx, raw) {
        Ok(msg) => msg,
        Err((reason, from, subject)) => {
            analysis.reason = Some(reason);
            analysis.from = from;
            analysis.subject = subject;
            return analysis;
        }
    };
    analysis.kind = msg.kind;
    analysis.from = msg.from.clone();
    analysis.subject = msg.subject.clone();
    let read = read::read_parts(
        ctx,
        &msg,
        analysis.period,
        scans,
        &mut analysis.parts,
        &mut analysis.scans,
    );
    analysis.reply = reply(ctx, &msg);
    analysis.looks_like_report = kind::looks_like_report(ctx, &msg, &read, &analysis.parts);

    if let Some(reason) = msg.kind.reason() {
        analysis.reason = Some(reason);
        if matches!(msg.kind, MessageKind::AutoReply | MessageKind::ReadReceipt) {
            analysis.attribution = machine_sender(ctx, &msg);
        }
        return analysis;
    }
    analysis.attribution = attribute(ctx, &msg, assigned, &read.headings);
    if analysis.attribution.is_none() {
        analysis.reason = Some(Reason::UnknownSender);
        return analysis;
    }
    if let Some(why) = sender_auth::unauthenticated(
        &ctx.sender_auth,
        &ctx.plan,
        &msg,
        analysis.attribution.as_ref(),
    ) {
        // Possibly forged: no items, no answer to the address (it may not have written).
        analysis.attribution = None;
        analysis.reply = None;
        analysis.reason = Some(Reason::Unauthenticated(why));
        return analysis;
    }
    if analysis.period.is_none() {
        analysis.reason = Some(Reason::NoPeriod);
    }
    // Mail that asks, invites, thanks or promises is no report, whatever measures it names.
    if let Some(what) = kind::not_a_report(&msg, &read) {
        analysis.reason = Some(Reason::NotAReport(what.label().into()));
        return analysis;
    }
    place(ctx, read.blocks, &mut analysis);
    analysis
}

/// The message parsed, or why it is not read: too large (kept as headers only by the IMAP
/// intake, or over the bound here) or malformed; with whom it is from and its subject when
/// the headers say.
fn open(
    ctx: &Context,
    raw: &[u8],
) -> Result<parse::ParsedMessage, (Reason, Option<String>, String)> {
    let limit = ctx.limits.max_message_bytes as u64;
    if raw.len() > ctx.limits.max_message_bytes {
        let size = raw.len() as u64;
        return Err((Reason::TooLarge { size, limit }, None, String::new()));
    }
    // Kept as headers only by the IMAP intake (too large to fetch): who sent what, no more.
    if let Some(size) = parse::too_large_size(raw) {
        let (from, subject) = match parse::parse(raw) {
            Ok(msg) => (msg.from, msg.subject),
            Err(_) => (None, String::new()),
        };
        return Err((Reason::TooLarge { size, limit }, from, subject));
    }
    parse::parse(raw).map_err(|reason| (reason, None, String::new()))
}

/// Where an automatic answer goes, when the message may be answered at all.
fn reply(ctx: &Context, msg: &parse::ParsedMessage) -> Option<Reply> {
    if parse::no_auto_answer(msg, &ctx.own_addresses).is_some() {
        return None;
    }
    let to = msg.reply_to.clone().or(msg.from.clone())?;
    let mut references = msg.references.clone();
    if let Some(mid) = &msg.message_id {
        references.push(mid.clone());
    }
    Some(Reply {
        to,
        message_id: msg.message_id.clone(),
        references,
        subject: msg.subject.clone(),
    })
}

/// The executor a person assigned the message to, or the one its evidence names.
fn attribute(
    ctx: &Context,
    msg: &parse::ParsedMessage,
    assigned: Option<&str>,
    headings: &[String],
) -> Option<Attribution> {
    if let Some(e) = assigned.and_then(|id| ctx.plan.executor(id))
        && msg.kind == MessageKind::Report
    {
        return Some(Attribution {
            executor: e.id.clone(),
            method: crate::analysis::attribute::Method::Assigned,
            confidence: 1.0,
        });
    }
    let evidence = Evidence {
        from: msg.from.as_deref(),
        forwarded_senders: msg
            .forwarded
            .iter()
            .filter_map(|f| f.sender.as_deref())
            .collect(),
        subject: &msg.subject,
        // The writer's own text and the forwarded texts apart, each within the text bound.
        body: first_chars(&msg.body, ctx.limits.max_text_chars),
        forwarded: msg
            .forwarded
            .iter()
            .map(|f| first_chars(&f.text, ctx.limits.max_text_chars))
            .collect(),
        headings,
    };
    ctx.attributor.attribute(&ctx.plan, &evidence)
}

/// Maps each block's segments to measures and records them as items, within the message's
/// bound on items.
fn place(ctx: &Context, blocks: Vec<read::Block>, analysis: &mut Analysis) {
    // The measures the plan names the executor on: text without numbers is most likely about
    // one of them.
    let likely: Vec<u32> = analysis
        .attribution
        .as_ref()
        .and_then(|a| ctx.plan.executor(&a.executor))
        .map(|e| ctx.plan.measures_of(e).iter().map(|m| m.number).collect())
        .unwrap_or_default();
    for block in blocks {
        let mapped = ctx.mapper.map_block_for(block.segments, &likely);
        let reported_for = reported_for(ctx, analysis.attribution.as_ref(), &mapped);
        for (m, for_executor) in mapped.into_iter().zip(reported_for) {
            if analysis.items.len() >= ctx.limits.max_items {
                let cut = Reason::Cut(format!(
                    "понад {} фрагментів звіту в листі; решта не аналізувалася",
                    ctx.limits.max_items
                ));
                if let Some(p) = analysis.parts.iter_mut().find(|p| p.name == block.source) {
                    p.reason.get_or_insert(cut);
                }
                break;
            }
            // Text read from a scan is only as sure as the OCR was: a scan OCR is unsure of,
            // or an item that falls below the mapping's threshold, is left to a person.
            let confidence = m.confidence * block.ocr_confidence.unwrap_or(1.0);
            let measure = m.measure.filter(|_| match block.ocr_confidence {
                None => true,
                Some(ocr) => {
                    ocr >= ctx.ocr_min_confidence && confidence >= ctx.mapper.min_confidence
                }
            });
            analysis.items.push(Item {
                measure,
                text: m.text,
                confidence,
                not_applicable: m.not_applicable,
                source: block.source.clone(),
                sheet: m.sheet,
                row: m.row,
                candidates: match &m.evidence {
                    map::Evidence::Unsure { candidates } if measure.is_none() => candidates.clone(),
                    _ => Vec::new(),
                },
                evidence: m.evidence.to_string(),
                executor: for_executor,
            });
        }
    }
}

/// At most the first `n` characters of `s`.
fn first_chars(s: &str, n: usize) -> &str {
    s.char_indices().nth(n).map_or(s, |(i, _)| &s[..i])
}

/// Whose mailbox answered by machine (an out-of-office reply, a read receipt): the office whose
/// registered address it comes from, vouched for as a report's sender would be — never an
/// office the machine's text names (it quotes zvit's own reminder, or whatever a forger wrote).
/// It yields no items and no answer either way; the coordinators see whose machine answered.
fn machine_sender(ctx: &Context, msg: &parse::ParsedMessage) -> Option<Attribution> {
    let executor = ctx.plan.executor_by_email(msg.from.as_deref()?)?;
    let attribution = Attribution {
        executor: executor.id.clone(),
        method: crate::analysis::attribute::Method::Address,
        confidence: 1.0,
    };
    sender_auth::unauthenticated(&ctx.sender_auth, &ctx.plan, msg, Some(&attribution))
        .is_none()
        .then_some(attribution)
}

#[cfg(test)]
mod tests;
