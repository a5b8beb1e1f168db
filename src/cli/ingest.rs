//! `zvit ingest PATH...`: .eml files and Maildir folders stored, then analysed (never answered).

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use zvit::edge::maildir::{self, Outcome};
use zvit::service::analyse;

use super::env::Env;
use super::progress::Progress;

pub fn run(mut env: Env, paths: &[PathBuf]) -> Result<ExitCode> {
    let (store, now) = (&mut env.store, env.now);
    let found = maildir::collect(paths)?;
    let mut failed = 0;
    for (f, outcome) in found.iter().zip(maildir::store_files(store, &found, now)) {
        match outcome {
            Outcome::Stored { .. } => {}
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
    let pending = analyse::pending(store, &env.ctx)?;
    let mut progress = Progress::new("analysed", pending.len());
    let lines = analyse::analyse(store, &env.ctx, pending, None, now, |m, a| {
        progress.tick();
        analyse::summary_line(&m.message_id, &a)
    })?;
    progress.finish();
    for line in lines {
        println!("{}", zvit::outgoing::safe::text(&line));
    }
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
