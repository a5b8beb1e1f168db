//! `zvit demo`: the whole cycle on bundled sample mail, with the clock stepped day by day from
//! the plan's approval (September 2012) to the end of 2013. It runs the same code as `zvit run`
//! — Maildir intake, analysis, receipts, reminders, digests, the outbox — with its own config,
//! database and outbox in the output folder (never the configured ones).

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use jiff::ToSpan;
use jiff::civil::{Date, Time};

use crate::Clock;
use crate::analysis::pipeline::Context;
use crate::config;
use crate::edge::daemon::{self, DaemonError, Reporter};
use crate::edge::outbox::{self, Transport};
use crate::edge::store::Store;
use crate::outgoing::respond::Mailer;
use crate::service::queue;

/// One bundled sample mail: its bytes, and a rewrite that moves it to another period.
struct Sample {
    name: &'static str,
    bytes: &'static [u8],
}

macro_rules! sample {
    ($name:literal) => {
        Sample {
            name: $name,
            bytes: include_bytes!(concat!("../tests/fixtures/mail/", $name, ".eml")),
        }
    };
}

/// Realistic reports from a dozen executors in the formats zvit reads, a late one, a
/// correction, an unknown sender, an auto-reply, a spam mail, and unreadable attachments.
fn samples() -> Vec<Sample> {
    vec![
        sample!("xlsx-district"),
        sample!("docx-prose"),
        sample!("csv-cp1251"),
        sample!("body-cp1251"),
        sample!("forward-inline"),
        sample!("ods-district"),
        sample!("pdf-table"),
        sample!("outlook-pasted-table"),
        sample!("unreadable-attachments"),
        sample!("unknown-sender-russian-name"),
        sample!("correction-1-first"),
        sample!("correction-2-second"),
        sample!("late"),
        sample!("xlsm-unit"),
        sample!("unknown-sender"),
        sample!("auto-reply"),
        sample!("spam"),
    ]
}

const PLAN: &str = include_str!("../config/plan.toml");
const TEMPLATES: [(&str, &str); 8] = [
    (
        "receipt.txt.j2",
        include_str!("../config/templates/receipt.txt.j2"),
    ),
    (
        "receipt.html.j2",
        include_str!("../config/templates/receipt.html.j2"),
    ),
    (
        "reminder.txt.j2",
        include_str!("../config/templates/reminder.txt.j2"),
    ),
    (
        "reminder.html.j2",
        include_str!("../config/templates/reminder.html.j2"),
    ),
    (
        "unknown_sender.txt.j2",
        include_str!("../config/templates/unknown_sender.txt.j2"),
    ),
    (
        "unknown_sender.html.j2",
        include_str!("../config/templates/unknown_sender.html.j2"),
    ),
    (
        "digest.txt.j2",
        include_str!("../config/templates/digest.txt.j2"),
    ),
    (
        "digest.html.j2",
        include_str!("../config/templates/digest.html.j2"),
    ),
];

/// Moves a sample to period 2 or 3: new Date (the same weekday and time, six or twelve months
/// on) and a new Message-ID, so it is a new message.
fn shifted(sample: &Sample, period: u32) -> Vec<u8> {
    let text = String::from_utf8_lossy(sample.bytes).into_owned();
    let (from, to) = match period {
        2 => ("Dec 2012", "Jun 2013"),
        _ => ("Dec 2012", "Dec 2013"),
    };
    let mut out = String::with_capacity(text.len());
    let mut in_headers = true;
    for line in text.split_inclusive('\n') {
        if in_headers && line.trim().is_empty() {
            in_headers = false;
        }
        if in_headers && line.starts_with("Date:") {
            out.push_str(
                &line
                    .replace(from, to)
                    .replace("+0200", if period == 2 { "+0300" } else { "+0200" }),
            );
        } else if in_headers && line.starts_with("Message-ID: <") {
            out.push_str(&line.replacen("Message-ID: <", &format!("Message-ID: <p{period}-"), 1));
        } else {
            out.push_str(line);
        }
    }
    out.into_bytes()
}

/// What the demo did.
#[derive(Debug, Default)]
pub struct Account {
    pub mails_in: usize,
    pub receipts: usize,
    pub reminders: usize,
    pub overdue: usize,
    pub digests: usize,
    pub notices: usize,
}

/// Runs the demo into `out` (created; an earlier demo there is replaced).
pub fn run(out: &Path, report: Reporter) -> Result<Account, DaemonError> {
    let io = |e: std::io::Error, p: &Path| DaemonError::Io {
        what: p.display().to_string(),
        source: e,
    };
    for sub in [
        "config",
        "inbox",
        "mail",
        "zvit.db",
        "zvit.db-wal",
        "zvit.db-shm",
    ] {
        let p = out.join(sub);
        if p.is_dir() {
            std::fs::remove_dir_all(&p).map_err(|e| io(e, &p))?;
        } else if p.exists() {
            std::fs::remove_file(&p).map_err(|e| io(e, &p))?;
        }
    }
    let config_dir = out.join("config");
    std::fs::create_dir_all(config_dir.join("templates")).map_err(|e| io(e, &config_dir))?;
    std::fs::write(config_dir.join("plan.toml"), PLAN).map_err(|e| io(e, &config_dir))?;
    for (name, text) in TEMPLATES {
        std::fs::write(config_dir.join("templates").join(name), text)
            .map_err(|e| io(e, &config_dir))?;
    }
    let zvit_toml = "# The demo's own config (written by `zvit demo`).\nplan = \"plan.toml\"\n[database]\npath = \"../zvit.db\"\n\
        [intake]\nsource = \"maildir\"\nmaildir = \"../inbox\"\n[outgoing]\ntransport = \"files\"\ndir = \"../mail\"\nfrom = \"uvp@cg.ukrtel.net\"\n\
        [digest]\nrecipients = [\"coordinator@example.gov.ua\"]\n\
        # The coordinators' desk: `zvit --config THIS serve` (add a user first: `zvit user add`).\n\
        [web]\nlisten = \"127.0.0.1:8080\"\nbase_url = \"http://127.0.0.1:8080\"\n";
    let config_file = config_dir.join("zvit.toml");
    std::fs::write(&config_file, zvit_toml).map_err(|e| io(e, &config_file))?;
    let (config, plan) = config::load(&config_file)?;
    let plan = Arc::new(plan);
    let mut ctx = Context::from_config(&config, plan.clone());
    crate::edge::sandbox::install(&mut ctx);
    let mailer = Mailer::new(config.mailer())?;
    let store = Arc::new(Mutex::new(Store::open(&config.database)?));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| DaemonError::Io {
            what: "starting the async runtime".into(),
            source: e,
        })?;
    let transport = runtime.block_on(async { Transport::from_config(&config) })?;

    // The mail of three periods, each with its receive time.
    let mut mail: Vec<(jiff::Timestamp, String, Vec<u8>)> = Vec::new();
    for period in 1..=3 {
        for s in samples() {
            let bytes = if period == 1 {
                s.bytes.to_vec()
            } else {
                shifted(&s, period)
            };
            // In later periods fewer executors report: the picture is not always complete.
            if period == 2 && s.name.starts_with("pdf")
                || period == 3 && (s.name.starts_with("ods") || s.name.starts_with("csv"))
            {
                continue;
            }
            let Some(received) = crate::analysis::parse::envelope(&bytes).header_time else {
                continue;
            };
            mail.push((received, format!("{period}-{}.eml", s.name), bytes));
        }
    }
    mail.sort_by_key(|m| m.0);

    let maildir = config.intake.maildir.clone();
    for sub in ["cur", "new", "tmp"] {
        std::fs::create_dir_all(maildir.join(sub)).map_err(|e| io(e, &maildir))?;
    }
    let mut account = Account::default();
    let start: Date = plan.approved;
    let end: Date = "2013-12-31".parse().expect("a date");
    let mut day = start;
    let mut next = 0;
    while day <= end {
        let now = day
            .to_datetime(Time::constant(10, 0, 0, 0))
            .to_zoned_datetime(plan.tz.clone())
            .map(|z| z.timestamp())
            .unwrap_or_default();
        let clock = Clock::Fixed(now);
        // Mail received up to now arrives in the Maildir.
        while next < mail.len() && mail[next].0 <= now {
            let (_, name, bytes) = &mail[next];
            let path: PathBuf = maildir.join("new").join(name);
            std::fs::write(&path, bytes).map_err(|e| io(e, &path))?;
            account.mails_in += 1;
            next += 1;
        }
        {
            let mut s = store
                .lock()
                .map_err(|_| crate::edge::store::BlockingError::Poisoned)?;
            daemon::maildir_once(&maildir, &mut s, &ctx, &report, Some(&mailer), clock)?;
            queue::queue_reminders(&mut s, &plan, &config, &mailer, now, false)?;
            queue::queue_digest(&mut s, &plan, &config, &mailer, now)?;
        }
        runtime.block_on(outbox::deliver_due(
            &store,
            &transport,
            &config.outgoing.from,
            clock,
        ))?;
        day = day
            .checked_add(1.day())
            .unwrap_or(end.checked_add(1.day()).unwrap_or(end));
        if day == start {
            break;
        }
    }
    let s = store
        .lock()
        .map_err(|_| crate::edge::store::BlockingError::Poisoned)?;
    for row in s.outbox_list(false)? {
        match row.kind.as_str() {
            "receipt" => account.receipts += 1,
            "reminder" => account.reminders += 1,
            "overdue" => account.overdue += 1,
            "digest" => account.digests += 1,
            "unknown_sender" => account.notices += 1,
            _ => {}
        }
    }
    Ok(account)
}
