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

/// The most empty cells one run of cell marks adds to a row (or to the next).
const MAX_EMPTY_CELLS: usize = 64;

/// Turns Word's control characters into paragraphs and table rows: a cell ends with 0x07,
/// a row with a second 0x07 right after its last cell (so a row's empty last cells are read
/// by the width of the rows before it).
fn split_text(raw: &str) -> Content {
    let mut body = String::new();
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut row: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut prev_cell_end = false;
    // Empty cell marks in a row right after a cell's mark, not yet told apart: the row's own
    // mark is one of them, the others empty cells — of this row's end or the next row's start.
    let mut empty_marks = 0usize;
    // The most cells a finished row had.
    let mut width = 0usize;
    let mut field_depth = 0usize;
    let mut field_code = false;
    // Ends the row at the run of empty marks: as many empty cells as the row lacks of the
    // widest row so far stay in it (all but the row's mark when no row is known yet), the
    // rest open the next row.
    let end_row = |row: &mut Vec<String>,
                   rows: &mut Vec<Vec<String>>,
                   width: &mut usize,
                   marks: usize|
     -> bool {
        // (A stranger's run of marks is no licence for millions of empty cells.)
        let spare = (marks - 1).min(MAX_EMPTY_CELLS);
        let own = if *width == 0 {
            spare
        } else {
            width.saturating_sub(row.len()).min(spare)
        };
        row.extend(std::iter::repeat_n(String::new(), own));
        *width = (*width).max(row.len());
        rows.push(std::mem::take(row));
        row.extend(std::iter::repeat_n(String::new(), spare - own));
        spare > own
    };
    for c in raw.chars() {
        if c != '\u{07}' && empty_marks > 0 {
            prev_cell_end = end_row(&mut row, &mut rows, &mut width, empty_marks);
            empty_marks = 0;
        }
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
                if (prev_cell_end || empty_marks > 0) && cur.trim().is_empty() {
                    empty_marks += 1;
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
    if empty_marks > 0 {
        end_row(&mut row, &mut rows, &mut width, empty_marks);
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Word's text stream: a cell ends with 0x07, a row with one more 0x07 after its last cell.
    /// A row's empty last cell is one more empty mark: told apart by the widest row so far.
    #[test]
    fn empty_cells_at_a_rows_end_stay_in_their_row() {
        let c = '\u{07}';
        let raw = format!(
            "Інформація\r№{c}План{c}Виконання{c}Примітка{c}{c}\
             1{c}6{c}Проведено 2 консультації{c}див. сайт{c}{c}\
             2{c}7{c}х{c}{c}{c}\
             3{c}9{c}Обговорено проект{c}{c}{c}\
             Розділ ІІ{c}{c}\
             4{c}12{c}немає{c}{c}{c}Підпис\r"
        );
        let content = split_text(&raw);
        let rows = &content.tables[0].rows;
        assert_eq!(rows.len(), 6, "{rows:?}");
        assert_eq!(rows[2], vec!["2", "7", "х", ""]);
        assert_eq!(rows[3], vec!["3", "9", "Обговорено проект", ""]);
        // A row of one merged cell is a row of its own.
        assert_eq!(rows[4], vec!["Розділ ІІ"]);
        assert_eq!(rows[5], vec!["4", "12", "немає", ""]);
        assert!(content.text.contains("Інформація") && content.text.contains("Підпис"));
        // A row that opens with an empty cell keeps it.
        let raw = format!("№{c}План{c}Виконання{c}{c}1{c}6{c}так{c}{c}{c}2{c}ні{c}{c}");
        let rows = &split_text(&raw).tables[0].rows;
        assert_eq!(rows[2], vec!["", "2", "ні"], "{rows:?}");
    }
}
