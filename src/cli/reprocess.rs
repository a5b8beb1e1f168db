//! `zvit reprocess [--retry-crashed]`: every stored message analysed again.

use std::process::ExitCode;

use anyhow::Result;
use zvit::service::analyse;

use super::env::Env;
use super::progress::Progress;

pub fn run(mut env: Env, retry_crashed: bool) -> Result<ExitCode> {
    if retry_crashed {
        let n = env.store.clear_attempts()?;
        println!("{n} messages set aside or interrupted will be tried again");
    }
    let all = env.store.all_message_ids()?;
    let mut progress = Progress::new("reprocessed", all.len());
    let done = analyse::analyse(
        &mut env.store,
        &env.ctx,
        all,
        None,
        jiff::Timestamp::UNIX_EPOCH,
        |_, _| progress.tick(),
    )?
    .len();
    progress.finish();
    println!("reprocessed {done} messages");
    Ok(ExitCode::SUCCESS)
}
