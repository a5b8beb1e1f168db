//! What a whole mail does: whether it is a report at all, or asks, invites, thanks, announces
//! or promises — read sentence by sentence (`act`), with the premises of its questions and the
//! grounds of its requests read as theirs, not as reports. Pure: no I/O.

use super::*;

/// `Some(what)` when the mail is not a report: it asks, invites, thanks, announces or promises,
/// and no sentence of it (nor an attached document) reports anything done.
pub fn not_a_report(mail: &Mail) -> Option<NotReport> {
    // A meeting request is what it is, whatever its agenda names.
    if mail.calendar {
        return Some(NotReport::Invitation);
    }
    if mail.documents {
        return None;
    }
    let mut acts: Vec<Act> = Vec::new();
    // Deeds done for a coming event's announcement ("Оголошення про обговорення розміщено на
    // веб-ресурсі, участь уже підтвердили 23 організації"): they report only if the mail
    // announces or invites to nothing.
    let mut for_the_announced = false;
    // A question announced ("У нас виникло питання щодо п. 2 плану.") sets out its ground
    // before it is asked: what the sentences up to the question state ("управління щомісяця
    // готує інформацію, яка розміщується на сайті") is the question's premise, not a report.
    // (Where the announcement stands among `acts`; it lapses after a few sentences.)
    let mut premise_from: Option<usize> = None;
    // The grounds of a request announced ("Необхідність продовження терміну зумовлена такими
    // обставинами.", "Причини затримки такі:"): what the next sentences state (a specialist
    // left, an audit is under way) is why the writer asks or puts the answer off, not a
    // report — when the mail does ask or promise. (Where the announcement stands among
    // `acts`; it lapses after a few sentences or at the next thing the mail does. `grounds`:
    // the statements read under it.)
    let mut grounds_from: Option<usize> = None;
    let mut grounds: Vec<usize> = Vec::new();
    // A letter that announces its questions ("в нас виникло кілька питань, на які просимо дати
    // роз'яснення") puts each with its ground in a paragraph ("Щодо пункту 8. Голова комітету
    // входить до складу колегії … Чи потрібно знову подавати інформацію?"): what a paragraph
    // that asks states is the question's premise. (The paragraph of each act.)
    let mut questions_announced = false;
    let mut paragraph: Vec<usize> = Vec::new();
    let mut asked: Vec<usize> = Vec::new();
    // The statements that name a plan's point ("За п. 1 проведено 2 засідання"): a report,
    // though a question follows.
    let mut names_a_point: Vec<bool> = Vec::new();
    // The statements that recount what the office wrote in an earlier letter ("У звіті за ІІ
    // півріччя (наш лист від 12.12.2012 № 01-17/2245) ми писали …"). (Read only after a
    // question.)
    let mut recounts: Vec<bool> = Vec::new();
    // The mail asks for more time ("просить продовжити термін подання інформації").
    let mut asks_more_time = false;
    // The statements that open with their cause (a ground when the mail asks for more time).
    let mut causes: Vec<usize> = Vec::new();
    each_sentence_in(mail.text, |para, s| {
        paragraph.push(para);
        recounts.push(
            !asked.is_empty() && {
                let lower = crate::analysis::text::stem::lowercase(s);
                let w = crate::analysis::text::words(&lower);
                names_a_letter_by_date_or_number(&w) && w.iter().any(|x| tells_of_writing(x))
            },
        );
        names_a_point.push(questions_announced && turns_to_the_report(s));
        if premise_from.is_some_and(|from| acts.len() - from > MAX_PREMISE_SENTENCES) {
            premise_from = None;
        }
        if grounds_from.is_some_and(|from| acts.len() - from > MAX_GROUND_SENTENCES) {
            grounds_from = None;
        }
        let a = match act(s) {
            Act::DeniedThen(what) => Act::Other(what),
            Act::Neutral if announces_a_question(s) => {
                premise_from = Some(acts.len());
                Act::Other(NotReport::Question)
            }
            a => a,
        };
        if !questions_announced && a != Act::Report && announces_a_question(s) {
            questions_announced = true;
        }
        // (A question the writer asks, not its announcement.)
        if a == Act::Other(NotReport::Question) && s.trim_end().ends_with('?') {
            asked.push(acts.len());
        }
        match a {
            // (Or sets them out after its colon: "Задержка вызвана следующими
            // обстоятельствами: специалист находился на больничном".)
            Act::Neutral | Act::Report if announces_grounds(s) => {
                grounds_from = Some(acts.len());
                if a == Act::Report {
                    grounds.push(acts.len());
                }
            }
            Act::Other(_) => grounds_from = None,
            _ if grounds_from.is_some() && turns_to_the_report(s) => grounds_from = None,
            Act::Report if grounds_from.is_some() => grounds.push(acts.len()),
            // A statement that opens with its cause ("У зв'язку з реорганізацією відділу
            // відповідальний працівник переведений на іншу посаду") tells why: a ground, when
            // the mail asks for more time.
            Act::Report if opens_with_a_cause(s) => causes.push(acts.len()),
            _ => {}
        }
        if a == Act::Other(NotReport::Question)
            && let Some(from) = premise_from.filter(|&from| from < acts.len())
        {
            for premise in &mut acts[from + 1..] {
                if *premise == Act::Report {
                    *premise = Act::Neutral;
                }
            }
            premise_from = None;
        }
        if a == Act::Report && announces_or_registers(s) {
            for_the_announced = true;
            acts.push(Act::Neutral);
            return true;
        }
        asks_more_time |= a == Act::Other(NotReport::Request) && asks_for_more_time(s);
        acts.push(a);
        // (Read on past a statement that a later question or request may make its ground.)
        a != Act::Report
            || premise_from.is_some()
            || grounds_from.is_some()
            || questions_announced
            || !asked.is_empty()
            || causes.last() == Some(&(acts.len() - 1))
    });
    if asks_more_time {
        grounds.extend(causes);
    }
    if questions_announced {
        // The few statements right before a question, in its paragraph.
        for &q in &asked {
            for at in (0..q)
                .rev()
                .take_while(|&at| paragraph[at] == paragraph[q])
                .take(MAX_PREMISE_SENTENCES)
            {
                if acts[at] == Act::Report && !names_a_point[at] {
                    acts[at] = Act::Neutral;
                }
            }
        }
    }
    // A paragraph that opens with a question is the question's: what it goes on to recount of
    // an earlier letter ("Чи потрібно подавати інформацію щодо пунктів 2 та 8? У звіті за ІІ
    // півріччя (наш лист від 12.12.2012 № 01-17/2245) ми писали по цих пунктах «не
    // стосується» …") is its ground, not a report. (Work it states is still a report: "Чи
    // подавати протоколи окремо? Проведено 2 засідання громадської ради.")
    for &q in &asked {
        if q > 0 && paragraph[q - 1] == paragraph[q] {
            continue;
        }
        for at in (q + 1..acts.len())
            .take_while(|&at| paragraph[at] == paragraph[q])
            .take(MAX_PREMISE_SENTENCES)
        {
            if acts[at] == Act::Report && recounts[at] {
                acts[at] = Act::Neutral;
            }
        }
    }
    if acts
        .iter()
        .any(|a| matches!(a, Act::Other(NotReport::Request | NotReport::Promise)))
    {
        for at in grounds {
            acts[at] = Act::Neutral;
        }
    }
    // (Or, beside an attached schedule, asks for what its events need: "Просимо довести
    // графік до відома …" over "Заявки на участь подаються до Центру". A covering letter's
    // "Просимо врахувати" beside a report is no such request.)
    let announced = acts.contains(&Act::Other(NotReport::Announcement))
        || acts.contains(&Act::Other(NotReport::Invitation))
        || (mail.schedule && acts.contains(&Act::Other(NotReport::Request)));
    if acts.contains(&Act::Report) || (for_the_announced && !announced) {
        return None;
    }
    // The strongest thing the mail does decides its label.
    [
        NotReport::Invitation,
        NotReport::Question,
        NotReport::Request,
        NotReport::Promise,
        NotReport::Announcement,
        NotReport::Thanks,
    ]
    .into_iter()
    .find(|what| acts.contains(&Act::Other(*what)))
}

/// A verb of what the office wrote or told before: "писали", "зазначали", "повідомляли",
/// "інформували", "указывали", "сообщали".
fn tells_of_writing(w: &str) -> bool {
    [
        "писал",
        "зазначал",
        "повідомлял",
        "інформувал",
        "указывал",
        "сообщал",
    ]
    .iter()
    .any(|p| w.starts_with(p))
}

/// Does a request ask for more time ("просить продовжити термін", "просим продлить срок",
/// "перенести строк подання")?
fn asks_for_more_time(sentence: &str) -> bool {
    let lower = crate::analysis::text::stem::lowercase(sentence);
    let w = crate::analysis::text::words(&lower);
    let delay = w.iter().any(|x| {
        ["продовж", "продл", "перенес", "відтерм", "отсроч"]
            .iter()
            .any(|p| x.starts_with(p))
    });
    let term = w
        .iter()
        .any(|x| ["термін", "строк", "срок"].iter().any(|p| x.starts_with(p)));
    delay && term
}

/// Does a sentence open with a cause ("У зв'язку з …", "В связи с …", "Зважаючи на …", "З
/// огляду на …")? What it goes on to state happened because of it.
fn opens_with_a_cause(sentence: &str) -> bool {
    let lower = crate::analysis::text::stem::lowercase(sentence);
    let w = crate::analysis::text::words(&lower);
    match w.as_slice() {
        [a, b, c, ..]
            if matches!(*a, "у" | "в") && matches!(*b, "зв'язку" | "звязку" | "связи") =>
        {
            matches!(*c, "з" | "із" | "зі" | "с" | "со")
        }
        [a, b, ..] => matches!(
            (*a, *b),
            ("зважаючи", "на") | ("з", "огляду") | ("ввиду", _) | ("учитывая", _)
        ),
        _ => false,
    }
}

/// Sentences between a question's announcement and the question itself, at most.
const MAX_PREMISE_SENTENCES: usize = 3;

/// Sentences read as a request's grounds after their announcement, at most.
const MAX_GROUND_SENTENCES: usize = 6;

/// Does a sentence turn from a request's grounds to the report: it names the plan's points
/// ("п. 6", "пункти 1, 7") or tells ("повідомляємо", "інформуємо", "сообщаем")?
fn turns_to_the_report(sentence: &str) -> bool {
    let lower = crate::analysis::text::stem::lowercase(sentence);
    crate::analysis::text::words(&lower).iter().any(|x| {
        matches!(*x, "п" | "пп")
            || [
                "пункт",
                "повідомля",
                "інформуєм",
                "інформує",
                "сообща",
                "информиру",
            ]
            .iter()
            .any(|p| x.starts_with(p))
    })
}

/// Does a sentence announce the grounds that follow ("Необхідність продовження терміну
/// зумовлена такими обставинами.", "Затримка пов'язана з такими причинами:", "Причины
/// задержки следующие:")? A word of cause or circumstance, a word of delay or of more time,
/// and a word pointing ahead or a colon at its end; short.
fn announces_grounds(sentence: &str) -> bool {
    if sentence.len() > 400 {
        return false;
    }
    let lower = crate::analysis::text::stem::lowercase(sentence);
    let w = crate::analysis::text::words(&lower);
    const CAUSE: &[&str] = &[
        "зумовлен",
        "обумовлен",
        "пов'язан",
        "пов’язан",
        "повязан",
        "викликан",
        "связан",
        "обусловлен",
        "вызван",
        "причин",
        "обставин",
        "обстоятельств",
    ];
    const AHEAD: &[&str] = &[
        "такими",
        "таких",
        "такі",
        "наступними",
        "наступних",
        "наступні",
        "наступним",
        "следующими",
        "следующих",
        "следующие",
        "следующим",
        "такие",
    ];
    // (Of a delay or of more time: "Необхідність продовження терміну", "Затримка", "Задержка
    // …" — not "заходи, пов'язані з такими напрямами:", a report's own opening.)
    const DELAY: &[&str] = &[
        "продовж",
        "продлен",
        "продлит",
        "затримк",
        "задержк",
        "несвоєчасн",
        "несвоевремен",
        "перенес",
        "відтермін",
        "отсроч",
        "відстроч",
    ];
    w.iter().any(|x| CAUSE.iter().any(|c| x.starts_with(c)))
        && w.iter().any(|x| DELAY.iter().any(|d| x.starts_with(d)))
        && (w.iter().any(|x| AHEAD.contains(x)) || sentence.trim_end().ends_with(':'))
}

/// Does a sentence announce a question to come ("У нас виникло питання щодо п. 2 плану.",
/// "Є питання по пункту 7.", "Возник вопрос по отчету.")? A word for a question beside a verb
/// of arising or having, and no question mark of its own.
fn announces_a_question(sentence: &str) -> bool {
    if sentence.trim_end().ends_with('?') || sentence.len() > 1200 {
        return false;
    }
    let lower = crate::analysis::text::stem::lowercase(sentence);
    // (In a clause of its own: "Готуємо інформацію …, і в нас виникло кілька питань, на які
    // просимо дати роз'яснення".)
    lower.split([',', ';']).any(|clause| {
        let w = crate::analysis::text::words(clause);
        let head = &w[..w.len().min(6)];
        head.iter().any(|x| {
            matches!(
                *x,
                "питання"
                    | "запитання"
                    | "питань"
                    | "запитань"
                    | "вопрос"
                    | "вопросы"
                    | "вопросов"
            )
        }) && head.iter().any(|x| {
            matches!(
                *x,
                "виникло"
                    | "виникли"
                    | "виникає"
                    | "є"
                    | "маємо"
                    | "возник"
                    | "возникли"
                    | "возникает"
                    | "есть"
                    | "имеется"
                    | "имеем"
            )
        })
    })
}
