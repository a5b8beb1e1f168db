//! `zvit review [--pages DIR]`: what needs a person, each with the command that settles it.

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context as _, Result};
use zvit::analysis::parse::MessageKind;
use zvit::analysis::reason::ReasonCode;
use zvit::outgoing::report;
use zvit::outgoing::review::needs_review;
use zvit::outgoing::safe::{line, shell_arg};

use super::env::Env;

pub fn run(env: Env, pages: Option<&Path>) -> Result<ExitCode> {
    let Env { plan, store, .. } = env;
    // Everything from mail is printed through `safe::line` (no escape sequences reach
    // the terminal) and every suggested command quotes what it embeds.
    let mut n = 0;
    let messages = store.messages()?;
    let items = store.items()?;
    for m in &messages {
        let raw_mid = format!("<{}>", m.message_id);
        let mid = line(&raw_mid);
        let arg = shell_arg(&raw_mid);
        let subject = line(m.subject.as_deref().unwrap_or_default());
        let from = line(m.from.as_deref().unwrap_or_default());
        if needs_review(m.reason_code).is_none() {
            continue;
        }
        match m.reason_code {
            Some(ReasonCode::UnknownSender) => println!(
                "{mid}  unknown sender {from} «{subject}» — zvit assign {arg} EXECUTOR [--learn-address] | zvit dismiss {arg}"
            ),
            Some(ReasonCode::Malformed) => println!("{mid}  malformed — zvit dismiss {arg}"),
            Some(ReasonCode::AnalysisCrashed) => println!(
                "{mid}  set aside: its analysis did not finish twice (kept unread) — zvit dismiss {arg} | zvit reprocess --retry-crashed"
            ),
            Some(ReasonCode::Unauthenticated) => println!(
                "{mid}  sender {from} not authenticated: {} «{subject}» — zvit assign {arg} EXECUTOR | zvit dismiss {arg}",
                line(m.reason_text.as_deref().unwrap_or_default())
            ),
            Some(ReasonCode::NotAReport) => println!(
                "{mid}  not a report from {from}: {} «{subject}» — zvit dismiss {mid}",
                m.reason_text.clone().unwrap_or_default()
            ),
            Some(ReasonCode::NoPeriod) => println!(
                "{mid}  outside every period ({}) — add a deadline and reprocess, or zvit dismiss {arg}",
                report::local_time(&plan, m.received_ts)
            ),
            Some(ReasonCode::TooLarge) => println!(
                "{mid}  too large, not read: {} (from {from} «{subject}») — read it in the mailbox, then zvit dismiss {arg}",
                line(m.reason_text.as_deref().unwrap_or_default())
            ),
            other => println!(
                "{mid}  {} — zvit dismiss {arg}",
                line(other.map_or("", ReasonCode::as_str))
            ),
        }
        n += 1;
    }
    for it in items.iter().filter(|i| i.measure.is_none()) {
        let item = format!("<{}>#{}", it.message_id, it.seq);
        let why = if it.evidence.is_empty() {
            String::new()
        } else {
            format!(" [{}]", line(&it.evidence))
        };
        let closest = if it.candidates.is_empty() || it.evidence.contains("найближчі") {
            String::new()
        } else {
            let c: Vec<String> = it.candidates.iter().map(|(n, _)| n.to_string()).collect();
            format!(" [closest: {}]", c.join(", "))
        };
        println!(
            "{}  no measure ({}): {}{why}{closest} — zvit set-measure {} MEASURE",
            line(&item),
            line(&it.executor),
            line(&it.text.chars().take(100).collect::<String>()),
            shell_arg(&item),
        );
        n += 1;
    }
    for m in messages.iter().filter(|m| {
        m.kind == Some(MessageKind::Report) && m.reason_code != Some(ReasonCode::Dismissed)
    }) {
        for p in store.parts(m.id)? {
            if let (Some(code), Some(text)) = (p.reason_code, p.reason_text) {
                println!(
                    "<{}>  {}: {code} — {}",
                    line(&m.message_id),
                    line(&p.name),
                    line(&text)
                );
                n += 1;
            }
        }
    }
    for (mid, error) in store.answer_failures()? {
        println!(
            "{}  the automatic answer could not be built: {}",
            line(&format!("<{mid}>")),
            line(&error)
        );
        n += 1;
    }
    for f in store.outbox_list(true)? {
        println!(
            "outbox {}  not delivered to {}: {} — zvit outbox retry {}",
            f.id,
            line(&f.recipients.join(", ")),
            line(&f.last_error.unwrap_or_default()),
            f.id
        );
        n += 1;
    }
    let unsure = store.unsure_pages()?;
    if let Some(dir) = &pages {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    for p in &unsure {
        let ext = if p.image.starts_with(b"\x89PNG") {
            "png"
        } else {
            "jpg"
        };
        let file = format!("{}-page{}.{ext}", &p.hash[..12], p.page);
        match &pages {
            Some(dir) => {
                let path = dir.join(&file);
                std::fs::write(&path, &p.image)
                    .with_context(|| format!("writing {}", path.display()))?;
                println!(
                    "scan page {} ({:.0} % sure): {}",
                    p.page,
                    p.confidence * 100.0,
                    path.display()
                );
            }
            None => println!(
                "scan page {} of {} ({:.0} % sure) — zvit review --pages DIR writes its image",
                p.page,
                &p.hash[..12],
                p.confidence * 100.0
            ),
        }
    }
    println!("{n} things need a person");
    Ok(ExitCode::SUCCESS)
}
