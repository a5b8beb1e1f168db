//! Tables typed into plain text with tabs (a table copied from Excel or Word into a plain-text
//! mail: "№⇥Захід⇥Виконання", one row a line).

use super::Table;

/// The fewest consecutive tab-separated lines that make a table.
const MIN_ROWS: usize = 3;

/// Splits the tables typed with tabs out of a text: runs of at least [`MIN_ROWS`] consecutive
/// lines, each of at least two tab-separated cells. Returns the text without those lines (a
/// blank line in their place, so paragraphs around them stay apart) and the tables, in order.
/// One pass over the lines.
pub fn tab_tables(text: &str) -> (String, Vec<Table>) {
    let mut rest = String::with_capacity(text.len());
    let mut tables = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    let flush = |run: &mut Vec<&str>, rest: &mut String, tables: &mut Vec<Table>| {
        if run.len() >= MIN_ROWS {
            let rows = run
                .iter()
                .map(|l| l.split('\t').map(|c| c.trim().to_string()).collect())
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
        if line.contains('\t') && cells >= 2 {
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
    fn a_tab_or_two_is_no_table() {
        for text in [
            "Сайт\tоновлено\nКонсультації\tпроведено",
            "Проведено\tконсультації\nі ще рядок\nта\tінше",
            "Просто текст без табуляції\nі ще рядок",
        ] {
            let (rest, tables) = tab_tables(text);
            assert!(tables.is_empty(), "{text}");
            assert_eq!(rest, text, "{text}");
        }
    }
}
