//! How a text is cut into paragraphs and clauses: headings, signatures, covering lines.

use super::*;

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

/// An unwrapped statement over a sentence that points to the attachment by the plan's numbers
/// ("Інформація по пп. 1, 6, 7 – у вкладенні."): two paragraphs, the numbers the pointer's
/// alone. A reference that heads its paragraph keeps the lines under it.
#[test]
fn an_unwrapped_statement_keeps_apart_from_the_next_sentences_numbers() {
    let text = "Куликівська райдержадміністрація інформує, що за рекомендацією \
        райдержадміністрації громадська рада 15.10.2013 утворила у своєму складі робочу групу \
        з питань відкритості та прозорості діяльності органів влади (5 осіб).\n\
        Інформація по пп. 1, 6, 7, 9, 12 – у вкладенні.";
    let segs = segment_text(text);
    assert_eq!(segs.len(), 2, "{segs:?}");
    assert!(segs[0].numbers.is_empty(), "{segs:?}");
    // A later line that assigns the statement to a measure keeps it in the paragraph.
    let assigned = text.replace(
        "Інформація по пп. 1, 6, 7, 9, 12 – у вкладенні.",
        "Це виконання п. 10 Плану.",
    );
    assert_eq!(segment_text(&assigned).len(), 1);
    let headed = "п. 10 – за рекомендацією райдержадміністрації громадська рада 15.10.2013 \
        утворила у своєму складі робочу групу з питань відкритості та прозорості діяльності \
        органів влади.\nДо її складу увійшли 5 осіб.";
    assert_eq!(segment_text(headed).len(), 1);
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
