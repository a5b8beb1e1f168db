//! The command line's flags and commands (clap).

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(
    name = "zvit",
    version,
    about = "Reads the report mailbox of an action plan and keeps track of who reported what"
)]
pub struct Cli {
    /// The daemon's config file.
    #[arg(long, global = true, default_value = "config/zvit.toml")]
    pub(super) config: PathBuf,
    /// The clock (RFC 3339), for tests and demos; the real clock without it.
    #[arg(long, global = true)]
    pub(super) now: Option<String>,
    /// Log format on stderr.
    #[arg(long, global = true, value_enum, default_value = "text")]
    pub log_format: LogFormat,
    #[command(subcommand)]
    pub(super) command: Command,
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
pub(super) enum ExportFormat {
    Json,
    Csv,
    Xlsx,
}

#[derive(Subcommand)]
pub(super) enum OutboxAction {
    /// Put a failed mail back in the queue.
    Retry { id: i64 },
}

#[derive(Clone, Copy, ValueEnum)]
pub(super) enum RoleArg {
    Coordinator,
    Admin,
}

#[derive(Subcommand)]
pub(super) enum UserAction {
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
pub(super) enum Command {
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
