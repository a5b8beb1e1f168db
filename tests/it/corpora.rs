//! Other projects' test files (../shared/corpora, or $ZVIT_CORPORA): real and deliberately
//! broken mail from mail-parser, and spreadsheets from calamine, including files that once
//! made readers allocate without bound. zvit must read each without panicking or hanging and
//! record a reason for what it cannot read. Ignored by a bare `cargo test` (it needs the data
//! beside the repository); tests/run.sh runs it, and it fails when the corpora are missing.

use std::path::{Path, PathBuf};

use zvit::config::Limits;

fn corpora() -> PathBuf {
    let dir = std::env::var_os("ZVIT_CORPORA")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora"));
    assert!(
        dir.is_dir(),
        "corpora not found at {} (set ZVIT_CORPORA)",
        dir.display()
    );
    dir
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            files(&p, out);
        } else if !p
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("LICENSE")
        {
            out.push(p);
        }
    }
}

#[test]
#[ignore = "needs ../shared/corpora; run by tests/run.sh"]
fn mail_corpus_parses_without_panic() {
    let (cfg, plan) =
        zvit::config::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("config/zvit.toml"))
            .unwrap();
    let ctx = zvit::analysis::pipeline::Context::from_config(&cfg, std::sync::Arc::new(plan));
    let mut list = Vec::new();
    files(&corpora().join("mail-parser-eml"), &mut list);
    assert!(list.len() > 50, "mail corpus too small: {}", list.len());
    let received = "2012-12-10T10:00:00Z".parse().unwrap();
    for p in &list {
        let raw = std::fs::read(p).unwrap();
        let a = zvit::analysis::pipeline::process(&ctx, &raw, received);
        // Every part that could not be read carries a reason with a human text.
        for part in &a.parts {
            if let Some(r) = &part.reason {
                assert!(!r.text().is_empty(), "{}: empty reason", p.display());
            }
        }
    }
    println!("mail corpus: {} messages, no panic", list.len());
}

#[test]
#[ignore = "needs ../shared/corpora; run by tests/run.sh"]
fn spreadsheet_corpus_reads_or_gives_a_reason() {
    let mut list = Vec::new();
    files(&corpora().join("calamine-tests"), &mut list);
    assert!(
        list.len() > 50,
        "spreadsheet corpus too small: {}",
        list.len()
    );
    let limits = Limits::default();
    let (mut read, mut refused) = (0, 0);
    for p in &list {
        let bytes = std::fs::read(p).unwrap();
        for ex in zvit::analysis::extract::extract(
            &p.file_name().unwrap().to_string_lossy(),
            &bytes,
            &limits,
        ) {
            match ex.result {
                Ok(_) => read += 1,
                Err(r) => {
                    assert!(!r.text().is_empty());
                    refused += 1;
                }
            }
        }
    }
    println!(
        "spreadsheet corpus: {} files, {read} read, {refused} with a recorded reason",
        list.len()
    );
}
