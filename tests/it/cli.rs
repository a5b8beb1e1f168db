//! The command line end to end: a real SQLite file in a temp folder, the real binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use super::fixtures::fixture_dir;

fn zvit(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_zvit"))
        .arg("--config")
        .arg(dir.join("config/zvit.toml"))
        .args(args)
        .output()
        .expect("zvit runs")
}

/// A copy of the shipped config in a temp folder, so the database lands there.
pub(crate) fn setup() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::create_dir_all(dir.path().join("config")).unwrap();
    for f in ["zvit.toml", "plan.toml"] {
        std::fs::copy(
            root.join("config").join(f),
            dir.path().join("config").join(f),
        )
        .unwrap();
    }
    copy_templates(&dir.path().join("config"));
    // These tests must not depend on whether Tesseract is installed (tests/it/ocr.rs is
    // about OCR): scans stay "image only".
    let cfg = dir.path().join("config/zvit.toml");
    let text = std::fs::read_to_string(&cfg).unwrap();
    std::fs::write(
        &cfg,
        text.replace(
            "enabled           = true\nlanguages",
            "enabled           = false\nlanguages",
        ),
    )
    .unwrap();
    dir
}

pub(crate) fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "zvit failed: {}\n{}",
        String::from_utf8_lossy(&out.stderr),
        String::from_utf8_lossy(&out.stdout)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

#[test]
fn sender_auth_without_the_server_id_is_refused_with_file_and_line() {
    let dir = setup();
    let cfg = dir.path().join("config/zvit.toml");
    // The shipped [sender_auth] has its keys commented out; set domains but no server id.
    let text = std::fs::read_to_string(&cfg).unwrap().replace(
        "# domains     = [\"cg.gov.ua\"]",
        "domains = [\"example.gov.ua\"]",
    );
    std::fs::write(&cfg, &text).unwrap();
    let line = text.lines().position(|l| l.starts_with("domains")).unwrap() + 1;
    let out = zvit(dir.path(), &["check-config"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("zvit.toml:{line}:")) && err.contains("authserv_id"),
        "{err}"
    );
}

#[test]
fn shipped_config_passes_check_config() {
    let dir = setup();
    let out = ok(&zvit(dir.path(), &["check-config"]));
    assert!(
        out.contains("16 measures") && out.contains("3 deadlines"),
        "{out}"
    );
}

#[test]
fn check_config_reports_file_and_line_and_exits_2() {
    let dir = setup();
    let plan = dir.path().join("config/plan.toml");
    let src = std::fs::read_to_string(&plan).unwrap();
    let cases: [(&str, String, &str); 6] = [
        (
            "unknown key",
            src.replacen("grace_days = 3", "grace_days = 3\ngrace = 4", 1),
            "unknown field `grace`",
        ),
        (
            "wrong type",
            src.replacen("grace_days = 3", "grace_days = \"three\"", 1),
            "invalid type",
        ),
        (
            "missing executor",
            src.replacen("executors = [\"uvp\"]", "executors = [\"uvp2\"]", 1),
            "\"uvp2\"",
        ),
        (
            "address twice",
            src.replacen(
                "rda-borzna@example.gov.ua",
                "rda-bakhmach@example.gov.ua",
                1,
            ),
            "used twice",
        ),
        (
            "deadline order",
            src.replacen("date = 2013-06-15", "date = 2012-11-15", 1),
            "date order",
        ),
        (
            "time zone",
            src.replacen("Europe/Kyiv", "Europe/Chernigiv", 1),
            "unknown time zone",
        ),
    ];
    for (name, text, needle) in cases {
        std::fs::write(&plan, &text).unwrap();
        let out = zvit(dir.path(), &["check-config"]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{name}: {err}");
        assert!(
            err.contains("plan.toml:") && err.contains(needle),
            "{name}: {err}"
        );
        let line: usize = err
            .split(':')
            .nth(1)
            .and_then(|l| l.trim().parse().ok())
            .unwrap_or(0);
        assert!(line > 0, "{name}: no line number in {err}");
        // The reported line holds the mistake.
        let at = text.lines().nth(line - 1).unwrap_or("");
        assert!(!at.trim().is_empty(), "{name}: line {line} is empty");
    }
    std::fs::remove_file(&plan).unwrap();
    let out = zvit(dir.path(), &["check-config"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read the plan file"));
}

#[test]
fn ingest_twice_and_reprocess_leave_the_export_byte_identical() {
    let dir = setup();
    let fx: PathBuf = fixture_dir();
    let fx = fx.to_str().unwrap();
    let first = ok(&zvit(dir.path(), &["ingest", fx]));
    assert!(first.lines().count() >= 30, "{first}");
    let export1 = ok(&zvit(dir.path(), &["export", "--format", "json", "--all"]));
    let again = ok(&zvit(dir.path(), &["ingest", fx]));
    assert!(
        again.lines().all(|l| l.contains("already stored")),
        "{again}"
    );
    let export2 = ok(&zvit(dir.path(), &["export", "--format", "json", "--all"]));
    assert_eq!(export1, export2, "a second ingest changed the export");
    ok(&zvit(dir.path(), &["reprocess"]));
    let export3 = ok(&zvit(dir.path(), &["export", "--format", "json", "--all"]));
    assert_eq!(export1, export3, "reprocess changed the export");

    let v: serde_json::Value = serde_json::from_str(&export1).unwrap();
    let items = v["items"].as_array().unwrap();
    // Every fixture, ingested and exported, gives exactly its expected items.
    for eml in super::fixtures::fixtures() {
        let exp: serde_json::Value =
            serde_json::from_slice(&std::fs::read(eml.with_extension("expected.json")).unwrap())
                .unwrap();
        let mid = format!(
            "<{}>",
            zvit::analysis::parse::envelope(&std::fs::read(&eml).unwrap())
                .message_id
                .unwrap()
        );
        let mut got: Vec<(Option<u64>, String)> = items
            .iter()
            .filter(|i| i["message_id"] == mid.as_str())
            .map(|i| {
                (
                    i["measure"].as_u64(),
                    i["source"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        let mut want: Vec<(Option<u64>, String)> = exp["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| {
                (
                    i["measure"].as_u64(),
                    i["source"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        got.sort();
        want.sort();
        assert_eq!(got, want, "{}", eml.display());
    }
    // The correction supersedes the first report on the same executor, measure and period.
    let zd: Vec<&serde_json::Value> = items
        .iter()
        .filter(|i| i["executor"] == "su-zdorovia")
        .collect();
    assert_eq!(zd.len(), 2);
    assert!(
        zd.iter()
            .any(|i| i["message_id"] == "<fx-first@example.gov.ua>" && i["superseded"] == true)
    );
    assert!(
        zd.iter()
            .any(|i| i["message_id"] == "<fx-second@example.gov.ua>" && i["superseded"] == false)
    );
    let current: serde_json::Value =
        serde_json::from_str(&ok(&zvit(dir.path(), &["export", "--format", "json"]))).unwrap();
    assert!(
        !current["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["message_id"] == "<fx-first@example.gov.ua>")
    );
    assert!(
        v["unattributed"]
            .as_array()
            .unwrap()
            .iter()
            .any(|u| u["message_id"] == "<fx-unknown@example.com>"
                && u["reason"] == "unknown_sender")
    );
    // Not reports yield nothing.
    for mid in [
        "<fx-auto@example.gov.ua>",
        "<fx-bounce@cg.ukrtel.net>",
        "<fx-mdn@example.gov.ua>",
        "<fx-spam@example.gov.ua>",
        "<fx-own@cg.ukrtel.net>",
        "<fx-list@example.org>",
    ] {
        assert!(
            !items.iter().any(|i| i["message_id"] == mid),
            "{mid} produced items"
        );
    }
    let late = items
        .iter()
        .find(|i| i["message_id"] == "<fx-late@example.gov.ua>")
        .unwrap();
    assert_eq!(late["late"], true);
    assert_eq!(late["received"], "2012-12-18T11:00:00+02:00");
}

#[test]
fn status_csv_xlsx_and_show() {
    let dir = setup();
    let fx = fixture_dir();
    ok(&zvit(dir.path(), &["ingest", fx.to_str().unwrap()]));
    let status: serde_json::Value = serde_json::from_str(&ok(&zvit(
        dir.path(),
        &["status", "--period", "1", "--json"],
    )))
    .unwrap();
    let execs = status[0]["executors"].as_array().unwrap();
    let bob = execs.iter().find(|e| e["id"] == "rda-bobrovytsia").unwrap();
    assert_eq!(bob["on_time"], serde_json::json!([1, 6, 7, 9]));
    assert_eq!(bob["not_applicable"], serde_json::json!([12]));
    assert_eq!(bob["missing"], serde_json::json!([10]));
    let osvita = execs.iter().find(|e| e["id"] == "su-osvita").unwrap();
    assert_eq!(osvita["late"], serde_json::json!([6]));
    let silent = execs.iter().find(|e| e["id"] == "su-finansy").unwrap();
    assert_eq!(silent["on_time"], serde_json::json!([]));
    assert!(!silent["missing"].as_array().unwrap().is_empty());
    assert!(status[0]["totals"]["missing"].as_u64().unwrap() > 0);

    let csv = dir.path().join("out.csv");
    ok(&zvit(
        dir.path(),
        &["export", "--format", "csv", "-o", csv.to_str().unwrap()],
    ));
    let bytes = std::fs::read(&csv).unwrap();
    assert!(bytes.starts_with("\u{feff}виконавець;період;пункт".as_bytes()));
    let xlsx = dir.path().join("out.xlsx");
    ok(&zvit(
        dir.path(),
        &["export", "--format", "xlsx", "-o", xlsx.to_str().unwrap()],
    ));
    assert!(std::fs::read(&xlsx).unwrap().starts_with(b"PK"));

    let show = ok(&zvit(
        dir.path(),
        &["show", "<fx-unreadable@example.gov.ua>"],
    ));
    assert!(
        show.contains("захищений.xlsx") && show.contains("encrypted"),
        "{show}"
    );
    assert!(
        show.contains("zip_bomb") && show.contains("image_only"),
        "{show}"
    );
}

#[test]
fn run_once_reads_the_maildir_and_moves_new_to_cur() {
    let dir = setup();
    let new = dir.path().join("var/inbox/new");
    std::fs::create_dir_all(&new).unwrap();
    std::fs::copy(
        fixture_dir().join("xlsx-district.eml"),
        new.join("1354000000.1.host"),
    )
    .unwrap();
    let out = ok(&zvit(dir.path(), &["run", "--once"]));
    assert!(out.contains("rda-bobrovytsia"), "{out}");
    assert!(
        dir.path()
            .join("var/inbox/cur/1354000000.1.host:2,S")
            .exists()
    );
    assert!(!new.join("1354000000.1.host").exists());
    // A second pass finds nothing new in new/ and stores nothing twice.
    let again = ok(&zvit(dir.path(), &["run", "--once"]));
    assert!(again.trim().is_empty(), "{again}");
    let export: serde_json::Value = serde_json::from_str(&ok(&zvit(
        dir.path(),
        &["export", "--format", "json", "--all"],
    )))
    .unwrap();
    assert_eq!(export["items"].as_array().unwrap().len(), 4);
}

/// Copies the shipped mail templates into a test's config folder.
pub fn copy_templates(config_dir: &Path) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/templates");
    let dst = config_dir.join("templates");
    std::fs::create_dir_all(&dst).unwrap();
    for e in std::fs::read_dir(src).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, dst.join(p.file_name().unwrap())).unwrap();
    }
}

#[test]
fn a_broken_template_is_reported_with_file_and_line() {
    let dir = setup();
    let t = dir.path().join("config/templates/receipt.txt.j2");
    let text = std::fs::read_to_string(&t).unwrap();
    std::fs::write(&t, format!("{text}\n{{{{ broken ( }}}}\n")).unwrap();
    let out = zvit(dir.path(), &["check-config"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("receipt.txt.j2:"), "{err}");
    let line: String = err
        .split("receipt.txt.j2:")
        .nth(1)
        .unwrap()
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .collect();
    assert!(line.parse::<usize>().unwrap() > 1, "{err}");
}

#[test]
fn the_prefilled_reminder_table_filled_in_maps_every_row_with_full_confidence() {
    use std::sync::Arc;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (cfg, plan) = zvit::config::load(&root.join("config/zvit.toml")).unwrap();
    let executor = plan.executor("rda-bobrovytsia").unwrap().clone();
    let owed = plan.owed_measures(&executor, 1);
    assert!(owed.len() >= 5);
    // The executor writes free text in the last column, with no numbers of their own.
    let reports: Vec<String> = owed
        .iter()
        .map(|m| format!("Протягом періоду виконано: {}", m.term.to_lowercase()))
        .collect();
    let refs: Vec<&str> = reports.iter().map(String::as_str).collect();
    let xlsx =
        zvit::outgoing::compose::prefilled_xlsx_with(&executor, &owed, plan.deadlines[0], &refs)
            .unwrap();
    let mut raw = b"From: <rda-bobrovytsia@example.gov.ua>\r\nTo: uvp@cg.ukrtel.net\r\nSubject: Re: reminder\r\nMessage-ID: <filled@example.gov.ua>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name=\"zvit.xlsx\"\r\nContent-Transfer-Encoding: base64\r\n\r\n".to_vec();
    raw.extend(zvit::bench::base64_mime(&xlsx).into_bytes());
    raw.extend(b"--b--\r\n");
    let want: Vec<Option<u32>> = owed.iter().map(|m| Some(m.number)).collect();
    let ctx = zvit::analysis::pipeline::Context::from_config(&cfg, Arc::new(plan.clone()));
    let a = zvit::analysis::pipeline::process(&ctx, &raw, "2012-12-10T10:00:00Z".parse().unwrap());
    let got: Vec<(Option<u32>, f64)> = a.items.iter().map(|i| (i.measure, i.confidence)).collect();
    assert_eq!(got.iter().map(|g| g.0).collect::<Vec<_>>(), want);
    assert!(got.iter().all(|g| g.1 >= 0.99), "{got:?}");
}

#[test]
fn the_digest_figures_equal_status_for_the_same_period() {
    let dir = setup();
    let fx = fixture_dir();
    ok(&zvit(dir.path(), &["ingest", fx.to_str().unwrap()]));
    let status: serde_json::Value = serde_json::from_str(&ok(&zvit(
        dir.path(),
        &[
            "--now",
            "2012-12-20T10:00:00+02:00",
            "status",
            "--period",
            "1",
            "--json",
        ],
    )))
    .unwrap();
    let preview = dir.path().join("digest");
    ok(&zvit(
        dir.path(),
        &[
            "--now",
            "2012-12-20T10:00:00+02:00",
            "digest",
            "--period",
            "1",
            "--preview",
            preview.to_str().unwrap(),
        ],
    ));
    let text = std::fs::read_to_string(preview.join("digest.txt")).unwrap();
    let t = &status[0]["totals"];
    for (label, key) in [
        ("Очікується інформація від виконавців: ", "expected"),
        ("подали повністю вчасно: ", "complete_on_time"),
        (
            "подали повністю, частково із запізненням: ",
            "complete_late",
        ),
        ("подали частково: ", "partial"),
        ("не подали: ", "missing"),
        (
            "Пунктів до звітування (виконавець × пункт): ",
            "measures_owed",
        ),
        ("вчасно — ", "measures_on_time"),
        ("із запізненням — ", "measures_late"),
        ("не надано — ", "measures_missing"),
    ] {
        let at = text
            .find(label)
            .unwrap_or_else(|| panic!("{label} not in the digest"));
        let n: String = text[at + label.len()..]
            .chars()
            .take_while(|c| c.is_ascii_digit())
            .collect();
        assert_eq!(n, t[key].to_string(), "{label}");
    }
    // The mail and its parts: an .eml with HTML, an .xlsx and a .docx that zvit itself reads.
    let eml = std::fs::read(preview.join("digest.eml")).unwrap();
    let parsed = zvit::analysis::parse::parse(&eml).unwrap();
    assert_eq!(parsed.kind, zvit::analysis::parse::MessageKind::Own);
    assert_eq!(parsed.attachments.len(), 2);
    for a in &parsed.attachments {
        let read =
            zvit::analysis::extract::extract(&a.name, &a.data, &zvit::config::Limits::default());
        assert!(read[0].result.is_ok(), "{}: {:?}", a.name, read[0].result);
    }
    assert!(
        std::fs::read_to_string(preview.join("digest.html"))
            .unwrap()
            .contains("<table")
    );
}

#[test]
fn demo_leaves_receipts_reminders_and_a_digest_for_each_period() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("demo");
    let run = Command::new(env!("CARGO_BIN_EXE_zvit"))
        .args(["demo", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(
        text.contains("receipts went back") && text.contains("Look at:"),
        "{text}"
    );
    let names: Vec<String> = std::fs::read_dir(out.join("mail"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    for kind in ["receipt", "reminder", "overdue", "digest"] {
        assert!(
            names.iter().any(|n| n.ends_with(&format!("-{kind}.eml"))),
            "no {kind} in {names:?}"
        );
    }
    // A digest for each of the three periods, each with its HTML part, .xlsx and .docx.
    for period in 1..=3 {
        let found = names
            .iter()
            .filter(|n| n.ends_with("-digest.eml"))
            .any(|n| {
                let raw = std::fs::read(out.join("mail").join(n)).unwrap();
                let p = zvit::analysis::parse::parse(&raw).unwrap();
                p.subject.contains(&format!("{period}-й звітний період"))
                    && p.attachments.iter().any(|a| a.name.ends_with(".xlsx"))
                    && p.attachments.iter().any(|a| a.name.ends_with(".docx"))
                    && String::from_utf8_lossy(&raw).contains("text/html")
            });
        assert!(found, "no complete digest for period {period}");
    }
    // Its own database, never the configured one.
    assert!(out.join("zvit.db").exists());
    // Automatic answers went only to registered addresses and [receipts] answer_domains.
    let (cfg, plan) = zvit::config::load(&out.join("config/zvit.toml")).unwrap();
    let db = rusqlite::Connection::open(out.join("zvit.db")).unwrap();
    let mut stmt = db
        .prepare("SELECT key, recipients FROM outbox WHERE kind IN ('receipt', 'unknown_sender')")
        .unwrap();
    let rows: Vec<(String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(!rows.is_empty());
    for (key, recipients) in rows {
        for r in recipients.split(',') {
            assert!(
                zvit::outgoing::respond::may_answer(&plan, &cfg.receipts, r),
                "{key} went to {r}"
            );
        }
    }
}

#[test]
fn review_decisions_are_kept_apart_and_survive_reprocess() {
    let dir = setup();
    ok(&zvit(
        dir.path(),
        &["ingest", fixture_dir().to_str().unwrap()],
    ));
    let review = ok(&zvit(dir.path(), &["review"]));
    assert!(
        review.contains("<fx-unknown@example.com>  unknown sender"),
        "{review}"
    );
    assert!(
        review.contains("<fx-noperiod@example.gov.ua>  outside every period"),
        "{review}"
    );
    assert!(review.contains("image_only"), "{review}");

    let out = ok(&zvit(
        dir.path(),
        &[
            "assign",
            "<fx-unknown@example.com>",
            "rda-ichnia",
            "--learn-address",
        ],
    ));
    assert!(
        out.contains("stranger@example.com is now an address of rda-ichnia"),
        "{out}"
    );
    assert!(out.contains("executor rda-ichnia (assigned"), "{out}");
    ok(&zvit(
        dir.path(),
        &["set-measure", "<fx-unknown@example.com>#0", "12"],
    ));
    ok(&zvit(
        dir.path(),
        &["dismiss", "<fx-noperiod@example.gov.ua>"],
    ));

    let check = |when: &str| {
        let v: serde_json::Value =
            serde_json::from_str(&ok(&zvit(dir.path(), &["export", "--format", "json"]))).unwrap();
        assert!(
            !v["unattributed"]
                .as_array()
                .unwrap()
                .iter()
                .any(|u| u["message_id"] == "<fx-unknown@example.com>"),
            "{when}"
        );
        let item = v["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["message_id"] == "<fx-unknown@example.com>")
            .unwrap_or_else(|| panic!("{when}: no item"));
        assert_eq!(item["executor"], "rda-ichnia", "{when}");
        assert_eq!(item["measure"], 12, "{when}");
        assert_eq!(item["confidence"], 1.0, "{when}");
        assert!(
            !v["items"]
                .as_array()
                .unwrap()
                .iter()
                .any(|i| i["message_id"] == "<fx-noperiod@example.gov.ua>"),
            "{when}"
        );
        let status: serde_json::Value = serde_json::from_str(&ok(&zvit(
            dir.path(),
            &["status", "--period", "1", "--json"],
        )))
        .unwrap();
        let ichnia = status[0]["executors"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["id"] == "rda-ichnia")
            .unwrap()
            .clone();
        assert!(
            ichnia["on_time"]
                .as_array()
                .unwrap()
                .contains(&serde_json::json!(12)),
            "{when}: {ichnia}"
        );
        let review = ok(&zvit(dir.path(), &["review"]));
        assert!(
            !review.contains("<fx-unknown@example.com>  unknown sender")
                && !review.contains("fx-noperiod"),
            "{when}: {review}"
        );
    };
    check("after the decisions");
    ok(&zvit(dir.path(), &["reprocess"]));
    check("after reprocess");
    // The learned address attributes the sender's next mail without a decision.
    let next = dir.path().join("next.eml");
    std::fs::write(&next, "From: stranger@example.com\r\nTo: uvp@cg.ukrtel.net\r\nSubject: x\r\nDate: Tue, 11 Dec 2012 10:00:00 +0200\r\nMessage-ID: <next@example.com>\r\n\r\n6. Проведено консультації з громадськістю.\r\n").unwrap();
    let out = ok(&zvit(dir.path(), &["ingest", next.to_str().unwrap()]));
    assert!(out.contains("executor rda-ichnia (address"), "{out}");
}

#[test]
fn the_database_file_is_readable_by_its_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = setup();
    ok(&zvit(
        dir.path(),
        &["ingest", fixture_dir().join("txt.eml").to_str().unwrap()],
    ));
    let mode = std::fs::metadata(dir.path().join("var/zvit.db"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600, "mode {:o}", mode & 0o777);
}

/// A subject that retitles the terminal (OSC 0 … BEL), clears it and moves the cursor (CSI), an
/// attachment name with the same, and a Message-ID that runs a command when pasted unquoted.
fn hostile_terminal_mail() -> Vec<u8> {
    let b64 = |s: &str| {
        // A tiny base64 encoder: the test must not depend on the library's.
        const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut out = String::new();
        for c in s.as_bytes().chunks(3) {
            let n = (u32::from(c[0]) << 16)
                | (u32::from(*c.get(1).unwrap_or(&0)) << 8)
                | u32::from(*c.get(2).unwrap_or(&0));
            for i in 0..4 {
                if i <= c.len() {
                    out.push(T[(n >> (18 - 6 * i) & 63) as usize] as char);
                } else {
                    out.push('=');
                }
            }
        }
        out
    };
    let subject = b64("\u{1b}]0;pwned title\u{7}\u{1b}[2J\u{1b}[1AЗвіт \u{9b}31mчервоний\u{202e}");
    format!(
        "From: stranger@example.com\r\nTo: uvp@cg.ukrtel.net\r\nSubject: =?utf-8?b?{subject}?=\r\n\
Date: Tue, 11 Dec 2012 10:00:00 +0200\r\nMessage-ID: <$(touch${{IFS}}pwned)@x>\r\nMIME-Version: 1.0\r\n\
Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\
6. Проведено консультації \u{1b}]0;body\u{7}\u{1b}[31m з громадськістю.\r\n--b\r\n\
Content-Type: application/octet-stream\r\n\
Content-Disposition: attachment; filename*=utf-8''evil%1B%5D0%3Bname%07.bin\r\n\
Content-Transfer-Encoding: base64\r\n\r\nAAECAwQFBgcICQ==\r\n--b--\r\n"
    )
    .into_bytes()
}

fn assert_no_escapes(what: &str, out: &[u8]) {
    for (name, byte) in [("ESC", 0x1b), ("BEL", 0x07), ("CSI", 0x9b)] {
        assert!(
            !out.contains(&byte),
            "{what} holds {name}: {}",
            String::from_utf8_lossy(out)
        );
    }
    let text = String::from_utf8_lossy(out);
    assert!(
        !text.contains(['\u{9b}', '\u{202e}']),
        "{what} holds C1 or a bidi override: {text}"
    );
}

#[test]
fn review_and_show_print_no_escape_sequences_and_quote_suggested_commands() {
    let dir = setup();
    let mail = dir.path().join("hostile.eml");
    std::fs::write(&mail, hostile_terminal_mail()).unwrap();
    ok(&zvit(dir.path(), &["ingest", mail.to_str().unwrap()]));

    let review = zvit(dir.path(), &["review"]);
    let text = ok(&review);
    assert_no_escapes("review", &review.stdout);
    assert!(
        text.contains("unknown sender stranger@example.com"),
        "{text}"
    );
    assert!(text.contains("pwned title"), "the subject is shown: {text}");
    assert!(text.contains("evil"), "the attachment is listed: {text}");

    let show = zvit(dir.path(), &["show", "<$(touch${IFS}pwned)@x>"]);
    let shown = ok(&show);
    assert_no_escapes("show", &show.stdout);
    assert!(shown.contains("Subject:    "), "{shown}");
    assert!(shown.contains("Звіт"), "{shown}");

    // The suggested command, pasted into a shell (`echo` in front), runs nothing and passes
    // the Message-ID as one literal argument.
    let line = text
        .lines()
        .find(|l| l.contains("zvit assign"))
        .expect("an assign suggestion");
    let assign = &line[line.find("zvit assign").unwrap()..];
    let assign = &assign[..assign.find(" |").unwrap()];
    let sandbox = tempfile::tempdir().unwrap();
    let echoed = Command::new("sh")
        .arg("-c")
        .arg(format!("echo {assign}"))
        .current_dir(sandbox.path())
        .output()
        .unwrap();
    assert!(
        !sandbox.path().join("pwned").exists(),
        "pasting the suggestion ran a command: {assign}"
    );
    assert_eq!(
        String::from_utf8_lossy(&echoed.stdout),
        "zvit assign <$(touch${IFS}pwned)@x> EXECUTOR [--learn-address]\n"
    );
    // And the quoted command does what it says: run through the shell, it finds the message.
    let dismiss = line[line.find("zvit dismiss").unwrap()..].trim();
    let run = Command::new("sh")
        .arg("-c")
        .arg(dismiss.replacen("zvit", "\"$ZVIT\" --config \"$CFG\"", 1))
        .env("ZVIT", env!("CARGO_BIN_EXE_zvit"))
        .env("CFG", dir.path().join("config/zvit.toml"))
        .current_dir(sandbox.path())
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{dismiss}: {}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert_no_escapes("dismiss", &run.stdout);
    assert!(!sandbox.path().join("pwned").exists());
}

#[test]
fn every_item_says_why_in_the_export_and_in_show() {
    let dir = setup();
    ok(&zvit(
        dir.path(),
        &[
            "ingest",
            fixture_dir().join("xlsx-district.eml").to_str().unwrap(),
            fixture_dir().join("docx-prose.eml").to_str().unwrap(),
        ],
    ));
    let export: serde_json::Value = serde_json::from_str(&ok(&zvit(
        dir.path(),
        &["export", "--format", "json", "--all"],
    )))
    .unwrap();
    let items = export["items"].as_array().unwrap();
    assert!(!items.is_empty());
    for it in items {
        let why = it["evidence"].as_str().unwrap();
        assert!(!why.is_empty(), "{it}");
    }
    // A table's number column, and prose placed by similarity with its shared words.
    assert!(
        items
            .iter()
            .any(|i| i["evidence"].as_str().unwrap().contains("колонці")),
        "{items:?}"
    );
    let show = ok(&zvit(dir.path(), &["show", "<fx-xlsx@example.gov.ua>"]));
    assert!(show.contains("    why: "), "{show}");
    // A person's decision is its own evidence.
    ok(&zvit(
        dir.path(),
        &["set-measure", "<fx-xlsx@example.gov.ua>#0", "3"],
    ));
    let export: serde_json::Value = serde_json::from_str(&ok(&zvit(
        dir.path(),
        &["export", "--format", "json", "--all"],
    )))
    .unwrap();
    assert!(
        export["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["measure"] == 3 && i["evidence"] == "рішення працівника"),
        "{export}"
    );
}

/// The fixtures `copies` times over in a temp folder, each copy with Message-IDs of its own
/// (and so other bytes), so that the store keeps every one.
fn repeated_fixtures(copies: usize) -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    for k in 0..copies {
        for eml in super::fixtures::fixtures() {
            let copy = zvit::bench::unique_copy(&std::fs::read(&eml).unwrap(), k);
            let name = eml.file_name().unwrap().to_str().unwrap();
            std::fs::write(out.path().join(format!("{k}-{name}")), copy).unwrap();
        }
    }
    out
}

#[test]
fn analysis_on_several_threads_stores_what_one_thread_stores() {
    let mail = repeated_fixtures(3);
    let mail = mail.path().to_str().unwrap();
    let run = |threads: usize| {
        let dir = setup();
        let cfg = dir.path().join("config/zvit.toml");
        let text = std::fs::read_to_string(&cfg).unwrap();
        assert!(
            text.lines().any(|l| l.starts_with("analysis_threads ")),
            "the shipped config names analysis_threads"
        );
        let set: String = text
            .lines()
            .map(|l| {
                if l.starts_with("analysis_threads ") {
                    format!("analysis_threads       = {threads}\n")
                } else {
                    format!("{l}\n")
                }
            })
            .collect();
        std::fs::write(&cfg, set).unwrap();
        let ingested = ok(&zvit(dir.path(), &["ingest", mail]));
        let export = ok(&zvit(dir.path(), &["export", "--format", "json", "--all"]));
        ok(&zvit(dir.path(), &["reprocess"]));
        let reprocessed = ok(&zvit(dir.path(), &["export", "--format", "json", "--all"]));
        (ingested, export, reprocessed)
    };
    let (lines1, export1, again1) = run(1);
    assert!(lines1.lines().count() >= 100, "{lines1}");
    let (lines3, export3, again3) = run(3);
    assert_eq!(lines1, lines3, "ingest's lines differ with three threads");
    assert_eq!(export1, export3, "the export differs with three threads");
    assert_eq!(again1, again3, "reprocess differs with three threads");
    assert_eq!(export1, again1);
}

#[test]
fn an_item_taken_off_its_measure_goes_to_review_and_survives_reprocess() {
    let dir = setup();
    ok(&zvit(
        dir.path(),
        &[
            "ingest",
            fixture_dir().join("xlsx-district.eml").to_str().unwrap(),
        ],
    ));
    // The message's items, as the export lists them.
    let items = || {
        let v: serde_json::Value = serde_json::from_str(&ok(&zvit(
            dir.path(),
            &["export", "--format", "json", "--all"],
        )))
        .unwrap();
        v["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|i| i["message_id"] == "<fx-xlsx@example.gov.ua>")
            .cloned()
            .collect::<Vec<_>>()
    };
    let read = items();
    assert!(read.iter().all(|i| i["measure"].is_u64()), "{read:?}");
    let out = zvit(
        dir.path(),
        &["set-measure", "<fx-xlsx@example.gov.ua>#0", "nine"],
    );
    assert!(
        !out.status.success(),
        "a word that is no measure is refused"
    );
    ok(&zvit(
        dir.path(),
        &["set-measure", "<fx-xlsx@example.gov.ua>#0", "none"],
    ));
    let check = |when: &str| {
        let now = items();
        let off: Vec<_> = now.iter().filter(|i| i["measure"].is_null()).collect();
        assert_eq!(off.len(), 1, "{when}: {now:?}");
        assert!(
            off[0]["evidence"]
                .as_str()
                .unwrap()
                .contains("не належить до заходу"),
            "{when}: {off:?}"
        );
        let review = ok(&zvit(dir.path(), &["review"]));
        assert!(
            review.contains("<fx-xlsx@example.gov.ua>#0  no measure"),
            "{when}: {review}"
        );
        let show = ok(&zvit(dir.path(), &["show", "<fx-xlsx@example.gov.ua>"]));
        assert!(show.contains("не належить до заходу"), "{when}: {show}");
    };
    check("after taking it off");
    ok(&zvit(dir.path(), &["reprocess"]));
    check("after reprocess");
    // Putting it under a measure again replaces the decision.
    ok(&zvit(
        dir.path(),
        &["set-measure", "<fx-xlsx@example.gov.ua>#0", "3"],
    ));
    let again = items();
    assert!(again.iter().all(|i| i["measure"].is_u64()), "{again:?}");
    assert!(
        again
            .iter()
            .any(|i| i["measure"] == 3 && i["evidence"] == "рішення працівника"),
        "{again:?}"
    );
}

/// A joint report's section for another office fills what that office has not reported and
/// never replaces what it wrote itself, whatever the dates: the export marks the section's
/// item superseded by the office's own earlier report, and keeps the section's other item.
#[test]
fn a_joint_section_never_supersedes_the_offices_own_report() {
    let dir = setup();
    let mail = |name: &str, from: &str, date: &str, mid: &str, body: &str| {
        let path = dir.path().join(name);
        std::fs::write(
            &path,
            format!(
                "From: <{from}>\r\nTo: uvp@cg.ukrtel.net\r\nSubject: Zvit\r\nDate: {date}\r\n\
                 Message-ID: <{mid}>\r\nContent-Type: text/plain; charset=utf-8\r\n\
                 Content-Transfer-Encoding: 8bit\r\n\r\n{body}"
            ),
        )
        .unwrap();
        path
    };
    let own = mail(
        "own.eml",
        "sluzhba-ditei@example.gov.ua",
        "Mon, 10 Dec 2012 09:00:00 +0200",
        "own@example.gov.ua",
        "п. 9 — проведено громадську експертизу діяльності служби у справах дітей.\r\n",
    );
    let joint = mail(
        "joint.eml",
        "simia@example.gov.ua",
        "Tue, 11 Dec 2012 10:00:00 +0200",
        "joint@example.gov.ua",
        "І. Управління у справах сім'ї, молоді та спорту облдержадміністрації\r\n\
         п. 6 — проведено консультації з молодіжними громадськими організаціями.\r\n\r\n\
         ІІ. Служба у справах дітей облдержадміністрації\r\n\
         п. 9 — проведено громадське обговорення роботи служби.\r\n\
         п. 12 — проведено навчання посадових осіб служби.\r\n",
    );
    for f in [&own, &joint] {
        ok(&zvit(dir.path(), &["ingest", f.to_str().unwrap()]));
    }
    let export = ok(&zvit(dir.path(), &["export", "--format", "json", "--all"]));
    let v: serde_json::Value = serde_json::from_str(&export).unwrap();
    let find = |mid: &str, measure: u64| {
        v["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| {
                i["message_id"] == mid
                    && i["executor"] == "su-sluzhba-ditei"
                    && i["measure"].as_u64() == Some(measure)
            })
            .unwrap_or_else(|| panic!("{mid} measure {measure}: {export}"))
            .clone()
    };
    assert_eq!(
        find("<own@example.gov.ua>", 9)["superseded"],
        false,
        "{export}"
    );
    assert_eq!(
        find("<joint@example.gov.ua>", 9)["superseded"],
        true,
        "{export}"
    );
    assert_eq!(
        find("<joint@example.gov.ua>", 12)["superseded"],
        false,
        "{export}"
    );
}
