//! Respond: which automatic mails a situation calls for — a receipt for a report, a notice to an
//! unknown sender, a reminder or overdue notice for an executor — as [`Draft`]s with their
//! outbox keys. Pure: the decisions take the plan, the analysis and what is already covered.

use jiff::Timestamp;

use crate::compose::{
    self, ComposeError, Draft, MailKind, MeasureLine, ReceiptCtx, Recognised, ReminderCtx,
    Templates, UnknownCtx, Unreadable,
};
use crate::config::{Config, RawReceipts};
use crate::pipeline::Analysis;
use crate::plan::{Executor, Plan};
use crate::schedule::{Slot, SlotKind};
use crate::store::Queued;

/// Everything needed to write mail: templates, the sender, the receipt policy.
pub struct Mailer {
    pub templates: Templates,
    pub from: String,
    pub from_name: String,
    pub receipts: RawReceipts,
    /// Who is told when something needs an admin (`[admin] emails`).
    pub admins: Vec<String>,
}

impl Mailer {
    pub fn from_config(config: &Config) -> Result<Mailer, ComposeError> {
        Ok(Mailer {
            templates: Templates::load(&config.templates)?,
            from: config.outgoing.from.clone(),
            from_name: config.outgoing.from_name.clone(),
            admins: config.admin.emails.clone(),
            receipts: config.receipts.clone(),
        })
    }

    /// Builds a draft into an outbox entry.
    pub fn queue(&self, draft: &Draft, now: Timestamp) -> Result<Queued, ComposeError> {
        let (message_id, raw) = compose::build(draft, &self.from, &self.from_name, now)?;
        let mut recipients = draft.to.clone();
        recipients.extend(draft.cc.iter().cloned());
        Ok(Queued {
            key: draft.key.clone(),
            kind: draft.kind.as_str().into(),
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
    let mut recognised: Vec<Recognised> = Vec::new();
    for it in a.items.iter().filter(|i| !i.not_applicable) {
        let Some(n) = it.measure else { continue };
        if recognised.iter().any(|r| r.number == n) {
            continue;
        }
        let mut excerpt: String = it.text.chars().take(160).collect();
        if it.text.chars().count() > 160 {
            excerpt.push('…');
        }
        recognised.push(Recognised { number: n, excerpt });
    }
    recognised.sort_by_key(|r| r.number);
    let not_applicable: Vec<u32> = a
        .items
        .iter()
        .filter(|i| i.not_applicable)
        .filter_map(|i| i.measure)
        .collect();
    let unreadable: Vec<Unreadable> = a
        .parts
        .iter()
        .filter_map(|p| {
            p.reason
                .as_ref()
                .filter(|r| r.code() != "cut")
                .map(|r| Unreadable {
                    name: p.name.clone(),
                    reason: r.text(),
                })
        })
        .collect();
    let missing = missing_lines(plan, executor, period, covered);
    let ctx = ReceiptCtx {
        executor: executor.name.clone(),
        received: compose::ukr_date(local_date(plan, received)),
        subject: reply.subject.clone(),
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
    // The executor's registered address in Cc when someone else sent it.
    let cc: Vec<String> = if executor.emails.contains(&reply.to) {
        vec![]
    } else {
        executor.emails.iter().take(1).cloned().collect()
    };
    Ok(Some(answer(
        reply,
        format!("receipt:{message_id}"),
        MailKind::Receipt,
        cc,
        text,
        html,
    )))
}

/// A mail in the sender's thread: to the reply address, "Re:" subject, In-Reply-To and
/// References.
fn answer(
    reply: &crate::pipeline::Reply,
    key: String,
    kind: MailKind,
    cc: Vec<String>,
    text: String,
    html: String,
) -> Draft {
    Draft {
        key,
        kind,
        to: vec![reply.to.clone()],
        cc,
        subject: re(&reply.subject),
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
    let ctx = UnknownCtx {
        received: compose::ukr_date(local_date(plan, received)),
        subject: reply.subject.clone(),
        mailbox: plan.mailbox.clone(),
        office: compose::OFFICE.into(),
    };
    let (text, html) = mailer.templates.render("unknown_sender", &ctx)?;
    Ok(Some(answer(
        reply,
        format!("unknown:{message_id}"),
        MailKind::UnknownSender,
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
    let owed: Vec<&crate::plan::Measure> = missing
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
    Draft {
        key: format!("alert:intake:{}", now.as_second()),
        kind: MailKind::Alert,
        to: admins.to_vec(),
        cc: vec![],
        subject: "zvit: не вдається отримати пошту зі скриньки звітів".into(),
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
