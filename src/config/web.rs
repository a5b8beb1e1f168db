//! `[web]`: where the coordinators' desk listens and where people open it.

use std::net::SocketAddr;

use serde::Deserialize;

/// `[web]` as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawWeb {
    /// Address and port to serve the desk on ("127.0.0.1:8080"); absent: no desk.
    pub listen: Option<String>,
    /// Where people open the desk ("https://zvit.example.gov.ua"): links in the digest, and
    /// `Secure` cookies when it is https.
    pub base_url: Option<String>,
}

/// `[web]`, checked.
#[derive(Debug, Clone)]
pub struct WebConfig {
    pub listen: Option<SocketAddr>,
    /// Without a trailing slash.
    pub base_url: Option<String>,
}

impl RawWeb {
    pub fn check(&self) -> Result<Option<WebConfig>, String> {
        let listen = match &self.listen {
            Some(l) => Some(l.parse::<SocketAddr>().map_err(|_| {
                format!(
                    "[web] listen = \"{l}\": expected an address and port like \"127.0.0.1:8080\""
                )
            })?),
            None => None,
        };
        let base_url = match &self.base_url {
            Some(u) => {
                let u = u.trim().trim_end_matches('/');
                let rest = u
                    .strip_prefix("https://")
                    .or_else(|| u.strip_prefix("http://"));
                if rest.is_none_or(|r| {
                    r.is_empty() || r.chars().any(|c| c.is_whitespace() || "\"'<>`".contains(c))
                }) {
                    return Err(format!(
                        "[web] base_url = \"{u}\": expected an address like \"https://zvit.example.gov.ua\""
                    ));
                }
                Some(u.to_string())
            }
            None => None,
        };
        Ok(Some(WebConfig { listen, base_url }))
    }
}
