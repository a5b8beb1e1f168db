//! The format readers in a child process: an abort, a runaway allocation or a runaway loop in
//! a reader (calamine, pdf-extract, the document readers) costs one attachment, not zvit.
//!
//! A [`Sandbox`] keeps a few worker processes — zvit's own binary started with
//! [`WORKER_ARG`] — and hands each attachment to one of them over its standard input. The
//! worker limits its own address space (`RLIMIT_AS`, `[limits] reader_memory_mb`) and turns off
//! core dumps before it reads anything; the parent waits for the answer at most
//! `[limits] reader_timeout_secs` and kills the worker after that. A worker that died or was
//! killed is replaced by a fresh one for the next attachment; one that answered is reused.
//!
//! The worker runs exactly [`extract::extract`], so for inputs well inside the limits the
//! result is the same as reading in-process, byte for byte (tests, fuzzing and the bench's
//! "readers alone" read in-process with [`extract::InProcess`]).
//!
//! Protocol (both directions little-endian, one request at a time):
//! request `u32 n, n bytes of JSON {name, limits}, u64 m, m bytes of the attachment`;
//! answer `u32 n, n bytes of JSON [WireExtracted], u32 k, k × (u64 len, bytes)` where the
//! byte strings are the scans that `WireExtracted::scan` points at.

use std::io::{Read, Write};
use std::os::fd::AsRawFd;
use std::path::PathBuf;
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::analysis::extract::{self, Content, Extracted, Format};
use crate::analysis::reason::Reason;
use crate::analysis::text::Table;
use crate::config::Limits;

/// The first argument that makes zvit's binary a reader worker (see `main.rs`).
pub const WORKER_ARG: &str = "__reader-worker";

/// What a worker writes first, so that the parent knows it runs zvit's worker and not some
/// other program (a test harness, say) that happens to be the current executable.
const GREETING: &[u8; 14] = b"zvit-reader/1\n";

/// Frames larger than this are refused on either side (the attachment limit is far below).
const MAX_FRAME: u64 = 1 << 30;

/// Readers in child processes.
pub struct Sandbox {
    exe: PathBuf,
    memory_bytes: u64,
    time: Duration,
    idle: Mutex<Vec<Worker>>,
}

impl Sandbox {
    /// A sandbox that starts `exe WORKER_ARG` as workers; `memory_bytes` is each worker's
    /// address-space limit, `time` the wall-clock limit per attachment.
    pub fn new(exe: PathBuf, memory_bytes: u64, time: Duration) -> Self {
        Sandbox {
            exe,
            memory_bytes,
            time,
            idle: Mutex::new(Vec::new()),
        }
    }

    /// The sandbox for `limits`, running the current executable as its workers; `None` when
    /// `[limits] isolate_readers = false` or the executable cannot be found.
    pub fn for_limits(limits: &Limits) -> Option<Self> {
        if !limits.isolate_readers {
            return None;
        }
        let exe = std::env::current_exe().ok()?;
        Some(Sandbox::new(
            exe,
            limits.reader_memory_mb.saturating_mul(1024 * 1024),
            Duration::from_secs(limits.reader_timeout_secs),
        ))
    }

    fn run(
        &self,
        name: &str,
        bytes: &[u8],
        limits: &Limits,
        budget: &mut extract::ReadBudget,
    ) -> Result<Vec<Extracted>, Reason> {
        if budget.time_left.is_zero() {
            return Err(Reason::TooSlow(format!(
                "вичерпано обмеження часу {} с на всі вкладення листа",
                limits.reader_message_secs
            )));
        }
        let mut worker = match self.idle.lock().unwrap_or_else(|e| e.into_inner()).pop() {
            Some(w) => w,
            None => Worker::spawn(&self.exe, self.memory_bytes).map_err(|e| {
                Reason::ReaderCrashed(format!("не вдалося запустити окремий процес читання: {e}"))
            })?,
        };
        let started = Instant::now();
        let time = self.time.min(budget.time_left);
        let deadline = started + time;
        let answer = worker.ask(name, bytes, limits, deadline);
        budget.time_left = budget.time_left.saturating_sub(started.elapsed());
        match answer {
            Ok(out) => {
                self.idle
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push(worker);
                Ok(out)
            }
            Err(Failure::TimedOut) => {
                worker.kill();
                Err(Reason::TooSlow(if time < self.time {
                    format!(
                        "вичерпано обмеження часу {} с на всі вкладення листа",
                        limits.reader_message_secs
                    )
                } else {
                    format!("обмеження часу {} с на файл", self.time.as_secs())
                }))
            }
            Err(Failure::Died(detail)) => {
                let status = worker.kill();
                tracing::warn!(name, detail = %detail, status = %status, "A reader worker died; the attachment is recorded as reader_crashed");
                Err(Reason::ReaderCrashed(format!(
                    "обмеження пам'яті {} МБ перевищено або читач аварійно завершився: {status}",
                    self.memory_bytes / (1024 * 1024)
                )))
            }
        }
    }
}

/// Makes `ctx` read attachments in worker processes, unless `[limits] isolate_readers` is off.
pub fn install(ctx: &mut crate::analysis::pipeline::Context) {
    if let Some(sandbox) = Sandbox::for_limits(&ctx.limits) {
        ctx.reader = std::sync::Arc::new(sandbox);
    }
}

impl extract::Reader for Sandbox {
    fn extract(
        &self,
        name: &str,
        bytes: &[u8],
        limits: &Limits,
        budget: &mut extract::ReadBudget,
    ) -> Vec<Extracted> {
        let format = extract::sniff(bytes);
        // Text, CSV and HTML are read by zvit's own linear code; pictures and unknown files
        // are not read at all; an oversized file is refused before anything is sent.
        if !isolated(format) || bytes.len() > limits.max_attachment_bytes {
            return extract::extract_as(name, bytes, format, limits);
        }
        self.run(name, bytes, limits, budget)
            .unwrap_or_else(|reason| {
                vec![Extracted {
                    name: name.into(),
                    format,
                    result: Err(reason),
                    scan: None,
                }]
            })
    }
}

/// The formats read by third-party readers, which run in a worker.
fn isolated(format: Format) -> bool {
    matches!(
        format,
        Format::Xlsx
            | Format::Xls
            | Format::Ods
            | Format::Docx
            | Format::Odt
            | Format::Doc
            | Format::Pdf
            | Format::Rtf
            | Format::Zip
    )
}

enum Failure {
    TimedOut,
    Died(String),
}

struct Worker {
    child: Child,
    stdin: ChildStdin,
    stdout: ChildStdout,
}

impl Worker {
    fn spawn(exe: &PathBuf, memory_bytes: u64) -> std::io::Result<Worker> {
        let mut child = Command::new(exe)
            .arg(WORKER_ARG)
            .arg(memory_bytes.to_string())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()?;
        let (Some(stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
            let _ = child.kill();
            let _ = child.wait();
            return Err(std::io::Error::other("no pipes to the worker"));
        };
        let mut worker = Worker {
            child,
            stdin,
            stdout,
        };
        let mut greeting = [0; GREETING.len()];
        let mut reader =
            DeadlineReader::new(&mut worker.stdout, Instant::now() + Duration::from_secs(10));
        match reader.fill(&mut greeting) {
            Ok(()) if &greeting == GREETING => Ok(worker),
            _ => Err(std::io::Error::other(format!(
                "{} did not start as a reader worker",
                exe.display()
            ))),
        }
    }

    fn ask(
        &mut self,
        name: &str,
        bytes: &[u8],
        limits: &Limits,
        deadline: Instant,
    ) -> Result<Vec<Extracted>, Failure> {
        let died = |e: std::io::Error| Failure::Died(e.to_string());
        let header = serde_json::to_vec(&Request {
            name: name.into(),
            limits: limits.clone(),
        })
        .map_err(|e| Failure::Died(e.to_string()))?;
        // One write for the whole request: the worker wakes once.
        let mut frame = Vec::with_capacity(header.len() + 12 + bytes.len());
        frame.extend_from_slice(&(header.len() as u32).to_le_bytes());
        frame.extend_from_slice(&header);
        frame.extend_from_slice(&(bytes.len() as u64).to_le_bytes());
        frame.extend_from_slice(bytes);
        self.stdin.write_all(&frame).map_err(died)?;
        self.stdin.flush().map_err(died)?;

        let mut reader = DeadlineReader::new(&mut self.stdout, deadline);
        let n = reader.u32()? as usize;
        let json = reader.bytes(n as u64)?;
        let wire: Vec<WireExtracted> =
            serde_json::from_slice(&json).map_err(|e| Failure::Died(e.to_string()))?;
        let k = reader.u32()?;
        let mut blobs = Vec::with_capacity(k.min(1024) as usize);
        for _ in 0..k {
            let len = reader.u64()?;
            blobs.push(Some(reader.bytes(len)?));
        }
        Ok(wire
            .into_iter()
            .map(|w| w.into_extracted(&mut blobs))
            .collect())
    }

    /// Kills the worker (if it still runs) and tells how it ended.
    fn kill(mut self) -> String {
        let _ = self.child.kill();
        match self.child.wait() {
            Ok(status) => describe(status),
            Err(e) => e.to_string(),
        }
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        // Idle workers end when their input closes; killing first spares a wait on a worker
        // that is still busy.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn describe(status: std::process::ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    match status.signal() {
        Some(libc::SIGABRT) => "процес читання перервано (SIGABRT)".into(),
        Some(libc::SIGKILL) => "процес читання зупинено (SIGKILL)".into(),
        Some(libc::SIGSEGV) => "збій пам'яті процесу читання (SIGSEGV)".into(),
        Some(s) => format!("процес читання завершено сигналом {s}"),
        None => format!(
            "процес читання завершився з кодом {}",
            status.code().unwrap_or(-1)
        ),
    }
}

/// Reads from the worker's output, waiting at most until the deadline; what one `read`
/// brings beyond the bytes asked for is kept for the next (one answer, few wake-ups).
struct DeadlineReader<'a> {
    stdout: &'a mut ChildStdout,
    deadline: Instant,
    buffer: Vec<u8>,
    pos: usize,
}

impl<'a> DeadlineReader<'a> {
    fn new(stdout: &'a mut ChildStdout, deadline: Instant) -> Self {
        DeadlineReader {
            stdout,
            deadline,
            buffer: Vec::new(),
            pos: 0,
        }
    }

    fn fill(&mut self, buf: &mut [u8]) -> Result<(), Failure> {
        let mut off = 0;
        while off < buf.len() {
            if self.pos < self.buffer.len() {
                let n = (buf.len() - off).min(self.buffer.len() - self.pos);
                buf[off..off + n].copy_from_slice(&self.buffer[self.pos..self.pos + n]);
                self.pos += n;
                off += n;
                continue;
            }
            let left = self.deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err(Failure::TimedOut);
            }
            let mut pfd = libc::pollfd {
                fd: self.stdout.as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            };
            let ms = left.as_millis().clamp(1, i32::MAX as u128) as i32;
            // SAFETY: one valid pollfd for the duration of the call.
            let r = unsafe { libc::poll(&mut pfd, 1, ms) };
            if r < 0 {
                let e = std::io::Error::last_os_error();
                if e.kind() == std::io::ErrorKind::Interrupted {
                    continue;
                }
                return Err(Failure::Died(e.to_string()));
            }
            if r == 0 {
                return Err(Failure::TimedOut);
            }
            // Large reads go straight into place; small ones through the buffer.
            let want = buf.len() - off;
            let read = if want >= 1 << 16 {
                self.stdout.read(&mut buf[off..]).inspect(|&n| off += n)
            } else {
                self.buffer.resize(1 << 16, 0);
                self.pos = 0;
                self.stdout
                    .read(&mut self.buffer)
                    .inspect(|&n| self.buffer.truncate(n))
            };
            match read {
                Ok(0) => return Err(Failure::Died("the worker closed its output".into())),
                Ok(_) => {}
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(Failure::Died(e.to_string())),
            }
        }
        Ok(())
    }

    fn u32(&mut self) -> Result<u32, Failure> {
        let mut b = [0; 4];
        self.fill(&mut b)?;
        Ok(u32::from_le_bytes(b))
    }

    fn u64(&mut self) -> Result<u64, Failure> {
        let mut b = [0; 8];
        self.fill(&mut b)?;
        Ok(u64::from_le_bytes(b))
    }

    fn bytes(&mut self, n: u64) -> Result<Vec<u8>, Failure> {
        if n > MAX_FRAME {
            return Err(Failure::Died(format!("a frame of {n} bytes")));
        }
        // Grown with what arrives, not allocated from the announced length at once.
        let mut v = Vec::with_capacity((n as usize).min(1 << 20));
        let mut chunk = [0u8; 1 << 16];
        while (v.len() as u64) < n {
            let want = (n - v.len() as u64).min(chunk.len() as u64) as usize;
            self.fill(&mut chunk[..want])?;
            v.extend_from_slice(&chunk[..want]);
        }
        Ok(v)
    }
}

#[derive(Serialize, Deserialize)]
struct Request {
    name: String,
    limits: Limits,
}

/// [`Extracted`] as it crosses the pipe; the scan's bytes travel after the JSON.
#[derive(Serialize, Deserialize)]
struct WireExtracted {
    name: String,
    format: Format,
    result: Result<WireContent, Reason>,
    scan: Option<usize>,
}

#[derive(Serialize, Deserialize)]
struct WireContent {
    text: String,
    tables: Vec<Table>,
    charset: Option<String>,
    cut: Option<Reason>,
}

impl WireExtracted {
    fn from_extracted(ex: Extracted, blobs: &mut Vec<Vec<u8>>) -> Self {
        let scan = ex.scan.map(|b| {
            blobs.push(b);
            blobs.len() - 1
        });
        WireExtracted {
            name: ex.name,
            format: ex.format,
            result: ex.result.map(|c| WireContent {
                text: c.text,
                tables: c.tables,
                charset: c.charset.map(str::to_string),
                cut: c.cut,
            }),
            scan,
        }
    }

    fn into_extracted(self, blobs: &mut [Option<Vec<u8>>]) -> Extracted {
        Extracted {
            name: self.name,
            format: self.format,
            result: self.result.map(|c| Content {
                text: c.text,
                tables: c.tables,
                // Charset names are encoding_rs's own, which are 'static.
                charset: c
                    .charset
                    .and_then(|n| encoding_rs::Encoding::for_label(n.as_bytes()))
                    .map(|e| e.name()),
                cut: c.cut,
            }),
            scan: self
                .scan
                .and_then(|i| blobs.get_mut(i).and_then(Option::take)),
        }
    }
}

/// The worker's main loop (`zvit __reader-worker MEMORY_BYTES`): limits its own address space
/// and core dumps, then reads requests from standard input until it closes. Returns the exit
/// code.
pub fn serve_worker(memory_bytes: Option<u64>) -> i32 {
    if let Some(limit) = memory_bytes {
        set_limit(libc::RLIMIT_AS, limit);
    }
    set_limit(libc::RLIMIT_CORE, 0);
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut input = std::io::BufReader::with_capacity(1 << 16, stdin.lock());
    // Standard output is line-buffered: a newline byte in a length would flush half an answer.
    let mut output = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    if output
        .write_all(GREETING)
        .and_then(|()| output.flush())
        .is_err()
    {
        return 2;
    }
    loop {
        let request = match read_request(&mut input) {
            Ok(Some(r)) => r,
            Ok(None) => return 0,
            Err(_) => return 2,
        };
        let (req, bytes) = request;
        crate::edge::fault::reader_faults(&bytes);
        let out = extract::extract(&req.name, &bytes, &req.limits);
        drop(bytes);
        let mut blobs = Vec::new();
        let wire: Vec<WireExtracted> = out
            .into_iter()
            .map(|ex| WireExtracted::from_extracted(ex, &mut blobs))
            .collect();
        let Ok(json) = serde_json::to_vec(&wire) else {
            return 2;
        };
        let mut head = Vec::with_capacity(json.len() + 8);
        head.extend_from_slice(&(json.len() as u32).to_le_bytes());
        head.extend_from_slice(&json);
        head.extend_from_slice(&(blobs.len() as u32).to_le_bytes());
        let written = output.write_all(&head).and_then(|()| {
            for b in &blobs {
                output.write_all(&(b.len() as u64).to_le_bytes())?;
                output.write_all(b)?;
            }
            output.flush()
        });
        if written.is_err() {
            return 2;
        }
    }
}

fn read_request(input: &mut impl Read) -> std::io::Result<Option<(Request, Vec<u8>)>> {
    let mut n = [0; 4];
    match input.read_exact(&mut n) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(None),
        Err(e) => return Err(e),
    }
    let mut header = vec![0; u32::from_le_bytes(n) as usize];
    input.read_exact(&mut header)?;
    let req: Request = serde_json::from_slice(&header).map_err(std::io::Error::other)?;
    let mut m = [0; 8];
    input.read_exact(&mut m)?;
    let m = u64::from_le_bytes(m);
    if m > MAX_FRAME {
        return Err(std::io::Error::other("attachment frame too large"));
    }
    let mut bytes = vec![0; m as usize];
    input.read_exact(&mut bytes)?;
    Ok(Some((req, bytes)))
}

fn set_limit(resource: libc::__rlimit_resource_t, value: u64) {
    let lim = libc::rlimit {
        rlim_cur: value as libc::rlim_t,
        rlim_max: value as libc::rlim_t,
    };
    // SAFETY: setrlimit with a valid struct; failure only leaves the limit as it was.
    unsafe {
        libc::setrlimit(resource, &lim);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_extraction_crosses_the_pipe_unchanged() {
        let ex = Extracted {
            name: "a.zip/scan.png".into(),
            format: Format::Image,
            result: Ok(Content {
                text: "текст".into(),
                tables: vec![Table {
                    sheet: Some("Аркуш1".into()),
                    rows: vec![vec!["1".into(), "Захід".into()]],
                    first_row: 3,
                }],
                charset: Some("windows-1251"),
                cut: Some(Reason::Cut("перші 10 рядків".into())),
            }),
            scan: Some(vec![1, 2, 3]),
        };
        let mut blobs = Vec::new();
        let wire = WireExtracted::from_extracted(ex.clone(), &mut blobs);
        let json = serde_json::to_vec(&wire).unwrap();
        let back: WireExtracted = serde_json::from_slice(&json).unwrap();
        let mut blobs: Vec<Option<Vec<u8>>> = blobs.into_iter().map(Some).collect();
        let got = back.into_extracted(&mut blobs);
        assert_eq!(got.name, ex.name);
        assert_eq!(got.format, ex.format);
        assert_eq!(got.result, ex.result);
        assert_eq!(got.scan, ex.scan);
    }
}
