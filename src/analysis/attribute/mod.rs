//! Attribute: which executor sent a message. By registered address first (the From address,
//! then the original sender of a forwarded message); otherwise by the executor's name in the
//! subject, the body or a document heading, in any inflected form and in Russian. Pure.

use std::collections::HashMap;

use crate::analysis::plan::Plan;
use crate::analysis::text;

mod borrowed;
mod letter;

use letter::*;

/// How an executor was recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// The From address is registered to the executor.
    Address,
    /// The sender of an inline-forwarded or attached message is registered.
    ForwardedAddress,
    /// The executor is named in the subject.
    NameInSubject,
    /// The executor is named in the body or a document heading.
    NameInText,
    /// A person assigned the message (`zvit assign`).
    Assigned,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Address => "address",
            Method::ForwardedAddress => "forwarded_address",
            Method::NameInSubject => "name_in_subject",
            Method::NameInText => "name_in_text",
            Method::Assigned => "assigned",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    pub executor: String,
    pub method: Method,
    pub confidence: f64,
}

/// Precomputed name stems of every executor, built once per plan.
pub struct Attributor {
    /// (executor id, stems of one of its names), longest names first.
    names: Vec<(String, Vec<String>)>,
    /// The key of each name's first stem ([`text::match_key`]) → the names' indices, in order.
    by_key: HashMap<String, Vec<usize>>,
    /// (executor id, the initials of its name in lower case): an office's abbreviation,
    /// matched only where a word is written in capitals ("УОЗ ОДА").
    acronyms: Vec<(String, String)>,
    /// The offices the reports go to (named by a measure nobody owes: the duty to report).
    recipients: Vec<String>,
}

/// What attribution looks at.
pub struct Evidence<'a> {
    pub from: Option<&'a str>,
    pub forwarded_senders: Vec<&'a str>,
    pub subject: &'a str,
    /// The writer's own text, quotes removed.
    pub body: &'a str,
    /// The text of each message forwarded inline or attached.
    pub forwarded: Vec<&'a str>,
    /// The first lines of each document and sheet (letterheads, titles).
    pub headings: &'a [String],
}

/// One mention of an executor's name in a text.
#[derive(Debug, Clone, PartialEq)]
struct Mention {
    id: String,
    /// Byte offset of its first word in the text.
    at: usize,
    /// Named as the letter's addressee (in the dative, after "до"/"для" or a title in the
    /// dative, or in a salutation) or as a partner (after "з" in the instrumental), not as its
    /// writer.
    addressee: bool,
}

/// "Рада" in every case ("ради", "раді", "радою") as stems: too short a word for the stemmer
/// to take its ending off, so that "Громадської ради" would not read "Громадська рада".
const RADA: &[&str] = &["рада", "ради", "раду", "радою", "радо", "рад", "радах"];

fn fold_council(stem: &str) -> String {
    if RADA.contains(&stem) {
        "рада"
    } else {
        stem
    }
    .to_string()
}

/// A stem (folded) of "рада" or "совет": a name followed by one is a council's.
fn is_council(stem: &str) -> bool {
    stem == "рада" || stem == "совет"
}

/// Where in a letter a name was found, strongest first, with the confidence it gives.
const TIERS: [(&str, f64); 6] = [
    ("signature", 0.85),
    ("letterhead", 0.85),
    ("forwarded_signature", 0.8),
    ("headings", 0.8),
    ("body", 0.7),
    ("forwarded_body", 0.7),
];

impl Attributor {
    pub fn new(plan: &Plan) -> Self {
        let mut names = Vec::new();
        for e in &plan.executors {
            for name in std::iter::once(&e.name).chain(&e.aliases) {
                let stems: Vec<String> =
                    text::stems(name).iter().map(|s| fold_council(s)).collect();
                if !stems.is_empty() {
                    names.push((e.id.clone(), stems));
                }
            }
        }
        // An office's abbreviation made of its name's initials ("УОЗ" for "Управління охорони
        // здоров'я"), when no other office's name gives the same.
        let acronyms: Vec<(String, String)> = plan
            .executors
            .iter()
            .filter_map(|e| acronym(&e.name).map(|a| (e.id.clone(), a)))
            .collect();
        let unique: Vec<(String, String)> = acronyms
            .iter()
            .filter(|(_, a)| acronyms.iter().filter(|(_, b)| b == a).count() == 1)
            .cloned()
            .collect();
        names.sort_by_key(|n| std::cmp::Reverse(n.1.len()));
        let mut by_key: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, (_, stems)) in names.iter().enumerate() {
            by_key
                .entry(text::match_key(&stems[0]).to_string())
                .or_default()
                .push(i);
        }
        let mut attributor = Attributor {
            names,
            by_key,
            acronyms: unique,
            recipients: Vec::new(),
        };
        // The office the reports go to: named by the measure that is the duty to report
        // itself (nobody owes it: a report is how it is done).
        let recipients: Vec<String> = plan
            .measures
            .iter()
            .filter(|m| !m.owed)
            .flat_map(|m| attributor.named_in(&m.text))
            .map(|(id, _)| id)
            .collect();
        attributor.recipients = recipients;
        attributor
    }

    /// The executors named in a text, each with the position of its first mention, in order.
    pub fn named_in(&self, text: &str) -> Vec<(String, usize)> {
        let mut found: Vec<(String, usize)> = Vec::new();
        for m in self.mentions(text) {
            if !found.iter().any(|(id, _)| *id == m.id) {
                found.push((m.id, m.at));
            }
        }
        found
    }

    /// Whom each piece of a block reports for, in a joint report ("І. Управління …" over its
    /// items, "ІІ. Служба …" over another office's): `headings` are the block's pieces in
    /// order, `Some(text)` for one that was placed under no measure. A heading is one short
    /// line that begins (after a section mark such as "ІІ." or "2)") with an executor's name;
    /// the pieces after it report for that executor, until the next heading. Only a block with
    /// headings of the writer's own office (`own`) and of another is a joint report; otherwise,
    /// and for the own office's pieces, `None`: the message's executor.
    pub fn sections(&self, own: &str, headings: &[Option<&str>]) -> Vec<Option<String>> {
        let mut named: Vec<Option<String>> = headings
            .iter()
            .map(|h| h.and_then(|t| self.heading_names(t)))
            .collect();
        // A name right under another is a letterhead's second line (an office, then its
        // department: "ГОРОДНЯНСЬКА РДА" over "Управління з питань внутрішньої політики"),
        // not a section of its own.
        for i in (1..named.len()).rev() {
            if named[i].is_some() && named[i - 1].is_some() {
                named[i] = None;
            }
        }
        let found = || named.iter().flatten();
        let joint = found().any(|id| id == own) && found().any(|id| id != own);
        let mut current: Option<String> = None;
        named
            .into_iter()
            .map(|n| {
                if !joint {
                    return None;
                }
                if let Some(id) = n {
                    current = (id != own).then_some(id);
                }
                current.clone()
            })
            .collect()
    }

    /// The executor a section heading begins with: one line of at most 200 characters whose
    /// first word after a section mark ("ІІ.", "2)", "Б.") starts an executor's name, not in
    /// the dative of an addressee ("Управлінню …"). Names are tried at the start only, longest
    /// first.
    fn heading_names(&self, text: &str) -> Option<String> {
        let line = text.trim();
        if line.len() > 800 || line.contains('\n') || line.chars().count() > 200 {
            return None;
        }
        let words = text::words(strip_section_mark(line));
        if is_dative(&text::stem::lowercase(words.first()?)) {
            return None;
        }
        let hay: Vec<String> = text::stems_indexed(&words)
            .into_iter()
            .map(|(s, _)| s)
            .collect();
        self.names
            .iter()
            .find(|(_, name)| {
                name.len() <= hay.len() && text::contains_stems(&hay[..name.len()], name).is_some()
            })
            .map(|(id, _)| id.clone())
    }

    /// Every mention of an executor in a text, in order. A longer name covering the same words
    /// wins over a shorter one (the names are tried longest first).
    fn mentions(&self, text: &str) -> Vec<Mention> {
        let words = text::words(text);
        let hay = text::stems_indexed(&words);
        let hay_stems: Vec<String> = hay.iter().map(|(s, _)| fold_council(s)).collect();
        // For each stem, the match covering it: (start, length).
        let mut cover: Vec<Option<(usize, usize)>> = vec![None; hay.len()];
        let mut found: Vec<(usize, String)> = Vec::new();
        // Only the names whose first stem's key is in the text are sought (most are not), in
        // their order.
        // (The text's distinct keys first: a text of one word repeated asks once.)
        let mut keys: Vec<&str> = hay_stems.iter().map(|s| text::match_key(s)).collect();
        keys.sort_unstable();
        keys.dedup();
        let mut candidates: Vec<usize> = keys
            .into_iter()
            .filter_map(|k| self.by_key.get(k))
            .flatten()
            .copied()
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        for (id, stems) in candidates.into_iter().map(|i| &self.names[i]) {
            let n = stems.len();
            let mut from = 0;
            while let Some(pos) = hay_stems
                .get(from..)
                .and_then(|rest| text::contains_stems(rest, stems))
                .map(|p| from + p)
            {
                from = pos + 1;
                // "Корюківської районної ради": a name followed by "рада" is a council's, not
                // the office's ("Корюківський район" would read it), unless the office is one.
                if hay_stems.get(pos + n).is_some_and(|s| is_council(s))
                    && !hay_stems[pos..pos + n].iter().any(|s| is_council(s))
                {
                    continue;
                }
                let covered = |k: usize| {
                    cover[k].is_some_and(|(start, len)| start <= pos && pos + n <= start + len)
                };
                if covered(pos) || covered(pos + n - 1) {
                    continue;
                }
                for c in &mut cover[pos..pos + n] {
                    if c.is_none() {
                        *c = Some((pos, n));
                    }
                }
                found.push((pos, id.clone()));
            }
        }
        // Abbreviations in capitals, where no name covers the word.
        for (pos, (_, w)) in hay.iter().enumerate() {
            let word = words[*w];
            if cover[pos].is_none()
                && word.chars().count() >= 3
                && word.chars().all(|c| c.is_uppercase())
            {
                let lower = text::stem::lowercase(word);
                if let Some((id, _)) = self.acronyms.iter().find(|(_, a)| *a == lower) {
                    found.push((pos, id.clone()));
                }
            }
        }
        found.sort();
        // Line starts are followed forwards once, so that a long line costs one pass.
        let (mut cursor, mut line_start) = (0, 0);
        found
            .into_iter()
            .map(|(pos, id)| {
                let w = hay[pos].1;
                let at = offset_in(text, words[w]);
                if let Some(p) = text[cursor..at].rfind('\n') {
                    line_start = cursor + p + 1;
                }
                cursor = at;
                Mention {
                    id,
                    at,
                    addressee: names_addressee(text, &words, w, line_start),
                }
            })
            .collect()
    }

    pub fn attribute(&self, plan: &Plan, ev: &Evidence) -> Option<Attribution> {
        if let Some(e) = ev.from.and_then(|f| plan.executor_by_email(f)) {
            // A borrowed mailbox ("надсилаємо зі скриньки управління ЖКГ інформацію
            // управління культури"): the letter signed by another office, and not by the
            // mailbox's own, is that office's; as is one that another office opens as its
            // own ("Служба у справах дітей … повідомляє:").
            // (The signature block is found once for both.)
            let (signature, _) = signature_and_letterhead(ev.body);
            let signature = &ev.body[signature.range];
            if let Some(other) = self
                .signed_by_another(signature, &e.id)
                .or_else(|| self.declared_by_another(ev.body, signature, &e.id))
                .or_else(|| self.relayed_for_another(ev.body, &e.id))
                .or_else(|| self.forwarded_from_another(plan, ev, &e.id))
            {
                return Some(Attribution {
                    executor: other,
                    method: Method::NameInText,
                    confidence: 0.8,
                });
            }
            return Some(Attribution {
                executor: e.id.clone(),
                method: Method::Address,
                confidence: 1.0,
            });
        }
        for sender in &ev.forwarded_senders {
            if let Some(e) = plan.executor_by_email(sender) {
                return Some(Attribution {
                    executor: e.id.clone(),
                    method: Method::ForwardedAddress,
                    confidence: 0.95,
                });
            }
        }
        // The addressee of a letter is never its writer: an executor named as the addressee
        // anywhere in the subject or the writer's text counts only where it signs.
        let subject = self.mentions(ev.subject);
        let (signature, letterhead) = signature_and_letterhead(ev.body);
        let own = self.mentions(ev.body);
        let addressees: Vec<&str> = subject
            .iter()
            .chain(&own)
            .filter(|m| m.addressee)
            .map(|m| m.id.as_str())
            .collect();
        let writer = |mentions: &[Mention], signed: bool| -> Vec<String> {
            let mut ids: Vec<String> = Vec::new();
            for m in mentions {
                if m.addressee || (!signed && addressees.contains(&m.id.as_str())) {
                    continue;
                }
                if !ids.contains(&m.id) {
                    ids.push(m.id.clone());
                }
            }
            ids
        };
        let in_range = |range: &std::ops::Range<usize>| -> Vec<Mention> {
            own.iter()
                .filter(|m| range.contains(&m.at))
                .cloned()
                .collect()
        };
        let by_subject = || {
            let named = writer(&subject, false);
            named.first().map(|id| Attribution {
                executor: id.clone(),
                method: Method::NameInSubject,
                confidence: if named.len() == 1 { 0.9 } else { 0.7 },
            })
        };
        // A reply keeps the subject someone else wrote ("Re: Звіт Прилуцької РДА (зразок)"):
        // there the letter's own signature and letterhead come before it.
        let reply = is_reply(ev.subject);
        if !reply && let Some(a) = by_subject() {
            return Some(a);
        }
        for (tier, confidence) in TIERS {
            if reply
                && tier == "forwarded_signature"
                && let Some(a) = by_subject()
            {
                return Some(a);
            }
            let named = match tier {
                "signature" => writer(&in_range(&signature.range), signature.closed),
                "letterhead" => writer(&in_range(&letterhead), false),
                "forwarded_signature" => ev
                    .forwarded
                    .iter()
                    .flat_map(|f| {
                        let (sig, head) = signature_and_letterhead(f);
                        let m = self.mentions(f);
                        let signed: Vec<Mention> = m
                            .iter()
                            .filter(|m| sig.range.contains(&m.at))
                            .cloned()
                            .collect();
                        let head: Vec<Mention> =
                            m.into_iter().filter(|m| head.contains(&m.at)).collect();
                        let mut ids = writer(&signed, sig.closed);
                        ids.extend(writer(&head, false));
                        ids
                    })
                    .collect(),
                "headings" => writer(&self.mentions(&ev.headings.join("\n")), false),
                "body" => writer(&own, false),
                _ => ev
                    .forwarded
                    .iter()
                    .flat_map(|f| writer(&self.mentions(f), false))
                    .collect(),
            };
            if let Some(id) = named.first() {
                let distinct = named.iter().filter(|n| *n != id).count() == 0;
                return Some(Attribution {
                    executor: id.clone(),
                    method: Method::NameInText,
                    confidence: if distinct {
                        confidence
                    } else {
                        confidence - 0.15
                    },
                });
            }
        }
        None
    }
}

/// Whether the office's own mail server vouched for a sender's domain (RFC 8601): among the
/// Authentication-Results headers written by `authserv_id` (others may be forged by the
/// sender), one says `dkim=pass` for the domain (`header.d`, or `header.i` ending in it) or
/// `spf=pass` for it (`smtp.mailfrom`). Returns the method that passed, or — in Ukrainian,
/// for the review list — why none did.
pub fn authenticated(
    results: &[String],
    authserv_id: &str,
    domain: &str,
) -> Result<&'static str, String> {
    // Strict alignment (DMARC's `s` mode): the identity that passed must be the very domain
    // asked about (the From address's own host, see `sender_auth::unauthenticated`). A pass for
    // another host — a sibling under a shared parent domain, a bounce subdomain — vouches for
    // nobody else, and a pass that names no identity vouches for nothing.
    let domain = domain.trim().trim_end_matches('.').to_lowercase();
    let in_domain = |v: &str| {
        let v = v.trim().trim_matches('"').to_lowercase();
        let host = v
            .rsplit('@')
            .next()
            .unwrap_or(&v)
            .trim_end_matches('.')
            .to_string();
        !domain.is_empty() && host == domain
    };
    let mut seen = Vec::new();
    for header in results {
        let cleaned = strip_comments(header);
        let mut parts = cleaned.split(';');
        let id = parts
            .next()
            .unwrap_or("")
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_lowercase();
        if id != authserv_id.trim().to_lowercase() {
            continue;
        }
        for resinfo in parts {
            let mut words = resinfo.split_whitespace();
            let Some((method, result)) = words.next().and_then(|w| w.split_once('=')) else {
                continue;
            };
            let (method, result) = (method.to_lowercase(), result.to_lowercase());
            let props: Vec<(String, String)> = words
                .filter_map(|w| w.split_once('='))
                .map(|(k, v)| (k.to_lowercase(), v.to_string()))
                .collect();
            let prop = |k: &str| props.iter().find(|(p, _)| p == k).map(|(_, v)| v.as_str());
            seen.push(format!("{method}={result}"));
            if result != "pass" {
                continue;
            }
            match method.as_str() {
                "dkim" => {
                    let d = prop("header.d").or(prop("header.i"));
                    if d.is_some_and(in_domain) {
                        return Ok("dkim");
                    }
                }
                "spf" => {
                    let d = prop("smtp.mailfrom").or(prop("smtp.helo"));
                    if d.is_some_and(in_domain) {
                        return Ok("spf");
                    }
                }
                _ => {}
            }
        }
    }
    Err(if seen.is_empty() {
        format!("поштовий сервер установи ({authserv_id}) не засвідчив відправника")
    } else {
        format!(
            "поштовий сервер установи ({authserv_id}) не підтвердив домен {domain}: {}",
            seen.join(", ")
        )
    })
}

/// An Authentication-Results value without its (comments).
fn strip_comments(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
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

    #[test]
    fn section_marks_are_stripped() {
        for (line, rest) in [
            ("ІІ. Служба", "Служба"),
            ("IV) Відділ", "Відділ"),
            ("2. Відділ", "Відділ"),
            ("Б) Відділ", "Відділ"),
            ("Відділ освіти", "Відділ освіти"),
            ("Проведено 2.5 тис.", "Проведено 2.5 тис."),
        ] {
            assert_eq!(strip_section_mark(line), rest, "{line}");
        }
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
        let e = ok(&["mx.cg.ukrtel.net; dkim=pass header.d=gmail.com; spf=softfail smtp.mailfrom=x@gmail.com"]).unwrap_err();
        assert!(e.contains("dkim=pass") && e.contains("spf=softfail"), "{e}");
        assert!(ok(&["mx.cg.ukrtel.net; dkim=fail header.d=example.gov.ua; spf=fail"]).is_err());
        assert!(ok(&[]).unwrap_err().contains("не засвідчив"));
        // A pass that names no identity vouches for nothing.
        assert!(ok(&["mx.cg.ukrtel.net; dkim=pass; spf=pass"]).is_err());
        // Comments may hold semicolons and look-alike results.
        assert!(ok(&["mx.cg.ukrtel.net; spf=fail (dkim=pass; header.d=example.gov.ua) smtp.mailfrom=example.gov.ua"]).is_err());
    }
}
