//! POP3 (RFC 1939, 2449, 2595, 3206, 5034): a pure codec over bytes
//! (`codec`) under an async client generic over the stream (`client`).
//!
//! A session: [`connect`] (TCP, TLS or STLS, greeting, CAPA, login), then
//! STAT/LIST/UIDL, RETR and DELE (optionally pipelined), then QUIT.

pub mod client;
pub mod codec;

pub use client::{connect, ConnectOptions, Credentials, Greeting, Limits, Session};
pub use codec::{Capabilities, RespCode, Status};

use crate::net::NetError;

/// What went wrong talking POP3, classified by layer.
#[derive(Debug, Clone, thiserror::Error)]
pub enum Pop3Error {
    #[error(transparent)]
    Net(#[from] NetError),
    /// Nothing arrived after connecting (e.g. a plain connection to a TLS port).
    #[error("the server sent no greeting")]
    NoGreeting,
    /// Something arrived that is not a POP3 greeting (e.g. TLS bytes, HTTP, SMTP).
    #[error("the server did not greet like a POP3 server: {text}")]
    NotPop3 { text: String },
    /// The server greeted with -ERR.
    #[error("the server refused the connection: {text}")]
    GreetingRefused {
        text: String,
        code: Option<RespCode>,
    },
    /// TLS required but the server does not advertise STLS.
    #[error("the server does not offer STLS")]
    StlsUnavailable,
    #[error("the server refused STLS: {text}")]
    StlsRefused { text: String },
    /// Bytes followed the STLS +OK before the handshake (injection attempt).
    #[error("unexpected data after STLS; connection aborted")]
    StlsInjection,
    #[error("login refused: {text}")]
    AuthFailed {
        text: String,
        code: Option<RespCode>,
    },
    /// The chosen mechanism is not available (e.g. APOP without timestamp).
    #[error("authentication method not available: {reason}")]
    AuthUnavailable { reason: String },
    #[error("mailbox in use: {text}")]
    InUse { text: String },
    #[error("logging in again too soon: {text}")]
    LoginDelay { text: String },
    #[error("temporary server problem: {text}")]
    SysTemp { text: String },
    #[error("permanent server problem: {text}")]
    SysPerm { text: String },
    /// A command (other than login) answered -ERR.
    #[error("{command} refused: {text}")]
    Rejected { command: String, text: String },
    /// The server broke the protocol (bad status line, bad UIDL, ...).
    #[error("protocol violation: {what}")]
    Protocol { what: String },
    /// A cap was exceeded (line length, reply lines, message size, count).
    #[error("limit exceeded: {what}")]
    TooLarge { what: String },
    #[error("timed out waiting for {waiting_for}")]
    Timeout { waiting_for: String },
    /// The server closed the connection in the middle of a reply.
    #[error("the server closed the connection")]
    Closed,
    #[error("connection error: {reason}")]
    Io { reason: String },
}
