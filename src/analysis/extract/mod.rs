//! Extract: an attachment's bytes → text and tables, or a recorded reason why not.
//!
//! The type is decided by the content, never by the name or the declared MIME type: web systems
//! save HTML tables as .xls, people rename CSV files to .xlsx. Pure: bytes in, data out.
//! Readers that may panic on hostile input (calamine, pdf-extract) run under `catch_unwind`.

mod delimited;
mod doc;
mod limits;
mod office;
mod pdf;
mod rtf;
mod sheet;

use std::io::{Cursor, Read};
use std::panic::{AssertUnwindSafe, catch_unwind};

use crate::analysis::reason::Reason;
use crate::analysis::text::stem::lowercase;
use crate::analysis::text::{self, Table};
use delimited::{csv_delimiter, csv_table};
pub use limits::Limits;

/// A file format as recognised from the bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Format {
    Xlsx,
    Xls,
    Ods,
    Docx,
    Odt,
    Doc,
    Pdf,
    Rtf,
    Html,
    Csv,
    Text,
    Zip,
    Image,
    Encrypted,
    Unknown,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Xlsx => "xlsx",
            Format::Xls => "xls",
            Format::Ods => "ods",
            Format::Docx => "docx",
            Format::Odt => "odt",
            Format::Doc => "doc",
            Format::Pdf => "pdf",
            Format::Rtf => "rtf",
            Format::Html => "html",
            Format::Csv => "csv",
            Format::Text => "txt",
            Format::Zip => "zip",
            Format::Image => "image",
            Format::Encrypted => "encrypted",
            Format::Unknown => "unknown",
        }
    }
}

/// What was read from one file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Content {
    /// Running text (paragraphs separated by blank lines).
    pub text: String,
    pub tables: Vec<Table>,
    /// The charset text was decoded with, for text formats.
    pub charset: Option<&'static str>,
    /// Set when only part of the file was read (rows or pages cut at a limit).
    pub cut: Option<Reason>,
}

/// The outcome for one file (a zip yields one per member).
#[derive(Debug, Clone)]
pub struct Extracted {
    /// File name; zip members are "archive.zip/member.xlsx".
    pub name: String,
    pub format: Format,
    pub result: Result<Content, Reason>,
    /// The bytes of a picture of text (an image, or a PDF with no text layer) for OCR, which
    /// runs at the edge (see `crate::edge::ocr`); `None` for everything else.
    pub scan: Option<Vec<u8>>,
}

/// Where attachments are read: in this process ([`InProcess`]), or somewhere an abort or a
/// runaway reader costs only that attachment (`crate::edge::sandbox::Sandbox`, a child process).
pub trait Reader: Send + Sync {
    /// As [`extract`], spending from the message's `budget` the time the reading took (a
    /// reader that cannot be stopped, like [`InProcess`], spends nothing).
    fn extract(
        &self,
        name: &str,
        bytes: &[u8],
        limits: &Limits,
        budget: &mut ReadBudget,
    ) -> Vec<Extracted>;
}

/// What one message may still spend on reading its attachments. The pipeline keeps it as
/// data; a [`Reader`] that measures time (the sandbox) spends from it.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadBudget {
    pub time_left: std::time::Duration,
}

impl ReadBudget {
    pub fn new(limits: &Limits) -> Self {
        ReadBudget {
            time_left: std::time::Duration::from_secs(limits.reader_message_secs),
        }
    }
}

/// Reads attachments in this process (tests, fuzzing, the bench's readers alone).
#[derive(Debug, Clone, Copy, Default)]
pub struct InProcess;

impl Reader for InProcess {
    fn extract(
        &self,
        name: &str,
        bytes: &[u8],
        limits: &Limits,
        _budget: &mut ReadBudget,
    ) -> Vec<Extracted> {
        extract(name, bytes, limits)
    }
}

/// Reads one attachment (and, for zip archives, each member).
pub fn extract(name: &str, bytes: &[u8], limits: &Limits) -> Vec<Extracted> {
    extract_as(name, bytes, sniff(bytes), limits)
}

/// [`extract`] for a caller that has already sniffed the bytes (`format` = `sniff(bytes)`).
pub fn extract_as(name: &str, bytes: &[u8], format: Format, limits: &Limits) -> Vec<Extracted> {
    let mut out = Vec::new();
    extract_format(name, bytes, format, limits, 0, &mut out);
    out
}

fn extract_into(name: &str, bytes: &[u8], limits: &Limits, depth: usize, out: &mut Vec<Extracted>) {
    extract_format(name, bytes, sniff(bytes), limits, depth, out);
}

fn extract_format(
    name: &str,
    bytes: &[u8],
    format: Format,
    limits: &Limits,
    depth: usize,
    out: &mut Vec<Extracted>,
) {
    // Zip members and a document's pictures count as attachments: past the limit, one entry
    // says what was left unread.
    if out.len() >= limits.max_attachments {
        if out.len() == limits.max_attachments {
            out.push(Extracted {
                name: name.into(),
                format,
                result: Err(Reason::Cut(format!(
                    "понад {} файлів в одному вкладенні; решта не читалася",
                    limits.max_attachments
                ))),
                scan: None,
            });
        }
        return;
    }
    let failed = |reason: Reason| Extracted {
        name: name.into(),
        format,
        result: Err(reason),
        scan: None,
    };
    if bytes.len() > limits.max_attachment_bytes {
        out.push(failed(Reason::TooLarge {
            size: bytes.len() as u64,
            limit: limits.max_attachment_bytes as u64,
        }));
        return;
    }
    if matches!(
        format,
        Format::Xlsx | Format::Docx | Format::Ods | Format::Odt | Format::Zip
    ) && let Err(reason) = check_zip(bytes, limits)
    {
        out.push(failed(reason));
        return;
    }
    if format == Format::Zip {
        if depth >= 2 {
            out.push(failed(Reason::TooDeep));
            return;
        }
        match zip_members(bytes) {
            Ok(members) => {
                if members.is_empty() {
                    out.push(failed(Reason::Empty));
                }
                for (member, data) in members {
                    extract_into(&format!("{name}/{member}"), &data, limits, depth + 1, out);
                }
            }
            Err(reason) => out.push(failed(reason)),
        }
        return;
    }
    let result = catch_unwind(AssertUnwindSafe(|| read(format, name, bytes, limits)))
        .unwrap_or_else(|_| Err(Reason::Corrupt("читач файлу завершився аварійно".into())));
    let empty = match &result {
        Ok(c) => c.text.trim().is_empty() && c.tables.iter().all(|t| t.rows.is_empty()),
        Err(_) => false,
    };
    if empty && matches!(format, Format::Docx | Format::Odt) && depth < 2 {
        // A document that holds only pictures: a scan pasted into Word. The pictures are read
        // as scans, each under the document's name.
        let pictures = document_pictures(bytes);
        if !pictures.is_empty() {
            for (member, data) in pictures {
                extract_into(&format!("{name}/{member}"), &data, limits, depth + 1, out);
            }
            return;
        }
    }
    let result = match result {
        Ok(_) if empty && format == Format::Pdf => Err(Reason::ImageOnly),
        Ok(_) if empty => Err(Reason::Empty),
        Ok(c) => Ok(cap_text(c, limits.max_text_chars)),
        other => other,
    };
    let scan = (result == Err(Reason::ImageOnly)).then(|| bytes.to_vec());
    out.push(Extracted {
        name: name.into(),
        format,
        result,
        scan,
    });
}

/// Text beyond `max_chars` (running text first, then table cells) is dropped and the content
/// marked as read in part: what one attachment hands back, and what the pipeline analyses, stay
/// bounded whatever the file unpacks to.
pub fn cap_text(mut c: Content, max_chars: usize) -> Content {
    let mut left = max_chars;
    let mut cut = false;
    let take = |s: &mut String, left: &mut usize, cut: &mut bool| {
        if s.len() <= *left {
            // Bytes bound characters: a string of no more bytes than are left fits.
            *left -= s.chars().count();
            return;
        }
        let n = s.chars().count();
        if n <= *left {
            *left -= n;
            return;
        }
        let end = s.char_indices().nth(*left).map_or(s.len(), |(i, _)| i);
        s.truncate(end);
        *left = 0;
        *cut = true;
    };
    take(&mut c.text, &mut left, &mut cut);
    for t in &mut c.tables {
        for row in &mut t.rows {
            for cell in row.iter_mut() {
                take(cell, &mut left, &mut cut);
            }
        }
        if cut {
            t.rows.retain(|r| r.iter().any(|c| !c.is_empty()));
        }
    }
    if cut && c.cut.is_none() {
        c.cut = Some(Reason::Cut(format!(
            "текст понад {max_chars} символів не аналізувався"
        )));
    }
    c
}

/// The pictures inside a docx or odt (word/media/…, Pictures/…), with their member names
/// shortened to "media/image1.jpeg". The archive was checked by [`check_zip`] first.
fn document_pictures(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Vec::new();
    };
    let names: Vec<String> = archive
        .file_names()
        .filter_map(|n| n.ok().map(|n| n.into_owned()))
        .filter(|n| n.starts_with("word/media/") || n.starts_with("Pictures/"))
        .collect();
    let mut out = Vec::new();
    for n in names {
        if let Ok(data) = zip_read(&mut archive, &n)
            && sniff(&data) == Format::Image
        {
            out.push((n.trim_start_matches("word/").to_string(), data));
        }
    }
    out.sort();
    out
}

fn read(format: Format, name: &str, bytes: &[u8], limits: &Limits) -> Result<Content, Reason> {
    match format {
        Format::Xlsx | Format::Xls | Format::Ods => sheet::read(format, bytes, limits),
        Format::Docx => office::read_docx(bytes),
        Format::Odt => office::read_odt(bytes),
        Format::Doc => doc::read(bytes),
        Format::Pdf => pdf::read(bytes, limits),
        Format::Rtf => rtf::read(bytes),
        Format::Html => {
            let (html, charset) = text::decode_bytes(bytes, html_meta_charset(bytes).as_deref());
            let c = text::html_to_content(&html);
            Ok(Content {
                text: c.text,
                tables: c.tables,
                charset: Some(charset),
                cut: None,
            })
        }
        Format::Csv | Format::Text => {
            let (t, charset) = text::decode_bytes(bytes, None);
            let looks_csv = format == Format::Csv || name.to_lowercase().ends_with(".csv");
            if looks_csv && let Some(table) = csv_table(&t) {
                return Ok(Content {
                    text: String::new(),
                    tables: vec![table],
                    charset: Some(charset),
                    cut: None,
                });
            }
            Ok(Content {
                text: text::tidy(&t),
                tables: vec![],
                charset: Some(charset),
                cut: None,
            })
        }
        Format::Image => Err(Reason::ImageOnly),
        Format::Encrypted => Err(Reason::Encrypted),
        Format::Unknown => Err(Reason::UnknownType(describe_unknown(bytes))),
        Format::Zip => unreachable!("zip archives are expanded by the caller"),
    }
}

/// Decides a file's format from its first bytes (and, for zip and OLE files, their members).
pub fn sniff(bytes: &[u8]) -> Format {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return sniff_zip(bytes);
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return sniff_ole(bytes);
    }
    let head = &bytes[..bytes.len().min(1024)];
    if head.windows(5).any(|w| w == b"%PDF-") {
        return Format::Pdf;
    }
    if head.starts_with(b"{\\rtf") {
        return Format::Rtf;
    }
    if head.starts_with(&[0xFF, 0xD8, 0xFF])
        || head.starts_with(b"\x89PNG")
        || head.starts_with(b"GIF8")
        || head.starts_with(b"II*\0")
        || head.starts_with(b"MM\0*")
        || head.starts_with(b"BM")
    {
        return Format::Image;
    }
    let lower: String = lowercase(&String::from_utf8_lossy(head));
    let trimmed = lower.trim_start_matches('\u{feff}').trim_start();
    if trimmed.starts_with("<!doctype html")
        || trimmed.starts_with("<html")
        || trimmed.starts_with("<table")
        || (trimmed.starts_with('<') && (lower.contains("<table") || lower.contains("<body")))
    {
        return Format::Html;
    }
    if looks_like_text(bytes) {
        let (t, _) = text::decode_bytes(&bytes[..bytes.len().min(4096)], None);
        return if csv_delimiter(&t).is_some() {
            Format::Csv
        } else {
            Format::Text
        };
    }
    Format::Unknown
}

fn sniff_zip(bytes: &[u8]) -> Format {
    // A damaged zip stays a zip: `check_zip` then records it as corrupt.
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Format::Zip;
    };
    let names: Vec<String> = archive
        .file_names()
        .filter_map(|n| n.ok().map(|n| n.into_owned()))
        .collect();
    if names.iter().any(|n| n == "word/document.xml") {
        return Format::Docx;
    }
    if names.iter().any(|n| n.starts_with("xl/")) {
        return Format::Xlsx;
    }
    if names.iter().any(|n| n == "mimetype") {
        let mut mime = String::new();
        if let Ok(mut f) = archive.by_name("mimetype") {
            let _ = f.by_ref().take(200).read_to_string(&mut mime);
        }
        if mime.contains("opendocument.spreadsheet") {
            return Format::Ods;
        }
        if mime.contains("opendocument.text") {
            return Format::Odt;
        }
    }
    Format::Zip
}

fn sniff_ole(bytes: &[u8]) -> Format {
    let Ok(file) = cfb::CompoundFile::open(Cursor::new(bytes)) else {
        return Format::Unknown;
    };
    let has = |name: &str| file.exists(name);
    if has("/EncryptedPackage") || has("/EncryptionInfo") {
        return Format::Encrypted;
    }
    if has("/WordDocument") {
        return Format::Doc;
    }
    if has("/Workbook") || has("/Book") {
        return Format::Xls;
    }
    Format::Unknown
}

fn looks_like_text(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    if sample.is_empty() {
        return false;
    }
    let control = sample
        .iter()
        .filter(|&&b| b < 0x09 || (0x0E..0x20).contains(&b) && b != 0x1B)
        .count();
    control * 100 <= sample.len()
}

fn describe_unknown(bytes: &[u8]) -> String {
    if bytes.is_empty() {
        return "порожній файл".into();
    }
    let magic: Vec<String> = bytes.iter().take(4).map(|b| format!("{b:02X}")).collect();
    format!(
        "невідомий двійковий формат, перші байти {}",
        magic.join(" ")
    )
}

/// Refuses zip-based files that would expand beyond the limits (zip bombs), checked from the
/// central directory before any member is read.
fn check_zip(bytes: &[u8], limits: &Limits) -> Result<(), Reason> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| Reason::Corrupt(format!("архів zip не читається: {e}")))?;
    let mut unpacked: u64 = 0;
    for i in 0..archive.len() {
        let f = archive
            .by_index_raw(i)
            .map_err(|e| Reason::Corrupt(format!("архів zip: {e}")))?;
        if f.encrypted() {
            return Err(Reason::Encrypted);
        }
        unpacked = unpacked.saturating_add(f.size());
    }
    let packed = bytes.len() as u64;
    if unpacked > limits.max_unzipped_bytes
        || unpacked > packed.saturating_mul(limits.max_zip_ratio).max(1024 * 1024)
    {
        return Err(Reason::ZipBomb { unpacked, packed });
    }
    Ok(())
}

/// Reads a zip member fully; the archive was checked by [`check_zip`] first.
pub(crate) fn zip_read(
    archive: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
) -> Result<Vec<u8>, Reason> {
    let mut f = archive
        .by_name(name)
        .map_err(|e| Reason::Corrupt(format!("немає частини {name}: {e}")))?;
    let mut data = Vec::with_capacity(f.size().min(64 * 1024 * 1024) as usize);
    f.read_to_end(&mut data)
        .map_err(|e| Reason::Corrupt(format!("частина {name}: {e}")))?;
    Ok(data)
}

/// Members of a plain zip archive, with names decoded as Windows writes them (CP866 when the
/// UTF-8 flag is not set).
fn zip_members(bytes: &[u8]) -> Result<Vec<(String, Vec<u8>)>, Reason> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| Reason::Corrupt(format!("архів zip не читається: {e}")))?;
    let mut out = Vec::new();
    for i in 0..archive.len() {
        let mut f = archive
            .by_index(i)
            .map_err(|e| Reason::Corrupt(format!("архів zip: {e}")))?;
        if f.is_dir() {
            continue;
        }
        let raw_name = f.name_raw().to_vec();
        let name =
            if std::str::from_utf8(&raw_name).is_ok_and(|s| !s.is_ascii()) || raw_name.is_ascii() {
                String::from_utf8_lossy(&raw_name).into_owned()
            } else {
                dos_name(&raw_name)
            };
        let mut data = Vec::new();
        f.read_to_end(&mut data)
            .map_err(|e| Reason::Corrupt(format!("архів zip, {name}: {e}")))?;
        out.push((name, data));
    }
    Ok(out)
}

/// A zip member name written by Windows in the DOS code page: CP866, with CP1125's Ukrainian
/// letters (Ґ Є І Ї) in 0xF2–0xF9, where CP866 has rarely used signs.
fn dos_name(raw: &[u8]) -> String {
    const UKR: [char; 8] = ['Ґ', 'ґ', 'Є', 'є', 'І', 'і', 'Ї', 'ї'];
    raw.iter()
        .map(|&b| match b {
            0xF2..=0xF9 => UKR[(b - 0xF2) as usize],
            _ => encoding_rs::IBM866
                .decode_without_bom_handling(&[b])
                .0
                .chars()
                .next()
                .unwrap_or('?'),
        })
        .collect()
}

fn html_meta_charset(bytes: &[u8]) -> Option<String> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_lowercase();
    let p = head.find("charset=")? + 8;
    let v: String = head[p..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    (!v.is_empty()).then_some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_decides_not_name() {
        assert_eq!(
            sniff(b"<html><body><table><tr><td>1</td></tr></table>"),
            Format::Html
        );
        assert_eq!(
            sniff("№;Захід;Стан\n1;a;b\n6;c;d\n".as_bytes()),
            Format::Csv
        );
        assert_eq!(sniff(b"%PDF-1.4\n"), Format::Pdf);
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n...."), Format::Image);
        assert_eq!(sniff(&[0u8, 1, 2, 3, 4, 5, 0, 0, 7]), Format::Unknown);
    }

    #[test]
    fn cp1251_csv_with_semicolons() {
        let (bytes, _, _) =
            encoding_rs::WINDOWS_1251.encode("№;Стан виконання\n6;Проведено консультації\n");
        let out = extract("звіт.csv", &bytes, &Limits::default());
        let c = out[0].result.as_ref().unwrap();
        assert_eq!(c.tables[0].rows[1], vec!["6", "Проведено консультації"]);
        assert_eq!(c.charset, Some("windows-1251"));
    }

    #[test]
    fn an_unbalanced_quote_in_a_csv_costs_one_pass() {
        // One quote opened and never closed, then 200,000 lines: the old reader recounted the
        // quotes of everything pending at every line.
        let mut csv = String::from("№;Захід;Стан\n1;\"a;b\n");
        for i in 0..200_000 {
            csv.push_str(&format!("{i};захід;виконано\n"));
        }
        let started = std::time::Instant::now();
        // Without the cap on text per attachment, which would cut the one long cell.
        let limits = Limits {
            max_text_chars: usize::MAX,
            ..Limits::default()
        };
        let out = extract("звіт.csv", csv.as_bytes(), &limits);
        println!("{} bytes read in {:?}", csv.len(), started.elapsed());
        let c = out[0].result.as_ref().unwrap();
        let rows = &c.tables[0].rows;
        assert_eq!(rows.len(), 2, "the open quote takes the rest of the file");
        assert_eq!(rows[0], vec!["№", "Захід", "Стан"]);
        assert!(rows[1][1].ends_with("199999;захід;виконано"));
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
    }

    #[test]
    fn text_beyond_the_cap_is_cut_and_said_so() {
        let c = Content {
            text: "абв".repeat(10),
            tables: vec![Table {
                sheet: None,
                rows: vec![
                    vec!["1".into(), "ґє".repeat(10)],
                    vec!["2".into(), "x".into()],
                ],
                first_row: 1,
            }],
            charset: None,
            cut: None,
        };
        let capped = cap_text(c.clone(), 35);
        assert_eq!(capped.text.chars().count(), 30);
        assert_eq!(capped.tables[0].rows[0][0], "1");
        assert_eq!(capped.tables[0].rows[0][1].chars().count(), 4);
        assert_eq!(
            capped.tables[0].rows.len(),
            1,
            "rows left empty are dropped"
        );
        assert_eq!(capped.cut.as_ref().map(Reason::code), Some("cut"));
        assert_eq!(cap_text(c.clone(), 1000), c, "what fits is untouched");
    }

    #[test]
    fn quoted_csv_fields_span_lines_and_keep_delimiters() {
        let c = csv_table("№;Стан\n6;\"Проведено; двічі\nу грудні\"\n7;\"\"\"так\"\"\"\n").unwrap();
        assert_eq!(
            c.rows,
            vec![
                vec!["№", "Стан"],
                vec!["6", "Проведено; двічі\nу грудні"],
                vec!["7", "\"так\""],
            ]
        );
    }

    #[test]
    fn garbage_named_xlsx_gets_a_reason() {
        let out = extract(
            "звіт.xlsx",
            &[0x00, 0x13, 0x37, 0x00, 0xFF, 0x00, 0x01, 0x02],
            &Limits::default(),
        );
        assert_eq!(out[0].result.as_ref().unwrap_err().code(), "unknown_type");
    }

    #[test]
    fn oversized_attachment_is_not_opened() {
        let limits = Limits {
            max_attachment_bytes: 10,
            ..Limits::default()
        };
        let out = extract("a.txt", b"0123456789abcdef", &limits);
        assert_eq!(out[0].result.as_ref().unwrap_err().code(), "too_large");
    }
}
