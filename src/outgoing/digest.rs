//! Digest: the coordinators' picture of a period — completeness (overall, by group, by
//! measure), a matrix of executors × measures, who is missing (with addresses), the compiled
//! text reported on every measure (attributed and dated), and what needs a person. Built from
//! stored rows (pure), rendered as text and HTML from templates, and as .xlsx and .docx.

use serde::Serialize;

use crate::analysis::parse::MessageKind;
use crate::analysis::plan::Plan;
use crate::analysis::reason::ReasonCode;
use crate::outgoing::chart;
use crate::outgoing::compose::{self, ComposeError, Draft, MailKind, Templates};
use crate::outgoing::records::{ItemRow, MessageRow, OutboxRow, PartRow};
use crate::outgoing::report::{self, PeriodStatus, Totals};
use crate::outgoing::review::needs_review;

mod docx;
mod xlsx;

pub use docx::docx;
pub use xlsx::xlsx;

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
    let name = |id: &str| plan.executor_name(id);

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
                // (An earlier period's report sent along was read and left out: a person
                // decides whether it counts; what was cut or received before needs nobody.)
                let what = match p.reason_code {
                    Some(ReasonCode::EarlierPeriod) => "вкладення не враховано",
                    Some(code) if !code.read_and_left_out() => "вкладення не прочитано",
                    _ => continue,
                };
                if let Some(text) = &p.reason_text {
                    review.push(ReviewLine {
                        message_id: Some(m.message_id.clone()),
                        what: what.into(),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::plan::tests::sample_plan;

    /// The digest of period 1 with one item of Nizhyn's under measure 6 with this text.
    fn digest_with(text: &str) -> Digest {
        let items = vec![ItemRow::sample(text)];
        build(
            &sample_plan(),
            1,
            &items,
            &[],
            &[],
            "2012-12-16T10:00:00Z".parse().unwrap(),
        )
    }

    #[test]
    fn docx_and_xlsx_are_readable_by_zvit_itself() {
        let d = digest_with("Проведено 4 консультації & зустрічі <онлайн>");
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
        let d = digest_with("Проведено\u{1} 4\u{1b}[31m консультації\u{fffe}\u{ffff}\u{8} <&>");
        let xml = assert_well_formed(&docx(&d).unwrap());
        assert!(
            xml.contains("Проведено 4[31m консультації &lt;&amp;&gt;"),
            "the text stays, without the forbidden characters"
        );
        assert_well_formed(&xlsx(&d).unwrap());
    }
}
