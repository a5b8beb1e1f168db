//! Hostile mail (tests/hostile/make.py): each message once stopped, slowed or fooled zvit.
//! Each case is put in a Maildir before a normal report and read by `zvit run --once` (the
//! debug binary, readers in their worker processes); the test measures the process's time and
//! peak memory and asserts the recorded reason, and that the normal report behind it is
//! analysed with its measures.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use super::cli::setup;
use super::fixtures::fixture_dir;

/// The corpus, made once per test run by tests/hostile/make.py.
fn corpus() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("hostile");
        let _ = std::fs::remove_dir_all(&dir);
        let status = Command::new("python3")
            .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile/make.py"))
            .arg(&dir)
            .status()
            .expect("python3 runs");
        assert!(status.success(), "tests/hostile/make.py failed");
        dir
    })
}

fn manifest(case: &str) -> serde_json::Value {
    let text = std::fs::read_to_string(corpus().join("manifest.json")).unwrap();
    let all: serde_json::Value = serde_json::from_str(&text).unwrap();
    all[case].clone()
}

/// How one `zvit` process ended.
pub struct Run {
    pub success: bool,
    pub signal: Option<i32>,
    pub elapsed: Duration,
    /// Peak resident memory of the zvit process or of any reader worker it waited for, MiB.
    pub peak_mib: u64,
    pub stdout: String,
    pub stderr: String,
}

/// Runs the binary with `args` and `env`, measuring its wall time and peak RSS. The process
/// is started by a small Python parent that reports `wait4`'s figures: a process started
/// straight from this test binary would inherit the test process's own high-water mark.
pub fn run_measured(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    const PARENT: &str = r#"
import json, os, sys
out, err, res = sys.argv[1:4]
pid = os.fork()
if pid == 0:
    fo = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    fe = os.open(err, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(fo, 1); os.dup2(fe, 2)
    os.execv(sys.argv[4], sys.argv[4:])
_, status, usage = os.wait4(pid, 0)
json.dump({"status": status, "maxrss_kib": usage.ru_maxrss}, open(res, "w"))
"#;
    let out_path = dir.join("stdout.txt");
    let err_path = dir.join("stderr.txt");
    let res_path = dir.join("rusage.json");
    let start = Instant::now();
    let status = Command::new("python3")
        .arg("-c")
        .arg(PARENT)
        .arg(&out_path)
        .arg(&err_path)
        .arg(&res_path)
        .arg(env!("CARGO_BIN_EXE_zvit"))
        .arg("--config")
        .arg(dir.join("config/zvit.toml"))
        .args(args)
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .status()
        .expect("python3 runs");
    let elapsed = start.elapsed();
    assert!(status.success(), "the measuring parent failed");
    let res: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&res_path).unwrap()).unwrap();
    let status = res["status"].as_i64().unwrap() as i32;
    Run {
        success: libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        signal: libc::WIFSIGNALED(status).then(|| libc::WTERMSIG(status)),
        elapsed,
        peak_mib: res["maxrss_kib"].as_u64().unwrap() / 1024,
        stdout: std::fs::read_to_string(out_path).unwrap_or_default(),
        stderr: std::fs::read_to_string(err_path).unwrap_or_default(),
    }
}

/// The reason codes recorded for a message and its parts, and its mapped item count.
fn recorded(dir: &Path, message_id: &str) -> (Vec<String>, usize) {
    let db = rusqlite::Connection::open(dir.join("var/zvit.db")).unwrap();
    let mut codes: Vec<String> = db
        .prepare(
            "SELECT a.reason_code FROM analysis a JOIN message m ON m.id = a.message \
             WHERE m.message_id = ?1 AND a.reason_code IS NOT NULL \
             UNION ALL SELECT p.reason_code FROM part p JOIN message m ON m.id = p.message \
             WHERE m.message_id = ?1 AND p.reason_code IS NOT NULL",
        )
        .unwrap()
        .query_map([message_id], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    codes.sort();
    let analysed: i64 = db
        .query_row(
            "SELECT count(*) FROM analysis a JOIN message m ON m.id = a.message WHERE m.message_id = ?1",
            [message_id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(analysed, 1, "<{message_id}> has no analysis");
    let items: i64 = db
        .query_row(
            "SELECT count(DISTINCT i.measure) FROM item i JOIN message m ON m.id = i.message \
             WHERE m.message_id = ?1 AND i.measure IS NOT NULL AND i.not_applicable = 0",
            [message_id],
            |r| r.get(0),
        )
        .unwrap();
    (codes, items as usize)
}

/// Asserts that the case's message has one of the reasons its manifest expects (any, when
/// the list is empty: then only that it was analysed); returns the reasons recorded.
fn assert_expected_reason(dir: &Path, case: &str, spec: &serde_json::Value) -> Vec<String> {
    let (codes, _) = recorded(dir, &format!("hostile-{case}@example.gov.ua"));
    let expect: Vec<&str> = spec["expect"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(
        expect.is_empty() || codes.iter().any(|c| expect.contains(&c.as_str())),
        "{case}: recorded {codes:?}, expected one of {expect:?}"
    );
    codes
}

/// A config folder whose Maildir holds the case, then a normal report (fixture xlsx-district).
fn maildir_with(case: &str) -> tempfile::TempDir {
    let dir = setup();
    let new = dir.path().join("var/inbox/new");
    std::fs::create_dir_all(&new).unwrap();
    std::fs::copy(corpus().join(format!("{case}.eml")), new.join("1.hostile")).unwrap();
    std::fs::copy(
        fixture_dir().join("xlsx-district.eml"),
        new.join("2.normal"),
    )
    .unwrap();
    dir
}

/// Generous bounds: a debug build on a loaded 2-core machine.
const MAX_SECS: u64 = 90;
const MAX_MIB: u64 = 600;

fn hostile_case(case: &str) {
    let spec = manifest(case);
    let env: Vec<(String, String)> = spec["env"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_string()))
        .collect();
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let dir = maildir_with(case);
    // Reader workers get 512 MiB (so the test shows the limit holding below its bound) and,
    // for the reader that never answers, 3 s instead of a minute.
    let timeout = if case == "reader-hang" { 3 } else { 60 };
    let cfg = dir.path().join("config/zvit.toml");
    let shipped = std::fs::read_to_string(&cfg).unwrap();
    let mut limits: Vec<(String, String)> = vec![
        ("reader_memory_mb".into(), "512".into()),
        ("reader_timeout_secs".into(), timeout.to_string()),
    ];
    let mut max_secs = MAX_SECS;
    for (k, v) in spec["limits"].as_object().into_iter().flatten() {
        if k == "max_secs" {
            max_secs = v.as_u64().unwrap();
            continue;
        }
        limits.retain(|(key, _)| key != k);
        limits.push((k.clone(), v.to_string()));
    }
    let text = set_keys(&shipped, &limits);
    assert_ne!(text, shipped, "the shipped config names the reader limits");
    std::fs::write(&cfg, text).unwrap();
    let run = run_measured(dir.path(), &["run", "--once"], &env);
    assert!(
        run.success,
        "{case}: zvit failed\n{}\n{}",
        run.stderr, run.stdout
    );
    let codes = assert_expected_reason(dir.path(), case, &spec);
    let (_, normal_items) = recorded(dir.path(), "fx-xlsx@example.gov.ua");
    assert_eq!(normal_items, 4, "{case}: the normal report behind it");
    println!(
        "hostile {case}: {:.1} s, peak {} MiB, reasons {codes:?}",
        run.elapsed.as_secs_f64(),
        run.peak_mib
    );
    assert!(
        run.elapsed < Duration::from_secs(max_secs),
        "{case}: {:?}",
        run.elapsed
    );
    assert!(run.peak_mib < MAX_MIB, "{case}: {} MiB", run.peak_mib);
    let figures = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/zvit-figures");
    let _ = std::fs::create_dir_all(&figures);
    let line = format!(
        "hostile {case}: {:.2} s, peak RSS of zvit or a reader worker {} MiB (debug build), recorded {codes:?}\n",
        run.elapsed.as_secs_f64(),
        run.peak_mib
    );
    use std::io::Write;
    if let Ok(mut f) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(figures.join(format!("hostile-{case}.txt")))
    {
        let _ = f.write_all(line.as_bytes());
    }
}

/// The config text with each `key = …` line set to its new value (every key must be there).
fn set_keys(text: &str, keys: &[(String, String)]) -> String {
    let mut out: Vec<String> = text.lines().map(str::to_string).collect();
    for (k, v) in keys {
        let line = out
            .iter_mut()
            .find(|l| l.split('=').next().is_some_and(|n| n.trim() == k))
            .unwrap_or_else(|| panic!("the shipped config has no {k}"));
        *line = format!("{k} = {v}");
    }
    out.join("\n") + "\n"
}

macro_rules! cases {
    ($($test:ident => $case:literal,)*) => {$(
        #[test]
        #[ignore = "needs python3 (tests/hostile/make.py); run by tests/run.sh"]
        fn $test() {
            hostile_case($case);
        }
    )*};
}

cases! {
    xlsx_with_a_cell_at_xfd1048576 => "xlsx-far-cell",
    xlsx_with_a_cell_at_j1000000 => "xlsx-tall",
    a_from_that_is_no_address_does_not_stop_the_batch => "bad-from",
    repeated_forward_markers => "forward-markers",
    csv_with_one_unbalanced_quote => "csv-quote",
    nested_html_tables_in_a_body => "html-nested",
    nested_tables_in_a_docx => "docx-nested",
    pdf_of_20000_pages => "pdf-pages",
    pdf_stream_that_inflates_to_1_gib => "pdf-inflate",
    mime_nested_1500_levels => "mime-deep",
    pdf_form_calls_2_to_the_40_in_five_files => "pdf-xobject-bomb",
    a_zip_of_24_mib_of_text => "zip-text-flood",
    three_hundred_attachments => "many-attachments",
    a_reader_that_aborts_costs_one_attachment => "reader-abort",
    a_reader_that_never_answers_is_stopped => "reader-hang",
    eight_readers_that_never_answer_share_the_message_time => "reader-hang-many",
    a_reader_that_allocates_without_end_is_stopped => "reader-alloc",
}

/// A message that kills zvit itself (not a reader) while it is analysed: twice, then it is
/// set aside as `analysis_crashed`, the admins are told once, and the mail behind it goes on.
#[test]
#[ignore = "needs python3 (tests/hostile/make.py); run by tests/run.sh"]
fn a_message_that_kills_the_process_twice_is_set_aside() {
    let dir = maildir_with("bad-from");
    // The hostile message's raw bytes carry its Message-ID: abort when analysing it.
    let env = [("ZVIT_FAULT_ABORT", "hostile-bad-from@")];
    let first = run_measured(dir.path(), &["run", "--once"], &env);
    assert_eq!(first.signal, Some(libc::SIGABRT), "{}", first.stderr);
    let second = run_measured(dir.path(), &["run", "--once"], &env);
    assert_eq!(second.signal, Some(libc::SIGABRT), "{}", second.stderr);
    let third = run_measured(dir.path(), &["run", "--once"], &env);
    assert!(third.success, "{}\n{}", third.stderr, third.stdout);
    let (codes, _) = recorded(dir.path(), "hostile-bad-from@example.gov.ua");
    assert_eq!(codes, vec!["analysis_crashed".to_string()]);
    let (_, normal_items) = recorded(dir.path(), "fx-xlsx@example.gov.ua");
    assert_eq!(normal_items, 4, "the normal report behind it");
    // Every later command that analyses passes it by, and the admins are told once.
    for args in [
        &["run", "--once"][..],
        &["reprocess"][..],
        &["dismiss", "<hostile-bad-from@example.gov.ua>"][..],
    ] {
        let again = run_measured(dir.path(), args, &env);
        assert!(
            again.success,
            "{args:?}: {}\n{}",
            again.stderr, again.stdout
        );
    }
    let db = rusqlite::Connection::open(dir.path().join("var/zvit.db")).unwrap();
    let alerts: i64 = db
        .query_row(
            "SELECT count(*) FROM outbox WHERE key = 'alert:crashed:hostile-bad-from@example.gov.ua' \
             AND recipients = 'admin@example.gov.ua'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(alerts, 1);
    let (codes, _) = recorded(dir.path(), "hostile-bad-from@example.gov.ua");
    assert_eq!(codes, vec!["dismissed".to_string()]);
}

/// `zvit review` and `zvit status` list a message set aside.
#[test]
#[ignore = "needs python3 (tests/hostile/make.py); run by tests/run.sh"]
fn a_message_set_aside_is_listed_by_review_and_status() {
    let dir = maildir_with("bad-from");
    let env = [("ZVIT_FAULT_ABORT", "hostile-bad-from@")];
    for _ in 0..2 {
        let r = run_measured(dir.path(), &["run", "--once"], &env);
        assert_eq!(r.signal, Some(libc::SIGABRT));
    }
    assert!(run_measured(dir.path(), &["run", "--once"], &env).success);
    let review = run_measured(dir.path(), &["review"], &[]);
    assert!(
        review
            .stdout
            .contains("<hostile-bad-from@example.gov.ua>  set aside"),
        "{}",
        review.stdout
    );
    let status = run_measured(dir.path(), &["status"], &[]);
    assert!(
        status.stdout.contains("did not finish twice: 1"),
        "{}",
        status.stdout
    );
    // After an upgrade the admin may try it again; here it still aborts, and is set aside
    // again on the next pass.
    let retry = run_measured(dir.path(), &["reprocess", "--retry-crashed"], &env);
    assert_eq!(retry.signal, Some(libc::SIGABRT));
}

/// The issue's acceptance case: one Maildir holding every hostile message (but the injected
/// faults), then one normal report; `zvit run --once` exits 0, the report is analysed with its
/// measures, and each hostile message has its recorded reason.
#[test]
#[ignore = "needs python3 (tests/hostile/make.py); run by tests/run.sh"]
fn a_maildir_of_hostile_messages_then_a_normal_report() {
    let dir = setup();
    let new = dir.path().join("var/inbox/new");
    std::fs::create_dir_all(&new).unwrap();
    let text = std::fs::read_to_string(corpus().join("manifest.json")).unwrap();
    let all: serde_json::Value = serde_json::from_str(&text).unwrap();
    let cases: Vec<(&String, &serde_json::Value)> = all
        .as_object()
        .unwrap()
        .iter()
        .filter(|(_, spec)| spec["env"].as_object().unwrap().is_empty())
        .collect();
    assert!(cases.len() >= 10, "{}", cases.len());
    for (i, (case, _)) in cases.iter().enumerate() {
        std::fs::copy(
            corpus().join(format!("{case}.eml")),
            new.join(format!("1-{i:02}.hostile")),
        )
        .unwrap();
    }
    std::fs::copy(
        fixture_dir().join("xlsx-district.eml"),
        new.join("2.normal"),
    )
    .unwrap();
    // The short reading times of the slow cases, so that the run takes seconds. They are
    // wall-clock times, tuned for one case read at a time: the cases are analysed one by one
    // here (side by side, on a loaded 2-core debug build, a slow case sharing the cores with
    // another can run past them; the two-message cases above run side by side).
    let cfg = dir.path().join("config/zvit.toml");
    let shipped = std::fs::read_to_string(&cfg).unwrap();
    let short = [
        ("reader_timeout_secs".to_string(), "10".to_string()),
        ("reader_message_secs".to_string(), "15".to_string()),
        ("analysis_threads".to_string(), "1".to_string()),
    ];
    std::fs::write(&cfg, set_keys(&shipped, &short)).unwrap();
    let run = run_measured(dir.path(), &["run", "--once"], &[]);
    assert!(run.success, "{}\n{}", run.stderr, run.stdout);
    for (case, spec) in &cases {
        assert_expected_reason(dir.path(), case, spec);
    }
    let (_, normal_items) = recorded(dir.path(), "fx-xlsx@example.gov.ua");
    assert_eq!(normal_items, 4, "the normal report behind them");
    println!(
        "{} hostile messages and a report: {:.1} s, peak {} MiB",
        cases.len(),
        run.elapsed.as_secs_f64(),
        run.peak_mib
    );
}
