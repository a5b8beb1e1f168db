//! Intent: is a mail from an executor a report at all, or does it ask, invite, thank, announce
//! or promise? Decided from what the mail is (a calendar part is an invitation) and from what
//! its sentences do — a question ends with "?", a request asks for something to be done
//! ("просимо продовжити"), a promise speaks of the future ("буде надіслана"), a report states
//! what was done ("проведено", "взяли участь"). A mail is not a report only when it does one of
//! the other things and states nothing done. Pure: no I/O.
//!
//! What one sentence does is read in `act`, the sentences cut in `sentence`, the word forms
//! both read by listed in `words`.

mod act;
mod sentence;
mod words;

use act::*;
use sentence::*;
use words::*;

pub(crate) use words::{is_letter_word, is_month, is_setting_out};

/// What a mail that is not a report does instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotReport {
    /// A meeting request (a text/calendar part or an .ics file) or an invitation to an event.
    Invitation,
    /// A question to the office.
    Question,
    /// A request: more time, a confirmation, to send something elsewhere.
    Request,
    /// Thanks or a confirmation of receipt.
    Thanks,
    /// Information promised later.
    Promise,
    /// An announcement of a coming event or a change.
    Announcement,
}

impl NotReport {
    /// The Ukrainian word a coordinator reads in the reason.
    pub fn label(self) -> &'static str {
        match self {
            NotReport::Invitation => "запрошення",
            NotReport::Question => "запитання",
            NotReport::Request => "прохання",
            NotReport::Thanks => "подяка",
            NotReport::Promise => "обіцянка надати інформацію пізніше",
            NotReport::Announcement => "оголошення",
        }
    }
}

/// What the intent check reads of a mail.
#[derive(Debug, Clone, Copy, Default)]
pub struct Mail<'a> {
    /// The writer's own text (quotes removed) and forwarded texts.
    pub text: &'a str,
    /// A text/calendar part or an .ics attachment is present.
    pub calendar: bool,
    /// Attached documents (not calendars, not pictures) were read and gave report text.
    pub documents: bool,
    /// An attached schedule lists the events the mail is about ("ГРАФІК проведення
    /// семінарів …"): a request beside it asks for what those events need.
    pub schedule: bool,
}

/// A calendar part or file: text/calendar, application/ics, an .ics/.vcs name, or content
/// that begins "BEGIN:VCALENDAR".
pub fn is_calendar(content_type: &str, name: &str, data: &[u8]) -> bool {
    let ct = content_type.to_ascii_lowercase();
    let name = name.to_lowercase();
    ct == "text/calendar"
        || ct == "application/ics"
        || name.ends_with(".ics")
        || name.ends_with(".vcs")
        || data
            .iter()
            .skip_while(|b| b.is_ascii_whitespace() || **b == 0xEF || **b == 0xBB || **b == 0xBF)
            .take(15)
            .copied()
            .collect::<Vec<u8>>()
            .eq_ignore_ascii_case(b"BEGIN:VCALENDAR")
}

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

/// Does a sentence open with a question's label and a colon ("І ще питання щодо п. 10:",
/// "У нас питання:", "У меня вопрос:")? `w`: its words in lower case.
fn is_labelled_question(w: &[&str], sentence: &str) -> bool {
    // (What stands before the colon labels and does nothing: "Запитання громадян розглянуто
    // на прийомі: …" is a deed. The head's reading, the dearer test, last.)
    let head_does_nothing = || {
        sentence
            .split_once(':')
            .is_some_and(|(head, _)| act(head) != Act::Report)
    };
    w.iter()
        .take(4)
        .position(|x| matches!(*x, "питання" | "запитання" | "вопрос"))
        .is_some_and(|q| {
            w[..q].iter().all(|x| {
                matches!(
                    *x,
                    "і" | "и"
                        | "й"
                        | "ще"
                        | "також"
                        | "еще"
                        | "также"
                        | "є"
                        | "есть"
                        | "у"
                        | "в"
                        | "нас"
                        | "мене"
                        | "меня"
                        | "таке"
                        | "такое"
                )
            })
        })
        && head_does_nothing()
}

/// A quick test, on the text as written, that it may hold a word for "separately" or
/// "before", or a letter named by its date or number (see
/// [`only_points_to_another_letter`]); false for nearly all text. Each of those words
/// (`words::ELSEWHERE_STEMS`, `ELSEWHERE_WORDS`) is sought without its first letter, in lower
/// case and in capitals, so that it matches at a sentence's start and in a heading too.
pub fn may_name_elsewhere(text: &str) -> bool {
    static TAILS: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        let tails: Vec<String> = ELSEWHERE_STEMS
            .iter()
            .chain(ELSEWHERE_WORDS)
            .map(|stem| stem.chars().skip(1).collect::<String>())
            .collect();
        let tails: Vec<&str> = tails.iter().map(String::as_str).collect();
        crate::analysis::text::literals(crate::analysis::text::tails_in_either_case(&tails))
    });
    static DATED_LETTER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)(?:лист|письм)\w*\s+(?:(?:від|от)\s+|№\s*)?\d")
            .expect("a valid pattern")
    });
    TAILS.is_match(text) || DATED_LETTER.is_match(text)
}

/// Does a short text only point to another letter ("Інформацію по сайту надсилали 24.05
/// окремим листом", "Сведения направлены ранее письмом от 12.03")? It names the information
/// or a letter beside a verb of sending and a word for "separately" or "before", and states
/// nothing done or not done: no report on the measure it stands under. (Information sent
/// somewhere for a purpose — "направлено для розміщення в рубриці" — is work, not a pointer.)
pub fn only_points_to_another_letter(text: &str) -> bool {
    // (Most text names no "elsewhere" at all: turned away before it is lowered and split.)
    if !may_name_elsewhere(text) || text.chars().count() > 300 {
        return false;
    }
    let lower = crate::analysis::text::stem::lowercase(text);
    let w = crate::analysis::text::words(&lower);
    let letter = |x: &&str| names_the_information(std::slice::from_ref(x)) || is_letter_word(x);
    w.iter()
        .any(|x| is_sending(x) || is_giving(x) || is_informing(x))
        && w.iter().any(letter)
        && says_elsewhere(&w)
        && !states_anything(text)
}

/// Does a sentence set a task in the plan's manner, an infinitive among its first words and no
/// deed of its own ("Наладить на регулярной основе работу по проведению консультаций …",
/// "С целью налаживания диалога … обеспечить …")? A plan's item quoted back, in its own words
/// or translated.
pub fn sets_a_task(sentence: &str) -> bool {
    if sentence.len() > 1600 {
        return false;
    }
    let lower = crate::analysis::text::stem::lowercase(sentence);
    let w = crate::analysis::text::words(&lower);
    // (Ukrainian infinitives end in "-ти": "проводять", "беруть" are the present.)
    let ukrainian = lower.contains(['і', 'ї', 'є', 'ґ']);
    let infinitive =
        |x: &str| is_infinitive(x) && (!ukrainian || x.ends_with("ти") || x.ends_with("тися"));
    w.len() >= 6 && w.iter().take(25).any(|x| infinitive(x)) && act(sentence) == Act::Neutral
}

/// Does any sentence of the text state something done or in place ("проведено", "працює")?
/// Headings, addresses and covering lines do not.
pub fn states_something_done(text: &str) -> bool {
    Acts::of(text).reports
}

/// Does any sentence of the text state something done or in place that does not serve an
/// event to come (its announcement, who signed up: [`announces_or_registers`])? What a
/// schedule's lines must state to report ("Заявки на участь подаються до Центру" tells how
/// to sign up for the seminars it lists).
pub fn states_something_done_for_itself(text: &str) -> bool {
    let mut done = false;
    each_sentence(text, |s| {
        done = act(s) == Act::Report && !announces_or_registers(s);
        !done
    });
    done
}

/// Does any sentence of the text state something done or in place, or deny it ("проведено",
/// "не проводились", "у служби не працює пошта")? A statement about the work either way, not
/// one of a letter's own lines.
pub fn states_anything(text: &str) -> bool {
    let acts = Acts::of(text);
    acts.reports || acts.denies
}

/// Does the text only promise, plan, ask or announce ("Інформація по п. 10, 12 буде надана
/// додатково")? Such a paragraph inside a report reports nothing on the measures it names.
pub fn only_promises(text: &str) -> bool {
    Acts::of(text).only_promises()
}

/// What the sentences of a text do, as far as the mapper asks: classified once, the answers to
/// [`states_something_done`] and [`only_promises`] both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Acts {
    /// A sentence states something done or in place.
    pub reports: bool,
    /// A sentence promises, announces, asks or questions.
    promises: bool,
    /// A sentence says something was not done (read until a sentence reports).
    denies: bool,
    /// A sentence names whose the plan's points are (read until a sentence reports).
    designates: bool,
}

impl Acts {
    pub fn of(text: &str) -> Acts {
        let (mut reports, mut promises, mut denies) = (false, false, false);
        let mut designates = false;
        each_sentence(text, |s| {
            match act(s) {
                Act::Report => reports = true,
                Act::Denial => denies = true,
                Act::DeniedThen(_) => {
                    promises = true;
                    denies = true;
                }
                Act::Other(
                    NotReport::Promise
                    | NotReport::Announcement
                    | NotReport::Request
                    | NotReport::Question,
                ) => promises = true,
                Act::Designation => designates = true,
                _ => {}
            }
            // One statement of something done answers both questions.
            !reports
        });
        Acts {
            reports,
            promises,
            denies,
            designates,
        }
    }

    /// [`Acts::of`] and [`without_plans`] at once, each sentence classified once (the mapper
    /// asks both of every prose paragraph).
    pub fn with_plans_left_out(text: &str) -> (Acts, Option<String>) {
        let (mut reports, mut promises, mut denies) = (false, false, false);
        let mut designates = false;
        let mut kept: Vec<String> = Vec::new();
        let mut dropped = false;
        each_sentence(text, |s| {
            let a = act(s);
            // As `Acts::of` reads: until the first sentence that states something done.
            if !reports {
                match a {
                    Act::Report => reports = true,
                    Act::Denial => denies = true,
                    Act::DeniedThen(_) => {
                        promises = true;
                        denies = true;
                    }
                    Act::Other(
                        NotReport::Promise
                        | NotReport::Announcement
                        | NotReport::Request
                        | NotReport::Question,
                    ) => promises = true,
                    Act::Designation => designates = true,
                    _ => {}
                }
            }
            // (A contact named, "визначено відповідальних осіб" beside an order approved, is
            // no plan: it stays.)
            let contact = || {
                let lower = crate::analysis::text::stem::lowercase(s);
                is_contact_change(&crate::analysis::text::words(&lower))
            };
            match a {
                Act::Other(NotReport::Promise | NotReport::Announcement) if !contact() => {
                    dropped = true
                }
                _ => kept.push(s.to_string()),
            }
            true
        });
        let acts = Acts {
            reports,
            promises,
            denies,
            designates,
        };
        (acts, (dropped && reports).then(|| kept.join(" ")))
    }

    /// A sentence says something was not done ("громадські експертизи не проводились").
    pub fn denies(self) -> bool {
        self.denies
    }

    /// Promises, plans, asks or announces, and states nothing done or not done.
    pub fn only_promises(self) -> bool {
        !self.reports && !self.denies && self.promises
    }

    /// Gives no answer on the points it names: it only promises, plans, asks or announces, or
    /// names whose the points are ("виконавцями пунктів 3, 4 визначено управління …"), and
    /// states nothing done or not done.
    pub fn answers_nothing(self) -> bool {
        !self.reports && !self.denies && (self.promises || self.designates)
    }
}

/// A paragraph's text without the sentences that only plan or promise ("На базі ресурсу у I
/// кварталі планується створити Інтернет-форум"), when it also states something done: what
/// is to come is no part of what the paragraph reports, and its words should not decide the
/// measure. `None` when no sentence is left out (or nothing done would remain).
pub fn without_plans(text: &str) -> Option<String> {
    Acts::with_plans_left_out(text).1
}

#[cfg(test)]
mod tests;
