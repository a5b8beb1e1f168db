//! The command line: the flags (clap), the environment the commands share ([`Env`]: config,
//! plan, clock, store, analysis context), and one file per command, each a function from its
//! arguments and the environment to an exit code. Part of the binary, so it may use `anyhow`;
//! every rule that is not about the command line lives in the library.

use std::process::ExitCode;

use anyhow::Result;

mod args;
mod assign;
mod bench;
mod check_config;
mod demo;
mod digest;
mod dismiss;
mod env;
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

use args::Command;
pub use args::{Cli, LogFormat};
pub use env::BadConfig;
use env::Env;

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
