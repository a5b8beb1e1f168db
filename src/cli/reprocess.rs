//! `zvit reprocess [--retry-crashed]`: every stored message analysed again.

use std::process::ExitCode;

use anyhow::Result;
use zvit::service::analyse;

use super::Env;

pub fn run(mut env: Env, retry_crashed: bool) -> Result<ExitCode> {
    if retry_crashed {
        let n = env.store.clear_attempts()?;
        println!("{n} messages set aside or interrupted will be tried again");
    }
    let done = analyse::reprocess(&mut env.store, &env.ctx)?;
    println!("reprocessed {done} messages");
    Ok(ExitCode::SUCCESS)
}
