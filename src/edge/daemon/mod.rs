//! `zvit run`: one tokio process with three tasks under one cancellation token — the intake
//! (IMAP or Maildir), the scheduler (reminders and overdue notices) and the outbox worker.
//! Parsing and SQLite work run on blocking threads. SIGTERM/SIGINT finish the message in hand
//! and stop; SIGHUP reloads both config files (a bad new config is reported and the old one
//! kept). Connection errors are retried with exponential backoff and jitter; when intake has
//! had no successful poll for `stale_alert_secs`, the admin is alerted once.
//!
//! The tasks share `Services`, one cancellation token and the reload on SIGHUP, and read best
//! as one loop (this file); the intake task (IMAP sessions, Maildir passes) is in `intake.rs`,
//! its `Health` and `Backoff` in `health.rs`.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

use crate::Clock;
use crate::analysis::pipeline::Context;
use crate::analysis::plan::Plan;
use crate::config::{self, Config, ConfigError};
use crate::edge::imap::{self, ImapError};
use crate::edge::maildir;
use crate::edge::outbox::{self, OutboxError, Transport};
use crate::edge::store::{Store, StoreError};
use crate::outgoing::respond::Mailer;
use crate::service::{analyse, queue};

mod health;
mod intake;

pub use intake::maildir_once;
use intake::{intake_task, pass};

#[derive(Debug, thiserror::Error)]
pub enum DaemonError {
    #[error("{0}")]
    Config(#[from] ConfigError),
    #[error("{0}")]
    Store(#[from] StoreError),
    #[error("{0}")]
    Imap(#[from] ImapError),
    #[error("{0}")]
    Intake(#[from] maildir::IntakeError),
    #[error("{0}")]
    Outbox(#[from] OutboxError),
    #[error("{0}")]
    Queue(#[from] queue::QueueError),
    #[error("the mail templates: {0}")]
    Templates(#[from] crate::outgoing::compose::ComposeError),
    #[error("cannot listen for signals: {0}")]
    Signal(std::io::Error),
    #[error("{0}")]
    Blocking(#[from] crate::edge::store::BlockingError),
    #[error("{what}: {source}")]
    Io {
        what: String,
        source: std::io::Error,
    },
    #[error("the benchmark over IMAP: {0}")]
    BenchImap(String),
}

/// Prints one line per analysed message (stdout of `zvit run`).
pub type Reporter = Arc<dyn Fn(String) + Send + Sync>;

/// What `run` needs.
#[derive(Clone)]
pub struct Options {
    pub config_file: PathBuf,
    pub clock: Clock,
    /// One pass, then exit.
    pub once: bool,
    pub report: Reporter,
}

/// Everything the tasks share for one configuration.
struct Services {
    config: Config,
    plan: Arc<Plan>,
    ctx: Arc<Context>,
    store: Arc<Mutex<Store>>,
    report: Reporter,
    clock: Clock,
    mailer: Arc<Mailer>,
    transport: Transport,
}

impl Services {
    fn new(
        config: Config,
        plan: Arc<Plan>,
        store: Arc<Mutex<Store>>,
        opts: &Options,
    ) -> Result<Services, DaemonError> {
        // Addresses people taught zvit (`zvit assign --learn-address`).
        let learned = store
            .lock()
            .map_err(|_| crate::edge::store::BlockingError::Poisoned)?
            .learned_addresses()?;
        let mut plan = (*plan).clone();
        plan.learn(&learned);
        let plan = Arc::new(plan);
        let mut ctx = Context::from_config(&config, plan.clone());
        crate::edge::sandbox::install(&mut ctx);
        // The daemon leaves scans to its OCR worker so that intake never waits for them;
        // `run --once` reads them in its pass.
        ctx.ocr = crate::edge::ocr::Setup::probe(&config.ocr, !opts.once);
        if let crate::edge::ocr::Setup::Missing(why) = &ctx.ocr {
            tracing::warn!(%why, "OCR is enabled but cannot run; scans will be recorded as needing OCR");
        }
        let ctx = Arc::new(ctx);
        let mailer = Arc::new(Mailer::new(config.mailer())?);
        let transport = Transport::from_config(&config)?;
        Ok(Services {
            config,
            plan,
            ctx,
            store,
            report: opts.report.clone(),
            clock: opts.clock,
            mailer,
            transport,
        })
    }

    async fn blocking<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Store) -> Result<T, DaemonError> + Send + 'static,
    ) -> Result<T, DaemonError> {
        crate::edge::store::blocking(&self.store, f).await
    }

    fn imap_intake(&self) -> imap::Intake {
        let cfg = self.config.imap.clone().expect("checked by config");
        let since = cfg
            .since
            .and_then(|d| d.date)
            .and_then(|d| jiff::civil::Date::new(d.year as i16, d.month as i8, d.day as i8).ok())
            .unwrap_or(self.plan.approved);
        imap::Intake {
            cfg,
            store: self.store.clone(),
            ctx: self.ctx.clone(),
            since,
            report: self.report.clone(),
            clock: self.clock,
            mailer: Some(self.mailer.clone()),
        }
    }

    /// Queues the reminders due now.
    async fn remind(&self) -> Result<usize, DaemonError> {
        let (plan, config, mailer, now) = (
            self.plan.clone(),
            self.config.clone(),
            self.mailer.clone(),
            self.clock.now(),
        );
        let queued = self
            .blocking(move |s| {
                let mut q = queue::queue_reminders(s, &plan, &config, &mailer, now, false)?;
                if let Some(key) = queue::queue_digest(s, &plan, &config, &mailer, now)? {
                    q.push((key, config.digest.recipients.clone()));
                }
                Ok(q)
            })
            .await?;
        for (key, to) in &queued {
            tracing::info!(%key, to = %to.join(","), "Reminder queued");
        }
        Ok(queued.len())
    }

    async fn deliver(&self) -> Result<outbox::Delivered, DaemonError> {
        Ok(outbox::deliver_due(
            &self.store,
            &self.transport,
            &self.config.outgoing.from,
            self.clock,
        )
        .await?)
    }
}

/// The daemon's main loop. Returns when a shutdown signal arrived (or after one pass with
/// `once`).
pub async fn run(opts: Options, config: Config, plan: Plan) -> Result<(), DaemonError> {
    let store = {
        let path = config.database.clone();
        let s = tokio::task::spawn_blocking(move || Store::open(&path))
            .await
            .map_err(crate::edge::store::BlockingError::from)??;
        Arc::new(Mutex::new(s))
    };
    let services = Arc::new(build_services(config, plan, store.clone(), &opts).await?);
    if opts.once {
        return pass(&services).await;
    }
    let shutdown = CancellationToken::new();
    let (reload_tx, mut reload_rx) = tokio::sync::mpsc::channel::<()>(4);
    spawn_signal_listener(shutdown.clone(), reload_tx.clone())?;
    let desk = spawn_desk(
        &opts,
        &services,
        store.clone(),
        shutdown.clone(),
        reload_tx.clone(),
    )
    .await?;
    let mut services = services;
    let mut token = shutdown.child_token();
    let mut task = spawn_tasks(services.clone(), token.clone());
    tracing::info!(source = ?services.config.intake.source, "Intake started");
    loop {
        tokio::select! {
            _ = shutdown.cancelled() => {
                join(task).await;
                if let Some((_, served)) = desk {
                    join(served).await;
                }
                tracing::info!("Stopped");
                return Ok(());
            }
            Some(()) = reload_rx.recv() => {
                let file = opts.config_file.clone();
                let loaded = tokio::task::spawn_blocking(move || config::load(&file)).await.map_err(crate::edge::store::BlockingError::from)?;
                let fresh = match loaded {
                    Ok((c, p)) => build_services(c, p, store.clone(), &opts).await,
                    Err(e) => Err(e.into()),
                };
                match fresh {
                    Ok(s) => {
                        token.cancel();
                        join(task).await;
                        services = Arc::new(s);
                        token = shutdown.child_token();
                        task = spawn_tasks(services.clone(), token.clone());
                        if let Some((desk, _)) = &desk {
                            // The desk shows (and corrects with) the configuration in force.
                            let (d, c, p) = (desk.clone(), services.config.clone(), (*services.plan).clone());
                            let fresh = crate::edge::store::blocking(&store, move |guard| {
                                d.set_loaded(crate::web::Loaded::new(c, p, guard)?);
                                Ok::<_, DaemonError>(())
                            }).await;
                            if let Err(e) = fresh {
                                tracing::error!(error = %e, "The desk keeps the old configuration");
                            }
                        }
                        tracing::info!(file = %opts.config_file.display(), "Configuration reloaded; intake restarted");
                    }
                    Err(e) => tracing::error!(error = %e, "The new configuration has errors; keeping the old one"),
                }
            }
        }
    }
}

/// The web desk beside the other tasks when `[web] listen` is set: the same store, the same
/// shutdown; an admin's change on the desk sends a reload.
async fn spawn_desk(
    opts: &Options,
    s: &Services,
    store: Arc<Mutex<Store>>,
    shutdown: CancellationToken,
    reload: tokio::sync::mpsc::Sender<()>,
) -> Result<Option<(Arc<crate::web::Desk>, JoinHandle<()>)>, DaemonError> {
    let Some(listen) = s.config.web.as_ref().and_then(|w| w.listen) else {
        return Ok(None);
    };
    let (config, plan, file, clock) = (
        s.config.clone(),
        (*s.plan).clone(),
        opts.config_file.clone(),
        opts.clock,
    );
    let loaded = crate::edge::store::blocking(&store, move |guard| {
        Ok::<_, DaemonError>(crate::web::Loaded::new(config, plan, guard)?)
    })
    .await?;
    let desk = Arc::new(crate::web::Desk::new(
        store,
        file,
        loaded,
        clock,
        Some(reload),
    ));
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .map_err(|source| DaemonError::Io {
            what: format!("the desk cannot listen on {listen}"),
            source,
        })?;
    let addr = listener.local_addr().map_err(|source| DaemonError::Io {
        what: "the desk's address".into(),
        source,
    })?;
    tracing::info!(%addr, "Desk serving");
    (opts.report)(format!("zvit desk: http://{addr}/"));
    let served = desk.clone();
    Ok(Some((
        served,
        tokio::spawn(async move {
            if let Err(e) = crate::web::serve(desk, listener, shutdown).await {
                tracing::error!(error = %e, "The desk stopped");
            }
        }),
    )))
}

/// Builds the services on a blocking thread: that reads the store and the templates and
/// probes the OCR programs.
async fn build_services(
    config: Config,
    plan: Plan,
    store: Arc<Mutex<Store>>,
    opts: &Options,
) -> Result<Services, DaemonError> {
    let opts = opts.clone();
    tokio::task::spawn_blocking(move || Services::new(config, Arc::new(plan), store, &opts))
        .await
        .map_err(crate::edge::store::BlockingError::from)?
}

async fn join(task: JoinHandle<()>) {
    if let Err(e) = task.await {
        tracing::error!(error = %e, "A task failed");
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

/// The four tasks of one configuration, joined in one handle.
fn spawn_tasks(s: Arc<Services>, token: CancellationToken) -> JoinHandle<()> {
    let (s_for_ocr, token_for_ocr) = (s.clone(), token.clone());
    let intake = tokio::spawn(intake_task(s.clone(), token.clone()));
    let scheduler = tokio::spawn(periodic(
        s.clone(),
        token.clone(),
        Duration::from_secs(60),
        "Scheduler",
        |s| Box::pin(async move { s.remind().await.map(|_| ()) }),
    ));
    let worker = tokio::spawn(periodic(
        s,
        token,
        Duration::from_secs(2),
        "Outbox worker",
        |s| Box::pin(async move { s.deliver().await.map(|_| ()) }),
    ));
    let ocr = tokio::spawn(ocr_task(s_for_ocr, token_for_ocr));
    tokio::spawn(async move {
        let _ = tokio::join!(intake, scheduler, worker, ocr);
    })
}

/// Reads the scans intake left for OCR, one file at a time, on a blocking thread and without
/// the store's lock, so that intake goes on meanwhile; then analyses (and answers) the
/// messages that were waiting for it. A file left half-read by a shutdown is read again at
/// the next start.
async fn ocr_task(s: Arc<Services>, token: CancellationToken) {
    let crate::edge::ocr::Setup::Ready {
        engine,
        defer: true,
    } = s.ctx.ocr.clone()
    else {
        return;
    };
    loop {
        let job = match s.blocking(|store| Ok(store.next_scan_job()?)).await {
            Ok(job) => job,
            Err(e) => {
                tracing::error!(error = %e, "Could not read the OCR queue");
                None
            }
        };
        let Some(job) = job else {
            tokio::select! {
                _ = tokio::time::sleep(Duration::from_secs(2)) => continue,
                _ = token.cancelled() => return,
            }
        };
        let engine = engine.clone();
        let (format, data) = (job.format, job.data);
        let started = std::time::Instant::now();
        let read = tokio::task::spawn_blocking(move || engine.recognise(format, &data));
        let text = tokio::select! {
            r = read => match r {
                Ok(text) => text,
                Err(e) => {
                    tracing::error!(error = %e, name = %job.name, "OCR task failed");
                    crate::edge::ocr::ScanText { failure: Some("розпізнавання завершилося аварійно".into()), ..Default::default() }
                }
            },
            _ = token.cancelled() => return,
        };
        tracing::info!(name = %job.name, pages = text.pages.len(), of = text.pages_total,
            confidence = text.confidence, secs = started.elapsed().as_secs_f64(), "OCR done");
        let (ctx, report, mailer, now, hash) = (
            s.ctx.clone(),
            s.report.clone(),
            s.mailer.clone(),
            s.clock.now(),
            job.hash,
        );
        let done = s
            .blocking(move |store| {
                store.save_scan(&hash, &text, now)?;
                for line in analyse::analyse_pending(store, &ctx, Some(&mailer), now)? {
                    report(line);
                }
                Ok(())
            })
            .await;
        if let Err(e) = done {
            tracing::error!(error = %e, "Could not save an OCR result; will try again");
            tokio::select! {
                _ = tokio::time::sleep(Duration::from_secs(5)) => {}
                _ = token.cancelled() => return,
            }
        }
    }
}

type Step =
    fn(Arc<Services>) -> std::pin::Pin<Box<dyn Future<Output = Result<(), DaemonError>> + Send>>;

/// Runs `step` now and then every `every` until cancelled; errors are logged, not fatal.
async fn periodic(
    s: Arc<Services>,
    token: CancellationToken,
    every: Duration,
    name: &'static str,
    step: Step,
) {
    loop {
        if let Err(e) = step(s.clone()).await {
            tracing::error!(task = name, error = %e, "Task step failed; will try again");
        }
        tokio::select! {
            _ = tokio::time::sleep(every) => {}
            _ = token.cancelled() => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    /// The reminders in the outbox, with the times they were queued at.
    fn reminders(store: &Arc<Mutex<Store>>) -> Vec<(String, i64)> {
        let s = store.lock().unwrap();
        s.outbox_list(false)
            .unwrap()
            .into_iter()
            .filter(|r| r.kind == crate::outgoing::compose::MailKind::Reminder)
            .map(|r| (r.key, r.created_ts))
            .collect()
    }

    #[tokio::test(start_paused = true)]
    async fn the_scheduler_queues_a_reminder_at_its_slot_and_not_before() {
        let dir = tempfile::tempdir().unwrap();
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        let (config, plan) = config::load(&repo.join("config/zvit.toml")).unwrap();
        // The first reminder slot of the sample plan.
        let days_before = config.reminders.days_before.clone();
        let slot = crate::outgoing::schedule::slots(
            &plan,
            &|period| {
                plan.deadline_offsets
                    .get(period as usize - 1)
                    .cloned()
                    .flatten()
                    .unwrap_or_else(|| days_before.clone())
            },
            config.reminders.at,
            &config.calendar,
            config.reminders.overdue,
        )
        .into_iter()
        .find(|s| matches!(s.kind, crate::outgoing::schedule::SlotKind::Reminder { .. }))
        .expect("the sample plan has a reminder");
        let store = Arc::new(Mutex::new(Store::open(&dir.path().join("z.db")).unwrap()));
        let opts = Options {
            config_file: repo.join("config/zvit.toml"),
            // 150 s before the slot; the scheduler looks at 0, 60, 120, 180 s of tokio time.
            clock: Clock::following_tokio(
                slot.at
                    .checked_sub(jiff::SignedDuration::from_secs(150))
                    .unwrap(),
            ),
            once: false,
            report: Arc::new(|_| {}),
        };
        let s = Arc::new(Services::new(config, Arc::new(plan), store.clone(), &opts).unwrap());
        let token = CancellationToken::new();
        let scheduler = tokio::spawn(periodic(
            s,
            token.clone(),
            Duration::from_secs(60),
            "Scheduler",
            |s| Box::pin(async move { s.remind().await.map(|_| ()) }),
        ));

        tokio::time::sleep(Duration::from_secs(150)).await;
        assert!(
            reminders(&store).is_empty(),
            "30 s before the slot: nothing yet"
        );

        tokio::time::sleep(Duration::from_secs(60)).await;
        let queued = reminders(&store);
        assert!(
            !queued.is_empty(),
            "30 s after the slot: the reminders are queued"
        );
        let prefix = slot.key();
        for (key, created) in &queued {
            assert!(key.starts_with(&prefix), "{key} is of the slot {prefix}");
            assert!(
                *created >= slot.at.as_second(),
                "{key} queued before its slot"
            );
        }

        tokio::time::sleep(Duration::from_secs(120)).await;
        assert_eq!(reminders(&store), queued, "each reminder once");
        token.cancel();
        scheduler.await.unwrap();
    }
}
