//! parse → extract → attribute → map on arbitrary bytes taken as a whole message.
//! Seeded from tests/fixtures (see fuzz/run.sh). Any panic is a bug: the pipeline must turn
//! every input into an analysis with reasons.
#![no_main]

use std::sync::{Arc, LazyLock};

use libfuzzer_sys::fuzz_target;
use zvit::analysis::pipeline::{self, Context};

static CONTEXT: LazyLock<Context> = LazyLock::new(|| {
    let config = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../config/zvit.toml");
    let (cfg, plan) = zvit::config::load(&config).expect("the shipped config loads");
    Context::from_config(&cfg, Arc::new(plan))
});

fuzz_target!(
    // libfuzzer-sys aborts on every panic, even one zvit catches: readers that may panic on
    // hostile input (calamine, pdf-extract) run under `catch_unwind` by design. A quiet hook
    // lets those unwind; a panic that escapes zvit still aborts (libfuzzer-sys catches it at
    // the target's edge), and that is the bug the fuzzer looks for.
    init: std::panic::set_hook(Box::new(|_| {})),
    |data: &[u8]| {
        let received = "2012-12-10T08:00:00Z".parse().unwrap();
        let _ = pipeline::process(&CONTEXT, data, received);
    }
);
