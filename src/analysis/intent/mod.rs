//! Intent: is a mail from an executor a report at all, or does it ask, invite, thank, announce
//! or promise? Decided from what the mail is (a calendar part is an invitation) and from what
//! its sentences do — a question ends with "?", a request asks for something to be done
//! ("просимо продовжити"), a promise speaks of the future ("буде надіслана"), a report states
//! what was done ("проведено", "взяли участь"). A mail is not a report only when it does one of
//! the other things and states nothing done. Pure: no I/O.
//!
//! What one sentence does is read in `act`, what a whole mail does in `mail`, the sentences
//! cut in `sentence`, the word forms all read by listed in `words`.

mod act;
mod mail;
mod sentence;
mod words;

use act::*;
use sentence::*;
use words::*;

pub use mail::not_a_report;
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
