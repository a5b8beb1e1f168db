//! Delimited text (CSV, semicolon- or tab-separated) as a table.

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

/// Parses CSV text into a table (quoted fields may span lines) with the csv crate: one pass,
/// so an unbalanced quote costs no more than a balanced one (the rest of the file becomes one
/// cell).
pub(super) fn csv_table(text: &str) -> Option<Table> {
    let delim = csv_delimiter(text)?;
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delim as u8)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    while let Ok(true) = reader.read_record(&mut record) {
        rows.push(record.iter().map(|c| c.trim().to_string()).collect());
    }
    Some(Table {
        sheet: None,
        rows,
        first_row: 1,
    })
}
