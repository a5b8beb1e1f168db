//! `zvit status [--period N] [--json]`: per period, who is on time, late, missing; the
//! intake's health; what waits for a person.

use std::process::ExitCode;

use anyhow::{Result, bail};
use zvit::outgoing::report;
use zvit::outgoing::review::{NeedsReview, needs_review};

use super::env::Env;

pub fn run(env: Env, period: Option<u32>, json: bool) -> Result<ExitCode> {
    let Env { plan, store, .. } = env;
    let items = store.items()?;
    let periods: Vec<u32> = match period {
        Some(p) if p == 0 || p as usize > plan.deadlines.len() => bail!(
            "--period {p}: the plan has periods 1 to {}",
            plan.deadlines.len()
        ),
        Some(p) => vec![p],
        None => (1..=plan.deadlines.len() as u32).collect(),
    };
    let statuses: Vec<report::PeriodStatus> = periods
        .iter()
        .map(|p| report::period_status(&plan, &items, *p))
        .collect();
    if json {
        println!("{}", serde_json::to_string_pretty(&statuses)?);
    } else {
        for s in &statuses {
            println!("{}", report::status_text(s));
        }
        for (key, value, at) in store.health()? {
            println!(
                "intake {key}: {value} (at {})",
                report::local_time(&plan, at)
            );
        }
        let review = store
            .messages()?
            .iter()
            .filter(|m| {
                matches!(
                    needs_review(m.reason_code),
                    Some(NeedsReview::Unattributed | NeedsReview::Look)
                )
            })
            .count();
        println!("messages waiting for review: {review}");
        let crashed = store
            .messages()?
            .iter()
            .filter(|m| needs_review(m.reason_code) == Some(NeedsReview::Crashed))
            .count();
        if crashed > 0 {
            println!(
                "messages set aside because their analysis did not finish twice: {crashed} (zvit review)"
            );
        }
        let unanswered = store.answer_failures()?.len();
        if unanswered > 0 {
            println!("automatic answers that could not be built: {unanswered} (zvit review)");
        }
    }
    Ok(ExitCode::SUCCESS)
}
