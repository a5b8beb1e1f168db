//! The `message` table: raw mail as it came, committed before any analysis.

use jiff::Timestamp;
use rusqlite::{OptionalExtension, params};

use super::{Store, StoreError, sha256_hex};
use crate::analysis::message_id::MessageId;

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

impl Store {
    /// Commits a raw message. Same Message-ID or same bytes as a stored one: nothing changes.
    ///
    /// Inside a transaction (a [`Store::batch`] of files) it needs no savepoint of its own:
    /// its one write is a single statement, which SQLite undoes whole when it fails.
    pub fn insert_raw(&mut self, message: NewMessage) -> Result<Inserted, StoreError> {
        Ok(self.insert_raw_keyed(message)?.0)
    }

    /// [`Store::insert_raw`], also returning the Message-ID this message is stored under when
    /// new: its own, or one made from its SHA-256 when it has none. (For a duplicate it is the
    /// key this message would have had, not necessarily the stored one's.)
    pub fn insert_raw_keyed(
        &mut self,
        message: NewMessage,
    ) -> Result<(Inserted, String), StoreError> {
        if !self.conn.is_autocommit() {
            return insert_message(&self.conn, &message);
        }
        let tx = self.conn.savepoint()?;
        let result = insert_message(&tx, &message)?;
        tx.commit()?;
        Ok(result)
    }

    /// Number of stored messages.
    pub fn message_count(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM message", [], |r| r.get(0))?)
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
}

/// Inserts a message unless one with the same Message-ID (or, without one, a name made from
/// the hash) or the same bytes is stored.
pub(super) fn insert_message(
    tx: &rusqlite::Connection,
    m: &NewMessage,
) -> Result<(Inserted, String), StoreError> {
    let sha = sha256_hex(m.raw);
    let mid = m
        .message_id
        .filter(|id| !id.trim().is_empty())
        .map(str::to_string)
        .unwrap_or_else(|| format!("{}@zvit.sha256", &sha[..32]));
    let existing: Option<i64> = tx
        .prepare_cached("SELECT id FROM message WHERE message_id = ?1 OR sha256 = ?2")?
        .query_row(params![mid, sha], |r| r.get(0))
        .optional()?;
    if let Some(id) = existing {
        return Ok((Inserted::Duplicate(id), mid));
    }
    tx.prepare_cached(
        "INSERT INTO message (message_id, sha256, raw, received_ts, origin, stored_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![mid, sha, m.raw, m.received.as_second(), m.origin, m.now.to_string()])?;
    Ok((Inserted::New(tx.last_insert_rowid()), mid))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{message, store};
    use super::*;

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
    fn a_message_is_found_by_its_message_id_and_read_back_whole() {
        let (_dir, mut store) = store();
        let Inserted::New(id) = store.insert_raw(message(Some("a@x"), b"raw")).unwrap() else {
            panic!("new");
        };
        assert_eq!(store.message_row("a@x").unwrap(), Some(id));
        assert_eq!(
            store.find_message(&MessageId::new("<a@x>")).unwrap(),
            Some((id, b"raw".to_vec()))
        );
        let m = store.stored_message(id).unwrap().unwrap();
        assert_eq!(
            (m.message_id.as_str(), m.raw.as_slice()),
            ("a@x", &b"raw"[..])
        );
        assert_eq!(
            m.received,
            super::super::test_support::t("2012-12-10T09:00:00Z")
        );
        assert_eq!(store.unanalysed(false).unwrap(), vec![id]);
    }

    #[test]
    fn a_message_without_a_message_id_is_named_by_its_hash() {
        let (_dir, mut store) = store();
        store.insert_raw(message(Some("  "), b"bytes")).unwrap();
        let name = format!("{}@zvit.sha256", &sha256_hex(b"bytes")[..32]);
        assert!(store.message_row(&name).unwrap().is_some());
    }

    #[test]
    fn the_key_returned_on_insert_is_the_one_stored() {
        let (_dir, mut store) = store();
        for (given, raw) in [
            (Some("a@x"), &b"one"[..]),
            (Some(" "), b"two"),
            (None, b"three"),
        ] {
            let (Inserted::New(id), key) = store.insert_raw_keyed(message(given, raw)).unwrap()
            else {
                panic!("new");
            };
            assert_eq!(store.stored_message(id).unwrap().unwrap().message_id, key);
            // Stored again: the same key, as a duplicate.
            let (again, key2) = store.insert_raw_keyed(message(given, raw)).unwrap();
            assert_eq!((again, key2), (Inserted::Duplicate(id), key));
        }
    }
}
