//! Reply quotes and forwards: the writer's own text separated from quoted replies, and
//! inline-forwarded messages followed with their original senders. Pure.
//!
//! Here: `unquote` and the writer's own blocks (`OwnBlocks`: answers typed between quoted
//! lines, placeholders, numbered items) with the line classifiers they share (closings). The
//! lines that head a quoted or forwarded message are in `headers.rs`, a reply below an unmarked
//! quote in `below.rs`, the unit tests in `tests.rs`.
//!
//! Long file: `unquote` and `OwnBlocks` walk one body's lines together, with the classifiers
//! they share; split apart they would pass their state around.

use super::stem::lowercase;
use super::tidy;

mod below;
mod headers;

use below::*;
use headers::*;
pub(in crate::analysis::text) use headers::{HEADER_FROM, HEADER_OTHER};
pub use headers::{find_address, is_attribution_line, is_forward_subject};

/// What a body's text holds besides its own words.
#[derive(Debug, Default, PartialEq)]
pub struct Unquoted {
    /// The writer's own text, with quoted replies removed.
    pub own: String,
    /// Messages forwarded inline, each with what its header block named.
    pub forwarded: Vec<Forwarded>,
    /// Tables typed with tabs into the own or forwarded text (taken out of it).
    pub tables: Vec<super::Table>,
}

/// A message forwarded inside another (inline, or attached as message/rfc822).
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Forwarded {
    /// The address of its original sender, if its header names one.
    pub sender: Option<String>,
    /// The addresses it was sent to ("To:", "Кому:"), lower-cased.
    pub to: Vec<String>,
    /// Its text.
    pub text: String,
    /// What its text holds below the letter's signing ("Заступник начальника управління
    /// Л.В.Остапенко", or a closing and its signature lines), when more follows: text typed
    /// under a forwarded letter. Empty when nothing does.
    pub below: String,
}

/// Inline-forwarded messages followed inside one another; below that the text is kept as it
/// is, as the last forwarded message's text.
pub const MAX_FORWARD_LEVELS: usize = 10;

/// Separates the writer's own text from quoted replies and inline-forwarded messages.
///
/// Quoted text ("> " lines, "-----Original Message-----", an Outlook header block, "… wrote:",
/// "… пише:") never counts as report text. A forwarded message ("Forwarded message",
/// "Пересылаемое сообщение", "Переслане повідомлення", or an original-message block under a
/// "Fwd:" subject) does count: it is returned with the address of its original sender.
///
/// One pass over the lines: each forwarded level continues where the previous one stopped, and
/// at most [`MAX_FORWARD_LEVELS`] are followed.
pub fn unquote(body: &str, subject_is_forward: bool) -> Unquoted {
    let lines: Vec<&str> = body.lines().collect();
    let mut result = Unquoted::default();
    let mut start = 0;
    let mut forward_markers = subject_is_forward;
    // The header of the level being read; `None` for the writer's own level.
    let mut level_header: Option<HeaderBlock> = None;
    loop {
        let (own, next) =
            if result.forwarded.len() + 1 >= MAX_FORWARD_LEVELS && level_header.is_some() {
                // The last level followed: the rest is its text, markers and all.
                (lines[start..].to_vec(), None)
            } else {
                unquote_level(&lines, start, forward_markers)
            };
        let (prose, tables) = super::tab_tables(&own.join("\n"));
        result.tables.extend(tables);
        let text = tidy(&prose);
        match level_header.take() {
            None => result.own = text,
            Some(header) => {
                let lines: Vec<&str> = text.lines().collect();
                let below = end_of_unprefixed_quote(&lines, 0)
                    .map(|at| lines[at..].join("\n"))
                    .unwrap_or_default();
                result.forwarded.push(Forwarded {
                    sender: header.sender,
                    to: header.to,
                    text,
                    below,
                });
            }
        }
        let Some(block) = next else {
            break;
        };
        start = block.body;
        // A forwarded message whose own subject is a forward's forwards in turn ("FW:" over a
        // deputy's "FW:" of a department's report): its header block heads the next level.
        forward_markers = block.forward_subject;
        level_header = Some(block);
    }
    result
}

/// Reads one level of a body from line `start`: its own lines, and where the forwarded message
/// inside it begins (its sender and first body line), if one does.
///
/// The level is split into the writer's own blocks and quoted blocks, and every own block is
/// kept wherever it stands: above the quote (top-posting), below it (bottom-posting) or between
/// quoted blocks (answers interleaved with the quoted text). Quoted blocks are "> " lines with
/// their attribution line ("… пише:", "On … wrote:"), and unprefixed quotes that begin with an
/// original-message marker or an Outlook header block: such a quote runs to the end unless
/// nothing was written above it, in which case it ends after its closing and signature
/// (see [`end_of_unprefixed_quote`]). An own block written between two quoted blocks answers
/// the quoted item just above it: when that is a numbered line ("7. Залучення …"), the line is
/// kept as the block's heading.
///
/// Every line is looked at a bounded number of times: lookaheads are at most
/// [`QUOTE_LOOKAHEAD`] lines, and a skipped quote is never read again.
#[allow(clippy::type_complexity)]
fn unquote_level<'a>(
    lines: &[&'a str],
    start: usize,
    subject_is_forward: bool,
) -> (Vec<&'a str>, Option<HeaderBlock>) {
    let mut blocks = OwnBlocks::default();
    let mut i = start;
    // The quote depth of the last line with text (0: the writer's own).
    let mut quote_above = 0usize;
    while i < lines.len() {
        let line = lines[i].trim();
        let lower = lowercase(line);
        if is_forward_marker(&lower) || (subject_is_forward && is_original_marker(&lower)) {
            return (blocks.finish(), Some(read_header_block(lines, i + 1)));
        }
        // Outlook forwards with its header block alone ("Від: …", "Надіслано: …"), no marker
        // line: under a forward's subject ("FW:") it heads the forwarded message.
        if subject_is_forward && is_outlook_header_start(lines, i) {
            return (blocks.finish(), Some(read_header_block(lines, i)));
        }
        if is_original_marker(&lower) || is_outlook_header_start(lines, i) {
            // A header block over "> " lines: the quote ends where they end.
            if let Some(end) = end_of_prefixed_body(lines, i) {
                blocks.quote(None);
                i = end;
                continue;
            }
            // Unprefixed quoted text: written below only when nothing but a greeting was
            // written above.
            let (body, from) = header_block_end(lines, i);
            let Some(end) = blocks.unprefixed_quote(lines, i, body, &from) else {
                // The quote runs to the end; answers typed into it are marked.
                blocks.marked_answers(&lines[body.min(lines.len())..], true);
                break;
            };
            // A quote that ends before the writer's signature holds answers as well: those
            // marked as answers ("ВІДПОВІДЬ: …" under the reminder's items, the writer's name
            // below its closing), and, when the writer said the answers are in it
            // ("Відповіді внесено нижче по тексту"), those tagged "Інформація:" and unmarked
            // ones. (Unannounced, "Інформація: …" in someone else's letter is theirs.)
            let announced = blocks.announced;
            blocks.marked_answers(&lines[body.min(end)..end], announced);
            i = end;
            continue;
        }
        if let Some(len) = attribution_len(&lower, lines.get(i + 1)) {
            let quote_follows = lines[i + len..]
                .iter()
                .take(QUOTE_LOOKAHEAD)
                .find(|l| !l.trim().is_empty())
                .is_some_and(|l| l.trim_start().starts_with('>'));
            if quote_follows {
                blocks.quote(None);
                i += len;
                continue;
            }
            let Some(end) = blocks.unprefixed_quote(lines, i, i + len, &[]) else {
                break;
            };
            i = end;
            continue;
        }
        if let Some(quoted) = line.strip_prefix('>') {
            // ">>> Інформація на сайті оновлюється" right under a "> " line: quoting adds one
            // level at a time, so a line two levels deeper than the quote around it was typed
            // into it — the writer's answer, marked so.
            let (depth, answer) = quote_depth(line);
            if quote_above >= 1 && depth >= quote_above + 2 {
                blocks.own(answer);
                i += 1;
                continue;
            }
            if !quoted.trim().trim_start_matches('>').trim().is_empty() {
                quote_above = depth;
            }
            blocks.quote(Some(quoted));
            i += 1;
            continue;
        }
        if !line.is_empty() {
            quote_above = 0;
        }
        blocks.own(lines[i]);
        i += 1;
    }
    (blocks.finish(), None)
}

/// How many quote marks a line opens with ("> > text", ">>> text"), and the text after them.
fn quote_depth(line: &str) -> (usize, &str) {
    let mut depth = 0;
    let mut rest = line.trim_start();
    while let Some(r) = rest.strip_prefix('>') {
        depth += 1;
        rest = r.trim_start_matches(' ');
    }
    (depth, rest)
}

/// How far ahead a quote's attribution line looks for its first "> " line.
const QUOTE_LOOKAHEAD: usize = 3;

/// Lines of a quoted message's signature read after its closing ("З повагою,") at most.
const MAX_SIGNATURE_LINES: usize = 6;

/// The writer's own lines of one level, in blocks separated by quoted text.
#[derive(Default)]
struct OwnBlocks<'a> {
    /// Finished lines.
    done: Vec<&'a str>,
    /// The block being read: the numbered quoted line above it, and its lines.
    current: Option<(Option<&'a str>, Vec<&'a str>)>,
    /// The numbered quoted item the quote is at ("6. Налагодити …", its first line), while
    /// inside a quote: its wrapped lines follow it, a paragraph of another kind ends it.
    last_item: Option<&'a str>,
    /// A blank quoted line since the last quoted line that was not blank.
    quoted_gap: bool,
    /// Whether any own line so far is not blank.
    has_text: bool,
    /// Whether an own block so far answered the numbered quoted item above it.
    interleaved: bool,
    /// A blank line between the last quoted line and the block being read.
    gap_below_quote: bool,
    /// An interleaved answer so far stood a blank line below its item.
    answers_gapped: bool,
    /// Own lines so far with a letter or digit, and whether one of them is long or holds a
    /// digit (counted as they come: a stranger's many quotes never rescan them).
    written: usize,
    not_greeting: bool,
    /// Whether an own line said that the answers are written inside the quote below.
    announced: bool,
    /// Whether an own line said that the text is below the quote ("Доповнення – нижче, після
    /// тексту підтвердження").
    points_below: bool,
}

impl<'a> OwnBlocks<'a> {
    /// Unprefixed quoted text from line `i` (its body from line `body`, its sender's name's
    /// words `from`), taken (as a quote) only when nothing but a greeting was written above
    /// it: where it ends, or `None` (the own text ends here). It ends where the voice turns
    /// from the quoted request to the writer's report ([`own_text_below`]), else after its
    /// closing and signature ([`end_of_unprefixed_quote`]).
    fn unprefixed_quote(
        &mut self,
        lines: &[&str],
        i: usize,
        body: usize,
        from: &[String],
    ) -> Option<usize> {
        // (Or a line or two that point below it: "Доповнення – нижче".)
        let points_below = self.points_below && !self.announced && self.written <= 2;
        if !self.is_blank_but_greeting() && !points_below {
            return None;
        }
        let end =
            own_text_below(lines, body, from).or_else(|| end_of_unprefixed_quote(lines, i))?;
        self.quote(None);
        Some(end)
    }

    /// Nothing written yet but a greeting: at most two short lines without a digit
    /// ("Добрий день!", "Відповідь нижче."). A rule ("_____", Outlook's line over the
    /// quoted header) is no writing.
    fn is_blank_but_greeting(&self) -> bool {
        !self.has_text || (self.written <= 2 && !self.not_greeting)
    }

    /// Counts a line of the writer's for [`OwnBlocks::is_blank_but_greeting`].
    fn count(&mut self, line: &str) {
        let line = line.trim();
        if line.chars().any(char::is_alphanumeric) {
            self.written += 1;
            self.not_greeting |=
                line.chars().count() >= 40 || line.chars().any(|c| c.is_ascii_digit());
            let lower = lowercase(line);
            self.announced |= announces_answers_in_quote(&lower);
            self.points_below |= ["нижче", "ниже"].iter().any(|w| lower.contains(w));
        }
    }

    /// Answers typed into a quoted message that runs to the end, each line marked
    /// ("Відповідь: …", "Ответ: …", Outlook users' way of answering point by point), with the
    /// numbered quoted item above as heading; an answer's lines run to a blank line or the
    /// next numbered item.
    ///
    /// When the writer said above the quote that the answers are in it ("Відповіді – нижче
    /// по тексту", "ответы в тексте письма"), an answer may also go unmarked: a new paragraph
    /// begun right under a numbered quoted item, after the item's last sentence ended, with a
    /// capital or a digit (a wrapped item goes on in lower case mid-sentence).
    ///
    /// `information_tags`: a line tagged "Інформація:" is an answer too (a quote that runs to
    /// the end, or one the writer announced answers in).
    fn marked_answers(&mut self, lines: &[&'a str], information_tags: bool) {
        let (mut in_answer, mut gap) = (false, false);
        // The numbered item being read: the last line of its paragraph so far.
        let mut item_tail: Option<&str> = None;
        // A numbered item whose paragraph ended with its sentence, before a blank line; and a
        // paragraph after that blank line, kept as the item's answer only if the next
        // numbered item follows it (the quoted message's own text after its last item does
        // not): (the item, its lines, whether a blank line closed it).
        let mut item_ended: Option<&'a str> = None;
        let mut pending: Option<(&'a str, Vec<&'a str>, bool)> = None;
        for (k, line) in lines.iter().enumerate() {
            let t = line.trim();
            // A message quoted inside this one is someone else's, answers and all.
            if is_original_marker(&lowercase(t)) || is_outlook_header_start(lines, k) {
                break;
            }
            if let Some((heading, answer, closed)) = pending.take() {
                if is_numbered_item(t) {
                    self.quote(None);
                    self.done.push("");
                    self.done.push(heading.trim());
                    self.done.extend(answer);
                    self.interleaved = true;
                    self.has_text = true;
                } else if t.is_empty() {
                    pending = Some((heading, answer, true));
                    continue;
                } else if !closed {
                    let mut answer = answer;
                    answer.push(t);
                    pending = Some((heading, answer, false));
                    continue;
                }
            }
            if self.announced
                && !in_answer
                && !t.is_empty()
                && !is_numbered_item(t)
                && !is_answer_marked(t)
                && !starts_with_closing(t)
                && t.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                && let Some(heading) = item_ended.take()
            {
                pending = Some((heading, vec![t], false));
                continue;
            }
            item_ended = match item_tail {
                Some(tail) if t.is_empty() && tail.ends_with(['.', ';', '!']) => self.last_item,
                _ if t.is_empty() => item_ended,
                _ => None,
            };
            let unmarked = self.announced
                && !in_answer
                && !is_numbered_item(t)
                && item_tail.is_some_and(|tail| tail.ends_with(['.', ';', '!']))
                && t.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                && !starts_with_closing(t);
            item_tail = if t.is_empty() || unmarked || in_answer {
                None
            } else if is_numbered_item(t) || item_tail.is_some() {
                Some(t)
            } else {
                None
            };
            // "ГУЕ: —" under an item: a tag over nothing answers nothing.
            let empty_answer = !in_answer && is_placeholder_line(without_answer_tag(t));
            // (Unannounced, an answer stands right under a numbered item of the quote: a
            // quoted letter's own "Відповідь:" under its question is that letter's.)
            let orphan = !information_tags && !in_answer && self.last_item.is_none();
            let is_answer_marked = |t: &str| {
                is_answer_marked(t) && !orphan && (information_tags || !is_information_tag(t))
            };
            if (is_answer_marked(t) || unmarked) && empty_answer {
                self.last_item = None;
                item_tail = None;
            } else if is_answer_marked(t) || unmarked {
                if !in_answer {
                    let heading = self.last_item.take();
                    self.quote(None);
                    self.done.push("");
                    if let Some(h) = heading {
                        self.done.push(h.trim());
                        self.interleaved = true;
                    }
                }
                self.done.push(without_answer_tag(t));
                self.has_text = true;
                in_answer = true;
            } else if in_answer && !t.is_empty() && !is_numbered_item(t) {
                self.done.push(t);
            } else {
                in_answer = false;
                if is_numbered_item(t) {
                    self.last_item = Some(t);
                } else if !t.is_empty() && gap {
                    // A new paragraph of another kind: the item above is no longer its heading
                    // (its wrapped lines keep it).
                    self.last_item = None;
                }
                gap = t.is_empty();
            }
        }
    }

    fn own(&mut self, line: &'a str) {
        if self.current.is_none() {
            if line.trim().is_empty() {
                // Blank lines between quotes belong to no block.
                self.done.push(line);
                self.gap_below_quote = true;
                return;
            }
            let heading = self.last_item.take();
            self.current = Some((heading, Vec::new()));
            self.has_text = true;
        }
        self.count(line);
        if let Some((_, lines)) = &mut self.current {
            lines.push(line);
        }
    }

    /// A quoted line (without its '>'), or `None` for a quote's attribution or header.
    fn quote(&mut self, line: Option<&'a str>) {
        let gapped = std::mem::take(&mut self.gap_below_quote);
        if let Some((heading, lines)) = self.current.take() {
            // The block stands between two quotes: an interleaved answer — unless it is only a
            // dash or an "х" under the item (nothing to say on it), which answers nothing.
            let says_nothing = lines.iter().all(|l| is_placeholder_line(l));
            if let Some(h) = heading.filter(|_| !says_nothing) {
                self.count(h);
                self.done.push(h.trim());
                self.interleaved = true;
                self.answers_gapped |= gapped;
            }
            // (Under its item, a dash stands apart: it is no part of the answer above.)
            if heading.is_some() && says_nothing {
                self.done.push("");
            }
            self.done.extend(lines);
        }
        match line.map(str::trim) {
            Some("") => self.quoted_gap = true,
            Some(l) if is_numbered_item(l) => {
                self.last_item = Some(l);
                self.quoted_gap = false;
            }
            // The item's wrapped lines; a new paragraph is no longer the item.
            Some(_) => {
                if self.quoted_gap {
                    self.last_item = None;
                }
                self.quoted_gap = false;
            }
            None => self.last_item = None,
        }
    }

    fn finish(mut self) -> Vec<&'a str> {
        if let Some((heading, lines)) = self.current.take() {
            // The last block: below every quote, it answers the whole message — unless the
            // answers before it were interleaved with the quoted items, as this one is when
            // it follows the last item as they did theirs: right under it, or a blank line
            // below when they stood so (else, after a blank line, it is the letter's end: a
            // signature, "Надіслано з мого Android").
            let as_they_did = !self.gap_below_quote || self.answers_gapped;
            if let Some(h) = heading.filter(|_| self.interleaved && as_they_did) {
                self.done.push(h.trim());
            }
            self.done.extend(lines);
        }
        self.done
    }
}

/// A line that says nothing: blank, only dashes or dots, "х", "немає".
fn is_placeholder_line(line: &str) -> bool {
    let t = lowercase(line.trim());
    t.chars().all(|c| !c.is_alphanumeric())
        || ["х", "x", "немає", "нема", "нет", "н/д", "-"].contains(&t.as_str())
}

/// A line saying that the answers are written into the quoted text: "Відповіді – нижче по
/// тексту листа", "ответы в тексте письма", "відповіді виділено синім кольором".
fn announces_answers_in_quote(lower: &str) -> bool {
    let answers = ["відповід", "ответ", "отвеча", "інформаці", "информаци"]
        .iter()
        .any(|w| lower.contains(w));
    let placed = [
        "по тексту",
        "у тексті",
        "в тексті",
        "в тексте",
        "нижче",
        "ниже",
        "кольором",
        "цветом",
        "курсивом",
    ]
    .iter()
    .any(|w| lower.contains(w));
    answers && placed
}

/// An answer's line without Outlook's tag of inline comments ("[ГУЕ]: Не було." → "Не
/// було.") or a writer's plain tag, the office's abbreviation ("ГУЕ: —" → "—"): the tag is
/// the writer's name, not what the answer says.
fn without_answer_tag(line: &str) -> &str {
    if let Some(inner) = line.strip_prefix('[')
        && let Some(close) = inner.find(']')
        && is_answer_marked(line)
    {
        return inner[close + 1..]
            .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '-' | '–' | '—'));
    }
    if let Some(rest) = answer_word_tag(line) {
        return rest;
    }
    // An abbreviation: words of two to six capitals ("ГУЕ", "ГУ АПР"), no "НЕ ВИКОНАНО".
    if let Some((at, _)) = line.char_indices().take(16).find(|&(_, c)| c == ':') {
        let tag = &line[..at];
        let abbreviation = !tag.trim().is_empty()
            && tag.split([' ', '.']).filter(|w| !w.is_empty()).all(|w| {
                (2..=6).contains(&w.chars().count())
                    && w.chars().all(char::is_uppercase)
                    && !matches!(w, "НЕ" | "НЕТ" | "НІ" | "ТАК" | "ДА")
            });
        if abbreviation {
            return line[at + 1..].trim_start();
        }
    }
    line
}

/// A line an answer marks as the writer's inside quoted text: "Відповідь: …", "Ответ – …",
/// or Outlook's tag of inline comments, the writer's name in brackets ("[ГУЕ]: …",
/// "[Гордієнко Н.] …").
fn is_answer_marked(line: &str) -> bool {
    if let Some(inner) = line.strip_prefix('[')
        && let Some(close) = inner
            .char_indices()
            .take(60)
            .find(|&(_, c)| c == ']')
            .map(|(at, _)| at)
        && (1..=40).contains(&inner[..close].chars().count())
        && inner[..close].chars().any(char::is_alphabetic)
        && !inner[..close].contains(['[', '>'])
        && inner[close + 1..].starts_with([':', ' ', '-', '–', '—'])
    {
        return true;
    }
    answer_word_tag(line).is_some()
}

/// A line tagged "Інформація: …" or "Информация – …" (a word a letter's own text may open a
/// line with, unlike "Відповідь:").
fn is_information_tag(line: &str) -> bool {
    let head = lowercase(&line.chars().take(12).collect::<String>());
    head.starts_with("інформація") || head.starts_with("информация")
}

/// An answer's word tag ("Відповідь: …", "Ответ – …", "Інформація: …"): the text after it.
fn answer_word_tag(line: &str) -> Option<&str> {
    let head: String = line.chars().take(12).collect();
    let lower = lowercase(&head);
    [
        "відповідь",
        "ответ",
        "відп.",
        "отв.",
        "інформація",
        "информация",
    ]
    .iter()
    .find_map(|m| {
        let rest = lower.strip_prefix(m)?.trim_start();
        rest.starts_with([':', '-', '–', '—'])
            .then_some(m.chars().count())
    })
    .map(|letters| {
        let at = line
            .char_indices()
            .nth(letters)
            .map_or(line.len(), |(at, _)| at);
        line[at..]
            .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '-' | '–' | '—'))
    })
}

/// A numbered item line of a list ("6. Проведення …", "7) Залучення …", "10 - комісія …",
/// "12: експертизи").
fn is_numbered_item(line: &str) -> bool {
    let line = line.trim_start_matches(|c: char| c == '>' || c.is_whitespace());
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return false;
    }
    let after = &line[digits..];
    let mut rest = after.chars();
    if matches!(rest.next(), Some('.' | ')'))
        && rest.next().is_some_and(char::is_whitespace)
        && rest.next().is_some_and(char::is_alphabetic)
    {
        return true;
    }
    // A dash or a colon after the number, and the item's words.
    let mut rest = after.trim_start().chars();
    matches!(rest.next(), Some('-' | '–' | '—' | ':'))
        && rest.next().is_some_and(char::is_whitespace)
        && rest.next().is_some_and(char::is_alphabetic)
}

/// A letter's closing line: "З повагою,", "С уважением", "Best regards", or the "-- " that
/// starts a signature.
pub fn is_closing(line: &str) -> bool {
    let t = line.trim();
    if t == "--" || t == "—" {
        return true;
    }
    t.chars().count() <= 40 && starts_with_closing(t)
}

/// Whether a line begins with a letter's closing formula ("З повагою, головний спеціаліст …"
/// holds the signature on the closing's own line).
pub fn starts_with_closing(line: &str) -> bool {
    starts_with_any(&lowercase(line.trim()), CLOSINGS)
}

const CLOSINGS: &[&str] = &[
    "з повагою",
    "с уважением",
    "з найкращими побажаннями",
    "з пошаною",
    "best regards",
    "kind regards",
    "regards",
];

#[cfg(test)]
mod tests;
