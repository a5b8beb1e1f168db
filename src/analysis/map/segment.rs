//! Cutting a block into segments: running text at references, paragraphs and list items
//! (covering lines and signatures dropped), tables by their header (number, measure text and
//! report columns) or without one. Pure.

use super::*;
use crate::analysis::text::stem::lowercase;

/// A line longer than this (in letters) was not wrapped by a mail client or a PDF's page.
const UNWRAPPED_LINE: usize = 140;

/// Cuts running text into segments: a new one at every line that starts with a measure
/// reference; otherwise paragraphs. Covering-letter lines (greetings, "додаємо звіт",
/// signatures) are dropped. A numbered line that continues a list the previous line opened
/// ("проведено такі консультації:" then "1) …", "2) …") is a sub-item, not a new measure.
pub fn segment_text(text: &str) -> Vec<Segment> {
    let mut segments: Vec<Segment> = Vec::new();
    let mut cur: Vec<&str> = Vec::new();
    // The segments above which covering text was dropped (a title, a greeting): a heading
    // before that text heads the letter, not the paragraph after it.
    let mut sealed: Vec<usize> = Vec::new();
    let flush = |cur: &mut Vec<&str>, segments: &mut Vec<Segment>, sealed: &mut Vec<usize>| {
        let whole = text::tidy(&cur.join("\n"));
        // Prose typed without wrapping (a line of over 140 letters: no mail client wraps
        // so wide): each line break is the writer's paragraph end ("…розміщено на сайті" /
        // "також до складу колегії ввели …" / "громадських експертиз не проводилось").
        let unwrapped = cur.len() > 1
            && cur.iter().any(|l| l.chars().count() > UNWRAPPED_LINE)
            && references(&whole).0.is_empty();
        let parts: Vec<String> = if unwrapped {
            cur.iter().map(|l| text::tidy(l)).collect()
        } else {
            vec![whole]
        };
        cur.clear();
        for t in parts {
            if t.is_empty() {
                continue;
            }
            let (numbers, reference) = references(&t);
            if numbers.is_empty() && is_covering_text(&t) {
                sealed.push(segments.len());
            } else {
                segments.push(Segment {
                    text: t,
                    numbers,
                    reference,
                    measure_text: None,
                    sheet: None,
                    row: None,
                });
            }
        }
    };
    // How the current segment names its measure: an explicit word ("Пункт 6.") or a bare
    // number with its mark ("6." → "."); and whether it opened a list ("…такі заходи:").
    let mut cur_explicit = false;
    let mut cur_mark: Option<String> = None;
    let mut list_open = false;
    let mut blank_before = false;
    // After a closing line ("З повагою", "С уважением") come short lines of a signature: a
    // position, a name, phones, an office. They are dropped until a line that is report text
    // by its shape (a measure reference, a long line, a statement of something done).
    let mut in_signature = false;
    for line in text.lines() {
        let trimmed = line.trim();
        if is_closing_line(trimmed) {
            flush(&mut cur, &mut segments, &mut sealed);
            list_open = false;
            in_signature = true;
            continue;
        }
        if in_signature {
            if trimmed.is_empty() || is_signature_line(trimmed) {
                continue;
            }
            in_signature = false;
        }
        if trimmed.is_empty() {
            if !list_open {
                flush(&mut cur, &mut segments, &mut sealed);
            }
            blank_before = true;
            continue;
        }
        let lead = LEAD_REF.captures(trimmed);
        let bare_mark = lead
            .as_ref()
            .and_then(|c| c.name("mark"))
            .map(|m| m.as_str().trim().to_string());
        let item = starts_with_letter_item(trimmed) || is_bullet(trimmed) || bare_mark.is_some();
        // A list item under a measure's own paragraph: "Пункт 6 …:" then "1) …", or
        // "6. …:" then "а) …" / "1) …" (a different mark from the measure's own).
        let sub_item = list_open
            && item
            && !cur.is_empty()
            && (cur_explicit
                || (bare_mark.is_some() && bare_mark != cur_mark)
                || bare_mark.is_none());
        if sub_item {
            cur.push(trimmed);
            blank_before = false;
            continue;
        }
        // A list of dashes that no line opened: each item is a paragraph of its own
        // ("- сайт: …;", "- консультації: …;"), as a list under "…такі заходи:" is not.
        let next_bullet = (is_bullet(trimmed) && cur.first().is_some_and(|l| is_bullet(l)))
            || (is_labelled(trimmed) && cur.first().is_some_and(|l| is_labelled(l)));
        if lead.is_some() || (list_open && blank_before) || next_bullet {
            flush(&mut cur, &mut segments, &mut sealed);
            cur_explicit = lead.as_ref().is_some_and(|c| c.name("bare").is_none());
            cur_mark = bare_mark;
            list_open = false;
        } else if cur.is_empty() {
            cur_explicit = false;
            cur_mark = None;
        }
        // A list opens only under a paragraph that names a measure.
        if trimmed.ends_with(':') && (cur_explicit || cur_mark.is_some()) {
            list_open = true;
        }
        cur.push(trimmed);
        blank_before = false;
    }
    flush(&mut cur, &mut segments, &mut sealed);
    merge_headings(segments, &sealed)
}

/// A valediction on a line of its own (a name may follow on it): "З повагою,", "З повагою
/// Оксана", "С уважением", "Best regards", "Щиро Ваш".
pub(super) fn is_closing_line(line: &str) -> bool {
    let lower = lowercase(line);
    let words = text::words(&lower);
    words.len() <= 6
        && [
            "з повагою",
            "із повагою",
            "с уважением",
            "best regards",
            "kind regards",
            "regards",
            "з найкращими побажаннями",
            "с наилучшими пожеланиями",
            "щиро ваш",
            "щиро ваша",
            "искренне ваш",
        ]
        .iter()
        .any(|p| lower.starts_with(p))
}

/// A line of a signature by its shape: short, no measure reference, no sentence that states
/// something done — or a name, every word capitalised ("Горбань Людмила": a name may end as
/// a past tense does).
pub(super) fn is_signature_line(line: &str) -> bool {
    let words = text::words(line);
    let name = (1..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    words.len() <= 12
        && line.chars().count() <= 120
        && LEAD_REF.captures(line).is_none()
        && (name || !crate::analysis::intent::states_something_done(line))
}

/// A heading names what the paragraph under it is about ("Участь громадськості в роботі
/// колегіальних органів"): it is put in front of that paragraph, not mapped alone — unless
/// covering text stood between them (`sealed`: the indices of the segments it stood above, in
/// ascending order), as a letter's title stands under its addressee.
pub(super) fn merge_headings(segments: Vec<Segment>, sealed: &[usize]) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::with_capacity(segments.len());
    for (i, seg) in segments.into_iter().enumerate() {
        if let Some(prev) = out.last()
            && sealed.binary_search(&i).is_err()
            && is_heading(prev)
            && !is_document_title(&prev.text)
            && seg.reference == Reference::None
        {
            let heading = out.pop().map(|h| h.text).unwrap_or_default();
            out.push(Segment {
                text: format!("{heading}\n{}", seg.text),
                ..seg
            });
        } else {
            out.push(seg);
        }
    }
    out
}

/// A document's title ("Інформація … про виконання плану", "Інформація … щодо підвищення
/// рівня відкритості та прозорості діяльності"): the plan's own title, or what it is done
/// for, under a word for a report. It heads the whole document, not the paragraph under it.
pub fn is_document_title(text: &str) -> bool {
    let t = lowercase(text.trim());
    [
        "інформація",
        "информация",
        "звіт",
        "отчет",
        "інформаційна довідка",
        "довідка",
        "справка",
    ]
    .iter()
    .any(|w| t.starts_with(w))
        && [
            "викон",
            "выполн",
            "реаліз",
            "реализ",
            "відкритост",
            "открытост",
            "прозор",
        ]
        .iter()
        .any(|w| t.contains(w))
}

/// One line (or a wrapped one) without a sentence's end, that states nothing done.
pub(super) fn is_heading(seg: &Segment) -> bool {
    let t = seg.text.trim();
    let n = t.chars().count();
    seg.reference == Reference::None
        && (15..=160).contains(&n)
        && t.chars().next().is_some_and(char::is_uppercase)
        && !t.ends_with(['.', '!', '?', ':', ';', ','])
        && !crate::analysis::intent::states_something_done(t)
}

/// "консультації – 3 (…)", "громадська рада: …": a line that opens with a short label (at
/// most three words, no comma; see [`label`]) — a list of labelled lines, one a topic.
fn is_labelled(line: &str) -> bool {
    label(line).is_some_and(|(head, _)| head.split_whitespace().count() <= 3 && !head.contains(','))
}

/// "- …", "• …": an item of a list marked with dashes or bullets.
fn is_bullet(line: &str) -> bool {
    line.starts_with(['-', '–', '—', '•', '*'])
}

/// "а) …", "б) …", "в) …": an item of a lettered list.
pub(super) fn starts_with_letter_item(line: &str) -> bool {
    let mut c = line.chars();
    matches!(
        (c.next(), c.next()),
        (Some(l), Some(')')) if l.is_alphabetic() && l.is_lowercase()
    )
}

/// Greeting, covering-letter and signature text that carries no report.
pub fn is_covering_text(t: &str) -> bool {
    let lower = lowercase(t);
    // A short line is a greeting, a name or a title — unless it is a sentence of three words
    // or more about the work, either way ("Громадських експертиз не проводилось.",
    // "Сайт РДА оновлено повністю.").
    let short = lower.chars().count() < 40
        && !(text::words(&lower).len() >= 3 && crate::analysis::intent::states_anything(t));
    let covering = [
        "добрий день",
        "доброго дня",
        "шановн",
        "з повагою",
        "надсилаємо",
        "надсилаю",
        "направляємо",
        "направляю",
        "додаємо",
        "додаю",
        "у додатку",
        "в додатку",
        "додається",
        "додаток",
        "на виконання листа",
        "на ваш лист",
        "на виконання плану",
        "інформацію про виконання плану",
        "информацию о выполнении",
        "направляем",
        "высылаем",
        "с уважением",
        "здравствуйте",
        "тел.",
        "тел:",
        "виконавець:",
        "вик.",
        "начальник",
        "голова",
        "заступник",
        "керівник",
        "best regards",
        "regards",
        "hello",
        "інформація про виконання плану",
        "звіт про виконання",
        "надаємо інформацію",
        "надаю інформацію",
        "повідомляємо",
        "про виконання плану",
    ]
    .iter()
    .any(|p| lower.starts_with(p) || (lower.chars().count() < 160 && lower.contains(p)));
    if short || !covering {
        return short;
    }
    // A covering word inside a statement of work with words of its own ("оприлюднено звіт про
    // виконання Програми", "Голова комітету … працює у складі колегії") is report text: the
    // letter's own lines (greetings, "надсилаємо інформацію", a signature) state nothing done.
    // A greeting or a closing at the start is the letter's, whatever follows on its line.
    let greeting = [
        "добрий день",
        "доброго дня",
        "шановн",
        "з повагою",
        "с уважением",
        "здравствуйте",
        "best regards",
        "regards",
        "hello",
    ]
    .iter()
    .any(|p| lower.starts_with(p));
    greeting || !crate::analysis::intent::states_anything(t)
}

/// Table column roles found in a header row.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub(super) struct Columns {
    number: Option<usize>,
    /// The number column's header says it holds the plan's numbers ("№ пункту Плану",
    /// "Пункт обласного плану"), not a running count ("№ з/п").
    number_is_plan: bool,
    measure: Option<usize>,
    report: Option<usize>,
}

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

pub(super) fn header_columns(row: &[String]) -> Columns {
    let mut cols = Columns::default();
    // Number-column candidates: (index, names the plan).
    let mut numbers: Vec<(usize, bool)> = Vec::new();
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
            || c.contains("виконання")
            || c.contains("проведена робота")
            || c.contains("зроблено")
            || c.contains("проведені заходи")
        {
            if cols.report.is_none() {
                cols.report = Some(i);
            }
            continue;
        }
        if (c.contains("захід")
            || c.contains("заход")
            || c.contains("зміст")
            || c.contains("найменування")
            || c.contains("назва")
            || c.contains("мероприят")
            || c.contains("содержание"))
            && cols.measure.is_none()
        {
            cols.measure = Some(i);
        }
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
/// placeholder ("—", "х", "немає", empty).
pub fn segment_table(table: &Table) -> Vec<Segment> {
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
            .collect()
    });
    let mut out = Vec::new();
    for (i, row) in body.iter().enumerate() {
        let i = i + h + 1;
        let get = |c: Option<usize>| c.and_then(|c| row.get(c)).map(|s| s.trim()).unwrap_or("");
        let number_cell = get(cols.number);
        // The second row of a header split over two ("виконано / не виконано", "зміст
        // проведеної роботи" under "Стан виконання"): short names, no number, no measure.
        if i == h + 1
            && report_cols.len() > 1
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
                    merged.as_str()
                } else {
                    get(cols.report)
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
            Reference::None
        } else if cols.number_is_plan || numbers.len() > 1 {
            Reference::Explicit
        } else {
            Reference::Bare
        };
        if numbers.is_empty() && cols.number.is_none() {
            (numbers, reference) = references(report);
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
        let mut numbers: Vec<u32> = row
            .iter()
            .take(2)
            .map(|c| cell_numbers(c))
            .find(|n| !n.is_empty())
            .unwrap_or_default();
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
