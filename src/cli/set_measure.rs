//! `zvit set-measure ITEM MEASURE` (ITEM = MESSAGE_ID#N, as `zvit review` lists it).

use std::process::ExitCode;

use anyhow::{Context as _, Result, bail};
use zvit::analysis::message_id::MessageId;
use zvit::service::decide;

use super::{Env, print_summary};

pub fn run(mut env: Env, item: &str, measure: u32) -> Result<ExitCode> {
    let Some((mid, seq)) = item.rsplit_once('#') else {
        bail!("ITEM is MESSAGE_ID#N, as `zvit review` lists it")
    };
    let seq: usize = seq.parse().context("the N in MESSAGE_ID#N")?;
    let mid = &MessageId::new(mid);
    let a = decide::set_measure(
        &mut env.store,
        &env.ctx,
        mid,
        seq,
        measure,
        &super::cli_user(),
        env.now,
    )?;
    print_summary(mid, a);
    Ok(ExitCode::SUCCESS)
}
