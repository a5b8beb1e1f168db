//! `zvit run [--once]`: the daemon.

use std::io::Write;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context as _, Result};
use zvit::edge::daemon;

use super::env::Env;

pub fn run(env: Env, once: bool) -> Result<ExitCode> {
    let Env {
        config_file,
        config,
        plan,
        clock,
        store,
        ..
    } = env;
    drop(store);
    let report: daemon::Reporter = Arc::new(|line: String| {
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "{}", zvit::outgoing::safe::text(&line));
        let _ = out.flush();
    });
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    let opts = daemon::Options {
        config_file,
        clock,
        once,
        report,
    };
    runtime.block_on(daemon::run(opts, config, (*plan).clone()))?;
    Ok(ExitCode::SUCCESS)
}
