//! Spreadsheets (xlsx, xlsm, xlsb, xls, ods) through calamine: every sheet becomes a [`Table`].
//!
//! Every limit holds before its memory is spent. xlsx and xlsb are read as a stream of cells
//! that stops at the limits, and the table is built from the cells actually written, so a
//! declared or implied range (a cell at A1 and one at XFD1048576) is never materialised. For
//! xls and ods calamine only offers a dense range, built when the workbook is opened: their
//! declared and implied sizes are measured first from the raw records (xls) or content.xml
//! (ods), and a workbook larger than `max_cells` is refused before calamine sees it.

use std::io::{Cursor, Read};

use calamine::{Data, DataRef, Reader, Xlsb, Xlsx, open_workbook_auto_from_rs};
use quick_xml::events::Event;

use super::{Content, Format, zip_read};
use crate::analysis::extract::Limits;
use crate::analysis::reason::Reason;
use crate::analysis::text::Table;

/// Columns read per sheet, counted from the leftmost used column.
const MAX_COLUMNS: u32 = 200;

pub fn read(format: Format, bytes: &[u8], limits: &Limits) -> Result<Content, Reason> {
    match format {
        Format::Xls => check_xls(bytes, limits)?,
        Format::Ods => check_ods(bytes, limits)?,
        _ => return read_streamed(bytes, limits),
    }
    read_dense(bytes, limits)
}

/// The workbook being read: cells counted against `max_cells` across its sheets.
struct Book<'l> {
    limits: &'l Limits,
    content: Content,
    used: usize,
}

impl Book<'_> {
    fn full(&self) -> bool {
        self.used > self.limits.max_cells
    }

    fn cut_cells(&mut self, name: &str) {
        self.content.cut = Some(Reason::Cut(format!(
            "аркуш «{name}»: прочитано перші {} клітинок книги",
            self.limits.max_cells
        )));
    }
}

/// The non-empty cells of one sheet, as read: the bounding box of every non-empty cell seen
/// and the values of those inside the window that can be read (`max_rows` rows and
/// [`MAX_COLUMNS`] columns from the box's top-left corner).
struct Sheet {
    top: u32,
    left: u32,
    bottom: u32,
    right: u32,
    cells: Vec<(u32, u32, String)>,
    /// Reading stopped early: more cells in the window than the workbook may still read.
    stopped: bool,
}

impl Sheet {
    fn new() -> Self {
        Sheet {
            top: u32::MAX,
            left: u32::MAX,
            bottom: 0,
            right: 0,
            cells: Vec::new(),
            stopped: false,
        }
    }

    fn in_window(&self, row: u32, col: u32, max_rows: usize) -> bool {
        u64::from(row - self.top) < max_rows as u64 && col - self.left < MAX_COLUMNS
    }

    /// Adds a non-empty cell; returns false once the window holds more cells than `budget`
    /// (the caller stops reading: the table is cut at the cell limit before these are used).
    fn add(
        &mut self,
        (row, col): (u32, u32),
        value: String,
        max_rows: usize,
        budget: usize,
    ) -> bool {
        self.top = self.top.min(row);
        self.left = self.left.min(col);
        self.bottom = self.bottom.max(row);
        self.right = self.right.max(col);
        if !self.in_window(row, col, max_rows) {
            return true;
        }
        self.cells.push((row, col, value));
        if self.cells.len() > budget.saturating_mul(2).max(1024) {
            // The window moves only up and left: drop what fell out of it, then judge.
            let (top, left) = (self.top, self.left);
            self.cells.retain(|&(r, c, _)| {
                u64::from(r - top) < max_rows as u64 && c - left < MAX_COLUMNS
            });
            if self.cells.len() > budget {
                self.stopped = true;
                return false;
            }
        }
        true
    }
}

/// Turns one sheet's cells into a table as a dense reader would see it (rows from the first
/// used row, columns from the first used column, at most 200), counting every cell of the
/// box against the workbook's limit, without building rows that hold nothing.
fn finish_sheet(book: &mut Book, name: &str, mut sheet: Sheet) {
    if sheet.top == u32::MAX {
        return;
    }
    let limits = book.limits;
    let width = (sheet.right - sheet.left + 1).min(MAX_COLUMNS) as usize;
    let height = u64::from(sheet.bottom - sheet.top) + 1;
    sheet.cells.sort_by_key(|&(r, c, _)| (r, c));
    let mut cells = sheet.cells.into_iter().peekable();
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut blank_rows = 0usize;
    let mut cut = false;
    for i in 0..height {
        if i >= limits.max_rows as u64 {
            book.content.cut = Some(Reason::Cut(format!(
                "аркуш «{name}»: прочитано перші {} рядків",
                limits.max_rows
            )));
            cut = true;
            break;
        }
        book.used += width;
        if book.full() {
            book.cut_cells(name);
            cut = true;
            break;
        }
        let row_no = sheet.top as u64 + i;
        let mut row: Option<Vec<String>> = None;
        while cells
            .peek()
            .is_some_and(|(r, _, _)| u64::from(*r) == row_no)
        {
            let (_, c, v) = cells.next().expect("peeked");
            let col = (c - sheet.left) as usize;
            if col < width {
                // A cell written twice keeps its last value, as in a dense range.
                row.get_or_insert_with(|| vec![String::new(); width])[col] = v;
            }
        }
        match row {
            Some(row) if row.iter().any(|c| !c.is_empty()) => {
                // Blank rows between filled ones are kept; trailing ones carry nothing.
                rows.extend(std::iter::repeat_n(vec![String::new(); width], blank_rows));
                blank_rows = 0;
                rows.push(row);
            }
            _ => blank_rows += 1,
        }
    }
    if sheet.stopped && !cut {
        book.cut_cells(name);
    }
    if !rows.is_empty() {
        book.content.tables.push(Table {
            sheet: Some(name.to_string()),
            rows,
            first_row: sheet.top as usize + 1,
        });
    }
}

/// xlsx (and xlsb, which sniffs the same): each sheet read as a stream of cells.
fn read_streamed(bytes: &[u8], limits: &Limits) -> Result<Content, Reason> {
    let mut book = Book {
        limits,
        content: Content::default(),
        used: 0,
    };
    if let Ok(mut xlsx) = Xlsx::new(Cursor::new(bytes)) {
        let names = shown_sheets(xlsx.sheets_metadata());
        read_sheets(&mut book, names, |name, budget| {
            match xlsx.worksheet_cells_reader(name) {
                Ok(mut cells) => Some(collect(
                    || cells.next_cell().map_err(|e| e.to_string()),
                    limits,
                    budget,
                )),
                Err(calamine::XlsxError::NotAWorksheet(_)) => None,
                Err(e) => Some(Err(e.to_string())),
            }
        })?;
        return Ok(book.content);
    }
    if let Ok(mut xlsb) = Xlsb::new(Cursor::new(bytes)) {
        let names = shown_sheets(xlsb.sheets_metadata());
        read_sheets(&mut book, names, |name, budget| {
            Some(match xlsb.worksheet_cells_reader(name) {
                Ok(mut cells) => collect(
                    || cells.next_cell().map_err(|e| e.to_string()),
                    limits,
                    budget,
                ),
                Err(e) => Err(e.to_string()),
            })
        })?;
        return Ok(book.content);
    }
    // What the format detection of calamine says when nothing opens the file.
    read_dense(bytes, limits)
}

/// The sheets a person who opens the workbook sees. A hidden sheet (last period's answers
/// kept out of sight, a list the form's drop-downs use) is not what the office reports —
/// unless every sheet is hidden, when they are all read.
fn shown_sheets(sheets: &[calamine::Sheet]) -> Vec<String> {
    let shown: Vec<String> = sheets
        .iter()
        .filter(|s| s.visible == calamine::SheetVisible::Visible)
        .map(|s| s.name.clone())
        .collect();
    if shown.is_empty() {
        sheets.iter().map(|s| s.name.clone()).collect()
    } else {
        shown
    }
}

/// Reads the named sheets one after another with `read` (given the cells left in the
/// workbook's budget; `None`: not a worksheet) until the budget is used up. An encrypted
/// sheet stops the workbook; a sheet that does not read is passed over.
fn read_sheets(
    book: &mut Book,
    names: Vec<String>,
    mut read: impl FnMut(&str, usize) -> Option<Result<Sheet, String>>,
) -> Result<(), Reason> {
    for name in names {
        if book.full() {
            break;
        }
        let budget = book.limits.max_cells.saturating_sub(book.used);
        match read(&name, budget) {
            Some(Ok(sheet)) => finish_sheet(book, &name, sheet),
            Some(Err(e)) if calamine_reason(&e) == Reason::Encrypted => {
                return Err(Reason::Encrypted);
            }
            _ => continue,
        }
    }
    Ok(())
}

/// Reads one sheet's cells from a stream until its end or the workbook's cell budget.
fn collect<'a>(
    mut next: impl FnMut() -> Result<Option<calamine::Cell<DataRef<'a>>>, String>,
    limits: &Limits,
    budget: usize,
) -> Result<Sheet, String> {
    let mut sheet = Sheet::new();
    while let Some(cell) = next()? {
        let value = cell.get_value();
        if matches!(value, DataRef::Empty) {
            continue;
        }
        let text = cell_text(&Data::from(value.clone()));
        if !sheet.add(cell.get_position(), text, limits.max_rows, budget) {
            break;
        }
    }
    Ok(sheet)
}

/// xls and ods, whose size was checked first: calamine's dense range, sheet by sheet.
fn read_dense(bytes: &[u8], limits: &Limits) -> Result<Content, Reason> {
    let mut workbook = open_workbook_auto_from_rs(Cursor::new(bytes))
        .map_err(|e| calamine_reason(&e.to_string()))?;
    let mut book = Book {
        limits,
        content: Content::default(),
        used: 0,
    };
    for name in shown_sheets(workbook.sheets_metadata()) {
        if book.full() {
            break;
        }
        let range = match workbook.worksheet_range(&name) {
            Ok(r) => r,
            Err(e) => {
                let reason = calamine_reason(&e.to_string());
                if reason == Reason::Encrypted {
                    return Err(reason);
                }
                continue;
            }
        };
        let (Some((top, left)), Some((bottom, right))) = (range.start(), range.end()) else {
            continue;
        };
        let budget = limits.max_cells.saturating_sub(book.used);
        let mut sheet = Sheet::new();
        // The range's corners are its box even where they hold nothing.
        sheet.top = top;
        sheet.left = left;
        sheet.bottom = bottom;
        sheet.right = right;
        for (r, c, value) in range.used_cells() {
            let pos = (top + r as u32, left + c as u32);
            if !sheet.add(pos, cell_text(value), limits.max_rows, budget) {
                break;
            }
        }
        finish_sheet(&mut book, &name, sheet);
    }
    Ok(book.content)
}

/// A workbook too large to be read densely.
fn too_many_cells(detail: String) -> Reason {
    Reason::ReaderCrashed(detail)
}

/// Measures an xls workbook from its BIFF records before calamine reads it: calamine reserves
/// memory for each sheet's declared DIMENSIONS and builds a dense range over the box of its
/// cells, both when the workbook is opened. Either larger than `max_cells` (summed over the
/// sheets) is refused.
fn check_xls(bytes: &[u8], limits: &Limits) -> Result<(), Reason> {
    let Ok(mut file) = cfb::CompoundFile::open(Cursor::new(bytes)) else {
        return Ok(()); // calamine reports what is wrong
    };
    let stream = if file.exists("/Workbook") {
        "/Workbook"
    } else {
        "/Book"
    };
    let mut data = Vec::new();
    match file.open_stream(stream) {
        Ok(mut s) => {
            if s.read_to_end(&mut data).is_err() {
                return Ok(());
            }
        }
        Err(_) => return Ok(()),
    }
    let u16_at = |d: &[u8], i: usize| {
        d.get(i..i + 2)
            .map_or(0, |b| u16::from_le_bytes([b[0], b[1]]))
    };
    let u32_at = |d: &[u8], i: usize| {
        d.get(i..i + 4)
            .map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    };
    let mut total: u64 = 0;
    let mut depth = 0usize;
    // Per sheet: declared cells, and the box of the cells written.
    let mut declared: u64 = 0;
    let mut bbox: Option<(u32, u32, u32, u32)> = None;
    let mut pos = 0usize;
    while pos + 4 <= data.len() {
        let typ = u16_at(&data, pos);
        let len = u16_at(&data, pos + 2) as usize;
        let end = (pos + 4 + len).min(data.len());
        let rec = &data[pos + 4..end];
        pos = end;
        match typ {
            0x0809 => {
                depth += 1;
                if depth == 1 {
                    declared = 0;
                    bbox = None;
                }
                continue;
            }
            0x000A => {
                if depth == 1 {
                    let boxed = bbox.map_or(0, |(t, l, b, r)| {
                        (u64::from(b - t) + 1) * (u64::from(r - l) + 1)
                    });
                    total = total.saturating_add(declared.max(boxed));
                }
                depth = depth.saturating_sub(1);
                continue;
            }
            _ if depth != 1 => continue,
            0x0200 => {
                let (rf, rl, cf, cl) = match rec.len() {
                    10 => (
                        u32::from(u16_at(rec, 0)),
                        u32::from(u16_at(rec, 2)),
                        u32::from(u16_at(rec, 4)),
                        u32::from(u16_at(rec, 6)),
                    ),
                    14 | 16 => (
                        u32_at(rec, 0),
                        u32_at(rec, 4),
                        u32::from(u16_at(rec, 8)),
                        u32::from(u16_at(rec, 10)),
                    ),
                    _ => continue,
                };
                let cf = if cf > 0xFF || cl < cf { 0 } else { cf };
                if rl >= 1 && cl >= 1 {
                    // calamine takes a last row before the first for a huge range.
                    let rows = if rl - 1 < rf {
                        u64::MAX
                    } else {
                        u64::from(rl - rf)
                    };
                    declared = rows.saturating_mul(u64::from(cl - cf));
                }
            }
            0x0203 | 0x0204 | 0x00D6 | 0x0205 | 0x027E | 0x00FD | 0x0006 | 0x00BD
                if rec.len() >= 4 =>
            {
                let row = u32::from(u16_at(rec, 0));
                let col = u32::from(u16_at(rec, 2));
                let last = if typ == 0x00BD && rec.len() >= 6 {
                    u32::from(u16_at(rec, rec.len() - 2)).max(col)
                } else {
                    col
                };
                bbox = Some(match bbox {
                    None => (row, col, row, last),
                    Some((t, l, b, r)) => (t.min(row), l.min(col), b.max(row), r.max(last)),
                });
            }
            _ => {}
        }
        if total > limits.max_cells as u64 {
            break;
        }
    }
    if total > limits.max_cells as u64 {
        return Err(too_many_cells(format!(
            "книга xls займає понад {} клітинок (межа max_cells) — таблиці не читалися",
            limits.max_cells
        )));
    }
    Ok(())
}

/// Measures an ods workbook from content.xml before calamine reads it: calamine expands
/// repeated columns within each row and repeated rows between filled ones into a dense range,
/// for every sheet when the workbook is opened. More than `max_cells` (summed over the sheets)
/// is refused.
fn check_ods(bytes: &[u8], limits: &Limits) -> Result<(), Reason> {
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(());
    };
    let Ok(xml) = zip_read(&mut archive, "content.xml") else {
        return Ok(());
    };
    const COLUMNS: u64 = 16_384;
    let mut reader = quick_xml::Reader::from_reader(xml.as_slice());
    let mut buf = Vec::new();
    let mut total: u64 = 0;
    // Per sheet: rows from the first filled one up to the last, blank rows since the last
    // filled one, the widest row, the cells of all rows as read.
    let (mut span, mut blank, mut width, mut read) = (0u64, 0u64, 0u64, 0u64);
    let mut started = false;
    // Per row: its repeat count, the columns so far, the end of the last filled cell.
    let (mut repeats, mut col, mut filled_to) = (1u64, 0u64, 0u64);
    let attr = |e: &quick_xml::events::BytesStart, name: &str| -> Option<u64> {
        e.try_get_attribute(name)
            .ok()
            .flatten()
            .and_then(|a| a.value.trim().parse().ok())
    };
    loop {
        let event = match reader.read_event_into(&mut buf) {
            Ok(Event::Eof) | Err(_) => break,
            Ok(e) => e,
        };
        match event {
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == "table:table" => {
                (span, blank, width, read) = (0, 0, 0, 0);
                started = false;
            }
            Event::End(e) if e.name().as_ref() == "table:table" => {
                total = total.saturating_add(span.saturating_mul(width).max(read));
            }
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == "table:table-row" => {
                repeats = attr(&e, "table:number-rows-repeated").unwrap_or(1).max(1);
                (col, filled_to) = (0, 0);
            }
            Event::End(e) if e.name().as_ref() == "table:table-row" => {
                if filled_to > 0 {
                    span = span.saturating_add(blank).saturating_add(repeats);
                    blank = 0;
                    started = true;
                    width = width.max(filled_to);
                    read = read.saturating_add(filled_to);
                } else if started {
                    blank = blank.saturating_add(repeats);
                }
            }
            ref ev @ (Event::Start(ref e) | Event::Empty(ref e))
                if matches!(
                    e.name().as_ref(),
                    "table:table-cell" | "table:covered-table-cell"
                ) =>
            {
                let n = attr(e, "table:number-columns-repeated").unwrap_or(1).max(1);
                let end = col.saturating_add(n).min(COLUMNS);
                // A cell with content (a Start element) or a typed value counts as filled.
                let filled = matches!(ev, Event::Start(_))
                    || e.try_get_attribute("office:value-type")
                        .ok()
                        .flatten()
                        .is_some()
                    || e.try_get_attribute("table:formula")
                        .ok()
                        .flatten()
                        .is_some();
                if filled {
                    filled_to = end;
                }
                col = end;
            }
            _ => {}
        }
        buf.clear();
        if total > limits.max_cells as u64 {
            break;
        }
    }
    if total > limits.max_cells as u64 {
        return Err(too_many_cells(format!(
            "книга ods займає понад {} клітинок (межа max_cells) — таблиці не читалися",
            limits.max_cells
        )));
    }
    Ok(())
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
        let c = read(Format::Xlsx, &bytes, &limits).unwrap();
        let read_cells: usize = c.tables.iter().flat_map(|t| &t.rows).map(Vec::len).sum();
        assert_eq!(read_cells, 50, "five whole rows of the first sheet");
        assert_eq!(c.tables.len(), 1, "the second sheet is not read");
        assert!(matches!(&c.cut, Some(Reason::Cut(d)) if d.contains("55 клітинок")));
        let all = read(Format::Xlsx, &bytes, &Limits::default()).unwrap();
        assert_eq!(all.tables.len(), 2);
        assert!(all.cut.is_none());
    }
    /// A hidden sheet (last period's answers kept out of sight) is not read; the shown ones
    /// are, in order.
    #[test]
    fn a_hidden_sheet_is_not_read() {
        let mut wb = rust_xlsxwriter::Workbook::new();
        for (name, text, hidden) in [
            ("І півріччя", "Проведено консультації", false),
            ("IV квартал 2012", "Торішня відповідь", true),
            ("Примітки", "Примітка", false),
        ] {
            let ws = wb.add_worksheet();
            ws.set_name(name).unwrap();
            ws.write_string(0, 0, "6").unwrap();
            ws.write_string(0, 1, text).unwrap();
            if hidden {
                ws.set_hidden(true);
            }
        }
        let bytes = wb.save_to_buffer().unwrap();
        let c = read(Format::Xlsx, &bytes, &Limits::default()).unwrap();
        let sheets: Vec<Option<&str>> = c.tables.iter().map(|t| t.sheet.as_deref()).collect();
        assert_eq!(sheets, [Some("І півріччя"), Some("Примітки")]);
    }

    /// A zip of the given members, stored as they are written.
    fn zip_of(members: &[(&str, String)]) -> Vec<u8> {
        use std::io::Write;
        let mut out = Cursor::new(Vec::new());
        let mut w = zip::ZipWriter::new(&mut out);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, body) in members {
            w.start_file(*name, opts).unwrap();
            w.write_all(body.as_bytes()).unwrap();
        }
        w.finish().unwrap();
        out.into_inner()
    }

    /// A minimal hand-written xlsx whose one sheet holds the given `<c>` elements.
    fn xlsx_with_cells(dimension: &str, cells: &str) -> Vec<u8> {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        zip_of(&[
            (
                "[Content_Types].xml",
                "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
                 <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
                 <Default Extension=\"xml\" ContentType=\"application/xml\"/>\
                 <Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>\
                 <Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>"
                    .into(),
            ),
            (
                "_rels/.rels",
                format!("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
                 <Relationship Id=\"rId1\" Type=\"{rel}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
            ),
            (
                "xl/workbook.xml",
                format!("<?xml version=\"1.0\"?><workbook xmlns=\"{main}\" xmlns:r=\"{rel}\">\
                 <sheets><sheet name=\"Аркуш1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
            ),
            (
                "xl/_rels/workbook.xml.rels",
                format!("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
                 <Relationship Id=\"rId1\" Type=\"{rel}/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"),
            ),
            (
                "xl/worksheets/sheet1.xml",
                format!("<?xml version=\"1.0\"?><worksheet xmlns=\"{main}\"><dimension ref=\"{dimension}\"/>\
                 <sheetData>{cells}</sheetData></worksheet>"),
            ),
        ])
    }

    #[test]
    fn a_cell_at_the_last_column_and_row_does_not_build_the_declared_range() {
        // Two cells, A1 and XFD1048576: a dense range of 17 billion cells. The table is built
        // from the cells written, cut where a dense read would be cut.
        let bytes = xlsx_with_cells(
            "A1:XFD1048576",
            "<row r=\"1\"><c r=\"A1\"><v>6</v></c></row>\
             <row r=\"1048576\"><c r=\"XFD1048576\"><v>7</v></c></row>",
        );
        assert!(bytes.len() < 3000, "a small file: {} bytes", bytes.len());
        assert_eq!(super::super::sniff(&bytes), Format::Xlsx);
        let started = std::time::Instant::now();
        let c = read(Format::Xlsx, &bytes, &Limits::default()).unwrap();
        println!("read in {:?}", started.elapsed());
        assert!(
            matches!(&c.cut, Some(Reason::Cut(d)) if d.contains("1000000 клітинок")),
            "{:?}",
            c.cut
        );
        assert_eq!(c.tables.len(), 1);
        assert_eq!(
            c.tables[0].rows.len(),
            1,
            "trailing blank rows carry nothing"
        );
        assert_eq!(c.tables[0].rows[0].len(), 200, "200 columns are read");
        assert_eq!(c.tables[0].rows[0][0], "6");
    }

    #[test]
    fn a_cell_a_million_rows_down_is_cut_at_the_row_limit() {
        let bytes = xlsx_with_cells(
            "A1:J1000000",
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Пункт 6</t></is></c></row>\
             <row r=\"1000000\"><c r=\"J1000000\"><v>1</v></c></row>",
        );
        let c = read(Format::Xlsx, &bytes, &Limits::default()).unwrap();
        assert!(
            matches!(&c.cut, Some(Reason::Cut(d)) if d.contains("20000 рядків")),
            "{:?}",
            c.cut
        );
        assert_eq!(c.tables[0].rows.len(), 1);
        assert_eq!(c.tables[0].rows[0][0], "Пункт 6");
        assert_eq!(c.tables[0].rows[0].len(), 10, "columns A to J");
    }

    #[test]
    fn streamed_cells_keep_blank_rows_between_filled_ones() {
        let bytes = xlsx_with_cells(
            "B2:C4",
            "<row r=\"2\"><c r=\"B2\"><v>1</v></c></row>\
             <row r=\"4\"><c r=\"C4\" t=\"inlineStr\"><is><t> так </t></is></c></row>",
        );
        let c = read(Format::Xlsx, &bytes, &Limits::default()).unwrap();
        assert!(c.cut.is_none());
        let t = &c.tables[0];
        assert_eq!(t.first_row, 2);
        assert_eq!(t.rows, vec![vec!["1", ""], vec!["", ""], vec!["", "так"]]);
    }

    #[test]
    fn an_ods_that_repeats_filled_cells_past_the_cell_limit_is_refused_before_reading() {
        // 16384 filled columns in each of 100 rows: 1.6 million cells from 1 KB of XML.
        let rows = "<table:table-row table:number-rows-repeated=\"100\"><table:table-cell \
            office:value-type=\"float\" office:value=\"1\" table:number-columns-repeated=\"16384\">\
            <text:p>1</text:p></table:table-cell></table:table-row>";
        let content = format!(
            "<?xml version=\"1.0\"?><office:document-content \
             xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
             xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" \
             xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">\
             <office:body><office:spreadsheet><table:table table:name=\"Аркуш1\">{rows}</table:table>\
             </office:spreadsheet></office:body></office:document-content>"
        );
        let bytes = zip_of(&[
            (
                "mimetype",
                "application/vnd.oasis.opendocument.spreadsheet".into(),
            ),
            ("content.xml", content),
        ]);
        assert_eq!(super::super::sniff(&bytes), Format::Ods);
        let r = read(Format::Ods, &bytes, &Limits::default());
        assert!(
            matches!(&r, Err(Reason::ReaderCrashed(d)) if d.contains("max_cells")),
            "{r:?}"
        );
    }

    /// A compound file whose Workbook stream holds the given BIFF8 records after a globals
    /// substream naming one sheet.
    fn xls_with_sheet_records(sheet: &[(u16, Vec<u8>)]) -> Vec<u8> {
        use std::io::Write;
        let record = |out: &mut Vec<u8>, typ: u16, data: &[u8]| {
            out.extend(typ.to_le_bytes());
            out.extend((data.len() as u16).to_le_bytes());
            out.extend(data);
        };
        let bof = |kind: u16| {
            let mut d = vec![0x00, 0x06];
            d.extend(kind.to_le_bytes());
            d.extend([0u8; 12]);
            d
        };
        let mut globals = Vec::new();
        record(&mut globals, 0x0809, &bof(0x0005));
        // BoundSheet8: stream position (patched below), visible worksheet, name "S".
        let boundsheet_at = globals.len() + 4;
        record(&mut globals, 0x0085, &[0, 0, 0, 0, 0, 0, 1, 0, b'S']);
        record(&mut globals, 0x000A, &[]);
        let sheet_pos = globals.len() as u32;
        globals[boundsheet_at..boundsheet_at + 4].copy_from_slice(&sheet_pos.to_le_bytes());
        record(&mut globals, 0x0809, &bof(0x0010));
        for (typ, data) in sheet {
            record(&mut globals, *typ, data);
        }
        record(&mut globals, 0x000A, &[]);
        let mut file = cfb::CompoundFile::create(Cursor::new(Vec::new())).unwrap();
        file.create_stream("/Workbook")
            .unwrap()
            .write_all(&globals)
            .unwrap();
        file.flush().unwrap();
        file.into_inner().into_inner()
    }

    #[test]
    fn an_xls_declaring_more_cells_than_the_limit_is_refused_before_reading() {
        // DIMENSIONS: rows 0..70000, columns 0..256 (18 million cells) around one number.
        let mut dims = Vec::new();
        dims.extend(0u32.to_le_bytes());
        dims.extend(70_000u32.to_le_bytes());
        dims.extend(0u16.to_le_bytes());
        dims.extend(256u16.to_le_bytes());
        dims.extend(0u16.to_le_bytes());
        let mut number = vec![0, 0, 0, 0, 0, 0];
        number.extend(6f64.to_le_bytes());
        let bytes = xls_with_sheet_records(&[(0x0200, dims), (0x0203, number.clone())]);
        assert_eq!(super::super::sniff(&bytes), Format::Xls);
        let r = read(Format::Xls, &bytes, &Limits::default());
        assert!(
            matches!(&r, Err(Reason::ReaderCrashed(d)) if d.contains("max_cells")),
            "{r:?}"
        );
        // The same cell with an honest DIMENSIONS is read.
        let mut dims = Vec::new();
        dims.extend(0u32.to_le_bytes());
        dims.extend(1u32.to_le_bytes());
        dims.extend(0u16.to_le_bytes());
        dims.extend(1u16.to_le_bytes());
        dims.extend(0u16.to_le_bytes());
        let bytes = xls_with_sheet_records(&[(0x0200, dims), (0x0203, number)]);
        let c = read(Format::Xls, &bytes, &Limits::default()).unwrap();
        assert_eq!(c.tables[0].rows, vec![vec!["6"]]);
    }
}
