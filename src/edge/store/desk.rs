//! The `desk_user` and `desk_session` tables: the web desk's users (name, role, password hash)
//! and their sessions, found by the SHA-256 of their token (the token itself is never stored).
//! Hashing passwords and tokens is the desk's business (`web::auth`); here they are columns.

use jiff::Timestamp;
use rusqlite::{OptionalExtension, params};

use super::{Store, StoreError};

/// A current session as stored, with its user's role (as written: "coordinator", "admin").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeskSession {
    pub user: String,
    pub role: String,
    pub csrf: String,
}

impl Store {
    /// Adds a user; `Ok(false)` when the name is taken (nothing changes then).
    pub fn add_desk_user(
        &self,
        name: &str,
        role: &str,
        hash: &str,
        now: Timestamp,
    ) -> Result<bool, StoreError> {
        let n = self.conn.execute(
            "INSERT INTO desk_user (name, role, hash, created_ts) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (name) DO NOTHING",
            params![name, role, hash, now.as_second()],
        )?;
        Ok(n > 0)
    }

    /// (name, role) of every user, by name.
    pub fn desk_users(&self) -> Result<Vec<(String, String)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT name, role FROM desk_user ORDER BY name")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Removes a user and ends their sessions; `Ok(false)` when there was no such user.
    pub fn remove_desk_user(&self, name: &str) -> Result<bool, StoreError> {
        let n = self
            .conn
            .execute("DELETE FROM desk_user WHERE name = ?1", [name])?;
        self.conn
            .execute("DELETE FROM desk_session WHERE user = ?1", [name])?;
        Ok(n > 0)
    }

    /// The stored hash of a user's password.
    pub fn desk_password_hash(&self, name: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT hash FROM desk_user WHERE name = ?1", [name], |r| {
                r.get(0)
            })
            .optional()?)
    }

    /// Records a session (sessions expired by `now` go first).
    pub fn start_desk_session(
        &self,
        token_hash: &str,
        user: &str,
        csrf: &str,
        now: Timestamp,
        expires: Timestamp,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "DELETE FROM desk_session WHERE expires_ts <= ?1",
            [now.as_second()],
        )?;
        self.conn.execute(
            "INSERT INTO desk_session (token_hash, user, csrf, created_ts, expires_ts) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![token_hash, user, csrf, now.as_second(), expires.as_second()],
        )?;
        Ok(())
    }

    /// The session of a token's hash, if it is current at `now` and its user still exists.
    pub fn desk_session(
        &self,
        token_hash: &str,
        now: Timestamp,
    ) -> Result<Option<DeskSession>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT s.user, u.role, s.csrf FROM desk_session s JOIN desk_user u ON u.name = s.user \
                 WHERE s.token_hash = ?1 AND s.expires_ts > ?2",
                params![token_hash, now.as_second()],
                |r| {
                    Ok(DeskSession {
                        user: r.get(0)?,
                        role: r.get(1)?,
                        csrf: r.get(2)?,
                    })
                },
            )
            .optional()?)
    }

    /// Ends a session.
    pub fn end_desk_session(&self, token_hash: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "DELETE FROM desk_session WHERE token_hash = ?1",
            [token_hash],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{store, t};
    use super::*;

    /// Sessions stored, current or not.
    fn sessions(store: &Store) -> i64 {
        store
            .conn
            .query_row("SELECT count(*) FROM desk_session", [], |r| r.get(0))
            .unwrap()
    }

    #[test]
    fn a_user_is_added_once_listed_by_name_and_removed_with_their_sessions() {
        let (_dir, store) = store();
        let now = t("2012-12-10T09:00:00Z");
        assert!(
            store
                .add_desk_user("olena", "coordinator", "h1", now)
                .unwrap()
        );
        assert!(!store.add_desk_user("olena", "admin", "h2", now).unwrap());
        assert!(store.add_desk_user("andrii", "admin", "h3", now).unwrap());
        assert_eq!(
            store.desk_users().unwrap(),
            [
                ("andrii".to_string(), "admin".to_string()),
                ("olena".to_string(), "coordinator".to_string())
            ]
        );
        assert_eq!(
            store.desk_password_hash("olena").unwrap().as_deref(),
            Some("h1")
        );
        assert_eq!(store.desk_password_hash("nobody").unwrap(), None);

        let later = t("2012-12-10T21:00:00Z");
        store
            .start_desk_session("tok", "olena", "csrf", now, later)
            .unwrap();
        assert!(store.remove_desk_user("olena").unwrap());
        assert!(!store.remove_desk_user("olena").unwrap());
        assert_eq!(store.desk_session("tok", now).unwrap(), None);
        assert_eq!(sessions(&store), 0);
    }

    #[test]
    fn a_session_opens_until_it_expires_or_ends_and_expired_ones_are_swept() {
        let (_dir, store) = store();
        let now = t("2012-12-10T09:00:00Z");
        let noon = t("2012-12-10T12:00:00Z");
        let evening = t("2012-12-10T21:00:00Z");
        store.add_desk_user("olena", "admin", "h", now).unwrap();
        store
            .start_desk_session("a", "olena", "c1", now, noon)
            .unwrap();
        store
            .start_desk_session("b", "olena", "c2", now, evening)
            .unwrap();
        assert_eq!(
            store.desk_session("a", now).unwrap(),
            Some(DeskSession {
                user: "olena".into(),
                role: "admin".into(),
                csrf: "c1".into()
            })
        );
        assert_eq!(
            store.desk_session("a", noon).unwrap(),
            None,
            "expired at noon"
        );
        // A new session sweeps the expired ones.
        store
            .start_desk_session("c", "olena", "c3", noon, evening)
            .unwrap();
        assert_eq!(sessions(&store), 2);
        store.end_desk_session("b").unwrap();
        assert_eq!(store.desk_session("b", now).unwrap(), None);
        assert!(store.desk_session("c", now).unwrap().is_some());
    }
}
