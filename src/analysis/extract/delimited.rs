//! Delimited text (CSV, semicolon- or tab-separated) as a table.

use std::cell::RefCell;

use crate::analysis::text::Table;

/// The delimiter of CSV text: ";" or "," or tab, when most of the first lines share a count.
pub(super) fn csv_delimiter(text: &str) -> Option<char> {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(10)
        .collect();
    if lines.len() < 2 {
        return None;
    }
    [';', '\t', ','].into_iter().find(|&d| {
        let counts: Vec<usize> = lines.iter().map(|l| split_csv_line(l, d).len()).collect();
        let first = counts[0];
        first >= 2 && counts.iter().filter(|&&c| c == first).count() * 10 >= counts.len() * 7
    })
}

pub(super) fn split_csv_line(line: &str, delim: char) -> Vec<String> {
    let mut cells = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            c if c == delim && !quoted => cells.push(std::mem::take(&mut cur)),
            c => cur.push(c),
        }
    }
    cells.push(cur);
    cells
}

/// Parses CSV text into a table (quoted fields may span lines) with csv-core: one pass, so an
/// unbalanced quote costs no more than a balanced one (the rest of the file becomes one cell).
/// csv-core builds its state machine per reader (a quarter of a million instructions, more
/// than reading a short sheet), so each thread keeps one reader per delimiter and resets it.
/// (Not a clone of a built one: csv-core 0.1's `Dfa::clone` copies the transitions only.)
pub(super) fn csv_table(text: &str) -> Option<Table> {
    let delim = csv_delimiter(text)?;
    thread_local! {
        static READERS: RefCell<[(char, csv_core::Reader); 3]> = RefCell::new(
            [';', '\t', ','].map(|d| (d, csv_core::ReaderBuilder::new().delimiter(d as u8).build())),
        );
    }
    READERS.with_borrow_mut(|readers| {
        let (_, reader) = readers.iter_mut().find(|(d, _)| *d == delim)?;
        reader.reset();
        Some(read_records(reader, text))
    })
}

/// Every record of `text`, its fields trimmed.
fn read_records(reader: &mut csv_core::Reader, text: &str) -> Table {
    let mut rows = Vec::new();
    let mut input = text.as_bytes();
    // Unquoting only shrinks a field: the output never outgrows the input.
    let mut fields = vec![0u8; input.len() + 1];
    let mut ends = vec![0usize; 64];
    let (mut outlen, mut endlen) = (0, 0);
    loop {
        let (res, nin, nout, nend) =
            reader.read_record(input, &mut fields[outlen..], &mut ends[endlen..]);
        input = &input[nin..];
        outlen += nout;
        endlen += nend;
        match res {
            csv_core::ReadRecordResult::InputEmpty => {}
            csv_core::ReadRecordResult::OutputFull => fields.resize(fields.len() * 2, 0),
            csv_core::ReadRecordResult::OutputEndsFull => ends.resize(ends.len() * 2, 0),
            csv_core::ReadRecordResult::Record => {
                let mut start = 0;
                let row: Vec<String> = ends[..endlen]
                    .iter()
                    .map(|&end| {
                        let cell = String::from_utf8_lossy(&fields[start..end])
                            .trim()
                            .to_string();
                        start = end;
                        cell
                    })
                    .collect();
                rows.push(row);
                (outlen, endlen) = (0, 0);
            }
            csv_core::ReadRecordResult::End => break,
        }
    }
    Table {
        sheet: None,
        rows,
        first_row: 1,
    }
}
