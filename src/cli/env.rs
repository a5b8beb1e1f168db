//! What the commands share: the environment ([`Env`]: config, plan, clock, store, analysis
//! context), delivery of the due outbox, who decides on the command line, the one-line summary.

use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{Context as _, Result};
use jiff::Timestamp;
use zvit::Clock;
use zvit::analysis::message_id::MessageId;
use zvit::analysis::pipeline::Context;
use zvit::analysis::plan::Plan;
use zvit::config::{self, Config, ConfigError};
use zvit::edge::store::Store;

/// A config that does not load: its problems are printed as they are and the exit code is 2.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct BadConfig(pub ConfigError);

/// What the commands share: the config and plan (with learned addresses), the clock, the
/// store and the analysis context (reader workers installed).
pub struct Env {
    pub config_file: PathBuf,
    pub config: Config,
    pub plan: Arc<Plan>,
    /// The clock's reading for this command.
    pub now: Timestamp,
    /// The clock handed to long-running work: fixed by --now, else the system's.
    pub clock: Clock,
    pub store: Store,
    pub ctx: Context,
}

impl Env {
    /// Loads the config, opens the store, builds the context; `reads_scans` for the commands
    /// that analyse, which read scans at once (the daemon leaves them to its OCR worker).
    pub(super) fn open(config_file: PathBuf, now: Option<&str>, reads_scans: bool) -> Result<Env> {
        let (config, plan) = config::load(&config_file).map_err(BadConfig)?;
        let clock = match now {
            Some(s) => Clock::Fixed(s.parse::<Timestamp>().with_context(|| {
                format!("--now {s}: expected RFC 3339, like 2012-12-10T09:00:00+02:00")
            })?),
            None => Clock::System,
        };
        let store = Store::open(&config.database)
            .with_context(|| format!("opening {}", config.database.display()))?;
        let plan = Arc::new(zvit::service::decide::plan_with_learned(&store, plan)?);
        let mut ctx = Context::from_config(&config, plan.clone());
        zvit::edge::sandbox::install(&mut ctx);
        if reads_scans {
            ctx.ocr = zvit::edge::ocr::Setup::probe(&config.ocr, false);
        }
        Ok(Env {
            config_file,
            config,
            plan,
            now: clock.now(),
            clock,
            store,
            ctx,
        })
    }
}

/// Delivers the due outbox once (for `remind` and `digest --send`). lettre's SMTP pool lives
/// in the runtime, so the transport is built and dropped inside it.
pub(super) fn deliver_now(config: &Config, clock: Clock) -> Result<zvit::edge::outbox::Delivered> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let store = Arc::new(std::sync::Mutex::new(Store::open(&config.database)?));
    let d = runtime.block_on(async {
        let transport = zvit::edge::outbox::Transport::from_config(config)?;
        zvit::edge::outbox::deliver_due(&store, &transport, &config.outgoing.from, clock).await
    })?;
    Ok(d)
}

/// Who made a decision on the command line (the decision log keeps it).
pub(super) fn cli_user() -> String {
    format!(
        "cli:{}",
        std::env::var("USER").unwrap_or_else(|_| "unknown".into())
    )
}

/// One line about a message analysed again after a person's decision.
pub(super) fn print_summary(
    message_id: &MessageId,
    analysis: Option<zvit::analysis::pipeline::Analysis>,
) {
    if let Some(a) = analysis {
        println!(
            "{}",
            zvit::outgoing::safe::line(&zvit::service::analyse::summary_line(
                message_id.as_str(),
                &a
            ))
        );
    }
}
