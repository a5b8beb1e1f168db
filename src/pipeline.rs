//! The pure pipeline: raw bytes + receive time + plan → [`Analysis`]. Parse, extract,
//! attribute and map, with no I/O, so `ingest`, `reprocess`, the daemon and the tests all run
//! exactly the same code.

use std::sync::Arc;

use jiff::Timestamp;

use crate::attribute::{Attribution, Attributor, Evidence};
use crate::config::Limits;
use crate::extract::{self, Format};
use crate::map::{self, Mapper, Segment};
use crate::parse::{self, MessageKind};
use crate::plan::Plan;
use crate::reason::Reason;

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
}

/// The plan-derived helpers the pipeline needs, built once and shared (also across threads:
/// the daemon analyses on blocking threads).
pub struct Context {
    pub plan: Arc<Plan>,
    pub limits: Limits,
    pub attributor: Attributor,
    pub mapper: Mapper,
    /// Addresses that are zvit's own.
    pub own_addresses: Vec<String>,
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
        }
    }

    /// The context for a loaded configuration.
    pub fn from_config(config: &crate::config::Config, plan: Arc<Plan>) -> Self {
        let own = config.own_addresses(&plan);
        Context::new(
            plan,
            config.limits.clone(),
            config.mapping.min_confidence,
            own,
        )
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
    let mut analysis = analyse(ctx, raw, received, decisions.executor.as_deref());
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
        }
    }
    analysis
}

fn analyse(ctx: &Context, raw: &[u8], received: Timestamp, assigned: Option<&str>) -> Analysis {
    let assignment = ctx.plan.period_of(received);
    let mut analysis = Analysis {
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
    };
    if raw.len() > ctx.limits.max_message_bytes {
        analysis.reason = Some(Reason::TooLarge {
            size: raw.len() as u64,
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
    let mut blocks: Vec<(String, Vec<Segment>)> = Vec::new();
    let mut headings: Vec<String> = Vec::new();
    let mut body_text = msg.body.clone();
    for (_, fwd) in &msg.forwarded {
        if !fwd.is_empty() {
            body_text.push_str("\n\n");
            body_text.push_str(fwd);
        }
    }
    analysis.parts.push(PartReport {
        name: "body".into(),
        format: if msg.body_tables.is_empty() {
            "text"
        } else {
            "html"
        }
        .into(),
        chars: body_text.chars().count(),
        charset: msg.body_charset.map(str::to_string),
        reason: None,
    });
    let mut body_segments = map::segment_text(&body_text);
    for t in &msg.body_tables {
        body_segments.extend(map::segment_table(t));
    }
    blocks.push(("body".into(), body_segments));
    for att in &msg.attachments {
        for ex in extract::extract(&att.name, &att.data, &ctx.limits) {
            let (chars, charset, reason) = match &ex.result {
                Ok(c) => (
                    c.text.chars().count()
                        + c.tables
                            .iter()
                            .flat_map(|t| &t.rows)
                            .flatten()
                            .map(|s| s.chars().count())
                            .sum::<usize>(),
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
                ) {
                    // A document's title lines ("Інформація … про виконання плану") are not items.
                    segs.retain(|s| !s.numbers.is_empty() || s.text.chars().count() >= 40);
                }
                for t in &content.tables {
                    segs.extend(map::segment_table(t));
                }
                blocks.push((ex.name, segs));
            }
        }
    }

    if crate::parse::no_auto_answer(&msg, &ctx.own_addresses).is_none()
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
                .flat_map(|(_, s)| s)
                .any(|s| !s.numbers.is_empty())
            || {
                let all = format!("{} {}", msg.subject, body_text).to_lowercase();
                all.contains("план")
                    || all.contains("звіт")
                    || all.contains("відкритий уряд")
                    || all.contains("отчет")
            }
            || !ctx
                .attributor
                .named_in(&format!("{} {}", msg.subject, body_text))
                .is_empty());

    if let Some(reason) = msg.kind.reason() {
        analysis.reason = Some(reason);
        return analysis;
    }
    let forwarded_senders: Vec<&str> = msg
        .forwarded
        .iter()
        .filter_map(|(s, _)| s.as_deref())
        .collect();
    let evidence = Evidence {
        from: msg.from.as_deref(),
        forwarded_senders,
        subject: &msg.subject,
        body: &body_text,
        headings: &headings,
    };
    analysis.attribution = match assigned.and_then(|id| ctx.plan.executor(id)) {
        Some(e) if msg.kind == MessageKind::Report => Some(Attribution {
            executor: e.id.clone(),
            method: crate::attribute::Method::Assigned,
            confidence: 1.0,
        }),
        _ => ctx.attributor.attribute(&ctx.plan, &evidence),
    };
    if analysis.attribution.is_none() {
        analysis.reason = Some(Reason::UnknownSender);
        return analysis;
    }
    if analysis.period.is_none() {
        analysis.reason = Some(Reason::NoPeriod);
    }
    for (source, segments) in blocks {
        for m in ctx.mapper.map_block(segments) {
            analysis.items.push(Item {
                measure: m.measure,
                text: m.text,
                confidence: m.confidence,
                not_applicable: m.not_applicable,
                source: source.clone(),
                sheet: m.sheet,
                row: m.row,
            });
        }
    }
    analysis
}
