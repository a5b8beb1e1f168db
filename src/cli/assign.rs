//! `zvit assign MESSAGE_ID EXECUTOR [--learn-address]`.

use std::process::ExitCode;

use anyhow::Result;
use zvit::analysis::message_id::MessageId;
use zvit::service::decide;

use super::env::{Env, print_summary};

pub fn run(mut env: Env, message_id: &str, executor: &str, learn: bool) -> Result<ExitCode> {
    let message_id = &MessageId::new(message_id);
    let done = decide::assign(
        &mut env.store,
        &env.ctx,
        message_id,
        executor,
        learn,
        &super::env::cli_user(),
        env.now,
    )?;
    if let Some(from) = &done.learned {
        println!(
            "{} is now an address of {executor}",
            zvit::outgoing::safe::line(from)
        );
    }
    print_summary(message_id, done.analysis);
    Ok(ExitCode::SUCCESS)
}
