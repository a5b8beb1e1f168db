//! `zvit demo`: the whole cycle on bundled sample mail, and where to look.

use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Result;
use zvit::edge::daemon;

pub fn run(out: &Path) -> Result<ExitCode> {
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
    Ok(ExitCode::SUCCESS)
}
