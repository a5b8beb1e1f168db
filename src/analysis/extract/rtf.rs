//! RTF: a small reader for the text of RTF documents (what Word and LibreOffice write):
//! groups, control words, `\'hh` bytes in the document's code page, `\uN` Unicode escapes, and
//! table cells (`\cell`, `\row`). Destinations that hold no document text are skipped.

use super::Content;
use crate::analysis::reason::Reason;
use crate::analysis::text::{self, Table};

/// Destinations whose content is not document text.
const SKIP: &[&str] = &[
    "fonttbl",
    "colortbl",
    "stylesheet",
    "info",
    "pict",
    "object",
    "header",
    "footer",
    "headerl",
    "headerr",
    "footerl",
    "footerr",
    "listtable",
    "listoverridetable",
    "rsidtbl",
    "generator",
    "xmlnstbl",
    "themedata",
    "colorschememapping",
    "latentstyles",
    "datastore",
    "mmathPr",
    "pgdsctbl",
    "filetbl",
    "revtbl",
    "bkmkstart",
    "bkmkend",
    "fldinst",
    "pnseclvl",
    "footnote",
];

pub fn read(bytes: &[u8]) -> Result<Content, Reason> {
    if !bytes.starts_with(b"{\\rtf") {
        return Err(Reason::Corrupt("RTF без заголовка".into()));
    }
    let mut codepage: &'static encoding_rs::Encoding = encoding_rs::WINDOWS_1252;
    // Group stack: (skip, unicode skip count).
    let mut stack: Vec<(bool, usize)> = vec![(false, 1)];
    let mut body = String::new();
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut row: Vec<String> = Vec::new();
    let mut cell = String::new();
    let mut in_table = false;
    let mut pending: Vec<u8> = Vec::new();
    let mut skip_chars = 0usize;
    let mut i = 0;
    let n = bytes.len();

    macro_rules! out {
        () => {
            if in_table { &mut cell } else { &mut body }
        };
    }
    let flush = |pending: &mut Vec<u8>, target: &mut String, cp: &'static encoding_rs::Encoding| {
        if !pending.is_empty() {
            target.push_str(&cp.decode_without_bom_handling(pending).0);
            pending.clear();
        }
    };
    while i < n {
        let b = bytes[i];
        let skipping = stack.last().is_some_and(|s| s.0);
        match b {
            b'{' => {
                flush(&mut pending, out!(), codepage);
                let top = *stack.last().unwrap_or(&(false, 1));
                stack.push(top);
                if stack.len() > 200 {
                    return Err(Reason::Corrupt("RTF: надто глибока вкладеність".into()));
                }
                i += 1;
            }
            b'}' => {
                flush(&mut pending, out!(), codepage);
                stack.pop();
                if stack.is_empty() {
                    break;
                }
                i += 1;
            }
            b'\\' => {
                i += 1;
                if i >= n {
                    break;
                }
                let c = bytes[i];
                if c == b'\'' {
                    if i + 2 < n
                        && !skipping
                        && let Ok(v) =
                            u8::from_str_radix(&String::from_utf8_lossy(&bytes[i + 1..i + 3]), 16)
                    {
                        if skip_chars > 0 {
                            skip_chars -= 1;
                        } else {
                            pending.push(v);
                        }
                    }
                    i += 3;
                    continue;
                }
                if !c.is_ascii_alphabetic() {
                    if c == b'*' {
                        if let Some(top) = stack.last_mut() {
                            top.0 = true;
                        }
                    } else if !skipping && matches!(c, b'\\' | b'{' | b'}') {
                        flush(&mut pending, out!(), codepage);
                        out!().push(c as char);
                    } else if !skipping && c == b'~' {
                        out!().push(' ');
                    }
                    i += 1;
                    continue;
                }
                let start = i;
                while i < n && bytes[i].is_ascii_alphabetic() {
                    i += 1;
                }
                let word = String::from_utf8_lossy(&bytes[start..i]).into_owned();
                let num_start = i;
                if i < n && (bytes[i] == b'-' || bytes[i].is_ascii_digit()) {
                    i += 1;
                    while i < n && bytes[i].is_ascii_digit() {
                        i += 1;
                    }
                }
                let param: Option<i64> = String::from_utf8_lossy(&bytes[num_start..i]).parse().ok();
                if i < n && bytes[i] == b' ' {
                    i += 1;
                }
                if SKIP.contains(&word.as_str()) {
                    if let Some(top) = stack.last_mut() {
                        top.0 = true;
                    }
                    continue;
                }
                match word.as_str() {
                    "ansicpg" => {
                        if let Some(cp) = param.and_then(|p| codepage_encoding(p as u16)) {
                            codepage = cp;
                        }
                    }
                    "uc" => {
                        if let Some(top) = stack.last_mut() {
                            top.1 = param.unwrap_or(1).max(0) as usize;
                        }
                    }
                    "u" if !skipping => {
                        flush(&mut pending, out!(), codepage);
                        let v = param.unwrap_or(0);
                        let v = if v < 0 { v + 65536 } else { v } as u32;
                        if let Some(ch) = char::from_u32(v) {
                            out!().push(ch);
                        }
                        skip_chars = stack.last().map_or(1, |s| s.1);
                    }
                    _ if skipping => {}
                    "par" | "line" | "sect" | "page" => {
                        flush(&mut pending, out!(), codepage);
                        out!().push('\n');
                    }
                    "tab" => {
                        flush(&mut pending, out!(), codepage);
                        out!().push('\t');
                    }
                    "intbl" => {
                        flush(&mut pending, out!(), codepage);
                        in_table = true;
                    }
                    "cell" => {
                        flush(&mut pending, &mut cell, codepage);
                        row.push(text::tidy(&cell).replace('\n', " "));
                        cell.clear();
                    }
                    "row" => {
                        flush(&mut pending, &mut cell, codepage);
                        rows.push(std::mem::take(&mut row));
                        in_table = false;
                    }
                    "pard" => {
                        flush(&mut pending, out!(), codepage);
                        in_table = false;
                    }
                    "emdash" => out!().push('—'),
                    "endash" => out!().push('–'),
                    "lquote" => out!().push('‘'),
                    "rquote" => out!().push('’'),
                    "ldblquote" => out!().push('“'),
                    "rdblquote" => out!().push('”'),
                    "bullet" => out!().push('•'),
                    _ => {}
                }
            }
            b'\r' | b'\n' => i += 1,
            _ => {
                if !skipping {
                    if skip_chars > 0 {
                        skip_chars -= 1;
                    } else {
                        pending.push(b);
                    }
                }
                i += 1;
            }
        }
    }
    flush(
        &mut pending,
        if in_table { &mut cell } else { &mut body },
        codepage,
    );
    let rows: Vec<Vec<String>> = rows
        .into_iter()
        .filter(|r| r.iter().any(|c| !c.is_empty()))
        .collect();
    let tables = Table::of_document(rows).into_iter().collect();
    Ok(Content {
        text: text::tidy(&body),
        tables,
        charset: Some(codepage.name()),
        cut: None,
    })
}

fn codepage_encoding(cp: u16) -> Option<&'static encoding_rs::Encoding> {
    match cp {
        1251 => Some(encoding_rs::WINDOWS_1251),
        1252 => Some(encoding_rs::WINDOWS_1252),
        1250 => Some(encoding_rs::WINDOWS_1250),
        866 => Some(encoding_rs::IBM866),
        20866 => Some(encoding_rs::KOI8_R),
        21866 => Some(encoding_rs::KOI8_U),
        65001 => Some(encoding_rs::UTF_8),
        _ => None,
    }
}
