//! Legacy Word 97–2003 (.doc): the text is read from the WordDocument stream through the piece
//! table (the "Clx" in the table stream), as [MS-DOC] describes. Formatting is ignored; field
//! codes are dropped and their results kept; table cells end with 0x07.

use std::io::{Cursor, Read};

use super::Content;
use crate::analysis::reason::Reason;
use crate::analysis::text::{self, Table};

pub fn read(bytes: &[u8]) -> Result<Content, Reason> {
    let mut file = cfb::CompoundFile::open(Cursor::new(bytes))
        .map_err(|e| Reason::Corrupt(format!(".doc: {e}")))?;
    let word = read_stream(&mut file, "/WordDocument")?;
    if word.len() < 0x01AA {
        return Err(Reason::Corrupt(
            ".doc: заголовок документа закороткий".into(),
        ));
    }
    let u16_at = |b: &[u8], o: usize| u16::from_le_bytes([b[o], b[o + 1]]);
    let u32_at = |b: &[u8], o: usize| u32::from_le_bytes([b[o], b[o + 1], b[o + 2], b[o + 3]]);
    let flags = u16_at(&word, 0x000A);
    if flags & 0x0100 != 0 {
        return Err(Reason::Encrypted);
    }
    let table_name = if flags & 0x0200 != 0 {
        "/1Table"
    } else {
        "/0Table"
    };
    let table = read_stream(&mut file, table_name)?;
    let fc_clx = u32_at(&word, 0x01A2) as usize;
    let lcb_clx = u32_at(&word, 0x01A6) as usize;
    let clx = table
        .get(fc_clx..fc_clx.saturating_add(lcb_clx))
        .ok_or_else(|| Reason::Corrupt(".doc: таблиця фрагментів поза межами".into()))?;
    // Skip Prc entries (0x01) to the Pcdt (0x02).
    let mut pos = 0;
    while pos < clx.len() && clx[pos] == 0x01 {
        let cb = u16_at(clx, pos + 1) as usize;
        pos += 3 + cb;
    }
    if pos + 5 > clx.len() || clx[pos] != 0x02 {
        return Err(Reason::Corrupt(".doc: немає таблиці фрагментів".into()));
    }
    let lcb = u32_at(clx, pos + 1) as usize;
    let plc = clx
        .get(pos + 5..pos + 5 + lcb)
        .ok_or_else(|| Reason::Corrupt(".doc: таблиця фрагментів обрізана".into()))?;
    let n = (lcb.saturating_sub(4)) / 12;
    let mut raw = String::new();
    for i in 0..n {
        let cp_start = u32_at(plc, i * 4) as usize;
        let cp_end = u32_at(plc, (i + 1) * 4) as usize;
        let pcd = 4 * (n + 1) + i * 8;
        let fc = u32_at(plc, pcd + 2);
        let chars = cp_end.saturating_sub(cp_start).min(10_000_000);
        if fc & 0x4000_0000 != 0 {
            let off = ((fc & !0x4000_0000) / 2) as usize;
            let slice = word.get(off..off + chars).unwrap_or_default();
            raw.push_str(&encoding_rs::WINDOWS_1252.decode(slice).0);
        } else {
            let off = fc as usize;
            let slice = word.get(off..off + chars * 2).unwrap_or_default();
            let units: Vec<u16> = slice
                .chunks_exact(2)
                .map(|c| u16::from_le_bytes([c[0], c[1]]))
                .collect();
            raw.push_str(&String::from_utf16_lossy(&units));
        }
    }
    Ok(split_text(&raw))
}

fn read_stream(file: &mut cfb::CompoundFile<Cursor<&[u8]>>, name: &str) -> Result<Vec<u8>, Reason> {
    let mut s = file
        .open_stream(name)
        .map_err(|e| Reason::Corrupt(format!(".doc, потік {name}: {e}")))?;
    let mut data = Vec::new();
    s.read_to_end(&mut data)
        .map_err(|e| Reason::Corrupt(format!(".doc, потік {name}: {e}")))?;
    Ok(data)
}

/// Turns Word's control characters into paragraphs and table rows: a cell ends with 0x07,
/// a row with a second 0x07 right after its last cell.
fn split_text(raw: &str) -> Content {
    let mut body = String::new();
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut row: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut prev_cell_end = false;
    let mut field_depth = 0usize;
    let mut field_code = false;
    for c in raw.chars() {
        match c {
            '\u{13}' => {
                field_depth += 1;
                field_code = true;
                continue;
            }
            '\u{14}' => {
                field_code = false;
                continue;
            }
            '\u{15}' => {
                field_depth = field_depth.saturating_sub(1);
                field_code = false;
                continue;
            }
            _ if field_code && field_depth > 0 => continue,
            '\u{07}' => {
                if prev_cell_end && cur.trim().is_empty() {
                    rows.push(std::mem::take(&mut row));
                    prev_cell_end = false;
                } else {
                    row.push(text::tidy(&cur).replace('\n', " "));
                    prev_cell_end = true;
                }
                cur.clear();
                continue;
            }
            '\r' | '\u{0B}' | '\u{0C}' => {
                if row.is_empty() {
                    body.push_str(&cur);
                    // A paragraph (or a page) is a unit of report text: kept apart from the
                    // next, as in DOCX and ODT; a manual line break (0x0B) only breaks a line.
                    body.push_str(if c == '\u{0B}' { "\n" } else { "\n\n" });
                    cur.clear();
                } else {
                    cur.push('\n');
                }
            }
            c if (c as u32) < 0x20 && c != '\t' => {}
            c => cur.push(c),
        }
        prev_cell_end = false;
    }
    body.push_str(&cur);
    if !row.is_empty() {
        rows.push(row);
    }
    let tables = Table::of_document(rows).into_iter().collect();
    Content {
        text: text::tidy(&body),
        tables,
        charset: None,
        cut: None,
    }
}
