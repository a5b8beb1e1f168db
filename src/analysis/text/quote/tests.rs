//! Unit tests of quote removal: replies above and below the quote, interleaved answers,
//! forwards, the clients' header blocks and signatures.

use super::*;
use crate::analysis::text::{Table, html_to_content, html_to_content_marking_quotes};

/// The forwarded messages as (sender, text) pairs.
fn pairs(u: &Unquoted) -> Vec<(Option<String>, String)> {
    u.forwarded
        .iter()
        .map(|f| (f.sender.clone(), f.text.clone()))
        .collect()
}

#[test]
fn a_line_that_points_below_the_quote_lets_the_text_below_count() {
    let body = "Доповнення – нижче, після тексту підтвердження.\n\n-----Оригінальне \
                    повідомлення-----\nВід: uvp@cg.ukrtel.net\nНадіслано: 14 грудня 2012 р.\n\
                    Кому: uvp-info@x.ua\nТема: Re: Інформація\n\nШановні колеги!\n\n\
                    Розпізнано інформацію щодо таких пунктів плану:\n  • пункт 3: Веб-ресурс …\n\n\
                    З повагою\nУправління\n\nп. 11. 07.12.2012 проведено «День відкритих \
                    дверей».";
    let u = unquote(body, false);
    assert!(
        u.own.ends_with("проведено «День відкритих дверей»."),
        "{}",
        u.own
    );
    assert!(!u.own.contains("Веб-ресурс"), "{}", u.own);
    // A line of its own that points nowhere leaves the quote to the end.
    let top = body.replace(
        "Доповнення – нижче, після тексту підтвердження.",
        "Доповнення до інформації управління надсилаємо окремим листом.",
    );
    assert_eq!(
        unquote(&top, false).own,
        "Доповнення до інформації управління надсилаємо окремим листом."
    );
}

#[test]
fn answers_tagged_information_under_quoted_items_are_kept() {
    let body = "Інформацію управління внесено у текст Вашого листа (нижче, після кожного \
                    пункту).\n\n-----Исходное сообщение-----\nОт: uvp@cg.ukrtel.net\n\
                    Отправлено: 10 июня 2013 г. 9:00\nКому: x@x.ua\nТема: Нагадування\n\n\
                    Шановні колеги!\n\n  2. Створити на офіційному сайті рубрики.\n\n\
                    Інформація: —\n\n  9. Залучати членів громадських рад до обговорення.\n\n\
                    Інформація: Проект програми розглянуто 19.02.2013.\n\nДля зручності до \
                    листа додано таблицю.\n\nЗ повагою\nУВП";
    let u = unquote(body, false);
    assert!(
        u.own.contains(
            "9. Залучати членів громадських рад до обговорення.\nПроект програми \
                            розглянуто 19.02.2013."
        ),
        "{}",
        u.own
    );
    // A tag over a dash answers nothing; the quoted letter's own text is no answer.
    assert!(
        !u.own.contains("2. Створити") && !u.own.contains("Для зручності"),
        "{}",
        u.own
    );
}

/// The same answers when the writer signs below the quoted reminder's closing: the quote
/// ends there, and what was typed into it is still the writer's.
#[test]
fn announced_answers_inside_a_quote_the_writer_signs_under_are_kept() {
    let body = "Відповіді внесено нижче по тексту.\n\n-----Исходное сообщение-----\n\
                    От: uvp@cg.ukrtel.net\nОтправлено: 9 декабря 2013 г. 8:00\nКому: x@x.ua\n\
                    Тема: Нагадування\n\nШановні колеги!\n\n  2. Створити на офіційному сайті \
                    рубрики.\nІнформація: х\n\n  7. Залучати представників громадськості.\n\
                    Інформація: голова БФ «Надія дітям» включена до складу опікунської ради \
                    (наказ від 18.09.2013 № 47).\n\nЗ повагою\nУВП\n\n\n\
                    Головний спеціаліст служби у справах дітей\nТ.В. Гнатенко, тел. 67-54-12\n";
    let own = unquote(body, false).own;
    assert!(
        own.contains(
            "7. Залучати представників громадськості.\nголова БФ «Надія дітям» включена до \
             складу опікунської ради"
        ),
        "{own}"
    );
    assert!(!own.contains("2. Створити"), "{own}");
    assert!(own.contains("Т.В. Гнатенко"), "{own}");
    // Unannounced, a quote is the quote: "Інформація:" in someone else's letter is theirs.
    let plain = body.replace("Відповіді внесено нижче по тексту.", "Добрий день.");
    assert!(!unquote(&plain, false).own.contains("Надія дітям"));
}

#[test]
fn a_line_that_says_the_answers_are_in_the_quote_is_known_in_several_wordings() {
    for line in [
        "Відповіді – у тексті листа нижче.",
        "Ответы - в тексте письма ниже.",
        "Отвечаем по пунктам ниже (синим).",
        "Відповідаємо нижче, після кожного пункту.",
        "Інформацію внесено у текст Вашого листа (нижче).",
    ] {
        assert!(announces_answers_in_quote(&lowercase(line)), "{line}");
    }
    for line in ["Доповнення – нижче.", "Відповідь надішлемо завтра."]
    {
        assert!(!announces_answers_in_quote(&lowercase(line)), "{line}");
    }
}

#[test]
fn a_forward_of_a_forward_is_followed_by_its_subject() {
    // Outlook forwards with header blocks alone: the mail's "FW:" makes the first block a
    // forward; the forwarded message's own "FW:" makes the next one a forward too.
    let body = "Пересилаю лист заступника.\n\nFrom: Бойко В.І. [mailto:v.boyko@x.ua]\n\
                    Sent: Wednesday, June 12, 2013 2:51 PM\nTo: Приймальня\nSubject: FW: \
                    інформація\n\nВідправте від імені управління.\n\nFrom: Оргвідділ \
                    [mailto:org@x.ua]\nSent: Wednesday, June 12, 2013 11:07 AM\nTo: Бойко В.І.\n\
                    Subject: інформація\n\nПункт 6. Проведено 3 консультації.";
    let u = unquote(body, true);
    assert_eq!(u.own, "Пересилаю лист заступника.");
    assert_eq!(u.forwarded.len(), 2, "{:?}", u.forwarded);
    assert_eq!(u.forwarded[1].sender.as_deref(), Some("org@x.ua"));
    assert_eq!(u.forwarded[1].text, "Пункт 6. Проведено 3 консультації.");
    // Under a reply's subject, the second block is the quote it replies to.
    let reply = body.replace("Subject: FW: ", "Subject: RE: ");
    let u = unquote(&reply, true);
    assert_eq!(u.forwarded.len(), 1, "{:?}", u.forwarded);
    assert_eq!(u.forwarded[0].text, "Відправте від імені управління.");
}

#[test]
fn quoted_reply_is_dropped_and_forward_kept() {
    let body = "Пункт 6: проведено.\n\n-----Original Message-----\nFrom: uvp@cg.ukrtel.net\nSent: Monday\nTo: x\nSubject: Нагадування\n\nпункт 7 ...";
    let u = unquote(body, false);
    assert_eq!(u.own, "Пункт 6: проведено.");
    let fwd = "\n---------- Forwarded message ---------\nFrom: Бобровицька РДА <rda-bobrovytsia@example.gov.ua>\nDate: 10.12.2012\nSubject: Звіт\n\n6. Проведено консультації.";
    let u = unquote(fwd, true);
    assert_eq!(u.own, "");
    assert_eq!(
        pairs(&u),
        vec![(
            Some("rda-bobrovytsia@example.gov.ua".to_string()),
            "6. Проведено консультації.".to_string()
        )]
    );
    let wrote = "Додаю звіт.\n\nПн, 10 гру 2012 о 10:00 УВП <uvp@cg.ukrtel.net> пише:\n> нагадуємо";
    assert_eq!(unquote(wrote, false).own, "Додаю звіт.");
}

/// A table typed with tabs into the writer's own text is a table; one in the quote is
/// quoted like the rest.
#[test]
fn tables_typed_with_tabs_in_the_own_text_are_kept_apart() {
    let body = "Добрий день\n\n№\tЗахід\tВиконання\n1\tСайти\tСайт оновлено\n6\t\
                    Консультації\tПроведено 2\n\nЛ. Тищенко\n\n> №\tЗахід\tВиконання\n> 7\t\
                    Дорадчі органи\tЗалучено\n> 9\tОбговорення\tОбговорено";
    let u = unquote(body, false);
    assert_eq!(u.tables.len(), 1, "{:?}", u.tables);
    assert_eq!(u.tables[0].rows[1], vec!["1", "Сайти", "Сайт оновлено"]);
    assert_eq!(u.own, "Добрий день\n\nЛ. Тищенко");
}

#[test]
fn an_attribution_line_is_known_by_its_shape_in_any_language() {
    // (attribution line, whether it is one): a date or time, an address, a colon.
    let cases = [
        ("Am 05.12.2012 um 09:00 schrieb uvp@cg.ukrtel.net:", true),
        ("Le 05/12/2012 à 09:00, uvp@cg.ukrtel.net a écrit :", true),
        ("2012-12-05 9:00 GMT+02:00, УВП <uvp@cg.ukrtel.net>:", true),
        ("Станом на 01.12.2012 проведено такі заходи:", false),
        ("Пишіть на адресу uvp@cg.ukrtel.net:", false),
    ];
    for (line, expected) in cases {
        assert_eq!(
            attribution_len(&line.to_lowercase(), None).is_some(),
            expected,
            "{line}"
        );
    }
    // The writer's answer below the quote is kept, the quote is not.
    let body = "Am 05.12.2012 um 09:00 schrieb uvp@cg.ukrtel.net:\n> нагадуємо про звіт\n\nПункт 6: проведено дві консультації.";
    assert_eq!(
        unquote(body, false).own,
        "Пункт 6: проведено дві консультації."
    );
}

#[test]
fn repeated_forward_markers_are_followed_ten_levels_deep_in_one_pass() {
    // 20,000 forwarded messages inside one another (1.2 MB): each level used to copy the
    // rest of the text again, a quadratic cost in time and memory.
    let mut body = String::from("Пересилаю звіт.\n");
    for i in 0..20_000 {
        body.push_str(&format!(
            "---------- Forwarded message ---------\nFrom: rda{i}@example.gov.ua\n\nрівень {i}\n"
        ));
    }
    let started = std::time::Instant::now();
    let u = unquote(&body, false);
    println!("{} bytes unquoted in {:?}", body.len(), started.elapsed());
    assert_eq!(u.own, "Пересилаю звіт.");
    assert_eq!(u.forwarded.len(), MAX_FORWARD_LEVELS);
    assert_eq!(
        pairs(&u)[0],
        (Some("rda0@example.gov.ua".into()), "рівень 0".into())
    );
    let (sender, last) = &pairs(&u)[MAX_FORWARD_LEVELS - 1];
    assert_eq!(sender.as_deref(), Some("rda9@example.gov.ua"));
    assert!(last.starts_with("рівень 9\n---------- Forwarded message"));
    assert!(last.ends_with("рівень 19999"), "the rest is kept as text");
}

/// Replies written below the quote, or between its parts, in the shapes mail clients give
/// them: (what the case is, the body, the writer's own text).
const REPLIES: &[(&str, &str, &str)] = &[
    (
        "Thunderbird, Ukrainian, below the quote",
        "12.03.2013 10:15, Управління інформаційної політики пише:\n> Просимо надати звіт.\n\
             > \n> З повагою\n\nЗа пунктом 3 форум працює з лютого.\n\nОксана",
        "За пунктом 3 форум працює з лютого.\n\nОксана",
    ),
    (
        "Russian web mail, no space after '>'",
        "11 марта 2013 г., 9:00 пользователь Отдел <otdel@x.ua> писал:\n>Прошу сообщить\n\
             >о выполнении.\n\nПо п. 5 линия работает ежедневно.",
        "По п. 5 линия работает ежедневно.",
    ),
    (
        "English attribution over two lines",
        "On Tue, 5 Mar 2013 at 09:00, Office <office@x.ua>\nwrote:\n\n> Please report.\n\n\
             Item 4: the forum opened on 1 March.",
        "Item 4: the forum opened on 1 March.",
    ),
    (
        "gender ending after a hyphen",
        "Петро Іваненко <p@x.ua> написав-ла:\n> нагадування\nВідповідь нижче цитати.",
        "Відповідь нижче цитати.",
    ),
    (
        "answers interleaved with a quoted list",
        "Відповідаю в тексті.\n\n> Очікуємо інформацію:\n> 3. Створення веб-форуму.\n\
             Форум запущено 1 березня.\n> 5. Гаряча лінія.\n> 8) Колегії підрозділів.\n\n\
             Голову комітету введено до колегії.\n\n> Дякуємо.\nМаксим",
        "Відповідаю в тексті.\n\n3. Створення веб-форуму.\nФорум запущено 1 березня.\n\
             \n8) Колегії підрозділів.\nГолову комітету введено до колегії.\n\nМаксим",
    ),
    (
        "items numbered with a dash; the letter's end below the last one is no answer",
        "> Просимо надати інформацію за пунктами:\n> 1 - наповнення веб-сайту\n\n\
             > 6 - консультації з громадськістю\nПровели 3 консультації.\n\n\
             > 10 - комісія з питань відкритості\nстворена 12.09.2013\n\n> 12 - експертизи\n\n\
             Козелецька РДА, Шевчук\nНадіслано з мого Android",
        "6 - консультації з громадськістю\nПровели 3 консультації.\n\n\
             10 - комісія з питань відкритості\nстворена 12.09.2013\n\n\
             Козелецька РДА, Шевчук\nНадіслано з мого Android",
    ),
    (
        "answers a blank line below their items: the last one's too",
        "> 6 - консультації\n\nПровели 3 консультації.\n\n> 12 - експертизи\n\n\
             Проведено одну експертизу.",
        "6 - консультації\nПровели 3 консультації.\n\n12 - експертизи\n\
             Проведено одну експертизу.",
    ),
    (
        "the last item's answer right under it, as the others were",
        "> 6 - консультації\nПровели 3 консультації.\n> 12 - експертизи\n\
             Проведено одну експертизу.\n\nШевчук",
        "6 - консультації\nПровели 3 консультації.\n12 - експертизи\n\
             Проведено одну експертизу.\n\nШевчук",
    ),
    (
        "an answer below the whole quote takes no heading from its last line",
        "> 1. Наповнення сайтів.\n> 12. Експертизи.\n\nПо п. 6: проведено слухання.",
        "По п. 6: проведено слухання.",
    ),
    (
        "Outlook in Ukrainian, written below the original",
        "-----Оригінальне повідомлення-----\nВід: УВП [mailto:uvp@x.ua]\n\
             Надіслано: 4 березня 2013 р. 9:00\nКому: rda@x.ua\nТема: Нагадування\n\n\
             Нагадуємо про пункти 2 і 4.\n\nЗ повагою,\nУВП\n\nПо п. 4 посібник розіслано.",
        "По п. 4 посібник розіслано.",
    ),
    (
        "Outlook in Russian, a header block without a marker",
        "От: Управление [mailto:u@x.ua]\nОтправлено: 4 марта 2013 г. 9:00\nКому: r@x.ua\n\
             Тема: Напоминание\n\nНапоминаем о пунктах 6 и 7.\nС уважением,\nУправление\n\
             тел. 1-23-45\n\nПо пункту 7: в совет включены 2 представителя.",
        "По пункту 7: в совет включены 2 представителя.",
    ),
    (
        "an Outlook quote with no closing runs to the end",
        "-----Original Message-----\nFrom: a@x.ua\nSent: Monday\nTo: b@x.ua\n\
             Subject: x\n\n6. Консультації.\n7. Дорадчі органи.",
        "",
    ),
    (
        "written above an Outlook quote: the quote runs to the end",
        "Пункт 9 виконано.\n\nВід: УВП\nНадіслано: понеділок\nКому: x\nТема: y\n\n\
             Просимо пункти 10 і 12.\nЗ повагою,\nУВП\n\nФорма додається.",
        "Пункт 9 виконано.",
    ),
    (
        "a colon after a verb that is no attribution stays own text",
        "Повідомляємо, що слід написати:\nзвіт подано вчасно.",
        "Повідомляємо, що слід написати:\nзвіт подано вчасно.",
    ),
];

#[test]
fn own_text_is_kept_above_below_and_between_quotes() {
    for (case, body, own) in REPLIES {
        assert_eq!(unquote(body, false).own, *own, "{case}");
    }
}

#[test]
fn blockquotes_in_html_become_quoted_lines_and_own_text_below_them_is_kept() {
    let html = "<div>Доповнюю.</div><div class=\"gmail_quote\">5 березня 2013 р. УВП \
            &lt;uvp@x.ua&gt; пише:<blockquote class=\"gmail_quote\">Нагадуємо:<br>\
            <table><tr><td>6</td><td>консультації</td></tr></table>Дякуємо</blockquote></div>\
            <div>По п. 6 проведено 3 консультації.</div><table><tr><td>7</td><td>ради</td></tr></table>";
    let c = html_to_content_marking_quotes(html);
    assert_eq!(
        c.tables,
        vec![Table {
            sheet: None,
            rows: vec![vec!["7".into(), "ради".into()]],
            first_row: 1
        }],
        "the quoted table is text, the own one a table"
    );
    assert!(c.text.contains("> 6 | консультації"), "{}", c.text);
    assert_eq!(
        unquote(&c.text, false).own,
        "Доповнюю.\n\nПо п. 6 проведено 3 консультації."
    );
    // Without marking, a blockquote is ordinary text (documents, forwards).
    assert!(!html_to_content(html).text.contains("> Нагадуємо"));
}

#[test]
fn alternating_quotes_and_answers_are_read_in_one_pass() {
    // 100,000 quoted numbered items, each answered, then quotes with attribution lines and
    // Outlook header blocks that have no end: every line is looked at a bounded number of
    // times.
    let mut body = String::new();
    for i in 0..100_000 {
        body.push_str(&format!("> {}. Захід.\nвідповідь {i}\n", i % 16 + 1));
    }
    for _ in 0..20_000 {
        body.push_str("X пише:\nFrom: a\nSent: b\nTo: c\n\nЗ повагою,\n");
    }
    let started = std::time::Instant::now();
    let u = unquote(&body, false);
    println!("{} bytes unquoted in {:?}", body.len(), started.elapsed());
    assert!(
        u.own
            .starts_with("1. Захід.\nвідповідь 0\n2. Захід.\nвідповідь 1")
    );
    assert!(
        u.own.ends_with("відповідь 99999"),
        "the last answer, then the quote"
    );
    assert!(
        started.elapsed() < std::time::Duration::from_secs(5),
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn a_reply_inside_a_forward_ends_the_forwarded_text() {
    let body = "Моє.\n---------- Forwarded message ---------\nFrom: a@example.gov.ua\n\n\
            Переслане.\n> цитата\nще переслане\n-----Original Message-----\nFrom: b@x.ua\n\
            ---------- Forwarded message ---------\nFrom: c@example.gov.ua\n\nне читається";
    let u = unquote(body, false);
    assert_eq!(u.own, "Моє.");
    assert_eq!(
        pairs(&u),
        vec![(
            Some("a@example.gov.ua".to_string()),
            "Переслане.\nще переслане".to_string()
        )]
    );
}

/// A forwarded message keeps whom it was sent to, and the text typed below its letter's
/// signing apart.
#[test]
fn a_forward_keeps_its_recipients_and_the_text_below_its_signing() {
    let body = "\n-----Original Message-----\nFrom: osvita@example.gov.ua\n\
            Sent: Tuesday, December 03, 2013 4:41 PM\n\
            To: uvp@cg.ukrtel.net; Петренко <P.Petrenko@x.ua>\nSubject: Інформація\n\n\
            п. 1 – оновлено сайт.\n\nЗаступник начальника управління    Л.В.Остапенко\n\n\
            Доповнюємо по п. 8: голову комітету введено до складу колегії.";
    let u = unquote(body, true);
    assert_eq!(u.forwarded.len(), 1);
    let f = &u.forwarded[0];
    assert_eq!(f.to, vec!["uvp@cg.ukrtel.net", "p.petrenko@x.ua"]);
    assert_eq!(
        f.below,
        "Доповнюємо по п. 8: голову комітету введено до складу колегії."
    );
    assert!(f.text.starts_with("п. 1 – оновлено сайт."));
    let unsigned = "\n-----Original Message-----\nFrom: a@x.ua\nTo: b@x.ua\nSubject: x\n\n\
            п. 1 – оновлено сайт.";
    assert_eq!(unquote(unsigned, true).forwarded[0].below, "");
}

/// Web mail that forwards with one line of when and who instead of a header block, the
/// forwarded message itself a reply written below its quote.
#[test]
fn a_forward_with_one_line_of_when_and_who_is_followed() {
    let body = "Пересилаємо відповідь відділу.\n\n-------- Пересылаемое сообщение --------\n\
            07.06.2013, 16:40, \"Відділ\" <viddil.ripky@ukr.net>:\n\n\
            03.06.2013, 10:15, \"УВП\" <uvp@cg.ukrtel.net>:\n> Просимо надати інформацію.\n>\n\
            > 1. Сайти.\n\nп. 1 – оновлено сайт.\n\nНачальник відділу\n";
    let u = unquote(body, false);
    assert_eq!(u.own, "Пересилаємо відповідь відділу.");
    assert_eq!(
        pairs(&u),
        vec![(
            Some("viddil.ripky@ukr.net".to_string()),
            "п. 1 – оновлено сайт.\n\nНачальник відділу".to_string()
        )]
    );
}

/// Outlook forwards with its header block alone, no marker line: under "FW:" the block
/// heads the forwarded message; under another subject it is a quoted reply.
#[test]
fn an_outlook_header_block_under_a_forwards_subject_heads_the_forwarded_message() {
    let body = "Пересилаємо інформацію РДА.\n\nЗагальний відділ\n\n\
            Від: Людмила Ткаченко [mailto:l.tkachenko@ukr.net]\n\
            Надіслано: 11 червня 2013 р. 17:02\nКому: rda@example.gov.ua\nТема: звіт\n\n\
            1. На сайті РДА розміщено 187 матеріалів.\n6. Проведено 5 консультацій.\n";
    let u = unquote(body, true);
    assert_eq!(u.own, "Пересилаємо інформацію РДА.\n\nЗагальний відділ");
    assert_eq!(
        pairs(&u),
        vec![(
            Some("l.tkachenko@ukr.net".to_string()),
            "1. На сайті РДА розміщено 187 матеріалів.\n6. Проведено 5 консультацій.".to_string()
        )]
    );
    assert!(unquote(body, false).forwarded.is_empty());
}

/// An answer under a quoted item whose text wraps over several "> " lines answers that
/// item: its first line is kept as the answer's heading. A quoted paragraph of another
/// kind after the item ("> Просимо …") is no longer the item.
#[test]
fn an_answer_under_a_wrapped_quoted_item_keeps_the_item_as_its_heading() {
    let body = "Добрий день.\n\n> Станом на 03.12.2012 не надійшла інформація:\n>\n\
            > 6. Налагодити роботу по проведенню консультацій з\n> громадськістю.\n\n\
            Проведено 4 консультації.\n\n> 7. Залучати до роботи дорадчо-консультативних\n\
            > органів представників.\n>\n> Просимо надати інформацію.\n\nВключено 6 представників.\n";
    let own = unquote(body, false).own;
    assert_eq!(
        own,
        "Добрий день.\n\n6. Налагодити роботу по проведенню консультацій з\n\
             Проведено 4 консультації.\n\nВключено 6 представників."
    );
}

/// Outlook users answer point by point inside the unmarked quote, marking each answer.
#[test]
fn answers_marked_inside_a_quote_that_runs_to_the_end_are_kept_under_their_items() {
    let body = "Ответы - в тексте письма ниже.\n\nКравец Н.А.\nКозелецкая РГА\n\n\
            -----Исходное сообщение-----\nОт: УВП ОДА [mailto:uvp@cg.ukrtel.net]\n\
            Отправлено: 10 декабря 2012 г. 9:15\nКому: x@example.gov.ua\nТема: Нагадування\n\n\
            Нагадуємо, що необхідно надіслати інформацію про виконання пунктів 1, 6, 9:\n\n\
            1. Забезпечити приведення до вимог законодавства\nофіційних Інтернет-сайтів.\n\
            Ответ: на сайте размещены все распоряжения,\nсоздан подраздел.\n\n\
            6. Налагодити проведення консультацій з громадськістю.\n\
            9. Залучати членів громадських рад до обговорення.\n\
            Відповідь – проект програми обговорено.\n\nЗ повагою,\nУВП\n";
    let own = unquote(body, false).own;
    assert_eq!(
        own,
        "Ответы - в тексте письма ниже.\n\nКравец Н.А.\nКозелецкая РГА\n\n\
             1. Забезпечити приведення до вимог законодавства\n\
             на сайте размещены все распоряжения,\nсоздан подраздел.\n\n\
             9. Залучати членів громадських рад до обговорення.\n\
             проект програми обговорено."
    );
    // Without marks the quote is the quote.
    let plain = body.replace("Ответ: ", "").replace("Відповідь – ", "");
    assert!(!unquote(&plain, false).own.contains("обговорено"));
}

/// Outlook's "Mark my comments with": each inline answer opens with the writer's tag in
/// brackets ("[ГУЕ]: …"); the tag marks the answer and is left out of its text.
#[test]
fn answers_tagged_with_the_writers_name_in_brackets_are_kept_without_the_tag() {
    let body = "Відповіді надаємо під відповідними пунктами.\n\nГУЕ ОДА\n\n\
            Від: УВП [mailto:uvp@cg.ukrtel.net]\nНадіслано: 10 червня 2013 р. 9:00\n\
            Кому: x@example.gov.ua\nТема: Нагадування\n\nШановні колеги!\n\n\
              2. Створити на сайті рубрики цільових програм.\n\n\
            [ГУЕ]: У рубриці розміщено звіт про виконання 41 програми.\n\n\
              8. Ввести голів комітетів до складу колегій.\n\n[ГУЕ]: Не було.\n\n\
            З повагою\nУВП\n";
    let own = unquote(body, false).own;
    assert!(
        own.contains(
            "2. Створити на сайті рубрики цільових програм.\n\
                 У рубриці розміщено звіт про виконання 41 програми."
        ),
        "{own}"
    );
    assert!(
        own.contains("8. Ввести голів комітетів до складу колегій.\nНе було."),
        "{own}"
    );
    assert!(!own.contains("[ГУЕ]"), "{own}");
    // Brackets that are no tag ("[1]", a long note) mark nothing.
    assert!(!is_answer_marked("[1] Див. додаток"));
    assert!(!is_answer_marked(
        "[примітка, що займає більше сорока літер у дужках] так"
    ));
}

/// Answers announced in the quote and tagged with the office's abbreviation ("ГУЕ: …")
/// are kept without the tag; a tag over a dash answers nothing.
#[test]
fn a_plain_tag_over_a_dash_answers_nothing() {
    let body = "Відповіді – нижче в тексті листа.\n\n-----Исходное сообщение-----\n\
            От: УВП [mailto:uvp@cg.ukrtel.net]\nОтправлено: 10 июня 2013 г. 9:00\n\
            Кому: x@example.gov.ua\nТема: Нагадування\n\nШановні колеги!\n\n\
            \u{20}\u{20}2. Створити на сайті рубрики цільових програм.\n\
            ГУЕ: у рубриці розміщено звіт про виконання 47 програм.\n\n\
            \u{20}\u{20}12. Сприяти проведенню громадських експертиз.\nГУЕ: —\n\n\
            Просимо дотримуватися встановленого терміну.\n\nЗ повагою\nУВП\n";
    let own = unquote(body, false).own;
    assert!(
        own.contains(
            "2. Створити на сайті рубрики цільових програм.\n\
                 у рубриці розміщено звіт про виконання 47 програм."
        ),
        "{own}"
    );
    assert!(!own.contains("12."), "{own}");
    assert_eq!(without_answer_tag("ГУ АПР: Не було."), "Не було.");
    assert_eq!(without_answer_tag("Примітка: так"), "Примітка: так");
    assert_eq!(
        without_answer_tag("НЕ ВИКОНАНО: немає коштів"),
        "НЕ ВИКОНАНО: немає коштів"
    );
}

/// A dash typed under a quoted item says nothing on it: the item is no heading then.
#[test]
fn a_dash_under_a_quoted_item_answers_nothing() {
    let body = "uvp@cg.ukrtel.net писал(а):\n\n>Очікується інформація щодо пунктів:\n\
            >  2. Створити рубрики на сайті.\nРубрику наповнюємо, звіт розміщено.\n\
            >  12. Сприяти проведенню громадських експертиз.\n-\n>\n>З повагою\n";
    let own = unquote(body, false).own;
    assert!(own.contains("2. Створити рубрики на сайті."), "{own}");
    assert!(!own.contains("12. Сприяти"), "{own}");
    // Nor is it part of the answer above it ("без змін" over "немає" is no answer).
    let body = "uvp@cg.ukrtel.net писал(а):\n\n>Очікується інформація щодо пунктів:\n\
            >  7. Залучати до роботи дорадчих органів.\nбез змін\n\
            >  8. Ввести голів комітетів до складу колегій.\nнемає\n>\n>З повагою\n";
    let own = unquote(body, false).own;
    assert!(own.contains("без змін\n\nнемає"), "{own:?}");
}

/// Text written below an unmarked quote of the office's own earlier letter, signed with
/// a position and a name but no closing: the quote ends after that signature.
#[test]
fn a_quoted_letter_signed_without_a_closing_ends_at_its_signature() {
    let body = "-----Исходное сообщение-----\nОт: Сребнянская РГА \
            [mailto:rda-sribne@example.gov.ua]\nОтправлено: 14 декабря 2012 г. 16:40\n\
            Кому: uvp@cg.ukrtel.net\nТема: Відкритий уряд\n\n\
            п. 1 – на сайті створено розділ «Відкритий уряд».\n\n\
            Начальник загального відділу апарату РДА          Г.І. Пономаренко\n\n\n\
            Дополнительно к письму от 14.12.2012 сообщаем:\n\
            п. 7 – в состав совета включены 2 представителя ОО.\n\nГ. Пономаренко\n";
    let own = unquote(body, false).own;
    assert!(own.contains("п. 7 – в состав совета"), "{own}");
    assert!(!own.contains("п. 1 –"), "{own}");
    for signed in [
        "Начальник відділу     Г.І. Пономаренко",
        "Заступник голови Кирієнко Н.В.",
        "заступник голови райдержадміністрації Н.В.Кирієнко",
        "Голова                 П. Петренко",
    ] {
        assert!(is_signed_with_initials(signed), "{signed}");
    }
    for not in [
        "Проведено 2 консультації.",
        "п. 6 – Громадські слухання",
        "м. Чернігів",
    ] {
        assert!(!is_signed_with_initials(not), "{not}");
    }
}

/// ">>> " typed right under a "> " line (quoting adds one level at a time) is the
/// writer's answer under the quoted item; a genuine nested quote is not.
#[test]
fn answers_marked_two_levels_deeper_than_the_quote_are_the_writers() {
    let body = "09.12.2013 10:00, УВП пише:\n> Очікується інформація щодо пунктів:\n>\n\
            >   6. Налагодити роботу по проведенню консультацій з громадськістю.\n\
            >>> 19.11.2013 проведено громадські слухання\n>\n\
            >   9. Залучати членів громадських рад до обговорення проектів.\n\
            >>> не проводились\n>\n> З повагою\n";
    let own = unquote(body, false).own;
    assert!(own.contains("6. Налагодити роботу"), "{own}");
    assert!(
        own.contains("19.11.2013 проведено громадські слухання"),
        "{own}"
    );
    // (A bare denial stays under its item: the mapper reads it as a placeholder.)
    assert!(
        own.contains(
            "9. Залучати членів громадських рад до обговорення проектів.\nне \
                 проводились"
        ),
        "{own}"
    );
    let nested = "Петро пише:\n> Ірина пише:\n> > Оксана пише:\n> > > 6. Проведено \
            консультації.\n> > Дякую.\n";
    assert_eq!(unquote(nested, false).own, "");
}

/// "Відповіді – нижче по тексту": answers typed under each quoted item without a mark
/// (Outlook users colour them instead, which plain text loses).
#[test]
fn announced_answers_under_quoted_items_are_kept_without_marks() {
    let body = "Добрий день!\nВідповіді – нижче по тексту листа, синім кольором.\n\n\
            Коропська РДА\n\nОт: УВП ОДА [mailto:uvp@cg.ukrtel.net]\n\
            Отправлено: 3 декабря 2012 г. 10:12\nКому: x@example.gov.ua\nТема: Нагадування\n\n\
            Нагадуємо, що необхідно надіслати інформацію про виконання пунктів 1, 6, 9:\n\n\
            1. Забезпечити приведення до вимог законодавства наповнення\n\
            офіційних Інтернет-сайтів.\nСайт працює, створено підрозділ.\n\n\
            6. Налагодити проведення консультацій з громадськістю.\n\n\
            9. Залучати членів громадських рад до обговорення.\n\
            09.11.2012 обговорено проект програми.\n\nЗ повагою,\nУВП\n";
    let own = unquote(body, false).own;
    assert!(
        own.ends_with(
            "1. Забезпечити приведення до вимог законодавства наповнення\n\
             Сайт працює, створено підрозділ.\n\n\
             9. Залучати членів громадських рад до обговорення.\n\
             09.11.2012 обговорено проект програми."
        ),
        "{own}"
    );
    // The wrapped line of an item is the item's; unannounced, the quote is the quote.
    assert!(!own.contains("офіційних Інтернет-сайтів."), "{own}");
    let plain = body.replace(
        "Відповіді – нижче по тексту листа, синім кольором.",
        "Дякуємо.",
    );
    assert!(!unquote(&plain, false).own.contains("Сайт працює"));
}

/// Announced answers may stand a blank line below their item; such a paragraph is an
/// answer only if the next quoted item follows it — the quoted message's own text after
/// its last item is not one.
#[test]
fn announced_answers_a_blank_line_below_their_items_stand_between_items() {
    let body = "Відповіді – по тексту нижче, після відповідних пунктів.\n\n\
            Від: УВП [mailto:uvp@cg.ukrtel.net]\nНадіслано: 5 червня 2013 р. 10:14\n\
            Кому: x@example.gov.ua\nТема: Нагадування\n\nШановні колеги!\n\n\
            Не надійшла інформація щодо таких пунктів плану:\n\n\
            2. Створити на сайті рубрики цільових програм.\n\n\
            УЖКГ: у рубриці розміщено звіт про виконання програми.\n\n\
            12. Сприяти проведенню громадських експертиз.\n\n\
            Для зручності до листа додано таблицю з переліком цих пунктів.\n\n\
            З повагою\nУВП\n";
    let own = unquote(body, false).own;
    assert!(
        own.contains(
            "2. Створити на сайті рубрики цільових програм.\n\
                 УЖКГ: у рубриці розміщено звіт про виконання програми."
        ),
        "{own}"
    );
    assert!(!own.contains("12. Сприяти"), "{own}");
    assert!(!own.contains("Для зручності"), "{own}");
}

/// Outlook draws a rule over the quoted header; a rule is no writing above the quote.
#[test]
fn a_rule_above_an_outlook_header_is_no_text_written_above_the_quote() {
    let body = "\n_____________________________________________\n\
            Від: УВП ОДА [mailto:uvp@cg.ukrtel.net]\nНадіслано: 10 грудня 2012 р. 9:15\n\
            Кому: x@example.gov.ua\nТема: Нагадування\n\nШановні колеги!\n\n\
            Нагадуємо, що до 15 грудня необхідно надіслати інформацію.\n\nЗ повагою,\n\
            управління з питань внутрішньої політики\n\n\n\
            6. 20.11.2012 проведено консультації з громадськістю.\n";
    let own = unquote(body, false).own;
    assert!(
        own.contains("6. 20.11.2012 проведено консультації"),
        "{own}"
    );
    assert!(!own.contains("Нагадуємо"), "{own}");
}

#[test]
fn addresses_are_found_in_header_lines() {
    assert_eq!(
        find_address("From: Іван <Ivan.P@Example.gov.ua>").as_deref(),
        Some("ivan.p@example.gov.ua")
    );
    assert_eq!(find_address("no address @ here"), None);
}

/// Bottom-posting in more clients' shapes: a greeting above the quote, a header block
/// over "> " lines, and interleaved answers whose last one follows a quoted item.
#[test]
fn replies_below_a_quote_in_more_shapes() {
    let greeting = "Добрий день!\n\n-----Original Message-----\nFrom: УВП <uvp@cg.ukrtel.net>\n\
            Sent: Monday, December 03, 2012 9:00 AM\nSubject: Нагадування\n\n\
            Просимо надати інформацію до 15.12.2012.\nЗ повагою, УВП\n\n\
            Пункт 6 — проведено 3 консультації з громадськістю.";
    assert!(unquote(greeting, false).own.contains("Пункт 6 — проведено"));
    let header_over_quote = "----- Original Message -----\nFrom: \"УВП\" <uvp@cg.ukrtel.net>\n\
            To: <rda@example.gov.ua>\nSent: Monday, December 03, 2012 9:00 AM\nSubject: Нагадування\n\n\n\
            > Просимо надати інформацію по пунктах 1, 6.\n> З повагою, УВП\n\n\
            Пункт 6: проведено 2 консультації.";
    let own = unquote(header_over_quote, false).own;
    assert_eq!(own, "Пункт 6: проведено 2 консультації.");
    let interleaved = "> Просимо надати інформацію щодо пунктів:\n> 1. Сайти\n> 6. Консультації\n\
            Сайт оновлено, розміщено звіти.\n> 7. Дорадчі органи\nДо складу ради введено 3 представників.";
    let own = unquote(interleaved, false).own;
    assert!(own.contains("7. Дорадчі органи\nДо складу ради"), "{own}");
    // Text written above a quote is no greeting: the quote runs to the end, as before.
    let top = "Пункт 1: сайт оновлено, розміщено 12 звітів.\n\n-----Original Message-----\n\
            From: УВП <uvp@cg.ukrtel.net>\nSent: Monday\nSubject: Нагадування\n\n\
            Просимо надати інформацію.\nЗ повагою, УВП\n\nПункт 6 — щось із цитати.";
    assert!(!unquote(top, false).own.contains("Пункт 6"));
}

/// Quotes introduced by an Outlook or web-mail header block, without "> " marks and
/// often without a closing, in several wordings: (what the case is, the body, the
/// writer's own text). The own text below is found by the change of voice.
const HEADER_QUOTES: &[(&str, &str, &str)] = &[
    (
        "Ukrainian Outlook, marker, no closing, reply below after a blank line",
        "-----Оригінальне повідомлення-----\nВід: УВП облдержадміністрації [mailto:uvp@x.ua]\n\
             Надіслано: 10 грудня 2012 р. 9:15\nКому: rda@x.ua\nТема: Нагадування\n\n\
             Шановні колеги!\n\nНагадуємо, що інформацію необхідно надати до 15.12.2012.\n\
             Просимо надати інформацію щодо пунктів 6 і 7.\n\n\
             По п. 6: проведено 3 консультації з громадськістю.\n\
             По п. 7: до складу ради введено 2 представників.",
        "По п. 6: проведено 3 консультації з громадськістю.\n\
             По п. 7: до складу ради введено 2 представників.",
    ),
    (
        "Russian Outlook, no marker, reply below with its own greeting and closing",
        "От: Управление [mailto:u@x.ua]\nОтправлено: 10 декабря 2012 г. 9:15\nКому: r@x.ua\n\
             Тема: Напоминание\n\nНапоминаем о сроке подачи информации.\n\
             Просим предоставить информацию по пунктам 6 и 9.\n\nДобрый день.\n\
             Сообщаем: в районе работает горячая линия.\n\nС уважением,\nорготдел РГА",
        "Добрый день.\nСообщаем: в районе работает горячая линия.\n\nС уважением,\nорготдел РГА",
    ),
    (
        "English Outlook headers, the quoted sender's signature, then the reply",
        "-----Original Message-----\nFrom: УВП облдержадміністрації [mailto:uvp@x.ua]\n\
             Sent: Monday, December 10, 2012 9:15 AM\nTo: rda@x.ua\nSubject: Нагадування\n\n\
             Просимо надати інформацію щодо пункту 12.\nУВП облдержадміністрації\n\
             Щодо пункту 12: громадську експертизу проведено 20.11.2012.",
        "Щодо пункту 12: громадську експертизу проведено 20.11.2012.",
    ),
    (
        "zvit's own reminder quoted whole, the answer typed below it",
        "-----Оригінальне повідомлення-----\nВід: zvit@x.ua\nНадіслано: 10 грудня 2012 р.\n\
             Кому: rda@x.ua\nТема: Нагадування\n\nШановні колеги!\n\n\
             Нагадуємо, що відповідно до пункту 16 Плану інформацію необхідно надати до 15.12.2012.\n\n\
             Станом на 10.12.2012 від РДА не надійшла інформація щодо таких пунктів плану:\n\n\
               6. Проведення консультацій з громадськістю.\n\n\
             Для зручності до листа додано таблицю з переліком цих пунктів.\n\n\
             Це повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо \
             вважати його недійсним.\n\nЗ повагою\nУВП\n\n\
             Повідомляємо, що у листопаді проведено дві консультації.",
        "Повідомляємо, що у листопаді проведено дві консультації.",
    ),
    (
        "an answer with no voice of its own after the quote's closing, as before",
        "Від: УВП [mailto:uvp@x.ua]\nНадіслано: понеділок\nКому: x\nТема: y\n\n\
             Просимо пункти 10 і 12.\nЗ повагою,\nУВП\n\nФорма додається.",
        "Форма додається.",
    ),
    (
        "reply between two quoted messages",
        "-----Original Message-----\nFrom: УВП [mailto:uvp@x.ua]\nSent: Monday\nTo: x\n\
             Subject: Нагадування\n\nНагадуємо про пункт 6.\n\n\
             Пункт 6 — проведено публічне обговорення бюджету.\n\n\
             -----Original Message-----\nFrom: УВП [mailto:uvp@x.ua]\nSent: Friday\nTo: x\n\
             Subject: Лист\n\nПросимо надати інформацію.",
        "Пункт 6 — проведено публічне обговорення бюджету.",
    ),
    (
        "top-posted: the text above is kept exactly, the quote below runs to the end",
        "Пункт 9 виконано: проект бюджету обговорено.\n\n-----Original Message-----\n\
             From: УВП [mailto:uvp@x.ua]\nSent: Monday\nTo: x\nSubject: y\n\n\
             Просимо надати інформацію.\n\nПо п. 6 проведено 3 консультації.",
        "Пункт 9 виконано: проект бюджету обговорено.",
    ),
    (
        "only a quote: a request with its items, nothing written",
        "Від: УВП [mailto:uvp@x.ua]\nНадіслано: 10 грудня 2012 р.\nКому: x\nТема: y\n\n\
             Шановні колеги!\n\nНагадуємо, що інформацію не надано.\n\n\
             6. Проведення консультацій.\n7. Залучення представників громадськості.\n\n\
             Просимо надати інформацію невідкладно.",
        "",
    ),
    (
        "only a quote of a report: a report's voice with no request above it is no answer",
        "-----Original Message-----\nFrom: rda@x.ua\nSent: Monday\nTo: uvp@x.ua\n\
             Subject: Звіт\n\nПо п. 6 проведено 3 консультації.\nПо п. 7 створено раду.",
        "",
    ),
    (
        "zvit's receipt echoes the report it recognised; the answer below it is the own text",
        "-----Оригінальне повідомлення-----\nВід: УВП [mailto:uvp@x.ua]\nНадіслано: 5 червня\n\
             Кому: x\nТема: Підтвердження отримання\n\nШановні колеги!\n\n\
             Управління підтверджує отримання Вашого листа.\n\n\
             Виконавець: Головне управління.\nЗвітний період: 2-й.\n\n\
             Розпізнано інформацію щодо таких пунктів плану:\n\
             \u{20}\u{20}• пункт 1: Сайт оновлюється щотижня, розміщено 12 проектів…\n\
             \u{20}\u{20}• пункт 6: Проведено 2 консультації з громадськістю…\n\
             \u{20}\u{20}• пункт 7: До складу ради включено…\n\
             \u{20}\u{20}• пункт 9: Проект програми обговорено…\n\
             \u{20}\u{20}• пункт 12: Громадську експертизу проведено…\n\n\
             За цей звітний період ще очікується інформація щодо пунктів плану:\n\
             \u{20}\u{20}8. Ввести голів комітетів до складу колегій.\n\n\
             Це повідомлення сформоване автоматично.\n\nЗ повагою\nУВП\n\n\
             По п. 8 – наказом від 21.05.2013 № 47 до складу колегії введено голову комітету.",
        "По п. 8 – наказом від 21.05.2013 № 47 до складу колегії введено голову комітету.",
    ),
    (
        "a quoted request that tells what it has received stays quoted",
        "От: Управление\nОтправлено: понедельник\nКому: x\nТема: y\n\nПросим предоставить \
             информацию.\n\nНа 10.12 получено отчеты от 12 учреждений, не проведено \
             совещание.\n\nПросьба ответить до 14.12.",
        "",
    ),
];

#[test]
fn own_text_below_an_outlook_header_quote_is_found_by_its_voice() {
    for (case, body, own) in HEADER_QUOTES {
        assert_eq!(unquote(body, false).own, *own, "{case}");
    }
}

/// What was written above a quote is counted as it is read, not read again at every
/// quote: a greeting, a wall of rules and blank lines, then many quoted messages.
#[test]
fn many_quotes_under_many_lines_of_nothing_are_read_in_linear_time() {
    let mut body = String::from("Добрий день!\n");
    for _ in 0..60_000 {
        body.push_str("~~~~~~~~\n\n");
    }
    for _ in 0..30_000 {
        body.push_str("-----Original Message-----\n--\n\n");
    }
    let started = std::time::Instant::now();
    let own = unquote(&body, false).own;
    assert!(
        own.starts_with("Добрий день!"),
        "{}",
        &own[..40.min(own.len())]
    );
    assert!(
        started.elapsed() < std::time::Duration::from_secs(5),
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn thousands_of_header_blocks_are_read_in_linear_time() {
    // 10,000 quoted requests, each under its header block and closed, the answer below the
    // last; then 40,000 header blocks over a one-line request, none closed.
    let mut body = String::new();
    for i in 0..10_000 {
        body.push_str(&format!(
            "From: a{i}@x.ua\nSent: b\nTo: c\nSubject: d\n\nПросимо надати.\nЗ повагою,\nX\n\n"
        ));
    }
    body.push_str("Проведено.");
    let mut flood = String::new();
    for _ in 0..40_000 {
        flood.push_str("From: a\nSent: b\nTo: c\nПросимо.\n");
    }
    let started = std::time::Instant::now();
    assert_eq!(unquote(&body, false).own, "Проведено.");
    assert_eq!(unquote(&flood, false).own, "");
    println!(
        "{} bytes unquoted in {:?}",
        body.len() + flood.len(),
        started.elapsed()
    );
    assert!(
        started.elapsed() < std::time::Duration::from_secs(5),
        "took {:?}",
        started.elapsed()
    );
}

/// An addition typed below zvit's own receipt, quoted by Outlook without marks, in Russian:
/// its short participle ("введен") is the writer's voice, so the addition is the writer's own
/// from its first line, not from the last line that names a measure.
#[test]
fn an_addition_below_an_unmarked_receipt_in_russian_is_own_text() {
    let text = "\nВід: Управління з питань внутрішньої політики ОДА [mailto:uvp@cg.ukrtel.net]\n\
                Надіслано: 5 червня 2013 р. 9:14\nКому: office@example.gov.ua\n\
                Тема: Підтвердження отримання: Інформація\n\nШановні колеги!\n\n\
                Управління підтверджує отримання Вашого листа від 04.06.2013.\n\n\
                Розпізнано інформацію щодо таких пунктів плану:\n\
                  • пункт 1: веб-сайт наповнюється відповідно до вимог законодавства…\n\n\
                З повагою\nУправління з питань внутрішньої політики\n\n\
                Дополняем к письму от 04.06:\n\
                по коллегии — председатель комитета общественного совета введен в состав \
                коллегии управления.\n\
                по п.2 – информация будет предоставлена дополнительно.\n";
    let u = unquote(text, false);
    assert!(u.own.starts_with("Дополняем"), "{}", u.own);
    assert!(!u.own.contains("Розпізнано"), "{}", u.own);
}

/// Answers marked "ВІДПОВІДЬ:" under the items of a quoted reminder (an Outlook block, no
/// "> ", nothing written above it), the writer's signature below its closing: kept under
/// their items, though no line announced them; the reminder's own text is not.
#[test]
fn marked_answers_in_an_unannounced_quote_above_the_signature_are_kept() {
    let body = "\n\
        \n\
        -----Первісне повідомлення-----\n\
        Від: Управління з питань внутрішньої політики [mailto:uvp@cg.ukrtel.net] \n\
        Надіслано: 10 червня 2013 р. 9:00\n\
        Кому: rda-korop@example.gov.ua\n\
        Тема: Нагадування: інформація про виконання Плану заходів (Відкритий уряд)\n\
        \n\
        Шановні колеги!\n\
        \n\
        Нагадуємо, що відповідно до пункту 16 Плану заходів з підвищення рівня відкритості та прозорості діяльності виконавчої влади в області у рамках реалізації Ініціативи «Партнерство „Відкритий уряд“» інформацію про його виконання необхідно надати до 15.06.2013 на адресу електронної пошти uvp@cg.ukrtel.net.\n\
        \n\
        Станом на 10.06.2013 від Коропська районна державна адміністрація не надійшла інформація за звітний період щодо таких пунктів плану:\n\
        \n\
          1. З метою налагодження діалогу з громадськістю, підвищення прозорості влади, покращення доступу до інформації забезпечити приведення до вимог чинного законодавства інформаційне наповнення та функціонування офіційних Інтернет-сайтів облдержадміністрації, її структурних підрозділів, райдержадміністрацій.\n\
        \n\
        ВІДПОВІДЬ: на офіційному сайті Коропської РДА створено розділ «Відкритий уряд», розміщено 17 проектів розпоряджень та звіти сільських голів.\n\
        \n\
          7. Залучати до роботи дорадчо-консультативних органів при органах виконавчої влади представників інститутів громадянського суспільства, зокрема членів відповідних громадських рад.\n\
        \n\
        ВІДПОВІДЬ: до складу районної комісії з питань захисту прав споживачів включено 2 членів громадської ради (розпорядження від 22.04.2013 № 118).\n\
        \n\
          10. Рекомендувати громадським радам при органах виконавчої влади створити у своєму складі комісію (робочу групу) з питань відкритості та прозорості діяльності органу влади.\n\
        \n\
        ВІДПОВІДЬ: громадській раді при РДА рекомендовано створити робочу групу з питань відкритості та прозорості (лист від 14.03.2013 № 02-09/344); робоча група в стадії створення, склад погоджується на засіданні ради.\n\
        \n\
        Для зручності до листа додано таблицю з переліком цих пунктів: достатньо заповнити графу «Інформація про виконання» та надіслати таблицю у відповідь на цей лист. Можна також, як і раніше, надіслати інформацію у довільній формі — у тексті листа або окремим документом, зазначивши номери пунктів плану.\n\
        \n\
        Просимо дотримуватися встановленого терміну.\n\
        \n\
        Це повідомлення сформоване автоматично. Якщо інформацію вже надіслано, просимо вважати його недійсним.\n\
        \n\
        З повагою\n\
        Управління з питань внутрішньої політики та зв'язків з громадськістю облдержадміністрації\n\
        \n\
        \n\
        Коропська РДА, відділ організаційної роботи апарату\n\
        (за дорученням заступника голови РДА Гайового М.О.)\n\
        вик. Дорош Н.П. 2-13-40\n\
        ";
    let own = unquote(body, false).own;
    assert!(own.contains("1. З метою налагодження"), "{own}");
    assert!(own.contains("створено розділ «Відкритий уряд»"), "{own}");
    assert!(own.contains("включено 2 членів громадської ради"), "{own}");
    assert!(own.contains("рекомендовано створити робочу групу"), "{own}");
    assert!(!own.contains("Нагадуємо"), "{own}");
    assert!(!own.contains("Просимо дотримуватися"), "{own}");
}

/// Unannounced, a "Відповідь:" in a quoted letter that stands under no numbered item of it (a
/// clarification's own question and answer) is that letter's, not the writer's.
#[test]
fn an_unannounced_answer_under_no_item_of_the_quote_stays_quoted() {
    let body = "\n-----Original Message-----\n\
        From: УВП [mailto:uvp@cg.ukrtel.net]\nSent: 10 грудня 2013 р. 9:00\n\
        To: x@example.gov.ua\nSubject: Роз'яснення\n\nШановні колеги!\n\n\
        Питання: чи потрібно звітувати щодо п. 8?\n\
        Відповідь: інформацію слід подавати структурним підрозділам.\n\n\
        З повагою\nУВП\n\n\nКоропська РДА\nвик. Дорош Н.П.\n";
    let own = unquote(body, false).own;
    assert!(!own.contains("слід подавати"), "{own}");
}
