//! The `zvit` binary: a reader worker when started as one, else the command line
//! ([`cli`]: flags, the shared environment, one file per command). The only place, with
//! `cli`, that uses `anyhow`.

use std::process::ExitCode;

use clap::Parser;

mod cli;

use cli::{BadConfig, Cli, LogFormat};

fn main() -> ExitCode {
    // A reader worker (zvit::edge::sandbox): no command line, no logging, only its pipe protocol.
    let mut args = std::env::args_os().skip(1);
    if args.next().as_deref() == Some(std::ffi::OsStr::new(zvit::edge::sandbox::WORKER_ARG)) {
        let memory = args.next().and_then(|a| a.to_str()?.parse().ok());
        return ExitCode::from(zvit::edge::sandbox::serve_worker(memory) as u8);
    }
    let cli = Cli::parse();
    if !cli.is_daemon() {
        // A short-lived command whose output goes into `head` should end quietly when the pipe
        // closes, as Unix tools do. (Not the daemon: its sockets must not raise SIGPIPE.)
        // SAFETY: called before any thread is started; SIG_DFL is a valid handler.
        unsafe {
            libc::signal(libc::SIGPIPE, libc::SIG_DFL);
        }
    }
    init_logging(cli.log_format);
    match cli::dispatch(cli) {
        Ok(code) => code,
        // A config that does not load: its problems as they are, exit 2.
        Err(e) if e.downcast_ref::<BadConfig>().is_some() => {
            eprintln!("{e}");
            ExitCode::from(2)
        }
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
