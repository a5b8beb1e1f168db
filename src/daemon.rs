//! `zvit run`: one tokio process. The intake (IMAP or Maildir) runs as a task under a
//! cancellation token; parsing and SQLite work run on blocking threads. SIGTERM/SIGINT finish
//! the message in hand and stop; SIGHUP reloads both config files (a bad new config is reported
//! and the old one kept). Connection errors are retried with exponential backoff and jitter;
//! when intake has had no successful poll for `stale_alert_secs`, the admin is alerted once.

use std::hash::BuildHasher;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

use crate::Clock;
use crate::config::{self, Config, ConfigError, SourceKind};
use crate::imap::{self, ImapError, Secret};
use crate::intake;
use crate::pipeline::Context;
use crate::plan::Plan;
use crate::store::{Store, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum DaemonError {
    #[error("{0}")]
    Config(#[from] ConfigError),
    #[error("{0}")]
    Store(#[from] StoreError),
    #[error("{0}")]
    Imap(#[from] ImapError),
    #[error("{0}")]
    Intake(#[from] intake::IntakeError),
    #[error("cannot listen for signals: {0}")]
    Signal(std::io::Error),
    #[error("a background task failed: {0}")]
    Task(String),
}

/// Prints one line per analysed message (stdout of `zvit run`).
pub type Reporter = Arc<dyn Fn(String) + Send + Sync>;

/// What `run` needs.
pub struct Options {
    pub config_file: PathBuf,
    pub clock: Clock,
    /// One pass, then exit.
    pub once: bool,
    pub report: Reporter,
}

/// The daemon's main loop. Returns when a shutdown signal arrived (or after one pass with
/// `once`).
pub async fn run(opts: Options, config: Config, plan: Plan) -> Result<(), DaemonError> {
    let store = {
        let path = config.database.clone();
        let s = tokio::task::spawn_blocking(move || Store::open(&path))
            .await
            .map_err(|e| DaemonError::Task(e.to_string()))??;
        Arc::new(Mutex::new(s))
    };
    if opts.once {
        return pass(&opts, &config, Arc::new(plan), store).await;
    }
    let shutdown = CancellationToken::new();
    let (reload_tx, mut reload_rx) = tokio::sync::mpsc::channel::<()>(4);
    spawn_signal_listener(shutdown.clone(), reload_tx)?;
    let mut config = config;
    let mut plan = Arc::new(plan);
    let mut token = shutdown.child_token();
    let mut task = spawn_intake(&opts, &config, plan.clone(), store.clone(), token.clone());
    tracing::info!(source = ?config.intake.source, "Intake started");
    loop {
        tokio::select! {
            _ = shutdown.cancelled() => {
                join(task).await;
                tracing::info!("Stopped");
                return Ok(());
            }
            Some(()) = reload_rx.recv() => {
                let file = opts.config_file.clone();
                let loaded = tokio::task::spawn_blocking(move || config::load(&file))
                    .await
                    .map_err(|e| DaemonError::Task(e.to_string()))?;
                match loaded {
                    Ok((c, p)) => {
                        token.cancel();
                        join(task).await;
                        config = c;
                        plan = Arc::new(p);
                        token = shutdown.child_token();
                        task = spawn_intake(&opts, &config, plan.clone(), store.clone(), token.clone());
                        tracing::info!(file = %opts.config_file.display(), "Configuration reloaded; intake restarted");
                    }
                    Err(e) => tracing::error!(error = %e, "The new configuration has errors; keeping the old one"),
                }
            }
        }
    }
}

async fn join(task: JoinHandle<()>) {
    if let Err(e) = task.await {
        tracing::error!(error = %e, "Intake task failed");
    }
}

fn spawn_signal_listener(
    shutdown: CancellationToken,
    reload: tokio::sync::mpsc::Sender<()>,
) -> Result<(), DaemonError> {
    use tokio::signal::unix::{SignalKind, signal};
    let mut term = signal(SignalKind::terminate()).map_err(DaemonError::Signal)?;
    let mut int = signal(SignalKind::interrupt()).map_err(DaemonError::Signal)?;
    let mut hup = signal(SignalKind::hangup()).map_err(DaemonError::Signal)?;
    tokio::spawn(async move {
        loop {
            tokio::select! {
                _ = term.recv() => { tracing::info!("SIGTERM: finishing the message in hand"); shutdown.cancel(); return; }
                _ = int.recv() => { tracing::info!("SIGINT: finishing the message in hand"); shutdown.cancel(); return; }
                _ = hup.recv() => { tracing::info!("SIGHUP: reloading the configuration"); let _ = reload.send(()).await; }
            }
        }
    });
    Ok(())
}

fn spawn_intake(
    opts: &Options,
    config: &Config,
    plan: Arc<Plan>,
    store: Arc<Mutex<Store>>,
    token: CancellationToken,
) -> JoinHandle<()> {
    let config = config.clone();
    let clock = opts.clock;
    let report = opts.report.clone();
    tokio::spawn(async move {
        let ctx = Arc::new(Context::from_config(&config, plan.clone()));
        let mut health = Health::new(
            store.clone(),
            clock,
            config.intake.stale_alert_secs,
            config.admin.emails.clone(),
        );
        let mut backoff = Backoff::new();
        loop {
            if token.is_cancelled() {
                return;
            }
            let result = match config.intake.source {
                SourceKind::Maildir => {
                    maildir_loop(&config, &ctx, &store, &token, &report, &mut health).await
                }
                SourceKind::Imap => {
                    imap_session(
                        &config,
                        &ctx,
                        &plan,
                        &store,
                        &token,
                        &report,
                        &mut health,
                        &mut backoff,
                    )
                    .await
                }
            };
            match result {
                Ok(()) => return,
                Err(e) => {
                    tracing::error!(error = %e, "Intake failed; retrying");
                    health.failed(&e.to_string()).await;
                    let wait = backoff.next();
                    tokio::select! {
                        _ = tokio::time::sleep(wait) => {}
                        _ = token.cancelled() => return,
                    }
                }
            }
        }
    })
}

/// One pass (`run --once`).
async fn pass(
    opts: &Options,
    config: &Config,
    plan: Arc<Plan>,
    store: Arc<Mutex<Store>>,
) -> Result<(), DaemonError> {
    let ctx = Arc::new(Context::from_config(config, plan.clone()));
    let token = CancellationToken::new();
    match config.intake.source {
        SourceKind::Maildir => {
            maildir_pass(config, &ctx, &store, &opts.report, opts.clock).await?;
        }
        SourceKind::Imap => {
            let imap_cfg = config.imap.clone().expect("checked by config");
            let password = Secret::from_config(
                imap_cfg.password_env.as_deref(),
                imap_cfg.password_file.as_deref(),
            )?;
            let mut session = imap::connect(&imap_cfg, &password).await?;
            let intake = imap_intake(config, &ctx, &plan, &store, &opts.report, opts.clock);
            let r = intake.sync(&mut session, &token).await?;
            tracing::info!(
                stored = r.stored,
                duplicates = r.duplicates,
                "IMAP pass done"
            );
            let _ = session.logout().await;
            store_health(&store, "last_poll_ok", "ok", opts.clock).await;
        }
    }
    Ok(())
}

fn imap_intake(
    config: &Config,
    ctx: &Arc<Context>,
    plan: &Plan,
    store: &Arc<Mutex<Store>>,
    report: &Reporter,
    clock: Clock,
) -> imap::Intake {
    let cfg = config.imap.clone().expect("checked by config");
    let since = cfg
        .since
        .and_then(|d| d.date)
        .and_then(|d| jiff::civil::Date::new(d.year as i16, d.month as i8, d.day as i8).ok())
        .unwrap_or(plan.approved);
    imap::Intake {
        cfg,
        store: store.clone(),
        ctx: ctx.clone(),
        since,
        report: report.clone(),
        clock,
    }
}

#[allow(clippy::too_many_arguments)]
async fn imap_session(
    config: &Config,
    ctx: &Arc<Context>,
    plan: &Plan,
    store: &Arc<Mutex<Store>>,
    token: &CancellationToken,
    report: &Reporter,
    health: &mut Health,
    backoff: &mut Backoff,
) -> Result<(), DaemonError> {
    let cfg = config.imap.clone().expect("checked by config");
    let password = Secret::from_config(cfg.password_env.as_deref(), cfg.password_file.as_deref())?;
    let mut session = tokio::select! {
        s = imap::connect(&cfg, &password) => s?,
        _ = token.cancelled() => return Ok(()),
    };
    let idle_ok = imap::supports_idle(&mut session, cfg.timeout_secs).await?;
    tracing::info!(host = %cfg.host, mailbox = %cfg.mailbox, idle = idle_ok && cfg.idle, "IMAP connected");
    let intake = imap_intake(config, ctx, plan, store, report, health.clock);
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

async fn maildir_pass(
    config: &Config,
    ctx: &Arc<Context>,
    store: &Arc<Mutex<Store>>,
    report: &Reporter,
    clock: Clock,
) -> Result<(), DaemonError> {
    let dir = config.intake.maildir.clone();
    let (ctx, store, report) = (ctx.clone(), store.clone(), report.clone());
    tokio::task::spawn_blocking(move || -> Result<(), DaemonError> {
        for sub in ["cur", "new", "tmp"] {
            std::fs::create_dir_all(dir.join(sub)).map_err(|e| intake::IntakeError::Read {
                path: dir.display().to_string(),
                source: e,
            })?;
        }
        let mut guard = store
            .lock()
            .map_err(|_| DaemonError::Task("the store lock is poisoned".into()))?;
        maildir_once(&dir, &mut guard, &ctx, &report, clock)
    })
    .await
    .map_err(|e| DaemonError::Task(e.to_string()))?
}

/// Stores new Maildir messages and analyses them (a blocking function).
pub fn maildir_once(
    dir: &Path,
    store: &mut Store,
    ctx: &Context,
    report: &Reporter,
    clock: Clock,
) -> Result<(), DaemonError> {
    let found: Vec<intake::Found> = intake::collect(&[dir.to_path_buf()])?
        .into_iter()
        .filter(|f| f.maildir_new)
        .collect();
    for f in &found {
        if let intake::Outcome::Failed(reason) = intake::store_file(store, f, clock.now()) {
            tracing::error!(%reason, "A message could not be stored");
        }
    }
    let done = intake::analyse_pending(store, ctx)?;
    let ids: Vec<(i64, String)> = store
        .messages()?
        .into_iter()
        .map(|m| (m.id, m.message_id))
        .collect();
    for (id, a) in &done {
        let mid = ids
            .iter()
            .find(|(i, _)| i == id)
            .map_or("?", |(_, m)| m.as_str());
        report(intake::summary_line(mid, a));
    }
    Ok(())
}

async fn maildir_loop(
    config: &Config,
    ctx: &Arc<Context>,
    store: &Arc<Mutex<Store>>,
    token: &CancellationToken,
    report: &Reporter,
    health: &mut Health,
) -> Result<(), DaemonError> {
    loop {
        maildir_pass(config, ctx, store, report, health.clock).await?;
        health.ok().await;
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(config.intake.poll_secs)) => {}
            _ = token.cancelled() => return Ok(()),
        }
    }
}

async fn store_health(store: &Arc<Mutex<Store>>, key: &'static str, value: &str, clock: Clock) {
    let store = store.clone();
    let value = value.to_string();
    let _ = tokio::task::spawn_blocking(move || {
        if let Ok(s) = store.lock() {
            let _ = s.set_health(key, &value, clock.now());
        }
    })
    .await;
}

/// The intake's health as recorded for `zvit status`, and the one-per-incident alert.
struct Health {
    store: Arc<Mutex<Store>>,
    clock: Clock,
    stale_after: Duration,
    admins: Vec<String>,
    last_ok: Instant,
    alerted: bool,
}

impl Health {
    fn new(store: Arc<Mutex<Store>>, clock: Clock, stale_secs: u64, admins: Vec<String>) -> Self {
        Health {
            store,
            clock,
            stale_after: Duration::from_secs(stale_secs),
            admins,
            last_ok: Instant::now(),
            alerted: false,
        }
    }

    async fn ok(&mut self) {
        self.last_ok = Instant::now();
        store_health(&self.store, "last_poll_ok", "ok", self.clock).await;
        if self.alerted {
            self.alerted = false;
            tracing::info!("Intake is healthy again");
            let store = self.store.clone();
            let _ = tokio::task::spawn_blocking(move || {
                if let Ok(s) = store.lock() {
                    let _ = s.clear_health("alert");
                }
            })
            .await;
        }
    }

    async fn failed(&mut self, error: &str) {
        store_health(&self.store, "last_error", error, self.clock).await;
        if !self.alerted && self.last_ok.elapsed() >= self.stale_after {
            self.alerted = true;
            // The outbox does not exist yet: the alert is a clear error in the log and in
            // `zvit status`, addressed to the admins named in the config.
            let msg = format!(
                "no successful poll for {} s; last error: {error}; admins to tell: {}",
                self.last_ok.elapsed().as_secs(),
                if self.admins.is_empty() {
                    "(none configured)".to_string()
                } else {
                    self.admins.join(", ")
                }
            );
            tracing::error!(alert = %msg, "ALERT: intake is failing");
            store_health(&self.store, "alert", &msg, self.clock).await;
        }
    }
}

/// Exponential backoff with jitter: 1 s, 2 s, 4 s … up to 5 minutes, each ±20 %.
struct Backoff {
    next: Duration,
}

impl Backoff {
    fn new() -> Self {
        Backoff {
            next: Duration::from_secs(1),
        }
    }
    fn reset(&mut self) {
        self.next = Duration::from_secs(1);
    }
    fn next(&mut self) -> Duration {
        let base = self.next;
        self.next = (self.next * 2).min(Duration::from_secs(300));
        let r = std::hash::RandomState::new().hash_one(Instant::now()) % 1000;
        let factor = 0.8 + 0.4 * (r as f64 / 1000.0);
        base.mul_f64(factor)
    }
}
