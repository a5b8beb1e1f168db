//! The `scan_job`, `scan_wait`, `scan` and `scan_page` tables: files waiting for the OCR worker
//! and what it read.

use jiff::Timestamp;
use rusqlite::{OptionalExtension, params};

use super::{Store, StoreError};

/// A scan page OCR was not sure of, with its image.
pub struct UnsurePage {
    pub hash: String,
    pub page: i64,
    pub confidence: f64,
    pub image: Vec<u8>,
}

impl Store {
    /// Saves what OCR read from a file (replacing an earlier reading) and drops its job.
    pub fn save_scan(
        &mut self,
        hash: &str,
        st: &crate::analysis::scan::ScanText,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let tx = self.conn.savepoint()?;
        tx.execute("DELETE FROM scan_page WHERE hash = ?1", [hash])?;
        tx.execute(
            "INSERT OR REPLACE INTO scan (hash, text, confidence, pages_total, failure, created_ts) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                hash,
                st.text,
                st.confidence,
                st.pages_total as i64,
                st.failure,
                now.as_second()
            ],
        )?;
        for p in &st.pages {
            tx.execute(
                "INSERT INTO scan_page (hash, page, confidence, chars, image) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![hash, p.number as i64, p.confidence, p.chars as i64, p.image],
            )?;
        }
        tx.execute("DELETE FROM scan_job WHERE hash = ?1", [hash])?;
        tx.commit()?;
        Ok(())
    }

    /// Leaves a message's unread scans to the OCR worker.
    pub fn queue_scans(
        &mut self,
        message: i64,
        scans: &[crate::analysis::scan::Scan],
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let tx = self.conn.savepoint()?;
        for s in scans {
            tx.execute(
                "INSERT OR IGNORE INTO scan_job (hash, name, format, data, queued_ts) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![s.hash, s.name, s.format.as_str(), s.data, now.as_second()],
            )?;
            tx.execute(
                "INSERT OR IGNORE INTO scan_wait (message, hash) VALUES (?1, ?2)",
                params![message, s.hash],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The oldest file waiting for OCR.
    pub fn next_scan_job(&self) -> Result<Option<crate::analysis::scan::Scan>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT hash, name, format, data FROM scan_job ORDER BY queued_ts, hash LIMIT 1",
                [],
                |r| {
                    let format: String = r.get(2)?;
                    Ok(crate::analysis::scan::Scan {
                        hash: r.get(0)?,
                        name: r.get(1)?,
                        format: if format == "pdf" {
                            crate::analysis::extract::Format::Pdf
                        } else {
                            crate::analysis::extract::Format::Image
                        },
                        data: r.get(3)?,
                    })
                },
            )
            .optional()?)
    }

    /// The page images OCR was not sure of.
    pub fn unsure_pages(&self) -> Result<Vec<UnsurePage>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT hash, page, confidence, image FROM scan_page WHERE image IS NOT NULL ORDER BY hash, page",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(UnsurePage {
                hash: r.get(0)?,
                page: r.get(1)?,
                confidence: r.get(2)?,
                image: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

impl crate::analysis::scan::ScanTexts for Store {
    fn scan_text(&self, hash: &str) -> Option<crate::analysis::scan::ScanText> {
        scan_text_on(&self.conn, hash)
    }
}

/// The OCR texts of a store read over a connection of their own, for an analysis thread (a
/// [`Store`] stays on the writer's thread). Opened read-only at the first look-up, so a
/// thread whose messages hold no scans never opens it.
pub struct ScanReader {
    path: Option<String>,
    conn: std::cell::OnceCell<Option<rusqlite::Connection>>,
}

impl Store {
    /// A [`ScanReader`] on this store's database file.
    pub fn scan_reader(&self) -> ScanReader {
        ScanReader {
            path: self
                .conn
                .path()
                .filter(|p| !p.is_empty())
                .map(str::to_string),
            conn: std::cell::OnceCell::new(),
        }
    }
}

impl crate::analysis::scan::ScanTexts for ScanReader {
    fn scan_text(&self, hash: &str) -> Option<crate::analysis::scan::ScanText> {
        let conn = self.conn.get_or_init(|| {
            let path = self.path.as_deref()?;
            let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY
                | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX;
            match rusqlite::Connection::open_with_flags(path, flags) {
                Ok(c) => {
                    let _ = c.busy_timeout(std::time::Duration::from_secs(10));
                    Some(c)
                }
                Err(e) => {
                    tracing::warn!(error = %e, "Could not open the store to read cached OCR texts");
                    None
                }
            }
        });
        scan_text_on(conn.as_ref()?, hash)
    }
}

fn scan_text_on(
    conn: &rusqlite::Connection,
    hash: &str,
) -> Option<crate::analysis::scan::ScanText> {
    let found = conn
        .query_row(
            "SELECT text, confidence, pages_total, failure FROM scan WHERE hash = ?1",
            [hash],
            |r| {
                Ok(crate::analysis::scan::ScanText {
                    text: r.get(0)?,
                    confidence: r.get(1)?,
                    pages_total: r.get::<_, i64>(2)? as usize,
                    failure: r.get(3)?,
                    pages: Vec::new(),
                })
            },
        )
        .optional();
    let mut st = match found {
        Ok(Some(st)) => st,
        Ok(None) => return None,
        Err(e) => {
            tracing::warn!(error = %e, "Could not read a cached OCR text");
            return None;
        }
    };
    let pages = conn
        .prepare("SELECT page, confidence, chars FROM scan_page WHERE hash = ?1 ORDER BY page")
        .and_then(|mut stmt| {
            stmt.query_map([hash], |r| {
                Ok(crate::analysis::scan::PageText {
                    number: r.get::<_, i64>(0)? as usize,
                    confidence: r.get(1)?,
                    chars: r.get::<_, i64>(2)? as usize,
                    image: None,
                })
            })?
            .collect::<Result<Vec<_>, _>>()
        });
    st.pages = pages.unwrap_or_default();
    Some(st)
}

#[cfg(test)]
mod tests {
    use super::super::messages::Inserted;
    use super::super::test_support::{message, store, t};
    use crate::analysis::scan::{PageText, Scan, ScanText, ScanTexts};

    fn scan(hash: &str) -> Scan {
        Scan {
            hash: hash.into(),
            name: "scan.pdf".into(),
            format: crate::analysis::extract::Format::Pdf,
            data: b"%PDF".to_vec(),
        }
    }

    #[test]
    fn a_queued_scan_holds_its_message_until_its_text_is_saved() {
        let (_dir, mut store) = store();
        let Inserted::New(id) = store.insert_raw(message(Some("a@x"), b"a")).unwrap() else {
            panic!("new");
        };
        let now = t("2012-12-10T09:00:00Z");
        store.queue_scans(id, &[scan("h1")], now).unwrap();
        assert!(store.unanalysed(true).unwrap().is_empty());
        assert_eq!(store.unanalysed(false).unwrap(), vec![id]);
        assert_eq!(store.next_scan_job().unwrap(), Some(scan("h1")));
        assert_eq!(store.scan_text("h1"), None);
        let read = ScanText {
            text: "text".into(),
            confidence: 0.5,
            pages_total: 1,
            pages: vec![PageText {
                number: 1,
                confidence: 0.5,
                chars: 4,
                image: Some(b"png".to_vec()),
            }],
            failure: None,
        };
        store.save_scan("h1", &read, now).unwrap();
        assert_eq!(store.next_scan_job().unwrap(), None);
        assert_eq!(store.unanalysed(true).unwrap(), vec![id]);
        let back = store.scan_text("h1").unwrap();
        assert_eq!((back.text.as_str(), back.pages_total), ("text", 1));
        assert_eq!(back.pages[0].image, None);
        let unsure = store.unsure_pages().unwrap();
        assert_eq!((unsure[0].hash.as_str(), unsure[0].page), ("h1", 1));
        assert_eq!(unsure[0].image, b"png".to_vec());
    }
}
