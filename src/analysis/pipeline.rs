//! The pure pipeline: raw bytes + receive time + plan → [`Analysis`]. Parse, extract,
//! attribute and map, with no I/O, so `ingest`, `reprocess`, the daemon and the tests all run
//! exactly the same code.
//!
//! Long file: the pipeline is the order of the stages, kept in one place to be read as one
//! (`analyse`, some 340 lines, is most of it); the sender policy's rule is in `sender_auth.rs`,
//! reading a scan's text in `scan.rs`.

use std::sync::Arc;

use jiff::Timestamp;

use crate::analysis::attribute::{Attribution, Attributor, Evidence};
use crate::analysis::extract::Limits;
use crate::analysis::extract::{self, Format};
use crate::analysis::map::{self, Mapper, Segment};
use crate::analysis::parse::{self, MessageKind};
use crate::analysis::plan::Plan;
use crate::analysis::reason::Reason;
use crate::analysis::scan::{self as ocr, NoScans, ScanTexts};
use crate::analysis::sender_auth;

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
    if raw.len() > ctx.limits.max_message_bytes {
        analysis.reason = Some(Reason::TooLarge {
            size: raw.len() as u64,
            limit: ctx.limits.max_message_bytes as u64,
        });
        return analysis;
    }
    // Kept as headers only by the IMAP intake (too large to fetch): who sent what, no more.
    if let Some(size) = crate::analysis::parse::too_large_size(raw) {
        if let Ok(msg) = parse::parse(raw) {
            analysis.from = msg.from;
            analysis.subject = msg.subject;
        }
        analysis.reason = Some(Reason::TooLarge {
            size,
            limit: ctx.limits.max_message_bytes as u64,
        });
        return analysis;
    }
    let msg = match parse::parse(raw) {
        Ok(m) => m,
        Err(reason) => {
            analysis.reason = Some(reason);
            return analysis;
        }
    };
    analysis.kind = msg.kind;
    analysis.from = msg.from.clone();
    analysis.subject = msg.subject.clone();

    // Read every part, even of mail that is not a report: `show` lists them.
    // (source, segments, OCR confidence for text read from a scan)
    let mut blocks: Vec<(String, Vec<Segment>, Option<f64>)> = Vec::new();
    let mut headings: Vec<String> = Vec::new();
    let mut body_text = msg.body.clone();
    for fwd in &msg.forwarded {
        // A letter the sender itself sent to this very mailbox before, forwarded again (an
        // office re-sending its own letter with a correction typed below it), has been
        // received already: only what is typed below its signing is new. One sent elsewhere
        // (a mistyped address, a secretary's box), or passed on by someone else (a secretary
        // forwarding it from her own box), is the report delivered now.
        let received = fwd.sender.is_some()
            && fwd.sender == msg.from
            && fwd.to.iter().any(|to| ctx.own_addresses.contains(to));
        let text = if received { &fwd.below } else { &fwd.text };
        if !text.is_empty() {
            body_text.push_str("\n\n");
            body_text.push_str(text);
        }
    }
    // The text analysed per message is bounded (`max_text_chars`): the body first, then the
    // attachments in order; what is beyond is recorded as cut.
    let body = extract::cap_text(
        extract::Content {
            text: body_text,
            tables: msg.body_tables.clone(),
            charset: None,
            cut: None,
        },
        ctx.limits.max_text_chars,
    );
    let mut text_left = ctx
        .limits
        .max_text_chars
        .saturating_sub(content_chars(&body));
    analysis.parts.push(PartReport {
        name: "body".into(),
        format: if msg.body_html { "html" } else { "text" }.into(),
        chars: body.text.chars().count(),
        charset: msg.body_charset.map(str::to_string),
        reason: body.cut.clone(),
    });
    let mut body_segments = map::segment_text(&body.text);
    for t in &body.tables {
        body_segments.extend(map::segment_table(t));
    }
    blocks.push(("body".into(), body_segments, None));
    let mut budget = ocr::Budget::new(ctx.scan_limits);
    let mut read_budget = extract::ReadBudget::new(&ctx.limits);
    // The same file attached again is read once (a hostile message may repeat one slow file).
    let mut read_before: Vec<([u8; 32], String, Vec<extract::Extracted>)> = Vec::new();
    let mut attachments_read = 0usize;
    for att in &msg.attachments {
        if attachments_read >= ctx.limits.max_attachments {
            analysis.parts.push(PartReport {
                name: att.name.clone(),
                format: "unknown".into(),
                chars: 0,
                charset: None,
                reason: Some(Reason::Cut(format!(
                    "у листі понад {} вкладень; це та наступні не читалися",
                    ctx.limits.max_attachments
                ))),
            });
            break;
        }
        let hash: [u8; 32] = <sha2::Sha256 as sha2::Digest>::digest(&att.data).into();
        let extracted = match read_before.iter().find(|(h, _, _)| *h == hash) {
            Some((_, first, done)) => done
                .iter()
                .map(|ex| extract::Extracted {
                    name: match ex.name.strip_prefix(first.as_str()) {
                        Some(rest) => format!("{}{rest}", att.name),
                        None => att.name.clone(),
                    },
                    ..ex.clone()
                })
                .collect(),
            None => {
                let done = ctx
                    .reader
                    .extract(&att.name, &att.data, &ctx.limits, &mut read_budget);
                read_before.push((hash, att.name.clone(), done.clone()));
                done
            }
        };
        attachments_read += extracted.len();
        for mut ex in extracted {
            if let Ok(c) = &mut ex.result {
                let n = content_chars(c);
                if n > text_left {
                    let capped = extract::cap_text(std::mem::take(c), text_left);
                    *c = capped;
                    if c.cut.is_none() {
                        c.cut = Some(Reason::Cut(format!(
                            "текст листа понад {} символів не аналізувався",
                            ctx.limits.max_text_chars
                        )));
                    }
                }
                text_left = text_left.saturating_sub(content_chars(c));
            }
            let ocr_confidence = ocr::read_scan(
                &ctx.ocr,
                ctx.ocr_min_confidence,
                scans,
                &mut ex,
                &mut analysis.scans,
                &mut budget,
            );
            let (chars, charset, reason) = match &ex.result {
                Ok(c) => (
                    content_chars(c),
                    c.charset.map(str::to_string),
                    c.cut.clone(),
                ),
                Err(r) => (0, None, Some(r.clone())),
            };
            analysis.parts.push(PartReport {
                name: ex.name.clone(),
                format: ex.format.as_str().into(),
                chars,
                charset,
                reason,
            });
            if let Ok(content) = ex.result {
                headings.extend(
                    content
                        .text
                        .lines()
                        .filter(|l| !l.trim().is_empty())
                        .take(5)
                        .map(str::to_string),
                );
                for t in &content.tables {
                    headings.extend(
                        t.rows
                            .iter()
                            .take(3)
                            .flatten()
                            .filter(|c| !c.is_empty())
                            .cloned(),
                    );
                }
                let mut segs = map::segment_text(&content.text);
                if matches!(
                    ex.format,
                    Format::Docx
                        | Format::Odt
                        | Format::Doc
                        | Format::Pdf
                        | Format::Rtf
                        | Format::Text
                        | Format::Image
                ) {
                    // A document's title lines ("Інформація … про виконання плану") and the
                    // signature ("Голова … В. Петренко") are not items.
                    segs.retain(|s| {
                        !s.numbers.is_empty()
                            || (s.text.chars().count() >= 40 && !is_title_or_signature(&s.text))
                    });
                }
                for t in &content.tables {
                    segs.extend(map::segment_table(t));
                }
                blocks.push((ex.name, segs, ocr_confidence));
            }
        }
    }

    if crate::analysis::parse::no_auto_answer(&msg, &ctx.own_addresses).is_none()
        && let Some(to) = msg.reply_to.clone().or(msg.from.clone())
    {
        let mut references = msg.references.clone();
        if let Some(mid) = &msg.message_id {
            references.push(mid.clone());
        }
        analysis.reply = Some(Reply {
            to,
            message_id: msg.message_id.clone(),
            references,
            subject: msg.subject.clone(),
        });
    }
    analysis.looks_like_report = msg.kind == MessageKind::Report
        && (analysis
            .parts
            .iter()
            .any(|p| p.name != "body" && p.format != "image" && p.format != "unknown")
            || blocks
                .iter()
                .flat_map(|(_, s, _)| s)
                .any(|s| !s.numbers.is_empty())
            || {
                let all = format!("{} {}", msg.subject, body.text).to_lowercase();
                all.contains("план")
                    || all.contains("звіт")
                    || all.contains("відкритий уряд")
                    || all.contains("отчет")
            }
            || !ctx
                .attributor
                .named_in(&format!("{} {}", msg.subject, body.text))
                .is_empty());

    if let Some(reason) = msg.kind.reason() {
        analysis.reason = Some(reason);
        if matches!(msg.kind, MessageKind::AutoReply | MessageKind::ReadReceipt) {
            analysis.attribution = machine_sender(ctx, &msg);
        }
        return analysis;
    }
    let forwarded_senders: Vec<&str> = msg
        .forwarded
        .iter()
        .filter_map(|f| f.sender.as_deref())
        .collect();
    let evidence = Evidence {
        from: msg.from.as_deref(),
        forwarded_senders,
        subject: &msg.subject,
        // The writer's own text and the forwarded texts apart, each within the text bound.
        body: first_chars(&msg.body, ctx.limits.max_text_chars),
        forwarded: msg
            .forwarded
            .iter()
            .map(|f| first_chars(&f.text, ctx.limits.max_text_chars))
            .collect(),
        headings: &headings,
    };
    analysis.attribution = match assigned.and_then(|id| ctx.plan.executor(id)) {
        Some(e) if msg.kind == MessageKind::Report => Some(Attribution {
            executor: e.id.clone(),
            method: crate::analysis::attribute::Method::Assigned,
            confidence: 1.0,
        }),
        _ => ctx.attributor.attribute(&ctx.plan, &evidence),
    };
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
    let calendars: Vec<&str> = msg
        .attachments
        .iter()
        .filter(|a| crate::analysis::intent::is_calendar(&a.content_type, &a.name, &a.data))
        .map(|a| a.name.as_str())
        .collect();
    // An attached document is report text when it holds a table's rows or states something
    // done or not done; a letter that only asks or announces (an extension's request, an
    // event's programme) is read with the mail's own text.
    let documents: Vec<&Vec<Segment>> = blocks
        .iter()
        .filter(|(s, segs, _)| s != "body" && !segs.is_empty() && !calendars.contains(&s.as_str()))
        .map(|(_, segs, _)| segs)
        .collect();
    // (A table's row counts when it names a measure: a letterhead laid out as a table does
    // not.)
    let documents_report = documents.iter().any(|segs| {
        segs.iter().any(|seg| {
            (seg.row.is_some() && (!seg.numbers.is_empty() || seg.measure_text.is_some()))
                || crate::analysis::intent::states_anything(&seg.text)
        })
    });
    let mut intent_text = std::borrow::Cow::Borrowed(body.text.as_str());
    if !documents_report {
        for seg in documents.iter().flat_map(|segs| segs.iter()) {
            let text = intent_text.to_mut();
            text.push_str("\n\n");
            text.push_str(&seg.text);
        }
    }
    let not_report = crate::analysis::intent::not_a_report(&crate::analysis::intent::Mail {
        text: &intent_text,
        calendar: !calendars.is_empty(),
        documents: documents_report,
    });
    // The measures the plan names the executor on: text without numbers is most likely about
    // one of them.
    let likely: Vec<u32> = analysis
        .attribution
        .as_ref()
        .and_then(|a| ctx.plan.executor(&a.executor))
        .map(|e| ctx.plan.measures_of(e).iter().map(|m| m.number).collect())
        .unwrap_or_default();
    for (source, segments, ocr_confidence) in blocks {
        if not_report.is_some() {
            break;
        }
        let mapped = ctx.mapper.map_block_for(segments, &likely);
        let reported_for = reported_for(ctx, analysis.attribution.as_ref(), &mapped);
        for (m, for_executor) in mapped.into_iter().zip(reported_for) {
            if analysis.items.len() >= ctx.limits.max_items {
                let cut = Reason::Cut(format!(
                    "понад {} фрагментів звіту в листі; решта не аналізувалася",
                    ctx.limits.max_items
                ));
                if let Some(p) = analysis.parts.iter_mut().find(|p| p.name == source) {
                    p.reason.get_or_insert(cut);
                }
                break;
            }
            // Text read from a scan is only as sure as the OCR was: a scan OCR is unsure of,
            // or an item that falls below the mapping's threshold, is left to a person.
            let confidence = m.confidence * ocr_confidence.unwrap_or(1.0);
            let measure = m.measure.filter(|_| match ocr_confidence {
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
                source: source.clone(),
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
    if let Some(what) = not_report {
        analysis.reason = Some(Reason::NotAReport(what.label().into()));
    }
    analysis
}

/// At most the first `n` characters of `s`.
fn first_chars(s: &str, n: usize) -> &str {
    s.char_indices().nth(n).map_or(s, |(i, _)| &s[..i])
}

/// Characters of text in a read content: running text and table cells.
fn content_chars(c: &extract::Content) -> usize {
    c.text.chars().count()
        + c.tables
            .iter()
            .flat_map(|t| &t.rows)
            .flatten()
            .map(|s| s.chars().count())
            .sum::<usize>()
}

/// A letter's title ("Інформація … про виконання плану заходів") or its signature line
/// ("Голова районної державної адміністрації   В. Петренко"), in Ukrainian or Russian.
fn is_title_or_signature(text: &str) -> bool {
    let t = text.trim().to_lowercase();
    if t.chars().count() > 240 {
        return false;
    }
    // (A paragraph that opens so but states work — "Звіти голови оприлюднено …" — is none.)
    let title = map::is_document_title(&t) && !crate::analysis::intent::states_anything(&t);
    let signed = [
        "голова",
        "заступник",
        "перший заступник",
        "начальник",
        "директор",
        "керівник",
        "председатель",
        "руководитель",
    ]
    .iter()
    .any(|w| t.starts_with(w))
        && t.lines().count() <= 2
        && {
            // Ends with initials and a surname: "В. Петренко", "І.П. Сидоренко".
            let last: Vec<&str> = t.split_whitespace().rev().take(2).collect();
            last.len() == 2 && last[1].ends_with('.') && last[1].chars().count() <= 5
        };
    title || signed
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
mod tests {
    use std::collections::HashMap;

    use super::*;
    use crate::analysis::scan::{PageText, ScanText};

    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\0\0\0\0";

    fn context(ocr: ocr::Setup) -> Context {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let (cfg, plan) = crate::config::load(&dir.join("config/zvit.toml")).unwrap();
        let mut ctx = Context::from_config(&cfg, Arc::new(plan));
        ctx.ocr = ocr;
        ctx
    }

    fn photo_mail() -> Vec<u8> {
        let b64 = crate::bench::base64_mime(PNG);
        format!(
            "From: <osvita@example.gov.ua>\r\nTo: uvp@cg.ukrtel.net\r\nSubject: Zvit\r\n\
             Date: Mon, 10 Dec 2012 10:00:00 +0200\r\nMessage-ID: <photo@example.gov.ua>\r\n\
             MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n\
             --b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nФото звіту.\r\n\
             --b\r\nContent-Type: image/png\r\nContent-Disposition: attachment; filename=photo.png\r\n\
             Content-Transfer-Encoding: base64\r\n\r\n{b64}--b--\r\n"
        )
        .into_bytes()
    }

    fn read_with(confidence: f64) -> Analysis {
        let ctx = context(ocr::Setup::Off);
        let mut scans = HashMap::new();
        scans.insert(
            ocr::hash(PNG),
            ScanText {
                text: "Інформація управління освіти про виконання плану заходів\n\n\
                       6. Проведено 4 консультації з громадськістю з питань формування \
                       регіональної політики, зокрема щодо проекту районного бюджету."
                    .into(),
                confidence,
                pages_total: 1,
                pages: vec![PageText {
                    number: 1,
                    confidence,
                    chars: 150,
                    image: None,
                }],
                failure: None,
            },
        );
        process_full(
            &ctx,
            &photo_mail(),
            "2012-12-10T08:00:00Z".parse().unwrap(),
            &Decisions::default(),
            &scans,
        )
    }

    /// An office that forwards its own letter, sent to this mailbox before, with a correction
    /// typed below it: only the correction is new. The same letter forwarded by someone else
    /// (a secretary's own box), or one first sent to a mistyped address, is delivered now.
    #[test]
    fn a_resent_own_letter_counts_only_what_is_typed_below_it() {
        let ctx = context(ocr::Setup::Off);
        let received = "2013-12-04T08:00:00Z".parse().unwrap();
        let mail = |from: &str, to: &str| {
            format!(
                "From: <{from}>\r\nTo: uvp@cg.ukrtel.net\r\nSubject: FW: Інформація\r\n\
                 Date: Wed, 04 Dec 2013 10:00:00 +0200\r\nMessage-ID: <fw@example.gov.ua>\r\n\
                 MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\
                 -----Original Message-----\r\nFrom: osvita@example.gov.ua\r\n\
                 Sent: Tuesday, December 03, 2013 4:41 PM\r\nTo: {to}\r\n\
                 Subject: Інформація\r\n\r\n\
                 п. 1 – на офіційному сайті оновлено розділ «Громадська рада».\r\n\
                 п. 6 – проведено громадське обговорення проекту Концепції.\r\n\r\n\
                 Заступник начальника управління          Л.В.Остапенко\r\n\r\n\
                 Доповнюємо інформацію по п. 8: голову комітету громадської ради введено до \
                 складу колегії управління.\r\n"
            )
            .into_bytes()
        };
        let measures = |a: &Analysis| {
            let mut m: Vec<u32> = a.items.iter().filter_map(|i| i.measure).collect();
            m.sort();
            m
        };
        let own = process(
            &ctx,
            &mail("osvita@example.gov.ua", "uvp@cg.ukrtel.net"),
            received,
        );
        assert_eq!(measures(&own), vec![8], "{:?}", own.items);
        let by_secretary = process(
            &ctx,
            &mail("pryimalnia@ukr.net", "uvp@cg.ukrtel.net"),
            received,
        );
        assert_eq!(measures(&by_secretary), vec![1, 6, 8]);
        let mistyped = process(
            &ctx,
            &mail("osvita@example.gov.ua", "uvp@cg.ukrtel.ua"),
            received,
        );
        assert_eq!(measures(&mistyped), vec![1, 6, 8]);
    }

    #[test]
    fn a_read_scan_maps_like_text_and_carries_its_confidence() {
        let a = read_with(0.9);
        assert_eq!(a.items.len(), 1, "{:?}", a.items);
        assert_eq!(a.items[0].measure, Some(6));
        assert_eq!(a.items[0].source, "photo.png");
        assert!(a.items[0].confidence <= 0.9);
        assert!(a.scans.is_empty());
        let part = a.parts.iter().find(|p| p.name == "photo.png").unwrap();
        assert_eq!(part.reason, None);
    }

    #[test]
    fn an_unsure_scan_goes_to_review() {
        let a = read_with(0.3);
        assert_eq!(a.items[0].measure, None, "left to a person");
        let part = a.parts.iter().find(|p| p.name == "photo.png").unwrap();
        assert_eq!(part.reason, Some(Reason::OcrUnsure(30)));
    }

    #[test]
    fn an_unread_scan_says_why_and_is_listed_when_ocr_is_ready() {
        let received = "2012-12-10T08:00:00Z".parse().unwrap();
        let ctx = context(ocr::Setup::Missing("tesseract не встановлено".into()));
        let a = process(&ctx, &photo_mail(), received);
        let part = a.parts.iter().find(|p| p.name == "photo.png").unwrap();
        assert_eq!(part.reason.as_ref().unwrap().code(), "needs_ocr");
        assert!(
            part.reason
                .as_ref()
                .unwrap()
                .text()
                .contains("tesseract не встановлено")
        );
        assert!(a.scans.is_empty());
        let ctx = context(ocr::Setup::Off);
        let a = process(&ctx, &photo_mail(), received);
        let part = a.parts.iter().find(|p| p.name == "photo.png").unwrap();
        assert_eq!(part.reason, Some(Reason::ImageOnly));
    }

    #[test]
    fn scans_beyond_the_message_limit_are_not_read_and_the_rest_counts() {
        let received = "2012-12-10T08:00:00Z".parse().unwrap();
        // Twelve different pictures, each already read (a cache given as plain data).
        let pngs: Vec<Vec<u8>> = (0..12u8)
            .map(|n| [&PNG[..PNG.len() - 1], &[n]].concat())
            .collect();
        let mut mail =
            "From: <osvita@example.gov.ua>\r\nTo: uvp@cg.ukrtel.net\r\nSubject: Zvit\r\n\
             Date: Mon, 10 Dec 2012 10:00:00 +0200\r\nMessage-ID: <many@example.gov.ua>\r\n\
             MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n\
             --b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\
             7. Оприлюднено звіт про виконання плану на офіційному веб-сайті адміністрації.\r\n"
                .to_string();
        let mut texts = HashMap::new();
        for (n, png) in pngs.iter().enumerate() {
            mail.push_str(&format!(
                "--b\r\nContent-Type: image/png\r\nContent-Disposition: attachment; filename=p{n}.png\r\n\
                 Content-Transfer-Encoding: base64\r\n\r\n{}",
                crate::bench::base64_mime(png)
            ));
            texts.insert(
                ocr::hash(png),
                ScanText {
                    text: "6. Проведено 4 консультації з громадськістю з питань формування \
                           регіональної політики, зокрема щодо проекту районного бюджету."
                        .into(),
                    confidence: 0.9,
                    pages_total: 1,
                    pages: vec![PageText {
                        number: 1,
                        confidence: 0.9,
                        chars: 120,
                        image: None,
                    }],
                    failure: None,
                },
            );
        }
        mail.push_str("--b--\r\n");
        let mut ctx = context(ocr::Setup::Missing("немає".into()));
        ctx.scan_limits = ocr::ScanLimits {
            max_scans: 10,
            max_ocr_pages: 30,
            max_pages: 10,
        };
        let read_with = |ctx: &Context| {
            process_full(
                ctx,
                mail.as_bytes(),
                received,
                &Decisions::default(),
                &texts,
            )
        };
        let a = read_with(&ctx);
        let limited: Vec<&str> = a
            .parts
            .iter()
            .filter(|p| p.reason.as_ref().is_some_and(|r| r.code() == "scan_limit"))
            .map(|p| p.name.as_str())
            .collect();
        assert_eq!(limited, ["p10.png", "p11.png"]);
        let read = a
            .items
            .iter()
            .filter(|i| i.source.starts_with('p') && i.measure == Some(6))
            .count();
        assert_eq!(read, 10, "the first ten scans count");
        assert!(
            a.items
                .iter()
                .any(|i| i.source == "body" && i.measure == Some(7)),
            "the body still counts: {:?}",
            a.items
        );
        assert!(a.scans.is_empty());
        // The page budget: with 2 pages for the message only the first two pictures are read.
        ctx.scan_limits.max_ocr_pages = 2;
        let a = read_with(&ctx);
        let limited = a
            .parts
            .iter()
            .filter(|p| p.reason.as_ref().is_some_and(|r| r.code() == "scan_limit"))
            .count();
        assert_eq!(limited, 10);
    }

    #[test]
    fn titles_and_signatures_are_not_items() {
        assert!(is_title_or_signature(
            "Інформація Ічнянської районної державної адміністрації про\nвиконання плану заходів"
        ));
        assert!(is_title_or_signature(
            "Председатель районной государственной администрации И. Сидоренко"
        ));
        assert!(is_title_or_signature(
            "Голова районної державної адміністрації        В. Петренко"
        ));
        assert!(!is_title_or_signature(
            "Представників громадських організацій залучено до складу дорадчо-консультативних органів."
        ));
        assert!(!is_title_or_signature(
            "Голова громадської ради брав участь у засіданнях колегії райдержадміністрації."
        ));
        // The title of what the plan is for, and a paragraph that opens like one but states
        // work.
        assert!(is_title_or_signature(
            "Інформація Прилуцької районної державної адміністрації щодо підвищення рівня \
             відкритості та прозорості діяльності"
        ));
        assert!(!is_title_or_signature(
            "Звіти голови оприлюднено на сайті для забезпечення відкритості."
        ));
    }

    /// An out-of-office reply is its registered box's office's, whatever office its text
    /// names; from a box nobody registered, or one the server did not vouch for, it is
    /// nobody's. It yields no items and no answer either way.
    #[test]
    fn a_machine_answer_is_its_registered_boxs_and_names_nobody() {
        let mail = |headers: &str, from: &str| {
            format!(
                "{headers}From: <{from}>\r\nTo: uvp@cg.ukrtel.net\r\n\
                 Subject: Автовідповідь: Нагадування\r\nAuto-Submitted: auto-replied\r\n\
                 Date: Mon, 10 Dec 2012 10:00:00 +0200\r\nMessage-ID: <ooo@x>\r\n\
                 Content-Type: text/plain; charset=utf-8\r\n\r\n\
                 Я у відпустці до 20.12. З питань пп. 1, 6 звертайтеся до управління освіти \
                 облдержадміністрації.\r\n"
            )
            .into_bytes()
        };
        let ctx = context(ocr::Setup::Off);
        let executor = |a: &Analysis| a.attribution.as_ref().map(|a| a.executor.clone());
        let a = received_at_ten(&ctx, &mail("", "rda-bobrovytsia@example.gov.ua"));
        assert_eq!(a.reason.as_ref().map(Reason::code), Some("auto_reply"));
        assert_eq!(executor(&a).as_deref(), Some("rda-bobrovytsia"));
        assert!(a.items.is_empty() && a.reply.is_none(), "{a:?}");
        // A private box: the office its text names is not the sender.
        let a = received_at_ten(&ctx, &mail("", "olena.k@ukr.net"));
        assert_eq!(a.reason.as_ref().map(Reason::code), Some("auto_reply"));
        assert_eq!(executor(&a), None);
        // A registered address the office's server did not vouch for.
        let mut ctx = context(ocr::Setup::Off);
        ctx.sender_auth = sender_auth::SenderAuth {
            authserv_id: "mx.cg.ukrtel.net".into(),
            domains: vec!["example.gov.ua".into()],
        };
        let a = received_at_ten(
            &ctx,
            &mail(
                "Authentication-Results: mx.cg.ukrtel.net; spf=fail smtp.mailfrom=x@evil.example; dkim=none\r\n",
                "rda-bobrovytsia@example.gov.ua",
            ),
        );
        assert_eq!(executor(&a), None);
        assert!(a.items.is_empty());
    }

    /// The analysis of a message received on 10 December 2012 at 10:00 (Kyiv).
    fn received_at_ten(ctx: &Context, raw: &[u8]) -> Analysis {
        process(ctx, raw, "2012-12-10T08:00:00Z".parse().unwrap())
    }

    fn with_auth(headers: &str, from: &str) -> Analysis {
        let mut ctx = context(ocr::Setup::Off);
        ctx.sender_auth = sender_auth::SenderAuth {
            authserv_id: "mx.cg.ukrtel.net".into(),
            domains: vec!["example.gov.ua".into()],
        };
        let raw = format!(
            "{headers}From: <{from}>\r\nTo: uvp@cg.ukrtel.net\r\nSubject: Zvit\r\n\
             Date: Mon, 10 Dec 2012 10:00:00 +0200\r\nMessage-ID: <auth@example.gov.ua>\r\n\
             Content-Type: text/plain; charset=utf-8\r\n\r\n\
             6. Проведено 4 консультації з громадськістю щодо проекту бюджету.\r\n"
        );
        received_at_ten(&ctx, raw.as_bytes())
    }

    #[test]
    fn a_pass_for_another_host_of_the_covered_domain_vouches_for_nobody_else() {
        // The From is the executor's own address; the pass is for a sibling host's bounce
        // address (anyone with mail at another council under the same parent domain).
        let a = with_auth(
            "Authentication-Results: mx.cg.ukrtel.net; spf=pass smtp.mailfrom=bounce@other-council.example.gov.ua; dkim=none\r\n",
            "rda-bobrovytsia@example.gov.ua",
        );
        assert_eq!(a.reason.as_ref().map(Reason::code), Some("unauthenticated"));
        assert!(a.items.is_empty());
        // A pass for the From's own host still vouches.
        let a = with_auth(
            "Authentication-Results: mx.cg.ukrtel.net; dkim=pass header.d=example.gov.ua\r\n",
            "rda-bobrovytsia@example.gov.ua",
        );
        assert_eq!(a.reason, None);
        assert!(!a.items.is_empty());
    }

    /// A mail with `headers` (Authentication-Results) analysed under a `[sender_auth]` that
    /// covers example.gov.ua.
    fn forged(headers: &str, from: &str, subject: &str, body: &str) -> Analysis {
        let mut ctx = context(ocr::Setup::Off);
        ctx.sender_auth = sender_auth::SenderAuth {
            authserv_id: "mx.cg.ukrtel.net".into(),
            domains: vec!["example.gov.ua".into()],
        };
        let raw = format!(
            "{headers}From: <{from}>\r\nTo: uvp@cg.ukrtel.net\r\nSubject: {subject}\r\n\
             Date: Mon, 10 Dec 2012 10:00:00 +0200\r\nMessage-ID: <forged@x>\r\n\
             Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}\r\n"
        );
        received_at_ten(&ctx, raw.as_bytes())
    }

    /// A joint report of two offices, sent from `from` with `headers`; `auth` sets a
    /// `[sender_auth]` covering example.gov.ua.
    fn joint(headers: &str, from: &str, subject: &str, auth: bool) -> Analysis {
        let mut ctx = context(ocr::Setup::Off);
        if auth {
            ctx.sender_auth = sender_auth::SenderAuth {
                authserv_id: "mx.cg.ukrtel.net".into(),
                domains: vec!["example.gov.ua".into()],
            };
        }
        let body = "І. Управління у справах сім'ї, молоді та спорту облдержадміністрації\r\n\
                    п. 6 — проведено консультації з молодіжними громадськими організаціями.\r\n\r\n\
                    ІІ. Служба у справах дітей облдержадміністрації\r\n\
                    п. 9 — проведено громадську експертизу діяльності служби.\r\n";
        let raw = format!(
            "{headers}From: <{from}>\r\nTo: uvp@cg.ukrtel.net\r\nSubject: {subject}\r\n\
             Date: Mon, 10 Dec 2012 10:00:00 +0200\r\nMessage-ID: <joint@x>\r\n\
             Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}"
        );
        received_at_ten(&ctx, raw.as_bytes())
    }

    /// (measure, the office it is filed under when not the message's) of each placed item.
    fn filed(a: &Analysis) -> Vec<(u32, Option<&str>)> {
        a.items
            .iter()
            .filter_map(|i| Some((i.measure?, i.executor.as_deref())))
            .collect()
    }

    #[test]
    fn only_an_office_writing_from_its_own_address_files_a_section_for_another() {
        // From the office's registered address: the second section is the other office's.
        let a = joint("", "simia@example.gov.ua", "Звіт", false);
        assert_eq!(
            filed(&a),
            [(6, None), (9, Some("su-sluzhba-ditei"))],
            "{:?}",
            a.items
        );
        // A stranger naming the office in the subject: everything stays the named office's,
        // nothing is filed under its neighbour.
        let a = joint(
            "",
            "someone@gmail.example",
            "Звіт управління у справах сім'ї, молоді та спорту",
            false,
        );
        assert_eq!(
            a.attribution.as_ref().map(|x| x.executor.as_str()),
            Some("su-simia")
        );
        assert!(filed(&a).iter().all(|(_, o)| o.is_none()), "{:?}", a.items);
        // With [sender_auth], the office's own vouched mail still files for its sibling.
        let a = joint(
            "Authentication-Results: mx.cg.ukrtel.net; dkim=pass header.d=example.gov.ua\r\n",
            "simia@example.gov.ua",
            "Звіт",
            true,
        );
        assert_eq!(filed(&a), [(6, None), (9, Some("su-sluzhba-ditei"))]);
    }

    const REPORT: &str = "6. Проведено 4 консультації з громадськістю щодо проекту бюджету.";

    #[test]
    fn every_way_of_attributing_mail_to_a_covered_executor_needs_the_office_server_to_vouch() {
        let forward = format!(
            "Пересилаю.\r\n\r\n---------- Forwarded message ---------\r\n\
             From: Бобровицька РДА <rda-bobrovytsia@example.gov.ua>\r\nDate: 10.12.2012\r\n\
             Subject: Звіт\r\n\r\n{REPORT}"
        );
        let signed =
            format!("{REPORT}\r\n\r\nГолова Бобровицької районної державної адміністрації");
        let cases: [(&str, &str, &str, String); 6] = [
            // A forward quoting an executor's address, from outside and from inside the domain.
            (
                "forward from outside",
                "spammer@evil.example",
                "Fwd: Звіт",
                forward.clone(),
            ),
            (
                "forward from the domain",
                "anyone@example.gov.ua",
                "Fwd: Звіт",
                forward,
            ),
            // The executor named in the subject.
            (
                "subject from outside",
                "spammer@evil.example",
                "Звіт Бобровицької РДА",
                REPORT.into(),
            ),
            (
                "subject from the domain",
                "anyone@example.gov.ua",
                "Звіт Бобровицької РДА",
                REPORT.into(),
            ),
            // A letterhead or signature.
            (
                "signature from outside",
                "spammer@gmail.com",
                "Звіт",
                signed.clone(),
            ),
            (
                "signature from the domain",
                "anyone@example.gov.ua",
                "Звіт",
                signed,
            ),
        ];
        for (name, from, subject, body) in &cases {
            for headers in [
                "",
                // Written by the sender, not by the office's server.
                "Authentication-Results: mx.cg.ukrtel.net.evil; dkim=pass header.d=example.gov.ua\r\n",
            ] {
                let a = forged(headers, from, subject, body);
                assert_eq!(
                    a.reason.as_ref().map(Reason::code),
                    Some("unauthenticated"),
                    "{name}: {:?} {:?}",
                    a.attribution,
                    a.reason
                );
                assert!(
                    a.attribution.is_none() && a.items.is_empty() && a.reply.is_none(),
                    "{name}: no items, no answer"
                );
            }
        }
        // Vouched for by the office's server, a colleague in the domain may forward or name it.
        let vouched =
            "Authentication-Results: mx.cg.ukrtel.net; dkim=pass header.d=example.gov.ua\r\n";
        for (name, from, subject, body) in &cases[..] {
            if from.ends_with("@example.gov.ua") {
                let a = forged(vouched, from, subject, body);
                assert_eq!(
                    a.attribution.as_ref().map(|x| x.executor.as_str()),
                    Some("rda-bobrovytsia"),
                    "{name}: {:?}",
                    a.reason
                );
                assert!(!a.items.is_empty(), "{name}");
            }
        }
        // Vouching for a domain outside the policy does not make a forged forward count.
        let gmail = "Authentication-Results: mx.cg.ukrtel.net; dkim=pass header.d=gmail.com\r\n";
        let a = forged(gmail, "spammer@gmail.com", cases[4].2, &cases[4].3);
        assert_eq!(a.reason.as_ref().map(Reason::code), Some("unauthenticated"));
    }

    #[test]
    fn an_executor_outside_the_covered_domains_is_attributed_by_name_as_before() {
        // ogp-coordinator@example.org.ua is not covered: a name in the subject still counts
        // (its receipt also goes to the registered address, see respond).
        let a = forged(
            "",
            "someone@gmail.com",
            "Звіт: координатор Партнерства «Відкритий уряд»",
            REPORT,
        );
        assert_eq!(
            a.attribution.as_ref().map(|x| x.executor.as_str()),
            Some("ogp-coordinator"),
            "{:?}",
            a.reason
        );
        assert!(a.reason.is_none() && !a.items.is_empty(), "{:?}", a.reason);
    }

    #[test]
    fn sender_authentication_policy_sends_unvouched_mail_to_review() {
        let a = with_auth(
            "Authentication-Results: mx.cg.ukrtel.net;\r\n\tdkim=pass header.d=example.gov.ua header.s=s1;\r\n\tspf=pass smtp.mailfrom=osvita@example.gov.ua\r\n",
            "osvita@example.gov.ua",
        );
        assert_eq!(
            a.attribution.map(|x| x.executor).as_deref(),
            Some("su-osvita")
        );
        assert_eq!(a.items.len(), 1);
        for forged in [
            "",
            "Authentication-Results: forged.example; dkim=pass header.d=example.gov.ua\r\n",
            "Authentication-Results: mx.cg.ukrtel.net; dkim=fail header.d=example.gov.ua; spf=softfail smtp.mailfrom=osvita@example.gov.ua\r\n",
        ] {
            let a = with_auth(forged, "osvita@example.gov.ua");
            assert_eq!(
                a.reason.as_ref().map(Reason::code),
                Some("unauthenticated"),
                "{forged}"
            );
            assert!(a.attribution.is_none() && a.items.is_empty() && a.reply.is_none());
        }
        // A domain outside the policy is attributed by its address as before.
        let mut ctx = context(ocr::Setup::Off);
        ctx.sender_auth.domains = vec!["other.gov.ua".into()];
        ctx.sender_auth.authserv_id = "mx.cg.ukrtel.net".into();
        let a = with_auth("", "osvita@example.gov.ua");
        assert!(
            a.attribution.is_none(),
            "the policy above covers example.gov.ua"
        );
        let raw = "From: <osvita@example.gov.ua>\r\nSubject: Zvit\r\nDate: Mon, 10 Dec 2012 10:00:00 +0200\r\n\r\n6. Проведено консультації.\r\n";
        let a = received_at_ten(&ctx, raw.as_bytes());
        assert_eq!(
            a.attribution.map(|x| x.executor).as_deref(),
            Some("su-osvita")
        );
    }

    fn mail_from_executor(parts: &str) -> Analysis {
        let ctx = context(ocr::Setup::Off);
        let raw = format!(
            "From: <osvita@example.gov.ua>\r\nTo: uvp@cg.ukrtel.net\r\nSubject: Narada\r\n\
             Date: Mon, 10 Dec 2012 10:00:00 +0200\r\nMessage-ID: <intent@example.gov.ua>\r\n\
             MIME-Version: 1.0\r\n{parts}"
        );
        received_at_ten(&ctx, raw.as_bytes())
    }

    #[test]
    fn an_invitation_with_a_calendar_file_yields_no_items() {
        let a = mail_from_executor(
            "Content-Type: multipart/mixed; boundary=b\r\n\r\n\
             --b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\
             Нарада щодо пунктів 6, 7 та 9 Плану: обговорення проектів розпоряджень.\r\n\
             --b\r\nContent-Type: text/calendar; method=REQUEST; charset=utf-8\r\n\
             Content-Disposition: attachment; filename=narada.ics\r\n\r\n\
             BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Нарада щодо пунктів 6 та 9\r\n\
             DTSTART:20121214T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n--b--\r\n",
        );
        assert!(a.items.is_empty(), "{:?}", a.items);
        assert_eq!(a.reason.as_ref().map(Reason::code), Some("not_a_report"));
        assert_eq!(
            a.attribution.map(|x| x.executor).as_deref(),
            Some("su-osvita")
        );
    }

    /// An attached letter that only asks (an extension of the term) is no report text: the
    /// mail is read with it, and names no measure; an attached document that states work
    /// is still the report.
    #[test]
    fn an_attached_letter_that_only_asks_is_no_report() {
        let with = |letter: &str| {
            mail_from_executor(&format!(
                "Content-Type: multipart/mixed; boundary=b\r\n\r\n\
                 --b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\
                 Направляємо лист управління щодо продовження терміну (оригінал надіслано \
                 поштою).\r\n\
                 --b\r\nContent-Type: text/plain; charset=utf-8\r\n\
                 Content-Disposition: attachment; filename=lyst.txt\r\n\r\n{letter}\r\n--b--\r\n"
            ))
        };
        let asks = with(
            "Управління просить продовжити до 21.06.2013 термін подання інформації.\r\n\r\n\
             Матеріали щодо пунктів 6 та 9 Плану підготовлені та знаходяться на підписі у \
             начальника управління.",
        );
        assert!(
            asks.items.iter().all(|i| i.measure.is_none()),
            "{:?}",
            asks.items
        );
        assert_eq!(asks.reason.as_ref().map(Reason::code), Some("not_a_report"));
        let reports = with("Пункт 6. Проведено громадське обговорення проекту програми.");
        assert_eq!(
            reports
                .items
                .iter()
                .filter_map(|i| i.measure)
                .collect::<Vec<_>>(),
            vec![6]
        );
    }

    #[test]
    fn a_question_yields_no_items_and_a_report_still_does() {
        let q = mail_from_executor(
            "Content-Type: text/plain; charset=utf-8\r\n\r\n\
             Чи потрібно звітувати за пунктом 8, якщо колегії в управлінні немає?\r\n",
        );
        assert!(q.items.is_empty(), "{:?}", q.items);
        assert_eq!(q.reason.as_ref().map(Reason::code), Some("not_a_report"));
        let r = mail_from_executor(
            "Content-Type: text/plain; charset=utf-8\r\n\r\n\
             Пункт 8: голову комітету громадської ради введено до складу колегії. Чи потрібен \
             наказ?\r\n",
        );
        assert_eq!(r.items.len(), 1, "{:?}", r.items);
        assert_eq!(r.reason, None);
    }
}
