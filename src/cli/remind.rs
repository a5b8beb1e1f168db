//! `zvit remind [--dry-run]`: the reminders and overdue notices due now, queued and delivered.

use std::process::ExitCode;

use anyhow::{Context as _, Result};
use zvit::outgoing::report;

use super::env::{Env, deliver_now};

pub fn run(mut env: Env, dry_run: bool) -> Result<ExitCode> {
    let now = env.now;
    let mailer = zvit::outgoing::respond::Mailer::new(env.config.mailer())
        .context("loading the mail templates")?;
    let queued = zvit::service::queue::queue_reminders(
        &mut env.store,
        &env.plan,
        &env.config,
        &mailer,
        now,
        dry_run,
    )?;
    for (key, to) in &queued {
        println!(
            "{}{key} → {}",
            if dry_run { "would queue " } else { "queued " },
            to.join(", ")
        );
    }
    if queued.is_empty() {
        println!(
            "no reminders due at {}",
            report::local_time(&env.plan, now.as_second())
        );
    }
    if !dry_run {
        drop(env.store);
        let d = deliver_now(&env.config, env.clock)?;
        println!(
            "sent {}, retrying {}, failed {}",
            d.sent, d.retrying, d.failed
        );
    }
    Ok(ExitCode::SUCCESS)
}
