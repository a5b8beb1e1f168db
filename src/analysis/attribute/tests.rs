//! Unit tests of attribution: registered addresses, forwards, borrowed and private boxes,
//! the office named in a signature, the addressee that is never the sender.

use super::*;
use crate::analysis::plan::tests::sample_plan;

/// A joint report: the pieces under another office's section heading report for that
/// office; a block that names only one office in its headings is no joint report.
#[test]
fn a_joint_report_credits_each_office_its_section() {
    let a = Attributor::new(&sample_plan());
    let b = Some("rda-bobrovytsia".to_string());
    type Case<'a> = (&'a [Option<&'a str>], &'a str, Vec<Option<String>>);
    let cases: Vec<Case> = vec![
        // Roman section marks, the own office first.
        (
            &[
                Some("І. Управління освіти і науки облдержадміністрації"),
                None,
                Some("ІІ. Бобровицька районна державна адміністрація (на її прохання)"),
                None,
                None,
            ],
            "su-osvita",
            vec![None, None, b.clone(), b.clone(), b.clone()],
        ),
        // Arabic marks, Russian names, the other office first, then back to the own.
        (
            &[
                Some("1) Бобровицкая районная государственная администрация"),
                None,
                Some("2) Управління освіти і науки"),
                None,
            ],
            "su-osvita",
            vec![b.clone(), b.clone(), None, None],
        ),
        // Headings without marks.
        (
            &[
                Some("Бобровицька РДА:"),
                None,
                Some("Управління освіти і науки:"),
                None,
            ],
            "su-osvita",
            vec![b.clone(), b.clone(), None, None],
        ),
        // An addressee in the dative over the own office's text is no section.
        (
            &[
                Some("Бобровицькій районній державній адміністрації"),
                Some("Управління освіти і науки"),
                None,
            ],
            "su-osvita",
            vec![None, None, None],
        ),
        // A letterhead: the office, and right under it its department, whose name is
        // another executor's; no section.
        (
            &[
                Some("БОБРОВИЦЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ"),
                Some("Управління освіти і науки"),
                None,
                None,
            ],
            "rda-bobrovytsia",
            vec![None, None, None, None],
        ),
        // Only another office's heading (a report forwarded for it): not joint.
        (
            &[Some("Бобровицька РДА"), None, None],
            "su-osvita",
            vec![None, None, None],
        ),
        // An office named inside a sentence, or in a long paragraph, heads nothing.
        (
            &[
                Some("Управління освіти і науки"),
                None,
                Some("Разом з Бобровицькою РДА проведено нараду."),
                None,
            ],
            "su-osvita",
            vec![None, None, None, None],
        ),
    ];
    for (pieces, own, want) in cases {
        assert_eq!(a.sections(own, pieces), want, "{pieces:?}");
    }
}

/// The letter's address in the nominative ("Управління з питань внутрішньої політики …" over
/// a district's report, its letterhead repeated under the signature) heads no section: the
/// addressee is never the sender, of the whole letter or of a part. Marked as a section ("ІІ.
/// Управління …"), the same office is one.
#[test]
fn the_addressee_named_over_a_report_heads_no_section() {
    let plan = shipped_plan();
    let a = Attributor::new(&plan);
    let address =
        "Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації";
    let pieces = [
        Some(address),
        None,
        None,
        Some("Ніжинська районна державна адміністрація"),
    ];
    assert_eq!(a.sections("rda-nizhyn", &pieces), vec![None; 4]);
    let marked = format!("ІІ. {address}");
    let pieces = [
        Some("І. Ніжинська районна державна адміністрація"),
        None,
        Some(marked.as_str()),
        None,
    ];
    let uvp = Some("uvp".to_string());
    assert_eq!(
        a.sections("rda-nizhyn", &pieces),
        vec![None, None, uvp.clone(), uvp]
    );
}

#[test]
fn section_marks_are_stripped() {
    for (line, rest) in [
        ("ІІ. Служба", "Служба"),
        ("IV) Відділ", "Відділ"),
        ("2. Відділ", "Відділ"),
        ("Б) Відділ", "Відділ"),
        ("Відділ освіти", "Відділ освіти"),
        ("Проведено 2.5 тис.", "Проведено 2.5 тис."),
        // A person's initials are no mark.
        (
            "Т.Лисенко, упр. містобудування",
            "Т.Лисенко, упр. містобудування",
        ),
        ("Т. В. Лисенко", "Т. В. Лисенко"),
        ("І.Петренко", "І.Петренко"),
    ] {
        assert_eq!(strip_section_mark(line), rest, "{line}");
    }
}

/// The plan zvit ships (config/plan.toml), all its executors and addresses.
fn shipped_plan() -> Plan {
    let src = include_str!("../../../config/plan.toml");
    crate::config::parse_plan(std::path::Path::new("plan.toml"), src).unwrap()
}

fn by_text(subject: &str, body: &str) -> Option<String> {
    let plan = sample_plan();
    let a = Attributor::new(&plan);
    let ev = Evidence {
        from: Some("someone@gmail.com"),
        forwarded_senders: vec![],
        subject,
        body,
        forwarded: vec![],
        headings: &[],
    };
    a.attribute(&plan, &ev).map(|a| a.executor)
}

#[test]
fn address_wins_case_insensitively() {
    let plan = sample_plan();
    let a = Attributor::new(&plan);
    let ev = Evidence {
        from: Some("RDA-Nizhyn@Example.gov.ua"),
        forwarded_senders: vec![],
        subject: "Бобровицька РДА",
        body: "",
        forwarded: vec![],
        headings: &[],
    };
    let got = a.attribute(&plan, &ev).unwrap();
    assert_eq!(
        (got.executor.as_str(), got.method),
        ("rda-nizhyn", Method::Address)
    );
}

/// An office that lost its mail sends from a colleague's registered box: the letter is
/// the signing office's; a sentence among the last lines signs nothing.
#[test]
fn a_borrowed_mailbox_is_the_signing_offices() {
    let plan = sample_plan();
    let a = Attributor::new(&plan);
    let attribute = |body: &str| {
        let ev = Evidence {
            from: Some("rda-nizhyn@example.gov.ua"),
            forwarded_senders: vec![],
            subject: "Інформація",
            body,
            forwarded: vec![],
            headings: &[],
        };
        let got = a.attribute(&plan, &ev).unwrap();
        (got.executor, got.method)
    };
    let borrowed = "Надсилаємо з нашої скриньки інформацію.\n\nПо п. 6. Проведено \
            консультації.\n\nВиконавець: Бондар Л.П., 77-45-12\nБобровицька РДА\n";
    assert_eq!(
        attribute(borrowed),
        ("rda-bobrovytsia".to_string(), Method::NameInText)
    );
    let own = "По п. 6. Проведено консультації.\n\nЗгідно з листом Бобровицької РДА \
            надсилаємо інформацію.\nВідділ організаційної роботи\n";
    assert_eq!(attribute(own), ("rda-nizhyn".to_string(), Method::Address));
    // Opened as another office's own report, signed by a position only.
    let declared = "Надсилаємо з нашої скриньки інформацію колег.\n\nБобровицька \
            районна державна адміністрація на виконання Плану заходів з підвищення рівня \
            відкритості та прозорості повідомляє:\n\nп. 6 - проведено консультації з \
            громадськістю щодо проекту програми розвитку району;\nп. 9 - проект розпорядження \
            обговорено з членами громадської ради.\n\nГолова                 П. Петренко\n\n---\nВідправила: О. Демченко, Ніжинська РДА\n";
    assert_eq!(
        attribute(declared),
        ("rda-bobrovytsia".to_string(), Method::NameInText)
    );
    // Declared in a long paragraph that goes on to tell all the office did: the office and
    // its verb open the line.
    let long = format!(
        "Бобровицька РДА інформує, що {}\n\nГолова    П. Петренко\n",
        "проведено консультації з громадськістю щодо проекту програми розвитку району, \
         громадські слухання та засідання громадської ради; "
            .repeat(4)
    );
    assert!(long.lines().next().unwrap().chars().count() > 400);
    assert_eq!(
        attribute(&long),
        ("rda-bobrovytsia".to_string(), Method::NameInText)
    );
    // Opened as another office giving its information, signed by a position only; an
    // office giving something else ("надає приміщення") declares nothing.
    let gives = "Лист надсилається з нашої скриньки.\n\nБобровицька районна державна \
            адміністрація надає управлінню інформацію про виконання Плану заходів за \
            півріччя.\n\nп. 6 - проведено консультації з громадськістю.\n\nГолова    \
            П. Петренко\n";
    assert_eq!(
        attribute(gives),
        ("rda-bobrovytsia".to_string(), Method::NameInText)
    );
    // Forwarded (or sent) for another office, the box's own office signing as the
    // sender: the letter is the other's — not when the other office only asked, or its
    // information is named in another sentence.
    let relayed = "Пересилаємо з пошти Ніжинської РДА інформацію Бобровицької районної\n\
            державної адміністрації (у них не працює пошта).\n\nп. 6 - \
            проведено консультації з громадськістю.\n\n--\nНіжинська РДА\nзагальний відділ\n";
    for relayed in [
        relayed.to_string(),
        relayed.replace("Пересилаємо з пошти", "Надсилаємо з пошти"),
        relayed.replace(
            "Пересилаємо з пошти Ніжинської РДА інформацію",
            "Надсилаємо інформацію",
        ),
        // At the other's request, the verb after it: "на прохання … надсилаємо їхню".
        relayed
            .replace(
                "Пересилаємо з пошти Ніжинської РДА інформацію Бобровицької районної",
                "На прохання Бобровицької районної",
            )
            .replace(
                "(у них не працює пошта).",
                "(у них не працює пошта) надсилаємо їхню інформацію.",
            ),
    ] {
        assert_eq!(
            attribute(&relayed),
            ("rda-bobrovytsia".to_string(), Method::NameInText),
            "{relayed}"
        );
    }
    for own in [
        relayed.replace(
            "Пересилаємо з пошти Ніжинської РДА інформацію Бобровицької районної\n\
                 державної адміністрації",
            "Надсилаємо інформацію Ніжинської районної державної адміністрації",
        ),
        relayed
            .replace(
                "Пересилаємо з пошти Ніжинської РДА інформацію Бобровицької районної",
                "На прохання Бобровицької районної",
            )
            .replace("(у них не працює пошта).", "пересилаємо нашу інформацію."),
        relayed.replace(
            "Пересилаємо з пошти Ніжинської РДА інформацію",
            "Пересилаємо звіт. Інформацію",
        ),
    ] {
        assert_eq!(
            attribute(&own),
            ("rda-nizhyn".to_string(), Method::Address),
            "{own}"
        );
    }
    // Forwarded "на прохання" of the office the reports go to (named by the measure nobody
    // owes): that office only asked; the letter stays the box's own.
    let asked = relayed.replace(
        "Пересилаємо з пошти Ніжинської РДА інформацію Бобровицької районної",
        "Пересилаємо на прохання Бобровицької районної",
    );
    assert_eq!(attribute(&asked).0, "rda-bobrovytsia");
    let mut to_bobrovytsia = plan.clone();
    let mut duty = to_bobrovytsia.measures[0].clone();
    duty.number = 16;
    duty.text = "Надати інформацію Бобровицькій районній державній адміністрації".into();
    duty.owed = false;
    to_bobrovytsia.measures.push(duty);
    let evidence = Evidence {
        from: Some("rda-nizhyn@example.gov.ua"),
        forwarded_senders: vec![],
        subject: "Інформація",
        body: &asked,
        forwarded: vec![],
        headings: &[],
    };
    let got = Attributor::new(&to_bobrovytsia)
        .attribute(&to_bobrovytsia, &evidence)
        .unwrap();
    assert_eq!(got.executor, "rda-nizhyn");
    let help = gives.replace(
        "управлінню інформацію про виконання Плану заходів",
        "інформаційну підтримку громадським організаціям",
    );
    assert_eq!(
        attribute(&help),
        ("rda-nizhyn".to_string(), Method::Address)
    );
    let premises = gives.replace(
        "управлінню інформацію про виконання Плану заходів",
        "приміщення для консультацій",
    );
    assert_eq!(
        attribute(&premises),
        ("rda-nizhyn".to_string(), Method::Address)
    );
    // Signed by the box's own office, a quoted line of another's changes nothing.
    let quoted = "Надсилаємо інформацію.\n\nБобровицька районна державна адміністрація на \
            виконання Плану заходів з підвищення рівня відкритості повідомляє, що готова \
            співпрацювати.\n\nп. 6 - проведено консультації з громадськістю щодо проекту \
            програми розвитку району.\n\nНачальник відділу\nНіжинська РДА\n";
    assert_eq!(
        attribute(quoted),
        ("rda-nizhyn".to_string(), Method::Address)
    );
    // The box's own office opening so stays the writer.
    let own_declared = "Ніжинська РДА повідомляє: п. 6 - проведено консультації разом \
            з Бобровицькою РДА.\n";
    assert_eq!(
        attribute(own_declared),
        ("rda-nizhyn".to_string(), Method::Address)
    );
}

/// A copy sent to the district council names the council, not the office, though a name
/// of the office ("Бобровицький район") reads the start of it.
#[test]
fn a_council_named_after_a_district_is_not_the_district_office() {
    let mut plan = sample_plan();
    plan.executors[0].aliases.push("Бобровицький район".into());
    let a = Attributor::new(&plan);
    let body = "По п. 6 проведено консультації.\n\n\
            Копію листа направлено до Бобровицької районної ради.\n\n\
            Мороз В.І.\nначальник відділу апарату Бобровицької РДА\n(04657) 2-13-58\n";
    let ev = Evidence {
        from: Some("moroz@meta.ua"),
        forwarded_senders: vec![],
        subject: "Інформація",
        body,
        forwarded: vec![],
        headings: &[],
    };
    let got = a.attribute(&plan, &ev).map(|a| a.executor);
    assert_eq!(got.as_deref(), Some("rda-bobrovytsia"));
}

/// "Рада" is too short for the stemmer: its cases still read the council's name.
#[test]
fn the_public_council_is_named_in_any_case() {
    let mut plan = sample_plan();
    let mut council = plan.executors[0].clone();
    council.id = "gromrada".into();
    council.name = "Громадська рада при облдержадміністрації".into();
    council.aliases = vec!["Громадська рада при ОДА".into()];
    plan.executors.push(council);
    let a = Attributor::new(&plan);
    for body in [
        "Надсилаємо інформацію.\n\nГолова Громадської ради при облдержадміністрації",
        "Надсилаємо інформацію.\n\nЗ повагою\nсекретар ради\nГромадська рада при ОДА",
    ] {
        let ev = Evidence {
            from: Some("org@oblrada.example.gov.ua"),
            forwarded_senders: vec![],
            subject: "Інформація",
            body,
            forwarded: vec![],
            headings: &[],
        };
        let got = a.attribute(&plan, &ev).map(|a| a.executor);
        assert_eq!(got.as_deref(), Some("gromrada"), "{body}");
    }
}

#[test]
fn inflected_and_russian_names() {
    assert_eq!(
        by_text("Звіт Бобровицької РДА", "").as_deref(),
        Some("rda-bobrovytsia")
    );
    assert_eq!(
        by_text("Інформація", "від Ніжинської райдержадміністрації").as_deref(),
        Some("rda-nizhyn")
    );
    assert_eq!(
        by_text(
            "Отчет",
            "Бобровицкая районная государственная администрация"
        )
        .as_deref(),
        Some("rda-bobrovytsia")
    );
    assert_eq!(
        by_text("Отчет", "Нежинская РДА").as_deref(),
        Some("rda-nizhyn")
    );
    assert_eq!(
        by_text("Звіт", "Управлінням освіти і науки проведено").as_deref(),
        Some("su-osvita")
    );
    assert_eq!(by_text("Привіт", "Купіть дешево").as_deref(), None);
}

/// The sample plan with the coordinating office (the addressee of every report) and more
/// offices, as a personal mailbox would name them.
fn plan_with_coordinator() -> Plan {
    let mut plan = sample_plan();
    let mut add = |id: &str, name: &str, aliases: &[&str]| {
        let mut e = plan.executors[0].clone();
        e.id = id.into();
        e.name = name.into();
        e.aliases = aliases.iter().map(|a| a.to_string()).collect();
        e.emails = vec![format!("{id}@example.gov.ua")];
        plan.executors.push(e);
    };
    add(
        "coord",
        "Департамент комунікацій облдержадміністрації",
        &["Департамент комунікацій", "Департамент коммуникаций"],
    );
    add(
        "su-kultura",
        "Управління культури облдержадміністрації",
        &["Управління культури", "Управление культуры"],
    );
    add(
        "su-sluzhba",
        "Служба у справах дітей облдержадміністрації",
        &["Служба у справах дітей"],
    );
    add(
        "rda-mena",
        "Менська районна державна адміністрація",
        &["Менська РДА"],
    );
    add(
        "su-ekonomika",
        "Головне управління економіки облдержадміністрації",
        &["Головне управління економіки", "Управління економіки"],
    );
    add(
        "su-finansy",
        "Головне фінансове управління облдержадміністрації",
        &["Головне фінансове управління", "Фінансове управління"],
    );
    add(
        "su-apk",
        "Головне управління агропромислового розвитку облдержадміністрації",
        &["Управління агропромислового розвитку"],
    );
    add(
        "su-zdorovia",
        "Управління охорони здоров'я облдержадміністрації",
        &["Управління охорони здоров'я"],
    );
    plan
}

/// Mail from personal mailboxes: (what the case is, subject, body, the writer's office).
const PERSONAL: &[(&str, &str, &str, Option<&str>)] = &[
    (
        "the office the writer informs is the verb's object, not the writer (who names none)",
        "обговорення 14.11",
        "Доброго вечора!\n\nІнформую Департамент комунікацій облдержадміністрації.\n\n14 \
             листопада проведено громадське обговорення виконання плану.\n\nЗ повагою,\n\
             О. Гончар",
        None,
    ),
    (
        "the office only by its initials in capitals",
        "Інф. УОЗ ОДА - Відкритий уряд",
        "На офіційному сайті створено розділ.\n\nЗаступник начальника УОЗ ОДА\nЛ.М. Гончар",
        Some("su-zdorovia"),
    ),
    (
        "a reply keeps another office's subject; the signature names the writer",
        "Re: Звіт Менської РДА (зразок)",
        "Надсилаємо інформацію за зразком.\n\n1. Сайт оновлено.\n\nБобровицька районна \
             державна адміністрація\nвідділ організаційної роботи\nМ. Остапенко",
        Some("rda-bobrovytsia"),
    ),
    (
        "a signature block under a paragraph that ends with another office's name",
        "Інформація",
        "Управління культури облдержадміністрації повідомляє.\n\nДо складу ради включено \
             двох представників, зокрема з\nДепартаменту комунікацій облдержадміністрації.\n\n\
             Заступник начальника управління\nВ.П. Гончаренко",
        Some("su-kultura"),
    ),
    (
        "an office's abbreviation (\"ГУ\") in the signature, a partner in the instrumental",
        "Відкритий уряд",
        "Добрий день.\n\nРубрику наповнено; обсяги видатків звірено з Головним фінансовим \
             управлінням.\n\nТ. Дорошенко, провідний спеціаліст ГУ економіки ОДА\n67-30-71",
        Some("su-ekonomika"),
    ),
    (
        "a district's own unit in a last paragraph written on one line, no closing",
        "Інформація",
        "Менська РДА надає інформацію.\n\nГромадська організація провела громадську \
             експертизу діяльності управління агропромислового розвитку райдержадміністрації щодо \
             надання державної підтримки фермерським господарствам району, пропозиції експертів \
             включено до плану роботи.\n\nШевчук М.П.\nвідділ організаційної роботи\n2-11-56",
        Some("rda-mena"),
    ),
    (
        "the addressee in the dative above, the office in the genitive in the signature",
        "інформація",
        "Департаменту комунікацій облдержадміністрації\n\nПо п. 6 проведено дві \
             консультації.\n\nЗ повагою,\nІ. Коваль,\nзаступник начальника управління \
             культури облдержадміністрації",
        Some("su-kultura"),
    ),
    (
        "a title in the dative over the addressee",
        "",
        "Начальнику департаменту комунікацій\nП. Петренку\n\nПро виконання п. 7 \
             повідомляємо: раду створено.\nголовний спеціаліст служби у справах дітей \
             облдержадміністрації О. Руденко",
        Some("su-sluzhba"),
    ),
    (
        "the addressee in a salutation",
        "Re: звіт",
        "Шановні колеги з департаменту комунікацій!\nНадсилаю звіт у вкладенні.\n\n\
             сектор інформації Бобровицької райдержадміністрації",
        Some("rda-bobrovytsia"),
    ),
    (
        "Russian, the signature on the closing line",
        "информация",
        "Департаменту коммуникаций облгосадминистрации\n\nПо пункту 9 проекты \
             обсуждены.\n\nС уважением, специалист Управления культуры облгосадминистрации",
        Some("su-kultura"),
    ),
    (
        "a third office in the dative in the text",
        "",
        "Пункт 1: сайт оновлено. Копію направлено також Менській райдержадміністрації.\n\
             \nвідділ організаційної роботи Ніжинської РДА",
        Some("rda-nizhyn"),
    ),
    (
        "Latin letters typed for Cyrillic in the signature",
        "звiт",
        "По п.6 - проведено слухання.\n\nзагальний вiддiл апарату Нiжинськоi \
             райдержадмiнiстрацii",
        Some("rda-nizhyn"),
    ),
    (
        "the coordinating office signs as such",
        "",
        "Шановні колеги!\nПо п. 1 сайт оновлено.\nЗ повагою,\nначальник відділу \
             департаменту комунікацій облдержадміністрації",
        Some("coord"),
    ),
    (
        "the office's word shortened in the signature (\"упр.\")",
        "звіт",
        "Коротко: по п.6 — дві консультації.\n\nІ. Коваль, упр. культури ОДА\n\nSent from \
             my iPhone",
        Some("su-kultura"),
    ),
    (
        "the addressee alone is no sender",
        "звіт",
        "Департаменту комунікацій\n\nЗвіт додаю. У тексті згадано департамент \
             комунікацій.\nІрина",
        None,
    ),
    (
        "the addressee in the subject",
        "Департаменту комунікацій: звіт",
        "По п. 6 проведено збори.\nМенська РДА",
        Some("rda-mena"),
    ),
    (
        "a letterhead in the genitive over the addressee after \"до\"",
        "",
        "ІНФОРМАЦІЯ МЕНСЬКОЇ РДА\nдо департаменту комунікацій\n\nПункт 9 виконано.",
        Some("rda-mena"),
    ),
    (
        "an office in the locative is where the work was done",
        "",
        "У Менській РДА проведено громадські слухання.",
        Some("rda-mena"),
    ),
    (
        "a noun in the locative before an office in the genitive",
        "",
        "На сайті Менської РДА розміщено проєкти рішень (п. 1).\nОльга",
        Some("rda-mena"),
    ),
    (
        "an office named after the greeting's comma is the writer's own",
        "Менська РДА - інформація",
        "Шановна Наталіє Петрівно, надсилаю інформацію Менської РДА з початку року.\n\n\
             Сергій\nвідділ інформаційної діяльності Менської райдержадміністрації",
        Some("rda-mena"),
    ),
    (
        "a greeting with a comma still greets the addressee",
        "звіт",
        "Доброго дня, шановні колеги департаменту комунікацій!\n\nПо п. 6 проведено збори.",
        None,
    ),
];

#[test]
fn the_addressee_is_never_the_sender_and_the_signature_names_the_office() {
    let plan = plan_with_coordinator();
    let a = Attributor::new(&plan);
    let mut wrong = Vec::new();
    for (case, subject, body, expected) in PERSONAL {
        let ev = Evidence {
            from: Some("someone.private@gmail.com"),
            forwarded_senders: vec![],
            subject,
            body,
            forwarded: vec![],
            headings: &[],
        };
        let got = a.attribute(&plan, &ev).map(|g| g.executor);
        if got.as_deref() != *expected {
            wrong.push(format!("{case}: {got:?}, not {expected:?}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// A document sent from a private box that opens with the coordinating office's name in the
/// nominative (the address line of a letter) and is signed by a district's specialist is the
/// district's: the office the reports go to writes only where it signs.
#[test]
fn the_coordinating_office_atop_a_document_is_its_address() {
    let mut plan = plan_with_coordinator();
    // The office the reports go to: named by the measure nobody owes.
    let mut duty = plan.measures[0].clone();
    duty.number = 16;
    duty.text = "Надати інформацію Департаменту комунікацій облдержадміністрації".into();
    duty.owed = false;
    plan.measures.push(duty);
    let a = Attributor::new(&plan);
    let headings = [
        "Департамент комунікацій облдержадміністрації".to_string(),
        "6. Проведено 2 громадські слухання (102 учасники).".to_string(),
        "Головний спеціаліст відділу Менської райдержадміністрації   Т.О. Ігнатенко".to_string(),
    ];
    let ev = Evidence {
        from: Some("tanya_ign@ukr.net"),
        forwarded_senders: vec![],
        subject: "Відкритий уряд",
        body: "Доброго дня! Інформацію висилаю у вкладенні. Тетяна",
        forwarded: vec![],
        headings: &headings,
    };
    let got = a.attribute(&plan, &ev).map(|g| g.executor);
    assert_eq!(got.as_deref(), Some("rda-mena"));
    // Nor is it the writer when the subject names it.
    let named_in_subject = Evidence {
        subject: "Департамент комунікацій — звіт",
        forwarded_senders: vec![],
        forwarded: vec![],
        ..ev
    };
    let got = a.attribute(&plan, &named_in_subject).map(|g| g.executor);
    assert_eq!(got.as_deref(), Some("rda-mena"));
    // Signing as such, it writes.
    let ev = Evidence {
        body: "По п. 6 проведено збори.\n\nЗ повагою,\nДепартамент комунікацій \
               облдержадміністрації",
        headings: &[],
        ..ev
    };
    let got = a.attribute(&plan, &ev).map(|g| g.executor);
    assert_eq!(got.as_deref(), Some("coord"));
}

#[test]
fn a_forwarded_signature_names_the_office_when_the_writer_names_none() {
    let plan = plan_with_coordinator();
    let a = Attributor::new(&plan);
    let ev = Evidence {
        from: Some("secretary.home@ukr.net"),
        forwarded_senders: vec!["someone@i.ua"],
        subject: "Fwd: звіт",
        body: "Пересилаю.",
        forwarded: vec![
            "Департаменту комунікацій\n\nПункт 7 виконано.\nЗ повагою,\n\
                             О. Гончар, Менська районна державна адміністрація",
        ],
        headings: &[],
    };
    let got = a.attribute(&plan, &ev).unwrap();
    assert_eq!((got.executor.as_str(), got.confidence), ("rda-mena", 0.8));
}

/// A registered box that forwards ("Пересилаю лист …") another office's letter sent from
/// that office's registered address passes it on: the report is that office's. Without
/// a forwarding verb of the writer's own (a reply above a quoted letter), the box's own.
#[test]
fn a_registered_box_that_forwards_another_offices_letter_passes_it_on() {
    let plan = plan_with_coordinator();
    let a = Attributor::new(&plan);
    let ev = |body: &'static str| Evidence {
        from: Some("su-kultura@example.gov.ua"),
        forwarded_senders: vec!["rda-mena@example.gov.ua"],
        subject: "FW: інформація",
        body,
        forwarded: vec!["Пункт 7 виконано."],
        headings: &[],
    };
    let got = a
        .attribute(
            &plan,
            &ev("Пересилаю лист, що надійшов на нашу скриньку. Прошу врахувати."),
        )
        .unwrap();
    assert_eq!(got.executor, "rda-mena");
    let got = a
        .attribute(&plan, &ev("Дякуємо, інформацію отримали."))
        .unwrap();
    assert_eq!(got.executor, "su-kultura");
}

#[test]
fn a_megabyte_of_names_on_one_line_is_attributed_in_linear_time() {
    let plan = plan_with_coordinator();
    let a = Attributor::new(&plan);
    let body = "Департаменту комунікацій від Менської РДА і Бобровицької районної \
                    державної адміністрації, управління культури. "
        .repeat(8_000);
    let started = std::time::Instant::now();
    let ev = Evidence {
        from: None,
        forwarded_senders: vec![],
        subject: "",
        body: &body,
        forwarded: vec![&body],
        headings: &[],
    };
    let got = a.attribute(&plan, &ev).unwrap();
    println!(
        "{} bytes attributed in {:?}",
        body.len() * 2,
        started.elapsed()
    );
    assert_eq!(got.executor, "rda-mena");
    assert!(
        started.elapsed() < std::time::Duration::from_secs(5),
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn sender_authentication_trusts_only_the_office_server_and_the_right_domain() {
    let ok = |h: &[&str]| {
        let v: Vec<String> = h.iter().map(|s| s.to_string()).collect();
        authenticated(&v, "mx.cg.ukrtel.net", "example.gov.ua")
    };
    assert_eq!(
        ok(&[
            "mx.cg.ukrtel.net; dkim=pass (2048-bit key) header.d=example.gov.ua header.s=mail; spf=none"
        ]),
        Ok("dkim")
    );
    assert_eq!(
        ok(&["mx.cg.ukrtel.net 1; spf=pass smtp.mailfrom=rda@example.gov.ua; dkim=none"]),
        Ok("spf")
    );
    // Strict alignment: a pass for another host under the domain is not for it.
    assert!(
        ok(&["mx.cg.ukrtel.net 1; spf=pass smtp.mailfrom=rda@mail.example.gov.ua; dkim=none"])
            .is_err()
    );
    // Written by someone else (the sender can add any header): not trusted.
    assert!(ok(&["evil.example; dkim=pass header.d=example.gov.ua"]).is_err());
    // Passed, but for another domain.
    let e = ok(&[
        "mx.cg.ukrtel.net; dkim=pass header.d=gmail.com; spf=softfail smtp.mailfrom=x@gmail.com",
    ])
    .unwrap_err();
    assert!(e.contains("dkim=pass") && e.contains("spf=softfail"), "{e}");
    assert!(ok(&["mx.cg.ukrtel.net; dkim=fail header.d=example.gov.ua; spf=fail"]).is_err());
    assert!(ok(&[]).unwrap_err().contains("не засвідчив"));
    // A pass that names no identity vouches for nothing.
    assert!(ok(&["mx.cg.ukrtel.net; dkim=pass; spf=pass"]).is_err());
    // Comments may hold semicolons and look-alike results.
    assert!(ok(&["mx.cg.ukrtel.net; spf=fail (dkim=pass; header.d=example.gov.ua) smtp.mailfrom=example.gov.ua"]).is_err());
}

/// Without a closing, the last lines sign the letter only below the last of the report's own
/// lines: a list's item or a sentence above the writer's position and office signs nothing,
/// though it names another office.
#[test]
fn a_dash_or_a_sentence_above_the_writers_line_signs_nothing() {
    let body = "До управління з питань внутрішньої політики\n\nІнформація за І півріччя:\n\
                - проведено консультації з громадськістю щодо проекту програми;\n\
                - представника управління освіти і науки включено до складу ради;\n\n\
                Надсилаю з особистої пошти, бо на роботі другий день немає інтернету.\n\n\
                О.М. Петренко, головний спеціаліст відділу організаційної роботи апарату \
                Бобровицької РДА\n";
    assert_eq!(
        by_text("Інформація", body).as_deref(),
        Some("rda-bobrovytsia")
    );
}

/// A clerk on a course sends from the host office's registered box; the signature's one
/// line — a position and the office in full, longer than a short line — names the office
/// whose report it is.
#[test]
fn a_borrowed_box_signed_in_one_long_line_is_the_signing_offices() {
    let plan = sample_plan();
    let a = Attributor::new(&plan);
    let body = "Добрий день!\nНадсилаю з пошти колег, бо в нас третій день немає зв'язку.\n\n\
                Інформація за ІІ півріччя:\nпо сайту — сайт переведено на новий хостинг, \
                усі розділи відновлено.\nпо консультаціях — проведено 2 консультації з \
                громадськістю щодо проекту бюджету.\n\n\
                Пастушенко Алла, провідний спеціаліст відділу організаційної роботи апарату \
                Бобровицької РДА\n";
    let ev = Evidence {
        from: Some("rda-nizhyn@example.gov.ua"),
        forwarded_senders: vec![],
        subject: "Інформація",
        body,
        forwarded: vec![],
        headings: &[],
    };
    let got = a.attribute(&plan, &ev).unwrap();
    assert_eq!(
        (got.executor.as_str(), got.method),
        ("rda-bobrovytsia", Method::NameInText)
    );
    // A list's item among the last lines that names another office signs nothing.
    let listed = body.replace(
        "\n\nПастушенко Алла, провідний спеціаліст відділу організаційної роботи апарату \
         Бобровицької РДА\n",
        "\n- представник Бобровицької РДА брав участь у засіданні\n",
    );
    let ev = Evidence {
        body: &listed,
        ..ev
    };
    assert_eq!(
        a.attribute(&plan, &ev).unwrap().executor,
        "rda-nizhyn",
        "{listed}"
    );
}

/// A borrowed box signed by a person's initial run into the name and the office in short
/// ("Т.Лисенко, упр. містобудування та архітектури"): the initial is no section's mark, and
/// the letter is the signing office's.
#[test]
fn a_borrowed_box_signed_after_an_initial_is_the_signing_offices() {
    let plan = shipped_plan();
    let a = Attributor::new(&plan);
    let body = "Надсилаємо з пошти колег, бо в нас не працює пошта.\n\
        п.1 – на сайті розміщено генеральні плани 14 населених пунктів\n\
        п.12 – громадська експертиза не проводилась\n\n\
        Т.Лисенко, упр. містобудування та архітектури\n\nНадіслано з мого iPhone\n";
    let ev = Evidence {
        from: Some("kapbud@example.gov.ua"),
        forwarded_senders: vec![],
        subject: "Інформація",
        body,
        forwarded: vec![],
        headings: &[],
    };
    let got = a.attribute(&plan, &ev).unwrap();
    assert_eq!(
        (got.executor.as_str(), got.method),
        ("su-mistobuduvannia", Method::NameInText)
    );
}

/// The signing block stands over a block of its own naming the clerk who prepared the letter
/// ("Виконавець …, тел. …"): the office that signs is the writer, not the addressee heading
/// the letter in the nominative.
#[test]
fn the_block_over_the_clerks_line_signs() {
    let plan = shipped_plan();
    let a = Attributor::new(&plan);
    let bodies = [
        "Управління з питань внутрішньої політики та зв'язків з громадськістю \
         облдержадміністрації\n\nп. 1 – розміщено 31 матеріал.\nп. 12 – не проводились.\n\n\
         В.о. начальника управління капітального будівництва облдержадміністрації   І.П. Дячок\n\n\
         Виконавець Кириленко Н.В., тел. 67-33-91\n(надіслано з резервної скриньки)\n",
        "Управление по вопросам внутренней политики и связям с общественностью \
         облгосадминистрации\n\nп. 1 – размещено 12 материалов.\n\n\
         Начальник управления капитального строительства\nП.И. Сидоренко\n\n\
         Исп. Кириленко Н.В.\nтел. 67-33-91\n",
    ];
    for body in bodies {
        let ev = Evidence {
            from: Some("kapbud_chernigiv@ukr.net"),
            forwarded_senders: vec![],
            subject: "інформація по плану",
            body,
            forwarded: vec![],
            headings: &[],
        };
        let got = a.attribute(&plan, &ev).map(|a| a.executor);
        assert_eq!(got.as_deref(), Some("su-kapbud"), "{body}");
    }
}

/// An office that the letter declares as its writer ("… райдержадміністрація інформує …")
/// writes it, though its own head stands on the copy list in the dative and no closing
/// precedes the signature.
#[test]
fn an_office_that_declares_itself_the_writer_is_no_addressee() {
    let plan = shipped_plan();
    let a = Attributor::new(&plan);
    let bodies = [
        "Управлінню з питань внутрішньої політики та зв'язків з громадськістю ОДА\n\
         Копія: голові Ріпкинської районної державної адміністрації\n\n\
         Ріпкинська районна державна адміністрація повідомляє про виконання Плану.\n\
         п. 1 – оновлено розділ сайту.\n\n\
         Перший заступник голови Ріпкинської РДА\nО.П. Гнатюк\n(з домашньої пошти)\n",
        "Копия: председателю Репкинской районной государственной администрации\n\n\
         Репкинская районная государственная администрация информирует о выполнении Плана.\n\
         п. 1 – обновлен раздел сайта.\n\nЗаместитель председателя\nО.П. Гнатюк\n",
    ];
    for body in bodies {
        let ev = Evidence {
            from: Some("gnatiuk_op@i.ua"),
            forwarded_senders: vec![],
            subject: "Відкритий уряд",
            body,
            forwarded: vec![],
            headings: &[],
        };
        let got = a.attribute(&plan, &ev).map(|a| a.executor);
        assert_eq!(got.as_deref(), Some("rda-ripky"), "{body}");
    }
}

/// A dative after a predicative of need names who must act ("чи потрібно Ріпкинській РДА
/// подавати …"): the writer's own office asking, not an addressee.
#[test]
fn the_office_that_must_act_is_no_addressee() {
    let plan = shipped_plan();
    let a = Attributor::new(&plan);
    let bodies = [
        "Добрий день. Пише спеціаліст апарату Ріпкинської райдержадміністрації.\n\n\
         Чи треба Ріпкинській РДА звітувати за пунктом 8?\n\nДякую.\nІрина\n",
        "Здравствуйте.\nОтдел аппарата Репкинской райгосадминистрации.\n\n\
         Нужно ли Репкинской РГА отчитываться по пункту 8?\n\nИрина\n",
    ];
    for body in bodies {
        let ev = Evidence {
            from: Some("iryna.k@ukr.net"),
            forwarded_senders: vec![],
            subject: "питання",
            body,
            forwarded: vec![],
            headings: &[],
        };
        let got = a.attribute(&plan, &ev).map(|a| a.executor);
        assert_eq!(got.as_deref(), Some("rda-ripky"), "{body}");
    }
}

/// "Головне управління …" (one token) is also an "управління …": an office renamed between
/// the two names ("колишнє Головне управління містобудування та архітектури") is named by
/// either, before a district its report mentions.
#[test]
fn a_head_office_is_named_by_the_offices_name() {
    let plan = shipped_plan();
    let a = Attributor::new(&plan);
    let named = a.named_in(
        "Інформація відомства (колишнє Головне управління містобудування та архітектури) \
         про виконання Плану: розміщено схему планування території Новгород-Сіверського району",
    );
    let ids: Vec<&str> = named.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(ids, ["su-mistobuduvannia", "rda-novhorod-siverskyi"]);
}
