//! PDF with a text layer, through lopdf and pdf-extract. A PDF without text is a scan: "image
//! only".
//!
//! Bounded before the work is done: the streams text extraction inflates (page contents, forms,
//! fonts; not images, which OCR reads elsewhere) are measured first with streaming decoders
//! that stop at `max_pdf_inflated_bytes` for the whole document, and only the first
//! `max_pdf_pages` pages are extracted, one by one.

use std::borrow::Cow;
use std::io::Read;

use lopdf::{Document, Object, Stream};

use super::Content;
use crate::analysis::extract::Limits;
use crate::analysis::reason::Reason;
use crate::analysis::text;

pub fn read(bytes: &[u8], limits: &Limits) -> Result<Content, Reason> {
    let doc = Document::load_mem(bytes).map_err(|e| pdf_reason(&e.to_string()))?;
    if doc.is_encrypted() {
        return Err(Reason::Encrypted);
    }
    check_inflated(&doc, limits.max_pdf_inflated_bytes)?;
    check_form_calls(&doc)?;
    let pages = doc.get_pages().len();
    let mut cut = None;
    if pages > limits.max_pdf_pages {
        cut = Some(Reason::Cut(format!(
            "PDF має {pages} сторінок, прочитано перші {}",
            limits.max_pdf_pages
        )));
    }
    // Pages are read from the first until one cannot be read (as pdf-extract does), at most
    // up to the page limit.
    let mut texts = Vec::new();
    for page in 1..=limits.max_pdf_pages.min(pages) as u32 {
        let mut s = String::new();
        let mut output = pdf_extract::PlainTextOutput::new(&mut s);
        if pdf_extract::output_doc_page(&doc, &mut output, page).is_err() {
            break;
        }
        texts.push(s);
    }
    Ok(Content {
        text: text::tidy(&paragraphs(&texts.join("\n\n"))),
        tables: vec![],
        charset: None,
        cut,
    })
}

/// A PDF's text comes as lines: the paragraphs of a letter are not told apart by a blank
/// line as in DOCX and ODT. In a block of wrapped lines (three or more), a line that ends a
/// sentence well short of the block's longest line, before a line that begins with a capital
/// letter, a digit or a quote, ends its paragraph: a blank line is put after it.
fn paragraphs(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    for (k, block) in text.split("\n\n").enumerate() {
        if k > 0 {
            out.push_str("\n\n");
        }
        let lines: Vec<&str> = block.lines().collect();
        let longest = lines
            .iter()
            .map(|l| l.trim().chars().count())
            .max()
            .unwrap_or(0);
        for (i, line) in lines.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            out.push_str(line);
            let t = line.trim_end();
            let ends = t.ends_with(['.', '!', '?', ':']);
            let short = (t.trim_start().chars().count() as f64) < 0.85 * longest as f64;
            let next_starts = lines.get(i + 1).is_some_and(|n| {
                n.trim_start()
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "«\"„".contains(c))
            });
            if lines.len() >= 3 && ends && short && next_starts {
                out.push('\n');
            }
        }
    }
    out
}

/// Form XObjects a page may draw, counting repeats, before the PDF is refused: forms that draw
/// forms twice, forty deep, make 2^40 calls in a file of a few kilobytes.
const MAX_FORM_CALLS: u64 = 100_000;

/// Refuses a document whose Form XObjects would be drawn more than [`MAX_FORM_CALLS`] times
/// (or draw themselves): an upper bound from each form's count of `Do` operators and the forms
/// in its resources, computed over the object graph once, before any page is extracted.
fn check_form_calls(doc: &Document) -> Result<(), Reason> {
    use std::collections::BTreeMap;
    let forms: BTreeMap<lopdf::ObjectId, &Stream> = doc
        .objects
        .iter()
        .filter_map(|(id, o)| match o {
            Object::Stream(s)
                if s.dict
                    .get(b"Subtype")
                    .and_then(Object::as_name)
                    .is_ok_and(|n| n == b"Form") =>
            {
                Some((*id, s))
            }
            _ => None,
        })
        .collect();
    if forms.is_empty() {
        return Ok(());
    }
    let resolve = |o: &Object| -> Option<Object> {
        match o {
            Object::Reference(id) => doc.objects.get(id).cloned(),
            other => Some(other.clone()),
        }
    };
    // The forms each form may draw: the references in its /Resources /XObject.
    let children = |s: &Stream| -> Vec<lopdf::ObjectId> {
        let Some(Object::Dictionary(res)) = s.dict.get(b"Resources").ok().and_then(resolve) else {
            return Vec::new();
        };
        let Some(Object::Dictionary(x)) = res.get(b"XObject").ok().and_then(resolve) else {
            return Vec::new();
        };
        x.iter()
            .filter_map(|(_, v)| v.as_reference().ok())
            .filter(|id| forms.contains_key(id))
            .collect()
    };
    let do_count = |s: &Stream| -> u64 {
        let data = s
            .decompressed_content()
            .unwrap_or_else(|_| s.content.clone());
        data.windows(2)
            .enumerate()
            .filter(|(i, w)| {
                *w == b"Do" && data.get(i + 2).is_none_or(|c| !c.is_ascii_alphanumeric())
            })
            .count() as u64
    };
    // bound(f) = Do(f) × (1 + max bound(child)), saturating; a form on its own path draws
    // itself without end.
    let mut bound: BTreeMap<lopdf::ObjectId, u64> = BTreeMap::new();
    fn visit(
        id: lopdf::ObjectId,
        forms: &BTreeMap<lopdf::ObjectId, &Stream>,
        children: &dyn Fn(&Stream) -> Vec<lopdf::ObjectId>,
        do_count: &dyn Fn(&Stream) -> u64,
        bound: &mut BTreeMap<lopdf::ObjectId, u64>,
        path: &mut Vec<lopdf::ObjectId>,
    ) -> u64 {
        if let Some(b) = bound.get(&id) {
            return *b;
        }
        if path.contains(&id) || path.len() > 64 {
            return u64::MAX;
        }
        let Some(s) = forms.get(&id) else { return 0 };
        path.push(id);
        let deepest = children(s)
            .into_iter()
            .map(|c| visit(c, forms, children, do_count, bound, path))
            .max()
            .unwrap_or(0);
        path.pop();
        let b = do_count(s).saturating_mul(deepest.saturating_add(1));
        bound.insert(id, b);
        b
    }
    for id in forms.keys() {
        let b = visit(
            *id,
            &forms,
            &children,
            &do_count,
            &mut bound,
            &mut Vec::new(),
        );
        if b > MAX_FORM_CALLS {
            return Err(Reason::Corrupt(format!(
                "вкладені форми PDF малювалися б понад {MAX_FORM_CALLS} разів — файл не читався"
            )));
        }
    }
    Ok(())
}

/// Refuses a document whose non-image streams inflate beyond `limit` bytes in all, measured
/// with streaming decoders that never hold more than one stage of one stream.
fn check_inflated(doc: &Document, limit: u64) -> Result<(), Reason> {
    let mut total: u64 = 0;
    for object in doc.objects.values() {
        let Object::Stream(stream) = object else {
            continue;
        };
        let is_image = stream
            .dict
            .get(b"Subtype")
            .and_then(Object::as_name)
            .is_ok_and(|n| n == b"Image");
        if is_image {
            continue;
        }
        let budget = limit.saturating_sub(total);
        match inflated_size(stream, budget) {
            Some(n) => total += n,
            None => {
                return Err(Reason::TooLarge {
                    size: limit.saturating_add(1),
                    limit,
                });
            }
        }
    }
    Ok(())
}

/// The decoded size of a stream, or `None` when it exceeds `budget`. Decompressing stages
/// (Flate, LZW) are counted as they stream; a stage before another is kept (it is at most
/// `budget` bytes); other filters do not expand and are decoded by lopdf.
fn inflated_size(stream: &Stream, budget: u64) -> Option<u64> {
    let Ok(filters) = stream.filters() else {
        return Some(stream.content.len() as u64);
    };
    let params = stream
        .dict
        .get(b"DecodeParms")
        .and_then(Object::as_dict)
        .ok();
    let early_change = params
        .and_then(|p| p.get(b"EarlyChange").ok())
        .and_then(|p| p.as_i64().ok())
        .is_none_or(|v| v != 0);
    let mut data: Cow<[u8]> = Cow::Borrowed(&stream.content);
    let count = filters.len();
    for (i, filter) in filters.into_iter().enumerate() {
        let last = i + 1 == count;
        let mut kept = (!last).then(Vec::new);
        let size = match filter {
            b"FlateDecode" => inflate(&data, budget, kept.as_mut())?,
            b"LZWDecode" => unlzw(&data, early_change, budget, kept.as_mut())?,
            other => {
                let mut dict = lopdf::Dictionary::new();
                dict.set("Filter", Object::Name(other.to_vec()));
                let Ok(out) = Stream::new(dict, data.to_vec()).decompressed_content() else {
                    return Some(data.len() as u64);
                };
                if out.len() as u64 > budget {
                    return None;
                }
                kept = Some(out);
                data.len() as u64
            }
        };
        match kept {
            Some(k) if !last => data = Cow::Owned(k),
            _ => return Some(size),
        }
    }
    Some(data.len() as u64)
}

/// Inflates zlib data (or, as lopdf does when that fails at once, raw deflate after the
/// header), counting the output; `None` past `budget`.
fn inflate(input: &[u8], budget: u64, mut keep: Option<&mut Vec<u8>>) -> Option<u64> {
    let zlib = flate2::read::ZlibDecoder::new(input);
    let n = match count_read(zlib, budget, keep.as_deref_mut()) {
        Ok(n) | Err(n) if n > 0 => n,
        _ if input.len() > 2 => {
            let raw = flate2::read::DeflateDecoder::new(&input[2..]);
            count_read(raw, budget, keep).unwrap_or_else(|n| n)
        }
        _ => 0,
    };
    (n <= budget).then_some(n)
}

/// Reads at most `budget + 1` bytes, keeping them if asked; `Err(n)` when reading failed after
/// `n` bytes.
fn count_read(reader: impl Read, budget: u64, mut keep: Option<&mut Vec<u8>>) -> Result<u64, u64> {
    let mut reader = reader.take(budget.saturating_add(1));
    let mut buf = vec![0u8; 64 * 1024];
    let mut n: u64 = 0;
    loop {
        match reader.read(&mut buf) {
            Ok(0) => return Ok(n),
            Ok(k) => {
                n += k as u64;
                if let Some(keep) = keep.as_deref_mut() {
                    keep.extend_from_slice(&buf[..k]);
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return Err(n),
        }
    }
}

/// LZW-decodes as lopdf does, counting the output; `None` past `budget`.
fn unlzw(
    input: &[u8],
    early_change: bool,
    budget: u64,
    mut keep: Option<&mut Vec<u8>>,
) -> Option<u64> {
    use weezl::{BitOrder, LzwStatus, decode::Decoder};
    let mut decoder = if early_change {
        Decoder::with_tiff_size_switch(BitOrder::Msb, 8)
    } else {
        Decoder::new(BitOrder::Msb, 8)
    };
    let mut buf = vec![0u8; 64 * 1024];
    let mut rest = input;
    let mut n: u64 = 0;
    loop {
        let r = decoder.decode_bytes(rest, &mut buf);
        rest = &rest[r.consumed_in..];
        n += r.consumed_out as u64;
        if n > budget {
            return None;
        }
        if let Some(keep) = keep.as_deref_mut() {
            keep.extend_from_slice(&buf[..r.consumed_out]);
        }
        match r.status {
            Ok(LzwStatus::Ok) if r.consumed_in > 0 || r.consumed_out > 0 => {}
            _ => return Some(n),
        }
    }
}

fn pdf_reason(message: &str) -> Reason {
    if message.to_lowercase().contains("encrypt") || message.to_lowercase().contains("password") {
        Reason::Encrypted
    } else {
        Reason::Corrupt(format!("PDF не читається: {message}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::dictionary;

    /// A PDF whose pages show the given page content streams (already encoded), in Helvetica.
    fn pdf_with_pages(contents: Vec<Stream>) -> Vec<u8> {
        let mut doc = Document::with_version("1.5");
        let pages_id = doc.new_object_id();
        let font_id = doc.add_object(dictionary! {
            "Type" => "Font",
            "Subtype" => "Type1",
            "BaseFont" => "Helvetica",
        });
        let resources_id = doc.add_object(dictionary! {
            "Font" => dictionary! { "F1" => font_id },
        });
        let mut kids: Vec<Object> = Vec::new();
        for content in contents {
            let content_id = doc.add_object(content);
            let page_id = doc.add_object(dictionary! {
                "Type" => "Page",
                "Parent" => pages_id,
                "Contents" => content_id,
            });
            kids.push(page_id.into());
        }
        let count = kids.len() as i64;
        doc.objects.insert(
            pages_id,
            Object::Dictionary(dictionary! {
                "Type" => "Pages",
                "Kids" => kids,
                "Count" => count,
                "Resources" => resources_id,
                "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
            }),
        );
        let catalog_id = doc.add_object(dictionary! {
            "Type" => "Catalog",
            "Pages" => pages_id,
        });
        doc.trailer.set("Root", catalog_id);
        let mut out = Vec::new();
        doc.save_to(&mut out).unwrap();
        out
    }

    fn page_text(text: &str) -> Stream {
        let content = format!("BT /F1 12 Tf 72 712 Td ({text}) Tj ET");
        Stream::new(dictionary! {}, content.into_bytes())
    }

    #[test]
    fn a_letters_paragraphs_are_told_apart_by_their_short_last_lines() {
        let text = "Управління повідомляє про виконання плану заходів\n\
            з підвищення рівня відкритості.\n\
            До складу колегії управління включено голову комітету\n\
            Громадської ради; наказом внесено зміни до Положення.\n\
            Проект програми обговорено з членами ради.\n\
            На сторінці управління офіційного веб-сайту розміщено\n\
            звіти про розгляд запитів.\n\n\
            Начальник управління";
        assert_eq!(
            paragraphs(text),
            "Управління повідомляє про виконання плану заходів\n\
             з підвищення рівня відкритості.\n\n\
             До складу колегії управління включено голову комітету\n\
             Громадської ради; наказом внесено зміни до Положення.\n\
             Проект програми обговорено з членами ради.\n\n\
             На сторінці управління офіційного веб-сайту розміщено\n\
             звіти про розгляд запитів.\n\n\
             Начальник управління"
        );
        // Two lines, or a sentence that ends a long line, or a line before a lower-case
        // one: no new paragraph.
        assert_eq!(
            paragraphs("Проведено.\nЗасідання ради."),
            "Проведено.\nЗасідання ради."
        );
    }

    #[test]
    fn only_the_first_pages_of_a_long_pdf_are_extracted() {
        // 5,000 pages: every page used to be extracted before the page limit was applied.
        let n = 5_000;
        let bytes = pdf_with_pages(
            (1..=n)
                .map(|i| page_text(&format!("Page {i} end")))
                .collect(),
        );
        let started = std::time::Instant::now();
        let c = read(&bytes, &Limits::default()).unwrap();
        println!(
            "{} bytes, {n} pages read in {:?}",
            bytes.len(),
            started.elapsed()
        );
        assert!(
            matches!(&c.cut, Some(Reason::Cut(d)) if d.contains("5000 сторінок")),
            "{:?}",
            c.cut
        );
        assert!(c.text.contains("Page 1 end"));
        assert!(c.text.contains("Page 200 end"));
        assert!(!c.text.contains("Page 201 end"));
        assert!(
            started.elapsed() < std::time::Duration::from_secs(5),
            "took {:?}",
            started.elapsed()
        );
    }

    #[test]
    fn a_content_stream_that_inflates_past_the_limit_is_refused_before_extraction() {
        use std::io::Write;
        // 8 MiB of text operators compressed to a few KB, read with a 1 MiB limit.
        let body = "BT /F1 12 Tf 72 712 Td (bomb) Tj ET\n".repeat(8 * 1024 * 1024 / 36);
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        z.write_all(body.as_bytes()).unwrap();
        let packed = z.finish().unwrap();
        let bomb = Stream::new(dictionary! { "Filter" => "FlateDecode" }, packed);
        let bytes = pdf_with_pages(vec![page_text("Page one"), bomb]);
        assert!(bytes.len() < 64 * 1024, "{} bytes", bytes.len());
        let limits = Limits {
            max_pdf_inflated_bytes: 1024 * 1024,
            ..Limits::default()
        };
        let r = read(&bytes, &limits);
        assert!(
            matches!(r, Err(Reason::TooLarge { limit, .. }) if limit == 1024 * 1024),
            "{r:?}"
        );
        // Within the limit the same file is read.
        let c = read(&bytes, &Limits::default()).unwrap();
        assert!(c.text.contains("Page one"));
        assert!(c.text.contains("bomb"));
    }

    #[test]
    fn chained_and_lzw_filters_are_measured() {
        use std::io::Write;
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        z.write_all(&vec![b' '; 3 * 1024 * 1024]).unwrap();
        let once = z.finish().unwrap();
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        z.write_all(&once).unwrap();
        let twice = z.finish().unwrap();
        let stream = Stream::new(
            dictionary! { "Filter" => vec![Object::from("FlateDecode"), Object::from("FlateDecode")] },
            twice,
        );
        assert_eq!(
            inflated_size(&stream, 4 * 1024 * 1024),
            Some(3 * 1024 * 1024)
        );
        assert_eq!(inflated_size(&stream, 2 * 1024 * 1024), None);
        let mut lzw = weezl::encode::Encoder::with_tiff_size_switch(weezl::BitOrder::Msb, 8);
        let packed = lzw.encode(&vec![b'a'; 1024 * 1024]).unwrap();
        let stream = Stream::new(dictionary! { "Filter" => "LZWDecode" }, packed);
        assert_eq!(inflated_size(&stream, 2 * 1024 * 1024), Some(1024 * 1024));
        assert_eq!(inflated_size(&stream, 1000), None);
    }
}
