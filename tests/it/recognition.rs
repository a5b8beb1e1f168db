//! Recognition on mail nobody here tuned to: `zvit score` over the fixtures and the
//! corpora of tests/corpus, each figure held to at least what it was when last measured
//! (README "Recognition quality"). A change to the method that loses recall or precision in
//! any class of any corpus, attributes a report to the wrong office, or takes items from
//! mail that is not a report fails here; a change that gains raises the floors below.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

/// (corpus, class) → (recall, precision, attribution, invented), as last measured. `all` is
/// the whole corpus.
const FLOORS: &[(&str, &str, f64, f64, f64, u32)] = &[
    ("tests/fixtures/mail", "all", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/hard", "bottom_post", 1.000, 1.000, 1.000, 0),
    (
        "tests/corpus/hard",
        "foreign_numbers",
        1.000,
        1.000,
        1.000,
        0,
    ),
    ("tests/corpus/hard", "mixed", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/hard", "not_report", 1.000, 1.000, 1.000, 0),
    (
        "tests/corpus/hard",
        "personal_address",
        1.000,
        1.000,
        1.000,
        0,
    ),
    ("tests/corpus/hard", "placeholder", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/hard", "prose", 0.962, 1.000, 1.000, 0),
    ("tests/corpus/hard", "ranges", 1.000, 1.000, 1.000, 0),
    (
        "tests/corpus/holdout",
        "bottom_post",
        1.000,
        1.000,
        1.000,
        0,
    ),
    (
        "tests/corpus/holdout",
        "foreign_numbers",
        1.000,
        1.000,
        1.000,
        0,
    ),
    ("tests/corpus/holdout", "mixed", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/holdout", "not_report", 1.000, 1.000, 1.000, 0),
    (
        "tests/corpus/holdout",
        "personal_address",
        1.000,
        1.000,
        1.000,
        0,
    ),
    (
        "tests/corpus/holdout",
        "placeholder",
        1.000,
        1.000,
        1.000,
        0,
    ),
    ("tests/corpus/holdout", "prose", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/holdout", "ranges", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/fresh", "bottom_post", 1.000, 1.000, 1.000, 0),
    (
        "tests/corpus/fresh",
        "foreign_numbers",
        1.000,
        1.000,
        1.000,
        0,
    ),
    ("tests/corpus/fresh", "mixed", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/fresh", "not_report", 1.000, 1.000, 1.000, 0),
    (
        "tests/corpus/fresh",
        "personal_address",
        1.000,
        1.000,
        1.000,
        0,
    ),
    ("tests/corpus/fresh", "placeholder", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/fresh", "prose", 0.963, 1.000, 1.000, 0),
    ("tests/corpus/fresh", "ranges", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/blind", "bottom_post", 1.000, 1.000, 1.000, 0),
    (
        "tests/corpus/blind",
        "foreign_numbers",
        1.000,
        1.000,
        1.000,
        0,
    ),
    ("tests/corpus/blind", "mixed", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/blind", "not_report", 1.000, 1.000, 1.000, 0),
    (
        "tests/corpus/blind",
        "personal_address",
        0.875,
        1.000,
        1.000,
        0,
    ),
    ("tests/corpus/blind", "placeholder", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/blind", "prose", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/blind", "ranges", 1.000, 1.000, 1.000, 0),
    (
        "tests/corpus/replies",
        "bottom_post",
        1.000,
        1.000,
        1.000,
        0,
    ),
    (
        "tests/corpus/replies",
        "personal_address",
        1.000,
        0.966,
        1.000,
        0,
    ),
    ("tests/corpus/replies", "ranges", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/letters", "prose", 1.000, 0.945, 1.000, 0),
    (
        "tests/corpus/offices",
        "personal_address",
        0.985,
        1.000,
        1.000,
        0,
    ),
    ("tests/corpus/offices", "prose", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/offices", "ranges", 1.000, 1.000, 1.000, 0),
    (
        "tests/corpus/senders",
        "personal_address",
        1.000,
        0.985,
        1.000,
        0,
    ),
    ("tests/corpus/tables", "doc_table", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/tables", "sheet", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/attached", "covering", 1.000, 1.000, 1.000, 0),
    (
        "tests/corpus/attached",
        "pdf_letter",
        1.000,
        1.000,
        1.000,
        0,
    ),
    ("tests/corpus/quoted", "bottom_post", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/below", "bottom_post", 1.000, 1.000, 1.000, 0),
    (
        "tests/corpus/private",
        "personal_address",
        0.981,
        0.962,
        1.000,
        0,
    ),
    ("tests/corpus/private", "prose", 0.977, 0.933, 1.000, 0),
    ("tests/corpus/sealed", "bottom_post", 1.000, 1.000, 1.000, 0),
    (
        "tests/corpus/sealed",
        "foreign_numbers",
        1.000,
        1.000,
        1.000,
        0,
    ),
    ("tests/corpus/sealed", "mixed", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/sealed", "not_report", 1.000, 1.000, 1.000, 0),
    (
        "tests/corpus/sealed",
        "personal_address",
        1.000,
        1.000,
        1.000,
        0,
    ),
    ("tests/corpus/sealed", "placeholder", 0.958, 1.000, 1.000, 0),
    ("tests/corpus/sealed", "prose", 0.950, 0.905, 1.000, 0),
    ("tests/corpus/sealed", "ranges", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/exam", "bottom_post", 1.000, 1.000, 1.000, 0),
    (
        "tests/corpus/exam",
        "foreign_numbers",
        1.000,
        1.000,
        1.000,
        0,
    ),
    ("tests/corpus/exam", "mixed", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/exam", "not_report", 1.000, 1.000, 1.000, 0),
    (
        "tests/corpus/exam",
        "personal_address",
        1.000,
        1.000,
        1.000,
        0,
    ),
    ("tests/corpus/exam", "placeholder", 0.950, 1.000, 1.000, 0),
    ("tests/corpus/exam", "prose", 0.905, 1.000, 1.000, 0),
    ("tests/corpus/exam", "ranges", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/trial", "bottom_post", 1.000, 1.000, 1.000, 0),
    (
        "tests/corpus/trial",
        "foreign_numbers",
        1.000,
        1.000,
        1.000,
        0,
    ),
    ("tests/corpus/trial", "mixed", 0.947, 0.947, 1.000, 0),
    ("tests/corpus/trial", "not_report", 1.000, 1.000, 1.000, 0),
    (
        "tests/corpus/trial",
        "personal_address",
        1.000,
        1.000,
        1.000,
        0,
    ),
    ("tests/corpus/trial", "placeholder", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/trial", "prose", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/trial", "ranges", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/assay", "bottom_post", 1.000, 1.000, 1.000, 0),
    (
        "tests/corpus/assay",
        "foreign_numbers",
        1.000,
        1.000,
        1.000,
        0,
    ),
    ("tests/corpus/assay", "mixed", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/assay", "not_report", 1.000, 1.000, 1.000, 0),
    (
        "tests/corpus/assay",
        "personal_address",
        1.000,
        1.000,
        1.000,
        0,
    ),
    ("tests/corpus/assay", "placeholder", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/assay", "prose", 0.958, 1.000, 1.000, 0),
    ("tests/corpus/assay", "ranges", 1.000, 1.000, 1.000, 0),
    (
        "tests/corpus/verdict",
        "bottom_post",
        1.000,
        1.000,
        1.000,
        0,
    ),
    (
        "tests/corpus/verdict",
        "foreign_numbers",
        0.933,
        1.000,
        1.000,
        0,
    ),
    ("tests/corpus/verdict", "mixed", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/verdict", "not_report", 1.000, 1.000, 1.000, 0),
    (
        "tests/corpus/verdict",
        "personal_address",
        0.950,
        1.000,
        1.000,
        0,
    ),
    (
        "tests/corpus/verdict",
        "placeholder",
        1.000,
        1.000,
        1.000,
        0,
    ),
    ("tests/corpus/verdict", "prose", 0.905, 0.950, 1.000, 0),
    ("tests/corpus/verdict", "ranges", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/census", "bottom_post", 1.000, 1.000, 1.000, 0),
    (
        "tests/corpus/census",
        "foreign_numbers",
        0.944,
        1.000,
        1.000,
        0,
    ),
    ("tests/corpus/census", "mixed", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/census", "not_report", 1.000, 1.000, 1.000, 0),
    (
        "tests/corpus/census",
        "personal_address",
        0.882,
        1.000,
        1.000,
        0,
    ),
    ("tests/corpus/census", "placeholder", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/census", "prose", 0.958, 1.000, 1.000, 0),
    ("tests/corpus/census", "ranges", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/docket", "bottom_post", 1.000, 1.000, 1.000, 0),
    (
        "tests/corpus/docket",
        "foreign_numbers",
        1.000,
        1.000,
        1.000,
        0,
    ),
    ("tests/corpus/docket", "mixed", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/docket", "not_report", 1.000, 1.000, 1.000, 0),
    (
        "tests/corpus/docket",
        "personal_address",
        0.857,
        1.000,
        1.000,
        0,
    ),
    ("tests/corpus/docket", "placeholder", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/docket", "prose", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/docket", "ranges", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/ledger", "bottom_post", 1.000, 0.909, 1.000, 0),
    (
        "tests/corpus/ledger",
        "foreign_numbers",
        0.833,
        0.938,
        1.000,
        0,
    ),
    ("tests/corpus/ledger", "mixed", 0.917, 1.000, 1.000, 0),
    ("tests/corpus/ledger", "not_report", 1.000, 1.000, 1.000, 0),
    (
        "tests/corpus/ledger",
        "personal_address",
        0.800,
        0.889,
        1.000,
        0,
    ),
    ("tests/corpus/ledger", "placeholder", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/ledger", "prose", 0.778, 0.933, 1.000, 0),
    ("tests/corpus/ledger", "ranges", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/roster", "bottom_post", 1.000, 0.929, 1.000, 0),
    (
        "tests/corpus/roster",
        "foreign_numbers",
        1.000,
        1.000,
        1.000,
        0,
    ),
    ("tests/corpus/roster", "mixed", 0.950, 1.000, 1.000, 0),
    ("tests/corpus/roster", "not_report", 1.000, 1.000, 1.000, 0),
    (
        "tests/corpus/roster",
        "personal_address",
        1.000,
        0.941,
        1.000,
        0,
    ),
    ("tests/corpus/roster", "placeholder", 0.933, 0.933, 1.000, 0),
    ("tests/corpus/roster", "prose", 0.952, 0.909, 1.000, 0),
    ("tests/corpus/roster", "ranges", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/tally", "bottom_post", 0.917, 1.000, 1.000, 0),
    (
        "tests/corpus/tally",
        "foreign_numbers",
        1.000,
        1.000,
        1.000,
        0,
    ),
    ("tests/corpus/tally", "mixed", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/tally", "not_report", 1.000, 1.000, 1.000, 0),
    (
        "tests/corpus/tally",
        "personal_address",
        1.000,
        1.000,
        1.000,
        0,
    ),
    ("tests/corpus/tally", "placeholder", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/tally", "prose", 0.870, 1.000, 1.000, 0),
    ("tests/corpus/tally", "ranges", 1.000, 1.000, 1.000, 0),
    (
        "tests/corpus/dossier",
        "bottom_post",
        1.000,
        1.000,
        1.000,
        0,
    ),
    (
        "tests/corpus/dossier",
        "foreign_numbers",
        0.958,
        1.000,
        1.000,
        0,
    ),
    ("tests/corpus/dossier", "mixed", 0.875, 1.000, 1.000, 0),
    ("tests/corpus/dossier", "not_report", 1.000, 1.000, 1.000, 0),
    (
        "tests/corpus/dossier",
        "personal_address",
        1.000,
        0.938,
        1.000,
        0,
    ),
    (
        "tests/corpus/dossier",
        "placeholder",
        1.000,
        1.000,
        1.000,
        0,
    ),
    ("tests/corpus/dossier", "prose", 0.867, 0.812, 1.000, 0),
    ("tests/corpus/dossier", "ranges", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/folio", "bottom_post", 1.000, 1.000, 1.000, 0),
    (
        "tests/corpus/folio",
        "foreign_numbers",
        1.000,
        0.895,
        1.000,
        0,
    ),
    ("tests/corpus/folio", "mixed", 0.900, 0.947, 1.000, 0),
    ("tests/corpus/folio", "not_report", 1.000, 1.000, 1.000, 0),
    (
        "tests/corpus/folio",
        "personal_address",
        0.944,
        1.000,
        1.000,
        0,
    ),
    ("tests/corpus/folio", "placeholder", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/folio", "prose", 0.900, 1.000, 1.000, 0),
    ("tests/corpus/folio", "ranges", 0.972, 1.000, 1.000, 0),
    (
        "tests/corpus/missive",
        "bottom_post",
        1.000,
        0.812,
        1.000,
        0,
    ),
    (
        "tests/corpus/missive",
        "foreign_numbers",
        0.923,
        0.857,
        1.000,
        0,
    ),
    ("tests/corpus/missive", "mixed", 1.000, 1.000, 1.000, 0),
    ("tests/corpus/missive", "not_report", 1.000, 1.000, 1.000, 0),
    (
        "tests/corpus/missive",
        "personal_address",
        1.000,
        0.929,
        1.000,
        0,
    ),
    (
        "tests/corpus/missive",
        "placeholder",
        1.000,
        0.929,
        1.000,
        0,
    ),
    ("tests/corpus/missive", "prose", 0.933, 0.875, 1.000, 0),
    ("tests/corpus/missive", "ranges", 1.000, 1.000, 1.000, 0),
];

#[test]
fn every_class_of_every_corpus_keeps_its_recognition_figures() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut corpora: Vec<&str> = FLOORS.iter().map(|f| f.0).collect();
    corpora.dedup();
    let out = Command::new(env!("CARGO_BIN_EXE_zvit"))
        .current_dir(root)
        .args(["--config", "config/zvit.toml", "score"])
        .args(&corpora)
        .output()
        .expect("zvit score runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "zvit score failed: {text}");

    // "corpus DIR" starts a table; its rows are: class mails expected recall precision
    // attribution invented.
    let mut measured: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    let mut corpus = String::new();
    for line in text.lines() {
        if let Some(dir) = line.strip_prefix("corpus ") {
            corpus = dir.trim().to_string();
            continue;
        }
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.len() == 7 && cols[1].parse::<u32>().is_ok() {
            measured.insert(
                (corpus.clone(), cols[0].to_string()),
                cols.iter().map(|s| s.to_string()).collect(),
            );
        }
    }
    let num = |s: &str| s.parse::<f64>().unwrap_or(1.0); // "-" where nothing was expected
    let mut worse = Vec::new();
    for &(corpus, class, recall, precision, attribution, invented) in FLOORS {
        let Some(row) = measured.get(&(corpus.to_string(), class.to_string())) else {
            worse.push(format!("{corpus} {class}: no figures in the output"));
            continue;
        };
        let (r, p, a) = (num(&row[3]), num(&row[4]), num(&row[5]));
        let i: u32 = row[6].parse().unwrap();
        if r + 0.0005 < recall || p + 0.0005 < precision || a + 0.0005 < attribution || i > invented
        {
            worse.push(format!(
                "{corpus} {class}: recall {r:.3} (was {recall:.3}), precision {p:.3} (was \
                 {precision:.3}), attribution {a:.3} (was {attribution:.3}), invented {i} (was {invented})"
            ));
        }
    }
    assert!(
        worse.is_empty(),
        "recognition got worse:\n{}",
        worse.join("\n")
    );
}
