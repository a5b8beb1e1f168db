//! zvit ("звіт", report) turns a government office's report mailbox into an always-current
//! picture of how an action plan is carried out.
//!
//! # Layout
//!
//! The crate follows the pipeline of DESIGN.md, one module per stage:
//!
//! ```text
//! source ──► store raw ──► parse ──► extract ──► attribute ──► map ──► store items ──► report
//! (intake)   (store)      (parse)   (extract)   (attribute)   (map)    (store)         (report)
//!
//! schedule ──► respond / digest ──► compose ──► outbox (store) ──► transport (SMTP | files)
//! ```
//!
//! - [`config`]: `zvit.toml` and `plan.toml` → validated [`config::Config`] and [`plan::Plan`];
//!   every mistake with file and line. Reads files only in [`config::load`].
//! - [`plan`]: the plan's rules: periods from receive times, who owes what. Pure.
//! - [`parse`]: raw bytes → [`parse::ParsedMessage`]: kind (report, auto-reply, bounce, …),
//!   the writer's own text without quotes, forwarded text, attachments. Pure.
//! - [`extract`]: attachment bytes → text and tables, or a [`reason::Reason`]. The format is
//!   sniffed from content. Pure.
//! - [`ocr`]: scans and photos read by Tesseract and pdftoppm (programs, time-limited, on
//!   blocking threads); the text is cached by content hash in the store. I/O at the edge; the
//!   pipeline only looks texts up through [`ocr::ScanTexts`].
//! - [`attribute`]: sender → executor, by address or by name in any inflected form. Pure.
//! - [`map`]: text segments → measures with a confidence. Pure.
//! - [`compose`]: receipts, reminders and notices from the admins' templates, built with lettre. Pure.
//! - [`pipeline`]: parse → extract → attribute → map for one message. Pure.
//! - [`text`]: charset detection, stems, HTML, reply quotes — helpers of the pure stages.
//! - [`reason`]: stable reason codes with Ukrainian texts.
//! - [`store`]: SQLite (WAL, migrations): raw messages, analyses, items, the outbox, people's
//!   decisions, OCR texts by file hash; `Store::batch` commits many writes at once. I/O.
//! - [`intake`]: .eml files and Maildir folders into the store, then analysis. I/O.
//! - [`imap`]: the IMAP mailbox: connect (TLS, STARTTLS), fetch by UID, IDLE, flag/move. I/O.
//! - [`bench`]: `zvit bench`: end-to-end ingest (Maildir, and IMAP with `--imap`) beside the
//!   readers alone on the same generated mail; RSS sampled over the run.
//! - [`chart`]: the digest's completeness chart (plotters, bundled Cyrillic font) as PNG. Pure.
//! - [`digest`]: the coordinators' digest of a period: figures, matrix, compiled text, review; .xlsx and .docx. Pure.
//! - [`respond`]: which receipts, notices and reminders a situation calls for. Pure.
//! - [`outbox`]: the outbox worker and transports (SMTP via lettre, .eml files); reminders queued. I/O.
//! - [`demo`]: `zvit demo`: the whole cycle on bundled sample mail, the clock stepped across 2012–2013.
//! - [`daemon`]: `zvit run`: intake, scheduler and outbox worker tasks; reconnects, signals,
//!   reload, health and the admin alert. I/O.
//! - [`report`]: status and exports (JSON, CSV, XLSX) from stored rows. Pure.
//! - [`intent`]: what a mail from an executor does (asks, invites, thanks, announces, promises)
//!   when it is not a report: such mail yields no items. Pure.
//! - [`sandbox`]: the format readers in a child process (zvit's own binary as a reader worker)
//!   with memory and time limits, behind [`extract::Reader`]. I/O at the edge.
//! - [`safe`]: text written by others made harmless for terminals, CSV, XML and shells. Pure.
//! - [`score`]: `zvit score`: recall, precision and attribution against mail with expected results. Pure.
//! - [`schedule`]: when reminders and overdue notices are due (working days, downtime). Pure.
//!
//! The binary (`src/main.rs`) parses the command line and calls these.

pub mod attribute;
pub mod bench;
pub mod chart;
pub mod compose;
pub mod config;
pub mod correct;
pub mod daemon;
pub mod demo;
pub mod digest;
pub mod extract;
pub mod imap;
pub mod intake;
pub mod intent;
pub mod map;
pub mod ocr;
pub mod outbox;
pub mod parse;
pub mod pipeline;
pub mod plan;
pub mod reason;
pub mod report;
pub mod respond;
pub mod safe;
pub mod sandbox;
pub mod schedule;
pub mod score;
pub mod store;
pub mod text;
pub mod web;

/// The clock, passed in: the system clock, or a fixed instant (`--now`, tests).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    System,
    Fixed(jiff::Timestamp),
}

impl Clock {
    pub fn now(&self) -> jiff::Timestamp {
        match self {
            Clock::System => jiff::Timestamp::now(),
            Clock::Fixed(t) => *t,
        }
    }
}
