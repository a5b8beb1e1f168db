//! A borrowed mailbox: a letter sent from one office's registered box that another office
//! signs, or opens as its own report. Pure.

use std::sync::LazyLock;

use regex::Regex;

use super::*;

/// The stems of the verbs with which an office says it reports or gives information
/// ([`Attributor::declared_by_another`]), their first letter left off so that a word in
/// either case matches: one search over a letter.
static REPORTS: LazyLock<Regex> = LazyLock::new(|| {
    text::literals(text::tails_in_either_case(&[
        "овідомля",
        "нформу",
        "вітує",
        "ообща",
        "нформиру",
        "адає",
        "одає",
        "аправля",
        "адсила",
        "редоставля",
        "редставля",
    ]))
});

/// How much of a line may declare its writer: the office's name and its verb open it.
const DECLARING_CHARS: usize = 400;

/// First-person verbs of forwarding ("пересилаємо", "пересылаю").
const FORWARDS: &[&str] = &[
    "пересилаємо",
    "пересилаю",
    "переадресовуємо",
    "пересылаем",
    "пересылаю",
    "переадресовываем",
];

/// First-person verbs of sending ("надсилаємо", "направляю").
const SENDS: &[&str] = &[
    "надсилаємо",
    "надсилаю",
    "направляємо",
    "направляю",
    "направляем",
    "отправляем",
    "высылаем",
];

/// The stems of [`FORWARDS`] and [`SENDS`] as [`REPORTS`] holds its verbs' stems: one search
/// over a letter.
static FORWARDING: LazyLock<Regex> = LazyLock::new(|| {
    text::literals(text::tails_in_either_case(&[
        "ересил",
        "ересыл",
        "ереадрес",
        "адсила",
        "аправля",
        "тправля",
        "ысыла",
    ]))
});

impl Attributor {
    /// The one office a letter's signature names, when that is not `own` (the office whose
    /// registered address sent it) and `own` is named nowhere in the signature. Only the
    /// signature's own lines count (a position, an office: no longer than a signature's line,
    /// no sentence's full stop, no list's dash, no section mark), not a sentence of the letter
    /// that stands among its last lines ("Відповідно до листа УВП ОДА надсилаємо
    /// інформацію.") nor a list's item nor the heading of a joint report's last section ("ІІ.
    /// Служба у справах дітей").
    /// `signature` is the letter's signature block ([`signature_and_letterhead`]).
    pub(super) fn signed_by_another(&self, signature: &str, own: &str) -> Option<String> {
        // A section's heading ("ІІ. Служба у справах дітей") heads a joint report's part.
        let lines: Vec<&str> = signature
            .lines()
            .map(str::trim)
            .filter(|line| {
                !line.is_empty()
                    && line.chars().count() <= MAX_SIGNATURE_LINE_CHARS
                    && !line.ends_with('.')
                    && !text::is_list_item(line)
                    && strip_section_mark(line) == *line
            })
            .collect();
        if lines.is_empty() {
            return None;
        }
        let mut signed: Vec<String> = Vec::new();
        for m in self
            .mentions(&lines.join("\n"))
            .into_iter()
            .filter(|m| !m.addressee)
        {
            if !signed.contains(&m.id) {
                signed.push(m.id);
            }
        }
        match signed.as_slice() {
            [one] if one != own => Some(one.clone()),
            _ => None,
        }
    }

    /// The one office a letter declares as its writer, when that is not `own`: a line that
    /// opens with the office's name and says it reports (see [`Self::declared_writers`]), no
    /// such line of `own`, and `own` not in the signature.
    pub(super) fn declared_by_another(
        &self,
        body: &str,
        signature: &str,
        own: &str,
    ) -> Option<String> {
        let declared = self.declared_writers(body);
        if declared.is_empty() {
            return None;
        }
        // The box's own office signing stays the writer (it may quote another's line) — not
        // where it only says who sent the mail ("Відправила: О. Демченко, управління …").
        let signed: String = signature
            .lines()
            .filter(|l| {
                let l = text::stem::lowercase(l.trim());
                !["відправ", "надісл", "отправ", "пересла"]
                    .iter()
                    .any(|p| l.starts_with(p))
            })
            .collect::<Vec<_>>()
            .join("\n");
        if self
            .mentions(&signed)
            .iter()
            .any(|m| m.id == own && !m.addressee)
        {
            return None;
        }
        match declared.as_slice() {
            [one] if one != own => Some(one.clone()),
            _ => None,
        }
    }

    /// The offices a letter declares as its writers, in order: each opens a line with its
    /// name (not as an addressee) and says it reports ("Служба у справах дітей
    /// облдержадміністрації на виконання Плану … повідомляє:", "Семенівська районна державна
    /// адміністрація інформує …") or gives the information ("… надає … інформацію про
    /// виконання Плану").
    pub(super) fn declared_writers(&self, body: &str) -> Vec<String> {
        const INFORMS: &[&str] = &[
            "повідомляє",
            "інформує",
            "звітує",
            "сообщает",
            "информирует",
        ];
        const GIVES: &[&str] = &[
            "надає",
            "подає",
            "направляє",
            "надсилає",
            "предоставляет",
            "направляет",
            "представляет",
        ];
        // Every verb above has one of its stems in `REPORTS` (its first letter left off, so that
        // either case matches): a letter without one is not lowered line by line.
        let has_verb = |t: &str| REPORTS.is_match(t);
        let mut declared: Vec<String> = Vec::new();
        if !has_verb(body) {
            return declared;
        }
        for line in body.lines().map(str::trim) {
            // The office and its verb open the line: a long paragraph ("Держархів області
            // інформує, що …" and all it did) is read by its first 400 characters.
            let line = match line.char_indices().nth(DECLARING_CHARS) {
                Some((end, _)) => &line[..end],
                None => line,
            };
            if !has_verb(line) {
                continue;
            }
            let lower = text::stem::lowercase(line);
            let words = text::words(&lower);
            // Or gives the information ("… надає … інформацію про виконання Плану"): giving
            // alone may be help or premises.
            // (The information itself: "інформаційну підтримку" is help.)
            let gives_information = words.iter().any(|w| GIVES.contains(w))
                && words
                    .iter()
                    .any(|w| matches!(*w, "інформацію" | "информацию"));
            if !(words.iter().any(|w| INFORMS.contains(w)) || gives_information) {
                continue;
            }
            if let Some(m) = self.mentions(line).into_iter().next()
                && m.at == 0
                && !m.addressee
                && !declared.contains(&m.id)
            {
                declared.push(m.id);
            }
        }
        declared
    }

    /// The one other office whose own letter, from its registered address, a letter
    /// forwards with a forwarding verb of its own ("Пересилаю лист Талалаївської РДА, що
    /// надійшов на скриньку uvp-info"): the report is that office's, the box only passed it
    /// on. Not the office the reports go to (a forwarded reminder is no report of theirs).
    pub(super) fn forwarded_from_another(
        &self,
        plan: &Plan,
        ev: &Evidence,
        own: &str,
    ) -> Option<String> {
        if ev.forwarded_senders.is_empty() || ev.body.len() > 4000 || !FORWARDING.is_match(ev.body)
        {
            return None;
        }
        let lower = text::stem::lowercase(ev.body);
        if !text::words(&lower).iter().any(|w| FORWARDS.contains(w)) {
            return None;
        }
        let mut others: Vec<&str> = Vec::new();
        for sender in &ev.forwarded_senders {
            if let Some(e) = plan.executor_by_email(sender)
                && e.id != own
                && !self.recipients.contains(&e.id)
                && !others.contains(&e.id.as_str())
            {
                others.push(&e.id);
            }
        }
        match others.as_slice() {
            [one] => Some(one.to_string()),
            _ => None,
        }
    }

    /// The one office a letter says it forwards (or sends) for, when that is not `own`:
    /// "Пересилаємо з пошти управління культури на прохання Державного архіву … інформацію
    /// Держархіву" — a forwarding verb in the first person (or a sending one: "Надсилаємо
    /// інформацію управління містобудування … (з пошти управління капітального
    /// будівництва)"), and in its sentence the office named right after "на прохання" (or
    /// "від імені", "по просьбе", …) — not the office the reports go to — or right after
    /// "інформацію" as its owner. The box's own office signing as the sender does not make the
    /// letter its own: it only relays.
    pub(super) fn relayed_for_another(&self, body: &str, own: &str) -> Option<String> {
        let forwards_or_sends = |w: &&str| FORWARDS.contains(w) || SENDS.contains(w);
        // What stands right before the office it is done for: at its request ("На прохання
        // УВП пересилаємо …" is no letter of the office the reports go to: it asked for
        // them), in its name, or its information.
        const ASKED: &[&str] = &["на прохання", "за проханням", "по просьбе", "на просьбу"];
        const FOR: &[&str] = &["від імені", "от имени", "інформацію", "информацию"];
        // Most letters forward nothing: a search for the verbs' stems (`FORWARDING`) spares
        // them the reading below.
        let has_verb = |t: &str| FORWARDING.is_match(t);
        if !has_verb(body) {
            return None;
        }
        let mut relayed: Vec<String> = Vec::new();
        // (A paragraph at a time, its lines joined: a client's wrapping may cut a name.)
        for para in body.split("\n\n") {
            // (Only a paragraph with such a verb is lowered and read.)
            if para.len() > 2400 || para.chars().count() > 600 || !has_verb(para) {
                continue;
            }
            let line = para.split_whitespace().collect::<Vec<_>>().join(" ");
            let line = line.as_str();
            let lower = text::stem::lowercase(line);
            if !text::words(&lower).iter().any(forwards_or_sends)
                || !ASKED.iter().chain(FOR).any(|f| lower.contains(f))
            {
                continue;
            }
            for m in self.mentions(line) {
                // (In the forwarding verb's own sentence: "Пересилаємо звіт РДА. Інформацію
                // управління культури включено до нього." forwards nothing of the other's.)
                let before = line
                    .get(..m.at)
                    .map(|b| text::stem::lowercase(b.trim_end()))
                    .unwrap_or_default();
                let sentence = before
                    .rfind(['.', '!', '?'])
                    .map_or(before.as_str(), |at| &before[at + 1..]);
                // (Or after it: "На прохання управління капітального будівництва … (у них не
                // працює електронна пошта) надсилаємо їхню інформацію".)
                let after = line.get(m.at..).unwrap_or_default();
                let after = after.find(['.', '!', '?']).map_or(after, |at| &after[..at]);
                // (Theirs: "На прохання РДА пересилаємо нашу інформацію" sends the box's own,
                // "На прохання облдержадміністрації надсилаємо інформацію" answers a request.)
                let verb_after = || {
                    let lower = text::stem::lowercase(after);
                    let words = text::words(&lower);
                    ASKED.iter().any(|f| before.ends_with(f))
                        && words.iter().any(forwards_or_sends)
                        && words.iter().any(|w| {
                            matches!(
                                *w,
                                "їхню"
                                    | "їхній"
                                    | "їхні"
                                    | "їх"
                                    | "його"
                                    | "її"
                                    | "их"
                                    | "его"
                                    | "ее"
                                    | "её"
                            )
                        })
                };
                let asked_by_recipient =
                    self.recipients.contains(&m.id) && ASKED.iter().any(|f| before.ends_with(f));
                if m.id != own
                    && !m.addressee
                    && !asked_by_recipient
                    && ASKED.iter().chain(FOR).any(|f| before.ends_with(f))
                    && (text::words(sentence).iter().any(forwards_or_sends) || verb_after())
                    && !relayed.contains(&m.id)
                {
                    relayed.push(m.id);
                }
            }
        }
        match relayed.as_slice() {
            [one] => Some(one.clone()),
            _ => None,
        }
    }
}
