//! `zvit set-measure ITEM MEASURE` (ITEM = MESSAGE_ID#N, as `zvit review` lists it; MEASURE a
//! measure's number, or `none` to take the item off its measure and leave it to review).

use std::process::ExitCode;

use anyhow::{Context as _, Result, bail};
use zvit::analysis::message_id::MessageId;
use zvit::service::decide;

use super::env::{Env, print_summary};

pub fn run(mut env: Env, item: &str, measure: &str) -> Result<ExitCode> {
    let Some((mid, seq)) = item.rsplit_once('#') else {
        bail!("ITEM is MESSAGE_ID#N, as `zvit review` lists it")
    };
    let seq: usize = seq.parse().context("the N in MESSAGE_ID#N")?;
    let mid = &MessageId::new(mid);
    let by = super::env::cli_user();
    let a = if measure.eq_ignore_ascii_case("none") {
        decide::clear_measure(&mut env.store, &env.ctx, mid, seq, &by, env.now)?
    } else {
        let measure: u32 = measure
            .parse()
            .context("MEASURE is a measure's number, or none")?;
        decide::set_measure(&mut env.store, &env.ctx, mid, seq, measure, &by, env.now)?
    };
    print_summary(mid, a);
    Ok(ExitCode::SUCCESS)
}
