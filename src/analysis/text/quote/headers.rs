//! The lines that head a quoted or forwarded message: forward and original-message markers,
//! attributions ("… пише:", "On … wrote:"), an Outlook header block and what it names (sender,
//! recipients, a forward's subject), and e-mail addresses in a line.

use super::*;

const FORWARD_MARKERS: &[&str] = &[
    "forwarded message",
    "original message follows",
    "пересылаемое сообщение",
    "пересланное сообщение",
    "переслане повідомлення",
    "переслано повідомлення",
    "пересланий лист",
    "начало переадресованного сообщения",
    "begin forwarded message:",
];

const ORIGINAL_MARKERS: &[&str] = &[
    "original message",
    "исходное сообщение",
    "оригінальне повідомлення",
    "вихідне повідомлення",
    "початкове повідомлення",
];

pub(super) fn starts_with_any(s: &str, prefixes: &[&str]) -> bool {
    prefixes.iter().any(|p| s.starts_with(p))
}

pub(super) fn is_forward_marker(lower: &str) -> bool {
    let l = lower.trim_matches(|c: char| c == '-' || c == ' ' || c == '=');
    starts_with_any(l, FORWARD_MARKERS)
}

pub(super) fn is_original_marker(lower: &str) -> bool {
    let l = lower.trim_matches(|c: char| c == '-' || c == ' ' || c == '_');
    starts_with_any(l, ORIGINAL_MARKERS) && lower.starts_with("--")
}

/// A quote's attribution ("05.12.2012 09:00, УВП пише:", "On Mon, … Ivan <x@y> wrote:",
/// "Користувач … написав(ла):", "… писал(а):"): its length in lines (one, or two when the
/// verb stands alone on the next line), or `None`.
pub(super) fn attribution_len(lower: &str, next: Option<&&str>) -> Option<usize> {
    if ends_with_writing_verb(lower) && lower.trim_end().ends_with(':') {
        return Some(1);
    }
    // By shape, in any language: a date or time, an address and a colon ("Am 05.12.2012 um
    // 09:00 schrieb uvp@cg.ukrtel.net:", "2012-12-05 9:00 GMT+02:00, <uvp@…>:").
    if is_attribution_shape(lower) {
        return Some(1);
    }
    let next = next.map(|n| lowercase(n.trim()));
    let alone = next
        .as_deref()
        .is_some_and(|n| n.ends_with(':') && n.split_whitespace().count() == 1)
        && next.as_deref().is_some_and(ends_with_writing_verb);
    ((lower.starts_with("on ") || lower.contains('@') || lower.contains(':')) && alone).then_some(2)
}

/// Is a line a quote's attribution ("10.12.2012 15:37, rda@… написав:", "… wrote:")?
pub fn is_attribution_line(line: &str) -> bool {
    line.len() <= 1000 && attribution_len(&lowercase(line.trim()), None).is_some()
}

/// A line that names when and who, and ends with a colon: a date or time ("05.12.2012",
/// "2012-12-05", "9:00"), an address and a final ":".
fn is_attribution_shape(lower: &str) -> bool {
    let t = lower.trim_end();
    if !t.ends_with(':') || t.chars().count() > 200 || !t.contains('@') {
        return false;
    }
    // Digits, a date or time separator, digits.
    let b = t.as_bytes();
    (1..b.len().saturating_sub(1)).any(|i| {
        matches!(b[i], b'.' | b':' | b'/' | b'-')
            && b[i - 1].is_ascii_digit()
            && b[i + 1].is_ascii_digit()
    })
}

/// Whether a line's last word before the colon is a verb of writing, in any form: "wrote",
/// "пише", "пишет", "писал(а)", "написав", "написала", "написав(ла)", "написал(-а)".
fn ends_with_writing_verb(lower: &str) -> bool {
    let l = lower.trim_end().trim_end_matches(':').trim_end();
    let word_start = l
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace() || *c == ',')
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &l[word_start..];
    let stem_len = word
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(word.len(), |(i, _)| i);
    let stem = &word[..stem_len];
    let rest = &word[stem_len..];
    // What may follow the verb: a gender ending in brackets or after a hyphen.
    let tail_ok = rest.is_empty()
        || (rest.starts_with(['(', '-', '/'])
            && rest
                .chars()
                .skip(1)
                .all(|c| c.is_alphabetic() || c == ')' || c == '-'));
    tail_ok
        && (matches!(
            stem,
            "wrote" | "writes" | "пише" | "пишет" | "писав" | "писал" | "писала"
        ) || (stem.starts_with("напис") && stem != "написати" && stem != "написать"))
}

pub(in crate::analysis::text) const HEADER_FROM: [&str; 4] =
    ["from:", "від:", "от:", "відправник:"];
pub(in crate::analysis::text) const HEADER_OTHER: [&str; 10] = [
    "sent:",
    "date:",
    "to:",
    "subject:",
    "надіслано:",
    "отправлено:",
    "кому:",
    "тема:",
    "дата:",
    "cc:",
];

/// An Outlook-style header block ("From: … Sent: … To: … Subject: …") that starts a quoted
/// reply: a From line followed within four lines by at least two other header lines.
pub(super) fn is_outlook_header_start(lines: &[&str], i: usize) -> bool {
    let lower = lowercase(lines[i].trim());
    if !HEADER_FROM.iter().any(|h| lower.starts_with(h)) {
        return false;
    }
    let others = lines[i + 1..]
        .iter()
        .take(5)
        .filter(|l| {
            let l = lowercase(l.trim());
            HEADER_OTHER.iter().any(|h| l.starts_with(h))
        })
        .count();
    others >= 2
}

/// Reads a forwarded message's header block starting at `start`: the sender address, the
/// index of the first body line and whether its subject is a forward's. Some web mail writes no header block but one line
/// of when and who ("07.06.2013, 16:40, "Відділ …" <viddil@ukr.net>:"): that line is the
/// block.
pub(super) fn read_header_block(lines: &[&str], start: usize) -> HeaderBlock {
    let mut block = HeaderBlock {
        sender: None,
        to: Vec::new(),
        body: start,
        forward_subject: false,
    };
    let mut i = start;
    let mut seen_header = false;
    while i < lines.len() {
        let line = lines[i].trim();
        let lower = lowercase(line);
        if line.is_empty() {
            if seen_header {
                block.body = i + 1;
                return block;
            }
            i += 1;
            continue;
        }
        if !seen_header && is_attribution_shape(&lower) {
            block.sender = find_address(line);
            block.body = i + 1;
            return block;
        }
        let is_header = HEADER_FROM
            .iter()
            .chain(HEADER_OTHER.iter())
            .any(|h| lower.starts_with(h));
        if !is_header {
            block.body = i;
            return block;
        }
        seen_header = true;
        if HEADER_FROM.iter().any(|h| lower.starts_with(h)) {
            block.sender = find_address(line);
        }
        if ["to:", "кому:"].iter().any(|h| lower.starts_with(h)) {
            block.to.extend(addresses(line));
        }
        if let Some(subject) = ["subject:", "тема:"]
            .iter()
            .find_map(|h| lower.strip_prefix(h))
        {
            block.forward_subject = is_forward_subject(subject);
        }
        i += 1;
    }
    block.body = i;
    block
}

/// What a forwarded message's header block says.
pub(super) struct HeaderBlock {
    /// The address of its sender ("From:"), if it names one.
    pub(super) sender: Option<String>,
    /// The addresses of its recipients ("To:", "Кому:").
    pub(super) to: Vec<String>,
    /// The index of its first body line.
    pub(super) body: usize,
    /// Its subject is a forward's ("FW: …"): a header block in its body heads a message it
    /// forwards, not one it replies to.
    pub(super) forward_subject: bool,
}

/// A forward's subject: "FW: …", "Fwd: …", "Пересл: …".
pub fn is_forward_subject(subject: &str) -> bool {
    let s = subject.trim_start().to_lowercase();
    [
        "fw:",
        "fwd:",
        "fw :",
        "пересл:",
        "переслано:",
        "пересылка:",
        "тр:",
    ]
    .iter()
    .any(|p| s.starts_with(p))
}

/// The first e-mail address in a line ("Іван <ivan@x.ua>", "ivan@x.ua"), lowercased.
pub fn find_address(line: &str) -> Option<String> {
    let at = line.find('@')?;
    let is_addr = |c: char| c.is_ascii_alphanumeric() || "._%+-".contains(c);
    let start = line[..at]
        .char_indices()
        .rev()
        .find(|(_, c)| !is_addr(*c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = line[at + 1..]
        .char_indices()
        .find(|(_, c)| !is_addr(*c))
        .map_or(line.len(), |(i, _)| at + 1 + i);
    let addr = lowercase(line[start..end].trim_matches('.'));
    (addr.len() > 3 && addr[addr.find('@')? + 1..].contains('.')).then_some(addr)
}

/// Every e-mail address in a line of addresses ("Кому: a@x.ua; Петренко <b@y.ua>"),
/// lower-cased.
fn addresses(line: &str) -> Vec<String> {
    line.split([',', ';']).filter_map(find_address).collect()
}
