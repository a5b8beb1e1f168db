//! Placeholders, "not applicable" and answers that state nothing.

use super::*;

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
        // Sent to the enclosure by name.
        "Інформація щодо виконання п.п. 1, 6 – 9, 12 – див. додаток.",
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

#[test]
fn not_applicable_is_marked() {
    let m = mapper();
    for text in [
        "7. Не стосується.",
        "по п.7 – не стосуеться",
        "7. Не стосуется",
    ] {
        let out = m.map_block(segment_text(text));
        assert!(out[0].not_applicable, "{text}: {out:?}");
        assert_eq!(out[0].measure, Some(7), "{text}");
    }
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
        // Not pertaining to the office, with the report's next line beside.
        "Пункты 2 - 5, 8, 11, 13 - 15 к райгосадминистрации не относятся. По пункту 16 \
         информация предоставляется в установленные сроки.",
        "Пункти 3-5 до управління не відносяться.",
    ] {
        let out = m.map_block(segment_text(text));
        assert!(
            !out.is_empty() && out.iter().all(|i| i.not_applicable),
            "{text}: {out:?}"
        );
    }
    // "не" that ends another word ("зазначене відноситься") says nothing of applying.
    for text in [
        "7. Проведено 3 засідання громадської ради. Зазначене відноситься також до п. 6.",
        "7. Проведено 3 засідання громадської ради, вищезазначене стосується всіх \
         підрозділів.",
    ] {
        let out = m.map_block(segment_text(text));
        assert!(
            !out.is_empty() && out.iter().all(|i| !i.not_applicable),
            "{text}: {out:?}"
        );
    }
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
        // As typed in haste, the soft sign lost.
        "не проводилис",
        // The information itself said to be missing.
        "Інформація відсутня.",
        "даних немає",
        "Информация отсутствует",
    ] {
        assert!(is_placeholder(p), "{p:?}");
    }
    assert!(!is_placeholder("Інформація відсутня на сайті розміщена"));
}

/// A list of every measure, each a short label and its answer after a spaced dash or hyphen
/// ("2. Рубрики на сайті облдержадміністрації - х"): a sign or "без змін" after the label is a
/// placeholder; a negation names what was not done and answers; a statement, or a state of
/// work in hand, is read as ever.
#[test]
fn a_labelled_line_whose_answer_is_a_placeholder_is_no_report() {
    let m = mapper();
    let out = m.map_block(segment_text(
        "1. Інформаційне наповнення та функціонування офіційних сайтів - На офіційному \
         веб-сайті РДА оновлено розділ «Громадська рада».\n\
         6. Консультації з громадськістю - х\n\
         7. Дорадчо-консультативні органи - без змін\n\
         9. Обговорення проектів членами громадської ради – не проводилось.",
    ));
    assert_eq!(measures(&out), vec![Some(1), Some(9)], "{out:?}");
    let out = m.map_block(segment_text("7. Дорадчо-консультативні органи - -"));
    assert!(out.is_empty(), "{out:?}");
    // What else the label's answer says is read as ever.
    for text in [
        "7. Положення про дорадчий орган – в стадії розробки",
        "6. Консультації з громадськістю – проведено слухання",
    ] {
        let out = m.map_block(segment_text(text));
        assert!(!out.is_empty(), "{text}: {out:?}");
    }
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

/// A line that states nothing done (a heading, an address) is not placed by its words.
#[test]
fn a_line_that_states_nothing_is_not_placed() {
    let m = mapper();
    let out = m.map_block(segment_text(
        "Про консультації з громадськістю з питань регіональної політики",
    ));
    assert!(out.iter().all(|x| x.measure.is_none()), "{out:?}");
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

/// The letter's own count before a reference to the plan's points ("4. Щодо пунктів 2, 7,
/// 9, 12 Плану – заходи не проводились.") does not hide the answer after the reference: a bare
/// denial is a placeholder there as it is after "п. 7 –"; what the answer states still counts.
#[test]
fn a_count_before_a_reference_does_not_hide_a_bare_denial() {
    let m = shipped_mapper();
    let text = "1. На сторінці управління на офіційному веб-сайті облдержадміністрації \
                розміщено Регіональну доповідь про стан довкілля.\n\n\
                2. Щодо пунктів 7, 9, 12 Плану – заходи не проводились.";
    let out = m.map_block(segment_text(text));
    assert!(
        measures(&out)
            .iter()
            .all(|n| !matches!(n, Some(7 | 9 | 12))),
        "{out:?}"
    );
    let out = m.map_block(segment_text(
        "1. Розміщено доповідь.\n\n2. Щодо пунктів 7, 9 Плану – до складу колегії введено \
         голову громадської ради.",
    ));
    let got = measures(&out);
    assert!(got.contains(&Some(7)) && got.contains(&Some(9)), "{out:?}");
}

/// A text table typed in the body with "|" between its columns ("п.6  | немає"): the rule is
/// no part of the answer, and a placeholder after it says nothing.
#[test]
fn a_text_tables_column_rule_does_not_hide_a_placeholder() {
    let m = shipped_mapper();
    let out = m.map_block(segment_text(
        "п.1  | На сайті управління оновлено розділи «Новини», «Звернення громадян».\n\
         п.6  | немає\n\
         п.8  | -",
    ));
    assert_eq!(measures(&out), vec![Some(1)], "{out:?}");
}

/// A placeholder with a referral in brackets stays one when the sentence's stop follows the
/// bracket ("без изменений (см. информацию за ІІ полугодие 2012 г.).").
#[test]
fn a_placeholder_with_a_referral_and_a_stop_is_one() {
    for t in [
        "без изменений (см. информацию за ІІ полугодие 2012 г.).",
        "Без змін (див. інформацію за І півріччя).",
    ] {
        assert!(is_placeholder(t), "{t}");
    }
    let m = shipped_mapper();
    let placed = placed_for(
        &m,
        "Пункты 7, 9, 12 — без изменений (см. информацию за ІІ полугодие 2012 г.).",
        &[1, 6, 7, 9, 12],
    );
    assert!(placed.is_empty(), "{placed:?}");
}
