//! SMTP submission (RFC 5321, 3207, 4954), as far as the connection doctor
//! needs it: a pure reply codec over bytes (`codec`) under an async client
//! generic over the stream (`client`).
//!
//! A session: TCP (and implicit TLS), greeting (220), EHLO, STARTTLS then
//! EHLO again, AUTH PLAIN or LOGIN, QUIT. It never sends mail.

pub mod client;
pub mod codec;

pub use client::{Client, Limits};
pub use codec::{Extensions, Reply, ReplyParser};

use crate::net::NetError;

/// What went wrong talking SMTP, classified by layer.
#[derive(Debug, Clone, thiserror::Error)]
pub enum SmtpError {
    #[error(transparent)]
    Net(#[from] NetError),
    /// Nothing arrived after connecting (e.g. a plain connection to a TLS port).
    #[error("the server sent no greeting")]
    NoGreeting,
    /// Something arrived that is not an SMTP reply (TLS bytes, POP3, HTTP).
    #[error("the server did not greet like an SMTP server: {text}")]
    NotSmtp { text: String },
    /// The server greeted with something other than 220 (e.g. 554).
    #[error("the server refused the connection: {code} {text}")]
    GreetingRefused { code: u16, text: String },
    /// A command was answered with an error reply.
    #[error("{command} refused: {code} {text}")]
    Rejected {
        command: String,
        code: u16,
        text: String,
    },
    /// STARTTLS required but not advertised.
    #[error("the server does not offer STARTTLS")]
    StartTlsUnavailable,
    #[error("the server refused STARTTLS: {text}")]
    StartTlsRefused { text: String },
    /// Bytes followed the 220 to STARTTLS before the handshake.
    #[error("unexpected data after STARTTLS; connection aborted")]
    StartTlsInjection,
    /// No mechanism we speak (PLAIN, LOGIN) is offered.
    #[error("no supported authentication mechanism (offered: {offered:?})")]
    AuthUnavailable { offered: Vec<String> },
    /// The credentials were refused (535 and friends).
    #[error("authentication refused: {code} {text}")]
    AuthRefused { code: u16, text: String },
    #[error("protocol violation: {what}")]
    Protocol { what: String },
    #[error("limit exceeded: {what}")]
    TooLarge { what: String },
    #[error("timed out waiting for {waiting_for}")]
    Timeout { waiting_for: String },
    #[error("the server closed the connection")]
    Closed,
    #[error("connection error: {reason}")]
    Io { reason: String },
}
