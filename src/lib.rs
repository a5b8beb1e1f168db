//! zvit ("звіт", report) turns a government office's report mailbox into an always-current
//! picture of how an action plan is carried out.
//!
//! # Layout
//!
//! The crate follows the data, in three wings (see ARCHITECTURE.md):
//!
//! ```text
//! edge: maildir, imap ──► store raw ──► analysis: parse ──► extract ──► attribute ──► map
//!                                                   (pipeline)                         │
//! edge: store items ◄──────────────────────────────────────────────────────────────────┘
//!
//! outgoing: schedule ──► respond / digest ──► compose ──► edge: outbox (store) ──► transport
//! ```
//!
//! - [`analysis`]: the pure wing — [`analysis::parse`] (raw bytes → kind, own text, forwards,
//!   attachments), [`analysis::text`] (charsets, stems, HTML, reply quotes),
//!   [`analysis::extract`] (attachments → text and tables, or a reason; format sniffed from
//!   content), [`analysis::attribute`] (sender → executor), [`analysis::map`] (segments →
//!   measures), [`analysis::intent`] (mail that is not a report), [`analysis::plan`] (periods,
//!   who owes what), [`analysis::reason`] (stable codes with Ukrainian texts),
//!   [`analysis::pipeline`] (the whole analysis of one message), [`analysis::scan`] (scans as
//!   the pipeline sees them), [`analysis::score`] (`zvit score`), and typed state:
//!   [`analysis::message_id`], [`analysis::decision`], [`analysis::sender_auth`]. No I/O, no
//!   clock.
//! - [`outgoing`]: what zvit says and when — [`outgoing::report`] (status, exports),
//!   [`outgoing::review`] (which messages need a person), [`outgoing::schedule`] (when
//!   reminders are due), [`outgoing::respond`] (which answers a
//!   situation calls for), [`outgoing::digest`] and [`outgoing::chart`] (the coordinators'
//!   digest), [`outgoing::compose`] (mail from the admins' templates), [`outgoing::safe`]
//!   (text written by others made harmless), [`outgoing::records`] (the rows it reads and the
//!   mails it queues, which the store keeps). Pure.
//! - [`edge`]: I/O — [`edge::maildir`] (.eml files and Maildir folders), [`edge::imap`],
//!   [`edge::ocr`] (Tesseract and pdftoppm), [`edge::sandbox`] (reader workers),
//!   [`edge::store`] (SQLite), [`edge::outbox`] (SMTP and file transports),
//!   [`edge::daemon`] (`zvit run`), [`edge::fault`] (fault injection for the crash tests).
//! - [`service`]: what joins the wings around the store — [`service::analyse`] (stored
//!   messages → analyses and the answers decided with them; every way into analysis uses it;
//!   files stored and analysed batch by batch), [`service::answers`] (the automatic answers
//!   an analysis calls for), [`service::pool`] (threads whose answers come back in order),
//!   [`service::queue`] (which reminders and digests are due, put in the outbox),
//!   [`service::decide`] (people's decisions, learned addresses).
//! - [`web`]: the coordinators' desk (axum) — [`web::auth`] (users, sessions), the pages,
//!   [`web::admin`] (deadlines).
//! - [`config`]: `zvit.toml` and `plan.toml` → validated [`config::Config`] and
//!   [`analysis::plan::Plan`]; every mistake with file and line. Reads files only in
//!   [`config::load`].
//! - [`bench`]: `zvit bench`; [`demo`]: `zvit demo`.
//!
//! The binary (`src/main.rs`) parses the command line and calls these.

pub mod analysis;
pub mod bench;
pub mod config;
pub mod demo;
pub mod edge;
pub mod outgoing;
pub mod service;
pub mod web;

/// The clock, passed in: the system clock, or a fixed instant (`--now`, tests).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    System,
    Fixed(jiff::Timestamp),
    /// `start`, moved on by the tokio time passed since `origin`: under a paused tokio clock
    /// (a test of the daemon's timing) the wall clock advances exactly as the test advances it.
    Tokio {
        start: jiff::Timestamp,
        origin: tokio::time::Instant,
    },
}

impl Clock {
    /// A clock at `start` that follows tokio's time from now on.
    pub fn following_tokio(start: jiff::Timestamp) -> Clock {
        Clock::Tokio {
            start,
            origin: tokio::time::Instant::now(),
        }
    }

    pub fn now(&self) -> jiff::Timestamp {
        match self {
            Clock::System => jiff::Timestamp::now(),
            Clock::Fixed(t) => *t,
            Clock::Tokio { start, origin } => start.checked_add(origin.elapsed()).unwrap_or(*start),
        }
    }
}
