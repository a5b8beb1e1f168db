//! Compose: what zvit writes to people — receipts, reminders, overdue notices, notices to
//! unknown senders — rendered from the admins' minijinja templates (Ukrainian, text and HTML)
//! and built into RFC 5322 bytes with lettre's builder. Pure once the templates are loaded
//! ([`Templates::load`] is the only I/O here).

use std::path::Path;

use jiff::Timestamp;
use jiff::civil::Date;
use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::analysis::parse::OWN_HEADER;
use crate::analysis::plan::{Executor, Measure, Plan};

#[derive(Debug, thiserror::Error)]
pub enum ComposeError {
    #[error("template {name}: cannot read {path}: {source}")]
    Read {
        name: String,
        path: String,
        source: std::io::Error,
    },
    #[error("{0}")]
    Template(String),
    #[error("building the message: {0}")]
    Build(String),
    #[error("{0}")]
    Chart(#[from] crate::outgoing::chart::ChartError),
}

/// The templates, by name: each has a `.txt.j2` and an `.html.j2` file.
pub const TEMPLATE_NAMES: [&str; 4] = ["receipt", "reminder", "unknown_sender", "digest"];

/// The admins' templates, loaded once.
pub struct Templates {
    env: minijinja::Environment<'static>,
}

/// Formats a minijinja error with the template file and line.
fn template_error(e: &minijinja::Error) -> String {
    let place = match (e.name(), e.line()) {
        (Some(n), Some(l)) => format!("{n}:{l}: "),
        (Some(n), None) => format!("{n}: "),
        _ => String::new(),
    };
    let detail = e.detail().map(|d| format!(" ({d})")).unwrap_or_default();
    format!("{place}{}{detail}", e.kind())
}

impl Templates {
    /// Reads every template from `dir` (file names like `receipt.txt.j2`).
    pub fn load(dir: &Path) -> Result<Templates, ComposeError> {
        let mut env = minijinja::Environment::new();
        // HTML templates escape what they insert; text templates do not.
        env.set_auto_escape_callback(|name| {
            if name.ends_with(".html.j2") {
                minijinja::AutoEscape::Html
            } else {
                minijinja::AutoEscape::None
            }
        });
        for name in TEMPLATE_NAMES {
            for ext in ["txt", "html"] {
                let file = format!("{name}.{ext}.j2");
                let path = dir.join(&file);
                let src = std::fs::read_to_string(&path).map_err(|source| ComposeError::Read {
                    name: file.clone(),
                    path: path.display().to_string(),
                    source,
                })?;
                let full = path.display().to_string();
                env.add_template_owned(full, src)
                    .map_err(|e| ComposeError::Template(template_error(&e)))?;
            }
        }
        Ok(Templates { env })
    }

    fn find(&self, name: &str, ext: &str) -> Result<minijinja::Template<'_, '_>, ComposeError> {
        let suffix = format!("{name}.{ext}.j2");
        let full = self
            .env
            .templates()
            .map(|(n, _)| n)
            .find(|n| n.ends_with(&suffix))
            .ok_or_else(|| ComposeError::Template(format!("no template {suffix}")))?;
        self.env
            .get_template(full)
            .map_err(|e| ComposeError::Template(template_error(&e)))
    }

    /// Renders a template pair: (text, HTML).
    pub fn render<S: Serialize>(
        &self,
        name: &str,
        ctx: &S,
    ) -> Result<(String, String), ComposeError> {
        let value = minijinja::Value::from(minijinja::value::Serde(ctx));
        let text = self
            .find(name, "txt")?
            .render(&value)
            .map_err(|e| ComposeError::Template(template_error(&e)))?;
        let html = self
            .find(name, "html")?
            .render(&value)
            .map_err(|e| ComposeError::Template(template_error(&e)))?;
        Ok((text, html))
    }

    /// Renders every template with sample data (for `check-config`); returns the problems.
    /// `digest` is a sample digest (built by `digest::sample`: compose does not know digests).
    pub fn check<D: serde::Serialize>(&self, plan: &Plan, digest: &D) -> Vec<String> {
        let mut problems = Vec::new();
        let (receipt, reminder, unknown) = samples(plan);
        for (name, r) in [
            ("receipt", self.render("receipt", &receipt)),
            ("reminder", self.render("reminder", &reminder)),
            ("unknown_sender", self.render("unknown_sender", &unknown)),
            ("digest", self.render("digest", digest)),
        ] {
            match r {
                Ok((t, h)) if t.trim().is_empty() || h.trim().is_empty() => {
                    problems.push(format!("{name}: renders empty"))
                }
                Ok(_) => {}
                Err(e) => problems.push(e.to_string()),
            }
        }
        problems
    }
}

/// "15 грудня 2012 року".
pub fn ukr_date(d: Date) -> String {
    const MONTHS: [&str; 12] = [
        "січня",
        "лютого",
        "березня",
        "квітня",
        "травня",
        "червня",
        "липня",
        "серпня",
        "вересня",
        "жовтня",
        "листопада",
        "грудня",
    ];
    format!(
        "{} {} {} року",
        d.day(),
        MONTHS[(d.month() - 1) as usize],
        d.year()
    )
}

/// Sender-written text echoed back in a mail (a subject, an excerpt, a file name), with its
/// links defanged so that no mail client makes them clickable, in the HTML part or the text
/// part (clients link bare addresses in both): `http://` becomes `hxxp[:]//` (`https` →
/// `hxxps`, `ftp` → `fxp`, any other scheme keeps its name with `[:]//`), and a dot that joins
/// host-name labels becomes `[.]` (`evil[.]example`, `www[.]x[.]com`, `x@evil[.]com`), as
/// CERTs write indicators. The notation is visible on purpose: a zero-width break would be
/// invisible to the reader, still linked by some clients and broken silently when copied.
/// Ordinary Ukrainian text is left as it is: a dot between Cyrillic words ("м.Чернігів",
/// "т.ч.") or before a digit ("п.1.2") is not a host name, and a document extension at the end
/// of a name ("zvit_2012.xlsx") is kept. The HTML templates escape what they insert as well
/// (minijinja's auto-escape for `.html.j2`), so no tag in the text reaches the HTML.
pub fn defang(text: &str) -> String {
    /// Extensions that are not top-level domains (".zip" and ".mov" are, so they are defanged).
    const DOCUMENT_EXTENSIONS: [&str; 22] = [
        "pdf", "doc", "docx", "xls", "xlsx", "xlsm", "odt", "ods", "rtf", "txt", "csv", "jpg",
        "jpeg", "png", "tif", "tiff", "gif", "bmp", "htm", "html", "rar", "eml",
    ];
    /// Cyrillic top-level domains that mail clients link.
    const CYRILLIC_TLDS: [&str; 8] = ["укр", "рф", "бел", "срб", "мкд", "қаз", "мон", "рус"];
    let host = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    let is_dot = |c: char| matches!(c, '.' | '\u{FF0E}' | '\u{3002}' | '\u{FF61}');
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 16);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == ':' && chars.get(i + 1) == Some(&'/') && chars.get(i + 2) == Some(&'/') {
            // The scheme just written: its letters back to a non-letter.
            let scheme_len = out
                .chars()
                .rev()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '.' | '-'))
                .count();
            let cut = out
                .char_indices()
                .rev()
                .nth(scheme_len.saturating_sub(1))
                .map_or(out.len(), |(p, _)| p);
            let scheme = if scheme_len == 0 {
                String::new()
            } else {
                out[cut..].to_ascii_lowercase()
            };
            let renamed = match scheme.as_str() {
                "http" => Some("hxxp"),
                "https" => Some("hxxps"),
                "ftp" => Some("fxp"),
                _ => None,
            };
            if let Some(r) = renamed {
                out.truncate(cut);
                out.push_str(r);
            }
            out.push_str("[:]//");
            i += 3;
            continue;
        }
        if is_dot(c) && i > 0 {
            let label: String = chars[i + 1..].iter().take_while(|c| host(**c)).collect();
            let after = chars.get(i + 1 + label.chars().count()).copied();
            let last = !after.is_some_and(|a| is_dot(a) || a.is_alphanumeric());
            let lower = label.to_ascii_lowercase();
            let ascii = host(chars[i - 1])
                && label.chars().count() >= 2
                && label.starts_with(|c: char| c.is_ascii_alphabetic())
                && !(last && DOCUMENT_EXTENSIONS.contains(&lower.as_str()));
            let cyrillic = chars[i - 1].is_alphanumeric() && {
                let word: String = chars[i + 1..]
                    .iter()
                    .take_while(|c| c.is_alphanumeric())
                    .collect();
                let next = chars.get(i + 1 + word.chars().count()).copied();
                CYRILLIC_TLDS.contains(&word.to_lowercase().as_str())
                    && !next.is_some_and(|a| a.is_alphanumeric() || is_dot(a))
            };
            if ascii || cyrillic {
                out.push_str("[.]");
                i += 1;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

/// The office's signature.
pub const OFFICE: &str = "Управління з питань внутрішньої політики та зв'язків з громадськістю Чернігівської обласної державної адміністрації";

#[derive(Debug, Clone, Serialize)]
pub struct MeasureLine {
    pub number: u32,
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Recognised {
    pub number: u32,
    pub excerpt: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Unreadable {
    pub name: String,
    pub reason: String,
}

/// What a receipt says.
#[derive(Debug, Clone, Serialize)]
pub struct ReceiptCtx {
    pub executor: String,
    pub received: String,
    pub subject: String,
    pub period: u32,
    pub deadline: String,
    pub late: bool,
    pub recognised: Vec<Recognised>,
    pub not_applicable: Vec<u32>,
    pub unplaced: usize,
    pub unreadable: Vec<Unreadable>,
    pub missing: Vec<MeasureLine>,
    pub mailbox: String,
    pub office: String,
}

/// What a reminder or overdue notice says.
#[derive(Debug, Clone, Serialize)]
pub struct ReminderCtx {
    pub executor: String,
    pub deadline: String,
    pub today: String,
    pub overdue: bool,
    /// A report arrived, but parts of it could not be placed or read.
    pub partial: bool,
    pub unreadable: Vec<String>,
    pub unplaced: usize,
    pub missing: Vec<MeasureLine>,
    pub mailbox: String,
    pub office: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct UnknownCtx {
    pub received: String,
    pub subject: String,
    pub mailbox: String,
    pub office: String,
}

fn samples(plan: &Plan) -> (ReceiptCtx, ReminderCtx, UnknownCtx) {
    let lines: Vec<MeasureLine> = plan
        .measures
        .iter()
        .take(2)
        .map(|m| MeasureLine {
            number: m.number,
            text: m.text.clone(),
        })
        .collect();
    let deadline = plan
        .deadlines
        .first()
        .map(|d| ukr_date(*d))
        .unwrap_or_default();
    (
        ReceiptCtx {
            executor: "Бобровицька районна державна адміністрація".into(),
            received: "10 грудня 2012 року".into(),
            subject: "Звіт".into(),
            period: 1,
            deadline: deadline.clone(),
            late: true,
            recognised: vec![Recognised {
                number: 6,
                excerpt: "Проведено 4 консультації…".into(),
            }],
            not_applicable: vec![12],
            unplaced: 1,
            unreadable: vec![Unreadable {
                name: "скан.pdf".into(),
                reason: "лише зображення".into(),
            }],
            missing: lines.clone(),
            mailbox: plan.mailbox.clone(),
            office: OFFICE.into(),
        },
        ReminderCtx {
            executor: "Бобровицької районної державної адміністрації".into(),
            deadline,
            today: "8 грудня 2012 року".into(),
            overdue: false,
            partial: true,
            unreadable: vec!["скан.pdf".into()],
            unplaced: 1,
            missing: lines,
            mailbox: plan.mailbox.clone(),
            office: OFFICE.into(),
        },
        UnknownCtx {
            received: "10 грудня 2012 року".into(),
            subject: "Звіт".into(),
            mailbox: plan.mailbox.clone(),
            office: OFFICE.into(),
        },
    )
}

/// What kind of mail zvit sends (the value of its `X-Zvit` header).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailKind {
    Receipt,
    UnknownSender,
    Reminder,
    Overdue,
    Digest,
    Alert,
}

impl MailKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MailKind::Receipt => "receipt",
            MailKind::UnknownSender => "unknown_sender",
            MailKind::Reminder => "reminder",
            MailKind::Overdue => "overdue",
            MailKind::Digest => "digest",
            MailKind::Alert => "alert",
        }
    }

    pub fn parse(s: &str) -> Option<MailKind> {
        [
            MailKind::Receipt,
            MailKind::UnknownSender,
            MailKind::Reminder,
            MailKind::Overdue,
            MailKind::Digest,
            MailKind::Alert,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }

    /// RFC 3834: replies are "auto-replied", everything else "auto-generated".
    fn auto_submitted(self) -> &'static str {
        match self {
            MailKind::Receipt | MailKind::UnknownSender => "auto-replied",
            _ => "auto-generated",
        }
    }
}

/// A mail to send, before it is built.
#[derive(Debug, Clone)]
pub struct Draft {
    /// The outbox idempotency key ("receipt:<message-id>", "reminder:1:7:rda-bobrovytsia").
    pub key: String,
    pub kind: MailKind,
    pub to: Vec<String>,
    pub cc: Vec<String>,
    pub subject: String,
    pub text: String,
    pub html: String,
    /// (file name, MIME type, bytes).
    pub attachments: Vec<(String, String, Vec<u8>)>,
    /// Images shown inside the HTML part: (Content-ID, MIME type, bytes); the HTML refers to
    /// them as `cid:<Content-ID>`.
    pub inline: Vec<(String, String, Vec<u8>)>,
    /// Message-ID (without <>) of the mail this answers.
    pub in_reply_to: Option<String>,
    pub references: Vec<String>,
}

/// The Message-ID zvit gives a mail: derived from its outbox key, so a mail sent twice in the
/// crash window carries the same Message-ID (mail clients then show it once).
pub fn message_id_for(key: &str, from: &str) -> String {
    let digest = Sha256::digest(key.as_bytes());
    let hex: String = digest.iter().take(12).map(|b| format!("{b:02x}")).collect();
    let domain = from.rsplit('@').next().unwrap_or("zvit.local");
    format!("{hex}.zvit@{domain}")
}

/// Builds the RFC 5322 bytes of a draft: multipart/alternative text + HTML, attachments,
/// threading headers, and the headers that keep auto-responders quiet (Auto-Submitted,
/// X-Auto-Response-Suppress, Precedence) and let zvit recognise its own mail (X-Zvit, X-Loop).
pub fn build(
    draft: &Draft,
    from: &str,
    from_name: &str,
    date: Timestamp,
) -> Result<(String, Vec<u8>), ComposeError> {
    let err = |e: &dyn std::fmt::Display| ComposeError::Build(e.to_string());
    let from_box = Mailbox::new(
        Some(from_name.to_string()),
        from.parse().map_err(|e| err(&e))?,
    );
    let message_id = message_id_for(&draft.key, from);
    let mut b = lettre::Message::builder()
        .from(from_box)
        .subject(draft.subject.clone())
        .message_id(Some(format!("<{message_id}>")))
        .date(
            std::time::SystemTime::UNIX_EPOCH
                + std::time::Duration::from_secs(date.as_second().max(0) as u64),
        );
    for to in &draft.to {
        b = b.to(to.parse().map_err(|e| err(&e))?);
    }
    for cc in &draft.cc {
        b = b.cc(cc.parse().map_err(|e| err(&e))?);
    }
    if let Some(irt) = &draft.in_reply_to {
        b = b.in_reply_to(format!("<{irt}>"));
    }
    if !draft.references.is_empty() {
        let refs: Vec<String> = draft.references.iter().map(|r| format!("<{r}>")).collect();
        b = b.references(refs.join(" "));
    }
    let raw = |name: &'static str, value: &str| {
        HeaderValue::new(HeaderName::new_from_ascii_str(name), value.to_string())
    };
    b = b
        .raw_header(raw("Auto-Submitted", draft.kind.auto_submitted()))
        .raw_header(raw("X-Auto-Response-Suppress", "All"))
        .raw_header(raw("Precedence", "bulk"))
        .raw_header(raw("X-Loop", from))
        .raw_header(raw(OWN_HEADER, draft.kind.as_str()));
    let html = SinglePart::builder()
        .header(ContentType::TEXT_HTML)
        .body(draft.html.clone());
    let text = SinglePart::builder()
        .header(ContentType::TEXT_PLAIN)
        .body(draft.text.clone());
    let alternative = if draft.inline.is_empty() {
        MultiPart::alternative().singlepart(text).singlepart(html)
    } else {
        let mut related = MultiPart::related().singlepart(html);
        for (cid, mime, bytes) in &draft.inline {
            let ct = ContentType::parse(mime).map_err(|e| err(&e))?;
            related =
                related.singlepart(Attachment::new_inline(cid.clone()).body(bytes.clone(), ct));
        }
        MultiPart::alternative().singlepart(text).multipart(related)
    };
    let message = if draft.attachments.is_empty() {
        b.multipart(alternative)
    } else {
        let mut mixed = MultiPart::mixed().multipart(alternative);
        for (name, mime, bytes) in &draft.attachments {
            let ct = ContentType::parse(mime).map_err(|e| err(&e))?;
            mixed = mixed.singlepart(Attachment::new(name.clone()).body(bytes.clone(), ct));
        }
        b.multipart(mixed)
    }
    .map_err(|e| err(&e))?;
    Ok((message_id, message.formatted()))
}

pub const XLSX_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// The .xlsx attached to a reminder: the executor's measures (number, text) and an empty column
/// for the progress report. Returned filled in, it is read with full confidence (the "Пункт
/// плану" column and the measure text agree).
pub fn prefilled_xlsx(
    executor: &Executor,
    measures: &[&Measure],
    deadline: Date,
) -> Result<Vec<u8>, ComposeError> {
    prefilled_xlsx_with(executor, measures, deadline, &[])
}

/// As [`prefilled_xlsx`], with report texts already in the last column (for tests that play
/// the executor filling it in).
pub fn prefilled_xlsx_with(
    executor: &Executor,
    measures: &[&Measure],
    deadline: Date,
    reports: &[&str],
) -> Result<Vec<u8>, ComposeError> {
    use rust_xlsxwriter::{Format, FormatBorder, Workbook};
    let err = |e: rust_xlsxwriter::XlsxError| ComposeError::Build(e.to_string());
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name("Звіт").map_err(err)?;
    let title = Format::new().set_bold();
    let head = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_border(FormatBorder::Thin)
        .set_background_color("#DDEBF7");
    let cell = Format::new().set_text_wrap().set_border(FormatBorder::Thin);
    ws.write_with_format(0, 0, format!("Інформація: {}", executor.name), &title)
        .map_err(err)?;
    ws.write(1, 0, format!("про виконання Плану заходів у рамках Ініціативи «Партнерство „Відкритий уряд“» (термін подання — {})", ukr_date(deadline)))
        .map_err(err)?;
    for (c, h) in ["Пункт плану", "Зміст заходу", "Інформація про виконання"]
        .iter()
        .enumerate()
    {
        ws.write_with_format(3, c as u16, *h, &head).map_err(err)?;
    }
    for (i, m) in measures.iter().enumerate() {
        let r = 4 + i as u32;
        ws.write_with_format(r, 0, m.number, &cell).map_err(err)?;
        ws.write_with_format(r, 1, &m.text, &cell).map_err(err)?;
        ws.write_with_format(r, 2, reports.get(i).copied().unwrap_or(""), &cell)
            .map_err(err)?;
    }
    ws.set_column_width(0, 10).map_err(err)?;
    ws.set_column_width(1, 70).map_err(err)?;
    ws.set_column_width(2, 70).map_err(err)?;
    ws.set_freeze_panes(4, 0).map_err(err)?;
    wb.save_to_buffer().map_err(err)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_ukrainian() {
        assert_eq!(
            ukr_date("2012-12-15".parse().unwrap()),
            "15 грудня 2012 року"
        );
    }

    #[test]
    fn links_in_echoed_text_are_defanged_and_plain_text_is_kept() {
        for (given, want) in [
            (
                "visit http://cheap.example/x?a=1 now",
                "visit hxxp[:]//cheap[.]example/x?a=1 now",
            ),
            ("HTTPS://Evil.Example", "hxxps[:]//Evil[.]Example"),
            ("ftp://files.example", "fxp[:]//files[.]example"),
            ("javascript://x", "javascript[:]//x"),
            ("www.pills.example", "www[.]pills[.]example"),
            ("write to a@b.example.com", "write to a@b[.]example[.]com"),
            ("report.zip", "report[.]zip"),
            ("evil．com", "evil[.]com"),
            ("сайт.укр і kyiv.рф", "сайт[.]укр і kyiv[.]рф"),
            // Ordinary text and document names are not touched.
            (
                "м.Чернігів, т.ч. п.1.2 і 3.5 тис. грн",
                "м.Чернігів, т.ч. п.1.2 і 3.5 тис. грн",
            ),
            (
                "zvit_2012.xlsx, Звіт.docx, e.g. v1.2",
                "zvit_2012.xlsx, Звіт.docx, e.g. v1.2",
            ),
            ("Проведено консультації.", "Проведено консультації."),
        ] {
            assert_eq!(defang(given), want, "{given}");
        }
    }

    #[test]
    fn html_templates_escape_and_do_not_link_what_a_sender_wrote() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/templates");
        let t = Templates::load(&dir).unwrap();
        let subject = defang("<a href=\"http://evil.example\">звіт</a> www.evil.example");
        let ctx = UnknownCtx {
            received: "10 грудня 2012 року".into(),
            subject,
            mailbox: "uvp@cg.ukrtel.net".into(),
            office: OFFICE.into(),
        };
        let (text, html) = t.render("unknown_sender", &ctx).unwrap();
        assert!(
            !html.contains("<a") && !html.contains("href=\"http"),
            "{html}"
        );
        assert!(html.contains("&lt;a href="), "escaped: {html}");
        for part in [&text, &html] {
            assert!(
                !part.contains("http://") && !part.contains("evil.example"),
                "{part}"
            );
        }
    }

    #[test]
    fn built_mail_carries_loop_headers_and_threads() {
        let d = Draft {
            key: "receipt:abc@x".into(),
            kind: MailKind::Receipt,
            to: vec!["a@example.gov.ua".into()],
            cc: vec!["b@example.gov.ua".into()],
            subject: "Re: Звіт".into(),
            text: "Текст".into(),
            html: "<p>Текст</p>".into(),
            attachments: vec![],
            inline: vec![],
            in_reply_to: Some("abc@x".into()),
            references: vec!["abc@x".into()],
        };
        let (mid, raw) = build(
            &d,
            "uvp@cg.ukrtel.net",
            "УВП",
            "2012-12-10T10:00:00Z".parse().unwrap(),
        )
        .unwrap();
        let text = String::from_utf8_lossy(&raw);
        assert!(text.contains("Auto-Submitted: auto-replied"), "{text}");
        assert!(text.contains("X-Zvit: receipt"));
        assert!(text.contains("X-Loop: uvp@cg.ukrtel.net"));
        assert!(text.contains("In-Reply-To: <abc@x>"));
        assert!(text.contains(&format!("Message-ID: <{mid}>")));
        assert_eq!(mid, message_id_for("receipt:abc@x", "uvp@cg.ukrtel.net"));
        // zvit's own parser sees it as its own mail.
        assert_eq!(
            crate::analysis::parse::parse(&raw).unwrap().kind,
            crate::analysis::parse::MessageKind::Own
        );
    }
}
