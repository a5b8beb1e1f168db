//! The word forms intent reads a sentence by: which verb forms state a deed ("проведено",
//! "провела", "создал", "оновлюється"), deny one, thank, acknowledge, plan, foresee, invite,
//! ask or promise, and the nouns that share their endings. Pure.
//!
//! Long file: mostly lists of word forms, one small function over each.

/// Whether the verb at `k` is denied: "не" (or "ні") just before it, or before an auxiliary
/// "було" / "був" / "была" … just before it.
pub(super) fn is_negated(w: &[&str], k: usize) -> bool {
    let not = |i: usize| matches!(w.get(i), Some(&("не" | "ні")));
    let aux = |i: usize| {
        matches!(
            w.get(i),
            Some(&("було" | "був" | "була" | "були" | "было" | "был" | "была" | "были"))
        )
    };
    (k >= 1 && not(k - 1)) || (k >= 2 && aux(k - 1) && not(k - 2))
}

pub(super) fn is_thanks(w: &str) -> bool {
    ["дяку", "спасиб", "благодар", "вдячн", "подяк", "признател"]
        .iter()
        .any(|p| w.starts_with(p))
}

/// Verbs of receiving, in a past or participle form: "отримали", "отримано", "одержали",
/// "получили", "получено", "получен".
pub(super) fn is_receipt(w: &str) -> bool {
    ["отрима", "одержа", "получи", "получе", "получен"]
        .iter()
        .any(|p| w.starts_with(p))
        && !w.ends_with("ння")
        && !w.ends_with("ние")
        && !w.ends_with("увач")
        && !w.ends_with("ти")
        && !w.ends_with("ть")
}

/// Words of planning: "заплановано", "запланований", "планується", "плануємо",
/// "запланировано", "планируется", "планируем", "планы" — but not "планування"/"планирование"
/// (a measure's subject) nor "плану"/"плана" (the plan itself).
pub(super) fn is_plan(w: &str) -> bool {
    let stem = w
        .strip_prefix("за")
        .filter(|r| r.starts_with("план"))
        .unwrap_or(w);
    stem.starts_with("план")
        && [
            "плановано",
            "планується",
            "плануються",
            "плануємо",
            "планує",
            "планують",
            "планировано",
            "планируется",
            "планируются",
            "планируем",
            "планирует",
            "планованих",
            "планований",
            "запланированы",
            "запланована",
            "запланований",
            "заплановані",
        ]
        .iter()
        .any(|f| w.ends_with(f))
}

/// A plan of a coming act: a participle of planning ("заплановано", "запланировано") or a
/// present of planning that names the act it plans, an infinitive or a verbal noun within
/// three words ("планується провести", "планируется проведение"). "Консультації
/// плануються" alone says what is in hand, not what is to come.
pub(super) fn plans_an_act(w: &[&str]) -> bool {
    w.iter().enumerate().any(|(i, x)| {
        // "освоєно 2,1 із запланованих 3,4 млн грн", "4 проекти (з 17 запланованих)": a
        // figure measured against the plan.
        let of = |k: usize| ["з", "із", "зі", "від", "до", "из", "от"].contains(&w[k]);
        let against = (i > 0 && of(i - 1))
            || (i > 1 && w[i - 1].bytes().all(|b| b.is_ascii_digit()) && of(i - 2));
        (is_plan(x)
            && !against
            && (x.starts_with("заплан")
                || w[i + 1..].iter().take(3).any(|y| {
                    is_infinitive(y) || ["ння", "ття", "ние", "тие"].iter().any(|e| y.ends_with(e))
                })))
            // "передбачено на І квартал 2013 року", "Планується у I кварталі 2013 року": a
            // plan for a named time, its act left to the heading it answers.
            || ((is_foreseen(x) || (is_plan(x) && !against))
                && w[i + 1..].iter().take(4).any(|y| is_time_span(y)))
            // "15. Планується у 2013 році": a year named alone, no deed in the sentence
            // ("Створено робочу групу, засідання планується у 2014 році" reports the group).
            || (is_plan(x)
                && !against
                && w[i + 1..].iter().take(4).any(|y| *y == "році")
                && !w.iter().any(|y| is_done(y)))
    })
}

/// Does the sentence speak of what a plan lays down ("У Плані заходів … виконавцями пунктів 2
/// та 8 визначено структурні підрозділи", "Планом предусмотрено …")? "У/в плані", "в
/// плане" or "планом" among its first four words.
pub(super) fn speaks_of_the_plan(w: &[&str]) -> bool {
    let head = &w[..w.len().min(4)];
    head.iter().enumerate().any(|(i, x)| {
        *x == "планом"
            || (matches!(*x, "плані" | "плане") && i > 0 && matches!(head[i - 1], "у" | "в" | "во"))
    })
}

/// A verb by which a document lays something down: "визначено", "передбачено",
/// "встановлено", "зазначено", "покладено" and their Russian twins.
pub(super) fn is_laying_down(w: &str) -> bool {
    [
        "визначено",
        "визначені",
        "визначений",
        "визначена",
        "передбачено",
        "встановлено",
        "зазначено",
        "зазначені",
        "зазначений",
        "зазначена",
        "вказано",
        "вказані",
        "вказаний",
        "вказана",
        "покладено",
        "определено",
        "определены",
        "определена",
        "предусмотрено",
        "установлено",
        "указано",
        "указаны",
        "указан",
        "указана",
        "возложено",
    ]
    .contains(&w)
}

/// Does the laying-down verb at `k` name an executor beside it ("виконавцем яких визначено",
/// "визначено виконавцями", "исполнителем определено"), or before it in its clause
/// ("виконавцями пунктів 3, 4, 11, 13 плану визначено управління …")? The plan's designation,
/// no deed.
pub(super) fn names_the_executor(w: &[&str], k: usize) -> bool {
    // (The instrumental, as a plan names its executors: not "визначено відповідальних
    // виконавців заходів", the office's own deed.)
    let executor = |x: &&str| is_the_executor(x);
    if w[k.saturating_sub(2)..(k + 3).min(w.len())]
        .iter()
        .any(executor)
    {
        return true;
    }
    // Further back only the plural over a list of points: "виконавцями пунктів 3, 4, 11 …
    // плану визначено", not "як виконавцем пункту 12 Плану, встановлено … банер" (a deed).
    let from = k.saturating_sub(EXECUTOR_BEFORE);
    (from..k).any(|j| {
        matches!(w[j], "виконавцями" | "исполнителями")
            && w.get(j + 1)
                .is_some_and(|p| p.starts_with("пункт") || matches!(*p, "п" | "пп"))
            && w[j + 2..k].iter().all(|x| {
                x.starts_with(|c: char| c.is_ascii_digit())
                    || matches!(*x, "і" | "й" | "та" | "и" | "плану" | "плана" | "заходів")
            })
    })
}

/// "виконавцем", "співвиконавцем", "исполнителем", "соисполнителем" (one or many): the
/// executor the plan names.
pub(super) fn is_executor_noun(w: &str) -> bool {
    is_the_executor(w)
        || matches!(
            w,
            "співвиконавцем" | "співвиконавцями" | "соисполнителем" | "соисполнителями"
        )
}

/// "виконавцем", "виконавцями", "исполнителем", "исполнителями": the executor in the
/// instrumental, as a plan names it.
fn is_the_executor(w: &str) -> bool {
    matches!(
        w,
        "виконавцем" | "виконавцями" | "исполнителем" | "исполнителями"
    )
}

/// How far before a laying-down verb the plural executor may stand, past the list of points
/// it names ("виконавцями пунктів 3, 4, 11, 13, 14, 15 плану визначено").
const EXECUTOR_BEFORE: usize = 12;

/// "передбачено", "передбачається", "предусмотрено", "предусматривается": foreseen — a plan
/// when it names the time it is foreseen for ("передбачено на І квартал 2013 року").
pub(super) fn is_foreseen(w: &str) -> bool {
    [
        "передбачено",
        "передбачається",
        "предусмотрено",
        "предусматривается",
    ]
    .contains(&w)
}

/// A span of the calendar a plan is made for: "квартал", "рік", "року", "півріччя",
/// "місяць", "год", "года", "полугодие" in any form.
pub(super) fn is_time_span(w: &str) -> bool {
    [
        "квартал",
        "рік",
        "року",
        "півріч",
        "місяц",
        "год",
        "полугод",
    ]
    .iter()
    .any(|p| w.starts_with(p))
        || is_month(w)
}

/// A month's name in any case, Ukrainian or Russian: "січні", "червня", "березень",
/// "декабре", "мая".
pub(crate) fn is_month(w: &str) -> bool {
    const MONTHS: &[&str] = &[
        "січн",
        "січен",
        "лютий",
        "лютого",
        "лютому",
        "березн",
        "березен",
        "квітн",
        "квітен",
        "травн",
        "травен",
        "червн",
        "червен",
        "липн",
        "липен",
        "серпн",
        "серпен",
        "вересн",
        "вересен",
        "жовтн",
        "жовтен",
        "листопад",
        "грудн",
        "грудень",
        "январ",
        "феврал",
        "март",
        "апрел",
        "июн",
        "июл",
        "август",
        "сентябр",
        "октябр",
        "ноябр",
        "декабр",
    ];
    MONTHS.iter().any(|m| w.starts_with(m)) || matches!(w, "май" | "мая" | "мае")
}

/// A change of the person who handles the measures: "контактна / відповідальна особа",
/// "контактное / ответственное лицо" beside a word of change ("змінилась", "замість",
/// "тепер", "призначено", "вместо", "теперь", "назначен") or naming who now is ("є",
/// "является").
pub(super) fn is_contact_change(w: &[&str]) -> bool {
    let person = w.windows(2).any(|p| {
        (p[0].starts_with("контактн")
            || p[0].starts_with("відповідальн")
            || p[0].starts_with("ответственн"))
            && (p[1].starts_with("особ") || p[1].starts_with("лиц") || p[1].starts_with("осіб"))
    });
    person
        && w.iter().any(|x| {
            x.starts_with("змін")
                || x.starts_with("замість")
                || *x == "тепер"
                || x.starts_with("призначен")
                || x.starts_with("вместо")
                || *x == "теперь"
                || x.starts_with("назначен")
                || x.starts_with("визначен")
                || x.starts_with("определен")
                || x.starts_with("измен")
                || x.starts_with("нов")
                || *x == "є"
                || *x == "является"
                || *x == "стала"
                || *x == "став"
        })
}

/// A verb of naming or changing whom a duty falls to: "призначено", "визначено",
/// "змінилась", "назначен", "определено", "изменилось".
pub(super) fn is_designating(w: &str) -> bool {
    [
        "призначен",
        "визначен",
        "змін",
        "назначен",
        "определен",
        "измен",
    ]
    .iter()
    .any(|s| w.starts_with(s))
}

/// A notice about the mail itself, which a mail server or the office's template adds under
/// every letter: a disclaimer ("Ця електронна пошта та всі вкладення до неї є
/// конфіденційними …", "Будь-яке несанкціоноване використання цієї інформації заборонено",
/// "This e-mail is intended solely for …") — this message named beside a word of
/// confidentiality, error, its addressee or a prohibition — or an antivirus stamp
/// ("Повідомлення перевірено програмою ESET NOD32 Antivirus", "Проверено антивирусом") —
/// a virus named beside the message or a verb of checking. It tells of no work.
pub(super) fn is_notice_on_the_mail(w: &[&str]) -> bool {
    let starts = |x: &str, stems: &[&str]| stems.iter().any(|s| x.starts_with(s));
    let virus = |x: &&str| {
        starts(
            x,
            &[
                "антивірус",
                "антивирус",
                "antivirus",
                "вірус",
                "вирус",
                "virus",
            ],
        )
    };
    let this = |x: &&str| {
        matches!(
            *x,
            "ця" | "цей"
                | "це"
                | "цього"
                | "цієї"
                | "цим"
                | "цьому"
                | "даний"
                | "дане"
                | "даного"
                | "это"
                | "этого"
                | "эта"
                | "этом"
                | "данное"
                | "данного"
                | "настоящее"
                | "настоящего"
                | "this"
        )
    };
    // (Most sentences name neither a virus nor "this": turned away before the longer lists.)
    let (virus, this) = (w.iter().any(virus), w.iter().any(this));
    if !virus && !this {
        return false;
    }
    let message = w.iter().any(|x| {
        is_letter_word(x)
            || starts(
                x,
                &[
                    "повідомлен",
                    "пошт",
                    "вкладен",
                    "інформац",
                    "сообщени",
                    "вложени",
                    "информаци",
                    "message",
                    "mail",
                    "e-mail",
                    "attachment",
                    "information",
                ],
            )
    });
    if virus {
        let checked = w
            .iter()
            .take(2)
            .any(|x| starts(x, &["перевір", "провер", "checked", "scanned", "scan"]));
        return message || checked;
    }
    let notice = w.iter().any(|x| {
        starts(
            x,
            &[
                "конфіденц",
                "конфиденц",
                "confidential",
                "помилков",
                "ошибочн",
                "error",
                "адресат",
                "одержувач",
                "получател",
                "recipient",
                "несанкціонован",
                "несанкционирован",
                "unauthori",
                "заборонен",
                "запрещ",
                "prohibit",
                "intended",
            ],
        )
    });
    message && notice
}

/// A verb of putting off: "перенесено", "перенесли", "відкладено", "отложено".
pub(super) fn is_putting_off(w: &str) -> bool {
    ["перенес", "перенос", "відклад", "отлож", "отклад"]
        .iter()
        .any(|s| w.starts_with(s))
}

/// Something put off to a later day ("слухання перенесено на 18 червня", "засідання
/// відкладено до вересня", "перенесли на следующий месяц"): a verb of putting off, then
/// within four words "на"/"до" and a date, a month or a word for "later". (Not data moved
/// somewhere: "інформацію перенесено на новий сайт".)
pub(super) fn is_put_off(w: &[&str]) -> bool {
    const LATER: &[&str] = &[
        "наступн",
        "следующ",
        "пізніш",
        "позж",
        "позд",
        "невизначен",
        "неопределен",
    ];
    w.iter().enumerate().any(|(k, x)| {
        is_putting_off(x)
            && w[k + 1..]
                .iter()
                .take(4)
                .position(|y| matches!(*y, "на" | "до"))
                .and_then(|i| w.get(k + 2 + i))
                .is_some_and(|d| {
                    d.starts_with(|c: char| c.is_ascii_digit())
                        || is_month(d)
                        || LATER.iter().any(|l| d.starts_with(l))
                })
    })
}

/// Verbs of inviting: "запрошуємо", "запрошує", "приглашаем".
/// Not the noun ("запрошення") and not a past form: "були запрошені", "запрошено",
/// "запрошували", "приглашены" tell of an event that took place.
pub(super) fn is_invite(w: &str) -> bool {
    let Some(rest) = w
        .strip_prefix("запрош")
        .or_else(|| w.strip_prefix("приглаш"))
    else {
        return false;
    };
    !w.ends_with("ння")
        && !rest.starts_with("ен")
        && !rest.starts_with("ён")
        && ![
            "ли", "ла", "ло", "лися", "лись", "лось", "лася", "лась", "лся", "вся", "в",
        ]
        .iter()
        .any(|e| rest.ends_with(e))
}

/// "о 10:00", "14.06.2013", "28 лютого": a time or date an invitation names.
pub(super) fn has_time_or_date(s: &str) -> bool {
    let b = s.as_bytes();
    (1..b.len().saturating_sub(2)).any(|i| {
        (b[i] == b':' || b[i] == b'.')
            && b[i - 1].is_ascii_digit()
            && b[i + 1].is_ascii_digit()
            && b.get(i + 2).is_some_and(u8::is_ascii_digit)
    })
}

/// First-person verbs of asking: "просимо", "прошу", "просим", "прохання".
pub(super) fn is_ask(w: &str) -> bool {
    matches!(
        w,
        "просимо"
            | "прошу"
            | "просим"
            | "просить"
            | "просять"
            | "просит"
            | "просят"
            | "прохання"
            | "просьба"
            // "звертається з проханням продовжити", "обращаемся с просьбой продлить".
            | "проханням"
            | "просьбой"
    )
}

/// An imperative of asking the reader to tell something: "підкажіть", "уточніть",
/// "роз'ясніть", "поясніть"; Russian "подскажите", "уточните", "разъясните", "поясните".
pub(super) fn is_ask_to_tell(w: &str) -> bool {
    matches!(
        w,
        "підкажіть"
            | "уточніть"
            | "роз'ясніть"
            | "розʼясніть"
            | "роз’ясніть"
            | "поясніть"
            | "повідомте"
            | "подскажите"
            | "уточните"
            | "разъясните"
            | "поясните"
            | "сообщите"
    )
}

/// A word that opens an indirect question: "чи", "як", "коли", "в якій" …; Russian "ли",
/// "как", "когда", "в какой".
pub(super) fn is_interrogative(w: &str) -> bool {
    matches!(
        w,
        "чи" | "як"
            | "коли"
            | "куди"
            | "кому"
            | "скільки"
            | "який"
            | "яка"
            | "яке"
            | "які"
            | "якій"
            | "якому"
            | "яким"
            | "ли"
            | "как"
            | "когда"
            | "куда"
            | "сколько"
            | "какой"
            | "какая"
            | "какие"
    )
}

/// An infinitive: "продовжити", "надсилати", "переслати", "предоставить" (not a noun in
/// "-ість": "діяльність").
pub(super) fn is_infinitive(w: &str) -> bool {
    w.chars().count() >= 5
        && (w.ends_with("ти")
            || w.ends_with("тися")
            || (w.ends_with("ть") && !w.ends_with("ість") && !w.ends_with("ость"))
            || w.ends_with("ться"))
}

/// The future: "буде"/"будуть"/"будемо" + a verb, or a synthetic future ("надамо",
/// "надішлемо", "підготуємо", "повідомимо", "направимо", "подамо"; Russian "предоставим",
/// "направим"), or an event that "відбудеться".
pub(super) fn is_future(w: &[&str]) -> bool {
    let auxiliary = w.iter().any(|x| {
        matches!(
            *x,
            "буде" | "будуть" | "будемо" | "буду" | "будет" | "будут" | "будем"
        )
    });
    auxiliary
        || w.iter()
            .any(|x| is_perfective_future(x) || is_event_future(x) || is_synthetic_future(x))
}

/// The Ukrainian synthetic future of an imperfective verb: "подаватиметься",
/// "проводитимуть", "розміщуватимемо" (the infinitive with "-му", "-меш", "-ме", …).
pub(super) fn is_synthetic_future(w: &str) -> bool {
    w.chars().count() >= 8
        && [
            "тиму",
            "тимеш",
            "тиме",
            "тимемо",
            "тимете",
            "тимуть",
            "тиметься",
            "тимуться",
        ]
        .iter()
        .any(|e| w.ends_with(e))
}

/// Does a sentence that turns to the future at `at` promise information (the report itself):
/// "надамо", "буде надано", "інформацію буде направлено", "сообщим"?
pub(super) fn promises_information(w: &[&str], at: usize) -> bool {
    const GIVEN: &[&str] = &[
        "надан",
        "надіслан",
        "подан",
        "направлен",
        "передан",
        "представлен",
        "повідомлен",
        "предоставлен",
        "отправлен",
        "сообщ",
    ];
    is_perfective_future(w[at])
        || w[at + 1..]
            .iter()
            .take(3)
            .any(|x| GIVEN.iter().any(|g| x.starts_with(g)))
        || w.iter().any(|x| {
            // The noun, not the adjective ("інформаційні заходи").
            matches!(
                *x,
                "інформація"
                    | "інформацію"
                    | "інформації"
                    | "информация"
                    | "информацию"
                    | "информации"
            )
        })
}

/// The stems of [`is_perfective_future`].
const PERFECTIVE_FUTURE: &[&str] = &[
    "надам",
    "подам",
    "надішлем",
    "вишлем",
    "підготуєм",
    "повідомим",
    "направим",
    "передам",
    "надiшлем",
    "предоставим",
    "подготовим",
    "сообщим",
    "вышлем",
    "отправим",
    "доповнимо",
    "уточнимо",
    // A clerk in the first person: "інформацію від них надішлю окремо". (Not "подготовлю",
    // "предоставлю", "підготую": their stems begin "подготовлены", "предоставлен",
    // "підготуючи"; nor "повідомлю, що …", "сообщу, что …", which introduce a statement.)
    "надішлю",
    "вишлю",
    "направлю",
    "отправлю",
    "вышлю",
    // The office in the third person: "РДА надасть до 14 червня", "управление направит".
    "надаст",
    "подаст",
    "надішле",
    "надішлют",
    "повідомит",
    "підготує",
    "передаст",
    "направит",
    "предоставит",
    "сообщит",
    "вышлет",
    "отправит",
    "подготовит",
];

/// Perfective verbs of giving or sending information in the future, the first person (plural,
/// or the clerk's singular) or the office's third person: the prefixed stems of "дати",
/// "слати", "готувати", "відомити", "правити" with a future ending. Their present forms
/// ("надаємо", "надсилаємо", "повідомляємо", "направляємо") are imperfective and do not match.
pub(super) fn is_perfective_future(w: &str) -> bool {
    // (Every stem begins with one of these letters: most words are turned away at once.)
    if !w.starts_with(['н', 'п', 'в', 'с', 'о', 'д', 'у']) {
        return false;
    }
    PERFECTIVE_FUTURE
        .iter()
        .any(|s| w.starts_with(s) && w.chars().count() <= s.chars().count() + 2)
}

/// "відбудеться", "відбудуться", "состоится", "проведе": a coming event.
pub(super) fn is_event_future(w: &str) -> bool {
    w.starts_with("відбудет")
        || w.starts_with("відбудут")
        || w.starts_with("состоит")
        || w.starts_with("состоят")
        || matches!(
            w,
            "пройде"
                | "пройдуть"
                | "пройдет"
                | "пройдут"
                | "проведемо"
                | "проведем"
                | "проведём"
                // The office in the third person: "Центр … проведе навчальні семінари".
                | "проведе"
                | "проведуть"
                | "проведет"
                | "проведёт"
                | "проведут"
                | "організуємо"
                | "организуем"
                // Something the office will open or launch: "Форум … відкриємо в І кварталі".
                | "відкриємо"
                | "откроем"
                | "запустимо"
                | "запустим"
                | "створимо"
                | "создадим"
                | "розпочнеться"
                | "начнется"
                | "начнётся"
        )
}

/// Whether a clause opens with a conjunction of cause ("бо", "оскільки", "тому що", "т.к.",
/// "так как", "поскольку", "потому что"): what it says is the reason for something else.
pub(super) fn gives_a_cause(clause: &[&str]) -> bool {
    match clause {
        [first, ..] if matches!(*first, "бо" | "оскільки" | "поскольку" | "because") => {
            true
        }
        [first, second, ..] => matches!(
            (*first, *second),
            ("тому", "що") | ("т", "к") | ("так", "как") | ("потому", "что") | ("через", "те")
        ),
        _ => false,
    }
}

/// Whether a clause is a short "as …" aside ("як просили", "как вы просили по телефону", "як
/// було зазначено"): it names where a request or the words came from, and its verb is no deed.
pub(super) fn is_an_as_aside(clause: &[&str]) -> bool {
    matches!(clause.first(), Some(&("як" | "как"))) && (2..=4).contains(&clause.len())
}

/// Whether a sentence speaks of the information for the report ("інформацію від відділів",
/// "сведения от подразделений"): with [`is_gathering`], its deed is work on the letter.
pub(super) fn names_the_information(w: &[&str]) -> bool {
    w.iter().any(|x| INFORMATION.contains(x))
}

/// The information (the report) as the subject or object of a sentence.
const INFORMATION: &[&str] = &[
    "інформацію",
    "інформація",
    "информацию",
    "информация",
    "відомості",
    "сведения",
];

/// Where a lower-case sentence first names the information (a byte offset), if it does.
pub(super) fn information_at(lower: &str) -> Option<usize> {
    INFORMATION.iter().filter_map(|i| lower.find(i)).min()
}

/// Does a sentence (its lower-case words) name a part of the report — "першу частину
/// інформації", "частину 1 інформації", "Частина 2 (пп. 7, 10, 12)", "вторую часть отчета":
/// a part word with the report's noun right after it (a number between), or with a number or
/// an ordinal beside it — not a law's part ("частини першої статті 15", "частини 3 статті
/// 5") nor a share ("частину з них").
pub(super) fn names_a_part_of_the_report(w: &[&str]) -> bool {
    let part = |x: &str| x.starts_with("частин") || matches!(x, "часть" | "части" | "частью");
    let counted = |x: &str| {
        x.chars().all(|c| c.is_ascii_digit())
            || ["перш", "друг", "трет", "перв", "втор", "остан", "последн"]
                .iter()
                .any(|o| x.starts_with(o))
    };
    let of_the_report = |x: &str| {
        [
            "інформац",
            "информац",
            "відомост",
            "сведени",
            "звіт",
            "отчет",
        ]
        .iter()
        .any(|r| x.starts_with(r))
    };
    let of_a_law = |x: &str| {
        ["стат", "закон", "пункт", "розділ", "раздел"]
            .iter()
            .any(|r| x.starts_with(r))
    };
    w.iter().enumerate().any(|(k, x)| {
        if !part(x) {
            return false;
        }
        let after = &w[k + 1..(k + 3).min(w.len())];
        if after.iter().any(|y| of_a_law(y)) {
            return false;
        }
        // "частину інформації", "частину 1 інформації".
        let named = match after {
            [y, ..] if of_the_report(y) => true,
            [n, y, ..] => counted(n) && of_the_report(y),
            _ => false,
        };
        named || (k > 0 && counted(w[k - 1])) || after.first().is_some_and(|y| counted(y))
    })
}

/// A verb of signing: "підписано", "підписав", "подписана", "подписал".
pub(super) fn is_signing(w: &str) -> bool {
    ["підписа", "подписа"].iter().any(|g| w.starts_with(g))
}

/// A verb of setting information out in a paper: "наведено", "викладено", "изложена",
/// "представлена" ("Інформацію за пп. 7, 9 наведено в таблиці").
pub(crate) fn is_setting_out(w: &str) -> bool {
    ["наведен", "викладен", "изложен", "представлен"]
        .iter()
        .any(|g| w.starts_with(g))
}

/// A verb of sending: "надсилали", "надіслано", "направлено", "відправили", "отправлена",
/// "выслали", "переслали".
pub(super) fn is_sending(w: &str) -> bool {
    [
        "надсила",
        "надісла",
        "направл",
        "направи",
        "відправ",
        "отправ",
        "высла",
        "висла",
        "пересла",
        "переслан",
    ]
    .iter()
    .any(|g| w.starts_with(g))
}

/// Verbs of informing: "поінформовано", "проінформували", "информировали" (not the noun
/// "інформування").
pub(super) fn is_informing(w: &str) -> bool {
    [
        "поінформ",
        "проінформ",
        "інформувал",
        "информировал",
        "проинформ",
    ]
    .iter()
    .any(|g| w.starts_with(g))
}

/// Does a sentence say the information went before ("раніше", "ранее") or separately
/// ("окремим листом"), in words rather than by a letter's date alone?
pub(super) fn says_before_in_words(w: &[&str]) -> bool {
    w.iter()
        .any(|x| ELSEWHERE_STEMS.iter().any(|s| x.starts_with(s)) || ELSEWHERE_WORDS.contains(x))
}

/// Verbs of handing over: "надано", "подано", "предоставлена", "представлено", and the
/// present "надається", "подаються" ("інформація … надається відділом … окремим листом").
pub(super) fn is_giving(w: &str) -> bool {
    [
        "надан",
        "подан",
        "предостав",
        "представл",
        "надаєт",
        "надают",
        "подаєт",
        "подают",
    ]
    .iter()
    .any(|g| w.starts_with(g))
}

/// Words saying the information went elsewhere or before: stems ("окремим листом",
/// "отдельным письмом") and whole words ("раніше", "ранее").
pub(super) const ELSEWHERE_STEMS: &[&str] = &["окрем", "отдельн"];
pub(super) const ELSEWHERE_WORDS: &[&str] = &["раніше", "ранее"];

/// Does a sentence's (lower-case) words say the information went elsewhere or before — in
/// those words, or by naming the letter it went in by its date ("надано в листі від
/// 07.06.2013", "направлено письмом от 12.03")?
pub(super) fn says_elsewhere(w: &[&str]) -> bool {
    says_before_in_words(w) || names_a_dated_letter(w)
}

/// A letter named by its date: a letter's word, "від"/"от", then a number. (Not in a
/// sentence that gives the sending a purpose or a place of publishing: "направлено для
/// розміщення в рубриці (лист від 19.10.2012)", "подано до рубрики «Хід виконання цільових
/// програм» (лист від 11.02.2013 № 04-09/318)" is the work.)
fn names_a_dated_letter(w: &[&str]) -> bool {
    let purpose = || w.iter().any(|x| matches!(*x, "для" | "щоб" | "чтобы"));
    // ("до рубрики", "у розділі сайту": where it went, not "(розділ 3)" of a letter.)
    let on_the_site = || {
        w.iter()
            .any(|x| x.starts_with("сайт") || x.starts_with("портал"))
    };
    let published = || {
        w.windows(2).any(|p| {
            matches!(p[0], "до" | "в" | "у" | "на")
                && (p[1].starts_with("рубри")
                    || ((p[1].starts_with("розділ") || p[1].starts_with("раздел"))
                        && on_the_site()))
        })
    };
    !purpose() && !published() && names_a_letter_by_date_or_number(w)
}

/// A letter's word, then its date or number ("лист від 12.12.2012", "листом № 03-21/2208" —
/// "№" is no word).
pub(super) fn names_a_letter_by_date_or_number(w: &[&str]) -> bool {
    let digit = |x: &str| x.starts_with(|c: char| c.is_ascii_digit());
    w.windows(2).any(|t| is_letter_word(t[0]) && digit(t[1]))
        || w.windows(3)
            .any(|t| is_letter_word(t[0]) && matches!(t[1], "від" | "от") && digit(t[2]))
}

/// A letter's word: "лист", "листом", "письмо", "письмом" (not "листопада", "листівки").
pub(crate) fn is_letter_word(w: &str) -> bool {
    (w.starts_with("лист") && !w.starts_with("листопад") && !w.starts_with("листів"))
        || w.starts_with("письм")
}

/// The original of a letter ("оригінал", "оригинал" in any case).
pub(super) fn is_original(w: &str) -> bool {
    w.starts_with("оригінал") || w.starts_with("оригинал")
}

/// A verb of preparing a paper: "підготовлено", "подготовлены", "сформовано", "оформлено".
pub(super) fn is_preparing(w: &str) -> bool {
    ["підготов", "подготов", "сформ", "оформл"]
        .iter()
        .any(|g| w.starts_with(g))
}

/// Where a sentence (its lower-case words) names the information as prepared while its paper
/// awaits a signature ("Інформацію … за І півріччя підготовлено — …, але матеріали зараз на
/// підписі"): the index of the preparing word, at most ten words after the information's.
/// (What awaits the signature is the information or its papers: "матеріали зараз на
/// підписі", "вона на підписі" — not "протокол на підписі".)
pub(super) fn prepared_information_at(w: &[&str]) -> Option<usize> {
    const PAPERS: &[&str] = &[
        "вона",
        "вони",
        "она",
        "они",
        "матеріали",
        "материалы",
        "інформація",
        "информация",
        "документи",
        "документы",
    ];
    let papers_await = w.windows(2).enumerate().any(|(i, p)| {
        p[0] == "на"
            && (p[1].starts_with("підпис") || p[1].starts_with("подпис"))
            && w[i.saturating_sub(3)..i].iter().any(|x| PAPERS.contains(x))
    });
    if !papers_await {
        return None;
    }
    let info = w.iter().position(|x| INFORMATION.contains(x))?;
    w.iter()
        .enumerate()
        .skip(info + 1)
        .take(10)
        .find(|(_, x)| x.starts_with("підготов") || x.starts_with("подготов"))
        .map(|(k, _)| k)
}

/// Does a sentence (its lower-case words) say its paper awaits a signature or an approval
/// ("знаходяться на підписі", "находятся на подписи", "на погодженні", "на согласовании")?
pub(super) fn awaits_signature(w: &[&str]) -> bool {
    w.windows(2).any(|p| {
        p[0] == "на"
            && [
                "підпис",
                "подпис",
                "погодж",
                "согласов",
                "візуванн",
                "визировани",
            ]
            .iter()
            .any(|s| p[1].starts_with(s))
    })
}

/// A verb of collecting: "зібрано", "збирається", "собраны", "собирается".
pub(super) fn is_gathering(w: &str) -> bool {
    ["зібран", "зібра", "збира", "собран", "собира", "собра"]
        .iter()
        .any(|g| w.starts_with(g))
}

/// The endings of an impersonal participle ("проведено", "взято", "розпочато").
pub(super) const PARTICIPLE_ENDINGS: [&str; 8] =
    ["ено", "єно", "ано", "яно", "ято", "уто", "ито", "ато"];

/// Participles clipped to their stem, as clerks abbreviate them ("оновл.", "провед.",
/// "розміщ."): no Ukrainian or Russian word ends so.
const CLIPPED_PARTICIPLES: &[&str] = &[
    "оновл",
    "онов",
    "провед",
    "розміщ",
    "розмiщ",
    "введ",
    "включ",
    "утвор",
    "затв",
    "затверд",
    "затвердж",
    "опубл",
    "оприлюдн",
    "обновл",
    "размещ",
    "утвержд",
];

/// A verb form that states something done or in place: an impersonal participle
/// ("проведено", "створено", "взято", "враховано"), a past tense ("провела", "взяли",
/// "увійшов", "відбулось"), a Russian short participle ("проведены", "введен"), a present
/// of working order ("працює", "функціонує", "оновлюється", "наполняется"), or a clerk's
/// clipped participle ("оновл.").
pub(super) fn is_done(w: &str) -> bool {
    let n = w.chars().count();
    // "взяв участь", "брав участь": the short masculine pasts of taking part.
    if matches!(w, "взяв" | "узяв" | "брав") {
        return true;
    }
    // A clerk's clipped participle ("сайт оновл., розділ «Відкритий уряд»", "провед. 2
    // конс.", "розміщ. 12 новин"): a stem no word ends with.
    if CLIPPED_PARTICIPLES.contains(&w) {
        return true;
    }
    if n < 5 {
        return false;
    }
    // Adverbs and nouns with a verb's ending, and the participles of a cause ("це пов'язано
    // із завершенням року": an explanation, not a deed).
    const NOT_VERBS: &[&str] = &[
        "пов'язано",
        "пов’язано",
        "повязано",
        "зумовлено",
        "обумовлено",
        "связано",
        "обусловлено",
        "пов'язана",
        "пов’язана",
        "зумовлена",
        "зумовлені",
        "обумовлена",
        "связана",
        "обусловлена",
        "обусловлены",
        "багато",
        "свято",
        "підрозділи",
        "матеріали",
        "правила",
        "джерела",
        "канали",
        // "зведена таблиця", "зведена інформація": the summary, named by its adjective (the
        // report's own name, not a deed).
        "зведена",
        "зведені",
        "зведений",
        "зведене",
        // "щоб було зрозуміло питання": a predicate of being clear.
        "зрозуміло",
        "незрозуміло",
        // First names with a past tense's ending, in a signature ("Людмила Ярошенко,
        // головний спеціаліст"): "Людмила", "Кирило", "Данило" and their cases.
        "людмила",
        "людмили",
        "людмило",
        "неоніла",
        "неоніли",
        "неонила",
        "неонилы",
        "каміла",
        "камила",
        "анжела",
        "анжели",
        "анжелы",
        "кирило",
        "кирила",
        "данило",
        "данила",
        "гаврило",
        "гаврила",
    ];
    if NOT_VERBS.contains(&w) {
        return false;
    }
    // What zvit's receipt recognised ("у підтвердженні помилково розпізнано пункти 2 і 3",
    // "распознаны"): the reading of a letter, no work on a measure.
    if w.starts_with("розпізна") || w.starts_with("распозна") {
        return false;
    }
    // (Each form is tested only when the ones before it failed: most words are none.)
    let participle = PARTICIPLE_ENDINGS
        .iter()
        .any(|e| w.ends_with(e))
        // Plural participles: "введені", "враховані", "залучені".
        || (n >= 7 && ["ені", "ані", "яні"].iter().any(|e| w.ends_with(e)));
    if participle {
        return true;
    }
    let bare = w
        .strip_suffix("ся")
        .or_else(|| w.strip_suffix("сь"))
        .unwrap_or(w);
    // Nouns that end as a masculine past does ("колектив", "ініціатив", "держав"; "квартал",
    // "материал", "отдел"), and whose cases end as the other pasts do ("отдела").
    const NOT_PAST: &[&str] = &[
        "актив",
        "колектив",
        "коллектив",
        "мотив",
        "перспектив",
        "ініціатив",
        "инициатив",
        "директив",
        "альтернатив",
        "позитив",
        "держав",
        "застав",
        "устав",
        "архив",
        "материал",
        "матеріал",
        "квартал",
        "персонал",
        "журнал",
        "сигнал",
        "канал",
        "потенциал",
        "потенціал",
        "оригинал",
        "оригінал",
        "капитал",
        "капітал",
        "интервал",
        "інтервал",
        "арсенал",
        "фестивал",
        "отдел",
        "раздел",
        "предел",
        "модел",
    ];
    let past = [
        "ала", "ила", "іла", "ула", "яла", "ела", "али", "или", "іли", "ули", "яли", "ели", "ало",
        "ило", "іло", "уло", "яло", "ело", "йшов", "йшла", "йшли", "йшло", "вів", "ався", "ився",
    ]
    .iter()
    .any(|e| bare.ends_with(e))
        && !NOT_PAST.iter().any(|noun| {
            w.strip_prefix(noun)
                .is_some_and(|end| end.chars().count() == 1)
        });
    if past {
        return true;
    }
    // A masculine past: Ukrainian "створив", "організував", "розглянув"; Russian "создал",
    // "провел", "принял", "обсудил". Long words only.
    // Reflexive too: "обсуждался", "проводился".
    // (Of a hyphenated compound, its last part: "конференц-зал" is a hall.)
    let last = bare.rsplit('-').next().unwrap_or(bare);
    let masculine = last.chars().count() >= 6
        && ["ив", "ав", "ув", "яв", "ал", "ял", "ил", "ел", "ёл"]
            .iter()
            .any(|e| last.ends_with(e))
        && !NOT_PAST.contains(&last);
    if masculine {
        return true;
    }
    // Russian short participles: "проведены", "включены", "введен", "организован".
    // Feminine ones only in the verbs' own endings ("создана", "организована",
    // "разработана", "принята"), not the nouns' ("Светлана", "охрана").
    let russian = n >= 7
        && [
            "ены",
            "ена",
            "ен",
            "аны",
            "ован",
            "ованы",
            "ована",
            "здана",
            "ботана",
            "редана",
            "нята",
            "янута",
        ]
        .iter()
        .any(|e| w.ends_with(e));
    if russian {
        return true;
    }
    // A present of working order: "працює", "функціонує", "оновлюється", "входять".
    [
        "працює",
        "працюють",
        "функціонує",
        "функціонують",
        "діє",
        "діють",
        "входять",
        "входить",
        // Regular work in the plural ("консультації проводяться відповідно до плану"); the
        // singular is as often the one seminar to come.
        "проводяться",
        "проводятся",
        "беруть",
        "продовжує",
        "работает",
        "работают",
        "функционирует",
        "функционируют",
        "действует",
        "действуют",
        "входят",
        "входит",
    ]
    .contains(&w)
        || [
            "оновлю",
            "наповню",
            "поповню",
            "публіку",
            "розміщу",
            "обновля",
            "наполня",
            "обсужда",
            "размеща",
            "оприлюдню",
            "висвітлю",
            "здійсню",
            "забезпечу",
            "опубликову",
            "осуществля",
            "обеспечива",
            "освеща",
            // Work done regularly: "щокварталу подаються", "пропозиції враховуються",
            // "проекты рассматриваются". (Not "проводиться": an announcement says it of the
            // seminar to come; nor "готується", which is not done yet.)
            "пода",
            "нада",
            "направля",
            "залуча",
            "врахову",
            "учитыва",
            "обговорю",
            "розгляда",
            "рассматрива",
            "представля",
        ]
        .iter()
        .any(|p| {
            // Passive ("оновлюється") or the office's own regular work in the third person
            // ("щомісяця подає", "оновлює", "обновляют") — not "подаємо" (the letter itself).
            w.starts_with(p)
                && ["ться", "тся", "є", "ють", "ет", "ют"]
                    .iter()
                    .any(|e| w.ends_with(e))
        })
}

/// Does a sentence (as written) tell of a coming event's announcement or of those who signed
/// up for it ("Оголошення про обговорення розміщено на сайті", "участь уже підтвердили
/// представники 23 організацій", "разослано приглашения", "заявки на участь подаються до
/// …")? Such deeds serve the event to come, not a measure.
pub(super) fn announces_or_registers(sentence: &str) -> bool {
    let lower = crate::analysis::text::stem::lowercase(sentence);
    let w = crate::analysis::text::words(&lower);
    let any = |stems: &[&str]| w.iter().any(|x| stems.iter().any(|s| x.starts_with(s)));
    any(&["оголошенн", "анонс", "запрошенн", "объявлени", "приглашени"])
        || (any(&["підтверд", "подтверд", "зареєстр", "зарегистр"]) && any(&["участ"]))
        // How to sign up, not applications received ("заявки на участь подали 28 осіб").
        || (any(&["заявк"])
            && any(&["участ"])
            && any(&["подаютьс", "приймаютьс", "подават", "подати", "подаются", "принимаются"]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_perfective_future_stem_passes_the_first_letter_check() {
        for stem in PERFECTIVE_FUTURE {
            assert!(is_perfective_future(stem), "{stem}");
        }
        assert!(!is_perfective_future("проведено"));
        assert!(!is_perfective_future("надаємо"));
    }

    #[test]
    fn the_short_pasts_of_taking_part_are_deeds() {
        for w in ["взяв", "узяв", "брав", "взяла", "взяли"] {
            assert!(is_done(w), "{w}");
        }
        assert!(!is_done("взяти"));
    }
}
