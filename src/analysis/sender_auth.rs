//! The sender policy's settings: the pipeline's own type, built by `config` from
//! `[sender_auth]`. Pure data.

use serde::Deserialize;

/// Sender authentication (`[sender_auth]`): mail from an address in one of `domains`, or
/// attributed in any way to an executor with an address in one, counts only when the office's
/// own mail server (`authserv_id`) stamped Authentication-Results with dkim=pass or spf=pass
/// for the domain of the address it came from; otherwise it goes to review
/// (`pipeline::unauthenticated` has the rule).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SenderAuth {
    /// The authserv-id the office's mail server writes (only its results are trusted).
    pub authserv_id: String,
    /// Executor domains the policy applies to (a subdomain counts as its domain).
    pub domains: Vec<String>,
}
