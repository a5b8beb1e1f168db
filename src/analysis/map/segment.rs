//! Cutting running text into segments: at references, paragraphs and list items (covering
//! lines and signatures dropped); tables are cut in `table.rs`. Pure.
//!
//! Long file: `segment_text` is one pass over a text's lines whose state (the open paragraph,
//! its mark, an open list) every rule reads; the rules stay beside the pass they steer.

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
        // (Not a paragraph a reference heads, whose lines go on under it, nor one a later
        // line assigns to a measure — "Це виконання п. 6 Плану."; lines that each end a
        // sentence may point to the attachment by numbers of their own: "… утворила робочу
        // групу (5 осіб)." / "Інформація по пп. 1, 6, 7 – у вкладенні.")
        let unwrapped = cur.len() > 1
            && cur.iter().any(|l| l.chars().count() > UNWRAPPED_LINE)
            && (references(&whole).0.is_empty()
                || (references(cur[0]).0.is_empty()
                    && cur.iter().all(|l| l.ends_with(['.', '!', '?', ';']))
                    && !cur[1..].iter().any(|l| refers_back(l))));
        let parts: Vec<String> = if unwrapped {
            cur.iter().map(|l| text::tidy(l)).collect()
        } else if let Some(items) = inline_items(&whole) {
            items
        } else {
            vec![whole]
        };
        cur.clear();
        for t in parts {
            if t.is_empty() {
                continue;
            }
            let (numbers, reference) = references(&t);
            // (A short heading — "Офіційний веб-сайт" — is kept for the paragraph under it.)
            if numbers.is_empty() && is_covering_text(&t) && !is_short_heading(&t) {
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
    // The current segment's own bare number ("6." → 6), and the last number of a count from
    // one that its list opened ("6. … проведено у формі:" over "1. …", "2. …").
    let mut cur_number: Option<u32> = None;
    let mut sub_count: Option<u32> = None;
    let mut list_open = false;
    let mut blank_before = false;
    // After a closing line ("З повагою", "С уважением") come short lines of a signature: a
    // position, a name, phones, an office. They are dropped until a line that is report text
    // by its shape (a measure reference, a long line, a statement of something done).
    let mut in_signature = false;
    for line in text.lines().flat_map(run_on_answers) {
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
        // A position and a name under the last sentence, no blank line between (as a
        // document's paragraphs often come): "Заступник голови райдержадміністрації М. І.
        // Сидорчук" signs the letter, it is no part of the paragraph above.
        // (The line alone is dropped: what follows is read as ever.)
        if cur.last().is_some_and(|l| l.ends_with(['.', ';'])) && is_signed_name(trimmed) {
            flush(&mut cur, &mut segments, &mut sealed);
            list_open = false;
            continue;
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
        let bare_number = lead
            .as_ref()
            .and_then(|c| c.name("bare"))
            .and_then(|m| m.as_str().parse::<u32>().ok());
        // A count from one with the measure's own mark, under a measure's paragraph that
        // opened a list ("6. Консультації проведено у формі:" over "1. громадських слухань",
        // "2. зустрічі …", then "7. …"): the measure's parts, as long as it counts on.
        // (The measure's line states something itself — "проведено у формі:"; a heading's
        // "5. Інформація щодо виконання Плану:" over "1.", "2." introduces the measures.)
        let counts_on = bare_mark.is_some()
            && bare_mark == cur_mark
            && match (bare_number, sub_count) {
                (Some(n), None) => {
                    n == 1
                        && cur_number.is_some_and(|p| p > 1)
                        && cur
                            .first()
                            .is_some_and(|l| crate::analysis::intent::states_anything(l))
                }
                (Some(n), Some(last)) => n == last + 1 && cur_number.is_some_and(|p| n < p),
                _ => false,
            };
        // A list item under a measure's own paragraph: "Пункт 6 …:" then "1) …", or
        // "6. …:" then "а) …" / "1) …" (a different mark from the measure's own).
        let sub_item = list_open
            && item
            && !cur.is_empty()
            && (cur_explicit
                || (bare_mark.is_some() && bare_mark != cur_mark)
                || bare_mark.is_none()
                || counts_on);
        if sub_item {
            if counts_on {
                sub_count = bare_number;
            }
            cur.push(trimmed);
            blank_before = false;
            continue;
        }
        // A list of dashes that no line opened: each item is a paragraph of its own
        // ("- сайт: …;", "- консультації: …;"), as a list under "…такі заходи:" is not.
        // So is a dash, labelled or not, under a title that states nothing ("Інформація
        // Бобровицької РДА:" over "- сайт РДА: …", "- консультації: 3 …"; "Информация по
        // плану ОП за І полугодие:" over "- проведены консультации …;").
        let under_title = || {
            matches!(cur.as_slice(), [title] if title.ends_with(':')
                && !crate::analysis::intent::states_anything(title))
        };
        let next_bullet = (is_bullet(trimmed) && cur.first().is_some_and(|l| is_bullet(l)))
            || (is_labelled(trimmed) && cur.first().is_some_and(|l| is_labelled(l)))
            || (is_bullet(trimmed) && under_title());
        // A line that opens with the office's own two-level number ("3.2. Інтернет-форум …",
        // a section of its own plan) is a paragraph of its own — unless it divides the
        // measure its paragraph opened with ("6. …" over "6.1. …").
        let own_section = OWN_SECTION
            .captures(trimmed)
            .and_then(|c| c[1].parse::<u32>().ok())
            .is_some_and(|n| {
                // (The first line's start only: a stranger's megabyte line is not read again
                // for every section line under it.)
                let start = |l: &str| l.chars().take(OPENING_CHARS).collect::<String>();
                // A section that names the plan's measure itself ("2.3. Обговорення проектів
                // (п. 9 обласного плану): …") is its own paragraph, whatever opened the one
                // above.
                !plan_references(&start(trimmed)).is_empty()
                    || !cur
                        .first()
                        .is_some_and(|first| references(&start(first)).0.contains(&n))
            });
        if lead.is_some() || (list_open && blank_before) || next_bullet || own_section {
            flush(&mut cur, &mut segments, &mut sealed);
            cur_explicit = lead.as_ref().is_some_and(|c| c.name("bare").is_none());
            cur_mark = bare_mark;
            cur_number = bare_number;
            sub_count = None;
            list_open = false;
        } else if cur.is_empty() {
            cur_explicit = false;
            cur_mark = None;
            cur_number = None;
            sub_count = None;
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

/// Does a line open by pointing back at what was said ("Це виконання п. 6 Плану.",
/// "Зазначене стосується пунктів 6, 7")?
fn refers_back(line: &str) -> bool {
    let first: String = line
        .chars()
        .take_while(|c| c.is_alphabetic())
        .take(12)
        .collect();
    matches!(
        lowercase(&first).as_str(),
        "це" | "цей"
            | "ця"
            | "ці"
            | "зазначене"
            | "зазначені"
            | "вказане"
            | "вказані"
            | "дане"
            | "это"
            | "эти"
            | "указанное"
            | "данное"
    )
}

/// A name with initials: "М. І. Сидорчук", "Сидорчук М.І.", "М.Сидорчук".
static NAME_WITH_INITIALS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s)(?:\p{Lu}\.\s?(?:\p{Lu}\.\s?)?\p{Lu}[\p{Ll}’'ʼ-]+|\p{Lu}[\p{Ll}’'ʼ-]+\s\p{Lu}\.\s?(?:\p{Lu}\.)?)$")
        .expect("valid regex")
});

/// A signature's line: a position and a name with initials at its end, or the name alone
/// (at most sixteen words — "Головний спеціаліст відділу організаційної роботи та
/// інформаційної діяльності апарату райдержадміністрації Т. Мисник" —, nothing stated done).
fn is_signed_name(line: &str) -> bool {
    // (The cheap tests first: most lines end with no initials.)
    line.len() <= 400
        // A label or a figure ("Голова комісії — О. Коваль", "п. 8: …", "5 осіб") is report
        // text naming a person, not a signature.
        && !line.contains(['–', '—', ':'])
        && !line.contains(" - ")
        && !line.bytes().any(|b| b.is_ascii_digit())
        && NAME_WITH_INITIALS.is_match(line)
        && text::words(line).len() <= 16
        && LEAD_REF.captures(line).is_none()
        && !crate::analysis::intent::states_something_done(line)
}

/// How much of a paragraph's first line may name the measure its own sections divide.
const OPENING_CHARS: usize = 200;

/// "3.2. Інтернет-форум …", "1.1 Оновлення …": a line opening with a two-level number and
/// a capital (not a date, "28.03.2013", "12.03 – слухання", nor "1.5 тис. грн").
static OWN_SECTION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{1,2})\.\d{1,2}\.?\s+\p{Lu}").expect("valid regex"));

/// "1) …; 2) …; 3) …" inside a paragraph.
static INLINE_ITEM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[:;])\s*(\d{1,2})\)\s*").expect("valid regex"));

/// A paragraph that enumerates its answers inline under a title that states nothing
/// ("Ічнянська РДА, інф. за ІІ півр.: 1) консультацій … - 7; 2) в 2 дорадчих радах …; 3)
/// громадських експертиз не проводилось"): the title, then each item as a paragraph of its
/// own, its mark left off (the writer's count, not the plan's numbers). Only a run 1), 2), …
/// of at least two, in a paragraph that names no measure's number.
fn inline_items(text: &str) -> Option<Vec<String>> {
    // (Read lazily: the first mark out of order ends it, whatever a stranger repeats.)
    let mut marks: Vec<regex::Captures> = Vec::new();
    for c in INLINE_ITEM.captures_iter(text) {
        if c[1].parse::<usize>().ok() != Some(marks.len() + 1) {
            return None;
        }
        marks.push(c);
    }
    if marks.len() < 2 || !references(text).0.is_empty() {
        return None;
    }
    let title = text[..marks[0].get(0)?.start()].trim();
    if crate::analysis::intent::states_anything(title) {
        return None;
    }
    let mut out = vec![title.to_string()];
    for (i, m) in marks.iter().enumerate() {
        let end = marks
            .get(i + 1)
            .and_then(|n| n.get(0))
            .map_or(text.len(), |n| n.start());
        out.push(text[m.get(0)?.end()..end].trim().to_string());
    }
    Some(out)
}

/// A line that opens with a measure's reference and runs on to further ones ("пп. 7-9
/// выполнены в полном объеме, п. 1 - сайт обновляется, п. 12 - не проводились"): one line
/// per answer, as if each began a line of its own.
fn run_on_answers(line: &str) -> Vec<&str> {
    let Some(lead) = LEAD_REF.find(line) else {
        return run_on_letter(line);
    };
    let mut out = Vec::new();
    let mut start = 0;
    // (Past the opening reference: "п. п. 7-9 – …" is one.)
    for m in INLINE_REF.find_iter(&line[lead.end()..]) {
        // The punctuation stays with the answer it ends.
        let cut = lead.end() + m.start() + 1;
        out.push(&line[start..cut]);
        start = cut;
    }
    out.push(&line[start..]);
    out
}

/// How far back before a reference [`run_on_letter`] looks for the comma its clause opens
/// after (three words between, in bytes, with room to spare).
const LEAD_IN_BYTES: usize = 160;

/// A whole letter typed as one line, with no reference at its start ("Бобровицька РДА …
/// повідомляє що на сайті …, щодо пп. 6-9, 12 Плану повідомляємо що …, інформацію щодо пп.
/// 2-5, 11, 13-15 не надаємо …, з повагою …"): a clause that opens (within three words of
/// a comma, semicolon or full stop) with a reference to measures starts an answer of its
/// own, and a valediction after a comma ends the letter (the signature after it is dropped).
/// Only lines longer than any mail client wraps.
pub(super) fn run_on_letter(line: &str) -> Vec<&str> {
    if line.len() <= UNWRAPPED_LINE || line.chars().count() <= UNWRAPPED_LINE {
        return vec![line];
    }
    let mut cuts: Vec<usize> = Vec::new();
    // (A reference has a number; most long lines have none, or no valediction.)
    let numbered = line.bytes().any(|b| b.is_ascii_digit());
    for m in keyword_refs(if numbered { line } else { "" }) {
        let rest = &line[m.end()..];
        let (numbers, used) = parse_numbers(rest);
        if numbers.is_empty() || is_legal_reference(&rest[used..]) {
            continue;
        }
        // (Only the few words before the reference are read back: a stranger's megabyte line
        // of references with no comma is not rescanned from its start for each of them.)
        let mut from = m.start().saturating_sub(LEAD_IN_BYTES);
        while !line.is_char_boundary(from) {
            from += 1;
        }
        let before = &line[..m.start()];
        let Some(punct) = before[from..].rfind([',', ';', '.']).map(|p| from + p) else {
            continue;
        };
        // (Not inside the previous reference's own list: "пп. 6-9, 12".)
        let lead_in = &before[punct + 1..];
        if punct > 0
            && text::words(lead_in).len() <= 3
            && !lead_in.chars().any(|c| c.is_ascii_digit())
            && !before[..punct].ends_with(|c: char| c.is_ascii_digit())
            && cuts.last().is_none_or(|&c| c < punct + 1)
        {
            cuts.push(punct + 1);
        }
    }
    // ", з повагою заступник голови … Кирієнко": the signature, run on.
    if cuts.is_empty()
        && !["оваго", "ОВАГО", "важени", "ВАЖЕНИ"]
            .iter()
            .any(|t| line.contains(t))
    {
        return vec![line];
    }
    let lower = lowercase(line);
    let end = ["з повагою", "із повагою", "с уважением"]
        .iter()
        .filter_map(|v| lower.rfind(v))
        .max()
        .filter(|&at| {
            // (The lowered text keeps the byte offsets of Cyrillic: one case, two bytes.)
            line.is_char_boundary(at)
                && line[..at].trim_end().ends_with([',', '.', ';'])
                && cuts.last().is_none_or(|&c| c < at)
                && line.len() - at <= 300
        })
        .unwrap_or(line.len());
    if cuts.is_empty() && end == line.len() {
        return vec![line];
    }
    let mut out = Vec::new();
    let mut start = 0;
    for cut in cuts.into_iter().filter(|&c| c < end) {
        out.push(&line[start..cut]);
        start = cut;
    }
    out.push(&line[start..end]);
    out
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
            && (is_heading(prev) || is_short_heading(&prev.text))
            && !is_document_title(&prev.text)
            && seg.reference == Reference::None
        {
            let heading = out.pop().map(|h| h.text).unwrap_or_default();
            out.push(Segment {
                text: format!("{heading}\n{}", seg.text),
                ..seg
            });
        } else {
            // A short heading that heads no paragraph is covering text after all.
            if out.last().is_some_and(|h| is_short_heading(&h.text)) {
                out.pop();
            }
            out.push(seg);
        }
    }
    if out.last().is_some_and(|h| is_short_heading(&h.text)) {
        out.pop();
    }
    out
}

/// A short heading in a document's own words, which [`is_covering_text`] would take for a
/// title or a name ("Офіційний веб-сайт", "Дорадчі органи", "Консультації з громадськістю"):
/// two to five words, sentence case (not every word capitalised, as a name or an address is),
/// no figure, no colon (a header's or a label's), no sentence's end, none of the covering
/// letter's words, nothing stated.
fn is_short_heading(t: &str) -> bool {
    let t = t.trim();
    // (The tests on the line as written first: most text is no short line.)
    if t.len() >= 4 * SHORT_LINE
        || t.chars().count() >= SHORT_LINE
        || !t.chars().next().is_some_and(char::is_uppercase)
        || t.chars()
            .any(|c| c.is_ascii_digit() || matches!(c, '@' | ':'))
        || t.ends_with(['.', '!', '?', ';', ','])
    {
        return false;
    }
    let words = text::words(t);
    let lower = lowercase(t);
    (2..=5).contains(&words.len())
        && !words.iter().all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
        })
        && !COVERING_WORDS.iter().any(|p| lower.contains(p))
        && !crate::analysis::intent::states_anything(t)
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
    text::is_list_item(line)
}

/// "а) …", "б) …", "в) …": an item of a lettered list.
pub(super) fn starts_with_letter_item(line: &str) -> bool {
    let mut c = line.chars();
    matches!(
        (c.next(), c.next()),
        (Some(l), Some(')')) if l.is_alphabetic() && l.is_lowercase()
    )
}

/// The words of a covering letter, a greeting, a signature.
const COVERING_WORDS: &[&str] = &[
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
];

/// A line shorter than this (in characters) is a greeting, a name or a title unless it states
/// something (see [`is_covering_text`]).
const SHORT_LINE: usize = 40;

/// Greeting, covering-letter and signature text that carries no report.
pub fn is_covering_text(t: &str) -> bool {
    let lower = lowercase(t);
    let covering = COVERING_WORDS
        .iter()
        .any(|p| lower.starts_with(p) || (lower.chars().count() < 160 && lower.contains(p)));
    // A short line is a greeting, a name or a title — unless it is a sentence of three words
    // or more about the work, either way ("Громадських експертиз не проводилось."), and does
    // not open as a covering line does ("Начальник відділу Данило Коваль").
    let short = lower.chars().count() < SHORT_LINE
        && !(text::words(&lower).len() >= 3
            && !COVERING_WORDS.iter().any(|p| lower.starts_with(p))
            && crate::analysis::intent::states_anything(t));
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
