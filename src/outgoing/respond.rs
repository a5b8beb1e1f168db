//! Respond: which automatic mails a situation calls for — a receipt for a report, a notice to an
//! unknown sender, a reminder or overdue notice for an executor — as [`Draft`]s with their
//! outbox keys. Pure: the decisions take the plan, the analysis and what is already covered
//! (they only log why an answer was withheld).
//!
//! Where answers to incoming mail may go ([`may_answer`]): the attributed executor's registered
//! addresses (plan.toml and learned ones), and the sender or its Reply-To only when that address
//! is registered or its domain is in `[receipts] answer_domains`. Anyone else gets nothing, so
//! the office's address cannot be made to send mail (or its echo of a subject) to third parties.

use std::path::PathBuf;

use jiff::Timestamp;

use crate::analysis::pipeline::{Analysis, Reply};
use crate::analysis::plan::{Executor, Plan};
use crate::outgoing::compose::{
    self, ComposeError, Draft, MailKind, MeasureLine, ReceiptCtx, Recognised, ReminderCtx,
    Templates, UnknownCtx, Unreadable,
};
use crate::outgoing::policy::{ReceiptPolicy, plan_domains};
use crate::outgoing::records::Queued;
use crate::outgoing::schedule::{Slot, SlotKind};

/// What the mailer is built from (`[outgoing]`, `[admin]`, `[receipts]` and the templates'
/// folder), resolved by config.
#[derive(Debug, Clone)]
pub struct MailerSettings {
    /// The folder of the mail templates.
    pub templates: PathBuf,
    pub from: String,
    pub from_name: String,
    pub admins: Vec<String>,
    pub receipts: ReceiptPolicy,
}

/// Everything needed to write mail: templates, the sender, the receipt policy.
pub struct Mailer {
    pub templates: Templates,
    pub from: String,
    pub from_name: String,
    pub receipts: ReceiptPolicy,
    /// Who is told when something needs an admin (`[admin] emails`).
    pub admins: Vec<String>,
}

impl Mailer {
    /// Loads the templates and takes the rest of the settings as they are.
    pub fn new(settings: MailerSettings) -> Result<Mailer, ComposeError> {
        Ok(Mailer {
            templates: Templates::load(&settings.templates)?,
            from: settings.from,
            from_name: settings.from_name,
            admins: settings.admins,
            receipts: settings.receipts,
        })
    }

    /// Builds a draft into an outbox entry.
    pub fn queue(&self, draft: &Draft, now: Timestamp) -> Result<Queued, ComposeError> {
        let (message_id, raw) = compose::build(draft, &self.from, &self.from_name, now)?;
        let mut recipients = draft.to.clone();
        recipients.extend(draft.cc.iter().cloned());
        Ok(Queued {
            key: draft.key.clone(),
            kind: draft.kind,
            recipients,
            message_id,
            raw,
        })
    }
}

fn re(subject: &str) -> String {
    let s = subject.trim();
    if s.to_lowercase().starts_with("re:") {
        s.to_string()
    } else if s.is_empty() {
        "Re: ваш лист".into()
    } else {
        format!("Re: {s}")
    }
}

fn local_date(plan: &Plan, ts: Timestamp) -> jiff::civil::Date {
    ts.to_zoned_datetime(plan.tz.clone()).date()
}

/// Unreadable parts named in one receipt; the rest are counted.
const MAX_UNREADABLE_LISTED: usize = 20;

/// At most `max` characters of `s`, with "…" when cut.
fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max).collect();
    out.push('…');
    out
}

/// The receipt for an analysed report: what was recognised per measure, unreadable
/// attachments and why, and what the executor still owes for the period. `covered` are the
/// measures covered (or marked not applicable) for this executor and period, this report
/// included. `None` when no receipt is due.
pub fn receipt(
    plan: &Plan,
    mailer: &Mailer,
    message_id: &str,
    received: Timestamp,
    a: &Analysis,
    covered: &[u32],
) -> Result<Option<Draft>, ComposeError> {
    if !mailer.receipts.enabled {
        return Ok(None);
    }
    let (Some(reply), Some(attr), Some(period)) = (&a.reply, &a.attribution, a.period) else {
        return Ok(None);
    };
    let Some(executor) = plan.executor(&attr.executor) else {
        return Ok(None);
    };
    let Some((to, cc)) = receipt_recipients(plan, mailer, message_id, a, reply, executor) else {
        return Ok(None);
    };
    // The sender's own items: a joint report's section for another office is that office's.
    let own = || a.items.iter().filter(|i| i.executor.is_none());
    let mut recognised: Vec<Recognised> = Vec::new();
    for it in own().filter(|i| !i.not_applicable) {
        let Some(n) = it.measure else { continue };
        if recognised.iter().any(|r| r.number == n) {
            continue;
        }
        // Echoed text is the sender's: its links are defanged (see `compose::defang`).
        let text = compose::defang(&it.text);
        let mut excerpt: String = text.chars().take(160).collect();
        if text.chars().count() > 160 {
            excerpt.push('…');
        }
        recognised.push(Recognised { number: n, excerpt });
    }
    recognised.sort_by_key(|r| r.number);
    let not_applicable: Vec<u32> = own()
        .filter(|i| i.not_applicable)
        .filter_map(|i| i.measure)
        .collect();
    // A receipt never grows with what a sender packs into one mail: at most
    // `MAX_UNREADABLE_LISTED` parts are named, names shortened, the rest counted.
    let problems: Vec<(&str, &crate::analysis::reason::Reason)> = a
        .parts
        .iter()
        .filter_map(|p| {
            p.reason
                .as_ref()
                .filter(|r| !r.kind().read_and_left_out())
                .map(|r| (p.name.as_str(), r))
        })
        .collect();
    let mut unreadable: Vec<Unreadable> = problems
        .iter()
        .take(MAX_UNREADABLE_LISTED)
        .map(|(name, r)| Unreadable {
            name: compose::defang(&shorten(name, 80)),
            reason: compose::defang(&shorten(&r.text(), 200)),
        })
        .collect();
    if problems.len() > MAX_UNREADABLE_LISTED {
        unreadable.push(Unreadable {
            name: format!("ще {} файлів", problems.len() - MAX_UNREADABLE_LISTED),
            reason: "також не прочитано (перелік скорочено)".into(),
        });
    }
    let missing = missing_lines(plan, executor, period, covered);
    let ctx = ReceiptCtx {
        executor: executor.name.clone(),
        received: compose::ukr_date(local_date(plan, received)),
        subject: compose::defang(&reply.subject),
        period,
        deadline: compose::ukr_date(plan.deadlines[period as usize - 1]),
        late: a.late,
        recognised,
        not_applicable,
        unplaced: a.items.iter().filter(|i| i.measure.is_none()).count(),
        unreadable,
        missing,
        mailbox: plan.mailbox.clone(),
        office: compose::OFFICE.into(),
    };
    let (text, html) = mailer.templates.render("receipt", &ctx)?;
    Ok(Some(answer(
        reply,
        format!("receipt:{message_id}"),
        MailKind::Receipt,
        to,
        cc,
        text,
        html,
    )))
}

/// Whether automatic mail may go to `address`: it is a valid address and either registered to
/// an executor (plan.toml or learned) or in a domain of `[receipts] answer_domains` (a
/// subdomain counts as its domain; without the setting, the domains of the plan's addresses).
pub fn may_answer(plan: &Plan, receipts: &ReceiptPolicy, address: &str) -> bool {
    let Ok(parsed) = address.trim().parse::<lettre::Address>() else {
        return false;
    };
    if plan.executor_by_email(address).is_some() {
        return true;
    }
    let host = parsed.domain().trim_end_matches('.').to_lowercase();
    let in_list = |domains: &[String]| {
        domains
            .iter()
            .any(|d| host == *d || host.ends_with(&format!(".{d}")))
    };
    match &receipts.answer_domains {
        Some(domains) => in_list(domains),
        None => in_list(&plan_domains(plan)),
    }
}

/// The first of the reply address (Reply-To, else From) and the From address that automatic
/// mail may go to.
fn answerable(plan: &Plan, mailer: &Mailer, a: &Analysis, reply: &Reply) -> Option<String> {
    std::iter::once(reply.to.as_str())
        .chain(a.from.as_deref())
        .find(|addr| may_answer(plan, &mailer.receipts, addr))
        .map(|addr| addr.trim().to_lowercase())
}

/// To and Cc of a receipt. The executor always gets it at its registered addresses, so a
/// report sent in its name by someone else (a forwarded copy, a name in the subject, a forgery)
/// is seen by the real executor; the sender or its Reply-To gets it only where
/// [`may_answer`] allows. `None` (logged) when nobody may get it.
fn receipt_recipients(
    plan: &Plan,
    mailer: &Mailer,
    message_id: &str,
    a: &Analysis,
    reply: &Reply,
    executor: &Executor,
) -> Option<(Vec<String>, Vec<String>)> {
    let registered: Vec<String> = executor
        .emails
        .iter()
        .filter(|e| e.parse::<lettre::Address>().is_ok())
        .cloned()
        .collect();
    let (to, cc) = match answerable(plan, mailer, a, reply) {
        Some(addr) if registered.contains(&addr) => (vec![addr], vec![]),
        Some(addr) => (vec![addr], registered),
        None => (registered, vec![]),
    };
    if !may_answer(plan, &mailer.receipts, &reply.to) {
        tracing::info!(%message_id, reply_to = %reply.to, executor = %executor.id,
            "Receipt not sent to the reply address: neither registered nor in [receipts] answer_domains");
    }
    if to.is_empty() {
        tracing::info!(%message_id, executor = %executor.id,
            "No receipt: the executor has no registered address and the sender may not be answered");
        return None;
    }
    Some((to, cc))
}

/// The first recipient of `draft`, To or Cc, who already had `cap` automatic mails in the
/// window `sent` counts (the daily cap): every recipient counts, so copies are capped too.
pub fn over_daily_cap<E>(
    draft: &Draft,
    cap: u32,
    mut sent: impl FnMut(&str) -> Result<i64, E>,
) -> Result<Option<String>, E> {
    for r in draft.to.iter().chain(&draft.cc) {
        if sent(r)? >= i64::from(cap) {
            return Ok(Some(r.clone()));
        }
    }
    Ok(None)
}

/// A mail in the sender's thread: "Re:" subject (defanged), In-Reply-To and References.
fn answer(
    reply: &Reply,
    key: String,
    kind: MailKind,
    to: Vec<String>,
    cc: Vec<String>,
    text: String,
    html: String,
) -> Draft {
    Draft {
        key,
        kind,
        to,
        cc,
        subject: re(&compose::defang(&reply.subject)),
        text,
        html,
        attachments: vec![],
        inline: vec![],
        in_reply_to: reply.message_id.clone(),
        references: reply.references.clone(),
    }
}

/// A short notice to an unknown sender whose mail looks like a report (never to spam, bulk or
/// list mail: those have no `reply`).
pub fn unknown_notice(
    plan: &Plan,
    mailer: &Mailer,
    message_id: &str,
    received: Timestamp,
    a: &Analysis,
) -> Result<Option<Draft>, ComposeError> {
    if !mailer.receipts.unknown_sender_notice || a.attribution.is_some() || !a.looks_like_report {
        return Ok(None);
    }
    let Some(reply) = &a.reply else {
        return Ok(None);
    };
    // Only to an address that may be answered: otherwise anyone could have the office send a
    // notice (with their subject in it) to any address they put in Reply-To.
    let Some(to) = answerable(plan, mailer, a, reply) else {
        tracing::info!(%message_id, reply_to = %reply.to,
            "No notice to the unknown sender: the address is neither registered nor in [receipts] answer_domains");
        return Ok(None);
    };
    let ctx = UnknownCtx {
        received: compose::ukr_date(local_date(plan, received)),
        subject: compose::defang(&reply.subject),
        mailbox: plan.mailbox.clone(),
        office: compose::OFFICE.into(),
    };
    let (text, html) = mailer.templates.render("unknown_sender", &ctx)?;
    Ok(Some(answer(
        reply,
        format!("unknown:{message_id}"),
        MailKind::UnknownSender,
        vec![to],
        vec![],
        text,
        html,
    )))
}

fn missing_lines(
    plan: &Plan,
    executor: &Executor,
    period: u32,
    covered: &[u32],
) -> Vec<MeasureLine> {
    plan.owed_measures(executor, period)
        .into_iter()
        .filter(|m| !covered.contains(&m.number))
        .map(|m| MeasureLine {
            number: m.number,
            text: m.text.clone(),
        })
        .collect()
}

/// What is known of an executor's report in a period, for a reminder.
#[derive(Debug, Clone, Default)]
pub struct Progress {
    /// Measures covered or marked not applicable.
    pub covered: Vec<u32>,
    /// A report arrived in the period.
    pub reported: bool,
    /// Names of attachments that could not be read.
    pub unreadable: Vec<String>,
    /// Pieces of text not yet placed under a measure.
    pub unplaced: usize,
}

/// The reminder (or overdue notice) for one executor at one slot, or `None` when the executor
/// owes nothing more for the period.
pub fn reminder(
    plan: &Plan,
    mailer: &Mailer,
    slot: &Slot,
    executor: &Executor,
    progress: &Progress,
    now: Timestamp,
) -> Result<Option<Draft>, ComposeError> {
    if executor.emails.is_empty() {
        return Ok(None);
    }
    let missing = missing_lines(plan, executor, slot.period, &progress.covered);
    if missing.is_empty() {
        return Ok(None);
    }
    let deadline = plan.deadlines[slot.period as usize - 1];
    let overdue = slot.kind == SlotKind::Overdue;
    let ctx = ReminderCtx {
        executor: executor.name.clone(),
        deadline: compose::ukr_date(deadline),
        today: compose::ukr_date(local_date(plan, now)),
        overdue,
        partial: progress.reported,
        unreadable: progress.unreadable.clone(),
        unplaced: progress.unplaced,
        missing: missing.clone(),
        mailbox: plan.mailbox.clone(),
        office: compose::OFFICE.into(),
    };
    let (text, html) = mailer.templates.render("reminder", &ctx)?;
    let owed: Vec<&crate::analysis::plan::Measure> = missing
        .iter()
        .filter_map(|m| plan.measure(m.number))
        .collect();
    let xlsx = compose::prefilled_xlsx(executor, &owed, deadline)?;
    let subject = if overdue {
        format!(
            "Термін минув {}: інформація про виконання плану заходів «Відкритий уряд»",
            compose::ukr_date(deadline)
        )
    } else {
        format!(
            "Нагадування: інформація про виконання плану заходів «Відкритий уряд» до {}",
            compose::ukr_date(deadline)
        )
    };
    Ok(Some(Draft {
        key: format!("{}:{}", slot.key(), executor.id),
        kind: if overdue {
            MailKind::Overdue
        } else {
            MailKind::Reminder
        },
        to: executor.emails.clone(),
        cc: vec![],
        subject,
        text,
        html,
        attachments: vec![(
            format!("Звіт {}.xlsx", executor.id),
            compose::XLSX_MIME.into(),
            xlsx,
        )],
        inline: vec![],
        in_reply_to: None,
        references: vec![],
    }))
}

/// The alert to the admins when intake has been failing (one per incident: the key carries the
/// time it was raised).
pub fn alert(admins: &[String], failing_secs: u64, error: &str, now: Timestamp) -> Draft {
    let minutes = failing_secs / 60;
    let text = format!(
        "Увага!\n\nСистема обліку звітів zvit не може отримати пошту з поштової скриньки вже {minutes} хв (з {failing_secs} с).\n\n\
         Остання помилка: {error}\n\nЛисти в скриньці не втрачаються: після відновлення з'єднання їх буде опрацьовано. \
         Стан можна переглянути командою «zvit status».\n\nЦе повідомлення сформоване автоматично.\n"
    );
    let html = format!(
        "<!DOCTYPE html><html lang=\"uk\"><head><meta charset=\"utf-8\"></head><body style=\"font-family: Calibri, Arial, sans-serif;\">\
         <p><b>Увага!</b></p><p>Система обліку звітів zvit не може отримати пошту з поштової скриньки вже {minutes} хв.</p>\
         <p>Остання помилка: {}</p><p>Листи в скриньці не втрачаються: після відновлення з'єднання їх буде опрацьовано. \
         Стан можна переглянути командою «zvit status».</p><p style=\"color: #555;\">Це повідомлення сформоване автоматично.</p></body></html>",
        error
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    );
    admin_alert(
        admins,
        format!("alert:intake:{}", now.as_second()),
        "zvit: не вдається отримати пошту зі скриньки звітів",
        text,
        html,
    )
}

/// An alert to the admins: text and HTML, nothing attached, threaded on nothing.
fn admin_alert(admins: &[String], key: String, subject: &str, text: String, html: String) -> Draft {
    Draft {
        key,
        kind: MailKind::Alert,
        to: admins.to_vec(),
        cc: vec![],
        subject: subject.into(),
        text,
        html,
        attachments: vec![],
        inline: vec![],
        in_reply_to: None,
        references: vec![],
    }
}

/// The alert to the admins about a message whose analysis did not finish twice and was set
/// aside (one per message: the key carries its Message-ID).
pub fn crash_alert(admins: &[String], message_id: &str, received: Timestamp, plan: &Plan) -> Draft {
    let date = local_date(plan, received);
    message_alert(
        admins,
        format!("alert:crashed:{message_id}"),
        "zvit: лист відкладено — його аналіз двічі не завершився",
        &format!(
            "Аналіз листа, отриманого {date}, двічі не завершився: програма zvit аварійно \
             зупинялася під час його опрацювання. Лист збережено без змін і відкладено, щоб не \
             затримувати опрацювання інших листів."
        ),
        message_id,
    )
}

/// The alert to the admins about a message too large to fetch: only its headers were kept
/// (one per message).
pub fn too_large_alert(
    admins: &[String],
    message_id: &str,
    size: u64,
    received: Timestamp,
    plan: &Plan,
) -> Draft {
    let date = local_date(plan, received);
    message_alert(
        admins,
        format!("alert:too-large:{message_id}"),
        "zvit: завеликий лист не завантажено",
        &format!(
            "Лист, отриманий {date}, має розмір {} КБ, що перевищує допустимий. Його не \
             завантажено зі скриньки: збережено лише заголовки, сам лист лишається на сервері.",
            size / 1024
        ),
        message_id,
    )
}

fn message_alert(
    admins: &[String],
    key: String,
    subject: &str,
    lead: &str,
    message_id: &str,
) -> Draft {
    let text = format!(
        "Увага!\n\n{lead}\n\nІдентифікатор листа (Message-ID): {message_id}\n\n\
         Перегляньте його командою «zvit review» і за потреби опрацюйте вручну.\n\n\
         Це повідомлення сформоване автоматично.\n"
    );
    let esc = |t: &str| {
        t.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    let html = format!(
        "<!DOCTYPE html><html lang=\"uk\"><head><meta charset=\"utf-8\"></head><body style=\"font-family: Calibri, Arial, sans-serif;\">\
         <p><b>Увага!</b></p><p>{}</p><p>Ідентифікатор листа (Message-ID): {}</p>\
         <p>Перегляньте його командою «zvit review» і за потреби опрацюйте вручну.</p>\
         <p style=\"color: #555;\">Це повідомлення сформоване автоматично.</p></body></html>",
        esc(lead),
        esc(message_id)
    );
    admin_alert(admins, key, subject, text, html)
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::sync::Arc;

    use super::*;
    use crate::analysis::pipeline::{Context, process};
    use crate::config::Config;

    fn setup() -> (Config, Arc<Plan>, Mailer, Context) {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
        let (config, plan) = crate::config::load(&dir.join("config/zvit.toml")).unwrap();
        let plan = Arc::new(plan);
        let mailer = Mailer::new(config.mailer()).unwrap();
        let ctx = Context::from_config(&config, plan.clone());
        (config, plan, mailer, ctx)
    }

    const RECEIVED: &str = "2012-12-10T08:00:00Z";

    /// A plain-text mail; `reply_to` adds a Reply-To header.
    fn mail(from: &str, reply_to: Option<&str>, subject: &str, id: &str, body: &str) -> Vec<u8> {
        let reply_to = reply_to.map_or(String::new(), |r| format!("Reply-To: <{r}>\r\n"));
        format!(
            "From: <{from}>\r\n{reply_to}To: uvp@cg.ukrtel.net\r\nSubject: {subject}\r\n\
             Date: Mon, 10 Dec 2012 10:00:00 +0200\r\nMessage-ID: <{id}>\r\nMIME-Version: 1.0\r\n\
             Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}\r\n"
        )
        .into_bytes()
    }

    fn answer_to(raw: &[u8]) -> Option<Draft> {
        let (_, plan, mailer, ctx) = setup();
        let a = process(&ctx, raw, RECEIVED.parse().unwrap());
        let received = RECEIVED.parse().unwrap();
        match (&a.attribution, a.period) {
            (Some(_), Some(_)) => receipt(&plan, &mailer, "m@x", received, &a, &[]),
            _ => unknown_notice(&plan, &mailer, "m@x", received, &a),
        }
        .unwrap()
    }

    fn recipients(d: &Draft) -> Vec<&str> {
        d.to.iter().chain(&d.cc).map(String::as_str).collect()
    }

    const SPAM: &str = "6. Проведено консультації. Visit http://cheap-pills.example/buy or www.pills.example, write to sales@pills.example";

    #[test]
    fn a_receipt_never_goes_to_a_reply_to_outside_registered_addresses_and_answer_domains() {
        // The executor's own address asks for the receipt elsewhere: it goes to the executor.
        let d = answer_to(&mail(
            "osvita@example.gov.ua",
            Some("spammer@evil.example"),
            "Звіт",
            "r1@x",
            SPAM,
        ))
        .expect("a receipt");
        assert_eq!(recipients(&d), ["osvita@example.gov.ua"]);
        // A stranger names an executor in the subject and asks for the receipt at its own
        // address: only the executor's registered address gets it.
        let d = answer_to(&mail(
            "spammer@evil.example",
            Some("spammer@evil.example"),
            "Звіт Бобровицької РДА: cheap pills http://cheap-pills.example",
            "r2@x",
            SPAM,
        ))
        .expect("a receipt, to the executor");
        assert_eq!(recipients(&d), ["rda-bobrovytsia@example.gov.ua"]);
        // Nothing of the spam is clickable: no link, no scheme, no bare host name.
        for part in [&d.subject, &d.text, &d.html] {
            for bad in [
                "http://",
                "cheap-pills.example",
                "www.pills",
                "pills.example",
                "<a ",
            ] {
                assert!(!part.contains(bad), "{bad:?} in {part}");
            }
        }
        assert!(
            d.text.contains("hxxp[:]//cheap-pills[.]example"),
            "{}",
            d.text
        );
        // (minijinja's HTML escaping writes "/" as "&#x2f;".)
        assert!(
            d.html.contains("hxxp[:]&#x2f;&#x2f;cheap-pills[.]example"),
            "{}",
            d.html
        );
        // A sender in an answer domain (not registered) gets it, the executor in Cc.
        let d = answer_to(&mail(
            "clerk@example.gov.ua",
            None,
            "Звіт Бобровицької РДА",
            "r3@x",
            "6. Проведено консультації.",
        ))
        .expect("a receipt");
        assert_eq!(d.to, ["clerk@example.gov.ua"]);
        assert_eq!(d.cc, ["rda-bobrovytsia@example.gov.ua"]);
    }

    #[test]
    fn without_sender_auth_a_receipt_for_a_name_attributed_report_reaches_the_registered_addresses()
    {
        // Someone writes in an executor's name (nothing vouches for it): the report counts,
        // and the real executor sees the receipt at every registered address, learned ones
        // included; the writer gets it only where it may be answered.
        let (_, plan, mailer, _) = setup();
        let mut plan = (*plan).clone();
        plan.learn(&[("nizhyn.clerk@gmail.com".into(), "rda-nizhyn".into())]);
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
        let (config, _) = crate::config::load(&dir.join("config/zvit.toml")).unwrap();
        let ctx = Context::from_config(&config, Arc::new(plan.clone()));
        assert!(ctx.sender_auth.domains.is_empty());
        let received = RECEIVED.parse().unwrap();
        for (from, want) in [
            (
                "someone@example.gov.ua",
                &[
                    "someone@example.gov.ua",
                    "rda-nizhyn@example.gov.ua",
                    "nizhyn.clerk@gmail.com",
                ][..],
            ),
            (
                "forger@evil.example",
                &["rda-nizhyn@example.gov.ua", "nizhyn.clerk@gmail.com"][..],
            ),
        ] {
            let raw = mail(
                from,
                None,
                "Інформація Ніжинської РДА",
                "n1@x",
                "6. Проведено 4 консультації з громадськістю щодо проекту бюджету.",
            );
            let a = process(&ctx, &raw, received);
            assert_eq!(
                a.attribution.as_ref().map(|x| x.method),
                Some(crate::analysis::attribute::Method::NameInSubject)
            );
            assert!(!a.items.is_empty(), "counted");
            let d = receipt(&plan, &mailer, "n1@x", received, &a, &[])
                .unwrap()
                .unwrap();
            assert_eq!(recipients(&d), want, "{from}");
        }
    }

    #[test]
    fn a_receipt_lists_only_the_senders_own_items_not_a_joint_reports_other_office() {
        let (_, plan, mailer, ctx) = setup();
        let received = RECEIVED.parse().unwrap();
        let raw = mail(
            "osvita@example.gov.ua",
            None,
            "Звіт",
            "j1@x",
            "6. Проведено консультації з громадськістю щодо освітньої мережі.\r\n\r\n\
             9. Проведено громадську експертизу діяльності лікарні Ніжина.",
        );
        let mut a = process(&ctx, &raw, received);
        assert!(
            a.items.iter().any(|i| i.measure == Some(9)),
            "{:?}",
            a.items
        );
        for it in a.items.iter_mut().filter(|i| i.measure == Some(9)) {
            it.executor = Some("rda-nizhyn".into());
        }
        let d = receipt(&plan, &mailer, "j1@x", received, &a, &[6])
            .unwrap()
            .expect("a receipt");
        assert!(d.text.contains("освітньої мережі"), "{}", d.text);
        assert!(!d.text.contains("лікарні"), "{}", d.text);
    }

    #[test]
    fn a_receipt_names_at_most_twenty_unreadable_parts_and_counts_the_rest() {
        let mut raw = String::from(
            "From: <rda-bobrovytsia@example.gov.ua>\r\nTo: uvp@cg.ukrtel.net\r\nSubject: zvit\r\n\
             Date: Mon, 10 Dec 2012 10:00:00 +0200\r\nMessage-ID: <many@x>\r\nMIME-Version: 1.0\r\n\
             Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n\
             Content-Type: text/plain; charset=utf-8\r\n\r\n6. Проведено консультації з громадськістю.\r\n",
        );
        let long = "а".repeat(300);
        for i in 0..100 {
            raw.push_str(&format!(
                "--b\r\nContent-Type: application/pdf\r\n\
                 Content-Disposition: attachment; filename=\"{i}{long}.pdf\"\r\n\r\n%PDF-broken {i}\r\n"
            ));
        }
        raw.push_str("--b--\r\n");
        let d = answer_to(raw.as_bytes()).expect("a receipt");
        assert!(d.text.contains("ще 80 файлів"), "{}", d.text);
        assert!(!d.text.contains(&"а".repeat(100)), "names are shortened");
        assert!(d.text.len() < 20_000, "{} bytes", d.text.len());
    }

    /// Last period's report sent along was read and left out on purpose: the receipt does not
    /// ask for it again as a file it could not read.
    #[test]
    fn a_receipt_does_not_ask_again_for_an_earlier_periods_report() {
        let raw = "From: <rda-bobrovytsia@example.gov.ua>\r\nTo: uvp@cg.ukrtel.net\r\n\
             Subject: zvit\r\nDate: Tue, 10 Dec 2013 10:00:00 +0200\r\nMessage-ID: <old@x>\r\n\
             MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n\
             Content-Type: text/plain; charset=utf-8\r\n\r\n\
             6. Проведено консультації з громадськістю щодо бюджету.\r\n--b\r\n\
             Content-Type: text/plain; charset=utf-8\r\n\
             Content-Disposition: attachment; filename=\"old.txt\"\r\n\r\n\
             Інформація за І півріччя 2012 р.\r\n\
             1. На сайті оновлено розділ «Громадська рада».\r\n--b--\r\n";
        let d = answer_to(raw.as_bytes()).expect("a receipt");
        assert!(!d.text.contains("old.txt"), "{}", d.text);
        assert!(!d.text.contains("Не вдалося прочитати"), "{}", d.text);
    }

    #[test]
    fn the_unknown_sender_notice_goes_only_to_answerable_addresses() {
        // A stranger whose subject says "звіт" gets nothing, at any address.
        for (from, reply_to) in [
            ("spammer@evil.example", None),
            ("spammer@evil.example", Some("victim@elsewhere.example")),
            ("someone@example.gov.ua", Some("victim@elsewhere.example")),
        ] {
            let raw = mail(
                from,
                reply_to,
                "звіт",
                "u1@x",
                "Купіть дешево http://x.example",
            );
            match answer_to(&raw) {
                None => {}
                Some(d) => assert!(
                    recipients(&d)
                        .iter()
                        .all(|r| r.ends_with("@example.gov.ua")),
                    "{from} / {reply_to:?}: {:?}",
                    recipients(&d)
                ),
            }
        }
        let raw = mail(
            "spammer@evil.example",
            Some("victim@elsewhere.example"),
            "звіт",
            "u2@x",
            "Купіть дешево",
        );
        assert!(answer_to(&raw).is_none());
        // An unknown colleague in an answer domain is told, at that address.
        let raw = mail(
            "clerk@example.gov.ua",
            None,
            "звіт",
            "u3@x",
            "Купіть дешево",
        );
        let d = answer_to(&raw).expect("a notice");
        assert_eq!(recipients(&d), ["clerk@example.gov.ua"]);
    }

    #[test]
    fn answer_domains_and_registered_addresses_decide_who_may_be_answered() {
        let (config, plan, _, _) = setup();
        let r = &config.receipts;
        assert_eq!(
            r.answer_domains.as_deref(),
            Some(&["example.gov.ua".to_string(), "example.org.ua".to_string()][..]),
            "the default: the domains of the plan's addresses"
        );
        assert!(may_answer(&plan, r, "osvita@example.gov.ua"));
        assert!(may_answer(&plan, r, "Clerk@Mail.Example.gov.ua"));
        assert!(!may_answer(&plan, r, "spammer@evil.example"));
        assert!(!may_answer(&plan, r, "x@notexample.gov.ua"));
        assert!(!may_answer(&plan, r, "a b@@example.gov.ua"));
        let mut narrow = r.clone();
        narrow.answer_domains = Some(vec![]);
        assert!(
            may_answer(&plan, &narrow, "osvita@example.gov.ua"),
            "registered"
        );
        assert!(!may_answer(&plan, &narrow, "clerk@example.gov.ua"));
        // A learned address is registered; its domain is not opened.
        let mut learned = (*plan).clone();
        learned.learn(&[("clerk@gmail.com".into(), "rda-nizhyn".into())]);
        assert!(may_answer(&learned, r, "clerk@gmail.com"));
        assert!(!may_answer(&learned, r, "other@gmail.com"));
    }

    #[test]
    fn the_daily_cap_counts_cc_recipients() {
        let (mut config, _, _, ctx) = setup();
        config.receipts.daily_cap = 1;
        let mailer = Mailer::new(config.mailer()).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let mut store = crate::edge::store::Store::open(&dir.path().join("z.db")).unwrap();
        let now: Timestamp = "2012-12-10T09:00:00Z".parse().unwrap();
        // Two colleagues each write in the name of one executor: the executor is in Cc of
        // both receipts, so the second one would be its second automatic mail of the day.
        for (i, from) in ["clerk1@example.gov.ua", "clerk2@example.gov.ua"]
            .iter()
            .enumerate()
        {
            let id = format!("cap{i}@x");
            let raw = mail(
                from,
                None,
                "Звіт Бобровицької РДА",
                &id,
                "6. Проведено консультації.",
            );
            store
                .insert_raw(crate::edge::store::NewMessage {
                    message_id: Some(&id),
                    raw: &raw,
                    received: RECEIVED.parse().unwrap(),
                    origin: "test".into(),
                    now,
                })
                .unwrap();
            crate::service::analyse::analyse_pending(&mut store, &ctx, Some(&mailer), now).unwrap();
        }
        let rows = store.outbox_list(false).unwrap();
        let to_executor = rows
            .iter()
            .filter(|r| {
                r.recipients
                    .contains(&"rda-bobrovytsia@example.gov.ua".to_string())
            })
            .count();
        assert_eq!(
            to_executor,
            1,
            "{:?}",
            rows.iter().map(|r| &r.recipients).collect::<Vec<_>>()
        );
        assert_eq!(rows.len(), 1);
        // The rule itself, on plain data.
        let d = Draft {
            key: "k".into(),
            kind: MailKind::Receipt,
            to: vec!["a@example.gov.ua".into()],
            cc: vec!["b@example.gov.ua".into()],
            subject: String::new(),
            text: String::new(),
            html: String::new(),
            attachments: vec![],
            inline: vec![],
            in_reply_to: None,
            references: vec![],
        };
        let sent = |r: &str| Ok::<_, ()>(if r.starts_with('b') { 30 } else { 0 });
        assert_eq!(
            over_daily_cap(&d, 30, sent),
            Ok(Some("b@example.gov.ua".into()))
        );
        assert_eq!(over_daily_cap(&d, 31, sent), Ok(None));
    }
}
