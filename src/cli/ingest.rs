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
    // Each batch is stored, then analysed while the next one is stored; what a crash left
    // unanalysed goes first. Imported mail is not answered: receipts go out only for mail
    // the daemon takes in.
    let pending = analyse::pending(store, &env.ctx)?;
    let progress = std::cell::RefCell::new(Progress::new("analysed", pending.len() + found.len()));
    let lines = analyse::store_and_analyse(
        store,
        &env.ctx,
        &found,
        None,
        now,
        |f, outcome| match outcome {
            Outcome::Stored { .. } => {}
            Outcome::Duplicate { id } => {
                progress.borrow_mut().tick();
                println!(
                    "{}: already stored (message {id}), nothing changed",
                    f.path.display()
                );
            }
            Outcome::Failed(reason) => {
                progress.borrow_mut().tick();
                failed += 1;
                eprintln!(
                    "zvit: not stored: {}",
                    zvit::outgoing::safe::line(&reason.to_string())
                );
            }
        },
        |m, a| {
            progress.borrow_mut().tick();
            analyse::summary_line(&m.message_id, &a)
        },
    )?;
    progress.into_inner().finish();
    for line in lines {
        println!("{}", zvit::outgoing::safe::text(&line));
    }
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
