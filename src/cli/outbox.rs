//! `zvit outbox [--failed]` and `zvit outbox retry ID`.

use std::process::ExitCode;

use anyhow::{Result, bail};

use super::args::OutboxAction;
use super::env::Env;

pub fn run(env: Env, failed: bool, action: &Option<OutboxAction>) -> Result<ExitCode> {
    match action {
        Some(OutboxAction::Retry { id }) => {
            if env.store.outbox_requeue(*id, env.now)? {
                println!("mail {id} is queued again");
            } else {
                bail!("no failed mail with id {id}");
            }
        }
        None => {
            for row in env.store.outbox_list(failed)? {
                println!(
                    "{}",
                    zvit::outgoing::safe::line(&zvit::edge::outbox::describe(&row, &env.plan.tz))
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
