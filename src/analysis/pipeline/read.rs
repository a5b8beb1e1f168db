//! Reading a parsed message's parts into blocks of segments for the mapper: the body (with
//! what is new in its forwarded letters) and every attachment, within the message's bounds —
//! attachments counted, text capped, the same file read once, scans put in place or listed
//! for OCR. Every part read or refused is reported for `show`.

use crate::analysis::extract::{self, Format};
use crate::analysis::map::{self, Segment};
use crate::analysis::parse::ParsedMessage;
use crate::analysis::reason::Reason;
use crate::analysis::scan::{self as ocr, ScanTexts};
use crate::analysis::text;

use super::{Context, PartReport};

/// The segments of one part: the body's or one attachment's.
pub(super) struct Block {
    /// "body" or the attachment's file name.
    pub source: String,
    pub segments: Vec<Segment>,
    /// The OCR's confidence, for text read from a scan.
    pub ocr_confidence: Option<f64>,
    /// An attachment's title lines as written ([`title_lines`]: what the segments leave out,
    /// a schedule's "ГРАФІК" in a cell of its own or under an approval stamp).
    pub heads: Vec<String>,
}

/// What reading a message's parts gives the later stages.
pub(super) struct Read {
    /// The body's block first, then the attachments' in order.
    pub blocks: Vec<Block>,
    /// Attachments' first lines and their tables' first rows: where a letterhead names the
    /// office that wrote it.
    pub headings: Vec<String>,
    /// The body's text as analysed (within the text bound), forwarded letters' new text
    /// included.
    pub body: String,
}

/// Reads every part, even of mail that is not a report (`show` lists them), reporting each in
/// `parts` and each scan still to read in `to_read`.
pub(super) fn read_parts(
    ctx: &Context,
    msg: &ParsedMessage,
    period: Option<u32>,
    scans: &dyn ScanTexts,
    parts: &mut Vec<PartReport>,
    to_read: &mut Vec<ocr::Scan>,
) -> Read {
    // The text analysed per message is bounded (`max_text_chars`): the body first, then the
    // attachments in order; what is beyond is recorded as cut.
    let body = extract::cap_text(
        extract::Content {
            text: body_with_forwards(ctx, msg),
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
    parts.push(PartReport {
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
    let mut read = Read {
        blocks: vec![Block {
            source: "body".into(),
            segments: body_segments,
            ocr_confidence: None,
            heads: Vec::new(),
        }],
        headings: Vec::new(),
        body: body.text,
    };
    // The spans the writer's own words report for ("Інформація … за 2013 рік: довідка за І
    // півріччя та за ІІ півріччя"): what they say of an attachment's title.
    let spans = WritersSpans::of(ctx, msg, period);
    let mut budget = ocr::Budget::new(ctx.scan_limits);
    let mut read_budget = extract::ReadBudget::new(&ctx.limits);
    // The same file attached again is read once (a hostile message may repeat one slow file).
    let mut read_before: Vec<([u8; 32], String, Vec<extract::Extracted>)> = Vec::new();
    let mut attachments_read = 0usize;
    for att in &msg.attachments {
        // What came in a letter received before, forwarded again, was counted then.
        if att
            .forwarded_in
            .and_then(|i| msg.forwarded.get(i))
            .is_some_and(|fwd| received_before(ctx, msg, fwd))
        {
            parts.push(PartReport {
                name: att.name.clone(),
                format: "unknown".into(),
                chars: 0,
                charset: None,
                reason: Some(Reason::ReceivedBefore),
            });
            continue;
        }
        if attachments_read >= ctx.limits.max_attachments {
            parts.push(PartReport {
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
            // A workbook's sheet left over from an earlier period beside this one's ("І півр
            // 2013" beside "ІІ півр 2013") is no part of this report.
            if let (Ok(c), Some(n)) = (&mut ex.result, period) {
                drop_earlier_sheets(ctx, c, n, &spans);
            }
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
                to_read,
                &mut budget,
            );
            // A report for an earlier period sent along (last half-year's, "для довідки") is
            // no report for this one.
            let earlier = match (&ex.result, period) {
                (Ok(c), Some(n)) => for_an_earlier_period(ctx, c, n, &spans),
                _ => None,
            };
            let (chars, charset, reason) = match &ex.result {
                Ok(c) => (
                    content_chars(c),
                    c.charset.map(str::to_string),
                    earlier.clone().or_else(|| c.cut.clone()),
                ),
                Err(r) => (0, None, Some(r.clone())),
            };
            parts.push(PartReport {
                name: ex.name.clone(),
                format: ex.format.as_str().into(),
                chars,
                charset,
                reason,
            });
            if let Ok(content) = ex.result {
                read.headings.extend(headings(&content));
                let heads = title_lines(&content);
                if earlier.is_some() {
                    continue;
                }
                read.blocks.push(Block {
                    source: ex.name,
                    segments: document_segments(ex.format, &content),
                    ocr_confidence,
                    heads,
                });
            }
        }
    }
    read
}

/// The body's own text followed by what is new in each forwarded letter.
fn body_with_forwards(ctx: &Context, msg: &ParsedMessage) -> String {
    let mut text = msg.body.clone();
    for fwd in &msg.forwarded {
        // Of a letter received before, only what is typed below its signing is new.
        let new = if received_before(ctx, msg, fwd) {
            &fwd.below
        } else {
            &fwd.text
        };
        if !new.is_empty() {
            text.push_str("\n\n");
            text.push_str(new);
        }
    }
    text
}

/// A letter the sender itself sent to this very mailbox before, forwarded again (an office
/// re-sending its own letter with a correction typed below it, or attaching it under a
/// supplement): it has been received already. One sent elsewhere (a mistyped address, a
/// secretary's box), or passed on by someone else (a secretary forwarding it from her own
/// box), is the report delivered now. So is one this mailbox sent (zvit's reminder or
/// receipt, the department's circular), forwarded back along a thread: no one's report.
fn received_before(
    ctx: &Context,
    msg: &ParsedMessage,
    fwd: &crate::analysis::text::Forwarded,
) -> bool {
    let sent_here = fwd.sender.is_some()
        && fwd.sender == msg.from
        && fwd.to.iter().any(|to| ctx.own_addresses.contains(to));
    let sent_from_here = fwd
        .sender
        .as_ref()
        .is_some_and(|s| ctx.own_addresses.contains(s));
    sent_here || sent_from_here
}

/// Why a document is an earlier period's report, when its title says so: the first three
/// lines of its text or cells of its first two rows that state nothing name a half-year, a
/// quarter or a year ("Інформація … за І півріччя 2013 р."), and every span they name ended
/// before period `n` — a title that names this period too ("за ІІ півріччя 2012 року та І
/// півріччя 2013 року") leaves the document in it. So do the writer's own words (`spans`, of
/// the subject and the body): a span of this period that takes the title's in (the year's
/// report "за 2013 рік" made of the two half-years' notes), or one of this period where they
/// name no earlier one that does (a title left from last year's template under "надсилаємо
/// інформацію за І півріччя 2013 року"), or words that say the earlier span's report comes
/// late ("Надсилаємо (із запізненням) інформацію … за 2012 рік"): delivered now, it counts
/// now.
fn for_an_earlier_period(
    ctx: &Context,
    c: &extract::Content,
    n: u32,
    spans: &WritersSpans,
) -> Option<Reason> {
    if spans.late {
        return None;
    }
    let lines = c.text.lines().filter(|l| !l.trim().is_empty()).take(3);
    let cells = c
        .tables
        .first()
        .into_iter()
        .flat_map(|t| t.rows.iter().take(2).flatten());
    earlier_title(ctx, lines.chain(cells.map(String::as_str)), n, spans)
        .map(|t| Reason::EarlierPeriod(super::first_chars(t.trim(), 120).to_string()))
}

/// Leaves out of a workbook of several sheets those whose title (in their first two rows)
/// reports only spans that end before period `n`, when another sheet's title reports a span
/// that does not: last half-year's sheet copied beside this one's.
pub(super) fn drop_earlier_sheets(
    ctx: &Context,
    c: &mut extract::Content,
    n: u32,
    spans: &WritersSpans,
) {
    if spans.late || c.tables.len() < 2 {
        return;
    }
    // For each sheet: Some(true) when its title reports only earlier spans, Some(false) when
    // it reports this period's, None when it names no span.
    let earlier: Vec<Option<bool>> = c
        .tables
        .iter()
        .map(|t| {
            let mut named = None;
            for cell in t.rows.iter().take(2).flatten() {
                if cell.chars().count() > 200 || crate::analysis::intent::states_anything(cell) {
                    continue;
                }
                for span in text::span::reported_spans(cell) {
                    let before = ctx.plan.ends_before_period(span.last, n);
                    named = Some(named.unwrap_or(true) && before);
                }
            }
            named
        })
        .collect();
    if !earlier.contains(&Some(false)) {
        return;
    }
    let earlier: Vec<bool> = earlier.into_iter().map(|e| e == Some(true)).collect();
    let mut at = 0;
    c.tables.retain(|_| {
        at += 1;
        !earlier[at - 1]
    });
}

/// The first of `lines` that names a span the report covers, when every span they name ends
/// before period `n` and the writer's own words do not name it as this report's.
fn earlier_title<'a>(
    ctx: &Context,
    lines: impl Iterator<Item = &'a str>,
    n: u32,
    spans: &WritersSpans,
) -> Option<&'a str> {
    let mut title = None;
    for line in lines {
        // (A paragraph of the report that states work "за 2012 рік" is no title.)
        if line.chars().count() > 200 || crate::analysis::intent::states_anything(line) {
            continue;
        }
        for span in text::span::reported_spans(line) {
            let earlier = ctx.plan.ends_before_period(span.last, n)
                && !spans.now.iter().any(|s| s.covers(&span))
                && (spans.now.is_empty() || spans.before.iter().any(|s| s.covers(&span)));
            if !earlier {
                return None;
            }
            title.get_or_insert(line);
        }
    }
    title
}

/// The spans the writer's subject and body name, those of the message's period and those
/// before it.
#[derive(Default)]
pub(super) struct WritersSpans {
    now: Vec<text::span::Span>,
    before: Vec<text::span::Span>,
    /// The writer says the report comes late ("Надсилаємо (із запізненням) інформацію … за
    /// 2012 рік", "с опозданием"): an earlier period's report delivered now, not one sent
    /// along for reference.
    late: bool,
}

impl WritersSpans {
    fn of(ctx: &Context, msg: &ParsedMessage, period: Option<u32>) -> WritersSpans {
        let Some(n) = period else {
            return WritersSpans::default();
        };
        // (The body within the text bound, as every stage reads it.)
        let body = super::first_chars(&msg.body, ctx.limits.max_text_chars);
        let (before, now): (Vec<text::span::Span>, _) = text::span::reported_spans(&msg.subject)
            .into_iter()
            .chain(text::span::reported_spans(body))
            .partition(|s| ctx.plan.ends_before_period(s.last, n));
        // (Read only when an earlier span is named: nothing else asks.)
        let late = !before.is_empty() && [msg.subject.as_str(), body].iter().any(|t| says_late(t));
        WritersSpans { now, before, late }
    }
}

/// A document's title as written: its first five lines, or the first table's cells that
/// stand alone in one of its first three rows ("ГРАФІК" in a cell of its own) — never a
/// column's heading.
fn title_lines(content: &extract::Content) -> Vec<String> {
    let mut lines: Vec<String> = content
        .text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(5)
        .map(str::to_string)
        .collect();
    if let Some(t) = content.tables.first() {
        for row in t.rows.iter().take(3) {
            let mut cells = row.iter().filter(|c| !c.trim().is_empty());
            if let (Some(cell), None) = (cells.next(), cells.next()) {
                lines.push(cell.clone());
            }
        }
    }
    lines
}

/// A document's first five lines and its tables' first three rows.
fn headings(content: &extract::Content) -> Vec<String> {
    let mut headings: Vec<String> = content
        .text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(5)
        .map(str::to_string)
        .collect();
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
    headings
}

/// An attachment's segments: its running text's, then its tables' rows.
fn document_segments(format: Format, content: &extract::Content) -> Vec<Segment> {
    let mut segs = map::segment_text(&content.text);
    if matches!(
        format,
        Format::Docx
            | Format::Odt
            | Format::Doc
            | Format::Pdf
            | Format::Rtf
            | Format::Text
            | Format::Image
    ) {
        // A document's title lines ("Інформація … про виконання плану") and the signature
        // ("Голова … В. Петренко") are not items.
        segs.retain(|s| {
            !s.numbers.is_empty()
                || (s.text.chars().count() >= 40 && !is_title_or_signature(&s.text))
        });
    }
    for t in &content.tables {
        segs.extend(map::segment_table(t));
    }
    segs
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
pub(super) fn is_title_or_signature(text: &str) -> bool {
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

/// Does the writer say the report comes late ("із запізненням", "з запізненням",
/// "несвоєчасно", "с опозданием", "несвоевременно")? Words of the writer's own text.
fn says_late(t: &str) -> bool {
    let lower = text::stem::lowercase(t);
    text::words(&lower).iter().any(|w| {
        ["запізн", "опоздан", "несвоєчасн", "несвоевремен"]
            .iter()
            .any(|s| w.starts_with(s))
    })
}
