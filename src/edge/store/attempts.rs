//! The `attempt` and `answer_failure` tables: analyses that began and did not end, and answers
//! that could not be built.

use jiff::Timestamp;
use rusqlite::{OptionalExtension, params};

use super::{Store, StoreError};

impl Store {
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
        begin_attempt_on(&self.conn, message, now)
    }

    /// [`Store::begin_attempt`] for each of `messages`, all in one commit (a window of
    /// messages analysed side by side).
    pub fn begin_attempts(&mut self, messages: &[i64], now: Timestamp) -> Result<(), StoreError> {
        let tx = self.conn.savepoint()?;
        for m in messages {
            begin_attempt_on(&tx, *m, now)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// [`Store::end_attempt`] of `ended` (if any) and [`Store::begin_attempt`] of `begun`, in
    /// one commit: the analyses of a batch run one after the other need one commit each, not
    /// two, and no state is written that the two commits could not have left.
    pub fn end_and_begin_attempt(
        &mut self,
        ended: Option<i64>,
        begun: i64,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let Some(ended) = ended else {
            return self.begin_attempt(begun, now);
        };
        let tx = self.conn.savepoint()?;
        end_attempt_on(&tx, ended)?;
        begin_attempt_on(&tx, begun, now)?;
        tx.commit()?;
        Ok(())
    }

    /// The analysis of `message` that [`Store::begin_attempt`] recorded finished.
    pub fn end_attempt(&self, message: i64) -> Result<(), StoreError> {
        end_attempt_on(&self.conn, message)
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
}

/// [`Store::begin_attempt`] on a connection (or inside a savepoint of it).
fn begin_attempt_on(
    conn: &rusqlite::Connection,
    message: i64,
    now: Timestamp,
) -> Result<(), StoreError> {
    conn.prepare_cached(
        "INSERT INTO attempt (message, count, last_ts) VALUES (?1, 1, ?2) \
         ON CONFLICT (message) DO UPDATE SET count = count + 1, last_ts = excluded.last_ts",
    )?
    .execute(params![message, now.as_second()])?;
    Ok(())
}

/// [`Store::end_attempt`] on a connection (or inside a savepoint of it).
fn end_attempt_on(conn: &rusqlite::Connection, message: i64) -> Result<(), StoreError> {
    // One statement (one commit) in the usual case of a first attempt.
    let deleted = conn
        .prepare_cached("DELETE FROM attempt WHERE message = ?1 AND count <= 1")?
        .execute([message])?;
    if deleted == 0 {
        conn.prepare_cached("UPDATE attempt SET count = count - 1 WHERE message = ?1")?
            .execute([message])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::Store;
    use super::super::messages::Inserted;
    use super::super::test_support::{message, store, t};

    /// Two new messages' ids.
    fn two_messages(store: &mut Store) -> (i64, i64) {
        let mut new = |id: &str| match store.insert_raw(message(Some(id), id.as_bytes())).unwrap() {
            Inserted::New(n) => n,
            _ => panic!("{id} is new"),
        };
        (new("a@x"), new("b@x"))
    }

    #[test]
    fn an_attempt_counts_until_it_ends_and_clearing_forgets_it() {
        let (_dir, mut store) = store();
        let (a, b) = two_messages(&mut store);
        let now = t("2012-12-10T09:00:00Z");
        store.begin_attempt(a, now).unwrap();
        store.begin_attempt(a, now).unwrap();
        store.begin_attempt(b, now).unwrap();
        store.end_attempt(b).unwrap();
        assert_eq!(store.attempts(&[a, b]).unwrap(), vec![2, 0]);
        store.end_attempt(a).unwrap();
        assert_eq!(store.attempts(&[a]).unwrap(), vec![1]);
        assert_eq!(store.clear_attempts().unwrap(), 1);
        assert_eq!(store.attempts(&[a]).unwrap(), vec![0]);
    }

    #[test]
    fn ending_one_attempt_and_beginning_the_next_is_one_step() {
        let (_dir, mut store) = store();
        let (a, b) = two_messages(&mut store);
        let now = t("2012-12-10T09:00:00Z");
        store.end_and_begin_attempt(None, a, now).unwrap();
        assert_eq!(store.attempts(&[a, b]).unwrap(), vec![1, 0]);
        store.end_and_begin_attempt(Some(a), b, now).unwrap();
        assert_eq!(store.attempts(&[a, b]).unwrap(), vec![0, 1]);
        // A message begun twice ends once: one unfinished attempt stays counted.
        store.begin_attempt(b, now).unwrap();
        store.end_and_begin_attempt(Some(b), a, now).unwrap();
        assert_eq!(store.attempts(&[a, b]).unwrap(), vec![1, 1]);
    }

    #[test]
    fn an_answer_failure_is_kept_once_per_message() {
        let (_dir, mut store) = store();
        let Inserted::New(a) = store.insert_raw(message(Some("a@x"), b"a")).unwrap() else {
            panic!("new");
        };
        store
            .record_answer_failure(a, "first", t("2012-12-10T09:00:00Z"))
            .unwrap();
        store
            .record_answer_failure(a, "second", t("2012-12-10T10:00:00Z"))
            .unwrap();
        assert_eq!(
            store.answer_failures().unwrap(),
            vec![("a@x".to_string(), "second".to_string())]
        );
    }
}
