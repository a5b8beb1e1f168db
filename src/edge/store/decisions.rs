//! The `decision`, `decision_log` and `learned_address` tables: what people decided about
//! messages, who and when.

use jiff::Timestamp;
use rusqlite::params;

use super::{Store, StoreError};
use crate::analysis::decision::Decision;
use crate::analysis::message_id::MessageId;

/// One decision as it was made (the decision log).
#[derive(Debug, Clone, PartialEq)]
pub struct LoggedDecision {
    pub decision: Decision,
    /// A desk user's name, or `cli:<login>`.
    pub by: String,
    /// When, in Unix seconds.
    pub at: i64,
}

impl Store {
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
}

#[cfg(test)]
mod tests {
    use super::super::test_support::store;
    use super::*;

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

    #[test]
    fn a_learned_address_is_kept_in_lower_case_and_the_latest_executor_wins() {
        let (_dir, store) = store();
        store.learn_address(" A@X.ua ", "one").unwrap();
        store.learn_address("a@x.ua", "two").unwrap();
        assert_eq!(
            store.learned_addresses().unwrap(),
            vec![("a@x.ua".to_string(), "two".to_string())]
        );
    }
}
