//! `zvit check-config`: both config files validated and every mail template rendered.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;
use zvit::config;

pub fn run(config_file: &Path) -> Result<ExitCode> {
    Ok(match config::load(config_file) {
        Ok((config, plan)) => {
            let problems = match zvit::outgoing::compose::Templates::load(&config.templates) {
                Ok(t) => t.check(&plan, &zvit::outgoing::digest::sample(&plan)),
                Err(e) => vec![e.to_string()],
            };
            if !problems.is_empty() {
                for p in problems {
                    eprintln!("{}: {p}", config.templates.display());
                }
                return Ok(ExitCode::from(2));
            }
            println!(
                "{}: ok ({} executors, {} measures, {} deadlines)",
                config_file.display(),
                plan.executors.len(),
                plan.measures.len(),
                plan.deadlines.len()
            );
            if let zvit::edge::ocr::Setup::Missing(why) =
                zvit::edge::ocr::Setup::probe(&config.ocr, false)
            {
                eprintln!(
                    "{}: warning: [ocr] is enabled but cannot run: {why}. Scans and photos will be \
                     recorded as \"needs OCR\" until it is installed (Debian: apt install tesseract-ocr \
                     tesseract-ocr-ukr tesseract-ocr-rus poppler-utils), or set [ocr] enabled = false.",
                    config_file.display()
                );
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(2)
        }
    })
}
