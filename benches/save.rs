//! The store's write path alone, measured in CPU time of this thread (the machine may be
//! shared, so wall-clock time would mostly measure the neighbours):
//!
//! - `store raw`: `edge::maildir::store_files` over a Maildir of generated report mails into a
//!   fresh database (read the file, its envelope, SHA-256, insert, move new/ → cur/);
//! - `save`: the analyses of those mails (computed beforehand) saved as the analysis service
//!   saves them with one analysis thread — each message's attempt begun and ended in its own
//!   commit, then the batch of 32 analyses in one commit;
//! - `analyse`: `service::analyse::analyse_pending` over the stored mails (pipeline and save),
//!   beside `pipeline`: the pure pipeline alone over the same mails, and `readers`: the readers
//!   alone (`zvit::bench::raw_pass`, the baseline of `zvit bench`'s ratio).
//!
//! `analyse` and `pipeline` each start from a fresh context, as a daemon starts and as
//! `zvit bench` measures: the mapper caches scores per text, and these generated mails repeat
//! their texts, so a context warmed by the mails before would measure mostly the cache.
//!
//! Run with `cargo bench --bench save [-- MAILS ROUNDS]` (default 1000 mails, 5 rounds); it
//! prints each figure's median in milliseconds of CPU time.

use std::path::Path;
use std::sync::Arc;

use zvit::analysis::pipeline::{self, Context};
use zvit::edge::maildir;
use zvit::edge::store::Store;
use zvit::service::analyse;

/// User + system CPU time of the calling thread, in milliseconds.
fn cpu_ms() -> f64 {
    // SAFETY: getrusage only writes the struct it is given.
    let mut u: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_THREAD, &mut u) };
    let ms = |t: libc::timeval| t.tv_sec as f64 * 1e3 + t.tv_usec as f64 / 1e3;
    ms(u.ru_utime) + ms(u.ru_stime)
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let n = args.first().copied().unwrap_or(1000);
    let rounds = args.get(1).copied().unwrap_or(5);
    let config = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/zvit.toml");
    let (mut cfg, plan) = zvit::config::load(&config).expect("the shipped config loads");
    cfg.limits.analysis_threads = 1;
    let plan = Arc::new(plan);
    let cold = || Context::from_config(&cfg, plan.clone());
    let ctx = cold();
    let mails = zvit::bench::generate(&ctx.plan, n);
    let now: jiff::Timestamp = "2012-12-10T08:00:00Z".parse().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (mut raw, mut save, mut whole, mut pure, mut readers) =
        (vec![], vec![], vec![], vec![], vec![]);
    for round in 0..rounds {
        let maildir = dir.path().join(format!("inbox{round}"));
        for sub in ["cur", "new", "tmp"] {
            std::fs::create_dir_all(maildir.join(sub)).unwrap();
        }
        for (i, m) in mails.iter().enumerate() {
            std::fs::write(maildir.join("new").join(format!("{i:06}.bench")), m).unwrap();
        }
        let mut store = Store::open(&dir.path().join(format!("db{round}.sqlite"))).unwrap();
        let t = cpu_ms();
        let found = maildir::collect(&[maildir]).unwrap();
        let stored = maildir::store_files(&mut store, &found, now);
        raw.push(cpu_ms() - t);
        assert_eq!(stored.len(), n);

        // The analyses, computed outside the measurement.
        let ids = store.all_message_ids().unwrap();
        let analyses: Vec<_> = ids
            .iter()
            .map(|&id| {
                let m = store.stored_message(id).unwrap().unwrap();
                (id, pipeline::process(&ctx, &m.raw, m.received))
            })
            .collect();
        let t = cpu_ms();
        for chunk in analyses.chunks(32) {
            for (id, _) in chunk {
                store.begin_attempt(*id, now).unwrap();
                store.end_attempt(*id).unwrap();
            }
            store
                .batch(|s| {
                    for (id, a) in chunk {
                        s.save_analysis_and_queue(*id, a, &[], now)?;
                    }
                    Ok::<_, zvit::edge::store::StoreError>(())
                })
                .unwrap();
        }
        save.push(cpu_ms() - t);
        drop(analyses);

        // The service over the same messages in a second database.
        let mut again = Store::open(&dir.path().join(format!("again{round}.sqlite"))).unwrap();
        let maildir = dir.path().join(format!("again{round}"));
        for sub in ["cur", "new", "tmp"] {
            std::fs::create_dir_all(maildir.join(sub)).unwrap();
        }
        for (i, m) in mails.iter().enumerate() {
            std::fs::write(maildir.join("new").join(format!("{i:06}.bench")), m).unwrap();
        }
        let found = maildir::collect(&[maildir]).unwrap();
        maildir::store_files(&mut again, &found, now);
        let t = cpu_ms();
        let lines = analyse::analyse_pending(&mut again, &cold(), None, now).unwrap();
        whole.push(cpu_ms() - t);
        assert_eq!(lines.len(), n);
        let fresh = cold();
        let t = cpu_ms();
        for m in &mails {
            std::hint::black_box(pipeline::process(&fresh, m, now));
        }
        pure.push(cpu_ms() - t);
        let t = cpu_ms();
        std::hint::black_box(zvit::bench::raw_pass(&mails, &ctx.limits));
        readers.push(cpu_ms() - t);
        eprintln!(
            "round {round}: store raw {:.1} ms, save {:.1} ms, analyse {:.1} ms, pipeline {:.1} ms, readers {:.1} ms",
            raw[round], save[round], whole[round], pure[round], readers[round]
        );
    }
    println!(
        "{n} mails, {rounds} rounds, medians of CPU time: store raw {:.1} ms, save {:.1} ms, analyse {:.1} ms, pipeline {:.1} ms, readers {:.1} ms",
        median(&mut raw),
        median(&mut save),
        median(&mut whole),
        median(&mut pure),
        median(&mut readers)
    );
}
