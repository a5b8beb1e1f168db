//! `zvit show MESSAGE_ID`: one stored message, its parts and items.

use std::process::ExitCode;

use anyhow::{Context as _, Result, bail};
use zvit::analysis::message_id::MessageId;
use zvit::outgoing::report;
use zvit::outgoing::safe::line;

use super::env::Env;

pub fn run(env: Env, message_id: &str) -> Result<ExitCode> {
    let (store, plan) = (&env.store, &*env.plan);
    let Some((id, raw)) = store.find_message(&MessageId::new(message_id))? else {
        bail!("no stored message with Message-ID {message_id}");
    };
    let messages = store.messages()?;
    let m = messages
        .iter()
        .find(|m| m.id == id)
        .context("message without a row")?;
    // Everything from mail goes through `safe::line`: no escape sequence reaches the terminal.
    let opt = |v: &Option<String>| line(v.as_deref().unwrap_or("-")).into_owned();
    println!("Message-ID: <{}>", line(&m.message_id));
    println!("Received:   {}", report::local_time(plan, m.received_ts));
    println!("Origin:     {}", line(&m.origin));
    println!("Size:       {} bytes", raw.len());
    println!("From:       {}", opt(&m.from));
    println!("Subject:    {}", opt(&m.subject));
    println!(
        "Kind:       {}",
        line(m.kind.map_or("not analysed", |k| k.as_str()))
    );
    println!(
        "Executor:   {}",
        m.executor.as_ref().map_or("-".into(), |e| format!(
            "{} ({}, {:.2})",
            line(e),
            line(m.method.as_deref().unwrap_or("?")),
            m.attribution_confidence.unwrap_or(0.0)
        ))
    );
    println!(
        "Period:     {}",
        m.period.map_or("-".into(), |p| format!(
            "{p}{}",
            if m.late { " (late)" } else { "" }
        ))
    );
    if let (Some(code), Some(text)) = (&m.reason_code, &m.reason_text) {
        println!("Reason:     {}: {}", line(code.as_str()), line(text));
    }
    println!("\nParts:");
    for p in store.parts(id)? {
        let reason = match (&p.reason_code, &p.reason_text) {
            (Some(c), Some(t)) => format!(" — {}: {}", line(c.as_str()), line(t)),
            _ => String::new(),
        };
        println!(
            "  {} [{}{}] {} chars{reason}",
            line(&p.name),
            line(&p.format),
            p.charset
                .map(|c| format!(", {}", line(&c)))
                .unwrap_or_default(),
            p.chars
        );
    }
    println!("\nItems:");
    for it in store.items()?.iter().filter(|i| i.message == id) {
        let measure = it.measure.map_or("?".into(), |m| m.to_string());
        let na = if it.not_applicable {
            " (не стосується)"
        } else {
            ""
        };
        let loc = match (&it.sheet, it.row) {
            (Some(s), Some(r)) => format!(" {}!{r}", line(s)),
            (None, Some(r)) => format!(" row {r}"),
            _ => String::new(),
        };
        println!(
            "  measure {measure} [{:.2}] {}{loc}{na}: {}",
            it.confidence,
            line(&it.source),
            line(&it.text)
        );
        if !it.evidence.is_empty() {
            println!("    why: {}", line(&it.evidence));
        }
    }
    Ok(ExitCode::SUCCESS)
}
