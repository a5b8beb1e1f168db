//! `zvit.toml` as written: its sections (serde, `deny_unknown_fields`) with their defaults.
//! The sections that need no checking beyond their types are used as they are (`ImapConfig`,
//! `SmtpConfig`, `Ocr`, …); the others are checked in `parse_config`.

use serde::Deserialize;
use toml::Spanned;

use super::*;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawConfig {
    pub(super) plan: Spanned<String>,
    pub(super) database: RawDatabase,
    pub(super) intake: RawIntake,
    pub(super) imap: Option<ImapConfig>,
    pub(super) outgoing: RawOutgoing,
    pub(super) smtp: Option<SmtpConfig>,
    #[serde(default)]
    pub(super) admin: RawAdmin,
    #[serde(default)]
    pub(super) reminders: RawReminders,
    #[serde(default)]
    pub(super) digest: RawDigest,
    #[serde(default)]
    pub(super) mapping: RawMapping,
    #[serde(default)]
    pub(super) limits: Limits,
    #[serde(default)]
    pub(super) ocr: Ocr,
    #[serde(default)]
    pub(super) sender_auth: SenderAuth,
    #[serde(default)]
    pub(super) calendar: RawCalendar,
    #[serde(default)]
    pub(super) receipts: ReceiptsToml,
    pub(super) web: Option<RawWeb>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDatabase {
    pub(super) path: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawIntake {
    pub(super) source: SourceKind,
    #[serde(default = "default_maildir")]
    pub(super) maildir: String,
    #[serde(default = "default_maildir_poll")]
    pub(super) poll_secs: u64,
    #[serde(default = "default_stale")]
    pub(super) stale_alert_secs: u64,
}

pub(super) fn default_maildir_poll() -> u64 {
    10
}
pub(super) fn default_stale() -> u64 {
    3600
}

pub(super) fn default_maildir() -> String {
    "../var/inbox".into()
}

/// How a connection to a mail server is secured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TlsMode {
    /// TLS from the first byte (IMAP 993, SMTP 465).
    Implicit,
    /// A plain connection upgraded with STARTTLS (IMAP 143, SMTP 587).
    Starttls,
    /// No TLS at all: only for tests on the loopback interface.
    None,
}

/// The office's IMAP mailbox (`[imap]`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImapConfig {
    pub host: String,
    pub port: u16,
    #[serde(default = "default_tls")]
    pub tls: TlsMode,
    /// A CA certificate (PEM) to trust besides the usual roots.
    pub ca_file: Option<PathBuf>,
    pub user: String,
    /// The environment variable that holds the password.
    pub password_env: Option<String>,
    /// A file that holds the password (its first line).
    pub password_file: Option<PathBuf>,
    #[serde(default = "default_mailbox")]
    pub mailbox: String,
    /// Use IDLE where the server offers it.
    #[serde(default = "yes")]
    pub idle: bool,
    /// Poll this often without IDLE, and as a safety net with it.
    #[serde(default = "default_poll")]
    pub poll_secs: u64,
    /// Messages fetched per UID FETCH.
    #[serde(default = "default_batch")]
    pub batch_size: u32,
    /// A server that does not answer a command within this time is replaced.
    #[serde(default = "default_timeout")]
    pub timeout_secs: u64,
    /// On first start only mail received since this date is taken (default: the plan's
    /// approval), so years of other mail in the mailbox are not swallowed.
    pub since: Option<toml::value::Datetime>,
    /// Keyword added (with \Seen) to every stored message.
    #[serde(default = "default_keyword")]
    pub keyword: String,
    /// Opt-in: move processed mail to this folder (created if missing).
    pub processed_folder: Option<String>,
    /// Opt-in: move mail that needs a person (unattributed, not reports) to this folder.
    pub review_folder: Option<String>,
}

pub(super) fn default_mailbox() -> String {
    "INBOX".into()
}
pub(super) fn default_poll() -> u64 {
    60
}
pub(super) fn default_batch() -> u32 {
    50
}
pub(super) fn default_timeout() -> u64 {
    120
}
pub(super) fn default_keyword() -> String {
    "$zvit".into()
}

/// The outgoing SMTP server (`[smtp]`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SmtpConfig {
    pub host: String,
    pub port: u16,
    #[serde(default = "default_tls")]
    pub tls: TlsMode,
    pub ca_file: Option<PathBuf>,
    pub user: Option<String>,
    pub password_env: Option<String>,
    pub password_file: Option<PathBuf>,
}

pub(super) fn default_tls() -> TlsMode {
    TlsMode::Implicit
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawOutgoing {
    pub(super) transport: TransportKind,
    #[serde(default = "default_outbox_dir")]
    pub(super) dir: String,
    pub(super) from: String,
    #[serde(default = "default_from_name")]
    pub(super) from_name: String,
    #[serde(default = "default_templates")]
    pub(super) templates: String,
}

pub(super) fn default_from_name() -> String {
    "УВП облдержадміністрації (zvit)".into()
}
pub(super) fn default_templates() -> String {
    "templates".into()
}

pub(super) fn default_outbox_dir() -> String {
    "../var/outbox".into()
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RawReminders {
    /// Days before each deadline (a deadline may set its own `remind_days_before`).
    pub days_before: Vec<u32>,
    /// Time of day in the plan's time zone.
    pub at: String,
    /// The overdue notice the working day after the deadline.
    pub overdue: bool,
}

impl Default for RawReminders {
    fn default() -> Self {
        RawReminders {
            days_before: vec![7, 3, 1],
            at: "09:00".into(),
            overdue: true,
        }
    }
}

/// `[reminders]` resolved: the time of day parsed once, here.
#[derive(Debug, Clone)]
pub struct Reminders {
    /// Days before each deadline (a deadline may set its own `remind_days_before`).
    pub days_before: Vec<u32>,
    /// Time of day in the plan's time zone.
    pub at: jiff::civil::Time,
    /// The overdue notice the working day after the deadline.
    pub overdue: bool,
}

/// Public holidays (reminders move to the working day before them).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub(super) struct RawCalendar {
    pub(super) holidays: Vec<toml::value::Datetime>,
}

/// `[receipts]` as written (with the places of the domains, for errors).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub(super) struct ReceiptsToml {
    pub(super) enabled: bool,
    pub(super) unknown_sender_notice: bool,
    pub(super) daily_cap: u32,
    pub(super) answer_domains: Option<Vec<Spanned<String>>>,
}

impl Default for ReceiptsToml {
    fn default() -> Self {
        let d = ReceiptPolicy::default();
        ReceiptsToml {
            enabled: d.enabled,
            unknown_sender_notice: d.unknown_sender_notice,
            daily_cap: d.daily_cap,
            answer_domains: None,
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RawDigest {
    pub recipients: Vec<String>,
}

/// How text is mapped to measures.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RawMapping {
    /// Items below this confidence keep `measure: null` and go to review.
    pub min_confidence: f64,
}

impl Default for RawMapping {
    fn default() -> Self {
        RawMapping {
            min_confidence: 0.5,
        }
    }
}

/// Reading scans and photos with Tesseract (`[ocr]`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Ocr {
    /// Off: scans are recorded as "image only" for a person to read.
    pub enabled: bool,
    /// Tesseract's language packs, in order of preference.
    pub languages: Vec<String>,
    /// The programs (a name on PATH or a path).
    pub tesseract: String,
    pub pdftoppm: String,
    /// Pages of one scan that are read; the rest is recorded as cut.
    pub max_pages: usize,
    /// Resolution PDF pages are rendered at.
    pub dpi: u32,
    /// Time for one page; a page that takes longer is recorded as not read.
    pub page_timeout_secs: u64,
    /// Pictures larger than this many pixels are not read.
    pub max_pixels: u64,
    /// Pages Tesseract is less sure of go to review, with the page image kept.
    pub min_confidence: f64,
    /// Scans (pictures, image-only PDFs, pictures in a document or a zip) read per message;
    /// the others are recorded as `scan_limit`.
    pub max_scans: usize,
    /// Pages OCR reads per message, all its scans together (a PDF scan counts as `max_pages`
    /// until it has been read, then as the pages read); scans beyond are `scan_limit`.
    pub max_ocr_pages: usize,
}

impl Default for Ocr {
    fn default() -> Self {
        Ocr {
            enabled: true,
            languages: vec!["ukr".into(), "rus".into()],
            tesseract: "tesseract".into(),
            pdftoppm: "pdftoppm".into(),
            max_pages: crate::analysis::scan::ScanLimits::default().max_pages,
            dpi: 300,
            page_timeout_secs: 60,
            max_pixels: 40_000_000,
            min_confidence: crate::analysis::pipeline::DEFAULT_OCR_MIN_CONFIDENCE,
            max_scans: crate::analysis::scan::ScanLimits::default().max_scans,
            max_ocr_pages: crate::analysis::scan::ScanLimits::default().max_ocr_pages,
        }
    }
}
