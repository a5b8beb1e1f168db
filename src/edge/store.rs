//! Store: the SQLite database (WAL, versioned migrations). Raw messages are committed before
//! they are analysed; analyses (parts, items) are derived data that `reprocess` rebuilds.

use std::path::Path;
use std::sync::LazyLock;

use jiff::Timestamp;
use rusqlite::{Connection, OptionalExtension, params};
use rusqlite_migration::{M, Migrations};
use sha2::{Digest, Sha256};

use crate::analysis::decision::Decision;
use crate::analysis::message_id::MessageId;
use crate::analysis::parse::MessageKind;
use crate::analysis::pipeline::Analysis;
use crate::outgoing::compose::MailKind;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("database migration: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    #[error("cannot create the database folder {path}: {source}")]
    Folder {
        path: String,
        source: std::io::Error,
    },
}

/// The schema's migrations, in order: each file is applied once, by its place in this list
/// (SQLite's user_version), so the list only ever grows at its end and no file changes.
static MIGRATIONS: LazyLock<Migrations<'static>> = LazyLock::new(|| {
    Migrations::new(vec![
        M::up(include_str!("migrations/001_messages_analyses_items.sql")),
        M::up(include_str!("migrations/002_imap_state_health.sql")),
        M::up(include_str!("migrations/003_outbox.sql")),
        M::up(include_str!(
            "migrations/004_decisions_learned_addresses.sql"
        )),
        M::up(include_str!("migrations/005_scans.sql")),
        M::up(include_str!(
            "migrations/006_attempts_answer_failures_evidence.sql"
        )),
        M::up(include_str!(
            "migrations/007_desk_users_sessions_decision_log.sql"
        )),
        M::up(include_str!("migrations/008_item_candidates.sql")),
    ])
});

pub struct Store {
    conn: Connection,
}

/// A scan page OCR was not sure of, with its image.
pub struct UnsurePage {
    pub hash: String,
    pub page: i64,
    pub confidence: f64,
    pub image: Vec<u8>,
}

/// A stored message as listed for processing.
pub struct StoredMessage {
    pub id: i64,
    pub message_id: String,
    pub raw: Vec<u8>,
    pub received: Timestamp,
}

/// Result of [`Store::insert_raw`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inserted {
    New(i64),
    /// Already stored (same Message-ID or same bytes): nothing changed.
    Duplicate(i64),
}

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
}

/// Candidates as stored: "6:0.41 7:0.3".
fn candidates_column(c: &[(u32, f64)]) -> String {
    c.iter()
        .map(|(n, s)| format!("{n}:{s}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Candidates from their column (what does not read is left out).
fn candidates_from(column: &str) -> Vec<(u32, f64)> {
    column
        .split_whitespace()
        .filter_map(|c| {
            let (n, s) = c.split_once(':')?;
            Some((n.parse().ok()?, s.parse().ok()?))
        })
        .collect()
}

/// One decision as it was made (the decision log).
#[derive(Debug, Clone, PartialEq)]
pub struct LoggedDecision {
    pub decision: Decision,
    /// A desk user's name, or `cli:<login>`.
    pub by: String,
    /// When, in Unix seconds.
    pub at: i64,
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
    pub reason_code: Option<String>,
    pub reason_text: Option<String>,
}

/// A part of a message as recorded.
#[derive(Debug, Clone)]
pub struct PartRow {
    pub name: String,
    pub format: String,
    pub chars: i64,
    pub charset: Option<String>,
    pub reason_code: Option<String>,
    pub reason_text: Option<String>,
}

/// A raw message to store.
pub struct NewMessage<'a> {
    pub message_id: Option<&'a str>,
    pub raw: &'a [u8],
    /// The receive time (docs/semantics.md, "Receive time").
    pub received: Timestamp,
    /// Where it came from: a file path, or "imap:MAILBOX/UIDVALIDITY/UID".
    pub origin: String,
    pub now: Timestamp,
}

/// Where a message sits on the IMAP server.
pub struct ImapUid {
    pub mailbox: String,
    pub uidvalidity: u32,
    pub uid: u32,
}

/// Inserts a message unless one with the same Message-ID (or, without one, a name made from
/// the hash) or the same bytes is stored.
fn insert_message(tx: &rusqlite::Connection, m: &NewMessage) -> Result<Inserted, StoreError> {
    let sha = sha256_hex(m.raw);
    let mid = m
        .message_id
        .filter(|id| !id.trim().is_empty())
        .map(str::to_string)
        .unwrap_or_else(|| format!("{}@zvit.sha256", &sha[..32]));
    let existing: Option<i64> = tx
        .query_row(
            "SELECT id FROM message WHERE message_id = ?1 OR sha256 = ?2",
            params![mid, sha],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(id) = existing {
        return Ok(Inserted::Duplicate(id));
    }
    tx.execute(
        "INSERT INTO message (message_id, sha256, raw, received_ts, origin, stored_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![mid, sha, m.raw, m.received.as_second(), m.origin, m.now.to_string()],
    )?;
    Ok(Inserted::New(tx.last_insert_rowid()))
}

impl rusqlite::types::ToSql for MessageKind {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        Ok(self.as_str().into())
    }
}

impl rusqlite::types::FromSql for MessageKind {
    fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        let code = value.as_str()?;
        MessageKind::from_code(code).ok_or_else(|| {
            rusqlite::types::FromSqlError::Other(format!("unknown message kind {code:?}").into())
        })
    }
}

impl rusqlite::types::ToSql for MailKind {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        Ok(self.as_str().into())
    }
}

impl rusqlite::types::FromSql for MailKind {
    fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        let code = value.as_str()?;
        MailKind::parse(code).ok_or_else(|| {
            rusqlite::types::FromSqlError::Other(format!("unknown mail kind {code:?}").into())
        })
    }
}

/// Why store work on a blocking thread did not run to its end.
#[derive(Debug, thiserror::Error)]
pub enum BlockingError {
    #[error("the store lock is poisoned")]
    Poisoned,
    #[error("a blocking task failed: {0}")]
    Join(#[from] tokio::task::JoinError),
}

/// Runs store work on a blocking thread (rusqlite blocks), holding the store's lock only
/// there. The one helper async code uses for the store.
pub async fn blocking<T, E>(
    store: &std::sync::Arc<std::sync::Mutex<Store>>,
    f: impl FnOnce(&mut Store) -> Result<T, E> + Send + 'static,
) -> Result<T, E>
where
    T: Send + 'static,
    E: From<BlockingError> + Send + 'static,
{
    let store = store.clone();
    tokio::task::spawn_blocking(move || {
        let mut guard = store.lock().map_err(|_| E::from(BlockingError::Poisoned))?;
        f(&mut guard)
    })
    .await
    .map_err(|e| E::from(BlockingError::Join(e)))?
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

impl Store {
    /// The connection, for the modules that own their own tables (`crate::web`, `crate::correct`).
    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    pub fn open(path: &Path) -> Result<Store, StoreError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| StoreError::Folder {
                path: dir.display().to_string(),
                source,
            })?;
        }
        let mut conn = Connection::open(path)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        MIGRATIONS.to_latest(&mut conn)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600));
        }
        Ok(Store { conn })
    }

    /// Commits a raw message. Same Message-ID or same bytes as a stored one: nothing changes.
    pub fn insert_raw(&mut self, message: NewMessage) -> Result<Inserted, StoreError> {
        let tx = self.conn.savepoint()?;
        let result = insert_message(&tx, &message)?;
        tx.commit()?;
        Ok(result)
    }

    /// Stores a message fetched over IMAP and advances the mailbox's last UID in the same
    /// transaction: the UID is never passed before its message is committed.
    pub fn insert_imap(
        &mut self,
        at: &ImapUid,
        message: NewMessage,
    ) -> Result<Inserted, StoreError> {
        let tx = self.conn.savepoint()?;
        let result = insert_message(&tx, &message)?;
        let id = match result {
            Inserted::New(id) | Inserted::Duplicate(id) => id,
        };
        tx.execute(
            "INSERT OR IGNORE INTO imap_uid (mailbox, uidvalidity, uid, message) VALUES (?1, ?2, ?3, ?4)",
            params![at.mailbox, at.uidvalidity, at.uid, id],
        )?;
        tx.execute(
            "INSERT INTO imap_state (mailbox, uidvalidity, last_uid) VALUES (?1, ?2, ?3)
             ON CONFLICT (mailbox) DO UPDATE SET uidvalidity = excluded.uidvalidity,
               last_uid = CASE WHEN imap_state.uidvalidity = excluded.uidvalidity THEN max(imap_state.last_uid, excluded.last_uid) ELSE excluded.last_uid END",
            params![at.mailbox, at.uidvalidity, at.uid],
        )?;
        tx.commit()?;
        Ok(result)
    }

    /// The stored (uidvalidity, last_uid) of a mailbox.
    pub fn imap_state(&self, mailbox: &str) -> Result<Option<(u32, u32)>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT uidvalidity, last_uid FROM imap_state WHERE mailbox = ?1",
                [mailbox],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }

    /// Records a new UIDVALIDITY (the mailbox was recreated): intake rescans from `last_uid`.
    pub fn reset_imap_state(
        &mut self,
        mailbox: &str,
        uidvalidity: u32,
        last_uid: u32,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO imap_state (mailbox, uidvalidity, last_uid) VALUES (?1, ?2, ?3)
             ON CONFLICT (mailbox) DO UPDATE SET uidvalidity = excluded.uidvalidity, last_uid = excluded.last_uid",
            params![mailbox, uidvalidity, last_uid],
        )?;
        Ok(())
    }

    /// Server UIDs whose messages are stored and analysed but not yet flagged or moved, with
    /// whether the message needs a person (unattributed or not a report).
    pub fn imap_pending_marks(
        &self,
        mailbox: &str,
        uidvalidity: u32,
    ) -> Result<Vec<(u32, bool)>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT u.uid, (a.executor IS NULL OR a.reason_code IS NOT NULL) FROM imap_uid u JOIN analysis a ON a.message = u.message
             WHERE u.mailbox = ?1 AND u.uidvalidity = ?2 AND u.done = 0 ORDER BY u.uid",
        )?;
        let rows = stmt.query_map(params![mailbox, uidvalidity], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn imap_marked(
        &mut self,
        mailbox: &str,
        uidvalidity: u32,
        uids: &[u32],
    ) -> Result<(), StoreError> {
        let tx = self.conn.savepoint()?;
        for uid in uids {
            tx.execute(
                "UPDATE imap_uid SET done = 1 WHERE mailbox = ?1 AND uidvalidity = ?2 AND uid = ?3",
                params![mailbox, uidvalidity, uid],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Records a health fact (`last_poll_ok`, `last_error`, `backlog`, …).
    pub fn set_health(&self, key: &str, value: &str, at: Timestamp) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO health (key, value, at) VALUES (?1, ?2, ?3) ON CONFLICT (key) DO UPDATE SET value = excluded.value, at = excluded.at",
            params![key, value, at.as_second()],
        )?;
        Ok(())
    }

    pub fn clear_health(&self, key: &str) -> Result<(), StoreError> {
        self.conn
            .execute("DELETE FROM health WHERE key = ?1", [key])?;
        Ok(())
    }

    /// Every health fact: (key, value, unix seconds).
    pub fn health(&self) -> Result<Vec<(String, String, i64)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT key, value, at FROM health ORDER BY key")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Number of stored messages.
    pub fn message_count(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM message", [], |r| r.get(0))?)
    }

    /// Queues a built mail unless its key is already in the outbox; `Ok(false)` when it was.
    pub fn enqueue(&mut self, mail: &Queued, now: Timestamp) -> Result<bool, StoreError> {
        let tx = self.conn.savepoint()?;
        let added = enqueue_tx(&tx, mail, now)?;
        tx.commit()?;
        Ok(added)
    }

    /// Is a key already in the outbox?
    pub fn outbox_has(&self, key: &str) -> Result<bool, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM outbox WHERE key = ?1", [key], |r| {
                r.get::<_, i64>(0)
            })?
            > 0)
    }

    /// Automatic mails queued for a recipient since `since` (for the daily cap).
    pub fn sent_to_since(&self, recipient: &str, since: Timestamp) -> Result<i64, StoreError> {
        Ok(self.conn.query_row(
            "SELECT count(*) FROM outbox WHERE created_ts >= ?1 AND (',' || recipients || ',') LIKE ?2",
            params![since.as_second(), format!("%,{},%", recipient.to_lowercase())],
            |r| r.get(0),
        )?)
    }

    /// Mails due for delivery: queued (or left "sending" by a crash) with next_ts ≤ now.
    pub fn outbox_due(&self, now: Timestamp, limit: i64) -> Result<Vec<OutboxRow>, StoreError> {
        self.outbox_where(
            "WHERE status IN ('queued', 'sending') AND next_ts <= ?1 ORDER BY id LIMIT ?2",
            params![now.as_second(), limit],
        )
    }

    /// Every outbox row (newest last), or only failed ones.
    pub fn outbox_list(&self, failed_only: bool) -> Result<Vec<OutboxRow>, StoreError> {
        if failed_only {
            self.outbox_where("WHERE status = 'failed' ORDER BY id", [])
        } else {
            self.outbox_where("ORDER BY id", [])
        }
    }

    fn outbox_where(
        &self,
        filter: &str,
        p: impl rusqlite::Params,
    ) -> Result<Vec<OutboxRow>, StoreError> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT id, key, kind, recipients, message_id, raw, status, attempts, next_ts, last_error, created_ts, sent_ts FROM outbox {filter}"
        ))?;
        let rows = stmt.query_map(p, |r| {
            Ok(OutboxRow {
                id: r.get(0)?,
                key: r.get(1)?,
                kind: r.get(2)?,
                recipients: r
                    .get::<_, String>(3)?
                    .split(',')
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect(),
                message_id: r.get(4)?,
                raw: r.get(5)?,
                status: OutboxStatus::parse(&r.get::<_, String>(6)?),
                attempts: r.get(7)?,
                next_ts: r.get(8)?,
                last_error: r.get(9)?,
                created_ts: r.get(10)?,
                sent_ts: r.get(11)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Marks a mail as being handed to the transport (committed before the hand-over).
    pub fn outbox_sending(&self, id: i64) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE outbox SET status = 'sending', attempts = attempts + 1 WHERE id = ?1",
            [id],
        )?;
        Ok(())
    }

    pub fn outbox_sent(&self, id: i64, now: Timestamp) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE outbox SET status = 'sent', sent_ts = ?2, last_error = NULL WHERE id = ?1",
            params![id, now.as_second()],
        )?;
        Ok(())
    }

    /// A transient failure: try again at `next`.
    pub fn outbox_retry_at(&self, id: i64, next: Timestamp, error: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE outbox SET status = 'queued', next_ts = ?2, last_error = ?3 WHERE id = ?1",
            params![id, next.as_second(), error],
        )?;
        Ok(())
    }

    /// A permanent failure: recorded, shown in `status` and `outbox --failed`.
    pub fn outbox_failed(&self, id: i64, error: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE outbox SET status = 'failed', last_error = ?2 WHERE id = ?1",
            params![id, error],
        )?;
        Ok(())
    }

    /// `zvit outbox retry ID`: a failed mail goes back to the queue.
    pub fn outbox_requeue(&self, id: i64, now: Timestamp) -> Result<bool, StoreError> {
        Ok(self.conn.execute(
            "UPDATE outbox SET status = 'queued', next_ts = ?2 WHERE id = ?1 AND status = 'failed'",
            params![id, now.as_second()],
        )? > 0)
    }

    /// Saves an analysis and queues the mails it decided on, in one transaction.
    pub fn save_analysis_and_queue(
        &mut self,
        message: i64,
        a: &Analysis,
        mails: &[Queued],
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let tx = self.conn.savepoint()?;
        save_analysis_tx(&tx, message, a)?;
        for m in mails {
            enqueue_tx(&tx, m, now)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// How many analyses of each of `ids` began and did not finish (0 when none).
    pub fn attempts(&self, ids: &[i64]) -> Result<Vec<u32>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT count FROM attempt WHERE message = ?1")?;
        ids.iter()
            .map(|id| {
                Ok(stmt
                    .query_row([id], |r| r.get::<_, u32>(0))
                    .optional()?
                    .unwrap_or(0))
            })
            .collect()
    }

    /// Records, in its own transaction (so that it outlives the process), that the analysis
    /// of `message` begins now.
    pub fn begin_attempt(&self, message: i64, now: Timestamp) -> Result<(), StoreError> {
        self.conn
            .prepare_cached(
                "INSERT INTO attempt (message, count, last_ts) VALUES (?1, 1, ?2) \
                 ON CONFLICT (message) DO UPDATE SET count = count + 1, last_ts = excluded.last_ts",
            )?
            .execute(params![message, now.as_second()])?;
        Ok(())
    }

    /// The analysis of `message` that [`Store::begin_attempt`] recorded finished.
    pub fn end_attempt(&self, message: i64) -> Result<(), StoreError> {
        // One statement (one commit) in the usual case of a first attempt.
        let deleted = self
            .conn
            .prepare_cached("DELETE FROM attempt WHERE message = ?1 AND count <= 1")?
            .execute([message])?;
        if deleted == 0 {
            self.conn
                .prepare_cached("UPDATE attempt SET count = count - 1 WHERE message = ?1")?
                .execute([message])?;
        }
        Ok(())
    }

    /// Forgets every unfinished attempt, so that messages set aside as `analysis_crashed` are
    /// tried again (`zvit reprocess --retry-crashed`, after an upgrade of the readers).
    pub fn clear_attempts(&self) -> Result<usize, StoreError> {
        Ok(self.conn.execute("DELETE FROM attempt", [])?)
    }

    /// Records why the automatic answer to `message` could not be built.
    pub fn record_answer_failure(
        &self,
        message: i64,
        error: &str,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        self.conn
            .prepare_cached(
                "INSERT INTO answer_failure (message, error, at) VALUES (?1, ?2, ?3) \
                 ON CONFLICT (message) DO UPDATE SET error = excluded.error, at = excluded.at",
            )?
            .execute(params![message, error, now.as_second()])?;
        Ok(())
    }

    /// Answers that could not be built: (Message-ID, error), oldest first.
    pub fn answer_failures(&self) -> Result<Vec<(String, String)>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT m.message_id, f.error FROM answer_failure f JOIN message m ON m.id = f.message \
             ORDER BY f.at, m.id",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Records a person's decision about a message with who made it (a desk user, or
    /// `cli:<login>`) and when: replacing an earlier one of the same kind in `decision` (what
    /// `reprocess` applies) and added to `decision_log`, in one transaction.
    pub fn decide(
        &mut self,
        message_id: &MessageId,
        decision: &Decision,
        by: &str,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        let (action, value) = decision.columns();
        tx.execute(
            "INSERT INTO decision (message_id, action, value, at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (message_id, action) DO UPDATE SET value = excluded.value, at = excluded.at",
            params![message_id.as_str(), action, value, now.as_second()],
        )?;
        tx.execute(
            "INSERT INTO decision_log (message_id, action, value, by_whom, at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![message_id.as_str(), action, value, by, now.as_second()],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Every decision made about a message, oldest first (decisions this version does not
    /// know are left out).
    pub fn decision_log(&self, message_id: &MessageId) -> Result<Vec<LoggedDecision>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT action, value, by_whom, at FROM decision_log WHERE message_id = ?1 ORDER BY at, id",
        )?;
        let rows: Vec<(String, String, String, i64)> = stmt
            .query_map([message_id.as_str()], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })?
            .collect::<Result<_, _>>()?;
        Ok(rows
            .into_iter()
            .filter_map(|(action, value, by, at)| {
                Some(LoggedDecision {
                    decision: Decision::from_columns(&action, value)?,
                    by,
                    at,
                })
            })
            .collect())
    }

    /// The decisions about a message, as the pipeline applies them.
    pub fn decisions(
        &self,
        message_id: &str,
    ) -> Result<crate::analysis::pipeline::Decisions, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT action, value FROM decision WHERE message_id = ?1 ORDER BY action",
        )?;
        let rows: Vec<(String, String)> = stmt
            .query_map([message_id], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        let mut d = crate::analysis::pipeline::Decisions::default();
        for (action, value) in rows {
            if let Some(decision) = Decision::from_columns(&action, value) {
                decision.apply(&mut d);
            }
        }
        Ok(d)
    }

    pub fn learn_address(&self, address: &str, executor: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO learned_address (address, executor) VALUES (?1, ?2) ON CONFLICT (address) DO UPDATE SET executor = excluded.executor",
            params![address.trim().to_lowercase(), executor],
        )?;
        Ok(())
    }

    /// (address, executor) pairs learned from people's decisions.
    pub fn learned_addresses(&self) -> Result<Vec<(String, String)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT address, executor FROM learned_address ORDER BY address")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Messages with no analysis yet (new, or interrupted before analysis was stored).
    /// Messages with no analysis yet; with `skip_waiting`, not those waiting for the OCR
    /// worker to read one of their files.
    pub fn unanalysed(&self, skip_waiting: bool) -> Result<Vec<i64>, StoreError> {
        if !skip_waiting {
            return self.ids_where("WHERE id NOT IN (SELECT message FROM analysis)");
        }
        self.ids_where(
            "WHERE id NOT IN (SELECT message FROM analysis) \
             AND id NOT IN (SELECT w.message FROM scan_wait w \
                            WHERE NOT EXISTS (SELECT 1 FROM scan s WHERE s.hash = w.hash))",
        )
    }

    /// Every stored message's row id, in order.
    pub fn all_message_ids(&self) -> Result<Vec<i64>, StoreError> {
        self.ids_where("")
    }

    /// The row id of the message with this Message-ID (without <>).
    pub fn message_row(&self, message_id: &str) -> Result<Option<i64>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT id FROM message WHERE message_id = ?1",
                [message_id],
                |r| r.get(0),
            )
            .optional()?)
    }

    fn ids_where(&self, filter: &str) -> Result<Vec<i64>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(&format!("SELECT id FROM message {filter} ORDER BY id"))?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// One stored message with its raw bytes (loaded one at a time: a backlog of large mail
    /// is never all in memory).
    pub fn stored_message(&self, id: i64) -> Result<Option<StoredMessage>, StoreError> {
        Ok(self
            .conn
            .prepare_cached("SELECT id, message_id, raw, received_ts FROM message WHERE id = ?1")?
            .query_row([id], |r| {
                Ok(StoredMessage {
                    id: r.get(0)?,
                    message_id: r.get(1)?,
                    raw: r.get(2)?,
                    received: Timestamp::from_second(r.get(3)?).unwrap_or(Timestamp::UNIX_EPOCH),
                })
            })
            .optional()?)
    }

    /// Runs `f` inside one transaction: the writes it makes (each a savepoint) are committed
    /// together, much cheaper than a commit each. On an error nothing of it is kept (what it
    /// wrote is derived, or still waits at its source, and the next pass does it again).
    pub fn batch<T, E: From<StoreError>>(
        &mut self,
        f: impl FnOnce(&mut Store) -> Result<T, E>,
    ) -> Result<T, E> {
        self.conn
            .execute_batch("BEGIN IMMEDIATE")
            .map_err(|e| E::from(StoreError::from(e)))?;
        match f(self) {
            Ok(v) => {
                self.conn
                    .execute_batch("COMMIT")
                    .map_err(|e| E::from(StoreError::from(e)))?;
                Ok(v)
            }
            Err(e) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                Err(e)
            }
        }
    }

    /// Saves what OCR read from a file (replacing an earlier reading) and drops its job.
    pub fn save_scan(
        &mut self,
        hash: &str,
        st: &crate::edge::ocr::ScanText,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let tx = self.conn.savepoint()?;
        tx.execute("DELETE FROM scan_page WHERE hash = ?1", [hash])?;
        tx.execute(
            "INSERT OR REPLACE INTO scan (hash, text, confidence, pages_total, failure, created_ts) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                hash,
                st.text,
                st.confidence,
                st.pages_total as i64,
                st.failure,
                now.as_second()
            ],
        )?;
        for p in &st.pages {
            tx.execute(
                "INSERT INTO scan_page (hash, page, confidence, chars, image) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![hash, p.number as i64, p.confidence, p.chars as i64, p.image],
            )?;
        }
        tx.execute("DELETE FROM scan_job WHERE hash = ?1", [hash])?;
        tx.commit()?;
        Ok(())
    }

    /// Leaves a message's unread scans to the OCR worker.
    pub fn queue_scans(
        &mut self,
        message: i64,
        scans: &[crate::edge::ocr::Scan],
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let tx = self.conn.savepoint()?;
        for s in scans {
            tx.execute(
                "INSERT OR IGNORE INTO scan_job (hash, name, format, data, queued_ts) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![s.hash, s.name, s.format.as_str(), s.data, now.as_second()],
            )?;
            tx.execute(
                "INSERT OR IGNORE INTO scan_wait (message, hash) VALUES (?1, ?2)",
                params![message, s.hash],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The oldest file waiting for OCR.
    pub fn next_scan_job(&self) -> Result<Option<crate::edge::ocr::Scan>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT hash, name, format, data FROM scan_job ORDER BY queued_ts, hash LIMIT 1",
                [],
                |r| {
                    let format: String = r.get(2)?;
                    Ok(crate::edge::ocr::Scan {
                        hash: r.get(0)?,
                        name: r.get(1)?,
                        format: if format == "pdf" {
                            crate::analysis::extract::Format::Pdf
                        } else {
                            crate::analysis::extract::Format::Image
                        },
                        data: r.get(3)?,
                    })
                },
            )
            .optional()?)
    }

    /// The page images OCR was not sure of.
    pub fn unsure_pages(&self) -> Result<Vec<UnsurePage>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT hash, page, confidence, image FROM scan_page WHERE image IS NOT NULL ORDER BY hash, page",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(UnsurePage {
                hash: r.get(0)?,
                page: r.get(1)?,
                confidence: r.get(2)?,
                image: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Replaces a message's analysis, parts and items in one transaction.
    pub fn save_analysis(&mut self, message: i64, a: &Analysis) -> Result<(), StoreError> {
        let tx = self.conn.savepoint()?;
        save_analysis_tx(&tx, message, a)?;
        tx.commit()?;
        Ok(())
    }

    /// Measures covered (or marked not applicable) by an executor's stored items in a period.
    pub fn covered(&self, executor: &str, period: u32) -> Result<Vec<u32>, StoreError> {
        let mut stmt = self.conn.prepare("SELECT DISTINCT measure FROM item WHERE executor = ?1 AND period = ?2 AND measure IS NOT NULL ORDER BY measure")?;
        let rows = stmt.query_map(params![executor, period], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Every item, in a stable order.
    pub fn items(&self) -> Result<Vec<ItemRow>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT i.message, m.message_id, m.received_ts, i.seq, i.executor, i.period, i.measure, i.text, i.confidence, i.late, i.not_applicable, i.source, i.sheet, i.row, i.evidence, i.candidates
             FROM item i JOIN message m ON m.id = i.message
             ORDER BY i.executor, i.period IS NULL, i.period, i.measure IS NULL, i.measure, m.received_ts, m.message_id, i.seq",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(ItemRow {
                message: r.get(0)?,
                message_id: r.get(1)?,
                received_ts: r.get(2)?,
                seq: r.get(3)?,
                executor: r.get(4)?,
                period: r.get(5)?,
                measure: r.get(6)?,
                text: r.get(7)?,
                confidence: r.get(8)?,
                late: r.get(9)?,
                not_applicable: r.get(10)?,
                source: r.get(11)?,
                sheet: r.get(12)?,
                row: r.get(13)?,
                evidence: r.get(14)?,
                candidates: candidates_from(&r.get::<_, String>(15)?),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Every message with its analysis (if any), oldest first.
    pub fn messages(&self) -> Result<Vec<MessageRow>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT m.id, m.message_id, m.received_ts, m.origin, a.kind, a.from_addr, a.subject, a.executor, a.method, a.attribution_confidence, a.period, COALESCE(a.late, 0), a.reason_code, a.reason_text
             FROM message m LEFT JOIN analysis a ON a.message = m.id ORDER BY m.received_ts, m.message_id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(MessageRow {
                id: r.get(0)?,
                message_id: r.get(1)?,
                received_ts: r.get(2)?,
                origin: r.get(3)?,
                kind: r.get(4)?,
                from: r.get(5)?,
                subject: r.get(6)?,
                executor: r.get(7)?,
                method: r.get(8)?,
                attribution_confidence: r.get(9)?,
                period: r.get(10)?,
                late: r.get(11)?,
                reason_code: r.get(12)?,
                reason_text: r.get(13)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Finds a message by Message-ID.
    pub fn find_message(
        &self,
        message_id: &MessageId,
    ) -> Result<Option<(i64, Vec<u8>)>, StoreError> {
        let mid = message_id.as_str();
        Ok(self
            .conn
            .query_row(
                "SELECT id, raw FROM message WHERE message_id = ?1",
                [mid],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }

    pub fn parts(&self, message: i64) -> Result<Vec<PartRow>, StoreError> {
        let mut stmt = self.conn.prepare("SELECT name, format, chars, charset, reason_code, reason_text FROM part WHERE message = ?1 ORDER BY seq")?;
        let rows = stmt.query_map([message], |r| {
            Ok(PartRow {
                name: r.get(0)?,
                format: r.get(1)?,
                chars: r.get(2)?,
                charset: r.get(3)?,
                reason_code: r.get(4)?,
                reason_text: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

fn save_analysis_tx(
    tx: &rusqlite::Connection,
    message: i64,
    a: &Analysis,
) -> Result<(), StoreError> {
    tx.prepare_cached("DELETE FROM item WHERE message = ?1")?
        .execute([message])?;
    tx.prepare_cached("DELETE FROM part WHERE message = ?1")?
        .execute([message])?;
    tx.prepare_cached("DELETE FROM analysis WHERE message = ?1")?
        .execute([message])?;
    let executor = a.attribution.as_ref().map(|x| x.executor.clone());
    tx.prepare_cached("INSERT INTO analysis (message, kind, from_addr, subject, executor, method, attribution_confidence, period, late, reason_code, reason_text)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")?.execute(
            params![
                message,
                a.kind,
                a.from,
                a.subject,
                executor,
                a.attribution.as_ref().map(|x| x.method.as_str()),
                a.attribution.as_ref().map(|x| x.confidence),
                a.period,
                a.late,
                a.reason.as_ref().map(|r| r.code()),
                a.reason.as_ref().map(|r| r.text()),
            ],
        )?;
    for (seq, p) in a.parts.iter().enumerate() {
        tx.prepare_cached("INSERT INTO part (message, seq, name, format, chars, charset, reason_code, reason_text) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")?.execute(
                params![message, seq as i64, p.name, p.format, p.chars as i64, p.charset, p.reason.as_ref().map(|r| r.code()), p.reason.as_ref().map(|r| r.text())],
            )?;
    }
    if let Some(executor) = executor {
        for (seq, it) in a.items.iter().enumerate() {
            tx.prepare_cached("INSERT INTO item (message, seq, executor, period, measure, text, confidence, late, not_applicable, source, sheet, row, evidence, candidates)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)")?.execute(
                    params![message, seq as i64, executor, a.period, it.measure, it.text, it.confidence, a.late, it.not_applicable, it.source, it.sheet, it.row.map(|r| r as i64), it.evidence, candidates_column(&it.candidates)],
                )?;
        }
    }
    Ok(())
}

fn enqueue_tx(tx: &rusqlite::Connection, m: &Queued, now: Timestamp) -> Result<bool, StoreError> {
    let n = tx.execute(
        "INSERT OR IGNORE INTO outbox (key, kind, recipients, message_id, raw, status, next_ts, created_ts) VALUES (?1, ?2, ?3, ?4, ?5, 'queued', ?6, ?6)",
        params![m.key, m.kind, m.recipients.join(",").to_lowercase(), m.message_id, m.raw, now.as_second()],
    )?;
    Ok(n > 0)
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
    fn parse(s: &str) -> OutboxStatus {
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

impl crate::edge::ocr::ScanTexts for Store {
    fn scan_text(&self, hash: &str) -> Option<crate::edge::ocr::ScanText> {
        let found = self
            .conn
            .query_row(
                "SELECT text, confidence, pages_total, failure FROM scan WHERE hash = ?1",
                [hash],
                |r| {
                    Ok(crate::edge::ocr::ScanText {
                        text: r.get(0)?,
                        confidence: r.get(1)?,
                        pages_total: r.get::<_, i64>(2)? as usize,
                        failure: r.get(3)?,
                        pages: Vec::new(),
                    })
                },
            )
            .optional();
        let mut st = match found {
            Ok(Some(st)) => st,
            Ok(None) => return None,
            Err(e) => {
                tracing::warn!(error = %e, "Could not read a cached OCR text");
                return None;
            }
        };
        let pages = self
            .conn
            .prepare("SELECT page, confidence, chars FROM scan_page WHERE hash = ?1 ORDER BY page")
            .and_then(|mut stmt| {
                stmt.query_map([hash], |r| {
                    Ok(crate::edge::ocr::PageText {
                        number: r.get::<_, i64>(0)? as usize,
                        confidence: r.get(1)?,
                        chars: r.get::<_, i64>(2)? as usize,
                        image: None,
                    })
                })?
                .collect::<Result<Vec<_>, _>>()
            });
        st.pages = pages.unwrap_or_default();
        Some(st)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("db/zvit.sqlite")).unwrap();
        (dir, store)
    }

    fn message<'a>(id: Option<&'a str>, raw: &'a [u8]) -> NewMessage<'a> {
        let t: Timestamp = "2012-12-10T09:00:00Z".parse().unwrap();
        NewMessage {
            message_id: id,
            raw,
            received: t,
            origin: "test".into(),
            now: t,
        }
    }

    #[test]
    fn the_eight_migrations_run_once_and_a_reopened_database_keeps_its_schema() {
        let (dir, store) = store();
        let version: i64 = store
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(version, 8);
        drop(store);
        let again = Store::open(&dir.path().join("db/zvit.sqlite")).unwrap();
        let version: i64 = again
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(version, 8);
    }

    #[test]
    fn the_same_message_id_or_the_same_bytes_is_stored_once() {
        let (_dir, mut store) = store();
        let Inserted::New(id) = store.insert_raw(message(Some("a@x"), b"one")).unwrap() else {
            panic!("the first message is new");
        };
        assert!(matches!(
            store.insert_raw(message(Some("a@x"), b"other bytes")).unwrap(),
            Inserted::Duplicate(d) if d == id
        ));
        assert!(matches!(
            store.insert_raw(message(None, b"one")).unwrap(),
            Inserted::Duplicate(d) if d == id
        ));
        assert_eq!(store.all_message_ids().unwrap(), vec![id]);
    }

    #[test]
    fn decisions_are_kept_by_message_id_and_the_latest_of_a_kind_wins() {
        let (_dir, mut store) = store();
        let mid = MessageId::new("<a@x>");
        let t: Timestamp = "2012-12-10T09:00:00Z".parse().unwrap();
        store
            .decide(&mid, &Decision::Assign("one".into()), "test", t)
            .unwrap();
        store
            .decide(&mid, &Decision::Assign("two".into()), "test", t)
            .unwrap();
        store
            .decide(
                &mid,
                &Decision::SetMeasure { seq: 2, measure: 7 },
                "test",
                t,
            )
            .unwrap();
        let d = store.decisions("a@x").unwrap();
        assert_eq!(d.executor.as_deref(), Some("two"));
        assert_eq!(d.measures, vec![(2, 7)]);
        assert!(!d.dismissed);
        // Taking the item off replaces putting it on; the log keeps both, oldest first.
        store
            .decide(&mid, &Decision::ClearMeasure { seq: 2 }, "test", t)
            .unwrap();
        let d = store.decisions("a@x").unwrap();
        assert!(d.measures.is_empty());
        assert_eq!(d.cleared, vec![2]);
        let log = store.decision_log(&mid).unwrap();
        assert_eq!(log.len(), 4);
        assert_eq!(log[3].decision, Decision::ClearMeasure { seq: 2 });
        assert_eq!(log[3].by, "test");
    }
}
