//! The connection doctor: tests an account's servers layer by layer and
//! explains each failure in one sentence of cause and one proposed fix.
//!
//! POP3: DNS, connect, TLS (implicit) or STLS, greeting, capabilities,
//! login, mailbox (STAT). SMTP: DNS, connect, TLS or STARTTLS, EHLO,
//! authentication (it never sends mail). Where a step fails because of the
//! port or the security, the doctor probes the usual alternatives and offers
//! the one that works as a one-click [`Fix`].
//!
//! Each step is sent on the progress channel when it starts (`Running`) and
//! when it ends; a failed step skips the rest of that server's steps.
//! `steps` keeps the bookkeeping, `incoming` and `outgoing` run the layers
//! with the `pop3` and `smtp` step functions, `diagnose` turns errors into
//! [`Problem`]s (fetching a failing certificate for display), `probe` looks
//! for a working port and security, `text` words it all via Fluent.

mod diagnose;
mod explain;
mod incoming;
mod outgoing;
mod probe;
mod steps;
mod text;

pub use explain::clean_text;

use serde::Serialize;
use std::time::Duration;

use crate::account::{AccountSettings, Security};
use crate::net::{CertProblem, Resolver};
use crate::secrets::{Secret, SecretKey};

/// Which server a step talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Service {
    Incoming,
    Outgoing,
}

/// One layer of a check, in the order they run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepKind {
    Dns,
    Connect,
    Tls,
    Greeting,
    Capabilities,
    StartTls,
    Login,
    Mailbox,
    Ehlo,
    Auth,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Running,
    Passed,
    Warning,
    Failed,
    Skipped,
}

/// What a user would want to see of a certificate before trusting it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CertificateInfo {
    pub subject: String,
    pub issuer: String,
    /// RFC 3339 / ISO dates.
    pub not_before: String,
    pub not_after: String,
    /// Lower-case hex SHA-256 of the DER certificate.
    pub sha256: String,
}

/// What went wrong, precisely enough to explain it and to fix it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Problem {
    ServerNotFound {
        host: String,
    },
    ConnectionRefused {
        host: String,
        port: u16,
    },
    Timeout {
        host: String,
        port: u16,
    },
    NetworkUnreachable {
        host: String,
    },
    /// SSL/TLS ticked, but the port speaks plain text (e.g. TLS to 110).
    TlsOnPlainPort {
        port: u16,
    },
    /// SSL/TLS not ticked, but the port expects TLS (e.g. plain to 995).
    PlainOnTlsPort {
        port: u16,
    },
    StartTlsNotOffered,
    StartTlsRefused {
        server_text: String,
    },
    StartTlsInjection,
    Certificate {
        problems: Vec<CertProblem>,
        cert: Option<CertificateInfo>,
    },
    CertificateChanged {
        cert: Option<CertificateInfo>,
    },
    NotPop3 {
        excerpt: String,
    },
    NotSmtp {
        excerpt: String,
    },
    LoginRefused {
        server_text: String,
    },
    MailboxLocked {
        server_text: String,
    },
    LoginTooSoon {
        server_text: String,
    },
    ServerTemporary {
        server_text: String,
    },
    /// The server requires SMTP authentication but the account has it off.
    SmtpAuthRequired,
    SmtpAuthRefused {
        server_text: String,
    },
    /// No mechanism we speak (PLAIN, LOGIN) is offered.
    SmtpAuthUnavailable {
        offered: Vec<String>,
    },
    NoUidl,
    /// The connection is not encrypted and unencrypted logins were not
    /// allowed for this account: no password was sent.
    PlaintextNotAllowed,
    /// The server refuses passwords over an unencrypted connection.
    EncryptionRequired {
        server_text: String,
    },
    /// The server greeted, then stopped answering (during login or STAT).
    StoppedAnswering,
    Protocol {
        what: String,
    },
    Other {
        text: String,
    },
}

/// A change to the settings that fixes a problem, applied with one click.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Fix {
    /// Use this port and security (found working by probing).
    UsePortSecurity { port: u16, security: Security },
    /// Trust this certificate for this account (after the user compared it).
    TrustCertificate { sha256: String },
    /// Turn "my outgoing server requires authentication" on.
    EnableSmtpAuth,
}

/// A failure explained.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnosis {
    pub problem: Problem,
    /// Only when probing found something that works (or trusting a cert).
    pub fix: Option<Fix>,
}

/// One step of a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Step {
    pub service: Service,
    pub kind: StepKind,
    pub outcome: Outcome,
    pub millis: u64,
    /// Short facts: the address connected to, TLS version, "12 messages".
    pub detail: String,
    pub diagnosis: Option<Diagnosis>,
}

/// The whole check.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    pub steps: Vec<Step>,
}

impl Report {
    pub fn ok(&self) -> bool {
        self.steps.iter().all(|s| s.outcome != Outcome::Failed)
    }

    pub fn failures(&self) -> impl Iterator<Item = &Step> {
        self.steps.iter().filter(|s| s.outcome == Outcome::Failed)
    }
}

/// How the doctor runs.
#[derive(Debug, Clone)]
pub struct DoctorOptions {
    pub connect_timeout: Duration,
    pub read_timeout: Duration,
    /// Extra trusted roots (PEM), as for downloads.
    pub extra_roots_pem: Vec<Vec<u8>>,
    /// Name resolution (tests point names at loopback).
    pub resolver: Resolver,
    /// Probe the usual other ports/securities when one fails.
    pub probe_alternatives: bool,
    /// Rewrites a standard port to where a test server listens (995 -> 40123).
    pub port_map: Vec<(u16, u16)>,
}

impl Default for DoctorOptions {
    fn default() -> Self {
        DoctorOptions {
            connect_timeout: Duration::from_secs(10),
            read_timeout: Duration::from_secs(15),
            extra_roots_pem: crate::net::tls_options_from_env().extra_roots_pem,
            resolver: Resolver::System,
            probe_alternatives: true,
            port_map: Vec::new(),
        }
    }
}

impl Fix {
    /// Applies the fix to the settings of `service`.
    pub fn apply(&self, service: Service, settings: &mut AccountSettings) {
        match (self, service) {
            // A pinned certificate belongs to one host and port.
            (Fix::UsePortSecurity { port, security }, Service::Incoming) => {
                if settings.incoming.port != *port {
                    settings.incoming.pin_sha256 = None;
                }
                settings.incoming.port = *port;
                settings.incoming.security = *security;
            }
            (Fix::UsePortSecurity { port, security }, Service::Outgoing) => {
                if let Some(out) = settings.outgoing.as_mut() {
                    if out.port != *port {
                        out.pin_sha256 = None;
                    }
                    out.port = *port;
                    out.security = *security;
                }
            }
            (Fix::TrustCertificate { sha256 }, Service::Incoming) => {
                settings.incoming.pin_sha256 = Some(sha256.clone());
            }
            (Fix::TrustCertificate { sha256 }, Service::Outgoing) => {
                if let Some(out) = settings.outgoing.as_mut() {
                    out.pin_sha256 = Some(sha256.clone());
                }
            }
            (Fix::EnableSmtpAuth, _) => {
                if let Some(out) = settings.outgoing.as_mut() {
                    out.auth_required = true;
                }
            }
        }
    }
}

impl StepKind {
    /// What the step does, for a progress list ("Looking up the server").
    pub fn label(self) -> String {
        text::step_label(self)
    }
}

impl Diagnosis {
    /// One sentence: what is wrong (translated).
    pub fn cause(&self) -> String {
        text::cause(self)
    }

    /// One sentence: what to do about it (translated).
    pub fn advice(&self) -> String {
        text::advice(self)
    }
}

/// Runs every step for the incoming server, then the outgoing one (if
/// any), sending each step on `progress` as it starts (outcome `Running`)
/// and as it ends. Never sends mail; never deletes anything.
pub async fn check(
    settings: &AccountSettings,
    incoming_password: &Secret,
    outgoing_password: Option<&Secret>,
    options: &DoctorOptions,
    progress: tokio::sync::mpsc::UnboundedSender<Step>,
) -> Report {
    let mut report = Report::default();
    incoming::check(settings, incoming_password, options, &progress, &mut report).await;
    if settings.outgoing.is_some() {
        // The incoming password serves only where the outgoing server uses
        // the same login; it must never go to a server with its own.
        let same_login = SecretKey::outgoing(settings) == Some(SecretKey::incoming(settings));
        let password = outgoing_password.or(same_login.then_some(incoming_password));
        outgoing::check(settings, password, options, &progress, &mut report).await;
    }
    report
}

/// [`DoctorOptions::default`] plus the test hooks `POSTERN_RESOLVE` and
/// `POSTERN_PORT_MAP` (see [`crate::net::resolver_from_env`]).
pub fn options_from_env() -> DoctorOptions {
    let mut options = DoctorOptions::default();
    if let Some(resolver) = crate::net::resolver_from_env() {
        options.resolver = resolver;
    }
    options.port_map = crate::net::port_map_from_env();
    options
}
