//! `zvit digest [--period N] (--preview DIR | --send)`: the coordinators' digest of a period.

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context as _, Result, bail};
use zvit::service::queue;

use super::env::{Env, deliver_now};

pub fn run(env: Env, period: Option<u32>, preview: Option<&Path>, send: bool) -> Result<ExitCode> {
    let Env {
        config,
        plan,
        now,
        clock,
        mut store,
        ..
    } = env;
    let period = match period.or_else(|| plan.period_of(now).period) {
        Some(p) if p >= 1 && p as usize <= plan.deadlines.len() => p,
        Some(p) => bail!(
            "--period {p}: the plan has periods 1 to {}",
            plan.deadlines.len()
        ),
        None => plan.deadlines.len() as u32,
    };
    let mailer = zvit::outgoing::respond::Mailer::new(config.mailer())
        .context("loading the mail templates")?;
    let mut digest = queue::digest_for(&store, &plan, period, now)?;
    digest.desk = config.web.as_ref().and_then(|w| w.base_url.clone());
    let key = format!("digest:{period}:manual:{}", now.as_second());
    let recipients = queue::manual_digest_recipients(&config);
    let draft = zvit::outgoing::digest::draft(&digest, &mailer.templates, &recipients, &key)?;
    if let Some(dir) = preview {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        let queued = mailer.queue(&draft, now)?;
        let write = |name: &str, bytes: &[u8]| {
            std::fs::write(dir.join(name), bytes).with_context(|| format!("writing {name}"))
        };
        write("digest.eml", &queued.raw)?;
        write("digest.txt", draft.text.as_bytes())?;
        // The preview's HTML shows the inline images from files beside it.
        let mut html = draft.html.clone();
        for (cid, _, bytes) in &draft.inline {
            write(cid, bytes)?;
            html = html.replace(&format!("cid:{cid}"), cid);
        }
        write("digest.html", html.as_bytes())?;
        for (name, _, bytes) in &draft.attachments {
            write(name, bytes)?;
        }
        println!("digest of period {period} written to {}", dir.display());
    }
    if send {
        let queued = mailer.queue(&draft, now)?;
        store.enqueue(&queued, now)?;
        drop(store);
        let d = deliver_now(&config, clock)?;
        println!(
            "digest of period {period} queued for {}; sent {}, retrying {}, failed {}",
            recipients.join(", "),
            d.sent,
            d.retrying,
            d.failed
        );
    }
    Ok(ExitCode::SUCCESS)
}
