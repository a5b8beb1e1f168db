//! `zvit export --format json|csv|xlsx [--period N] [--all] [-o FILE]`.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context as _, Result};
use zvit::outgoing::report;

use super::args::ExportFormat;
use super::env::Env;

pub fn run(
    env: Env,
    format: ExportFormat,
    period: Option<u32>,
    all: bool,
    output: Option<&Path>,
) -> Result<ExitCode> {
    let Env { plan, store, .. } = env;
    let items = store.items()?;
    let messages = store.messages()?;
    let mut export = report::build_export(&plan, &items, &messages, period, all);
    let mut with_parts = Vec::new();
    for m in &messages {
        if period.is_none() || m.period == period {
            with_parts.push((m.clone(), store.parts(m.id)?));
        }
    }
    report::add_part_reviews(&mut export, &with_parts);
    let bytes = match format {
        ExportFormat::Json => {
            let mut s = serde_json::to_string_pretty(&export)?;
            s.push('\n');
            s.into_bytes()
        }
        ExportFormat::Csv => report::export_csv(&export),
        ExportFormat::Xlsx => report::export_xlsx(&export).context("writing the workbook")?,
    };
    match output {
        Some(path) => {
            std::fs::write(path, bytes).with_context(|| format!("writing {}", path.display()))?
        }
        None => std::io::stdout().write_all(&bytes)?,
    }
    Ok(ExitCode::SUCCESS)
}
