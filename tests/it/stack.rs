//! Helpers for tests against the real mail stack that tests/run.sh starts
//! (tests/mailstack/stack.sh: Dovecot IMAP on 127.0.0.1:10143/10993, Postfix SMTP on :10025,
//! users t1…t12@example.test, password "testpass"). Each test uses its own user; tests that stop
//! a server take the stack exclusively.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::sync::{RwLock, RwLockReadGuard, RwLockWriteGuard};
use std::time::{Duration, Instant};

pub const PASSWORD: &str = "testpass";
pub const IMAP_PORT: u16 = 10143;
pub const IMAPS_PORT: u16 = 10993;
pub const SMTP_PORT: u16 = 10025;

static STACK: RwLock<()> = RwLock::new(());

/// Shared use of the stack (the test uses only its own user).
pub fn shared() -> RwLockReadGuard<'static, ()> {
    STACK.read().unwrap_or_else(|e| e.into_inner())
}

/// Exclusive use (the test stops and starts servers).
pub fn exclusive() -> RwLockWriteGuard<'static, ()> {
    STACK.write().unwrap_or_else(|e| e.into_inner())
}

/// The run folder of the mail stack; fails the test when the stack is not running.
pub fn run_dir() -> PathBuf {
    let dir = PathBuf::from(
        std::env::var("MAILSTACK_RUN").unwrap_or_else(|_| "/tmp/zvit-mailstack".into()),
    );
    assert!(
        dir.join("ssl/ca.pem").exists(),
        "the mail stack is not running (start it with tests/run.sh)"
    );
    dir
}

pub fn ca_file() -> PathBuf {
    run_dir().join("ssl/ca.pem")
}

/// Runs tests/mailstack/stack.sh with a subcommand (stop-dovecot, start-dovecot, …).
pub fn stack(cmd: &str) {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/mailstack/stack.sh");
    let out = Command::new("bash")
        .arg(script)
        .arg(cmd)
        .env("MAILSTACK_RUN", run_dir())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "stack.sh {cmd}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Stops one server and starts it again when dropped, even when the test fails.
pub struct Stopped(&'static str);

pub fn stop_for_a_while(server: &'static str) -> Stopped {
    stack(&format!("stop-{server}"));
    Stopped(server)
}

impl Drop for Stopped {
    fn drop(&mut self) {
        stack(&format!("start-{}", self.0));
    }
}

/// Asks Postfix to deliver its queue now (after Dovecot comes back).
pub fn postfix_flush() {
    let conf = run_dir().join("postfix/etc");
    let _ = Command::new("postqueue")
        .arg("-c")
        .arg(conf)
        .arg("-f")
        .output();
}

/// Runs test-side IMAP work with a bound, so a protocol mistake fails instead of hanging.
pub struct Rt(tokio::runtime::Runtime);

impl Rt {
    pub fn block_on<T>(&self, f: impl Future<Output = T>) -> T {
        self.0
            .block_on(async { tokio::time::timeout(Duration::from_secs(120), f).await })
            .expect("test-side IMAP work did not finish within 120 s")
    }
}

pub fn runtime() -> Rt {
    Rt(tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap())
}

/// A test-side IMAP session (plain, loopback) as `user@example.test`.
pub async fn imap(user: &str) -> async_imap::Session<tokio::net::TcpStream> {
    let tcp = tokio::net::TcpStream::connect(("127.0.0.1", IMAP_PORT))
        .await
        .unwrap();
    let mut client = async_imap::Client::new(tcp);
    client.read_response().await.unwrap();
    client
        .login(format!("{user}@example.test"), PASSWORD)
        .await
        .map_err(|(e, _)| e)
        .unwrap()
}

/// Empties a user's INBOX and deletes every other folder, so a test starts clean.
pub async fn reset(user: &str) {
    use futures::StreamExt;
    let mut s = imap(user).await;
    let names: Vec<String> = {
        let list = s.list(Some(""), Some("*")).await.unwrap();
        let names: Vec<_> = list.collect().await;
        names
            .into_iter()
            .filter_map(|n| n.ok())
            .map(|n| n.name().to_string())
            .collect()
    };
    let mut names: Vec<String> = names.into_iter().filter(|n| n != "INBOX").collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    for n in names {
        s.delete(&n).await.unwrap();
    }
    let mb = s.select("INBOX").await.unwrap();
    if mb.exists > 0 {
        let updates: Vec<_> = s
            .store("1:*", "+FLAGS (\\Deleted)")
            .await
            .unwrap()
            .collect()
            .await;
        drop(updates);
        let gone: Vec<_> = s.expunge().await.unwrap().collect().await;
        drop(gone);
    }
    s.logout().await.unwrap();
}

/// Appends raw messages to a user's mailbox (created when missing).
pub async fn append(user: &str, mailbox: &str, messages: &[Vec<u8>]) {
    let mut s = imap(user).await;
    let _ = s.create(mailbox).await;
    // The INTERNALDATE of a report sent before the first deadline.
    for m in messages {
        s.append(mailbox, None, Some("\"10-Dec-2012 10:15:00 +0200\""), m)
            .await
            .unwrap();
    }
    s.logout().await.unwrap();
}

/// UIDs and flags of the messages in a mailbox.
pub async fn flags(user: &str, mailbox: &str) -> Vec<(u32, Vec<String>)> {
    use futures::StreamExt;
    let mut s = imap(user).await;
    let mb = s.select(mailbox).await.unwrap();
    let mut out = Vec::new();
    if mb.exists > 0 {
        let fetched: Vec<_> = s.fetch("1:*", "(UID FLAGS)").await.unwrap().collect().await;
        for f in fetched {
            let f = f.unwrap();
            out.push((
                f.uid.unwrap(),
                f.flags().map(|fl| format!("{fl:?}")).collect(),
            ));
        }
    }
    s.logout().await.unwrap();
    out
}

/// Sends a raw message through Postfix (SMTP, port 10025) to `user@example.test`.
pub fn smtp_send(user: &str, raw: &[u8]) {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(("127.0.0.1", SMTP_PORT)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let reply = |s: &mut std::net::TcpStream| {
        let mut buf = [0u8; 512];
        let n = s.read(&mut buf).unwrap();
        let text = String::from_utf8_lossy(&buf[..n]).to_string();
        assert!(
            text.starts_with('2') || text.starts_with('3'),
            "SMTP said: {text}"
        );
    };
    reply(&mut s);
    for cmd in [
        "EHLO test.local\r\n".to_string(),
        "MAIL FROM:<sender@example.test>\r\n".into(),
        format!("RCPT TO:<{user}@example.test>\r\n"),
        "DATA\r\n".into(),
    ] {
        s.write_all(cmd.as_bytes()).unwrap();
        reply(&mut s);
    }
    let mut data = Vec::new();
    for line in raw.split_inclusive(|&b| b == b'\n') {
        if line.starts_with(b".") {
            data.push(b'.');
        }
        data.extend_from_slice(line);
    }
    if !data.ends_with(b"\n") {
        data.extend_from_slice(b"\r\n");
    }
    data.extend_from_slice(b".\r\n");
    s.write_all(&data).unwrap();
    reply(&mut s);
    s.write_all(b"QUIT\r\n").unwrap();
}

/// A config folder for one test: the shipped plan and a zvit.toml reading `user`'s mailbox.
pub fn config(dir: &Path, user: &str, imap_extra: &str) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::create_dir_all(dir.join("config")).unwrap();
    std::fs::copy(root.join("config/plan.toml"), dir.join("config/plan.toml")).unwrap();
    super::cli::copy_templates(&dir.join("config"));
    let has = |k: &str| imap_extra.lines().any(|l| l.trim_start().starts_with(k));
    let mut imap = String::new();
    for (k, v) in [
        ("port", format!("{IMAP_PORT}")),
        ("tls", "\"none\"".into()),
        ("idle", "true".into()),
        ("poll_secs", "60".into()),
    ] {
        if !has(k) {
            imap.push_str(&format!("{k} = {v}\n"));
        }
    }
    let text = format!(
        "plan = \"plan.toml\"\n[database]\npath = \"../var/zvit.db\"\n[intake]\nsource = \"imap\"\nstale_alert_secs = 5\n\
         [imap]\nhost = \"127.0.0.1\"\nuser = \"{user}@example.test\"\npassword_env = \"ZVIT_TEST_IMAP_PASSWORD\"\nsince = 2012-01-01\n{imap}{imap_extra}\n\
         [outgoing]\ntransport = \"files\"\nfrom = \"uvp@cg.ukrtel.net\"\n[admin]\nemails = [\"admin@example.test\"]\n\
         [ocr]\nenabled = false\n"
    );
    let path = dir.join("config/zvit.toml");
    std::fs::write(&path, text).unwrap();
    path
}

/// Runs a zvit command to completion with the test password in the environment.
pub fn zvit(config: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_zvit"))
        .arg("--config")
        .arg(config)
        .args(args)
        .env("ZVIT_TEST_IMAP_PASSWORD", PASSWORD)
        .env("ZVIT_LOG", "trace")
        .output()
        .unwrap()
}

/// A running `zvit run`; its stdout and stderr lines arrive on one channel, and stderr is
/// also kept in a log file.
pub struct Daemon {
    child: Option<Child>,
    lines: Receiver<(bool, String)>,
    pub log: PathBuf,
}

impl Daemon {
    pub fn start(config: &Path) -> Daemon {
        Daemon::start_with_env(config, &[])
    }

    /// As [`Daemon::start`], with extra environment variables (the fault injection of debug
    /// builds, `zvit::edge::fault`).
    pub fn start_with_env(config: &Path, env: &[(&str, &str)]) -> Daemon {
        let log = config
            .parent()
            .unwrap()
            .join(format!("zvit-{}.log", std::process::id()));
        let mut child = Command::new(env!("CARGO_BIN_EXE_zvit"))
            .arg("--config")
            .arg(config)
            .arg("run")
            .env("ZVIT_TEST_IMAP_PASSWORD", PASSWORD)
            .env("ZVIT_LOG", "trace")
            .env("NO_COLOR", "1")
            .envs(env.iter().copied())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let (tx, rx) = channel();
        let out = child.stdout.take().unwrap();
        let err = child.stderr.take().unwrap();
        let tx2 = tx.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(out).lines().map_while(Result::ok) {
                let _ = tx.send((true, line));
            }
        });
        let log_path = log.clone();
        std::thread::spawn(move || {
            use std::io::Write;
            let mut file = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(log_path)
                .unwrap();
            for line in BufReader::new(err).lines().map_while(Result::ok) {
                let _ = writeln!(file, "{line}");
                let _ = tx2.send((false, line));
            }
        });
        Daemon {
            child: Some(child),
            lines: rx,
            log,
        }
    }

    /// Waits (bounded) for an output line that satisfies `pred`; stdout lines only when
    /// `stdout` is set. Returns the line, or panics after `limit`.
    pub fn wait_for(&self, limit: Duration, stdout: bool, pred: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + limit;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok((is_out, line)) if (is_out || !stdout) && pred(&line) => return line,
                Ok(_) => continue,
                Err(_) => {
                    let log = std::fs::read_to_string(&self.log).unwrap_or_default();
                    let tail: Vec<&str> = log
                        .lines()
                        .rev()
                        .take(25)
                        .collect::<Vec<_>>()
                        .into_iter()
                        .rev()
                        .collect();
                    panic!(
                        "no such line from zvit within {limit:?}; last log lines:\n{}",
                        tail.join("\n")
                    )
                }
            }
        }
    }

    /// As [`Daemon::wait_for`], but `None` after `limit` instead of a panic.
    pub fn try_wait_for(
        &self,
        limit: Duration,
        stdout: bool,
        pred: impl Fn(&str) -> bool,
    ) -> Option<String> {
        let deadline = Instant::now() + limit;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok((is_out, line)) if (is_out || !stdout) && pred(&line) => return Some(line),
                Ok(_) => continue,
                Err(_) => return None,
            }
        }
    }

    /// Counts stdout summary lines until `n` arrived (bounded).
    pub fn wait_for_stored(&self, n: usize, limit: Duration) {
        for _ in 0..n {
            self.wait_for(limit, true, |l| l.starts_with('<'));
        }
    }

    pub fn pid(&self) -> i32 {
        self.child.as_ref().map_or(0, |c| c.id() as i32)
    }

    pub fn signal(&self, sig: i32) {
        // SAFETY: kill(2) on our own child's pid.
        unsafe {
            libc::kill(self.pid(), sig);
        }
    }

    /// SIGTERM, then waits (bounded) for the exit status.
    pub fn stop(mut self) -> std::process::ExitStatus {
        self.signal(libc::SIGTERM);
        let mut child = self.child.take().unwrap();
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let _ = tx.send(child.wait());
        });
        match rx.recv_timeout(Duration::from_secs(60)) {
            Ok(status) => status.unwrap(),
            Err(_) => panic!("zvit did not stop within 60 s after SIGTERM"),
        }
    }
}

impl Drop for Daemon {
    fn drop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// Number of messages in the test's database.
pub fn stored(dir: &Path) -> i64 {
    let conn = rusqlite::Connection::open(dir.join("var/zvit.db")).unwrap();
    conn.query_row("SELECT count(*) FROM message", [], |r| r.get(0))
        .unwrap()
}

/// Count of distinct Message-IDs (equals `stored` when nothing is doubled).
pub fn distinct(dir: &Path) -> i64 {
    let conn = rusqlite::Connection::open(dir.join("var/zvit.db")).unwrap();
    conn.query_row("SELECT count(DISTINCT message_id) FROM message", [], |r| {
        r.get(0)
    })
    .unwrap()
}

/// A small realistic report mail with a unique Message-ID.
pub fn report_mail(n: usize, tag: &str) -> Vec<u8> {
    format!(
        "From: Бобровицька РДА <rda-bobrovytsia@example.gov.ua>\r\nTo: uvp@cg.ukrtel.net\r\nSubject: =?UTF-8?B?0JfQstGW0YI=?= {n}\r\n\
         Date: Mon, 10 Dec 2012 10:15:00 +0200\r\nMessage-ID: <{tag}-{n}@example.gov.ua>\r\nMIME-Version: 1.0\r\n\
         Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n\
         6. Проведено {n} консультацій з громадськістю щодо проекту бюджету.\r\n\r\n\
         7. Представників громадських організацій залучено до дорадчо-консультативних органів.\r\n"
    )
    .into_bytes()
}

/// Writes a figure for the README (tests/run.sh prints them at the end).
pub fn figure(name: &str, text: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/zvit-figures");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(format!("{name}.txt")), format!("{text}\n")).unwrap();
    println!("{text}");
}
