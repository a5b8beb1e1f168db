//! The limits that protect the readers (and the daemon) from hostile or broken input: the
//! extract stage's own settings, built by `config` from `[limits]`. Pure data.

use serde::Deserialize;

/// Limits that protect the daemon from hostile or broken attachments.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Limits {
    /// Larger messages are stored but not opened.
    pub max_message_bytes: usize,
    /// Larger attachments are recorded as "too large" and not read.
    pub max_attachment_bytes: usize,
    /// Sum of uncompressed sizes in a zip-based file (xlsx, docx, odt, ods, zip).
    pub max_unzipped_bytes: u64,
    /// Uncompressed / compressed size above which a zip-based file is taken for a zip bomb.
    pub max_zip_ratio: u64,
    /// Rows read per sheet; the rest is recorded as cut.
    pub max_rows: usize,
    /// Cells read per workbook (columns beyond the 200th are never read); the rest is cut.
    pub max_cells: usize,
    /// Pages read per PDF.
    pub max_pdf_pages: usize,
    /// Bytes the streams of one PDF (page contents, forms, fonts; not images) may inflate to
    /// in all; a PDF beyond it is recorded as too large and not read.
    pub max_pdf_inflated_bytes: u64,
    /// Read spreadsheets, documents, PDFs and archives in a child process (`crate::edge::sandbox`),
    /// so that an abort or a runaway reader costs one attachment, not the daemon.
    pub isolate_readers: bool,
    /// Address space of that child process, in MiB: a reader that needs more is stopped and
    /// the attachment recorded as `reader_crashed`.
    pub reader_memory_mb: u64,
    /// Wall-clock time for reading one attachment, in seconds; after it the child process is
    /// killed and the attachment recorded as `too_slow`.
    pub reader_timeout_secs: u64,
    /// Wall-clock time for reading all the attachments of one message, in seconds; what is
    /// left unread when it runs out is recorded as `too_slow`.
    pub reader_message_secs: u64,
    /// Attachments read per message (zip members and pictures count); the rest are `cut`.
    pub max_attachments: usize,
    /// Characters of text analysed per message (body and attachments); parts beyond are `cut`.
    pub max_text_chars: usize,
    /// Report items kept per message; the text beyond is `cut`.
    pub max_items: usize,
    /// Threads that analyse messages side by side (parse, read, attribute, map); one writer
    /// saves their results in stored order. 0: one per core of the machine
    /// (`crate::service::analyse::threads`).
    pub analysis_threads: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_message_bytes: 50 * 1024 * 1024,
            max_attachment_bytes: 25 * 1024 * 1024,
            max_unzipped_bytes: 200 * 1024 * 1024,
            max_zip_ratio: 200,
            max_rows: 20_000,
            max_cells: 1_000_000,
            max_pdf_pages: 200,
            max_pdf_inflated_bytes: 64 * 1024 * 1024,
            isolate_readers: true,
            reader_memory_mb: 1024,
            reader_timeout_secs: 60,
            reader_message_secs: 180,
            max_attachments: 100,
            max_text_chars: 2_000_000,
            max_items: 2_000,
            analysis_threads: 0,
        }
    }
}
