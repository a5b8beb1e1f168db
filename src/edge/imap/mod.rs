//! IMAP intake (an I/O edge): the office's mailbox watched with IDLE, fetched by UID in
//! bounded batches with BODY.PEEK, each raw message committed to SQLite before any flag
//! changes, then flagged (\Seen and a keyword) or, when configured, moved.
//!
//! UIDVALIDITY is stored; when it changes the mailbox is rescanned and Message-ID/content
//! deduplication keeps anything from being doubled. Connection problems end a session with an
//! error; the caller reconnects with backoff.
//!
//! This file is one IMAP session's steps — select, fetch, commit, flag, IDLE — which share the
//! session and the order that keeps a UID from being passed before its message is stored;
//! connecting (TCP, TLS or STARTTLS, login) and the password are in `connect.rs`.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_imap::extensions::idle::IdleResponse;
use async_imap::types::UnsolicitedResponse;
use futures::StreamExt;
use jiff::Timestamp;
use jiff::civil::Date;
use tokio_util::sync::CancellationToken;

use crate::analysis::pipeline::Context;
use crate::config::ImapConfig;
use crate::edge::store::{ImapUid, Inserted, NewMessage, Store, StoreError};
use crate::service::analyse;

mod connect;

pub use connect::{Conn, Secret, Session, connect, tls_config};

#[derive(Debug, thiserror::Error)]
pub enum ImapError {
    #[error("cannot connect to {addr}: {source}")]
    Connect {
        addr: String,
        source: std::io::Error,
    },
    #[error("TLS with {host} failed: {detail}")]
    Tls { host: String, detail: String },
    #[error("the CA file {path}: {detail}")]
    CaFile { path: String, detail: String },
    #[error("login as {user} refused: {detail}")]
    Login { user: String, detail: String },
    #[error("the IMAP password: {0}")]
    Password(String),
    #[error("IMAP: {0}")]
    Protocol(#[from] async_imap::error::Error),
    #[error("the server did not answer {0} in time")]
    Timeout(&'static str),
    #[error("the mailbox {0} has no UIDVALIDITY (the server does not support UIDs)")]
    NoUidValidity(String),
    #[error("{0}")]
    Store(#[from] StoreError),
    #[error("{0}")]
    Blocking(#[from] crate::edge::store::BlockingError),
}

async fn timed<T, E: Into<ImapError>>(
    secs: u64,
    what: &'static str,
    f: impl Future<Output = Result<T, E>>,
) -> Result<T, ImapError> {
    match tokio::time::timeout(Duration::from_secs(secs), f).await {
        Ok(r) => r.map_err(Into::into),
        Err(_) => Err(ImapError::Timeout(what)),
    }
}

impl From<std::io::Error> for ImapError {
    fn from(e: std::io::Error) -> Self {
        ImapError::Protocol(async_imap::error::Error::Io(e))
    }
}

/// Encodes a mailbox name in IMAP's modified UTF-7 (RFC 3501, 5.1.3): "Звіти" → "&BBcEMgRWBEIEOA-".
pub fn mailbox_utf7(name: &str) -> String {
    const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,";
    let mut out = String::new();
    let mut pending: Vec<u16> = Vec::new();
    let flush = |out: &mut String, pending: &mut Vec<u16>| {
        if pending.is_empty() {
            return;
        }
        let bytes: Vec<u8> = pending.iter().flat_map(|u| u.to_be_bytes()).collect();
        out.push('&');
        for chunk in bytes.chunks(3) {
            let b = [
                chunk[0],
                *chunk.get(1).unwrap_or(&0),
                *chunk.get(2).unwrap_or(&0),
            ];
            let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
            let chars = chunk.len() + 1;
            for i in 0..chars {
                out.push(B64[((n >> (18 - 6 * i)) & 63) as usize] as char);
            }
        }
        out.push('-');
        pending.clear();
    };
    for c in name.chars() {
        if (' '..='~').contains(&c) {
            flush(&mut out, &mut pending);
            if c == '&' {
                out.push_str("&-");
            } else {
                out.push(c);
            }
        } else {
            let mut buf = [0u16; 2];
            pending.extend_from_slice(c.encode_utf16(&mut buf));
        }
    }
    flush(&mut out, &mut pending);
    out
}

/// IMAP's date format for SEARCH SINCE: "10-Sep-2012".
fn imap_date(d: Date) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!(
        "{}-{}-{}",
        d.day(),
        MONTHS[(d.month() - 1) as usize],
        d.year()
    )
}

/// What one synchronisation pass did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct SyncReport {
    pub stored: usize,
    pub duplicates: usize,
    /// Messages still waiting on the server when the pass stopped early (shutdown).
    pub left: usize,
}

/// Everything a synchronisation pass needs besides the session.
pub struct Intake {
    pub cfg: ImapConfig,
    pub store: Arc<Mutex<Store>>,
    pub ctx: Arc<Context>,
    /// First start: only mail since this date.
    pub since: Date,
    /// Called with one summary line per analysed message (the daemon prints them).
    pub report: Arc<dyn Fn(String) + Send + Sync>,
    pub clock: crate::Clock,
    /// Writes receipts and notices (queued with the analysis); `None` sends nothing.
    pub mailer: Option<Arc<crate::outgoing::respond::Mailer>>,
}

impl Intake {
    async fn blocking<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Store) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, ImapError> {
        crate::edge::store::blocking(&self.store, move |s| f(s).map_err(ImapError::from)).await
    }

    /// Fetches everything new in the mailbox, stores it, analyses it and marks it on the server.
    /// Stops between messages when `cancel` fires.
    pub async fn sync(
        &self,
        session: &mut Session,
        cancel: &CancellationToken,
    ) -> Result<SyncReport, ImapError> {
        let mailbox = self.cfg.mailbox.clone();
        let t = self.cfg.timeout_secs;
        let info = timed(t, "SELECT", session.select(mailbox_utf7(&mailbox))).await?;
        let validity = info
            .uid_validity
            .ok_or_else(|| ImapError::NoUidValidity(mailbox.clone()))?;
        let state = {
            let m = mailbox.clone();
            self.blocking(move |s| s.imap_state(&m)).await?
        };
        let mut uids: Vec<u32> = match state {
            Some((v, last)) if v == validity => {
                let found = timed(
                    t,
                    "UID SEARCH",
                    session.uid_search(format!("UID {}:*", last + 1)),
                )
                .await?;
                found.into_iter().filter(|u| *u > last).collect()
            }
            other => {
                // First start, or the mailbox was recreated (new UIDVALIDITY): rescan since the
                // configured date; Message-ID and content deduplication prevent doubles.
                if other.is_some() {
                    tracing::warn!(mailbox = %mailbox, uidvalidity = validity, "UIDVALIDITY changed; rescanning the mailbox");
                }
                let m = mailbox.clone();
                self.blocking(move |s| s.reset_imap_state(&m, validity, 0))
                    .await?;
                let found = timed(
                    t,
                    "UID SEARCH",
                    session.uid_search(format!("SINCE {}", imap_date(self.since))),
                )
                .await?;
                found.into_iter().collect()
            }
        };
        uids.sort_unstable();
        drain_unsolicited(session);
        let mut report = SyncReport::default();
        let total = uids.len();
        {
            let (m, backlog, now) = (mailbox.clone(), total.to_string(), self.clock.now());
            self.blocking(move |s| s.set_health(&format!("imap_backlog:{m}"), &backlog, now))
                .await?;
        }
        let limit = self.ctx.limits.max_message_bytes as u64;
        for batch in uids.chunks(self.cfg.batch_size as usize) {
            if cancel.is_cancelled() {
                break;
            }
            // Sizes first: a message over the limit is never fetched whole, only its headers.
            let sizes = self.sizes(session, batch).await?;
            let large = |u: &u32| sizes.get(u).is_some_and(|s| u64::from(*s) > limit);
            // Runs of whole and headers-only messages, in UID order: a UID is never stored
            // before a smaller one of the batch (`last_uid` must not pass an unstored message).
            for uids in batch.chunk_by(|a, b| large(a) == large(b)) {
                if cancel.is_cancelled() {
                    break;
                }
                let query = if large(&uids[0]) {
                    HEADERS_ONLY_QUERY
                } else {
                    "(UID INTERNALDATE BODY.PEEK[])"
                };
                let set = uid_set(uids);
                let mut stream = timed(t, "UID FETCH", session.uid_fetch(&set, query)).await?;
                loop {
                    let next =
                        match tokio::time::timeout(Duration::from_secs(t), stream.next()).await {
                            Ok(n) => n,
                            Err(_) => return Err(ImapError::Timeout("UID FETCH")),
                        };
                    let Some(fetch) = next else { break };
                    let fetch = fetch?;
                    let Some(uid) = fetch.uid else { continue };
                    let raw = if query == HEADERS_ONLY_QUERY {
                        let size = sizes.get(&uid).copied().or(fetch.size).unwrap_or(0);
                        let Some(header) = fetch.header() else {
                            continue;
                        };
                        tracing::warn!(
                            uid,
                            size,
                            limit,
                            "Message over max_message_bytes: storing its headers only"
                        );
                        crate::analysis::parse::headers_only(u64::from(size), header)
                    } else {
                        let Some(body) = fetch.body() else { continue };
                        body.to_vec()
                    };
                    let received = fetch
                        .internal_date()
                        .and_then(|d| Timestamp::from_second(d.timestamp()).ok())
                        .unwrap_or_else(|| self.clock.now());
                    let env = crate::analysis::parse::envelope(&raw);
                    let at = ImapUid {
                        mailbox: mailbox.clone(),
                        uidvalidity: validity,
                        uid,
                    };
                    let now = self.clock.now();
                    let inserted = self
                        .blocking(move |s| {
                            let origin =
                                format!("imap:{}/{}/{}", at.mailbox, at.uidvalidity, at.uid);
                            let message = NewMessage {
                                message_id: env.message_id.as_deref(),
                                raw: &raw,
                                received,
                                origin,
                                now,
                            };
                            s.insert_imap(&at, message)
                        })
                        .await?;
                    match inserted {
                        Inserted::New(_) => report.stored += 1,
                        Inserted::Duplicate(_) => report.duplicates += 1,
                    }
                    // Finish the message in hand, then stop at this safe point.
                    if cancel.is_cancelled() {
                        break;
                    }
                }
            }
            self.analyse_and_mark(session, validity).await?;
        }
        report.left = total.saturating_sub(report.stored + report.duplicates);
        if report.left == 0 {
            // Messages stored by an earlier, interrupted pass may still wait for their marks.
            self.analyse_and_mark(session, validity).await?;
        }
        Ok(report)
    }

    /// The RFC822.SIZE of each message of a batch, as the server says.
    async fn sizes(
        &self,
        session: &mut Session,
        uids: &[u32],
    ) -> Result<std::collections::HashMap<u32, u32>, ImapError> {
        let t = self.cfg.timeout_secs;
        let mut sizes = std::collections::HashMap::new();
        let mut stream = timed(
            t,
            "UID FETCH",
            session.uid_fetch(uid_set(uids), "(UID RFC822.SIZE FLAGS)"),
        )
        .await?;
        loop {
            let next = match tokio::time::timeout(Duration::from_secs(t), stream.next()).await {
                Ok(n) => n,
                Err(_) => return Err(ImapError::Timeout("UID FETCH")),
            };
            let Some(fetch) = next else { break };
            let fetch = fetch?;
            if let (Some(uid), Some(size)) = (fetch.uid, fetch.size) {
                sizes.insert(uid, size);
            }
        }
        Ok(sizes)
    }

    /// Analyses what was stored and flags (or moves) it on the server.
    async fn analyse_and_mark(
        &self,
        session: &mut Session,
        validity: u32,
    ) -> Result<(), ImapError> {
        let ctx = self.ctx.clone();
        let report = self.report.clone();
        let mailbox = self.cfg.mailbox.clone();
        let mailer = self.mailer.clone();
        let now = self.clock.now();
        let marks = self
            .blocking(move |s| {
                let done = analyse::analyse_pending(s, &ctx, mailer.as_deref(), now)?;
                for line in done {
                    report(line);
                }
                s.imap_pending_marks(&mailbox, validity)
            })
            .await?;
        if marks.is_empty() {
            return Ok(());
        }
        let t = self.cfg.timeout_secs;
        let all: Vec<u32> = marks.iter().map(|(u, _)| *u).collect();
        let flags = format!("+FLAGS (\\Seen {})", self.cfg.keyword);
        {
            let mut updates =
                timed(t, "UID STORE", session.uid_store(uid_set(&all), &flags)).await?;
            while let Some(u) = updates.next().await {
                u?;
            }
        }
        let review: Vec<u32> = marks.iter().filter(|(_, r)| *r).map(|(u, _)| *u).collect();
        let processed: Vec<u32> = marks.iter().filter(|(_, r)| !*r).map(|(u, _)| *u).collect();
        for (folder, uids) in [
            (&self.cfg.review_folder, review),
            (&self.cfg.processed_folder, processed),
        ] {
            let (Some(folder), false) = (folder, uids.is_empty()) else {
                continue;
            };
            let name = mailbox_utf7(folder);
            // CREATE fails when the folder exists; that is fine.
            let _ = timed(t, "CREATE", session.create(&name)).await;
            timed(t, "UID MOVE", session.uid_mv(uid_set(&uids), &name)).await?;
        }
        let mailbox = self.cfg.mailbox.clone();
        self.blocking(move |s| s.imap_marked(&mailbox, validity, &all))
            .await?;
        drain_unsolicited(session);
        Ok(())
    }

    /// Waits for new mail: IDLE (re-issued at least every 25 minutes, and every `poll_secs` as
    /// a safety net) when the server offers it and the config allows, else NOOP after
    /// `poll_secs`. Returns the session for the next sync.
    pub async fn wait(
        &self,
        mut session: Session,
        idle_ok: bool,
        cancel: &CancellationToken,
    ) -> Result<Session, ImapError> {
        let t = self.cfg.timeout_secs;
        // EXISTS that arrived during earlier commands: sync again at once.
        if drain_unsolicited(&mut session) {
            return Ok(session);
        }
        if !(self.cfg.idle && idle_ok) {
            tokio::select! {
                _ = tokio::time::sleep(Duration::from_secs(self.cfg.poll_secs)) => {}
                _ = cancel.cancelled() => return Ok(session),
            }
            timed(t, "NOOP", session.noop()).await?;
            return Ok(session);
        }
        let renew = Duration::from_secs(self.cfg.poll_secs.min(25 * 60));
        let mut handle = session.idle();
        timed(t, "IDLE", handle.init()).await?;
        tracing::debug!(renew_secs = renew.as_secs(), "IDLE: waiting");
        let outcome = {
            let (wait, stop) = handle.wait_with_timeout(renew);
            let outcome = tokio::select! {
                r = wait => Some(r),
                _ = cancel.cancelled() => None,
            };
            drop(stop);
            outcome
        };
        match outcome {
            Some(Ok(IdleResponse::NewData(_))) => tracing::debug!("IDLE: new data"),
            Some(Ok(IdleResponse::Timeout)) => tracing::debug!("IDLE: renewing"),
            Some(Ok(IdleResponse::ManualInterrupt)) | None => {}
            Some(Err(e)) => return Err(e.into()),
        }
        let session = timed(t, "DONE", handle.done()).await?;
        Ok(session)
    }
}

/// What is fetched of a message over `[limits] max_message_bytes`: its size and its header
/// (at most 64 KB of it: a header can be made huge too).
const HEADERS_ONLY_QUERY: &str = "(UID INTERNALDATE RFC822.SIZE BODY.PEEK[HEADER]<0.65536>)";

/// Empties the unsolicited-response channel (bounded: undrained, it would drop EXISTS).
/// Returns whether new mail was announced.
fn drain_unsolicited(session: &mut Session) -> bool {
    let mut news = false;
    while let Ok(r) = session.unsolicited_responses.try_recv() {
        if matches!(
            r,
            UnsolicitedResponse::Exists(_) | UnsolicitedResponse::Recent(_)
        ) {
            news = true;
        }
    }
    news
}

/// "1:3,7,9:10" from sorted UIDs.
fn uid_set(uids: &[u32]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < uids.len() {
        let start = uids[i];
        let mut end = start;
        while i + 1 < uids.len() && uids[i + 1] == end + 1 {
            i += 1;
            end = uids[i];
        }
        parts.push(if start == end {
            start.to_string()
        } else {
            format!("{start}:{end}")
        });
        i += 1;
    }
    parts.join(",")
}

/// Does the server offer IDLE?
pub async fn supports_idle(session: &mut Session, timeout_secs: u64) -> Result<bool, ImapError> {
    let caps = timed(timeout_secs, "CAPABILITY", session.capabilities()).await?;
    Ok(caps.has_str("IDLE"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modified_utf7_mailbox_names() {
        assert_eq!(mailbox_utf7("INBOX"), "INBOX");
        assert_eq!(mailbox_utf7("Звіти"), "&BBcEMgRWBEIEOA-");
        assert_eq!(mailbox_utf7("A&B"), "A&-B");
        assert_eq!(
            mailbox_utf7("zvit/Оброблено"),
            "zvit/&BB4EMQRABD4EMQQ7BDUEPQQ+-"
        );
    }

    #[test]
    fn uid_sets_are_compact() {
        assert_eq!(uid_set(&[1, 2, 3, 7, 9, 10]), "1:3,7,9:10");
        assert_eq!(uid_set(&[5]), "5");
    }

    #[test]
    fn imap_dates() {
        assert_eq!(imap_date("2012-09-10".parse().unwrap()), "10-Sep-2012");
    }
}
