//! Digest: the coordinators' picture of a period — completeness (overall, by group, by
//! measure), a matrix of executors × measures, who is missing (with addresses), the compiled
//! text reported on every measure (attributed and dated), and what needs a person. Built from
//! stored rows (pure), rendered as text and HTML from templates, and as .xlsx and .docx.

use std::io::Write;

use serde::Serialize;

use crate::analysis::parse::MessageKind;
use crate::analysis::plan::Plan;
use crate::analysis::reason::ReasonCode;
use crate::edge::store::{ItemRow, MessageRow, OutboxRow, PartRow};
use crate::outgoing::chart;
use crate::outgoing::compose::{self, ComposeError, Draft, MailKind, Templates};
use crate::outgoing::report::{self, PeriodStatus, Totals};
use crate::outgoing::review::needs_review;

#[derive(Debug, Clone, Serialize)]
pub struct GroupLine {
    pub name: String,
    pub expected: usize,
    pub complete: usize,
    pub partial: usize,
    pub missing: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct MeasureLine {
    pub number: u32,
    pub text: String,
    pub owed: usize,
    pub on_time: usize,
    pub late: usize,
    pub missing: usize,
    pub not_applicable: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct MatrixRow {
    pub executor: String,
    /// The executor's id (for the link to the web desk).
    pub executor_id: String,
    /// One cell per measure in `Digest::matrix_measures`: "✓" on time, "із запізн." late,
    /// "—" missing, "н/с" not applicable, "" not owed.
    pub cells: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct MissingLine {
    pub executor: String,
    pub emails: String,
    pub measures: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub executor: String,
    pub date: String,
    pub late: bool,
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Compiled {
    pub number: u32,
    pub text: String,
    pub entries: Vec<Entry>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ReviewLine {
    pub what: String,
    pub detail: String,
    /// The message it is about (without <>), for the link to the web desk.
    pub message_id: Option<String>,
}

/// Everything a digest says.
#[derive(Debug, Clone, Serialize)]
pub struct Digest {
    pub title: String,
    pub period: u32,
    pub starts: String,
    pub deadline: String,
    pub as_of: String,
    pub totals: Totals,
    pub groups: Vec<GroupLine>,
    pub measures: Vec<MeasureLine>,
    pub matrix_measures: Vec<u32>,
    pub matrix: Vec<MatrixRow>,
    pub missing: Vec<MissingLine>,
    pub compiled: Vec<Compiled>,
    pub review: Vec<ReviewLine>,
    pub office: String,
    /// The web desk's address (`[web] base_url`): when set, the HTML links executors,
    /// measures and review entries to their pages there.
    pub desk: Option<String>,
}

/// Builds the digest of a period from stored rows.
pub fn build(
    plan: &Plan,
    period: u32,
    items: &[ItemRow],
    messages: &[(MessageRow, Vec<PartRow>)],
    failed: &[OutboxRow],
    as_of: jiff::Timestamp,
) -> Digest {
    let status: PeriodStatus = report::period_status(plan, items, period);
    let date = |ts: i64| {
        jiff::Timestamp::from_second(ts)
            .map(|t| compose::ukr_date(t.to_zoned_datetime(plan.tz.clone()).date()))
            .unwrap_or_default()
    };
    let name = |id: &str| plan.executor(id).map_or(id.to_string(), |e| e.name.clone());

    let mut groups = Vec::new();
    for g in &plan.groups {
        let mut line = GroupLine {
            name: g.name.clone(),
            expected: 0,
            complete: 0,
            partial: 0,
            missing: 0,
        };
        for e in status.executors.iter().filter(|e| {
            plan.executor(&e.id)
                .is_some_and(|x| x.groups.contains(&g.id))
        }) {
            let owed = e.on_time.len() + e.late.len() + e.missing.len() + e.not_applicable.len();
            if owed == 0 {
                continue;
            }
            line.expected += 1;
            if e.missing.is_empty() {
                line.complete += 1;
            } else if e.missing.len() < owed {
                line.partial += 1;
            } else {
                line.missing += 1;
            }
        }
        groups.push(line);
    }

    let mut measures = Vec::new();
    for m in &plan.measures {
        let mut line = MeasureLine {
            number: m.number,
            text: m.text.clone(),
            owed: 0,
            on_time: 0,
            late: 0,
            missing: 0,
            not_applicable: 0,
        };
        for e in &status.executors {
            let n = m.number;
            if e.on_time.contains(&n) {
                line.on_time += 1;
            } else if e.late.contains(&n) {
                line.late += 1;
            } else if e.missing.contains(&n) {
                line.missing += 1;
            } else if e.not_applicable.contains(&n) {
                line.not_applicable += 1;
            } else {
                continue;
            }
            line.owed += 1;
        }
        if line.owed > 0 {
            measures.push(line);
        }
    }
    let matrix_measures: Vec<u32> = measures.iter().map(|m| m.number).collect();
    let matrix = status
        .executors
        .iter()
        .map(|e| MatrixRow {
            executor: e.name.clone(),
            executor_id: e.id.clone(),
            cells: matrix_measures
                .iter()
                .map(|n| {
                    if e.on_time.contains(n) {
                        "✓"
                    } else if e.late.contains(n) {
                        "із запізн."
                    } else if e.missing.contains(n) {
                        "—"
                    } else if e.not_applicable.contains(n) {
                        "н/с"
                    } else {
                        ""
                    }
                    .to_string()
                })
                .collect(),
        })
        .collect();
    let missing = status
        .executors
        .iter()
        .filter(|e| !e.missing.is_empty())
        .map(|e| MissingLine {
            executor: e.name.clone(),
            emails: plan
                .executor(&e.id)
                .map(|x| x.emails.join(", "))
                .unwrap_or_default(),
            measures: e
                .missing
                .iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        })
        .collect();

    let flags = report::superseded_flags(items);
    let mut compiled: Vec<Compiled> = Vec::new();
    for m in &plan.measures {
        let entries: Vec<Entry> = items
            .iter()
            .zip(&flags)
            .filter(|(i, s)| {
                !**s && i.period == Some(period) && i.measure == Some(m.number) && !i.not_applicable
            })
            .map(|(i, _)| Entry {
                executor: name(&i.executor),
                date: date(i.received_ts),
                late: i.late,
                text: i.text.clone(),
            })
            .collect();
        if !entries.is_empty() {
            compiled.push(Compiled {
                number: m.number,
                text: m.text.clone(),
                entries,
            });
        }
    }

    let mut review = Vec::new();
    for (m, parts) in messages {
        if m.period != Some(period) {
            continue;
        }
        let who = m
            .executor
            .as_deref()
            .map(name)
            .or_else(|| m.from.clone())
            .unwrap_or_default();
        let code = m.reason_code;
        if needs_review(code).is_some() {
            review.push(match code {
                Some(ReasonCode::UnknownSender) => ReviewLine {
                    message_id: Some(m.message_id.clone()),
                    what: "невідомий відправник".into(),
                    detail: format!(
                        "{} — «{}», {}",
                        m.from.clone().unwrap_or_default(),
                        m.subject.clone().unwrap_or_default(),
                        date(m.received_ts)
                    ),
                },
                Some(ReasonCode::Malformed) => ReviewLine {
                    message_id: Some(m.message_id.clone()),
                    what: "пошкоджений лист".into(),
                    detail: format!("{who}, {}", date(m.received_ts)),
                },
                other => ReviewLine {
                    message_id: Some(m.message_id.clone()),
                    what: review_what(other).into(),
                    detail: format!(
                        "{who}, {} — {}",
                        date(m.received_ts),
                        m.reason_text.clone().unwrap_or_default()
                    ),
                },
            });
        }
        if m.kind == Some(MessageKind::Report) {
            for p in parts {
                if let (Some(code), Some(text)) = (&p.reason_code, &p.reason_text)
                    && *code != ReasonCode::Cut
                {
                    review.push(ReviewLine {
                        message_id: Some(m.message_id.clone()),
                        what: "вкладення не прочитано".into(),
                        detail: format!("{who}: {} — {text}", p.name),
                    });
                }
            }
        }
    }
    for (i, _) in items
        .iter()
        .zip(&flags)
        .filter(|(i, s)| !**s && i.period == Some(period) && i.measure.is_none())
    {
        review.push(ReviewLine {
            message_id: Some(i.message_id.clone()),
            what: "пункт плану не визначено".into(),
            detail: format!(
                "{}: {}",
                name(&i.executor),
                i.text.chars().take(160).collect::<String>()
            ),
        });
    }
    for f in failed {
        review.push(ReviewLine {
            message_id: None,
            what: "лист не доставлено".into(),
            detail: format!(
                "{} → {}: {}",
                f.kind.as_str(),
                f.recipients.join(", "),
                f.last_error.clone().unwrap_or_default()
            ),
        });
    }

    Digest {
        title: plan.title.clone(),
        period,
        starts: plan
            .period_bounds(period)
            .map(|(s, _)| compose::ukr_date(s.to_zoned_datetime(plan.tz.clone()).date()))
            .unwrap_or_default(),
        deadline: plan
            .deadlines
            .get(period as usize - 1)
            .map(|d| compose::ukr_date(*d))
            .unwrap_or_default(),
        as_of: compose::ukr_date(as_of.to_zoned_datetime(plan.tz.clone()).date()),
        totals: status.totals.clone(),
        groups,
        measures,
        matrix_measures,
        matrix,
        missing,
        compiled,
        review,
        office: compose::OFFICE.into(),
        desk: None,
    }
}

const DOCX_MIME: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// The digest as a mail to the coordinators: text and HTML, with the .xlsx and .docx attached.
pub fn draft(
    d: &Digest,
    templates: &Templates,
    recipients: &[String],
    key: &str,
) -> Result<Draft, ComposeError> {
    let (text, html) = templates.render("digest", d)?;
    Ok(Draft {
        key: key.to_string(),
        kind: MailKind::Digest,
        to: recipients.to_vec(),
        cc: vec![],
        subject: format!(
            "Зведення: виконання плану «Відкритий уряд», {}-й звітний період, станом на {}",
            d.period, d.as_of
        ),
        text,
        html,
        attachments: vec![
            (
                format!("Зведення, період {}.xlsx", d.period),
                compose::XLSX_MIME.into(),
                xlsx(d)?,
            ),
            (
                format!("Узагальнена інформація, період {}.docx", d.period),
                DOCX_MIME.into(),
                docx(d)?,
            ),
        ],
        inline: vec![(
            "completeness.png".into(),
            "image/png".into(),
            crate::outgoing::chart::completeness_png(&chart_input(d))?,
        )],
        in_reply_to: None,
        references: vec![],
    })
}

/// What the chart shows of a digest: the groups of executors, then every measure.
fn chart_input(d: &Digest) -> chart::Completeness {
    let mut groups = Vec::new();
    for g in &d.groups {
        if g.expected > 0 {
            let n = g.expected as f64;
            groups.push(chart::Bar {
                label: chart::short(&g.name, 34),
                on_time: g.complete as f64 / n,
                late: g.partial as f64 / n,
            });
        }
    }
    let mut measures = Vec::new();
    for m in &d.measures {
        if m.owed > 0 {
            let n = m.owed as f64;
            measures.push(chart::Bar {
                label: format!("Пункт {}", m.number),
                on_time: (m.on_time + m.not_applicable) as f64 / n,
                late: m.late as f64 / n,
            });
        }
    }
    chart::Completeness {
        period: d.period,
        as_of: d.as_of.clone(),
        groups,
        measures,
    }
}

/// A digest of period 1 with nothing reported, for rendering the templates in `check-config`.
pub fn sample(plan: &Plan) -> Digest {
    build(plan, 1, &[], &[], &[], jiff::Timestamp::UNIX_EPOCH)
}

/// The digest's words for a message that needs a person (see [`needs_review`]).
fn review_what(code: Option<ReasonCode>) -> &'static str {
    match code {
        Some(ReasonCode::Unauthenticated) => "відправника не підтверджено",
        Some(ReasonCode::AnalysisCrashed) => "аналіз листа не завершено",
        Some(ReasonCode::NoPeriod) => "поза звітними періодами",
        Some(ReasonCode::TooLarge) => "лист завеликий, не прочитано",
        Some(ReasonCode::NotAReport) => "лист не є звітом",
        _ => "потребує розгляду",
    }
}

/// The digest workbook: summary, matrix, by measure, missing, review. Text cells are strings
/// (never formulas) through [`crate::outgoing::safe::xlsx_cell`]: characters XML forbids dropped, cut to
/// what a cell holds.
pub fn xlsx(d: &Digest) -> Result<Vec<u8>, ComposeError> {
    use rust_xlsxwriter::{Format, FormatBorder, Workbook, Worksheet};
    let err = |e: rust_xlsxwriter::XlsxError| ComposeError::Build(e.to_string());
    let head = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_border(FormatBorder::Thin)
        .set_background_color("#DDEBF7");
    let wrap = Format::new().set_text_wrap().set_border(FormatBorder::Thin);
    let mut wb = Workbook::new();
    let table = |ws: &mut Worksheet,
                 headers: &[&str],
                 widths: &[f64],
                 rows: Vec<Vec<String>>|
     -> Result<(), rust_xlsxwriter::XlsxError> {
        for (c, h) in headers.iter().enumerate() {
            ws.write_with_format(0, c as u16, *h, &head)?;
            ws.set_column_width(c as u16, *widths.get(c).unwrap_or(&14.0))?;
        }
        for (r, row) in rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                match v.parse::<f64>() {
                    Ok(n) if n.is_finite() && !v.contains(',') => {
                        ws.write_number_with_format(r as u32 + 1, c as u16, n, &wrap)?
                    }
                    _ => ws.write_with_format(
                        r as u32 + 1,
                        c as u16,
                        crate::outgoing::safe::xlsx_cell(v),
                        &wrap,
                    )?,
                };
            }
        }
        ws.set_freeze_panes(1, 0)?;
        ws.autofilter(0, 0, rows.len().max(1) as u32, headers.len() as u16 - 1)?;
        Ok(())
    };
    let t = &d.totals;
    let summary = vec![
        vec![
            "Очікується звітів від виконавців".into(),
            t.expected.to_string(),
        ],
        vec![
            "Подано повністю вчасно".into(),
            t.complete_on_time.to_string(),
        ],
        vec![
            "Подано повністю, частково із запізненням".into(),
            t.complete_late.to_string(),
        ],
        vec!["Подано частково".into(), t.partial.to_string()],
        vec!["Не подано".into(), t.missing.to_string()],
        vec![
            "Пунктів до звітування (виконавець × пункт)".into(),
            t.measures_owed.to_string(),
        ],
        vec!["з них вчасно".into(), t.measures_on_time.to_string()],
        vec!["із запізненням".into(), t.measures_late.to_string()],
        vec!["не надано".into(), t.measures_missing.to_string()],
        vec![
            "не стосується".into(),
            t.measures_not_applicable.to_string(),
        ],
    ];
    table(
        wb.add_worksheet().set_name("Підсумок").map_err(err)?,
        &["Показник", "Значення"],
        &[48.0, 12.0],
        summary,
    )
    .map_err(err)?;
    let mut headers: Vec<String> = vec!["Виконавець".into()];
    headers.extend(d.matrix_measures.iter().map(|n| format!("п. {n}")));
    let h: Vec<&str> = headers.iter().map(String::as_str).collect();
    let mut widths = vec![46.0];
    widths.extend(std::iter::repeat_n(9.0, d.matrix_measures.len()));
    let rows = d
        .matrix
        .iter()
        .map(|r| {
            std::iter::once(r.executor.clone())
                .chain(r.cells.iter().cloned())
                .collect()
        })
        .collect();
    table(
        wb.add_worksheet().set_name("Матриця").map_err(err)?,
        &h,
        &widths,
        rows,
    )
    .map_err(err)?;
    let rows = d
        .measures
        .iter()
        .map(|m| {
            vec![
                m.number.to_string(),
                m.text.clone(),
                m.owed.to_string(),
                m.on_time.to_string(),
                m.late.to_string(),
                m.missing.to_string(),
                m.not_applicable.to_string(),
            ]
        })
        .collect();
    table(
        wb.add_worksheet().set_name("За пунктами").map_err(err)?,
        &[
            "Пункт",
            "Зміст заходу",
            "Очікується",
            "Вчасно",
            "Із запізненням",
            "Не надано",
            "Не стосується",
        ],
        &[8.0, 70.0, 12.0, 10.0, 14.0, 12.0, 14.0],
        rows,
    )
    .map_err(err)?;
    let rows = d
        .missing
        .iter()
        .map(|m| vec![m.executor.clone(), m.measures.clone(), m.emails.clone()])
        .collect();
    table(
        wb.add_worksheet().set_name("Не надано").map_err(err)?,
        &["Виконавець", "Пункти", "Адреси"],
        &[46.0, 24.0, 40.0],
        rows,
    )
    .map_err(err)?;
    let rows = d
        .review
        .iter()
        .map(|r| vec![r.what.clone(), r.detail.clone()])
        .collect();
    table(
        wb.add_worksheet().set_name("На розгляд").map_err(err)?,
        &["Що", "Подробиці"],
        &[28.0, 100.0],
        rows,
    )
    .map_err(err)?;
    wb.save_to_buffer().map_err(err)
}

/// Text as XML character data: characters XML 1.0 forbids dropped (a control character in a
/// report must not make the document unreadable), markup characters escaped.
fn xml_escape(s: &str) -> String {
    crate::outgoing::safe::xml_text(s)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The compiled text per measure as a Word document, ready to edit into the office's report.
pub fn docx(d: &Digest) -> Result<Vec<u8>, ComposeError> {
    let para = |text: &str, style: Option<&str>, bold: bool| {
        let ppr = style
            .map(|s| format!("<w:pPr><w:pStyle w:val=\"{s}\"/></w:pPr>"))
            .unwrap_or_default();
        let rpr = if bold { "<w:rPr><w:b/></w:rPr>" } else { "" };
        format!(
            "<w:p>{ppr}<w:r>{rpr}<w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
            xml_escape(text)
        )
    };
    let mut body = String::new();
    body.push_str(&para(
        "Узагальнена інформація про виконання Плану заходів",
        Some("Title"),
        true,
    ));
    body.push_str(&para(
        &format!(
            "{}-й звітний період (термін подання — {}), станом на {}",
            d.period, d.deadline, d.as_of
        ),
        None,
        false,
    ));
    for c in &d.compiled {
        body.push_str(&para(
            &format!("{}. {}", c.number, c.text),
            Some("Heading1"),
            true,
        ));
        for e in &c.entries {
            let late = if e.late {
                ", із запізненням"
            } else {
                ""
            };
            body.push_str(&para(
                &format!("{} (інформація від {}{late}):", e.executor, e.date),
                None,
                true,
            ));
            for line in e.text.lines().filter(|l| !l.trim().is_empty()) {
                body.push_str(&para(line, None, false));
            }
        }
    }
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}\
<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>"
    );
    let styles = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\"/><w:sz w:val=\"28\"/><w:lang w:val=\"uk-UA\"/></w:rPr></w:rPrDefault>\
<w:pPrDefault><w:pPr><w:spacing w:after=\"120\"/><w:jc w:val=\"both\"/></w:pPr></w:pPrDefault></w:docDefaults>\
<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"32\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:keepNext/><w:spacing w:before=\"240\"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>\
</w:styles>";
    let content_types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/></Types>";
    let rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";
    let doc_rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>";
    let err = |e: &dyn std::fmt::Display| ComposeError::Build(e.to_string());
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, content) in [
        ("[Content_Types].xml", content_types.to_string()),
        ("_rels/.rels", rels.to_string()),
        ("word/_rels/document.xml.rels", doc_rels.to_string()),
        ("word/styles.xml", styles.to_string()),
        ("word/document.xml", document),
    ] {
        zip.start_file(name, opts).map_err(|e| err(&e))?;
        zip.write_all(content.as_bytes()).map_err(|e| err(&e))?;
    }
    Ok(zip.finish().map_err(|e| err(&e))?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::plan::tests::sample_plan;

    #[test]
    fn docx_and_xlsx_are_readable_by_zvit_itself() {
        let plan = sample_plan();
        let items = vec![ItemRow {
            message: 1,
            message_id: "m@x".into(),
            received_ts: 1_355_130_000,
            seq: 0,
            executor: "rda-nizhyn".into(),
            period: Some(1),
            measure: Some(6),
            text: "Проведено 4 консультації & зустрічі <онлайн>".into(),
            confidence: 0.95,
            late: false,
            not_applicable: false,
            source: "body".into(),
            sheet: None,
            row: None,
            evidence: String::new(),
            candidates: Vec::new(),
        }];
        let d = build(
            &plan,
            1,
            &items,
            &[],
            &[],
            "2012-12-16T10:00:00Z".parse().unwrap(),
        );
        assert_eq!(d.totals.expected, 3);
        assert_eq!(d.compiled.len(), 1);
        let docx = docx(&d).unwrap();
        let read = crate::analysis::extract::extract(
            "d.docx",
            &docx,
            &crate::analysis::extract::Limits::default(),
        );
        let text = &read[0].result.as_ref().unwrap().text;
        assert!(
            text.contains("Проведено 4 консультації & зустрічі <онлайн>"),
            "{text}"
        );
        let xlsx = xlsx(&d).unwrap();
        let read = crate::analysis::extract::extract(
            "d.xlsx",
            &xlsx,
            &crate::analysis::extract::Limits::default(),
        );
        assert_eq!(read[0].result.as_ref().unwrap().tables.len(), 5);
    }

    /// Parses every XML part of an OOXML package: well-formed (quick-xml, end names checked)
    /// and only characters XML 1.0 allows (quick-xml does not check those itself).
    fn assert_well_formed(package: &[u8]) -> String {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(package)).unwrap();
        let mut all = String::new();
        for i in 0..zip.len() {
            let mut f = zip.by_index(i).unwrap();
            let name = f.name().unwrap().to_string();
            if !name.ends_with(".xml") && !name.ends_with(".rels") {
                continue;
            }
            let mut xml = String::new();
            std::io::Read::read_to_string(&mut f, &mut xml).unwrap();
            let bad: Vec<char> = xml
                .chars()
                .filter(|c| {
                    matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}')
                })
                .collect();
            assert!(
                bad.is_empty(),
                "{name} holds characters XML forbids: {bad:?}"
            );
            let mut reader = quick_xml::Reader::from_str(&xml);
            let mut depth = 0i32;
            loop {
                match reader.read_event() {
                    Ok(quick_xml::events::Event::Eof) => break,
                    Ok(quick_xml::events::Event::Start(_)) => depth += 1,
                    Ok(quick_xml::events::Event::End(_)) => depth -= 1,
                    Ok(_) => {}
                    Err(e) => panic!("{name} is not well-formed: {e}"),
                }
            }
            assert_eq!(depth, 0, "{name}: every element closed");
            all.push_str(&xml);
        }
        all
    }

    #[test]
    fn control_characters_in_report_text_leave_docx_and_xlsx_well_formed() {
        let plan = sample_plan();
        let items = vec![ItemRow {
            message: 1,
            message_id: "m@x".into(),
            received_ts: 1_355_130_000,
            seq: 0,
            executor: "rda-nizhyn".into(),
            period: Some(1),
            measure: Some(6),
            text: "Проведено\u{1} 4\u{1b}[31m консультації\u{fffe}\u{ffff}\u{8} <&>".into(),
            confidence: 0.95,
            late: false,
            not_applicable: false,
            source: "body".into(),
            sheet: None,
            row: None,
            evidence: String::new(),
            candidates: Vec::new(),
        }];
        let d = build(
            &plan,
            1,
            &items,
            &[],
            &[],
            "2012-12-16T10:00:00Z".parse().unwrap(),
        );
        let xml = assert_well_formed(&docx(&d).unwrap());
        assert!(
            xml.contains("Проведено 4[31m консультації &lt;&amp;&gt;"),
            "the text stays, without the forbidden characters"
        );
        assert_well_formed(&xlsx(&d).unwrap());
    }
}
