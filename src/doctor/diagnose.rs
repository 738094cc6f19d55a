//! Errors of each layer become [`Problem`]s. A failing certificate is
//! fetched again on a fresh connection (never carrying data) so the user
//! can compare it before trusting it; a plain connection that gets no
//! greeting is tested for TLS on the same port.

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use super::steps::Ctx;
use super::{probe, CertificateInfo, Diagnosis, Fix, Problem};
use crate::account::Security;
use crate::net::{self, NetError, Stream, Timeouts};
use crate::pop3::Pop3Error;
use crate::smtp::{self, SmtpError};

/// How to reach the TLS handshake of a server again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum CertPath {
    Implicit,
    Pop3Stls,
    SmtpStartTls,
}

fn diag(problem: Problem) -> Diagnosis {
    Diagnosis { problem, fix: None }
}

pub(super) use super::explain::clean_text as clean;

/// Whether a working alternative port/security could fix `problem`.
pub(super) fn worth_probing(problem: &Problem) -> bool {
    matches!(
        problem,
        Problem::ConnectionRefused { .. }
            | Problem::Timeout { .. }
            | Problem::TlsOnPlainPort { .. }
            | Problem::StartTlsNotOffered
            | Problem::StartTlsRefused { .. }
            | Problem::NotPop3 { .. }
            | Problem::NotSmtp { .. }
            | Problem::Other { .. }
    )
}

/// A connection-layer error explained.
pub(super) async fn net(ctx: &Ctx<'_>, e: &NetError, path: CertPath) -> Diagnosis {
    let host = ctx.host.to_string();
    let port = ctx.port;
    match e {
        NetError::Certificate { problems, cert, .. } => {
            let info = match cert {
                Some(c) => Some(certificate_info(&c.der, &c.sha256)),
                None => fetch_certificate(ctx, path).await,
            };
            let fix = info.as_ref().map(|c| Fix::TrustCertificate {
                sha256: c.sha256.clone(),
            });
            Diagnosis {
                problem: Problem::Certificate {
                    problems: problems.clone(),
                    cert: info,
                },
                fix,
            }
        }
        NetError::PinMismatch { actual, .. } => {
            let info = fetch_certificate(ctx, path)
                .await
                .filter(|c| c.sha256 == *actual);
            Diagnosis {
                problem: Problem::CertificateChanged { cert: info },
                fix: Some(Fix::TrustCertificate {
                    sha256: actual.clone(),
                }),
            }
        }
        other => diag(Problem::of_net(other, &host, port)),
    }
}

/// A POP3 error once the server has greeted (login, mailbox): silence now
/// is not a network problem, and a refusal that asks for encryption is not
/// a wrong password.
pub(super) async fn after_greeting(ctx: &Ctx<'_>, e: &Pop3Error, encrypted: bool) -> Diagnosis {
    match e {
        Pop3Error::Timeout { .. } | Pop3Error::Closed => diag(Problem::StoppedAnswering),
        Pop3Error::AuthFailed { text: t, .. } if !encrypted && asks_for_encryption(t) => {
            Diagnosis {
                problem: Problem::EncryptionRequired {
                    server_text: clean(t),
                },
                fix: super::probe::alternative(ctx).await,
            }
        }
        other => pop3(ctx, other, CertPath::Implicit).await,
    }
}

/// Server texts like Dovecot's "Plaintext authentication disallowed on
/// non-secure (SSL/TLS) connections".
fn asks_for_encryption(text: &str) -> bool {
    let t = text.to_ascii_lowercase();
    ["plaintext", "ssl", "tls", "encrypt", "secure connection"]
        .iter()
        .any(|w| t.contains(w))
}

/// A POP3 error explained (`path`: how TLS was reached, for certificates).
pub(super) async fn pop3(ctx: &Ctx<'_>, e: &Pop3Error, path: CertPath) -> Diagnosis {
    match e {
        Pop3Error::Net(n) => net(ctx, n, path).await,
        other => diag(
            Problem::of_pop3(other, ctx.host, ctx.port).unwrap_or(Problem::Protocol {
                what: "the server closed the connection".to_string(),
            }),
        ),
    }
}

/// An SMTP error explained.
pub(super) async fn smtp(ctx: &Ctx<'_>, e: &SmtpError, path: CertPath) -> Diagnosis {
    let text = |t: &str| clean(t);
    match e {
        SmtpError::Net(n) => net(ctx, n, path).await,
        SmtpError::NoGreeting | SmtpError::Timeout { .. } => diag(Problem::Timeout {
            host: ctx.host.to_string(),
            port: ctx.port,
        }),
        SmtpError::NotSmtp { text: t } => diag(Problem::NotSmtp { excerpt: text(t) }),
        SmtpError::GreetingRefused { code, text: t } => {
            if (400..500).contains(code) {
                diag(Problem::ServerTemporary {
                    server_text: text(&format!("{code} {t}")),
                })
            } else {
                diag(Problem::Other {
                    text: text(&format!("{code} {t}")),
                })
            }
        }
        SmtpError::StartTlsUnavailable => diag(Problem::StartTlsNotOffered),
        SmtpError::StartTlsRefused { text: t } => diag(Problem::StartTlsRefused {
            server_text: text(t),
        }),
        SmtpError::StartTlsInjection => diag(Problem::StartTlsInjection),
        SmtpError::AuthUnavailable { offered } => diag(Problem::SmtpAuthUnavailable {
            offered: offered.clone(),
        }),
        SmtpError::AuthRefused { code, text: t } => {
            if (400..500).contains(code) {
                diag(Problem::ServerTemporary {
                    server_text: text(&format!("{code} {t}")),
                })
            } else {
                diag(Problem::SmtpAuthRefused {
                    server_text: text(&format!("{code} {t}")),
                })
            }
        }
        SmtpError::Rejected {
            command,
            code,
            text: t,
        } => diag(Problem::Protocol {
            what: text(&format!("{command}: {code} {t}")),
        }),
        SmtpError::Protocol { what } | SmtpError::TooLarge { what } => {
            diag(Problem::Protocol { what: text(what) })
        }
        SmtpError::Closed => diag(Problem::Protocol {
            what: "the server closed the connection".to_string(),
        }),
        SmtpError::Io { reason } => diag(Problem::Other { text: text(reason) }),
    }
}

/// A greeting failed: on a plain connection, first ask whether the port
/// speaks TLS (then SSL/TLS is simply off); else probe alternatives.
pub(super) async fn greeting_failure(ctx: &Ctx<'_>, encrypted: bool, d: Diagnosis) -> Diagnosis {
    let no_greeting = matches!(
        d.problem,
        Problem::Timeout { .. } | Problem::NotPop3 { .. } | Problem::NotSmtp { .. }
    );
    if !encrypted && no_greeting && speaks_tls(ctx).await {
        return Diagnosis {
            problem: Problem::PlainOnTlsPort { port: ctx.port },
            fix: Some(Fix::UsePortSecurity {
                port: ctx.port,
                security: Security::Tls,
            }),
        };
    }
    let mut d = d;
    if d.fix.is_none() && worth_probing(&d.problem) {
        d.fix = probe::alternative(ctx).await;
    }
    d
}

/// Whether the chosen port completes a TLS handshake (any certificate).
pub(super) async fn speaks_tls(ctx: &Ctx<'_>) -> bool {
    let timeouts = ctx.probe_timeouts();
    match ctx.connect(ctx.port, &timeouts).await {
        Ok(tcp) => net::inspect_certificate(tcp, ctx.host, &timeouts)
            .await
            .is_ok(),
        Err(_) => false,
    }
}

/// The server's certificate, fetched on a fresh connection that never
/// carries data, for the user to compare.
pub(super) async fn fetch_certificate(ctx: &Ctx<'_>, path: CertPath) -> Option<CertificateInfo> {
    let timeouts = ctx.probe_timeouts();
    let tcp = ctx.connect(ctx.port, &timeouts).await.ok()?;
    let tcp = match path {
        CertPath::Implicit => tcp,
        CertPath::Pop3Stls => pop3_stls_socket(tcp, &timeouts).await?,
        CertPath::SmtpStartTls => smtp_starttls_socket(tcp, &timeouts).await?,
    };
    let cert = net::inspect_certificate(tcp, ctx.host, &timeouts)
        .await
        .ok()?;
    Some(certificate_info(&cert.der, &cert.sha256))
}

/// Greeting, STLS, +OK: the socket ready for a handshake. Only to look
/// at the certificate; nothing else is said on this connection.
async fn pop3_stls_socket(mut tcp: TcpStream, timeouts: &Timeouts) -> Option<TcpStream> {
    let greeting = read_line(&mut tcp, timeouts).await?;
    if !greeting.starts_with(b"+OK") {
        return None;
    }
    tokio::time::timeout(timeouts.read, tcp.write_all(b"STLS\r\n"))
        .await
        .ok()?
        .ok()?;
    let reply = read_line(&mut tcp, timeouts).await?;
    reply.starts_with(b"+OK").then_some(tcp)
}

/// One line, read byte by byte so nothing after it is consumed.
async fn read_line(tcp: &mut TcpStream, timeouts: &Timeouts) -> Option<Vec<u8>> {
    let mut line = Vec::new();
    let read = async {
        let mut byte = [0u8; 1];
        while line.len() < 4096 {
            if tcp.read(&mut byte).await.ok()? == 0 {
                return None;
            }
            if byte[0] == b'\n' {
                return Some(());
            }
            line.push(byte[0]);
        }
        None
    };
    tokio::time::timeout(timeouts.read, read).await.ok()??;
    Some(line)
}

async fn smtp_starttls_socket(tcp: TcpStream, timeouts: &Timeouts) -> Option<TcpStream> {
    let name = ehlo_name(&tcp);
    let mut client = smtp::Client::new(Stream::Plain(tcp), smtp::Limits::default(), *timeouts);
    client.read_greeting().await.ok()?;
    client.ehlo(&name).await.ok()?;
    client.begin_starttls().await.ok()
}

/// Our EHLO name: the local address as an address literal (RFC 5321 §4.1.3).
pub(super) fn ehlo_name(tcp: &TcpStream) -> String {
    match tcp.local_addr() {
        Ok(std::net::SocketAddr::V4(a)) => format!("[{}]", a.ip()),
        Ok(std::net::SocketAddr::V6(a)) => format!("[IPv6:{}]", a.ip()),
        Err(_) => "[127.0.0.1]".to_string(),
    }
}

/// Subject, issuer, validity and fingerprint of a DER certificate; the
/// names are left empty when the certificate cannot be parsed.
pub(super) fn certificate_info(der: &[u8], sha256: &str) -> CertificateInfo {
    let mut info = CertificateInfo {
        subject: String::new(),
        issuer: String::new(),
        not_before: String::new(),
        not_after: String::new(),
        sha256: sha256.to_string(),
    };
    if let Ok((_, cert)) = x509_parser::parse_x509_certificate(der) {
        info.subject = clean(&cert.subject().to_string());
        info.issuer = clean(&cert.issuer().to_string());
        info.not_before = iso_date(cert.validity().not_before.timestamp());
        info.not_after = iso_date(cert.validity().not_after.timestamp());
    }
    info
}

/// RFC 3339 UTC time of a Unix timestamp.
fn iso_date(secs: i64) -> String {
    let t = crate::i18n::utc_time(secs);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        t.year, t.month, t.day, t.hour, t.minute, t.second
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(iso_date(0), "1970-01-01T00:00:00Z");
        assert_eq!(iso_date(1_577_836_800), "2020-01-01T00:00:00Z");
        assert_eq!(iso_date(951_782_400 + 3661), "2000-02-29T01:01:01Z");
        assert_eq!(iso_date(-86_400), "1969-12-31T00:00:00Z");
    }

    #[test]
    fn cleaning() {
        assert_eq!(clean(" bad\x1b[31m\tpass\r\n"), "bad[31m pass");
        assert_eq!(clean(&"x".repeat(1000)).len(), 300);
    }

    #[test]
    fn certificate_fields() {
        let p = crate::net::tests::valid_pki();
        let info = certificate_info(&p.leaf_der, "ab");
        assert_eq!(info.subject, "CN=localhost");
        assert_eq!(info.issuer, "CN=Postern Test CA");
        assert!(info.not_before.ends_with('Z') && info.not_after > info.not_before);
        let garbage = certificate_info(b"nope", "cd");
        assert_eq!(
            (garbage.subject.as_str(), garbage.sha256.as_str()),
            ("", "cd")
        );
    }
}
