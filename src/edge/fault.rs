//! Fault injection for the crash tests, compiled into debug builds only: a message whose raw
//! bytes contain the marker set in `ZVIT_FAULT_ABORT` aborts the process before its analysis,
//! and an attachment whose bytes contain the marker in `ZVIT_FAULT_READER_ABORT` aborts the
//! reader worker, as an allocation failure inside a reader would.

/// Aborts when `bytes` contain the marker set in the environment variable `var` (debug
/// builds only; release builds ignore it).
pub fn abort_if_marked(var: &str, bytes: &[u8]) {
    #[cfg(debug_assertions)]
    if marked(var, bytes) {
        std::process::abort();
    }
    #[cfg(not(debug_assertions))]
    let _ = (var, bytes);
}

/// The faults of a reader worker: `ZVIT_FAULT_READER_ABORT` aborts,
/// `ZVIT_FAULT_READER_HANG` never answers, `ZVIT_FAULT_READER_ALLOC` allocates without
/// end (debug builds only).
pub fn reader_faults(bytes: &[u8]) {
    abort_if_marked("ZVIT_FAULT_READER_ABORT", bytes);
    #[cfg(debug_assertions)]
    {
        if marked("ZVIT_FAULT_READER_HANG", bytes) {
            loop {
                std::thread::park();
            }
        }
        if marked("ZVIT_FAULT_READER_ALLOC", bytes) {
            let mut hog: Vec<Vec<u8>> = Vec::new();
            loop {
                hog.push(vec![1; 64 << 20]);
            }
        }
    }
}

#[cfg(debug_assertions)]
fn marked(var: &str, bytes: &[u8]) -> bool {
    std::env::var_os(var).is_some_and(|marker| {
        !marker.is_empty()
            && bytes
                .windows(marker.len())
                .any(|w| w == marker.as_encoded_bytes())
    })
}
