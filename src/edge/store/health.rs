//! The `health` table: the daemon's facts for `zvit status`.

use jiff::Timestamp;
use rusqlite::params;

use super::{Store, StoreError};

impl Store {
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
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{store, t};

    #[test]
    fn a_health_fact_is_replaced_and_cleared() {
        let (_dir, store) = store();
        store
            .set_health("backlog", "3", t("2012-12-10T09:00:00Z"))
            .unwrap();
        store
            .set_health("backlog", "4", t("2012-12-10T09:01:00Z"))
            .unwrap();
        store
            .set_health("last_error", "x", t("2012-12-10T09:02:00Z"))
            .unwrap();
        let facts = store.health().unwrap();
        assert_eq!(facts.len(), 2);
        assert_eq!(
            facts[0],
            (
                "backlog".to_string(),
                "4".to_string(),
                t("2012-12-10T09:01:00Z").as_second()
            )
        );
        store.clear_health("last_error").unwrap();
        assert_eq!(store.health().unwrap().len(), 1);
    }
}
