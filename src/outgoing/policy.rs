//! The answer policy: whether zvit answers mail and to which domains (`[receipts]`), owned by
//! the outgoing wing and built by config. Pure.

use crate::analysis::plan::Plan;

/// Receipts to executors and notices to unknown senders (validated `[receipts]`).
#[derive(Debug, Clone)]
pub struct ReceiptPolicy {
    /// Send a receipt for every report.
    pub enabled: bool,
    /// Tell an unknown sender whose mail looks like a report that it could not be matched.
    pub unknown_sender_notice: bool,
    /// At most this many automatic mails per recipient per day, every recipient (To and Cc)
    /// counted (stops loops, not receipts).
    pub daily_cap: u32,
    /// Domains (lower case, a subdomain counts as its domain) whose senders and Reply-To
    /// addresses may get automatic answers; every other address gets them only when it is
    /// registered to an executor. `None` until `config::load` fills in the default: the domains of
    /// the addresses in plan.toml.
    pub answer_domains: Option<Vec<String>>,
}

impl Default for ReceiptPolicy {
    fn default() -> Self {
        ReceiptPolicy {
            enabled: true,
            unknown_sender_notice: true,
            daily_cap: 30,
            answer_domains: None,
        }
    }
}

/// Is `d` (already trimmed and lower-cased) a domain name: dot-separated labels of letters,
/// digits and hyphens (IDNs in their `xn--` form), at least two labels?
pub fn is_domain(d: &str) -> bool {
    let labels: Vec<&str> = d.split('.').collect();
    labels.len() >= 2
        && d.len() <= 253
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
}

/// The domains of a plan's addresses, sorted and without repeats (the default of
/// `[receipts] answer_domains`).
pub fn plan_domains(plan: &Plan) -> Vec<String> {
    let mut domains: Vec<String> = plan
        .executors
        .iter()
        .flat_map(|e| &e.emails)
        .filter_map(|a| a.rsplit_once('@').map(|(_, d)| d.trim().to_lowercase()))
        .filter(|d| is_domain(d) && !is_public_mail(d))
        .collect();
    domains.sort();
    domains.dedup();
    domains
}

/// Public mail services: an executor registered at one (a clerk's personal address) must
/// not open automatic answers to everyone there, so the default `answer_domains` leaves them
/// out (the registered address itself is still answered).
pub const PUBLIC_MAIL: &[&str] = &[
    "gmail.com",
    "googlemail.com",
    "ukr.net",
    "i.ua",
    "meta.ua",
    "bigmir.net",
    "email.ua",
    "online.ua",
    "outlook.com",
    "hotmail.com",
    "live.com",
    "yahoo.com",
    "icloud.com",
    "me.com",
    "proton.me",
    "protonmail.com",
    "gmx.net",
    "gmx.com",
    "mail.ru",
    "yandex.ru",
    "yandex.ua",
    "rambler.ru",
];

/// Whether `domain` is a public mail service (see [`PUBLIC_MAIL`]).
pub fn is_public_mail(domain: &str) -> bool {
    let d = domain.trim().trim_end_matches('.').to_lowercase();
    PUBLIC_MAIL.iter().any(|p| d == *p)
}
