//! Text helpers shared by the pure stages, one concern a file: [`charset`] (decoding with
//! lie detection, RFC 2047 words), [`stem`] (word stems that survive Ukrainian and Russian
//! inflection), [`html`] (HTML to text and tables), [`quote`] (reply quotes and forwards).
//!
//! Everything here is a plain function over strings or bytes: no I/O, no clock. The common
//! names are re-exported here, so callers write `text::stems`, `text::unquote`.

pub mod charset;
pub mod html;
pub mod quote;
pub mod stem;

pub use charset::{cyrillic_score, decode_bytes, decode_encoded_words};
pub use html::{
    HtmlContent, MAX_TABLE_DEPTH, Table, decode_entities, html_to_content,
    html_to_content_marking_quotes,
};
pub use quote::{
    MAX_FORWARD_LEVELS, Unquoted, find_address, is_closing, starts_with_closing, unquote,
};
pub use stem::{contains_stems, skeleton, stem, stems, stems_indexed, words};

/// Collapses runs of whitespace and trims; keeps single newlines between lines.
pub fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            if !out.is_empty() && !out.ends_with("\n\n") {
                out.push_str(if out.ends_with('\n') { "\n" } else { "\n\n" });
            }
            continue;
        }
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str(&line);
    }
    out.trim().to_string()
}
