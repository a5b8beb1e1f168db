//! The outbox worker and its transports (an I/O edge). Every outgoing mail was queued in
//! SQLite, with its idempotency key, before it reaches this module. The worker marks a mail
//! `sending` (committed), hands it to the transport, then marks it `sent`. Transient SMTP
//! failures are retried with backoff, permanent ones are recorded as `failed`.
//!
//! The crash window: a mail handed to SMTP whose `sent` mark was not committed (the process
//! killed between the two) is still `sending` at the next start and is sent again. That is the
//! only way a mail can go out twice, and it carries the same Message-ID both times.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use jiff::{Timestamp, ToSpan};
use lettre::address::Envelope;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

use crate::Clock;
use crate::config::{Config, SmtpConfig, TlsMode, TransportKind};
use crate::edge::imap::Secret;
use crate::edge::store::{Store, StoreError};
use crate::outgoing::records::OutboxRow;

#[derive(Debug, thiserror::Error)]
pub enum OutboxError {
    #[error("{0}")]
    Store(#[from] StoreError),
    #[error("SMTP settings: {0}")]
    Settings(String),
    #[error("{0}")]
    Blocking(#[from] crate::edge::store::BlockingError),
}

/// Where mail goes.
pub enum Transport {
    /// One .eml file per mail in this folder (the embedded default).
    Files(PathBuf),
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
}

/// Why one delivery failed, and whether trying again may help.
#[derive(Debug)]
pub struct SendError {
    pub transient: bool,
    pub message: String,
}

impl Transport {
    pub fn from_config(config: &Config) -> Result<Transport, OutboxError> {
        match config.outgoing.transport {
            TransportKind::Files => Ok(Transport::Files(config.outgoing.dir.clone())),
            TransportKind::Smtp => {
                let smtp = config
                    .smtp
                    .as_ref()
                    .ok_or_else(|| OutboxError::Settings("[smtp] is missing".into()))?;
                Ok(Transport::Smtp(smtp_transport(smtp)?))
            }
        }
    }

    pub async fn send(&self, row: &OutboxRow, from: &str) -> Result<(), SendError> {
        match self {
            Transport::Files(dir) => {
                let dir = dir.clone();
                let name = format!("{:06}-{}.eml", row.id, row.kind.as_str());
                let raw = row.raw.clone();
                tokio::task::spawn_blocking(move || write_eml(&dir, &name, &raw))
                    .await
                    .map_err(|e| SendError {
                        transient: true,
                        message: e.to_string(),
                    })?
                    .map_err(|e| SendError {
                        transient: true,
                        message: format!("writing the .eml file: {e}"),
                    })
            }
            Transport::Smtp(t) => {
                let parse = |a: &str| {
                    a.parse::<lettre::Address>().map_err(|e| SendError {
                        transient: false,
                        message: format!("address {a}: {e}"),
                    })
                };
                let to: Vec<lettre::Address> = row
                    .recipients
                    .iter()
                    .map(|r| parse(r))
                    .collect::<Result<_, _>>()?;
                let envelope = Envelope::new(Some(parse(from)?), to).map_err(|e| SendError {
                    transient: false,
                    message: e.to_string(),
                })?;
                t.send_raw(&envelope, &row.raw)
                    .await
                    .map(|_| ())
                    .map_err(|e| SendError {
                        // lettre tells which errors are worth retrying; connection errors are.
                        transient: !e.is_permanent(),
                        message: e.to_string(),
                    })
            }
        }
    }
}

fn smtp_transport(cfg: &SmtpConfig) -> Result<AsyncSmtpTransport<Tokio1Executor>, OutboxError> {
    let settings = |e: &dyn std::fmt::Display| OutboxError::Settings(e.to_string());
    let mut b = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(cfg.host.clone())
        .port(cfg.port)
        .timeout(Some(Duration::from_secs(60)));
    if cfg.tls != TlsMode::None {
        let mut params = TlsParameters::builder(cfg.host.clone());
        if let Some(ca) = &cfg.ca_file {
            let pem = std::fs::read(ca)
                .map_err(|e| OutboxError::Settings(format!("{}: {e}", ca.display())))?;
            params =
                params.add_root_certificate(Certificate::from_pem(&pem).map_err(|e| settings(&e))?);
        }
        let params = params.build_rustls().map_err(|e| settings(&e))?;
        b = b.tls(if cfg.tls == TlsMode::Implicit {
            Tls::Wrapper(params)
        } else {
            Tls::Required(params)
        });
    }
    if let Some(user) = &cfg.user {
        let password =
            Secret::from_config(cfg.password_env.as_deref(), cfg.password_file.as_deref())
                .map_err(|e| settings(&e))?;
        b = b.credentials(Credentials::new(
            user.clone(),
            password.expose().to_string(),
        ));
    }
    Ok(b.build())
}

/// What one delivery pass did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Delivered {
    pub sent: usize,
    pub retrying: usize,
    pub failed: usize,
}

/// Retry delays: 1, 2, 4 … minutes, at most an hour.
fn retry_delay(attempts: i64) -> jiff::Span {
    let minutes = 1i64 << attempts.clamp(0, 6);
    minutes.min(60).minutes()
}

/// Delivers every due mail once. Never holds the store lock across the network.
pub async fn deliver_due(
    store: &Arc<Mutex<Store>>,
    transport: &Transport,
    from: &str,
    clock: Clock,
) -> Result<Delivered, OutboxError> {
    let due = with_store(store, move |s| s.outbox_due(clock.now(), 200)).await?;
    let mut report = Delivered::default();
    for row in due {
        let id = row.id;
        with_store(store, move |s| s.outbox_sending(id)).await?;
        match transport.send(&row, from).await {
            Ok(()) => {
                let now = clock.now();
                with_store(store, move |s| s.outbox_sent(id, now)).await?;
                tracing::info!(id, key = %row.key, to = %row.recipients.join(","), "Sent");
                report.sent += 1;
            }
            Err(e) if e.transient => {
                let next = clock
                    .now()
                    .checked_add(retry_delay(row.attempts))
                    .unwrap_or(clock.now());
                let msg = e.message.clone();
                with_store(store, move |s| s.outbox_retry_at(id, next, &msg)).await?;
                tracing::warn!(id, key = %row.key, error = %e.message, "Sending failed; will retry");
                report.retrying += 1;
            }
            Err(e) => {
                let msg = e.message.clone();
                with_store(store, move |s| s.outbox_failed(id, &msg)).await?;
                tracing::error!(id, key = %row.key, error = %e.message, "Sending failed permanently");
                report.failed += 1;
            }
        }
    }
    Ok(report)
}

async fn with_store<T: Send + 'static>(
    store: &Arc<Mutex<Store>>,
    f: impl FnOnce(&mut Store) -> Result<T, StoreError> + Send + 'static,
) -> Result<T, OutboxError> {
    crate::edge::store::blocking(store, move |s| f(s).map_err(OutboxError::from)).await
}

/// Writes one outgoing mail as `dir/name`, readable by zvit's user only: the folder 0700 (made
/// so, or tightened when it was looser), the file 0600, written under a temporary name and
/// renamed, so a reader never sees half a mail. Mail carries people's addresses and reports.
fn write_eml(dir: &std::path::Path, name: &str, raw: &[u8]) -> std::io::Result<()> {
    use std::io::Write as _;
    use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)?;
    let mode = std::fs::metadata(dir)?.permissions().mode();
    if mode & 0o077 != 0 {
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(mode & 0o700))?;
    }
    let tmp = dir.join(format!(".{name}.tmp"));
    // A temporary file left by a crash may have other permissions: start afresh.
    let _ = std::fs::remove_file(&tmp);
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&tmp)?;
    f.write_all(raw)?;
    f.sync_all()?;
    std::fs::rename(&tmp, dir.join(name))
}

/// One line per outbox row, for `zvit outbox`.
pub fn describe(row: &OutboxRow, tz: &jiff::tz::TimeZone) -> String {
    let when = |ts: i64| {
        Timestamp::from_second(ts)
            .map(|t| {
                t.to_zoned_datetime(tz.clone())
                    .strftime("%Y-%m-%d %H:%M")
                    .to_string()
            })
            .unwrap_or_default()
    };
    let mut line = format!(
        "{:>5} {:<8} {:<15} {:<40} to {}  queued {}",
        row.id,
        row.status.as_str(),
        row.kind.as_str(),
        row.key,
        row.recipients.join(","),
        when(row.created_ts)
    );
    if let Some(sent) = row.sent_ts {
        line.push_str(&format!(", sent {}", when(sent)));
    }
    if row.attempts > 0 {
        line.push_str(&format!(", attempts {}", row.attempts));
    }
    if let Some(e) = &row.last_error {
        line.push_str(&format!(" — {e}"));
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[tokio::test]
    async fn eml_files_are_0600_in_a_0700_folder() {
        let base = tempfile::tempdir().unwrap();
        // One folder zvit creates, one that exists already with the usual 0755.
        let fresh = base.path().join("var/outbox");
        let loose = base.path().join("loose");
        std::fs::create_dir(&loose).unwrap();
        std::fs::set_permissions(&loose, std::fs::Permissions::from_mode(0o755)).unwrap();
        for dir in [fresh, loose] {
            let row = OutboxRow {
                id: 7,
                key: "receipt:x".into(),
                kind: crate::outgoing::compose::MailKind::Receipt,
                recipients: vec!["a@example.gov.ua".into()],
                message_id: "m@x".into(),
                raw: b"Subject: x\r\n\r\nbody\r\n".to_vec(),
                status: crate::outgoing::records::OutboxStatus::Sending,
                attempts: 0,
                next_ts: 0,
                last_error: None,
                created_ts: 0,
                sent_ts: None,
            };
            Transport::Files(dir.clone())
                .send(&row, "uvp@cg.ukrtel.net")
                .await
                .unwrap();
            let file = dir.join("000007-receipt.eml");
            assert_eq!(std::fs::read(&file).unwrap(), row.raw);
            let mode =
                |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(&file), 0o600, "{}", file.display());
            assert_eq!(mode(&dir), 0o700, "{}", dir.display());
        }
    }
}
