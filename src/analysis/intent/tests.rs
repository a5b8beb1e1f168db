//! Unit tests of what a sentence does (report, deny, promise, ask …) and of mail that is no
//! report.

use super::*;

fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    each_sentence(text, |s| {
        out.push(s.to_string());
        true
    });
    out
}

fn body(text: &str) -> Option<NotReport> {
    not_a_report(&Mail {
        text,
        calendar: false,
        documents: false,
        schedule: false,
    })
}

#[test]
fn questions_are_not_reports() {
    for t in [
        "Добрий день!\nЯк заповнювати форму, якщо засідань громадської ради в нашому районі \
             не було?\nДякую.",
        "Підкажіть, будь ласка, до якого числа потрібно надіслати інформацію за пунктом 12?",
        "Скажите, пожалуйста, нужно ли отчитываться по пунктам 2-4, если мы не исполнители?",
        // A question put as a request to tell, with a full stop and a participle inside.
        "Доброго дня!\nПідкажіть, чи потрібно надавати інформацію по пункту 8?\nТакож \
             уточніть, чи звітуємо ми з 10 вересня, коли план затверджено, і чи зазначати \
             консультації, проведені селищною радою.\nДякуємо.",
        "Уточните, пожалуйста, в какой форме подавать сведения, утвержденные советом.",
    ] {
        assert_eq!(body(t), Some(NotReport::Question), "{t}");
    }
}

/// What the plan lays down ("У Плані … визначено виконавцями …", "Планом предусмотрено …")
/// is no deed of the writer's: a question set out on it is still a question; a deed beside
/// it still reports.
#[test]
fn what_the_plan_lays_down_is_no_deed() {
    for t in [
        "У Плані заходів виконавцями пунктів 2 та 8 визначено структурні підрозділи \
             облдержадміністрації. Чи потрібно райдержадміністрації подавати інформацію щодо \
             пп. 2, 8?",
        "Планом мероприятий по пункту 10 предусмотрено создание рабочей группы. Нужно ли \
             создавать отдельную группу, если комиссия уже есть?",
        // (The plan's designation after the question: "исполнителями указаны …".)
        "Подскажите, нужно ли РГА подавать информацию по п. 8 и п. 11? В плане исполнителями \
             указаны структурные подразделения облгосадминистрации.",
    ] {
        assert_eq!(body(t), Some(NotReport::Question), "{t}");
    }
    assert_eq!(
        body("У плані визначено пункт 6; консультації проведено 12 березня."),
        None
    );
}

/// A question announced first ("У нас виникло питання …") sets out its ground before it is
/// asked: what the sentences up to the question state is its premise. Announced and never
/// asked, the sentences stand.
#[test]
fn the_premise_of_an_announced_question_reports_nothing() {
    for t in [
        "Доброго дня!\nУ нас виникло питання щодо п. 2 плану. Управління щомісяця готує \
             інформацію, яка розміщується на сайті облдержадміністрації. Чи потрібно подавати \
             її окремим листом?\nДякую.",
        "Возник вопрос по отчету за полугодие. В управлении работает общественный совет. Нужно ли \
             создавать еще одну рабочую группу?",
    ] {
        assert_eq!(body(t), Some(NotReport::Question), "{t}");
    }
    assert_eq!(
        body(
            "Є питання щодо пункту 2. Управління щомісяця готує інформацію, яка розміщується \
             на сайті."
        ),
        None
    );
}

/// A first name with a past tense's ending ("Людмила", "Кирило") in the signature under a
/// question is no deed.
#[test]
fn a_first_name_in_the_signature_is_no_deed() {
    let t = "Чи потрібно подавати інформацію щодо п. 2?\nДякую.\nЛюдмила Ярошенко головний \
             спеціаліст відділу доходів\nКирило Петренко, тел. 67-41-09";
    assert_eq!(body(t), Some(NotReport::Question), "{t}");
    // A surname with a past tense's ending alone on its line under a promise.
    for name in ["Ірина Шаповал", "Шаповал І.В.", "Шаповал Ірина Петрівна"]
    {
        let t = format!("Інформацію надамо до 20.12.2013.\n\n{name}");
        assert_eq!(body(&t), Some(NotReport::Promise), "{t}");
    }
    // Two words of a deed are no name.
    assert_eq!(act("Засідання проведено"), Act::Report);
    assert_eq!(act("Створено Раду"), Act::Report);
}

/// A person named among other deeds ("надано 23 документи, визначено відповідальну особу")
/// is one deed of several; a figure measured against a plan ("з 17 запланованих") plans
/// nothing.
#[test]
fn a_deed_beside_a_named_person_or_a_planned_figure_reports() {
    for t in [
        "На запит експертів надано 23 документи, визначено відповідальну особу.",
        "По запросу экспертов передано 12 документов, назначено ответственное лицо.",
        "Розміщено 27 документів, у т.ч. 4 проекти генеральних планів (з 17 запланованих \
         на 2013 р.)",
        "Проведено 4 із запланованих 5 консультацій.",
        // (A participle in "-єно" as well.)
        "Освоєно 2,1 із запланованих 3,4 млн грн.",
    ] {
        assert_eq!(act(t), Act::Report, "{t}");
    }
    // A change of the contact alone still announces.
    assert_eq!(
        act("Відповідальною особою з питань виконання плану призначено Коваленко І.П."),
        Act::Other(NotReport::Announcement)
    );
}

#[test]
fn invitations_are_not_reports() {
    let t = "Запрошуємо Вас на круглий стіл щодо консультацій з громадськістю, що \
                 відбудеться 12.03.2013 о 11:00 у залі засідань.";
    assert_eq!(body(t), Some(NotReport::Invitation));
    // A calendar part makes any mail an invitation, whatever its text names.
    let cal = Mail {
        text: "Нарада з питань виконання пунктів 6 та 9.\nМісце: каб. 210.",
        calendar: true,
        documents: false,
        schedule: false,
    };
    assert_eq!(not_a_report(&cal), Some(NotReport::Invitation));
}

#[test]
fn requests_promises_thanks_and_announcements_are_not_reports() {
    let cases = [
        (
            "Через хворобу виконавця просимо перенести строк подання звіту на тиждень.",
            NotReport::Request,
        ),
        (
            "Інформацію щодо пункту 9 надамо після засідання громадської ради.",
            NotReport::Promise,
        ),
        (
            "Звіт за півріччя буде направлено до кінця тижня.",
            NotReport::Promise,
        ),
        // The office promising in the third person, a postponed meeting beside it.
        (
            "Інформацію щодо пунктів 1, 6 та 12 райдержадміністрація надасть до 14 червня: \
                 засідання громадської ради перенесено на 13.06.",
            NotReport::Promise,
        ),
        (
            "Управление направит информацию после заседания коллегии.",
            NotReport::Promise,
        ),
        // The cause of the request is no deed.
        (
            "Управління просить продовжити термін подання інформації. Це пов'язано із \
                 завершенням бюджетного року.",
            NotReport::Request,
        ),
        // The office asking in Russian, in the third person; gathering the information
        // for the report is no deed on a measure.
        (
            "Райгосадминистрация просит продлить срок предоставления информации до 20 \
                 июня. Сведения от подразделений по пп. 6, 9, 12 собраны пока не в полном \
                 объеме. Благодарим за понимание.",
            NotReport::Request,
        ),
        ("Дякуємо за нагадування, лист отримали.", NotReport::Thanks),
        // Thanks after the office's name, for something sent (a participle of it).
        (
            "Семенівська райдержадміністрація щиро дякує за надіслані методичні посібники.",
            NotReport::Thanks,
        ),
        (
            "Повідомляємо, що нарада голів громадських рад відбудеться в понеділок.",
            NotReport::Announcement,
        ),
        // The coming event's announcement posted and its participants signed up serve
        // the event to come.
        (
            "Повідомляю, що 28 листопада о 14:00 відбудеться громадське обговорення \
                 виконання Плану заходів. Оголошення про обговорення розміщено на \
                 веб-ресурсі «Чернігівська громада», участь уже підтвердили представники 23 \
                 громадських організацій.",
            NotReport::Announcement,
        ),
        // "зведена таблиця" names the summary: no deed.
        (
            "Повідомляємо, що зведена таблиця потребує узагальнення даних районів, частина з \
                 яких ще не надала інформації по пп. 1, 6.\n\nПросимо продовжити термін \
                 подання до 20.12.2012.",
            NotReport::Request,
        ),
        (
            "Повідомляємо, що з 20.05.2013 відповідальною особою за підготовку інформації \
                 визначено головного спеціаліста відділу Литвин І.М.",
            NotReport::Announcement,
        ),
        (
            "Повідомляємо, що з понеділка змінюється номер телефону приймальні. Просимо \
                 телефонувати за новим номером.",
            NotReport::Request,
        ),
    ];
    for (t, want) in cases {
        assert_eq!(body(t), Some(want), "{t}");
    }
}

/// An announcement posted for an event already held, with no event to come, is the
/// mail's report.
#[test]
fn an_announcement_posted_reports_when_nothing_is_announced() {
    assert_eq!(
        body(
            "Дякуємо за семінар. Оголошення про проведення громадських слухань розміщено \
                 на сайті РДА за два тижні до їх проведення."
        ),
        None
    );
}

#[test]
fn receipts_plans_and_contact_changes_are_not_reports() {
    for t in [
        "Добрий день! Ваш лист отримали, інформацію щодо пунктів 6 та 9 надамо до 5 липня.",
        "Лист отримано. Звіт буде надіслано найближчим часом.",
        "Здравствуйте. Ваше письмо получили, отчет по пунктам 2, 4 предоставим до 10.07.",
        "Щиро дякуємо за проведений семінар з питань консультацій з громадськістю (п. 6).",
        "Висловлюємо подяку за методичні рекомендації щодо пунктів 3 і 7.",
        "Выражаем благодарность за помощь в организации публичных обсуждений (п. 8).",
        "Повідомляємо, що у серпні заплановано проведення круглого столу (п. 6) та              засідання громадської ради (п. 9).",
        "У третьому кварталі планується провести громадські слухання щодо бюджету.",
        "В августе планируется проведение публичных обсуждений проекта программы.",
        "Наступного тижня проведемо зустріч з представниками громадських організацій.",
        "Повідомляємо, що з 1 липня контактною особою з питань виконання пунктів 3, 5, 12              плану є Коваленко Ірина Петрівна, тел. 2-15-40.",
        "Сообщаем, что ответственным лицом по пунктам 4 и 9 теперь является Петренко А.И.",
        "Відповідальною особою за виконання заходів 2, 7 замість Сидоренко О. призначено              Мельник Н.В.",
    ] {
        assert!(body(t).is_some(), "{t}");
    }
}

/// A deed given only as the cause of something else ("…, т.к. отключили интернет") is no
/// report; a deed with its cause after it stays one.
#[test]
fn a_deed_given_as_a_cause_is_no_report() {
    for t in [
        "Отправляю со своего ящика, т.к. на работе отключили интернет за неуплату, извините.",
        "Пишу з особистої скриньки, бо службову пошту заблоковано.",
        "Надсилаю з домашньої пошти, оскільки сервер управління вимкнено.",
    ] {
        assert!(!states_something_done(t), "{t}");
    }
    for t in [
        // Data gathered in the work is a deed; only the report's own information is not.
        "У ході громадської експертизи зібрано дані від 300 відвідувачів.",
        "Сайт оновлено, бо цього вимагає закон.",
        "Консультации проведены, поскольку проект касается всех жителей района.",
    ] {
        assert!(states_something_done(t), "{t}");
    }
}

/// The letter's original sent by post is the letter on its way, no deed; a letter sent
/// to the public is work.
#[test]
fn the_letters_original_sent_by_post_is_no_deed() {
    for t in [
        "Направляємо лист управління щодо продовження терміну (оригінал надіслано поштою).",
        "Оригинал письма направлен почтой.",
        // The letter's own form, under its outgoing number.
        "Службова інформація: вих. № 05-11/1409 від 12.06.2013. Лист надіслано лише в \
         електронному вигляді.",
        "Письмо направлено только в электронном виде.",
    ] {
        assert!(!states_something_done(t), "{t}");
    }
    for t in [
        "Громадським організаціям району надіслано запрошення до участі в консультаціях.",
        "Громадським організаціям надіслано лист із запрошенням до участі в консультаціях.",
        // A letter sent as the work, with "only" beside it: no word of the letter's form.
        "Громадській раді надіслано лист лише 12 березня.",
    ] {
        assert!(states_something_done(t), "{t}");
    }
    // A request for time with the letter's form under it asks; it reports nothing.
    assert_eq!(
        body(
            "Просимо продовжити термін подання інформації до 20 червня 2013 року.\n\n\
             З повагою\n\nСлужбова інформація: вих. № 05-11/1409 від 12.06.2013. Лист \
             надіслано лише в електронному вигляді."
        ),
        Some(NotReport::Request)
    );
}

/// A hyphenated noun whose last part ends as a masculine past does ("конференц-зал") is
/// no deed: an event's place in its programme states nothing done.
#[test]
fn a_hall_is_no_deed() {
    assert!(!states_something_done(
        "м. Чернігів, вул. Шевченка, 7, конференц-зал облдержадміністрації (2 поверх)"
    ));
    assert!(states_something_done(
        "Відділ організував прес-конференцію."
    ));
}

/// "Зрозуміло" (clear) ends as a past tense does and is no deed: a question that forwards
/// its background "щоб було зрозуміло питання" only asks.
#[test]
fn being_clear_is_no_deed() {
    assert!(!states_something_done(
        "Пересилаю наше внутрішнє листування, щоб було зрозуміло питання."
    ));
    let mail = Mail {
        text: "Пересилаю наше внутрішнє листування, щоб було зрозуміло питання.\n\
                   Чи потрібно управлінню подавати інформацію щодо пунктів 2 і 8 Плану?",
        ..Default::default()
    };
    assert_eq!(not_a_report(&mail), Some(NotReport::Question));
}

/// What the receipt recognised is no deed: a reply that says the receipt misread its
/// paragraphs ("ошибочно распознаны пункты 2 и 3 … Просим исправить") asks, and reports
/// nothing.
#[test]
fn what_the_receipt_recognised_is_no_deed() {
    for t in [
        "В подтверждении ошибочно распознаны пункты 2 и 3 — это нумерация абзацев нашего \
             письма, а не пункты Плана.",
        "У підтвердженні помилково розпізнано пункт 5.",
    ] {
        assert!(!states_something_done(t), "{t}");
    }
    assert!(states_something_done(
        "Розпізнано та оприлюднено 12 звернень громадян на сайті."
    ));
}

/// A short "as …" aside names where a request or the words came from ("как просили по
/// телефону", "як було зазначено"): its verb is no deed; a deed beside it stays one.
#[test]
fn an_as_aside_is_no_deed() {
    for t in [
        "Направляю в управління з питань внутрішньої політики, как просили по телефону.",
        "Як ви просили, надсилаємо інформацію.",
        "Надсилаємо уточнену редакцію, як було домовлено.",
    ] {
        assert!(!states_something_done(t), "{t}");
    }
    for t in [
        "Як і планувалося, проведено два засідання громадської ради.",
        "Проведено засідання, як передбачено планом.",
        "Як і минулого року проведено громадські слухання щодо бюджету.",
    ] {
        assert!(states_something_done(t), "{t}");
    }
}

/// A paragraph is weighed without its plans, but a contact named stays, and a paragraph
/// of plans alone is left as it is.
#[test]
fn plans_are_left_out_of_what_a_paragraph_reports() {
    let text = "Створено веб-ресурс «Чернігівська громада», на ньому розміщено реєстр \
            організацій. У I кварталі 2013 року планується створити Інтернет-форум.";
    assert_eq!(
        without_plans(text).as_deref(),
        Some("Створено веб-ресурс «Чернігівська громада», на ньому розміщено реєстр організацій.")
    );
    let contact = "Розпорядженням затверджено Порядок оприлюднення інформації на сайті та \
            визначено відповідальних осіб у 9 підрозділах. На сайті розміщено 112 розпоряджень.";
    assert_eq!(without_plans(contact), None);
    assert_eq!(without_plans("Планується створити Інтернет-форум."), None);
}

#[test]
fn reports_stay_reports() {
    for t in [
        "Пункт 6: проведено дві консультації з громадськістю.",
        "Сайт райдержадміністрації працює, новини оновлюються щодня.",
        "Представники громадськості увійшли до складу колегії. Чи потрібно надсилати протокол?",
        "Громадська рада обговорила проект програми. Дякуємо.",
        "Решту інформації надамо пізніше. По п. 7: залучено трьох представників ГО.",
        "Проведены публичные обсуждения проекта программы.",
        "Пропозиції громадської ради враховані. Чи треба надсилати протокол?",
        "Отримано та розглянуто 15 звернень громадян щодо проекту програми.",
        "Проведено 3 засідання громадської ради, на яких обговорено план на наступний рік.",
        "Планування бюджету обговорено на громадських слуханнях 12.05.",
        "п. 6 Консультації плануються. п. 7 Сайт працює.",
        // Guests invited in the past tell of an event held, with its date.
        "На обговорення 20.11.2012 були запрошені та взяли участь 7 членів громадської ради.",
        "На обсуждение 12.03.2013 были приглашены члены общественного совета.",
    ] {
        assert_eq!(body(t), None, "{t}");
    }
    // An attached document with report text decides, whatever the letter says.
    let m = Mail {
        text: "Просимо розглянути інформацію, що додається.",
        calendar: false,
        documents: true,
        schedule: false,
    };
    assert_eq!(not_a_report(&m), None);
}

#[test]
fn mail_that_says_nothing_either_way_is_left_to_the_mapper() {
    assert_eq!(body("Звіт у вкладенні.\nОксана"), None);
    assert_eq!(body(""), None);
}

#[test]
fn a_word_of_a_million_letters_is_cut_in_one_pass() {
    // A stranger's text: one word with no end, then one sentence. Looking back over the
    // word at every letter would take 10^12 steps.
    let text = format!("{}. Проведено нараду.", "а".repeat(1_000_000));
    let started = std::time::Instant::now();
    let s = sentences(&text);
    assert_eq!(s.len(), 2);
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
}

/// "Не проводились", "не було проведено": a verb of something done, denied. Such a
/// sentence states nothing done, but it is a statement about the work (not a letter's own
/// line); one undenied verb beside it still reports.
#[test]
fn a_denied_deed_states_nothing_done_but_states_something() {
    for t in [
        "Громадські експертизи у звітному періоді не проводились.",
        "Засідань не було проведено, запитів не надходило.",
        "Экспертизы не проводились.",
    ] {
        assert!(!states_something_done(t), "{t}");
        assert!(states_anything(t), "{t}");
    }
    assert!(states_something_done(
        "Консультації проведено, експертизи не проводились."
    ));
    assert!(!states_anything("Інформація про виконання плану"));
}

/// Foreseen or planned for a time to come is a plan, not work done; foreseen without a
/// time is not read as a plan.
#[test]
fn what_is_foreseen_for_a_quarter_is_a_plan() {
    for t in [
        "Створення на базі ресурсу інтернет-форуму передбачено на І квартал 2013 року.",
        "Проведение семинара предусмотрено на второе полугодие.",
        // Planned for a named time, the act left to the row's heading.
        "Планується у I кварталі 2013 року.",
        "Планируется во втором полугодии.",
        // Or for a month.
        "Планується у січні 2013 р.",
        "Запланировано на декабрь.",
    ] {
        assert!(!states_something_done(t), "{t}");
        assert!(only_promises(t), "{t}");
    }
    assert!(states_something_done(
        "Консультації проведено, як передбачено орієнтовним планом."
    ));
}

#[test]
fn a_text_is_classified_once_for_both_questions() {
    let cases = [
        // (text, states something done, only promises)
        (
            "Проведено засідання громадської ради. Звіт буде надано додатково.",
            true,
            false,
        ),
        (
            "Звіт буде надано додатково. Проведено засідання громадської ради.",
            true,
            false,
        ),
        ("Інформацію по п. 10 буде надана додатково.", false, true),
        ("Чи потрібно подавати інформацію щодо п. 3?", false, true),
        ("Управління культури", false, false),
        ("", false, false),
    ];
    for (text, done, promises) in cases {
        let acts = Acts::of(text);
        assert_eq!(
            (acts.reports, acts.only_promises()),
            (done, promises),
            "{text}"
        );
        assert_eq!(states_something_done(text), done, "{text}");
        assert_eq!(only_promises(text), promises, "{text}");
    }
}

#[test]
fn sentences_are_cut_at_their_ends_not_at_abbreviations() {
    let s = sentences("Щодо п. 6 повідомляємо. Вул. Шевченка, 7.\nЧи треба\nще щось?");
    assert_eq!(
        s,
        vec![
            "Щодо п. 6 повідомляємо.",
            "Вул. Шевченка, 7.",
            "Чи треба ще щось?"
        ]
    );
    // A bracket closed before the period ends the sentence.
    let s = sentences("Проведено 2 семінари (06.12.2012, 24 особи). Ще один заплановано.");
    assert_eq!(
        s,
        vec![
            "Проведено 2 семінари (06.12.2012, 24 особи).",
            "Ще один заплановано."
        ]
    );
}

/// A wrapped line that starts with a bracket goes on with its sentence: the deed after it
/// ("(п. 10 Плану), перенесено на 18 грудня") is the planned meeting's, not a report.
#[test]
fn a_line_wrapped_before_a_bracket_continues_its_sentence() {
    let text = "Засідання ради, на якому планується розглянути питання комісії\n\
            (п. 10 Плану), перенесено на 18 грудня.\nПросимо продовжити термін.";
    assert_eq!(sentences(text).len(), 2);
    assert_eq!(body(text), Some(NotReport::Request));
}

#[test]
fn a_quotation_ends_no_sentence_of_the_writers_but_a_quoted_question_asks() {
    // A title with a question in it, in the middle or at the end of a report's sentence.
    let report = "п. 6 — проведено круглий стіл «Мережа сільських шкіл: оптимізація чи \
                      збереження?» (м. Чернігів, 15.11.2012, 63 учасники).";
    assert_eq!(sentences(report), vec![report]);
    for t in [
        report,
        "Проведено дискусію \"Куди йде громада?\" за участі 40 мешканців.",
        "Проведено публічне обговорення «Що далі?» Взяли участь 40 осіб.",
    ] {
        assert!(Acts::of(t).reports, "{t}");
        assert!(!only_promises(t), "{t}");
    }
    assert_eq!(
        sentences("Проведено «Що далі?» Взяли участь 40 осіб."),
        vec!["Проведено «Що далі?»", "Взяли участь 40 осіб."]
    );
    // A question the writer quotes whole is still a question.
    for t in [
        "«Чи потрібно подавати інформацію щодо пункту 12?» Дякую.",
        "\"Чи потрібно подавати інформацію щодо пункту 12?\"",
    ] {
        assert_eq!(body(t), Some(NotReport::Question), "{t}");
    }
}

#[test]
fn a_figure_against_the_plan_is_no_plan() {
    for t in [
        "Пункт 2. Для рубрики підготовлено звіт про виконання програми (освоєно 2,1 млн грн \
             із запланованих 3,4 млн грн).",
        "Профінансовано 12 заходів від запланованих 15.",
    ] {
        assert!(Acts::of(t).reports, "{t}");
    }
    assert!(only_promises(
        "Заплановано проведення круглого столу в грудні."
    ));
}

/// Thanks after the office's name are a verb of thanking; thanks handed out are a deed.
#[test]
fn thanks_given_out_are_a_deed() {
    assert_eq!(act("Активістам ГО вручено подяки голови РДА."), Act::Report);
    assert_eq!(
        act("Семенівська райдержадміністрація щиро дякує за посібники."),
        Act::Other(NotReport::Thanks)
    );
    // A longer name before the verb, in Russian too.
    assert_eq!(
        act(
            "Ічнянська районна державна адміністрація щиро дякує управлінню за запрошення \
                 на навчальний семінар."
        ),
        Act::Other(NotReport::Thanks)
    );
    assert_eq!(
        act("Коропская районная государственная администрация благодарит за пособия."),
        Act::Other(NotReport::Thanks)
    );
    // A deed before a verb of thanking is a deed: the thanks are part of what was done.
    assert_eq!(
        act("Проведено семінар, учасники дякують організаторам."),
        Act::Report
    );
}

#[test]
fn no_such_thing_was_denies_it() {
    assert_eq!(act("експертиз громадських не було"), Act::Denial);
    assert_eq!(act("Громадських експертиз не было."), Act::Denial);
    assert_eq!(act("Було проведено дві консультації."), Act::Report);
}

/// A deed in a clause of its own before the sentence turns to the future stands ("…
/// рекомендовано утворити робочу групу (лист …), питання буде розглянуто у січні"); a
/// deed joined to the future in one clause ("передано … та будуть використані") does
/// not, nor one denied before a promise, nor a subordinate clause's.
#[test]
fn a_deed_in_its_own_clause_before_a_promise_is_a_report() {
    for t in [
        "Громадській раді рекомендовано утворити робочу групу (лист від 10.12.2012), \
             питання буде розглянуто на засіданні ради у січні.",
        "Проведено дві наради; решту інформації надамо до 20 грудня.",
    ] {
        assert_eq!(act(t), Act::Report, "{t}");
    }
    for t in [
        "Посібники передано до відділів та будуть використані при консультаціях.",
        "Заходи ще не проводились, інформацію буде надано до 20.12.",
        "Як було зазначено, звіт буде надано до 20.12.",
        "Оскільки план затверджено 10.09, заходи буде проведено у IV кварталі.",
    ] {
        assert_ne!(act(t), Act::Report, "{t}");
    }
}

#[test]
fn a_denial_before_a_promise_of_work_answers_but_a_put_off_answer_promises() {
    // Nothing done, work promised: an answer on the measure it names.
    let t = "До пункту 7. Заходи у звітному періоді не проводились, склад дорадчих органів \
                 буде переглянуто у першому кварталі 2013 року.";
    let acts = Acts::of(t);
    assert!(acts.denies && !acts.reports, "{t}");
    assert!(!only_promises(t), "{t}");
    // For a whole mail the promise is what it does.
    assert_eq!(body(t), Some(NotReport::Promise));
    // An adjective of information is no promise of it.
    let t = "П. 1 — інформаційні заходи не проводились, склад редакції сайту буде оновлено.";
    assert!(!only_promises(t), "{t}");
    // Nothing done yet, the information promised: the answer is put off.
    for t in [
        "Заходи ще не проводились, інформацію буде надано до 20 грудня.",
        "Засідання не проводилось, результати будуть надіслані додатково.",
    ] {
        assert!(only_promises(t), "{t}");
    }
}

#[test]
fn quotes_that_do_not_pair_up_leave_the_sentences_as_they_are() {
    // «…" is a common slip: the end marks after it still end sentences.
    let t = "Проведено засідання ради «Відкритий уряд\" у районі. Наступне засідання \
                 відбудеться 20.12.2012.";
    assert_eq!(sentences(t).len(), 2, "{:?}", sentences(t));
    assert!(Acts::of(t).reports, "{t}");
    assert_eq!(body(t), None);
    // „…“ inside «…» pairs up.
    let t = "Проведено круглий стіл «Проект „Що далі?“» за участі 40 осіб.";
    assert_eq!(sentences(t), vec![t]);
}

/// Work going on, in the present: "оприлюднюються", "висвітлюється", "осуществляется".
#[test]
fn a_present_of_ongoing_work_states_something_done() {
    for t in [
        "На веб-сторінці управління оприлюднюються переліки об'єктів будівництва.",
        "Діяльність громадської ради висвітлюється в районній газеті.",
        "Прием граждан осуществляется ежедневно.",
        "Звіти щокварталу подаються до рубрики «Хід виконання цільових програм».",
        "Пропозиції членів громадської ради враховуються.",
        "Проекты решений рассматриваются на заседаниях совета.",
        "В составе совета работают 6 представителей общественных организаций.",
        "Щомісяця управління подає до рубрики дані про фінансування.",
        "Управление регулярно обновляет раздел «Субсидии».",
        "Консультації з громадськістю проводяться відповідно до орієнтовного плану.",
        // Membership in place.
        "Голова комітету громадської ради з березня є членом колегії управління.",
        "Представник громадськості входить до складу ради.",
    ] {
        assert!(states_something_done(t), "{t}");
    }
    // An event to come, and work not finished.
    for t in [
        "Семінар проводиться 25 лютого.",
        "Звіт готується.",
        "Представник громадськості може стати членом колегії.",
        "Подаємо інформацію про виконання плану.",
    ] {
        assert!(!states_something_done(t), "{t}");
    }
    assert!(!states_something_done(
        "Інформація про виконання плану заходів"
    ));
}

/// A masculine past states a deed ("общественный совет создал рабочую группу",
/// "сектор провів навчання"); the nouns that share its endings do not.
#[test]
fn a_masculine_past_states_something_done() {
    for t in [
        "Общественный совет при райгосадминистрации создал рабочую группу.",
        "Отдел провел совещание с представителями общественности.",
        "Сектор внутрішньої політики організував круглий стіл.",
        "Голова громадської ради розглянув пропозиції.",
        "Проект перечня объектов обсуждался с членами общественного совета.",
    ] {
        assert!(states_something_done(t), "{t}");
    }
    for t in [
        "Информация за IV квартал, отдел кадров",
        "Методичний матеріал для колектив управління",
        // The cases of those nouns end as a past does.
        "Наталья Руденко ведущий специалист отдела экологической политики",
        "Копия материала квартала",
    ] {
        assert!(!states_something_done(t), "{t}");
    }
}

/// A Russian feminine short participle states a deed ("комиссия создана"); the nouns
/// that end as one does ("Светлана", "охрана") do not.
#[test]
fn a_russian_feminine_participle_states_something_done() {
    for t in [
        "При общественном совете создана комиссия по вопросам открытости.",
        "Организована работа горячей линии.",
        "Разработана и утверждена программа.",
        "Рекомендация принята общественным советом.",
        "Пропозиція розглянута на засіданні.",
    ] {
        assert!(states_something_done(t), "{t}");
    }
    for t in [
        "Исполнитель Светлана Коваленко",
        "Служба охраны труда, Богдана Иваненко",
    ] {
        assert!(!states_something_done(t), "{t}");
    }
}

#[test]
fn a_pointer_to_another_letter_reports_nothing() {
    for t in [
        "Інформацію по сайту надсилали 24.05 окремим листом.",
        "Сведения направлены ранее письмом от 12.03.2013 № 45.",
        "Інформацію надіслано раніше (лист від 02.12.2012 № 01-14/88).",
        // The other letter named by its date alone.
        "пп. 9, 12 – інформацію надано в листі від 07.06.2013.",
        "Информация направлена письмом от 12.03.2013 № 45.",
        // A section of the other letter is no rubric the information went to.
        "Інформацію за п. 12 надано листом від 12.03.2013 № 45 (розділ 3).",
    ] {
        assert!(only_points_to_another_letter(t), "{t}");
        assert!(!Acts::of(t).reports, "{t}");
    }
    for t in [
        // Sent for a purpose: the work of a measure.
        "Інформацію про хід виконання програми направлено для розміщення в рубриці (лист від \
             19.10.2012 № 03-08/4412).",
        // Given to the site's rubric: published, the work of a measure.
        "Інформацію про хід виконання Програми охорони навколишнього природного середовища \
             подано до рубрики «Хід виконання цільових програм» (лист від 11.02.2013 № \
             04-09/318).",
        // A covering line, no pointer.
        "Надсилаю інформацію по пунктам 1 та 2 Плану заходів.",
        // Something done beside it.
        "Сайт оновлено 20.05, інформацію про це вже надсилали окремим листом.",
        "Інформація про роботу ради регулярно направляється до ЗМІ, уже надіслано 5 \
             прес-релізів.",
        // A letter by date that is the work itself.
        "Громадській раді рекомендовано утворити робочу групу (лист РДА від 02.12.2013 № \
             01-11/3018), робочу групу утворено.",
    ] {
        assert!(!only_points_to_another_letter(t), "{t}");
    }
    // The quick test finds the words in any case, and little else.
    for t in [
        "Окремим листом",
        "ОКРЕМИМ ЛИСТОМ",
        "Раніше надіслано",
        "направлено ранее",
    ] {
        assert!(may_name_elsewhere(t), "{t}");
    }
    assert!(!may_name_elsewhere(
        "Проведено консультації з громадськістю."
    ));
    // The office handing over what follows its colon is the letter itself.
    assert!(
        !Acts::of(
            "Варвинська районна державна адміністрація на виконання розпорядження голови \
                 облдержадміністрації від 10.09.2012 № 412 направляє:"
        )
        .reports
    );
    assert!(Acts::of("Управління щокварталу направляє звіти до міністерства.").reports);
    // Information sent somewhere, not before nor separately, is work.
    assert!(
        Acts::of("Інформацію про засідання громадської ради надіслано до редакцій газет.").reports
    );
}

/// A paper prepared that still awaits its signature is the letter on its way, and a
/// mail program's own line ("Отправлено с мобильного") tells of no work: mail that only
/// promises or asks stays what it is.
#[test]
fn a_paper_awaiting_signature_and_a_device_line_report_nothing() {
    assert_eq!(
        body(
            "Информация о выполнении Плана будет предоставлена до 18.12.2013, так как \
                 специалист находился в командировке. По пунктам 1, 6, 9 материалы \
                 подготовлены и находятся на подписи у председателя райгосадминистрации, по \
                 пунктам 7, 10, 12 собираем информацию от отделов."
        ),
        Some(NotReport::Promise)
    );
    assert_eq!(
        body(
            "Інформацію надамо до 20.12. Матеріали по п. 6 підготовлено, знаходяться на \
                 погодженні."
        ),
        Some(NotReport::Promise)
    );
    // The same in the sentence that turns to the future: the paper awaiting its
    // signature is read before the promise, and is still no deed.
    assert_eq!(
        body(
            "Інформація по пп. 1, 6 та 9 підготовлена і знаходиться на підписі у голови \
                 РДА, буде надіслана у понеділок."
        ),
        Some(NotReport::Promise)
    );
    // Its signature awaited in the clause after the deed (the sentence runs on past a
    // date: "до 18.06. Надішлемо …").
    assert_eq!(
        body(
            "Інформацію управління щодо виконання плану заходів (пп. 1, 6, 12) \
                 підготовлено, вона знаходиться на підписі у начальника управління, який \
                 перебуває у відрядженні до 18.06. Надішлемо 18-19 червня."
        ),
        Some(NotReport::Promise)
    );
    // A deed beside it in its own clause still stands.
    assert_eq!(
        body(
            "По п. 6 проведено громадське обговорення бюджету, інформація по п. 9 \
                 знаходиться на підписі, буде надіслана окремо."
        ),
        None
    );
    assert_eq!(
        body("Просимо продовжити термін подання інформації до 18.06.\n\nОтправлено с мобильного"),
        Some(NotReport::Request)
    );
    // Work prepared and done is work: "підготовлено і проведено".
    assert_eq!(
        body("Підготовлено і проведено громадське обговорення проекту програми."),
        None
    );
}

/// A sentence that opens with a question's label ("І ще питання щодо п. 10: …") asks,
/// whatever its premise states.
#[test]
fn a_questions_label_makes_its_sentence_a_question() {
    assert_eq!(
        body(
            "Підкажіть, чи потрібно подавати інформацію щодо пунктів 2 та 8?\n\nІ ще \
                 питання щодо п. 10: при громадській раді вже працює комісія з питань етики. \
                 Чи можна її вважати комісією з питань відкритості?\n\nДякую."
        ),
        Some(NotReport::Question)
    );
    // "Питання" as a word of the report is no label.
    assert_eq!(
        body("Розглянуто питання щодо утворення робочої групи: групу утворено."),
        None
    );
}

/// A disclaimer or an antivirus stamp that the office's server adds under every letter speaks
/// of the mail: under a question it makes no report of it, and it is no deed in a report.
#[test]
fn notices_on_the_mail_itself_state_nothing() {
    let question = "Просимо роз'яснити: чи потрібно управлінню подавати інформацію щодо пунктів 2 \
                    та 8 Плану заходів? Рубрик управління не веде.\n\nЗ повагою,\nПриходько І.В.\n\n";
    for notice in [
        "Ця електронна пошта та всі вкладення до неї є конфіденційними і призначені виключно \
         для використання особою, якій їх адресовано. Будь-яке несанкціоноване використання, \
         поширення чи копіювання цієї інформації заборонено.",
        "Данное сообщение и все вложения к нему являются конфиденциальными и предназначены \
         только для указанного получателя.",
        "This e-mail and any attachments are confidential and intended solely for the \
         addressee. Any unauthorised use is prohibited.",
        "Повідомлення перевірено програмою ESET NOD32 Antivirus.",
        "Проверено антивирусом Касперского.",
    ] {
        assert_eq!(
            body(&format!("{question}{notice}")),
            Some(NotReport::Question),
            "{notice}"
        );
        for s in sentences(notice) {
            assert_eq!(act(&s), Act::Neutral, "{s}");
        }
    }
    // Work that names a virus or this information is still work.
    for deed in [
        "На офіційному сайті встановлено антивірусний захист.",
        "Цю інформацію розміщено на сайті райдержадміністрації.",
    ] {
        assert_eq!(act(deed), Act::Report, "{deed}");
    }
}

/// An agenda's item or a title that puts its topic with a question after a colon asks what
/// was done: a poster announcing a discussion with such an agenda reports nothing.
#[test]
fn a_topic_with_its_question_states_nothing() {
    for topic in [
        "3. Громадські експертизи діяльності органів влади: що змінилося за рік.",
        "Сайт районної державної адміністрації: як його змінено за півріччя",
        "Общественные экспертизы: что изменилось за год.",
    ] {
        assert_eq!(act(topic), Act::Neutral, "{topic}");
    }
    for deed in [
        "Сайт: оновлено розділ «Консультації з громадськістю».",
        "Проведено 2 засідання громадської ради: що засвідчено протоколами.",
    ] {
        assert_eq!(act(deed), Act::Report, "{deed}");
    }
    let poster = "ОГОЛОШЕННЯ\n28 листопада 2013 року відбудеться громадське обговорення \
                  виконання заходів.\n\nПорядок денний\n\n1. Звіт управління про виконання плану \
                  заходів у 2013 році.\n\n3. Громадські експертизи діяльності органів влади: що \
                  змінилося за рік.\n\nОголошення розміщено на веб-ресурсі та поширено через \
                  районні державні адміністрації.";
    assert_eq!(body(poster), Some(NotReport::Announcement));
}

/// An event put off to a later day has not taken place: the sentence says what was not done,
/// and a letter that asks for more time because of it is no report.
#[test]
fn an_event_put_off_is_no_deed() {
    for s in [
        "Громадські слухання щодо проекту Програми перенесено на 18 червня 2013 року, а їх \
         результати мають увійти до інформації щодо пункту 6.",
        "Засідання громадської ради відкладено до вересня.",
        "Общественные слушания перенесли на следующий месяц.",
    ] {
        assert_eq!(act(s), Act::Denial, "{s}");
    }
    for s in [
        "Інформацію зі старого сайту перенесено на новий сайт райдержадміністрації.",
        "Проведено два засідання громадської ради, третє перенесено на липень.",
    ] {
        assert_eq!(act(s), Act::Report, "{s}");
    }
    let letter = "Коропська районна державна адміністрація просить продовжити до 21 червня \
                  2013 року термін подання інформації (пункти 1, 6, 7, 9, 10, 12).\n\
                  Продовження терміну пов'язане з тим, що громадські слухання щодо проекту \
                  Програми перенесено на 18 червня 2013 року, а їх результати мають увійти до \
                  інформації щодо пункту 6.";
    assert_eq!(body(letter), Some(NotReport::Request));
}

/// A deed stated on its own before a semicolon stands, though the sentence goes on to a plan
/// ("…; наступне засідання планується провести у квітні"); a deed joined to its plan by a
/// comma prepares what is planned, and the sentence announces.
#[test]
fn a_deed_before_a_semicolon_stands_beside_a_plan() {
    for t in [
        "Склад громадської ради оновлено наказом від 12.03.2013; наступне засідання \
         планується провести у квітні",
        "Проведено два засідання круглого столу (34 учасники); третє заплановано на травень.",
        "Рубрику на сайті створено; наповнення планируется завершить до конца года.",
    ] {
        assert_eq!(act(t), Act::Report, "{t}");
    }
    for t in [
        "Технічне завдання погодили з розробником, запуск плануємо в лютому.",
        "Семінар заплановано на 18 червня; програму погоджено.",
    ] {
        assert_eq!(act(t), Act::Other(NotReport::Announcement), "{t}");
    }
}

/// Signing the information is work on the letter ("інформацію підписано першим заступником
/// голови"): no deed on a measure. An agreement signed is one.
#[test]
fn signing_the_information_is_no_deed() {
    for t in [
        "Голова був у відрядженні, інформацію підписано першим заступником голови.",
        "Информация подписана заместителем председателя РГА.",
    ] {
        assert_ne!(act(t), Act::Report, "{t}");
    }
    assert_eq!(
        act("Підписано меморандум про співпрацю з трьома громадськими організаціями."),
        Act::Report
    );
}

/// The office's own coming event in the third person ("Центр … проведе навчальні семінари",
/// "управление проведет") announces.
#[test]
fn an_event_the_office_will_hold_is_announced() {
    for t in [
        "У лютому 2013 року Центр спільно з управлінням проведе навчальні семінари.",
        "Управление проведет семинар для специалистов РГА 12 марта.",
        "Райдержадміністрації проведуть громадські обговорення у квітні.",
        // What the office will open or launch, beside what the plan foresees.
        "Форум на базі ресурсу відкриємо в І кварталі 2013 року, як і передбачено планом.",
    ] {
        assert_eq!(act(t), Act::Other(NotReport::Announcement), "{t}");
    }
}

/// A letter that asks for more time and sets out its grounds ("Необхідність продовження
/// терміну зумовлена такими обставинами. По-перше, звільнився …") is a request: the grounds
/// are why it asks, no report. The grounds end where the letter turns to the plan's points or
/// tells; what it states there is a report.
#[test]
fn the_grounds_of_a_request_are_no_report() {
    let letter = "Районна державна адміністрація звертається з проханням продовжити до 21 \
                  червня 2013 року термін подання інформації.\n\n\
                  Необхідність продовження терміну зумовлена такими обставинами.\n\n\
                  По-перше, у травні звільнився головний спеціаліст, на якого було покладено \
                  координацію виконання Плану.\n\n\
                  По-друге, в районі працює ревізійна група. Значна частина працівників \
                  залучена до підготовки матеріалів для ревізорів.\n\n\
                  Інформацію щодо пунктів 1, 6 та 7 Плану, виконавцем яких визначено \
                  райдержадміністрації, зараз узагальнюють структурні підрозділи.\n\n\
                  Зведену інформацію буде надано не пізніше 21 червня 2013 року. \
                  Райдержадміністрація гарантує, що надалі інформація подаватиметься вчасно.";
    assert_eq!(body(letter), Some(NotReport::Request));
    let russian = "Обращаемся с просьбой продлить срок подачи информации до 20 июня. Задержка \
                   вызвана следующими обстоятельствами: специалист находился на больничном, \
                   отдел был переведен в другое здание.";
    assert_eq!(body(russian), Some(NotReport::Request));
    // Grounds without a request are read as they are; and a letter that turns to its
    // points after the grounds reports.
    let no_request = "Затримка зумовлена такими обставинами. У травні звільнився головний \
                      спеціаліст.";
    assert_eq!(body(no_request), None);
    let then_reports = "Просимо продовжити термін подання інформації щодо п. 9. Причини такі: \
                        засідання колегії перенесено. По пункту 6 повідомляємо: проведено три \
                        засідання круглого столу з громадськістю.";
    assert_eq!(body(then_reports), None);
}

/// The plan's designation of executors ("виконавцем яких визначено райдержадміністрації"),
/// compiling the information ("інформацію узагальнюють") and the synthetic future
/// ("подаватиметься") are no deeds.
#[test]
fn the_plans_executors_and_the_information_compiled_are_no_deed() {
    for t in [
        "Інформацію щодо пунктів 1, 6 Плану, виконавцем яких визначено райдержадміністрації, \
         зараз узагальнюють структурні підрозділи.",
        "Надалі інформація подаватиметься у встановлені терміни.",
        "Необхідність продовження терміну зумовлена такими обставинами.",
    ] {
        assert_ne!(act(t), Act::Report, "{t}");
    }
    assert_eq!(
        act("Визначено відповідальних за проведення консультацій."),
        Act::Report
    );
}

/// A letter that announces its questions puts each with its ground in a paragraph: what a
/// paragraph that asks states is the question's premise, and the letter asks. Without the
/// announcement, a paragraph that states a deed and then asks still reports.
#[test]
fn the_premises_of_announced_questions_are_no_report() {
    let questions = "1. Щодо пункту 8 Плану. Голова комітету громадської ради входить до \
                     складу колегії головного управління ще з жовтня 2012 року. Чи потрібно \
                     знову подавати інформацію щодо п. 8?\n\n\
                     2. Щодо пунктів 6 та 9 Плану. У вересні проект програми обговорювався на \
                     засіданні громадської ради. Чи вважається це консультацією з \
                     громадськістю?";
    let announced = format!(
        "Готуємо інформацію про виконання Плану заходів з підвищення рівня відкритості та \
         прозорості діяльності виконавчої влади в області за ІІ півріччя 2013 року, і в нас \
         виникло кілька питань, на які просимо дати роз'яснення до 6 грудня.\n\n{questions}"
    );
    assert_eq!(body(&announced), Some(NotReport::Question));
    assert_eq!(body(questions), None);
}

/// What the review of these rules found: a report that opens with its questions' announcement
/// still reports what it states away from a question or under a plan's point; a report's own
/// opening "пов'язані з такими напрямами:" sets out no grounds; the office that names its
/// executors does a deed.
#[test]
fn announced_questions_and_grounds_leave_a_report_alone() {
    for report in [
        "Маємо кілька питань щодо звіту. Проведено 3 засідання громадської ради, створено \
         робочу групу, оновлено сайт.",
        "У нас виникло кілька питань.\nЗа п. 1 проведено 2 засідання громадської ради. Чи \
         потрібно надсилати протоколи?\nЗа п. 7 створено робочу групу. Чи подавати склад \
         окремо?",
        "В рамках виконання Плану проведено заходи, пов'язані з такими напрямами:\n- проведено \
         3 засідання громадської ради;\n- організовано круглий стіл.\nПросимо врахувати \
         надану інформацію.",
    ] {
        assert_eq!(body(report), None, "{report}");
    }
    assert_eq!(
        act("Розпорядженням голови визначено відповідальних виконавців заходів Плану."),
        Act::Report
    );
}

/// A question asked under its label ("У нас питання: чи потрібно …?") is a question; what an
/// order lays down between two questions ("виконавцями зазначені структурні підрозділи") is
/// no deed. A report that asks keeps what it states, and a deed before a colon is no label.
#[test]
fn a_labelled_question_asks_and_a_report_that_asks_still_reports() {
    assert_eq!(
        act(
            "У нас питання: чи потрібно райдержадміністрації подавати інформацію щодо пунктів 2 \
             і 8 плану?"
        ),
        Act::Other(NotReport::Question)
    );
    assert_eq!(
        act("У меня вопрос: нужно ли подавать информацию по п. 2?"),
        Act::Other(NotReport::Question)
    );
    let asks = "Доброго дня!\n\nУ нас питання: чи потрібно райдержадміністрації подавати \
                інформацію щодо пунктів 2 і 8 плану (рубрики на сайті ОДА, колегії)? У \
                розпорядженні облдержадміністрації N 505 від 10.09.2012 виконавцями зазначені \
                структурні підрозділи. І чи треба зводити дані по всіх 29 сільських радах, чи \
                достатньо по району?\n\nДякуємо. Менська РДА";
    assert_eq!(body(asks), Some(NotReport::Question));
    let reports = "У нас питання: чи потрібно подавати протоколи?\nЗа п. 1 проведено 2 засідання \
                   громадської ради. Чи надсилати їх окремо?";
    assert_eq!(body(reports), None);
    let reports = "У нас питання: чи подавати протоколи окремо? Проведено 2 засідання громадської \
                   ради, на сайті розміщено 15 матеріалів. Чи потрібні фото?";
    assert_eq!(body(reports), None);
    assert_eq!(
        act("Запитання громадян розглянуто на прийомі: надано 40 відповідей."),
        Act::Report
    );
    // A topic with its question after a colon still tells nothing.
    assert_eq!(
        act("3. Громадські експертизи діяльності органів влади: що змінилося за рік."),
        Act::Neutral
    );
}

/// "Раніше поінформовано листом від 13.06.2013 № 01-27/912 щодо пп. 1–12": informed by a
/// letter sent before, the letter is the answer, not a deed; informing the public is one.
#[test]
fn informed_by_an_earlier_letter_only_points_to_it() {
    let pointer = "Раніше поінформовано листом від 13.06.2013 № 01-27/912 щодо пп. 1–12 за І \
                   півріччя.";
    assert_eq!(act(pointer), Act::Neutral);
    assert!(only_points_to_another_letter(pointer));
    assert!(only_points_to_another_letter(&format!(
        "{pointer} Направляємо інформацію за 2013 рік (вкладення)."
    )));
    assert_eq!(
        act("Поінформовано громадськість про проведення громадських слухань."),
        Act::Report
    );
    assert!(!only_points_to_another_letter(
        "Раніше поінформовано громадськість про слухання, а листом від 13.06.2013 надіслано \
         протокол."
    ));
    // Informing the public by letter is work; other words may stand before the letter.
    assert_eq!(
        act(
            "Поінформовано листом від 12.04.2013 № 45 громадські організації району про \
             конкурс."
        ),
        Act::Report
    );
    assert_eq!(
        act("Раніше поінформовано Вас листом від 13.06.2013 щодо пп. 1, 6."),
        Act::Neutral
    );
}

/// A letter named by its number ("інформація надсилалась 11.12 листом № 03-21/2208") is a
/// letter sent before, as one named by its date is: the answer only points to it. Sending
/// something else by a numbered letter is work.
#[test]
fn a_letter_named_by_its_number_is_one_sent_before() {
    assert!(only_points_to_another_letter(
        "інформація надсилалась 11.12 листом № 03-21/2208."
    ));
    assert!(only_points_to_another_letter(
        "Інформацію надано листом 03-21/2208."
    ));
    let work = "Листом № 45 громадським організаціям району надіслано запрошення на слухання.";
    assert!(!only_points_to_another_letter(work));
    assert_eq!(act(work), Act::Report);
}

/// A part of the report sent before ("Ми 07.12 надіслали першу частину інформації (пп. 1, 6,
/// 7)", "Першу частину (пп. 1, 2, 7, 8) надіслано 07.06.2013 листом") is the letter, no deed:
/// a mail that says so and asks, asks for time or promises the rest is no report. The
/// information promised whose paper awaits its signature tells what the coming report will
/// say, deeds and all. A deed stated beside a part sent still reports.
#[test]
fn a_part_of_the_report_sent_or_awaiting_its_signature_is_the_letter() {
    assert_eq!(
        body(
            "Ми 07.12 надіслали першу частину інформації (пп. 1, 6, 7). Підкажіть, будь \
             ласка, чи потрібно подавати інформацію щодо п. 2?"
        ),
        Some(NotReport::Question)
    );
    assert_eq!(
        body(
            "Просимо продовжити термін подання другої частини інформації (пп. 6, 9) до \
             21.06.2013. Першу частину (пп. 1, 2, 7, 8) надіслано 07.06.2013 листом № \
             06-02/1187."
        ),
        Some(NotReport::Request)
    );
    assert_eq!(
        body(
            "Інформацію по відкритому уряду (пп. 1, 6, 7) підготовлено — громадські слухання \
             проведені, матеріали на підписі у голови РДА, надішлемо до 18.12."
        ),
        Some(NotReport::Promise)
    );
    assert_eq!(
        body(
            "Першу частину інформації надіслано 07.06. На сайті розміщено звіт про виконання бюджету."
        ),
        None
    );
    // A law's part or a share is no part of the report.
    for t in [
        "На виконання частини першої статті 15 Закону України «Про доступ до публічної \
         інформації» проекти рішень направлено громадській раді для обговорення.",
        "Відповідно до частини 3 статті 5 Закону проекти регуляторних актів направлено на \
         громадське обговорення.",
        "Протягом І півріччя надано 45 відповідей на запити на публічну інформацію, частину з \
         них — в електронній формі.",
        "Громадській раді надано інформацію щодо частини проектів рішень.",
    ] {
        assert_eq!(act(t), Act::Report, "{t}");
    }
    // Without the signature awaited, a deed before the promise stands.
    assert_eq!(
        body("Громадські слухання проведені, інформацію надішлемо до 18.12."),
        None
    );
}

/// A plan for a named year alone ("планується у 2013 році") is a plan; a deed before it in
/// the sentence still reports.
#[test]
fn a_plan_for_a_year_alone_reports_nothing() {
    assert_eq!(
        body("планується у 2013 році"),
        Some(NotReport::Announcement)
    );
    for t in [
        "Проведено 3 із 5 громадських обговорень, що плануються у 2013 році.",
        "Створено робочу групу, перше засідання планується у 2014 році.",
    ] {
        assert_eq!(act(t), Act::Report, "{t}");
    }
}

/// The letter's byline ("Підготував: сектор …, Мельник О.І.") is who prepared the letter; a
/// list of what was prepared or formed ("Підготовлено: 12 прес-релізів …") is work.
#[test]
fn the_letters_byline_reports_nothing() {
    assert_eq!(
        act("Підготував: сектор з питань внутрішньої політики апарату РДА, Мельник О.І."),
        Act::Neutral
    );
    assert_eq!(act("Подготовила: Кравец Н.А., тел. 2-15-09"), Act::Neutral);
    for t in [
        "Підготували та розмістили на сайті 14 публікацій.",
        "Підготовлено: 12 прес-релізів, 4 відеосюжети про діяльність РДА.",
        "Сформовано: громадську раду при РДА у складі 15 осіб.",
    ] {
        assert_eq!(act(t), Act::Report, "{t}");
    }
}

/// The information named as prepared while its paper awaits a signature tells what the coming
/// report will say, the promise in a sentence of its own; a label "Інформація по п. 6:" over
/// a deed whose minutes await a signature is a report.
#[test]
fn what_the_prepared_information_on_signature_says_is_not_yet_reported() {
    assert_eq!(
        body(
            "Інформацію відділу за ІІ півріччя вже підготовлено: консультації з \
             громадськістю проведено тричі, але документи ще на підписі у голови. Надішлемо \
             до 20.12."
        ),
        Some(NotReport::Promise)
    );
    assert_eq!(
        body(
            "Інформація по п. 6: громадське обговорення проведено 12.05, протокол на підписі \
             у голови."
        ),
        None
    );
    // Information about the hearings prepared, the minutes on signature: the hearings held
    // stand.
    assert_eq!(
        body(
            "Інформацію про проведення громадських слухань щодо проекту бюджету підготовлено \
             та оприлюднено на сайті РДА, слухання проведено 12.04.2013 за участю 45 осіб, \
             протокол на підписі у голови. Копію протоколу надішлемо після підписання."
        ),
        None
    );
}

/// Beside an attached schedule, a request for what its events need ("Просимо довести графік
/// до відома") and how to sign up ("Заявки на участь подаються …") report nothing; without a
/// schedule a covering letter's request leaves the report alone, and applications received
/// ("заявки на участь подали 28 осіб") are a deed.
#[test]
fn a_request_beside_a_schedule_asks_for_its_events() {
    let with = |text: &str, schedule: bool| {
        not_a_report(&Mail {
            text,
            schedule,
            ..Default::default()
        })
    };
    let asks = "Просимо довести графік семінарів до відома підрозділів. Заявки на участь \
                подаються до Центру не пізніше ніж за 5 днів до семінару.";
    assert_eq!(with(asks, true), Some(NotReport::Request));
    let report = "Оголошення про громадське обговорення проекту програми розміщено на сайті \
                  РДА 12.03.2013. Участь в обговоренні підтвердили представники 14 \
                  громадських організацій. Просимо врахувати зазначену інформацію.";
    assert_eq!(with(report, false), None);
    let received = "За п. 13: проведено навчальний семінар для спеціалістів, заявки на участь \
                    подали 28 осіб. Просимо вважати інформацію остаточною.";
    assert_eq!(with(received, true), None);
}

/// Naming whose the plan's points are — the plan's executors named before the verb, past the
/// points ("виконавцями пунктів 3, 4, 11 … визначено управління"), or an office that "є
/// співвиконавцем" of a point — answers none of them: a designation, not a deed.
#[test]
fn naming_whose_the_points_are_is_a_designation() {
    for t in [
        "Примітка: виконавцями пунктів 3, 4, 11, 13, 14, 15 плану визначено управління з питань \
         внутрішньої політики та зв'язків з громадськістю облдержадміністрації.",
        "Відділ роботи із зверненнями громадян у межах плану є співвиконавцем лише пункту 5.",
        "Исполнителями пунктов 6 и 9 плана определены структурные подразделения.",
    ] {
        assert_eq!(act(t), Act::Designation, "{t}");
        assert!(Acts::of(t).answers_nothing(), "{t}");
    }
    // A deed beside it still reports.
    let both = "Виконавцями пунктів 3 і 4 визначено управління. Відділом проведено 3 \
                консультації з громадськістю.";
    assert!(Acts::of(both).reports);
    assert!(!Acts::of(both).answers_nothing());
    // The office's own order naming those responsible is a deed.
    assert_eq!(
        act("Наказом визначено відповідальних виконавців заходів Плану."),
        Act::Report
    );
}

/// "Не є виконавцем" says the points are not the office's: no designation (the mapper marks
/// it not applicable).
#[test]
fn not_being_the_executor_is_no_designation() {
    assert_ne!(
        act("По пп. 2-5 управление не является исполнителем."),
        Act::Designation
    );
}

/// A paragraph that opens with a question is the question's: what it goes on to recount of an
/// earlier letter (the office's earlier answer, named by its date) is its ground. Work it
/// states, or a report in a paragraph of its own before the question, still reports.
#[test]
fn a_paragraph_that_opens_with_a_question_is_its_ground() {
    let asks = "Добрий день!\n\nПросимо роз'яснити: чи треба звітувати щодо пунктів 2 та 8, \
                якщо їх виконавцями є структурні підрозділи облдержадміністрації? Минулого \
                разу (лист від 12.12.2012 № 01-17/2245) ми писали по цих пунктах «не \
                стосується», а в таблиці, яку роздавали на нараді, наведено всі \
                пункти.\n\nЗвіт надішлемо до 14 червня.\n\nДякуємо.";
    assert_eq!(body(asks), Some(NotReport::Question));
    let work = "Чи потрібно подавати інформацію щодо п. 8? Голову комітету громадської ради \
                введено до складу колегії управління.";
    assert_eq!(body(work), None);
    let before = "Проведено 3 консультації з громадськістю.\n\nЧи потрібно подавати \
                  інформацію щодо п. 8?";
    assert_eq!(body(before), None);
}

/// A statement that opens with its cause ("У зв'язку з реорганізацією … працівник
/// переведений на іншу посаду") is a request's ground; alone, it still states a deed.
#[test]
fn a_statement_opening_with_its_cause_is_a_requests_ground() {
    let ground = "У зв'язку з реорганізацією відділу відповідальний працівник переведений на \
                  іншу посаду, а новий спеціаліст приступив до роботи лише 13.06.2013.";
    let request = format!(
        "Просимо продовжити до 20 червня термін подання інформації.\n\n{ground}\n\n\
         Інформацію щодо п. 1 надамо разом з рештою."
    );
    assert_eq!(body(&request), Some(NotReport::Request));
    assert_eq!(body(ground), None);
}

/// A clerk promising in the first person singular ("інформацію від них надішлю окремо",
/// "направлю додатково") promises, as "надішлемо" does; a point run by another sector and
/// promised later answers nothing.
#[test]
fn a_clerks_singular_future_promises() {
    for t in [
        "Пункт 1 (сайт) веде сектор інформаційних технологій апарату РДА — інформацію від них \
         надішлю окремо, як тільки надійде.",
        "Інформацію по п. 12 направлю додатково.",
        "Информацию по п. 6 вышлю завтра.",
    ] {
        assert_eq!(act(t), Act::Other(NotReport::Promise), "{t}");
        assert!(Acts::of(t).answers_nothing(), "{t}");
    }
    // Not the participles that share a stem's letters.
    assert_eq!(
        act("Інформацію підготовлено та направлено листом від 12.12.2012."),
        Act::Report
    );
}

/// A clerk's clipped participles ("оновл.", "провед.", "розміщ.") state the work.
#[test]
fn clipped_participles_state_the_work() {
    for t in [
        "сайт оновл., розділ «Відкритий уряд»",
        "провед. 2 конс. з громадськістю",
        "розміщ. 12 новин на сайті",
    ] {
        assert_eq!(act(t), Act::Report, "{t}");
    }
}

/// The review's counter-examples: an executor named as the doer ("як виконавцем пункту 12,
/// встановлено банер"), an order naming those responsible, a statement introduced by
/// "повідомлю, що" are deeds; a letter cited beside work after a question, and a cause before
/// work beside a request that is not for more time, leave the report a report.
#[test]
fn deeds_near_an_executor_a_question_or_a_cause_still_report() {
    for t in [
        "Відділом інформаційної діяльності, як виконавцем пункту 12 Плану, встановлено на \
         офіційному веб-сайті банер «Відкритий уряд».",
        "Відповідно до розпорядження, виконавцем якого є відділ культури, встановлено скриньку \
         для пропозицій громадян у приміщенні РДА.",
        "Розпорядженням голови райдержадміністрації від 12.03.2013 № 85 відповідальним \
         виконавцем за наповнення веб-сайту визначено сектор інформаційної діяльності.",
        "Додатково повідомлю, що 12 березня проведено засідання громадської ради.",
    ] {
        assert_eq!(act(t), Act::Report, "{t}");
    }
    let cites = "Чи потрібно окремо звітувати за пунктом 8? Листом від 12.03.2013 № 01-17/245 \
                 голову комітету громадської ради введено до складу колегії управління. Також \
                 проведено 3 консультації з громадськістю.";
    assert_eq!(body(cites), None);
    let publish = "Просимо розмістити надану інформацію на веб-сайті облдержадміністрації.\n\n\
                   У зв'язку з підготовкою проекту районного бюджету 12 березня проведено \
                   громадське обговорення за участю 45 осіб.";
    assert_eq!(body(publish), None);
    // Asking for more time, a cause's statement is its ground in either order.
    let ground = "У зв'язку з реорганізацією відділу відповідальний працівник переведений на \
                  іншу посаду.";
    let ask = "Просимо продовжити термін подання інформації до 20 червня.";
    assert_eq!(
        body(&format!("{ask}\n\n{ground}")),
        Some(NotReport::Request)
    );
    assert_eq!(
        body(&format!("{ground}\n\n{ask}")),
        Some(NotReport::Request)
    );
}

/// Information given, in the present, by another office in a letter of its own ("інформація
/// щодо наповнення веб-сайту надається відділом … окремим листом") only points elsewhere.
#[test]
fn information_given_by_another_office_separately_points_elsewhere() {
    let t = "інформація щодо наповнення офіційного веб-сайту надається відділом інформаційної \
             діяльності та комунікацій з громадськістю райдержадміністрації окремим листом.";
    assert!(only_points_to_another_letter(t));
    assert!(!only_points_to_another_letter(
        "На офіційному веб-сайті створено розділ «Відкритий уряд»."
    ));
}
