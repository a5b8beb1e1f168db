//! Text helpers shared by the pure stages, one concern a file: [`charset`] (decoding with
//! lie detection, RFC 2047 words), [`stem`] (word stems that survive Ukrainian and Russian
//! inflection), [`html`] (HTML to text and tables), [`quote`] (reply quotes and forwards),
//! [`tabbed`] (tables typed with tabs into plain text), [`span`] (the half-year or year a
//! title reports for), [`translit`] (Ukrainian or Russian typed
//! in Latin letters, read back into Cyrillic).
//!
//! Everything here is a plain function over strings or bytes: no I/O, no clock. The common
//! names are re-exported here, so callers write `text::stems`, `text::unquote`.

pub mod charset;
pub mod html;
pub mod quote;
pub mod span;
pub mod stem;
pub mod tabbed;
pub mod translit;

pub use charset::{cyrillic_score, decode_bytes, decode_encoded_words};
pub use html::{
    HtmlContent, MAX_TABLE_DEPTH, Table, decode_entities, html_to_content,
    html_to_content_marking_quotes,
};
pub use quote::{
    Forwarded, MAX_FORWARD_LEVELS, Unquoted, find_address, is_attribution_line, is_closing,
    is_forward_subject, starts_with_closing, unquote,
};
pub use stem::{contains_stems, match_key, skeleton, stem, stems, stems_indexed, words};
pub use tabbed::tab_tables;

/// The marks a list's item opens with: "- …", "– …", "— …", "• …", "* …".
pub const LIST_MARKS: [char; 5] = ['-', '–', '—', '•', '*'];

/// Whether a line is an item of a list marked with dashes or bullets ([`LIST_MARKS`]).
pub fn is_list_item(line: &str) -> bool {
    line.trim_start().starts_with(LIST_MARKS)
}

/// One search for any of several literal strings: the regex crate's multi-literal search
/// reads a text once, where a `contains` for each string reads it once per string. For a
/// quick test of whether a text may hold any of a rule's words before it is lowered and
/// read (each word without its first letter, in lower case and in capitals, so that either
/// case at a word's start matches).
pub fn literals<S: AsRef<str>>(words: impl IntoIterator<Item = S>) -> regex::Regex {
    let alternatives: Vec<String> = words
        .into_iter()
        .map(|w| regex::escape(w.as_ref()))
        .collect();
    regex::Regex::new(&alternatives.join("|")).expect("escaped literals form a regex")
}

/// The tails of words (each without its first letter), in lower case and in capitals, for
/// [`literals`].
pub fn tails_in_either_case<'a>(tails: &'a [&'a str]) -> impl Iterator<Item = String> + 'a {
    tails.iter().flat_map(|t| [t.to_string(), t.to_uppercase()])
}

/// Collapses runs of whitespace and trims; keeps single newlines between lines.
pub fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let line = line
            .split_whitespace()
            .map(fold_homoglyphs)
            .collect::<Vec<_>>()
            .join(" ");
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

/// Latin letters that look like Cyrillic ones, and the Cyrillic letter each stands for.
const HOMOGLYPHS: &[(char, char)] = &[
    ('a', 'а'),
    ('c', 'с'),
    ('e', 'е'),
    ('i', 'і'),
    ('o', 'о'),
    ('p', 'р'),
    ('x', 'х'),
    ('y', 'у'),
    ('A', 'А'),
    ('B', 'В'),
    ('C', 'С'),
    ('E', 'Е'),
    ('H', 'Н'),
    ('I', 'І'),
    ('K', 'К'),
    ('M', 'М'),
    ('O', 'О'),
    ('P', 'Р'),
    ('T', 'Т'),
    ('X', 'Х'),
];

/// A Cyrillic word typed with Latin look-alikes ("Iнформацiя", "Корюкiвської": a keyboard
/// without "і" makes them) spelled in Cyrillic throughout. Only a run of letters that holds a
/// Cyrillic letter and whose Latin letters all have a Cyrillic twin is changed: "e-mail",
/// "IT" and addresses stay as written.
pub fn fold_homoglyphs(word: &str) -> std::borrow::Cow<'_, str> {
    let twin = |c: char| HOMOGLYPHS.iter().find(|(l, _)| *l == c).map(|(_, k)| *k);
    let is_cyrillic = |c: char| ('\u{400}'..='\u{4ff}').contains(&c);
    if word.is_ascii() || !word.chars().any(|c| c.is_ascii_alphabetic()) {
        return word.into();
    }
    let mut out = String::with_capacity(word.len() + 8);
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut String| {
        let mixed = run.chars().any(is_cyrillic)
            && run
                .chars()
                .all(|c| !c.is_ascii_alphabetic() || twin(c).is_some());
        if mixed {
            out.extend(run.chars().map(|c| twin(c).unwrap_or(c)));
        } else {
            out.push_str(run);
        }
        run.clear();
    };
    for c in word.chars() {
        if c.is_alphabetic() || c == '\'' || c == '’' {
            run.push(c);
        } else {
            flush(&mut run, &mut out);
            out.push(c);
        }
    }
    flush(&mut run, &mut out);
    out.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One search finds any of the words, as written: signs that mean something to a regex
    /// are plain letters here; the tails match in lower case and in capitals.
    #[test]
    fn literals_find_any_word_as_written() {
        let re = literals(["а.б", "(в)", "г|д"]);
        assert!(re.is_match("x (в) y") && re.is_match("г|д") && re.is_match("а.б"));
        assert!(!re.is_match("аxб") && !re.is_match("г") && !re.is_match("в"));
        let re = literals(tails_in_either_case(&["ересил"]));
        assert!(re.is_match("Пересилаємо") && re.is_match("ПЕРЕСИЛАЄМО"));
        assert!(!re.is_match("Надсилаємо"));
    }

    #[test]
    fn cyrillic_words_typed_with_latin_look_alikes_are_spelled_in_cyrillic() {
        assert_eq!(
            tidy("Iнформацiя  Корюкiвської РДА, e-mail: moroz_v@meta.ua, IT-вiддiл"),
            "Інформація Корюківської РДА, e-mail: moroz_v@meta.ua, IT-відділ"
        );
        // A Latin letter without a Cyrillic twin keeps the word as written.
        assert_eq!(fold_homoglyphs("Київstar"), "Київstar");
    }
}
