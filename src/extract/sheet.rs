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
    let mut cells = 0usize;
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
            let row: Vec<String> = row.iter().take(200).map(cell_text).collect();
            cells += row.len();
            if cells > limits.max_cells {
                content.cut = Some(Reason::Cut(format!(
                    "аркуш «{name}»: прочитано перші {} клітинок книги",
                    limits.max_cells
                )));
                break;
            }
            rows.push(row);
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
        if cells > limits.max_cells {
            break;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_workbook_is_cut_at_the_cell_limit() {
        let mut wb = rust_xlsxwriter::Workbook::new();
        for _ in 0..2 {
            let ws = wb.add_worksheet();
            for r in 0..10u32 {
                for c in 0..10u16 {
                    ws.write_number(r, c, f64::from(r * 10 + u32::from(c)))
                        .unwrap();
                }
            }
        }
        let bytes = wb.save_to_buffer().unwrap();
        let limits = Limits {
            max_cells: 55,
            ..Limits::default()
        };
        let c = read(&bytes, &limits).unwrap();
        let read_cells: usize = c.tables.iter().flat_map(|t| &t.rows).map(Vec::len).sum();
        assert_eq!(read_cells, 50, "five whole rows of the first sheet");
        assert_eq!(c.tables.len(), 1, "the second sheet is not read");
        assert!(matches!(&c.cut, Some(Reason::Cut(d)) if d.contains("55 клітинок")));
        let all = read(&bytes, &Limits::default()).unwrap();
        assert_eq!(all.tables.len(), 2);
        assert!(all.cut.is_none());
    }
}
