//! Tables and sheets: headers, plan columns, running counts, tables on their side.

use super::*;

/// A running count whose first row was left out ("2, 3, 4" under a title that names
/// measure 13) is still the writer's count: its rows' texts decide, not the plan's
/// measures 2, 3 and 4.
#[test]
fn a_running_count_that_lost_its_first_row_or_starts_again_is_still_a_count() {
    let m = shipped_mapper();
    // The measures a block's segments are placed on with confidence.
    let placed = |segs: Vec<Segment>| -> Vec<Option<u32>> {
        m.map_block(segs)
            .into_iter()
            .filter(|o| o.confidence >= 0.5)
            .map(|o| o.measure)
            .collect()
    };
    let seg = |n: u32, text: &str| Segment {
        text: text.into(),
        numbers: vec![n],
        reference: Reference::Bare,
        measure_text: None,
        sheet: None,
        row: Some(n as usize + 3),
    };
    let segs = vec![
        seg(
            2,
            "спеціалісти структурних підрозділів облдержадміністрації, які безпосередньо \
                 організовують консультації",
        ),
        seg(
            3,
            "спеціалісти райдержадміністрацій з питань внутрішньої політики",
        ),
        seg(4, "Взаємодія органів влади з громадськими радами"),
    ];
    let got = placed(segs);
    assert!(
        !got.iter().any(|m| matches!(m, Some(2..=4))),
        "the count taken for measures: {got:?}"
    );
    // A protocol's agenda, then what was heard on each item: a count that starts again.
    let para = |n: u32, text: &str| Segment {
        row: None,
        ..seg(n, text)
    };
    let segs = vec![
        para(
            1,
            "Про затвердження плану роботи Громадської ради на 2014 рік.",
        ),
        para(2, "Про підготовку новорічної благодійної акції для дітей."),
        para(
            1,
            "СЛУХАЛИ: Данилюка В.Г. — про проект плану роботи Громадської ради.",
        ),
        para(
            2,
            "СЛУХАЛИ: Гриценка П.М. — про благодійну акцію «Подаруй дитині свято».",
        ),
    ];
    let got = placed(segs);
    assert!(
        !got.iter().any(|m| matches!(m, Some(1..=2))),
        "the agenda's numbers taken for measures: {got:?}"
    );
    // Rows of a table without a header whose texts say too little to tell: a list's own
    // count, whatever rows it lost.
    let segs = vec![
        seg(
            4,
            "проект районної програми «Охорона здоров'я» на 2013–2015 роки",
        ),
        seg(
            5,
            "проект Схеми санітарного очищення населених пунктів району",
        ),
    ];
    let got = placed(segs);
    assert!(
        !got.iter().any(|m| matches!(m, Some(4..=5))),
        "a list's count taken for measures: {got:?}"
    );
}

#[test]
fn a_table_on_its_side_is_read_upright() {
    // The measures across the columns, the answers in one row (a title above): each
    // column is a measure's row; placeholders stay placeholders, and the answers' row is
    // the evidence's.
    let t = Table {
        sheet: Some("Аркуш1".into()),
        rows: vec![
            row(&[
                "Інформація Менської РДА станом на 10.12.2013",
                "",
                "",
                "",
                "",
            ]),
            row(&["Пункт плану", "п.1", "п.6", "п.7", "п.10"]),
            row(&[
                "Назва заходу",
                "Сайт",
                "Консультації",
                "Дорадчі органи",
                "Комісія",
            ]),
            row(&[
                "Інформація про виконання",
                "Оновлено розділ «Громадянське суспільство» на сайті РДА.",
                "Проведено 3 консультації з громадськістю.",
                "—",
                "",
            ]),
        ],
        first_row: 1,
    };
    let segs = segment_table(&t);
    let got: Vec<(Vec<u32>, Reference, Option<usize>)> = segs
        .iter()
        .map(|s| (s.numbers.clone(), s.reference, s.row))
        .collect();
    assert_eq!(
        got,
        vec![
            (vec![1], Reference::Explicit, Some(4)),
            (vec![6], Reference::Explicit, Some(4)),
        ]
    );
    assert_eq!(segs[1].text, "Проведено 3 консультації з громадськістю.");
    // Only the columns the row of numbers numbers are turned: a note far to the right of a
    // wide sheet is no measure's row, and the sheet's width makes no rows.
    let mut wide = t.clone();
    wide.rows[3].resize(5000, String::new());
    wide.rows[3][4999] = "Примітка: інформацію надано також листом від 09.12.2013.".into();
    let got: Vec<Vec<u32>> = segment_table(&wide)
        .into_iter()
        .map(|s| s.numbers)
        .collect();
    assert_eq!(got, vec![vec![1], vec![6]]);
    // An upright table whose header row happens to hold numbers is not turned: "№" over
    // a column of numbers is an ordinary header.
    let t = Table {
        sheet: None,
        rows: vec![
            row(&["№", "Зміст заходу", "Стан виконання"]),
            row(&["1", "Сайт", "Оновлено розділ на сайті РДА."]),
            row(&["6", "Консультації", "Проведено 3 консультації."]),
            row(&["9", "Обговорення", "Члени ради обговорили проект бюджету."]),
        ],
        first_row: 1,
    };
    let got: Vec<Vec<u32>> = segment_table(&t).into_iter().map(|s| s.numbers).collect();
    assert_eq!(got, vec![vec![1], vec![6], vec![9]]);
}

/// The measures across the columns ("Захід 1", "п. 6"), a period or an office in each row
/// below ("ІІІ квартал 2012 р.", "Відділ освіти"), the corner cell a heading of its own or
/// empty: each measure's answers over the rows are its report; a measure with placeholders
/// and counts alone has none; a bare "1 2 3" over the periods is no row of measures.
#[test]
fn a_table_of_periods_across_the_measures_is_read_upright() {
    for corner in ["Період", ""] {
        let t = Table {
            sheet: None,
            rows: vec![
                row(&["Інформація управління про виконання Плану", "", "", ""]),
                row(&[corner, "Захід 1", "Захід 2", "п. 6"]),
                row(&[
                    "ІІІ квартал 2012 р.",
                    "без змін",
                    "Підготовлено інформацію для рубрики.",
                    "—",
                ]),
                row(&[
                    "IV квартал 2012 р.",
                    "—",
                    "Рубрику на сайті створено.",
                    "Проведено електронні консультації щодо проекту програми.",
                ]),
            ],
            first_row: 1,
        };
        let segs = segment_table(&t);
        let got: Vec<(Vec<u32>, Reference, &str)> = segs
            .iter()
            .map(|s| (s.numbers.clone(), s.reference, s.text.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    vec![2],
                    Reference::Explicit,
                    "Підготовлено інформацію для рубрики. — Рубрику на сайті створено."
                ),
                (
                    vec![6],
                    Reference::Explicit,
                    "Проведено електронні консультації щодо проекту програми."
                ),
            ],
            "{corner:?}"
        );
    }
    // Offices as the rows, as many as there are, and a totals row of counts.
    let mut offices = vec![row(&["Структурний підрозділ", "п. 1", "п. 6", "п. 7"])];
    for k in 0..6 {
        let answer = if k == 4 {
            "Проведено 2 зустрічі з громадськістю."
        } else {
            "—"
        };
        offices.push(row(&[&format!("Відділ {k}"), "х", answer, "+"]));
    }
    offices.push(row(&["Разом заходів", "0", "1", "0"]));
    let t = Table {
        sheet: None,
        rows: offices,
        first_row: 1,
    };
    let got: Vec<(Vec<u32>, String)> = segment_table(&t)
        .into_iter()
        .map(|s| (s.numbers, s.text))
        .collect();
    assert_eq!(
        got,
        vec![(vec![6], "Проведено 2 зустрічі з громадськістю.".to_string())]
    );
    let bare = Table {
        sheet: None,
        rows: vec![
            row(&["", "1", "2", "3"]),
            row(&["ІІІ квартал", "Сайт оновлено.", "—", "—"]),
        ],
        first_row: 1,
    };
    assert!(
        segment_table(&bare)
            .iter()
            .all(|s| s.numbers != vec![1] || s.text != "Сайт оновлено."),
        "{:?}",
        segment_table(&bare)
    );
}

/// A year's table with a column per quarter under no report heading: every quarter's
/// column is the report's (a row answered in the fourth alone counts); and a column of
/// marks where measures that do not apply say so in words still takes its notes.
#[test]
fn quarters_and_marks_beside_words_of_not_applying_are_read() {
    let t = Table {
        sheet: None,
        rows: vec![
            row(&[
                "№ п/п",
                "Зміст заходу",
                "І квартал",
                "ІІ квартал",
                "ІІІ квартал",
                "IV квартал",
            ]),
            row(&[
                "6",
                "Консультації",
                "—",
                "—",
                "—",
                "Проведено консультації щодо бюджету.",
            ]),
            row(&["10", "Комісія", "—", "—", "—", "—"]),
        ],
        first_row: 1,
    };
    let segs = segment_table(&t);
    let got = numbers_and_texts(&segs);
    assert_eq!(got, vec![(vec![6], "Проведено консультації щодо бюджету.")]);
    // Two report headings, one per half-year: a row answered in the second alone counts.
    let t = Table {
        sheet: None,
        rows: vec![
            row(&[
                "Пункт Плану",
                "Найменування заходу",
                "Виконання за І півріччя",
                "Виконання за ІІ півріччя",
            ]),
            row(&["7", "Дорадчі органи", "—", "—"]),
            row(&[
                "9",
                "Обговорення",
                "—",
                "Проект програми обговорено з членами ради.",
            ]),
        ],
        first_row: 1,
    };
    let got: Vec<(Vec<u32>, String)> = segment_table(&t)
        .into_iter()
        .map(|s| (s.numbers, s.text))
        .collect();
    assert_eq!(
        got,
        vec![(
            vec![9],
            "Проект програми обговорено з членами ради.".to_string()
        )]
    );
    let t = Table {
        sheet: None,
        rows: vec![
            row(&[
                "№ п/п",
                "Найменування заходу",
                "Відмітка про виконання",
                "Примітка",
            ]),
            row(&["1", "Сайти", "+", "Сайт РДА переведено на нову платформу."]),
            row(&["2", "Рубрики на сайті ОДА", "не стосується", ""]),
            row(&["6", "Консультації", "+", ""]),
            row(&[
                "12",
                "Експертизи",
                "-",
                "Експертиз у 2013 році не проводилось.",
            ]),
        ],
        first_row: 1,
    };
    // (Row 2 is read, and the mapper finds it does not apply.)
    let segs = segment_table(&t);
    let got = numbers_and_texts(&segs);
    assert_eq!(
        got,
        vec![
            (vec![1], "Сайт РДА переведено на нову платформу."),
            (vec![2], "не стосується"),
            (vec![12], "Експертиз у 2013 році не проводилось."),
        ]
    );
}

#[test]
fn a_column_of_marks_and_the_notes_beside_it_are_the_report() {
    // "Захід | Відмітка | Примітка", the plan's number opening the measure's cell: the
    // marks ("+", "х") are no report, the notes are, and the number is the cell's.
    let t = Table {
        sheet: None,
        rows: vec![
            row(&["Захід", "Відмітка", "Примітка"]),
            row(&[
                "п.1 Сайт",
                "+",
                "На сторінці служби на сайті ОДА оновлено відомості.",
            ]),
            row(&["п.2 Рубрики на сайті ОДА", "х", ""]),
            row(&["п.8 Колегія", "немає", ""]),
            row(&["п.9 Обговорення проектів", "+", ""]),
            row(&["п.12 Громадські експертизи", "", ""]),
        ],
        first_row: 1,
    };
    let segs = segment_table(&t);
    assert_eq!(segs.len(), 1, "{segs:?}");
    assert_eq!(segs[0].numbers, vec![1]);
    assert_eq!(segs[0].reference, Reference::Explicit);
    assert_eq!(
        segs[0].text,
        "На сторінці служби на сайті ОДА оновлено відомості."
    );
    // A report column named as such ("Виконано (+/-)") of marks takes the notes beside
    // it; one of text keeps its own cells.
    let t = Table {
        sheet: None,
        rows: vec![
            row(&["Пункт плану", "Виконано (+/-)", "Примітка"]),
            row(&[
                "1",
                "+",
                "Оновлено розділи «Новини» офіційного веб-сайту РДА",
            ]),
            row(&["6", "+", ""]),
            row(&[
                "12",
                "+",
                "ГО проведено громадську антикорупційну експертизу",
            ]),
        ],
        first_row: 1,
    };
    let segs = segment_table(&t);
    let got = numbers_and_texts(&segs);
    assert_eq!(
        got,
        vec![
            (
                vec![1],
                "Оновлено розділи «Новини» офіційного веб-сайту РДА"
            ),
            (
                vec![12],
                "ГО проведено громадську антикорупційну експертизу"
            ),
        ]
    );
    let t = Table {
        sheet: None,
        rows: vec![
            row(&["Пункт плану", "Стан виконання", "Примітка"]),
            row(&[
                "6",
                "Проведено дві консультації з громадськістю",
                "лист від 12.03",
            ]),
        ],
        first_row: 1,
    };
    let segs = segment_table(&t);
    assert_eq!(segs[0].text, "Проведено дві консультації з громадськістю");
}

#[test]
fn a_sheet_of_periods_reads_every_period_column() {
    // "№ | Захід | І півріччя | ІІ півріччя": each period's column is part of the report;
    // a row whose periods hold only placeholders reports nothing.
    let t = Table {
        sheet: None,
        rows: vec![
            row(&["№ п/п плану", "Захід", "І півріччя", "ІІ півріччя"]),
            row(&["6", "Консультації", "Проведено 3 консультації.", "без змін"]),
            row(&["9", "Обговорення", "—", "—"]),
            row(&[
                "7",
                "Дорадчі органи",
                "—",
                "До ради включено двох членів ГО.",
            ]),
        ],
        first_row: 1,
    };
    let segs = segment_table(&t);
    let got = numbers_and_texts(&segs);
    assert_eq!(
        got,
        vec![
            (vec![6], "Проведено 3 консультації."),
            (vec![7], "До ради включено двох членів ГО."),
        ]
    );
}

#[test]
fn a_report_column_under_the_offices_own_heading() {
    // The measures' names, then a column headed in the office's own words: that column is
    // the report, and a row with nothing in it reports nothing (the measure's name is no
    // report).
    for heading in [
        "Інформація Громадської ради при облдержадміністрації",
        "Що зроблено радою у І півріччі",
    ] {
        let t = Table {
            sheet: Some("Аркуш1".into()),
            rows: vec![
                row(&[
                    "№",
                    "Захід плану (скорочено)",
                    "Виконавці",
                    heading,
                    "Примітка",
                ]),
                row(&["1", "Офіційні сайти ОДА, СП, РДА", "СП, РДА", "х", ""]),
                row(&[
                    "6",
                    "Консультації з громадськістю",
                    "СП, РДА",
                    "",
                    "уточнити",
                ]),
                row(&[
                    "7",
                    "Представники ІГС у дорадчих органах",
                    "СП, РДА",
                    "До 3 рад включено членів громадської ради.",
                    "",
                ]),
            ],
            first_row: 1,
        };
        let segs = segment_table(&t);
        assert_eq!(segs.len(), 1, "{heading}: {segs:?}");
        assert_eq!(segs[0].numbers, vec![7]);
        assert_eq!(segs[0].text, "До 3 рад включено членів громадської ради.");
    }
    // A column whose heading is unknown and whose cells state nothing is no report.
    let t = Table {
        sheet: None,
        rows: vec![
            row(&["№", "Найменування заходу", "Джерела фінансування"]),
            row(&["6", "Налагодити консультації", "У межах кошторису"]),
            row(&["7", "Залучати до роботи дорадчих органів", "Не потребує"]),
        ],
        first_row: 1,
    };
    assert!(
        segment_table(&t)
            .iter()
            .all(|s| s.text != "У межах кошторису"),
        "{:?}",
        segment_table(&t)
    );
}

#[test]
fn table_header_found_by_words() {
    let t = Table {
        sheet: Some("Звіт".into()),
        rows: vec![
            vec!["Інформація Бобровицької РДА".into()],
            vec![],
            vec![
                "№ з/п".into(),
                "Зміст заходу".into(),
                "Термін виконання".into(),
                "Стан виконання".into(),
            ],
            vec!["1".into(), "2".into(), "3".into(), "4".into()],
            vec![
                "6".into(),
                "Налагодити консультації".into(),
                "Постійно".into(),
                "Проведено 4 консультації".into(),
            ],
            vec![
                "п. 9".into(),
                "Залучати".into(),
                "Постійно".into(),
                "".into(),
            ],
        ],
        first_row: 1,
    };
    let segs = segment_table(&t);
    assert_eq!(segs.len(), 1);
    assert_eq!(segs[0].numbers, vec![6]);
    assert_eq!(segs[0].row, Some(5));
    assert_eq!(segs[0].text, "Проведено 4 консультації");
}

#[test]
fn number_cells() {
    let cases: &[(&str, &[u32])] = &[
        ("3–5, 10–11", &[3, 4, 5, 10, 11]),
        ("2, 8", &[2, 8]),
        ("13,14", &[13, 14]),
        ("п. 7", &[7]),
        ("пп. 1-2", &[1, 2]),
        ("11.", &[11]),
        ("№ 4", &[4]),
        ("2.3", &[]),
        ("1.1.", &[]),
        ("Проведено 3 наради", &[]),
    ];
    for (cell, want) in cases {
        assert_eq!(cell_numbers(cell), *want, "{cell}");
    }
}

#[test]
fn a_report_cell_that_only_repeats_its_measure_is_no_report() {
    let table = Table {
        sheet: None,
        first_row: 1,
        rows: vec![
            row(&["№ пункту плану", "Зміст заходу", "Стан виконання"]),
            row(&[
                "6",
                "Налагодити проведення консультацій з громадськістю",
                "Консультації з громадськістю",
            ]),
            row(&[
                "7",
                "Залучати до роботи дорадчо-консультативних органів",
                "Залучено 3 представники громадських організацій",
            ]),
            row(&["9", "Залучати членів громадських рад до обговорення", "0"]),
        ],
    };
    let segs = segment_table(&table);
    let numbers: Vec<Vec<u32>> = segs.iter().map(|s| s.numbers.clone()).collect();
    assert_eq!(numbers, vec![vec![7]]);
}

#[test]
fn placeholder_rows_and_paragraphs_give_no_items() {
    let t = Table {
        sheet: None,
        rows: vec![
            row(&["№", "Назва заходу", "Хід виконання"]),
            row(&["5", "Гаряча лінія", "х"]),
            row(&[
                "6",
                "Консультації",
                "Проведено дві консультації з громадськістю",
            ]),
            row(&["7", "Дорадчі органи", ""]),
            row(&["8", "Колегії", "–"]),
            row(&["9", "Обговорення", "немає"]),
        ],
        first_row: 1,
    };
    let segs = segment_table(&t);
    assert_eq!(segs.len(), 1, "{segs:?}");
    assert_eq!(segs[0].numbers, vec![6]);
    let m = mapper();
    let out = m.map_block(segment_text(
        "6. Проведено консультації.\n\n7. —\n\nп. 9 – немає",
    ));
    let got: Vec<Option<u32>> = out.iter().map(|x| x.measure).collect();
    assert_eq!(got, vec![Some(6)]);
}

#[test]
fn a_report_header_split_over_two_rows_keeps_both_columns() {
    // "Стан виконання" merged over two columns that a second header row names.
    let t = Table {
        sheet: None,
        rows: vec![
            row(&["№ з/п", "Зміст заходу", "Відповідальні", "Стан виконання"]),
            row(&[
                "",
                "",
                "",
                "виконано / не виконано",
                "зміст проведеної роботи",
            ]),
            row(&[
                "6",
                "Консультації з громадськістю",
                "Апарат РДА",
                "виконано",
                "Проведено 5 консультацій з громадськістю щодо бюджету",
            ]),
            row(&["9", "Обговорення проектів", "Апарат РДА", "х", "х"]),
            row(&[
                "10",
                "Комісія з питань відкритості",
                "Апарат РДА",
                "не виконано",
                "Заходи не проводились: громадська рада переформовується",
            ]),
        ],
        first_row: 1,
    };
    let segs = segment_table(&t);
    let got = numbers_and_texts(&segs);
    assert_eq!(
        got,
        vec![
            // ("виконано" alone says done, not what: a mark, left out as the "х" is.)
            (
                vec![6],
                "Проведено 5 консультацій з громадськістю щодо бюджету"
            ),
            (
                vec![10],
                "Заходи не проводились: громадська рада переформовується"
            ),
        ]
    );
}

/// A row that opens with a measure's number is data, though its report names "звіт".
#[test]
fn a_numbered_row_is_no_header() {
    let table = Table {
        sheet: None,
        rows: vec![
            row(&[
                "1",
                "Функціонує офіційний веб-сайт РДА, додано версію для людей з вадами зору.",
            ]),
            row(&[
                "6",
                "Проведено громадські слухання щодо звіту голови РДА за 2012 рік.",
            ]),
            row(&[
                "9",
                "Члени громадської ради обговорили проект розпорядження голови.",
            ]),
        ],
        first_row: 1,
    };
    let segs = segment_table(&table);
    let numbers: Vec<Vec<u32>> = segs.iter().map(|s| s.numbers.clone()).collect();
    assert_eq!(numbers, vec![vec![1], vec![6], vec![9]]);
}

#[test]
fn a_range_in_a_number_cell() {
    let t = Table {
        sheet: None,
        rows: vec![
            row(&["Пункт плану", "Що зроблено"]),
            row(&[
                "6-7",
                "Консультації проведено, представників громадськості залучено",
            ]),
            row(&["9, 12", "Проекти обговорено; експертизу проведено"]),
        ],
        first_row: 1,
    };
    let segs = segment_table(&t);
    assert_eq!(segs[0].numbers, vec![6, 7]);
    assert_eq!(segs[1].numbers, vec![9, 12]);
    // Bounded to the plan: the sample plan has no measure 12.
    let got: Vec<Option<u32>> = mapper().map_block(segs).iter().map(|x| x.measure).collect();
    assert_eq!(got, vec![Some(6), Some(7), Some(9)]);
}

/// An office's own plan numbering ("1.1", "2.3") beside a column of the oblast plan's.
#[test]
fn an_own_numbering_column_gives_way_to_the_plan_column() {
    let t = Table {
        sheet: None,
        rows: vec![
            row(&["№ за планом відділу", "Пункт плану області", "Виконання"]),
            row(&["1.1", "6", "Проведено громадські слухання"]),
            row(&[
                "2.3",
                "9",
                "Проект розпорядження обговорено з громадською радою",
            ]),
        ],
        first_row: 1,
    };
    let segs = segment_table(&t);
    assert_eq!(segs[0].numbers, vec![6]);
    assert_eq!(segs[1].numbers, vec![9]);
    assert!(segs.iter().all(|s| s.reference == Reference::Explicit));
}

/// A dash in the plan's number column beside the office's own point ("3.1 | Семінари для
/// працівників | — | Внутрішнє навчання …"): the writer put the row under none of the plan's
/// measures, so its words do not place it; an empty cell or a Roman numeral is no such mark.
#[test]
fn a_dash_in_the_plan_column_puts_the_row_under_no_measure() {
    let t = Table {
        sheet: None,
        rows: vec![
            row(&[
                "№",
                "Захід плану управління",
                "Пункт плану ОДА",
                "Стан виконання",
            ]),
            row(&[
                "1.1",
                "Актуалізація веб-сторінки",
                "1",
                "Веб-сторінку оновлено",
            ]),
            row(&[
                "3.1",
                "Семінари для працівників",
                "—",
                "Проведено навчання державних службовців з питань доступу до публічної \
                 інформації (2 семінари)",
            ]),
            row(&["3.2", "Навчання", "", "Проведено 2 семінари"]),
        ],
        first_row: 1,
    };
    let segs = segment_table(&t);
    assert_eq!(segs[1].reference, Reference::Disowned);
    assert_eq!(segs[2].reference, Reference::None);
    let out = shipped_mapper().map_block(segs);
    assert_eq!(out[0].measure, Some(1));
    assert_eq!(out[1].measure, None, "{:?}", out[1]);
    assert!(matches!(out[1].evidence, Evidence::Unsure { .. }));
}

/// A sheet of indicators ("№ з/п | Показник | Од. виміру | Значення | Пункт Плану"): the
/// plan's number column on the right numbers the rows, the value is the report, and a
/// dash for a value reports nothing.
#[test]
fn a_sheet_of_indicators_is_read_by_its_plan_column() {
    let t = Table {
        sheet: None,
        rows: vec![
            row(&["№ з/п", "Показник", "Од. виміру", "Значення", "Пункт Плану"]),
            row(&["1", "Кількість матеріалів на веб-сайті", "од.", "54", "1"]),
            row(&[
                "2",
                "Кількість консультацій з громадськістю",
                "од.",
                "2",
                "6",
            ]),
            row(&["3", "Кількість громадських експертиз", "од.", "—", "12"]),
        ],
        first_row: 1,
    };
    let segs = segment_table(&t);
    let numbers: Vec<Vec<u32>> = segs.iter().map(|s| s.numbers.clone()).collect();
    assert_eq!(numbers, vec![vec![1], vec![6]], "{segs:?}");
    let placed: Vec<Option<u32>> = mapper()
        .map_block(segs)
        .into_iter()
        .map(|m| m.measure)
        .collect();
    assert_eq!(placed, vec![Some(1), Some(6)]);
}

/// A running count beside the names of the measures, its placeholder rows left out, is
/// still the writer's count: the names decide.
#[test]
fn a_running_count_broken_by_placeholder_rows_gives_way_to_the_measures_names() {
    let placeholder = |n: &str| row(&[n, "Інший захід плану", "—"]);
    let t = Table {
        sheet: None,
        rows: vec![
            row(&["№ п/п", "Найменування заходу", "Стан виконання"]),
            row(&[
                "1",
                "Забезпечити приведення до вимог чинного законодавства інформаційне \
                     наповнення та функціонування офіційних Інтернет-сайтів",
                "Розділ «Відкритий уряд» на сайті наповнюється, розміщено 42 матеріали",
            ]),
            placeholder("2"),
            placeholder("3"),
            placeholder("4"),
            placeholder("5"),
            row(&[
                "6",
                "Залучати до роботи дорадчо-консультативних органів представників \
                     інститутів громадянського суспільства",
                "До складу координаційної ради включено трьох представників організацій",
            ]),
            row(&[
                "7",
                "Залучати членів громадських рад до громадського обговорення проектів \
                     розпоряджень, цільових програм, рішень",
                "Проект програми обговорено з членами громадської ради",
            ]),
        ],
        first_row: 1,
    };
    let out = mapper().map_block(segment_table(&t));
    assert_eq!(measures(&out), vec![Some(1), Some(7), Some(9)]);
}

/// A list of participants or listeners attached beside a report ("№ з/п | ПІБ | Посада |
/// Установа"): its numbers count the list's rows, and a name that shares words with a
/// measure ("Громадська рада при облдержадміністрації" in row 8) is no report on it.
#[test]
fn a_list_under_a_running_counts_heading_names_no_measure() {
    let m = mapper();
    let mut rows = vec![
        row(&[
            "Список слухачів семінару 26.11.2012 (попередня реєстрація)",
            "",
            "",
            "",
        ]),
        row(&["№ з/п", "ПІБ", "Посада", "Установа"]),
    ];
    for (n, org) in [
        "Управління освіти і науки облдержадміністрації",
        "Бобровицька районна державна адміністрація",
        "Громадська рада при облдержадміністрації",
        "Ніжинська районна державна адміністрація",
    ]
    .iter()
    .enumerate()
    {
        let n = (n + 6).to_string();
        rows.push(row(&[
            &n,
            "Андрієнко В.С.",
            "заступник начальника управління",
            org,
        ]));
    }
    let t = Table {
        sheet: Some("Аркуш1".into()),
        rows,
        first_row: 1,
    };
    let segs = segment_table(&t);
    assert!(segs.iter().all(|s| s.numbers.is_empty()), "{segs:?}");
    let out = m.map_block(segs);
    assert!(measures(&out).iter().all(Option::is_none), "{out:?}");
    // A first row of the data ("п. 1 | Проведено …") is no heading.
    let t = Table {
        sheet: None,
        rows: vec![
            row(&["п. 1", "На сайті РДА оновлено розділ «Громадська рада»"]),
            row(&["п. 6", "Відбулося три зустрічі з мешканцями сіл району"]),
            row(&["п. 9", "Підготовлено два листи з пропозиціями щодо змін"]),
        ],
        first_row: 1,
    };
    let segs = segment_table(&t);
    let numbers: Vec<Vec<u32>> = segs.iter().map(|s| s.numbers.clone()).collect();
    assert_eq!(numbers, vec![vec![1], vec![6], vec![9]], "{segs:?}");
}

/// Word's binary format runs two tables of a document together: a second heading row that
/// opens with a running count's heading, below rows of data, starts a table of its own, whose
/// numbers count its own rows (an appendix of statistics after the report's table).
#[test]
fn a_second_table_run_into_the_first_keeps_its_own_count() {
    let row = |cells: &[&str]| cells.iter().map(|c| c.to_string()).collect::<Vec<_>>();
    let t = Table {
        sheet: None,
        rows: vec![
            row(&["№ пункту Плану", "Зміст заходу", "Стан виконання"]),
            row(&[
                "1",
                "Інформаційне наповнення офіційного сайту",
                "Офіційний веб-сайт райдержадміністрації переведено на нову платформу",
            ]),
            row(&[
                "7",
                "Залучення представників ІГС до роботи дорадчих органів",
                "Представників громадських організацій включено до складу 6 дорадчих органів",
            ]),
            row(&[
                "№",
                "Вид громадських організацій",
                "Кількість",
                "Кількість членів (орієнтовно)",
                "Участь у роботі дорадчих органів",
            ]),
            row(&["1", "Молодіжні та дитячі", "19", "640", "2"]),
            row(&["2", "Ветеранські", "8", "1150", "4"]),
            row(&["3", "Організації осіб з інвалідністю", "6", "310", "2"]),
            row(&["4", "Спортивні", "5", "220", "0"]),
            // A third table, the report's again: its numbers are the plan's.
            row(&["№ пункту Плану", "Зміст заходу", "Стан виконання"]),
            row(&[
                "8",
                "Введення голів комітетів громадської ради до складу колегій",
                "Голову комітету громадської ради введено до складу колегії",
            ]),
            row(&[
                "12",
                "Сприяння проведенню громадських експертиз",
                "Громадська організація провела громадську експертизу діяльності відділу освіти",
            ]),
        ],
        first_row: 1,
    };
    let out = shipped_mapper().map_block(segment_table(&t));
    let measures: BTreeSet<u32> = out.iter().filter_map(|m| m.measure).collect();
    assert_eq!(measures, BTreeSet::from([1, 7, 8, 12]), "{out:?}");
}

/// A column of marks ("+", "х") with "без змін" or "не проводились" among them is still a
/// column of marks: the notes beside it say what was done, and a bare "+" says nothing.
#[test]
fn notes_beside_marks_and_bare_remarks_are_the_report() {
    let row = |cells: &[&str]| cells.iter().map(|c| c.to_string()).collect::<Vec<_>>();
    let t = Table {
        sheet: None,
        rows: vec![
            row(&[
                "№ пункту Плану",
                "Відмітка про виконання",
                "Примітка (документ, посилання)",
            ]),
            row(&[
                "1",
                "+",
                "Розділ «Громадське обговорення» веб-сторінки управління доповнено матеріалами \
                 щодо проекту обласної програми",
            ]),
            row(&["2", "+", ""]),
            row(&["7", "не проводились", ""]),
            row(&[
                "8",
                "+",
                "Голову комітету Громадської ради введено до складу колегії управління",
            ]),
            row(&["9", "без змін", ""]),
        ],
        first_row: 1,
    };
    let out = shipped_mapper().map_block(segment_table(&t));
    let measures: BTreeSet<u32> = out.iter().filter_map(|m| m.measure).collect();
    assert_eq!(measures, BTreeSet::from([1, 8]), "{out:?}");
}

/// A table laid on its side under a heading of its own ("Показник | п. 1 | п. 6 | п. 7")
/// whose rows below are the measure's content and its state: the state answers, the content
/// is the measure's name — an empty or "+" state is no report.
#[test]
fn a_table_on_its_side_with_content_and_state_rows_reads_the_state() {
    let t = Table {
        sheet: None,
        rows: vec![
            row(&["Показник", "п. 1", "п. 6", "п. 7"]),
            row(&[
                "Зміст заходу (скорочено)",
                "Офіційний веб-сайт",
                "Консультації з громадськістю",
                "Дорадчо-консультативні органи",
            ]),
            row(&[
                "Стан виконання",
                "Оновлено розділ «Громадянське суспільство» на сайті управління.",
                "",
                "+",
            ]),
            row(&["Примітка", "", "", ""]),
        ],
        first_row: 1,
    };
    let placed: Vec<u32> = shipped_mapper()
        .map_block(segment_table(&t))
        .into_iter()
        .filter_map(|x| x.measure)
        .collect();
    assert_eq!(placed, vec![1]);
}

/// A dash or "х" in the report's cell beside a note that states nothing done ("виконавці —
/// структурні підрозділи облдержадміністрації") is a placeholder row; a note that tells the
/// work beside "+" or even beside "х" is read.
#[test]
fn a_dash_beside_a_note_that_states_nothing_is_a_placeholder() {
    let t = Table {
        sheet: None,
        rows: vec![
            row(&["№ пункту плану", "Зміст заходу", "Стан виконання", ""]),
            row(&["", "", "виконано", "примітка"]),
            row(&[
                "2",
                "Створення рубрик на офіційному веб-сайті облдержадміністрації",
                "х",
                "виконавці — структурні підрозділи облдержадміністрації",
            ]),
            row(&[
                "6",
                "Проведення консультацій з громадськістю",
                "х",
                "проведено громадські слухання щодо проекту бюджету",
            ]),
            row(&[
                "8",
                "Включення голів комітетів до складу колегій",
                "+",
                "голову комітету введено до складу колегії управління",
            ]),
        ],
        first_row: 1,
    };
    let numbers: Vec<Vec<u32>> = segment_table(&t).into_iter().map(|s| s.numbers).collect();
    assert_eq!(numbers, vec![vec![6], vec![8]]);
    // "Х" ticking a form's column beside a count is an answer.
    let form = Table {
        sheet: None,
        rows: vec![
            row(&["№", "Захід", "Виконано", "Не виконано", "Примітка"]),
            row(&[
                "6",
                "Консультації з громадськістю",
                "Х",
                "",
                "12 консультацій, 340 учасників",
            ]),
        ],
        first_row: 1,
    };
    let numbers: Vec<Vec<u32>> = segment_table(&form)
        .into_iter()
        .map(|s| s.numbers)
        .collect();
    assert_eq!(numbers, vec![vec![6]]);
}

/// A bare "+" in a report column whose other rows tell in words takes its row's note: the
/// note says what was done. A "+" with no note says nothing.
#[test]
fn a_bare_plus_takes_its_note_where_other_rows_tell_in_words() {
    let t = Table {
        sheet: None,
        rows: vec![
            row(&["Захід", "Стан виконання", "Примітка"]),
            row(&[
                "1. Приведення офіційних сайтів до вимог законодавства",
                "Веб-сторінку управління оновлено, розміщено звіти про використання коштів",
                "",
            ]),
            row(&[
                "7. Залучення представників інститутів громадянського суспільства",
                "+",
                "",
            ]),
            row(&[
                "8. Введення голів комітетів Громадської ради до складу колегій",
                "+",
                "Голову комітету з гуманітарних питань введено до складу колегії управління",
            ]),
        ],
        first_row: 1,
    };
    let numbers: Vec<Vec<u32>> = segment_table(&t).into_iter().map(|s| s.numbers).collect();
    assert_eq!(numbers, vec![vec![1], vec![8]]);
    // A note that points elsewhere or names an executor is not the "+"'s work.
    let mut t = t;
    t.rows[2][2] = "проведено разом з членами громадської ради, див. також п. 9".into();
    t.rows[3][2] = "Виконавець — відділ кадрової роботи".into();
    let numbers: Vec<Vec<u32>> = segment_table(&t).into_iter().map(|s| s.numbers).collect();
    assert_eq!(numbers, vec![vec![1]]);
}

/// A table of offices across the plan's points ("Структурний підрозділ | п. 1 | п. 6 | п.
/// 7") is read by office, whatever words the offices' names hold ("заходів", "виконанням").
#[test]
fn a_table_of_offices_across_the_points_is_read_by_office() {
    let t = Table {
        sheet: None,
        rows: vec![
            row(&["Структурний підрозділ", "п. 1", "п. 6", "п. 7"]),
            row(&[
                "Відділ культури і туризму",
                "Оновлено сторінку відділу на сайті",
                "Проведено опитування",
                "",
            ]),
            row(&[
                "Відділ організаційних заходів",
                "",
                "Проведено 2 зустрічі з мешканцями",
                "Включено 2 представників ГО до ради",
            ]),
            row(&[
                "Відділ контролю за виконанням документів",
                "Розміщено 14 розпоряджень",
                "",
                "",
            ]),
        ],
        first_row: 1,
    };
    let mut numbers: Vec<u32> = segment_table(&t)
        .into_iter()
        .flat_map(|s| s.numbers)
        .collect();
    numbers.sort();
    numbers.dedup();
    assert_eq!(numbers, vec![1, 6, 7]);
}

/// A bare two-column table of a terse clerk ("1 | сайт оновл., розділ «Відкритий уряд»"):
/// the clipped participle states the work; placeholders beside it stay placeholders.
#[test]
fn a_terse_table_with_clipped_participles_answers_its_points() {
    let m = shipped_mapper();
    let t = Table {
        sheet: None,
        rows: vec![
            row(&["Менська РДА – ВУ, ІІ півр. 2013", ""]),
            row(&["1", "сайт оновл., розділ «Відкритий уряд»"]),
            row(&["6", "не проводились"]),
            row(&["7", "без змін"]),
            row(&["9", "обгов. проекту бюджету-2014 на засід. ГР"]),
            row(&["10", "+"]),
            row(&["12", "-"]),
        ],
        first_row: 1,
    };
    let placed: Vec<u32> = m
        .map_block_for(segment_table(&t), &[1, 6, 7, 9, 10, 12])
        .into_iter()
        .filter(|o| o.confidence >= 0.5)
        .filter_map(|o| o.measure)
        .collect();
    assert_eq!(placed, vec![1, 9]);
}
