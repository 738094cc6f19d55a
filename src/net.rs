//! Connections: name resolution, TCP with timeouts, TLS (implicit or after
//! STLS/STARTTLS) with full certificate verification or an account's pinned
//! certificate. Errors say which layer failed so the doctor can explain it.
//!
//! Order of a connection: [`resolve`] (inside [`connect_tcp`]), TCP connect
//! to each address in turn, then optionally [`tls_handshake`] on the plain
//! socket. [`inspect_certificate`] fetches a failing certificate so the user
//! can compare its fingerprint before pinning it.

use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use async_native_tls::{Certificate, TlsConnector, TlsStream};
use sha2::{Digest as _, Sha256};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;

/// Timeouts for every stage of a connection.
#[derive(Debug, Clone, Copy)]
pub struct Timeouts {
    pub dns: Duration,
    pub connect: Duration,
    pub handshake: Duration,
    /// Longest wait for any single read (a reply line, a chunk of a message).
    pub read: Duration,
    /// Low-speed rule (like curl's `LOW_SPEED_TIME`): a POP3 connection that
    /// delivers fewer than [`Timeouts::slow_min_bytes`] while the client
    /// spent `slow_window` in total waiting for reads is given up as too
    /// slow, so a server trickling a byte now and then cannot hold a session
    /// (and the account's lock) forever. Only time spent waiting on the
    /// socket counts, not time the client spends elsewhere; the wait for
    /// the first bytes after sending commands (the server's think time, one
    /// round trip) is bounded by `read` alone. The window restarts with each
    /// session and runs across replies. Zero turns the rule off.
    pub slow_window: Duration,
    /// Bytes a connection must deliver per `slow_window` of waiting (like
    /// curl's `LOW_SPEED_LIMIT`). Zero turns the rule off.
    pub slow_min_bytes: u64,
}

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts {
            dns: Duration::from_secs(10),
            connect: Duration::from_secs(15),
            handshake: Duration::from_secs(15),
            read: Duration::from_secs(60),
            slow_window: Duration::from_secs(60),
            slow_min_bytes: 16 * 1024,
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
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
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

/// A connection, plain or TLS.
#[derive(Debug)]
pub enum Stream {
    Plain(TcpStream),
    Tls(Box<TlsStream<BufferedTcp>>),
}

/// The socket under TLS, read through a buffer. OpenSSL reads a record in
/// two small reads (its 5-byte header, then the rest), and servers often
/// send records of a few KiB: unbuffered, a download costs two system
/// calls per record (about 180,000 for the 357 MB benchmark mailbox). The
/// buffer takes whatever the socket holds in one call. Writes pass
/// straight through.
pub type BufferedTcp = tokio::io::BufReader<TcpStream>;

/// Bytes the buffer under TLS reads at most in one call.
const TLS_READ_BUFFER: usize = 64 * 1024;

/// Wraps a connected socket for a TLS handshake (see [`BufferedTcp`]).
pub fn buffered(tcp: TcpStream) -> BufferedTcp {
    tokio::io::BufReader::with_capacity(TLS_READ_BUFFER, tcp)
}

impl Stream {
    pub fn is_tls(&self) -> bool {
        matches!(self, Stream::Tls(_))
    }

    /// The server's certificate, when the stream is TLS.
    pub fn peer_certificate(&self) -> Option<PeerCertificate> {
        match self {
            Stream::Plain(_) => None,
            Stream::Tls(tls) => peer_certificate_of(tls).ok(),
        }
    }
}

impl AsyncRead for Stream {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_read(cx, buf),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_read(cx, buf),
        }
    }
}

impl AsyncWrite for Stream {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_write(cx, buf),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_write(cx, buf),
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_flush(cx),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_flush(cx),
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_shutdown(cx),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_shutdown(cx),
        }
    }
}

/// How host names become addresses: the system resolver, or a fixed table
/// (tests and discovery point names at loopback servers with it; a name
/// missing from the table is "not found", and nothing leaves the machine).
#[derive(Debug, Clone, Default)]
pub enum Resolver {
    #[default]
    System,
    Static(std::sync::Arc<std::collections::HashMap<String, Vec<std::net::IpAddr>>>),
}

impl Resolver {
    /// A fixed table from `(name, address)` pairs; names are matched
    /// case-insensitively.
    pub fn table<'a>(entries: impl IntoIterator<Item = (&'a str, std::net::IpAddr)>) -> Resolver {
        let mut map: std::collections::HashMap<String, Vec<std::net::IpAddr>> =
            std::collections::HashMap::new();
        for (name, ip) in entries {
            map.entry(name.to_ascii_lowercase()).or_default().push(ip);
        }
        Resolver::Static(std::sync::Arc::new(map))
    }
}

/// Test hook: `POSTERN_RESOLVE=name=ip,name=ip` points names at fixed
/// addresses (tests aim `postern doctor` and `postern discover` at loopback
/// servers; a name not listed is "not found"). `None` when unset or empty.
pub fn resolver_from_env() -> Option<Resolver> {
    let spec = std::env::var("POSTERN_RESOLVE").ok()?;
    if spec.trim().is_empty() {
        return None;
    }
    match parse_resolve_spec(&spec) {
        Ok(r) => Some(r),
        Err(e) => {
            tracing::warn!("ignoring POSTERN_RESOLVE: {e}");
            None
        }
    }
}

/// Parses `name=ip,name=ip` (a name may repeat) into a static resolver.
pub fn parse_resolve_spec(spec: &str) -> Result<Resolver, String> {
    let mut entries = Vec::new();
    for item in spec.split(',').map(str::trim).filter(|i| !i.is_empty()) {
        let (name, ip) = item
            .split_once('=')
            .ok_or_else(|| format!("{item:?} is not name=address"))?;
        let ip: std::net::IpAddr = ip
            .trim()
            .parse()
            .map_err(|_| format!("{ip:?} is not an IP address"))?;
        entries.push((name.trim().to_string(), ip));
    }
    Ok(Resolver::table(
        entries.iter().map(|(n, ip)| (n.as_str(), *ip)),
    ))
}

/// Test hook: `POSTERN_PORT_MAP=995=40123,110=40124` dials the second port
/// whenever the first is meant (texts still show the first). Empty when
/// unset or malformed.
pub fn port_map_from_env() -> Vec<(u16, u16)> {
    let Ok(spec) = std::env::var("POSTERN_PORT_MAP") else {
        return Vec::new();
    };
    parse_port_map(&spec).unwrap_or_else(|e| {
        tracing::warn!("ignoring POSTERN_PORT_MAP: {e}");
        Vec::new()
    })
}

/// Parses `from=to,from=to`.
pub fn parse_port_map(spec: &str) -> Result<Vec<(u16, u16)>, String> {
    spec.split(',')
        .map(str::trim)
        .filter(|i| !i.is_empty())
        .map(|item| {
            let (from, to) = item
                .split_once('=')
                .ok_or_else(|| format!("{item:?} is not port=port"))?;
            let port = |p: &str| {
                p.trim()
                    .parse::<u16>()
                    .map_err(|_| format!("{p:?} is not a port"))
            };
            Ok((port(from)?, port(to)?))
        })
        .collect()
}

/// The port actually dialled for `port` under a port map.
pub fn map_port(map: &[(u16, u16)], port: u16) -> u16 {
    map.iter()
        .find(|(from, _)| *from == port)
        .map_or(port, |(_, to)| *to)
}

/// Resolves `host` (a name or an IP literal) with the system resolver.
pub async fn resolve(
    host: &str,
    port: u16,
    timeouts: &Timeouts,
) -> Result<Vec<SocketAddr>, NetError> {
    resolve_with(&Resolver::System, host, port, timeouts).await
}

/// Resolves `host` (a name or an IP literal) to socket addresses.
pub async fn resolve_with(
    resolver: &Resolver,
    host: &str,
    port: u16,
    timeouts: &Timeouts,
) -> Result<Vec<SocketAddr>, NetError> {
    let dns_error = |reason: String| NetError::Dns {
        host: host.to_string(),
        reason,
    };
    if host.trim().is_empty() {
        return Err(dns_error("the server name is empty".to_string()));
    }
    if let Resolver::Static(table) = resolver {
        if let Ok(ip) = host.parse::<std::net::IpAddr>() {
            return Ok(vec![SocketAddr::new(ip, port)]);
        }
        return match table.get(&host.to_ascii_lowercase()) {
            Some(ips) if !ips.is_empty() => {
                Ok(ips.iter().map(|ip| SocketAddr::new(*ip, port)).collect())
            }
            _ => Err(dns_error("Name or service not known".to_string())),
        };
    }
    let lookup = tokio::net::lookup_host((host, port));
    let addrs: Vec<SocketAddr> = match tokio::time::timeout(timeouts.dns, lookup).await {
        Err(_) => {
            return Err(dns_error(format!(
                "no answer within {}",
                human_duration(timeouts.dns)
            )))
        }
        Ok(Err(e)) => return Err(dns_error(dns_reason(&e))),
        Ok(Ok(addrs)) => addrs.collect(),
    };
    if addrs.is_empty() {
        return Err(dns_error("the name has no addresses".to_string()));
    }
    tracing::debug!(host, port, ?addrs, "resolved");
    Ok(addrs)
}

fn dns_reason(e: &io::Error) -> String {
    let text = e.to_string();
    // getaddrinfo's text is readable but wrapped in a generic prefix.
    text.strip_prefix("failed to lookup address information: ")
        .unwrap_or(&text)
        .to_string()
}

fn human_duration(d: Duration) -> String {
    if d.as_millis().is_multiple_of(1000) {
        format!("{} s", d.as_secs())
    } else {
        format!("{} ms", d.as_millis())
    }
}

/// Connects to `host:port`, trying each address with the connect timeout.
/// When all fail, the most telling failure is reported: refused, then
/// timed out, then other errors, then unreachable (an IPv6 address on an
/// IPv4-only network is unreachable, which says little about the server).
pub async fn connect_tcp(
    host: &str,
    port: u16,
    timeouts: &Timeouts,
) -> Result<TcpStream, NetError> {
    connect_tcp_with(&Resolver::System, host, port, timeouts).await
}

/// [`connect_tcp`] with a chosen resolver.
pub async fn connect_tcp_with(
    resolver: &Resolver,
    host: &str,
    port: u16,
    timeouts: &Timeouts,
) -> Result<TcpStream, NetError> {
    let addrs = resolve_with(resolver, host, port, timeouts).await?;
    let mut best: Option<(u8, NetError)> = None;
    for addr in addrs {
        let err = match tokio::time::timeout(timeouts.connect, TcpStream::connect(addr)).await {
            Ok(Ok(tcp)) => {
                if let Err(e) = tcp.set_nodelay(true) {
                    tracing::debug!(%addr, error = %e, "cannot set TCP_NODELAY");
                }
                tracing::debug!(%addr, "connected");
                return Ok(tcp);
            }
            Ok(Err(e)) => classify_connect_error(addr, &e),
            Err(_) => NetError::ConnectTimeout {
                addr: addr.to_string(),
            },
        };
        tracing::debug!(%addr, error = %err, "connect failed");
        let rank = match err {
            NetError::Refused { .. } => 0,
            NetError::ConnectTimeout { .. } => 1,
            NetError::Unreachable { .. } => 3,
            _ => 2,
        };
        if best.as_ref().is_none_or(|(r, _)| rank < *r) {
            best = Some((rank, err));
        }
    }
    Err(best.map(|(_, e)| e).unwrap_or_else(|| NetError::Dns {
        host: host.to_string(),
        reason: "the name has no addresses".to_string(),
    }))
}

fn classify_connect_error(addr: SocketAddr, e: &io::Error) -> NetError {
    let addr = addr.to_string();
    match e.kind() {
        io::ErrorKind::ConnectionRefused => NetError::Refused { addr },
        io::ErrorKind::TimedOut => NetError::ConnectTimeout { addr },
        io::ErrorKind::NetworkUnreachable | io::ErrorKind::HostUnreachable => {
            NetError::Unreachable {
                addr,
                reason: e.to_string(),
            }
        }
        _ => match e.raw_os_error() {
            Some(libc::ENETUNREACH) | Some(libc::EHOSTUNREACH) => NetError::Unreachable {
                addr,
                reason: e.to_string(),
            },
            _ => NetError::Io {
                reason: format!("cannot connect to {addr}: {e}"),
            },
        },
    }
}

/// Lower-case hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut s = String::with_capacity(64);
    for b in digest {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

/// TLS options with extra trusted roots from the PEM file named by
/// `POSTERN_CA_FILE`, if set. An unreadable file is logged and ignored, so
/// verification simply fails against the system roots.
pub fn tls_options_from_env() -> TlsOptions {
    let mut options = TlsOptions::default();
    if let Some(path) = std::env::var_os("POSTERN_CA_FILE") {
        if path.is_empty() {
            return options;
        }
        match std::fs::read(&path) {
            Ok(pem) => options.extra_roots_pem.push(pem),
            Err(e) => tracing::warn!(path = ?path, error = %e, "cannot read POSTERN_CA_FILE"),
        }
    }
    options
}

/// TLS handshake on a connected socket. Without a pin, the certificate must
/// pass full verification (chain to a system or extra root, host name,
/// dates). With a pin, any certificate is accepted by the handshake and
/// then compared with the pin before the stream is handed out.
pub async fn tls_handshake(
    tcp: TcpStream,
    host: &str,
    tls: &TlsOptions,
    timeouts: &Timeouts,
) -> Result<Stream, NetError> {
    let mut connector = TlsConnector::new();
    match &tls.pin_sha256 {
        Some(_) => {
            connector = connector
                .danger_accept_invalid_certs(true)
                .danger_accept_invalid_hostnames(true);
        }
        None => {
            for pem in &tls.extra_roots_pem {
                let certs = Certificate::stack_from_pem(pem).map_err(|e| NetError::Tls {
                    host: host.to_string(),
                    reason: format!("cannot read the extra trusted certificates: {e}"),
                })?;
                for cert in certs {
                    connector = connector.add_root_certificate(cert);
                }
            }
        }
    }
    let stream = handshake(&connector, tcp, host, timeouts).await?;
    if let Some(pin) = &tls.pin_sha256 {
        let cert = peer_certificate_of(&stream).map_err(|reason| NetError::Tls {
            host: host.to_string(),
            reason,
        })?;
        if !cert.sha256.eq_ignore_ascii_case(pin.trim()) {
            return Err(NetError::PinMismatch {
                host: host.to_string(),
                expected: pin.to_ascii_lowercase(),
                actual: cert.sha256,
            });
        }
        tracing::debug!(host, "pinned certificate matches");
    }
    tracing::debug!(host, "TLS established");
    Ok(Stream::Tls(Box::new(stream)))
}

/// Handshakes accepting any certificate, only to show it to the user (for
/// comparing and pinning); the connection is dropped right after and never
/// carries data.
pub async fn inspect_certificate(
    tcp: TcpStream,
    host: &str,
    timeouts: &Timeouts,
) -> Result<PeerCertificate, NetError> {
    let connector = TlsConnector::new()
        .danger_accept_invalid_certs(true)
        .danger_accept_invalid_hostnames(true);
    let stream = handshake(&connector, tcp, host, timeouts).await?;
    peer_certificate_of(&stream).map_err(|reason| NetError::Tls {
        host: host.to_string(),
        reason,
    })
}

async fn handshake(
    connector: &TlsConnector,
    tcp: TcpStream,
    host: &str,
    timeouts: &Timeouts,
) -> Result<TlsStream<BufferedTcp>, NetError> {
    match tokio::time::timeout(timeouts.handshake, connector.connect(host, buffered(tcp))).await {
        Err(_) => Err(NetError::HandshakeTimeout {
            host: host.to_string(),
        }),
        Ok(Err(e)) => {
            let err = classify_tls_error(host, &e.to_string());
            tracing::debug!(host, error = %e, "TLS handshake failed");
            Err(err)
        }
        Ok(Ok(stream)) => Ok(stream),
    }
}

fn peer_certificate_of(stream: &TlsStream<BufferedTcp>) -> Result<PeerCertificate, String> {
    let cert = stream
        .peer_certificate()
        .map_err(|e| format!("cannot read the server certificate: {e}"))?
        .ok_or_else(|| "the server sent no certificate".to_string())?;
    let der = cert
        .to_der()
        .map_err(|e| format!("cannot read the server certificate: {e}"))?;
    Ok(PeerCertificate {
        sha256: sha256_hex(&der),
        der,
    })
}

/// Sorts an OpenSSL handshake error by its text (native-tls exposes no
/// structured reason).
fn classify_tls_error(host: &str, text: &str) -> NetError {
    let lower = text.to_ascii_lowercase();
    let host = host.to_string();
    const WRONG_PROTOCOL: &[&str] = &[
        "wrong version number",
        "packet length too long",
        "unknown protocol",
        "record layer failure",
        "record_layer_failure",
        "http request",
        "unexpected message",
        "invalid record",
        "bad record type",
    ];
    if WRONG_PROTOCOL.iter().any(|p| lower.contains(p)) {
        return NetError::TlsWrongProtocol { host };
    }
    if lower.contains("certificate verify failed") || lower.contains("certificate_verify_failed") {
        return NetError::Certificate {
            host,
            problems: vec![cert_problem(text)],
            cert: None,
        };
    }
    let reason = if lower.contains("unexpected eof") {
        "the server closed the connection during the handshake".to_string()
    } else {
        text.to_string()
    };
    NetError::Tls { host, reason }
}

/// The verification problem named in an OpenSSL error text, such as
/// `... certificate verify failed:... (certificate has expired)`.
fn cert_problem(text: &str) -> CertProblem {
    let lower = text.to_ascii_lowercase();
    if lower.contains("certificate has expired") || lower.contains("crl has expired") {
        CertProblem::Expired
    } else if lower.contains("not yet valid") {
        CertProblem::NotYetValid
    } else if lower.contains("hostname mismatch")
        || lower.contains("ip address mismatch")
        || lower.contains("host name mismatch")
    {
        CertProblem::HostnameMismatch
    } else if lower.contains("self signed certificate") || lower.contains("self-signed certificate")
    {
        CertProblem::SelfSigned
    } else if lower.contains("unable to get local issuer")
        || lower.contains("unable to get issuer")
        || lower.contains("unable to verify the first certificate")
    {
        CertProblem::UnknownIssuer
    } else {
        let detail = match (text.rfind('('), text.rfind(')')) {
            (Some(a), Some(b)) if a < b => text[a + 1..b].to_string(),
            _ => text.to_string(),
        };
        CertProblem::Other(detail)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use rcgen::{
        BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair, KeyUsagePurpose,
    };
    use time::OffsetDateTime;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::TcpListener;

    pub(crate) struct Pki {
        pub(crate) ca_pem: String,
        pub(crate) leaf_pem: String,
        pub(crate) leaf_der: Vec<u8>,
        pub(crate) key_pem: String,
    }

    fn days(n: i64) -> OffsetDateTime {
        OffsetDateTime::now_utc() + time::Duration::days(n)
    }

    /// A CA and a leaf for `name`, valid from `from` to `until` (days from now).
    fn pki(name: &str, from: i64, until: i64) -> Result<Pki, rcgen::Error> {
        let ca_key = KeyPair::generate()?;
        let mut ca = CertificateParams::new(Vec::<String>::new())?;
        ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        ca.distinguished_name
            .push(DnType::CommonName, "Postern Test CA");
        ca.key_usages = vec![
            KeyUsagePurpose::KeyCertSign,
            KeyUsagePurpose::CrlSign,
            KeyUsagePurpose::DigitalSignature,
        ];
        ca.not_before = days(-365);
        ca.not_after = days(365);
        let ca_cert = ca.self_signed(&ca_key)?;
        let issuer = Issuer::new(ca, ca_key);
        let leaf_key = KeyPair::generate()?;
        let mut leaf = CertificateParams::new(vec![name.to_string()])?;
        leaf.distinguished_name.push(DnType::CommonName, name);
        leaf.not_before = days(from);
        leaf.not_after = days(until);
        let leaf_cert = leaf.signed_by(&leaf_key, &issuer)?;
        Ok(Pki {
            ca_pem: ca_cert.pem(),
            leaf_pem: leaf_cert.pem(),
            leaf_der: leaf_cert.der().to_vec(),
            key_pem: leaf_key.serialize_pem(),
        })
    }

    pub(crate) fn valid_pki() -> Pki {
        match pki("localhost", -1, 30) {
            Ok(p) => p,
            Err(e) => panic!("rcgen: {e}"),
        }
    }

    /// The server side of a loopback TLS test.
    pub(crate) fn acceptor(p: &Pki) -> std::sync::Arc<async_native_tls::TlsAcceptor> {
        let identity =
            match native_tls::Identity::from_pkcs8(p.leaf_pem.as_bytes(), p.key_pem.as_bytes()) {
                Ok(i) => i,
                Err(e) => panic!("identity: {e}"),
            };
        match native_tls::TlsAcceptor::new(identity) {
            Ok(a) => std::sync::Arc::new(async_native_tls::TlsAcceptor::from(a)),
            Err(e) => panic!("acceptor: {e}"),
        }
    }

    /// A TLS server on loopback that answers one connection with a line.
    async fn tls_server(p: &Pki) -> u16 {
        let acceptor = acceptor(p);
        let listener = match TcpListener::bind("127.0.0.1:0").await {
            Ok(l) => l,
            Err(e) => panic!("bind: {e}"),
        };
        let port = listener.local_addr().map(|a| a.port()).unwrap_or(0);
        tokio::spawn(async move {
            while let Ok((tcp, _)) = listener.accept().await {
                let acceptor = acceptor.clone();
                tokio::spawn(async move {
                    if let Ok(mut tls) = acceptor.accept(tcp).await {
                        let _ = tls.write_all(b"+OK secure\r\n").await;
                        let _ = tls.flush().await;
                        let mut sink = [0u8; 64];
                        let _ = tls.read(&mut sink).await;
                    }
                });
            }
        });
        port
    }

    fn short() -> Timeouts {
        Timeouts {
            dns: Duration::from_secs(5),
            connect: Duration::from_secs(5),
            handshake: Duration::from_secs(3),
            read: Duration::from_secs(5),
            ..Timeouts::default()
        }
    }

    async fn handshake_to(port: u16, host: &str, tls: &TlsOptions) -> Result<Stream, NetError> {
        let tcp = connect_tcp("127.0.0.1", port, &short()).await?;
        tls_handshake(tcp, host, tls, &short()).await
    }

    fn trusting(p: &Pki) -> TlsOptions {
        TlsOptions {
            pin_sha256: None,
            extra_roots_pem: vec![p.ca_pem.as_bytes().to_vec()],
        }
    }

    fn problems(r: &Result<Stream, NetError>) -> Vec<CertProblem> {
        match r {
            Err(NetError::Certificate { problems, .. }) => problems.clone(),
            other => panic!("expected a certificate error, got {other:?}"),
        }
    }

    #[tokio::test]
    async fn valid_certificate_with_extra_root() {
        let p = valid_pki();
        let port = tls_server(&p).await;
        let r = handshake_to(port, "localhost", &trusting(&p)).await;
        let Ok(mut stream) = r else {
            panic!("handshake failed: {r:?}");
        };
        assert!(stream.is_tls());
        assert_eq!(
            stream.peer_certificate().map(|c| c.sha256),
            Some(sha256_hex(&p.leaf_der))
        );
        let mut buf = [0u8; 12];
        assert!(stream.read_exact(&mut buf).await.is_ok());
        assert_eq!(&buf, b"+OK secure\r\n");
    }

    #[tokio::test]
    async fn unknown_issuer_without_extra_root() {
        let p = valid_pki();
        let port = tls_server(&p).await;
        let r = handshake_to(port, "localhost", &TlsOptions::default()).await;
        assert_eq!(problems(&r), vec![CertProblem::UnknownIssuer]);
    }

    #[tokio::test]
    async fn expired_certificate() {
        let p = match pki("localhost", -60, -30) {
            Ok(p) => p,
            Err(e) => panic!("rcgen: {e}"),
        };
        let port = tls_server(&p).await;
        let r = handshake_to(port, "localhost", &trusting(&p)).await;
        assert_eq!(problems(&r), vec![CertProblem::Expired]);
    }

    #[tokio::test]
    async fn not_yet_valid_certificate() {
        let p = match pki("localhost", 10, 30) {
            Ok(p) => p,
            Err(e) => panic!("rcgen: {e}"),
        };
        let port = tls_server(&p).await;
        let r = handshake_to(port, "localhost", &trusting(&p)).await;
        assert_eq!(problems(&r), vec![CertProblem::NotYetValid]);
    }

    #[tokio::test]
    async fn wrong_host_name() {
        let p = valid_pki();
        let port = tls_server(&p).await;
        let r = handshake_to(port, "pop.example.org", &trusting(&p)).await;
        assert_eq!(problems(&r), vec![CertProblem::HostnameMismatch]);
    }

    #[tokio::test]
    async fn self_signed_leaf() {
        let key = KeyPair::generate();
        let cert = key.as_ref().ok().and_then(|k| {
            CertificateParams::new(vec!["localhost".to_string()])
                .ok()?
                .self_signed(k)
                .ok()
        });
        let (Ok(key), Some(cert)) = (key, cert) else {
            panic!("rcgen failed");
        };
        let p = Pki {
            ca_pem: String::new(),
            leaf_pem: cert.pem(),
            leaf_der: cert.der().to_vec(),
            key_pem: key.serialize_pem(),
        };
        let port = tls_server(&p).await;
        let r = handshake_to(port, "localhost", &TlsOptions::default()).await;
        assert_eq!(problems(&r), vec![CertProblem::SelfSigned]);

        let cert = {
            let tcp = connect_tcp("127.0.0.1", port, &short()).await;
            match tcp {
                Ok(tcp) => inspect_certificate(tcp, "localhost", &short()).await,
                Err(e) => Err(e),
            }
        };
        assert_eq!(cert.map(|c| c.sha256).ok(), Some(sha256_hex(&p.leaf_der)));
    }

    #[tokio::test]
    async fn pinned_certificate() {
        let p = valid_pki();
        let port = tls_server(&p).await;
        // The pin alone is enough: no CA, and even a different host name.
        let pinned = TlsOptions {
            pin_sha256: Some(sha256_hex(&p.leaf_der).to_ascii_uppercase()),
            extra_roots_pem: Vec::new(),
        };
        let r = handshake_to(port, "mail.example.org", &pinned).await;
        assert!(r.is_ok(), "{r:?}");

        let other = TlsOptions {
            pin_sha256: Some("00".repeat(32)),
            extra_roots_pem: Vec::new(),
        };
        let r = handshake_to(port, "localhost", &other).await;
        match r {
            Err(NetError::PinMismatch {
                expected, actual, ..
            }) => {
                assert_eq!(expected, "00".repeat(32));
                assert_eq!(actual, sha256_hex(&p.leaf_der));
            }
            other => panic!("expected PinMismatch, got {other:?}"),
        }
    }

    #[tokio::test]
    async fn plain_server_is_wrong_protocol() {
        let listener = match TcpListener::bind("127.0.0.1:0").await {
            Ok(l) => l,
            Err(e) => panic!("bind: {e}"),
        };
        let port = listener.local_addr().map(|a| a.port()).unwrap_or(0);
        tokio::spawn(async move {
            while let Ok((mut tcp, _)) = listener.accept().await {
                let _ = tcp.write_all(b"+OK POP3 server ready\r\n").await;
                let mut sink = [0u8; 1024];
                let _ = tcp.read(&mut sink).await;
                tokio::time::sleep(Duration::from_millis(500)).await;
            }
        });
        let r = handshake_to(port, "localhost", &TlsOptions::default()).await;
        assert!(matches!(r, Err(NetError::TlsWrongProtocol { .. })), "{r:?}");
    }

    #[tokio::test]
    async fn silent_server_is_handshake_timeout() {
        let listener = match TcpListener::bind("127.0.0.1:0").await {
            Ok(l) => l,
            Err(e) => panic!("bind: {e}"),
        };
        let port = listener.local_addr().map(|a| a.port()).unwrap_or(0);
        tokio::spawn(async move {
            let mut held = Vec::new();
            while let Ok((tcp, _)) = listener.accept().await {
                held.push(tcp);
            }
        });
        let timeouts = Timeouts {
            handshake: Duration::from_millis(200),
            ..short()
        };
        let r = match connect_tcp("127.0.0.1", port, &timeouts).await {
            Ok(tcp) => tls_handshake(tcp, "localhost", &TlsOptions::default(), &timeouts).await,
            Err(e) => Err(e),
        };
        assert!(matches!(r, Err(NetError::HandshakeTimeout { .. })), "{r:?}");
    }

    #[tokio::test]
    async fn refused_and_bad_names() {
        // Bind then drop to find a port nobody listens on.
        let port = match TcpListener::bind("127.0.0.1:0").await {
            Ok(l) => l.local_addr().map(|a| a.port()).unwrap_or(1),
            Err(e) => panic!("bind: {e}"),
        };
        let r = connect_tcp("127.0.0.1", port, &short()).await;
        assert!(matches!(r, Err(NetError::Refused { .. })), "{r:?}");
        let r = resolve("", 110, &short()).await;
        assert!(matches!(r, Err(NetError::Dns { .. })), "{r:?}");
        let r = resolve("no-such-host.invalid", 110, &short()).await;
        assert!(matches!(r, Err(NetError::Dns { .. })), "{r:?}");
    }

    #[test]
    fn classify_texts() {
        let cases: &[(&str, CertProblem)] = &[
            ("error:0A000086:SSL routines:tls_post_process_server_certificate:certificate verify failed:ssl/statem/statem_clnt.c:2102: (certificate has expired)", CertProblem::Expired),
            ("certificate verify failed (certificate is not yet valid)", CertProblem::NotYetValid),
            ("certificate verify failed (hostname mismatch)", CertProblem::HostnameMismatch),
            ("certificate verify failed (self-signed certificate)", CertProblem::SelfSigned),
            ("certificate verify failed (self signed certificate in certificate chain)", CertProblem::SelfSigned),
            ("certificate verify failed (unable to get local issuer certificate)", CertProblem::UnknownIssuer),
            ("certificate verify failed (certificate revoked)", CertProblem::Other("certificate revoked".into())),
        ];
        for (text, want) in cases {
            match classify_tls_error("h", text) {
                NetError::Certificate { problems, cert, .. } => {
                    assert_eq!(problems, vec![want.clone()], "{text}");
                    assert!(cert.is_none());
                }
                other => panic!("{text}: {other:?}"),
            }
        }
        for text in [
            "error:0A00010B:SSL routines:ssl3_get_record:wrong version number",
            "error:0A0000C6:SSL routines:tls_get_more_records:packet length too long",
            "error:0A000139:SSL routines::record layer failure",
        ] {
            assert!(
                matches!(
                    classify_tls_error("h", text),
                    NetError::TlsWrongProtocol { .. }
                ),
                "{text}"
            );
        }
        assert!(matches!(
            classify_tls_error("h", "unexpected eof while reading"),
            NetError::Tls { .. }
        ));
    }

    #[test]
    fn test_hooks_parse() {
        let r = parse_resolve_spec("pop.example.org=127.0.0.1, smtp.example.org=::1");
        let Ok(Resolver::Static(table)) = r else {
            panic!("{r:?}");
        };
        assert_eq!(table.len(), 2);
        assert!(parse_resolve_spec("pop.example.org").is_err());
        assert!(parse_resolve_spec("a=b").is_err());
        let map = parse_port_map("995=40123,110=40124");
        assert_eq!(map, Ok(vec![(995, 40123), (110, 40124)]));
        assert!(parse_port_map("995").is_err());
        assert_eq!(map_port(&[(995, 40123)], 995), 40123);
        assert_eq!(map_port(&[(995, 40123)], 110), 110);
    }

    #[test]
    fn sha256_of_empty() {
        assert_eq!(
            sha256_hex(b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }
}
