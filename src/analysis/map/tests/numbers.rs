//! Measure numbers: references, ranges and lists, the letter's own numbering and counts.

use super::*;

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
    // A phone number after initials ("Н.П." ends like "п."): no range 2–13.
    assert!(explicit_numbers("вик. Дорош Н.П. 2-13-40").is_empty());
    assert!(explicit_numbers("вик. Дорош Н.П. 5-40-12").is_empty());
    // An initial "П." is no "п." ("Сидоренко Н.П. 6 років у раді"); "п. 6" after a full stop
    // still is.
    assert!(explicit_numbers("Сидоренко Н.П. 6 років очолює раду").is_empty());
    assert!(explicit_numbers("Сидоренко Н. П. 6 років очолює раду").is_empty());
    assert_eq!(explicit_numbers("Інформуємо. П. 6 – проведено."), vec![6]);
    // (The numbers before it stand.)
    assert_eq!(explicit_numbers("пп. 1, 6, 2-13-40"), vec![1, 6]);
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

/// An order attached beside the report ("НАКАЗ … 1. Визначити відповідальним …") sets tasks
/// under its own points and states nothing done: no item. Points that answer, even in a few
/// words, or a block that states something done, stay reports.
#[test]
fn an_order_of_points_that_set_tasks_reports_nothing() {
    let m = mapper();
    let order = "НАКАЗ\n01.10.2012 № 188\nПро організацію виконання плану заходів\n\
        1. Визначити відповідальним за виконання плану заступника начальника управління.\n\
        6. Відділу інформаційно-аналітичної роботи щокварталу узагальнювати матеріали.\n\
        7. Контроль за виконанням наказу залишаю за собою.";
    let out = m.map_block(segment_text(order));
    assert!(measures(&out).iter().all(Option::is_none), "{out:?}");
    for text in [
        // The plan's points quoted, each answered.
        "1. Забезпечити оприлюднення проектів рішень на сайті – оприлюднено 12 проектів.\n\
         6. Проводити консультації з громадськістю – проведено 3 консультації.",
        // Answers without a verb, after their labels (a word in "-ти" is no infinitive).
        "1. Кількість проектів рішень на веб-сайті – 12 (проекти розпоряджень голови РДА).\n\
         6. Консультації з громадськістю – 3 (публічні обговорення проекту бюджету).\n\
         7. Кількість звернень до громадської ради – 14, зокрема запити та пропозиції.",
        // One point of the order stated done.
        "1. Визначити відповідальним за виконання плану заступника начальника управління.\n\
         6. Проведено 3 консультації з громадськістю щодо проекту програми.",
    ] {
        let out = m.map_block(segment_text(text));
        let got: Vec<Option<u32>> = measures(&out)
            .into_iter()
            .filter(|x| *x != Some(7))
            .collect();
        assert_eq!(got, vec![Some(1), Some(6)], "{text}");
    }
    // A copy of the plan's own table attached (no column of what was done): its rows set the
    // plan's tasks and report nothing.
    let mut rows = vec![row(&[
        "№ з/п",
        "Зміст заходу",
        "Виконавці",
        "Термін виконання",
    ])];
    for ms in &sample_plan().measures {
        let n = ms.number.to_string();
        rows.push(row(&[&n, &ms.text, "Райдержадміністрації", "Постійно"]));
    }
    let t = Table {
        sheet: None,
        rows,
        first_row: 1,
    };
    let out = m.map_block(segment_table(&t));
    assert!(measures(&out).iter().all(Option::is_none), "{out:?}");
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
fn a_range_gives_one_item_per_measure() {
    let m = mapper();
    let out = m.map_block(segment_text(
        "пп. 6–7, 9: проведено консультації, залучено громадськість",
    ));
    let got: Vec<Option<u32>> = out.iter().map(|x| x.measure).collect();
    assert_eq!(got, vec![Some(6), Some(7), Some(9)]);
    assert!(out.iter().all(|x| x.text == out[0].text));
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

/// A count from one with the measure's own mark under a measure that opened a list
/// ("6. … у формі:" over "1.", "2.", "3.") numbers its parts; the next measure ("7.")
/// ends it. A count that does not start at one, or a list no measure opened, is the plan's.
#[test]
fn a_count_from_one_under_a_measures_list_numbers_its_parts() {
    let m = mapper();
    let text = "6. Консультації з громадськістю проведено у формі:\n1. громадських слухань \
        щодо звіту про виконання бюджету;\n2. зустрічі голови РДА з мешканцями;\n3. \
        електронного опитування.\n7. Представники громадської ради включені до складу \
        координаційної ради.\n9. Проект програми обговорено з членами громадської ради.";
    let out = m.map_block(segment_text(text));
    assert_eq!(measures(&out), vec![Some(6), Some(7), Some(9)], "{out:?}");
    assert!(out[0].text.contains("3. електронного"), "{}", out[0].text);
    // Under a heading that states nothing, "1." and "2." are measures of their own.
    let heading = "5. Інформація щодо виконання Плану:\n1. Сайт оновлено, розміщено звіт.\n2. \
        Інформацію про виконання програм розміщено в рубриці.";
    assert_eq!(
        segment_text(heading)
            .iter()
            .map(|s| s.numbers.clone())
            .collect::<Vec<_>>(),
        vec![vec![5], vec![1], vec![2]]
    );
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

/// A count from one that continues a deed's sentence ("… у таких громадах:" over "1)
/// Тупичівська — 14.02.2013, 56 осіб;") numbers what the sentence lists, not measures 1–3;
/// under a sentence that names the plan's points, or a title that states nothing, the count
/// stays the plan's.
#[test]
fn a_count_continuing_a_deeds_sentence_is_the_sentences_list() {
    let m = shipped_mapper();
    let text = "Відбулися громадські слухання щодо ремонту доріг у таких громадах:\n\
        1) Тупичівська — 14.02.2013, 56 осіб;\n2) Хоробичівська — 28.02.2013, 43 особи;\n\
        3) Деревинська — 14 березня, 37 осіб.";
    let out = m.map_block(segment_text(text));
    let numbered: Vec<Option<u32>> = out
        .iter()
        .filter(|x| x.text.starts_with(['1', '2', '3']))
        .map(|x| x.measure)
        .collect();
    assert_eq!(numbered.len(), 3, "{out:?}");
    assert!(
        numbered.iter().all(|n| !matches!(n, Some(1..=3))),
        "{out:?}"
    );
    for opening in [
        "Виконано такі пункти Плану:",
        "Інформація про виконання заходів:",
        "Проведено такі заходи:",
    ] {
        let text = format!(
            "{opening}\n1) Тупичівська — 14.02.2013, 56 осіб;\n2) Хоробичівська — \
             28.02.2013, 43 особи;\n3) Деревинська — 14 березня, 37 осіб."
        );
        let out = m.map_block(segment_text(&text));
        let numbered: Vec<Option<u32>> = out
            .iter()
            .filter(|x| x.text.starts_with(['1', '2', '3']))
            .map(|x| x.measure)
            .collect();
        assert_eq!(
            numbered,
            vec![Some(1), Some(2), Some(3)],
            "{opening}: {out:?}"
        );
    }
}

/// A note that says whose the other points are ("виконавцями пунктів 3, 4, 11 … визначено
/// управління …, пунктів 1, 2, 6-9, 12 — структурні підрозділи …; відділ є співвиконавцем
/// лише пункту 5") answers none of them; the numbered answer above it still counts.
#[test]
fn a_note_on_whose_the_points_are_answers_none() {
    let m = shipped_mapper();
    let letter = "5. На \"гарячу лінію\" голови облдержадміністрації надійшло 1 412 звернень, з \
                  них 1 297 розглянуто.\n\n\
                  Примітка: виконавцями пунктів 3, 4, 11, 13, 14, 15 плану визначено управління \
                  з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації, \
                  пунктів 1, 2, 6-9, 12 - структурні підрозділи облдержадміністрації та \
                  райдержадміністрації; відділ роботи із зверненнями громадян у межах плану є \
                  співвиконавцем лише пункту 5.";
    assert_eq!(placed_for(&m, letter, &[5]), vec![5]);
}

/// A line that answers its point and sends only "the rest" to the attachment ("п.1 – на сайті
/// новий розділ …, решта у вкладенні") answers that point; one that sends its point there
/// answers nothing.
#[test]
fn a_point_answered_beside_the_rest_sent_to_the_attachment_counts() {
    let m = shipped_mapper();
    let placed = |t: &str| placed_for(&m, t, &[1, 6, 7, 9, 10, 12]);
    assert_eq!(
        placed("п.1 – на сайті новий розділ «Доступ до публ. інформації», решта у вкладенні"),
        vec![1]
    );
    assert!(placed("п.1 – див. у вкладенні").is_empty());
    assert!(placed("Інформація щодо пунктів 1, 6 та 9 у вкладенні.").is_empty());
}

/// Answers typed under the quoted items of the reminder ("6. Налагодити …" over "так, 2 -
/// 14.03 бюджет, 23.05 благоустрій", "7. Залучати …" over "ні") are the items answered, not an
/// order that sets tasks: the answer that says what was done counts; a bare "так", "ні" or
/// "-" ticks nothing.
#[test]
fn answers_under_quoted_items_are_no_order_of_tasks() {
    let m = shipped_mapper();
    let own = "+\n6. Налагодити на регулярній основі роботу по проведенню консультацій\n\
               так, 2 - 14.03 бюджет, 23.05 благоустрій\n\
               7. Залучати до роботи дорадчо-консультативних органів при органах\nні\n\
               9. Залучати членів громадських рад при органах виконавчої влади до\nтак\n\n-\n\
               12. Сприяти проведенню інститутами громадянського суспільства\nні";
    assert_eq!(placed_for(&m, own, &[1, 6, 7, 9, 10, 12]), vec![6]);
    for tick in ["так", "Так.", "+"] {
        assert!(is_placeholder(tick), "{tick}");
    }
}

/// Only "решта"/"остальное" right before the attachment sends the rest there: "інші заходи у
/// вкладенні" sends the point itself.
#[test]
fn other_things_in_the_attachment_are_not_the_rest() {
    let m = shipped_mapper();
    for t in [
        "п.6 – консультації з громадськістю та інші заходи у вкладенні",
        "п. 6 – інформація щодо консультацій у вкладенні, інші пункти не стосуються",
    ] {
        let placed = placed_for(&m, t, &[1, 6, 7, 9, 10, 12]);
        assert!(placed.is_empty(), "{t}: {placed:?}");
    }
}
