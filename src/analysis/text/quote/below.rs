//! A reply typed below a quote that carries no "> " marks (Outlook's header block
//! "From/Sent/To/Subject" or "-----Original Message-----" over the quoted letter, a web mail's
//! attribution): where the quoted message ends, and whether what follows it is the writer's
//! own text — a greeting, an answer's opening, a report's verb — or still the quoted letter's
//! closing and signature.

use super::*;

/// Where a quoted message that begins at `start` (its marker or header block) ends when its
/// text is "> " lines: the first line after them that is not blank. `None` when the header
/// block is not followed by "> " lines within a few lines, or nothing follows them.
pub(super) fn end_of_prefixed_body(lines: &[&str], start: usize) -> Option<usize> {
    let mut i = start + 1;
    // The header block: "Name: value" lines and blanks.
    while i < lines.len() && !lines[i].trim_start().starts_with('>') {
        let l = lines[i].trim();
        let header = l.is_empty()
            || l.char_indices()
                .take_while(|(at, _)| *at < 40)
                .any(|(_, c)| c == ':');
        if !header || i - start > 8 {
            return None;
        }
        i += 1;
    }
    if i >= lines.len() {
        return None;
    }
    while i < lines.len() && (lines[i].trim_start().starts_with('>') || lines[i].trim().is_empty())
    {
        i += 1;
    }
    (i < lines.len()).then_some(i)
}

/// Where an unprefixed quoted message that begins at `start` (its marker or header block) ends,
/// when the writer's text follows it: after its closing ("З повагою,", "С уважением", "-- ")
/// and at most [`MAX_SIGNATURE_LINES`] signature lines, at the next blank line. Returns the
/// first line after the quote, or `None` when no end is found (the rest is all quote).
pub(super) fn end_of_unprefixed_quote(lines: &[&str], start: usize) -> Option<usize> {
    // (Or a letter signed with no closing: "Начальник загального відділу     Г.І. Пономаренко";
    // not a header's "To: Бойко В.І.".)
    let closing = lines[start..]
        .iter()
        .position(|l| is_closing(l) || (is_signed_with_initials(l) && !l.contains(':')))
        .map(|p| start + p)?;
    let blank = lines[closing + 1..]
        .iter()
        .take(MAX_SIGNATURE_LINES + 1)
        .position(|l| l.trim().is_empty())
        .map(|p| closing + 1 + p)?;
    let next = lines[blank..]
        .iter()
        .position(|l| !l.trim().is_empty())
        .map(|p| blank + p)?;
    Some(next)
}

/// A letter's signing line: a name with initials at its end ("Начальник відділу     Г.І.
/// Пономаренко", "Кирієнко Н.В.", "Н.В.Кирієнко"), at most 120 characters.
pub(super) fn is_signed_with_initials(line: &str) -> bool {
    let t = line.trim();
    if t.chars().count() > 120 {
        return false;
    }
    // "Г.", "Г.І.", "Г. І." pieces: a capital and a full stop each.
    let initials = |tok: &str| {
        let mut n = 0;
        let mut chars = tok.chars();
        while let Some(c) = chars.next() {
            if !(c.is_uppercase() && chars.next() == Some('.')) {
                return false;
            }
            n += 1;
        }
        (1..=3).contains(&n)
    };
    let surname = |tok: &str| {
        let mut chars = tok.chars();
        chars.next().is_some_and(char::is_uppercase)
            && tok.chars().count() >= 3
            && chars.all(|c| c.is_lowercase() || matches!(c, '-' | '\'' | '’'))
    };
    let words: Vec<&str> = t.split_whitespace().collect();
    match words.as_slice() {
        [.., a, b] if (initials(a) && surname(b)) || (surname(a) && initials(b)) => true,
        [.., a, b, c] if initials(a) && initials(b) && surname(c) => true,
        [.., last] => last
            .rfind('.')
            .is_some_and(|at| initials(&last[..=at]) && surname(&last[at + 1..])),
        [] => false,
    }
}

/// Where a quoted header block that begins at `start` (an original-message marker or its
/// From line) ends: the first line of the quoted body, and the words of the quoted sender's
/// name ("Від: УВП облдержадміністрації [mailto:…]" → "увп", "облдержадміністрації").
/// Continuation lines (addresses wrapped by Outlook) belong to the block; it is at most 16
/// lines long.
pub(super) fn header_block_end(lines: &[&str], start: usize) -> (usize, Vec<String>) {
    let mut j = start;
    if is_original_marker(&lowercase(lines[j].trim())) {
        j += 1;
    }
    while j < lines.len() && j - start < 3 && lines[j].trim().is_empty() {
        j += 1;
    }
    let mut from = Vec::new();
    while j < lines.len() && j - start < 16 {
        let l = lines[j].trim();
        if l.is_empty() {
            break;
        }
        let lower = lowercase(l);
        if let Some(h) = HEADER_FROM
            .iter()
            .chain(&["від кого:"])
            .find(|h| lower.starts_with(*h))
        {
            from = name_words(&lower[h.len()..]);
        } else {
            let named = lower
                .char_indices()
                .take_while(|(at, _)| *at < 40)
                .any(|(_, c)| c == ':');
            if !named && !l.contains('@') && !l.contains(';') {
                break;
            }
        }
        j += 1;
    }
    (j, from)
}

/// Whether a character belongs to a word (letters and the apostrophe of "зв'язків").
fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || c == '\'' || c == '’'
}

/// The words of a sender's display name, lowercased, without its address.
fn name_words(value: &str) -> Vec<String> {
    let name = value
        .split(['<', '['])
        .next()
        .unwrap_or_default()
        .split('@')
        .next()
        .unwrap_or_default();
    name.split(|c: char| !is_word_char(c))
        .filter(|w| w.chars().count() >= 2 && *w != "mailto")
        .map(str::to_string)
        .take(12)
        .collect()
}

/// Where the writer's own text begins below an unprefixed quoted message whose body starts at
/// line `body` (bottom-posting without "> " marks), told by the change of voice: the quoted
/// message asks and reminds ("Нагадуємо…", "Просимо надати…", the wording of zvit's own
/// reminders and receipts, its sender's signature), the answer reports ("Проведено…",
/// "По п. 6 …", "Повідомляємо…") or opens with a greeting of its own.
///
/// The quote's body runs to the next quote marker or the end; it is cut into segments at
/// blank lines and before a greeting or an answer's opening ("Щодо пункту 7 …"). The own text
/// begins at the segment that minimises the own-voice lines kept in the quote plus the
/// request lines left in the answer; it must show the writer's voice, follow at least one
/// request line, and do better than taking the whole body as quote. `None` when no such
/// segment is found. Each line is classified once (bounded lookaheads), so the cost is linear.
pub(super) fn own_text_below(lines: &[&str], body: usize, from: &[String]) -> Option<usize> {
    // (first line, request lines, own-voice weight)
    let mut segments: Vec<(usize, u32, u32)> = Vec::new();
    let mut first_text = true;
    let mut after_blank = true;
    let mut i = body;
    while i < lines.len() {
        let line = lines[i].trim();
        let lower = lowercase(line);
        if i > body
            && (is_forward_marker(&lower)
                || is_original_marker(&lower)
                || is_outlook_header_start(lines, i)
                || attribution_len(&lower, lines.get(i + 1)).is_some())
        {
            break;
        }
        if line.is_empty() {
            after_blank = true;
            i += 1;
            continue;
        }
        let greeting = is_greeting(&lower);
        let opening = is_answer_opening(&lower);
        let (q, o) = if line.starts_with('>') {
            (1, 0)
        } else if greeting {
            if first_text { (1, 0) } else { (0, 2) }
        } else if is_request(&lower)
            || is_senders_signature(&lower, from)
            || is_receipt_echo(&lower)
        {
            (1, 0)
        } else {
            (0, u32::from(opening) + u32::from(has_report_verb(&lower)))
        };
        if after_blank || segments.is_empty() || (!first_text && (greeting || opening)) {
            segments.push((i, 0, 0));
        }
        if let Some(last) = segments.last_mut() {
            last.1 += q;
            last.2 += o;
        }
        first_text = false;
        after_blank = false;
        i += 1;
    }
    let own_total: u32 = segments.iter().map(|s| s.2).sum();
    let mut request_after: u32 = segments.iter().map(|s| s.1).sum();
    let (mut own_before, mut request_before) = (0, 0);
    let mut best: Option<(u32, usize)> = None;
    for &(first, q, o) in &segments {
        if o > 0 && request_before > 0 {
            let cost = own_before + request_after;
            if cost < own_total && best.is_none_or(|(c, _)| cost < c) {
                best = Some((cost, first));
            }
        }
        own_before += o;
        request_before += q;
        request_after -= q;
    }
    best.map(|(_, first)| first)
}

/// A greeting that opens a letter: "Добрий день!", "Шановні колеги!", "Добрый день.", "Hello".
fn is_greeting(lower: &str) -> bool {
    lower.chars().count() <= 60 && starts_with_any(lower, GREETINGS)
}

const GREETINGS: &[&str] = &[
    "добрий день",
    "доброго дня",
    "добрий ранок",
    "доброго ранку",
    "вітаю",
    "шановн",
    "добрый день",
    "доброе утро",
    "здравствуйте",
    "уважаем",
    "hello",
    "dear ",
    "good morning",
    "good afternoon",
];

/// A line that asks or reminds, in the wording of a coordinator's request or of zvit's own
/// reminders and receipts (config/templates).
fn is_request(lower: &str) -> bool {
    REQUESTS.iter().any(|r| lower.contains(r))
}

const REQUESTS: &[&str] = &[
    "просимо",
    "прошу",
    "просим",
    "просьба",
    "нагадуємо",
    "нагадую",
    "напоминаем",
    "необхідно надати",
    "необхідно подати",
    "необходимо предоставить",
    "надати інформацію",
    "надайте",
    "предоставить информацию",
    "очікується інформація",
    "ще очікується",
    "ожидается информация",
    "не надійшла",
    "не поступила",
    "сформоване автоматично",
    "для зручності",
    "не вдалося зарахувати",
    "підтверджує отримання",
    "розпізнано інформацію",
    "please",
    "remind",
];

/// A line of zvit's own receipt that echoes what it recognised ("• пункт 6: Проведено 2
/// консультації…", config/templates/receipt.txt.j2): quoted, though it reads as a report.
fn is_receipt_echo(lower: &str) -> bool {
    lower.strip_prefix("• пункт ").is_some_and(|rest| {
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        digits > 0 && rest[digits..].starts_with(':')
    })
}

/// A line that opens an answer: "По п. 6 …", "Щодо пункту 9: …", "На виконання пункту 2 …",
/// "Повідомляємо, що …", "Сообщаем …".
fn is_answer_opening(lower: &str) -> bool {
    starts_with_any(lower, ANSWER_OPENINGS) || INFORMING.iter().any(|w| lower.contains(w))
}

const ANSWER_OPENINGS: &[&str] = &[
    "по п.",
    "по пп.",
    "по пункт",
    "щодо пункт",
    "щодо п.",
    "за пунктом",
    "на виконання",
    "во исполнение",
];

const INFORMING: &[&str] = &["повідомляємо", "інформуємо", "сообщаем", "информируем"];

/// Whether a line says that something was done: an impersonal past form ("проведено",
/// "створено", "розміщено", "прийнято", "проведены", "введен") not negated by "не".
fn has_report_verb(lower: &str) -> bool {
    let mut negated = false;
    for word in lower.split(|c: char| !is_word_char(c)) {
        if word.is_empty() {
            continue;
        }
        let n = word.chars().count();
        // (Russian short masculine participles too: "введен", "проведен", "утвержден".)
        let done = (n >= 6 && DONE_ENDINGS.iter().any(|e| word.ends_with(e)))
            || (n >= 7 && (word.ends_with("ято") || word.ends_with("ито")))
            || (n >= 6 && word.ends_with("ен"));
        if done && !negated {
            return true;
        }
        negated = word == "не";
    }
    false
}

const DONE_ENDINGS: &[&str] = &["ено", "ано", "яно", "єно", "ены", "аны"];

/// A line of the quoted sender's signature: every word of it is a word of the sender's name
/// ("УВП", "облдержадміністрації" under "Від: УВП облдержадміністрації").
fn is_senders_signature(lower: &str, from: &[String]) -> bool {
    let mut words = lower
        .split(|c: char| !is_word_char(c))
        .filter(|w| w.chars().count() >= 2)
        .peekable();
    !from.is_empty()
        && lower.split_whitespace().count() <= 8
        && words.peek().is_some()
        && words.all(|w| from.iter().any(|f| f == w))
}
