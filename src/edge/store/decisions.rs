//! The `decision` and `learned_address` tables: what people decided about messages.

use jiff::Timestamp;
use rusqlite::params;

use super::{Store, StoreError};
use crate::analysis::decision::Decision;
use crate::analysis::message_id::MessageId;

impl Store {
    /// Records a person's decision about a message (replacing an earlier one of the same kind).
    pub fn decide(
        &self,
        message_id: &MessageId,
        decision: &Decision,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let (action, value) = decision.columns();
        self.conn.execute(
            "INSERT INTO decision (message_id, action, value, at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (message_id, action) DO UPDATE SET value = excluded.value, at = excluded.at",
            params![message_id.as_str(), action, value, now.as_second()],
        )?;
        Ok(())
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
        let (_dir, store) = store();
        let mid = MessageId::new("<a@x>");
        let t: Timestamp = "2012-12-10T09:00:00Z".parse().unwrap();
        store
            .decide(&mid, &Decision::Assign("one".into()), t)
            .unwrap();
        store
            .decide(&mid, &Decision::Assign("two".into()), t)
            .unwrap();
        store
            .decide(&mid, &Decision::SetMeasure { seq: 2, measure: 7 }, t)
            .unwrap();
        let d = store.decisions("a@x").unwrap();
        assert_eq!(d.executor.as_deref(), Some("two"));
        assert_eq!(d.measures, vec![(2, 7)]);
        assert!(!d.dismissed);
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
