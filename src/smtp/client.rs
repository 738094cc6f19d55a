//! The async SMTP client: a [`Client`] over any byte stream, with a read
//! buffer, a timeout on every read and a cap on every reply. Each step
//! (greeting, EHLO, STARTTLS, AUTH, QUIT) is a method, so the connection
//! doctor can run them one by one and say which one failed.

use std::time::Duration;

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpStream;

use super::codec::{self, Extensions, Reply, ReplyParser};
use super::SmtpError;
use crate::net::{self, Stream, Timeouts, TlsOptions};
use crate::secrets::Secret;

/// RFC 5321 §4.5.3.1.5: a command line is at most 512 octets.
const MAX_COMMAND_LINE: usize = 512;

/// Caps on what the server may send.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Longest reply line, in bytes (RFC 5321 says 512; be generous).
    pub max_line: usize,
    /// Most lines in one reply (EHLO lists a few dozen at most).
    pub max_reply_lines: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_line: 4096,
            max_reply_lines: 256,
        }
    }
}

/// One SMTP session over a stream.
pub struct Client<S> {
    /// `None` once STARTTLS took the plain stream.
    stream: Option<S>,
    buf: Vec<u8>,
    limits: Limits,
    timeouts: Timeouts,
    extensions: Option<Extensions>,
}

impl<S> std::fmt::Debug for Client<S> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("buffered", &self.buf.len())
            .field("extensions", &self.extensions)
            .finish_non_exhaustive()
    }
}

enum Fill {
    Timeout,
    Eof,
}

impl<S: AsyncRead + AsyncWrite + Unpin + Send> Client<S> {
    /// Wraps a connected stream; nothing is read or sent yet.
    pub fn new(stream: S, limits: Limits, timeouts: Timeouts) -> Self {
        Client {
            stream: Some(stream),
            buf: Vec::with_capacity(1024),
            limits,
            timeouts,
            extensions: None,
        }
    }

    /// What the last EHLO advertised; `None` before EHLO and after STARTTLS.
    pub fn extensions(&self) -> Option<&Extensions> {
        self.extensions.as_ref()
    }

    /// Reads the greeting: 220 is fine; nothing in time -> `NoGreeting`;
    /// not SMTP -> `NotSmtp`; another code (554) -> `GreetingRefused`.
    pub async fn read_greeting(&mut self) -> Result<Reply, SmtpError> {
        let mut parser = ReplyParser::new(self.limits.max_reply_lines);
        let mut first = true;
        loop {
            let line = loop {
                if let Some(line) = self.take_line()? {
                    break line;
                }
                if first && !codec::could_be_reply(&self.buf) {
                    return Err(self.not_smtp());
                }
                match self.fill().await {
                    Ok(()) => {}
                    Err(Ok(Fill::Timeout)) if first => return Err(SmtpError::NoGreeting),
                    Err(Ok(Fill::Eof)) if first && self.buf.is_empty() => {
                        return Err(SmtpError::NoGreeting)
                    }
                    Err(Ok(Fill::Eof)) if first => return Err(self.not_smtp()),
                    Err(Ok(Fill::Timeout)) => {
                        return Err(SmtpError::Timeout {
                            waiting_for: "the greeting".to_string(),
                        })
                    }
                    Err(Ok(Fill::Eof)) => return Err(SmtpError::Closed),
                    Err(Err(e)) => return Err(e),
                }
            };
            let fed = parser.feed_line(&line);
            let reply = match fed {
                Err(SmtpError::Protocol { .. }) if first => {
                    return Err(SmtpError::NotSmtp {
                        text: crate::pop3::codec::sanitize_text(&line, 120),
                    })
                }
                other => other?,
            };
            first = false;
            if let Some(reply) = reply {
                tracing::debug!(code = reply.code, text = %reply.text(), "S: greeting");
                if reply.code != 220 {
                    return Err(SmtpError::GreetingRefused {
                        code: reply.code,
                        text: reply.text(),
                    });
                }
                return Ok(reply);
            }
        }
    }

    fn not_smtp(&self) -> SmtpError {
        let end = self.buf.len().min(120);
        SmtpError::NotSmtp {
            text: crate::pop3::codec::sanitize_text(&self.buf[..end], 120),
        }
    }

    /// EHLO (RFC 5321): the server's extensions. Anything but 250 ->
    /// `Rejected`.
    pub async fn ehlo(&mut self, name: &str) -> Result<&Extensions, SmtpError> {
        let reply = self.command(&format!("EHLO {name}"), "EHLO").await?;
        if reply.code != 250 {
            return Err(rejected("EHLO", &reply));
        }
        let ext = Extensions::from_reply(&reply);
        Ok(self.extensions.insert(ext))
    }

    /// Authenticates with AUTH PLAIN, else AUTH LOGIN, as advertised by the
    /// last EHLO (RFC 4954). Returns the mechanism used.
    pub async fn auth(&mut self, username: &str, password: &Secret) -> Result<String, SmtpError> {
        let offered = self
            .extensions
            .as_ref()
            .map(|e| e.auth.clone())
            .unwrap_or_default();
        let has = |m: &str| offered.iter().any(|o| o.eq_ignore_ascii_case(m));
        for text in [username, password.expose()] {
            if text.bytes().any(|b| b == b'\r' || b == b'\n' || b == 0) {
                return Err(SmtpError::Protocol {
                    what: "the user name or password contains a line break".to_string(),
                });
            }
        }
        if has("PLAIN") {
            self.auth_plain(username, password).await?;
            Ok("PLAIN".to_string())
        } else if has("LOGIN") {
            self.auth_login(username, password).await?;
            Ok("LOGIN".to_string())
        } else {
            Err(SmtpError::AuthUnavailable { offered })
        }
    }

    async fn auth_plain(&mut self, username: &str, password: &Secret) -> Result<(), SmtpError> {
        let response = codec::auth_plain_response(username, password.expose());
        let line = format!("AUTH PLAIN {response}");
        let reply = if line.len() + 2 <= MAX_COMMAND_LINE {
            self.send_line(&line, "AUTH PLAIN ***").await?;
            self.read_reply("AUTH").await?
        } else {
            let reply = self.command("AUTH PLAIN", "AUTH").await?;
            if reply.code != 334 {
                return Err(auth_error(&reply));
            }
            self.send_line(&response, "***").await?;
            self.read_reply("AUTH").await?
        };
        self.auth_outcome(reply).await
    }

    async fn auth_login(&mut self, username: &str, password: &Secret) -> Result<(), SmtpError> {
        let reply = self.command("AUTH LOGIN", "AUTH").await?;
        if reply.code != 334 {
            return Err(auth_error(&reply));
        }
        self.send_line(&codec::base64(username), "*** (user name)")
            .await?;
        let reply = self.read_reply("AUTH").await?;
        if reply.code != 334 {
            return Err(auth_error(&reply));
        }
        self.send_line(&codec::base64(password.expose()), "***")
            .await?;
        let reply = self.read_reply("AUTH").await?;
        self.auth_outcome(reply).await
    }

    async fn auth_outcome(&mut self, reply: Reply) -> Result<(), SmtpError> {
        if reply.code == 235 {
            return Ok(());
        }
        if reply.code == 334 {
            // Asked again: cancel rather than send the credentials twice.
            self.send_line("*", "*").await?;
            let _ = self.read_reply("AUTH").await;
            return Err(SmtpError::Protocol {
                what: "the server asked again for credentials".to_string(),
            });
        }
        Err(auth_error(&reply))
    }

    /// QUIT, then close our side.
    pub async fn quit(mut self) -> Result<(), SmtpError> {
        let reply = self.command("QUIT", "QUIT").await?;
        if let Some(stream) = self.stream.as_mut() {
            let _ = tokio::time::timeout(Duration::from_secs(2), stream.shutdown()).await;
        }
        if reply.code != 221 {
            return Err(rejected("QUIT", &reply));
        }
        Ok(())
    }

    /// Sends one command and reads its reply (any code).
    pub async fn command(&mut self, line: &str, what: &str) -> Result<Reply, SmtpError> {
        self.send_line(line, line).await?;
        self.read_reply(what).await
    }

    async fn send_line(&mut self, line: &str, log: &str) -> Result<(), SmtpError> {
        if line.bytes().any(|b| b == b'\r' || b == b'\n' || b == 0) {
            return Err(SmtpError::Protocol {
                what: "a command may not contain line breaks".to_string(),
            });
        }
        tracing::debug!("C: {log}");
        let mut data = Vec::with_capacity(line.len() + 2);
        data.extend_from_slice(line.as_bytes());
        data.extend_from_slice(b"\r\n");
        let stream = self.stream.as_mut().ok_or(SmtpError::Closed)?;
        let write = async {
            stream.write_all(&data).await?;
            stream.flush().await
        };
        let result = tokio::time::timeout(self.timeouts.read, write).await;
        data.fill(0);
        match result {
            Err(_) => Err(SmtpError::Timeout {
                waiting_for: "the server to accept a command".to_string(),
            }),
            Ok(Err(e)) => Err(io_error(&e)),
            Ok(Ok(())) => Ok(()),
        }
    }

    /// Reads one complete reply (all its lines).
    pub async fn read_reply(&mut self, what: &str) -> Result<Reply, SmtpError> {
        let mut parser = ReplyParser::new(self.limits.max_reply_lines);
        loop {
            let line = loop {
                if let Some(line) = self.take_line()? {
                    break line;
                }
                match self.fill().await {
                    Ok(()) => {}
                    Err(Ok(Fill::Timeout)) => {
                        return Err(SmtpError::Timeout {
                            waiting_for: format!("the reply to {what}"),
                        })
                    }
                    Err(Ok(Fill::Eof)) => return Err(SmtpError::Closed),
                    Err(Err(e)) => return Err(e),
                }
            };
            if let Some(reply) = parser.feed_line(&line)? {
                tracing::debug!(code = reply.code, text = %reply.text(), "S: {what} reply");
                return Ok(reply);
            }
        }
    }

    /// One buffered line without its line end, if a whole one is there.
    fn take_line(&mut self) -> Result<Option<Vec<u8>>, SmtpError> {
        if let Some(p) = memchr::memchr(b'\n', &self.buf) {
            let mut line: Vec<u8> = self.buf.drain(..=p).collect();
            line.pop();
            if line.last() == Some(&b'\r') {
                line.pop();
            }
            if line.len() > self.limits.max_line {
                return Err(too_long(self.limits.max_line));
            }
            return Ok(Some(line));
        }
        if self.buf.len() > self.limits.max_line {
            return Err(too_long(self.limits.max_line));
        }
        Ok(None)
    }

    async fn fill(&mut self) -> Result<(), Result<Fill, SmtpError>> {
        let stream = self.stream.as_mut().ok_or(Err(SmtpError::Closed))?;
        let mut chunk = [0u8; 2048];
        match tokio::time::timeout(self.timeouts.read, stream.read(&mut chunk)).await {
            Err(_) => Err(Ok(Fill::Timeout)),
            Ok(Err(e)) => Err(Err(io_error(&e))),
            Ok(Ok(0)) => Err(Ok(Fill::Eof)),
            Ok(Ok(n)) => {
                self.buf.extend_from_slice(&chunk[..n]);
                Ok(())
            }
        }
    }
}

impl Client<Stream> {
    /// Whether the connection is TLS (implicit or after STARTTLS).
    pub fn is_encrypted(&self) -> bool {
        self.stream.as_ref().is_some_and(Stream::is_tls)
    }

    /// Upgrades a plain connection with STARTTLS (RFC 3207). Requires
    /// STARTTLS in the last EHLO. Earlier extensions are forgotten: send
    /// EHLO again.
    pub async fn starttls(
        &mut self,
        host: &str,
        tls: &TlsOptions,
        timeouts: &Timeouts,
    ) -> Result<(), SmtpError> {
        let tcp = self.begin_starttls().await?;
        let stream = net::tls_handshake(tcp, host, tls, timeouts).await?;
        self.stream = Some(stream);
        Ok(())
    }

    /// Sends STARTTLS and, on 220, hands out the plain socket for the
    /// handshake (the client is then unusable until [`Client::starttls`]
    /// puts a stream back, so callers normally use that). The doctor uses
    /// it to fetch a failing certificate for display.
    pub async fn begin_starttls(&mut self) -> Result<TcpStream, SmtpError> {
        if self.is_encrypted() {
            return Err(SmtpError::Protocol {
                what: "STARTTLS on a connection that is already TLS".to_string(),
            });
        }
        if !self.extensions.as_ref().is_some_and(|e| e.starttls) {
            return Err(SmtpError::StartTlsUnavailable);
        }
        let reply = self.command("STARTTLS", "STARTTLS").await?;
        if reply.code != 220 {
            return Err(SmtpError::StartTlsRefused { text: reply.text() });
        }
        self.extensions = None;
        // Anything already received came before TLS: an injection attempt.
        if !self.buf.is_empty() {
            self.buf.fill(0);
            self.buf.clear();
            self.stream = None;
            return Err(SmtpError::StartTlsInjection);
        }
        match self.stream.take() {
            Some(Stream::Plain(tcp)) => Ok(tcp),
            Some(other) => {
                self.stream = Some(other);
                Err(SmtpError::Protocol {
                    what: "STARTTLS on a connection that is already TLS".to_string(),
                })
            }
            None => Err(SmtpError::Closed),
        }
    }
}

fn rejected(command: &str, reply: &Reply) -> SmtpError {
    SmtpError::Rejected {
        command: command.to_string(),
        code: reply.code,
        text: reply.text(),
    }
}

fn auth_error(reply: &Reply) -> SmtpError {
    SmtpError::AuthRefused {
        code: reply.code,
        text: reply.text(),
    }
}

fn too_long(max: usize) -> SmtpError {
    SmtpError::TooLarge {
        what: format!("reply line longer than {max} bytes"),
    }
}

fn io_error(e: &std::io::Error) -> SmtpError {
    match e.kind() {
        std::io::ErrorKind::UnexpectedEof
        | std::io::ErrorKind::ConnectionReset
        | std::io::ErrorKind::ConnectionAborted
        | std::io::ErrorKind::BrokenPipe => SmtpError::Closed,
        _ => SmtpError::Io {
            reason: e.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncBufReadExt, BufReader, DuplexStream};

    fn timeouts() -> Timeouts {
        Timeouts {
            dns: Duration::from_secs(1),
            connect: Duration::from_secs(1),
            handshake: Duration::from_secs(1),
            read: Duration::from_millis(500),
            ..Timeouts::default()
        }
    }

    /// A scripted peer: for each `(expect, reply)`, reads a line (when
    /// `expect` is non-empty, and checks its start), then writes `reply`.
    fn peer(
        script: Vec<(&'static str, &'static str)>,
    ) -> (DuplexStream, tokio::task::JoinHandle<Vec<String>>) {
        let (client, server) = tokio::io::duplex(8192);
        let handle = tokio::spawn(async move {
            let (r, mut w) = tokio::io::split(server);
            let mut r = BufReader::new(r);
            let mut seen = Vec::new();
            for (expect, reply) in script {
                if !expect.is_empty() {
                    let mut line = String::new();
                    if r.read_line(&mut line).await.unwrap_or(0) == 0 {
                        break;
                    }
                    assert!(
                        line.starts_with(expect),
                        "expected {expect:?}, got {line:?}"
                    );
                    seen.push(line.trim_end().to_string());
                }
                let _ = w.write_all(reply.as_bytes()).await;
            }
            seen
        });
        (client, handle)
    }

    #[tokio::test]
    async fn greeting_ehlo_auth_plain_quit() {
        let (stream, handle) = peer(vec![
            ("", "220-mx.test ESMTP\r\n220 hello\r\n"),
            (
                "EHLO ",
                "250-mx.test\r\n250-AUTH LOGIN PLAIN\r\n250 SIZE 100\r\n",
            ),
            ("AUTH PLAIN ", "235 2.7.0 ok\r\n"),
            ("QUIT", "221 bye\r\n"),
        ]);
        let mut c = Client::new(stream, Limits::default(), timeouts());
        let greeting = c.read_greeting().await;
        assert_eq!(
            greeting.map(|r| r.text()).ok().as_deref(),
            Some("mx.test ESMTP hello")
        );
        let size = c.ehlo("[127.0.0.1]").await.map(|e| e.size);
        assert_eq!(size.ok().flatten(), Some(100));
        let mech = c.auth("u", &Secret::new("p")).await;
        assert_eq!(mech.ok().as_deref(), Some("PLAIN"));
        assert!(c.quit().await.is_ok());
        let seen = handle.await.unwrap_or_default();
        assert_eq!(
            seen[1],
            format!("AUTH PLAIN {}", codec::auth_plain_response("u", "p"))
        );
    }

    #[tokio::test]
    async fn auth_login_refused_keeps_server_text() {
        let (stream, _handle) = peer(vec![
            ("", "220 mx\r\n"),
            ("EHLO", "250-mx\r\n250 AUTH LOGIN\r\n"),
            ("AUTH LOGIN", "334 VXNlcm5hbWU6\r\n"),
            ("dQ==", "334 UGFzc3dvcmQ6\r\n"),
            ("cA==", "535 5.7.8 Authentication\x1b[31m failed\r\n"),
        ]);
        let mut c = Client::new(stream, Limits::default(), timeouts());
        assert!(c.read_greeting().await.is_ok());
        assert!(c.ehlo("x").await.is_ok());
        match c.auth("u", &Secret::new("p")).await {
            Err(SmtpError::AuthRefused { code, text }) => {
                assert_eq!(code, 535);
                assert!(!text.contains('\x1b'), "{text:?}");
            }
            other => panic!("{other:?}"),
        }
    }

    #[tokio::test]
    async fn no_known_mechanism() {
        let (stream, _handle) = peer(vec![
            ("", "220 mx\r\n"),
            ("EHLO", "250-mx\r\n250 AUTH CRAM-MD5 XOAUTH2\r\n"),
        ]);
        let mut c = Client::new(stream, Limits::default(), timeouts());
        assert!(c.read_greeting().await.is_ok());
        assert!(c.ehlo("x").await.is_ok());
        match c.auth("u", &Secret::new("p")).await {
            Err(SmtpError::AuthUnavailable { offered }) => {
                assert_eq!(offered, vec!["CRAM-MD5", "XOAUTH2"])
            }
            other => panic!("{other:?}"),
        }
    }

    #[tokio::test]
    async fn greeting_variants() {
        let cases: &[(&str, &str)] = &[
            ("+OK POP3 ready\r\n", "not-smtp"),
            ("\x16\x03\x01\x00", "not-smtp"),
            ("554 go away\r\n", "refused"),
            ("", "none"),
        ];
        for (bytes, want) in cases {
            let (stream, _handle) = peer(vec![("", bytes)]);
            let mut c = Client::new(stream, Limits::default(), timeouts());
            let got = match c.read_greeting().await {
                Err(SmtpError::NotSmtp { .. }) => "not-smtp",
                Err(SmtpError::GreetingRefused { code: 554, .. }) => "refused",
                Err(SmtpError::NoGreeting) => "none",
                other => panic!("{bytes:?}: {other:?}"),
            };
            assert_eq!(got, *want, "{bytes:?}");
        }
    }

    #[tokio::test]
    async fn endless_line_is_capped() {
        let (client, mut server) = tokio::io::duplex(1 << 16);
        tokio::spawn(async move {
            let _ = server.write_all(b"220 ").await;
            let junk = vec![b'x'; 1 << 15];
            for _ in 0..8 {
                if server.write_all(&junk).await.is_err() {
                    break;
                }
            }
        });
        let mut c = Client::new(client, Limits::default(), timeouts());
        assert!(matches!(
            c.read_greeting().await,
            Err(SmtpError::TooLarge { .. })
        ));
    }
}
