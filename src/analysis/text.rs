//! Text helpers shared by the pure stages: charset detection, word stems that survive
//! Ukrainian and Russian inflection, HTML to text and tables, and reply-quote stripping.
//!
//! Everything here is a plain function over strings or bytes: no I/O, no clock.

use encoding_rs::{Encoding, IBM866, KOI8_U, UTF_8, WINDOWS_1251};

/// Decodes bytes whose charset is unknown or may be mislabelled.
///
/// `declared` is the charset the sender claimed, if any. A byte-order mark wins; valid UTF-8
/// is UTF-8; otherwise the declared charset is kept unless windows-1251, koi8-u or cp866 reads
/// as clearly better Cyrillic (see [`cyrillic_score`]). Returns the text and the charset used.
pub fn decode_bytes(bytes: &[u8], declared: Option<&str>) -> (String, &'static str) {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return (text.into_owned(), enc.name());
    }
    let declared_enc = declared
        .and_then(|d| Encoding::for_label(d.trim().as_bytes()))
        .filter(|e| *e != UTF_8 || std::str::from_utf8(bytes).is_ok());
    if let Ok(s) = std::str::from_utf8(bytes) {
        // Pure ASCII or real UTF-8. A declared 8-bit charset over valid non-ASCII UTF-8 is
        // the common "cp1251 label on a UTF-8 body" mistake.
        return (s.to_string(), UTF_8.name());
    }
    let mut candidates: Vec<&'static Encoding> = Vec::new();
    if let Some(e) = declared_enc {
        candidates.push(e);
    }
    for e in [WINDOWS_1251, KOI8_U, IBM866] {
        if !candidates.contains(&e) {
            candidates.push(e);
        }
    }
    let mut best: Option<(f64, String, &'static str)> = None;
    for (i, enc) in candidates.iter().enumerate() {
        let (text, _, _) = enc.decode(bytes);
        // The declared charset gets a small head start: it is right far more often than not.
        let bonus = if i == 0 && declared_enc.is_some() {
            0.05
        } else {
            0.0
        };
        let score = cyrillic_score(&text) + bonus;
        if best.as_ref().is_none_or(|(s, _, _)| score > *s) {
            best = Some((score, text.into_owned(), enc.name()));
        }
    }
    let (_, text, name) = best.expect("at least one candidate charset");
    (text, name)
}

/// How much a text looks like ordinary Cyrillic prose, in 0..=1: the share of Cyrillic
/// letters that are lowercase, weighted by how many letters are Cyrillic at all. Text decoded
/// with the wrong single-byte charset turns into mostly-uppercase or box-drawing soup.
pub fn cyrillic_score(text: &str) -> f64 {
    let (mut cyr, mut lower, mut letters, mut junk) = (0usize, 0usize, 0usize, 0usize);
    for c in text.chars() {
        if c.is_alphabetic() {
            letters += 1;
            if ('\u{0400}'..='\u{04FF}').contains(&c) {
                cyr += 1;
                if c.is_lowercase() {
                    lower += 1;
                }
            }
        } else if ('\u{2500}'..='\u{25FF}').contains(&c) || ('\u{0080}'..='\u{00BF}').contains(&c) {
            junk += 1;
        }
    }
    if letters == 0 {
        return 0.0;
    }
    let lower_share = if cyr == 0 {
        0.0
    } else {
        lower as f64 / cyr as f64
    };
    let cyr_share = cyr as f64 / letters as f64;
    let junk_share = junk as f64 / (letters + junk) as f64;
    lower_share * cyr_share - junk_share
}

/// Lowercases and folds a word to a skeleton shared by Ukrainian and Russian spellings:
/// і/ї/и/ы/й → и, є/е/э/ё → е, ґ → г; soft signs and apostrophes vanish. In a word that has
/// Cyrillic letters, Latin letters that look like Cyrillic ones ("райдержадмiнiстрацii" typed
/// with a Latin i) are read as those.
pub fn skeleton(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let cyrillic = word.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c));
    let chars = word
        .chars()
        .map(|c| if cyrillic { cyrillic_lookalike(c) } else { c });
    for c in chars.flat_map(char::to_lowercase) {
        match c {
            'і' | 'ї' | 'и' | 'ы' | 'й' => out.push('и'),
            'є' | 'е' | 'э' | 'ё' => out.push('е'),
            'ґ' => out.push('г'),
            'ь' | 'ъ' | '\'' | '’' | 'ʼ' | '`' | '‘' => {}
            _ => out.push(c),
        }
    }
    out
}

/// The Cyrillic letter a Latin letter looks like, or the letter itself.
fn cyrillic_lookalike(c: char) -> char {
    match c {
        'a' => 'а',
        'A' => 'А',
        'B' => 'В',
        'c' => 'с',
        'C' => 'С',
        'e' => 'е',
        'E' => 'Е',
        'H' => 'Н',
        'i' => 'і',
        'I' => 'І',
        'k' => 'к',
        'K' => 'К',
        'M' => 'М',
        'o' => 'о',
        'O' => 'О',
        'p' => 'р',
        'P' => 'Р',
        'T' => 'Т',
        'x' => 'х',
        'X' => 'Х',
        'y' => 'у',
        'Y' => 'У',
        _ => c,
    }
}

/// The stem of a word: its skeleton without the inflectional ending (trailing vowels and
/// й-sounds), never shorter than four letters. "Бобровицької", "Бобровицька" and
/// "Бобровицкая" all give "бобровицк".
pub fn stem(word: &str) -> String {
    let sk = skeleton(word);
    let mut chars: Vec<char> = sk.chars().collect();
    let is_ending = |c: char| matches!(c, 'а' | 'е' | 'и' | 'о' | 'у' | 'я' | 'ю' | 'м' | 'х');
    let mut removed = 0;
    while chars.len() > 4 && removed < 3 && chars.last().copied().is_some_and(is_ending) {
        chars.pop();
        removed += 1;
    }
    chars.into_iter().collect()
}

/// Splits text into words (letters, digits, inner hyphens and apostrophes).
pub fn words(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let bytes_len = text.len();
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let inner = matches!(c, '-' | '\'' | '’' | 'ʼ')
            && start.is_some()
            && iter.peek().is_some_and(|(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || inner {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            out.push(&text[s..i]);
        }
    }
    if let Some(s) = start {
        out.push(&text[s..bytes_len]);
    }
    out
}

/// Word stems of a text, with the many names of "district administration" and "oblast
/// administration" folded into the tokens `#rda` and `#oda`, so that "Бобровицька РДА",
/// "Бобровицької райдержадміністрації" and "Бобровицкая районная государственная
/// администрация" all read the same.
pub fn stems(text: &str) -> Vec<String> {
    stems_indexed(&words(text))
        .into_iter()
        .map(|(s, _)| s)
        .collect()
}

/// [`stems`] of a text's [`words`], each with the index of the first word it stands for (a
/// folded "районна державна адміністрація" stands for three).
pub fn stems_indexed(words: &[&str]) -> Vec<(String, usize)> {
    let raw: Vec<String> = words.iter().map(|w| stem(w)).collect();
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let w = raw[i].as_str();
        let next = |k: usize| raw.get(i + k).map(String::as_str).unwrap_or("");
        let is_state = |s: &str| s.starts_with("держав") || s.starts_with("государствен");
        let is_admin = |s: &str| s.starts_with("администрац") || s.starts_with("адмнистрац");
        if (w.starts_with("раионн") || w.starts_with("обласн"))
            && is_state(next(1))
            && is_admin(next(2))
        {
            out.push((
                if w.starts_with("раионн") {
                    "#rda"
                } else {
                    "#oda"
                }
                .to_string(),
                i,
            ));
            i += 3;
            continue;
        }
        let folded = if w == "рда"
            || w == "рга"
            || w.starts_with("раидержадминистрац")
            || w.starts_with("раигосадминистрац")
        {
            "#rda"
        } else if w == "ода"
            || w == "ога"
            || w.starts_with("облдержадминистрац")
            || w.starts_with("облгосадминистрац")
        {
            "#oda"
        } else {
            w
        };
        out.push((folded.to_string(), i));
        i += 1;
    }
    out
}

/// Does the stem sequence `needle` occur in `hay`? Tokens match when one is a prefix of the
/// other and they share at least four letters (or are equal), which absorbs inflection.
pub fn contains_stems(hay: &[String], needle: &[String]) -> Option<usize> {
    if needle.is_empty() || needle.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - needle.len())
        .find(|&i| needle.iter().zip(&hay[i..]).all(|(n, h)| stems_match(n, h)))
}

fn stems_match(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    if a.starts_with('#') || b.starts_with('#') {
        return false;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.chars().count() >= 4 && long.starts_with(short)
}

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

/// A table read from any source: rows of cell strings.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Table {
    /// Sheet name for spreadsheets; `None` for tables in documents and HTML.
    pub sheet: Option<String>,
    /// Cell text, row by row; rows may have different lengths.
    pub rows: Vec<Vec<String>>,
    /// 1-based row number in the source of `rows[0]` (spreadsheets start where data starts).
    pub first_row: usize,
}

/// Text and tables read from HTML: the text with table cells left out, and the tables.
#[derive(Debug, Default)]
pub struct HtmlContent {
    pub text: String,
    pub tables: Vec<Table>,
}

/// Tables nested deeper than this are flattened into the text of their cell in the deepest
/// table kept.
pub const MAX_TABLE_DEPTH: usize = 8;

/// Turns HTML into plain text and tables. Tolerant of the HTML that mail clients and web
/// systems produce (unclosed tags, Word's markup); script, style and head are dropped.
///
/// The HTML5 tokenizer of html5ever reads the markup in one pass; nested tables are flattened
/// into their parent cell, and tables deeper than [`MAX_TABLE_DEPTH`] into the deepest one
/// kept, so that every character is copied a bounded number of times.
pub fn html_to_content(html: &str) -> HtmlContent {
    html_content(html, false)
}

/// Like [`html_to_content`], for a mail body: text inside `<blockquote>` (quoted replies of
/// Gmail, Thunderbird, web mail) comes out as "> " lines, and its tables as "> a | b" lines
/// rather than tables, so that [`unquote`] can tell the writer's own blocks, wherever they
/// stand, from the quoted ones.
pub fn html_to_content_marking_quotes(html: &str) -> HtmlContent {
    html_content(html, true)
}

fn html_content(html: &str, mark_quotes: bool) -> HtmlContent {
    use html5ever::tendril::StrTendril;
    use html5ever::tokenizer::{BufferQueue, Tokenizer, TokenizerOpts};
    // The tokenizer turns CR and CRLF into LF; a stand-in keeps them apart from a lone LF,
    // which the text rules below treat differently.
    let input = html.replace('\r', CR_STAND_IN);
    let sink = HtmlSink::default();
    sink.state.borrow_mut().mark_quotes = mark_quotes;
    let tokenizer = Tokenizer::new(sink, TokenizerOpts::default());
    let queue = BufferQueue::default();
    queue.push_back(StrTendril::from_slice(&input));
    let _ = tokenizer.feed(&queue);
    tokenizer.end();
    tokenizer.sink.state.into_inner().finish()
}

const CR_STAND_IN: &str = "\u{E000}";

#[derive(Default)]
struct HtmlSink {
    state: std::cell::RefCell<HtmlState>,
}

/// The HTML read so far.
#[derive(Default)]
struct HtmlState {
    content: HtmlContent,
    text: String,
    /// Tables being built, outermost first: finished rows and the cell being read.
    tables: Vec<(Vec<Vec<String>>, Option<String>)>,
    /// Tables open beyond [`MAX_TABLE_DEPTH`], read as text of the deepest kept table's cell.
    too_deep: usize,
    skip_until: Option<&'static str>,
    /// Characters since the last tag.
    pending: String,
    /// Whether blockquotes are marked as quotes (see [`html_to_content_marking_quotes`]).
    mark_quotes: bool,
    /// Blockquotes open, when marking them.
    quote_depth: usize,
    /// The outermost table open was opened inside a blockquote.
    table_quoted: bool,
}

impl html5ever::tokenizer::TokenSink for HtmlSink {
    type Handle = ();

    fn process_token(
        &self,
        token: html5ever::tokenizer::Token,
        _line: u64,
    ) -> html5ever::tokenizer::TokenSinkResult<()> {
        use html5ever::tokenizer::states::RawKind;
        use html5ever::tokenizer::{TagKind, Token, TokenSinkResult};
        let mut st = self.state.borrow_mut();
        match token {
            Token::CharacterTokens(t) => st.pending.push_str(&t),
            Token::TagToken(tag) => {
                st.flush_text();
                let name: &str = &tag.name;
                let closing = tag.kind == TagKind::EndTag;
                st.tag(&name.to_ascii_lowercase(), closing);
                if !closing {
                    match name {
                        "script" => return TokenSinkResult::RawData(RawKind::ScriptData),
                        "style" | "xmp" | "iframe" | "noembed" | "noframes" => {
                            return TokenSinkResult::RawData(RawKind::Rawtext);
                        }
                        "title" | "textarea" => return TokenSinkResult::RawData(RawKind::Rcdata),
                        _ => {}
                    }
                }
            }
            Token::CommentToken(_) | Token::DoctypeToken(_) => st.flush_text(),
            Token::EOFToken => st.flush_text(),
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

impl HtmlState {
    fn flush_text(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let raw = std::mem::take(&mut self.pending);
        // A lone line break between tags is kept as one; line breaks inside text are spaces.
        let text = if raw == "\n" {
            raw
        } else {
            raw.replace(['\n', '\u{E000}'], " ")
        };
        self.push(&text, self.skip_until.is_some());
    }

    fn push(&mut self, s: &str, skipping: bool) {
        if skipping || s.is_empty() {
            return;
        }
        match self.tables.last_mut() {
            Some((_, Some(cell))) => cell.push_str(s),
            Some((_, None)) => {}
            None if self.quote_depth > 0 => self.push_quoted(s),
            None => self.text.push_str(s),
        }
    }

    /// Text inside a blockquote: every line it starts gets a "> ".
    fn push_quoted(&mut self, s: &str) {
        for piece in s.split_inclusive('\n') {
            if self.text.is_empty() || self.text.ends_with('\n') {
                self.text.push_str("> ");
            }
            self.text.push_str(piece);
        }
    }

    /// A finished outermost table: a table, or quoted lines when it stood in a blockquote.
    fn add_table(&mut self, rows: Vec<Vec<String>>) {
        if rows.is_empty() {
            return;
        }
        if self.table_quoted {
            for row in rows {
                if !self.text.is_empty() && !self.text.ends_with('\n') {
                    self.text.push('\n');
                }
                self.text.push_str("> ");
                self.text.push_str(&row.join(" | "));
                self.text.push('\n');
            }
            return;
        }
        self.content.tables.push(Table {
            sheet: None,
            rows,
            first_row: 1,
        });
    }

    fn tag(&mut self, name: &str, closing: bool) {
        if let Some(until) = self.skip_until {
            if closing && name == until {
                self.skip_until = None;
            }
            return;
        }
        if self.too_deep > 0 {
            // Inside a table nested too deep: its structure becomes separators in the text of
            // the deepest cell kept.
            match (name, closing) {
                ("table", false) => self.too_deep += 1,
                ("table", true) => self.too_deep -= 1,
                ("td" | "th", _) => self.push(" ", false),
                (
                    "tr" | "br" | "p" | "div" | "li" | "h1" | "h2" | "h3" | "h4" | "blockquote",
                    _,
                ) => self.push("\n", false),
                _ => {}
            }
            return;
        }
        match (name, closing) {
            ("script", false) => self.skip_until = Some("script"),
            ("style", false) => self.skip_until = Some("style"),
            ("head", false) => self.skip_until = Some("head"),
            ("table", false) if self.tables.len() >= MAX_TABLE_DEPTH => {
                self.too_deep = 1;
                self.push(" ", false);
            }
            ("table", false) => {
                if self.tables.is_empty() {
                    self.table_quoted = self.quote_depth > 0;
                }
                self.tables.push((Vec::new(), None));
            }
            ("table", true) => {
                if let Some((mut rows, cell)) = self.tables.pop() {
                    finish_cell(&mut rows, cell);
                    let rows: Vec<Vec<String>> = rows
                        .into_iter()
                        .filter(|r| r.iter().any(|c| !c.is_empty()))
                        .collect();
                    if let Some(parent) = self.tables.last_mut() {
                        let flat: Vec<String> = rows.iter().map(|r| r.join(" ")).collect();
                        let cell = parent.1.get_or_insert_with(String::new);
                        cell.push_str(&flat.join("\n"));
                    } else {
                        self.add_table(rows);
                    }
                }
            }
            ("tr", false) => {
                if let Some((rows, cell)) = self.tables.last_mut() {
                    finish_cell(rows, cell.take());
                    rows.push(Vec::new());
                }
            }
            ("td" | "th", false) => {
                if let Some((rows, cell)) = self.tables.last_mut() {
                    finish_cell(rows, cell.take());
                    if rows.is_empty() {
                        rows.push(Vec::new());
                    }
                    *cell = Some(String::new());
                }
            }
            ("td" | "th", true) => {
                if let Some((rows, cell)) = self.tables.last_mut() {
                    finish_cell(rows, cell.take());
                }
            }
            ("blockquote", false) if self.mark_quotes && self.tables.is_empty() => {
                self.quote_depth += 1;
                self.push("\n", false);
            }
            ("blockquote", true) if self.mark_quotes && self.tables.is_empty() => {
                self.push("\n", false);
                self.quote_depth = self.quote_depth.saturating_sub(1);
            }
            ("br", _) | ("p" | "div" | "li" | "h1" | "h2" | "h3" | "h4" | "blockquote", _) => {
                self.push("\n", false);
            }
            _ => {}
        }
    }

    fn finish(mut self) -> HtmlContent {
        self.flush_text();
        while let Some((mut rows, cell)) = self.tables.pop() {
            finish_cell(&mut rows, cell);
            self.add_table(rows);
        }
        self.content.text = tidy(&self.text);
        self.content
    }
}

fn finish_cell(rows: &mut Vec<Vec<String>>, cell: Option<String>) {
    if let Some(cell) = cell {
        if rows.is_empty() {
            rows.push(Vec::new());
        }
        let cell = tidy(&cell).replace('\n', " ");
        rows.last_mut().expect("a row").push(cell);
    }
}

/// Decodes RFC 2047 encoded words ("=?UTF-8?B?...?="), joining the bytes of adjacent words in
/// the same charset before decoding, so a character split across two words survives.
pub fn decode_encoded_words(value: &str) -> String {
    use mail_parser::decoders::base64::base64_decode;
    use mail_parser::decoders::quoted_printable::quoted_printable_decode;
    let mut out = String::new();
    let mut pending: Vec<u8> = Vec::new();
    let mut pending_cs = String::new();
    let flush = |out: &mut String, pending: &mut Vec<u8>, cs: &str| {
        if !pending.is_empty() {
            let enc = Encoding::for_label(cs.as_bytes()).unwrap_or(UTF_8);
            out.push_str(&enc.decode_without_bom_handling(pending).0);
            pending.clear();
        }
    };
    let mut rest = value;
    while !rest.is_empty() {
        let Some(start) = rest.find("=?") else {
            flush(&mut out, &mut pending, &pending_cs);
            out.push_str(rest);
            break;
        };
        let between = &rest[..start];
        let word = &rest[start + 2..];
        let mut parts = word.splitn(3, '?');
        let (Some(cs), Some(kind), Some(tail)) = (parts.next(), parts.next(), parts.next()) else {
            flush(&mut out, &mut pending, &pending_cs);
            out.push_str(rest);
            break;
        };
        let Some(end) = tail.find("?=") else {
            flush(&mut out, &mut pending, &pending_cs);
            out.push_str(rest);
            break;
        };
        let data = &tail[..end];
        if !between.trim().is_empty() || !cs.eq_ignore_ascii_case(&pending_cs) {
            flush(&mut out, &mut pending, &pending_cs);
            if !between.trim().is_empty() {
                out.push_str(between);
            }
        }
        pending_cs = cs.split('*').next().unwrap_or(cs).to_string();
        let bytes = if kind.eq_ignore_ascii_case("b") {
            base64_decode(data.as_bytes())
        } else {
            quoted_printable_decode(data.replace('_', " ").as_bytes())
        };
        pending.extend(bytes.unwrap_or_default());
        rest = &tail[end + 2..];
    }
    flush(&mut out, &mut pending, &pending_cs);
    out
}

/// Decodes the HTML character references that mail bodies use.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest[1..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '#'))
            .map(|e| e + 1);
        let (entity, after) = match end {
            Some(e) if rest[e..].starts_with(';') => (&rest[1..e], &rest[e + 1..]),
            _ => {
                out.push('&');
                rest = &rest[1..];
                continue;
            }
        };
        let ch = match entity {
            "nbsp" => Some(' '),
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "laquo" => Some('«'),
            "raquo" => Some('»'),
            "ndash" => Some('–'),
            "mdash" => Some('—'),
            "rsquo" => Some('’'),
            "lsquo" => Some('‘'),
            "bdquo" => Some('„'),
            "ldquo" => Some('“'),
            "rdquo" => Some('”'),
            "hellip" => Some('…'),
            "numero" => Some('№'),
            e if e.starts_with("#x") || e.starts_with("#X") => u32::from_str_radix(&e[2..], 16)
                .ok()
                .and_then(char::from_u32),
            e if e.starts_with('#') => e[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match ch {
            Some(c) => {
                out.push(c);
                rest = after;
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// What a body's text holds besides its own words.
#[derive(Debug, Default, PartialEq)]
pub struct Unquoted {
    /// The writer's own text, with quoted replies removed.
    pub own: String,
    /// Text of messages forwarded inline, each with the sender address its header block named.
    pub forwarded: Vec<(Option<String>, String)>,
}

/// Inline-forwarded messages followed inside one another; below that the text is kept as it
/// is, as the last forwarded message's text.
pub const MAX_FORWARD_LEVELS: usize = 10;

/// Separates the writer's own text from quoted replies and inline-forwarded messages.
///
/// Quoted text ("> " lines, "-----Original Message-----", an Outlook header block, "… wrote:",
/// "… пише:") never counts as report text. A forwarded message ("Forwarded message",
/// "Пересылаемое сообщение", "Переслане повідомлення", or an original-message block under a
/// "Fwd:" subject) does count: it is returned with the address of its original sender.
///
/// One pass over the lines: each forwarded level continues where the previous one stopped, and
/// at most [`MAX_FORWARD_LEVELS`] are followed.
pub fn unquote(body: &str, subject_is_forward: bool) -> Unquoted {
    let lines: Vec<&str> = body.lines().collect();
    let mut result = Unquoted::default();
    let mut start = 0;
    let mut forward_markers = subject_is_forward;
    // The sender of the level being read; `None` for the writer's own level.
    let mut level_sender: Option<Option<String>> = None;
    loop {
        let (own, next) =
            if result.forwarded.len() + 1 >= MAX_FORWARD_LEVELS && level_sender.is_some() {
                // The last level followed: the rest is its text, markers and all.
                (lines[start..].to_vec(), None)
            } else {
                unquote_level(&lines, start, forward_markers)
            };
        let text = tidy(&own.join("\n"));
        match level_sender.take() {
            None => result.own = text,
            Some(sender) => result.forwarded.push((sender, text)),
        }
        let Some((sender, body_start)) = next else {
            break;
        };
        level_sender = Some(sender);
        start = body_start;
        forward_markers = false;
    }
    result
}

/// Reads one level of a body from line `start`: its own lines, and where the forwarded message
/// inside it begins (its sender and first body line), if one does.
///
/// The level is split into the writer's own blocks and quoted blocks, and every own block is
/// kept wherever it stands: above the quote (top-posting), below it (bottom-posting) or between
/// quoted blocks (answers interleaved with the quoted text). Quoted blocks are "> " lines with
/// their attribution line ("… пише:", "On … wrote:"), and unprefixed quotes that begin with an
/// original-message marker or an Outlook header block: such a quote runs to the end unless
/// nothing was written above it, in which case it ends after its closing and signature
/// (see [`end_of_unprefixed_quote`]). An own block written between two quoted blocks answers
/// the quoted item just above it: when that is a numbered line ("7. Залучення …"), the line is
/// kept as the block's heading.
///
/// Every line is looked at a bounded number of times: lookaheads are at most
/// [`QUOTE_LOOKAHEAD`] lines, and a skipped quote is never read again.
#[allow(clippy::type_complexity)]
fn unquote_level<'a>(
    lines: &[&'a str],
    start: usize,
    subject_is_forward: bool,
) -> (Vec<&'a str>, Option<(Option<String>, usize)>) {
    let mut blocks = OwnBlocks::default();
    let mut i = start;
    while i < lines.len() {
        let line = lines[i].trim();
        let lower = line.to_lowercase();
        if is_forward_marker(&lower) || (subject_is_forward && is_original_marker(&lower)) {
            return (blocks.finish(), Some(read_header_block(lines, i + 1)));
        }
        if is_original_marker(&lower) || is_outlook_header_start(lines, i) {
            // Unprefixed quoted text: written below only when nothing was written above.
            match blocks.is_blank().then(|| end_of_unprefixed_quote(lines, i)) {
                Some(Some(end)) => {
                    blocks.quote(None);
                    i = end;
                    continue;
                }
                _ => break,
            }
        }
        if let Some(len) = attribution_len(&lower, lines.get(i + 1)) {
            let quote_follows = lines[i + len..]
                .iter()
                .take(QUOTE_LOOKAHEAD)
                .find(|l| !l.trim().is_empty())
                .is_some_and(|l| l.trim_start().starts_with('>'));
            if quote_follows {
                blocks.quote(None);
                i += len;
                continue;
            }
            match blocks.is_blank().then(|| end_of_unprefixed_quote(lines, i)) {
                Some(Some(end)) => {
                    blocks.quote(None);
                    i = end;
                    continue;
                }
                _ => break,
            }
        }
        if let Some(quoted) = line.strip_prefix('>') {
            blocks.quote(Some(quoted));
            i += 1;
            continue;
        }
        blocks.own(lines[i]);
        i += 1;
    }
    (blocks.finish(), None)
}

/// How far ahead a quote's attribution line looks for its first "> " line.
const QUOTE_LOOKAHEAD: usize = 3;

/// Lines of a quoted message's signature read after its closing ("З повагою,") at most.
const MAX_SIGNATURE_LINES: usize = 6;

/// The writer's own lines of one level, in blocks separated by quoted text.
#[derive(Default)]
struct OwnBlocks<'a> {
    /// Finished lines.
    done: Vec<&'a str>,
    /// The block being read: the numbered quoted line above it, and its lines.
    current: Option<(Option<&'a str>, Vec<&'a str>)>,
    /// The last quoted line that was not blank, while inside a quote.
    last_quoted: Option<&'a str>,
    /// Whether any own line so far is not blank.
    has_text: bool,
}

impl<'a> OwnBlocks<'a> {
    fn is_blank(&self) -> bool {
        !self.has_text
    }

    fn own(&mut self, line: &'a str) {
        if self.current.is_none() {
            if line.trim().is_empty() {
                // Blank lines between quotes belong to no block.
                self.done.push(line);
                return;
            }
            let heading = self.last_quoted.take().filter(|l| is_numbered_item(l));
            self.current = Some((heading, Vec::new()));
            self.has_text = true;
        }
        if let Some((_, lines)) = &mut self.current {
            lines.push(line);
        }
    }

    /// A quoted line (without its '>'), or `None` for a quote's attribution or header.
    fn quote(&mut self, line: Option<&'a str>) {
        if let Some((heading, lines)) = self.current.take() {
            // The block stands between two quotes: an interleaved answer.
            if let Some(h) = heading {
                self.done.push(h.trim());
            }
            self.done.extend(lines);
        }
        match line.map(str::trim) {
            Some("") => {}
            Some(l) => self.last_quoted = Some(l),
            None => self.last_quoted = None,
        }
    }

    fn finish(mut self) -> Vec<&'a str> {
        if let Some((_, lines)) = self.current.take() {
            // The last block: below every quote, it answers the whole message.
            self.done.extend(lines);
        }
        self.done
    }
}

/// A numbered item line of a list ("6. Проведення …", "7) Залучення …").
fn is_numbered_item(line: &str) -> bool {
    let line = line.trim_start_matches(|c: char| c == '>' || c.is_whitespace());
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let mut rest = line[digits..].chars();
    (1..=3).contains(&digits)
        && matches!(rest.next(), Some('.' | ')'))
        && rest.next().is_some_and(char::is_whitespace)
        && rest.next().is_some_and(char::is_alphabetic)
}

/// Where an unprefixed quoted message that begins at `start` (its marker or header block) ends,
/// when the writer's text follows it: after its closing ("З повагою,", "С уважением", "-- ")
/// and at most [`MAX_SIGNATURE_LINES`] signature lines, at the next blank line. Returns the
/// first line after the quote, or `None` when no end is found (the rest is all quote).
fn end_of_unprefixed_quote(lines: &[&str], start: usize) -> Option<usize> {
    let closing = lines[start..]
        .iter()
        .position(|l| is_closing(l))
        .map(|p| start + p)?;
    let blank = lines[closing + 1..]
        .iter()
        .take(MAX_SIGNATURE_LINES + 1)
        .position(|l| l.trim().is_empty())
        .map(|p| closing + 1 + p)?;
    let next = lines[blank..]
        .iter()
        .position(|l| !l.trim().is_empty())
        .map(|p| blank + p)?;
    Some(next)
}

/// A letter's closing line: "З повагою,", "С уважением", "Best regards", or the "-- " that
/// starts a signature.
pub fn is_closing(line: &str) -> bool {
    let t = line.trim();
    if t == "--" || t == "—" {
        return true;
    }
    t.chars().count() <= 40 && starts_with_closing(t)
}

/// Whether a line begins with a letter's closing formula ("З повагою, головний спеціаліст …"
/// holds the signature on the closing's own line).
pub fn starts_with_closing(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    [
        "з повагою",
        "с уважением",
        "з найкращими побажаннями",
        "з пошаною",
        "best regards",
        "kind regards",
        "regards",
    ]
    .iter()
    .any(|c| lower.starts_with(c))
}

fn is_forward_marker(lower: &str) -> bool {
    let l = lower.trim_matches(|c: char| c == '-' || c == ' ' || c == '=');
    [
        "forwarded message",
        "original message follows",
        "пересылаемое сообщение",
        "пересланное сообщение",
        "переслане повідомлення",
        "переслано повідомлення",
        "пересланий лист",
        "начало переадресованного сообщения",
        "begin forwarded message:",
    ]
    .iter()
    .any(|m| l.starts_with(m))
}

fn is_original_marker(lower: &str) -> bool {
    let l = lower.trim_matches(|c: char| c == '-' || c == ' ' || c == '_');
    [
        "original message",
        "исходное сообщение",
        "оригінальне повідомлення",
        "вихідне повідомлення",
        "початкове повідомлення",
    ]
    .iter()
    .any(|m| l.starts_with(m))
        && lower.starts_with("--")
}

/// A quote's attribution ("05.12.2012 09:00, УВП пише:", "On Mon, … Ivan <x@y> wrote:",
/// "Користувач … написав(ла):", "… писал(а):"): its length in lines (one, or two when the
/// verb stands alone on the next line), or `None`.
fn attribution_len(lower: &str, next: Option<&&str>) -> Option<usize> {
    if ends_with_writing_verb(lower) && lower.trim_end().ends_with(':') {
        return Some(1);
    }
    let next = next.map(|n| n.trim().to_lowercase());
    let alone = next
        .as_deref()
        .is_some_and(|n| n.ends_with(':') && n.split_whitespace().count() == 1)
        && next.as_deref().is_some_and(ends_with_writing_verb);
    ((lower.starts_with("on ") || lower.contains('@') || lower.contains(':')) && alone).then_some(2)
}

/// Whether a line's last word before the colon is a verb of writing, in any form: "wrote",
/// "пише", "пишет", "писал(а)", "написав", "написала", "написав(ла)", "написал(-а)".
fn ends_with_writing_verb(lower: &str) -> bool {
    let l = lower.trim_end().trim_end_matches(':').trim_end();
    let word_start = l
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace() || *c == ',')
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &l[word_start..];
    let stem_len = word
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(word.len(), |(i, _)| i);
    let stem = &word[..stem_len];
    let rest = &word[stem_len..];
    // What may follow the verb: a gender ending in brackets or after a hyphen.
    let tail_ok = rest.is_empty()
        || (rest.starts_with(['(', '-', '/'])
            && rest
                .chars()
                .skip(1)
                .all(|c| c.is_alphabetic() || c == ')' || c == '-'));
    tail_ok
        && (matches!(
            stem,
            "wrote" | "writes" | "пише" | "пишет" | "писав" | "писал" | "писала"
        ) || (stem.starts_with("напис") && stem != "написати" && stem != "написать"))
}

const HEADER_FROM: [&str; 4] = ["from:", "від:", "от:", "відправник:"];
const HEADER_OTHER: [&str; 10] = [
    "sent:",
    "date:",
    "to:",
    "subject:",
    "надіслано:",
    "отправлено:",
    "кому:",
    "тема:",
    "дата:",
    "cc:",
];

/// An Outlook-style header block ("From: … Sent: … To: … Subject: …") that starts a quoted
/// reply: a From line followed within four lines by at least two other header lines.
fn is_outlook_header_start(lines: &[&str], i: usize) -> bool {
    let lower = lines[i].trim().to_lowercase();
    if !HEADER_FROM.iter().any(|h| lower.starts_with(h)) {
        return false;
    }
    let others = lines[i + 1..]
        .iter()
        .take(5)
        .filter(|l| {
            let l = l.trim().to_lowercase();
            HEADER_OTHER.iter().any(|h| l.starts_with(h))
        })
        .count();
    others >= 2
}

/// Reads a forwarded message's header block starting at `start`: returns the sender address
/// and the index of the first body line.
fn read_header_block(lines: &[&str], start: usize) -> (Option<String>, usize) {
    let mut sender = None;
    let mut i = start;
    let mut seen_header = false;
    while i < lines.len() {
        let line = lines[i].trim();
        let lower = line.to_lowercase();
        if line.is_empty() {
            if seen_header {
                return (sender, i + 1);
            }
            i += 1;
            continue;
        }
        let is_header = HEADER_FROM
            .iter()
            .chain(HEADER_OTHER.iter())
            .any(|h| lower.starts_with(h));
        if !is_header {
            return (sender, i);
        }
        seen_header = true;
        if HEADER_FROM.iter().any(|h| lower.starts_with(h)) {
            sender = find_address(line);
        }
        i += 1;
    }
    (sender, i)
}

/// The first e-mail address in a line ("Іван <ivan@x.ua>", "ivan@x.ua"), lowercased.
pub fn find_address(line: &str) -> Option<String> {
    let at = line.find('@')?;
    let is_addr = |c: char| c.is_ascii_alphanumeric() || "._%+-".contains(c);
    let start = line[..at]
        .char_indices()
        .rev()
        .find(|(_, c)| !is_addr(*c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = line[at + 1..]
        .char_indices()
        .find(|(_, c)| !is_addr(*c))
        .map_or(line.len(), |(i, _)| at + 1 + i);
    let addr = line[start..end].trim_matches('.').to_lowercase();
    (addr.len() > 3 && addr[addr.find('@')? + 1..].contains('.')).then_some(addr)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn koi8_labelled_as_cp1251_is_recognised() {
        let text = "Проведено консультації з громадськістю щодо бюджету";
        let (bytes, _, _) = KOI8_U.encode(text);
        let (decoded, charset) = decode_bytes(&bytes, Some("windows-1251"));
        assert_eq!(decoded, text);
        assert_eq!(charset, "KOI8-U");
    }

    #[test]
    fn cp1251_labelled_as_utf8_is_recognised() {
        let text = "Інформація про виконання плану заходів";
        let (bytes, _, _) = WINDOWS_1251.encode(text);
        let (decoded, _) = decode_bytes(&bytes, Some("utf-8"));
        assert_eq!(decoded, text);
    }

    #[test]
    fn stems_absorb_inflection_and_russian() {
        assert_eq!(stem("Бобровицької"), stem("Бобровицька"));
        assert_eq!(stem("Бобровицкая"), stem("Бобровицька"));
        let a = stems("від Бобровицької райдержадміністрації");
        let b = stems("Бобровицкая районная государственная администрация");
        assert_eq!(a[1..], b[..]);
        assert_eq!(b[1], "#rda");
    }

    #[test]
    fn latin_lookalikes_inside_cyrillic_words_are_read_as_cyrillic() {
        // Typed with a Latin i, o, c, p, a and x in places.
        assert_eq!(
            stems("Бахмацькоi райдержадмiнiстрацii"),
            stems("Бахмацької райдержадміністрації")
        );
        assert_eq!(stem("спецiалicт"), stem("спеціаліст"));
        assert_eq!(stem("Вiддiл"), stem("Відділ"));
        assert_eq!(stem("пpoxід"), stem("прохід"));
        // Words in Latin script stay as they are.
        assert_eq!(skeleton("Excel"), "excel");
    }

    #[test]
    fn html_tables_and_text_are_separated() {
        let html = "<html><head><style>p{}</style></head><body><p>Звіт&nbsp;РДА</p>\
            <table><tr><td>№</td><td>Стан</td></tr><tr><td>6</td><td>Проведено &laquo;4&raquo;</td></tr></table></body></html>";
        let c = html_to_content(html);
        assert_eq!(c.text, "Звіт РДА");
        assert_eq!(c.tables.len(), 1);
        assert_eq!(c.tables[0].rows[1], vec!["6", "Проведено «4»"]);
    }

    #[test]
    fn tables_nested_thirty_thousand_deep_are_read_in_one_pass() {
        // 1 MB of tables inside tables: each level used to copy everything inside it again.
        let n = 30_000;
        let mut html = String::from("<html><body><p>Звіт</p>");
        // Every level has a word of its own, so a level's text is everything inside it.
        html.push_str(&"<table><tr><td>так ".repeat(n));
        html.push_str(&"</td></tr></table>".repeat(n));
        let started = std::time::Instant::now();
        let c = html_to_content(&html);
        println!(
            "{} bytes of HTML read in {:?}",
            html.len(),
            started.elapsed()
        );
        assert_eq!(c.text, "Звіт");
        assert_eq!(c.tables.len(), 1);
        assert_eq!(c.tables[0].rows.len(), 1);
        assert_eq!(c.tables[0].rows[0].len(), 1);
        assert_eq!(c.tables[0].rows[0][0], vec!["так"; n].join(" "));
        assert!(
            started.elapsed() < std::time::Duration::from_secs(5),
            "took {:?}",
            started.elapsed()
        );
    }

    #[test]
    fn tables_below_the_depth_limit_become_text_of_the_deepest_cell() {
        let mut html = String::new();
        for level in 1..=MAX_TABLE_DEPTH + 2 {
            html.push_str(&format!("<table><tr><td>рівень {level}</td><td>"));
        }
        for _ in 0..MAX_TABLE_DEPTH + 2 {
            html.push_str("</td></tr></table>");
        }
        let c = html_to_content(&html);
        assert_eq!(c.tables.len(), 1);
        let words: Vec<String> = (1..=MAX_TABLE_DEPTH + 2)
            .map(|l| format!("рівень {l}"))
            .collect();
        assert_eq!(c.tables[0].rows[0][0], "рівень 1");
        assert_eq!(c.tables[0].rows[0][1], words[1..].join(" "));
    }

    #[test]
    fn html_comments_scripts_and_crlf_between_tags() {
        let html = "<p>а<!-- <table><tr><td>ні</td></tr></table> -->б</p>\r\n<script>if (a < b) x = '</p>';</script>\
            <span>в</span>\r\n<span>г</span>\n<span>ґ</span>";
        let c = html_to_content(html);
        assert_eq!(c.text, "аб\nв г\nґ");
        assert!(c.tables.is_empty());
    }

    #[test]
    fn quoted_reply_is_dropped_and_forward_kept() {
        let body = "Пункт 6: проведено.\n\n-----Original Message-----\nFrom: uvp@cg.ukrtel.net\nSent: Monday\nTo: x\nSubject: Нагадування\n\nпункт 7 ...";
        let u = unquote(body, false);
        assert_eq!(u.own, "Пункт 6: проведено.");
        let fwd = "\n---------- Forwarded message ---------\nFrom: Бобровицька РДА <rda-bobrovytsia@example.gov.ua>\nDate: 10.12.2012\nSubject: Звіт\n\n6. Проведено консультації.";
        let u = unquote(fwd, true);
        assert_eq!(u.own, "");
        assert_eq!(
            u.forwarded,
            vec![(
                Some("rda-bobrovytsia@example.gov.ua".to_string()),
                "6. Проведено консультації.".to_string()
            )]
        );
        let wrote =
            "Додаю звіт.\n\nПн, 10 гру 2012 о 10:00 УВП <uvp@cg.ukrtel.net> пише:\n> нагадуємо";
        assert_eq!(unquote(wrote, false).own, "Додаю звіт.");
    }

    #[test]
    fn repeated_forward_markers_are_followed_ten_levels_deep_in_one_pass() {
        // 20,000 forwarded messages inside one another (1.2 MB): each level used to copy the
        // rest of the text again, a quadratic cost in time and memory.
        let mut body = String::from("Пересилаю звіт.\n");
        for i in 0..20_000 {
            body.push_str(&format!(
                "---------- Forwarded message ---------\nFrom: rda{i}@example.gov.ua\n\nрівень {i}\n"
            ));
        }
        let started = std::time::Instant::now();
        let u = unquote(&body, false);
        println!("{} bytes unquoted in {:?}", body.len(), started.elapsed());
        assert_eq!(u.own, "Пересилаю звіт.");
        assert_eq!(u.forwarded.len(), MAX_FORWARD_LEVELS);
        assert_eq!(
            u.forwarded[0],
            (Some("rda0@example.gov.ua".into()), "рівень 0".into())
        );
        let (sender, last) = &u.forwarded[MAX_FORWARD_LEVELS - 1];
        assert_eq!(sender.as_deref(), Some("rda9@example.gov.ua"));
        assert!(last.starts_with("рівень 9\n---------- Forwarded message"));
        assert!(last.ends_with("рівень 19999"), "the rest is kept as text");
    }

    /// Replies written below the quote, or between its parts, in the shapes mail clients give
    /// them: (what the case is, the body, the writer's own text).
    const REPLIES: &[(&str, &str, &str)] = &[
        (
            "Thunderbird, Ukrainian, below the quote",
            "12.03.2013 10:15, Управління інформаційної політики пише:\n> Просимо надати звіт.\n\
             > \n> З повагою\n\nЗа пунктом 3 форум працює з лютого.\n\nОксана",
            "За пунктом 3 форум працює з лютого.\n\nОксана",
        ),
        (
            "Russian web mail, no space after '>'",
            "11 марта 2013 г., 9:00 пользователь Отдел <otdel@x.ua> писал:\n>Прошу сообщить\n\
             >о выполнении.\n\nПо п. 5 линия работает ежедневно.",
            "По п. 5 линия работает ежедневно.",
        ),
        (
            "English attribution over two lines",
            "On Tue, 5 Mar 2013 at 09:00, Office <office@x.ua>\nwrote:\n\n> Please report.\n\n\
             Item 4: the forum opened on 1 March.",
            "Item 4: the forum opened on 1 March.",
        ),
        (
            "gender ending after a hyphen",
            "Петро Іваненко <p@x.ua> написав-ла:\n> нагадування\nВідповідь нижче цитати.",
            "Відповідь нижче цитати.",
        ),
        (
            "answers interleaved with a quoted list",
            "Відповідаю в тексті.\n\n> Очікуємо інформацію:\n> 3. Створення веб-форуму.\n\
             Форум запущено 1 березня.\n> 5. Гаряча лінія.\n> 8) Колегії підрозділів.\n\n\
             Голову комітету введено до колегії.\n\n> Дякуємо.\nМаксим",
            "Відповідаю в тексті.\n\n3. Створення веб-форуму.\nФорум запущено 1 березня.\n\
             \n8) Колегії підрозділів.\nГолову комітету введено до колегії.\n\nМаксим",
        ),
        (
            "an answer below the whole quote takes no heading from its last line",
            "> 1. Наповнення сайтів.\n> 12. Експертизи.\n\nПо п. 6: проведено слухання.",
            "По п. 6: проведено слухання.",
        ),
        (
            "Outlook in Ukrainian, written below the original",
            "-----Оригінальне повідомлення-----\nВід: УВП [mailto:uvp@x.ua]\n\
             Надіслано: 4 березня 2013 р. 9:00\nКому: rda@x.ua\nТема: Нагадування\n\n\
             Нагадуємо про пункти 2 і 4.\n\nЗ повагою,\nУВП\n\nПо п. 4 посібник розіслано.",
            "По п. 4 посібник розіслано.",
        ),
        (
            "Outlook in Russian, a header block without a marker",
            "От: Управление [mailto:u@x.ua]\nОтправлено: 4 марта 2013 г. 9:00\nКому: r@x.ua\n\
             Тема: Напоминание\n\nНапоминаем о пунктах 6 и 7.\nС уважением,\nУправление\n\
             тел. 1-23-45\n\nПо пункту 7: в совет включены 2 представителя.",
            "По пункту 7: в совет включены 2 представителя.",
        ),
        (
            "an Outlook quote with no closing runs to the end",
            "-----Original Message-----\nFrom: a@x.ua\nSent: Monday\nTo: b@x.ua\n\
             Subject: x\n\n6. Консультації.\n7. Дорадчі органи.",
            "",
        ),
        (
            "written above an Outlook quote: the quote runs to the end",
            "Пункт 9 виконано.\n\nВід: УВП\nНадіслано: понеділок\nКому: x\nТема: y\n\n\
             Просимо пункти 10 і 12.\nЗ повагою,\nУВП\n\nФорма додається.",
            "Пункт 9 виконано.",
        ),
        (
            "a colon after a verb that is no attribution stays own text",
            "Повідомляємо, що слід написати:\nзвіт подано вчасно.",
            "Повідомляємо, що слід написати:\nзвіт подано вчасно.",
        ),
    ];

    #[test]
    fn own_text_is_kept_above_below_and_between_quotes() {
        for (case, body, own) in REPLIES {
            assert_eq!(unquote(body, false).own, *own, "{case}");
        }
    }

    #[test]
    fn blockquotes_in_html_become_quoted_lines_and_own_text_below_them_is_kept() {
        let html = "<div>Доповнюю.</div><div class=\"gmail_quote\">5 березня 2013 р. УВП \
            &lt;uvp@x.ua&gt; пише:<blockquote class=\"gmail_quote\">Нагадуємо:<br>\
            <table><tr><td>6</td><td>консультації</td></tr></table>Дякуємо</blockquote></div>\
            <div>По п. 6 проведено 3 консультації.</div><table><tr><td>7</td><td>ради</td></tr></table>";
        let c = html_to_content_marking_quotes(html);
        assert_eq!(
            c.tables,
            vec![Table {
                sheet: None,
                rows: vec![vec!["7".into(), "ради".into()]],
                first_row: 1
            }],
            "the quoted table is text, the own one a table"
        );
        assert!(c.text.contains("> 6 | консультації"), "{}", c.text);
        assert_eq!(
            unquote(&c.text, false).own,
            "Доповнюю.\n\nПо п. 6 проведено 3 консультації."
        );
        // Without marking, a blockquote is ordinary text (documents, forwards).
        assert!(!html_to_content(html).text.contains("> Нагадуємо"));
    }

    #[test]
    fn alternating_quotes_and_answers_are_read_in_one_pass() {
        // 100,000 quoted numbered items, each answered, then quotes with attribution lines and
        // Outlook header blocks that have no end: every line is looked at a bounded number of
        // times.
        let mut body = String::new();
        for i in 0..100_000 {
            body.push_str(&format!("> {}. Захід.\nвідповідь {i}\n", i % 16 + 1));
        }
        for _ in 0..20_000 {
            body.push_str("X пише:\nFrom: a\nSent: b\nTo: c\n\nЗ повагою,\n");
        }
        let started = std::time::Instant::now();
        let u = unquote(&body, false);
        println!("{} bytes unquoted in {:?}", body.len(), started.elapsed());
        assert!(
            u.own
                .starts_with("1. Захід.\nвідповідь 0\n2. Захід.\nвідповідь 1")
        );
        assert!(
            u.own.ends_with("відповідь 99999"),
            "the last answer, then the quote"
        );
        assert!(
            started.elapsed() < std::time::Duration::from_secs(5),
            "took {:?}",
            started.elapsed()
        );
    }

    #[test]
    fn a_reply_inside_a_forward_ends_the_forwarded_text() {
        let body = "Моє.\n---------- Forwarded message ---------\nFrom: a@example.gov.ua\n\n\
            Переслане.\n> цитата\nще переслане\n-----Original Message-----\nFrom: b@x.ua\n\
            ---------- Forwarded message ---------\nFrom: c@example.gov.ua\n\nне читається";
        let u = unquote(body, false);
        assert_eq!(u.own, "Моє.");
        assert_eq!(
            u.forwarded,
            vec![(
                Some("a@example.gov.ua".to_string()),
                "Переслане.\nще переслане".to_string()
            )]
        );
    }

    #[test]
    fn encoded_words_split_inside_a_character_are_joined() {
        // "Звіт" split after the first byte of "і".
        let v = "=?UTF-8?B?0JfQstGW?= =?UTF-8?B?0YI=?=";
        assert_eq!(
            decode_encoded_words("=?UTF-8?B?0JfQsg==?= =?UTF-8?B?0ZbRgg==?="),
            "Звіт"
        );
        assert!(!decode_encoded_words(v).contains('\u{FFFD}'));
        assert_eq!(
            decode_encoded_words("=?windows-1251?Q?=C7=E2=B3=F2?=.xls"),
            "Звіт.xls"
        );
    }

    #[test]
    fn addresses_are_found_in_header_lines() {
        assert_eq!(
            find_address("From: Іван <Ivan.P@Example.gov.ua>").as_deref(),
            Some("ivan.p@example.gov.ua")
        );
        assert_eq!(find_address("no address @ here"), None);
    }
}
