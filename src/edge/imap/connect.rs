//! Connecting to the IMAP server: TCP, then implicit TLS, STARTTLS or none as configured (an
//! extra CA if given), each step under the command timeout, and the login with a [`Secret`].

use std::fmt;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context as TaskContext, Poll};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;
use tokio_rustls::client::TlsStream;
use tokio_rustls::rustls;

use super::{ImapError, timed};
use crate::config::{ImapConfig, TlsMode};

/// A password that never shows in logs or debug output.
#[derive(Clone)]
pub struct Secret(String);

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

impl Secret {
    /// The password itself, for the one place that sends it to a server.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Reads the password from the environment variable or the file the config names.
    pub fn from_config(
        env: Option<&str>,
        file: Option<&std::path::Path>,
    ) -> Result<Secret, ImapError> {
        if let Some(var) = env {
            return std::env::var(var).map(Secret).map_err(|_| {
                ImapError::Password(format!("environment variable {var} is not set"))
            });
        }
        if let Some(path) = file {
            let text = std::fs::read_to_string(path)
                .map_err(|e| ImapError::Password(format!("cannot read {}: {e}", path.display())))?;
            return Ok(Secret(text.lines().next().unwrap_or("").to_string()));
        }
        Err(ImapError::Password(
            "neither password_env nor password_file is set".into(),
        ))
    }
}

/// A plain or TLS connection, so one session type serves every `tls` mode.
#[derive(Debug)]
pub enum Conn {
    Plain(TcpStream),
    Tls(Box<TlsStream<TcpStream>>),
}

impl AsyncRead for Conn {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut TaskContext<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        match self.get_mut() {
            Conn::Plain(s) => Pin::new(s).poll_read(cx, buf),
            Conn::Tls(s) => Pin::new(s.as_mut()).poll_read(cx, buf),
        }
    }
}

impl AsyncWrite for Conn {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut TaskContext<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        match self.get_mut() {
            Conn::Plain(s) => Pin::new(s).poll_write(cx, buf),
            Conn::Tls(s) => Pin::new(s.as_mut()).poll_write(cx, buf),
        }
    }
    fn poll_flush(self: Pin<&mut Self>, cx: &mut TaskContext<'_>) -> Poll<std::io::Result<()>> {
        match self.get_mut() {
            Conn::Plain(s) => Pin::new(s).poll_flush(cx),
            Conn::Tls(s) => Pin::new(s.as_mut()).poll_flush(cx),
        }
    }
    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut TaskContext<'_>) -> Poll<std::io::Result<()>> {
        match self.get_mut() {
            Conn::Plain(s) => Pin::new(s).poll_shutdown(cx),
            Conn::Tls(s) => Pin::new(s.as_mut()).poll_shutdown(cx),
        }
    }
}

pub type Session = async_imap::Session<Conn>;

/// The rustls client configuration: the usual web roots plus the configured CA file.
pub fn tls_config(
    ca_file: Option<&std::path::Path>,
) -> Result<Arc<rustls::ClientConfig>, ImapError> {
    use rustls_pki_types::CertificateDer;
    use rustls_pki_types::pem::PemObject;
    let mut roots = rustls::RootCertStore {
        roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
    };
    if let Some(path) = ca_file {
        let err = |detail: String| ImapError::CaFile {
            path: path.display().to_string(),
            detail,
        };
        let certs: Vec<CertificateDer> = CertificateDer::pem_file_iter(path)
            .map_err(|e| err(e.to_string()))?
            .collect::<Result<_, _>>()
            .map_err(|e| err(e.to_string()))?;
        if certs.is_empty() {
            return Err(err("no certificate in it".into()));
        }
        for c in certs {
            roots.add(c).map_err(|e| err(e.to_string()))?;
        }
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| ImapError::Tls {
            host: String::new(),
            detail: e.to_string(),
        })?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(Arc::new(config))
}

async fn tls_wrap(
    tcp: TcpStream,
    host: &str,
    config: Arc<rustls::ClientConfig>,
) -> Result<TlsStream<TcpStream>, ImapError> {
    let name =
        rustls_pki_types::ServerName::try_from(host.to_string()).map_err(|e| ImapError::Tls {
            host: host.into(),
            detail: e.to_string(),
        })?;
    TlsConnector::from(config)
        .connect(name, tcp)
        .await
        .map_err(|e| ImapError::Tls {
            host: host.into(),
            detail: e.to_string(),
        })
}

/// The TLS handshake on a connected socket, under the command timeout.
async fn secure(
    cfg: &ImapConfig,
    tcp: TcpStream,
    tls: Arc<rustls::ClientConfig>,
) -> Result<Conn, ImapError> {
    let stream = timed(
        cfg.timeout_secs,
        "the TLS handshake",
        tls_wrap(tcp, &cfg.host, tls),
    )
    .await?;
    Ok(Conn::Tls(Box::new(stream)))
}

/// Connects, secures the connection as configured, and logs in.
pub async fn connect(cfg: &ImapConfig, password: &Secret) -> Result<Session, ImapError> {
    let addr = format!("{}:{}", cfg.host, cfg.port);
    let tcp = timed(cfg.timeout_secs, "the connection", async {
        TcpStream::connect(&addr)
            .await
            .map_err(|source| ImapError::Connect {
                addr: addr.clone(),
                source,
            })
    })
    .await?;
    let conn = match cfg.tls {
        TlsMode::None => Conn::Plain(tcp),
        TlsMode::Implicit => {
            let tls = tls_config(cfg.ca_file.as_deref())?;
            secure(cfg, tcp, tls).await?
        }
        TlsMode::Starttls => {
            let tls = tls_config(cfg.ca_file.as_deref())?;
            let mut client = async_imap::Client::new(tcp);
            timed(cfg.timeout_secs, "the greeting", async {
                client.read_response().await.map_err(ImapError::from)
            })
            .await?;
            timed(
                cfg.timeout_secs,
                "STARTTLS",
                client.run_command_and_check_ok("STARTTLS", None),
            )
            .await?;
            let tcp = client.into_inner();
            secure(cfg, tcp, tls).await?
        }
    };
    let mut client = async_imap::Client::new(conn);
    if cfg.tls != TlsMode::Starttls {
        timed(cfg.timeout_secs, "the greeting", async {
            client.read_response().await.map_err(ImapError::from)
        })
        .await?;
    }
    let session = timed(cfg.timeout_secs, "LOGIN", async {
        client
            .login(&cfg.user, &password.0)
            .await
            .map_err(|(e, _)| ImapError::Login {
                user: cfg.user.clone(),
                detail: e.to_string(),
            })
    })
    .await?;
    Ok(session)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_do_not_print() {
        let s = Secret("hunter2".into());
        assert!(!format!("{s:?}").contains("hunter2"));
    }
}
