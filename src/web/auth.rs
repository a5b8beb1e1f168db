//! Desk users and sessions: Argon2id password hashes, random session tokens (only their
//! SHA-256 is stored), a CSRF token per session, and a limit on failed logins. The tables are
//! the store's `desk` group (`edge/store/desk.rs`).

use std::collections::HashMap;
use std::sync::Mutex;

use argon2::Argon2;
use argon2::password_hash::rand_core::{OsRng, RngCore};
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use jiff::Timestamp;

use crate::edge::store::{Store, StoreError, sha256_hex};

/// How long a session lasts without logging in again.
pub const SESSION_SECS: i64 = 12 * 3600;
/// Failed logins allowed per user name (and per client) within [`LIMIT_WINDOW_SECS`].
pub const MAX_FAILURES: usize = 5;
pub const LIMIT_WINDOW_SECS: i64 = 15 * 60;

#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    #[error("{0}")]
    Store(#[from] StoreError),
    #[error("a user name is 1 to 64 letters, digits, '.', '-' or '_'")]
    BadName,
    #[error("the password must have at least 10 characters")]
    WeakPassword,
    #[error("there is already a user named {0}")]
    Exists(String),
    #[error("no user named {0}")]
    NoUser(String),
    #[error("hashing the password: {0}")]
    Hash(String),
}

/// What a desk user may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Sees everything and corrects what was read.
    Coordinator,
    /// Also changes deadlines, reminder days and holidays.
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Coordinator => "coordinator",
            Role::Admin => "admin",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        match s {
            "coordinator" => Some(Role::Coordinator),
            "admin" => Some(Role::Admin),
            _ => None,
        }
    }
}

/// A logged-in user, as a request's session says.
#[derive(Debug, Clone)]
pub struct Session {
    pub user: String,
    pub role: Role,
    /// The token every form of this session must carry.
    pub csrf: String,
}

/// A random token: 32 bytes from the operating system, hex.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Compares two secrets in time that does not depend on where they differ.
pub fn same_secret(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
}

/// Adds a user with an Argon2id hash of the password.
pub fn add_user(
    store: &Store,
    name: &str,
    role: Role,
    password: &str,
    now: Timestamp,
) -> Result<(), AuthError> {
    if !valid_name(name) {
        return Err(AuthError::BadName);
    }
    if password.chars().count() < 10 {
        return Err(AuthError::WeakPassword);
    }
    let salt = SaltString::generate(&mut OsRng);
    let hash = Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map_err(|e| AuthError::Hash(e.to_string()))?
        .to_string();
    if !store.add_desk_user(name, role.as_str(), &hash, now)? {
        return Err(AuthError::Exists(name.to_string()));
    }
    Ok(())
}

/// (name, role) of every user, by name.
pub fn list_users(store: &Store) -> Result<Vec<(String, Role)>, AuthError> {
    Ok(store
        .desk_users()?
        .into_iter()
        .map(|(name, role)| (name, Role::parse(&role).unwrap_or(Role::Coordinator)))
        .collect())
}

/// Removes a user and ends their sessions.
pub fn remove_user(store: &Store, name: &str) -> Result<(), AuthError> {
    if !store.remove_desk_user(name)? {
        return Err(AuthError::NoUser(name.to_string()));
    }
    Ok(())
}

/// The stored hash of a user's password (read under the store's lock; checked without it).
pub fn password_hash(store: &Store, name: &str) -> Result<Option<String>, AuthError> {
    Ok(store.desk_password_hash(name)?)
}

/// Whether a password matches a stored hash. Without a hash (an unknown user) it costs the
/// same Argon2 work and fails, so the answer's timing does not tell which names exist.
pub fn verify(stored: Option<&str>, password: &str) -> bool {
    // A hash of a random password: verifying against it takes as long as a real one.
    static DECOY: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(random_token().as_bytes(), &salt)
            .map(|h| h.to_string())
            .unwrap_or_default()
    });
    let hash = stored.unwrap_or(DECOY.as_str());
    let ok = PasswordHash::new(hash).is_ok_and(|h| {
        Argon2::default()
            .verify_password(password.as_bytes(), &h)
            .is_ok()
    });
    ok && stored.is_some()
}

/// Starts a session for a user whose password was verified; returns its token (for the cookie).
pub fn start_session(store: &Store, name: &str, now: Timestamp) -> Result<String, AuthError> {
    let token = random_token();
    let expires = Timestamp::from_second(now.as_second() + SESSION_SECS).unwrap_or(Timestamp::MAX);
    store.start_desk_session(
        &sha256_hex(token.as_bytes()),
        name,
        &random_token(),
        now,
        expires,
    )?;
    Ok(token)
}

/// Checks a password and starts a session (all three steps under one caller's store).
pub fn login(
    store: &Store,
    name: &str,
    password: &str,
    now: Timestamp,
) -> Result<Option<String>, AuthError> {
    let hash = password_hash(store, name)?;
    if !verify(hash.as_deref(), password) {
        return Ok(None);
    }
    start_session(store, name, now).map(Some)
}

/// The session a cookie's token opens, if it is current and its user still exists.
pub fn session(store: &Store, token: &str, now: Timestamp) -> Result<Option<Session>, AuthError> {
    Ok(store
        .desk_session(&sha256_hex(token.as_bytes()), now)?
        .map(|s| Session {
            user: s.user,
            role: Role::parse(&s.role).unwrap_or(Role::Coordinator),
            csrf: s.csrf,
        }))
}

/// Ends a session.
pub fn logout(store: &Store, token: &str) -> Result<(), AuthError> {
    Ok(store.end_desk_session(&sha256_hex(token.as_bytes()))?)
}

/// Failed logins by key (a user name, a client address) within the window.
#[derive(Default)]
pub struct Limiter {
    failures: Mutex<HashMap<String, Vec<i64>>>,
}

impl Limiter {
    /// Whether any of these keys has used up its failures.
    pub fn blocked(&self, keys: &[String], now: Timestamp) -> bool {
        let mut map = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        let since = now.as_second() - LIMIT_WINDOW_SECS;
        keys.iter().any(|k| {
            map.get_mut(&limiter_key(k)).is_some_and(|v| {
                v.retain(|t| *t > since);
                v.len() >= MAX_FAILURES
            })
        })
    }

    pub fn failed(&self, keys: &[String], now: Timestamp) {
        let mut map = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        // Bounded: a flood of made-up names (each cut to MAX_KEY_BYTES) cannot grow the map
        // without end, not even inside one window: past MAX_KEYS the stalest entry goes.
        if map.len() >= MAX_KEYS {
            let since = now.as_second() - LIMIT_WINDOW_SECS;
            map.retain(|_, v| v.iter().any(|t| *t > since));
        }
        for k in keys {
            let k = limiter_key(k);
            if !map.contains_key(&k) && map.len() >= MAX_KEYS {
                let stalest = map
                    .iter()
                    .min_by_key(|(_, v)| v.last().copied().unwrap_or(i64::MIN))
                    .map(|(k, _)| k.clone());
                if let Some(s) = stalest {
                    map.remove(&s);
                }
            }
            map.entry(k).or_default().push(now.as_second());
        }
    }

    pub fn succeeded(&self, keys: &[String]) {
        let mut map = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        for k in keys {
            map.remove(&limiter_key(k));
        }
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.failures
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .len()
    }
}

/// Keys the limiter keeps at most; a key is cut to this many bytes (no user name is longer).
const MAX_KEYS: usize = 10_000;
const MAX_KEY_BYTES: usize = 128;

fn limiter_key(k: &str) -> String {
    let mut end = k.len().min(MAX_KEY_BYTES);
    while !k.is_char_boundary(end) {
        end -= 1;
    }
    k[..end].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flood_of_long_made_up_names_inside_one_window_stays_bounded() {
        let l = Limiter::default();
        let long = "я".repeat(100_000);
        for i in 0..(MAX_KEYS + 500) {
            l.failed(&[format!("{i}{long}")], T0);
        }
        assert!(l.len() <= MAX_KEYS, "{}", l.len());
        let map = l.failures.lock().unwrap();
        assert!(map.keys().all(|k| k.len() <= MAX_KEY_BYTES));
        drop(map);
        // A name still counts after being cut: five failures block it.
        let name = format!("x{long}");
        for _ in 0..MAX_FAILURES {
            l.failed(std::slice::from_ref(&name), T0);
        }
        assert!(l.blocked(&[name], T0));
    }

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let s = Store::open(&dir.path().join("z.db")).unwrap();
        (dir, s)
    }

    const T0: Timestamp = Timestamp::constant(1_355_000_000, 0);

    #[test]
    fn a_user_logs_in_with_the_right_password_only_and_the_session_ends_with_the_user() {
        let (_d, s) = store();
        add_user(&s, "olena", Role::Coordinator, "a long password", T0).unwrap();
        assert!(matches!(
            add_user(&s, "olena", Role::Admin, "another long one", T0),
            Err(AuthError::Exists(_))
        ));
        assert!(matches!(
            add_user(&s, "x", Role::Admin, "short", T0),
            Err(AuthError::WeakPassword)
        ));
        assert!(matches!(
            add_user(&s, "<b>", Role::Admin, "a long password", T0),
            Err(AuthError::BadName)
        ));
        let hash = password_hash(&s, "olena").unwrap().unwrap();
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        assert!(!hash.contains("a long password"));
        assert_eq!(login(&s, "olena", "wrong password", T0).unwrap(), None);
        assert_eq!(login(&s, "nobody", "a long password", T0).unwrap(), None);
        let token = login(&s, "olena", "a long password", T0).unwrap().unwrap();
        assert_eq!(token.len(), 64);
        let session = session(&s, &token, T0).unwrap().unwrap();
        assert_eq!(
            (session.user.as_str(), session.role),
            ("olena", Role::Coordinator)
        );
        assert_eq!(session.csrf.len(), 64);
        assert_ne!(session.csrf, token);
        // Expired after SESSION_SECS; gone with the user.
        let later = Timestamp::from_second(T0.as_second() + SESSION_SECS).unwrap();
        assert!(super::session(&s, &token, later).unwrap().is_none());
        remove_user(&s, "olena").unwrap();
        assert!(super::session(&s, &token, T0).unwrap().is_none());
        assert!(list_users(&s).unwrap().is_empty());
    }

    #[test]
    fn the_limiter_blocks_a_key_after_its_failures_within_the_window() {
        let l = Limiter::default();
        let keys = vec!["user:olena".to_string(), "ip:10.0.0.1".to_string()];
        for _ in 0..MAX_FAILURES {
            assert!(!l.blocked(&keys, T0));
            l.failed(&keys, T0);
        }
        assert!(l.blocked(&keys, T0));
        assert!(l.blocked(&keys[1..], T0));
        let after = Timestamp::from_second(T0.as_second() + LIMIT_WINDOW_SECS + 1).unwrap();
        assert!(!l.blocked(&keys, after));
    }

    #[test]
    fn secrets_compare_by_content() {
        assert!(same_secret("abc", "abc"));
        assert!(!same_secret("abc", "abd"));
        assert!(!same_secret("abc", "abcd"));
    }
}
