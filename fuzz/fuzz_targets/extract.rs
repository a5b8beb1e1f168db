//! The attachment readers (sniffing, zip checks, xlsx/xls/ods via calamine, docx/odt, doc,
//! pdf, rtf, csv, html) on arbitrary bytes. Seeded from the fixtures' attachments.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(
    // libfuzzer-sys aborts on every panic, even one zvit catches: readers that may panic on
    // hostile input (calamine, pdf-extract) run under `catch_unwind` by design. A quiet hook
    // lets those unwind; a panic that escapes zvit still aborts (libfuzzer-sys catches it at
    // the target's edge), and that is the bug the fuzzer looks for.
    init: std::panic::set_hook(Box::new(|_| {})),
    |data: &[u8]| {
        let limits = zvit::config::Limits::default();
        for ex in zvit::analysis::extract::extract("fuzz.bin", data, &limits) {
            if let Ok(content) = ex.result {
                // What the mapper sees next.
                let _ = zvit::analysis::map::segment_text(&content.text);
                for t in &content.tables {
                    let _ = zvit::analysis::map::segment_table(t);
                }
            }
        }
    }
);
