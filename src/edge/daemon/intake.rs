//! The intake task: IMAP sessions (with IDLE or polling) or Maildir passes, each failure
//! recorded in the intake's health and retried after a backoff; `run --once` is one pass.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use tokio_util::sync::CancellationToken;

use super::health::{Backoff, Health, store_health};
use super::{DaemonError, Reporter, Services};
use crate::Clock;
use crate::analysis::pipeline::Context;
use crate::config::SourceKind;
use crate::edge::imap::{self, Secret};
use crate::edge::maildir;
use crate::edge::store::Store;
use crate::outgoing::respond::Mailer;
use crate::service::analyse;

pub(super) async fn intake_task(s: Arc<Services>, token: CancellationToken) {
    let mut health = Health::new(
        s.store.clone(),
        s.clock,
        s.config.intake.stale_alert_secs,
        s.config.admin.emails.clone(),
    );
    let mut backoff = Backoff::new();
    loop {
        if token.is_cancelled() {
            return;
        }
        let result = match s.config.intake.source {
            SourceKind::Maildir => maildir_loop(&s, &token, &mut health).await,
            SourceKind::Imap => imap_session(&s, &token, &mut health, &mut backoff).await,
        };
        match result {
            Ok(()) => return,
            Err(e) => {
                tracing::error!(error = %e, "Intake failed; retrying");
                health.failed(&e.to_string(), &s.mailer).await;
                let wait = backoff.next();
                tokio::select! {
                    _ = tokio::time::sleep(wait) => {}
                    _ = token.cancelled() => return,
                }
            }
        }
    }
}

/// One pass (`run --once`): intake, then reminders due now, then delivery.
pub(super) async fn pass(s: &Services) -> Result<(), DaemonError> {
    let token = CancellationToken::new();
    match s.config.intake.source {
        SourceKind::Maildir => maildir_pass(s).await?,
        SourceKind::Imap => {
            let cfg = s.config.imap.clone().expect("checked by config");
            let password =
                Secret::from_config(cfg.password_env.as_deref(), cfg.password_file.as_deref())?;
            let mut session = imap::connect(&cfg, &password).await?;
            let r = s.imap_intake().sync(&mut session, &token).await?;
            tracing::info!(
                stored = r.stored,
                duplicates = r.duplicates,
                "IMAP pass done"
            );
            let _ = session.logout().await;
            store_health(&s.store, "last_poll_ok", "ok", s.clock).await;
        }
    }
    s.remind().await?;
    let d = s.deliver().await?;
    if d.sent + d.retrying + d.failed > 0 {
        tracing::info!(
            sent = d.sent,
            retrying = d.retrying,
            failed = d.failed,
            "Outbox pass done"
        );
    }
    Ok(())
}

async fn imap_session(
    s: &Services,
    token: &CancellationToken,
    health: &mut Health,
    backoff: &mut Backoff,
) -> Result<(), DaemonError> {
    let cfg = s.config.imap.clone().expect("checked by config");
    let password = Secret::from_config(cfg.password_env.as_deref(), cfg.password_file.as_deref())?;
    let mut session = tokio::select! {
        r = imap::connect(&cfg, &password) => r?,
        _ = token.cancelled() => return Ok(()),
    };
    let idle_ok = imap::supports_idle(&mut session, cfg.timeout_secs).await?;
    tracing::info!(host = %cfg.host, mailbox = %cfg.mailbox, idle = idle_ok && cfg.idle, "IMAP connected");
    let intake = s.imap_intake();
    loop {
        let r = intake.sync(&mut session, token).await?;
        if r.stored + r.duplicates > 0 {
            tracing::info!(
                stored = r.stored,
                duplicates = r.duplicates,
                left = r.left,
                "IMAP sync"
            );
        }
        health.ok().await;
        backoff.reset();
        if token.is_cancelled() {
            let _ = tokio::time::timeout(Duration::from_secs(5), session.logout()).await;
            return Ok(());
        }
        session = intake.wait(session, idle_ok, token).await?;
        if token.is_cancelled() {
            let _ = tokio::time::timeout(Duration::from_secs(5), session.logout()).await;
            return Ok(());
        }
    }
}

async fn maildir_pass(s: &Services) -> Result<(), DaemonError> {
    let dir = s.config.intake.maildir.clone();
    let (ctx, report, mailer, clock) = (s.ctx.clone(), s.report.clone(), s.mailer.clone(), s.clock);
    s.blocking(move |store| {
        for sub in ["cur", "new", "tmp"] {
            std::fs::create_dir_all(dir.join(sub)).map_err(|e| maildir::IntakeError::Read {
                path: dir.display().to_string(),
                source: e,
            })?;
        }
        maildir_once(&dir, store, &ctx, &report, Some(&mailer), clock)
    })
    .await
}

/// Stores new Maildir messages and analyses them (a blocking function).
pub fn maildir_once(
    dir: &Path,
    store: &mut Store,
    ctx: &Context,
    report: &Reporter,
    mailer: Option<&Mailer>,
    clock: Clock,
) -> Result<(), DaemonError> {
    let found: Vec<maildir::Found> = maildir::collect(&[dir.to_path_buf()])?
        .into_iter()
        .filter(|f| f.maildir_new)
        .collect();
    let stored = |_: &maildir::Found, outcome: &maildir::Outcome| {
        if let maildir::Outcome::Failed(reason) = outcome {
            tracing::error!(%reason, "A message could not be stored");
        }
    };
    let now = clock.now();
    for line in analyse::store_and_analyse(store, ctx, &found, mailer, now, stored, |m, a| {
        analyse::summary_line(&m.message_id, &a)
    })? {
        report(line);
    }
    Ok(())
}

async fn maildir_loop(
    s: &Services,
    token: &CancellationToken,
    health: &mut Health,
) -> Result<(), DaemonError> {
    loop {
        maildir_pass(s).await?;
        health.ok().await;
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(s.config.intake.poll_secs)) => {}
            _ = token.cancelled() => return Ok(()),
        }
    }
}
