//! The records the outgoing wing works with: the analysed messages, parts and items its
//! reports and digests are computed from (the store reads them), and the mails it decides on
//! and hands to the outbox (the store keeps them). Plain data, defined here so that the pure
//! wing does not depend on the store; the store maps them to and from its tables.

use crate::analysis::parse::MessageKind;
use crate::analysis::reason::ReasonCode;
use crate::outgoing::compose::MailKind;

/// One row of the items view, with its message's data.
#[derive(Debug, Clone)]
pub struct ItemRow {
    pub message: i64,
    pub message_id: String,
    pub received_ts: i64,
    pub seq: i64,
    pub executor: String,
    pub period: Option<u32>,
    pub measure: Option<u32>,
    pub text: String,
    pub confidence: f64,
    pub late: bool,
    pub not_applicable: bool,
    pub source: String,
    pub sheet: Option<String>,
    pub row: Option<i64>,
    /// Why the item is under its measure.
    pub evidence: String,
    /// An unplaced item's closest measures with their similarity (suggestions for review).
    pub candidates: Vec<(u32, f64)>,
    /// It counts for another office than the one whose mail it came from: a joint report's
    /// section (such an item never supersedes the office's own, see
    /// [`crate::outgoing::report::superseded_flags`]).
    pub joint: bool,
}

#[cfg(test)]
impl ItemRow {
    /// For tests: Nizhyn's item on measure 6 of period 1 with this text, from message `m@x`
    /// (row 1) received at 2012-12-10 09:00 UTC, in the body, placed surely, the office's own.
    pub(crate) fn sample(text: &str) -> ItemRow {
        ItemRow {
            message: 1,
            message_id: "m@x".into(),
            received_ts: 1_355_130_000,
            seq: 0,
            executor: "rda-nizhyn".into(),
            period: Some(1),
            measure: Some(6),
            text: text.into(),
            confidence: 0.95,
            late: false,
            not_applicable: false,
            source: "body".into(),
            sheet: None,
            row: None,
            evidence: String::new(),
            candidates: Vec::new(),
            joint: false,
        }
    }
}

/// A message's analysis summary.
#[derive(Debug, Clone)]
pub struct MessageRow {
    pub id: i64,
    pub message_id: String,
    pub received_ts: i64,
    pub origin: String,
    pub kind: Option<MessageKind>,
    pub from: Option<String>,
    pub subject: Option<String>,
    pub executor: Option<String>,
    pub method: Option<String>,
    pub attribution_confidence: Option<f64>,
    pub period: Option<u32>,
    pub late: bool,
    pub reason_code: Option<ReasonCode>,
    pub reason_text: Option<String>,
}

/// A part of a message as recorded.
#[derive(Debug, Clone)]
pub struct PartRow {
    pub name: String,
    pub format: String,
    pub chars: i64,
    pub charset: Option<String>,
    pub reason_code: Option<ReasonCode>,
    pub reason_text: Option<String>,
}

/// A built mail ready for the outbox.
#[derive(Debug, Clone)]
pub struct Queued {
    pub key: String,
    pub kind: MailKind,
    pub recipients: Vec<String>,
    pub message_id: String,
    pub raw: Vec<u8>,
}

/// Where an outgoing mail stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutboxStatus {
    Queued,
    /// Handed (or being handed) to the transport; not yet recorded as sent.
    Sending,
    Sent,
    Failed,
}

impl OutboxStatus {
    /// A status from its stored text (anything unknown reads as queued).
    pub fn parse(s: &str) -> OutboxStatus {
        match s {
            "sending" => OutboxStatus::Sending,
            "sent" => OutboxStatus::Sent,
            "failed" => OutboxStatus::Failed,
            _ => OutboxStatus::Queued,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            OutboxStatus::Queued => "queued",
            OutboxStatus::Sending => "sending",
            OutboxStatus::Sent => "sent",
            OutboxStatus::Failed => "failed",
        }
    }
}

/// A mail in the outbox as the store reads it back.
#[derive(Debug, Clone)]
pub struct OutboxRow {
    pub id: i64,
    pub key: String,
    pub kind: MailKind,
    pub recipients: Vec<String>,
    pub message_id: String,
    pub raw: Vec<u8>,
    pub status: OutboxStatus,
    pub attempts: i64,
    pub next_ts: i64,
    pub last_error: Option<String>,
    pub created_ts: i64,
    pub sent_ts: Option<i64>,
}
