//! The `outbox` table: built mails, queued once per key, and how their delivery stands.

use jiff::Timestamp;
use rusqlite::params;

use super::{Store, StoreError};
use crate::outgoing::records::{OutboxRow, OutboxStatus, Queued};

impl Store {
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
        Ok(self
            .conn
            .prepare_cached(
                "SELECT count(*) FROM outbox WHERE created_ts >= ?1 AND (',' || recipients || ',') LIKE ?2",
            )?
            .query_row(
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
}

pub(super) fn enqueue_tx(
    tx: &rusqlite::Connection,
    m: &Queued,
    now: Timestamp,
) -> Result<bool, StoreError> {
    let n = tx.prepare_cached(
        "INSERT OR IGNORE INTO outbox (key, kind, recipients, message_id, raw, status, next_ts, created_ts) VALUES (?1, ?2, ?3, ?4, ?5, 'queued', ?6, ?6)",
    )?.execute(
        params![m.key, m.kind, m.recipients.join(",").to_lowercase(), m.message_id, m.raw, now.as_second()],
    )?;
    Ok(n > 0)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{store, t};
    use super::*;
    use crate::outgoing::compose::MailKind;

    fn mail(key: &str) -> Queued {
        Queued {
            key: key.into(),
            kind: MailKind::Reminder,
            recipients: vec!["A@x.ua".into(), "b@x.ua".into()],
            message_id: format!("{key}@zvit"),
            raw: b"mail".to_vec(),
        }
    }

    #[test]
    fn a_key_is_queued_once() {
        let (_dir, mut store) = store();
        let now = t("2012-12-10T09:00:00Z");
        assert!(store.enqueue(&mail("r1"), now).unwrap());
        assert!(!store.enqueue(&mail("r1"), now).unwrap());
        assert!(store.outbox_has("r1").unwrap());
        assert!(!store.outbox_has("r2").unwrap());
        let rows = store.outbox_list(false).unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].kind, MailKind::Reminder);
        assert_eq!(rows[0].recipients, vec!["a@x.ua", "b@x.ua"]);
        assert_eq!(rows[0].status, OutboxStatus::Queued);
        assert_eq!(store.sent_to_since("a@x.ua", now).unwrap(), 1);
        assert_eq!(store.sent_to_since("c@x.ua", now).unwrap(), 0);
    }

    #[test]
    fn a_mail_goes_from_queued_to_sent_or_failed_and_back() {
        let (_dir, mut store) = store();
        let now = t("2012-12-10T09:00:00Z");
        let later = t("2012-12-10T10:00:00Z");
        store.enqueue(&mail("r1"), now).unwrap();
        store.enqueue(&mail("r2"), now).unwrap();
        let due = store.outbox_due(now, 10).unwrap();
        assert_eq!(due.len(), 2);
        store.outbox_sending(due[0].id).unwrap();
        store.outbox_sent(due[0].id, now).unwrap();
        store.outbox_retry_at(due[1].id, later, "busy").unwrap();
        assert!(store.outbox_due(now, 10).unwrap().is_empty());
        assert_eq!(store.outbox_due(later, 10).unwrap().len(), 1);
        store.outbox_failed(due[1].id, "refused").unwrap();
        let failed = store.outbox_list(true).unwrap();
        assert_eq!(failed.len(), 1);
        assert_eq!(failed[0].last_error.as_deref(), Some("refused"));
        assert!(!store.outbox_requeue(due[0].id, later).unwrap());
        assert!(store.outbox_requeue(due[1].id, later).unwrap());
        let rows = store.outbox_list(false).unwrap();
        assert_eq!(rows[0].status, OutboxStatus::Sent);
        assert_eq!(rows[0].attempts, 1);
        assert_eq!(rows[1].status, OutboxStatus::Queued);
    }
}
