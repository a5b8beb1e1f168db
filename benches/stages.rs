//! Criterion benchmarks of the pure stages, each on the same generated report mails that
//! `zvit bench` uses: parse (mail-parser and zvit's body handling), extract (the attachment
//! readers), and the whole pipeline (parse → extract → attribute → map). Run with
//! `cargo bench --bench stages`; `zvit bench` measures the end-to-end path with SQLite.

use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use zvit::analysis::pipeline::{self, Context};

fn context() -> Context {
    let config = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/zvit.toml");
    let (cfg, plan) = zvit::config::load(&config).expect("the shipped config loads");
    Context::from_config(&cfg, Arc::new(plan))
}

fn stages(c: &mut Criterion) {
    let ctx = context();
    let mails = zvit::bench::generate(&ctx.plan, 60);
    let received = "2012-12-10T08:00:00Z".parse().unwrap();
    let mut group = c.benchmark_group("stages (60 report mails)");
    group.throughput(Throughput::Elements(mails.len() as u64));
    group.bench_function("parse", |b| {
        b.iter(|| {
            for m in &mails {
                let _ = black_box(zvit::analysis::parse::parse(m));
            }
        })
    });
    let attachments: Vec<(String, Vec<u8>)> = mails
        .iter()
        .filter_map(|m| zvit::analysis::parse::parse(m).ok())
        .flat_map(|p| p.attachments.into_iter().map(|a| (a.name, a.data)))
        .collect();
    group.bench_function("extract", |b| {
        b.iter(|| {
            for (name, data) in &attachments {
                black_box(zvit::analysis::extract::extract(name, data, &ctx.limits));
            }
        })
    });
    group.bench_function("pipeline", |b| {
        b.iter(|| {
            for m in &mails {
                black_box(pipeline::process(&ctx, m, received));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
