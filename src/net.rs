//! Connections: name resolution, TCP with timeouts, TLS (implicit or after
//! STLS/STARTTLS) with full certificate verification or an account's pinned
//! certificate. Errors say which layer failed so the doctor can explain it.

use std::time::Duration;

/// Timeouts for every stage of a connection.
#[derive(Debug, Clone, Copy)]
pub struct Timeouts {
    pub dns: Duration,
    pub connect: Duration,
    pub handshake: Duration,
    /// Longest wait for any single read (a reply line, a chunk of a message).
    pub read: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts {
            dns: Duration::from_secs(10),
            connect: Duration::from_secs(15),
            handshake: Duration::from_secs(15),
            read: Duration::from_secs(60),
        }
    }
}

/// TLS settings of one connection.
#[derive(Debug, Clone, Default)]
pub struct TlsOptions {
    /// Lower-case hex SHA-256 of the DER certificate the user trusts for this
    /// host although it fails verification.
    pub pin_sha256: Option<String>,
    /// Extra trusted roots (PEM), e.g. from `POSTERN_CA_FILE`.
    pub extra_roots_pem: Vec<Vec<u8>>,
}

/// The server's certificate, for display and pinning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeerCertificate {
    /// Lower-case hex, no separators.
    pub sha256: String,
    pub der: Vec<u8>,
}

/// One reason a certificate failed verification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CertProblem {
    Expired,
    NotYetValid,
    HostnameMismatch,
    SelfSigned,
    UnknownIssuer,
    Other(String),
}

/// Which layer of a connection failed.
#[derive(Debug, Clone, thiserror::Error)]
pub enum NetError {
    #[error("cannot resolve {host}: {reason}")]
    Dns { host: String, reason: String },
    #[error("connection to {addr} refused")]
    Refused { addr: String },
    #[error("connection to {addr} timed out")]
    ConnectTimeout { addr: String },
    #[error("network unreachable for {addr}: {reason}")]
    Unreachable { addr: String, reason: String },
    #[error("TLS handshake with {host} timed out")]
    HandshakeTimeout { host: String },
    #[error("the server at {host} does not speak TLS on this port")]
    TlsWrongProtocol { host: String },
    #[error("the certificate of {host} is not trusted: {problems:?}")]
    Certificate {
        host: String,
        problems: Vec<CertProblem>,
        cert: Option<PeerCertificate>,
    },
    #[error("the certificate of {host} changed: pinned {expected}, got {actual}")]
    PinMismatch {
        host: String,
        expected: String,
        actual: String,
    },
    #[error("TLS handshake with {host} failed: {reason}")]
    Tls { host: String, reason: String },
    #[error("connection error: {reason}")]
    Io { reason: String },
}
