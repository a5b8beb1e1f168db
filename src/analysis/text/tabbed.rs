//! Tables typed into plain text with tabs (a table copied from Excel or Word into a plain-text
//! mail: "№⇥Захід⇥Виконання", one row a line).

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

/// Splits the tables typed with tabs out of a text: runs of at least [`MIN_ROWS`] consecutive
/// lines, each of at least two tab-separated cells, at least two of which open with a row's
/// number. Returns the text without those lines (a blank line in their place, so paragraphs
/// around them stay apart) and the tables, in order. One pass over the lines; at most
/// [`MAX_CELLS`] cells a row, empty ones at its end dropped.
pub fn tab_tables(text: &str) -> (String, Vec<Table>) {
    let mut rest = String::with_capacity(text.len());
    let mut tables = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    let flush = |run: &mut Vec<&str>, rest: &mut String, tables: &mut Vec<Table>| {
        let numbered = run
            .iter()
            .filter(|l| {
                l.split('\t')
                    .find(|c| !c.trim().is_empty())
                    .is_some_and(is_row_number)
            })
            .count();
        if run.len() >= MIN_ROWS && numbered >= 2 {
            let rows = run
                .iter()
                .map(|l| {
                    let mut cells: Vec<String> = l
                        .split('\t')
                        .take(MAX_CELLS)
                        .map(|c| c.trim().to_string())
                        .collect();
                    while cells.last().is_some_and(String::is_empty) {
                        cells.pop();
                    }
                    cells
                })
                .collect();
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
        let cells = line.split('\t').filter(|c| !c.trim().is_empty()).count();
        if cells >= 2 {
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
