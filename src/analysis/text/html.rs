//! HTML to plain text and tables: one pass of html5ever's tokenizer, nested tables
//! flattened, quoted blocks marked; HTML character references. Pure.

use super::tidy;

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

impl Table {
    /// A document's table (no sheet; its rows from the first): none when it has no rows.
    pub fn of_document(rows: Vec<Vec<String>>) -> Option<Table> {
        (!rows.is_empty()).then_some(Table {
            sheet: None,
            rows,
            first_row: 1,
        })
    }
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
/// rather than tables, so that [`super::unquote`] can tell the writer's own blocks, wherever they
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

    /// A finished outermost table: a table, or quoted lines when it stood in a blockquote. A
    /// forwarded message's header block laid out as a table (Thunderbird's "Тема: | …",
    /// "Від: | …") is lines of text, as other mail programs write it, so that the quote
    /// reader finds it where it stands.
    fn add_table(&mut self, rows: Vec<Vec<String>>) {
        if rows.is_empty() {
            return;
        }
        // A layout table of one column (stationery around a letter whose report table was
        // taken out above, a signature beside a logo) holds text: its cells are paragraphs
        // where the table stood. (A single row of several cells stays a table.)
        if self.tables.is_empty()
            && !self.table_quoted
            && !is_grid(&rows)
            && (rows.len() > 1 || rows[0].iter().filter(|c| !c.trim().is_empty()).count() < 2)
        {
            for cell in rows.iter().flatten().filter(|c| !c.trim().is_empty()) {
                if !self.text.is_empty() && !self.text.ends_with('\n') {
                    self.text.push('\n');
                }
                self.text.push_str(cell.trim());
                self.text.push_str("\n\n");
            }
            return;
        }
        if is_header_table(&rows) {
            if !self.text.is_empty() && !self.text.ends_with('\n') {
                self.text.push('\n');
            }
            for row in rows {
                if self.table_quoted {
                    self.text.push_str("> ");
                }
                self.text.push_str(row[0].trim());
                self.text.push(' ');
                self.text.push_str(row[1].trim());
                self.text.push('\n');
            }
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
                    // A table of rows and columns inside another's cell (a report laid in
                    // Outlook's stationery, a letter's layout table) is a table of its own;
                    // anything smaller is text of the cell it stands in.
                    if self.tables.len() == 1 && is_grid(&rows) && !is_header_table(&rows) {
                        self.add_table(rows);
                        if let Some(parent) = self.tables.last_mut() {
                            parent.1.get_or_insert_with(String::new).push('\n');
                        }
                    } else if let Some(parent) = self.tables.last_mut() {
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

/// A table of rows and columns: at least two rows with two cells or more that hold text.
fn is_grid(rows: &[Vec<String>]) -> bool {
    rows.iter()
        .filter(|r| r.iter().filter(|c| !c.trim().is_empty()).count() >= 2)
        .nth(1)
        .is_some()
}

/// A mail's header block as a table: every row a header's name ("Від:", "Subject:") and its
/// value, one of them the sender's.
fn is_header_table(rows: &[Vec<String>]) -> bool {
    use super::quote::{HEADER_FROM, HEADER_OTHER};
    let name = |row: &Vec<String>| super::stem::lowercase(row[0].trim());
    rows.len() >= 2
        && rows.len() <= 8
        && rows.iter().all(|row| {
            row.len() == 2 && {
                let n = name(row);
                HEADER_FROM.contains(&n.as_str()) || HEADER_OTHER.contains(&n.as_str())
            }
        })
        && rows
            .iter()
            .any(|row| HEADER_FROM.contains(&name(row).as_str()))
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
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_tables_and_text_are_separated() {
        let html = "<html><head><style>p{}</style></head><body><p>Звіт&nbsp;РДА</p>\
            <table><tr><td>№</td><td>Стан</td></tr><tr><td>6</td><td>Проведено &laquo;4&raquo;</td></tr></table></body></html>";
        let c = html_to_content(html);
        assert_eq!(c.text, "Звіт РДА");
        assert_eq!(c.tables.len(), 1);
        assert_eq!(c.tables[0].rows[1], vec!["6", "Проведено «4»"]);
    }

    /// Thunderbird lays a forwarded message's header block out as a table: it is read as the
    /// header lines other programs write, in place; a table of figures stays a table.
    #[test]
    fn a_header_block_laid_out_as_a_table_is_read_as_lines() {
        let html = "<p>Уточнюємо інформацію (лист нижче).</p>\
            <div>-------- Оригінальне повідомлення --------\
            <table class=\"moz-email-headers-table\"><tbody>\
            <tr><th>Тема: </th><td>Інформація РДА</td></tr>\
            <tr><th>Дата: </th><td>Tue, 10 Dec 2013 16:05:12 +0200</td></tr>\
            <tr><th>Від: </th><td>Бобровицька РДА &lt;rda@example.gov.ua&gt;</td></tr>\
            <tr><th>Кому: </th><td>uvp@cg.ukrtel.net</td></tr></tbody></table>\
            <pre>п. 1 – сайт оновлено;</pre></div>";
        let c = html_to_content(html);
        assert!(c.tables.is_empty(), "{:?}", c.tables);
        let lines: Vec<&str> = c.text.lines().map(str::trim).collect();
        let at = lines.iter().position(|l| l.starts_with("Тема:")).unwrap();
        assert_eq!(
            lines[at..at + 5],
            [
                "Тема: Інформація РДА",
                "Дата: Tue, 10 Dec 2013 16:05:12 +0200",
                "Від: Бобровицька РДА <rda@example.gov.ua>",
                "Кому: uvp@cg.ukrtel.net",
                "п. 1 – сайт оновлено;",
            ],
            "{}",
            c.text
        );
        let figures = "<table><tr><td>Тема:</td><td>сайт</td></tr><tr><td>6</td><td>Проведено</td></tr></table>";
        assert_eq!(html_to_content(figures).tables.len(), 1);
    }

    /// Gmail's signature: one row, a logo in one cell and the name, position and office in
    /// the other. That is the letter's text (the office is named there), not a table; a
    /// single row of two cells with text stays a table.
    #[test]
    fn a_signature_beside_a_logo_is_text() {
        let html = "<div>6. Проведено слухання.</div><table><tr><td><img src=\"cid:x\" alt=\"герб\"></td>\
            <td>Віктор Гончаренко<br>головний спеціаліст<br>апарату Ніжинської райдержадміністрації</td></tr></table>";
        let c = html_to_content(html);
        assert!(c.tables.is_empty(), "{:?}", c.tables);
        assert!(
            c.text.contains("апарату Ніжинської райдержадміністрації"),
            "{}",
            c.text
        );
        let row = "<table><tr><td>6</td><td>Проведено слухання</td></tr></table>";
        assert_eq!(html_to_content(row).tables.len(), 1);
    }

    /// Outlook's stationery: a one-column layout table around the letter, the report's
    /// table in one of its cells. The report is a table of its own; the stationery is text.
    #[test]
    fn a_report_table_inside_a_layout_table_is_a_table_and_the_layout_is_text() {
        let html = "<table><tr><td>КОЗЕЛЕЦЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ</td></tr>\
            <tr><td><p>Козелецька РДА надає інформацію про виконання Плану.</p>\
            <table><tr><td>№</td><td>Стан виконання</td></tr>\
            <tr><td>6</td><td>Проведено громадські слухання</td></tr>\
            <tr><td>12</td><td>—</td></tr></table>\
            <p>Заступник голови І.П. Петренко</p></td></tr></table>";
        let c = html_to_content(html);
        assert_eq!(c.tables.len(), 1, "{:?}", c.tables);
        assert_eq!(
            c.tables[0].rows[1],
            vec!["6", "Проведено громадські слухання"]
        );
        assert!(
            c.text.contains("Козелецька РДА надає інформацію"),
            "{}",
            c.text
        );
        assert!(c.text.contains("Заступник голови"), "{}", c.text);
        assert!(!c.text.contains("слухання"), "{}", c.text);
        // A small table inside a cell is still that cell's text.
        let small = "<table><tr><td>6</td><td>Проведено: <table><tr><td>слухання</td></tr></table></td></tr>\
            <tr><td>7</td><td>Включено</td></tr></table>";
        let c = html_to_content(small);
        assert_eq!(c.tables.len(), 1);
        assert!(
            c.tables[0].rows[0][1].contains("слухання"),
            "{:?}",
            c.tables
        );
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
        // The outermost table, one row of one cell, is a layout table: its cell is text.
        assert!(c.tables.is_empty());
        assert_eq!(
            c.text.trim_end(),
            format!("Звіт\n{}", vec!["так"; n].join(" "))
        );
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
}
