//! One probe: does `host:port` speak POP3 or SMTP with this security?
//!
//! A probe connects, secures the connection as asked (implicit TLS, or
//! STLS/STARTTLS after checking that the server offers it) and waits for a
//! proper greeting (`+OK` / `220`). It never sends credentials. A TLS
//! handshake that fails only on the certificate still proves the server
//! speaks TLS there: for implicit TLS the probe reconnects without
//! verification just to read the greeting, and reports the trouble so the
//! wizard and the doctor can explain it.

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::account::Security;
use crate::net::{self, NetError, Stream, Timeouts, TlsOptions};
use crate::pop3::{Limits, Pop3Error, Session};

/// Which protocol a probe talks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Protocol {
    Pop3,
    Smtp,
}

/// Where and how to probe.
#[derive(Debug, Clone)]
pub(crate) struct Target {
    pub(crate) protocol: Protocol,
    /// The name the suggestion carries and TLS verifies.
    pub(crate) host: String,
    pub(crate) addrs: Vec<IpAddr>,
    /// The port actually dialled (after the test port map).
    pub(crate) dial_port: u16,
    pub(crate) security: Security,
}

/// A probe that found the service.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found {
    pub(crate) certificate_trouble: bool,
}

/// Runs one probe within `timeout` (connect, TLS, greeting and all).
pub(crate) async fn probe(
    target: &Target,
    tls: &TlsOptions,
    timeout: Duration,
) -> Result<Found, String> {
    let timeouts = Timeouts {
        dns: timeout,
        connect: timeout,
        handshake: timeout,
        read: timeout,
        ..Timeouts::default()
    };
    let work = async {
        match target.protocol {
            Protocol::Pop3 => probe_pop3(target, tls, &timeouts).await,
            Protocol::Smtp => probe_smtp(target, tls, &timeouts).await,
        }
    };
    match tokio::time::timeout(timeout, work).await {
        Ok(result) => result,
        Err(_) => Err("timed out".to_string()),
    }
}

async fn connect(target: &Target, timeouts: &Timeouts) -> Result<TcpStream, String> {
    let mut last = "no addresses".to_string();
    for ip in &target.addrs {
        let addr = SocketAddr::new(*ip, target.dial_port);
        match tokio::time::timeout(timeouts.connect, TcpStream::connect(addr)).await {
            Ok(Ok(tcp)) => {
                let _ = tcp.set_nodelay(true);
                return Ok(tcp);
            }
            Ok(Err(e)) => last = format!("cannot connect to {addr}: {e}"),
            Err(_) => last = format!("connecting to {addr} timed out"),
        }
    }
    Err(last)
}

/// Implicit TLS with full verification; on a certificate failure, a second
/// connection without verification (only to read the greeting).
async fn connect_tls(
    target: &Target,
    tls: &TlsOptions,
    timeouts: &Timeouts,
) -> Result<(Stream, bool), String> {
    let tcp = connect(target, timeouts).await?;
    match net::tls_handshake(tcp, &target.host, tls, timeouts).await {
        Ok(stream) => Ok((stream, false)),
        Err(NetError::Certificate { .. }) => {
            let tcp = connect(target, timeouts).await?;
            let connector = async_native_tls::TlsConnector::new()
                .danger_accept_invalid_certs(true)
                .danger_accept_invalid_hostnames(true);
            match tokio::time::timeout(
                timeouts.handshake,
                connector.connect(&target.host, net::buffered(tcp)),
            )
            .await
            {
                Ok(Ok(stream)) => Ok((Stream::Tls(Box::new(stream)), true)),
                Ok(Err(e)) => Err(format!("TLS handshake failed: {e}")),
                Err(_) => Err("TLS handshake timed out".to_string()),
            }
        }
        Err(e) => Err(e.to_string()),
    }
}

async fn probe_pop3(
    target: &Target,
    tls: &TlsOptions,
    timeouts: &Timeouts,
) -> Result<Found, String> {
    let (stream, certificate_trouble) = match target.security {
        Security::Tls => connect_tls(target, tls, timeouts).await?,
        Security::StartTls | Security::None => {
            (Stream::Plain(connect(target, timeouts).await?), false)
        }
    };
    let mut session = Session::new(stream, Limits::default(), *timeouts);
    session.read_greeting().await.map_err(|e| e.to_string())?;
    let mut found = Found {
        certificate_trouble,
    };
    if target.security == Security::StartTls {
        let caps = session.capa().await.map_err(|e| e.to_string())?;
        if !caps.stls {
            return Err("STLS is not offered".to_string());
        }
        match session.stls(&target.host, tls, timeouts).await {
            Ok(()) => {}
            // The handshake got as far as the certificate: TLS works here.
            Err(Pop3Error::Net(NetError::Certificate { .. })) => {
                found.certificate_trouble = true;
                return Ok(found);
            }
            Err(e) => return Err(e.to_string()),
        }
    }
    // Polite, and not waited for: the probe has its answer.
    if session.send_command("QUIT").await.is_ok() {
        let _ = session.flush().await;
    }
    Ok(found)
}

async fn probe_smtp(
    target: &Target,
    tls: &TlsOptions,
    timeouts: &Timeouts,
) -> Result<Found, String> {
    let (stream, certificate_trouble) = match target.security {
        Security::Tls => connect_tls(target, tls, timeouts).await?,
        Security::StartTls | Security::None => {
            (Stream::Plain(connect(target, timeouts).await?), false)
        }
    };
    let mut conn = SmtpLines::new(stream);
    let (code, _) = conn.read_reply().await?;
    if code != 220 {
        return Err(format!("the server greeted with {code}, not 220"));
    }
    let mut found = Found {
        certificate_trouble,
    };
    if target.security == Security::StartTls {
        conn.send("EHLO localhost").await?;
        let (code, lines) = conn.read_reply().await?;
        if code != 250 {
            return Err(format!("EHLO answered {code}"));
        }
        let offers_starttls = lines.iter().any(|l| {
            l.split_ascii_whitespace()
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("STARTTLS"))
        });
        if !offers_starttls {
            return Err("STARTTLS is not offered".to_string());
        }
        conn.send("STARTTLS").await?;
        let (code, _) = conn.read_reply().await?;
        if code != 220 {
            return Err(format!("STARTTLS answered {code}"));
        }
        if !conn.buf.is_empty() {
            // Bytes before the handshake could be an injected reply.
            return Err("unexpected data after STARTTLS".to_string());
        }
        let Stream::Plain(tcp) = conn.stream else {
            return Err("STARTTLS on a TLS connection".to_string());
        };
        return match net::tls_handshake(tcp, &target.host, tls, timeouts).await {
            Ok(_) => Ok(found),
            Err(NetError::Certificate { .. }) => {
                found.certificate_trouble = true;
                Ok(found)
            }
            Err(e) => Err(e.to_string()),
        };
    }
    let _ = conn.send("QUIT").await;
    Ok(found)
}

/// Just enough SMTP to read greetings and EHLO replies.
struct SmtpLines {
    stream: Stream,
    buf: Vec<u8>,
}

/// Longest reply accepted, all lines together.
const MAX_SMTP_REPLY: usize = 64 * 1024;

impl SmtpLines {
    fn new(stream: Stream) -> Self {
        SmtpLines {
            stream,
            buf: Vec::new(),
        }
    }

    async fn send(&mut self, line: &str) -> Result<(), String> {
        let data = format!("{line}\r\n");
        self.stream
            .write_all(data.as_bytes())
            .await
            .map_err(|e| e.to_string())?;
        self.stream.flush().await.map_err(|e| e.to_string())
    }

    async fn read_line(&mut self) -> Result<Vec<u8>, String> {
        loop {
            if let Some(p) = memchr::memchr(b'\n', &self.buf) {
                let mut line: Vec<u8> = self.buf.drain(..=p).collect();
                line.pop();
                if line.last() == Some(&b'\r') {
                    line.pop();
                }
                return Ok(line);
            }
            if self.buf.len() > MAX_SMTP_REPLY {
                return Err("reply too long".to_string());
            }
            let mut chunk = [0u8; 4096];
            let n = self
                .stream
                .read(&mut chunk)
                .await
                .map_err(|e| e.to_string())?;
            if n == 0 {
                return Err("the server closed the connection".to_string());
            }
            self.buf.extend_from_slice(&chunk[..n]);
        }
    }

    /// A reply: its code and the text of each line.
    async fn read_reply(&mut self) -> Result<(u16, Vec<String>), String> {
        let mut lines = Vec::new();
        let mut total = 0usize;
        loop {
            let line = self.read_line().await?;
            total += line.len();
            if total > MAX_SMTP_REPLY {
                return Err("reply too long".to_string());
            }
            let code = line
                .get(..3)
                .filter(|d| d.iter().all(u8::is_ascii_digit))
                .and_then(|d| std::str::from_utf8(d).ok())
                .and_then(|d| d.parse::<u16>().ok())
                .ok_or_else(|| "not an SMTP reply".to_string())?;
            let more = match line.get(3) {
                None | Some(b' ') => false,
                Some(b'-') => true,
                Some(_) => return Err("not an SMTP reply".to_string()),
            };
            lines.push(String::from_utf8_lossy(line.get(4..).unwrap_or(&[])).into_owned());
            if !more {
                return Ok((code, lines));
            }
        }
    }
}
