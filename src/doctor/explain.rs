//! Errors as [`Problem`]s without touching the network: the one mapping
//! the doctor, the app's download banner and `postern fetch` share. The
//! doctor adds what needs a connection (the certificate, a working port).

use super::Problem;
use crate::net::NetError;
use crate::pop3::Pop3Error;
use crate::sync::SyncError;

/// Server (or system) text made safe to show: no control characters,
/// bounded.
pub fn clean_text(text: &str) -> String {
    let cleaned: String = text
        .chars()
        .map(|c| if c == '\t' { ' ' } else { c })
        .filter(|c| !c.is_control())
        .collect();
    cleaned.trim().chars().take(300).collect()
}

impl Problem {
    /// A connection-layer error; certificates are left without details.
    pub fn of_net(e: &NetError, host: &str, port: u16) -> Problem {
        let host = host.to_string();
        match e {
            NetError::Dns { .. } => Problem::ServerNotFound { host },
            NetError::Refused { .. } => Problem::ConnectionRefused { host, port },
            NetError::ConnectTimeout { .. } | NetError::HandshakeTimeout { .. } => {
                Problem::Timeout { host, port }
            }
            NetError::Unreachable { .. } => Problem::NetworkUnreachable { host },
            NetError::TlsWrongProtocol { .. } => Problem::TlsOnPlainPort { port },
            NetError::Certificate { problems, .. } => Problem::Certificate {
                problems: problems.clone(),
                cert: None,
            },
            NetError::PinMismatch { .. } => Problem::CertificateChanged { cert: None },
            NetError::Tls { reason, .. } => Problem::Other {
                text: clean_text(&format!("TLS: {reason}")),
            },
            NetError::Io { reason } => Problem::Other {
                text: clean_text(reason),
            },
        }
    }

    /// A POP3 error; `None` for a connection closed in the middle of a
    /// reply, which each caller words for its own situation.
    pub fn of_pop3(e: &Pop3Error, host: &str, port: u16) -> Option<Problem> {
        let text = clean_text;
        Some(match e {
            Pop3Error::Net(n) => Problem::of_net(n, host, port),
            Pop3Error::NoGreeting | Pop3Error::Timeout { .. } => Problem::Timeout {
                host: host.to_string(),
                port,
            },
            Pop3Error::NotPop3 { text: t } => Problem::NotPop3 { excerpt: text(t) },
            Pop3Error::AuthFailed { text: t, .. } => Problem::LoginRefused {
                server_text: text(t),
            },
            Pop3Error::InUse { text: t } => Problem::MailboxLocked {
                server_text: text(t),
            },
            Pop3Error::LoginDelay { text: t } => Problem::LoginTooSoon {
                server_text: text(t),
            },
            Pop3Error::SysTemp { text: t } => Problem::ServerTemporary {
                server_text: text(t),
            },
            Pop3Error::GreetingRefused { text: t, .. } | Pop3Error::SysPerm { text: t } => {
                Problem::Other { text: text(t) }
            }
            Pop3Error::StlsUnavailable => Problem::StartTlsNotOffered,
            Pop3Error::StlsRefused { text: t } => Problem::StartTlsRefused {
                server_text: text(t),
            },
            Pop3Error::StlsInjection => Problem::StartTlsInjection,
            Pop3Error::AuthUnavailable { reason } => Problem::Other { text: text(reason) },
            Pop3Error::Rejected { command, text: t } => Problem::Protocol {
                what: text(&format!("{command}: {t}")),
            },
            Pop3Error::Protocol { what } | Pop3Error::TooLarge { what } => {
                Problem::Protocol { what: text(what) }
            }
            Pop3Error::Io { reason } => Problem::Other { text: text(reason) },
            Pop3Error::Closed => return None,
        })
    }

    /// A failed download; `None` for local trouble (busy, store, lock) and
    /// a closed connection, which are not the server's settings.
    pub fn of_sync(e: &SyncError, host: &str, port: u16) -> Option<Problem> {
        match e {
            SyncError::Pop3(p) => Problem::of_pop3(p, host, port),
            SyncError::NoUidl => Some(Problem::NoUidl),
            SyncError::PlaintextNotAllowed => Some(Problem::PlaintextNotAllowed),
            SyncError::Busy | SyncError::Store { .. } | SyncError::Lock { .. } => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn download_errors_become_the_doctors_problems() {
        let refused = SyncError::Pop3(Pop3Error::Net(NetError::Refused {
            addr: "127.0.0.1:110".into(),
        }));
        assert_eq!(
            Problem::of_sync(&refused, "pop.example.com", 110),
            Some(Problem::ConnectionRefused {
                host: "pop.example.com".into(),
                port: 110
            })
        );
        let locked = SyncError::Pop3(Pop3Error::InUse {
            text: "busy\u{7}".into(),
        });
        assert_eq!(
            Problem::of_sync(&locked, "h", 995),
            Some(Problem::MailboxLocked {
                server_text: "busy".into()
            })
        );
        assert_eq!(Problem::of_sync(&SyncError::Busy, "h", 995), None);
        assert_eq!(
            Problem::of_sync(&SyncError::Pop3(Pop3Error::Closed), "h", 995),
            None
        );
    }
}
