//! PDF with a text layer, through pdf-extract. A PDF without text is a scan: "image only".

use super::Content;
use crate::config::Limits;
use crate::reason::Reason;
use crate::text;

pub fn read(bytes: &[u8], limits: &Limits) -> Result<Content, Reason> {
    let doc = lopdf::Document::load_mem(bytes).map_err(|e| pdf_reason(&e.to_string()))?;
    if doc.is_encrypted() {
        return Err(Reason::Encrypted);
    }
    let pages = doc.get_pages().len();
    let mut cut = None;
    if pages > limits.max_pdf_pages {
        cut = Some(Reason::Cut(format!(
            "PDF має {pages} сторінок, прочитано перші {}",
            limits.max_pdf_pages
        )));
    }
    let text = pdf_extract::extract_text_from_mem_by_pages(bytes)
        .map_err(|e| pdf_reason(&e.to_string()))?;
    let joined: Vec<String> = text.into_iter().take(limits.max_pdf_pages).collect();
    Ok(Content {
        text: text::tidy(&joined.join("\n\n")),
        tables: vec![],
        charset: None,
        cut,
    })
}

fn pdf_reason(message: &str) -> Reason {
    if message.to_lowercase().contains("encrypt") || message.to_lowercase().contains("password") {
        Reason::Encrypted
    } else {
        Reason::Corrupt(format!("PDF не читається: {message}"))
    }
}
