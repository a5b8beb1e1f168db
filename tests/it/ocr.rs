//! Scanned letters and phone photos read by the real Tesseract (fixtures in tests/fixtures/scan,
//! made by tests/fixtures/make_scans.py with LibreOffice, pdftoppm and ImageMagick). The
//! tests that need Tesseract are ignored by a bare `cargo test`; tests/run.sh installs it.

use std::collections::BTreeSet;
use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Duration;

use serde_json::Value;

use super::stack::Daemon;

const LIMIT: Duration = Duration::from_secs(300);

fn scan_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/scan")
}

/// A copy of the shipped configuration in `dir` with Maildir intake, outgoing mail to files and
/// `ocr` appended as the [ocr] section.
fn config(dir: &Path, ocr: &str) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::create_dir_all(dir.join("config")).unwrap();
    std::fs::copy(root.join("config/plan.toml"), dir.join("config/plan.toml")).unwrap();
    super::cli::copy_templates(&dir.join("config"));
    let text = format!(
        "plan = \"plan.toml\"\n[database]\npath = \"../var/zvit.db\"\n\
         [intake]\nsource = \"maildir\"\nmaildir = \"../var/inbox\"\npoll_secs = 1\n\
         [outgoing]\ntransport = \"files\"\ndir = \"../var/outbox\"\nfrom = \"uvp@cg.ukrtel.net\"\n\
         [ocr]\n{ocr}\n"
    );
    let path = dir.join("config/zvit.toml");
    std::fs::write(&path, text).unwrap();
    path
}

fn zvit(config: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_zvit"))
        .arg("--config")
        .arg(config)
        .args(args)
        .output()
        .unwrap()
}

fn ok(out: Output) -> String {
    assert!(
        out.status.success(),
        "zvit failed: {}\n{}",
        String::from_utf8_lossy(&out.stderr),
        String::from_utf8_lossy(&out.stdout)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn db(dir: &Path) -> rusqlite::Connection {
    rusqlite::Connection::open(dir.join("var/zvit.db")).unwrap()
}

/// (measure, source) of a message's items, and its parts' reason codes by name.
type Found = (
    BTreeSet<(Option<u32>, String)>,
    Vec<(String, Option<String>)>,
);

fn found(dir: &Path, message_id: &str) -> Found {
    let conn = db(dir);
    let id: i64 = conn
        .query_row(
            "SELECT id FROM message WHERE message_id = ?1",
            [message_id],
            |r| r.get(0),
        )
        .unwrap();
    let mut stmt = conn
        .prepare("SELECT measure, source FROM item WHERE message = ?1 AND not_applicable = 0")
        .unwrap();
    let items = stmt
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut stmt = conn
        .prepare("SELECT name, reason_code FROM part WHERE message = ?1 ORDER BY seq")
        .unwrap();
    let parts = stmt
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    (items, parts)
}

fn expected(name: &str) -> Value {
    serde_json::from_str(
        &std::fs::read_to_string(scan_dir().join(format!("{name}.expected.json"))).unwrap(),
    )
    .unwrap()
}

fn message_id(name: &str) -> String {
    let raw = std::fs::read(scan_dir().join(format!("{name}.eml"))).unwrap();
    zvit::analysis::parse::envelope(&raw)
        .message_id
        .expect("fixtures have a Message-ID")
}

/// Checks one fixture's stored items and parts against its .expected.json.
fn check(dir: &Path, name: &str) -> Vec<String> {
    let exp = expected(name);
    let (items, parts) = found(dir, &message_id(name));
    let want: BTreeSet<(Option<u32>, String)> =
        super::fixtures::expected_items(&exp).into_iter().collect();
    let mut diffs = Vec::new();
    if items != want {
        diffs.push(format!("{name}: items {items:?}, expected {want:?}"));
    }
    if let Some(map) = exp.get("parts").and_then(Value::as_object) {
        for (part, code) in map {
            let got = parts
                .iter()
                .find(|(n, _)| n == part)
                .map(|(_, c)| c.clone());
            let want = code.as_str().map(str::to_string);
            if got != Some(want.clone()) {
                diffs.push(format!("{name}: part {part}: {got:?}, expected {want:?}"));
            }
        }
    }
    diffs
}

/// A `tesseract` that counts its runs in `count` and runs the real one.
fn counting_tesseract(dir: &Path) -> (PathBuf, PathBuf) {
    let count = dir.join("tesseract-runs");
    let script = dir.join("tesseract");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\n[ \"$1\" = --list-langs ] || echo run >> '{}'\nexec tesseract \"$@\"\n",
            count.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    (script, count)
}

fn runs(count: &Path) -> usize {
    std::fs::read_to_string(count).map_or(0, |s| s.lines().count())
}

#[test]
#[ignore = "needs Tesseract (tesseract-ocr, -ukr, -rus) and poppler-utils; run by tests/run.sh"]
fn scans_photos_and_pictures_in_word_yield_their_items_in_ukrainian_and_russian() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = config(dir.path(), "");
    let names: Vec<String> = std::fs::read_dir(scan_dir())
        .unwrap()
        .filter_map(|e| {
            let p = e.unwrap().path();
            (p.extension()? == "eml").then(|| p.file_stem().unwrap().to_string_lossy().into_owned())
        })
        .collect();
    assert!(names.len() >= 5, "{names:?}");
    let files: Vec<String> = names
        .iter()
        .map(|n| scan_dir().join(format!("{n}.eml")).display().to_string())
        .collect();
    let mut args = vec!["ingest"];
    args.extend(files.iter().map(String::as_str));
    let started = std::time::Instant::now();
    ok(zvit(&cfg, &args));
    let secs = started.elapsed().as_secs_f64();
    let diffs: Vec<String> = names.iter().flat_map(|n| check(dir.path(), n)).collect();
    assert!(diffs.is_empty(), "{}", diffs.join("\n"));
    let pages: i64 = db(dir.path())
        .query_row("SELECT count(*) FROM scan_page", [], |r| r.get(0))
        .unwrap();
    super::stack::figure(
        "ocr",
        &format!(
            "OCR: {} scanned reports ({pages} pages, Ukrainian and Russian, a skewed photo, a picture in Word) read and mapped in {secs:.1} s",
            names.len()
        ),
    );
}

#[test]
#[ignore = "needs Tesseract (tesseract-ocr, -ukr, -rus) and poppler-utils; run by tests/run.sh"]
fn reprocess_reads_mail_stored_before_ocr_and_never_reads_a_file_twice() {
    let dir = tempfile::tempdir().unwrap();
    let (tesseract, count) = counting_tesseract(dir.path());
    let off = config(dir.path(), "enabled = false");
    let fixture = scan_dir().join("scan-ukr.eml");
    ok(zvit(&off, &["ingest", fixture.to_str().unwrap()]));
    let (items, parts) = found(dir.path(), "sc-ukr@example.gov.ua");
    assert!(items.is_empty(), "{items:?}");
    assert!(
        parts
            .iter()
            .any(|(n, c)| n == "лист.pdf" && c.as_deref() == Some("image_only")),
        "{parts:?}"
    );
    assert_eq!(runs(&count), 0);

    let on = config(
        dir.path(),
        &format!("tesseract = \"{}\"", tesseract.display()),
    );
    ok(zvit(&on, &["reprocess"]));
    assert!(
        check(dir.path(), "scan-ukr").is_empty(),
        "{:?}",
        check(dir.path(), "scan-ukr")
    );
    let after_first = runs(&count);
    assert_eq!(after_first, 1, "one page, one run");
    ok(zvit(&on, &["reprocess"]));
    assert_eq!(
        runs(&count),
        after_first,
        "the second reprocess reads from the cache"
    );
    assert!(check(dir.path(), "scan-ukr").is_empty());
}

/// Needs no Tesseract: it checks what happens without it.
#[test]
fn without_tesseract_the_scan_is_stored_as_needing_ocr_and_check_config_warns() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = config(dir.path(), "tesseract = \"/nonexistent/tesseract\"");
    let out = zvit(&cfg, &["check-config"]);
    assert!(out.status.success(), "a warning, not an error");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("warning") && err.contains("tesseract не встановлено"),
        "{err}"
    );
    let fixture = scan_dir().join("photo-skewed.eml");
    ok(zvit(&cfg, &["ingest", fixture.to_str().unwrap()]));
    let (items, parts) = found(dir.path(), "sc-photo@example.gov.ua");
    assert!(items.is_empty());
    let conn = db(dir.path());
    let text: String = conn
        .query_row(
            "SELECT reason_text FROM part WHERE reason_code = 'needs_ocr'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(text.contains("tesseract не встановлено"), "{text}");
    assert!(
        parts.iter().any(|(n, _)| n == "IMG_20121210_101500.jpg"),
        "{parts:?}"
    );
}

#[test]
#[ignore = "needs Tesseract (tesseract-ocr, -ukr, -rus) and poppler-utils; run by tests/run.sh"]
fn a_long_scan_stops_at_the_page_limit_and_other_mail_flows_meanwhile() {
    let dir = tempfile::tempdir().unwrap();
    // A tesseract whose first run waits at a gate (a FIFO) until the test opens it: the test
    // knows OCR is in hand while it sends other mail.
    let gate = dir.path().join("gate");
    let made = Command::new("mkfifo").arg(&gate).status().unwrap();
    assert!(made.success());
    let script = dir.path().join("tesseract");
    let released = dir.path().join("released");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nif [ \"$1\" != --list-langs ] && [ ! -e '{r}' ]; then cat '{g}' >/dev/null; touch '{r}'; fi\nexec tesseract \"$@\"\n",
            r = released.display(),
            g = gate.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let cfg = config(dir.path(), &format!("tesseract = \"{}\"", script.display()));
    let inbox = dir.path().join("var/inbox");
    for sub in ["new", "cur", "tmp"] {
        std::fs::create_dir_all(inbox.join(sub)).unwrap();
    }
    let daemon = Daemon::start(&cfg);
    std::fs::copy(
        scan_dir().join("scan-long.eml"),
        inbox.join("new/1.long:2,"),
    )
    .unwrap();
    // Opening the FIFO for writing returns once the OCR worker's tesseract opened it.
    let mut gate_writer = std::fs::OpenOptions::new().write(true).open(&gate).unwrap();

    let text = super::stack::report_mail(1, "while-ocr");
    std::fs::write(inbox.join("new/2.text:2,"), &text).unwrap();
    let line = daemon.wait_for(LIMIT, true, |l| l.starts_with("<while-ocr-1@"));
    assert!(line.contains("2 items (2 mapped)"), "{line}");
    let waiting: i64 = db(dir.path())
        .query_row("SELECT count(*) FROM scan_job", [], |r| r.get(0))
        .unwrap();
    assert_eq!(waiting, 1, "the long scan is still being read");

    gate_writer.write_all(b"go").unwrap();
    drop(gate_writer);
    let line = daemon.wait_for(LIMIT, true, |l| l.starts_with("<sc-long@"));
    assert!(line.contains("1 parts with problems"), "{line}");
    let status = daemon.stop();
    assert!(status.success());
    let diffs = check(dir.path(), "scan-long");
    assert!(diffs.is_empty(), "{}", diffs.join("\n"));
    let reason: String = db(dir.path())
        .query_row(
            "SELECT reason_text FROM part WHERE reason_code = 'cut'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(
        reason.contains("14 сторінок") && reason.contains("перші 10"),
        "{reason}"
    );
    let pages: i64 = db(dir.path())
        .query_row("SELECT count(*) FROM scan_page", [], |r| r.get(0))
        .unwrap();
    assert_eq!(pages, 10, "the default limit is ten pages");
    // The scanned report was answered once it was read: a receipt for each report.
    let keys: Vec<String> = {
        let conn = db(dir.path());
        let mut stmt = conn.prepare("SELECT key FROM outbox ORDER BY id").unwrap();
        stmt.query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    assert_eq!(keys.len(), 2, "{keys:?}");
    assert!(
        keys.iter().any(|k| k.contains("sc-long@example.gov.ua")),
        "{keys:?}"
    );
}

#[test]
#[ignore = "needs Tesseract (tesseract-ocr, -ukr, -rus) and poppler-utils; run by tests/run.sh"]
fn an_unsure_page_goes_to_review_with_its_image_kept() {
    let dir = tempfile::tempdir().unwrap();
    // A threshold no real page reaches: every page counts as unsure.
    let cfg = config(dir.path(), "min_confidence = 0.999");
    let fixture = scan_dir().join("photo-skewed.eml");
    ok(zvit(&cfg, &["ingest", fixture.to_str().unwrap()]));
    let (items, parts) = found(dir.path(), "sc-photo@example.gov.ua");
    assert!(
        !items.is_empty() && items.iter().all(|(m, _)| m.is_none()),
        "{items:?}"
    );
    assert!(
        parts
            .iter()
            .any(|(n, c)| n == "IMG_20121210_101500.jpg" && c.as_deref() == Some("ocr_unsure")),
        "{parts:?}"
    );
    let pages = dir.path().join("pages");
    let review = ok(zvit(&cfg, &["review", "--pages", pages.to_str().unwrap()]));
    assert!(
        review.contains("ocr_unsure") && review.contains("no measure"),
        "{review}"
    );
    let written: Vec<PathBuf> = std::fs::read_dir(&pages)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(written.len(), 1, "{written:?}");
    let image = std::fs::read(&written[0]).unwrap();
    assert!(image.starts_with(&[0xFF, 0xD8]), "the photo itself, kept");
}

/// Needs no Tesseract: a stand-in that never finishes a page.
#[test]
fn a_page_over_the_time_limit_is_stopped_and_recorded() {
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("tesseract");
    std::fs::write(
        &script,
        "#!/bin/sh\nif [ \"$1\" = --list-langs ]; then printf 'List of available languages:\\nukr\\nrus\\n'; exit 0; fi\nexec sleep 60\n",
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let cfg = config(
        dir.path(),
        &format!(
            "tesseract = \"{}\"\npdftoppm = \"true\"\npage_timeout_secs = 1",
            script.display()
        ),
    );
    let started = std::time::Instant::now();
    let fixture = scan_dir().join("photo-skewed.eml");
    ok(zvit(&cfg, &["ingest", fixture.to_str().unwrap()]));
    assert!(
        started.elapsed() < Duration::from_secs(50),
        "the stand-in was not stopped at the limit"
    );
    let (items, parts) = found(dir.path(), "sc-photo@example.gov.ua");
    assert!(items.is_empty(), "{items:?}");
    assert!(
        parts
            .iter()
            .any(|(n, c)| n == "IMG_20121210_101500.jpg" && c.as_deref() == Some("ocr_failed")),
        "{parts:?}"
    );
    let text: String = db(dir.path())
        .query_row(
            "SELECT reason_text FROM part WHERE reason_code = 'ocr_failed'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(text.contains("ліміт часу 1 с"), "{text}");
}
