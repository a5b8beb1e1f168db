//! `zvit bench [--mails N] [--maildir DIR] [--imap]`: end-to-end ingest speed beside the readers' raw speed.

use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Result, bail};
use zvit::analysis::pipeline::Context;

use super::env::Env;

pub fn run(env: Env, mails: Option<usize>, maildir: Option<&Path>, imap: bool) -> Result<ExitCode> {
    let Env {
        config_file,
        config,
        plan,
        ctx,
        ..
    } = env;
    if imap && config.imap.is_none() {
        bail!(
            "--imap needs an [imap] section in {}",
            config_file.display()
        );
    }
    let dir = std::env::temp_dir().join(format!("zvit-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)?;
    let (corpus, what) = match maildir {
        Some(folder) => {
            let loaded = zvit::bench::load_mails(folder, mails.unwrap_or(0))?;
            if loaded.is_empty() {
                bail!("no mail in {}", folder.display());
            }
            (loaded, format!("mails from {}", folder.display()))
        }
        None => (
            zvit::bench::generate(&plan, mails.unwrap_or(500)),
            "generated report mails".to_string(),
        ),
    };
    let r = zvit::bench::run(&dir, &ctx, &corpus);
    let over_imap = match (&r, &config.imap) {
        (Ok(_), Some(cfg)) if imap => {
            let generated = corpus.clone();
            let mut ctx = Context::from_config(&config, plan.clone());
            zvit::edge::sandbox::install(&mut ctx);
            let ctx = Arc::new(ctx);
            let rt = tokio::runtime::Runtime::new()?;
            Some(rt.block_on(zvit::bench::imap_run(&dir, cfg, ctx, &generated)))
        }
        _ => None,
    };
    let _ = std::fs::remove_dir_all(&dir);
    let r = r?;
    if maildir.is_some() {
        println!("{} {what} ({:.1} MB)", r.mails, r.bytes as f64 / 1e6);
    } else {
        println!(
            "generated {} report mails ({:.1} MB; xlsx tables, windows-1251 CSV, prose in the body)",
            r.mails,
            r.bytes as f64 / 1e6
        );
    }
    println!(
        "cores: {} analysis threads end to end ([limits] analysis_threads; {} cores on this machine), the readers alone on one",
        r.threads,
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    println!(
        "end to end (Maildir → SQLite: store, parse, extract, attribute, map): {:.0} mails/s, {:.0} cells/s",
        r.e2e_rate(),
        r.cells as f64 / r.e2e_secs.max(1e-9)
    );
    println!(
        "raw limit (the readers alone: MIME parse + calamine/CSV/document readers): {:.0} mails/s",
        r.raw_rate()
    );
    println!(
        "the pure pipeline alone (parse, extract, attribute, map; one thread, run again, cold) takes {:.0} % of the end-to-end time",
        100.0 * r.pipeline_secs / r.e2e_secs.max(1e-9),
    );
    if let Some(over_imap) = over_imap {
        let b = over_imap?;
        println!(
            "over IMAP ({} → folder {} → SQLite, the daemon's own intake): {:.0} mails/s",
            config.imap.as_ref().map_or("", |c| c.host.as_str()),
            b.mailbox,
            b.mails as f64 / b.secs.max(1e-9)
        );
    }
    println!("peak RSS: {:.1} MB", r.peak_rss_kb as f64 / 1024.0);
    let samples: Vec<String> = zvit::bench::thin(&r.rss_samples, 8)
        .iter()
        .map(|(t, kb)| format!("{t:.1} s {:.0} MB", *kb as f64 / 1024.0))
        .collect();
    println!("RSS during the end-to-end run: {}", samples.join(", "));
    println!("ratio: {:.2}", r.ratio());
    Ok(ExitCode::SUCCESS)
}
