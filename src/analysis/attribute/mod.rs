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

    /// The executors named, less the offices the reports go to (they write only where they
    /// sign).
    fn without_recipients(&self, named: Vec<String>) -> Vec<String> {
        named
            .into_iter()
            .filter(|id| !self.recipients.contains(id))
            .collect()
    }

    /// The executor a section heading begins with: one line of at most 200 characters whose
    /// first word after a section mark ("ІІ.", "2)", "Б.") starts an executor's name, not in
    /// the dative of an addressee ("Управлінню …"), nor the addressee's name without a mark.
    /// Names are tried at the start only, longest first.
    fn heading_names(&self, text: &str) -> Option<String> {
        let line = text.trim();
        if line.len() > 800 || line.contains('\n') || line.chars().count() > 200 {
            return None;
        }
        let unmarked = strip_section_mark(line);
        let words = text::words(unmarked);
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
            // The office the reports are addressed to, named on a line of its own without a
            // section's mark, is the letter's address (written in the nominative as often as
            // in the dative), not a section of a joint report.
            .filter(|id| !(self.recipients.contains(id) && unmarked.len() == line.len()))
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
        // ("Головне управління", one token, is also an "управління": an office renamed
        // between the two names is named by either.)
        if hay_stems.iter().any(|s| s == "#gu") {
            keys.push(text::match_key(text::stem::HEAD_OFFICE_AS_OFFICE));
        }
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
        // An office the letter declares as its writer ("Семенівська районна державна
        // адміністрація інформує …") writes it, though it is also addressed elsewhere (its own
        // head on the copy list: "Копія: голові Семенівської районної державної
        // адміністрації").
        let declared = if addressees.is_empty() {
            Vec::new()
        } else {
            self.declared_writers(ev.body)
        };
        let writer = |mentions: &[Mention], signed: bool| -> Vec<String> {
            let mut ids: Vec<String> = Vec::new();
            for m in mentions {
                if m.addressee
                    || (!signed && addressees.contains(&m.id.as_str()) && !declared.contains(&m.id))
                {
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
            // (The office the reports go to, named in the subject, is the address: it writes
            // only where it signs.)
            let named = self.without_recipients(writer(&subject, false));
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
            // The office the reports go to writes only where it signs: named in a document's
            // first lines or anywhere else in the text, it is the letter's addressee (the
            // nominative "Управління з питань внутрішньої політики …" atop a district's
            // report sent from a private box).
            let named = if tier == "signature" {
                named
            } else {
                self.without_recipients(named)
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
mod tests;
