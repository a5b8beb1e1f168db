//! The `zvit` command line: parses flags, loads the config, and calls the library.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, Result, bail};
use clap::{Parser, Subcommand, ValueEnum};
use jiff::Timestamp;

use std::sync::Arc;

use zvit::Clock;
use zvit::analysis::pipeline::Context;
use zvit::analysis::plan::Plan;
use zvit::config::{self, Config};
use zvit::edge::daemon;
use zvit::edge::maildir::{self, Outcome};
use zvit::edge::store::Store;
use zvit::outgoing::report;
use zvit::service::analyse;

#[derive(Parser)]
#[command(
    name = "zvit",
    version,
    about = "Reads the report mailbox of an action plan and keeps track of who reported what"
)]
struct Cli {
    /// The daemon's config file.
    #[arg(long, global = true, default_value = "config/zvit.toml")]
    config: PathBuf,
    /// The clock (RFC 3339), for tests and demos; the real clock without it.
    #[arg(long, global = true)]
    now: Option<String>,
    /// Log format on stderr.
    #[arg(long, global = true, value_enum, default_value = "text")]
    log_format: LogFormat,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum LogFormat {
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
    /// Put a piece of text (ITEM = MESSAGE_ID#N, as `zvit review` lists it) under a measure.
    SetMeasure { item: String, measure: u32 },
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
        /// How many report mails to generate.
        #[arg(long, default_value_t = 500)]
        mails: usize,
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

fn main() -> ExitCode {
    // A reader worker (zvit::edge::sandbox): no command line, no logging, only its pipe protocol.
    let mut args = std::env::args_os().skip(1);
    if args.next().as_deref() == Some(std::ffi::OsStr::new(zvit::edge::sandbox::WORKER_ARG)) {
        let memory = args.next().and_then(|a| a.to_str()?.parse().ok());
        return ExitCode::from(zvit::edge::sandbox::serve_worker(memory) as u8);
    }
    let cli = Cli::parse();
    if !matches!(cli.command, Command::Run { .. } | Command::Serve { .. }) {
        // A short-lived command whose output goes into `head` should end quietly when the pipe
        // closes, as Unix tools do. (Not the daemon: its sockets must not raise SIGPIPE.)
        // SAFETY: called before any thread is started; SIG_DFL is a valid handler.
        unsafe {
            libc::signal(libc::SIGPIPE, libc::SIG_DFL);
        }
    }
    init_logging(cli.log_format);
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            let chain: Vec<String> = e.chain().map(ToString::to_string).collect();
            eprintln!("zvit: {}", zvit::outgoing::safe::text(&chain.join(": ")));
            ExitCode::from(1)
        }
    }
}

fn init_logging(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("ZVIT_LOG")
        .unwrap_or_else(|_| "warn".into())
        // async-imap traces every command it sends, LOGIN with the password included: never
        // let those through, whatever ZVIT_LOG says.
        .add_directive("async_imap=info".parse().expect("a valid directive"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match format {
        LogFormat::Text => builder.init(),
        LogFormat::Json => builder.json().init(),
    }
}

fn load(cli_config: &Path) -> Result<(Config, Plan), ExitCode> {
    config::load(cli_config).map_err(|e| {
        eprintln!("{e}");
        ExitCode::from(2)
    })
}

fn clock(now: &Option<String>) -> Result<Timestamp> {
    match now {
        Some(s) => s.parse::<Timestamp>().with_context(|| {
            format!("--now {s}: expected RFC 3339, like 2012-12-10T09:00:00+02:00")
        }),
        None => Ok(Timestamp::now()),
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    if let Command::Demo { out } = &cli.command {
        let started = std::time::Instant::now();
        let quiet: daemon::Reporter = Arc::new(|_line: String| {});
        println!(
            "zvit demo: the plan of 10 September 2012, sample mail from executors, the clock stepped day by day to 31 December 2013 …"
        );
        let account = zvit::demo::run(out, quiet)?;
        let mail_dir = out.join("mail");
        println!("done in {:.1} s.\n", started.elapsed().as_secs_f64());
        println!(
            "  {} mails arrived in the demo mailbox ({}); each was stored, read and mapped to measures;",
            account.mails_in,
            out.join("inbox").display()
        );
        println!(
            "  {} receipts went back to their senders, {} notices to unknown senders;",
            account.receipts, account.notices
        );
        println!(
            "  {} reminders before the three deadlines and {} overdue notices went to executors who still owed;",
            account.reminders, account.overdue
        );
        println!(
            "  {} digests went to the coordinators (each with an .xlsx and a .docx attached).\n",
            account.digests
        );
        let me = std::env::args().next().unwrap_or_else(|| "zvit".into());
        println!("Look at:");
        println!(
            "  {}/        every outgoing mail as an .eml file (open them in Thunderbird or Outlook)",
            mail_dir.display()
        );
        println!(
            "  {me} --config {} status      who reported what, on time, late, missing",
            out.join("config/zvit.toml").display()
        );
        println!(
            "  {me} --config {} export --format xlsx -o report.xlsx",
            out.join("config/zvit.toml").display()
        );
        println!(
            "  {me} --config {} digest --period 1 --preview digest/",
            out.join("config/zvit.toml").display()
        );
        return Ok(ExitCode::SUCCESS);
    }
    if let Command::CheckConfig = cli.command {
        return Ok(match config::load(&cli.config) {
            Ok((config, plan)) => {
                let problems = match zvit::outgoing::compose::Templates::load(&config.templates) {
                    Ok(t) => t.check(&plan),
                    Err(e) => vec![e.to_string()],
                };
                if !problems.is_empty() {
                    for p in problems {
                        eprintln!("{}: {p}", config.templates.display());
                    }
                    return Ok(ExitCode::from(2));
                }
                println!(
                    "{}: ok ({} executors, {} measures, {} deadlines)",
                    cli.config.display(),
                    plan.executors.len(),
                    plan.measures.len(),
                    plan.deadlines.len()
                );
                if let zvit::edge::ocr::Setup::Missing(why) =
                    zvit::edge::ocr::Setup::probe(&config.ocr, false)
                {
                    eprintln!(
                        "{}: warning: [ocr] is enabled but cannot run: {why}. Scans and photos will be \
                         recorded as \"needs OCR\" until it is installed (Debian: apt install tesseract-ocr \
                         tesseract-ocr-ukr tesseract-ocr-rus poppler-utils), or set [ocr] enabled = false.",
                        cli.config.display()
                    );
                }
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("{e}");
                ExitCode::from(2)
            }
        });
    }
    let (config, plan) = match load(&cli.config) {
        Ok(v) => v,
        Err(code) => return Ok(code),
    };
    let now = clock(&cli.now)?;
    // The clock handed to long-running work: fixed by --now, else the system's.
    let run_clock = if cli.now.is_some() {
        Clock::Fixed(now)
    } else {
        Clock::System
    };
    let mut store = Store::open(&config.database)
        .with_context(|| format!("opening {}", config.database.display()))?;
    let mut plan = plan;
    plan.learn(&store.learned_addresses()?);
    let plan = Arc::new(plan);
    let mut ctx = Context::from_config(&config, plan.clone());
    zvit::edge::sandbox::install(&mut ctx);
    // Commands that analyse read scans at once (the daemon leaves them to its OCR worker);
    // the others need not look for Tesseract.
    if matches!(
        cli.command,
        Command::Ingest { .. }
            | Command::Reprocess { .. }
            | Command::Assign { .. }
            | Command::SetMeasure { .. }
            | Command::Dismiss { .. }
    ) {
        ctx.ocr = zvit::edge::ocr::Setup::probe(&config.ocr, false);
    }

    match cli.command {
        Command::CheckConfig => unreachable!("handled above"),
        Command::Ingest { paths } => ingest(&mut store, &ctx, &paths, now),
        Command::Serve { listen } => serve(
            cli.config.clone(),
            listen,
            config,
            (*plan).clone(),
            store,
            run_clock,
        ),
        Command::User { action } => user(&store, action, now),
        Command::Run { once } => {
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
                config_file: cli.config.clone(),
                clock: run_clock,
                once,
                report,
            };
            runtime.block_on(daemon::run(opts, config, (*plan).clone()))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Remind { dry_run } => {
            let mailer = zvit::outgoing::respond::Mailer::from_config(&config)
                .context("loading the mail templates")?;
            let queued = zvit::service::queue::queue_reminders(
                &mut store, &plan, &config, &mailer, now, dry_run,
            )?;
            for (key, to) in &queued {
                println!(
                    "{}{key} → {}",
                    if dry_run { "would queue " } else { "queued " },
                    to.join(", ")
                );
            }
            if queued.is_empty() {
                println!(
                    "no reminders due at {}",
                    report::local_time(&plan, now.as_second())
                );
            }
            if !dry_run {
                drop(store);
                let d = deliver_now(&config, run_clock)?;
                println!(
                    "sent {}, retrying {}, failed {}",
                    d.sent, d.retrying, d.failed
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Outbox { failed, action } => {
            match action {
                Some(OutboxAction::Retry { id }) => {
                    if store.outbox_requeue(id, now)? {
                        println!("mail {id} is queued again");
                    } else {
                        bail!("no failed mail with id {id}");
                    }
                }
                None => {
                    for row in store.outbox_list(failed)? {
                        println!(
                            "{}",
                            zvit::outgoing::safe::line(&zvit::edge::outbox::describe(
                                &row, &plan.tz
                            ))
                        );
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Demo { .. } => unreachable!("handled above"),
        Command::Bench { mails, imap } => {
            if imap && config.imap.is_none() {
                bail!("--imap needs an [imap] section in {}", cli.config.display());
            }
            let dir = std::env::temp_dir().join(format!("zvit-bench-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir)?;
            let r = zvit::bench::run(&dir, &ctx, mails);
            let over_imap = match (&r, &config.imap) {
                (Ok(_), Some(cfg)) if imap => {
                    let generated = zvit::bench::generate(&plan, mails);
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
            println!(
                "generated {} report mails ({:.1} MB; xlsx tables, windows-1251 CSV, prose in the body)",
                r.mails,
                r.bytes as f64 / 1e6
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
                "where the end-to-end time goes: storing raw mail {:.0} %, analysing and saving {:.0} %; the pure pipeline alone (parse, extract, attribute, map; run again, cold) takes {:.0} % of the end-to-end time",
                100.0 * r.store_secs / r.e2e_secs.max(1e-9),
                100.0 * (r.e2e_secs - r.store_secs).max(0.0) / r.e2e_secs.max(1e-9),
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
        Command::Review { pages } => {
            // Everything from mail is printed through `safe::line` (no escape sequences reach
            // the terminal) and every suggested command quotes what it embeds.
            use zvit::outgoing::safe::{line, shell_arg};
            let mut n = 0;
            let messages = store.messages()?;
            let items = store.items()?;
            for m in &messages {
                let raw_mid = format!("<{}>", m.message_id);
                let mid = line(&raw_mid);
                let arg = shell_arg(&raw_mid);
                let subject = line(m.subject.as_deref().unwrap_or_default());
                let from = line(m.from.as_deref().unwrap_or_default());
                match m.reason_code.as_deref() {
                    Some("unknown_sender") => println!(
                        "{mid}  unknown sender {from} «{subject}» — zvit assign {arg} EXECUTOR [--learn-address] | zvit dismiss {arg}"
                    ),
                    Some("malformed") => println!("{mid}  malformed — zvit dismiss {arg}"),
                    Some("analysis_crashed") => println!(
                        "{mid}  set aside: its analysis did not finish twice (kept unread) — zvit dismiss {arg} | zvit reprocess --retry-crashed"
                    ),
                    Some("unauthenticated") => println!(
                        "{mid}  sender {from} not authenticated: {} «{subject}» — zvit assign {arg} EXECUTOR | zvit dismiss {arg}",
                        line(m.reason_text.as_deref().unwrap_or_default())
                    ),
                    Some("not_a_report") => println!(
                        "{mid}  not a report from {from}: {} «{subject}» — zvit dismiss {mid}",
                        m.reason_text.clone().unwrap_or_default()
                    ),
                    Some("no_period") => println!(
                        "{mid}  outside every period ({}) — add a deadline and reprocess, or zvit dismiss {arg}",
                        report::local_time(&plan, m.received_ts)
                    ),
                    Some("too_large") => println!(
                        "{mid}  too large, not read: {} (from {from} «{subject}») — read it in the mailbox, then zvit dismiss {arg}",
                        line(m.reason_text.as_deref().unwrap_or_default())
                    ),
                    _ => continue,
                }
                n += 1;
            }
            for it in items.iter().filter(|i| i.measure.is_none()) {
                let item = format!("<{}>#{}", it.message_id, it.seq);
                let why = if it.evidence.is_empty() {
                    String::new()
                } else {
                    format!(" [{}]", line(&it.evidence))
                };
                println!(
                    "{}  no measure ({}): {}{why} — zvit set-measure {} MEASURE",
                    line(&item),
                    line(&it.executor),
                    line(&it.text.chars().take(100).collect::<String>()),
                    shell_arg(&item),
                );
                n += 1;
            }
            for m in messages.iter().filter(|m| {
                m.kind.as_deref() == Some("report") && m.reason_code.as_deref() != Some("dismissed")
            }) {
                for p in store.parts(m.id)? {
                    if let (Some(code), Some(text)) = (p.reason_code, p.reason_text) {
                        println!(
                            "<{}>  {}: {code} — {}",
                            line(&m.message_id),
                            line(&p.name),
                            line(&text)
                        );
                        n += 1;
                    }
                }
            }
            for (mid, error) in store.answer_failures()? {
                println!(
                    "{}  the automatic answer could not be built: {}",
                    line(&format!("<{mid}>")),
                    line(&error)
                );
                n += 1;
            }
            for f in store.outbox_list(true)? {
                println!(
                    "outbox {}  not delivered to {}: {} — zvit outbox retry {}",
                    f.id,
                    line(&f.recipients.join(", ")),
                    line(&f.last_error.unwrap_or_default()),
                    f.id
                );
                n += 1;
            }
            let unsure = store.unsure_pages()?;
            if let Some(dir) = &pages {
                std::fs::create_dir_all(dir)
                    .with_context(|| format!("creating {}", dir.display()))?;
            }
            for p in &unsure {
                let ext = if p.image.starts_with(b"\x89PNG") {
                    "png"
                } else {
                    "jpg"
                };
                let file = format!("{}-page{}.{ext}", &p.hash[..12], p.page);
                match &pages {
                    Some(dir) => {
                        let path = dir.join(&file);
                        std::fs::write(&path, &p.image)
                            .with_context(|| format!("writing {}", path.display()))?;
                        println!(
                            "scan page {} ({:.0} % sure): {}",
                            p.page,
                            p.confidence * 100.0,
                            path.display()
                        );
                    }
                    None => println!(
                        "scan page {} of {} ({:.0} % sure) — zvit review --pages DIR writes its image",
                        p.page,
                        &p.hash[..12],
                        p.confidence * 100.0
                    ),
                }
            }
            println!("{n} things need a person");
            Ok(ExitCode::SUCCESS)
        }
        Command::Assign {
            message_id,
            executor,
            learn_address,
        } => {
            let done = zvit::service::correct::assign(
                &mut store,
                &ctx,
                &config,
                &message_id,
                &executor,
                learn_address,
                &cli_user(),
                now,
            )?;
            if let Some(from) = &done.learned {
                println!(
                    "{} is now an address of {executor}",
                    zvit::outgoing::safe::line(from)
                );
            }
            print_corrected(&message_id, &done);
            Ok(ExitCode::SUCCESS)
        }
        Command::SetMeasure { item, measure } => {
            let Some((mid, seq)) = item.rsplit_once('#') else {
                bail!("ITEM is MESSAGE_ID#N, as `zvit review` lists it")
            };
            let seq: usize = seq.parse().context("the N in MESSAGE_ID#N")?;
            let done = zvit::service::correct::set_measure(
                &mut store,
                &ctx,
                mid,
                seq,
                measure,
                &cli_user(),
                now,
            )?;
            print_corrected(mid, &done);
            Ok(ExitCode::SUCCESS)
        }
        Command::Dismiss { message_id } => {
            let done =
                zvit::service::correct::dismiss(&mut store, &ctx, &message_id, &cli_user(), now)?;
            print_corrected(&message_id, &done);
            Ok(ExitCode::SUCCESS)
        }
        Command::Digest {
            period,
            preview,
            send,
        } => {
            let period = match period.or_else(|| plan.period_of(now).period) {
                Some(p) if p >= 1 && p as usize <= plan.deadlines.len() => p,
                Some(p) => bail!(
                    "--period {p}: the plan has periods 1 to {}",
                    plan.deadlines.len()
                ),
                None => plan.deadlines.len() as u32,
            };
            let mailer = zvit::outgoing::respond::Mailer::from_config(&config)
                .context("loading the mail templates")?;
            let mut digest = zvit::service::queue::digest_for(&store, &plan, period, now)?;
            digest.desk = config.web.as_ref().and_then(|w| w.base_url.clone());
            let key = format!("digest:{period}:manual:{}", now.as_second());
            let recipients = if config.digest.recipients.is_empty() {
                vec![config.outgoing.from.clone()]
            } else {
                config.digest.recipients.clone()
            };
            let draft =
                zvit::outgoing::digest::draft(&digest, &mailer.templates, &recipients, &key)?;
            if let Some(dir) = preview {
                std::fs::create_dir_all(&dir)
                    .with_context(|| format!("creating {}", dir.display()))?;
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
                let d = deliver_now(&config, run_clock)?;
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
        Command::Reprocess { retry_crashed } => {
            if retry_crashed {
                let n = store.clear_attempts()?;
                println!("{n} messages set aside or interrupted will be tried again");
            }
            let done = analyse::reprocess(&mut store, &ctx)?;
            println!("reprocessed {done} messages");
            Ok(ExitCode::SUCCESS)
        }
        Command::Status { period, json } => {
            let items = store.items()?;
            let periods: Vec<u32> = match period {
                Some(p) if p == 0 || p as usize > plan.deadlines.len() => bail!(
                    "--period {p}: the plan has periods 1 to {}",
                    plan.deadlines.len()
                ),
                Some(p) => vec![p],
                None => (1..=plan.deadlines.len() as u32).collect(),
            };
            let statuses: Vec<report::PeriodStatus> = periods
                .iter()
                .map(|p| report::period_status(&plan, &items, *p))
                .collect();
            if json {
                println!("{}", serde_json::to_string_pretty(&statuses)?);
            } else {
                for s in &statuses {
                    println!("{}", report::status_text(s));
                }
                for (key, value, at) in store.health()? {
                    println!(
                        "intake {key}: {value} (at {})",
                        report::local_time(&plan, at)
                    );
                }
                let review = store
                    .messages()?
                    .iter()
                    .filter(|m| {
                        matches!(
                            m.reason_code.as_deref(),
                            Some("unknown_sender" | "no_period" | "malformed" | "too_large")
                        )
                    })
                    .count();
                println!("messages waiting for review: {review}");
                let crashed = store
                    .messages()?
                    .iter()
                    .filter(|m| m.reason_code.as_deref() == Some("analysis_crashed"))
                    .count();
                if crashed > 0 {
                    println!(
                        "messages set aside because their analysis did not finish twice: {crashed} (zvit review)"
                    );
                }
                let unanswered = store.answer_failures()?.len();
                if unanswered > 0 {
                    println!(
                        "automatic answers that could not be built: {unanswered} (zvit review)"
                    );
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Export {
            format,
            period,
            all,
            output,
        } => {
            let items = store.items()?;
            let messages = store.messages()?;
            let mut export = report::build_export(&plan, &items, &messages, period, all);
            let mut with_parts = Vec::new();
            for m in &messages {
                if period.is_none() || m.period == period {
                    with_parts.push((m.clone(), store.parts(m.id)?));
                }
            }
            report::add_part_reviews(&mut export, &with_parts);
            let bytes = match format {
                ExportFormat::Json => {
                    let mut s = serde_json::to_string_pretty(&export)?;
                    s.push('\n');
                    s.into_bytes()
                }
                ExportFormat::Csv => report::export_csv(&export),
                ExportFormat::Xlsx => {
                    report::export_xlsx(&export).context("writing the workbook")?
                }
            };
            match output {
                Some(path) => std::fs::write(&path, bytes)
                    .with_context(|| format!("writing {}", path.display()))?,
                None => std::io::stdout().write_all(&bytes)?,
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Show { message_id } => show(&store, &plan, &message_id),
        Command::Score {
            dirs,
            verbose,
            sweep,
        } => {
            score(&ctx, &dirs, verbose)?;
            if sweep {
                println!(
                    "threshold sweep ([mapping] min_confidence; mails without expectations skipped)"
                );
                for t in (30..=80).step_by(5) {
                    let mut c = Context::from_config(&config, plan.clone());
                    c.reader = ctx.reader.clone();
                    c.mapper.min_confidence = f64::from(t) / 100.0;
                    let mut line = format!("  {:.2}", c.mapper.min_confidence);
                    for dir in &dirs {
                        let s = score_dir(&c, dir)?;
                        line.push_str(&format!(
                            "  {}: recall {:.3} precision {:.3}",
                            dir.display(),
                            s.all.recall(),
                            s.all.precision()
                        ));
                    }
                    println!("{line}");
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn ingest(store: &mut Store, ctx: &Context, paths: &[PathBuf], now: Timestamp) -> Result<ExitCode> {
    let found = maildir::collect(paths)?;
    let mut failed = 0;
    let mut ids = Vec::new();
    for (f, outcome) in found.iter().zip(maildir::store_files(store, &found, now)) {
        match outcome {
            Outcome::Stored { id, .. } => ids.push(id),
            Outcome::Duplicate { id } => println!(
                "{}: already stored (message {id}), nothing changed",
                f.path.display()
            ),
            Outcome::Failed(reason) => {
                failed += 1;
                eprintln!(
                    "zvit: not stored: {}",
                    zvit::outgoing::safe::line(&reason.to_string())
                );
            }
        }
    }
    // Analysis follows from the stored bytes (also picks up anything a crash left unanalysed).
    // Imported mail is not answered: receipts go out only for mail the daemon takes in.
    for line in analyse::analyse_pending(store, ctx, None, now)? {
        println!("{}", zvit::outgoing::safe::text(&line));
    }
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// `zvit serve`: the desk alone, until SIGTERM or SIGINT.
fn serve(
    config_file: PathBuf,
    listen: Option<std::net::SocketAddr>,
    config: Config,
    plan: Plan,
    store: Store,
    clock: Clock,
) -> Result<ExitCode> {
    let Some(listen) = listen.or_else(|| config.web.as_ref().and_then(|w| w.listen)) else {
        bail!(
            "{}: [web] listen is not set (e.g. listen = \"127.0.0.1:8080\"), nor --listen",
            config_file.display()
        );
    };
    let loaded = zvit::web::Loaded::new(config, plan, &store)?;
    let desk = Arc::new(zvit::web::Desk::new(
        Arc::new(std::sync::Mutex::new(store)),
        config_file,
        loaded,
        clock,
        None,
    ));
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(listen)
            .await
            .with_context(|| format!("listening on {listen}"))?;
        println!("zvit desk: http://{}/", listener.local_addr()?);
        let shutdown = tokio_util::sync::CancellationToken::new();
        let stop = shutdown.clone();
        tokio::spawn(async move {
            use tokio::signal::unix::{SignalKind, signal};
            if let (Ok(mut term), Ok(mut int)) = (
                signal(SignalKind::terminate()),
                signal(SignalKind::interrupt()),
            ) {
                tokio::select! { _ = term.recv() => {}, _ = int.recv() => {} }
            }
            stop.cancel();
        });
        zvit::web::serve(desk, listener, shutdown).await?;
        anyhow::Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}

/// `zvit user …`: desk users.
fn user(store: &Store, action: UserAction, now: Timestamp) -> Result<ExitCode> {
    use zvit::web::auth::{self, Role};
    match action {
        UserAction::Add { name, role } => {
            let role = match role {
                RoleArg::Coordinator => Role::Coordinator,
                RoleArg::Admin => Role::Admin,
            };
            let mut password = String::new();
            std::io::stdin()
                .read_line(&mut password)
                .context("reading the password from standard input")?;
            let password = password.trim_end_matches(['\r', '\n']);
            auth::add_user(store, &name, role, password, now)?;
            println!("user {name} added ({})", role.as_str());
        }
        UserAction::List => {
            for (name, role) in auth::list_users(store)? {
                println!("{name}\t{}", role.as_str());
            }
        }
        UserAction::Remove { name } => {
            auth::remove_user(store, &name)?;
            println!("user {name} removed");
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Who made a decision on the command line (the decision log keeps it).
fn cli_user() -> String {
    format!(
        "cli:{}",
        std::env::var("USER").unwrap_or_else(|_| "unknown".into())
    )
}

fn print_corrected(message_id: &str, done: &zvit::service::correct::Corrected) {
    if let Some(a) = &done.analysis {
        let mid = zvit::service::correct::bare_id(message_id);
        println!(
            "{}",
            zvit::outgoing::safe::line(&analyse::summary_line(&mid, a))
        );
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

fn show(store: &Store, plan: &Plan, message_id: &str) -> Result<ExitCode> {
    let Some((id, raw)) = store.find_message(message_id)? else {
        bail!("no stored message with Message-ID {message_id}");
    };
    let messages = store.messages()?;
    let m = messages
        .iter()
        .find(|m| m.id == id)
        .context("message without a row")?;
    // Everything from mail goes through `safe::line`: no escape sequence reaches the terminal.
    use zvit::outgoing::safe::line;
    let opt = |v: &Option<String>| line(v.as_deref().unwrap_or("-")).into_owned();
    println!("Message-ID: <{}>", line(&m.message_id));
    println!("Received:   {}", report::local_time(plan, m.received_ts));
    println!("Origin:     {}", line(&m.origin));
    println!("Size:       {} bytes", raw.len());
    println!("From:       {}", opt(&m.from));
    println!("Subject:    {}", opt(&m.subject));
    println!(
        "Kind:       {}",
        line(m.kind.as_deref().unwrap_or("not analysed"))
    );
    println!(
        "Executor:   {}",
        m.executor.as_ref().map_or("-".into(), |e| format!(
            "{} ({}, {:.2})",
            line(e),
            line(m.method.as_deref().unwrap_or("?")),
            m.attribution_confidence.unwrap_or(0.0)
        ))
    );
    println!(
        "Period:     {}",
        m.period.map_or("-".into(), |p| format!(
            "{p}{}",
            if m.late { " (late)" } else { "" }
        ))
    );
    if let (Some(code), Some(text)) = (&m.reason_code, &m.reason_text) {
        println!("Reason:     {}: {}", line(code), line(text));
    }
    println!("\nParts:");
    for p in store.parts(id)? {
        let reason = match (&p.reason_code, &p.reason_text) {
            (Some(c), Some(t)) => format!(" — {}: {}", line(c), line(t)),
            _ => String::new(),
        };
        println!(
            "  {} [{}{}] {} chars{reason}",
            line(&p.name),
            line(&p.format),
            p.charset
                .map(|c| format!(", {}", line(&c)))
                .unwrap_or_default(),
            p.chars
        );
    }
    println!("\nItems:");
    for it in store.items()?.iter().filter(|i| i.message == id) {
        let measure = it.measure.map_or("?".into(), |m| m.to_string());
        let na = if it.not_applicable {
            " (не стосується)"
        } else {
            ""
        };
        let loc = match (&it.sheet, it.row) {
            (Some(s), Some(r)) => format!(" {}!{r}", line(s)),
            (None, Some(r)) => format!(" row {r}"),
            _ => String::new(),
        };
        println!(
            "  measure {measure} [{:.2}] {}{loc}{na}: {}",
            it.confidence,
            line(&it.source),
            line(&it.text)
        );
        if !it.evidence.is_empty() {
            println!("    why: {}", line(&it.evidence));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `zvit score DIR…`: each folder's .eml files analysed as at intake and compared with their
/// .expected.json (see `zvit::analysis::score`).
fn score(ctx: &Context, dirs: &[PathBuf], verbose: bool) -> Result<ExitCode> {
    for dir in dirs {
        let score = score_dir(ctx, dir)?;
        print!("{}", score.table(&format!("corpus {}", dir.display())));
        if verbose {
            for m in &score.misses {
                let fmt = |keys: &[zvit::analysis::score::Key]| {
                    keys.iter()
                        .map(|(e, p, m)| {
                            format!("{e}/{}/{m}", p.map_or("-".into(), |p| p.to_string()))
                        })
                        .collect::<Vec<_>>()
                        .join(" ")
                };
                println!(
                    "  {} [{}]: executor {:?} → {:?}; missed {}; extra {}",
                    m.name,
                    m.class,
                    m.executor.0,
                    m.executor.1,
                    fmt(&m.missed),
                    fmt(&m.extra)
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// One folder's .eml files with an .expected.json beside them, analysed and scored.
fn score_dir(ctx: &Context, dir: &Path) -> Result<zvit::analysis::score::Score> {
    let mut emls: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "eml"))
        .collect();
    emls.sort();
    let mut score = zvit::analysis::score::Score::default();
    for eml in &emls {
        let exp_path = eml.with_extension("expected.json");
        let Ok(text) = std::fs::read_to_string(&exp_path) else {
            continue;
        };
        let exp: serde_json::Value = serde_json::from_str(&text)
            .with_context(|| format!("reading {}", exp_path.display()))?;
        let raw = std::fs::read(eml).with_context(|| format!("reading {}", eml.display()))?;
        let received = zvit::analysis::parse::envelope(&raw)
            .header_time
            .unwrap_or(jiff::Timestamp::UNIX_EPOCH);
        let analysis = zvit::analysis::pipeline::process(ctx, &raw, received);
        let name = eml.file_stem().unwrap_or_default().to_string_lossy();
        let expected = zvit::analysis::score::Expected::from_json(&exp, "-");
        score.add(&name, &expected, &analysis);
    }
    Ok(score)
}
