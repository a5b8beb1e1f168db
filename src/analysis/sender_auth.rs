//! The sender policy: its settings (built by `config` from `[sender_auth]`) and its rule,
//! [`unauthenticated`], which the pipeline applies to an attributed message. Pure.

use serde::Deserialize;

use crate::analysis::attribute::{Attribution, Method, authenticated};
use crate::analysis::parse::ParsedMessage;
use crate::analysis::plan::Plan;

/// Sender authentication (`[sender_auth]`): mail from an address in one of `domains`, or
/// attributed in any way to an executor with an address in one, counts only when the office's
/// own mail server (`authserv_id`) stamped Authentication-Results with dkim=pass or spf=pass
/// for the domain of the address it came from; otherwise it goes to review
/// ([`unauthenticated`] has the rule).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SenderAuth {
    /// The authserv-id the office's mail server writes (only its results are trusted).
    pub authserv_id: String,
    /// Executor domains the policy applies to (a subdomain counts as its domain).
    pub domains: Vec<String>,
}

/// Why a message may not count as the executor it is attributed to, under `[sender_auth]`.
///
/// Every way of attributing mail — the From address, a forwarded original sender, a name in
/// the subject, a letterhead or signature — is only as good as the address the mail came from.
/// So when the attributed executor has an address in a covered domain, or the mail claims to
/// come from one (its From), the office's own server must vouch (Authentication-Results) for
/// the outer From's domain, itself a covered domain. A forwarded copy quoting an executor's
/// address, or any mail naming it, from elsewhere or unvouched, goes to review. A person's
/// assignment (`zvit assign`) is not questioned.
pub fn unauthenticated(
    policy: &SenderAuth,
    plan: &Plan,
    msg: &ParsedMessage,
    attribution: Option<&Attribution>,
) -> Option<String> {
    let attribution = attribution?;
    if policy.domains.is_empty() || attribution.method == Method::Assigned {
        return None;
    }
    let covered = |address: &str| -> Option<&String> {
        let host = address
            .trim()
            .rsplit_once('@')?
            .1
            .trim_end_matches('.')
            .to_lowercase();
        policy.domains.iter().find(|d| {
            let d = d.trim().to_lowercase();
            host == d || host.ends_with(&format!(".{d}"))
        })
    };
    let from_domain = msg.from.as_deref().and_then(covered);
    let executor_domain = plan
        .executor(&attribution.executor)
        .and_then(|e| e.emails.iter().find_map(|a| covered(a)));
    let vouched =
        |domain: &str| authenticated(&msg.auth_results, &policy.authserv_id, domain).err();
    let from_host = msg
        .from
        .as_deref()
        .and_then(|f| f.rsplit_once('@'))
        .map(|(_, host)| host.trim_end_matches('.').to_lowercase());
    match (from_domain, executor_domain) {
        (None, None) => None,
        // The pass must be for the From address's own host, not any host of the domain.
        (Some(_), _) => vouched(from_host.as_deref().unwrap_or_default()),
        // An executor's own registered address outside the covered domains (a learned one):
        // the server must vouch for that address's domain.
        (None, Some(_)) if attribution.method == Method::Address => {
            let from = msg.from.as_deref().unwrap_or_default();
            vouched(from.rsplit_once('@').map_or(from, |(_, host)| host))
        }
        (None, Some(domain)) => {
            let how = match attribution.method {
                Method::ForwardedAddress => "за адресою в пересланому листі",
                Method::NameInSubject => "за назвою в темі листа",
                _ => "за назвою в тексті, бланку чи підписі",
            };
            Some(format!(
                "лист приписано виконавцю з домену {domain} {how}, але надіслано з адреси {} поза доменами, які засвідчує поштовий сервер установи",
                msg.from.as_deref().unwrap_or("(без адреси)")
            ))
        }
    }
}
