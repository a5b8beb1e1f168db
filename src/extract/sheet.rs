//! Spreadsheets (xlsx, xlsm, xls, ods) through calamine: every sheet becomes a [`Table`].

use std::io::Cursor;

use calamine::{Data, Reader, open_workbook_auto_from_rs};

use super::Content;
use crate::config::Limits;
use crate::reason::Reason;
use crate::text::Table;

pub fn read(bytes: &[u8], limits: &Limits) -> Result<Content, Reason> {
    let mut book = open_workbook_auto_from_rs(Cursor::new(bytes))
        .map_err(|e| calamine_reason(&e.to_string()))?;
    let mut content = Content::default();
    for name in book.sheet_names() {
        let range = match book.worksheet_range(&name) {
            Ok(r) => r,
            Err(e) => {
                let reason = calamine_reason(&e.to_string());
                if reason == Reason::Encrypted {
                    return Err(reason);
                }
                continue;
            }
        };
        let Some((row0, _)) = range.start() else {
            continue;
        };
        let mut rows = Vec::new();
        for (i, row) in range.rows().enumerate() {
            if i >= limits.max_rows {
                content.cut = Some(Reason::Cut(format!(
                    "аркуш «{name}»: прочитано перші {} рядків",
                    limits.max_rows
                )));
                break;
            }
            rows.push(row.iter().take(200).map(cell_text).collect::<Vec<_>>());
        }
        // Trailing empty rows carry nothing.
        while rows
            .last()
            .is_some_and(|r: &Vec<String>| r.iter().all(String::is_empty))
        {
            rows.pop();
        }
        if !rows.is_empty() {
            content.tables.push(Table {
                sheet: Some(name.clone()),
                rows,
                first_row: row0 as usize + 1,
            });
        }
    }
    Ok(content)
}

fn calamine_reason(message: &str) -> Reason {
    let lower = message.to_lowercase();
    if lower.contains("password") || lower.contains("encrypt") {
        Reason::Encrypted
    } else {
        Reason::Corrupt(format!("електронна таблиця не читається: {message}"))
    }
}

/// A cell as text; whole numbers without ".0", dates as ISO dates.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(s) => s.trim().to_string(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => d
            .as_datetime()
            .map(|dt| dt.date().to_string())
            .unwrap_or_else(|| d.as_f64().to_string()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
    }
}
