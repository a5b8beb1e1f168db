//! Intent: is a mail from an executor a report at all, or does it ask, invite, thank, announce
//! or promise? Decided from what the mail is (a calendar part is an invitation) and from what
//! its sentences do — a question ends with "?", a request asks for something to be done
//! ("просимо продовжити"), a promise speaks of the future ("буде надіслана"), a report states
//! what was done ("проведено", "взяли участь"). A mail is not a report only when it does one of
//! the other things and states nothing done. Pure: no I/O.

mod words;

use words::*;

pub(crate) use words::{is_letter_word, is_setting_out};

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
    each_sentence(mail.text, |s| {
        let a = match act(s) {
            Act::DeniedThen(what) => Act::Other(what),
            a => a,
        };
        if a == Act::Report && announces_or_registers(s) {
            for_the_announced = true;
            acts.push(Act::Neutral);
            return true;
        }
        acts.push(a);
        a != Act::Report
    });
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

/// A quick test, on the text as written, that it may hold a word for "separately" or
/// "before" (see [`only_points_to_another_letter`]); false for nearly all text. Each of
/// those words (`words::ELSEWHERE_STEMS`, `ELSEWHERE_WORDS`) is sought without its first
/// letter, in lower case and in capitals, so that it matches at a sentence's start and in a
/// heading too.
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
    TAILS.is_match(text)
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
    w.iter().any(|x| is_sending(x))
        && w.iter().any(letter)
        && says_elsewhere(&w)
        && !states_anything(text)
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
    for para in joined.iter().filter(|p| !p.is_empty()) {
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
                if !f(para[start..=i].trim()) {
                    return;
                }
                start = i + 1;
            }
        }
        let rest = para[start..].trim();
        if !rest.is_empty() && !f(rest) {
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
    // "І ще питання щодо п. 10: при громадській раді вже працює комісія …": what follows a
    // question's label is its premise, not a report.
    if let Some(q) = w
        .iter()
        .take(3)
        .position(|x| matches!(*x, "питання" | "вопрос"))
        && w[..q].iter().all(|x| {
            matches!(
                *x,
                "і" | "и" | "й" | "ще" | "також" | "еще" | "также" | "є" | "есть"
            )
        })
        && t.contains(':')
    {
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
    if plans_an_act(&w) || is_contact_change(&w) {
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
        let letter = OfTheLetter::read(&w, sentence);
        for clause in lower.split([',', ';']) {
            let cw = crate::analysis::text::words(clause);
            if cw.iter().any(|x| is_future(std::slice::from_ref(x))) {
                break;
            }
            // A subordinate clause ("як було зазначено", "оскільки план затверджено") gives
            // the reason or the source, not a deed of its own.
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
            if cw.first().is_some_and(|x| SUBORDINATE.contains(x)) {
                continue;
            }
            if (0..cw.len()).any(|k| {
                is_done(cw[k]) && !is_negated(&cw, k) && !works_on_the_letter(&cw, k, letter)
            }) {
                return Act::Report;
            }
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
    let mut denied = false;
    for (k, x) in w.iter().enumerate() {
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

/// Is the deed at `k` of a sentence's words work on the letter itself rather than on a
/// measure? `letter`: what the whole sentence says of the letter.
fn works_on_the_letter(w: &[&str], k: usize, letter: OfTheLetter) -> bool {
    let x = w[k];
    // "Сведения от подразделений собраны пока не в полном объеме": gathering the information
    // for the report is work on the letter, not on a measure; so is sending it ("Інформацію
    // по сайту надсилали 24.05 окремим листом").
    // Setting it out somewhere is the letter too ("Інформацію за пп. 7, 9, 12 наведено в
    // таблиці").
    (letter.names_the_information
        && (is_gathering(x) || is_setting_out(x) || (is_sending(x) && says_elsewhere(w))))
        // "(оригінал надіслано поштою)": the letter's own original on its way.
        || (is_sending(x) && w.iter().any(|y| is_original(y)))
        // "По пунктам 1, 6, 9 материалы подготовлены и находятся на подписи": a paper
        // prepared that still awaits its signature is the letter on its way.
        || (is_preparing(x) && letter.awaits_signature)
        // "… районна державна адміністрація на виконання розпорядження … направляє:": sending
        // or giving what follows the colon is the letter handing itself over.
        || (letter.opens_a_list
            && k + 1 == w.len()
            && (is_sending(x) || x.starts_with("нада") || x.starts_with("пода")))
}

/// What a sentence says of the letter itself, read once for all its deeds.
#[derive(Debug, Clone, Copy)]
struct OfTheLetter {
    /// It names the information (the report): "інформацію надсилали окремим листом".
    names_the_information: bool,
    /// Its paper awaits a signature or an approval: "знаходиться на підписі".
    awaits_signature: bool,
    /// It ends with a colon: what it says introduces what follows.
    opens_a_list: bool,
}

impl OfTheLetter {
    /// Reads a sentence and its lower-case words.
    fn read(w: &[&str], sentence: &str) -> Self {
        OfTheLetter {
            names_the_information: names_the_information(w),
            awaits_signature: awaits_signature(w),
            opens_a_list: sentence.trim_end().ends_with(':'),
        }
    }
}

#[cfg(test)]
mod tests {
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
        ] {
            assert!(!states_something_done(t), "{t}");
        }
        assert!(states_something_done(
            "Громадським організаціям району надіслано запрошення до участі в консультаціях."
        ));
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
            Some(
                "Створено веб-ресурс «Чернігівська громада», на ньому розміщено реєстр організацій."
            )
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
        ] {
            assert!(only_points_to_another_letter(t), "{t}");
            assert!(!Acts::of(t).reports, "{t}");
        }
        for t in [
            // Sent for a purpose: the work of a measure.
            "Інформацію про хід виконання програми направлено для розміщення в рубриці (лист від \
             19.10.2012 № 03-08/4412).",
            // A covering line, no pointer.
            "Надсилаю інформацію по пунктам 1 та 2 Плану заходів.",
            // Something done beside it.
            "Сайт оновлено 20.05, інформацію про це вже надсилали окремим листом.",
            "Інформація про роботу ради регулярно направляється до ЗМІ, уже надіслано 5 \
             прес-релізів.",
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
            Acts::of("Інформацію про засідання громадської ради надіслано до редакцій газет.")
                .reports
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
            body(
                "Просимо продовжити термін подання інформації до 18.06.\n\nОтправлено с мобильного"
            ),
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
}
