//! Word-processing documents: docx (WordprocessingML) and odt (OpenDocument text). Paragraphs
//! become text; tables become [`Table`]s (nested tables are flattened into their cell; below
//! [`MAX_TABLE_DEPTH`] into the deepest cell kept, so that each character is copied a bounded
//! number of times).

use std::io::Cursor;

use quick_xml::Reader;
use quick_xml::events::Event;

use super::{Content, zip_read};
use crate::analysis::reason::Reason;
use crate::analysis::text::{self, MAX_TABLE_DEPTH, Table};

/// Element names that mean the same thing in both formats.
struct Vocabulary {
    paragraph: &'static [&'static [u8]],
    text: &'static [u8],
    table: &'static [u8],
    row: &'static [u8],
    cell: &'static [u8],
    tab: &'static [&'static [u8]],
    line_break: &'static [&'static [u8]],
    space: Option<&'static [u8]>,
    /// Elements whose text is not document text (deleted revisions, field instructions).
    skip: &'static [&'static [u8]],
}

const DOCX: Vocabulary = Vocabulary {
    paragraph: &[b"w:p"],
    text: b"w:t",
    table: b"w:tbl",
    row: b"w:tr",
    cell: b"w:tc",
    tab: &[b"w:tab"],
    line_break: &[b"w:br", b"w:cr"],
    space: None,
    skip: &[b"w:del", b"w:instrText"],
};

const ODT: Vocabulary = Vocabulary {
    paragraph: &[b"text:p", b"text:h"],
    text: b"",
    table: b"table:table",
    row: b"table:table-row",
    cell: b"table:table-cell",
    tab: &[b"text:tab"],
    line_break: &[b"text:line-break"],
    space: Some(b"text:s"),
    skip: &[b"office:annotation", b"text:tracked-changes"],
};

pub fn read_docx(bytes: &[u8]) -> Result<Content, Reason> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| Reason::Corrupt(format!("docx: {e}")))?;
    let xml = zip_read(&mut archive, "word/document.xml")?;
    read_xml(&xml, &DOCX)
}

pub fn read_odt(bytes: &[u8]) -> Result<Content, Reason> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| Reason::Corrupt(format!("odt: {e}")))?;
    if archive.index_for_name("META-INF/manifest.xml").is_some() {
        let manifest = zip_read(&mut archive, "META-INF/manifest.xml")?;
        if String::from_utf8_lossy(&manifest).contains("encryption-data") {
            return Err(Reason::Encrypted);
        }
    }
    let xml = zip_read(&mut archive, "content.xml")?;
    read_xml(&xml, &ODT)
}

/// One table being read: finished rows, the row being read, the cell being read.
#[derive(Default)]
struct OpenTable {
    rows: Vec<Vec<String>>,
    row: Vec<String>,
    cell: Option<String>,
}

fn read_xml(xml: &[u8], v: &Vocabulary) -> Result<Content, Reason> {
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut body = String::new();
    let mut tables: Vec<OpenTable> = Vec::new();
    let mut done: Vec<Table> = Vec::new();
    let mut skip_depth = 0usize;
    // In ODT all text inside a paragraph counts; in DOCX only text inside w:t.
    let mut in_text = v.text.is_empty();
    let mut in_paragraph = 0usize;
    // Tables open beyond the depth limit: read as text of the deepest cell kept.
    let mut too_deep = 0usize;
    let push = |tables: &mut Vec<OpenTable>, body: &mut String, s: &str| match tables.last_mut() {
        Some(OpenTable { cell: Some(c), .. }) => c.push_str(s),
        Some(_) => {}
        None => body.push_str(s),
    };
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| Reason::Corrupt(format!("XML документа: {e}")))?;
        match event {
            Event::Start(e) => {
                let name = e.name().as_ref().as_bytes().to_vec();
                if v.skip.contains(&name.as_slice()) {
                    skip_depth += 1;
                } else if name == v.table && (too_deep > 0 || tables.len() >= MAX_TABLE_DEPTH) {
                    too_deep += 1;
                    push(&mut tables, &mut body, " ");
                } else if too_deep > 0 && (name == v.row || name == v.cell) {
                    push(
                        &mut tables,
                        &mut body,
                        if name == v.row { "\n" } else { " " },
                    );
                } else if name == v.table {
                    tables.push(OpenTable::default());
                } else if name == v.row {
                    if let Some(t) = tables.last_mut() {
                        t.row = Vec::new();
                    }
                } else if name == v.cell {
                    if let Some(t) = tables.last_mut() {
                        t.cell = Some(String::new());
                    }
                } else if v.paragraph.contains(&name.as_slice()) {
                    in_paragraph += 1;
                } else if !v.text.is_empty() && name == v.text {
                    in_text = true;
                }
            }
            Event::Empty(e) => {
                let name = e.name().as_ref().as_bytes().to_vec();
                if skip_depth > 0 {
                } else if v.tab.contains(&name.as_slice()) {
                    push(&mut tables, &mut body, "\t");
                } else if v.line_break.contains(&name.as_slice()) {
                    push(&mut tables, &mut body, "\n");
                } else if v.space == Some(name.as_slice()) {
                    let n = e
                        .try_get_attribute("text:c")
                        .ok()
                        .flatten()
                        .and_then(|a| a.value.trim().parse::<usize>().ok())
                        .unwrap_or(1)
                        .min(100);
                    push(&mut tables, &mut body, &" ".repeat(n));
                } else if name == v.cell && too_deep > 0 {
                } else if name == v.cell {
                    // An empty cell; ODT repeats it with number-columns-repeated.
                    if let Some(t) = tables.last_mut() {
                        let n = e
                            .try_get_attribute("table:number-columns-repeated")
                            .ok()
                            .flatten()
                            .and_then(|a| a.value.trim().parse::<usize>().ok())
                            .unwrap_or(1)
                            .min(50);
                        t.row.extend(std::iter::repeat_n(String::new(), n));
                    }
                } else if v.paragraph.contains(&name.as_slice()) {
                    push(&mut tables, &mut body, "\n");
                }
            }
            Event::End(e) => {
                let name = e.name().as_ref().as_bytes().to_vec();
                if v.skip.contains(&name.as_slice()) {
                    skip_depth = skip_depth.saturating_sub(1);
                } else if too_deep > 0 && name == v.table {
                    too_deep -= 1;
                } else if too_deep > 0 && (name == v.row || name == v.cell) {
                } else if name == v.table {
                    if let Some(t) = tables.pop() {
                        let rows: Vec<Vec<String>> = t
                            .rows
                            .into_iter()
                            .filter(|r| r.iter().any(|c| !c.is_empty()))
                            .collect();
                        if let Some(parent) = tables.last_mut() {
                            let flat: Vec<String> = rows.iter().map(|r| r.join(" ")).collect();
                            parent
                                .cell
                                .get_or_insert_with(String::new)
                                .push_str(&flat.join("\n"));
                        } else if !rows.is_empty() {
                            done.push(Table {
                                sheet: None,
                                rows,
                                first_row: 1,
                            });
                        }
                    }
                } else if name == v.row {
                    if let Some(t) = tables.last_mut() {
                        let mut row = std::mem::take(&mut t.row);
                        while row.last().is_some_and(String::is_empty) {
                            row.pop();
                        }
                        t.rows.push(row);
                    }
                } else if name == v.cell {
                    if let Some(t) = tables.last_mut() {
                        let cell = t.cell.take().unwrap_or_default();
                        t.row.push(text::tidy(&cell).replace('\n', " "));
                    }
                } else if v.paragraph.contains(&name.as_slice()) {
                    in_paragraph = in_paragraph.saturating_sub(1);
                    // A paragraph is a unit of report text: keep it apart from the next.
                    push(&mut tables, &mut body, "\n\n");
                } else if !v.text.is_empty() && name == v.text {
                    in_text = false;
                }
            }
            Event::Text(t)
                if skip_depth == 0 && in_text && (in_paragraph > 0 || !v.text.is_empty()) =>
            {
                push(&mut tables, &mut body, &t.xml10_content());
            }
            Event::GeneralRef(r) if skip_depth == 0 && in_text => {
                let name: &str = &r;
                push(
                    &mut tables,
                    &mut body,
                    &text::decode_entities(&format!("&{name};")),
                );
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(Content {
        text: text::tidy(&body),
        tables: done,
        charset: None,
        cut: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn docx_tables_nested_thousands_deep_are_read_in_one_pass() {
        // A 50 KB mail held a .docx of tables inside tables, each with a word of its own:
        // every level used to copy (and tidy) all the text inside it again.
        let n = 20_000;
        let mut xml =
            String::from("<w:document xmlns:w=\"w\"><w:body><w:p><w:r><w:t>Звіт</w:t></w:r></w:p>");
        xml.push_str(&"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>так</w:t></w:r></w:p>".repeat(n));
        xml.push_str(&"</w:tc></w:tr></w:tbl>".repeat(n));
        xml.push_str("</w:body></w:document>");
        let started = std::time::Instant::now();
        let c = read_xml(xml.as_bytes(), &DOCX).unwrap();
        println!("{} bytes of XML read in {:?}", xml.len(), started.elapsed());
        assert_eq!(c.text, "Звіт");
        assert_eq!(c.tables.len(), 1);
        assert_eq!(c.tables[0].rows.len(), 1);
        assert_eq!(c.tables[0].rows[0].len(), 1);
        let words: Vec<&str> = c.tables[0].rows[0][0].split_whitespace().collect();
        assert_eq!(words.len(), n, "every level's word is kept");
        assert!(words.iter().all(|w| *w == "так"));
        assert!(
            started.elapsed() < std::time::Duration::from_secs(5),
            "took {:?}",
            started.elapsed()
        );
    }

    #[test]
    fn docx_tables_below_the_depth_limit_become_text_of_the_deepest_cell() {
        let mut xml = String::from("<w:document xmlns:w=\"w\"><w:body>");
        for level in 1..=MAX_TABLE_DEPTH + 2 {
            xml.push_str(&format!(
                "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>рівень {level}</w:t></w:r></w:p></w:tc><w:tc>"
            ));
        }
        for _ in 0..MAX_TABLE_DEPTH + 2 {
            xml.push_str("</w:tc></w:tr></w:tbl>");
        }
        xml.push_str("</w:body></w:document>");
        let c = read_xml(xml.as_bytes(), &DOCX).unwrap();
        assert_eq!(c.tables.len(), 1);
        assert_eq!(c.tables[0].rows[0][0], "рівень 1");
        let rest: Vec<String> = (2..=MAX_TABLE_DEPTH + 2)
            .map(|l| format!("рівень {l}"))
            .collect();
        let cell: Vec<&str> = c.tables[0].rows[0][1].split_whitespace().collect();
        assert_eq!(cell.join(" "), rest.join(" "));
    }
}
