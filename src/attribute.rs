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
}
