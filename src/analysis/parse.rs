//! Parse: raw RFC 5322 bytes → [`ParsedMessage`]: who sent it, what kind of mail it is, the
//! writer's own text (quoted replies removed, inline forwards kept), HTML tables in the body,
//! and every attachment's bytes with its name. Pure: no I/O.
//!
//! Long file: one walk over a message's MIME tree (body twins, forwards, attachments) and
//! the classification of the mail's kind from the same headers; the rest is its tests.

use jiff::Timestamp;
use mail_parser::decoders::base64::base64_decode;
use mail_parser::decoders::quoted_printable::quoted_printable_decode;
use mail_parser::{
    Encoding, HeaderValue, Message, MessageParser, MessagePart, MimeHeaders, PartType,
};

use crate::analysis::message_id::strip_angles;
use crate::analysis::reason::Reason;
use crate::analysis::text::{self, Table};

/// The header every mail zvit sends carries (with the mail's kind as its value).
pub const OWN_HEADER: &str = "X-Zvit";

/// What kind of mail a message is; only `Report` can yield report items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageKind {
    Report,
    AutoReply,
    Bounce,
    ReadReceipt,
    Own,
    Bulk,
    Spam,
}

impl MessageKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MessageKind::Report => "report",
            MessageKind::AutoReply => "auto_reply",
            MessageKind::Bounce => "bounce",
            MessageKind::ReadReceipt => "read_receipt",
            MessageKind::Own => "own",
            MessageKind::Bulk => "bulk",
            MessageKind::Spam => "spam",
        }
    }

    /// The kind stored as `code` (see [`MessageKind::as_str`]).
    pub fn from_code(code: &str) -> Option<MessageKind> {
        [
            MessageKind::Report,
            MessageKind::AutoReply,
            MessageKind::Bounce,
            MessageKind::ReadReceipt,
            MessageKind::Own,
            MessageKind::Bulk,
            MessageKind::Spam,
        ]
        .into_iter()
        .find(|k| k.as_str() == code)
    }

    /// The reason a non-report is left out.
    pub fn reason(self) -> Option<Reason> {
        match self {
            MessageKind::Report => None,
            MessageKind::AutoReply => Some(Reason::AutoReply),
            MessageKind::Bounce => Some(Reason::Bounce),
            MessageKind::ReadReceipt => Some(Reason::ReadReceipt),
            MessageKind::Own => Some(Reason::OwnMail),
            MessageKind::Bulk => Some(Reason::Bulk),
            MessageKind::Spam => Some(Reason::Spam),
        }
    }
}

/// An attachment as found in the message.
#[derive(Debug, Clone)]
pub struct Attachment {
    /// The decoded file name, or a made-up one ("attachment-2.bin") when none was given.
    pub name: String,
    /// The declared MIME type ("application/vnd.ms-excel"); the content decides, not this.
    pub content_type: String,
    /// The declared charset, for text attachments.
    pub charset: Option<String>,
    /// The attached message (message/rfc822) it came in, as an index into
    /// [`ParsedMessage::forwarded`]; `None` for the message's own attachments.
    pub forwarded_in: Option<usize>,
    pub data: Vec<u8>,
}

/// A message, parsed.
#[derive(Debug, Clone)]
pub struct ParsedMessage {
    /// Message-ID without angle brackets, if the message has one.
    pub message_id: Option<String>,
    /// The From address, lowercased.
    pub from: Option<String>,
    pub from_name: Option<String>,
    pub reply_to: Option<String>,
    pub subject: String,
    /// The newest Received: date, else Date:.
    pub header_time: Option<Timestamp>,
    pub kind: MessageKind,
    /// The writer's own body text, quotes removed.
    pub body: String,
    /// Tables in the body: an Excel range pasted into Outlook (HTML), or typed with tabs.
    pub body_tables: Vec<Table>,
    /// Whether the body was read from its HTML part.
    pub body_html: bool,
    /// Inline-forwarded and attached (message/rfc822) messages: original sender, recipients
    /// and text.
    pub forwarded: Vec<text::Forwarded>,
    pub attachments: Vec<Attachment>,
    /// The charset the body was decoded with.
    pub body_charset: Option<&'static str>,
    /// X-Loop header values, lowercased (zvit sets its own address there).
    pub x_loop: Vec<String>,
    /// The sender asked for no automatic answers (X-Auto-Response-Suppress).
    pub suppress_auto_response: bool,
    /// The References chain, for threading an answer (Message-IDs without <>).
    pub references: Vec<String>,
    /// Authentication-Results header values (RFC 8601), newest first, as written.
    pub auth_results: Vec<String>,
}

/// What intake needs before storing: the Message-ID and the header receive time.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Envelope {
    pub message_id: Option<String>,
    /// The newest Received: date, else Date:.
    pub header_time: Option<Timestamp>,
}

/// Reads only the envelope of a message (cheap; never fails).
pub fn envelope(raw: &[u8]) -> Envelope {
    let Some(msg) = MessageParser::default().parse_headers(raw) else {
        return Envelope::default();
    };
    Envelope {
        message_id: msg
            .message_id()
            .map(|m| strip_angles(m).to_string())
            .filter(|m| !m.is_empty()),
        header_time: header_time(&msg),
    }
}

fn header_time(msg: &Message) -> Option<Timestamp> {
    msg.received_all()
        .filter_map(|r| r.date())
        .map(|d| d.to_timestamp())
        .max()
        .or_else(|| msg.date().map(|d| d.to_timestamp()))
        .and_then(|s| Timestamp::from_second(s).ok())
}

/// Parses raw message bytes. Never fails: a message mail-parser cannot read at all comes back
/// with `Err(Reason::Malformed)` so the caller can record it.
pub fn parse(raw: &[u8]) -> Result<ParsedMessage, Reason> {
    let msg = MessageParser::default()
        .parse(raw)
        .ok_or_else(|| Reason::Malformed("не вдалося розібрати заголовки".into()))?;
    let has_mail_headers = [
        "From",
        "Date",
        "Message-ID",
        "Subject",
        "Content-Type",
        "Received",
        "To",
    ]
    .iter()
    .any(|h| msg.header_raw(*h).is_some());
    if msg.headers().is_empty() || !has_mail_headers {
        return Err(Reason::Malformed("немає заголовків листа".into()));
    }
    let subject = msg.subject().unwrap_or("").trim().to_string();
    let from_addr = msg.from().and_then(|a| a.first());
    let from = from_addr
        .and_then(|a| a.address())
        .map(|a| a.trim().to_lowercase());
    let from_name = from_addr.and_then(|a| a.name()).map(str::to_string);
    let reply_to = msg
        .reply_to()
        .and_then(|a| a.first())
        .and_then(|a| a.address())
        .map(|a| a.to_lowercase());
    let header_time = header_time(&msg);

    let kind = classify(&msg, &subject, from.as_deref());
    let forward_subject = text::is_forward_subject(&subject);

    let mut parsed = ParsedMessage {
        message_id: msg.message_id().map(|m| strip_angles(m).to_string()),
        from,
        from_name,
        reply_to,
        subject,
        header_time,
        kind,
        body: String::new(),
        body_tables: Vec::new(),
        body_html: false,
        forwarded: Vec::new(),
        attachments: Vec::new(),
        body_charset: None,
        x_loop: msg
            .header_values("X-Loop")
            .filter_map(|v| v.as_text())
            .map(|t| t.trim().to_lowercase())
            .collect(),
        suppress_auto_response: msg.header_raw("X-Auto-Response-Suppress").is_some(),
        auth_results: msg
            .header_values("Authentication-Results")
            .filter_map(|v| v.as_text())
            .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect(),
        references: match msg.references() {
            HeaderValue::Text(t) => vec![strip_angles(t).to_string()],
            HeaderValue::TextList(l) => l.iter().map(|t| strip_angles(t).to_string()).collect(),
            _ => Vec::new(),
        },
    };
    read_body(&msg, msg.raw_message(), forward_subject, &mut parsed, 0);
    Ok(parsed)
}

/// `root` is the outermost message's bytes: mail-parser gives nested parts' offsets into it.
fn read_body(
    msg: &Message,
    root: &[u8],
    forward_subject: bool,
    out: &mut ParsedMessage,
    depth: usize,
) {
    // Body: the first text/plain part, or the HTML one turned into text. When the HTML body
    // carries tables (Excel pasted into Outlook), its text and tables are used instead.
    let plain = msg
        .text_body
        .first()
        .and_then(|&i| msg.parts.get(i as usize))
        .filter(|p| p.is_text() && !p.is_text_html())
        .map(|p| part_text(root, msg, p));
    let html = msg
        .html_body
        .first()
        .and_then(|&i| msg.parts.get(i as usize))
        .filter(|p| p.is_text_html());
    let mut body_text = String::new();
    if let Some(h) = html {
        let (html_text, charset) = part_text(root, msg, h);
        // A forward keeps everything; a reply is cut where an Outlook-style quote (unmarked
        // text below a header block) begins, and its blockquotes are marked as quotes, so
        // that own text below or between them is kept.
        let content = if forward_subject {
            text::html_to_content(&html_text)
        } else {
            text::html_to_content_marking_quotes(cut_html_quote(&html_text))
        };
        // (Also when the HTML marks quotes its plain twin leaves unmarked — a blockquote
        // under the writer's lines, a plain twin without "> ": only the HTML tells the
        // writer's lines between the quoted ones from the quote. Only a quote under its
        // attribution ("… написав:"): a blockquote may be the indent button's, the writer's
        // own paragraph.)
        // (The attribution is looked for where a quote begins only: a stranger's thousand
        // quoted lines under one line do not test that line a thousand times.)
        let quotes_only_in_html = || {
            let (mut last, mut quoted) = ("", false);
            let attributed = content.text.lines().any(|l| {
                let was_quoted = std::mem::replace(&mut quoted, l.starts_with('>'));
                if quoted {
                    return !was_quoted && text::is_attribution_line(last);
                }
                if !l.trim().is_empty() {
                    last = l;
                }
                false
            });
            attributed
                && plain
                    .as_ref()
                    .is_some_and(|(t, _)| !t.lines().any(|l| l.trim_start().starts_with('>')))
        };
        // (And when the plain twin is an excerpt, cut short with an ellipsis — "п. 1 - на
        // сайті РДА розміщено 118 матеріалів..." — of a letter the HTML holds whole.)
        let plain_cut_short = || {
            plain.as_ref().is_some_and(|(t, _)| {
                let t = t.trim_end();
                (t.ends_with("...") || t.ends_with('…'))
                    && content.text.chars().count() > t.chars().count() * 3 / 2
            })
        };
        if !content.tables.is_empty()
            || plain.is_none()
            || quotes_only_in_html()
            || plain_cut_short()
        {
            out.body_html = true;
            body_text = content.text;
            out.body_tables.extend(content.tables);
            out.body_charset.get_or_insert(charset);
        }
    }
    if body_text.is_empty()
        && let Some((t, charset)) = plain
    {
        body_text = t;
        out.body_charset.get_or_insert(charset);
    }
    let unquoted = text::unquote(&body_text, forward_subject);
    // (Where this message's own entry among the forwarded ones is, for its attachments.)
    let forwarded_in = (depth > 0).then_some(out.forwarded.len());
    if depth == 0 {
        // A letter typed in Latin letters from a phone is read as the Cyrillic it stands for.
        out.body = text::translit::read_as_cyrillic(&unquoted.own).unwrap_or(unquoted.own);
    } else {
        out.forwarded.push(text::Forwarded {
            sender: msg
                .from()
                .and_then(|a| a.first())
                .and_then(|a| a.address())
                .map(|a| a.to_lowercase()),
            to: msg
                .to()
                .into_iter()
                .flat_map(|a| a.iter())
                .filter_map(|a| a.address())
                .map(|a| a.to_lowercase())
                .collect(),
            text: unquoted.own,
            // (An attached message's text is its own: nothing is typed below it.)
            below: String::new(),
        });
    }
    out.forwarded.extend(unquoted.forwarded);
    out.body_tables.extend(unquoted.tables);

    for (idx, &part_id) in msg.attachments.iter().enumerate() {
        let Some(part) = msg.parts.get(part_id as usize) else {
            continue;
        };
        if let PartType::Message(inner) = &part.body {
            if depth < 3 {
                read_body(inner, root, true, out, depth + 1);
            }
            continue;
        }
        let name = part
            .attachment_name()
            .map(|n| n.trim().to_string())
            .filter(|n| !n.is_empty())
            .map(|n| {
                if n.contains('\u{FFFD}') {
                    raw_file_name(root, part).unwrap_or(n)
                } else {
                    n
                }
            })
            .unwrap_or_else(|| format!("attachment-{}.bin", idx + 1));
        let content_type = part
            .content_type()
            .map(|ct| format!("{}/{}", ct.ctype(), ct.subtype().unwrap_or("")).to_lowercase())
            .unwrap_or_default();
        // Inline images in an HTML body (logos, signatures) are not reports.
        if content_type.starts_with("image/")
            && part.content_id().is_some()
            && !part
                .content_disposition()
                .is_some_and(|d| d.is_attachment())
        {
            continue;
        }
        let charset = part
            .content_type()
            .and_then(|ct| ct.attribute("charset"))
            .map(str::to_string);
        out.attachments.push(Attachment {
            name,
            content_type,
            charset,
            forwarded_in,
            data: part_bytes(root, msg, part),
        });
    }
}

/// Re-reads a file name from the part's raw headers, joining RFC 2047 words before decoding
/// them: some clients split a name in the middle of a multi-byte character.
fn raw_file_name(root: &[u8], part: &MessagePart) -> Option<String> {
    for h in &part.headers {
        let name = h.name().to_ascii_lowercase();
        if name != "content-disposition" && name != "content-type" {
            continue;
        }
        let raw = root.get(h.offset_start() as usize..h.offset_end() as usize)?;
        // A name in raw 8-bit bytes (an old client's windows-1251 or koi8-u) is read in the
        // Cyrillic charset it reads best in, as an unlabelled body is.
        let (raw, _) = text::decode_bytes(raw, None);
        let lower = raw.to_ascii_lowercase();
        for key in ["filename=", "name="] {
            if let Some(pos) = lower.find(key) {
                let rest = raw[pos + key.len()..].trim_start();
                let value = if let Some(q) = rest.strip_prefix('"') {
                    q.split('"').next().unwrap_or("")
                } else {
                    rest.split(';').next().unwrap_or("").trim()
                };
                let decoded = text::decode_encoded_words(value);
                if !decoded.is_empty() && !decoded.contains('\u{FFFD}') {
                    return Some(decoded);
                }
            }
        }
    }
    None
}

/// The decoded bytes of a part, before any charset conversion.
fn part_bytes(root: &[u8], msg: &Message, part: &MessagePart) -> Vec<u8> {
    match &part.body {
        PartType::Binary(b) | PartType::InlineBinary(b) => b.to_vec(),
        _ => {
            let range = part.raw_body_offset() as usize..part.raw_end_offset() as usize;
            let Some(raw) = root
                .get(range.clone())
                .or_else(|| msg.raw_message().get(range))
            else {
                return part.contents().to_vec();
            };
            match part.encoding {
                Encoding::Base64 => {
                    let compact: Vec<u8> = raw
                        .iter()
                        .copied()
                        .filter(|b| !b.is_ascii_whitespace())
                        .collect();
                    base64_decode(&compact).unwrap_or_else(|| part.contents().to_vec())
                }
                Encoding::QuotedPrintable => {
                    quoted_printable_decode(raw).unwrap_or_else(|| part.contents().to_vec())
                }
                Encoding::None => raw.to_vec(),
            }
        }
    }
}

/// A text part decoded from its raw bytes, so that a wrong charset label can be corrected.
fn part_text(root: &[u8], msg: &Message, part: &MessagePart) -> (String, &'static str) {
    let bytes = part_bytes(root, msg, part);
    let declared = part.content_type().and_then(|ct| ct.attribute("charset"));
    text::decode_bytes(&bytes, declared)
}

/// Cuts an HTML body where an Outlook-style quoted reply begins: a header block over the
/// original text, which is not marked as a quote. (Blockquotes of Gmail, Thunderbird and web
/// mail are marked instead: see [`text::html_to_content_marking_quotes`].)
fn cut_html_quote(html: &str) -> &str {
    let lower = html.to_ascii_lowercase();
    let markers = ["id=\"divrplyfwdmsg\"", "id=\"appendonsend\""];
    let mut cut = html.len();
    for m in markers {
        if let Some(p) = lower.find(m) {
            cut = cut.min(lower[..p].rfind('<').unwrap_or(p));
        }
    }
    // Outlook desktop: a div with a top border followed by a "From:" header block.
    if let Some(p) = lower.find("border-top:solid")
        && lower[p..]
            .chars()
            .take(600)
            .collect::<String>()
            .contains("from:")
    {
        cut = cut.min(lower[..p].rfind("<div").unwrap_or(p));
    }
    &html[..cut]
}

fn header_text<'a>(msg: &'a Message<'a>, name: &'a str) -> Option<&'a str> {
    msg.header_raw(name).map(str::trim)
}

/// Decides what kind of mail this is from its headers, structure and subject.
fn classify(msg: &Message, subject: &str, from: Option<&str>) -> MessageKind {
    // zvit's own mail: its header, or a Message-ID it made (see compose::message_id_for).
    if msg.header_raw(OWN_HEADER).is_some()
        || msg.message_id().is_some_and(|m| m.contains(".zvit@"))
    {
        return MessageKind::Own;
    }
    let root_type = msg.root_part().content_type();
    let report_type = root_type
        .filter(|ct| {
            ct.ctype().eq_ignore_ascii_case("multipart")
                && ct
                    .subtype()
                    .is_some_and(|s| s.eq_ignore_ascii_case("report"))
        })
        .and_then(|ct| ct.attribute("report-type"))
        .map(str::to_lowercase);
    if report_type.as_deref() == Some("disposition-notification") {
        return MessageKind::ReadReceipt;
    }
    let local = from
        .and_then(|f| f.split('@').next())
        .unwrap_or("")
        .to_lowercase();
    let null_return_path = matches!(msg.return_path(), HeaderValue::Text(t) if strip_angles(t.trim()).is_empty())
        || header_text(msg, "Return-Path")
            .is_some_and(|r| r.trim_matches(['<', '>', ' ']).is_empty());
    if report_type.is_some()
        || local == "mailer-daemon"
        || local == "postmaster"
        || null_return_path
    {
        return MessageKind::Bounce;
    }
    let lower_subject = subject.to_lowercase();
    if [
        "прочитано:",
        "read:",
        "прочитане:",
        "не прочитано:",
        "прочитано :",
    ]
    .iter()
    .any(|p| lower_subject.starts_with(p))
        || msg.header_raw("Original-Message-ID").is_some() && lower_subject.contains("прочит")
    {
        return MessageKind::ReadReceipt;
    }
    let auto_submitted = header_text(msg, "Auto-Submitted").map(str::to_lowercase);
    if auto_submitted
        .as_deref()
        .is_some_and(|v| !v.starts_with("no"))
        || msg.header_raw("X-Autoreply").is_some()
        || msg.header_raw("X-Autorespond").is_some()
        || header_text(msg, "Precedence").is_some_and(|p| p.eq_ignore_ascii_case("auto_reply"))
        || [
            "out of office",
            "automatic reply",
            "auto:",
            "autoreply",
            "автовідповідь",
            "автоматична відповідь",
            "автоответ",
            "автоматический ответ",
            "відсутній в офісі",
            "нет на месте",
        ]
        .iter()
        .any(|p| lower_subject.starts_with(p) || lower_subject.contains(&format!(": {p}")))
    {
        return MessageKind::AutoReply;
    }
    if header_text(msg, "X-Spam-Flag").is_some_and(|v| v.eq_ignore_ascii_case("yes"))
        || header_text(msg, "X-Spam-Status").is_some_and(|v| v.to_lowercase().starts_with("yes"))
    {
        return MessageKind::Spam;
    }
    if header_text(msg, "Precedence")
        .is_some_and(|p| matches!(p.to_lowercase().as_str(), "bulk" | "junk" | "list"))
        || msg.header_raw("List-Id").is_some()
        || msg.header_raw("List-Unsubscribe").is_some()
    {
        return MessageKind::Bulk;
    }
    MessageKind::Report
}

/// Why zvit must not answer this message automatically, if it must not (RFC 3834 and the
/// habits of real auto-responders): not a report, a sender who asked for no automatic answers,
/// zvit's own X-Loop, no sender, or one of zvit's own addresses.
pub fn no_auto_answer(msg: &ParsedMessage, own: &[String]) -> Option<&'static str> {
    if msg.kind != MessageKind::Report {
        return Some(msg.kind.as_str());
    }
    if msg.suppress_auto_response {
        return Some("x_auto_response_suppress");
    }
    if msg
        .x_loop
        .iter()
        .any(|l| own.iter().any(|o| l.contains(o.as_str())))
    {
        return Some("x_loop");
    }
    let target = msg.reply_to.as_deref().or(msg.from.as_deref());
    match target {
        None => Some("no_sender"),
        Some(t)
            if own.iter().any(|o| o == t)
                || msg
                    .from
                    .as_deref()
                    .is_some_and(|f| own.iter().any(|o| o == f)) =>
        {
            Some("own_address")
        }
        Some(t)
            if t.split('@')
                .next()
                .is_some_and(|l| l.eq_ignore_ascii_case("mailer-daemon")) =>
        {
            Some("mailer_daemon")
        }
        Some(_) => None,
    }
}

// ---- a message kept as headers only (IMAP, over `max_message_bytes`) -----------------------

/// The first line of a message stored as headers only: zvit's own mark, with the size the
/// server gave. The analysis reads it back ([`too_large_size`]) as `too_large`.
const TOO_LARGE_MARK: &str = "X-Zvit-Too-Large: ";

/// A message over the size limit as zvit keeps it: its mark, then its header.
pub fn headers_only(size: u64, header: &[u8]) -> Vec<u8> {
    let mut raw = format!("{TOO_LARGE_MARK}{size}\r\n").into_bytes();
    raw.extend_from_slice(header);
    if !raw.ends_with(b"\r\n\r\n") && !raw.ends_with(b"\n\n") {
        // A cut header: end it, so the stored message has an empty body, not half a header.
        if !raw.ends_with(b"\n") {
            raw.extend_from_slice(b"\r\n");
        }
        raw.extend_from_slice(b"\r\n");
    }
    raw
}

/// The size of a message that was stored as headers only ([`headers_only`]), read from the
/// mark on its first line. Pure.
pub fn too_large_size(raw: &[u8]) -> Option<u64> {
    let rest = raw.strip_prefix(TOO_LARGE_MARK.as_bytes())?;
    let end = rest.iter().position(|b| *b == b'\r' || *b == b'\n')?;
    std::str::from_utf8(&rest[..end]).ok()?.trim().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mail(headers: &str, body: &str) -> Vec<u8> {
        format!("{headers}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}").into_bytes()
    }

    #[test]
    fn a_body_typed_in_translit_is_read_as_cyrillic() {
        let body = "Dlia UVP ODA. Pyshu z telefonu, bo robocha poshta ne pracjuje.\r\n\
                    p.6 - provedeno 2 konsultacii z gromadskistju\r\n\
                    Kravec O.M., viddil organizacijnoi roboty aparatu Shchorskoi RDA\r\n";
        let m = parse(&mail("From: olena@gmail.com\r\nSubject: VU", body)).unwrap();
        assert!(
            m.body.contains("п.6 - проведено 2 консултації"),
            "{}",
            m.body
        );
        assert!(m.body.contains("Щорскої РДА"), "{}", m.body);
        // English stays English.
        let english = "Please find attached the report of the district administration on the \
                       plan for the second half of the year.\r\n";
        let m = parse(&mail("From: a@b.ua\r\nSubject: Report", english)).unwrap();
        assert!(m.body.starts_with("Please find attached"), "{}", m.body);
    }

    #[test]
    fn kinds_are_recognised_from_headers() {
        let k = |h: &str| parse(&mail(h, "text")).unwrap().kind;
        assert_eq!(k("From: a@b.ua\r\nSubject: Звіт"), MessageKind::Report);
        assert_eq!(
            k("From: a@b.ua\r\nAuto-Submitted: auto-replied\r\nSubject: Re: x"),
            MessageKind::AutoReply
        );
        assert_eq!(
            k("From: a@b.ua\r\nAuto-Submitted: no\r\nSubject: Звіт"),
            MessageKind::Report
        );
        assert_eq!(
            k("From: a@b.ua\r\nSubject: Автовідповідь: Звіт"),
            MessageKind::AutoReply
        );
        assert_eq!(
            k("From: MAILER-DAEMON@b.ua\r\nSubject: Undelivered"),
            MessageKind::Bounce
        );
        assert_eq!(
            k("Return-Path: <>\r\nFrom: a@b.ua\r\nSubject: x"),
            MessageKind::Bounce
        );
        assert_eq!(
            k("From: a@b.ua\r\nSubject: Прочитано: Звіт"),
            MessageKind::ReadReceipt
        );
        assert_eq!(
            k("From: a@b.ua\r\nX-Zvit: receipt\r\nSubject: x"),
            MessageKind::Own
        );
        assert_eq!(
            k("From: a@b.ua\r\nList-Id: <news.b.ua>\r\nSubject: x"),
            MessageKind::Bulk
        );
        assert_eq!(
            k("From: a@b.ua\r\nX-Spam-Flag: YES\r\nSubject: x"),
            MessageKind::Spam
        );
    }

    #[test]
    fn mislabelled_body_charset_is_corrected() {
        let (koi, _, _) = encoding_rs::KOI8_U.encode("Проведено консультації з громадськістю");
        let mut raw = b"From: a@b.ua\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=windows-1251\r\nContent-Transfer-Encoding: 8bit\r\n\r\n".to_vec();
        raw.extend_from_slice(&koi);
        let p = parse(&raw).unwrap();
        assert_eq!(p.body, "Проведено консультації з громадськістю");
        assert_eq!(p.body_charset, Some("KOI8-U"));
    }

    /// An attachment named in raw 8-bit bytes (an old client's windows-1251, no RFC 2047 or
    /// 2231) keeps its Cyrillic name.
    #[test]
    fn a_raw_8bit_file_name_is_read_in_its_cyrillic_charset() {
        let (name, _, _) = encoding_rs::WINDOWS_1251.encode("Інформація_освіта_ВУ.rtf");
        let mut raw = b"From: a@b.ua\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: \
            multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain; \
            charset=utf-8\r\n\r\nZvit.\r\n--b\r\nContent-Type: application/rtf; \
            name=\""
            .to_vec();
        raw.extend_from_slice(&name);
        raw.extend_from_slice(b"\"\r\nContent-Disposition: attachment; filename=\"");
        raw.extend_from_slice(&name);
        raw.extend_from_slice(
            b"\"\r\nContent-Transfer-Encoding: base64\r\n\r\ne3J0MX0=\r\n--b--\r\n",
        );
        let p = parse(&raw).unwrap();
        assert_eq!(p.attachments.len(), 1);
        assert_eq!(p.attachments[0].name, "Інформація_освіта_ВУ.rtf");
    }

    #[test]
    fn loop_safety() {
        let own = vec!["uvp@cg.ukrtel.net".to_string()];
        let p = |h: &str| parse(&mail(h, "text")).unwrap();
        assert_eq!(
            no_auto_answer(&p("From: a@b.ua\r\nSubject: Звіт"), &own),
            None
        );
        assert_eq!(
            no_auto_answer(
                &p("From: a@b.ua\r\nX-Auto-Response-Suppress: All\r\nSubject: x"),
                &own
            ),
            Some("x_auto_response_suppress")
        );
        assert_eq!(
            no_auto_answer(
                &p("From: a@b.ua\r\nX-Loop: uvp@cg.ukrtel.net\r\nSubject: x"),
                &own
            ),
            Some("x_loop")
        );
        assert_eq!(
            no_auto_answer(&p("From: uvp@cg.ukrtel.net\r\nSubject: x"), &own),
            Some("own_address")
        );
        assert_eq!(
            no_auto_answer(&p("From: a@b.ua\r\nPrecedence: bulk\r\nSubject: x"), &own),
            Some("bulk")
        );
        assert_eq!(
            no_auto_answer(
                &p("From: a@b.ua\r\nMessage-ID: <0a1b.zvit@cg.ukrtel.net>\r\nSubject: x"),
                &own
            ),
            Some("own")
        );
        assert_eq!(
            no_auto_answer(
                &p("From: a@b.ua\r\nAuto-Submitted: auto-generated\r\nSubject: x"),
                &own
            ),
            Some("auto_reply")
        );
    }

    #[test]
    fn an_html_reply_below_a_quoted_form_keeps_its_own_table_and_not_the_quoted_one() {
        let html = "<p>10.03.2013 9:00, УВП &lt;uvp@x.ua&gt; пише:</p><blockquote type=\"cite\">\
            Заповніть форму:<table><tr><td>6</td><td>____</td></tr><tr><td>7</td><td>____</td></tr>\
            </table></blockquote><p>Заповнено:</p><table><tr><td>6</td><td>Проведено 2 \
            консультації</td></tr></table><p>Ольга</p>";
        let raw = format!(
            "From: a@b.ua\r\nSubject: Re: форма\r\nMIME-Version: 1.0\r\n\
             Content-Type: text/html; charset=utf-8\r\n\r\n{html}"
        );
        let p = parse(raw.as_bytes()).unwrap();
        assert_eq!(
            p.body_tables
                .iter()
                .map(|t| t.rows.clone())
                .collect::<Vec<_>>(),
            vec![vec![vec![
                "6".to_string(),
                "Проведено 2 консультації".to_string()
            ]]]
        );
        assert_eq!(p.body, "Заповнено:\n\nОльга");
    }

    /// Roundcube's twins of a supplement written between the lines of the office's own
    /// letter: the HTML quotes in blockquotes, the plain twin lost the "> ". The HTML tells
    /// the writer's lines from the quote; with "> " in the plain twin, the plain is read.
    #[test]
    fn a_plain_twin_that_lost_the_quotes_marks_gives_way_to_the_html() {
        let plain = "Доповнення до нашого листа.\r\n\r\n10.12.2012 15:37, rda@x.ua написав:\r\n\r\n\
            п. 6 – проведено 3 обговорення;\r\n\r\nп. 9 – -\r\n\r\nУточнюємо: 29.11.2012 \
            члени громадської ради взяли участь в обговоренні програми.\r\n";
        let html = "<div>Доповнення до нашого листа.</div><p>10.12.2012 15:37, rda@x.ua \
            написав:</p><blockquote type=\"cite\"><p>п. 6 – проведено 3 обговорення;</p>\
            <p>п. 9 – -</p></blockquote><p>Уточнюємо: 29.11.2012 члени громадської ради взяли \
            участь в обговоренні програми.</p>";
        let raw = |plain: &str| {
            format!(
                "From: a@b.ua\r\nSubject: Re: Інформація\r\nMIME-Version: 1.0\r\n\
                 Content-Type: multipart/alternative; boundary=\"b\"\r\n\r\n--b\r\n\
                 Content-Type: text/plain; charset=utf-8\r\n\r\n{plain}\r\n--b\r\n\
                 Content-Type: text/html; charset=utf-8\r\n\r\n{html}\r\n--b--\r\n"
            )
        };
        let p = parse(raw(plain).as_bytes()).unwrap();
        assert!(p.body_html);
        assert!(p.body.contains("Уточнюємо"), "{}", p.body);
        assert!(!p.body.contains("проведено 3 обговорення"), "{}", p.body);
        let marked = plain.replace("п. 6", "> п. 6").replace("п. 9", "> п. 9");
        let p = parse(raw(&marked).as_bytes()).unwrap();
        assert!(!p.body_html);
        // A blockquote with no attribution above it may be the indent button's: the writer's
        // own paragraph. The plain twin is read.
        let indented = html.replace("10.12.2012 15:37, rda@x.ua написав:", "Звіт за І півріччя.");
        let raw_indented = raw(plain).replace(html, &indented);
        let p = parse(raw_indented.as_bytes()).unwrap();
        assert!(!p.body_html);
    }

    /// A plain twin that is only the letter's first line cut short with an ellipsis (Word
    /// HTML sent by Outlook) gives way to the HTML, which holds the letter whole; a plain
    /// twin as long as the HTML's text is read, whatever it ends with.
    #[test]
    fn a_plain_twin_cut_short_gives_way_to_the_html() {
        let html = "<p>п. 1 – на сайті РДА розміщено 118 матеріалів.</p><p>п. 6 – 3 громадські \
            слухання, 205 учасників.</p><p>п. 9 – проект обговорено з 8 членами громадської \
            ради.</p>";
        let raw = |plain: &str| {
            format!(
                "From: a@b.ua\r\nSubject: Звіт\r\nMIME-Version: 1.0\r\n\
                 Content-Type: multipart/alternative; boundary=\"b\"\r\n\r\n--b\r\n\
                 Content-Type: text/plain; charset=utf-8\r\n\r\n{plain}\r\n--b\r\n\
                 Content-Type: text/html; charset=utf-8\r\n\r\n{html}\r\n--b--\r\n"
            )
        };
        let p = parse(raw("п. 1 - на сайті РДА розміщено 118 матеріалів...").as_bytes()).unwrap();
        assert!(p.body_html);
        assert!(p.body.contains("членами громадської ради"), "{}", p.body);
        let whole = "п. 1 – на сайті РДА розміщено 118 матеріалів.\r\n\r\nп. 6 – 3 \
            громадські слухання, 205 учасників.\r\n\r\nп. 9 – проект обговорено з 8 членами \
            громадської ради, далі буде...";
        let p = parse(raw(whole).as_bytes()).unwrap();
        assert!(!p.body_html);
    }

    #[test]
    fn garbage_is_malformed_not_a_panic() {
        assert!(parse(b"").is_err());
        let _ = parse(b"\x00\x01\x02 not a mail at all");
    }

    #[test]
    fn a_message_kept_as_headers_only_says_its_size() {
        let raw = headers_only(30_000_000, b"From: a@x\r\nSubject: big\r\n\r\n");
        assert!(raw.starts_with(b"X-Zvit-Too-Large: 30000000\r\nFrom: a@x\r\n"));
        assert_eq!(too_large_size(&raw), Some(30_000_000));
        let cut = headers_only(7, b"From: a@x\r\nSubject: cut");
        assert!(cut.ends_with(b"cut\r\n\r\n"));
        assert_eq!(too_large_size(b"From: a@x\r\n\r\n"), None);
        assert_eq!(too_large_size(b"X-Zvit-Too-Large: many\r\n"), None);
    }
}
