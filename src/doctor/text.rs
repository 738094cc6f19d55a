//! The doctor's words: step labels, one sentence of cause and one of
//! advice per diagnosis, all from the Fluent catalog (`doctor-*` keys).

use super::{Diagnosis, Fix, Problem, StepKind};
use crate::account::Security;
use crate::fl;
use crate::net::CertProblem;

pub(super) fn step_label(kind: StepKind) -> String {
    match kind {
        StepKind::Dns => fl!("doctor-step-dns"),
        StepKind::Connect => fl!("doctor-step-connect"),
        StepKind::Tls => fl!("doctor-step-tls"),
        StepKind::Greeting => fl!("doctor-step-greeting"),
        StepKind::Capabilities => fl!("doctor-step-capabilities"),
        StepKind::StartTls => fl!("doctor-step-starttls"),
        StepKind::Login => fl!("doctor-step-login"),
        StepKind::Mailbox => fl!("doctor-step-mailbox"),
        StepKind::Ehlo => fl!("doctor-step-ehlo"),
        StepKind::Auth => fl!("doctor-step-auth"),
    }
}

/// "12 messages, 3.4 MB".
pub(super) fn mailbox_detail(count: u32, bytes: u64) -> String {
    let size = crate::i18n::format_size(bytes);
    fl!("doctor-mailbox-detail", count = count, size = size)
}

pub(super) fn cause(d: &Diagnosis) -> String {
    match &d.problem {
        Problem::ServerNotFound { host } => {
            fl!("doctor-cause-server-not-found", host = host.as_str())
        }
        Problem::ConnectionRefused { host, port } => fl!(
            "doctor-cause-connection-refused",
            host = host.as_str(),
            port = port.to_string()
        ),
        Problem::Timeout { host, port } => fl!(
            "doctor-cause-timeout",
            host = host.as_str(),
            port = port.to_string()
        ),
        Problem::NetworkUnreachable { host } => {
            fl!("doctor-cause-network-unreachable", host = host.as_str())
        }
        Problem::TlsOnPlainPort { port } => {
            fl!("doctor-cause-tls-on-plain-port", port = port.to_string())
        }
        Problem::PlainOnTlsPort { port } => {
            fl!("doctor-cause-plain-on-tls-port", port = port.to_string())
        }
        Problem::StartTlsNotOffered => fl!("doctor-cause-starttls-not-offered"),
        Problem::StartTlsRefused { server_text } => {
            fl!("doctor-cause-starttls-refused", text = server_text.as_str())
        }
        Problem::StartTlsInjection => fl!("doctor-cause-starttls-injection"),
        Problem::Certificate { problems, cert } => certificate_cause(problems, cert.as_ref()),
        Problem::CertificateChanged { .. } => fl!("doctor-cause-certificate-changed"),
        Problem::NotPop3 { excerpt } => fl!("doctor-cause-not-pop3", excerpt = excerpt.as_str()),
        Problem::NotSmtp { excerpt } => fl!("doctor-cause-not-smtp", excerpt = excerpt.as_str()),
        Problem::LoginRefused { server_text } => {
            fl!("doctor-cause-login-refused", text = server_text.as_str())
        }
        Problem::MailboxLocked { server_text } => {
            fl!("doctor-cause-mailbox-locked", text = server_text.as_str())
        }
        Problem::LoginTooSoon { server_text } => {
            fl!("doctor-cause-login-too-soon", text = server_text.as_str())
        }
        Problem::ServerTemporary { server_text } => {
            fl!("doctor-cause-server-temporary", text = server_text.as_str())
        }
        Problem::SmtpAuthRequired => fl!("doctor-cause-smtp-auth-required"),
        Problem::SmtpAuthRefused { server_text } => {
            fl!(
                "doctor-cause-smtp-auth-refused",
                text = server_text.as_str()
            )
        }
        Problem::SmtpAuthUnavailable { offered } => {
            if offered.is_empty() {
                fl!("doctor-cause-smtp-auth-none")
            } else {
                fl!(
                    "doctor-cause-smtp-auth-unavailable",
                    offered = offered.join(", ")
                )
            }
        }
        Problem::NoUidl => fl!("doctor-cause-no-uidl"),
        Problem::PlaintextNotAllowed => fl!("doctor-cause-plaintext-not-allowed"),
        Problem::EncryptionRequired { server_text } => fl!(
            "doctor-cause-encryption-required",
            text = server_text.as_str()
        ),
        Problem::StoppedAnswering => fl!("doctor-cause-stopped-answering"),
        Problem::Protocol { what } => fl!("doctor-cause-protocol", what = what.as_str()),
        Problem::Other { text } => fl!("doctor-cause-other", text = text.as_str()),
    }
}

fn certificate_cause(problems: &[CertProblem], cert: Option<&super::CertificateInfo>) -> String {
    let subject = cert.map(|c| c.subject.clone()).unwrap_or_default();
    let issuer = cert.map(|c| c.issuer.clone()).unwrap_or_default();
    match problems.first() {
        Some(CertProblem::Expired) => {
            let date = cert.map(|c| c.not_after.clone()).unwrap_or_default();
            fl!("doctor-cause-cert-expired", date = date)
        }
        Some(CertProblem::NotYetValid) => {
            let date = cert.map(|c| c.not_before.clone()).unwrap_or_default();
            fl!("doctor-cause-cert-not-yet-valid", date = date)
        }
        Some(CertProblem::HostnameMismatch) => {
            fl!("doctor-cause-cert-wrong-host", subject = subject)
        }
        Some(CertProblem::SelfSigned) => fl!("doctor-cause-cert-self-signed", subject = subject),
        Some(CertProblem::UnknownIssuer) => {
            fl!("doctor-cause-cert-unknown-issuer", issuer = issuer)
        }
        Some(CertProblem::Other(reason)) => {
            fl!("doctor-cause-cert-other", reason = reason.as_str())
        }
        None => fl!("doctor-cause-cert-other", reason = ""),
    }
}

pub(super) fn advice(d: &Diagnosis) -> String {
    match &d.fix {
        Some(Fix::UsePortSecurity { port, security }) => {
            let port = port.to_string();
            return match security {
                Security::Tls => fl!("doctor-advice-use-tls", port = port),
                Security::StartTls => fl!("doctor-advice-use-starttls", port = port),
                Security::None => fl!("doctor-advice-use-none", port = port),
            };
        }
        Some(Fix::TrustCertificate { sha256 }) => {
            return fl!(
                "doctor-advice-compare-fingerprint",
                sha256 = sha256.as_str()
            );
        }
        Some(Fix::EnableSmtpAuth) => return fl!("doctor-advice-enable-smtp-auth"),
        None => {}
    }
    match &d.problem {
        Problem::ServerNotFound { .. } => fl!("doctor-advice-check-host"),
        Problem::ConnectionRefused { port, .. } => {
            fl!("doctor-advice-check-port", port = port.to_string())
        }
        Problem::Timeout { .. } | Problem::NetworkUnreachable { .. } => {
            fl!("doctor-advice-check-online")
        }
        Problem::TlsOnPlainPort { port } => {
            fl!("doctor-advice-tls-on-plain-port", port = port.to_string())
        }
        Problem::PlainOnTlsPort { port } => {
            fl!("doctor-advice-plain-on-tls-port", port = port.to_string())
        }
        Problem::StartTlsNotOffered | Problem::StartTlsRefused { .. } => {
            fl!("doctor-advice-starttls")
        }
        Problem::StartTlsInjection => fl!("doctor-advice-injection"),
        Problem::Certificate { .. } | Problem::CertificateChanged { .. } => {
            fl!("doctor-advice-certificate")
        }
        Problem::NotPop3 { .. } | Problem::NotSmtp { .. } => fl!("doctor-advice-check-host-port"),
        Problem::LoginRefused { .. } => fl!("doctor-advice-login-refused"),
        Problem::MailboxLocked { .. } => fl!("doctor-advice-mailbox-locked"),
        Problem::LoginTooSoon { .. } => fl!("doctor-advice-login-too-soon"),
        Problem::ServerTemporary { .. } => fl!("doctor-advice-try-later"),
        Problem::SmtpAuthRequired => fl!("doctor-advice-enable-smtp-auth"),
        Problem::SmtpAuthRefused { .. } => fl!("doctor-advice-smtp-auth-refused"),
        Problem::SmtpAuthUnavailable { .. } => fl!("doctor-advice-smtp-auth-unavailable"),
        Problem::NoUidl => fl!("doctor-advice-no-uidl"),
        Problem::PlaintextNotAllowed => fl!("doctor-advice-plaintext"),
        Problem::EncryptionRequired { .. } => fl!("doctor-advice-encryption-required"),
        Problem::StoppedAnswering => fl!("doctor-advice-try-later"),
        Problem::Protocol { .. } | Problem::Other { .. } => fl!("doctor-advice-try-later"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_problem() -> Vec<Problem> {
        let host = || "pop.example.org".to_string();
        let t = || "-ERR [AUTH] nope".to_string();
        vec![
            Problem::ServerNotFound { host: host() },
            Problem::ConnectionRefused {
                host: host(),
                port: 995,
            },
            Problem::Timeout {
                host: host(),
                port: 995,
            },
            Problem::NetworkUnreachable { host: host() },
            Problem::TlsOnPlainPort { port: 110 },
            Problem::PlainOnTlsPort { port: 995 },
            Problem::StartTlsNotOffered,
            Problem::StartTlsRefused { server_text: t() },
            Problem::StartTlsInjection,
            Problem::Certificate {
                problems: vec![CertProblem::SelfSigned],
                cert: None,
            },
            Problem::Certificate {
                problems: vec![],
                cert: None,
            },
            Problem::CertificateChanged { cert: None },
            Problem::NotPop3 { excerpt: t() },
            Problem::NotSmtp { excerpt: t() },
            Problem::LoginRefused { server_text: t() },
            Problem::MailboxLocked { server_text: t() },
            Problem::LoginTooSoon { server_text: t() },
            Problem::ServerTemporary { server_text: t() },
            Problem::SmtpAuthRequired,
            Problem::SmtpAuthRefused { server_text: t() },
            Problem::SmtpAuthUnavailable { offered: vec![] },
            Problem::SmtpAuthUnavailable {
                offered: vec!["CRAM-MD5".into()],
            },
            Problem::NoUidl,
            Problem::PlaintextNotAllowed,
            Problem::EncryptionRequired { server_text: t() },
            Problem::StoppedAnswering,
            Problem::Protocol { what: t() },
            Problem::Other { text: t() },
        ]
    }

    #[test]
    fn every_problem_has_words() {
        for problem in every_problem() {
            let d = Diagnosis { problem, fix: None };
            assert!(!d.cause().trim().is_empty(), "{d:?}");
            assert!(!d.advice().trim().is_empty(), "{d:?}");
            assert!(!d.cause().contains('{'), "{}", d.cause());
        }
    }

    #[test]
    fn texts_name_the_port_and_the_fix() {
        let d = Diagnosis {
            problem: Problem::TlsOnPlainPort { port: 110 },
            fix: Some(Fix::UsePortSecurity {
                port: 995,
                security: Security::Tls,
            }),
        };
        assert!(d.cause().contains("110"), "{}", d.cause());
        assert!(d.advice().contains("995"), "{}", d.advice());
        assert!(StepKind::Dns.label().contains("server"));
        assert_eq!(mailbox_detail(1, 2_500_000), "1 message, 2.5 MB");
        assert_eq!(mailbox_detail(12, 0), "12 messages, 0 B");
    }
}
