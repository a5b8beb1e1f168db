//! The fixture corpus (tests/fixtures/mail, made by tests/fixtures/make.py with LibreOffice and
//! Python's `email`): every message, with LF and CRLF line ends, gives exactly its expected
//! kind, executor, period, items and part reasons.

use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock};

use serde_json::Value;
use zvit::analysis::pipeline::{self, Analysis, Context};
use zvit::config;

pub fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mail")
}

pub fn fixtures() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(fixture_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "eml"))
        .collect();
    v.sort();
    v
}

static CONTEXT: LazyLock<Context> = LazyLock::new(|| {
    let (cfg, plan) =
        config::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("config/zvit.toml")).unwrap();
    Context::from_config(&cfg, Arc::new(plan))
});

fn analyse(raw: &[u8]) -> Analysis {
    let ctx = &*CONTEXT;
    let env = zvit::analysis::parse::envelope(raw);
    pipeline::process(ctx, raw, env.header_time.expect("fixtures have a Date"))
}

/// The (measure, source) pairs an .expected.json lists under "items".
pub fn expected_items(exp: &Value) -> Vec<(Option<u32>, String)> {
    exp["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["measure"].as_u64().map(|m| m as u32),
                i["source"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// Compares one analysis with its expectation; returns the differences.
fn check(a: &Analysis, exp: &Value) -> Vec<String> {
    let mut diffs = Vec::new();
    let mut eq = |what: &str, got: Value, want: &Value| {
        if &got != want {
            diffs.push(format!("{what}: got {got}, expected {want}"));
        }
    };
    eq("kind", Value::from(a.kind.as_str()), &exp["kind"]);
    eq(
        "executor",
        a.attribution.as_ref().map(|x| x.executor.clone()).into(),
        &exp["executor"],
    );
    if let Some(reason) = exp.get("reason") {
        eq("reason", a.reason.as_ref().map(|r| r.code()).into(), reason);
    } else {
        eq(
            "reason",
            a.reason.as_ref().map(|r| r.code()).into(),
            &Value::Null,
        );
    }
    if let Some(p) = exp.get("period") {
        eq("period", a.period.into(), p);
        eq("late", a.late.into(), &exp["late"]);
    }
    let mut got: Vec<(Option<u32>, String)> = a
        .items
        .iter()
        .filter(|i| !i.not_applicable)
        .map(|i| (i.measure, i.source.clone()))
        .collect();
    let mut want = expected_items(exp);
    got.sort();
    want.sort();
    if got != want {
        let texts: Vec<String> = a
            .items
            .iter()
            .map(|i| {
                format!(
                    "{:?} {:.2} {}: {}",
                    i.measure,
                    i.confidence,
                    i.source,
                    i.text.chars().take(70).collect::<String>()
                )
            })
            .collect();
        diffs.push(format!(
            "items: got {got:?}, expected {want:?}\n    {}",
            texts.join("\n    ")
        ));
    }
    let na: Vec<u32> = a
        .items
        .iter()
        .filter(|i| i.not_applicable)
        .filter_map(|i| i.measure)
        .collect();
    let want_na: Vec<u32> = exp
        .get("not_applicable")
        .and_then(Value::as_array)
        .map(|v| v.iter().map(|n| n.as_u64().unwrap() as u32).collect())
        .unwrap_or_default();
    if na != want_na {
        diffs.push(format!("not applicable: got {na:?}, expected {want_na:?}"));
    }
    let parts = exp.get("parts").and_then(Value::as_object);
    for p in &a.parts {
        let want = parts.and_then(|m| m.get(&p.name)).and_then(Value::as_str);
        let got = p.reason.as_ref().map(|r| r.code());
        if got != want {
            diffs.push(format!(
                "part {}: reason {got:?}, expected {want:?}",
                p.name
            ));
        }
    }
    diffs
}

#[test]
fn every_fixture_gives_its_expected_items() {
    let files = fixtures();
    assert!(
        files.len() >= 30,
        "the fixture corpus is missing ({} files)",
        files.len()
    );
    let mut failures = Vec::new();
    for path in &files {
        let exp: Value =
            serde_json::from_slice(&std::fs::read(path.with_extension("expected.json")).unwrap())
                .unwrap();
        let raw = std::fs::read(path).unwrap();
        let crlf = String::from_utf8_lossy(&raw).contains("\r\n");
        // Each message as stored, and with the other line ending.
        let other: Vec<u8> = if crlf {
            raw.windows(2)
                .enumerate()
                .filter(|(_, w)| *w != b"\r\n")
                .map(|(i, _)| raw[i])
                .chain(raw.last().copied())
                .collect()
        } else {
            raw.iter()
                .flat_map(|&b| {
                    if b == b'\n' {
                        vec![b'\r', b'\n']
                    } else {
                        vec![b]
                    }
                })
                .collect()
        };
        for (label, bytes) in [("as made", &raw), ("other line ends", &other)] {
            let diffs = check(&analyse(bytes), &exp);
            if !diffs.is_empty() {
                failures.push(format!(
                    "{} ({label}):\n  {}",
                    path.file_name().unwrap().to_string_lossy(),
                    diffs.join("\n  ")
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} fixture(s) differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
