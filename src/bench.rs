//! `zvit bench --mails N`: generates N realistic report mails (an .xlsx table, a windows-1251
//! CSV, or prose in the body, from the plan's executors), then measures in one run:
//!
//! - end to end: ingest from a Maildir through the real pipeline into a fresh SQLite database
//!   (store raw, parse, extract, attribute, map, store items; `zvit ingest`'s own
//!   [`analyse::store_and_analyse`]) — mails/s and cells/s;
//! - the raw limit: the readers zvit itself uses (mail-parser, calamine, the CSV decoder) run
//!   alone over the same mails — mails/s;
//! - their ratio (`ratio: R`) — every figure the median of three rounds, each end-to-end round
//!   into a fresh database with a fresh context —, the peak resident memory and the resident memory sampled every
//!   50 ms over the end-to-end run (a 10,000-message backlog: `--mails 10000`);
//! - with `--imap`, the same mails over IMAP: appended to a fresh folder on the server of the
//!   configuration's `[imap]` section, then taken in by the daemon's own `imap::Intake::sync`
//!   into a fresh database (mails/s).

use std::path::Path;
use std::time::Instant;

use crate::Clock;
use crate::analysis::pipeline::Context;
use crate::analysis::plan::Plan;
use crate::config::Limits;
use crate::edge::maildir;
use crate::edge::store::Store;
use crate::service::analyse;

/// What the benchmark measured.
#[derive(Debug, Clone)]
pub struct BenchReport {
    pub mails: usize,
    pub bytes: usize,
    pub cells: usize,
    pub e2e_secs: f64,
    /// Of `e2e_secs`: the pure pipeline alone (parse, extract, attribute, map).
    pub pipeline_secs: f64,
    pub raw_secs: f64,
    pub peak_rss_kb: u64,
    /// Analysis threads of the end-to-end run (`[limits] analysis_threads`).
    pub threads: usize,
    /// (seconds since the end-to-end run started, resident memory in KB).
    pub rss_samples: Vec<(f64, u64)>,
}

impl BenchReport {
    pub fn e2e_rate(&self) -> f64 {
        self.mails as f64 / self.e2e_secs.max(1e-9)
    }
    pub fn raw_rate(&self) -> f64 {
        self.mails as f64 / self.raw_secs.max(1e-9)
    }
    pub fn ratio(&self) -> f64 {
        self.e2e_rate() / self.raw_rate()
    }
}

fn xlsx(executor: &str, n: usize, plan: &Plan) -> Vec<u8> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    let _ = ws.write(0, 0, format!("Інформація: {executor}"));
    for (c, h) in ["№ з/п", "Зміст заходу", "Стан виконання"]
        .iter()
        .enumerate()
    {
        let _ = ws.write(2, c as u16, *h);
    }
    for (i, m) in plan.measures.iter().filter(|m| m.owed).enumerate() {
        let r = 3 + i as u32;
        let _ = ws.write(r, 0, m.number);
        let _ = ws.write(r, 1, &m.text);
        let _ = ws.write(r, 2, format!("Протягом звітного періоду проведено {} заходів з громадськістю, інформацію оприлюднено на офіційному сайті.", n % 7 + 1));
    }
    wb.save_to_buffer().unwrap_or_default()
}

/// Base64 for a MIME body: lines of 76 characters ending in CRLF (RFC 2045). Used to build
/// mail here and in the tests.
pub fn base64_mime(bytes: &[u8]) -> String {
    const T: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for (i, chunk) in bytes.chunks(3).enumerate() {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for k in 0..4 {
            out.push(if k <= chunk.len() {
                T[((n >> (18 - 6 * k)) & 63) as usize] as char
            } else {
                '='
            });
        }
        if (i + 1) % 19 == 0 {
            out.push_str("\r\n");
        }
    }
    out.push_str("\r\n");
    out
}

/// N realistic report mails, deterministic.
pub fn generate(plan: &Plan, n: usize) -> Vec<Vec<u8>> {
    let executors: Vec<_> = plan
        .executors
        .iter()
        .filter(|e| e.owes && !e.emails.is_empty())
        .collect();
    let sheet = xlsx("зразок", 1, plan);
    (0..n)
        .map(|i| {
            let e = executors[i % executors.len()];
            let head = format!(
                "From: <{}>\r\nTo: {}\r\nSubject: =?UTF-8?B?0JfQstGW0YI=?= {i}\r\nDate: Mon, 10 Dec 2012 10:{:02}:00 +0200\r\nMessage-ID: <bench-{i}@example.gov.ua>\r\nMIME-Version: 1.0\r\n",
                e.emails[0],
                plan.mailbox,
                i % 60
            );
            let body = "Добрий день! Надсилаємо інформацію про виконання плану заходів.";
            match i % 3 {
                0 => format!(
                    "{head}Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n--b\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name=\"zvit.xlsx\"\r\nContent-Transfer-Encoding: base64\r\n\r\n{}--b--\r\n",
                    base64_mime(&sheet)
                )
                .into_bytes(),
                1 => {
                    let csv: String = plan
                        .measures
                        .iter()
                        .filter(|m| m.owed)
                        .map(|m| format!("{};Проведено консультації та обговорення, пункт {} виконується\r\n", m.number, m.number))
                        .collect();
                    let csv = format!("№;Стан виконання\r\n{csv}");
                    let (cp, _, _) = encoding_rs::WINDOWS_1251.encode(&csv);
                    format!(
                        "{head}Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n--b\r\nContent-Type: text/csv; name=\"zvit.csv\"\r\nContent-Transfer-Encoding: base64\r\n\r\n{}--b--\r\n",
                        base64_mime(&cp)
                    )
                    .into_bytes()
                }
                _ => {
                    let text: String = plan
                        .measures
                        .iter()
                        .filter(|m| m.owed)
                        .map(|m| format!("{}. Протягом звітного періоду проведено роботу: {}\r\n\r\n", m.number, m.term))
                        .collect();
                    format!("{head}Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}\r\n\r\n{text}").into_bytes()
                }
            }
        })
        .collect()
}

/// The readers alone over the mails (the raw limit): returns the cells read.
pub fn raw_pass(mails: &[Vec<u8>], limits: &Limits) -> usize {
    let mut cells = 0;
    for raw in mails {
        let Ok(msg) = crate::analysis::parse::parse(raw) else {
            continue;
        };
        cells += msg.body.split_whitespace().count().min(1);
        for a in &msg.attachments {
            for ex in crate::analysis::extract::extract(&a.name, &a.data, limits) {
                if let Ok(c) = ex.result {
                    cells += c
                        .tables
                        .iter()
                        .flat_map(|t| &t.rows)
                        .map(Vec::len)
                        .sum::<usize>();
                }
            }
        }
    }
    cells
}

fn status_kb(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
        })
        .unwrap_or(0)
}

fn peak_rss_kb() -> u64 {
    status_kb("VmHWM:")
}

/// Samples the resident memory every 50 ms until dropped.
struct RssSampler {
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    thread: Option<std::thread::JoinHandle<Vec<(f64, u64)>>>,
}

impl RssSampler {
    fn start() -> Self {
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let flag = stop.clone();
        let thread = std::thread::spawn(move || {
            let t = Instant::now();
            let mut samples = Vec::new();
            while !flag.load(std::sync::atomic::Ordering::Relaxed) {
                samples.push((t.elapsed().as_secs_f64(), status_kb("VmRSS:")));
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            samples.push((t.elapsed().as_secs_f64(), status_kb("VmRSS:")));
            samples
        });
        RssSampler {
            stop,
            thread: Some(thread),
        }
    }

    fn finish(mut self) -> Vec<(f64, u64)> {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
        self.thread
            .take()
            .and_then(|t| t.join().ok())
            .unwrap_or_default()
    }
}

/// At most `n` samples, evenly spread (the first and the last kept).
pub fn thin(samples: &[(f64, u64)], n: usize) -> Vec<(f64, u64)> {
    if samples.len() <= n || n < 2 {
        return samples.to_vec();
    }
    (0..n)
        .map(|i| samples[i * (samples.len() - 1) / (n - 1)])
        .collect()
}

/// The mails of a Maildir or a folder of .eml files (as `zvit ingest` finds them), repeated
/// until there are at least `at_least`. Every mail is made one of its own: a copy, or a mail
/// whose Message-ID was met before, gets a new Message-ID (`copyK.` before the old one) and an
/// `X-Bench-Copy` header, so that the store keeps and analyses each (the same bytes go to the
/// readers alone).
pub fn load_mails(
    dir: &Path,
    at_least: usize,
) -> Result<Vec<Vec<u8>>, crate::edge::maildir::IntakeError> {
    let found = maildir::collect(&[dir.to_path_buf()])?;
    let mut originals = Vec::with_capacity(found.len());
    for f in &found {
        let raw =
            std::fs::read(&f.path).map_err(|source| crate::edge::maildir::IntakeError::Read {
                path: f.path.display().to_string(),
                source,
            })?;
        originals.push(raw);
    }
    let mut out: Vec<Vec<u8>> = Vec::new();
    if originals.is_empty() {
        return Ok(out);
    }
    let mut seen = std::collections::HashSet::new();
    let mut copy = 0usize;
    while out.len() < at_least.max(originals.len()) {
        for raw in &originals {
            let mid = crate::analysis::parse::envelope(raw).message_id;
            let mail = match mid {
                Some(m) if !seen.contains(&m) => raw.clone(),
                _ => unique_copy(raw, copy),
            };
            if let Some(m) = crate::analysis::parse::envelope(&mail).message_id {
                seen.insert(m);
            }
            out.push(mail);
        }
        copy += 1;
    }
    Ok(out)
}

/// `raw` with an `X-Bench-Copy: K` header and `copyK.` put before its Message-ID.
pub fn unique_copy(raw: &[u8], k: usize) -> Vec<u8> {
    let crlf = raw.windows(2).any(|w| w == b"\r\n");
    let mut out = format!("X-Bench-Copy: {k}{}", if crlf { "\r\n" } else { "\n" }).into_bytes();
    let head_end = raw
        .windows(2)
        .position(|w| w == b"\n\n")
        .or_else(|| raw.windows(4).position(|w| w == b"\r\n\r\n"))
        .unwrap_or(raw.len());
    let lower = raw[..head_end].to_ascii_lowercase();
    let at = lower
        .windows(12)
        .position(|w| w == b"\nmessage-id:")
        .and_then(|p| {
            raw[p..head_end]
                .iter()
                .position(|&b| b == b'<')
                .map(|lt| p + lt + 1)
        });
    match at {
        Some(at) => {
            out.extend_from_slice(&raw[..at]);
            out.extend_from_slice(format!("copy{k}.").as_bytes());
            out.extend_from_slice(&raw[at..]);
        }
        None => out.extend_from_slice(raw),
    }
    out
}

/// Runs the benchmark in `dir` (a fresh folder) over `mails` ([`generate`], [`load_mails`]).
pub fn run(
    dir: &Path,
    ctx: &Context,
    mails: &[Vec<u8>],
) -> Result<BenchReport, crate::edge::daemon::DaemonError> {
    let task = |e: std::io::Error| crate::edge::daemon::DaemonError::Io {
        what: "writing the bench Maildir".into(),
        source: e,
    };
    let n = mails.len();
    let bytes = mails.iter().map(Vec::len).sum();
    // A context as cold as a daemon's at start (the mapper caches scores per text).
    // Attachments are read where `zvit run` reads them (the reader workers, unless
    // `[limits] isolate_readers = false`).
    let fresh = || {
        let mut c = Context::new(
            ctx.plan.clone(),
            ctx.limits.clone(),
            ctx.mapper.min_confidence,
            ctx.own_addresses.clone(),
        );
        c.reader = ctx.reader.clone();
        c
    };
    let (mut raw, mut e2e, mut pipeline) = (vec![], vec![], vec![]);
    let mut cells = 0;
    let mut rss_samples = Vec::new();
    for round in 0..ROUNDS {
        // The raw limit: the readers alone over the mails in memory.
        let t = Instant::now();
        cells = raw_pass(mails, &ctx.limits);
        raw.push(t.elapsed().as_secs_f64());
        // End to end through the same code as `zvit run` on a Maildir, into a fresh database.
        let maildir = dir.join(format!("inbox{round}"));
        for sub in ["cur", "new", "tmp"] {
            std::fs::create_dir_all(maildir.join(sub)).map_err(task)?;
        }
        for (i, m) in mails.iter().enumerate() {
            std::fs::write(maildir.join("new").join(format!("{i:06}.bench")), m).map_err(task)?;
        }
        let ctx = fresh();
        let mut store = Store::open(&dir.join(format!("bench{round}.db")))?;
        let sampler = RssSampler::start();
        let t = Instant::now();
        let found = maildir::collect(&[maildir])?;
        let now = Clock::System.now();
        analyse::store_and_analyse(&mut store, &ctx, &found, None, now, |_, _| {}, |_, _| ())?;
        e2e.push(t.elapsed().as_secs_f64());
        rss_samples = sampler.finish();
        // The pure pipeline alone over the same mails, for the breakdown.
        let ctx = fresh();
        let t = Instant::now();
        for m in mails {
            std::hint::black_box(crate::analysis::pipeline::process(&ctx, m, now));
        }
        pipeline.push(t.elapsed().as_secs_f64());
    }
    Ok(BenchReport {
        mails: n,
        bytes,
        cells,
        e2e_secs: median(&mut e2e),
        pipeline_secs: median(&mut pipeline),
        raw_secs: median(&mut raw),
        peak_rss_kb: peak_rss_kb(),
        threads: analyse::threads(&ctx.limits),
        rss_samples,
    })
}

/// Rounds of each measurement; the report gives their medians.
pub const ROUNDS: usize = 3;

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(0.0)
}

/// What the IMAP part of the benchmark measured.
#[derive(Debug, Clone)]
pub struct ImapBench {
    pub mails: usize,
    pub secs: f64,
    pub mailbox: String,
}

/// The same mails over IMAP: appends them to a fresh folder on the configured server (not
/// timed), then times the daemon's own intake (`imap::Intake::sync`: UID SEARCH, batched
/// FETCH, store, analyse, flag) into a fresh database in `dir`. The folder is deleted after.
pub async fn imap_run(
    dir: &Path,
    cfg: &crate::config::ImapConfig,
    ctx: std::sync::Arc<Context>,
    mails: &[Vec<u8>],
) -> Result<ImapBench, crate::edge::daemon::DaemonError> {
    use crate::edge::imap::{self, Secret};
    let password = Secret::from_config(cfg.password_env.as_deref(), cfg.password_file.as_deref())?;
    let mailbox = format!("zvit-bench-{}", std::process::id());
    let mut cfg = cfg.clone();
    cfg.mailbox = mailbox.clone();
    let task = crate::edge::daemon::DaemonError::BenchImap;
    let mut session = imap::connect(&cfg, &password).await?;
    session
        .create(&mailbox)
        .await
        .map_err(|e| task(format!("creating {mailbox}: {e}")))?;
    for m in mails {
        session
            .append(&mailbox, None, Some("\"10-Dec-2012 10:15:00 +0200\""), m)
            .await
            .map_err(|e| task(format!("appending to {mailbox}: {e}")))?;
    }
    let store = Store::open(&dir.join("imap.db"))?;
    let intake = imap::Intake {
        cfg: cfg.clone(),
        store: std::sync::Arc::new(std::sync::Mutex::new(store)),
        ctx,
        since: jiff::civil::date(2000, 1, 1),
        report: std::sync::Arc::new(|_| {}),
        clock: Clock::System,
        mailer: None,
    };
    let cancel = tokio_util::sync::CancellationToken::new();
    let t = Instant::now();
    let mut taken = 0;
    while taken < mails.len() {
        let r = intake.sync(&mut session, &cancel).await?;
        if r.stored + r.duplicates == 0 {
            break;
        }
        taken += r.stored + r.duplicates;
    }
    let secs = t.elapsed().as_secs_f64();
    let _ = session.close().await;
    let _ = session.delete(&mailbox).await;
    let _ = session.logout().await;
    if taken < mails.len() {
        return Err(task(format!(
            "only {taken} of {} mails came back over IMAP",
            mails.len()
        )));
    }
    Ok(ImapBench {
        mails: taken,
        secs,
        mailbox,
    })
}
