//! The mapper's unit tests: plain data in, items out (the plan of `plan::tests` or the
//! shipped `config/plan.toml`).

use super::place::*;
use super::*;
use crate::analysis::plan::tests::sample_plan;

mod layout;
mod numbers;
mod placeholders;
mod prose;
mod tables;

fn mapper() -> Mapper {
    Mapper::new(&sample_plan(), 0.5)
}

/// What a table gives: each segment's measure numbers and text.
fn numbers_and_texts(segs: &[Segment]) -> Vec<(Vec<u32>, &str)> {
    segs.iter()
        .map(|s| (s.numbers.clone(), s.text.as_str()))
        .collect()
}

/// A mapper of the plan zvit ships (config/plan.toml), keywords and all.
fn shipped_mapper() -> Mapper {
    let src = include_str!("../../../../config/plan.toml");
    let plan = crate::config::parse_plan(std::path::Path::new("plan.toml"), src).unwrap();
    Mapper::new(&plan, 0.5)
}

fn row(cells: &[&str]) -> Vec<String> {
    cells.iter().map(|c| c.to_string()).collect()
}

/// The measures a prose text is placed on with confidence, for an executor who owes `likely`.
fn placed_for(m: &Mapper, text: &str, likely: &[u32]) -> Vec<u32> {
    m.map_block_for(segment_text(text), likely)
        .into_iter()
        .filter(|o| o.confidence >= 0.5)
        .filter_map(|o| o.measure)
        .collect()
}

fn measures(out: &[Mapped]) -> Vec<Option<u32>> {
    out.iter().map(|x| x.measure).collect()
}
