//! The `analysis`, `part` and `item` tables: derived data, replaced whole per message (and
//! rebuilt by `reprocess`).

use jiff::Timestamp;
use rusqlite::params;

use super::outbox::enqueue_tx;
use super::{Store, StoreError};
use crate::analysis::pipeline::Analysis;
use crate::outgoing::records::{ItemRow, MessageRow, PartRow, Queued};

/// Candidates as stored: "6:0.41 7:0.3".
fn candidates_column(c: &[(u32, f64)]) -> String {
    c.iter()
        .map(|(n, s)| format!("{n}:{s}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Candidates from their column (what does not read is left out).
fn candidates_from(column: &str) -> Vec<(u32, f64)> {
    column
        .split_whitespace()
        .filter_map(|c| {
            let (n, s) = c.split_once(':')?;
            Some((n.parse().ok()?, s.parse().ok()?))
        })
        .collect()
}

impl Store {
    /// Saves an analysis and queues the mails it decided on, in one transaction.
    pub fn save_analysis_and_queue(
        &mut self,
        message: i64,
        a: &Analysis,
        mails: &[Queued],
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let tx = self.conn.savepoint()?;
        save_analysis_tx(&tx, message, a)?;
        for m in mails {
            enqueue_tx(&tx, m, now)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Replaces a message's analysis, parts and items in one transaction.
    pub fn save_analysis(&mut self, message: i64, a: &Analysis) -> Result<(), StoreError> {
        let tx = self.conn.savepoint()?;
        save_analysis_tx(&tx, message, a)?;
        tx.commit()?;
        Ok(())
    }

    /// Measures covered (or marked not applicable) by an executor's stored items in a period.
    pub fn covered(&self, executor: &str, period: u32) -> Result<Vec<u32>, StoreError> {
        let mut stmt = self.conn.prepare_cached("SELECT DISTINCT measure FROM item WHERE executor = ?1 AND period = ?2 AND measure IS NOT NULL ORDER BY measure")?;
        let rows = stmt.query_map(params![executor, period], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Every item, in a stable order.
    pub fn items(&self) -> Result<Vec<ItemRow>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT i.message, m.message_id, m.received_ts, i.seq, i.executor, i.period, i.measure, i.text, i.confidence, i.late, i.not_applicable, i.source, i.sheet, i.row, i.evidence, i.candidates,
                    i.executor != COALESCE(a.executor, i.executor)
             FROM item i JOIN message m ON m.id = i.message LEFT JOIN analysis a ON a.message = i.message
             ORDER BY i.executor, i.period IS NULL, i.period, i.measure IS NULL, i.measure, m.received_ts, m.message_id, i.seq",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(ItemRow {
                message: r.get(0)?,
                message_id: r.get(1)?,
                received_ts: r.get(2)?,
                seq: r.get(3)?,
                executor: r.get(4)?,
                period: r.get(5)?,
                measure: r.get(6)?,
                text: r.get(7)?,
                confidence: r.get(8)?,
                late: r.get(9)?,
                not_applicable: r.get(10)?,
                source: r.get(11)?,
                sheet: r.get(12)?,
                row: r.get(13)?,
                evidence: r.get(14)?,
                candidates: candidates_from(&r.get::<_, String>(15)?),
                joint: r.get(16)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Every message with its analysis (if any), oldest first.
    pub fn messages(&self) -> Result<Vec<MessageRow>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT m.id, m.message_id, m.received_ts, m.origin, a.kind, a.from_addr, a.subject, a.executor, a.method, a.attribution_confidence, a.period, COALESCE(a.late, 0), a.reason_code, a.reason_text
             FROM message m LEFT JOIN analysis a ON a.message = m.id ORDER BY m.received_ts, m.message_id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(MessageRow {
                id: r.get(0)?,
                message_id: r.get(1)?,
                received_ts: r.get(2)?,
                origin: r.get(3)?,
                kind: r.get(4)?,
                from: r.get(5)?,
                subject: r.get(6)?,
                executor: r.get(7)?,
                method: r.get(8)?,
                attribution_confidence: r.get(9)?,
                period: r.get(10)?,
                late: r.get(11)?,
                reason_code: r.get(12)?,
                reason_text: r.get(13)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn parts(&self, message: i64) -> Result<Vec<PartRow>, StoreError> {
        let mut stmt = self.conn.prepare("SELECT name, format, chars, charset, reason_code, reason_text FROM part WHERE message = ?1 ORDER BY seq")?;
        let rows = stmt.query_map([message], |r| {
            Ok(PartRow {
                name: r.get(0)?,
                format: r.get(1)?,
                chars: r.get(2)?,
                charset: r.get(3)?,
                reason_code: r.get(4)?,
                reason_text: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

fn save_analysis_tx(
    tx: &rusqlite::Connection,
    message: i64,
    a: &Analysis,
) -> Result<(), StoreError> {
    tx.prepare_cached("DELETE FROM item WHERE message = ?1")?
        .execute([message])?;
    tx.prepare_cached("DELETE FROM part WHERE message = ?1")?
        .execute([message])?;
    tx.prepare_cached("DELETE FROM analysis WHERE message = ?1")?
        .execute([message])?;
    let executor = a.attribution.as_ref().map(|x| x.executor.as_str());
    tx.prepare_cached("INSERT INTO analysis (message, kind, from_addr, subject, executor, method, attribution_confidence, period, late, reason_code, reason_text)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")?.execute(
            params![
                message,
                a.kind,
                a.from,
                a.subject,
                executor,
                a.attribution.as_ref().map(|x| x.method.as_str()),
                a.attribution.as_ref().map(|x| x.confidence),
                a.period,
                a.late,
                a.reason.as_ref().map(|r| r.code()),
                a.reason.as_ref().map(|r| r.text()),
            ],
        )?;
    // Each statement is looked up in the cache once per analysis, not once per row.
    if !a.parts.is_empty() {
        let mut insert = tx.prepare_cached("INSERT INTO part (message, seq, name, format, chars, charset, reason_code, reason_text) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")?;
        for (seq, p) in a.parts.iter().enumerate() {
            insert.execute(params![
                message,
                seq as i64,
                p.name,
                p.format,
                p.chars as i64,
                p.charset,
                p.reason.as_ref().map(|r| r.code()),
                p.reason.as_ref().map(|r| r.text())
            ])?;
        }
    }
    if let Some(executor) = executor.filter(|_| !a.items.is_empty()) {
        let mut insert = tx.prepare_cached("INSERT INTO item (message, seq, executor, period, measure, text, confidence, late, not_applicable, source, sheet, row, evidence, candidates)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)")?;
        for (seq, it) in a.items.iter().enumerate() {
            insert.execute(params![
                message,
                seq as i64,
                it.executor.as_deref().unwrap_or(executor),
                a.period,
                it.measure,
                it.text,
                it.confidence,
                a.late,
                it.not_applicable,
                it.source,
                it.sheet,
                it.row.map(|r| r as i64),
                it.evidence,
                candidates_column(&it.candidates)
            ])?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::messages::Inserted;
    use super::super::test_support::{message, store, t};
    use super::*;
    use crate::analysis::attribute::{Attribution, Method};
    use crate::analysis::parse::MessageKind;
    use crate::analysis::pipeline::{Item, PartReport};
    use crate::analysis::reason::Reason;
    use crate::analysis::reason::ReasonCode;
    use crate::outgoing::compose::MailKind;

    fn analysis(measures: &[u32]) -> Analysis {
        Analysis {
            kind: MessageKind::Report,
            from: Some("a@x.ua".into()),
            subject: "Звіт".into(),
            attribution: Some(Attribution {
                executor: "ex".into(),
                method: Method::Address,
                confidence: 1.0,
            }),
            period: Some(3),
            late: false,
            reason: None,
            parts: vec![PartReport {
                name: "body".into(),
                format: "text".into(),
                chars: 10,
                charset: None,
                reason: Some(Reason::Empty),
            }],
            items: measures
                .iter()
                .map(|&m| Item {
                    measure: Some(m),
                    text: format!("item {m}"),
                    confidence: 0.9,
                    not_applicable: false,
                    source: "body".into(),
                    sheet: None,
                    row: None,
                    evidence: "number".into(),
                    candidates: Vec::new(),
                    executor: None,
                })
                .collect(),
            reply: None,
            looks_like_report: true,
            scans: Vec::new(),
        }
    }

    #[test]
    fn a_saved_analysis_replaces_the_one_before_and_reads_back() {
        let (_dir, mut store) = store();
        let Inserted::New(id) = store.insert_raw(message(Some("a@x"), b"a")).unwrap() else {
            panic!("new");
        };
        store.save_analysis(id, &analysis(&[1, 2])).unwrap();
        store.save_analysis(id, &analysis(&[4])).unwrap();
        assert_eq!(store.covered("ex", 3).unwrap(), vec![4]);
        let items = store.items().unwrap();
        assert_eq!(items.len(), 1);
        assert_eq!(
            (items[0].message_id.as_str(), items[0].text.as_str()),
            ("a@x", "item 4")
        );
        let messages = store.messages().unwrap();
        assert_eq!(messages[0].kind, Some(MessageKind::Report));
        assert_eq!(messages[0].executor.as_deref(), Some("ex"));
        assert_eq!(messages[0].method.as_deref(), Some("address"));
        assert_eq!(messages[0].reason_code, None);
        let parts = store.parts(id).unwrap();
        assert_eq!(parts.len(), 1);
        assert_eq!(parts[0].reason_code, Some(ReasonCode::Empty));
        assert!(store.unanalysed(false).unwrap().is_empty());
    }

    #[test]
    fn an_analysis_and_its_mails_are_saved_together() {
        let (_dir, mut store) = store();
        let Inserted::New(id) = store.insert_raw(message(Some("a@x"), b"a")).unwrap() else {
            panic!("new");
        };
        let receipt = Queued {
            key: "receipt:a@x".into(),
            kind: MailKind::Receipt,
            recipients: vec!["a@x.ua".into()],
            message_id: "r@zvit".into(),
            raw: b"mail".to_vec(),
        };
        store
            .save_analysis_and_queue(id, &analysis(&[1]), &[receipt], t("2012-12-10T09:00:00Z"))
            .unwrap();
        assert!(store.outbox_has("receipt:a@x").unwrap());
        assert_eq!(store.covered("ex", 3).unwrap(), vec![1]);
    }
}
