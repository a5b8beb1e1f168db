//! Cutting a table into segments: by its header (number, measure text and report columns), or
//! without one. Pure.
//!
//! Long file: `segment_upright` reads a header's columns and then each row by them; the rules
//! that choose the columns and those that read a row share the header they were found in.

use super::*;
use crate::analysis::text::stem::lowercase;

/// Table column roles found in a header row.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub(super) struct Columns {
    number: Option<usize>,
    /// The number column's header says it holds the plan's numbers ("№ пункту Плану",
    /// "Пункт обласного плану"), not a running count ("№ з/п").
    number_is_plan: bool,
    measure: Option<usize>,
    report: Option<usize>,
    /// The report column was taken for its place, its heading unknown (see below).
    report_guessed: bool,
    /// A column of notes ("Примітка"): part of a guessed report (a column of marks, "+" or
    /// "х", is often the guess, and the notes beside it say what was done).
    notes: Option<usize>,
    /// Further columns of unknown headings right of a guessed report (a sheet of periods:
    /// "І півріччя", "ІІ півріччя", or four quarters): parts of the report too.
    more: [Option<usize>; MORE_REPORT_COLUMNS],
}

/// How many columns of unknown headings beyond a guessed report's own may belong to it (a
/// year's quarters: three beside the first).
const MORE_REPORT_COLUMNS: usize = 3;

/// A header cell that names a number column; `Some(true)` when it names the plan's numbers.
pub(super) fn number_header(c: &str) -> Option<bool> {
    let serial = c.contains("з/п") || c.contains("п/п") || c.contains("п.п.");
    let names_plan = c.contains("план") || c.contains("пункт");
    let own = c.contains("управлін") || c.contains("відділ") || c.contains("власн");
    let number = c.starts_with('№')
        || serial
        || c == "n"
        || c == "no"
        || c.starts_with("номер")
        || c.starts_with("пункт")
        || c.starts_with("п.")
        || (c.chars().count() <= 30 && names_plan && c.contains('№'));
    // "№ п/п" is a running count, "№ п/п плану" the plan's.
    number.then_some(names_plan && !own && (!serial || c.contains("план")))
}

impl Columns {
    /// The columns a guessed report takes beside its own: the further unknown ones, then the
    /// notes.
    fn beside_report(&self) -> impl Iterator<Item = usize> {
        self.more.into_iter().flatten().chain(self.notes)
    }
}

pub(super) fn header_columns(row: &[String]) -> Columns {
    let mut cols = Columns::default();
    // Number-column candidates: (index, names the plan).
    let mut numbers: Vec<(usize, bool)> = Vec::new();
    // Columns with a heading of no known role.
    let mut others: Vec<usize> = Vec::new();
    for (i, cell) in row.iter().enumerate() {
        let c = lowercase(cell);
        let c = c.trim();
        if c.is_empty() {
            continue;
        }
        let is_term = c.contains("термін") || c.contains("строк") || c.contains("срок");
        let is_executor =
            c.contains("виконавц") || c.contains("відповідальн") || c.contains("исполнител");
        if let Some(plan) = number_header(c) {
            numbers.push((i, plan));
            continue;
        }
        if is_term || is_executor {
            continue;
        }
        if c.contains("стан виконання")
            || c.contains("інформація про виконання")
            || c.contains("хід виконання")
            || c.contains("відмітка про виконання")
            || c.contains("виконано")
            || c.contains("результат")
            || c.contains("звіт")
            || c.contains("выполнени")
            || c.contains("информация")
            || c.starts_with("інформаці")
            || c.contains("виконання")
            || c.contains("проведена робота")
            || c.contains("зроблено")
            || c.contains("проведені заходи")
            // A sheet of indicators: the value beside each ("Показник | Значення").
            || c == "значення"
            || c == "значение"
        {
            if cols.report.is_none() {
                cols.report = Some(i);
            } else if let Some(slot) = cols.more.iter_mut().find(|m| m.is_none()) {
                // A second report heading ("Виконання за І півріччя", "Виконання за ІІ
                // півріччя"): a part of the report too.
                *slot = Some(i);
            }
            continue;
        }
        if (c.contains("захід")
            || c.contains("заход")
            || c.contains("зміст")
            || c.contains("найменування")
            || c.contains("назва")
            || c.contains("мероприят")
            || c.contains("содержание")
            || c.starts_with("показник")
            || c.starts_with("показател"))
            && cols.measure.is_none()
        {
            cols.measure = Some(i);
            continue;
        }
        if c.contains("примітк") || c.contains("примечан") {
            cols.notes = cols.notes.or(Some(i));
        } else {
            others.push(i);
        }
    }
    // A measure column and, to its right, a column of the office's own heading ("Що
    // зроблено Громадською радою", "Наші заходи"): that is the report — not the measure's name.
    if cols.report.is_none()
        && let Some(m) = cols.measure
    {
        let mut right = others.into_iter().filter(|&i| i > m);
        cols.report = right.next();
        cols.report_guessed = cols.report.is_some();
        cols.more = std::array::from_fn(|_| right.next());
    }
    // (Kept for a named report too: `segment_table` keeps them beside a column of marks.)
    if cols.report.is_none()
        || cols
            .notes
            .is_some_and(|n| cols.report.is_some_and(|r| n < r))
    {
        cols.notes = None;
    }
    // A column that names the plan beats a running "№ з/п".
    if let Some(&(i, plan)) = numbers.iter().find(|(_, plan)| *plan).or(numbers.first()) {
        cols.number = Some(i);
        cols.number_is_plan = plan;
    }
    cols
}

/// A cell that holds a single measure number: "6", "6.", "п.6", "п. 6", "пункт 6". "1.1" is
/// not one.
pub fn cell_number(cell: &str) -> Option<u32> {
    match cell_numbers(cell).as_slice() {
        [n] => Some(*n),
        _ => None,
    }
}

/// How many columns without a header of their own a report header may span.
const MERGED_REPORT_COLUMNS: usize = 3;

/// Turns a table into segments: the header row is found by its words, not its position; title
/// rows above it and section rows inside are skipped, and so are rows whose report cell is a
/// placeholder ("—", "х", "немає", empty). A table laid on its side (the measures across the
/// columns) is read turned upright.
pub fn segment_table(table: &Table) -> Vec<Segment> {
    let parts = tables_in(table);
    if parts.is_empty() {
        return segment_one(table);
    }
    parts.iter().flat_map(segment_one).collect()
}

/// The tables that one table holds: a reader that cannot tell two tables of a document apart
/// (Word's binary format runs their rows together) gives one, and a second heading row that
/// opens with a running count's heading ("№ | Вид громадських організацій | Кількість"), below
/// rows of data, starts a table of its own — its numbers are its own count, not the plan's.
/// None when the table is one. (A sheet is read as one table, its sections as rows.)
fn tables_in(table: &Table) -> Vec<Table> {
    if table.sheet.is_some() {
        return Vec::new();
    }
    let mut starts: Vec<usize> = vec![0];
    // Rows of data (opening with a number) in the table so far, and whether it opened with a
    // running count's heading: only such a table ends at the next number heading (a report's
    // own table after an appendix of statistics starts again), and only after two rows.
    let mut data = 0usize;
    let mut counted = false;
    for (i, row) in table.rows.iter().enumerate() {
        let heading = number_heading(row);
        if heading.is_some() && (data >= 2 && (counted || heading == Some(false))) {
            starts.push(i);
            data = 0;
        }
        if heading.is_some() && data == 0 {
            counted = heading == Some(false);
        } else if row
            .iter()
            .find(|c| !c.trim().is_empty())
            .is_some_and(|c| cell_number(c).is_some())
        {
            data += 1;
        }
    }
    if starts.len() == 1 {
        return Vec::new();
    }
    starts
        .iter()
        .zip(
            starts
                .iter()
                .skip(1)
                .chain(std::iter::once(&table.rows.len())),
        )
        .map(|(&from, &to)| Table {
            sheet: table.sheet.clone(),
            rows: table.rows[from..to].to_vec(),
            first_row: table.first_row + from,
        })
        .collect()
}

/// A heading row that opens with a running count's heading ("№ з/п | ПІБ | Посада", "№ | Вид
/// громадських організацій").
fn is_count_heading(row: &[String]) -> bool {
    number_heading(row) == Some(false)
}

/// A heading row that opens with a number column's heading: its first cell names a number
/// column ([`number_header`]: `Some(true)` for the plan's), holds no digit ("п. 6 | Проведено
/// …" is a row of data), and the cell after it is no number.
fn number_heading(row: &[String]) -> Option<bool> {
    let mut cells = row
        .iter()
        .map(|c| lowercase(c.trim()))
        .filter(|c| !c.is_empty());
    let first = cells.next()?;
    let plan = number_header(&first)?;
    (!first.contains(|ch: char| ch.is_ascii_digit())
        && cells.next().is_some_and(|c| cell_number(&c).is_none()))
    .then_some(plan)
}

/// [`segment_table`] for one table.
fn segment_one(table: &Table) -> Vec<Segment> {
    match turned_upright(table) {
        Some((upright, answers_row)) => segment_upright(&upright)
            .into_iter()
            .map(|s| Segment {
                row: answers_row.map(|r| table.first_row + r),
                ..s
            })
            .collect(),
        None => segment_upright(table),
    }
}

/// A table with the measures across its columns ("Пункт плану | п.1 | п.6 | п.7", then a row
/// of the measures' names and a row of answers), turned so that each measure is a row: from
/// the row of numbers down, columns become rows. With it, the index of the row that holds the
/// answers (for the evidence), when its heading names a report.
///
/// The row of numbers opens with a number heading and holds nothing but single measure
/// numbers, at least three, all different; and a row below it opens with a heading a header
/// row would have (a measure's name or a report).
///
/// Or the rows below are periods ("ІІІ квартал 2012 р.", "IV квартал 2012 р.") under a row
/// whose first cell is empty or a heading of its own ("Період") and whose other cells name
/// measures with a word ("Захід 1", "п. 6"): each period's answer is part of the measure's
/// report (a bare "1 2 3" there is a header's column count, not measures).
fn turned_upright(table: &Table) -> Option<(Table, Option<usize>)> {
    // Whether the row of numbers opens with a number heading (else the periods' variant).
    let mut headed = true;
    let start = table.rows.iter().take(20).position(|r| {
        let first = r.first().map_or("", |c| c.trim());
        headed = !first.is_empty() && number_header(&lowercase(first)).is_some();
        let own_heading =
            first.chars().count() <= 30 && !first.contains(|c: char| c.is_ascii_digit());
        if !headed && !own_heading {
            return false;
        }
        let mut seen: Vec<u32> = Vec::new();
        for c in r.iter().skip(1).map(|c| c.trim()).filter(|c| !c.is_empty()) {
            let worded = || keyword_refs(c).next().is_some_and(|m| m.start() == 0);
            match cell_number(c) {
                Some(n) if (1..100).contains(&n) && !seen.contains(&n) && (headed || worded()) => {
                    seen.push(n)
                }
                _ => return false,
            }
        }
        seen.len() >= 3
    })?;
    let numbers = &table.rows[start];
    let mut headings: Vec<String> = table.rows[start..]
        .iter()
        .map(|r| r.first().cloned().unwrap_or_default())
        .collect();
    if !headed {
        // Rows below headed as a header row's columns would be — the measure's content and
        // its state ("Показник | п. 1 | п. 2 …" over "Зміст заходу", "Стан виконання",
        // "Примітка") — are one table laid on its side under a heading of its own, not
        // periods: read as if the row of numbers opened with "№".
        headings[0] = "№".into();
        let cols = header_columns(&headings);
        // (Only a few rows, each a heading a header row would have: not a table of offices,
        // "Відділ організаційних заходів", "Відділ контролю за виконанням документів".)
        let known = |h: &String| {
            let c = header_columns(std::slice::from_ref(h));
            let l = lowercase(h);
            h.trim().is_empty()
                || c.measure.is_some()
                || c.report.is_some()
                || l.contains("примітк")
                || l.contains("примечан")
        };
        if cols.measure.is_none()
            || cols.report.is_none()
            || !{
                // (The rows up to the first blank heading: a signature may follow.)
                let block: Vec<&String> = headings[1..]
                    .iter()
                    .take_while(|h| !h.trim().is_empty())
                    .collect();
                block.len() <= 4 && block.into_iter().all(known)
            }
        {
            return Some((answers_across(table, start), None));
        }
    }
    let cols = header_columns(&headings);
    if cols.number != Some(0) || (cols.measure.is_none() && cols.report.is_none()) {
        return None;
    }
    // The headings' column and the columns the row of numbers numbers: at most a hundred
    // rows, whatever width the rest of a stranger's sheet has.
    let rows = std::iter::once(0)
        .chain((1..numbers.len()).filter(|&c| !numbers[c].trim().is_empty()))
        .map(|c| {
            table.rows[start..]
                .iter()
                .map(|r| r.get(c).cloned().unwrap_or_default())
                .collect()
        })
        .collect();
    let mut upright = Table {
        sheet: table.sheet.clone(),
        rows,
        first_row: table.first_row,
    };
    // (The headings as read: "№" for a heading of its own.)
    upright.rows[0] = headings;
    Some((upright, cols.report.map(|r| start + r)))
}

/// How many rows below a row of measures are read as its periods or offices.
const MAX_ROWS_ACROSS: usize = 300;

/// The rows below a row of measures that are periods or offices ("IV квартал 2012 р.",
/// "Відділ освіти"), turned into a table of two columns: each measure's number and its
/// answers in those rows, placeholders, bare counts and a totals row ("Разом", "Усього")
/// left out.
fn answers_across(table: &Table, start: usize) -> Table {
    let numbers = &table.rows[start];
    // (At most a few hundred rows below: a stranger's sheet may hold a hundred thousand.)
    let below: Vec<&Vec<String>> = table.rows[start + 1..]
        .iter()
        .take(MAX_ROWS_ACROSS)
        .filter(|r| {
            let first = lowercase(r.first().map_or("", |c| c.trim()));
            !["разом", "усього", "всього", "итого", "всего"]
                .iter()
                .any(|t| first.starts_with(t))
        })
        .collect();
    let mut rows = vec![vec!["№ пункту плану".to_string(), "Виконання".to_string()]];
    for c in (1..numbers.len()).filter(|&c| !numbers[c].trim().is_empty()) {
        let mut parts: Vec<&str> = Vec::new();
        for r in &below {
            let cell = r.get(c).map_or("", |x| x.trim());
            let count = !cell.is_empty() && cell.chars().all(|x| x.is_ascii_digit());
            if !cell.is_empty() && !count && !is_placeholder(cell) && !parts.contains(&cell) {
                parts.push(cell);
            }
        }
        rows.push(vec![numbers[c].clone(), parts.join(" — ")]);
    }
    Table {
        sheet: table.sheet.clone(),
        rows,
        first_row: table.first_row,
    }
}

fn segment_upright(table: &Table) -> Vec<Segment> {
    let header = table.rows.iter().take(20).position(|r| {
        if r.iter().filter(|c| !c.trim().is_empty()).count() < 2 {
            return false;
        }
        // A row that opens with a measure's number (not a year) is the table's data ("6 | Проведено …
        // слухання щодо звіту голови"), whatever words its report shares with a header.
        if r.iter()
            .find(|c| !c.trim().is_empty())
            .is_some_and(|c| cell_number(c).is_some_and(|n| n < 100))
        {
            return false;
        }
        let c = header_columns(r);
        c.report.is_some() || (c.number.is_some() && c.measure.is_some())
    });
    let Some(h) = header else {
        return segment_headerless(table);
    };
    let mut cols = header_columns(&table.rows[h]);
    let body = &table.rows[h + 1..];
    // A column taken for its place is the report only if a cell of it states something done
    // (not "Джерела фінансування": the plan itself sent back).
    if cols.report_guessed
        && let Some(r) = cols.report
        && !body
            .iter()
            .flat_map(|row| {
                std::iter::once(r)
                    .chain(cols.beside_report())
                    .filter_map(|c| row.get(c))
            })
            .any(|cell| {
                cell.chars().count() <= 2000 && crate::analysis::intent::states_anything(cell)
            })
    {
        cols.report = None;
        cols.notes = None;
        cols.more = [None; MORE_REPORT_COLUMNS];
    }
    // A report column named as such takes the notes beside it only when it holds marks
    // ("Виконано (+/-)": "+", "-", "х"; "не стосується", "без змін", "не проводились" beside
    // them are no text of their own): the notes then say what was done.
    // (Kept for a row whose report is a bare "+": its note then says what was done.)
    let notes_of_marks = cols.notes;
    if !cols.report_guessed
        && let Some(r) = cols.report
        && cols.notes.is_some()
        && !body
            .iter()
            .filter_map(|row| row.get(r))
            .map(|c| c.trim())
            .filter(|c| !c.is_empty() && !is_not_applicable(c) && !is_placeholder(c))
            .all(|c| c.chars().count() <= 3)
    {
        cols.notes = None;
    }
    // A number column whose cells are not measure numbers ("1.1", "2.3": an office's own
    // plan) gives way to another column that holds them.
    if let Some(n) = cols.number {
        let parses = |c: usize| {
            body.iter()
                .filter_map(|r| r.get(c))
                .filter(|v| !v.trim().is_empty())
                .filter(|v| !cell_numbers(v).is_empty())
                .count()
        };
        if parses(n) == 0 {
            let other = (0..table.rows[h].len())
                .filter(|&c| Some(c) != cols.report && Some(c) != cols.measure && c != n)
                .find(|&c| number_header(&lowercase(&table.rows[h][c])).is_some() && parses(c) > 0);
            cols.number = other;
            cols.number_is_plan =
                other.is_some_and(|c| number_header(&lowercase(&table.rows[h][c])) == Some(true));
        }
    }
    // A report header merged over columns that a second header row divides ("Стан
    // виконання" over "виконано / не виконано" and "зміст проведеної роботи"): the columns
    // to its right without a header of their own belong to it (a few: a stranger's sheet may
    // have thousands of columns).
    let report_cols: Vec<usize> = cols.report.map_or_else(Vec::new, |r| {
        let width = body.iter().map(Vec::len).max().unwrap_or(0);
        std::iter::once(r)
            .chain(
                (r + 1..width)
                    .take_while(|&c| table.rows[h].get(c).is_none_or(|x| x.trim().is_empty()))
                    .take(MERGED_REPORT_COLUMNS),
            )
            .chain(cols.beside_report())
            .collect()
    });
    // (The notes and the further guessed columns have headings of their own: no split.)
    let split_header = report_cols.len() > 1 + cols.beside_report().count();
    let mut out = Vec::new();
    for (i, row) in body.iter().enumerate() {
        let i = i + h + 1;
        let get = |c: Option<usize>| c.and_then(|c| row.get(c)).map(|s| s.trim()).unwrap_or("");
        let number_cell = get(cols.number);
        // The second row of a header split over two ("виконано / не виконано", "зміст
        // проведеної роботи" under "Стан виконання"): short names, no number, no measure.
        if i == h + 1
            && split_header
            && get(cols.number).is_empty()
            && get(cols.measure).is_empty()
            && row.iter().all(|c| c.chars().count() < 40)
        {
            continue;
        }
        // Repeated header rows and the "1 2 3 4 5" column-number row under a header.
        if row
            .iter()
            .filter(|c| !c.is_empty())
            .all(|c| cell_number(c).is_some())
        {
            continue;
        }
        let merged: String;
        let (report, measure_text) = match cols.report {
            Some(_) => {
                let report = if report_cols.len() > 1 {
                    // The report's cells, placeholders and a repeat of the cell before left
                    // out.
                    let mut parts: Vec<&str> = Vec::new();
                    for c in &report_cols {
                        let cell = get(Some(*c));
                        if !cell.is_empty() && !is_placeholder(cell) && parts.last() != Some(&cell)
                        {
                            parts.push(cell);
                        }
                    }
                    merged = parts.join(" — ");
                    // A dash or "х" in the report's own cell beside notes that state nothing
                    // done or not done ("х" | "виконавці — структурні підрозділи
                    // облдержадміністрації"): the notes explain the dash; the row is a
                    // placeholder. ("+" beside its notes is the mark of what they tell.)
                    let mark = get(report_cols.first().copied());
                    if !mark.is_empty()
                        && mark
                            .chars()
                            .all(|c| matches!(c, '-' | '–' | '—' | '−' | 'х' | 'Х' | 'x' | 'X'))
                        // (Not a note with a count: "Х" may tick a form's column beside
                        // "12 консультацій, 340 учасників".)
                        && !merged.contains(|c: char| c.is_ascii_digit())
                        && !crate::analysis::intent::states_anything(&merged)
                    {
                        continue;
                    }
                    merged.as_str()
                } else {
                    // A bare "+" where the other rows tell in words: the row's note says what
                    // was done ("+" | "Голову комітету … введено до складу колегії").
                    let cell = get(cols.report);
                    let note = get(notes_of_marks.filter(|n| Some(*n) != cols.report));
                    // (A note that states the work and names no point of its own: not
                    // "див. також п. 9", not "Виконавець — відділ кадрової роботи".)
                    if matches!(cell, "+" | "так" | "Так" | "✓" | "✔")
                        && !note.is_empty()
                        && references(note).0.is_empty()
                        && crate::analysis::intent::states_something_done(note)
                    {
                        merged = format!("{cell} — {note}");
                        merged.as_str()
                    } else {
                        cell
                    }
                };
                let measure_text = cols.measure.map(|_| get(cols.measure));
                (report, measure_text.filter(|s| !s.is_empty()))
            }
            None => (get(cols.measure), None),
        };
        if is_placeholder(report) || measure_text.is_some_and(|mt| only_repeats(report, mt)) {
            continue;
        }
        let mut numbers = cell_numbers(number_cell);
        let mut reference = if numbers.is_empty() {
            // (A dash or the Cyrillic "х", not an empty cell — a sheet's rows under a merged
            // cell leave it empty — nor a Roman numeral "VI".)
            let dash = !number_cell.is_empty()
                && (number_cell
                    .chars()
                    .all(|c| matches!(c, '-' | '–' | '—' | '−'))
                    || matches!(number_cell, "х" | "Х"));
            if cols.number_is_plan && dash {
                Reference::Disowned
            } else {
                Reference::None
            }
        } else if cols.number_is_plan || numbers.len() > 1 {
            Reference::Explicit
        } else {
            Reference::Bare
        };
        if numbers.is_empty() && cols.number.is_none() {
            (numbers, reference) = references(report);
            // No number column: the number may open the measure's cell ("п.6 Консультації з
            // громадськістю").
            if numbers.is_empty()
                && let Some(mt) = measure_text
                && LEAD_REF.is_match(mt)
            {
                (numbers, reference) = references(mt);
            }
        }
        out.push(Segment {
            text: report.to_string(),
            numbers,
            reference,
            measure_text: measure_text.map(str::to_string),
            sheet: table.sheet.clone(),
            row: Some(table.first_row + i),
        });
    }
    out
}

/// A table without a recognisable header: each row's longest cell is the text, a small number
/// in the first cells is the candidate measure number.
pub(super) fn segment_headerless(table: &Table) -> Vec<Segment> {
    let mut out = Vec::new();
    // A heading row that opens with a running count's heading ("№ з/п | ПІБ | Посада |
    // Установа": a list of participants, of listeners): the numbers under it count the list's
    // rows, not the plan's measures.
    let counted_from = table.rows.iter().take(20).position(|r| is_count_heading(r));
    for (i, row) in table.rows.iter().enumerate() {
        let Some((at, text)) = row
            .iter()
            .enumerate()
            .max_by_key(|(_, c)| c.chars().count())
            .filter(|(_, c)| c.chars().count() >= 15)
        else {
            continue;
        };
        if is_covering_text(text) && explicit_numbers(text).is_empty() {
            continue;
        }
        // "6 | Налагодити консультації … | —": the plan's row with nothing reported.
        if row[at + 1..]
            .iter()
            .any(|c| !c.trim().is_empty() && is_placeholder(c))
        {
            continue;
        }
        let mut numbers: Vec<u32> = if counted_from.is_some_and(|h| i > h) {
            Vec::new()
        } else {
            row.iter()
                .take(2)
                .map(|c| cell_numbers(c))
                .find(|n| !n.is_empty())
                .unwrap_or_default()
        };
        // A list or a range ("6-7") is the plan's; a single number may be a running count.
        let mut reference = match numbers.len() {
            0 => Reference::None,
            1 => Reference::Bare,
            _ => Reference::Explicit,
        };
        if numbers.is_empty() {
            (numbers, reference) = references(text);
        }
        out.push(Segment {
            text: text.trim().to_string(),
            numbers,
            reference,
            measure_text: None,
            sheet: table.sheet.clone(),
            row: Some(table.first_row + i),
        });
    }
    out
}
