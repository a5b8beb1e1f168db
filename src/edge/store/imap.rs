//! The `imap_uid` and `imap_state` tables: where each message sits on the server, and how far
//! each mailbox has been read.

use rusqlite::{OptionalExtension, params};

use super::messages::{Inserted, NewMessage, insert_message};
use super::{Store, StoreError};

/// Where a message sits on the IMAP server.
pub struct ImapUid {
    pub mailbox: String,
    pub uidvalidity: u32,
    pub uid: u32,
}

impl Store {
    /// Stores a message fetched over IMAP and advances the mailbox's last UID in the same
    /// transaction: the UID is never passed before its message is committed.
    pub fn insert_imap(
        &mut self,
        at: &ImapUid,
        message: NewMessage,
    ) -> Result<Inserted, StoreError> {
        let tx = self.conn.savepoint()?;
        let (result, _) = insert_message(&tx, &message)?;
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
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{message, store};
    use super::*;

    fn at(uidvalidity: u32, uid: u32) -> ImapUid {
        ImapUid {
            mailbox: "INBOX".into(),
            uidvalidity,
            uid,
        }
    }

    #[test]
    fn the_last_uid_only_grows_within_a_uidvalidity() {
        let (_dir, mut store) = store();
        store
            .insert_imap(&at(7, 5), message(Some("a@x"), b"a"))
            .unwrap();
        store
            .insert_imap(&at(7, 3), message(Some("b@x"), b"b"))
            .unwrap();
        assert_eq!(store.imap_state("INBOX").unwrap(), Some((7, 5)));
        store
            .insert_imap(&at(8, 2), message(Some("c@x"), b"c"))
            .unwrap();
        assert_eq!(store.imap_state("INBOX").unwrap(), Some((8, 2)));
        store.reset_imap_state("INBOX", 9, 0).unwrap();
        assert_eq!(store.imap_state("INBOX").unwrap(), Some((9, 0)));
        assert_eq!(store.imap_state("Other").unwrap(), None);
        assert_eq!(store.message_count().unwrap(), 3);
    }

    #[test]
    fn only_analysed_unmarked_uids_wait_for_their_marks() {
        let (_dir, mut store) = store();
        let Inserted::New(id) = store
            .insert_imap(&at(7, 5), message(Some("a@x"), b"a"))
            .unwrap()
        else {
            panic!("new");
        };
        assert!(store.imap_pending_marks("INBOX", 7).unwrap().is_empty());
        store
            .conn
            .execute(
                "INSERT INTO analysis (message, kind, subject, late) VALUES (?1, 'report', '', 0)",
                [id],
            )
            .unwrap();
        assert_eq!(
            store.imap_pending_marks("INBOX", 7).unwrap(),
            vec![(5, true)]
        );
        store.imap_marked("INBOX", 7, &[5]).unwrap();
        assert!(store.imap_pending_marks("INBOX", 7).unwrap().is_empty());
    }
}
