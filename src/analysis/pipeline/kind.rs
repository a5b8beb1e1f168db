//! What the mail is, from what was read: worth a notice to an unknown sender
//! (`looks_like_report`), or no report at all — it asks, invites, thanks, promises
//! (`not_a_report`; an attached schedule reports only where it states something done:
//! `is_schedule`).

use crate::analysis::map::Segment;
use crate::analysis::parse::{self, MessageKind};

use super::{Context, PartReport, read};

/// A message that carries a document, a number, the plan's or a report's name, or names an
/// executor: worth a notice to an unknown sender (spam does not get one).
pub(super) fn looks_like_report(
    ctx: &Context,
    msg: &parse::ParsedMessage,
    read: &read::Read,
    parts: &[PartReport],
) -> bool {
    msg.kind == MessageKind::Report
        && (parts
            .iter()
            .any(|p| p.name != "body" && p.format != "image" && p.format != "unknown")
            || read
                .blocks
                .iter()
                .flat_map(|b| &b.segments)
                .any(|s| !s.numbers.is_empty())
            || {
                let all = format!("{} {}", msg.subject, read.body).to_lowercase();
                all.contains("план")
                    || all.contains("звіт")
                    || all.contains("відкритий уряд")
                    || all.contains("отчет")
            }
            || !ctx
                .attributor
                .named_in(&format!("{} {}", msg.subject, read.body))
                .is_empty())
}

/// What the mail is when it is no report (it asks, invites, thanks, promises …), judged from
/// its own text and, when its attached documents report nothing, theirs.
pub(super) fn not_a_report(
    msg: &parse::ParsedMessage,
    read: &read::Read,
) -> Option<crate::analysis::intent::NotReport> {
    let calendars: Vec<&str> = msg
        .attachments
        .iter()
        .filter(|a| crate::analysis::intent::is_calendar(&a.content_type, &a.name, &a.data))
        .map(|a| a.name.as_str())
        .collect();
    // An attached document is report text when it holds a table's rows or states something
    // done or not done; a letter that only asks or announces (an extension's request, an
    // event's programme) is read with the mail's own text.
    let documents: Vec<&read::Block> = read
        .blocks
        .iter()
        .filter(|b| {
            b.source != "body" && !b.segments.is_empty() && !calendars.contains(&b.source.as_str())
        })
        .collect();
    // (A table's row counts when it names a measure: a letterhead laid out as a table does
    // not. A document's text counts when, read as a mail's would be, it is no request, no
    // announcement, no promise: a poster that says where its announcement was posted and who
    // has registered reports nothing.)
    // (A schedule — "ГРАФІК проведення навчальних семінарів на І квартал" — lists what is to
    // come: its rows report only where one of its lines states something done, other than
    // for the events it lists: "Заявки на участь подаються до Центру" is how to sign up.)
    // (Each document's title read once.)
    let schedules: Vec<bool> = documents
        .iter()
        .map(|block| is_schedule(&block.segments, &block.heads))
        .collect();
    let schedule = schedules.contains(&true);
    let documents_report = documents
        .iter()
        .zip(&schedules)
        .any(|(block, &is_a_schedule)| {
            let segs = &block.segments;
            if is_a_schedule {
                return segs.iter().any(|seg| {
                    crate::analysis::intent::states_something_done_for_itself(&seg.text)
                });
            }
            segs.iter().any(|seg| {
                seg.row.is_some() && (!seg.numbers.is_empty() || seg.measure_text.is_some())
            }) || (segs
                .iter()
                .any(|seg| crate::analysis::intent::states_anything(&seg.text))
                && {
                    let text: Vec<&str> = segs.iter().map(|seg| seg.text.as_str()).collect();
                    crate::analysis::intent::not_a_report(&crate::analysis::intent::Mail {
                        text: &text.join("\n\n"),
                        ..Default::default()
                    })
                    .is_none()
                })
        });
    let mut intent_text = std::borrow::Cow::Borrowed(read.body.as_str());
    if !documents_report {
        for seg in documents.iter().flat_map(|block| block.segments.iter()) {
            let text = intent_text.to_mut();
            text.push_str("\n\n");
            text.push_str(&seg.text);
        }
    }
    crate::analysis::intent::not_a_report(&crate::analysis::intent::Mail {
        text: &intent_text,
        calendar: !calendars.is_empty(),
        documents: documents_report,
        schedule,
    })
}

/// Is a document a schedule of what is to come: a title among its first lines that opens
/// with "Графік" / "График" / "Розклад" / "Расписание" ("ГРАФІК проведення навчальних
/// семінарів …", "План-графік …") — among its segments' first lines or its title lines as
/// written (`heads`: under an approval stamp "ЗАТВЕРДЖУЮ / Директор …", a sheet's cell alone
/// in its row above the title; never a column's heading).
fn is_schedule(segments: &[Segment], heads: &[String]) -> bool {
    segments
        .iter()
        .flat_map(|seg| seg.text.lines())
        .take(SCHEDULE_TITLE_LINES)
        .chain(heads.iter().map(String::as_str))
        .any(|line| {
            let line = line.trim_start();
            let head: String = line.chars().take(12).collect();
            let lower = crate::analysis::text::stem::lowercase(&head);
            [
                "графік",
                "график",
                "план-графік",
                "план-график",
                "розклад",
                "расписание",
            ]
            .iter()
            .any(|t| {
                lower.starts_with(t)
                    && lower[t.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| !c.is_alphabetic())
            })
        })
}

/// How many of a document's first lines may hold its title.
const SCHEDULE_TITLE_LINES: usize = 4;
