//! Store: the SQLite database (WAL, versioned migrations). Raw messages are committed before
//! they are analysed; analyses (parts, items) are derived data that `reprocess` rebuilds.
//!
//! This file opens the database (migrations, pragmas) and holds what every group shares (the
//! batch transaction, the blocking helper); each table group has its file with its own
//! `impl Store` block: messages, imap, health, outbox, analyses, attempts, decisions, desk, scans.

use std::path::Path;
use std::sync::LazyLock;

use rusqlite::Connection;
use rusqlite_migration::{M, Migrations};
use sha2::{Digest, Sha256};

mod analyses;
mod attempts;
mod columns;
mod decisions;
mod desk;
mod health;
mod imap;
mod messages;
mod outbox;
mod scans;

pub use decisions::LoggedDecision;
pub use desk::DeskSession;
pub use imap::ImapUid;
pub use messages::{Inserted, NewMessage, StoredMessage};
pub use scans::{ScanReader, UnsurePage};

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

/// Prepared statements kept per connection (see [`Store::open`]).
const STATEMENT_CACHE: usize = 64;

pub struct Store {
    conn: Connection,
}

impl Store {
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
        // The statements of intake, analysis and answers are prepared once and kept: more of
        // them than rusqlite's default of 16, which would evict and prepare them again.
        conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        MIGRATIONS.to_latest(&mut conn)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600));
        }
        Ok(Store { conn })
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

    /// [`Store::batch`] whose commit is on disk when it returns, even if the power fails
    /// right after (`synchronous = FULL` for this commit; the store otherwise runs at NORMAL,
    /// where a power cut may undo the last commits). For what is about to be let go at its
    /// source: a Maildir file moves out of `new/` only after this.
    pub fn durable_batch<T, E: From<StoreError>>(
        &mut self,
        f: impl FnOnce(&mut Store) -> Result<T, E>,
    ) -> Result<T, E> {
        self.conn
            .pragma_update(None, "synchronous", "FULL")
            .map_err(|e| E::from(StoreError::from(e)))?;
        let result = self.batch(f);
        let back = self.conn.pragma_update(None, "synchronous", "NORMAL");
        let v = result?;
        back.map_err(|e| E::from(StoreError::from(e)))?;
        Ok(v)
    }

    /// Runs `f`'s reads inside one read transaction: one snapshot, and one round of locking
    /// instead of one per statement.
    pub fn reading<T>(
        &self,
        f: impl FnOnce(&Store) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        if !self.conn.is_autocommit() {
            return f(self);
        }
        self.conn.execute_batch("BEGIN DEFERRED")?;
        let result = f(self);
        let end = self
            .conn
            .execute_batch(if result.is_ok() { "COMMIT" } else { "ROLLBACK" });
        let v = result?;
        end?;
        Ok(v)
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
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let digest = Sha256::digest(bytes);
    let mut out = String::with_capacity(2 * digest.len());
    for b in digest {
        out.push(HEX[usize::from(b >> 4)] as char);
        out.push(HEX[usize::from(b & 0xf)] as char);
    }
    out
}

/// What the groups' tests share: a store in a temporary folder, a message, a time.
#[cfg(test)]
pub(super) mod test_support {
    use jiff::Timestamp;

    use super::{NewMessage, Store};

    pub fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("db/zvit.sqlite")).unwrap();
        (dir, store)
    }

    pub fn t(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    pub fn message<'a>(id: Option<&'a str>, raw: &'a [u8]) -> NewMessage<'a> {
        let t = t("2012-12-10T09:00:00Z");
        NewMessage {
            message_id: id,
            raw,
            received: t,
            origin: "test".into(),
            now: t,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::test_support::store;
    use super::*;

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
    fn a_durable_batch_commits_with_full_sync_and_the_store_goes_back_to_normal() {
        let (_dir, mut store) = store();
        let sync = |s: &Store| -> i64 {
            s.conn
                .query_row("PRAGMA synchronous", [], |r| r.get(0))
                .unwrap()
        };
        assert_eq!(sync(&store), 1, "NORMAL");
        let inside = store
            .durable_batch(|s| Ok::<_, StoreError>(sync(s)))
            .unwrap();
        assert_eq!(inside, 2, "FULL while the batch commits");
        assert_eq!(sync(&store), 1, "NORMAL again");
        // Also after a batch that fails.
        let failed: Result<(), StoreError> =
            store.durable_batch(|_| Err(StoreError::from(rusqlite::Error::InvalidQuery)));
        assert!(failed.is_err());
        assert_eq!(sync(&store), 1);
    }

    #[test]
    fn sha256_hex_is_the_lowercase_hex_digest() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn a_failed_batch_keeps_nothing_of_what_it_wrote() {
        let (_dir, mut store) = store();
        let result: Result<(), StoreError> = store.batch(|s| {
            s.insert_raw(test_support::message(Some("a@x"), b"one"))?;
            Err(StoreError::Sqlite(rusqlite::Error::InvalidQuery))
        });
        assert!(result.is_err());
        assert_eq!(store.message_count().unwrap(), 0);
        store
            .batch(|s| s.insert_raw(test_support::message(Some("a@x"), b"one")))
            .unwrap();
        assert_eq!(store.message_count().unwrap(), 1);
    }
}
