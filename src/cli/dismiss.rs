//! `zvit dismiss MESSAGE_ID`: a message taken off the review list.

use std::process::ExitCode;

use anyhow::Result;
use zvit::analysis::message_id::MessageId;
use zvit::service::decide;

use super::env::{Env, print_summary};

pub fn run(mut env: Env, message_id: &str) -> Result<ExitCode> {
    let message_id = &MessageId::new(message_id);
    let a = decide::dismiss(
        &mut env.store,
        &env.ctx,
        message_id,
        &super::env::cli_user(),
        env.now,
    )?;
    print_summary(message_id, a);
    Ok(ExitCode::SUCCESS)
}
