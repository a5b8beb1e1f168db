//! Tables typed into plain text with tabs (a table copied from Excel or Word into a plain-text
//! mail: "№⇥Захід⇥Виконання", one row a line), drawn with bars ("6 | консультації | …",
//! under a "---+---" rule, a long cell wrapped onto lines whose number cell is empty), or
//! aligned with blanks in a monospaced mail ("1   п.1     Сайт оновлено", a wrapped cell
//! indented to its column).

use super::Table;

/// The fewest consecutive tab-separated lines that make a table.
const MIN_ROWS: usize = 3;

/// Cells kept of a row (a stranger's line of tabs would be a cell per byte).
const MAX_CELLS: usize = 50;

/// Whether a cell is a row's number ("1", "12.", "№ 6"): what tells a table's rows from lines
/// laid out with tabs (a signature: "Начальник управління⇥⇥І. Петренко").
fn is_row_number(cell: &str) -> bool {
    let t = cell
        .trim()
        .trim_start_matches('№')
        .trim()
        .trim_end_matches(['.', ')']);
    !t.is_empty() && t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit())
}

/// How a line divides into cells: at its tabs, or at its bars (a table drawn in plain text;
/// the bars at a line's two ends open and close it). `None`: fewer than two cells.
fn cells_of(line: &str) -> Option<Vec<&str>> {
    if line.contains('\t') {
        let cells: Vec<&str> = line.split('\t').take(MAX_CELLS).collect();
        return (cells.iter().filter(|c| !c.trim().is_empty()).count() >= 2).then_some(cells);
    }
    if !line.contains('|') {
        return None;
    }
    // (Blanks before a first bar are an empty first cell: "   |      | …" continues a row.)
    let t = line.trim_end();
    let t = t.strip_prefix('|').unwrap_or(t);
    let t = t.strip_suffix('|').unwrap_or(t);
    let cells: Vec<&str> = t.split('|').take(MAX_CELLS).collect();
    (cells.len() >= 2 && cells.iter().any(|c| !c.trim().is_empty())).then_some(cells)
}

/// A rule drawn under a table's header or between its rows ("---+-----", "|===|===|").
fn is_rule(line: &str) -> bool {
    let t = line.trim();
    t.chars().filter(|c| matches!(c, '-' | '=')).count() >= 3
        && t.chars()
            .all(|c| matches!(c, '-' | '=' | '+' | '|' | ':' | ' '))
}

/// Splits the tables typed with tabs or drawn with bars out of a text: runs of at least
/// [`MIN_ROWS`] consecutive lines, each of at least two cells, at least two of which open with a
/// row's number. Returns the text without those lines (a blank line in their place, so
/// paragraphs around them stay apart) and the tables, in order. One pass over the lines; at
/// most [`MAX_CELLS`] cells a row, empty ones at its end dropped; rules are no rows, and a
/// drawn row whose first cell is empty continues the row above it (a wrapped cell).
pub fn tab_tables(text: &str) -> (String, Vec<Table>) {
    let mut rest = String::with_capacity(text.len());
    let mut tables = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    let flush = |run: &mut Vec<&str>, rest: &mut String, tables: &mut Vec<Table>| {
        let rows_in_run = run.iter().filter(|l| cells_of(l).is_some()).count();
        let numbered = run
            .iter()
            .filter(|l| !is_rule(l))
            .filter_map(|l| cells_of(l))
            .filter(|cells| {
                cells
                    .iter()
                    .find(|c| !c.trim().is_empty())
                    .is_some_and(|c| is_row_number(c))
            })
            .count();
        if rows_in_run >= MIN_ROWS && numbered >= 2 {
            let mut rows: Vec<Vec<String>> = Vec::new();
            for l in run.iter().filter(|l| !is_rule(l)) {
                let Some(cells) = cells_of(l) else {
                    // A tab row's last cell wrapped onto a line of its own.
                    if let Some(cell) = rows.last_mut().and_then(|r| r.last_mut()) {
                        cell.push(' ');
                        cell.push_str(l.trim());
                    }
                    continue;
                };
                let drawn = !l.contains('\t');
                let wrapped = drawn
                    && cells[0].trim().is_empty()
                    && rows
                        .last()
                        .is_some_and(|r| r.first().is_some_and(|c| !c.is_empty()));
                if wrapped && let Some(above) = rows.last_mut() {
                    for (i, cell) in cells.iter().map(|c| c.trim()).enumerate() {
                        if cell.is_empty() {
                            continue;
                        }
                        match above.get_mut(i) {
                            Some(a) if !a.is_empty() => {
                                a.push(' ');
                                a.push_str(cell);
                            }
                            Some(a) => a.push_str(cell),
                            None => {
                                above.resize(i, String::new());
                                above.push(cell.to_string());
                            }
                        }
                    }
                    continue;
                }
                let mut cells: Vec<String> = cells.iter().map(|c| c.trim().to_string()).collect();
                while cells.last().is_some_and(String::is_empty) {
                    cells.pop();
                }
                rows.push(cells);
            }
            tables.extend(Table::of_document(rows));
            rest.push('\n');
        } else {
            for l in run.iter() {
                rest.push_str(l);
                rest.push('\n');
            }
        }
        run.clear();
    };
    for line in text.lines() {
        // A line of no cells right under a tab row whose text runs on (no stop at its end)
        // is that row's last cell wrapped by the mail program. (A run opens with a row of
        // cells: its first line tells a tab table from a drawn one without rereading it.)
        let wraps = || {
            run.last().is_some_and(|last: &&str| {
                !is_rule(last)
                    && !last.contains('|')
                    && !last.trim_end().ends_with(['.', '!', '?', ':', ';'])
            }) && !line.trim().is_empty()
                && !line.contains(['|', '\t'])
                && run.first().is_some_and(|l| l.contains('\t'))
        };
        if cells_of(line).is_some() || (!run.is_empty() && is_rule(line)) || wraps() {
            run.push(line);
            continue;
        }
        flush(&mut run, &mut rest, &mut tables);
        rest.push_str(line);
        rest.push('\n');
    }
    flush(&mut run, &mut rest, &mut tables);
    let (rest, spaced) = spaced_tables(if tables.is_empty() { text } else { &rest });
    tables.extend(spaced);
    (rest, tables)
}

/// The pieces of a line aligned with blanks: each piece's column (in characters) and text,
/// between runs of two or more blanks; at most [`MAX_CELLS`].
fn spaced_cells(line: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    // (Start of the current piece: its column and byte offset; blanks seen in a row.)
    let mut piece: Option<(usize, usize)> = None;
    let mut blanks = 0;
    let mut end = 0;
    for (col, (at, c)) in line.char_indices().enumerate() {
        if c == ' ' {
            blanks += 1;
            if blanks == 2
                && let Some((start_col, start)) = piece.take()
            {
                out.push((start_col, &line[start..end]));
                if out.len() == MAX_CELLS {
                    return out;
                }
            }
            continue;
        }
        blanks = 0;
        if piece.is_none() {
            piece = Some((col, at));
        }
        end = at + c.len_utf8();
    }
    if let Some((start_col, start)) = piece {
        out.push((start_col, &line[start..end]));
    }
    out
}

/// Splits out of a text the tables laid out with blanks (a table typed in a monospaced plain
/// text: "N   Пункт   Інформація про виконання", then "1   п.1     Сайт оновлено …", a long
/// cell wrapped onto lines indented to its column). A run of consecutive lines that opens
/// with a line of pieces at its left edge; its rows are the lines at the left edge, split at
/// runs of two or more blanks; an indented line continues the row above, each piece in the
/// column it stands under. A table: at least [`MIN_ROWS`] rows, at least two of which open
/// with a row's number and have three pieces or more (a numbered list with a double blank is
/// no table). One pass over the lines, as [`tab_tables`].
fn spaced_tables(text: &str) -> (String, Vec<Table>) {
    let mut rest = String::with_capacity(text.len());
    let mut tables = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    // A line that continues the row above: indented, or a header's second line of one short
    // piece under the first ("з/п" under "N").
    // (A row may open with one blank: numbers aligned to the right, " 1" over "10".)
    let continues = |k: usize, line: &str| {
        line.starts_with("  ") || (k == 1 && line.chars().count() <= 12 && !line.contains("  "))
    };
    let flush = |run: &mut Vec<&str>, rest: &mut String, tables: &mut Vec<Table>| {
        let rows = run
            .iter()
            .enumerate()
            .filter(|(k, l)| !continues(*k, l) && !is_rule(l))
            .count();
        let numbered = run
            .iter()
            .enumerate()
            .filter(|(k, l)| !continues(*k, l) && !is_rule(l))
            .map(|(_, l)| spaced_cells(l))
            .filter(|cells| cells.len() >= 3 && is_row_number(cells[0].1))
            // (Where each numbered row's third piece starts.)
            .map(|cells| cells[2].0)
            .collect::<Vec<usize>>();
        // Columns line up: two numbered rows' third pieces start together (a blank's slip
        // forgiven), not where a list's sentences happen to end ("1.  Сайт оновлено.  Далі …").
        let mut thirds = numbered;
        thirds.sort_unstable();
        let aligned = thirds.windows(2).any(|p| p[1] - p[0] <= 1);
        if rows >= MIN_ROWS && aligned {
            let mut table: Vec<Vec<String>> = Vec::new();
            // The columns of the last row at the left edge.
            let mut columns: Vec<usize> = Vec::new();
            for (k, l) in run.iter().enumerate() {
                if is_rule(l) {
                    continue;
                }
                let cells = spaced_cells(l);
                if !continues(k, l) {
                    columns = cells.iter().map(|c| c.0).collect();
                    table.push(cells.iter().map(|c| c.1.to_string()).collect());
                    continue;
                }
                let Some(above) = table.last_mut() else {
                    continue;
                };
                for (col, piece) in cells {
                    // The column it stands under: the last that starts at or before it (a
                    // blank's slip either way forgiven).
                    let k = columns.iter().rposition(|&c| c <= col + 1).unwrap_or(0);
                    if above.len() <= k {
                        above.resize(k + 1, String::new());
                    }
                    if !above[k].is_empty() {
                        above[k].push(' ');
                    }
                    above[k].push_str(piece);
                }
            }
            tables.extend(Table::of_document(table));
            rest.push('\n');
        } else {
            for l in run.iter() {
                rest.push_str(l);
                rest.push('\n');
            }
        }
        run.clear();
    };
    for line in text.lines() {
        let line = line.trim_end();
        let opens = !line.starts_with("  ") && spaced_cells(line).len() >= 2;
        let goes_on = !run.is_empty()
            && !line.trim().is_empty()
            && (line.starts_with("  ") || continues(run.len(), line) || is_rule(line));
        if !line.contains(['\t', '|']) && (opens || goes_on) {
            run.push(line);
            continue;
        }
        flush(&mut run, &mut rest, &mut tables);
        rest.push_str(line);
        rest.push('\n');
    }
    flush(&mut run, &mut rest, &mut tables);
    if tables.is_empty() {
        return (text.to_string(), tables);
    }
    (rest, tables)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_of_tab_separated_cells_are_a_table() {
        let text = "Добрий день\n\n№\tЗахід\tВиконання\n1\tСайти\tСайт оновлено\n6\tКонсультації\t\
                    Проведено 2\n\nВиконавець Тищенко";
        let (rest, tables) = tab_tables(text);
        assert_eq!(tables.len(), 1);
        assert_eq!(tables[0].rows.len(), 3);
        assert_eq!(tables[0].rows[2], vec!["6", "Консультації", "Проведено 2"]);
        assert!(rest.contains("Добрий день") && rest.contains("Виконавець Тищенко"));
        assert!(!rest.contains("Сайт оновлено"), "{rest}");
    }

    /// A mail program wraps a long tab row: the lines that run on (no stop at the end of the
    /// line above) are its last cell's; a finished sentence, or a blank line, ends it.
    #[test]
    fn a_tab_rows_last_cell_wrapped_onto_lines_of_its_own_joins_it() {
        let text = "Доповнення:\n\nПункт\tІнформація\n4\tІнтернет-форум відкрито\n18.03.2013; \
                    створено 6 розділів,\nмодерацію здійснюють члени ради.\n10\t+\n11\tпроведено \
                    День відкритих дверей\nдля студентів (22 учасники).\nГоловний спеціаліст\n\n\
                    С.М. Дудко";
        let (rest, tables) = tab_tables(text);
        assert_eq!(tables.len(), 1);
        let rows = &tables[0].rows;
        assert_eq!(rows.len(), 4, "{rows:?}");
        assert_eq!(
            rows[1][1],
            "Інтернет-форум відкрито 18.03.2013; створено 6 розділів, модерацію здійснюють \
             члени ради."
        );
        assert_eq!(
            rows[3][1],
            "проведено День відкритих дверей для студентів (22 учасники)."
        );
        assert!(rest.contains("Головний спеціаліст"), "{rest}");
    }

    #[test]
    fn a_table_drawn_with_bars_is_a_table_and_wrapped_cells_join_their_row() {
        let text = "Надаємо інформацію:\n\nN  | Зміст        | Виконання\n---+--------------+------\
                    ---------\n1  | сайт         | розділ доповнено\n   |              | \
                    генпланами 6 сіл\n2  | рубрики      | -\n6  | консультації | слухання \
                    21.03\n   |              | (38 осіб)\n\nЗ повагою";
        let (rest, tables) = tab_tables(text);
        assert_eq!(tables.len(), 1);
        let rows = &tables[0].rows;
        assert_eq!(rows.len(), 4, "{rows:?}");
        assert_eq!(
            rows[1],
            vec!["1", "сайт", "розділ доповнено генпланами 6 сіл"]
        );
        assert_eq!(
            rows[3],
            vec!["6", "консультації", "слухання 21.03 (38 осіб)"]
        );
        assert!(rest.contains("Надаємо") && rest.contains("З повагою") && !rest.contains("сайт"));
        // Bars at a line's ends, as Markdown draws them.
        // (Its rule is no row.)
        let (_, tables) = tab_tables(
            "| № | Захід | Стан |\n|---|---|---|\n| 1 | Сайт | оновлено |\n| 6 | Конс. | 2 |",
        );
        assert_eq!(tables[0].rows.len(), 3, "{:?}", tables[0].rows);
        assert_eq!(tables[0].rows[2], vec!["6", "Конс.", "2"]);
        // A bar or two in prose is no table.
        let prose = "Сайт | оновлено\nКонсультації | проведено\nі ще рядок";
        assert_eq!(tab_tables(prose), (prose.to_string(), vec![]));
    }

    /// A table typed with blanks in a monospaced mail: rows at the left edge, a wrapped
    /// cell's lines indented to its column, the header's second line too.
    #[test]
    fn a_table_aligned_with_blanks_is_a_table_and_indented_lines_join_their_cell() {
        let text = "Надсилаємо інформацію:\n\nN   Пункт   Інформація про виконання\nз/п\n \
                    \x20  плану\n1   п.1     Сайт РДА наповнюється, у травні\n            створено \
                    підрозділ\n2   п.6     немає\n3   п.9     Членів ради залучено\n\nЗ \
                    повагою,\nОлійник Тетяна";
        let (rest, tables) = tab_tables(text);
        assert_eq!(tables.len(), 1, "{rest}");
        let rows = &tables[0].rows;
        assert_eq!(
            rows[0],
            vec!["N з/п", "Пункт плану", "Інформація про виконання"]
        );
        assert_eq!(
            rows[1],
            vec![
                "1",
                "п.1",
                "Сайт РДА наповнюється, у травні створено підрозділ"
            ]
        );
        assert_eq!(rows[2], vec!["2", "п.6", "немає"]);
        assert_eq!(rows.len(), 4, "{rows:?}");
        assert!(rest.contains("Надсилаємо") && rest.contains("Олійник") && !rest.contains("п.9"));
        // Numbers aligned to the right under a rule of dashes.
        let text = " N   Мероприятие        Выполнение\n---  -----------------  ----------\n 1   \
                    Сайт РГА           Сайт работает,\n                        раздел создан\n \
                    6   Консультации       -\n10   Рабочая группа     не проводились\n";
        let (_, tables) = tab_tables(text);
        assert_eq!(tables.len(), 1, "{text}");
        let rows = &tables[0].rows;
        assert_eq!(rows.len(), 4, "{rows:?}");
        assert_eq!(
            rows[1],
            vec!["1", "Сайт РГА", "Сайт работает, раздел создан"]
        );
        assert_eq!(rows[3], vec!["10", "Рабочая группа", "не проводились"]);
        // A numbered list with a double blank after its numbers, and a signature laid out
        // with blanks, are no tables.
        for text in [
            "1.  Сайт оновлено.\n2.  Проведено консультації.\n3.  Створено комісію.",
            "1.  Проведено засідання ради.  Взяли участь 12 осіб.\n2.  Сайт оновлено.  \
             Розділ доповнено.\n3.  Створено комісію з питань відкритості.  Голова — Петренко.",
            "Начальник управління          І.П. Петренко\nТел.  67-51-00\nФакс  67-51-01",
        ] {
            assert_eq!(tab_tables(text), (text.to_string(), vec![]), "{text}");
        }
    }

    #[test]
    fn a_row_keeps_a_bounded_number_of_cells() {
        let wide = format!("1\tСайт\t{}x", "y\t".repeat(10_000));
        let text = format!("{wide}\n{wide}\n{wide}\n\n\n");
        let (_, tables) = tab_tables(&text);
        assert_eq!(tables.len(), 1);
        assert!(tables[0].rows.iter().all(|r| r.len() <= MAX_CELLS));
        // Empty cells at a row's end are no cells.
        let (_, tables) = tab_tables("1\tСайт\t\t\t\n2\tРубрики\t\t\n6\tКонсультації\t\t");
        assert!(
            tables[0].rows.iter().all(|r| r.len() == 2),
            "{:?}",
            tables[0].rows
        );
    }

    #[test]
    fn a_tab_or_two_is_no_table() {
        for text in [
            "Сайт\tоновлено\nКонсультації\tпроведено",
            "Проведено\tконсультації\nі ще рядок\nта\tінше",
            "Просто текст без табуляції\nі ще рядок",
            // A signature laid out with tabs: no row numbers.
            "Начальник управління\t\tІ.П. Петренко\nТел.\t67-51-00\nФакс\t67-51-01",
        ] {
            let (rest, tables) = tab_tables(text);
            assert!(tables.is_empty(), "{text}");
            assert_eq!(rest, text, "{text}");
        }
    }
}
