//! Attribute: which executor sent a message. By registered address first (the From address,
//! then the original sender of a forwarded message); otherwise by the executor's name in the
//! subject, the body or a document heading, in any inflected form and in Russian. Pure.

use crate::plan::Plan;
use crate::text;

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
}

/// What attribution looks at.
pub struct Evidence<'a> {
    pub from: Option<&'a str>,
    pub forwarded_senders: Vec<&'a str>,
    pub subject: &'a str,
    /// The writer's own text and forwarded text.
    pub body: &'a str,
    /// The first lines of each document and sheet (letterheads, titles).
    pub headings: &'a [String],
}

impl Attributor {
    pub fn new(plan: &Plan) -> Self {
        let mut names = Vec::new();
        for e in &plan.executors {
            for name in std::iter::once(&e.name).chain(&e.aliases) {
                let stems = text::stems(name);
                if !stems.is_empty() {
                    names.push((e.id.clone(), stems));
                }
            }
        }
        names.sort_by_key(|n| std::cmp::Reverse(n.1.len()));
        Attributor { names }
    }

    /// The executors named in a text, each with the position of its first mention, in order.
    pub fn named_in(&self, text: &str) -> Vec<(String, usize)> {
        let hay = text::stems(text);
        let mut found: Vec<(String, usize, usize)> = Vec::new();
        for (id, stems) in &self.names {
            if let Some(pos) = text::contains_stems(&hay, stems) {
                // A longer name covering the same words wins over a shorter one.
                let overlaps = found.iter().any(|(other, p, len)| {
                    other != id && pos >= *p && pos + stems.len() <= p + len
                });
                if overlaps {
                    continue;
                }
                match found.iter_mut().find(|(other, _, _)| other == id) {
                    Some(f) if pos < f.1 => *f = (id.clone(), pos, stems.len()),
                    Some(_) => {}
                    None => found.push((id.clone(), pos, stems.len())),
                }
            }
        }
        found.sort_by_key(|f| f.1);
        found.into_iter().map(|(id, pos, _)| (id, pos)).collect()
    }

    pub fn attribute(&self, plan: &Plan, ev: &Evidence) -> Option<Attribution> {
        if let Some(e) = ev.from.and_then(|f| plan.executor_by_email(f)) {
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
        let subject_names = self.named_in(ev.subject);
        if let Some((id, _)) = subject_names.first() {
            let confidence = if subject_names.len() == 1 { 0.9 } else { 0.7 };
            return Some(Attribution {
                executor: id.clone(),
                method: Method::NameInSubject,
                confidence,
            });
        }
        // Letterhead and signature lines of the body, then document headings, then anywhere.
        let lines: Vec<&str> = ev.body.lines().filter(|l| !l.trim().is_empty()).collect();
        let head_tail: String = lines
            .iter()
            .take(3)
            .chain(lines.iter().rev().take(6))
            .copied()
            .collect::<Vec<_>>()
            .join("\n");
        let tiers: [(String, f64); 3] = [
            (head_tail, 0.85),
            (ev.headings.join("\n"), 0.8),
            (ev.body.to_string(), 0.7),
        ];
        for (text, confidence) in tiers {
            let named = self.named_in(&text);
            if let Some((id, _)) = named.first() {
                let confidence = if named.len() == 1 {
                    confidence
                } else {
                    confidence - 0.15
                };
                return Some(Attribution {
                    executor: id.clone(),
                    method: Method::NameInText,
                    confidence,
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
    // asked about (the From address's own host, see `pipeline::unauthenticated`). A pass for
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
    use crate::plan::tests::sample_plan;

    fn by_text(subject: &str, body: &str) -> Option<String> {
        let plan = sample_plan();
        let a = Attributor::new(&plan);
        let ev = Evidence {
            from: Some("someone@gmail.com"),
            forwarded_senders: vec![],
            subject,
            body,
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
            headings: &[],
        };
        let got = a.attribute(&plan, &ev).unwrap();
        assert_eq!(
            (got.executor.as_str(), got.method),
            ("rda-nizhyn", Method::Address)
        );
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
