//! Text that holds no report: placeholders ("—", "х", "не проводилось"), "not applicable",
//! a report cell that only repeats its measure, and the clauses of a paragraph. Pure.
//!
//! Long file: many small predicates over one short answer (a dash, a bare denial, a time
//! alone, a referral), each a few lines, read together by `is_placeholder`.

use super::*;
use crate::analysis::text::stem::lowercase;

/// A cell or paragraph that holds no report: empty, only dashes or crosses ("—", "-", "х",
/// "Х", "x", "-/-"), a bare tick ("+", "✓"), or a bare "немає" / "нет" /
/// "відсутні". Such a row is no report on its
/// measure — and not "not applicable" either. Nor is a line that only negates the action
/// ("заходи не проводились", "не було"): see [`says_nothing_done`].
pub fn is_placeholder(text: &str) -> bool {
    // "Без змін (див. інформацію за І півріччя)", "— (см. предыдущий отчет)": a placeholder
    // that points to another answer is still one.
    if let Some(head) = without_referral(text) {
        return is_placeholder(head);
    }
    // A placeholder line over lines that state nothing done — a promise, the writer's name
    // ("не було" / "Оригінал листа в понеділок відправлю з роботи." / "Кравець О.М., відділ
    // …"): the answer is the placeholder. (Short lines only: a long text is read as ever.)
    if let Some((first, rest)) = text.trim().split_once('\n')
        && rest.len() <= 1200
        && rest.chars().count() <= 400
        && is_placeholder(first)
        && !crate::analysis::intent::states_something_done(rest)
    {
        return true;
    }
    let core = text.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | '(' | ')' | '"' | '«' | '»' | '!')
    });
    if core.is_empty() {
        return true;
    }
    // No word of three letters or more and no count: "0", "н/д", "n/a", "-//-", "х", "—(0)",
    // and a bare tick ("+", "✓": done, but not what) carry no report, whatever signs they are
    // made of (docs/semantics.md).
    if core.chars().count() <= 12
        && !has_word_of(core, 3)
        && !core.contains(|c: char| c.is_ascii_digit() && c != '0')
    {
        return true;
    }
    if core.chars().all(|c| {
        c.is_whitespace()
            || matches!(
                c,
                '-' | '–'
                    | '—'
                    | '‒'
                    | '―'
                    | '−'
                    | '_'
                    | '/'
                    | '\\'
                    | 'х'
                    | 'Х'
                    | 'x'
                    | 'X'
                    | '*'
            )
    }) {
        return true;
    }
    if says_nothing_done(core)
        || says_nothing_is_there(core)
        || says_unchanged(core)
        || says_only_in_hand(core)
        || only_refers(core)
        || was_in_another_letter(core)
        || only_says_when(core)
    {
        return true;
    }
    if core.chars().count() > 12 {
        return false;
    }
    let lower = lowercase(core);
    [
        "немає",
        "нема",
        "нет",
        "відсутні",
        "відсутня",
        "відсутній",
        "отсутствуют",
        "н/д",
        // A bare "yes" ticks the item as "+" does: done, but not what.
        "так",
    ]
    .contains(&lower.as_str())
}

/// Does a short text only say when ("У IV кварталі.", "до кінця року", "в грудні 2013 р.",
/// "Протягом ІІ півріччя")? A time without a deed says nothing of what was or will be done.
fn only_says_when(core: &str) -> bool {
    const WORDS: &[&str] = &[
        "у",
        "в",
        "во",
        "до",
        "з",
        "із",
        "с",
        "на",
        "по",
        "протягом",
        "течение",
        "р",
        "г",
    ];
    // Words of a time of their own, as written.
    const TIMES: &[&str] = &[
        "кінця",
        "кінці",
        "конца",
        "конце",
        "середини",
        "середины",
        "початку",
        "начала",
        "рік",
        "року",
        "році",
        "роки",
        "років",
        "рр",
        "год",
        "года",
        "году",
        "мая",
        "май",
        "мае",
    ];
    // The quarters and half-years by their stems (the months: `intent::is_month`).
    const STEMS: &[&str] = &["квартал", "півріч", "полугод"];
    if core.len() > 160 || core.chars().count() > 40 {
        return false;
    }
    let lower = lowercase(core);
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    // A Roman number in Latin or Cyrillic letters ("IV", "ІІ"), or a figure.
    let numeral = |w: &str| {
        w.chars().all(|c| matches!(c, 'i' | 'v' | 'x' | 'і' | 'х'))
            || w.chars().all(|c| c.is_ascii_digit())
    };
    // At least one word of time itself, not only "до" and a figure — or a year ("у 2013 р.").
    let year = |w: &str| {
        w.len() == 4
            && w.bytes().all(|b| b.is_ascii_digit())
            && (w.starts_with("19") || w.starts_with("20"))
    };
    let time = |w: &&str| {
        TIMES.contains(w)
            || STEMS.iter().any(|s| w.starts_with(s))
            || crate::analysis::intent::is_month(w)
            || year(w)
    };
    words.iter().any(time)
        && words
            .iter()
            .all(|w| WORDS.contains(w) || numeral(w) || time(w))
}

/// A short text without the referral in brackets it ends with ("(див. …)", "(дивіться …)",
/// "(см. …)", "(смотри …)"); `None` when it ends with none, or the head is empty.
fn without_referral(text: &str) -> Option<&str> {
    // (The sentence's stop after the bracket: "без изменений (см. информацию за ІІ
    // полугодие 2012 г.).")
    let t = text.trim_end().trim_end_matches('.').trim_end();
    if t.len() > 200 || !t.ends_with(')') {
        return None;
    }
    let open = t.rfind('(')?;
    let inside = lowercase(t[open + 1..].trim_start());
    let refers = REFERRALS.iter().any(|p| inside.starts_with(p));
    let head = &t[..open];
    (refers && !head.trim().is_empty()).then_some(head)
}

/// Does a short text only send the reader elsewhere ("див. наш лист від 14.06.2013",
/// "Див. наказ, що додається", "см. предыдущий отчет"), stating nothing of its own? The
/// answer is in another paper: none here.
fn only_refers(core: &str) -> bool {
    // (Most text opens otherwise: turned away by its first letter before anything is lowered.)
    if core.len() > 240 || !core.starts_with(['д', 'Д', 'с', 'С']) {
        return false;
    }
    let head: String = core.chars().take(9).flat_map(char::to_lowercase).collect();
    REFERRALS.iter().any(|p| head.starts_with(p)) && !crate::analysis::intent::states_anything(core)
}

/// Does a short text only say the information was given in another letter ("інформація була
/// в нашому листі від 12.06.2013", "информация направлялась письмом от 14.06")? It names the
/// information first and a letter after, and states nothing done.
fn was_in_another_letter(core: &str) -> bool {
    // (Turned away by its first letter before anything is lowered.)
    if core.len() > 240 || !core.starts_with(['і', 'І', 'и', 'И', 'в', 'В', 'с', 'С']) {
        return false;
    }
    let information = ["інформац", "информац", "відомост", "сведени"];
    let head: String = core.chars().take(8).flat_map(char::to_lowercase).collect();
    if !information.iter().any(|i| head.starts_with(i)) {
        return false;
    }
    let lower = lowercase(core);
    text::words(&lower)
        .iter()
        .any(|w| crate::analysis::intent::is_letter_word(w))
        && !crate::analysis::intent::states_anything(core)
}

/// How a referral opens: "see" in Ukrainian and Russian.
const REFERRALS: &[&str] = &["див.", "див ", "дивіться", "дивись", "см.", "см ", "смотри"];

/// "Без змін", "залишається без змін", "без изменений", "інформація без змін": the answer
/// refers to an earlier one and states nothing of its own (what the earlier report said was
/// counted from it).
fn says_unchanged(core: &str) -> bool {
    if core.chars().count() > 50 {
        return false;
    }
    let lower = lowercase(core);
    let mut words = text::words(&lower);
    // What is unchanged, named first: the information, its state.
    if words.len() > 2
        && ["інформац", "информац", "стан", "ситуац", "дані", "данные"]
            .iter()
            .any(|w| words[0].starts_with(w))
    {
        words.remove(0);
    }
    matches!(
        words.as_slice(),
        ["без", "змін" | "изменений" | "изменения"]
            | [
                "залишається" | "залишаються" | "остается" | "остаются",
                "без",
                "змін" | "изменений" | "изменения"
            ]
    )
}

/// Does a short text only say that work is in hand or done, without what ("Робота триває", "В
/// стадії розробки", "Планується", "Работа продолжается", "В процессе", "Виконується",
/// "Забезпечено")? A bare state says nothing of what was done (docs/semantics.md); with its
/// object ("робоча група в стадії створення") it is read as ever.
fn says_only_in_hand(core: &str) -> bool {
    if core.chars().count() > 40 {
        return false;
    }
    let lower = lowercase(core);
    let words = text::words(&lower);
    let goes_on = |w: &str| {
        matches!(
            w,
            "триває"
                | "продовжується"
                | "ведеться"
                | "проводиться"
                | "продолжается"
                | "ведется"
                | "ведётся"
                | "проводится"
        )
    };
    let stage = |w: &str| {
        matches!(
            w,
            "розробки"
                | "розроблення"
                | "підготовки"
                | "опрацювання"
                | "погодження"
                | "виконання"
                | "разработки"
                | "подготовки"
                | "согласования"
                | "выполнения"
        )
    };
    // The plan's general verbs of carrying out, alone ("Виконується", "Забезпечено",
    // "Выполнено"): done or in hand, but not what — as a bare tick.
    let carried_out = |w: &str| {
        [
            "виконано",
            "виконується",
            "виконуються",
            "забезпечено",
            "забезпечується",
            "здійснено",
            "здійснюється",
            "реалізовано",
            "реалізується",
            "выполнено",
            "выполняется",
            "выполняются",
            "обеспечено",
            "обеспечивается",
            "осуществлено",
            "осуществляется",
            "реализовано",
            "реализуется",
        ]
        .contains(&w)
    };
    match words.as_slice() {
        [w] => goes_on(w) || carried_out(w) || matches!(*w, "планується" | "планируется"),
        ["робота" | "работа", w] | [w, "робота" | "работа"] => goes_on(w),
        [
            "в" | "у" | "на",
            "стадії" | "стадии" | "етапі" | "этапе" | "процесі" | "процессе",
            w,
        ] => stage(w),
        ["в" | "у", "процесі" | "процессе" | "роботі" | "работе"] => {
            true
        }
        _ => false,
    }
}

/// A quick test that a text has more than `n` words: more than `n` of its pieces between
/// spaces open with a Latin letter, a digit or a Cyrillic letter (each such piece holds at
/// least one word of its own). False says nothing; it spares splitting most long text into
/// words only to count them. (Bytes only: the spaces are found as memchr finds them.)
fn surely_more_words_than(text: &str, n: usize) -> bool {
    text.as_bytes()
        .split(|b| *b == b' ')
        .filter(|piece| {
            piece
                .first()
                .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, 0xD0 | 0xD1))
        })
        .nth(n)
        .is_some()
}

/// "Інформація відсутня", "даних немає", "информация отсутствует": the information itself
/// said to be missing, two or three words and nothing else.
fn says_nothing_is_there(core: &str) -> bool {
    if core.chars().count() > 60 || surely_more_words_than(core, 3) {
        return false;
    }
    let words = text::words(core);
    if !(2..=3).contains(&words.len()) {
        return false;
    }
    let words: Vec<String> = words.into_iter().map(lowercase).collect();
    let what = [
        "інформац",
        "информац",
        "дані",
        "даних",
        "данные",
        "данных",
        "відомост",
        "сведени",
    ];
    let missing = ["відсутн", "отсутств", "немає", "нема", "нет"];
    let has = |list: &[&str]| words.iter().any(|w| list.iter().any(|p| w.starts_with(p)));
    has(&what) && has(&missing)
}

/// A placeholder that is only signs ("х", "-", "—", "н/д") or says nothing changed ("без
/// змін"): no word of the answer's own.
pub(super) fn is_sign_or_unchanged(text: &str) -> bool {
    let core = text.trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ',' | ';'));
    is_placeholder(core)
        && core.chars().count() <= 40
        && (!has_word_of(core, 3) || says_unchanged(core))
}

/// A short line that only negates the action: a negation ("не", "ні", "нет", "ни") with a
/// verb or "було"/"было", and nothing else of substance — no count, no date, no document, at
/// most one word besides ("заходи", "мероприятия"). "Не проводилось", "заходи не
/// здійснювались", "не заплановано", "не было". "Не стосується" is not applicable, not this.
pub(super) fn says_nothing_done(core: &str) -> bool {
    if core.chars().count() > 60 || core.contains(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let words = text::words(core);
    if words.is_empty() || words.len() > 4 || is_not_applicable(core) {
        return false;
    }
    let words: Vec<String> = words.into_iter().map(str::to_lowercase).collect();
    let Some(neg) = words
        .iter()
        .position(|w| matches!(w.as_str(), "не" | "ні" | "нет" | "ни"))
    else {
        return false;
    };
    // The negated word is a verb or a participle of the action, or "було"/"было".
    let Some(verb) = words.get(neg + 1) else {
        return false;
    };
    let verbal = matches!(verb.as_str(), "було" | "было" | "були" | "были")
        || [
            // ("Не проводилис": the soft sign lost in haste.)
            "лось", "лися", "лись", "лис", "лася", "лась", "вся", "ено", "ано", "ато",
        ]
        .iter()
        .any(|e| verb.ends_with(e))
        || ["ла", "ли", "ло", "ів", "ал", "ил"]
            .iter()
            .any(|e| verb.ends_with(e));
    // Besides the negation and its verb, at most one word, and a general one: no object.
    let others: Vec<&String> = words
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != neg && *i != neg + 1)
        .map(|(_, w)| w)
        .collect();
    verbal
        && others.len() <= 1
        && others.iter().all(|w| {
            [
                "заход",
                "захід",
                "мероприят",
                "робот",
                "работ",
                "діяльн",
                "деятельн",
                "такі",
                "таки",
            ]
            .iter()
            .any(|p| w.starts_with(p))
        })
}

/// Does the text hold a run of at least `n` letters?
pub(super) fn has_word_of(text: &str, n: usize) -> bool {
    let mut run = 0;
    for c in text.chars() {
        run = if c.is_alphabetic() { run + 1 } else { 0 };
        if run >= n {
            return true;
        }
    }
    false
}

/// A report cell that only repeats words of its row's measure text ("Консультації з
/// громадськістю" beside "Налагодити … проведення консультацій з громадськістю …") reports
/// nothing: a report says what was done, in words of its own.
pub(super) fn only_repeats(report: &str, measure_text: &str) -> bool {
    if surely_more_words_than(report, 12) || text::words(report).len() > 12 {
        return false;
    }
    let own = content_stems(report);
    if own.is_empty() {
        return false;
    }
    let title = content_stems(measure_text);
    own.iter().all(|s| title.iter().any(|t| stem_eq(s, t)))
}

/// The text after a leading measure reference: "7. —" → "—", "п. 12 – немає" → "немає".
pub(super) fn strip_reference(text: &str) -> &str {
    let first_line_end = text.find('\n').unwrap_or(text.len());
    let Some(c) = LEAD_REF.captures(&text[..first_line_end]) else {
        return text;
    };
    let mut rest = &text[c.get(0).map_or(0, |m| m.end())..];
    if c.name("bare").is_some() {
        // The letter's own count before its reference ("4. Щодо пунктів 2, 7, 9, 12 Плану –
        // заходи не проводились."): the answer follows the reference. (Once: a count is not
        // followed by another count.)
        let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
        if LEAD_REF
            .captures(line)
            .is_some_and(|c| c.name("bare").is_none())
        {
            return strip_reference(rest);
        }
    } else {
        // After the keyword: the numbers themselves, then "Плану", "плану заходів".
        let start = c.name("list").or(c.name("list2")).map_or(0, |m| m.start());
        let from = &text[start..];
        let (_, used) = parse_numbers(from);
        rest = &from[used..];
        let t = rest.trim_start();
        // (Only the start is lowered: the words sought are at most 13 letters.)
        let start = lowercase(&t.chars().take(16).collect::<String>());
        for w in ["плану заходів", "плану", "плана"] {
            if start.starts_with(w) {
                rest = &t[w.len()..];
                break;
            }
        }
    }
    // (And a text table's column rule: "п.6  | немає".)
    rest.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '-' | '–' | '—' | ':' | '.' | '|')
    })
}

pub(super) fn stem_eq(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.chars().count() >= 5 && long.starts_with(short)
}

pub(super) fn is_not_applicable(text: &str) -> bool {
    // Only a short remark says "not applicable"; long text is never lowercased for it.
    if text.len() >= 800 || text.chars().count() >= 200 {
        return false;
    }
    // Every phrase below has one of these stems (in lower case, or all in capitals).
    static STEMS: LazyLock<Regex> = LazyLock::new(|| {
        text::literals([
            "стосу",
            "компетенц",
            "касает",
            "доруч",
            "поруч",
            "СТОСУ",
            "КОМПЕТЕНЦ",
            "КАСАЕТ",
            "ДОРУЧ",
            "ПОРУЧ",
            "виконавц",
            "исполнител",
            "наш",
            "НАШ",
            "віднос",
            "относ",
            "ВІДНОС",
            "ОТНОС",
        ])
    });
    if !STEMS.is_match(text) {
        return false;
    }
    // (Words wrapped onto the next line, "не\nє їх виконавцем", are one space apart.)
    let lower = lowercase(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    // Not this office's measure: "райдержадміністрація не є їх виконавцем", "не являемся
    // исполнителем".
    let not_executor = |neg: &[&str], noun: &str| {
        lower
            .find(noun)
            .is_some_and(|at| neg.iter().any(|n| lower[..at].contains(n)))
    };
    if not_executor(&["не є ", "не виступає"], "виконавц")
        || not_executor(&["не являе", "не являю", "не выступае"], "исполнител")
    {
        return true;
    }
    // Not within the office's competence, in either order and number ("не належить до
    // компетенції", "до компетенції Громадської ради не належать", "не входят в
    // компетенцию").
    if lower.contains("компетенц")
        && ["не належ", "не віднос", "не вход", "не относ"]
            .iter()
            .any(|p| lower.contains(p))
    {
        return true;
    }
    [
        "не стосується",
        "не стосуються",
        // As typed in haste or half in Russian.
        "не стосуеться",
        "не стосуется",
        "не належить до компетенції",
        "не відноситься до компетенції",
        "не входить до компетенції",
        "не касается",
        "не относится к компетенции",
        // Not pertaining to the office: "Пункты 2 - 5, 8, 11 к райгосадминистрации не
        // относятся", "до управління не відносяться".
        "не относится",
        "не относятся",
        "не відноситься",
        "не відносяться",
        // Not given to this office ("пп. 3–5 плану управлінню не доручались").
        "не доручал",
        "не доручено",
        "не доручені",
        "не поручал",
        "не поручено",
        "не поручены",
        // Not the office's own: "Пункти 2, 6-9, 12 — не наші", "это не наши пункты", "не
        // нашої компетенції".
        "не наш",
    ]
    .iter()
    .any(|p| contains_at_a_word(&lower, p))
}

/// Does `text` hold `phrase` at the start of a word ("Пункти 3-5 не відносяться", not
/// "Зазначене відноситься також до п. 6", whose "-не" ends a word)?
fn contains_at_a_word(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(at, _)| {
        !text[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A bare state of work in hand says nothing of what was done; with its object, or beside
    /// a deed, it is read as ever.
    #[test]
    fn a_bare_state_of_work_in_hand_is_a_placeholder() {
        for t in [
            "Робота триває.",
            "триває",
            "В стадії розробки",
            "На етапі погодження",
            "Планується",
            "Работа продолжается",
            "в процессе",
            "У роботі",
            // The plan's general verbs of carrying out, alone: done, but not what.
            "Виконується.",
            "Забезпечено",
            "Выполняется.",
            "виконано",
        ] {
            assert!(is_placeholder(t), "{t}");
        }
        for t in [
            "Робоча група в стадії створення",
            "Робота триває: проведено 2 засідання",
            "Консультації тривають, проведено 3",
            "Проект програми в стадії громадського обговорення",
            "Виконується: сайт оновлюється щотижня",
            "Забезпечено роботу Інтернет-форуму",
        ] {
            assert!(!is_placeholder(t), "{t}");
        }
    }

    /// The quick count is a lower bound: it says "more" only when the words are more.
    #[test]
    fn the_quick_word_count_never_overcounts() {
        for (t, n) in [
            ("один два три чотири", 3),
            ("Проведено 2 наради з громадськістю", 4),
            ("a b c d e f g h i j k l m", 12),
        ] {
            assert!(surely_more_words_than(t, n), "{t}");
            assert!(text::words(t).len() > n);
        }
        for (t, n) in [
            ("один два три", 3),
            ("— — — — один", 1),
            ("(один) «два» три", 2),
            ("", 0),
        ] {
            assert!(!surely_more_words_than(t, n), "{t}");
        }
    }
}
