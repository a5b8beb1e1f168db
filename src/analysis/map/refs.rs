//! Measure numbers in text: "6.", "п. 6", "пункти 7 і 9", "пп. 6–9", "з 6 по 9", a number
//! column's cell; which numbers are the plan's and which a writer's own count or a legal
//! reference. Pure.

use super::*;
use crate::analysis::text::stem::lowercase;

/// A reference that opens a further answer inside a line that opened with one ("пп. 7-9
/// выполнены, п. 1 - сайт обновляется, п. 12 - не проводились"): after a comma, semicolon or
/// full stop, "п."/"пп."/"пункт" with its numbers and a dash or colon.
pub(super) static INLINE_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)[,;.]\s+
        (?:по\s+)?(?:п\.\s*п\.|пп\.|п\.|пункт\w*|пп|п)\s*\d{1,2}(?:\s*(?:[-–—,]|і|и|та)\s*\d{1,2})*
        \s*[-–—:]",
    )
    .expect("valid regex")
});

pub(super) static LEAD_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)^\s*[-–—•*]?\s*
        (?:
          (?:(?:до|по|щодо|стосовно|відносно|на\s+виконання|з|із|с)\s+)?
          (?P<kw>п\.\s*п\.|пп\.|п\.|пункт\w*|заход\w*|захід|мероприят\w*|пун\.|пп|п)\s*(?:(?:плану|плана|заходів)\s+|:\s*)?(?:№№?\s*)?(?P<list>\d)
        |
          (?P<kw2>№№?)\s*(?P<list2>\d{1,2}(?:\s*[,–—-]\s*\d{1,2})*)\s*(?::\s*$|\s[-–—]\s*\S|[-–—:]\s+\S)
        |
          (?:з|із|с)\s+(?P<from>\d{1,2})(?:-\p{L}{1,3})?\s+(?:по|до)\s+\d{1,2}(?:-\p{L}{1,3})?\s+(?:пункт|пп?\.)
        |
          (?:з|із|с)\s+\d{1,2}(?:-\p{L}{1,3})?\s+(?:по|до)\s+\d{1,2}(?:-\p{L}{1,3})?\s*(?:[:–—-]\s*\S|\.\s+\p{Lu})
        |
          (?P<bare>\d{1,2})\s*(?P<mark>[.)]|\s[-–—:]|:)(?:\s|$)
        )",
    )
    .expect("valid regex")
});

/// A word that introduces measure numbers: "п.", "пп.", "п.п.", "пункт", "пунктів", "захід";
/// typed in a hurry, "п" and "пп" without their full stop, matched with the number after
/// them ("п1", "пп 6-9": not the first letter of "проведено"). Read through [`keyword_refs`].
static KEYWORD_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:^|[^\p{L}\d])(?:п\.\s*п\.|пп\.|п\.|пункт\p{L}*|заход\p{L}*|захід|мероприят\p{L}*|пун\.|пп\s*\d|п\s*\d)\s*(?:(?:плану|плана|заходів)\s+|:\s*)?(?:№№?\s*)?",
    )
    .expect("valid regex")
});

/// Where a word that introduces measure numbers stands: the numbers start at `end`.
#[derive(Debug, Clone, Copy)]
pub(super) struct KeywordAt {
    start: usize,
    end: usize,
}

impl KeywordAt {
    pub(super) fn start(&self) -> usize {
        self.start
    }

    pub(super) fn end(&self) -> usize {
        self.end
    }
}

/// The words that introduce measure numbers in `text` ([`KEYWORD_REF`]); a bare "п" or "пп"
/// ends before its number (only those matches hold a digit).
pub(super) fn keyword_refs(text: &str) -> impl Iterator<Item = KeywordAt> + '_ {
    KEYWORD_REF
        .find_iter(text)
        .filter(|m| !is_second_initial(text, m.start(), m.as_str()))
        .map(|m| KeywordAt {
            start: m.start(),
            end: m
                .as_str()
                .find(|c: char| c.is_ascii_digit())
                .map_or(m.end(), |at| m.start() + at),
        })
}

/// Is a match of "П." the second of a person's initials ("Дорош Н.П. 2-13-40", "Н. П.
/// Дорош"): a capital "П" right after another capital's initial?
fn is_second_initial(text: &str, start: usize, matched: &str) -> bool {
    let Some(at) = matched.find('П') else {
        return false;
    };
    if !matched[at + 'П'.len_utf8()..].starts_with('.') {
        return false;
    }
    let before = text[..start + at].trim_end();
    let mut rev = before.chars().rev();
    rev.next() == Some('.')
        && rev.next().is_some_and(char::is_uppercase)
        && rev.next().is_none_or(|c| !c.is_alphabetic())
}

/// "з 6 по 9 пункти", "с 6 по 9 пункты": a range written before the word "пункт"; "з пункту 6
/// по пункт 9", "с пункта 6 по 9": with the word before each number, or the first.
pub(super) static FROM_TO_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:^|[^\p{L}\d])(?:з|із|с)\s+(?:(\d{1,2})(?:-\p{L}{1,3})?\s+(?:по|до)\s+(\d{1,2})(?:-\p{L}{1,3})?\s+(?:пункт|пп?\.)|(?:пункт\p{L}*|п\.)\s*(\d{1,2})\s+(?:по|до)\s+(?:(?:пункт\p{L}*|п\.)\s*)?(\d{1,2})(?:[^\d.,/]|$))",
    )
    .expect("valid regex")
});

/// The widest range that is expanded ("1–16" is the whole plan; wider is not a range).
pub(super) const MAX_RANGE: u32 = 20;

/// One token of a measure-number expression.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Tok {
    Num(u32),
    /// A dash or "по"; `spaced` when written with spaces on both sides ("6 – 9").
    Range {
        spaced: bool,
    },
    /// ",", ";", "і", "й", "и", "та", "and", "&".
    List,
    /// "з"/"із"/"с" before the first number of a range ("з 6 по 9").
    From,
}

/// Reads the next token of a number expression at the start of `s`: (token, bytes used).
pub(super) fn next_tok(s: &str) -> Option<(Tok, usize)> {
    let lead = s.len() - s.trim_start().len();
    let t = &s[lead..];
    let c = t.chars().next()?;
    if c.is_ascii_digit() {
        let digits = t.chars().take_while(char::is_ascii_digit).count();
        let rest = &t[digits..];
        // "1.1", "03.02": not a measure number; nor "6а". ("9,10" is a list.)
        let mut rc = rest.chars();
        match (rc.next(), rc.next()) {
            (Some('.' | '/'), Some(d)) if d.is_ascii_digit() => return None,
            (Some(l), _) if l.is_alphabetic() => return None,
            _ => {}
        }
        if digits > 2 {
            return None;
        }
        let n: u32 = t[..digits].parse().ok()?;
        // A trailing period belongs to the number ("6."), as does an ordinal's ending
        // ("з 6-го по 9-й", "6-му пункті").
        let used = if rest.starts_with('.') {
            digits + 1
        } else {
            digits + ordinal_ending(rest)
        };
        return Some((Tok::Num(n), lead + used));
    }
    if matches!(c, '-' | '–' | '—' | '‒' | '−') {
        let after = &t[c.len_utf8()..];
        let spaced = lead > 0 && after.starts_with(char::is_whitespace);
        return Some((Tok::Range { spaced }, lead + c.len_utf8()));
    }
    if matches!(c, ',' | ';' | '&') {
        return Some((Tok::List, lead + c.len_utf8()));
    }
    let word: String = t.chars().take_while(|c| c.is_alphabetic()).collect();
    let tok = match lowercase(&word).as_str() {
        "і" | "й" | "и" | "та" | "and" => Tok::List,
        "по" => Tok::Range { spaced: true },
        "з" | "із" | "с" => Tok::From,
        _ => return None,
    };
    Some((tok, lead + word.len()))
}

/// The bytes of an ordinal's ending after a number: "-го", "-й", "-ий", "-му", "-ої", "-я"
/// ("6-го", "9-й"); 0 when `rest` does not start with one. Only the endings of Ukrainian and
/// Russian ordinals, one to three letters, then no letter.
pub(super) fn ordinal_ending(rest: &str) -> usize {
    let Some(after) = rest.strip_prefix('-') else {
        return 0;
    };
    let word: String = after
        .chars()
        .take(4)
        .take_while(|c| c.is_alphabetic())
        .collect();
    const ENDINGS: &[&str] = &[
        "й", "го", "му", "ий", "ій", "ого", "ому", "ої", "ї", "я", "м", "ом", "ой", "ым", "ім",
        "им",
    ];
    if ENDINGS.contains(&lowercase(&word).as_str()) {
        1 + word.len()
    } else {
        0
    }
}

/// Does the text after a spaced-dash range ("1, 6 – 7 Плану") read as more numbers or the
/// plan, rather than a clause ("6 – 4 консультації проведено")?
pub(super) fn range_may_end_here(rest: &str) -> bool {
    let t = rest.trim_start();
    let Some(c) = t.chars().next() else {
        return true;
    };
    if !c.is_alphabetic() {
        return true;
    }
    if matches!(next_tok(t), Some((Tok::List, _))) {
        return true;
    }
    // (A few letters decide: the rest of a stranger's text is not lowered at every range.)
    let w = lowercase(&t.chars().take(16).collect::<String>());
    // Or a word that says it is done ("пп. 6 - 9 проведено"), not a counted noun.
    let first: String = t.chars().take_while(|c| c.is_alphabetic()).collect();
    ["план", "пункт", "заход", "мероп"]
        .iter()
        .any(|p| w.starts_with(p))
        || crate::analysis::intent::states_something_done(&first)
}

/// Three groups of digits joined by hyphens, no spaces, at the start of `s` ("2-13-40"): a
/// phone number, not a range.
fn is_phone_like(s: &str) -> bool {
    let mut rest = s.trim_start();
    for group in 0..3 {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=3).contains(&digits) {
            return false;
        }
        rest = &rest[digits..];
        if group < 2 {
            let Some(r) = rest.strip_prefix('-') else {
                return false;
            };
            rest = r;
        }
    }
    true
}

/// Parses a measure-number expression at the start of `s` — numbers joined by list separators
/// and ranges: "7, 9", "6–9, 12", "1, 6 – 9", "з 6 по 9", "7 і 9", "3 — 4 та 15", "1, 6-9 и 12".
/// Returns the numbers (ranges expanded, at most [`MAX_RANGE`] wide) and the bytes read; the
/// expression ends at the first token that does not continue it.
pub fn parse_numbers(s: &str) -> (Vec<u32>, usize) {
    let mut out: Vec<u32> = Vec::new();
    let mut pos = 0;
    let mut end = 0;
    // Expect a number next (at the start, after a separator or a range sign).
    let mut pending_range: Option<(u32, bool)> = None;
    let mut expect_num = true;
    // "з 6 по 9": a range that began with "з" ends at its second number, whatever follows.
    let mut from_word = false;
    let mut ranged = false;
    while let Some((tok, used)) = next_tok(&s[pos..]) {
        match tok {
            Tok::Num(n) => {
                // "2-13-40", "5-40-12" (a phone number under a signature): the expression
                // ends before it.
                if !expect_num || (pending_range.is_none() && is_phone_like(&s[pos..])) {
                    break;
                }
                if let Some((from, spaced)) = pending_range.take() {
                    // A sentence that ends after the number ("пп. 1, 6 – 9. Сайт …") ends
                    // the range there.
                    let ends_sentence = s[pos..pos + used].ends_with('.');
                    if n <= from
                        || n - from > MAX_RANGE
                        || (spaced
                            && !from_word
                            && !ends_sentence
                            && !range_may_end_here(&s[pos + used..]))
                    {
                        break;
                    }
                    out.extend(from + 1..=n);
                    ranged = true;
                } else {
                    out.push(n);
                }
                pos += used;
                end = pos;
                expect_num = false;
            }
            Tok::Range { spaced } => {
                if expect_num {
                    break;
                }
                let Some(&last) = out.last() else { break };
                pending_range = Some((last, spaced));
                pos += used;
                expect_num = true;
            }
            Tok::List => {
                if expect_num {
                    break;
                }
                pos += used;
                expect_num = true;
            }
            Tok::From => {
                if !expect_num || pending_range.is_some() {
                    break;
                }
                from_word = true;
                pos += used;
            }
        }
    }
    // "з 6" that no "по 9" ends is no range but a count ("план заходів з 6 пунктів").
    if from_word && !ranged {
        return (Vec::new(), 0);
    }
    let mut seen = BTreeSet::new();
    out.retain(|n| seen.insert(*n));
    (out, end)
}

/// The measure numbers a table cell holds when it holds nothing else: "6", "6.", "п. 6",
/// "пункт 6", "1–2, 6–9", "6, 7", "9,10". "1.1" and text are not.
pub fn cell_numbers(cell: &str) -> Vec<u32> {
    // Numbers on lines of their own in one cell are a list.
    let lines = cell.trim().replace('\n', ", ");
    let c = lines.as_str();
    if c.is_empty() || c.chars().count() > 40 {
        return Vec::new();
    }
    let rest = match keyword_refs(c).next() {
        Some(m) if m.start() == 0 => &c[m.end()..],
        _ => c.trim_start_matches('№').trim_start(),
    };
    let (numbers, used) = parse_numbers(rest);
    let tail = rest[used..].trim_matches(|ch: char| ch.is_whitespace() || ch == '.' || ch == ';');
    // (Or the plan named after them: "п. 6 Плану", "пп. 7, 9 плану заходів".)
    let names_the_plan = || {
        let tail = lowercase(tail);
        let words = text::words(&tail);
        !words.is_empty()
            && words.iter().all(|w| {
                matches!(
                    *w,
                    "плану" | "плана" | "заходів" | "мероприятий" | "обласного" | "областного"
                )
            })
    };
    if tail.is_empty() || names_the_plan() {
        numbers
    } else {
        Vec::new()
    }
}

/// How a text names its measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reference {
    /// No number.
    None,
    /// With a word that says it is a measure ("п. 6", "пункти 7 і 9", "з 6 по 9 пункти") or
    /// in a column whose header says it holds the plan's numbers.
    Explicit,
    /// A bare number at the start ("6.", "2)") or in a "№ з/п" column: maybe the plan's, maybe
    /// the writer's own count.
    Bare,
    /// A dash ("—", "-", "х") in a column whose header says it holds the plan's numbers: the
    /// writer says the row is under none of the plan's measures (an office's own plan's point
    /// beside the ones it maps to the oblast's).
    Disowned,
}

/// Measure numbers a text names explicitly at its start or in a "пункт N" phrase inside.
/// "п. 3 постанови", "№ 996", "1 березня", "4 консультації", "1.1" are not measure references.
pub fn explicit_numbers(text: &str) -> Vec<u32> {
    references(text).0
}

/// "З 3 по 5: …", "з 6 до 9 — …", "З 10 по 12. …": a range that heads a paragraph, the
/// numbers' word left out.
static HEADING_FROM_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:з|із|с)\s+(\d{1,2})(?:-\p{L}{1,3})?\s+(?:по|до)\s+(\d{1,2})(?:-\p{L}{1,3})?\s*(?:[:–—-]\s*\S|\.\s+\p{Lu})")
        .expect("valid regex")
});

/// Measure numbers a text names, and how.
pub fn references(text: &str) -> (Vec<u32>, Reference) {
    let first_line = text.lines().next().unwrap_or("");
    if let Some(c) = HEADING_FROM_TO.captures(first_line) {
        let n = |i: usize| c[i].parse::<u32>().unwrap_or(0);
        let (a, b) = (n(1), n(2));
        if a >= 1 && a < b && b - a <= MAX_RANGE {
            return ((a..=b).collect(), Reference::Explicit);
        }
    }
    let lead = LEAD_REF.captures(first_line);
    if let Some(c) = &lead
        && let Some(bare) = c.name("bare")
    {
        // A bare number may be the writer's own count; a "п. 6" written in the item itself
        // ("1. Сайт оновлено (п. 1 Плану)", "2) по п.12 — …") says which measure it is.
        let after_mark = c.get(0).map_or(bare.end(), |m| m.end());
        let inner = plan_references(&text[after_mark..]);
        if !inner.is_empty() {
            return (inner, Reference::Explicit);
        }
        return (
            bare.as_str().parse().ok().into_iter().collect(),
            Reference::Bare,
        );
    }
    // Numbers before the word: "6-9 пункти:", "1, 12 пп." — a list or a range (one number
    // before "пункти" counts them: "2 пункти плану виконано").
    if lead.is_none() {
        let line = first_line.trim_start();
        let (numbers, used) = parse_numbers(line);
        // (Only the start is lowered: the words sought are at most five letters.)
        let after = lowercase(
            &line[used..]
                .trim_start()
                .chars()
                .take(8)
                .collect::<String>(),
        );
        if numbers.len() >= 2
            && ["пункт", "пп.", "п.п.", "п. п."]
                .iter()
                .any(|k| after.starts_with(k))
        {
            return (numbers, Reference::Explicit);
        }
    }
    // A heading line of numbers after "№№" ("№№ 6, 9:") names the measures below it; a line
    // that opens with them and a dash answers them ("№№ 9, 10 — члени громадської ради …",
    // "№3 - …").
    if let Some(list) = lead.as_ref().and_then(|c| c.name("list2")) {
        let (numbers, _) = parse_numbers(list.as_str());
        if !numbers.is_empty() {
            return (numbers, Reference::Explicit);
        }
    }
    let mut out: Vec<u32> = Vec::new();
    let push = |ns: Vec<u32>, out: &mut Vec<u32>| {
        for n in ns {
            if !out.contains(&n) {
                out.push(n);
            }
        }
    };
    // A reference at the start of the text names what the text is about: later mentions
    // ("як і в п. 6") do not add to it. Without one, every reference inside counts.
    let leading = lead.is_some();
    for c in FROM_TO_REF.captures_iter(text) {
        let number = |i: usize, j: usize| {
            c.get(i)
                .or_else(|| c.get(j))
                .and_then(|m| m.as_str().parse::<u32>().ok())
                .unwrap_or(0)
        };
        let (a, b) = (number(1, 3), number(2, 4));
        if a < b && b - a <= MAX_RANGE {
            push((a..=b).collect(), &mut out);
            if leading {
                return (out, Reference::Explicit);
            }
        }
    }
    // Where the previous reference's numbers ended: a leading reference goes on through
    // references joined to it ("п. 6, п. 7 —", "Пункт 1 (сайт) та пункт 6 (…)").
    let mut chain_end: Option<usize> = None;
    for m in keyword_refs(text) {
        if leading
            && let Some(end) = chain_end
            && !joins_references(&text[end..m.start()])
        {
            break;
        }
        let rest = &text[m.end()..];
        let (numbers, used) = parse_numbers(rest);
        if numbers.is_empty() || is_legal_reference(&rest[used..]) {
            if leading && chain_end.is_some() {
                break;
            }
            continue;
        }
        push(numbers, &mut out);
        chain_end = Some(m.end() + used);
    }
    let kind = if out.is_empty() {
        Reference::None
    } else {
        Reference::Explicit
    };
    (out, kind)
}

/// What may stand between two references of one list: a separator ("," ";" "і" "та" "и"),
/// and a short note in brackets before it ("(сайт)").
pub(super) fn joins_references(between: &str) -> bool {
    let mut t = between.trim();
    if t.starts_with('(')
        && let Some(close) = t.find(')')
        && t[..close].chars().count() <= 40
    {
        t = t[close + 1..].trim();
    }
    // (The character just before a reference is part of its match: "п.6,п.7" leaves "".)
    matches!(
        t,
        "" | "," | ";" | "і" | "й" | "и" | "та" | ", та" | ", і" | ", и" | "and"
    )
}

/// The bare number a text starts with ("2.", "3)"), if any.
pub(super) fn own_count(text: &str) -> Option<u32> {
    LEAD_REF
        .captures(text.lines().next().unwrap_or(""))
        .and_then(|c| c.name("bare").and_then(|b| b.as_str().parse().ok()))
}

/// The measure numbers an item after its own count names as the plan's: with a word right
/// at its start ("2) по п.12 — …", "1. Пункт 6: …") or with the plan named after them ("(п. 1
/// Плану)", "п.1 плану;"). Other references inside ("відповідно до п. 5 листа") may be anyone's.
pub(super) fn plan_references(text: &str) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::new();
    let lead = LEAD_REF
        .captures(text.lines().next().unwrap_or(""))
        .is_some_and(|c| c.name("bare").is_none());
    for (k, m) in keyword_refs(text).enumerate() {
        // (A keyword that opens the text leads it too: "1) Пункты с 6 по 9 — …" after the
        // writer's own number.)
        let opens = k == 0 && text[..m.start()].trim().is_empty();
        let rest = &text[m.end()..];
        let (numbers, used) = parse_numbers(rest);
        if numbers.is_empty() || is_legal_reference(&rest[used..]) {
            continue;
        }
        let after = rest[used..]
            .trim_start_matches(|c: char| c.is_whitespace() || c == '.')
            .to_lowercase();
        // (Or with the plan's adjective between: "п. 1 обласного плану", "п. 6 областного
        // плана".)
        let after = match after.split_once(' ') {
            Some((word, tail)) if word.ends_with("ого") => tail.trim_start().to_string(),
            _ => after,
        };
        let names_plan = after.starts_with("план") && !after.starts_with("плану роботи")
            || after.starts_with("плана")
            || after.starts_with("заходів");
        if !(names_plan || (lead && k == 0) || opens) {
            continue;
        }
        for n in numbers {
            if !out.contains(&n) {
                out.push(n);
            }
        }
    }
    out
}

/// "п. 3 постанови КМУ", "пункту 5 розпорядження", "статті 15 Закону", "п. 4 доручення
/// голови": a legal reference.
pub(super) fn is_legal_reference(after: &str) -> bool {
    let w = lowercase(after.trim_start());
    [
        "постанов",
        "закон",
        "розпорядж",
        "наказ",
        "стат",
        "ст.",
        "положен",
        "порядк",
        "указ",
        "рішен",
        "частин",
        "регламент",
        "кму",
        "кабмін",
        "доручен",
        "поручен",
    ]
    .iter()
    .any(|p| w.starts_with(p))
}
