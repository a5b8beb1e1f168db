//! Intake from files: messages from .eml files and Maildir folders into the store. The
//! analysis follows from the stored bytes ([`crate::service::analyse`]), so a crash between
//! the two only delays analysis (the next pass picks up unanalysed messages).

use std::path::{Path, PathBuf};

use jiff::Timestamp;

use crate::analysis::parse;
use crate::edge::store::{Inserted, NewMessage, Store, StoreError, StoredMessage};

#[derive(Debug, thiserror::Error)]
pub enum IntakeError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
}

/// One message file found by [`collect`].
#[derive(Debug, Clone)]
pub struct Found {
    pub path: PathBuf,
    /// Set for Maildir `new/` files, which are moved to `cur/` once stored.
    pub maildir_new: bool,
}

/// Expands the paths given to `ingest`: .eml files as they are; a Maildir (a folder with
/// cur/ and new/) as its messages; any other folder as the .eml files in it, recursively.
pub fn collect(paths: &[PathBuf]) -> Result<Vec<Found>, IntakeError> {
    let mut out = Vec::new();
    for p in paths {
        collect_one(p, &mut out)?;
    }
    Ok(out)
}

fn collect_one(path: &Path, out: &mut Vec<Found>) -> Result<(), IntakeError> {
    let err = |source| IntakeError::Read {
        path: path.display().to_string(),
        source,
    };
    let meta = std::fs::metadata(path).map_err(err)?;
    if meta.is_file() {
        out.push(Found {
            path: path.to_path_buf(),
            maildir_new: false,
        });
        return Ok(());
    }
    if path.join("cur").is_dir() || path.join("new").is_dir() {
        for (sub, new) in [("cur", false), ("new", true)] {
            let dir = path.join(sub);
            if !dir.is_dir() {
                continue;
            }
            for (f, kind) in sorted_entries(&dir)? {
                if kind == Kind::File {
                    out.push(Found {
                        path: f,
                        maildir_new: new,
                    });
                }
            }
        }
        return Ok(());
    }
    for (f, kind) in sorted_entries(path)? {
        if kind == Kind::Dir {
            collect_one(&f, out)?;
        } else if f.extension().is_some_and(|e| e.eq_ignore_ascii_case("eml")) {
            out.push(Found {
                path: f,
                maildir_new: false,
            });
        }
    }
    Ok(())
}

/// What a folder entry is, a symbolic link followed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    File,
    Dir,
    Other,
}

/// A folder's entries in name order with their kinds: the kind comes from the folder listing
/// itself, so a Maildir of thousands of messages costs no `stat` per file (only a symbolic
/// link is looked up, to follow it).
fn sorted_entries(dir: &Path) -> Result<Vec<(PathBuf, Kind)>, IntakeError> {
    let err = |source| IntakeError::Read {
        path: dir.display().to_string(),
        source,
    };
    let kind = |t: std::fs::FileType| {
        if t.is_file() {
            Kind::File
        } else if t.is_dir() {
            Kind::Dir
        } else {
            Kind::Other
        }
    };
    let mut v: Vec<(PathBuf, Kind)> = std::fs::read_dir(dir)
        .map_err(err)?
        .filter_map(|e| {
            let e = e.ok()?;
            let path = e.path();
            let k = match e.file_type() {
                Ok(t) if t.is_symlink() => {
                    std::fs::metadata(&path).map_or(Kind::Other, |m| kind(m.file_type()))
                }
                Ok(t) => kind(t),
                Err(_) => std::fs::metadata(&path).map_or(Kind::Other, |m| kind(m.file_type())),
            };
            Some((path, k))
        })
        .collect();
    v.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(v)
}

/// What happened to one message file.
#[derive(Debug)]
pub enum Outcome {
    Stored { id: i64, message_id: Option<String> },
    Duplicate { id: i64 },
    Failed(String),
}

/// Stores message files' raw bytes in batches (one commit per batch); each file moves from a
/// Maildir's new/ to cur/ only after its batch is committed. One outcome per file, in order.
/// The receive time is (docs/semantics.md) the newest Received:, else Date:, else the file's
/// modification time.
pub fn store_files(store: &mut Store, found: &[Found], now: Timestamp) -> Vec<Outcome> {
    found
        .chunks(64)
        .flat_map(|chunk| store_batch(store, chunk, now))
        .map(|(outcome, _)| outcome)
        .collect()
}

/// [`store_files`] for one batch (one commit), also handing back each newly stored message as
/// it now stands in the store, so the analysis can take the bytes from memory instead of
/// reading back what was just written. One entry per file, in order.
pub fn store_batch(
    store: &mut Store,
    chunk: &[Found],
    now: Timestamp,
) -> Vec<(Outcome, Option<StoredMessage>)> {
    let read: Vec<Result<ReadFile, String>> = chunk.iter().map(|f| read_file(f, now)).collect();
    // Durable before any file leaves new/: a power cut must not undo a commit whose files
    // were already moved out of the daemon's sight.
    let stored = store.durable_batch(|store| {
        let mut outcomes = Vec::with_capacity(chunk.len());
        for (f, r) in chunk.iter().zip(&read) {
            let outcome = match r {
                Err(e) => Outcome::Failed(e.clone()),
                Ok((raw, env, received)) => {
                    let message = NewMessage {
                        message_id: env.message_id.as_deref(),
                        raw,
                        received: *received,
                        origin: f.path.display().to_string(),
                        now,
                    };
                    match store.insert_raw_keyed(message) {
                        Ok((Inserted::New(id), key)) => {
                            outcomes.push((
                                Outcome::Stored {
                                    id,
                                    message_id: env.message_id.clone(),
                                },
                                Some(key),
                            ));
                            continue;
                        }
                        Ok((Inserted::Duplicate(id), _)) => Outcome::Duplicate { id },
                        Err(e) => Outcome::Failed(format!("{}: {e}", f.path.display())),
                    }
                }
            };
            outcomes.push((outcome, None));
        }
        Ok::<_, StoreError>(outcomes)
    });
    match stored {
        Ok(outcomes) => {
            let mut out = Vec::with_capacity(chunk.len());
            for ((f, (outcome, key)), r) in chunk.iter().zip(outcomes).zip(read) {
                if !matches!(outcome, Outcome::Failed(_)) {
                    mark_seen(f);
                }
                let kept = match (&outcome, key, r) {
                    (Outcome::Stored { id, .. }, Some(message_id), Ok((raw, _, received))) => {
                        Some(StoredMessage {
                            id: *id,
                            message_id,
                            raw,
                            // As the store keeps it: whole seconds.
                            received: Timestamp::from_second(received.as_second())
                                .unwrap_or(Timestamp::UNIX_EPOCH),
                        })
                    }
                    _ => None,
                };
                out.push((outcome, kept));
            }
            out
        }
        Err(e) => chunk
            .iter()
            .map(|f| (Outcome::Failed(format!("{}: {e}", f.path.display())), None))
            .collect(),
    }
}

/// A message file's bytes, its envelope and its receive time.
type ReadFile = (Vec<u8>, parse::Envelope, Timestamp);

fn read_file(found: &Found, now: Timestamp) -> Result<ReadFile, String> {
    let raw = std::fs::read(&found.path)
        .map_err(|e| format!("cannot read {}: {e}", found.path.display()))?;
    let env = parse::envelope(&raw);
    let received = env.header_time.unwrap_or_else(|| {
        std::fs::metadata(&found.path)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| Timestamp::try_from(t).ok())
            .unwrap_or(now)
    });
    Ok((raw, env, received))
}

/// Maildir: a stored message moves from new/ to cur/ with the Seen flag.
fn mark_seen(found: &Found) {
    if !found.maildir_new {
        return;
    }
    let (Some(dir), Some(name)) = (
        found.path.parent().and_then(Path::parent),
        found.path.file_name(),
    ) else {
        return;
    };
    let name = name.to_string_lossy();
    let target = dir.join("cur").join(if name.contains(":2,") {
        name.to_string()
    } else {
        format!("{name}:2,S")
    });
    if let Err(e) = std::fs::rename(&found.path, &target) {
        tracing::warn!(path = %found.path.display(), error = %e, "Could not move a stored message to cur/");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stored_batch_hands_back_each_new_message_as_the_store_keeps_it() {
        let dir = tempfile::tempdir().unwrap();
        let maildir = dir.path().join("inbox");
        for sub in ["cur", "new", "tmp"] {
            std::fs::create_dir_all(maildir.join(sub)).unwrap();
        }
        // No Date: the receive time is the file's, with a fraction of a second the store
        // does not keep; no Message-ID: the store names it by its hash.
        let mails: [&[u8]; 3] = [
            b"Message-ID: <a@x>\r\nSubject: a\r\n\r\none\r\n",
            b"Subject: b\r\n\r\ntwo\r\n",
            b"Message-ID: <a@x>\r\nSubject: again\r\n\r\nthree\r\n",
        ];
        for (i, m) in mails.iter().enumerate() {
            std::fs::write(maildir.join("new").join(format!("{i}.eml")), m).unwrap();
        }
        let found = collect(std::slice::from_ref(&maildir)).unwrap();
        let mut store = Store::open(&dir.path().join("zvit.sqlite")).unwrap();
        let now: Timestamp = "2012-12-10T09:00:00.5Z".parse().unwrap();
        let out = store_batch(&mut store, &found, now);
        assert_eq!(out.len(), 3);
        for (outcome, kept) in &out[..2] {
            let Outcome::Stored { id, .. } = outcome else {
                panic!("stored: {outcome:?}");
            };
            let kept = kept.as_ref().unwrap();
            let back = store.stored_message(*id).unwrap().unwrap();
            assert_eq!(
                (&kept.message_id, &kept.raw, kept.received, kept.id),
                (&back.message_id, &back.raw, back.received, back.id)
            );
        }
        assert!(matches!(out[2], (Outcome::Duplicate { .. }, None)));
        // All three left new/ once committed.
        assert_eq!(std::fs::read_dir(maildir.join("new")).unwrap().count(), 0);
    }
}
