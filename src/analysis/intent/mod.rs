//! Intent: is a mail from an executor a report at all, or does it ask, invite, thank, announce
//! or promise? Decided from what the mail is (a calendar part is an invitation) and from what
//! its sentences do — a question ends with "?", a request asks for something to be done
//! ("просимо продовжити"), a promise speaks of the future ("буде надіслана"), a report states
//! what was done ("проведено", "взяли участь"). A mail is not a report only when it does one of
//! the other things and states nothing done. Pure: no I/O.
//!
//! Long file: what a sentence does is read in one pass over its words (`act`), its cases in
//! the order they decide; split apart, each would read the sentence again.

mod words;

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

/// What one sentence does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Act {
    /// States something done or in place.
    Report,
    Other(NotReport),
    /// States that something was not done ("експертизи не проводились"): no report on it, and
    /// nothing else either.
    Denial,
    /// Greetings, signatures, addresses, headings: nothing either way.
    Neutral,
    /// Promises after stating something not done ("заходи не проводились, склад буде
    /// переглянуто"): an answer, nothing done, on the measure a paragraph names, but for a
    /// whole mail the promise is what it does.
    DeniedThen(NotReport),
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
    each_sentence_in(mail.text, |para, s| {
        paragraph.push(para);
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
        acts.push(a);
        a != Act::Report || premise_from.is_some() || grounds_from.is_some() || questions_announced
    });
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
    if acts
        .iter()
        .any(|a| matches!(a, Act::Other(NotReport::Request | NotReport::Promise)))
    {
        for at in grounds {
            acts[at] = Act::Neutral;
        }
    }
    let announced = acts.contains(&Act::Other(NotReport::Announcement))
        || acts.contains(&Act::Other(NotReport::Invitation));
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
}

impl Acts {
    pub fn of(text: &str) -> Acts {
        let (mut reports, mut promises, mut denies) = (false, false, false);
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
                _ => {}
            }
            // One statement of something done answers both questions.
            !reports
        });
        Acts {
            reports,
            promises,
            denies,
        }
    }

    /// [`Acts::of`] and [`without_plans`] at once, each sentence classified once (the mapper
    /// asks both of every prose paragraph).
    pub fn with_plans_left_out(text: &str) -> (Acts, Option<String>) {
        let (mut reports, mut promises, mut denies) = (false, false, false);
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
}

/// A paragraph's text without the sentences that only plan or promise ("На базі ресурсу у I
/// кварталі планується створити Інтернет-форум"), when it also states something done: what
/// is to come is no part of what the paragraph reports, and its words should not decide the
/// measure. `None` when no sentence is left out (or nothing done would remain).
pub fn without_plans(text: &str) -> Option<String> {
    Acts::with_plans_left_out(text).1
}

/// Cuts text into sentences, handing each to `f` (borrowed) until it returns false: lines
/// that continue a sentence (in lower case, or with a bracket or a quotation) are joined
/// first (wrapped paragraphs), then the text is cut after
/// ".", "!", "?" before a capital letter or a new line, and at every list item.
fn each_sentence(text: &str, mut f: impl FnMut(&str) -> bool) {
    each_sentence_in(text, |_, s| f(s));
}

/// [`each_sentence`], with the number of the paragraph each sentence stands in.
fn each_sentence_in(text: &str, mut f: impl FnMut(usize, &str) -> bool) {
    let mut joined: Vec<String> = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            joined.push(String::new());
            continue;
        }
        match joined.last_mut() {
            Some(prev)
                if !prev.is_empty()
                    && !prev.ends_with(['.', '!', '?', ':', ';'])
                    && line
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_lowercase() || matches!(c, '(' | '«')) =>
            {
                prev.push(' ');
                prev.push_str(line);
            }
            _ => joined.push(line.to_string()),
        }
    }
    for (at, para) in joined.iter().filter(|p| !p.is_empty()).enumerate() {
        let mut start = 0;
        // Inside a quotation (a title: круглий стіл «Оптимізація чи збереження?») an end mark
        // ends no sentence of the writer's; a quotation that ends with one may end it. Only
        // quotations that close: in a paragraph whose quotes do not pair up («…" is a common
        // slip) every end mark counts, as if there were none.
        // Counts of « » „ “ ” " in one pass.
        let mut n = [0usize; 6];
        for c in para.chars() {
            if let Some(k) = ['«', '»', '„', '“', '”', '"'].iter().position(|&q| q == c) {
                n[k] += 1;
            }
        }
        let [open, close, low, high, right, straight_marks] = n;
        // („ closes with “; the other “ open and ” close them.)
        let paired = open == close && high >= low && high - low == right && straight_marks % 2 == 0;
        let (mut quoted, mut straight) = (0usize, false);
        let mut last = ' ';
        for (i, c) in para.char_indices() {
            let prev = std::mem::replace(&mut last, c);
            let closing = match c {
                _ if !paired => false,
                '«' | '„' => {
                    quoted += 1;
                    false
                }
                '“' if quoted == 0 => {
                    quoted = 1;
                    false
                }
                '»' | '“' | '”' => {
                    quoted = quoted.saturating_sub(1);
                    quoted == 0 && !straight
                }
                '"' => {
                    straight = !straight;
                    !straight && quoted == 0
                }
                _ => false,
            };
            let mark = if closing && matches!(prev, '.' | '!' | '?') {
                prev
            } else if !closing && quoted == 0 && !straight && matches!(c, '.' | '!' | '?') {
                c
            } else {
                // Only at an end mark is anything around it looked at: the text is a
                // stranger's, and a scan back over a word at every character would be
                // quadratic in a long one.
                continue;
            };
            let i = i + c.len_utf8() - 1;
            let after = &para[i + 1..];
            let next_capital = after
                .chars()
                .find(|c| !c.is_whitespace())
                .is_some_and(char::is_uppercase);
            let spaced = after.chars().next().is_some_and(char::is_whitespace);
            // "п. 6", "вул. Шевченка", "В. Петренко": a short word before the period (only
            // its last five letters matter).
            // A bracket closed before the period ends its sentence ("(06.12.2012, 24 особи).
            // Ще один …"): no abbreviation ends so.
            let word_before = || {
                if para[start..i].ends_with(')') {
                    return 5;
                }
                para[start..i]
                    .chars()
                    .rev()
                    .take(5)
                    .take_while(|c| c.is_alphabetic())
                    .count()
            };
            // After a quotation only a capital starts the next sentence.
            let ends = if closing {
                spaced && next_capital
            } else {
                mark != '.' || (spaced && next_capital && word_before() > 3)
            };
            if ends {
                if !f(at, para[start..=i].trim()) {
                    return;
                }
                start = i + 1;
            }
        }
        let rest = para[start..].trim();
        if !rest.is_empty() && !f(at, rest) {
            return;
        }
    }
}

/// What a sentence does, from its form: the mark it ends with, the mood and tense of its
/// verbs, and whom it addresses.
fn act(sentence: &str) -> Act {
    // Lower-case words of the sentence (lowered once, the words borrowed from it).
    let lower = crate::analysis::text::stem::lowercase(sentence);
    let w = crate::analysis::text::words(&lower);
    if w.is_empty() {
        return Act::Neutral;
    }
    // A mail program's line under the text ("Надіслано з iPhone", "Отправлено с мобильного",
    // "Sent from my Samsung"): the device sent the mail; it tells of no work.
    if w.len() <= 6
        && (is_sending(w[0]) || w[0] == "sent")
        && w.get(1)
            .is_some_and(|x| matches!(*x, "з" | "із" | "с" | "from"))
    {
        return Act::Neutral;
    }
    // The letter's byline ("Підготував: сектор з питань внутрішньої політики …, Мельник
    // О.І.", "Подготовила: …"): who prepared the letter, no work on a measure.
    if w.len() > 1
        && matches!(
            w[0],
            "підготував"
                | "підготувала"
                | "підготували"
                | "подготовил"
                | "подготовила"
                | "подготовили"
        )
        && lower
            .trim_start()
            .split_once(':')
            .is_some_and(|(head, _)| head.trim() == w[0])
    {
        return Act::Neutral;
    }
    // A person's name alone ("Ірина Шаповал", "Шаповал Ірина Петрівна"): a signature,
    // whatever the surname's ending ("-ал", "-ило") looks like.
    if is_a_name(sentence) {
        return Act::Neutral;
    }
    // A disclaimer or an antivirus stamp under the letter speaks of the mail, not of work.
    if is_notice_on_the_mail(&w) {
        return Act::Neutral;
    }
    // A topic put with its question after a colon ("3. Громадські експертизи діяльності
    // органів влади: що змінилося за рік.", an agenda's item, a section's title) asks what
    // was done; it tells nothing, unless what precedes the colon does.
    if let Some((_, tail)) = lower.split_once(':') {
        let first = tail
            .trim_start()
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or_default();
        // (Not a question asked under its label: "У нас питання: чи потрібно …?".)
        if (is_interrogative(first)
            || matches!(first, "що" | "что" | "чому" | "почему" | "хто" | "кто"))
            && !(sentence.trim_end().ends_with('?') && is_labelled_question(&w, sentence))
            && sentence
                .split_once(':')
                .is_some_and(|(head, _)| act(head) == Act::Neutral)
        {
            return Act::Neutral;
        }
    }
    // A question ends with "?" — or is quoted whole: «Чи потрібно подавати?» (a title at the
    // end of a sentence, «… чи збереження?», is no question of the writer's).
    let t = sentence.trim();
    if t.ends_with('?')
        || (t.starts_with(['«', '„', '“', '"'])
            && t.trim_end_matches(['»', '“', '”', '"']).ends_with('?'))
    {
        return Act::Other(NotReport::Question);
    }
    // "Підкажіть, будь ласка, чи потрібно …", "Уточните, в какой форме …": a question put
    // as a request to tell, though it ends with a full stop.
    if let Some(i) = w.iter().take(4).position(|x| is_ask_to_tell(x))
        && w[i + 1..].iter().take(4).any(|x| is_interrogative(x))
    {
        return Act::Other(NotReport::Question);
    }
    // "І ще питання щодо п. 10: при громадській раді вже працює комісія …", "У нас питання:
    // чи потрібно …?": what follows a question's label is its premise, not a report (and
    // what follows its colon, the question).
    if is_labelled_question(&w, sentence) {
        return Act::Other(NotReport::Question);
    }
    // A sentence that opens with thanks thanks, whatever else it says ("Дякуємо, лист
    // отримали", "Висловлюємо щиру подяку …", "Выражаем благодарность …").
    // After the office's name ("Семенівська райдержадміністрація щиро дякує", "Ічнянська
    // районна державна адміністрація щиро дякує"), a verb of thanking only, with no deed
    // before it: "вручено подяки" is a deed.
    let thanks_verb = |x: &&str| {
        matches!(
            *x,
            "дякує" | "дякуємо" | "дякують" | "благодарит" | "благодарим" | "благодарят"
        )
    };
    let thanks_after_a_name = || {
        w.iter()
            .take(7)
            .position(thanks_verb)
            .is_some_and(|at| at >= 3 && !w[..at].iter().any(|x| is_done(x)))
    };
    if w.iter().take(3).any(|x| is_thanks(x)) || thanks_after_a_name() {
        return Act::Other(NotReport::Thanks);
    }
    // A past tense about the correspondence itself ("лист отримали", "ваш запит получен")
    // confirms receipt; it reports no work on a measure.
    let about_mail = w.len() <= 4
        || w.iter().any(|x| {
            [
                "лист",
                "запит",
                "нагадув",
                "письм",
                "запрос",
                "напомин",
                "ваш",
            ]
            .iter()
            .any(|p| x.starts_with(p))
        });
    if about_mail
        && w.iter().any(|x| is_receipt(x))
        && !w.iter().any(|x| is_done(x) && !is_receipt(x))
    {
        return Act::Other(NotReport::Thanks);
    }
    // Plans ("заплановано проведення", "планується", "планируем") and a change of the
    // person who handles measures ("контактною особою … тепер є …") announce; a plan is no
    // work done, whatever participle it takes.
    // (A person named among other deeds — "на запит експертів надано 23 документи, визначено
    // відповідальну особу" — is one deed of several, no change announced.)
    let changes_contact = || {
        is_contact_change(&w)
            && !(0..w.len()).any(|k| is_done(w[k]) && !is_designating(w[k]) && !is_negated(&w, k))
    };
    if plans_an_act(&w) {
        // "Інтернет-форум створено …; модерацію форуму планується передати Громадській раді":
        // a deed stated on its own, before a semicolon, stands; the plan after it is what
        // comes next. (Not a deed joined to its plan by a comma: "технічне завдання погодили
        // з УВП, запуск плануємо в лютому" prepares what is planned.)
        // (The plan's part is the first that names a plan, what is foreseen or the future.)
        let plans = |cw: &[&str]| {
            cw.iter()
                .any(|x| is_plan(x) || is_foreseen(x) || is_future(std::slice::from_ref(x)))
        };
        let letter = OfTheLetter::read(&w, sentence);
        if deed_before(&lower, &[';'], letter, plans) && !changes_contact() {
            return Act::Report;
        }
        return Act::Other(NotReport::Announcement);
    }
    if changes_contact() {
        return Act::Other(NotReport::Announcement);
    }
    if w.iter().any(|x| is_invite(x)) && has_time_or_date(sentence) {
        return Act::Other(NotReport::Invitation);
    }
    // "Просимо продовжити термін", "прошу переслати": a request to the reader.
    if let Some(i) = w.iter().position(|x| is_ask(x))
        && w[i + 1..].iter().take(4).any(|x| is_infinitive(x))
    {
        return Act::Other(NotReport::Request);
    }
    // Where the sentence turns to the future.
    let future_at = w
        .iter()
        .position(|x| is_future(std::slice::from_ref(x)))
        .unwrap_or(w.len());
    if future_at < w.len() {
        // "Громадській раді рекомендовано утворити робочу групу (лист від …), питання буде
        // розглянуто у січні": a deed in a clause of its own, before the one that turns to
        // the future, stands; the promise after it is what comes next.
        // (Read of the whole sentence: "… (пп. 1, 6) підготовлено, вона знаходиться на
        // підписі …" awaits its signature in the clause after the deed.)
        // (Not after the information promised whose paper awaits its signature: "Інформацію
        // (пп. 1, 6) підготовлено — слухання проведені, матеріали на підписі у голови,
        // надішлемо до 18.12" tells what the coming report will say; a deed before the
        // information is named — "По п. 6 проведено обговорення, інформація по п. 9 на
        // підписі" — stands.)
        let letter = OfTheLetter::read(&w, sentence);
        let told = match information_at(&lower) {
            Some(at) if letter.awaits_signature && promises_information(&w, future_at) => {
                &lower[..at]
            }
            _ => &lower,
        };
        if deed_before(told, &[',', ';'], letter, |cw| {
            cw.iter().any(|x| is_future(std::slice::from_ref(x)))
        }) {
            return Act::Report;
        }
        // A coming event ("семінар відбудеться") announces; the writer's own future deed
        // ("надамо", "буде надіслана") promises.
        let what = if w.iter().any(|x| is_event_future(x)) {
            NotReport::Announcement
        } else {
            NotReport::Promise
        };
        // Something denied before the sentence turns to a promise of work (not of the
        // information itself: "заходи ще не проводились, інформацію буде надано до 20.12"
        // puts the answer off).
        let denied = (0..future_at).any(|k| is_done(w[k]) && is_negated(&w, k));
        return if denied && what == NotReport::Promise && !promises_information(&w, future_at) {
            Act::DeniedThen(what)
        } else {
            Act::Other(what)
        };
    }
    // An event put off to a later day has not taken place: said of a measure, that is what
    // was not done ("громадські слухання перенесено на 18 червня") — unless the sentence
    // tells of another deed as well. (A sentence that turns to the future was read above.)
    if is_put_off(&w) && !w.iter().any(|x| is_done(x) && !is_putting_off(x)) {
        return Act::Denial;
    }
    // A verb of something done counts unless it is denied ("не проводились", "не було
    // проведено", "не поступало"), or it only gives a cause ("пишу з особистої скриньки,
    // бо на роботі відключили інтернет") or a source ("Направляю …, как просили по
    // телефону").
    let clauses = || lower.split_inclusive([',', ';', '(', ')']);
    let cause = |clause: &str| {
        let cw = crate::analysis::text::words(clause);
        gives_a_cause(&cw) || is_an_as_aside(&cw)
    };
    // (Most sentences give no cause: their words are read once.)
    let main: String;
    let w = if clauses().any(cause) {
        main = clauses().filter(|clause| !cause(clause)).collect();
        crate::analysis::text::words(&main)
    } else {
        w
    };
    let letter = OfTheLetter::read(&w, sentence);
    // What the plan lays down ("У Плані заходів … виконавцями пунктів 2 та 8 визначено
    // структурні підрозділи"): the plan's content, no deed of the writer's.
    let of_the_plan = speaks_of_the_plan(&w);
    let mut denied = false;
    for (k, x) in w.iter().enumerate() {
        // (So does a clause that names whom the plan makes executor: "щодо пунктів 1, 6 Плану,
        // виконавцем яких визначено райдержадміністрації".)
        if is_laying_down(x) && (of_the_plan || names_the_executor(&w, k)) {
            continue;
        }
        // Membership in place: "з березня є членом колегії", "является членом совета".
        let member = *x == "членом"
            && k > 0
            && matches!(
                w[k - 1],
                "є" | "является" | "являється" | "обрано" | "обраний"
            );
        // "Експертиз громадських не було": the absence of the thing denies it was done.
        let none_was = k > 0 && w[k - 1] == "не" && matches!(*x, "було" | "були" | "было" | "были");
        if none_was {
            denied = true;
            continue;
        }
        if !is_done(x) && !member {
            continue;
        }
        if works_on_the_letter(&w, k, letter) {
            continue;
        }
        if !is_negated(&w, k) {
            return Act::Report;
        }
        denied = true;
    }
    if denied {
        return Act::Denial;
    }
    Act::Neutral
}

/// Does a sentence (lower case) state a deed in a clause of its own (split at `marks`) before
/// the first clause that `turns` (to the future, to a plan)? A subordinate clause ("як було
/// зазначено", "оскільки план затверджено") gives the reason or the source, not a deed of
/// its own.
fn deed_before(
    lower: &str,
    marks: &[char],
    letter: OfTheLetter,
    turns: impl Fn(&[&str]) -> bool,
) -> bool {
    const SUBORDINATE: &[&str] = &[
        "як",
        "оскільки",
        "що",
        "враховуючи",
        "зважаючи",
        "відповідно",
        "згідно",
        "хоча",
        "так",
        "как",
        "поскольку",
        "что",
        "учитывая",
        "согласно",
        "хотя",
    ];
    for clause in lower.split(marks) {
        let cw = crate::analysis::text::words(clause);
        if turns(&cw) {
            return false;
        }
        if cw.first().is_some_and(|x| SUBORDINATE.contains(x)) {
            continue;
        }
        if (0..cw.len())
            .any(|k| is_done(cw[k]) && !is_negated(&cw, k) && !works_on_the_letter(&cw, k, letter))
        {
            return true;
        }
    }
    false
}

/// Is a sentence only a person's name: one to three words, each a capital followed by small
/// letters, with initials or beside each other ("Ірина Шаповал", "Шаповал І.В.", "Шаповал
/// Ірина Петрівна")?
fn is_a_name(sentence: &str) -> bool {
    let t = sentence.trim();
    if t.len() > 80 || t.contains(|c: char| c.is_ascii_digit() || matches!(c, ',' | ':' | ';')) {
        return false;
    }
    let words = crate::analysis::text::words(t);
    let title = |w: &str| {
        let mut c = w.chars();
        c.next().is_some_and(char::is_uppercase)
            && c.clone().count() >= 2
            && c.all(|x| x.is_lowercase() || matches!(x, '-' | '\'' | '’'))
    };
    // (Initials: "І.В." are words of one capital.)
    let initial = |w: &str| w.chars().count() == 1 && w.chars().all(char::is_uppercase);
    let named = words.iter().filter(|w| title(w)).count();
    (1..=3).contains(&named)
        && (2..=4).contains(&words.len())
        && words.iter().all(|w| title(w) || initial(w))
        // (Not a deed's participle in capitals: "Створено Раду".)
        && !words.iter().any(|w| {
            PARTICIPLE_ENDINGS
                .iter()
                .any(|e| w.ends_with(e))
        })
}

/// Is the deed at `k` of a sentence's words work on the letter itself rather than on a
/// measure? `letter`: what the whole sentence says of the letter.
fn works_on_the_letter(w: &[&str], k: usize, letter: OfTheLetter) -> bool {
    let x = w[k];
    // "Сведения от подразделений собраны пока не в полном объеме": gathering the information
    // for the report is work on the letter, not on a measure; so is sending it ("Інформацію
    // по сайту надсилали 24.05 окремим листом").
    // Setting it out somewhere is the letter too ("Інформацію за пп. 7, 9, 12 наведено в
    // таблиці").
    // So is signing it ("інформацію підписано першим заступником голови").
    (letter.names_the_information
        && (is_gathering(x)
            || is_setting_out(x)
            || is_signing(x)
            || ((is_sending(x) || is_giving(x)) && says_elsewhere(w))))
        // "Раніше поінформовано листом від 13.06.2013 № 01-27/912 щодо пп. 1–12": informed
        // by a letter sent before — that letter is the answer. (Said in words: "поінформовано
        // листом від 12.04.2013 громадські організації" is informing the public.)
        || (is_informing(x)
            && w[k + 1..]
                .iter()
                .take(3)
                .any(|y| matches!(*y, "листом" | "письмом"))
            && says_before_in_words(w))
        // "Першу частину (пп. 1, 2, 7, 8) надіслано 07.06.2013", "Ми 07.12 надіслали першу
        // частину інформації": a part of the report sent, whenever, is the letter.
        || ((is_sending(x) || is_giving(x)) && letter.names_a_part)
        // "(оригінал надіслано поштою)": the letter's own original on its way.
        || (is_sending(x) && w.iter().any(|y| is_original(y)))
        // "Лист надіслано лише в електронному вигляді": the letter itself, sent in the form
        // it came in (the letter named before the verb).
        || (is_sending(x) && letter.sent_in_its_form.is_some_and(|at| at < k))
        // "По пунктам 1, 6, 9 материалы подготовлены и находятся на подписи": a paper
        // prepared that still awaits its signature is the letter on its way.
        || (is_preparing(x) && letter.awaits_signature)
        // "… районна державна адміністрація на виконання розпорядження … направляє:": sending
        // or giving what follows the colon is the letter handing itself over.
        || (letter.opens_a_list
            && k + 1 == w.len()
            && (is_sending(x) || x.starts_with("нада") || x.starts_with("пода")))
}

/// Where a sentence names this letter beside its own form ("Лист надіслано лише в
/// електронному вигляді", "Письмо направлено только в электронном виде"): the index of the
/// letter's word ("лист", "письмо", "документ" in the nominative), when a word of the form
/// ("електронному", "вигляді", "виде") stands in the sentence too.
fn letter_in_its_form(w: &[&str]) -> Option<usize> {
    let form = w.iter().any(|y| {
        matches!(*y, "вигляді" | "виде") || y.starts_with("електрон") || y.starts_with("электрон")
    });
    if !form {
        return None;
    }
    w.iter()
        .position(|y| matches!(*y, "лист" | "письмо" | "документ"))
}

/// What a sentence says of the letter itself, read once for all its deeds.
#[derive(Debug, Clone, Copy)]
struct OfTheLetter {
    /// It names the information (the report): "інформацію надсилали окремим листом".
    names_the_information: bool,
    /// Its paper awaits a signature or an approval: "знаходиться на підписі".
    awaits_signature: bool,
    /// It names a part of the report: "першу частину інформації", "Частина 2".
    names_a_part: bool,
    /// It ends with a colon: what it says introduces what follows.
    opens_a_list: bool,
    /// It names this letter (at that word) beside its form: "Лист надіслано лише в
    /// електронному вигляді".
    sent_in_its_form: Option<usize>,
}

impl OfTheLetter {
    /// Reads a sentence and its lower-case words.
    fn read(w: &[&str], sentence: &str) -> Self {
        OfTheLetter {
            names_the_information: names_the_information(w),
            awaits_signature: awaits_signature(w),
            names_a_part: names_a_part_of_the_report(w),
            opens_a_list: sentence.trim_end().ends_with(':'),
            sent_in_its_form: letter_in_its_form(w),
        }
    }
}

#[cfg(test)]
mod tests;
