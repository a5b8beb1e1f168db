//! Reply quotes and forwards: the writer's own text separated from quoted replies, and
//! inline-forwarded messages followed with their original senders. Pure.
//!
//! Long file: the quote rules share one set of line classifiers (headers, closings,
//! attributions, greetings, requests); the rule for a reply below an unmarked quote
//! (`header_block_end` … `is_senders_signature`) is the next part to move to a file of its own.

use super::stem::lowercase;
use super::tidy;

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
                blocks.marked_answers(&lines[body.min(lines.len())..]);
                break;
            };
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
    fn marked_answers(&mut self, lines: &[&'a str]) {
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

/// Where a quoted message that begins at `start` (its marker or header block) ends when its
/// text is "> " lines: the first line after them that is not blank. `None` when the header
/// block is not followed by "> " lines within a few lines, or nothing follows them.
fn end_of_prefixed_body(lines: &[&str], start: usize) -> Option<usize> {
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
fn end_of_unprefixed_quote(lines: &[&str], start: usize) -> Option<usize> {
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
fn is_signed_with_initials(line: &str) -> bool {
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
fn header_block_end(lines: &[&str], start: usize) -> (usize, Vec<String>) {
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
fn own_text_below(lines: &[&str], body: usize, from: &[String]) -> Option<usize> {
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
/// "створено", "розміщено", "прийнято", "проведены") not negated by "не".
fn has_report_verb(lower: &str) -> bool {
    let mut negated = false;
    for word in lower.split(|c: char| !is_word_char(c)) {
        if word.is_empty() {
            continue;
        }
        let n = word.chars().count();
        let done = (n >= 6 && DONE_ENDINGS.iter().any(|e| word.ends_with(e)))
            || (n >= 7 && (word.ends_with("ято") || word.ends_with("ито")));
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

fn starts_with_any(s: &str, prefixes: &[&str]) -> bool {
    prefixes.iter().any(|p| s.starts_with(p))
}

fn is_forward_marker(lower: &str) -> bool {
    let l = lower.trim_matches(|c: char| c == '-' || c == ' ' || c == '=');
    starts_with_any(l, FORWARD_MARKERS)
}

fn is_original_marker(lower: &str) -> bool {
    let l = lower.trim_matches(|c: char| c == '-' || c == ' ' || c == '_');
    starts_with_any(l, ORIGINAL_MARKERS) && lower.starts_with("--")
}

/// A quote's attribution ("05.12.2012 09:00, УВП пише:", "On Mon, … Ivan <x@y> wrote:",
/// "Користувач … написав(ла):", "… писал(а):"): its length in lines (one, or two when the
/// verb stands alone on the next line), or `None`.
fn attribution_len(lower: &str, next: Option<&&str>) -> Option<usize> {
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

const HEADER_FROM: [&str; 4] = ["from:", "від:", "от:", "відправник:"];
const HEADER_OTHER: [&str; 10] = [
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
fn is_outlook_header_start(lines: &[&str], i: usize) -> bool {
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
fn read_header_block(lines: &[&str], start: usize) -> HeaderBlock {
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
struct HeaderBlock {
    /// The address of its sender ("From:"), if it names one.
    sender: Option<String>,
    /// The addresses of its recipients ("To:", "Кому:").
    to: Vec<String>,
    /// The index of its first body line.
    body: usize,
    /// Its subject is a forward's ("FW: …"): a header block in its body heads a message it
    /// forwards, not one it replies to.
    forward_subject: bool,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::text::{Table, html_to_content, html_to_content_marking_quotes};

    /// The forwarded messages as (sender, text) pairs.
    fn pairs(u: &Unquoted) -> Vec<(Option<String>, String)> {
        u.forwarded
            .iter()
            .map(|f| (f.sender.clone(), f.text.clone()))
            .collect()
    }

    #[test]
    fn a_line_that_points_below_the_quote_lets_the_text_below_count() {
        let body = "Доповнення – нижче, після тексту підтвердження.\n\n-----Оригінальне \
                    повідомлення-----\nВід: uvp@cg.ukrtel.net\nНадіслано: 14 грудня 2012 р.\n\
                    Кому: uvp-info@x.ua\nТема: Re: Інформація\n\nШановні колеги!\n\n\
                    Розпізнано інформацію щодо таких пунктів плану:\n  • пункт 3: Веб-ресурс …\n\n\
                    З повагою\nУправління\n\nп. 11. 07.12.2012 проведено «День відкритих \
                    дверей».";
        let u = unquote(body, false);
        assert!(
            u.own.ends_with("проведено «День відкритих дверей»."),
            "{}",
            u.own
        );
        assert!(!u.own.contains("Веб-ресурс"), "{}", u.own);
        // A line of its own that points nowhere leaves the quote to the end.
        let top = body.replace(
            "Доповнення – нижче, після тексту підтвердження.",
            "Доповнення до інформації управління надсилаємо окремим листом.",
        );
        assert_eq!(
            unquote(&top, false).own,
            "Доповнення до інформації управління надсилаємо окремим листом."
        );
    }

    #[test]
    fn answers_tagged_information_under_quoted_items_are_kept() {
        let body = "Інформацію управління внесено у текст Вашого листа (нижче, після кожного \
                    пункту).\n\n-----Исходное сообщение-----\nОт: uvp@cg.ukrtel.net\n\
                    Отправлено: 10 июня 2013 г. 9:00\nКому: x@x.ua\nТема: Нагадування\n\n\
                    Шановні колеги!\n\n  2. Створити на офіційному сайті рубрики.\n\n\
                    Інформація: —\n\n  9. Залучати членів громадських рад до обговорення.\n\n\
                    Інформація: Проект програми розглянуто 19.02.2013.\n\nДля зручності до \
                    листа додано таблицю.\n\nЗ повагою\nУВП";
        let u = unquote(body, false);
        assert!(
            u.own.contains(
                "9. Залучати членів громадських рад до обговорення.\nПроект програми \
                            розглянуто 19.02.2013."
            ),
            "{}",
            u.own
        );
        // A tag over a dash answers nothing; the quoted letter's own text is no answer.
        assert!(
            !u.own.contains("2. Створити") && !u.own.contains("Для зручності"),
            "{}",
            u.own
        );
    }

    #[test]
    fn a_line_that_says_the_answers_are_in_the_quote_is_known_in_several_wordings() {
        for line in [
            "Відповіді – у тексті листа нижче.",
            "Ответы - в тексте письма ниже.",
            "Отвечаем по пунктам ниже (синим).",
            "Відповідаємо нижче, після кожного пункту.",
            "Інформацію внесено у текст Вашого листа (нижче).",
        ] {
            assert!(announces_answers_in_quote(&lowercase(line)), "{line}");
        }
        for line in ["Доповнення – нижче.", "Відповідь надішлемо завтра."]
        {
            assert!(!announces_answers_in_quote(&lowercase(line)), "{line}");
        }
    }

    #[test]
    fn a_forward_of_a_forward_is_followed_by_its_subject() {
        // Outlook forwards with header blocks alone: the mail's "FW:" makes the first block a
        // forward; the forwarded message's own "FW:" makes the next one a forward too.
        let body = "Пересилаю лист заступника.\n\nFrom: Бойко В.І. [mailto:v.boyko@x.ua]\n\
                    Sent: Wednesday, June 12, 2013 2:51 PM\nTo: Приймальня\nSubject: FW: \
                    інформація\n\nВідправте від імені управління.\n\nFrom: Оргвідділ \
                    [mailto:org@x.ua]\nSent: Wednesday, June 12, 2013 11:07 AM\nTo: Бойко В.І.\n\
                    Subject: інформація\n\nПункт 6. Проведено 3 консультації.";
        let u = unquote(body, true);
        assert_eq!(u.own, "Пересилаю лист заступника.");
        assert_eq!(u.forwarded.len(), 2, "{:?}", u.forwarded);
        assert_eq!(u.forwarded[1].sender.as_deref(), Some("org@x.ua"));
        assert_eq!(u.forwarded[1].text, "Пункт 6. Проведено 3 консультації.");
        // Under a reply's subject, the second block is the quote it replies to.
        let reply = body.replace("Subject: FW: ", "Subject: RE: ");
        let u = unquote(&reply, true);
        assert_eq!(u.forwarded.len(), 1, "{:?}", u.forwarded);
        assert_eq!(u.forwarded[0].text, "Відправте від імені управління.");
    }

    #[test]
    fn quoted_reply_is_dropped_and_forward_kept() {
        let body = "Пункт 6: проведено.\n\n-----Original Message-----\nFrom: uvp@cg.ukrtel.net\nSent: Monday\nTo: x\nSubject: Нагадування\n\nпункт 7 ...";
        let u = unquote(body, false);
        assert_eq!(u.own, "Пункт 6: проведено.");
        let fwd = "\n---------- Forwarded message ---------\nFrom: Бобровицька РДА <rda-bobrovytsia@example.gov.ua>\nDate: 10.12.2012\nSubject: Звіт\n\n6. Проведено консультації.";
        let u = unquote(fwd, true);
        assert_eq!(u.own, "");
        assert_eq!(
            pairs(&u),
            vec![(
                Some("rda-bobrovytsia@example.gov.ua".to_string()),
                "6. Проведено консультації.".to_string()
            )]
        );
        let wrote =
            "Додаю звіт.\n\nПн, 10 гру 2012 о 10:00 УВП <uvp@cg.ukrtel.net> пише:\n> нагадуємо";
        assert_eq!(unquote(wrote, false).own, "Додаю звіт.");
    }

    /// A table typed with tabs into the writer's own text is a table; one in the quote is
    /// quoted like the rest.
    #[test]
    fn tables_typed_with_tabs_in_the_own_text_are_kept_apart() {
        let body = "Добрий день\n\n№\tЗахід\tВиконання\n1\tСайти\tСайт оновлено\n6\t\
                    Консультації\tПроведено 2\n\nЛ. Тищенко\n\n> №\tЗахід\tВиконання\n> 7\t\
                    Дорадчі органи\tЗалучено\n> 9\tОбговорення\tОбговорено";
        let u = unquote(body, false);
        assert_eq!(u.tables.len(), 1, "{:?}", u.tables);
        assert_eq!(u.tables[0].rows[1], vec!["1", "Сайти", "Сайт оновлено"]);
        assert_eq!(u.own, "Добрий день\n\nЛ. Тищенко");
    }

    #[test]
    fn an_attribution_line_is_known_by_its_shape_in_any_language() {
        // (attribution line, whether it is one): a date or time, an address, a colon.
        let cases = [
            ("Am 05.12.2012 um 09:00 schrieb uvp@cg.ukrtel.net:", true),
            ("Le 05/12/2012 à 09:00, uvp@cg.ukrtel.net a écrit :", true),
            ("2012-12-05 9:00 GMT+02:00, УВП <uvp@cg.ukrtel.net>:", true),
            ("Станом на 01.12.2012 проведено такі заходи:", false),
            ("Пишіть на адресу uvp@cg.ukrtel.net:", false),
        ];
        for (line, expected) in cases {
            assert_eq!(
                attribution_len(&line.to_lowercase(), None).is_some(),
                expected,
                "{line}"
            );
        }
        // The writer's answer below the quote is kept, the quote is not.
        let body = "Am 05.12.2012 um 09:00 schrieb uvp@cg.ukrtel.net:\n> нагадуємо про звіт\n\nПункт 6: проведено дві консультації.";
        assert_eq!(
            unquote(body, false).own,
            "Пункт 6: проведено дві консультації."
        );
    }

    #[test]
    fn repeated_forward_markers_are_followed_ten_levels_deep_in_one_pass() {
        // 20,000 forwarded messages inside one another (1.2 MB): each level used to copy the
        // rest of the text again, a quadratic cost in time and memory.
        let mut body = String::from("Пересилаю звіт.\n");
        for i in 0..20_000 {
            body.push_str(&format!(
                "---------- Forwarded message ---------\nFrom: rda{i}@example.gov.ua\n\nрівень {i}\n"
            ));
        }
        let started = std::time::Instant::now();
        let u = unquote(&body, false);
        println!("{} bytes unquoted in {:?}", body.len(), started.elapsed());
        assert_eq!(u.own, "Пересилаю звіт.");
        assert_eq!(u.forwarded.len(), MAX_FORWARD_LEVELS);
        assert_eq!(
            pairs(&u)[0],
            (Some("rda0@example.gov.ua".into()), "рівень 0".into())
        );
        let (sender, last) = &pairs(&u)[MAX_FORWARD_LEVELS - 1];
        assert_eq!(sender.as_deref(), Some("rda9@example.gov.ua"));
        assert!(last.starts_with("рівень 9\n---------- Forwarded message"));
        assert!(last.ends_with("рівень 19999"), "the rest is kept as text");
    }

    /// Replies written below the quote, or between its parts, in the shapes mail clients give
    /// them: (what the case is, the body, the writer's own text).
    const REPLIES: &[(&str, &str, &str)] = &[
        (
            "Thunderbird, Ukrainian, below the quote",
            "12.03.2013 10:15, Управління інформаційної політики пише:\n> Просимо надати звіт.\n\
             > \n> З повагою\n\nЗа пунктом 3 форум працює з лютого.\n\nОксана",
            "За пунктом 3 форум працює з лютого.\n\nОксана",
        ),
        (
            "Russian web mail, no space after '>'",
            "11 марта 2013 г., 9:00 пользователь Отдел <otdel@x.ua> писал:\n>Прошу сообщить\n\
             >о выполнении.\n\nПо п. 5 линия работает ежедневно.",
            "По п. 5 линия работает ежедневно.",
        ),
        (
            "English attribution over two lines",
            "On Tue, 5 Mar 2013 at 09:00, Office <office@x.ua>\nwrote:\n\n> Please report.\n\n\
             Item 4: the forum opened on 1 March.",
            "Item 4: the forum opened on 1 March.",
        ),
        (
            "gender ending after a hyphen",
            "Петро Іваненко <p@x.ua> написав-ла:\n> нагадування\nВідповідь нижче цитати.",
            "Відповідь нижче цитати.",
        ),
        (
            "answers interleaved with a quoted list",
            "Відповідаю в тексті.\n\n> Очікуємо інформацію:\n> 3. Створення веб-форуму.\n\
             Форум запущено 1 березня.\n> 5. Гаряча лінія.\n> 8) Колегії підрозділів.\n\n\
             Голову комітету введено до колегії.\n\n> Дякуємо.\nМаксим",
            "Відповідаю в тексті.\n\n3. Створення веб-форуму.\nФорум запущено 1 березня.\n\
             \n8) Колегії підрозділів.\nГолову комітету введено до колегії.\n\nМаксим",
        ),
        (
            "items numbered with a dash; the letter's end below the last one is no answer",
            "> Просимо надати інформацію за пунктами:\n> 1 - наповнення веб-сайту\n\n\
             > 6 - консультації з громадськістю\nПровели 3 консультації.\n\n\
             > 10 - комісія з питань відкритості\nстворена 12.09.2013\n\n> 12 - експертизи\n\n\
             Козелецька РДА, Шевчук\nНадіслано з мого Android",
            "6 - консультації з громадськістю\nПровели 3 консультації.\n\n\
             10 - комісія з питань відкритості\nстворена 12.09.2013\n\n\
             Козелецька РДА, Шевчук\nНадіслано з мого Android",
        ),
        (
            "answers a blank line below their items: the last one's too",
            "> 6 - консультації\n\nПровели 3 консультації.\n\n> 12 - експертизи\n\n\
             Проведено одну експертизу.",
            "6 - консультації\nПровели 3 консультації.\n\n12 - експертизи\n\
             Проведено одну експертизу.",
        ),
        (
            "the last item's answer right under it, as the others were",
            "> 6 - консультації\nПровели 3 консультації.\n> 12 - експертизи\n\
             Проведено одну експертизу.\n\nШевчук",
            "6 - консультації\nПровели 3 консультації.\n12 - експертизи\n\
             Проведено одну експертизу.\n\nШевчук",
        ),
        (
            "an answer below the whole quote takes no heading from its last line",
            "> 1. Наповнення сайтів.\n> 12. Експертизи.\n\nПо п. 6: проведено слухання.",
            "По п. 6: проведено слухання.",
        ),
        (
            "Outlook in Ukrainian, written below the original",
            "-----Оригінальне повідомлення-----\nВід: УВП [mailto:uvp@x.ua]\n\
             Надіслано: 4 березня 2013 р. 9:00\nКому: rda@x.ua\nТема: Нагадування\n\n\
             Нагадуємо про пункти 2 і 4.\n\nЗ повагою,\nУВП\n\nПо п. 4 посібник розіслано.",
            "По п. 4 посібник розіслано.",
        ),
        (
            "Outlook in Russian, a header block without a marker",
            "От: Управление [mailto:u@x.ua]\nОтправлено: 4 марта 2013 г. 9:00\nКому: r@x.ua\n\
             Тема: Напоминание\n\nНапоминаем о пунктах 6 и 7.\nС уважением,\nУправление\n\
             тел. 1-23-45\n\nПо пункту 7: в совет включены 2 представителя.",
            "По пункту 7: в совет включены 2 представителя.",
        ),
        (
            "an Outlook quote with no closing runs to the end",
            "-----Original Message-----\nFrom: a@x.ua\nSent: Monday\nTo: b@x.ua\n\
             Subject: x\n\n6. Консультації.\n7. Дорадчі органи.",
            "",
        ),
        (
            "written above an Outlook quote: the quote runs to the end",
            "Пункт 9 виконано.\n\nВід: УВП\nНадіслано: понеділок\nКому: x\nТема: y\n\n\
             Просимо пункти 10 і 12.\nЗ повагою,\nУВП\n\nФорма додається.",
            "Пункт 9 виконано.",
        ),
        (
            "a colon after a verb that is no attribution stays own text",
            "Повідомляємо, що слід написати:\nзвіт подано вчасно.",
            "Повідомляємо, що слід написати:\nзвіт подано вчасно.",
        ),
    ];

    #[test]
    fn own_text_is_kept_above_below_and_between_quotes() {
        for (case, body, own) in REPLIES {
            assert_eq!(unquote(body, false).own, *own, "{case}");
        }
    }

    #[test]
    fn blockquotes_in_html_become_quoted_lines_and_own_text_below_them_is_kept() {
        let html = "<div>Доповнюю.</div><div class=\"gmail_quote\">5 березня 2013 р. УВП \
            &lt;uvp@x.ua&gt; пише:<blockquote class=\"gmail_quote\">Нагадуємо:<br>\
            <table><tr><td>6</td><td>консультації</td></tr></table>Дякуємо</blockquote></div>\
            <div>По п. 6 проведено 3 консультації.</div><table><tr><td>7</td><td>ради</td></tr></table>";
        let c = html_to_content_marking_quotes(html);
        assert_eq!(
            c.tables,
            vec![Table {
                sheet: None,
                rows: vec![vec!["7".into(), "ради".into()]],
                first_row: 1
            }],
            "the quoted table is text, the own one a table"
        );
        assert!(c.text.contains("> 6 | консультації"), "{}", c.text);
        assert_eq!(
            unquote(&c.text, false).own,
            "Доповнюю.\n\nПо п. 6 проведено 3 консультації."
        );
        // Without marking, a blockquote is ordinary text (documents, forwards).
        assert!(!html_to_content(html).text.contains("> Нагадуємо"));
    }

    #[test]
    fn alternating_quotes_and_answers_are_read_in_one_pass() {
        // 100,000 quoted numbered items, each answered, then quotes with attribution lines and
        // Outlook header blocks that have no end: every line is looked at a bounded number of
        // times.
        let mut body = String::new();
        for i in 0..100_000 {
            body.push_str(&format!("> {}. Захід.\nвідповідь {i}\n", i % 16 + 1));
        }
        for _ in 0..20_000 {
            body.push_str("X пише:\nFrom: a\nSent: b\nTo: c\n\nЗ повагою,\n");
        }
        let started = std::time::Instant::now();
        let u = unquote(&body, false);
        println!("{} bytes unquoted in {:?}", body.len(), started.elapsed());
        assert!(
            u.own
                .starts_with("1. Захід.\nвідповідь 0\n2. Захід.\nвідповідь 1")
        );
        assert!(
            u.own.ends_with("відповідь 99999"),
            "the last answer, then the quote"
        );
        assert!(
            started.elapsed() < std::time::Duration::from_secs(5),
            "took {:?}",
            started.elapsed()
        );
    }

    #[test]
    fn a_reply_inside_a_forward_ends_the_forwarded_text() {
        let body = "Моє.\n---------- Forwarded message ---------\nFrom: a@example.gov.ua\n\n\
            Переслане.\n> цитата\nще переслане\n-----Original Message-----\nFrom: b@x.ua\n\
            ---------- Forwarded message ---------\nFrom: c@example.gov.ua\n\nне читається";
        let u = unquote(body, false);
        assert_eq!(u.own, "Моє.");
        assert_eq!(
            pairs(&u),
            vec![(
                Some("a@example.gov.ua".to_string()),
                "Переслане.\nще переслане".to_string()
            )]
        );
    }

    /// A forwarded message keeps whom it was sent to, and the text typed below its letter's
    /// signing apart.
    #[test]
    fn a_forward_keeps_its_recipients_and_the_text_below_its_signing() {
        let body = "\n-----Original Message-----\nFrom: osvita@example.gov.ua\n\
            Sent: Tuesday, December 03, 2013 4:41 PM\n\
            To: uvp@cg.ukrtel.net; Петренко <P.Petrenko@x.ua>\nSubject: Інформація\n\n\
            п. 1 – оновлено сайт.\n\nЗаступник начальника управління    Л.В.Остапенко\n\n\
            Доповнюємо по п. 8: голову комітету введено до складу колегії.";
        let u = unquote(body, true);
        assert_eq!(u.forwarded.len(), 1);
        let f = &u.forwarded[0];
        assert_eq!(f.to, vec!["uvp@cg.ukrtel.net", "p.petrenko@x.ua"]);
        assert_eq!(
            f.below,
            "Доповнюємо по п. 8: голову комітету введено до складу колегії."
        );
        assert!(f.text.starts_with("п. 1 – оновлено сайт."));
        let unsigned = "\n-----Original Message-----\nFrom: a@x.ua\nTo: b@x.ua\nSubject: x\n\n\
            п. 1 – оновлено сайт.";
        assert_eq!(unquote(unsigned, true).forwarded[0].below, "");
    }

    /// Web mail that forwards with one line of when and who instead of a header block, the
    /// forwarded message itself a reply written below its quote.
    #[test]
    fn a_forward_with_one_line_of_when_and_who_is_followed() {
        let body = "Пересилаємо відповідь відділу.\n\n-------- Пересылаемое сообщение --------\n\
            07.06.2013, 16:40, \"Відділ\" <viddil.ripky@ukr.net>:\n\n\
            03.06.2013, 10:15, \"УВП\" <uvp@cg.ukrtel.net>:\n> Просимо надати інформацію.\n>\n\
            > 1. Сайти.\n\nп. 1 – оновлено сайт.\n\nНачальник відділу\n";
        let u = unquote(body, false);
        assert_eq!(u.own, "Пересилаємо відповідь відділу.");
        assert_eq!(
            pairs(&u),
            vec![(
                Some("viddil.ripky@ukr.net".to_string()),
                "п. 1 – оновлено сайт.\n\nНачальник відділу".to_string()
            )]
        );
    }

    /// Outlook forwards with its header block alone, no marker line: under "FW:" the block
    /// heads the forwarded message; under another subject it is a quoted reply.
    #[test]
    fn an_outlook_header_block_under_a_forwards_subject_heads_the_forwarded_message() {
        let body = "Пересилаємо інформацію РДА.\n\nЗагальний відділ\n\n\
            Від: Людмила Ткаченко [mailto:l.tkachenko@ukr.net]\n\
            Надіслано: 11 червня 2013 р. 17:02\nКому: rda@example.gov.ua\nТема: звіт\n\n\
            1. На сайті РДА розміщено 187 матеріалів.\n6. Проведено 5 консультацій.\n";
        let u = unquote(body, true);
        assert_eq!(u.own, "Пересилаємо інформацію РДА.\n\nЗагальний відділ");
        assert_eq!(
            pairs(&u),
            vec![(
                Some("l.tkachenko@ukr.net".to_string()),
                "1. На сайті РДА розміщено 187 матеріалів.\n6. Проведено 5 консультацій."
                    .to_string()
            )]
        );
        assert!(unquote(body, false).forwarded.is_empty());
    }

    /// An answer under a quoted item whose text wraps over several "> " lines answers that
    /// item: its first line is kept as the answer's heading. A quoted paragraph of another
    /// kind after the item ("> Просимо …") is no longer the item.
    #[test]
    fn an_answer_under_a_wrapped_quoted_item_keeps_the_item_as_its_heading() {
        let body = "Добрий день.\n\n> Станом на 03.12.2012 не надійшла інформація:\n>\n\
            > 6. Налагодити роботу по проведенню консультацій з\n> громадськістю.\n\n\
            Проведено 4 консультації.\n\n> 7. Залучати до роботи дорадчо-консультативних\n\
            > органів представників.\n>\n> Просимо надати інформацію.\n\nВключено 6 представників.\n";
        let own = unquote(body, false).own;
        assert_eq!(
            own,
            "Добрий день.\n\n6. Налагодити роботу по проведенню консультацій з\n\
             Проведено 4 консультації.\n\nВключено 6 представників."
        );
    }

    /// Outlook users answer point by point inside the unmarked quote, marking each answer.
    #[test]
    fn answers_marked_inside_a_quote_that_runs_to_the_end_are_kept_under_their_items() {
        let body = "Ответы - в тексте письма ниже.\n\nКравец Н.А.\nКозелецкая РГА\n\n\
            -----Исходное сообщение-----\nОт: УВП ОДА [mailto:uvp@cg.ukrtel.net]\n\
            Отправлено: 10 декабря 2012 г. 9:15\nКому: x@example.gov.ua\nТема: Нагадування\n\n\
            Нагадуємо, що необхідно надіслати інформацію про виконання пунктів 1, 6, 9:\n\n\
            1. Забезпечити приведення до вимог законодавства\nофіційних Інтернет-сайтів.\n\
            Ответ: на сайте размещены все распоряжения,\nсоздан подраздел.\n\n\
            6. Налагодити проведення консультацій з громадськістю.\n\
            9. Залучати членів громадських рад до обговорення.\n\
            Відповідь – проект програми обговорено.\n\nЗ повагою,\nУВП\n";
        let own = unquote(body, false).own;
        assert_eq!(
            own,
            "Ответы - в тексте письма ниже.\n\nКравец Н.А.\nКозелецкая РГА\n\n\
             1. Забезпечити приведення до вимог законодавства\n\
             на сайте размещены все распоряжения,\nсоздан подраздел.\n\n\
             9. Залучати членів громадських рад до обговорення.\n\
             проект програми обговорено."
        );
        // Without marks the quote is the quote.
        let plain = body.replace("Ответ: ", "").replace("Відповідь – ", "");
        assert!(!unquote(&plain, false).own.contains("обговорено"));
    }

    /// Outlook's "Mark my comments with": each inline answer opens with the writer's tag in
    /// brackets ("[ГУЕ]: …"); the tag marks the answer and is left out of its text.
    #[test]
    fn answers_tagged_with_the_writers_name_in_brackets_are_kept_without_the_tag() {
        let body = "Відповіді надаємо під відповідними пунктами.\n\nГУЕ ОДА\n\n\
            Від: УВП [mailto:uvp@cg.ukrtel.net]\nНадіслано: 10 червня 2013 р. 9:00\n\
            Кому: x@example.gov.ua\nТема: Нагадування\n\nШановні колеги!\n\n\
              2. Створити на сайті рубрики цільових програм.\n\n\
            [ГУЕ]: У рубриці розміщено звіт про виконання 41 програми.\n\n\
              8. Ввести голів комітетів до складу колегій.\n\n[ГУЕ]: Не було.\n\n\
            З повагою\nУВП\n";
        let own = unquote(body, false).own;
        assert!(
            own.contains(
                "2. Створити на сайті рубрики цільових програм.\n\
                 У рубриці розміщено звіт про виконання 41 програми."
            ),
            "{own}"
        );
        assert!(
            own.contains("8. Ввести голів комітетів до складу колегій.\nНе було."),
            "{own}"
        );
        assert!(!own.contains("[ГУЕ]"), "{own}");
        // Brackets that are no tag ("[1]", a long note) mark nothing.
        assert!(!is_answer_marked("[1] Див. додаток"));
        assert!(!is_answer_marked(
            "[примітка, що займає більше сорока літер у дужках] так"
        ));
    }

    /// Answers announced in the quote and tagged with the office's abbreviation ("ГУЕ: …")
    /// are kept without the tag; a tag over a dash answers nothing.
    #[test]
    fn a_plain_tag_over_a_dash_answers_nothing() {
        let body = "Відповіді – нижче в тексті листа.\n\n-----Исходное сообщение-----\n\
            От: УВП [mailto:uvp@cg.ukrtel.net]\nОтправлено: 10 июня 2013 г. 9:00\n\
            Кому: x@example.gov.ua\nТема: Нагадування\n\nШановні колеги!\n\n\
            \u{20}\u{20}2. Створити на сайті рубрики цільових програм.\n\
            ГУЕ: у рубриці розміщено звіт про виконання 47 програм.\n\n\
            \u{20}\u{20}12. Сприяти проведенню громадських експертиз.\nГУЕ: —\n\n\
            Просимо дотримуватися встановленого терміну.\n\nЗ повагою\nУВП\n";
        let own = unquote(body, false).own;
        assert!(
            own.contains(
                "2. Створити на сайті рубрики цільових програм.\n\
                 у рубриці розміщено звіт про виконання 47 програм."
            ),
            "{own}"
        );
        assert!(!own.contains("12."), "{own}");
        assert_eq!(without_answer_tag("ГУ АПР: Не було."), "Не було.");
        assert_eq!(without_answer_tag("Примітка: так"), "Примітка: так");
        assert_eq!(
            without_answer_tag("НЕ ВИКОНАНО: немає коштів"),
            "НЕ ВИКОНАНО: немає коштів"
        );
    }

    /// A dash typed under a quoted item says nothing on it: the item is no heading then.
    #[test]
    fn a_dash_under_a_quoted_item_answers_nothing() {
        let body = "uvp@cg.ukrtel.net писал(а):\n\n>Очікується інформація щодо пунктів:\n\
            >  2. Створити рубрики на сайті.\nРубрику наповнюємо, звіт розміщено.\n\
            >  12. Сприяти проведенню громадських експертиз.\n-\n>\n>З повагою\n";
        let own = unquote(body, false).own;
        assert!(own.contains("2. Створити рубрики на сайті."), "{own}");
        assert!(!own.contains("12. Сприяти"), "{own}");
        // Nor is it part of the answer above it ("без змін" over "немає" is no answer).
        let body = "uvp@cg.ukrtel.net писал(а):\n\n>Очікується інформація щодо пунктів:\n\
            >  7. Залучати до роботи дорадчих органів.\nбез змін\n\
            >  8. Ввести голів комітетів до складу колегій.\nнемає\n>\n>З повагою\n";
        let own = unquote(body, false).own;
        assert!(own.contains("без змін\n\nнемає"), "{own:?}");
    }

    /// Text written below an unmarked quote of the office's own earlier letter, signed with
    /// a position and a name but no closing: the quote ends after that signature.
    #[test]
    fn a_quoted_letter_signed_without_a_closing_ends_at_its_signature() {
        let body = "-----Исходное сообщение-----\nОт: Сребнянская РГА \
            [mailto:rda-sribne@example.gov.ua]\nОтправлено: 14 декабря 2012 г. 16:40\n\
            Кому: uvp@cg.ukrtel.net\nТема: Відкритий уряд\n\n\
            п. 1 – на сайті створено розділ «Відкритий уряд».\n\n\
            Начальник загального відділу апарату РДА          Г.І. Пономаренко\n\n\n\
            Дополнительно к письму от 14.12.2012 сообщаем:\n\
            п. 7 – в состав совета включены 2 представителя ОО.\n\nГ. Пономаренко\n";
        let own = unquote(body, false).own;
        assert!(own.contains("п. 7 – в состав совета"), "{own}");
        assert!(!own.contains("п. 1 –"), "{own}");
        for signed in [
            "Начальник відділу     Г.І. Пономаренко",
            "Заступник голови Кирієнко Н.В.",
            "заступник голови райдержадміністрації Н.В.Кирієнко",
            "Голова                 П. Петренко",
        ] {
            assert!(is_signed_with_initials(signed), "{signed}");
        }
        for not in [
            "Проведено 2 консультації.",
            "п. 6 – Громадські слухання",
            "м. Чернігів",
        ] {
            assert!(!is_signed_with_initials(not), "{not}");
        }
    }

    /// ">>> " typed right under a "> " line (quoting adds one level at a time) is the
    /// writer's answer under the quoted item; a genuine nested quote is not.
    #[test]
    fn answers_marked_two_levels_deeper_than_the_quote_are_the_writers() {
        let body = "09.12.2013 10:00, УВП пише:\n> Очікується інформація щодо пунктів:\n>\n\
            >   6. Налагодити роботу по проведенню консультацій з громадськістю.\n\
            >>> 19.11.2013 проведено громадські слухання\n>\n\
            >   9. Залучати членів громадських рад до обговорення проектів.\n\
            >>> не проводились\n>\n> З повагою\n";
        let own = unquote(body, false).own;
        assert!(own.contains("6. Налагодити роботу"), "{own}");
        assert!(
            own.contains("19.11.2013 проведено громадські слухання"),
            "{own}"
        );
        // (A bare denial stays under its item: the mapper reads it as a placeholder.)
        assert!(
            own.contains(
                "9. Залучати членів громадських рад до обговорення проектів.\nне \
                 проводились"
            ),
            "{own}"
        );
        let nested = "Петро пише:\n> Ірина пише:\n> > Оксана пише:\n> > > 6. Проведено \
            консультації.\n> > Дякую.\n";
        assert_eq!(unquote(nested, false).own, "");
    }

    /// "Відповіді – нижче по тексту": answers typed under each quoted item without a mark
    /// (Outlook users colour them instead, which plain text loses).
    #[test]
    fn announced_answers_under_quoted_items_are_kept_without_marks() {
        let body = "Добрий день!\nВідповіді – нижче по тексту листа, синім кольором.\n\n\
            Коропська РДА\n\nОт: УВП ОДА [mailto:uvp@cg.ukrtel.net]\n\
            Отправлено: 3 декабря 2012 г. 10:12\nКому: x@example.gov.ua\nТема: Нагадування\n\n\
            Нагадуємо, що необхідно надіслати інформацію про виконання пунктів 1, 6, 9:\n\n\
            1. Забезпечити приведення до вимог законодавства наповнення\n\
            офіційних Інтернет-сайтів.\nСайт працює, створено підрозділ.\n\n\
            6. Налагодити проведення консультацій з громадськістю.\n\n\
            9. Залучати членів громадських рад до обговорення.\n\
            09.11.2012 обговорено проект програми.\n\nЗ повагою,\nУВП\n";
        let own = unquote(body, false).own;
        assert!(
            own.ends_with(
                "1. Забезпечити приведення до вимог законодавства наповнення\n\
             Сайт працює, створено підрозділ.\n\n\
             9. Залучати членів громадських рад до обговорення.\n\
             09.11.2012 обговорено проект програми."
            ),
            "{own}"
        );
        // The wrapped line of an item is the item's; unannounced, the quote is the quote.
        assert!(!own.contains("офіційних Інтернет-сайтів."), "{own}");
        let plain = body.replace(
            "Відповіді – нижче по тексту листа, синім кольором.",
            "Дякуємо.",
        );
        assert!(!unquote(&plain, false).own.contains("Сайт працює"));
    }

    /// Announced answers may stand a blank line below their item; such a paragraph is an
    /// answer only if the next quoted item follows it — the quoted message's own text after
    /// its last item is not one.
    #[test]
    fn announced_answers_a_blank_line_below_their_items_stand_between_items() {
        let body = "Відповіді – по тексту нижче, після відповідних пунктів.\n\n\
            Від: УВП [mailto:uvp@cg.ukrtel.net]\nНадіслано: 5 червня 2013 р. 10:14\n\
            Кому: x@example.gov.ua\nТема: Нагадування\n\nШановні колеги!\n\n\
            Не надійшла інформація щодо таких пунктів плану:\n\n\
            2. Створити на сайті рубрики цільових програм.\n\n\
            УЖКГ: у рубриці розміщено звіт про виконання програми.\n\n\
            12. Сприяти проведенню громадських експертиз.\n\n\
            Для зручності до листа додано таблицю з переліком цих пунктів.\n\n\
            З повагою\nУВП\n";
        let own = unquote(body, false).own;
        assert!(
            own.contains(
                "2. Створити на сайті рубрики цільових програм.\n\
                 УЖКГ: у рубриці розміщено звіт про виконання програми."
            ),
            "{own}"
        );
        assert!(!own.contains("12. Сприяти"), "{own}");
        assert!(!own.contains("Для зручності"), "{own}");
    }

    /// Outlook draws a rule over the quoted header; a rule is no writing above the quote.
    #[test]
    fn a_rule_above_an_outlook_header_is_no_text_written_above_the_quote() {
        let body = "\n_____________________________________________\n\
            Від: УВП ОДА [mailto:uvp@cg.ukrtel.net]\nНадіслано: 10 грудня 2012 р. 9:15\n\
            Кому: x@example.gov.ua\nТема: Нагадування\n\nШановні колеги!\n\n\
            Нагадуємо, що до 15 грудня необхідно надіслати інформацію.\n\nЗ повагою,\n\
            управління з питань внутрішньої політики\n\n\n\
            6. 20.11.2012 проведено консультації з громадськістю.\n";
        let own = unquote(body, false).own;
        assert!(
            own.contains("6. 20.11.2012 проведено консультації"),
            "{own}"
        );
        assert!(!own.contains("Нагадуємо"), "{own}");
    }

    #[test]
    fn addresses_are_found_in_header_lines() {
        assert_eq!(
            find_address("From: Іван <Ivan.P@Example.gov.ua>").as_deref(),
            Some("ivan.p@example.gov.ua")
        );
        assert_eq!(find_address("no address @ here"), None);
    }

    /// Bottom-posting in more clients' shapes: a greeting above the quote, a header block
    /// over "> " lines, and interleaved answers whose last one follows a quoted item.
    #[test]
    fn replies_below_a_quote_in_more_shapes() {
        let greeting = "Добрий день!\n\n-----Original Message-----\nFrom: УВП <uvp@cg.ukrtel.net>\n\
            Sent: Monday, December 03, 2012 9:00 AM\nSubject: Нагадування\n\n\
            Просимо надати інформацію до 15.12.2012.\nЗ повагою, УВП\n\n\
            Пункт 6 — проведено 3 консультації з громадськістю.";
        assert!(unquote(greeting, false).own.contains("Пункт 6 — проведено"));
        let header_over_quote = "----- Original Message -----\nFrom: \"УВП\" <uvp@cg.ukrtel.net>\n\
            To: <rda@example.gov.ua>\nSent: Monday, December 03, 2012 9:00 AM\nSubject: Нагадування\n\n\n\
            > Просимо надати інформацію по пунктах 1, 6.\n> З повагою, УВП\n\n\
            Пункт 6: проведено 2 консультації.";
        let own = unquote(header_over_quote, false).own;
        assert_eq!(own, "Пункт 6: проведено 2 консультації.");
        let interleaved = "> Просимо надати інформацію щодо пунктів:\n> 1. Сайти\n> 6. Консультації\n\
            Сайт оновлено, розміщено звіти.\n> 7. Дорадчі органи\nДо складу ради введено 3 представників.";
        let own = unquote(interleaved, false).own;
        assert!(own.contains("7. Дорадчі органи\nДо складу ради"), "{own}");
        // Text written above a quote is no greeting: the quote runs to the end, as before.
        let top = "Пункт 1: сайт оновлено, розміщено 12 звітів.\n\n-----Original Message-----\n\
            From: УВП <uvp@cg.ukrtel.net>\nSent: Monday\nSubject: Нагадування\n\n\
            Просимо надати інформацію.\nЗ повагою, УВП\n\nПункт 6 — щось із цитати.";
        assert!(!unquote(top, false).own.contains("Пункт 6"));
    }

    /// Quotes introduced by an Outlook or web-mail header block, without "> " marks and
    /// often without a closing, in several wordings: (what the case is, the body, the
    /// writer's own text). The own text below is found by the change of voice.
    const HEADER_QUOTES: &[(&str, &str, &str)] = &[
        (
            "Ukrainian Outlook, marker, no closing, reply below after a blank line",
            "-----Оригінальне повідомлення-----\nВід: УВП облдержадміністрації [mailto:uvp@x.ua]\n\
             Надіслано: 10 грудня 2012 р. 9:15\nКому: rda@x.ua\nТема: Нагадування\n\n\
             Шановні колеги!\n\nНагадуємо, що інформацію необхідно надати до 15.12.2012.\n\
             Просимо надати інформацію щодо пунктів 6 і 7.\n\n\
             По п. 6: проведено 3 консультації з громадськістю.\n\
             По п. 7: до складу ради введено 2 представників.",
            "По п. 6: проведено 3 консультації з громадськістю.\n\
             По п. 7: до складу ради введено 2 представників.",
        ),
        (
            "Russian Outlook, no marker, reply below with its own greeting and closing",
            "От: Управление [mailto:u@x.ua]\nОтправлено: 10 декабря 2012 г. 9:15\nКому: r@x.ua\n\
             Тема: Напоминание\n\nНапоминаем о сроке подачи информации.\n\
             Просим предоставить информацию по пунктам 6 и 9.\n\nДобрый день.\n\
             Сообщаем: в районе работает горячая линия.\n\nС уважением,\nорготдел РГА",
            "Добрый день.\nСообщаем: в районе работает горячая линия.\n\nС уважением,\nорготдел РГА",
        ),
        (
            "English Outlook headers, the quoted sender's signature, then the reply",
            "-----Original Message-----\nFrom: УВП облдержадміністрації [mailto:uvp@x.ua]\n\
             Sent: Monday, December 10, 2012 9:15 AM\nTo: rda@x.ua\nSubject: Нагадування\n\n\
             Просимо надати інформацію щодо пункту 12.\nУВП облдержадміністрації\n\
             Щодо пункту 12: громадську експертизу проведено 20.11.2012.",
            "Щодо пункту 12: громадську експертизу проведено 20.11.2012.",
        ),
        (
            "zvit's own reminder quoted whole, the answer typed below it",
            "-----Оригінальне повідомлення-----\nВід: zvit@x.ua\nНадіслано: 10 грудня 2012 р.\n\
             Кому: rda@x.ua\nТема: Нагадування\n\nШановні колеги!\n\n\
             Нагадуємо, що відповідно до пункту 16 Плану інформацію необхідно надати до 15.12.2012.\n\n\
             Станом на 10.12.2012 від РДА не надійшла інформація щодо таких пунктів плану:\n\n\
               6. Проведення консультацій з громадськістю.\n\n\
             Для зручності до листа додано таблицю з переліком цих пунктів.\n\n\
             Це повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо \
             вважати його недійсним.\n\nЗ повагою\nУВП\n\n\
             Повідомляємо, що у листопаді проведено дві консультації.",
            "Повідомляємо, що у листопаді проведено дві консультації.",
        ),
        (
            "an answer with no voice of its own after the quote's closing, as before",
            "Від: УВП [mailto:uvp@x.ua]\nНадіслано: понеділок\nКому: x\nТема: y\n\n\
             Просимо пункти 10 і 12.\nЗ повагою,\nУВП\n\nФорма додається.",
            "Форма додається.",
        ),
        (
            "reply between two quoted messages",
            "-----Original Message-----\nFrom: УВП [mailto:uvp@x.ua]\nSent: Monday\nTo: x\n\
             Subject: Нагадування\n\nНагадуємо про пункт 6.\n\n\
             Пункт 6 — проведено публічне обговорення бюджету.\n\n\
             -----Original Message-----\nFrom: УВП [mailto:uvp@x.ua]\nSent: Friday\nTo: x\n\
             Subject: Лист\n\nПросимо надати інформацію.",
            "Пункт 6 — проведено публічне обговорення бюджету.",
        ),
        (
            "top-posted: the text above is kept exactly, the quote below runs to the end",
            "Пункт 9 виконано: проект бюджету обговорено.\n\n-----Original Message-----\n\
             From: УВП [mailto:uvp@x.ua]\nSent: Monday\nTo: x\nSubject: y\n\n\
             Просимо надати інформацію.\n\nПо п. 6 проведено 3 консультації.",
            "Пункт 9 виконано: проект бюджету обговорено.",
        ),
        (
            "only a quote: a request with its items, nothing written",
            "Від: УВП [mailto:uvp@x.ua]\nНадіслано: 10 грудня 2012 р.\nКому: x\nТема: y\n\n\
             Шановні колеги!\n\nНагадуємо, що інформацію не надано.\n\n\
             6. Проведення консультацій.\n7. Залучення представників громадськості.\n\n\
             Просимо надати інформацію невідкладно.",
            "",
        ),
        (
            "only a quote of a report: a report's voice with no request above it is no answer",
            "-----Original Message-----\nFrom: rda@x.ua\nSent: Monday\nTo: uvp@x.ua\n\
             Subject: Звіт\n\nПо п. 6 проведено 3 консультації.\nПо п. 7 створено раду.",
            "",
        ),
        (
            "zvit's receipt echoes the report it recognised; the answer below it is the own text",
            "-----Оригінальне повідомлення-----\nВід: УВП [mailto:uvp@x.ua]\nНадіслано: 5 червня\n\
             Кому: x\nТема: Підтвердження отримання\n\nШановні колеги!\n\n\
             Управління підтверджує отримання Вашого листа.\n\n\
             Виконавець: Головне управління.\nЗвітний період: 2-й.\n\n\
             Розпізнано інформацію щодо таких пунктів плану:\n\
             \u{20}\u{20}• пункт 1: Сайт оновлюється щотижня, розміщено 12 проектів…\n\
             \u{20}\u{20}• пункт 6: Проведено 2 консультації з громадськістю…\n\
             \u{20}\u{20}• пункт 7: До складу ради включено…\n\
             \u{20}\u{20}• пункт 9: Проект програми обговорено…\n\
             \u{20}\u{20}• пункт 12: Громадську експертизу проведено…\n\n\
             За цей звітний період ще очікується інформація щодо пунктів плану:\n\
             \u{20}\u{20}8. Ввести голів комітетів до складу колегій.\n\n\
             Це повідомлення сформоване автоматично.\n\nЗ повагою\nУВП\n\n\
             По п. 8 – наказом від 21.05.2013 № 47 до складу колегії введено голову комітету.",
            "По п. 8 – наказом від 21.05.2013 № 47 до складу колегії введено голову комітету.",
        ),
        (
            "a quoted request that tells what it has received stays quoted",
            "От: Управление\nОтправлено: понедельник\nКому: x\nТема: y\n\nПросим предоставить \
             информацию.\n\nНа 10.12 получено отчеты от 12 учреждений, не проведено \
             совещание.\n\nПросьба ответить до 14.12.",
            "",
        ),
    ];

    #[test]
    fn own_text_below_an_outlook_header_quote_is_found_by_its_voice() {
        for (case, body, own) in HEADER_QUOTES {
            assert_eq!(unquote(body, false).own, *own, "{case}");
        }
    }

    /// What was written above a quote is counted as it is read, not read again at every
    /// quote: a greeting, a wall of rules and blank lines, then many quoted messages.
    #[test]
    fn many_quotes_under_many_lines_of_nothing_are_read_in_linear_time() {
        let mut body = String::from("Добрий день!\n");
        for _ in 0..60_000 {
            body.push_str("~~~~~~~~\n\n");
        }
        for _ in 0..30_000 {
            body.push_str("-----Original Message-----\n--\n\n");
        }
        let started = std::time::Instant::now();
        let own = unquote(&body, false).own;
        assert!(
            own.starts_with("Добрий день!"),
            "{}",
            &own[..40.min(own.len())]
        );
        assert!(
            started.elapsed() < std::time::Duration::from_secs(5),
            "took {:?}",
            started.elapsed()
        );
    }

    #[test]
    fn thousands_of_header_blocks_are_read_in_linear_time() {
        // 10,000 quoted requests, each under its header block and closed, the answer below the
        // last; then 40,000 header blocks over a one-line request, none closed.
        let mut body = String::new();
        for i in 0..10_000 {
            body.push_str(&format!(
                "From: a{i}@x.ua\nSent: b\nTo: c\nSubject: d\n\nПросимо надати.\nЗ повагою,\nX\n\n"
            ));
        }
        body.push_str("Проведено.");
        let mut flood = String::new();
        for _ in 0..40_000 {
            flood.push_str("From: a\nSent: b\nTo: c\nПросимо.\n");
        }
        let started = std::time::Instant::now();
        assert_eq!(unquote(&body, false).own, "Проведено.");
        assert_eq!(unquote(&flood, false).own, "");
        println!(
            "{} bytes unquoted in {:?}",
            body.len() + flood.len(),
            started.elapsed()
        );
        assert!(
            started.elapsed() < std::time::Duration::from_secs(5),
            "took {:?}",
            started.elapsed()
        );
    }
}
