//! The command line: the flags (clap), the environment the commands share ([`Env`]: config,
//! plan, clock, store, analysis context), and one file per command, each a function from its
//! arguments and the environment to an exit code. Part of the binary, so it may use `anyhow`;
//! every rule that is not about the command line lives in the library.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context as _, Result};
use clap::{Parser, Subcommand, ValueEnum};
use jiff::Timestamp;

use zvit::Clock;
use zvit::analysis::message_id::MessageId;
use zvit::analysis::pipeline::Context;
use zvit::analysis::plan::Plan;
use zvit::config::{self, Config, ConfigError};
use zvit::edge::store::Store;

mod assign;
mod bench;
mod check_config;
mod demo;
mod digest;
mod dismiss;
mod export;
mod ingest;
mod outbox;
mod progress;
mod remind;
mod reprocess;
mod review;
mod run;
mod score;
mod serve;
mod set_measure;
mod show;
mod status;
mod user;

#[derive(Parser)]
#[command(
    name = "zvit",
    version,
    about = "Reads the report mailbox of an action plan and keeps track of who reported what"
)]
pub struct Cli {
    /// The daemon's config file.
    #[arg(long, global = true, default_value = "config/zvit.toml")]
    config: PathBuf,
    /// The clock (RFC 3339), for tests and demos; the real clock without it.
    #[arg(long, global = true)]
    now: Option<String>,
    /// Log format on stderr.
    #[arg(long, global = true, value_enum, default_value = "text")]
    pub log_format: LogFormat,
    #[command(subcommand)]
    command: Command,
}

impl Cli {
    /// Whether this is the daemon (which must not die of SIGPIPE on its sockets).
    pub fn is_daemon(&self) -> bool {
        matches!(self.command, Command::Run { .. } | Command::Serve { .. })
    }
}

#[derive(Clone, Copy, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum ExportFormat {
    Json,
    Csv,
    Xlsx,
}

#[derive(Subcommand)]
enum OutboxAction {
    /// Put a failed mail back in the queue.
    Retry { id: i64 },
}

#[derive(Clone, Copy, ValueEnum)]
enum RoleArg {
    Coordinator,
    Admin,
}

#[derive(Subcommand)]
enum UserAction {
    /// Add a user; the password is read from standard input (one line).
    Add {
        name: String,
        #[arg(long, value_enum)]
        role: RoleArg,
    },
    /// List the users and their roles.
    List,
    /// Remove a user (their sessions end).
    Remove { name: String },
}

#[derive(Subcommand)]
enum Command {
    /// The coordinators' web desk alone (`[web] listen`).
    Serve {
        /// Listen here instead of `[web] listen` (e.g. 127.0.0.1:8080).
        #[arg(long)]
        listen: Option<std::net::SocketAddr>,
    },
    /// Desk users.
    User {
        #[command(subcommand)]
        action: UserAction,
    },
    /// The daemon: intake, scheduler, outbox worker.
    Run {
        /// One pass over the mailbox, then exit.
        #[arg(long)]
        once: bool,
    },
    /// Ingest .eml files and Maildir folders (idempotent).
    Ingest {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Completeness per period: on time, late, missing.
    Status {
        #[arg(long)]
        period: Option<u32>,
        #[arg(long)]
        json: bool,
    },
    /// Export the current report items.
    Export {
        #[arg(long, value_enum, default_value = "json")]
        format: ExportFormat,
        #[arg(long)]
        period: Option<u32>,
        /// Include superseded items.
        #[arg(long)]
        all: bool,
        #[arg(short = 'o', long)]
        output: Option<PathBuf>,
    },
    /// Re-run parsing and mapping over every stored message.
    Reprocess {
        /// Also try again the messages set aside because their analysis did not finish twice
        /// (after an upgrade of the readers).
        #[arg(long)]
        retry_crashed: bool,
    },
    /// Score recognition on folders of .eml files with their .expected.json: recall and
    /// precision over (executor, period, measure), attribution, items from non-reports.
    Score {
        #[arg(required = true)]
        dirs: Vec<PathBuf>,
        /// List every mail whose result differs from its expectation.
        #[arg(long)]
        verbose: bool,
        /// With --verbose: also each differing mail's items (measure, confidence, source,
        /// evidence, the text's start), to see why a measure was missed or invented.
        #[arg(long)]
        items: bool,
        /// Also print recall and precision for mapping thresholds from 0.30 to 0.80, to set
        /// `[mapping] min_confidence` from a precision target.
        #[arg(long)]
        sweep: bool,
    },
    /// What needs a person: unattributed mail, unplaced text, unreadable attachments, failed deliveries.
    Review {
        /// Write the scan pages OCR was unsure of into this folder, to read them by eye.
        #[arg(long)]
        pages: Option<PathBuf>,
    },
    /// Attribute a message to an executor (a person's decision; survives reprocess).
    Assign {
        message_id: String,
        executor: String,
        /// Also remember the sender's address as the executor's.
        #[arg(long)]
        learn_address: bool,
    },
    /// Put a piece of text (ITEM = MESSAGE_ID#N, as `zvit review` lists it) under a measure,
    /// or (MEASURE = none) take it off its measure, leaving it to review.
    SetMeasure { item: String, measure: String },
    /// Take a message off the review list (it yields no items).
    Dismiss { message_id: String },
    /// Queue (and send) the reminders due now.
    Remind {
        /// Only list what would be sent.
        #[arg(long)]
        dry_run: bool,
    },
    /// Outgoing mail: waiting, sent, failed.
    Outbox {
        /// Only failed mail.
        #[arg(long)]
        failed: bool,
        #[command(subcommand)]
        action: Option<OutboxAction>,
    },
    /// One stored message: headers, parts, what was read, reasons, items.
    Show { message_id: String },
    /// Validate both config files (and render the mail templates).
    CheckConfig,
    /// Build the coordinators' digest of a period.
    Digest {
        /// The period (default: the one the clock is in).
        #[arg(long)]
        period: Option<u32>,
        /// Write the mail (.eml) and each of its parts into this folder.
        #[arg(long, conflicts_with = "send", required_unless_present = "send")]
        preview: Option<PathBuf>,
        /// Queue it for the recipients in [digest] and deliver.
        #[arg(long)]
        send: bool,
    },
    /// End-to-end ingest speed beside the readers' raw speed on the same generated mail.
    Bench {
        /// How many report mails to generate (with --maildir: the folder's mails are repeated,
        /// each copy with a Message-ID of its own, until there are at least this many).
        #[arg(long)]
        mails: Option<usize>,
        /// Measure on the mails of this Maildir or folder of .eml files instead of generated
        /// ones (a Message-ID met twice is made unique, so every mail is analysed).
        #[arg(long)]
        maildir: Option<PathBuf>,
        /// Also take the same mails in over IMAP from the server of the config's [imap]
        /// section (a fresh folder is created there and deleted after).
        #[arg(long)]
        imap: bool,
    },
    /// The whole cycle on bundled sample mail, with the clock stepped across the deadlines.
    Demo {
        /// Where receipts, reminders, digests and the demo's own database go.
        #[arg(long, default_value = "var/demo")]
        out: PathBuf,
    },
}

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
    fn open(config_file: PathBuf, now: Option<&str>, reads_scans: bool) -> Result<Env> {
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

/// Runs one command.
pub fn dispatch(cli: Cli) -> Result<ExitCode> {
    let reads_scans = matches!(
        cli.command,
        Command::Ingest { .. }
            | Command::Reprocess { .. }
            | Command::Assign { .. }
            | Command::SetMeasure { .. }
            | Command::Dismiss { .. }
    );
    let env = || Env::open(cli.config.clone(), cli.now.as_deref(), reads_scans);
    match cli.command {
        Command::Demo { ref out } => demo::run(out),
        Command::CheckConfig => check_config::run(&cli.config),
        Command::Ingest { ref paths } => ingest::run(env()?, paths),
        Command::Run { once } => run::run(env()?, once),
        Command::Serve { listen } => serve::run(env()?, listen),
        Command::User { ref action } => user::run(env()?, action),
        Command::Remind { dry_run } => remind::run(env()?, dry_run),
        Command::Outbox { failed, ref action } => outbox::run(env()?, failed, action),
        Command::Bench {
            mails,
            ref maildir,
            imap,
        } => bench::run(env()?, mails, maildir.as_deref(), imap),
        Command::Review { ref pages } => review::run(env()?, pages.as_deref()),
        Command::Assign {
            ref message_id,
            ref executor,
            learn_address,
        } => assign::run(env()?, message_id, executor, learn_address),
        Command::SetMeasure {
            ref item,
            ref measure,
        } => set_measure::run(env()?, item, measure),
        Command::Dismiss { ref message_id } => dismiss::run(env()?, message_id),
        Command::Digest {
            period,
            ref preview,
            send,
        } => digest::run(env()?, period, preview.as_deref(), send),
        Command::Reprocess { retry_crashed } => reprocess::run(env()?, retry_crashed),
        Command::Status { period, json } => status::run(env()?, period, json),
        Command::Export {
            format,
            period,
            all,
            ref output,
        } => export::run(env()?, format, period, all, output.as_deref()),
        Command::Show { ref message_id } => show::run(env()?, message_id),
        Command::Score {
            ref dirs,
            verbose,
            items,
            sweep,
        } => score::run(env()?, dirs, verbose || items, items, sweep),
    }
}

/// Delivers the due outbox once (for `remind` and `digest --send`). lettre's SMTP pool lives
/// in the runtime, so the transport is built and dropped inside it.
fn deliver_now(config: &Config, clock: Clock) -> Result<zvit::edge::outbox::Delivered> {
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
fn cli_user() -> String {
    format!(
        "cli:{}",
        std::env::var("USER").unwrap_or_else(|_| "unknown".into())
    )
}

/// One line about a message analysed again after a person's decision.
fn print_summary(message_id: &MessageId, analysis: Option<zvit::analysis::pipeline::Analysis>) {
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
