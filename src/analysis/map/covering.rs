//! Lines that speak of the letter rather than of a measure: an introduction of the answers
//! numbered below it, a pointer to the attachment or to a table, a list of enclosures by
//! their sheets, the reason for writing ("На виконання п. 16 Плану …") and what a letter
//! tells after it. Each answers nothing itself. Pure: plain text and segments in.

use std::sync::LazyLock;

use regex::Regex;

use super::{Segment, without_own_number};
use crate::analysis::intent::Acts;
use crate::analysis::text;
use crate::analysis::text::stem::lowercase;

/// How many segments below an introduction its answers are sought in: they follow it closely,
/// and a stranger's letter of thousands of numbered lines must not cost their square.
pub(super) const INTRODUCED_WITHIN: usize = 40;

/// Which segments only introduce the answers below them, each under its own number
/// ("Доповнення до інформації (п. 7, 10, 12):" over "п. 7 - …", "п. 10 - …", "п. 12 - не
/// проводились."): a line that ends with a colon, names two measures or more and states
/// nothing, each of whose measures a later segment names again. It answers none of them
/// itself; what is under each number does (or, as a placeholder, does not).
pub(super) fn introductions(segments: &[Segment]) -> Vec<bool> {
    segments
        .iter()
        .enumerate()
        .map(|(i, seg)| {
            seg.row.is_none()
                && seg.numbers.len() >= 2
                && seg.text.trim_end().ends_with(':')
                && seg.numbers.iter().all(|n| {
                    segments[i + 1..]
                        .iter()
                        .take(INTRODUCED_WITHIN)
                        .any(|later| later.numbers.contains(n))
                })
                && !crate::analysis::intent::states_anything(&seg.text)
        })
        .collect()
}

/// Whether a short text says its answers are in an attachment ("таблиця у вкладенні",
/// "(додається)", "у додатку", "во вложении", "у файлі", "(додаток на 3 арк.)").
pub(super) fn points_to_an_attachment(text: &str) -> bool {
    // (Each word sought first as written, without its first letter: most text names none.)
    static TAILS: LazyLock<Regex> = LazyLock::new(|| {
        text::literals(text::tails_in_either_case(&[
            "кладен",
            "одаєт",
            "одаєм",
            "одат",
            "ложени",
            "рикріплен",
            "айл",
        ]))
    });
    text.len() <= 2400 && TAILS.is_match(text) && text.chars().count() <= 600 && {
        let lower = text::stem::lowercase(text);
        [
            "вкладен",
            "додається",
            "додаєм",
            "у додат",
            "в додат",
            "вложени",
            "приложени",
            "прикріплен",
            // The file it is in ("наша частина — у файлі"), an enclosure in brackets
            // ("(додаток на 3 арк.)").
            "у файл",
            "в файл",
            "(додат",
            // Sent to it: "див. додаток", "дивіться додаток".
            "див. додат",
            "див додат",
            "дивіться додат",
        ]
        .iter()
        .any(|p| lower.contains(p))
    } || sends_to_a_table(text)
}

/// Whether a text sends only "the rest" to the attachment ("п.1 – на сайті новий розділ …,
/// решта у вкладенні", "остальное во вложении"): "решта" or "остальное" right before the
/// attachment it is in. What stands before it answers its own point.
pub(super) fn sends_the_rest_to_the_attachment(text: &str) -> bool {
    let lower = text::stem::lowercase(text);
    let w = text::words(&lower);
    w.iter().enumerate().any(|(i, x)| {
        matches!(*x, "решта" | "решту" | "остальное" | "остальные")
            && w[i + 1..].iter().take(3).any(|y| {
                ["вклад", "влож", "додат", "прилож", "файл"]
                    .iter()
                    .any(|p| y.starts_with(p))
            })
    })
}

/// Whether a short text sends the reader to a table ("див. у таблиці", "наведено в таблиці",
/// "см. в таблице").
pub(super) fn sends_to_a_table(text: &str) -> bool {
    text.len() <= 2400 && text.chars().count() <= 600 && {
        let lower = text::stem::lowercase(text);
        let words = text::words(&lower);
        words
            .windows(2)
            .any(|p| p[1].starts_with("таблиц") && matches!(p[0], "у" | "в" | "див" | "см"))
            && words.iter().any(|w| {
                matches!(*w, "див" | "дивіться" | "см" | "смотрите")
                    || crate::analysis::intent::is_setting_out(w)
            })
    }
}

/// Whether a short line lists an enclosure by its sheets ("1. Інформація райдержадміністрації
/// на 2 арк.", "2. Зведена інформація сільських рад на 1 арк. в 1 прим.", "Отчет на 3 л."):
/// a covering letter's list of what it encloses, whose own numbers count the papers. One
/// clause (no comma, no brackets: "Проведено слухання, протокол додається на 2 арк." reports
/// the hearing, though the commas of a list of numbers do not divide it) that states nothing
/// done or names a paper first ("Зведена інформація …"); a note in brackets may follow
/// ("(поштою)").
pub(super) fn lists_an_enclosure(text: &str) -> bool {
    static SHEETS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)(?:^|\s)на\s*\d{1,3}\s*(?:арк\w*|стор\w*|с|л|лист\w*)\.?(?:,?\s*(?:в|у)\s*\d{1,2}\s*(?:прим|экз)\w*\.?)?[\s.]*$",
        )
        .expect("a valid regex")
    });
    const PAPERS: &[&str] = &[
        "зведена",
        "зведений",
        "сводная",
        "сводный",
        "інформація",
        "информация",
        "звіт",
        "отчет",
        "довідка",
        "справка",
        "протокол",
        "копія",
        "копия",
        "таблиця",
        "таблица",
        "перелік",
        "перечень",
        "список",
        "лист",
        "письмо",
    ];
    if text.len() > 600 || text.chars().count() > 200 {
        return false;
    }
    // A note in brackets after the count, with no number of its own ("… на 3 арк.
    // (поштою)"), is left aside.
    let mut t = text.trim();
    if let Some(open) = t.strip_suffix(')').and_then(|head| head.rfind('('))
        && !t[open..].contains(|c: char| c.is_ascii_digit())
        && t[open..].chars().count() <= 40
    {
        t = t[..open].trim_end();
    }
    // The sheets' count closes the line: only its last words are searched (from a word's
    // start).
    let tail_from = t
        .char_indices()
        .rev()
        .nth(60)
        .and_then(|(at, _)| t[at..].find(' ').map(|sp| at + sp))
        .unwrap_or(0);
    // (Its last word is a word for sheets or copies: most lines end otherwise.)
    let last = lowercase(
        t.trim_end_matches(['.', ' '])
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or(""),
    );
    let sheets_last = matches!(last.as_str(), "с" | "л")
        || ["арк", "стор", "лист", "прим", "экз"]
            .iter()
            .any(|p| last.starts_with(p));
    sheets_last
        && SHEETS
            .find(&t[tail_from..])
            .is_some_and(|m| is_one_clause(&t[..tail_from + m.start()]))
        && (text::words(without_own_number(t))
            .first()
            .is_some_and(|w| PAPERS.contains(&lowercase(w).as_str()))
            || !Acts::of(text).reports)
}

/// No comma, semicolon or bracket divides the text, but for the commas of a list of numbers
/// ("щодо пп. 6, 9").
fn is_one_clause(text: &str) -> bool {
    let b = text.as_bytes();
    !b.iter().enumerate().any(|(i, &c)| match c {
        b';' | b'(' | b')' => true,
        b',' => {
            let digit_before = i > 0 && b[i - 1].is_ascii_digit();
            let digit_after = b[i + 1..]
                .iter()
                .find(|x| **x != b' ')
                .is_some_and(u8::is_ascii_digit);
            !(digit_before && digit_after)
        }
        _ => false,
    })
}

/// Whether a text opens by naming what it is written to fulfil ("На виконання п. 16 Плану",
/// "Во исполнение п. 16", "Відповідно до пункту 16"): a reason for writing, not an answer.
pub(super) fn names_the_reason(text: &str) -> bool {
    let head: String = text.chars().take(40).collect();
    let lower = text::stem::lowercase(&head);
    [
        "на виконання",
        "во исполнение",
        "відповідно до",
        "согласно",
        "на исполнение",
    ]
    .iter()
    .any(|p| lower.trim_start().starts_with(p))
}

/// What a letter that names its reason for writing after the office's name tells, after
/// its verb of telling ("Бобровицька РДА на виконання п. 16 Плану … повідомляє що на сайті
/// оновлено …" → "на сайті оновлено …"): the reason within the first 150 characters, the
/// verb (and "що"/"что") after it. None when either is missing or nothing follows.
pub(super) fn after_telling(text: &str) -> Option<&str> {
    let head: String = text.chars().take(150).collect();
    let lower = text::stem::lowercase(&head);
    let reason = ["на виконання", "во исполнение", "на исполнение"]
        .iter()
        .filter_map(|p| lower.find(p))
        .min()?;
    let words = text::words(text);
    let offset = |w: &str| w.as_ptr() as usize - text.as_ptr() as usize;
    let verb = words.iter().position(|w| {
        offset(w) > reason
            && matches!(
                lowercase(w).as_str(),
                "повідомляє"
                    | "повідомляємо"
                    | "інформує"
                    | "інформуємо"
                    | "сообщает"
                    | "сообщаем"
                    | "информирует"
                    | "информируем"
            )
    })?;
    let next = words.get(verb + 1)?;
    let from = if matches!(lowercase(next).as_str(), "що" | "что") {
        offset(next) + next.len()
    } else {
        offset(words[verb]) + words[verb].len()
    };
    let rest = text[from..].trim_start_matches([',', ':', ' ']).trim();
    (!rest.is_empty()).then_some(rest)
}
