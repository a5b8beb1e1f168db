//! The mapper's unit tests: plain data in, items out (the plan of `plan::tests` or the
//! shipped `config/plan.toml`).

use super::*;
use crate::analysis::plan::tests::sample_plan;

fn mapper() -> Mapper {
    Mapper::new(&sample_plan(), 0.5)
}

/// What a table gives: each segment's measure numbers and text.
fn numbers_and_texts(segs: &[Segment]) -> Vec<(Vec<u32>, &str)> {
    segs.iter()
        .map(|s| (s.numbers.clone(), s.text.as_str()))
        .collect()
}

/// A mapper of the plan zvit ships (config/plan.toml), keywords and all.
fn shipped_mapper() -> Mapper {
    let src = include_str!("../../../config/plan.toml");
    let plan = crate::config::parse_plan(std::path::Path::new("plan.toml"), src).unwrap();
    Mapper::new(&plan, 0.5)
}

#[test]
fn explicit_references() {
    assert_eq!(explicit_numbers("6. Проведено 4 консультації"), vec![6]);
    assert_eq!(explicit_numbers("п. 6 — проведено"), vec![6]);
    assert_eq!(explicit_numbers("Пункт 9: обговорено"), vec![9]);
    assert_eq!(explicit_numbers("До п. 9 повідомляємо"), vec![9]);
    assert_eq!(explicit_numbers("Щодо пункту 12 повідомляємо"), vec![12]);
    assert_eq!(explicit_numbers("Захід 3: створено"), vec![3]);
    assert_eq!(explicit_numbers("пп. 7, 9 — залучено"), vec![7, 9]);
    assert_eq!(explicit_numbers("Щодо пунктів 7 та 9"), vec![7, 9]);
    assert_eq!(explicit_numbers("пп. 6–9: виконано"), vec![6, 7, 8, 9]);
}

#[test]
fn numbers_that_are_not_measures() {
    assert!(explicit_numbers("1 березня 2013 року проведено семінар").is_empty());
    assert!(explicit_numbers("згідно з постановою № 996").is_empty());
    assert!(explicit_numbers("лист № 01-13/2183 від 12.12.2012").is_empty());
    assert!(explicit_numbers("Проведено 4 консультації").is_empty());
    assert!(explicit_numbers("1.1. Оновлено сайт району").is_empty());
    assert!(explicit_numbers("15.12.2012 проведено").is_empty());
    assert!(explicit_numbers("відповідно до п. 3 постанови КМУ").is_empty());
    // An instruction's point is its own, not the plan's.
    assert!(
        explicit_numbers("На виконання п. 4 доручення голови облдержадміністрації повідомляє.")
            .is_empty()
    );
    assert!(explicit_numbers("Во исполнение п. 2 поручения председателя").is_empty());
}

#[test]
fn prose_maps_by_similarity() {
    let m = mapper();
    let (n, c) = m.by_similarity("Протягом звітного періоду проведено чотири консультації з громадськістю щодо проекту бюджету");
    assert_eq!(n, Some(6), "{c}");
    let (n, _) = m.by_similarity(
        "Представників громадських організацій залучено до складу дорадчо-консультативних органів",
    );
    assert_eq!(n, Some(7));
    let (n, _) = m.by_similarity("Проведено консультации с общественностью по вопросам бюджета");
    assert_eq!(n, Some(6));
    let (n, c) = m.by_similarity("Погода сьогодні гарна");
    assert!(n.is_none() || c < 0.5);
}

#[test]
fn running_count_is_overruled_by_text() {
    let m = mapper();
    let segs = vec![
        Segment {
            text: "Проведено 4 консультації з громадськістю".into(),
            numbers: vec![1],
            reference: Reference::Bare,
            measure_text: None,
            sheet: None,
            row: Some(2),
        },
        Segment {
            text: "Членів громадської ради залучено до обговорення проектів розпоряджень".into(),
            numbers: vec![2],
            reference: Reference::Bare,
            measure_text: None,
            sheet: None,
            row: Some(3),
        },
    ];
    let out = m.map_block(segs);
    assert_eq!(out[0].measure, Some(6));
    assert_eq!(out[1].measure, Some(9));
}

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

/// A covering sentence that hands over the answers on measures in an attachment
/// ("Направляємо інформацію … по пп. 1, 6, 12 (таблиця у вкладенні)") states none of
/// them; without the attachment named, its numbers stand; a bare denial in the feminine
/// ("не проводилась") is a placeholder.
#[test]
fn a_covering_sentence_that_points_to_the_attachment_answers_nothing() {
    let m = mapper();
    let out = m.map_block(segment_text(
        "Направляємо інформацію Борзнянської РДА по пп. 1, 6, 12 плану заходів (таблиця у \
             вкладенні).",
    ));
    assert!(measures(&out).iter().all(Option::is_none), "{out:?}");
    // Nor one that only says where the answers are, with no covering verb, or sends the
    // reader to the table, or says they are set out there.
    for text in [
        "Семенівська РДА.\nІнформація за І півріччя 2013 року (план ВУ, пункти 1, 6, 7, 9, \
             10, 12) у вкладенні.",
        "Сосницька РДА надсилає інформацію щодо виконання Плану заходів з підвищення рівня \
             відкритості та прозорості діяльності виконавчої влади в області за ІІ півріччя \
             2013 року. Інформацію щодо пунктів з 6 по 9 та інших пунктів Плану див. у \
             таблиці (файл у форматі LibreOffice, якщо не відкриється - повідомте, перешлемо в \
             Excel).",
        "Інформацію за пп. 7, 9, 12 наведено в таблиці (додається).",
        // The enclosure named in brackets, or the file the answers are in.
        "Надаємо інформацію щодо виконання пунктів 1, 6–9 Плану заходів за ІІ півріччя 2013 \
             року (додаток на 3 арк.).",
        "Наша частина за І півріччя — у файлі (пункти 3, 4, 10).",
    ] {
        let out = m.map_block(segment_text(text));
        assert!(
            measures(&out).iter().all(Option::is_none),
            "{text}: {out:?}"
        );
    }
    let out = m.map_block(segment_text(
        "Надсилаємо інформацію по п. 6: проведено 2 консультації.",
    ));
    assert_eq!(measures(&out), vec![Some(6)]);
    // Work stated beside the table it is in stays a report.
    let out = m.map_block(segment_text(
        "По п. 6 проведено 3 громадські слухання, перелік див. у таблиці.",
    ));
    assert_eq!(measures(&out), vec![Some(6)]);
    assert!(is_placeholder("не проводилась"));
}

/// A line that introduces answers given below under their own numbers answers none of
/// them.
#[test]
fn a_line_introducing_numbered_answers_answers_nothing_itself() {
    let m = shipped_mapper();
    let out = m.map_block(segment_text(
        "Доповнення до інформації (п. 7, 10, 12):\n\n\
             п. 7 - до складу районної комісії з питань захисту прав дитини включено \
             представників ГО «Носівська громада».\n\n\
             п. 10 - громадській раді при РДА рекомендовано утворити робочу групу з питань \
             відкритості.\n\n\
             п. 12 - не проводились.",
    ));
    let mut got: Vec<u32> = measures(&out).into_iter().flatten().collect();
    got.sort();
    got.dedup();
    assert_eq!(got, vec![7, 10], "{out:?}");
    // Answers sought only close below: a line whose numbers come again only far down is
    // read as before (and a stranger's thousands of lines cost no square).
    let far = format!(
        "Доповнення до інформації (п. 7, 10):\n\n{}п. 7 - до складу комісії включено \
             представників ГО.\n\nп. 10 - громадській раді рекомендовано утворити робочу \
             групу з питань відкритості.",
        "Засідання колегії відбулося у звичайному порядку.\n\n".repeat(INTRODUCED_WITHIN)
    );
    let out = m.map_block(segment_text(&far));
    assert!(
        out.iter().any(|o| o.text.starts_with("Доповнення")),
        "{out:?}"
    );
}

/// A covering letter's list of enclosures counts its papers ("2. Зведена інформація
/// сільських рад на 1 арк."): no measure; a line that states work stays a report.
#[test]
fn a_list_of_enclosures_names_no_measure() {
    let m = mapper();
    let out = m.map_block(segment_text(
        "Додаток:\n1. Інформація райдержадміністрації на 2 арк.\n2. Зведена інформація \
             сільських рад на 1 арк., в 1 прим.\n3. Отчет отдела культуры на 3 л.",
    ));
    assert!(measures(&out).iter().all(Option::is_none), "{out:?}");
    // The commas of a list of numbers; a note in brackets after the count.
    for text in [
        "Додаток: 1. Інформація щодо пп. 6, 9 на 1 арк.",
        "2. Копія розпорядження від 30.12.2011 № 611 на 3 арк. (поштою)",
    ] {
        let out = m.map_block(segment_text(text));
        assert!(
            measures(&out).iter().all(Option::is_none),
            "{text}: {out:?}"
        );
        assert!(covering::lists_an_enclosure(text), "{text}");
    }
    for text in [
        "6. Проведено громадські слухання, протокол додається на 2 арк.",
        "6. Проведено громадські слухання (протокол на 2 арк.)",
    ] {
        let out = m.map_block(segment_text(text));
        assert_eq!(measures(&out), vec![Some(6)], "{text}");
    }
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

/// A count from one under a paragraph that names one measure ("Про виконання п. 13 Плану") is
/// that measure's parts, not measures 1, 2, 3 — its sub-items ("1)", "2)") beside.
#[test]
fn a_count_under_a_named_measure_numbers_its_parts() {
    let m = shipped_mapper();
    // (As a document's paragraphs come: the sub-items "2)", "3)" on their own.)
    let seg = |text: &str, n: u32, reference: Reference| Segment {
        text: text.to_string(),
        numbers: vec![n],
        reference,
        measure_text: None,
        sheet: None,
        row: None,
    };
    let segs = vec![
        seg("Про виконання п. 13 Плану заходів", 13, Reference::Explicit),
        seg(
            "1. Відповідно до наказу Центру від 15.01.2013 № 3-о проведено 4 навчальні семінари.",
            1,
            Reference::Bare,
        ),
        seg("2. Навчання пройшли 87 осіб.", 2, Reference::Bare),
        seg(
            "3. Програма семінарів включала:\n1) порядок проведення заходів;",
            3,
            Reference::Bare,
        ),
        seg("2) організацію роботи з документами;", 2, Reference::Bare),
        seg("3) роботу з кадрами.", 3, Reference::Bare),
        seg(
            "4. За підсумками семінарів слухачі отримали свідоцтва.",
            4,
            Reference::Bare,
        ),
    ];
    let got: Vec<u32> = m.map_block(segs).iter().filter_map(|x| x.measure).collect();
    assert!(got.iter().all(|&n| n == 13) && got.contains(&13), "{got:?}");
}

/// A block that answers a range at once and says in a sentence of its own that one measure of
/// it does not apply: that one is not applicable, the others stand.
#[test]
fn a_range_carves_out_the_measure_it_says_does_not_apply() {
    let m = shipped_mapper();
    for (text, carved) in [
        (
            "Заходи, передбачені пунктами з 6 по 9 плану, виконуються частково: проведено 2 \
             засідання громадської ради. Введення голів комітетів до складу колегій (п. 8) \
             райдержадміністрації не стосується.",
            vec![8],
        ),
        (
            "Пп. 6-9, 12: консультації проводяться щокварталу, громадська рада працює. \
             Пункти 9 і 12 управління не стосуються.",
            vec![9, 12],
        ),
    ] {
        let out = m.map_block(segment_text(text));
        let measures = |na: bool| {
            let mut v: Vec<u32> = out
                .iter()
                .filter(|i| i.not_applicable == na)
                .filter_map(|i| i.measure)
                .collect();
            v.sort();
            v
        };
        assert_eq!(measures(true), carved, "{text}: {out:?}");
        assert!(!measures(false).is_empty(), "{text}: {out:?}");
    }
}

#[test]
fn not_applicable_is_marked() {
    let m = mapper();
    let out = m.map_block(segment_text("7. Не стосується."));
    assert!(out[0].not_applicable);
    assert_eq!(out[0].measure, Some(7));
    // Under the quoted item of the plan, however long.
    // (The sample plan's item is short: twice over it is as long as the real one.)
    let item = "Залучати до роботи дорадчо-консультативних органів при органах виконавчої \
                    влади представників інститутів громадянського суспільства";
    let under = format!("7. {item}, {item}.\nНе стосується.");
    let seg = Segment {
        text: under,
        numbers: vec![7],
        reference: Reference::Explicit,
        measure_text: None,
        sheet: None,
        row: None,
    };
    let out = m.map_block(vec![seg]);
    assert!(out.iter().all(|i| i.not_applicable), "{out:?}");
    // Measures not given to the office are not applicable to it either.
    for text in [
        "Звертаємо увагу, що пп. 3–5, 10–11 плану головному управлінню не доручались.",
        "П. 12 Плану нам не доручено.",
        "Пункты 3-5 управлению не поручались.",
        "Інформацію щодо пп. 2-5 не надаємо, оскільки райдержадміністрація не є їх \
             виконавцем.",
        "По пп. 2-5 управление не является исполнителем.",
        // The words wrapped at the end of a line.
        "Інформацію за п.п. 3-5, 10, 11 не подаємо, оскільки управління не\nє їх виконавцем.",
        "Пункты 3-5 нам не\r\nпоручались.",
        // Outside the office's competence, the verb after it or in the plural.
        "Пункти 2, 4–6 Плану до компетенції районної ради не належать.",
        "Пп. 7-9 в компетенцию совета не входят.",
    ] {
        let out = m.map_block(segment_text(text));
        assert!(
            !out.is_empty() && out.iter().all(|i| i.not_applicable),
            "{text}: {out:?}"
        );
    }
}

/// Measure-number expressions in text, in several wordings: one number per measure.
#[test]
fn ranges_and_lists_in_text() {
    let cases: &[(&str, &[u32])] = &[
        ("пп. 2-4, 11: виконано", &[2, 3, 4, 11]),
        ("п.п. 3, 5 – 7 Плану: проведено", &[3, 5, 6, 7]),
        ("Пункти з 4 по 6 плану виконуються", &[4, 5, 6]),
        ("З 10 по 12 пункти: створено комісії", &[10, 11, 12]),
        ("Стосовно пунктів 5 і 8 повідомляємо", &[5, 8]),
        ("Відносно пунктів 2; 14 та 15 — без змін", &[2, 14, 15]),
        ("пп. 1—3, 9–10 (див. додаток)", &[1, 2, 3, 9, 10]),
        (
            "По пунктам 2, 5-7 и 13 плана мероприятий",
            &[2, 5, 6, 7, 13],
        ),
        ("на сайті (п.3) та у форумі (п. 4)", &[3, 4]),
        // Ordinals: "з 6-го по 9-й", "6-му пункті".
        ("По заходах з 6-го по 9-й Плану: проведено", &[6, 7, 8, 9]),
        ("З 2-го по 4-й пункти виконано", &[2, 3, 4]),
        (
            "З 10 по 12. Рекомендацію надано громадській раді.",
            &[10, 11, 12],
        ),
        ("з 10-го по 12-й: створено комісії", &[10, 11, 12]),
        // A date after it is no heading range.
        ("З 10 по 12. 06. 2013 проведено слухання", &[]),
        ("п. 7-й: залучено членів ради", &[7]),
        ("пп. 6-9, 12", &[6, 7, 8, 9, 12]),
        // A heading line of numbers after "№№".
        ("№№ 6, 9:\n- проведено 5 консультацій", &[6, 9]),
        ("№№ 2–4:", &[2, 3, 4]),
        // "№№" before documents' numbers, or with words after the list, is no heading.
        ("№№ 12, 15 від 03.02.2012 розпоряджень", &[]),
        ("розпорядження №№ 12, 15:", &[]),
        // A line that opens with "№"/"№№", its numbers and a dash answers them; a document's
        // number with its date does not.
        ("№№ 9, 10 — члени громадської ради взяли участь", &[9, 10]),
        ("№3 - веб-ресурс працює", &[3]),
        ("№ 4 від 12.03.2013 затверджено склад ради", &[]),
        // The writer's own number before a reference that opens the item.
        (
            "1) Пункты с 6 по 9 — проведено 5 консультаций",
            &[6, 7, 8, 9],
        ),
        ("2) пункт 12 - проведено експертизу", &[12]),
    ];
    for (text, want) in cases {
        assert_eq!(explicit_numbers(text), *want, "{text}");
    }
}

/// A dash that separates a clause is not a range; dates and decimals are not numbers.
#[test]
fn number_expressions_stop_where_numbers_end() {
    assert_eq!(explicit_numbers("п. 5 – 3 засідання проведено"), vec![5]);
    assert_eq!(
        explicit_numbers("п. 8 - 2 особи введено до колегії"),
        vec![8]
    );
    assert_eq!(parse_numbers("2.3 плану управління").0, Vec::<u32>::new());
    assert_eq!(parse_numbers("1–40").0, vec![1]);
    // "з 6" that no "по 9" ends counts items; it names no measure.
    assert_eq!(
        explicit_numbers("Розроблено план заходів з 6 пунктів."),
        Vec::<u32>::new()
    );
    assert_eq!(
        explicit_numbers("Пункти з 6 по 9 виконано."),
        vec![6, 7, 8, 9]
    );
    assert_eq!(
        explicit_numbers("п. 4 розпорядження № 12 від 03.02.2012"),
        Vec::<u32>::new()
    );
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
fn a_range_gives_one_item_per_measure() {
    let m = mapper();
    let out = m.map_block(segment_text(
        "пп. 6–7, 9: проведено консультації, залучено громадськість",
    ));
    let got: Vec<Option<u32>> = out.iter().map(|x| x.measure).collect();
    assert_eq!(got, vec![Some(6), Some(7), Some(9)]);
    assert!(out.iter().all(|x| x.text == out[0].text));
}

#[test]
fn placeholders_are_no_report() {
    for p in [
        "—",
        "-",
        "–",
        "х",
        "Х",
        "x",
        " - ",
        "-/-",
        "немає",
        "Немає.",
        "нет",
        "",
        "  ",
        "0",
        "н/д",
        "N/A",
        "-//-",
        "—(0)",
        "…",
        "+",
        "✓",
        "(+)",
        // "Unchanged" refers to an earlier answer and states nothing of its own.
        "без змін",
        "Без змін.",
        "залишається без змін",
        "Без изменений",
        "інформація без змін",
        "Информация остается без изменений",
        // A placeholder that points to another answer is still one.
        "Без змін (див. інформацію за І півріччя)",
        "— (см. предыдущий отчет)",
        // An answer that only sends the reader to another paper states nothing here.
        "див. наш лист від 14.06.2013",
        "Див. наказ, що додається",
        "(див. додаток)",
        "см. предыдущий отчет",
        // So does one that says the information was in another letter.
        "інформація була в нашому листі від 12.06.2013",
        "Информация была в письме от 14.06.2013 № 02-17/845",
        // Or only says when, a year too.
        "У IV кварталі.",
        "у 2013 р.",
        // A placeholder over lines that state nothing done: a promise, the writer's name.
        "не було\nОригінал листа в понеділок надішлю з роботи.\nКравець О.М., загальний відділ",
    ] {
        assert!(is_placeholder(p), "{p:?}");
    }
    for r in [
        "Без змін у складі колегії, введено ще 2 членів ради",
        "- проведено 2 наради",
        "Х-ray",
        "Немає потреби: створено раніше",
        "+ 2 наради",
        "3",
        "Семінари не проводились через карантин, проведено 2 онлайн-консультації",
        "Не стосується компетенції відділу",
        "Не проводилось у I півріччі 2013 р.",
        "Не заплановано; проведено опитування",
        // A referral after an answer of its own leaves the answer.
        "Проведено 2 наради (див. додаток)",
        "Див. додаток: проведено 3 консультації з громадськістю",
        "Інформацію про консультації опубліковано в листі-зверненні до громадян",
        "у IV кварталі проведено 2 слухання",
        "на майданчику біля РДА",
        "у 2013 р. проведено 2 слухання",
        "—\nпроведено 2 консультації з громадськістю",
    ] {
        assert!(!is_placeholder(r), "{r:?}");
    }
    // A line that only negates the action says nothing done: no report, by its shape.
    for p in [
        "Заходи не проводились",
        "не проводилось",
        "Не проводились.",
        "Не було",
        "заходи не здійснювались",
        "не заплановано",
        "Ні",
        "Мероприятия не проводились",
        "Не проводилось.",
        "не было",
        "не осуществлялись",
        "Роботи не проводилось",
        // The information itself said to be missing.
        "Інформація відсутня.",
        "даних немає",
        "Информация отсутствует",
    ] {
        assert!(is_placeholder(p), "{p:?}");
    }
    assert!(!is_placeholder("Інформація відсутня на сайті розміщена"));
}

/// Prose typed without wrapping: each line is a paragraph, and a short one that states
/// something about the work is one too (it was taken for a greeting or a name).
#[test]
fn unwrapped_lines_are_paragraphs_and_a_short_statement_is_kept() {
    let long = "за півріччя проведено консультації з громадськістю по проекту регіональної \
                    програми соціальної підтримки малозабезпечених верств населення на \
                    2013-2015 роки, результати консультацій оприлюднено, пропозиції \
                    громадськості враховано у проекті програми";
    assert!(long.chars().count() > 200);
    let text = format!(
        "{long}\nтакож до складу ради включено двох представників ГО\n\
             громадських експертиз не проводилось"
    );
    let segs: Vec<String> = segment_text(&text).into_iter().map(|s| s.text).collect();
    assert_eq!(
        segs,
        vec![
            long.to_string(),
            "також до складу ради включено двох представників ГО".to_string(),
            "громадських експертиз не проводилось".to_string(),
        ]
    );
    // Lines of 140 letters or more are no mail client's wrapping either.
    let text = "на сайті рда оновили розділ доступ до публічної інформації, тепер там всі \
                    розпорядження голови за 2013 рік і звіти про використання коштів району\n\
                    громадська рада при рда створила в себе робочу групу з питань відкритості";
    assert_eq!(segment_text(text).len(), 2);
    // Wrapped lines stay one paragraph; a greeting or a name stays out.
    let wrapped = "Проведено консультації з громадськістю\nщодо проекту програми.";
    assert_eq!(segment_text(wrapped).len(), 1);
    assert!(segment_text("Добрий день!\n\nОлена Петренко").is_empty());
}

/// A running count whose items agree with their numbers as often as they point elsewhere
/// is the writer's own ("1." the site, "2." consultations): the text decides.
#[test]
fn a_count_that_agrees_as_often_as_it_disagrees_is_the_writers() {
    let mut plan = sample_plan();
    let mut rubrics = plan.measures[0].clone();
    rubrics.number = 2;
    rubrics.text = "Створити на офіційному сайті рубрики «Хід виконання цільових програм», \
                        «Виконання місцевих бюджетів»"
        .into();
    rubrics.keywords = vec!["рубрик".into()];
    plan.measures.push(rubrics);
    let m = Mapper::new(&plan, 0.5);
    let out = m.map_block(segment_text(
        "1. Офіційний сайт управління оновлено, інформаційне наповнення приведено до вимог \
             законодавства.\n\n2. Проведено консультації з громадськістю з питань формування \
             регіональної політики.",
    ));
    assert_eq!(measures(&out), vec![Some(1), Some(6)]);
}

/// An answer that only repeats one of the plan's terms ("Пункт 1 – постійно.") or only
/// says when ("У IV кварталі.") states nothing; a term inside an answer of its own does
/// not silence it.
#[test]
fn an_answer_that_only_repeats_a_term_of_the_plan_is_no_report() {
    let m = shipped_mapper();
    let measures = |text: &str| -> Vec<u32> {
        m.map_block(segment_text(text))
            .into_iter()
            .filter(|o| o.confidence >= 0.5)
            .filter_map(|o| o.measure)
            .collect()
    };
    assert_eq!(measures("Пункт 1 – постійно."), Vec::<u32>::new());
    assert_eq!(measures("п. 14 - до 1 січня 2013 року"), Vec::<u32>::new());
    // Repeated in Russian, or in capitals.
    assert_eq!(measures("П.1 - ПОСТОЯННО"), Vec::<u32>::new());
    assert_eq!(measures("п. 13 - до 1 марта 2013 года"), Vec::<u32>::new());
    assert_eq!(
        measures("Пункт 1 – постійно оновлюється розділ «Новини» на сайті РДА."),
        vec![1]
    );
    // Nor does an answer that only says when: a time is no deed.
    for text in [
        "п. 15 - У IV кварталі.",
        "п. 15 – до кінця 2013 р.",
        "п. 6 — протягом ІІ півріччя",
        "п. 9 - в грудні",
    ] {
        assert_eq!(measures(text), Vec::<u32>::new(), "{text}");
    }
    assert_eq!(
        measures("п. 6 - у IV кварталі проведено 2 слухання."),
        vec![6]
    );
}

/// "Не було." typed under a quoted item of the plan says nothing, as in a table's row;
/// under the writer's own short heading the same shape is no copy of the plan.
#[test]
fn a_bare_answer_under_a_quoted_item_of_the_plan_is_a_placeholder() {
    let m = mapper();
    let placed = |text: &str| -> Vec<Option<u32>> {
        m.map_block(segment_text(text))
            .iter()
            .map(|x| x.measure)
            .collect()
    };
    let item = "7. Залучати до роботи дорадчо-консультативних органів при органах \
                    виконавчої влади представників інститутів громадянського суспільства.";
    assert_eq!(placed(&format!("{item}\nНе було.")), vec![]);
    // The item translated, over lines of its own, and a bare answer under it.
    let translated = "7. Привлекать к работе консультативно-совещательных органов при \
                      органах\nисполнительной власти представителей институтов гражданского \
                      общества.";
    for answer in ["Не проводились.", "Не касается.", "-", "Выполняется."]
    {
        let got = m.map_block(segment_text(&format!("{translated}\n{answer}")));
        assert!(
            got.iter().all(|x| x.measure.is_none() || x.not_applicable),
            "{answer}: {got:?}"
        );
    }
    assert_eq!(
        placed(&format!(
            "{translated}\nВ состав совета включены два представителя ОО."
        )),
        vec![Some(7)]
    );
    assert_eq!(
        placed(&format!(
            "{item}\nДо складу ради включено двох представників ГО."
        )),
        vec![Some(7)]
    );
}

#[test]
fn prose_that_denies_a_measures_subject_answers_it() {
    let m = mapper();
    let placed = |text: &str| -> Vec<Option<u32>> {
        m.map_block(segment_text(text))
            .iter()
            .map(|x| x.measure)
            .collect()
    };
    // The plan's own word for the subject, denied: the office has answered on it.
    for text in [
        "Консультацій з громадськістю у звітному періоді не проводилось.",
        "Консультации с общественностью в отчетном периоде не проводились.",
    ] {
        assert_eq!(placed(text), vec![Some(6)], "{text}");
    }
    // Without the subject's own word a denial answers nothing.
    for text in [
        "Заходи у звітному періоді не проводились.",
        "Засідань з громадськістю у звітному періоді не проводилось.",
    ] {
        assert!(placed(text).iter().all(Option::is_none), "{text}");
    }
}

#[test]
fn promises_inside_a_report_give_no_items() {
    let m = mapper();
    for text in [
        "п. 6 – проведено дві консультації з громадськістю.\n\nІнформація по п. 10, 12 буде \
             надана додатково.",
        "Пункт 6: проведено дві консультації з громадськістю.\n\nПо пунктам 10 и 12 \
             информация будет предоставлена дополнительно.",
        "6. Проведено дві консультації з громадськістю.\n\n10, 12. Інформацію надамо до \
             кінця місяця.",
    ] {
        let out = m.map_block(segment_text(text));
        let got: Vec<Option<u32>> = out.iter().map(|x| x.measure).collect();
        assert_eq!(got, vec![Some(6)], "{text}");
    }
}

#[test]
fn a_signature_after_the_closing_is_no_report() {
    let m = mapper();
    for text in [
        "п. 6 – проведено дві консультації з громадськістю.\n\nЗ повагою,\nНачальник \
             відділу культури і туризму\nрайдержадміністрації\n\nО.П. Коваленко\nтел. (04653) \
             2-14-55\nВідділ інформаційної діяльності та комунікацій з громадськістю",
        "Пункт 6: проведено дві консультації з громадськістю.\nС уважением\n\nГлавный \
             специалист сектора по вопросам внутренней политики\nИванова Н.С.\n+380 97 123 45 67\n\
             Общественный совет при райгосадминистрации",
        "6. Проведено дві консультації з громадськістю.\n\nЗ повагою\nзаступник голови \
             громадської ради\nПетренко\nelectronic mail: gr@example.org",
        // A first name that ends as a past tense does ("Людмила") is a name.
        "6. Проведено дві консультації з громадськістю.\n\nЗ повагою\nГорбань Людмила\n\
             сектор організаційно-аналітичної роботи з громадськістю\n(0462) 67-71-08",
    ] {
        let out = m.map_block(segment_text(text));
        let got: Vec<Option<u32>> = out.iter().map(|x| x.measure).collect();
        assert_eq!(got, vec![Some(6)], "{text}");
    }
}

#[test]
fn two_paragraphs_in_order_are_no_order_for_a_third() {
    let m = mapper();
    let website = "Офіційний сайт управління наповнюється відповідно до вимог законодавства: розміщено розпорядження та звіти.";
    let advisory = "Представники громадських організацій введені до складу дорадчо-консультативних органів при управлінні.";
    let middle = "Проведено публічне обговорення проекту програми розвитку садівництва з громадськістю щодо регіональної політики.";
    // Unsure alone; first, then two paragraphs of which only one follows it in the plan's
    // order: two paragraphs in a row say nothing of the letter's order, so it stays unsure.
    assert_eq!(m.map_block(segment_text(middle))[0].measure, None);
    let letter = format!("{middle}\n\n{advisory}\n\n{website}");
    let out = m.map_block(segment_text(&letter));
    assert_eq!(measures(&out), vec![None, Some(7), Some(1)]);
}

#[test]
fn prose_paragraphs_follow_the_plans_order() {
    let m = mapper();
    let website = "Офіційний сайт управління наповнюється відповідно до вимог законодавства: розміщено розпорядження та звіти.";
    let advisory = "Представники громадських організацій введені до складу дорадчо-консультативних органів при управлінні.";
    // A middle paragraph the text alone leaves unsure is placed by its neighbours.
    let cases = [
        "Проведено публічне обговорення проекту програми розвитку садівництва з громадськістю щодо регіональної політики.",
    ];
    for middle in cases {
        let alone = m.map_block(segment_text(middle));
        assert_eq!(alone[0].measure, None, "{middle}");
        let letter = format!("{website}\n\n{middle}\n\n{advisory}");
        let out = m.map_block(segment_text(&letter));
        assert_eq!(measures(&out), vec![Some(1), Some(6), Some(7)], "{middle}");
        assert!(matches!(out[1].evidence, Evidence::Order { .. }));
        assert!(out[1].evidence.to_string().starts_with("порядок у листі"));
        // In another order, the neighbours do not put it under 6.
        let shuffled = format!("{advisory}\n\n{middle}\n\n{website}");
        let out = m.map_block(segment_text(&shuffled));
        assert_ne!(out[1].measure, Some(6), "{middle}");
    }
    // A sure reading of its own stands, out of the order as it is: the neighbours place
    // only what the text leaves unsure.
    let sure = "Громадськість залучено до обговорення проекту цільової програми з питань формування політики в галузі туризму.";
    let alone = m.map_block(segment_text(sure));
    assert_eq!(alone[0].measure, Some(9));
    let letter = format!("{website}\n\n{sure}\n\n{advisory}");
    let out = m.map_block(segment_text(&letter));
    assert_eq!(measures(&out), vec![Some(1), Some(9), Some(7)]);
}

#[test]
fn a_covering_word_inside_a_statement_of_work_is_report_text() {
    // (text, covering letter)
    let cases = [
        ("Надсилаємо інформацію про виконання плану заходів.", true),
        ("З повагою, начальник управління", true),
        (
            "У розділі сайту оприлюднено звіт про виконання програми розвитку тваринництва.",
            false,
        ),
        (
            "Голова комітету Громадської ради працює у складі колегії управління з лютого 2013 року.",
            false,
        ),
    ];
    for (text, covering) in cases {
        assert_eq!(is_covering_text(text), covering, "{text}");
    }
}

#[test]
fn one_shared_word_is_no_evidence() {
    let m = mapper();
    for text in [
        "Надсилаю з особистої пошти, бо офіційна не працює.",
        "Інформацію підготовлено відділом регіональної економіки.",
    ] {
        let out = m.map_block(segment_text(text));
        assert!(out.iter().all(|x| x.measure.is_none()), "{text}: {out:?}");
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

fn row(cells: &[&str]) -> Vec<String> {
    cells.iter().map(|c| c.to_string()).collect()
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

fn measures(out: &[Mapped]) -> Vec<Option<u32>> {
    out.iter().map(|x| x.measure).collect()
}

/// The writer's own "1. 2. 3." over text about other measures: the text decides.
#[test]
fn own_paragraph_numbers_give_way_to_text() {
    let m = mapper();
    let out = m.map_block(segment_text(
        "1. Офіційний сайт оновлено відповідно до вимог законодавства.\n\
             2. Проведено три консультації з громадськістю щодо програми розвитку.\n\
             3. Членів громадської ради залучено до обговорення проектів розпоряджень.",
    ));
    assert_eq!(measures(&out), vec![Some(1), Some(6), Some(9)]);
}

/// A letter quoting each measure's wording as a paragraph of its own, the answer in the
/// paragraph under it: the quoted wording is no report; "Не стосується" under it says
/// nothing; the answer is its measure's, and what the answer says decides (the wording's
/// own "Залучати …" is no plan of the writer's).
#[test]
fn quoted_measures_as_paragraphs_head_their_answers() {
    let m = mapper();
    let seg = |text: &str, numbers: Vec<u32>| Segment {
        text: text.into(),
        reference: if numbers.is_empty() {
            Reference::None
        } else {
            Reference::Bare
        },
        numbers,
        measure_text: None,
        sheet: None,
        row: None,
    };
    let out = m.map_block(vec![
            seg(
                "6. Налагодити на регулярній основі роботу по проведенню консультацій з \
                 громадськістю з питань формування і реалізації державної та регіональної політики.",
                vec![6],
            ),
            seg("У березні проведено електронні консультації щодо Стратегії.", vec![]),
            seg(
                "7. Залучати до роботи дорадчо-консультативних органів при органах виконавчої \
                 влади представників інститутів громадянського суспільства.",
                vec![7],
            ),
            seg("Не стосується.", vec![]),
            seg(
                "9. Залучати членів громадських рад при органах виконавчої влади до громадського \
                 обговорення проектів розпоряджень, цільових програм, рішень.",
                vec![9],
            ),
        ]);
    assert_eq!(measures(&out), vec![Some(6), Some(7)], "{out:?}");
    assert!(
        out[0].text.contains("електронні консультації"),
        "{}",
        out[0].text
    );
    assert!(!out[0].not_applicable && out[1].not_applicable, "{out:?}");
    // The wording with an answer after a dash is an answer, not a heading; a table's row
    // is never joined to a heading above it.
    let mut row = seg("Проведено слухання щодо бюджету.", vec![]);
    row.row = Some(3);
    let out = m.map_block(vec![
        seg(
            "7. Залучати до роботи дорадчо-консультативних органів при органах виконавчої \
                 влади представників інститутів громадянського суспільства – виконується.",
            vec![7],
        ),
        seg(
            "9. Залучати членів громадських рад при органах виконавчої влади до громадського \
                 обговорення проектів розпоряджень, цільових програм, рішень.",
            vec![9],
        ),
        row,
    ]);
    assert_eq!(measures(&out)[0], Some(7), "{out:?}");
    assert!(out.iter().all(|x| !x.text.starts_with("9.")), "{out:?}");
}

/// A signature's position and name straight under the last answer (no blank line, as a
/// document's paragraphs come) is no part of that answer: "без змін" stays a placeholder.
#[test]
fn a_signature_under_the_last_answer_is_not_part_of_it() {
    let m = mapper();
    for name in [
        "Заступник голови райдержадміністрації М. І. Сидорчук",
        "Заступник голови райдержадміністрації Сидорчук М.І.",
        "Заступник голови райдержадміністрації М.Сидорчук",
        "Головний спеціаліст відділу організаційної роботи та інформаційної діяльності \
             апарату райдержадміністрації М. Сидорчук",
    ] {
        let text =
            format!("п. 6 – проведено 2 консультації з громадськістю;\nп. 1 – без змін.\n{name}");
        let segs = segment_text(&text);
        assert!(
            segs.iter().all(|s| !s.text.contains("Сидорчук")),
            "{segs:?}"
        );
        assert_eq!(measures(&m.map_block(segs)), vec![Some(6)], "{name}");
    }
    // A line of the report that names a person is no signature, nor are the lines after.
    let segs = segment_text(
        "п. 6 – проведено 2 консультації;\nп. 7 – головою ради обрано члена ГО І. Петренка\n\
             Утворено комісію у складі 5 осіб.\nГолова комісії — О. Коваль\n\
             Громадських експертиз не проводилось.",
    );
    let all: String = segs.iter().map(|s| s.text.as_str()).collect();
    for kept in ["Петренка", "Коваль", "експертиз"] {
        assert!(all.contains(kept), "{kept}: {segs:?}");
    }
}

/// The shipped plan names the forms of a consultation by resolution 996 (public hearings,
/// meetings with residents and the community) as measure 6's keywords.
#[test]
fn the_shipped_plan_knows_the_forms_of_a_consultation() {
    let m = shipped_mapper();
    for text in [
        "У трьох селах відбулися зустрічі з жителями щодо регіональної політики у сфері \
             благоустрою, надійшло 12 пропозицій.",
        "Проведено зустріч з мешканцями мікрорайону щодо формування політики у сфері доріг.",
        "Громадські слухання щодо тарифів на тепло проведено 5 березня.",
    ] {
        let out = m.map_block(segment_text(text));
        assert_eq!(measures(&out), vec![Some(6)], "{text}");
    }
}

/// A whole letter typed as one line: the measures its clauses open with are answered
/// one by one, what it tells after naming its reason for writing ("на виконання п. 16
/// … повідомляє що …") is read by its words, and the signature run on after "з повагою"
/// is no answer.
#[test]
fn a_letter_typed_as_one_line_is_read_clause_by_clause() {
    let m = shipped_mapper();
    let text = "Бобровицька районна державна адміністрація на виконання п. 16 Плану заходів \
            з підвищення рівня відкритості повідомляє що на офіційному веб-сайті \
            райдержадміністрації оновлено розділи «Нормативні документи» та «Публічна \
            інформація», щодо пп. 6-9, 12 Плану повідомляємо що проведено 4 консультації з \
            громадськістю, члени громадської ради залучались до обговорення проектів \
            розпоряджень, громадські експертизи не проводились через відсутність звернень, \
            інформацію щодо пп. 2-5, 11, 13-15 не надаємо оскільки райдержадміністрація не є \
            їх виконавцем, з повагою заступник голови райдержадміністрації Н.В.Кирієнко вих. \
            № 01-27/1174 від 14.06.2013";
    let out = m.map_block(segment_text(text));
    let got: Vec<u32> = out
        .iter()
        .filter(|i| !i.not_applicable)
        .filter_map(|i| i.measure)
        .collect();
    assert_eq!(got, vec![1, 6, 7, 8, 9, 12], "{out:?}");
    // A short line is never cut.
    assert_eq!(
        run_on_letter("Сайт оновлено, щодо п. 6 – 2 консультації."),
        vec!["Сайт оновлено, щодо п. 6 – 2 консультації."]
    );
}

/// One sentence that runs on with commas alone is read clause by clause: a comma after
/// which something is stated done starts a clause; a relative clause ("в ході яких
/// обговорено") or a list's next item does not.
#[test]
fn a_run_on_sentence_is_cut_where_a_new_statement_begins() {
    let m = shipped_mapper();
    let text = "Коропська районна державна адміністрація повідомляє що на офіційному \
            веб-сайті райдержадміністрації створено новий розділ «Громадська рада» та оновлено \
            розділ «Регуляторна діяльність», з громадськістю району проведено громадські \
            слухання щодо проекту Програми розвитку туризму та зустрічі голови з жителями \
            Понорниці, Сохачів та Райгородка в ході яких обговорено питання ремонту доріг, \
            члени громадської ради при райдержадміністрації брали участь у громадському \
            обговоренні проекту розпорядження голови райдержадміністрації про районну \
            програму розвитку фізичної культури і спорту";
    let got: Vec<&str> = clause::clauses(text);
    assert_eq!(got.len(), 3, "{got:#?}");
    assert!(got[1].ends_with("ремонту доріг"), "{got:#?}");
    let out = m.map_block_for(segment_text(text), &[1, 6, 7, 9, 10, 12]);
    let found: Vec<u32> = out.iter().filter_map(|i| i.measure).collect();
    assert_eq!(found, vec![1, 6, 9], "{out:?}");
}

/// A paragraph whose first word names a measure's subject and which states work on it is
/// about that subject, though it names another measure's place too; a heading that names
/// two subjects and states nothing is not read so.
#[test]
fn a_paragraph_that_opens_with_its_subject_is_about_it() {
    let m = shipped_mapper();
    let text = "Інтернет-форум на веб-ресурсі «Чернігівська громада» продовжує працювати: \
                модерацію від Громадської ради здійснює Л.О. Шаповал, за півріччя відкрито 22 \
                нові теми, кількість зареєстрованих користувачів зросла до 487.";
    let out = m.map_block_for(segment_text(text), &[3, 4, 15]);
    assert_eq!(measures(&out), vec![Some(4)], "{out:?}");
}

/// A label after the writer's own number ("3.4. День відкритих дверей управління: …")
/// names its measure as the same label without the number does.
#[test]
fn a_label_after_an_own_number_names_its_measure() {
    let m = shipped_mapper();
    for text in [
        "3.4. День відкритих дверей управління: 28.03.2013, дві групи (студенти – 23 \
             особи, представники громадських організацій – 11 осіб).",
        "1.2 День відкритих дверей управління: 14.05.2013, 17 осіб (журналісти).",
    ] {
        let out = m.map_block(segment_text(text));
        assert_eq!(measures(&out), vec![Some(11)], "{text}");
    }
    assert_eq!(without_own_number("3.4. Сайт: є"), "Сайт: є");
    assert_eq!(without_own_number("2013 рік: є"), "2013 рік: є");
}

/// Lines opening with the office's own section numbers ("3.1.", "3.2.") are paragraphs of
/// their own, mapped by their text; under a measure's own "6." its "6.1." stays with it.
#[test]
fn own_section_numbers_open_paragraphs() {
    let m = mapper();
    let out = m.map_block(segment_text(
        "Довідка про виконання розділу 3 плану роботи управління\n\
             3.1. Дорадчі органи (п. 7): до ради включено двох представників ГО.\n\
             3.2. Проведено три консультації з громадськістю щодо програми розвитку.\n\
             3.3. Членів громадської ради залучено до обговорення проектів розпоряджень.",
    ));
    let got: Vec<Option<u32>> = measures(&out).into_iter().filter(Option::is_some).collect();
    assert_eq!(got, vec![Some(7), Some(6), Some(9)]);
    for text in [
        "6. Проведено консультації з громадськістю.\n6.1. Слухання щодо бюджету.\n\
             6.2. Круглий стіл щодо програми.",
        // The measure named in words; dates and sums are no sections.
        "Щодо виконання пункту 6 Плану:\n6.1. Слухання щодо бюджету.\n6.2. Круглий стіл.",
        "п. 6 – проведено консультації:\n12.03 – слухання щодо бюджету;\n25.04 – круглий стіл.",
        "п. 6 – проведено консультації на суму\n1.5 тис. грн.",
    ] {
        let segs = segment_text(text);
        assert_eq!(segs.len(), 1, "{segs:?}");
    }
    // Under the office's own heading "1." (no measure of the plan's), a section that
    // names the plan's measure after its adjective ("п. 1 обласного плану") is a
    // paragraph of its own, and that number is its measure.
    let out = m.map_block(segment_text(
        "1. Забезпечення доступу до інформації
             1.1. Наповнення веб-сайту (п. 1 обласного плану): розміщено 126 матеріалів.
             2. Співпраця з громадськістю
             2.1. Проведено три консультації з громадськістю щодо програми розвитку.
             2.2. Громадське обговорення (п. 9 обласного плану): члени громадської ради \
             взяли участь в обговоренні 2 проектів розпоряджень.",
    ));
    let got: Vec<Option<u32>> = measures(&out).into_iter().filter(Option::is_some).collect();
    assert_eq!(got, vec![Some(1), Some(6), Some(9)]);
    assert_eq!(
        references("3. Сайт оновлено (п. 1 обласного плану)."),
        (vec![1], Reference::Explicit)
    );
    assert_eq!(
        references("3. Сайт обновлен (п. 1 областного плана)."),
        (vec![1], Reference::Explicit)
    );
}

/// "1)", "2)", "а)" under a measure's paragraph are its sub-items, not measures 1 and 2.
#[test]
fn sub_items_stay_with_their_measure() {
    let m = mapper();
    for text in [
        "Пункт 6. Проведено такі консультації:\n1) слухання щодо бюджету;\n2) круглий стіл.\n\
             Пункт 7. Залучено до дорадчих органів:\nа) двох представників ГО;\nб) одного експерта.",
        "6. Консультації проведено у формах:\n\n1) громадські слухання;\n\n2) електронні \
             консультації.\n\n7. До дорадчих органів залучено:\n\nа) 2 особи;\n\nб) 3 особи.",
    ] {
        let out = m.map_block(segment_text(text));
        assert_eq!(measures(&out), vec![Some(6), Some(7)], "{text}");
        assert!(out[0].text.contains("2)"), "{}", out[0].text);
    }
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

/// One line that opens with a reference and runs on to others is one answer per
/// reference; a reference in running prose splits nothing.
#[test]
fn answers_run_on_in_one_line_are_read_one_by_one() {
    let line = "пп. 7-9 выполнены в полном объеме, п. 1 - сайт управления обновляется \
            постоянно, п. 12 - не проводились.";
    let segs = segment_text(line);
    let numbers: Vec<Vec<u32>> = segs.iter().map(|s| s.numbers.clone()).collect();
    assert_eq!(numbers, vec![vec![7, 8, 9], vec![1], vec![12]]);
    let placed: Vec<u32> = measures(&mapper().map_block(segs))
        .into_iter()
        .flatten()
        .collect();
    // (The sample plan has no measure 8.)
    assert_eq!(placed, vec![7, 9, 1]);
    let doubled = "п. п. 7-9 – виконано, п. 1 – сайт оновлено.";
    let numbers: Vec<Vec<u32>> = segment_text(doubled)
        .iter()
        .map(|s| s.numbers.clone())
        .collect();
    assert_eq!(numbers, vec![vec![7, 8, 9], vec![1]]);
    let prose = "Проведено консультації з громадськістю, як того вимагає п. 6 плану.";
    assert_eq!(segment_text(prose).len(), 1);
}

/// A paragraph that opens in the place a measure names is about that place, though it
/// names another measure's subject there; a place's attribute names nothing.
#[test]
fn a_paragraph_that_opens_in_a_measures_place_is_about_it() {
    let m = mapper();
    let site = "На офіційному сайті райдержадміністрації створено розділ «Громадська рада» \
            та сторінку «Консультації з громадськістю», оновлено інформаційне наповнення розділу контактів.";
    assert_eq!(measures(&m.map_block(segment_text(site))), vec![Some(1)]);
    assert_eq!(opening_place(site), Some("офіційному сайті"));
    assert_eq!(
        opening_place("На засіданні громадської ради обговорено проект"),
        Some("засіданні громадської")
    );
    assert_eq!(opening_place("Проведено консультації"), None);
    // An opening that only publishes there is no paragraph about the site.
    let draft = "На офіційному сайті райдержадміністрації оприлюднено проект розпорядження \
            для обговорення, члени громадської ради внесли 7 пропозицій до проекту.";
    assert_ne!(measures(&m.map_block(segment_text(draft))), vec![Some(1)]);
    let lower = |t: &str| -> Vec<String> { text::words(t).into_iter().map(lowercase).collect() };
    assert!(publishes_only(&lower(draft)));
    assert!(!publishes_only(&lower(site)));
}

/// What a paragraph plans does not decide what it reports.
#[test]
fn a_paragraphs_plans_do_not_decide_its_measure() {
    let text = "Проведено консультації з громадськістю щодо проекту районної програми. \
            Надалі планується залучати членів громадських рад до громадського обговорення \
            проектів розпоряджень, цільових програм, рішень.";
    let placed: Vec<u32> = measures(&mapper().map_block(segment_text(text)))
        .into_iter()
        .flatten()
        .collect();
    assert_eq!(placed, vec![6]);
}

/// Text without numbers prefers the writer's own measures.
#[test]
fn prose_prefers_the_executors_measures() {
    let m = mapper();
    // (Not a council: "членів … ради" is measure 9's own in the sample plan.)
    let text = "Членів громадських організацій залучено до роботи при органах виконавчої влади.";
    let out = m.map_block_for(segment_text(text), &[7]);
    assert_eq!(measures(&out), vec![Some(7)]);
    let out = m.map_block_for(segment_text(text), &[9]);
    assert_eq!(measures(&out), vec![Some(9)]);
}

/// One paragraph that reports two measures, one per clause.
#[test]
fn a_paragraph_may_cover_two_measures() {
    let m = mapper();
    let out = m.map_block(segment_text(
        "Представників громадських організацій залучено до роботи дорадчо-консультативних \
             органів при райдержадміністрації, а членів громадської ради залучено до \
             громадського обговорення проектів розпоряджень голови.",
    ));
    let mut got = measures(&out);
    got.sort();
    assert_eq!(got, vec![Some(7), Some(9)]);
}

/// A measure's keyword alone, beside the paragraph's own measure and sharing no other word
/// with its text, is a mention in passing.
#[test]
fn a_keyword_in_passing_adds_no_second_measure() {
    let text = "Проведено 4 консультації з громадськістю з питань регіональної політики; \
            протоколи засідань та відеозаписи всіх заходів розміщено на сайті управління.";
    let placed: Vec<u32> = measures(&mapper().map_block(segment_text(text)))
        .into_iter()
        .flatten()
        .collect();
    assert_eq!(placed, vec![6]);
}

/// A clause that names the site only as the place where the paragraph's own work was
/// published adds no report on the site; a clause about the site itself still does.
#[test]
fn the_site_named_as_the_outlet_of_other_work_adds_no_item() {
    let m = mapper();
    let placed = |text: &str| -> Vec<u32> {
        measures(&m.map_block(segment_text(text)))
            .into_iter()
            .flatten()
            .collect()
    };
    let consulted = "У І півріччі управлінням проведено 4 консультації з громадськістю з \
            питань регіональної політики: публічні обговорення у Ніжині та Прилуках, в яких \
            взяли участь 118 осіб. Узагальнена інформація про їх результати щомісяця \
            розміщується на офіційному веб-сайті управління.";
    assert_eq!(placed(consulted), vec![6]);
    let rebuilt = "У І півріччі управлінням проведено 4 консультації з громадськістю з \
            питань регіональної політики: публічні обговорення у Ніжині та Прилуках, в яких \
            взяли участь 118 осіб. На офіційному веб-сайті управління оновлено розділи \
            «Консультації» та «Нормативні акти», наповнення приведено до вимог законодавства.";
    assert_eq!(placed(rebuilt), vec![6, 1]);
    assert_eq!(
        only_says_where_published("щомісяця узагальнення розміщується на офіційному сайті")
            .as_deref(),
        Some("сайті")
    );
    assert_eq!(
        only_says_where_published("на сайті оновлено розділ «Новини», розміщено 40 новин"),
        None
    );
    // What is published is the site's own content, not the work's outcome.
    assert_eq!(
        only_says_where_published("На офіційному сайті управління розміщено 56 новин"),
        None
    );
    // Covered in the press and on the site: the work's outlet too.
    assert_eq!(
        only_says_where_published(
            "Анонс та результати обговорень висвітлювались у районній газеті та на \
                 офіційному сайті"
        )
        .as_deref(),
        Some("сайті")
    );
    assert_eq!(
        only_says_where_published("итоги совещаний освещаются на официальном сайте РГА").as_deref(),
        Some("сайте")
    );
    // A section named as where it was put is a place too; a section made is the site's.
    assert_eq!(
        only_says_where_published(
            "щоквартально інформація розміщується на офіційному веб-сайті в розділі \
                 «Звернення громадян»"
        )
        .as_deref(),
        Some("веб-сайті")
    );
    assert_eq!(
        only_says_where_published("на сайті створено розділ, де розміщується інформація"),
        None
    );
    let in_a_section = "У І півріччі управлінням проведено 4 консультації з громадськістю \
            з питань регіональної політики: публічні обговорення у Ніжині та Прилуках, в яких \
            взяли участь 118 осіб. Узагальнена інформація про їх результати щомісяця \
            доповідається керівництву, щоквартально — розміщується на офіційному веб-сайті \
            управління в розділі «Новини».";
    assert_eq!(placed(in_a_section), vec![6]);
    // A paragraph of its own that only names the outlet of the letter's work reports
    // nothing.
    let letter = "Протягом року проведено 8 зустрічей з мешканцями сіл району та 3 \
            громадські слухання щодо проектів районних програм.\n\n\
            Інформація про проведені заходи розміщується на офіційному веб-сайті \
            райдержадміністрації.";
    let placed: Vec<u32> = measures(&shipped_mapper().map_block(segment_text(letter)))
        .into_iter()
        .flatten()
        .collect();
    assert_eq!(placed, vec![6]);
}

/// A list of dashes that no line opened is a list of paragraphs, and a paragraph that
/// opens with a label is about what the label names, though its words lean elsewhere.
#[test]
fn dashed_items_are_paragraphs_about_what_their_labels_name() {
    let text = "- сайт райдержадміністрації: оновлено наповнення, розміщено проекти \
            розпоряджень голови для громадського обговорення;\n\
            - консультації з громадськістю: проведено два круглі столи з представниками \
            громадськості;";
    assert_eq!(segment_text(text).len(), 2);
    let out = mapper().map_block(segment_text(text));
    assert_eq!(measures(&out), vec![Some(1), Some(6)]);
    // A list under a line that opens it stays one paragraph.
    let opened = format!("Проведено таку роботу:\n{text}");
    assert_eq!(segment_text(&opened).len(), 1);
    // Lines that each open with a label and a dash are a list of paragraphs too; a label
    // that names a measure over a count states it without a verb.
    let labelled = "сайт – оновлено наповнення, розміщено проекти розпоряджень голови для \
            громадського обговорення\nконсультації – 3 (бюджет, шкільна мережа, тарифи)";
    assert_eq!(segment_text(labelled).len(), 2);
    let out = mapper().map_block(segment_text(labelled));
    assert_eq!(measures(&out), vec![Some(1), Some(6)]);
}

/// A paragraph wrapped over lines still has sentences: one ending at a line break is a
/// clause that may report a measure of its own.
#[test]
fn a_sentence_ending_at_a_line_break_is_a_clause() {
    let text = "Управлінням 25 жовтня проведено консультації з громадськістю у формі публічного\n\
                    громадського обговорення проекту обласної програми за участю організацій.\n\
                    Члени громадської ради отримали для опрацювання проект програми та проект\n\
                    розпорядження голови; 11 їхніх пропозицій враховано.";
    let got = clause::clauses(text);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].ends_with("організацій"), "{got:?}");
    assert!(got[1].starts_with("Члени"), "{got:?}");
    // Initials end no sentence: a period before a small letter continues it.
    let initials = "Голова комітету громадської ради з питань будівництва Кравець В.П. з його \
                        згоди введений до складу колегії управління. Члени громадської ради \
                        обговорили проект програми розвитку будівництва на засіданні.";
    let got = clause::clauses(initials);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].ends_with("управління"), "{got:?}");
}

/// A line that states nothing done (a heading, an address) is not placed by its words.
#[test]
fn a_line_that_states_nothing_is_not_placed() {
    let m = mapper();
    let out = m.map_block(segment_text(
        "Про консультації з громадськістю з питань регіональної політики",
    ));
    assert!(out.iter().all(|x| x.measure.is_none()), "{out:?}");
}

#[test]
fn every_item_says_why() {
    let m = mapper();
    let out = m.map_block(segment_text(
        "п. 6 — проведено консультації.\n\nПроведено консультації з громадськістю щодо \
             формування регіональної політики.",
    ));
    assert_eq!(out[0].evidence, Evidence::Number);
    match &out[1].evidence {
        Evidence::Similarity { score, words } => {
            assert!(*score > 0.0);
            assert!(words.iter().any(|w| w == "консультації"), "{words:?}");
        }
        e => panic!("{e:?}"),
    }
    let t = Table {
        sheet: None,
        rows: vec![
            row(&["Пункт плану", "Виконання"]),
            row(&["6", "Проведено слухання"]),
        ],
        first_row: 1,
    };
    assert_eq!(m.map_block(segment_table(&t))[0].evidence, Evidence::Column);
}

/// A heading that names a measure in other words goes with the paragraph under it.
#[test]
fn a_heading_goes_with_its_paragraph() {
    let segs = segment_text(
        "Інформаційне наповнення офіційного веб-сайту райдержадміністрації\n\nРозміщено звіти голови та оголошення, новини \
             оновлюються щодня.\n\nЗалучення громадськості до обговорень\n\nПроведено дві \
             консультації з громадськістю.",
    );
    assert_eq!(segs.len(), 2, "{segs:?}");
    assert!(segs[0].text.starts_with("Інформаційне наповнення"));
    let out = mapper().map_block(segs);
    assert_eq!(measures(&out), vec![Some(1), Some(6)]);
    // The paragraph alone says too little to be placed.
    let alone = mapper().map_block(segment_text(
        "Розміщено звіти голови та оголошення, новини оновлюються щодня.",
    ));
    assert_eq!(measures(&alone), vec![None]);
    // A document's title heads the whole document, not its first paragraph.
    let segs = segment_text(
        "Інформація Прилуцької районної державної адміністрації щодо підвищення рівня \
             відкритості та прозорості діяльності (ІІ півріччя 2013 року)\n\nУ звітному \
             періоді проведено громадські слухання щодо проекту програми розвитку району.",
    );
    assert_eq!(segs.len(), 2, "{segs:?}");
    assert!(segs[1].text.starts_with("У звітному"), "{segs:?}");
}

/// A paragraph that names an office and "план заходів" beside the consultations it reports
/// is like the duty to report, but a measure someone owes comes close: it is a report.
#[test]
fn a_report_that_shares_words_with_the_duty_to_report_is_no_covering_letter() {
    let mut plan = sample_plan();
    let mut duty = plan.measures[0].clone();
    duty.number = 16;
    duty.owed = false;
    duty.keywords = vec!["інформацію про виконання плану".into()];
    duty.text = "Надати інформацію про виконання плану заходів з підвищення рівня відкритості \
                     управлінню з питань внутрішньої політики та зв'язків з громадськістю \
                     облдержадміністрації"
        .into();
    plan.measures.push(duty);
    let m = Mapper::new(&plan, 0.5);
    let report = "Спільно з управлінням з питань внутрішньої політики облдержадміністрації \
                      проведено консультації з громадськістю; пропозиції учасників враховано в \
                      плані заходів.";
    let out = m.map_block(segment_text(report));
    assert!(measures(&out).contains(&Some(6)), "{out:?}");
    // The covering letter itself still gives nothing.
    let covering = m.map_block(segment_text(
        "Надаємо інформацію про виконання плану заходів з підвищення рівня відкритості.",
    ));
    assert!(covering.is_empty(), "{covering:?}");
}

/// The covering letter that names the duty to report by its number ("На виконання п. 16")
/// reports on nothing; a measure someone owes named in such a line still counts.
#[test]
fn the_duty_to_report_named_by_number_in_the_covering_letter_is_no_item() {
    let mut plan = sample_plan();
    let mut duty = plan.measures[0].clone();
    duty.number = 16;
    duty.owed = false;
    plan.measures.push(duty);
    let m = Mapper::new(&plan, 0.5);
    for covering in [
        "На виконання п. 16 плану заходів \"Відкритий уряд\" направляємо інформацію \
             Коропської райдержадміністрації.",
        "Відповідно до пункту 16 Плану надсилаємо інформацію про виконання.",
        // Named as the reason for writing, with no phrase of a covering letter.
        "На виконання п. 16 Плану заходів з підвищення рівня відкритості та прозорості \
             діяльності виконавчої влади в області Чернігівська районна державна адміністрація \
             повідомляє.",
    ] {
        let out = m.map_block(segment_text(covering));
        assert!(measures(&out).iter().all(|x| *x != Some(16)), "{out:?}");
    }
    // What else such a paragraph states is read by its words, without the reason's own
    // sentence (it quotes the plan's title); a denial among them too.
    let out = m.map_block(segment_text(
        "На виконання п. 16 Плану заходів з підвищення рівня відкритості та прозорості \
             діяльності надаємо інформацію. Консультацій з громадськістю у звітному періоді не \
             проводилось.",
    ));
    assert_eq!(measures(&out), vec![Some(6)]);
    let out = m.map_block(segment_text(
        "На виконання п. 16 Плану заходів надаємо інформацію управління (додається). Крім \
             того, повідомляємо, що проведено дві консультації з громадськістю з питань \
             формування регіональної політики.",
    ));
    assert_eq!(measures(&out), vec![Some(6)]);
    let out = m.map_block(segment_text(
        "На виконання п. 6 плану надсилаємо: проведено дві консультації з громадськістю.",
    ));
    assert_eq!(measures(&out), vec![Some(6)]);
    // A row or a paragraph on the duty itself: the report does it, no item.
    let t = Table {
        sheet: None,
        rows: vec![
            row(&["№", "Захід", "Стан виконання"]),
            row(&["6", "Консультації", "Проведено дві консультації"]),
            row(&[
                "16",
                "Надати інформацію",
                "Інформацію надано листом від 12.12.2012",
            ]),
        ],
        first_row: 1,
    };
    assert_eq!(measures(&m.map_block(segment_table(&t))), vec![Some(6)]);
    let out = m.map_block(segment_text(
        "пп. 6, 16 — проведено консультацію, звіт надано.",
    ));
    assert_eq!(measures(&out), vec![Some(6)]);
    // A bare count's "16." in running text may be the writer's own: its text decides.
    let out = m.map_block(segment_text(
        "15. Сайт оновлено.\n\n16. Проведено консультації з громадськістю з питань \
             формування регіональної політики.",
    ));
    assert!(measures(&out).contains(&Some(6)), "{out:?}");
}

/// A line above a letter's title or greeting (an addressee, a letterhead) heads the letter,
/// not the first paragraph under the title.
#[test]
fn labelled_dashes_under_a_title_are_paragraphs_and_their_labels_place_them() {
    let text = "Інформація Бобровицької РДА:\n- сайт РДА: запустили електронну приймальню, \
                    розміщуємо всі проекти розпоряджень\n- консультації: 3 (бюджет 2013, \
                    оптимізація мережі шкіл)";
    let segs = segment_text(text);
    assert_eq!(segs.len(), 2, "{segs:?}");
    assert!(segs[0].text.starts_with("- сайт РДА"), "{segs:?}");
    // The site's label places its paragraph for an office that owes the site.
    let out = mapper().map_block_for(segs.clone(), &[1, 6, 9]);
    assert_eq!(measures(&out), vec![Some(1), Some(6)]);
    // Under a title that states something, the list stays one paragraph.
    let stated = text.replace("Інформація Бобровицької РДА:", "Проведено такі заходи:");
    assert_eq!(segment_text(&stated).len(), 1);
}

#[test]
fn dashes_without_labels_under_a_title_are_paragraphs_too() {
    // The title names the information and states nothing: each dash under it is an answer of
    // its own, labelled or not, and each is placed by its own words.
    let text = "Інформація про виконання плану за І півріччя:\n\
                - проведено консультації з молодіжними громадськими організаціями щодо \
                оздоровлення дітей (3 зустрічі);\n\
                - члени громадської ради взяли участь в обговоренні проекту обласної \
                програми «Молодь Чернігівщини»;\n\
                - громадських експертиз не проводилось.";
    let segs = segment_text(text);
    assert_eq!(segs.len(), 3, "{segs:?}");
    assert!(segs[2].text.contains("експертиз"), "{segs:?}");
    // Under a title that states something, the list stays one paragraph.
    let stated = text.replace(
        "Інформація про виконання плану за І півріччя:",
        "Проведено такі заходи:",
    );
    assert_eq!(segment_text(&stated).len(), 1);
}

#[test]
fn answers_enumerated_inline_under_a_title_are_paragraphs() {
    let text = "Ічнянська РДА, інф. за ІІ півр.: 1) консультацій з громадськістю - 7 (в т.ч.\n\
                    2 електронні); 2) в 2 дорадчих радах РДА - 5 предст. громад. орг.; 3)\n\
                    громадських експертиз не проводилось";
    let segs = segment_text(text);
    let texts: Vec<&str> = segs.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(
        texts,
        vec![
            "консультацій з громадськістю - 7 (в т.ч.\n2 електронні)",
            "в 2 дорадчих радах РДА - 5 предст. громад. орг.",
            "громадських експертиз не проводилось",
        ]
    );
    // A count after a dash states it; the marks are not the plan's numbers.
    let out = mapper().map_block_for(segs, &[1, 6, 7, 12]);
    assert_eq!(measures(&out)[..2], [Some(6), Some(7)]);
    // A zero, a year or a date after the dash is no count of work.
    for none in [
        "Громадських експертиз – 0",
        "Консультації – 2013 рік",
        "Консультації – 12.03.2013",
    ] {
        assert!(!counts_after_a_dash(none), "{none}");
    }
    assert!(counts_after_a_dash(
        "консультацій з громадськістю - 7 (в т.ч. 2 електронні)"
    ));
    // Or after a colon ("… по консультаціях: 2 публ. обговорення …"), up to 200 letters.
    let colon = "то что не распознали - это по консультаціях: 2 публ. обговорення (проект \
                     змін до бюджету, програма \"Питна вода\") - 23.04 та 30.05, разом 71 учасн.";
    assert!(counts_after_a_dash(colon));
    let out = shipped_mapper().map_block_for(segment_text(colon), &[1, 6, 7, 9, 10, 12]);
    assert_eq!(measures(&out), vec![Some(6)]);
    assert!(!counts_after_a_dash("Консультації: 2013 рік"));
    // Under a title that states something, or marks out of order, the paragraph stays one.
    for whole in [
        "Проведено консультації з громадськістю: 1) щодо бюджету; 2) щодо програми туризму",
        "Інформація: 2) консультації - 7; 1) сайт оновлено",
        "Інформація Ічнянської РДА за півріччя: 1) консультацій з громадськістю - 7 (в т.ч. 2 електронні)",
    ] {
        assert_eq!(segment_text(whole).len(), 1, "{whole}");
    }
}

#[test]
fn a_terse_line_lists_its_answers_between_commas() {
    let line = "Чернігівська РДА (Черниговский район): сайт РДА обновлен - раздел публ. \
                    информация, консультацій проведено 2 (бюджет, вывоз мусора в с. Лісове \
                    Поле), для управления внутр. политики ОДА.";
    let out = mapper().map_block_for(segment_text(line), &[1, 6, 7, 9]);
    assert_eq!(measures(&out), vec![Some(1), Some(6)]);
    // A piece that names a measure but states nothing done on it answers nothing.
    let planned = line.replace("консультацій проведено 2", "консультації плануємо");
    let out = mapper().map_block_for(segment_text(&planned), &[1, 6, 7, 9]);
    assert!(!measures(&out).contains(&Some(6)), "{out:?}");
}

#[test]
fn a_short_heading_goes_with_its_paragraph() {
    // A heading of two words, short as a name or a greeting is, heads the paragraph under
    // it: the paragraph alone leans elsewhere.
    let segs = segment_text(
        "Офіційний веб-сайт\n\nНа сайті райдержадміністрації оприлюднюються \
             розпорядження голови, проекти регуляторних актів, звіти про використання \
             бюджетних коштів.\n\nГромадські експертизи\n\nПроведено громадську експертизу \
             діяльності сектору містобудування.",
    );
    assert_eq!(segs.len(), 2, "{segs:?}");
    assert!(
        segs[0].text.starts_with("Офіційний веб-сайт\nНа сайті"),
        "{segs:?}"
    );
    assert!(
        segs[1].text.starts_with("Громадські експертизи\n"),
        "{segs:?}"
    );
    assert_eq!(measures(&mapper().map_block(segs))[0], Some(1));
    // Not a heading: a name, a forwarded header, a line with a figure; and a heading
    // that heads nothing is dropped as before.
    for line in [
        "Людмила Горбань",
        "Тема: Re: звіт відкритий уряд",
        "Кабінет 21 корпус",
    ] {
        let segs = segment_text(&format!("{line}\n\nПроведено дві консультації."));
        assert_eq!(segs.len(), 1, "{segs:?}");
        assert!(segs[0].text.starts_with("Проведено"), "{line}: {segs:?}");
    }
    let segs = segment_text("Проведено дві консультації.\n\nГромадські експертизи");
    assert_eq!(segs.len(), 1, "{segs:?}");
    assert_eq!(segs[0].text, "Проведено дві консультації.");
}

#[test]
fn a_heading_above_the_letters_title_stays_apart() {
    let segs = segment_text(
        "Управління з питань внутрішньої політики облдержадміністрації\n\n\
             Надсилаємо інформацію про виконання плану заходів\n\n\
             Проведено дві консультації з громадськістю.",
    );
    assert_eq!(segs.len(), 2, "{segs:?}");
    assert!(segs[1].text.starts_with("Проведено"), "{segs:?}");
}

/// A stranger's text of many greetings between headings is segmented in time linear in
/// its length: looking up where covering text stood does not scan all of them per segment.
#[test]
fn many_greetings_between_headings_are_segmented_in_linear_time() {
    let text =
        "Добрий день!\n\nУчасть громадськості в роботі колегіальних органів\n\n".repeat(60_000);
    let started = std::time::Instant::now();
    let segs = segment_text(&text);
    println!("{} bytes segmented in {:?}", text.len(), started.elapsed());
    assert_eq!(segs.len(), 60_000);
    assert!(
        started.elapsed() < std::time::Duration::from_secs(8),
        "took {:?}",
        started.elapsed()
    );
}

/// A number of the plan written in an item ("(п. 6 Плану)", "по п.12 —") says which measure
/// it is, whatever the item's own count; then the count is the writer's, also for items
/// that name no plan number.
#[test]
fn a_plan_number_in_an_item_beats_its_own_count() {
    let m = mapper();
    let out = m.map_block(segment_text(
        "1. Сайт управління переведено на нову платформу (п. 1 Плану).\n\
             2. Проведено громадське обговорення проекту програми розвитку культури (п. 6 Плану).",
    ));
    assert_eq!(measures(&out), vec![Some(1), Some(6)]);
    assert!(out.iter().all(|o| o.evidence == Evidence::Number));
    let out = m.map_block(segment_text(
        "1) сайт РДА наповнюється відповідно до Порядку оприлюднення інформації, п.1 плану;\n\
             2) по п.9 — проект розпорядження обговорено з членами громадської ради.",
    ));
    assert_eq!(measures(&out), vec![Some(1), Some(9)]);
    // Another document's point is no plan number; the count is the writer's own.
    assert_eq!(
        references("2. Проведено нараду відповідно до п. 5 листа облдержадміністрації."),
        (vec![2], Reference::Bare)
    );
    let out = m.map_block(segment_text(
        "1. Сайт оновлено: розміщено розпорядження голови (п. 1 Плану).\n\
             2. Членів громадської ради залучено до обговорення проектів розпоряджень.",
    ));
    assert_eq!(measures(&out), vec![Some(1), Some(9)]);
}

/// Reports name in their own words what the plan calls a site, consultations or an
/// advisory body.
/// A measure's subject (`about` in the plan): a text that names none of its phrases weighs
/// half for it, one that names any weighs in full. A phrase word with "*" takes any ending
/// the stemmer cuts ("програм*" meets "цільових програм", whose stem is "програ").
#[test]
fn a_text_off_a_measures_subject_weighs_half_for_it() {
    let mut plan = sample_plan();
    let nine = plan.measures.iter().position(|m| m.number == 9).unwrap();
    plan.measures[nine].about = vec!["член*".into(), "громадськ* рад*".into()];
    let with = Mapper::new(&plan, 0.5);
    let without = mapper();
    let of_nine = |m: &Mapper, t: &str| m.scores(t).into_iter().find(|s| s.0 == 9).unwrap().1;
    let off = "Проведено обговорення проекту розпорядження про бюджет.";
    assert!(of_nine(&without, off) > 0.0);
    assert_eq!(of_nine(&with, off), of_nine(&without, off) / 2.0);
    // Its keyword ("обговорен проект") does not name the measure off its subject.
    assert!(without.keyword_measures(off).contains(&9));
    assert!(!with.keyword_measures(off).contains(&9));
    for on in [
        "Члени громадської ради обговорили проект розпорядження.",
        "Проект розпорядження обговорено на засіданні громадської ради.",
    ] {
        assert_eq!(of_nine(&with, on), of_nine(&without, on), "{on}");
    }
    plan.measures[nine].about = vec!["програм*".into()];
    let with = Mapper::new(&plan, 0.5);
    let on = "Проведено обговорення проектів цільових програм.";
    assert_eq!(of_nine(&with, on), of_nine(&without, on));
}

/// A survey of residents is one of the forms of consultation (resolution 996 studies
/// public opinion), in the shipped plan's keywords.
#[test]
fn a_survey_is_a_consultation() {
    let m = shipped_mapper();
    let out = m.map_block_for(
        segment_text(
            "В квітні-травні на сайті райдержадміністрації проводилось опитування «Які \
                 питання району найбільше турбують Вас?», взяли участь 57 осіб, результати \
                 розглянуті на апаратній нараді. До складу районної координаційної ради з \
                 питань протидії туберкульозу введено двох членів громадської ради.",
        ),
        &[1, 6, 7, 9, 10, 12],
    );
    let placed: Vec<u32> = out
        .iter()
        .filter(|o| o.confidence >= 0.5)
        .filter_map(|o| o.measure)
        .collect();
    assert!(placed.contains(&6) && placed.contains(&7), "{out:?}");
}

/// The shipped plan's hotline is the head's: a unit's own hotline on medicines is not
/// measure 5.
#[test]
fn a_units_own_hotline_is_not_the_heads() {
    let m = shipped_mapper();
    let placed = |t: &str| -> Vec<u32> {
        m.map_block_for(segment_text(t), &[5])
            .into_iter()
            .filter(|o| o.confidence >= 0.5)
            .filter_map(|o| o.measure)
            .collect()
    };
    assert!(
        !placed(
            "Проведено 2 засідання колегії.\n\nКроме того, по телефону «горячей линии» \
             управления здравоохранения по вопросам лекарственного обеспечения за полугодие \
             принято 412 звонков, по всем даны разъяснения."
        )
        .contains(&5)
    );
    assert_eq!(
        placed(
            "На «гарячу лінію» голови облдержадміністрації за півріччя надійшло 1 284 \
                 звернення, усі розглянуто."
        ),
        vec![5]
    );
}

/// A clause adds a second measure to its paragraph only if it names that measure's
/// subject: draft orders published on the site are no public council's discussion.
#[test]
fn a_clause_off_a_measures_subject_adds_no_item_for_it() {
    let text = "Сайт райдержадміністрації приведено у відповідність до вимог законодавства: \
                    додано розділ «Звернення громадян», оновлено нормативні документи. За п'ять \
                    місяців на сайті для громадського обговорення опубліковано 27 проектів \
                    розпоряджень, цільових програм і рішень органів виконавчої влади.";
    let without = mapper().map_block(segment_text(text));
    assert_eq!(measures(&without), vec![Some(1), Some(9)]);
    let mut plan = sample_plan();
    let nine = plan.measures.iter().position(|m| m.number == 9).unwrap();
    plan.measures[nine].about = vec!["член*".into(), "громадськ* рад*".into()];
    let with = Mapper::new(&plan, 0.5).map_block(segment_text(text));
    assert_eq!(measures(&with), vec![Some(1)]);
    // A clause that opens with a pronoun speaks of the previous clause's subject.
    let they = "Представники інститутів громадянського суспільства та члени громадської \
                    ради працюють у складі дорадчо-консультативних органів при органах \
                    виконавчої влади; вони ж узяли участь у громадському обговоренні проектів \
                    розпоряджень голови райдержадміністрації.";
    let mut got = measures(&Mapper::new(&plan, 0.5).map_block(segment_text(they)));
    got.sort();
    assert_eq!(got, vec![Some(7), Some(9)]);
    // A clause whose closest measure is off its subject is spoken for by the measure it
    // names by keyword: consultations on drafts, then the council's members discussing.
    let two = "Райдержадміністрація провела консультації та громадське обговорення \
                   проектів розпоряджень голови, цільових програм і рішень органів виконавчої \
                   влади (20.11.2012). До \
                   обговорення проектів розпоряджень були залучені 7 членів громадської ради при \
                   райдержадміністрації, їхні пропозиції враховано.";
    let mut got = measures(&Mapper::new(&plan, 0.5).map_block(segment_text(two)));
    got.sort();
    assert_eq!(got, vec![Some(6), Some(9)]);
}

#[test]
fn a_short_opening_sentence_that_names_a_measure_is_the_paragraphs_topic() {
    // The consultations are what the site publishes: no report on them.
    let text = "Сайт управління переведено на нову платформу. На ньому оприлюднюються \
                    графіки консультацій з громадськістю.";
    let out = mapper().map_block(segment_text(text));
    assert!(!measures(&out).contains(&Some(6)), "{out:?}");
}

#[test]
fn a_clause_adds_no_measure_the_executor_does_not_owe_unless_it_names_it() {
    let m = mapper();
    // The executor owes 1, 7 and 9, not 6.
    let placed = |text: &str| {
        let mut got = measures(&m.map_block_for(segment_text(text), &[1, 7, 9]));
        got.sort();
        got
    };
    let words = "Сайт управління оновлено відповідно до вимог законодавства, додано нові \
                     розділи; розміщено матеріали з питань формування і реалізації державної та \
                     регіональної політики на регулярній основі.";
    assert_eq!(placed(words), vec![Some(1)]);
    let named = "Сайт управління оновлено відповідно до вимог законодавства, додано нові \
                     розділи; проведено консультації з громадськістю з питань формування \
                     регіональної політики на регулярній основі.";
    assert_eq!(placed(named), vec![Some(1), Some(6)]);
}

#[test]
fn a_tie_in_a_clause_goes_to_one_of_its_paragraphs_two_measures() {
    let mut plan = sample_plan();
    let nine = plan.measures.iter().position(|m| m.number == 9).unwrap();
    plan.measures[nine].about = vec!["член*".into(), "громадськ* рад*".into()];
    // Measure 7 shares with 9 every word the second clause has.
    let seven = plan.measures.iter().position(|m| m.number == 7).unwrap();
    plan.measures[seven].text = "Залучати членів громадських рад при органах виконавчої \
                                     влади до роботи дорадчо-консультативних органів."
        .into();
    let text = "Проект регіональної програми охорони довкілля винесено на консультації з \
                    громадськістю: відбулися двоє громадських слухань, пропозиції приймалися і \
                    через сайт; члени громадської ради при органах виконавчої влади надали 9 \
                    пропозицій, 6 з них враховано.";
    let mut got = measures(&Mapper::new(&plan, 0.5).map_block(segment_text(text)));
    got.sort();
    assert_eq!(got, vec![Some(6), Some(9)]);
}

#[test]
fn a_clause_close_to_one_of_its_paragraphs_two_measures_speaks_for_it() {
    let mut plan = sample_plan();
    let nine = plan.measures.iter().position(|m| m.number == 9).unwrap();
    plan.measures[nine].about = vec!["член*".into(), "громадськ* рад*".into()];
    // The second clause's closest measure is one of the paragraph's two closest: less
    // than a sure clause speaks for it.
    let both = "У листопаді управління провело консультації з громадськістю щодо проекту \
                    регіональної програми охорони довкілля; до обговорення залучено членів \
                    громадської ради та представників громадянського суспільства.";
    let mut got = measures(&Mapper::new(&plan, 0.5).map_block(segment_text(both)));
    got.sort();
    assert_eq!(got, vec![Some(6), Some(9)]);
}

/// The dative and locative of a noun in "-ка", "-га" alternate its consonant ("сторінка" →
/// "на сторінці", "політика" → "у політиці"): that form still meets the plan's word, and
/// the thesaurus still reads it, but a stem that ends so by itself is not read twice.
#[test]
fn a_noun_with_its_consonant_alternated_meets_the_plans_word() {
    assert_eq!(alternated("сторинц").as_deref(), Some("сторинк"));
    assert_eq!(alternated("дороз").as_deref(), Some("дорог"));
    assert_eq!(alternated("прац"), None, "too short to tell");
    assert_eq!(alternated("саит"), None);
    let m = mapper();
    let six = m.measures.iter().position(|p| p.number == 6).unwrap();
    let stem = text::stem("політиці");
    assert!(m.hits(&stem).any(|(i, _)| i == six), "{stem}");
    assert!(!m.hits(&text::stem("політиці")).any(|(i, _)| i != six));
    // "сторінці" is a web page (the thesaurus's "сайт") like "сторінка".
    let (stems, _, own) = scoring_stems("Звіти розміщено на сторінці управління");
    assert!(stems[own..].contains(&text::stem("сайт")), "{stems:?}");
    // "організацією" ends in "ц" by itself: it meets the plan's "орган…" once, not again
    // as "організак…".
    let of_seven = |t: &str| m.scores(t).into_iter().find(|s| s.0 == 7).unwrap().1;
    assert!(of_seven("органом") > 0.0);
    assert_eq!(of_seven("організацією"), of_seven("органом"));
}

#[test]
fn the_thesaurus_reads_a_reports_own_words_as_the_plans() {
    let m = mapper();
    for (text, measure) in [
        (
            "Веб-сторінку управління приведено до вимог законодавства, наповнення оновлено.",
            1,
        ),
        (
            "Проведено громадські слухання щодо проекту генерального плану селища.",
            6,
        ),
        (
            "Представники громадських організацій увійшли до складу координаційної ради з \
                 питань туризму.",
            7,
        ),
    ] {
        let out = m.map_block(segment_text(text));
        assert_eq!(measures(&out), vec![Some(measure)], "{text}");
        // The evidence names the plan's word the text was read as.
        assert!(
            matches!(&out[0].evidence, Evidence::Similarity { .. }),
            "{text}"
        );
    }
    // The stems the thesaurus adds, and only where its run stands.
    let stems = |t: &str| thesaurus_stems(&text::stems(t));
    assert!(stems("публічне громадське обговорення").contains(&text::stem("консультації")));
    assert!(stems("обговорення публічне").is_empty());
    // A section for discussions is a forum.
    assert!(stems("розділ для дискусій").contains(&text::stem("форум")));
    // A council of the public is not one of the office's advisory bodies.
    assert!(stems("громадська рада з питань екології").is_empty());
    assert!(!stems("рада з питань екології").is_empty());
    assert!(!stems("засідання координаційної ради").is_empty());
    assert!(!stems("радою з питань туризму").is_empty());
    // A three-letter root takes only a noun's ending: a village named Радуль is no council.
    assert!(stems("жителі сіл Грабів, Радуль з питань газифікації").is_empty());
    // A site replenished is a site filled.
    assert!(stems("сайт регулярно поповнюється").contains(&text::stem("наповнення")));
    // A draft considered is a draft discussed.
    assert!(stems("члени ради розглянули проект").contains(&text::stem("обговорення")));
    assert!(stems("проект обсуждался с членами совета").contains(&text::stem("обговорення")));
    // Russian words of the plan's subjects are read as the plan's Ukrainian ones.
    assert!(stems("членов общественного совета").contains(&text::stem("громадських")));
    assert!(stems("на официальном сайте").contains(&text::stem("офіційних")));
    let site = "На официальном сайте управления регулярно обновляются разделы «Субсидии».";
    assert_eq!(measures(&m.map_block(segment_text(site))), vec![Some(1)]);
    // An office's official internet resource is its site.
    assert!(stems("офіційний інтернет-ресурс району").contains(&text::stem("сайт")));
    assert!(stems("интернет-ресурс").is_empty());
}

/// A paragraph that reports two measures still marks its place in the letter's order.
#[test]
fn a_paragraph_on_two_measures_keeps_its_place_in_the_order() {
    let m = mapper();
    let letter = "Офіційний сайт управління наповнюється відповідно до вимог законодавства: розміщено розпорядження та звіти.\n\n\
            Проведено публічне обговорення проекту програми розвитку садівництва з громадськістю щодо регіональної політики.\n\n\
            Представники громадських організацій введені до складу дорадчо-консультативних органів при управлінні, а члени громадської ради взяли участь в обговоренні проектів розпоряджень.";
    let out = m.map_block(segment_text(letter));
    assert_eq!(
        measures(&out),
        vec![Some(1), Some(6), Some(7), Some(9)],
        "{out:#?}"
    );
}

/// A keyword of the best measure that the runner-up lacks makes the placement surer.
#[test]
fn a_keyword_of_the_best_measure_alone_decides() {
    let m = mapper();
    let text = "Проведено публічні консультації з громадськістю щодо проекту програми \
                    розвитку району та районного бюджету на 2013 рік.";
    let scores = m.scores(text);
    assert_eq!((scores[0].0, scores[1].0), (6, 9));
    assert!(best_of(&scores).1 < 0.5, "unsure by the scores alone");
    let out = m.map_block(segment_text(text));
    assert_eq!(measures(&out), vec![Some(6)]);
}

/// A keyword of a close runner-up that the best measure lacks decides for the runner-up;
/// a far runner-up, or one the best shares a keyword with, does not.
#[test]
fn a_keyword_of_a_close_runner_up_decides() {
    // (scores best first, named measures, the reading, whether it is sure at 0.5)
    type Case<'a> = (&'a [(u32, f64)], &'a [u32], Option<u32>, bool);
    let cases: &[Case] = &[
        // Named runner-up at 85 % of the best: it leads once the unnamed weigh half.
        (&[(4, 7.5), (3, 6.4), (15, 4.4)], &[3], Some(3), true),
        // At 90 %, with two unnamed measures behind.
        (
            &[(9, 5.0), (6, 4.5), (12, 4.0), (7, 1.0)],
            &[6],
            Some(6),
            true,
        ),
        // A far runner-up (half the best) leaves the best in place.
        (&[(9, 8.0), (6, 4.0), (12, 1.0)], &[6], Some(9), true),
        // Both named, or neither: the scores decide.
        (&[(9, 7.0), (6, 5.5)], &[6, 9], Some(9), false),
        (&[(9, 7.0), (6, 6.5)], &[], Some(9), false),
        // The best named and the runner-up not: as before, surer.
        (&[(6, 5.0), (9, 4.5)], &[6], Some(6), true),
    ];
    for (scores, named, reading, sure) in cases {
        let (best, confidence) = best_of(&weigh_keywords(scores, named));
        assert_eq!(best, *reading, "{scores:?} {named:?}");
        assert_eq!(
            confidence >= 0.5,
            *sure,
            "{scores:?} {named:?}: {confidence}"
        );
    }
}

/// Short roots: the plan's "рад" (genitive plural, no ending) is met by "ради", "раду";
/// its "членів" by "членам", "члени".
#[test]
fn short_roots_meet_their_other_forms() {
    for (stem, root) in [
        ("ради", Some("рад")),
        ("рада", Some("рад")),
        ("раду", Some("рад")),
        ("член", None),
        ("саит", None),
        ("радио", None),
    ] {
        assert_eq!(root_of(stem), root, "{stem}");
    }
    assert_eq!(short_roots("членів громадських рад"), vec!["рад"]);
    assert!(short_roots("від для про та які").iter().all(|s| s != "від"));
    assert_eq!(genitive_bases("членів громадських рад"), vec!["член"]);
    assert_eq!(genitive_bases("членов общественных советов"), vec!["член"]);
    // Longer bases meet their other forms by prefix already.
    assert!(genitive_bases("органів, представників, проектів").is_empty());
    let m = mapper();
    for text in [
        "Членам громадської ради надіслано проект розпорядження для зауважень.",
        "Проект рішення погоджено з членами громадської ради.",
        "Члени ради отримали проект програми, їхні пропозиції враховано.",
    ] {
        let scores = m.scores(text);
        assert_eq!(scores[0].0, 9, "{text}: {scores:?}");
        let out = m.map_block(segment_text(text));
        assert_eq!(measures(&out), vec![Some(9)], "{text}");
    }
}

/// One shared word is no evidence, unless it is a keyword of the measure: the plan's own
/// name for it.
#[test]
fn a_keyword_alone_is_evidence() {
    let m = mapper();
    for text in [
        "На сайті щодня оприлюднюються новини та оголошення.",
        "Розклад занять секцій розміщено на сайті.",
        "На сайте размещены новости и объявления.",
    ] {
        let out = m.map_block(segment_text(text));
        assert_eq!(measures(&out), vec![Some(1)], "{text}");
    }
    // A single shared word that is no keyword still places nothing.
    for text in [
        "Листування ведеться, бо службова пошта не працює.",
        "Проведено ремонт даху.",
    ] {
        let out = m.map_block(segment_text(text));
        assert!(out.iter().all(|i| i.measure.is_none()), "{text}: {out:?}");
    }
}

/// More ways of writing a list of the plan's numbers: "№", a reference repeated for each
/// number, "з … по …" after the word, a spaced range followed by what was done.
#[test]
fn lists_of_references_in_more_shapes() {
    for (text, numbers) in [
        ("Заходи №№ 6, 7 виконано.", vec![6, 7]),
        ("Захід № 6 виконано.", vec![6]),
        ("п. 6, п. 7 — проведено консультації.", vec![6, 7]),
        ("п.6,п.7,п.9 - проведено", vec![6, 7, 9]),
        ("Пункт 6 і пункт 9: проведено.", vec![6, 9]),
        (
            "Пункт 1 (сайт) та пункт 6 (консультації) виконано.",
            vec![1, 6],
        ),
        ("Пункти з 6 по 9 виконано.", vec![6, 7, 8, 9]),
        ("Пп. 6 - 9 проведено.", vec![6, 7, 8, 9]),
        // A range that heads a paragraph without the numbers' word.
        ("З 3 по 5: веб-ресурс запущено.", vec![3, 4, 5]),
        // A spaced range that ends a sentence is a range.
        (
            "Щодо п.п. 1, 6 – 9. Офіційний сайт оновлено.",
            vec![1, 6, 7, 8, 9],
        ),
        ("Пункти: 6, 7, 9 — проведено.", vec![6, 7, 9]),
        ("По пунктах плану 6-9: проведено.", vec![6, 7, 8, 9]),
        ("З пункту 6 по пункт 9 плану проведено.", vec![6, 7, 8, 9]),
        ("Щодо виконання з п. 6 по 8 повідомляємо.", vec![6, 7, 8]),
        (
            "6-9 пункти плану: проведено консультації.",
            vec![6, 7, 8, 9],
        ),
        ("1, 12 пп. — сайт оновлено.", vec![1, 12]),
    ] {
        assert_eq!(references(text), (numbers, Reference::Explicit), "{text}");
    }
    // A later reference that is not joined to the leading one does not add to it.
    assert_eq!(
        references("Пункт 6: проведено консультації, як і передбачено п. 9."),
        (vec![6], Reference::Explicit)
    );
    assert_eq!(cell_numbers("6\n7"), vec![6, 7]);
    // A cell that names the plan after its numbers; other words after them are no number.
    assert_eq!(cell_numbers("п. 6 Плану"), vec![6]);
    assert_eq!(cell_numbers("пп. 7, 9 плану заходів"), vec![7, 9]);
    assert!(cell_numbers("6 засідань").is_empty());
    assert!(cell_numbers("50%").is_empty() && cell_numbers("7 -").is_empty());
    // One number before "пункти" counts them ("2 пункти плану виконано").
    assert_eq!(references("2 пункти плану виконано.").1, Reference::None);
    // Dates are no range of measures.
    assert_eq!(
        references("З 6 по 9 листопада проведено тиждень.").1,
        Reference::None
    );
    // A count after a spaced dash is still no range.
    assert_eq!(references("Пункт 6 – 4 консультації проведено.").0, vec![6]);
}

/// Typed in a hurry: "п" and "пп" without their full stop ("п1", "пп 6-9", "п 10") name
/// measures where a number follows, and open a paragraph of their own, as does a range that
/// heads a line ("з 6 по 9 – …"); a word that begins with "п" is no reference.
#[test]
fn references_typed_without_the_full_stop() {
    for (text, numbers) in [
        (
            "пп 6-9, 12 - проведено 3 консультації",
            vec![6, 7, 8, 9, 12],
        ),
        ("п1 - сайт оновлено", vec![1]),
        ("п 10 – створено робочу групу", vec![10]),
        ("Пп 7,9 виконано", vec![7, 9]),
    ] {
        assert_eq!(references(text), (numbers, Reference::Explicit), "{text}");
    }
    assert_eq!(cell_numbers("п6"), vec![6]);
    // Words that begin with "п" name nothing; "п" before no number is no reference.
    assert_eq!(
        references("проведено 3 консультації, п опитування").1,
        Reference::None
    );
    let text = "Борзнянська РДА, інформація за 2 півріччя 2013\n\
        п.1 – на сайті РДА створено розділ «Громадська рада»\n\
        з 6 по 9 – з 01.07 по 30.11 проведено 4 консультації (2 громадські слухання)\n\
        п 10 – на засіданні громадської ради створено робочу групу з питань прозорості\n";
    let segs = segment_text(text);
    let numbers: Vec<Vec<u32>> = segs.iter().map(|s| s.numbers.clone()).collect();
    assert!(numbers.contains(&vec![1]), "{numbers:?}");
    assert!(numbers.contains(&vec![6, 7, 8, 9]), "{numbers:?}");
    assert!(numbers.contains(&vec![10]), "{numbers:?}");
    // Answers run on in one line, each after its bare reference.
    let segs = segment_text("пп 7-9 виконано, п 1 - сайт оновлено, п 12 - експертиз не було\n");
    let numbers: Vec<Vec<u32>> = segs.iter().map(|s| s.numbers.clone()).collect();
    assert_eq!(numbers, vec![vec![7, 8, 9], vec![1], vec![12]]);
}
/// A village's council ("сільських рад з питань …", "сельских советов по вопросам …") is
/// elected local government, no advisory body; a coordinating council of the oblast and the
/// district's councils on education are advisory bodies.
#[test]
fn an_elected_council_is_no_advisory_body() {
    let m = shipped_mapper();
    for text in [
        "Проведено 6 встреч с жителями сельских советов по вопросам газификации.",
        "Проведено 6 зустрічей з мешканцями сільських рад з питань газифікації.",
    ] {
        assert_eq!(m.owed_keyword_measures(text), vec![6], "{text}");
    }
    for text in [
        "Створено раду з питань розвитку туризму при райдержадміністрації.",
        "Працює обласна координаційна рада з питань сім'ї.",
        "Представники громадських організацій працюють у складі районних рад з питань освіти.",
    ] {
        assert!(m.owed_keyword_measures(text).contains(&7), "{text}");
    }
}

/// Lines typed without a stop at any line's end, as on a phone, are statements of their own:
/// a paragraph of such lines may report as many measures as it has lines.
#[test]
fn unpunctuated_lines_are_clauses_of_their_own() {
    let text = "офіційний сайт району оновлено відповідно до закону, додано нові розділи щодня\n\
        провели 3 громадських слухання (бюджет району, тарифи на воду) та опитування батьків\n\
        громадська експертиза діяльності відділу освіти проведена громадською організацією";
    assert_eq!(
        clause::clauses(text),
        text.lines().collect::<Vec<_>>(),
        "each line is a clause"
    );
    let m = shipped_mapper();
    let got = measures(&m.map_block(segment_text(text)));
    assert!(got.contains(&Some(6)), "{got:?}");
    // A paragraph whose lines end with stops is read by its sentences, as ever.
    assert_eq!(
        clause::clauses("Сайт оновлено.\nПроведено слухання.\nЕкспертиз не було."),
        Vec::<&str>::new()
    );
}

/// Prose whose closest measure's subject (`about` in plan.toml) it never names is left to a
/// person: a unit's own subsidy hot line is not the head's "гаряча лінія" (measure 5).
#[test]
fn prose_off_its_best_measures_subject_is_left_to_a_person() {
    let m = shipped_mapper();
    let own = "Працює «гаряча лінія» управління з питань призначення субсидій та пільг \
               (тел. 67-50-50), за 5 місяців надійшло 1 127 дзвінків.";
    let out = m.map_block(segment_text(own));
    assert!(out.iter().all(|i| i.measure.is_none()), "{out:?}");
    let heads = "Працює «гаряча лінія» голови облдержадміністрації (тел. 67-50-50), за 5 \
                 місяців надійшло 1 127 дзвінків.";
    let out = m.map_block(segment_text(heads));
    assert_eq!(
        out.iter().filter_map(|i| i.measure).collect::<Vec<_>>(),
        vec![5],
        "{out:?}"
    );
}

/// Measures the writer calls "not ours" ("Пункти 2, 6-9 — не наші", "это не наши пункты")
/// are not applicable to the office: nothing is reported on them.
#[test]
fn measures_called_not_ours_report_nothing() {
    let m = shipped_mapper();
    for t in [
        "Пункти 2, 6-9, 12 — не наші, у таблиці прочерки.",
        "Пп. 7 і 8 – це не наші пункти.",
        "По пунктам 9, 10 — не наша компетенция.",
    ] {
        let got = m.map_block(segment_text(t));
        assert!(!got.is_empty(), "{t}");
        assert!(
            got.iter().all(|x| x.measure.is_none() || x.not_applicable),
            "{t}: {got:?}"
        );
    }
}
