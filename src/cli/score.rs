//! `zvit score DIR… [--verbose] [--sweep]`: recognition scored against mail with expected
//! results.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, Result};
use zvit::analysis::pipeline::Context;

use super::env::Env;

pub fn run(
    env: Env,
    dirs: &[PathBuf],
    verbose: bool,
    items: bool,
    sweep: bool,
) -> Result<ExitCode> {
    let Env {
        config, plan, ctx, ..
    } = env;
    score(&ctx, dirs, verbose, items)?;
    if sweep {
        println!("threshold sweep ([mapping] min_confidence; mails without expectations skipped)");
        for t in (30..=80).step_by(5) {
            let mut c = Context::from_config(&config, plan.clone());
            c.reader = ctx.reader.clone();
            c.mapper.min_confidence = f64::from(t) / 100.0;
            let mut line = format!("  {:.2}", c.mapper.min_confidence);
            for dir in dirs {
                let s = score_dir(&c, dir)?;
                line.push_str(&format!(
                    "  {}: recall {:.3} precision {:.3}",
                    dir.display(),
                    s.all.recall(),
                    s.all.precision()
                ));
            }
            println!("{line}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `zvit score DIR…`: each folder's .eml files analysed as at intake and compared with their
/// .expected.json (see `zvit::analysis::score`).
fn score(ctx: &Context, dirs: &[PathBuf], verbose: bool, items: bool) -> Result<()> {
    for dir in dirs {
        let score = score_dir(ctx, dir)?;
        print!("{}", score.table(&format!("corpus {}", dir.display())));
        if verbose {
            for m in &score.misses {
                let fmt = |keys: &[zvit::analysis::score::Key]| {
                    keys.iter()
                        .map(|(e, p, m)| {
                            format!("{e}/{}/{m}", p.map_or("-".into(), |p| p.to_string()))
                        })
                        .collect::<Vec<_>>()
                        .join(" ")
                };
                println!(
                    "  {} [{}]: executor {:?} → {:?}; missed {}; extra {}",
                    m.name,
                    m.class,
                    m.executor.0,
                    m.executor.1,
                    fmt(&m.missed),
                    fmt(&m.extra)
                );
                if items {
                    for line in &m.items {
                        println!("      {}", zvit::outgoing::safe::line(line));
                    }
                }
            }
        }
    }
    Ok(())
}

/// One folder's .eml files with an .expected.json beside them, analysed and scored.
fn score_dir(ctx: &Context, dir: &Path) -> Result<zvit::analysis::score::Score> {
    let mut emls: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "eml"))
        .collect();
    emls.sort();
    let mut score = zvit::analysis::score::Score::default();
    for eml in &emls {
        let exp_path = eml.with_extension("expected.json");
        let Ok(text) = std::fs::read_to_string(&exp_path) else {
            continue;
        };
        let exp: serde_json::Value = serde_json::from_str(&text)
            .with_context(|| format!("reading {}", exp_path.display()))?;
        let raw = std::fs::read(eml).with_context(|| format!("reading {}", eml.display()))?;
        let received = zvit::analysis::parse::envelope(&raw)
            .header_time
            .unwrap_or(jiff::Timestamp::UNIX_EPOCH);
        let analysis = zvit::analysis::pipeline::process(ctx, &raw, received);
        let name = eml.file_stem().unwrap_or_default().to_string_lossy();
        let expected = zvit::analysis::score::Expected::from_json(&exp, "-");
        score.add(&name, &expected, &analysis);
    }
    Ok(score)
}
