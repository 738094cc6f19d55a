//! The async POP3 client: a [`Session`] over any byte stream, with a read
//! buffer, a write buffer, a timeout on every read and a cap on every reply.
//!
//! [`connect`] runs the usual steps in order: TCP, implicit TLS or STLS,
//! greeting, CAPA, login, CAPA again. Each step is also public so the
//! connection doctor can run them one by one and say which one failed.
//!
//! Pipelining: [`Session::send_command`] only buffers, [`Session::flush`]
//! writes, and replies are read in order with [`Session::read_status`] and
//! [`Session::read_multiline_into`].

use std::fmt;
use std::time::{Duration, Instant};

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};

use super::codec::{self, Capabilities, MultilineDecoder, RespCode, Status};
use super::Pop3Error;
use crate::account::{PopAuth, Security};
use crate::net::{self, Stream, Timeouts, TlsOptions};
use crate::secrets::Secret;

/// Smallest read buffer; a RETR streams through it.
const READ_BUFFER: usize = 256 * 1024;

/// RFC 5034: an AUTH command with initial response stays within 255 octets.
const MAX_AUTH_LINE: usize = 255;

/// Caps on what the server may send.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Longest status line or listing line, in bytes.
    pub max_status_line: usize,
    /// Most lines in a CAPA reply.
    pub max_reply_lines: usize,
    /// Most entries in a LIST or UIDL reply.
    pub max_messages: usize,
    /// Largest RETR/TOP body, in bytes.
    pub max_message_size: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_status_line: 8192,
            max_reply_lines: 4096,
            max_messages: 1_000_000,
            max_message_size: 512 * 1024 * 1024,
        }
    }
}

/// Where and how to connect.
#[derive(Debug, Clone)]
pub struct ConnectOptions {
    pub host: String,
    pub port: u16,
    pub security: Security,
    pub timeouts: Timeouts,
    pub tls: TlsOptions,
    pub limits: Limits,
    pub resolver: net::Resolver,
}

/// Who logs in, and how.
#[derive(Clone)]
pub struct Credentials {
    pub username: String,
    pub password: Secret,
    pub auth: PopAuth,
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("username", &self.username)
            .field("password", &"***")
            .field("auth", &self.auth)
            .finish()
    }
}

/// The server's greeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Greeting {
    /// Sanitised text after `+OK`.
    pub text: String,
    /// The APOP timestamp, brackets included, if the greeting has one.
    pub apop_timestamp: Option<String>,
}

/// One POP3 session over a stream.
///
/// Pipelining: the engine may keep a window of commands in flight (write up
/// to W commands, flush, then read replies in order while topping the window
/// up). Keep W small (up to ~64): commands are a few bytes each, so they fit
/// in the socket buffers even when the server is slow to read, and the
/// client never blocks on a write while the server blocks writing replies
/// we have not read.
pub struct Session<S> {
    /// `None` only after a failed STLS handshake consumed the stream.
    stream: Option<S>,
    rbuf: Box<[u8]>,
    rpos: usize,
    rend: usize,
    wbuf: Vec<u8>,
    limits: Limits,
    timeouts: Timeouts,
    /// Low-speed rule ([`Timeouts::slow_window`]): time spent awaiting reads
    /// and bytes received in the current window.
    window_waited: Duration,
    window_bytes: u64,
    /// The next read waits for the first bytes after commands were sent (or
    /// for the greeting): the server's think time, bounded by `read` alone.
    awaiting_reply: bool,
    greeting: Option<Greeting>,
    caps: Option<Capabilities>,
}

impl<S> fmt::Debug for Session<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Session")
            .field("buffered", &(self.rend - self.rpos))
            .field("greeting", &self.greeting)
            .field("caps", &self.caps)
            .finish_non_exhaustive()
    }
}

impl<S: AsyncRead + AsyncWrite + Unpin + Send> Session<S> {
    /// Wraps a connected stream; nothing is read or sent yet.
    pub fn new(stream: S, limits: Limits, timeouts: Timeouts) -> Self {
        let size = READ_BUFFER.max(limits.max_status_line.saturating_add(2));
        Session {
            stream: Some(stream),
            rbuf: vec![0; size].into_boxed_slice(),
            rpos: 0,
            rend: 0,
            wbuf: Vec::with_capacity(4096),
            limits,
            timeouts,
            window_waited: Duration::ZERO,
            window_bytes: 0,
            awaiting_reply: true,
            greeting: None,
            caps: None,
        }
    }

    /// The greeting, once read.
    pub fn greeting(&self) -> Option<&Greeting> {
        self.greeting.as_ref()
    }

    /// The last capabilities the server listed, `None` when unknown (not
    /// asked yet, CAPA refused, or forgotten after STLS).
    pub fn capabilities(&self) -> Option<&Capabilities> {
        self.caps.as_ref()
    }

    /// Whether the server advertised PIPELINING.
    pub fn pipelining(&self) -> bool {
        self.caps.as_ref().is_some_and(|c| c.pipelining)
    }

    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// Changes the caps, e.g. a per-account message size limit.
    pub fn set_limits(&mut self, limits: Limits) {
        self.limits = limits;
    }

    /// Reads the greeting. No line in time -> `NoGreeting`; something that
    /// is not POP3 -> `NotPop3`; `-ERR` -> `GreetingRefused` (or the error
    /// named by its response code).
    pub async fn read_greeting(&mut self) -> Result<&Greeting, Pop3Error> {
        let line = self.read_greeting_line().await?;
        let status = codec::parse_status(&line).map_err(|_| Pop3Error::NotPop3 {
            text: codec::sanitize_text(&line, 120),
        })?;
        tracing::debug!(text = %status.text, ok = status.ok, "S: greeting");
        if !status.ok {
            return Err(match status.code {
                Some(RespCode::InUse) => Pop3Error::InUse { text: status.text },
                Some(RespCode::LoginDelay) => Pop3Error::LoginDelay { text: status.text },
                Some(RespCode::SysTemp) => Pop3Error::SysTemp { text: status.text },
                Some(RespCode::SysPerm) => Pop3Error::SysPerm { text: status.text },
                code => Pop3Error::GreetingRefused {
                    text: status.text,
                    code,
                },
            });
        }
        let greeting = Greeting {
            text: status.text,
            apop_timestamp: codec::apop_timestamp(&line),
        };
        Ok(self.greeting.insert(greeting))
    }

    async fn read_greeting_line(&mut self) -> Result<Vec<u8>, Pop3Error> {
        let max = self.limits.max_status_line;
        loop {
            let pending = &self.rbuf[self.rpos..self.rend];
            if let Some(p) = memchr::memchr(b'\n', pending) {
                let line = pending[..p].to_vec();
                self.rpos += p + 1;
                return Ok(line);
            }
            // Fail fast on TLS records, HTTP, SMTP and the like instead of
            // waiting for a line end that may never come.
            if !codec::could_be_status(pending) {
                return Err(Pop3Error::NotPop3 {
                    text: codec::sanitize_text(&pending[..pending.len().min(120)], 120),
                });
            }
            if pending.len() > max {
                return Err(Pop3Error::TooLarge {
                    what: format!("greeting longer than {max} bytes"),
                });
            }
            let want = max + 2 - pending.len();
            match self.fill(want).await {
                Ok(()) => {}
                Err(FillError::Timeout) => return Err(Pop3Error::NoGreeting),
                Err(FillError::TooSlow { bytes }) => {
                    return Err(self.too_slow("the greeting", bytes))
                }
                Err(FillError::Eof) if self.rpos == self.rend => return Err(Pop3Error::NoGreeting),
                Err(FillError::Eof) => {
                    return Err(Pop3Error::NotPop3 {
                        text: codec::sanitize_text(&self.rbuf[self.rpos..self.rend], 120),
                    })
                }
                Err(FillError::Other(e)) => return Err(e),
            }
        }
    }

    /// Asks for the capabilities. A `-ERR` (an RFC 1939-only server) gives
    /// empty capabilities and leaves [`Session::capabilities`] as it was.
    pub async fn capa(&mut self) -> Result<Capabilities, Pop3Error> {
        self.send_command("CAPA").await?;
        self.flush().await?;
        let status = self.read_status("CAPA").await?;
        if !status.ok {
            tracing::debug!("CAPA not supported");
            return Ok(Capabilities::default());
        }
        let mut caps = Capabilities::default();
        let max_lines = self.limits.max_reply_lines;
        let mut count = 0usize;
        self.read_multiline_lines("CAPA", |line| {
            count += 1;
            if count > max_lines {
                return Err(Pop3Error::TooLarge {
                    what: format!("CAPA reply longer than {max_lines} lines"),
                });
            }
            codec::parse_capa_line(&mut caps, line);
            Ok(())
        })
        .await?;
        self.caps = Some(caps.clone());
        Ok(caps)
    }

    /// Logs in with the configured method. `Auto` picks AUTH PLAIN when
    /// SASL PLAIN is advertised, else USER/PASS, else APOP when the greeting
    /// has a timestamp.
    pub async fn login(&mut self, creds: &Credentials) -> Result<(), Pop3Error> {
        let method = match creds.auth {
            PopAuth::Auto => self.auto_method(),
            other => other,
        };
        tracing::debug!(method = method.as_str(), user = %creds.username, "logging in");
        check_credential_text(&creds.username)?;
        check_credential_text(creds.password.expose())?;
        let result = match method {
            PopAuth::Plain => self.login_plain(creds).await,
            PopAuth::Apop => self.login_apop(creds).await,
            PopAuth::User | PopAuth::Auto => self.login_user(creds).await,
        };
        // A server that echoes the command in its refusal must not put the
        // password into an error text, a log or the doctor's report.
        result.map_err(|e| scrub_secrets(e, creds))
    }

    fn auto_method(&self) -> PopAuth {
        let has_stamp = self
            .greeting
            .as_ref()
            .is_some_and(|g| g.apop_timestamp.is_some());
        match &self.caps {
            Some(c) if c.has_sasl("PLAIN") => PopAuth::Plain,
            Some(c) if !c.user && has_stamp => PopAuth::Apop,
            _ => PopAuth::User,
        }
    }

    async fn login_user(&mut self, creds: &Credentials) -> Result<(), Pop3Error> {
        self.send_line(&format!("USER {}", creds.username), "USER")
            .await?;
        self.flush().await?;
        let status = self.read_status("USER").await?;
        if !status.ok {
            return Err(login_error(status));
        }
        self.send_line(&format!("PASS {}", creds.password.expose()), "PASS ***")
            .await?;
        self.flush().await?;
        let status = self.read_status("PASS").await?;
        if !status.ok {
            return Err(login_error(status));
        }
        Ok(())
    }

    async fn login_plain(&mut self, creds: &Credentials) -> Result<(), Pop3Error> {
        let response = codec::auth_plain_response(&creds.username, creds.password.expose());
        let line = format!("AUTH PLAIN {response}");
        if line.len() + 2 <= MAX_AUTH_LINE {
            self.send_line(&line, "AUTH PLAIN ***").await?;
        } else {
            self.send_command("AUTH PLAIN").await?;
            self.flush().await?;
            let reply = self.read_line("AUTH").await?;
            if !is_continuation(&reply) {
                let status = codec::parse_status(&reply)?;
                return Err(if status.ok {
                    protocol("AUTH PLAIN answered +OK before any credentials")
                } else {
                    login_error(status)
                });
            }
            self.send_line(&response, "***").await?;
        }
        self.flush().await?;
        let reply = self.read_line("AUTH").await?;
        if is_continuation(&reply) {
            // The initial response was ignored; never send it twice.
            return Err(protocol(
                "the server asked again for AUTH PLAIN credentials",
            ));
        }
        let status = codec::parse_status(&reply)?;
        tracing::debug!(ok = status.ok, text = %status.text, "S: AUTH reply");
        if !status.ok {
            return Err(login_error(status));
        }
        Ok(())
    }

    async fn login_apop(&mut self, creds: &Credentials) -> Result<(), Pop3Error> {
        let Some(stamp) = self
            .greeting
            .as_ref()
            .and_then(|g| g.apop_timestamp.clone())
        else {
            return Err(Pop3Error::AuthUnavailable {
                reason: "APOP needs a timestamp in the greeting, and there is none".to_string(),
            });
        };
        let digest = codec::apop_digest(&stamp, creds.password.expose());
        self.send_line(&format!("APOP {} {digest}", creds.username), "APOP ***")
            .await?;
        self.flush().await?;
        let status = self.read_status("APOP").await?;
        if !status.ok {
            return Err(login_error(status));
        }
        Ok(())
    }

    /// STAT: message count and total size.
    pub async fn stat(&mut self) -> Result<(u32, u64), Pop3Error> {
        let status = self.simple("STAT", "STAT").await?;
        codec::parse_stat(&status.text)
    }

    /// LIST: message numbers and sizes.
    pub async fn list(&mut self) -> Result<Vec<(u32, u64)>, Pop3Error> {
        self.simple("LIST", "LIST").await?;
        let max = self.limits.max_messages;
        let mut entries = Vec::new();
        self.read_multiline_lines("LIST", |line| {
            if entries.len() >= max {
                return Err(too_many("LIST", max));
            }
            entries.push(codec::parse_list_line(line)?);
            Ok(())
        })
        .await?;
        Ok(entries)
    }

    /// UIDL: message numbers and unique ids, each number and UID once.
    pub async fn uidl(&mut self) -> Result<Vec<(u32, String)>, Pop3Error> {
        let max = self.limits.max_messages;
        self.uidl_at_most(max).await
    }

    /// UIDL with at most `max` entries (the engine passes LIST's count, so
    /// a server cannot make it hold more UIDs than it has messages).
    pub async fn uidl_at_most(&mut self, max: usize) -> Result<Vec<(u32, String)>, Pop3Error> {
        self.simple("UIDL", "UIDL").await?;
        let mut entries = Vec::new();
        self.read_multiline_lines("UIDL", |line| {
            if entries.len() >= max {
                return Err(too_many("UIDL", max));
            }
            entries.push(codec::parse_uidl_line(line)?);
            Ok(())
        })
        .await?;
        codec::validate_uidl(&entries)?;
        Ok(entries)
    }

    /// RETR: the whole message, dot-unstuffed, line ends as sent.
    pub async fn retr(&mut self, n: u32) -> Result<Vec<u8>, Pop3Error> {
        self.send_command(&format!("RETR {n}")).await?;
        self.flush().await?;
        let mut out = Vec::new();
        self.read_multiline_into("RETR", &mut out).await?;
        Ok(out)
    }

    /// TOP: the headers and the first `lines` body lines.
    pub async fn top(&mut self, n: u32, lines: u32) -> Result<Vec<u8>, Pop3Error> {
        self.send_command(&format!("TOP {n} {lines}")).await?;
        self.flush().await?;
        let mut out = Vec::new();
        self.read_multiline_into("TOP", &mut out).await?;
        Ok(out)
    }

    /// DELE: marks a message deleted (effective at QUIT).
    pub async fn dele(&mut self, n: u32) -> Result<(), Pop3Error> {
        self.simple(&format!("DELE {n}"), "DELE").await.map(drop)
    }

    /// RSET: unmarks all deletions of this session.
    pub async fn rset(&mut self) -> Result<(), Pop3Error> {
        self.simple("RSET", "RSET").await.map(drop)
    }

    pub async fn noop(&mut self) -> Result<(), Pop3Error> {
        self.simple("NOOP", "NOOP").await.map(drop)
    }

    /// QUIT: commits deletions. Only `Ok` means the server accepted it.
    pub async fn quit(mut self) -> Result<(), Pop3Error> {
        self.simple("QUIT", "QUIT").await?;
        if let Some(stream) = self.stream.as_mut() {
            // The server closes anyway; a failed shutdown changes nothing.
            let _ = tokio::time::timeout(Duration::from_secs(2), stream.shutdown()).await;
        }
        Ok(())
    }

    /// Sends a command, reads its status line, maps `-ERR` to `Rejected`.
    async fn simple(&mut self, line: &str, what: &str) -> Result<Status, Pop3Error> {
        self.send_command(line).await?;
        self.flush().await?;
        let status = self.read_status(what).await?;
        if !status.ok {
            return Err(command_error(what, status));
        }
        Ok(status)
    }

    /// Appends `line` and CRLF to the write buffer; nothing is sent until
    /// [`Session::flush`].
    pub async fn send_command(&mut self, line: &str) -> Result<(), Pop3Error> {
        self.send_line(line, line).await
    }

    /// Like `send_command`, logging `log` instead of the line.
    async fn send_line(&mut self, line: &str, log: &str) -> Result<(), Pop3Error> {
        if line.bytes().any(|b| b == b'\r' || b == b'\n' || b == 0) {
            return Err(Pop3Error::Protocol {
                what: "a command may not contain line breaks".to_string(),
            });
        }
        tracing::debug!("C: {log}");
        self.wbuf.extend_from_slice(line.as_bytes());
        self.wbuf.extend_from_slice(b"\r\n");
        Ok(())
    }

    /// Writes the buffered commands.
    pub async fn flush(&mut self) -> Result<(), Pop3Error> {
        if self.wbuf.is_empty() {
            return Ok(());
        }
        let wait = self.timeouts.read;
        let stream = self.stream.as_mut().ok_or(Pop3Error::Closed)?;
        let wbuf = &self.wbuf;
        let write = async {
            stream.write_all(wbuf).await?;
            stream.flush().await
        };
        let result = tokio::time::timeout(wait, write).await;
        // A partly written buffer must not be written again.
        self.wbuf.fill(0);
        self.wbuf.clear();
        self.awaiting_reply = true;
        match result {
            Err(_) => Err(Pop3Error::Timeout {
                waiting_for: "the server to accept a command".to_string(),
            }),
            Ok(Err(e)) => Err(io_error(&e)),
            Ok(Ok(())) => Ok(()),
        }
    }

    /// Reads one status line (e.g. a DELE reply); `-ERR` is returned, not
    /// turned into an error. `what` names the command for errors and logs.
    pub async fn read_status(&mut self, what: &str) -> Result<Status, Pop3Error> {
        let line = self.read_line(what).await?;
        let status = codec::parse_status(&line).map_err(|_| Pop3Error::Protocol {
            what: format!(
                "the reply to {what} is not +OK or -ERR: {:?}",
                codec::sanitize_text(&line, 80)
            ),
        })?;
        tracing::debug!(ok = status.ok, text = %status.text, "S: {what} reply");
        Ok(status)
    }

    /// Reads a `+OK` status and the multi-line body after it, appending the
    /// dot-unstuffed body to `out`. `-ERR` -> `Rejected`; a body over
    /// `max_message_size` -> `TooLarge`. After `TooLarge`, `Closed` or
    /// `Timeout` the framing is lost: `out` holds a partial body to discard,
    /// and the session must be dropped without QUIT.
    pub async fn read_multiline_into(
        &mut self,
        what: &str,
        out: &mut Vec<u8>,
    ) -> Result<(), Pop3Error> {
        let status = self.read_status(what).await?;
        if !status.ok {
            return Err(Pop3Error::Rejected {
                command: what.to_string(),
                text: status.text,
            });
        }
        let mut decoder = MultilineDecoder::new(self.limits.max_message_size);
        loop {
            if self.rpos < self.rend {
                let (used, done) = decoder
                    .feed(&self.rbuf[self.rpos..self.rend], out)
                    .map_err(|e| match e {
                        Pop3Error::TooLarge { .. } => Pop3Error::TooLarge {
                            what: format!(
                                "{what} reply longer than {} bytes",
                                self.limits.max_message_size
                            ),
                        },
                        other => other,
                    })?;
                self.rpos += used;
                if done {
                    tracing::debug!(bytes = decoder.total(), "S: {what} body");
                    return Ok(());
                }
            }
            self.fill_or_fail(what, usize::MAX).await?;
        }
    }

    /// Reads a multi-line body line by line (without line ends), so long
    /// listings are parsed as they arrive rather than buffered whole.
    async fn read_multiline_lines<F>(&mut self, what: &str, mut f: F) -> Result<(), Pop3Error>
    where
        F: FnMut(&[u8]) -> Result<(), Pop3Error>,
    {
        let max_line = self.limits.max_status_line;
        let mut decoder = MultilineDecoder::new(u64::MAX);
        let mut pending: Vec<u8> = Vec::new();
        loop {
            let mut done = false;
            if self.rpos < self.rend {
                let (used, finished) =
                    decoder.feed(&self.rbuf[self.rpos..self.rend], &mut pending)?;
                self.rpos += used;
                done = finished;
            }
            let mut start = 0;
            while let Some(p) = memchr::memchr(b'\n', &pending[start..]) {
                f(codec::trim_eol(&pending[start..start + p + 1]))?;
                start += p + 1;
            }
            pending.drain(..start);
            if pending.len() > max_line {
                return Err(Pop3Error::TooLarge {
                    what: format!("{what} line longer than {max_line} bytes"),
                });
            }
            if done {
                if !pending.is_empty() {
                    f(&pending)?;
                }
                return Ok(());
            }
            self.fill_or_fail(what, usize::MAX).await?;
        }
    }

    /// Reads one line (without its line end), at most `max_status_line`
    /// bytes; a longer line fails after reading about that much of it.
    async fn read_line(&mut self, what: &str) -> Result<Vec<u8>, Pop3Error> {
        let max = self.limits.max_status_line;
        loop {
            let pending = &self.rbuf[self.rpos..self.rend];
            if let Some(p) = memchr::memchr(b'\n', pending) {
                let line = codec::trim_eol(&pending[..=p]).to_vec();
                self.rpos += p + 1;
                return Ok(line);
            }
            if pending.len() > max {
                return Err(Pop3Error::TooLarge {
                    what: format!("reply to {what} longer than {max} bytes"),
                });
            }
            let want = max + 2 - pending.len();
            self.fill_or_fail(what, want).await?;
        }
    }

    async fn fill_or_fail(&mut self, what: &str, want: usize) -> Result<(), Pop3Error> {
        match self.fill(want).await {
            Ok(()) => Ok(()),
            Err(FillError::Timeout) => Err(Pop3Error::Timeout {
                waiting_for: format!("{what} reply"),
            }),
            Err(FillError::TooSlow { bytes }) => {
                Err(self.too_slow(&format!("{what} reply"), bytes))
            }
            Err(FillError::Eof) => Err(Pop3Error::Closed),
            Err(FillError::Other(e)) => Err(e),
        }
    }

    fn too_slow(&self, what: &str, bytes: u64) -> Pop3Error {
        let window = self.timeouts.slow_window;
        let window = if window.subsec_millis() == 0 {
            format!("{} s", window.as_secs())
        } else {
            format!("{} ms", window.as_millis())
        };
        Pop3Error::Timeout {
            waiting_for: format!(
                "{what}: the server is sending too slowly (only {bytes} bytes in {window} of waiting)"
            ),
        }
    }

    /// Counts one read towards the low-speed rule: `n` bytes after `waited`.
    fn count_read(&mut self, n: usize, waited: Duration) -> Result<(), FillError> {
        self.window_bytes = self.window_bytes.saturating_add(n as u64);
        if std::mem::take(&mut self.awaiting_reply) {
            return Ok(());
        }
        self.window_waited += waited;
        let t = &self.timeouts;
        if self.window_waited < t.slow_window || t.slow_window.is_zero() {
            return Ok(());
        }
        if self.window_bytes < t.slow_min_bytes {
            return Err(FillError::TooSlow {
                bytes: self.window_bytes,
            });
        }
        self.window_waited = Duration::ZERO;
        self.window_bytes = 0;
        Ok(())
    }

    /// Reads at most `want` more bytes into the buffer (at least one).
    async fn fill(&mut self, want: usize) -> Result<(), FillError> {
        if self.rpos == self.rend {
            self.rpos = 0;
            self.rend = 0;
        } else if self.rend == self.rbuf.len() {
            self.rbuf.copy_within(self.rpos..self.rend, 0);
            self.rend -= self.rpos;
            self.rpos = 0;
        }
        let space = self.rbuf.len() - self.rend;
        if space == 0 {
            return Err(FillError::Other(Pop3Error::TooLarge {
                what: "reply line longer than the read buffer".to_string(),
            }));
        }
        let end = self.rend + space.min(want.max(1));
        let stream = self
            .stream
            .as_mut()
            .ok_or(FillError::Other(Pop3Error::Closed))?;
        let read = stream.read(&mut self.rbuf[self.rend..end]);
        // Only the time spent awaiting the socket counts towards the
        // low-speed rule, not the caller's work between reads.
        let started = Instant::now();
        let result = tokio::time::timeout(self.timeouts.read, read).await;
        let waited = started.elapsed();
        match result {
            Err(_) => Err(FillError::Timeout),
            Ok(Err(e)) => Err(FillError::Other(io_error(&e))),
            Ok(Ok(0)) => Err(FillError::Eof),
            Ok(Ok(n)) => {
                self.rend += n;
                self.count_read(n, waited)
            }
        }
    }
}

impl Session<Stream> {
    /// Whether the connection is TLS (implicit or after STLS).
    pub fn is_encrypted(&self) -> bool {
        self.stream.as_ref().is_some_and(Stream::is_tls)
    }

    /// Upgrades a plain connection with STLS (RFC 2595). Earlier
    /// capabilities are forgotten; ask again with [`Session::capa`].
    pub async fn stls(
        &mut self,
        host: &str,
        tls: &TlsOptions,
        timeouts: &Timeouts,
    ) -> Result<(), Pop3Error> {
        if self.is_encrypted() {
            return Err(protocol("STLS on a connection that is already TLS"));
        }
        self.send_command("STLS").await?;
        self.flush().await?;
        let status = self.read_status("STLS").await?;
        if !status.ok {
            return Err(Pop3Error::StlsRefused { text: status.text });
        }
        // Anything already received was sent before TLS and could be an
        // attacker's reply injected for after the handshake.
        if self.rpos != self.rend {
            self.stream = None;
            self.rpos = 0;
            self.rend = 0;
            return Err(Pop3Error::StlsInjection);
        }
        let tcp = match self.stream.take() {
            Some(Stream::Plain(tcp)) => tcp,
            Some(other) => {
                self.stream = Some(other);
                return Err(protocol("STLS on a connection that is already TLS"));
            }
            None => return Err(Pop3Error::Closed),
        };
        self.caps = None;
        let stream = net::tls_handshake(tcp, host, tls, timeouts).await?;
        self.stream = Some(stream);
        Ok(())
    }
}

/// Connects, secures, greets, logs in: a session ready for STAT/UIDL/RETR.
/// With `Security::Tls` or `StartTls` no credential is sent unless the
/// connection is encrypted.
pub async fn connect(
    opts: &ConnectOptions,
    creds: &Credentials,
) -> Result<Session<Stream>, Pop3Error> {
    let tcp = net::connect_tcp_with(&opts.resolver, &opts.host, opts.port, &opts.timeouts).await?;
    let stream = match opts.security {
        Security::Tls => net::tls_handshake(tcp, &opts.host, &opts.tls, &opts.timeouts).await?,
        Security::StartTls | Security::None => Stream::Plain(tcp),
    };
    let mut session = Session::new(stream, opts.limits, opts.timeouts);
    session.read_greeting().await?;
    session.capa().await?;
    if opts.security == Security::StartTls {
        // CAPA refused: the server's abilities are unknown, so just try.
        if session.capabilities().is_some_and(|c| !c.stls) {
            return Err(Pop3Error::StlsUnavailable);
        }
        session.stls(&opts.host, &opts.tls, &opts.timeouts).await?;
        session.capa().await?;
    }
    if opts.security != Security::None && !session.is_encrypted() {
        return Err(Pop3Error::AuthUnavailable {
            reason: "the connection is not encrypted".to_string(),
        });
    }
    let caps_known = session.capabilities().is_some();
    session.login(creds).await?;
    if caps_known {
        // RFC 2449 lets the server list more (or less) once logged in.
        session.capa().await?;
    }
    Ok(session)
}

enum FillError {
    Timeout,
    /// The low-speed rule: only `bytes` arrived in a whole window.
    TooSlow {
        bytes: u64,
    },
    Eof,
    Other(Pop3Error),
}

/// `-ERR` to a command after login: response codes that say "later" or
/// "busy" stay distinguishable from a plain refusal.
fn command_error(what: &str, status: Status) -> Pop3Error {
    let text = status.text;
    match status.code {
        Some(RespCode::InUse) => Pop3Error::InUse { text },
        Some(RespCode::LoginDelay) => Pop3Error::LoginDelay { text },
        Some(RespCode::SysTemp) => Pop3Error::SysTemp { text },
        Some(RespCode::SysPerm) => Pop3Error::SysPerm { text },
        _ => Pop3Error::Rejected {
            command: what.to_string(),
            text,
        },
    }
}

/// Replaces the password (plain and as the AUTH PLAIN response) in the
/// server texts of a login error.
fn scrub_secrets(error: Pop3Error, creds: &Credentials) -> Pop3Error {
    let password = creds.password.expose();
    let plain = codec::auth_plain_response(&creds.username, password);
    let clean = |text: String| {
        let mut text = text;
        for secret in [password, plain.as_str()] {
            if !secret.is_empty() && text.contains(secret) {
                text = text.replace(secret, "***");
            }
        }
        text
    };
    match error {
        Pop3Error::AuthFailed { text, code } => Pop3Error::AuthFailed {
            text: clean(text),
            code,
        },
        Pop3Error::InUse { text } => Pop3Error::InUse { text: clean(text) },
        Pop3Error::LoginDelay { text } => Pop3Error::LoginDelay { text: clean(text) },
        Pop3Error::SysTemp { text } => Pop3Error::SysTemp { text: clean(text) },
        Pop3Error::SysPerm { text } => Pop3Error::SysPerm { text: clean(text) },
        Pop3Error::Rejected { command, text } => Pop3Error::Rejected {
            command,
            text: clean(text),
        },
        Pop3Error::NotPop3 { text } => Pop3Error::NotPop3 { text: clean(text) },
        other => other,
    }
}

fn login_error(status: Status) -> Pop3Error {
    let text = status.text;
    match status.code {
        Some(RespCode::InUse) => Pop3Error::InUse { text },
        Some(RespCode::LoginDelay) => Pop3Error::LoginDelay { text },
        Some(RespCode::SysTemp) => Pop3Error::SysTemp { text },
        Some(RespCode::SysPerm) => Pop3Error::SysPerm { text },
        code => Pop3Error::AuthFailed { text, code },
    }
}

fn is_continuation(line: &[u8]) -> bool {
    line == b"+" || line.starts_with(b"+ ")
}

fn check_credential_text(s: &str) -> Result<(), Pop3Error> {
    if s.bytes().any(|b| b == b'\r' || b == b'\n' || b == 0) {
        return Err(Pop3Error::AuthUnavailable {
            reason: "the user name or password contains a line break".to_string(),
        });
    }
    Ok(())
}

fn protocol(what: &str) -> Pop3Error {
    Pop3Error::Protocol {
        what: what.to_string(),
    }
}

fn too_many(what: &str, max: usize) -> Pop3Error {
    Pop3Error::TooLarge {
        what: format!("{what} lists more than {max} messages"),
    }
}

fn io_error(e: &std::io::Error) -> Pop3Error {
    match e.kind() {
        std::io::ErrorKind::UnexpectedEof
        | std::io::ErrorKind::ConnectionReset
        | std::io::ErrorKind::ConnectionAborted
        | std::io::ErrorKind::BrokenPipe => Pop3Error::Closed,
        _ => Pop3Error::Io {
            reason: e.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncBufReadExt, BufReader, DuplexStream};
    use tokio::task::JoinHandle;

    /// One step of a scripted server.
    enum Step {
        /// Write these bytes.
        Send(Vec<u8>),
        /// Write these bytes one at a time.
        Trickle(Vec<u8>),
        /// Write these bytes `chunk` at a time, pausing after each chunk;
        /// stop when the client is gone.
        Drip {
            bytes: Vec<u8>,
            chunk: usize,
            pause: Duration,
        },
        /// Read one line and check it (without CRLF).
        Expect(String),
        /// Wait without answering.
        Stall(Duration),
        /// Close the connection.
        Close,
    }

    fn send(s: &str) -> Step {
        Step::Send(s.as_bytes().to_vec())
    }

    fn expect(s: &str) -> Step {
        Step::Expect(s.to_string())
    }

    /// Runs the script and then returns everything else the client sent.
    fn peer(io: DuplexStream, script: Vec<Step>) -> JoinHandle<Vec<String>> {
        tokio::spawn(async move {
            let mut io = BufReader::new(io);
            for step in script {
                match step {
                    Step::Send(bytes) => {
                        let _ = io.write_all(&bytes).await;
                        let _ = io.flush().await;
                    }
                    Step::Trickle(bytes) => {
                        for b in bytes {
                            let _ = io.write_all(&[b]).await;
                            let _ = io.flush().await;
                        }
                    }
                    Step::Drip {
                        bytes,
                        chunk,
                        pause,
                    } => {
                        for piece in bytes.chunks(chunk) {
                            if io.write_all(piece).await.is_err() || io.flush().await.is_err() {
                                return Vec::new();
                            }
                            tokio::time::sleep(pause).await;
                        }
                    }
                    Step::Expect(want) => {
                        let mut line = String::new();
                        let _ = io.read_line(&mut line).await;
                        assert_eq!(line.trim_end_matches("\r\n"), want);
                    }
                    Step::Stall(d) => tokio::time::sleep(d).await,
                    Step::Close => return Vec::new(),
                }
            }
            let mut rest = Vec::new();
            let mut line = String::new();
            while matches!(io.read_line(&mut line).await, Ok(n) if n > 0) {
                rest.push(line.trim_end().to_string());
                line.clear();
            }
            rest
        })
    }

    fn timeouts(read_ms: u64) -> Timeouts {
        Timeouts {
            read: Duration::from_millis(read_ms),
            ..Timeouts::default()
        }
    }

    fn session(script: Vec<Step>) -> (Session<DuplexStream>, JoinHandle<Vec<String>>) {
        session_with(script, Limits::default(), 5000)
    }

    fn session_with(
        script: Vec<Step>,
        limits: Limits,
        read_ms: u64,
    ) -> (Session<DuplexStream>, JoinHandle<Vec<String>>) {
        let (client, server) = tokio::io::duplex(64 * 1024);
        (
            Session::new(client, limits, timeouts(read_ms)),
            peer(server, script),
        )
    }

    fn creds(auth: PopAuth) -> Credentials {
        Credentials {
            username: "tim".to_string(),
            password: Secret::new("tanstaaf"),
            auth,
        }
    }

    async fn finish(s: Session<DuplexStream>, peer: JoinHandle<Vec<String>>) -> Vec<String> {
        drop(s);
        match peer.await {
            Ok(rest) => rest,
            Err(e) => panic!("peer failed: {e}"),
        }
    }

    type Check = fn(&Pop3Error) -> bool;

    const CAPA_USER: &str = "+OK\r\nUSER\r\nUIDL\r\nTOP\r\n.\r\n";

    #[tokio::test]
    async fn user_pass_login_stat_quit() {
        let (mut s, peer) = session(vec![
            send("+OK POP3 ready\r\n"),
            expect("CAPA"),
            send(CAPA_USER),
            expect("USER tim"),
            send("+OK\r\n"),
            expect("PASS tanstaaf"),
            send("+OK logged in\r\n"),
            expect("STAT"),
            send("+OK 2 320\r\n"),
            expect("QUIT"),
            send("+OK bye\r\n"),
        ]);
        let g = s.read_greeting().await.cloned();
        assert_eq!(g.ok().map(|g| g.text), Some("POP3 ready".to_string()));
        let caps = s.capa().await.unwrap_or_default();
        assert!(caps.user && caps.uidl && caps.top && !caps.stls);
        assert!(s.capabilities().is_some());
        assert!(s.login(&creds(PopAuth::Auto)).await.is_ok());
        assert_eq!(s.stat().await.ok(), Some((2, 320)));
        assert!(s.quit().await.is_ok());
        assert!(peer.await.is_ok_and(|rest| rest.is_empty()));
    }

    #[tokio::test]
    async fn auto_prefers_auth_plain() {
        let (mut s, peer) = session(vec![
            send("+OK hi <1.2@x>\r\n"),
            expect("CAPA"),
            send("+OK\r\nUSER\r\nSASL PLAIN LOGIN\r\n.\r\n"),
            expect("AUTH PLAIN AHRpbQB0YW5zdGFhZg=="),
            send("+OK welcome\r\n"),
        ]);
        assert!(s.read_greeting().await.is_ok());
        assert!(s.capa().await.is_ok());
        assert!(s.login(&creds(PopAuth::Auto)).await.is_ok());
        assert!(finish(s, peer).await.is_empty());
    }

    #[tokio::test]
    async fn auth_plain_long_credentials_use_continuation() {
        let mut c = creds(PopAuth::Plain);
        c.password = Secret::new("p".repeat(300));
        let response = codec::auth_plain_response("tim", c.password.expose());
        let (mut s, peer) = session(vec![
            send("+OK hi\r\n"),
            expect("AUTH PLAIN"),
            send("+ \r\n"),
            Step::Expect(response),
            send("+OK\r\n"),
        ]);
        assert!(s.read_greeting().await.is_ok());
        assert!(s.login(&c).await.is_ok());
        assert!(finish(s, peer).await.is_empty());
    }

    #[tokio::test]
    async fn auth_plain_never_sent_twice() {
        let (mut s, peer) = session(vec![
            send("+OK hi\r\n"),
            expect("AUTH PLAIN AHRpbQB0YW5zdGFhZg=="),
            send("+ \r\n"),
        ]);
        assert!(s.read_greeting().await.is_ok());
        let r = s.login(&creds(PopAuth::Plain)).await;
        assert!(matches!(r, Err(Pop3Error::Protocol { .. })), "{r:?}");
        assert!(finish(s, peer).await.is_empty());
    }

    #[tokio::test]
    async fn apop_login() {
        // RFC 1939 §7 example.
        let (mut s, peer) = session(vec![
            send("+OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>\r\n"),
            expect("APOP tim c4c9334bac560ecc979e58001b3e22fb"),
            send("+OK maildrop has 1 message (369 octets)\r\n"),
        ]);
        let g = s.read_greeting().await.map(|g| g.apop_timestamp.clone());
        assert_eq!(
            g.ok().flatten().as_deref(),
            Some("<1896.697170952@dbc.mtview.ca.us>")
        );
        assert!(s.login(&creds(PopAuth::Apop)).await.is_ok());
        assert!(finish(s, peer).await.is_empty());
    }

    #[tokio::test]
    async fn apop_without_timestamp_sends_nothing() {
        let (mut s, peer) = session(vec![send("+OK ready\r\n")]);
        assert!(s.read_greeting().await.is_ok());
        let r = s.login(&creds(PopAuth::Apop)).await;
        assert!(matches!(r, Err(Pop3Error::AuthUnavailable { .. })), "{r:?}");
        assert!(finish(s, peer).await.is_empty());
    }

    #[tokio::test]
    async fn login_error_mapping() {
        let cases: Vec<(&str, Check)> = vec![
            (
                "-ERR [IN-USE] locked\r\n",
                |e| matches!(e, Pop3Error::InUse { text } if text == "locked"),
            ),
            ("-ERR [SYS/TEMP] later\r\n", |e| {
                matches!(e, Pop3Error::SysTemp { .. })
            }),
            ("-ERR [SYS/PERM] no\r\n", |e| {
                matches!(e, Pop3Error::SysPerm { .. })
            }),
            ("-ERR [LOGIN-DELAY] wait\r\n", |e| {
                matches!(e, Pop3Error::LoginDelay { .. })
            }),
            (
                "-ERR [AUTH] bad password\r\n",
                |e| matches!(e, Pop3Error::AuthFailed { text, code: Some(RespCode::Auth) } if text == "bad password"),
            ),
            (
                "-ERR invalid login\r\n",
                |e| matches!(e, Pop3Error::AuthFailed { text, code: None } if text == "invalid login"),
            ),
        ];
        for (reply, check) in cases {
            let (mut s, peer) = session(vec![
                send("+OK\r\n"),
                expect("USER tim"),
                send("+OK\r\n"),
                expect("PASS tanstaaf"),
                send(reply),
            ]);
            assert!(s.read_greeting().await.is_ok());
            let r = s.login(&creds(PopAuth::User)).await;
            assert!(r.as_ref().is_err_and(check), "{reply:?} gave {r:?}");
            assert!(finish(s, peer).await.is_empty());
        }
    }

    #[tokio::test]
    async fn user_refused_does_not_send_pass() {
        let (mut s, peer) = session(vec![
            send("+OK\r\n"),
            expect("USER tim"),
            send("-ERR no such user\r\n"),
        ]);
        assert!(s.read_greeting().await.is_ok());
        let r = s.login(&creds(PopAuth::User)).await;
        assert!(matches!(r, Err(Pop3Error::AuthFailed { .. })));
        assert!(finish(s, peer).await.is_empty());
    }

    #[tokio::test]
    async fn greeting_variants() {
        let cases: Vec<(&[u8], Check)> = vec![
            (b"-ERR [IN-USE] busy\r\n", |e| {
                matches!(e, Pop3Error::InUse { .. })
            }),
            (b"-ERR [SYS/TEMP] busy\r\n", |e| {
                matches!(e, Pop3Error::SysTemp { .. })
            }),
            (
                b"-ERR go away\r\n",
                |e| matches!(e, Pop3Error::GreetingRefused { text, code: None } if text == "go away"),
            ),
            (
                b"220 smtp.example.org ESMTP\r\n",
                |e| matches!(e, Pop3Error::NotPop3 { text } if text.starts_with("220")),
            ),
            (b"\x15\x03\x01\x00\x02\x02\x0a", |e| {
                matches!(e, Pop3Error::NotPop3 { .. })
            }),
            (b"* OK IMAP", |e| matches!(e, Pop3Error::NotPop3 { .. })),
            (b"+OKAY\r\n", |e| matches!(e, Pop3Error::NotPop3 { .. })),
        ];
        for (greeting, check) in cases {
            let (mut s, peer) = session(vec![
                Step::Send(greeting.to_vec()),
                Step::Stall(Duration::from_secs(1)),
            ]);
            let r = s.read_greeting().await.cloned();
            assert!(r.as_ref().is_err_and(check), "{greeting:?} gave {r:?}");
            drop(s);
            peer.abort();
        }
    }

    #[tokio::test]
    async fn silent_server_is_no_greeting() {
        let (mut s, peer) = session_with(
            vec![Step::Stall(Duration::from_secs(2))],
            Limits::default(),
            100,
        );
        let r = s.read_greeting().await.cloned();
        assert!(matches!(r, Err(Pop3Error::NoGreeting)), "{r:?}");
        peer.abort();
        let (mut s, peer) = session(vec![]);
        let r = s.read_greeting().await.cloned();
        assert!(matches!(r, Err(Pop3Error::NoGreeting)), "{r:?}");
        peer.abort();
    }

    #[tokio::test]
    async fn capa_refused_means_unknown() {
        let (mut s, peer) = session(vec![
            send("+OK\r\n"),
            expect("CAPA"),
            send("-ERR what?\r\n"),
        ]);
        assert!(s.read_greeting().await.is_ok());
        assert_eq!(s.capa().await.ok(), Some(Capabilities::default()));
        assert!(s.capabilities().is_none());
        assert!(!s.pipelining());
        assert!(finish(s, peer).await.is_empty());
    }

    #[tokio::test]
    async fn capa_line_cap() {
        let mut body = String::from("+OK\r\n");
        for i in 0..20 {
            body.push_str(&format!("X-{i}\r\n"));
        }
        body.push_str(".\r\n");
        let limits = Limits {
            max_reply_lines: 10,
            ..Limits::default()
        };
        let (mut s, peer) = session_with(
            vec![send("+OK\r\n"), expect("CAPA"), send(&body)],
            limits,
            5000,
        );
        assert!(s.read_greeting().await.is_ok());
        assert!(matches!(s.capa().await, Err(Pop3Error::TooLarge { .. })));
        finish(s, peer).await;
    }

    #[tokio::test]
    async fn retr_trickled_and_dot_stuffed() {
        let body = "+OK 40 octets\r\nSubject: x\r\n\r\n..leading dot\r\n.\r\n";
        let (mut s, peer) = session(vec![
            send("+OK\r\n"),
            expect("RETR 1"),
            Step::Trickle(body.as_bytes().to_vec()),
            expect("NOOP"),
            Step::Trickle(b"+OK\r\n".to_vec()),
        ]);
        assert!(s.read_greeting().await.is_ok());
        let msg = s.retr(1).await.unwrap_or_default();
        assert_eq!(msg, b"Subject: x\r\n\r\n.leading dot\r\n");
        assert!(s.noop().await.is_ok());
        assert!(finish(s, peer).await.is_empty());
    }

    #[tokio::test]
    async fn retr_and_top_rejected() {
        let (mut s, peer) = session(vec![
            send("+OK\r\n"),
            expect("RETR 9"),
            send("-ERR no such message\r\n"),
            expect("TOP 1 0"),
            send("+OK\r\nSubject: y\r\n\r\n.\r\n"),
            expect("DELE 9"),
            send("-ERR no such message\r\n"),
        ]);
        assert!(s.read_greeting().await.is_ok());
        let r = s.retr(9).await;
        assert!(
            matches!(r, Err(Pop3Error::Rejected { ref command, .. }) if command == "RETR"),
            "{r:?}"
        );
        assert_eq!(s.top(1, 0).await.ok(), Some(b"Subject: y\r\n\r\n".to_vec()));
        assert!(matches!(s.dele(9).await, Err(Pop3Error::Rejected { .. })));
        assert!(finish(s, peer).await.is_empty());
    }

    #[tokio::test]
    async fn retr_over_size_cap() {
        let limits = Limits {
            max_message_size: 100,
            ..Limits::default()
        };
        let mut body = b"+OK\r\n".to_vec();
        body.extend(std::iter::repeat_n(b'x', 1000));
        body.extend_from_slice(b"\r\n.\r\n");
        let (mut s, peer) = session_with(
            vec![send("+OK\r\n"), expect("RETR 1"), Step::Send(body)],
            limits,
            5000,
        );
        assert!(s.read_greeting().await.is_ok());
        assert!(matches!(s.retr(1).await, Err(Pop3Error::TooLarge { .. })));
        finish(s, peer).await;
    }

    #[tokio::test]
    async fn huge_status_line_is_rejected_with_bounded_reads() {
        let (client, server) = tokio::io::duplex(16 * 1024);
        let mut s = Session::new(client, Limits::default(), timeouts(5000));
        let writer = tokio::spawn(async move {
            let mut server = server;
            let mut written = 0usize;
            if server.write_all(b"+OK\r\n").await.is_err() {
                return written;
            }
            let mut line = b"+OK ".to_vec();
            line.resize(1024, b'a');
            while written < 10 * 1024 * 1024 {
                if server.write_all(&line).await.is_err() {
                    break;
                }
                written += line.len();
                line.fill(b'a');
            }
            written
        });
        assert!(s.read_greeting().await.is_ok());
        let r = s.stat().await;
        assert!(matches!(r, Err(Pop3Error::TooLarge { .. })), "{r:?}");
        drop(s);
        let written = writer.await.unwrap_or(usize::MAX);
        // The cap, plus what sat in the pipe, plus one write in flight.
        assert!(written <= 8192 + 2 + 16 * 1024 + 1024, "{written}");
    }

    #[tokio::test]
    async fn stalled_server_times_out() {
        let (mut s, peer) = session_with(
            vec![
                send("+OK\r\n"),
                expect("STAT"),
                send("+OK 1"),
                Step::Stall(Duration::from_secs(3)),
            ],
            Limits::default(),
            150,
        );
        assert!(s.read_greeting().await.is_ok());
        let r = s.stat().await;
        assert!(
            matches!(&r, Err(Pop3Error::Timeout { waiting_for }) if waiting_for == "STAT reply"),
            "{r:?}"
        );
        drop(s);
        peer.abort();
    }

    /// Low-speed rule: 1 KiB per 300 ms of waiting; single reads may wait 2 s.
    fn slow_rule_session(script: Vec<Step>) -> (Session<DuplexStream>, JoinHandle<Vec<String>>) {
        let (client, server) = tokio::io::duplex(64 * 1024);
        let timeouts = Timeouts {
            read: Duration::from_secs(2),
            slow_window: Duration::from_millis(300),
            slow_min_bytes: 1024,
            ..Timeouts::default()
        };
        (
            Session::new(client, Limits::default(), timeouts),
            peer(server, script),
        )
    }

    fn retr_reply(body_len: usize) -> Vec<u8> {
        let mut reply = b"+OK\r\n".to_vec();
        for _ in 0..body_len / 64 {
            reply.extend(std::iter::repeat_n(b'x', 62));
            reply.extend_from_slice(b"\r\n");
        }
        reply.extend_from_slice(b".\r\n");
        reply
    }

    #[tokio::test]
    async fn trickling_server_is_too_slow() {
        // 8 bytes every 50 ms: the whole 4 KiB would take about 25 s, each
        // pause is well under the read timeout.
        let (mut s, peer) = slow_rule_session(vec![
            send("+OK\r\n"),
            expect("RETR 1"),
            Step::Drip {
                bytes: retr_reply(4096),
                chunk: 8,
                pause: Duration::from_millis(50),
            },
        ]);
        assert!(s.read_greeting().await.is_ok());
        let started = Instant::now();
        let r = s.retr(1).await;
        let took = started.elapsed();
        assert!(
            matches!(&r, Err(Pop3Error::Timeout { waiting_for })
                if waiting_for.starts_with("RETR reply") && waiting_for.contains("too slowly")),
            "{r:?}"
        );
        assert!(took < Duration::from_secs(2), "{took:?}");
        drop(s);
        peer.abort();
    }

    #[tokio::test]
    async fn steady_server_is_not_too_slow() {
        // 2 KiB every 20 ms, about 64 KiB in all: several windows pass.
        let reply = retr_reply(64 * 1024);
        let (mut s, peer) = slow_rule_session(vec![
            send("+OK\r\n"),
            expect("RETR 1"),
            Step::Drip {
                bytes: reply.clone(),
                chunk: 2048,
                pause: Duration::from_millis(20),
            },
        ]);
        assert!(s.read_greeting().await.is_ok());
        let r = s.retr(1).await;
        assert!(r.is_ok(), "{r:?}");
        assert_eq!(r.unwrap_or_default().len(), reply.len() - 5 - 3);
        assert!(finish(s, peer).await.is_empty());
    }

    #[tokio::test]
    async fn time_not_reading_is_not_counted() {
        // Each reply arrives in two pieces, so the second read of each is
        // counted (about 40 ms, a few bytes); the client idles for longer
        // than the window between commands.
        let split_ok = || Step::Drip {
            bytes: b"+OK a\r\n".to_vec(),
            chunk: 5,
            pause: Duration::from_millis(40),
        };
        let (mut s, peer) = slow_rule_session(vec![
            send("+OK\r\n"),
            expect("NOOP"),
            split_ok(),
            expect("NOOP"),
            split_ok(),
            expect("NOOP"),
            split_ok(),
        ]);
        assert!(s.read_greeting().await.is_ok());
        for i in 0..3 {
            if i > 0 {
                tokio::time::sleep(Duration::from_millis(450)).await;
            }
            let r = s.noop().await;
            assert!(r.is_ok(), "NOOP {i}: {r:?}");
        }
        assert!(finish(s, peer).await.is_empty());
    }

    #[tokio::test]
    async fn eof_mid_retr_is_closed() {
        let (mut s, peer) = session(vec![
            send("+OK\r\n"),
            expect("RETR 1"),
            send("+OK\r\nSubject: cut\r\nbody"),
            Step::Close,
        ]);
        assert!(s.read_greeting().await.is_ok());
        let r = s.retr(1).await;
        assert!(matches!(r, Err(Pop3Error::Closed)), "{r:?}");
        finish(s, peer).await;
        // Closed right after the terminator's dot: still incomplete.
        let (mut s, peer) = session(vec![
            send("+OK\r\n"),
            expect("RETR 1"),
            send("+OK\r\nx\r\n."),
            Step::Close,
        ]);
        assert!(s.read_greeting().await.is_ok());
        assert!(matches!(s.retr(1).await, Err(Pop3Error::Closed)));
        finish(s, peer).await;
    }

    #[tokio::test]
    async fn list_and_uidl_quirks() {
        let (mut s, peer) = session(vec![
            send("+OK\r\n"),
            expect("LIST"),
            send("+OK 2 messages\r\n1 120\r\n  2\t 300 \r\n.\r\n"),
            expect("UIDL"),
            send("+OK\r\n1 abc\r\n+OK 2\tdef  \r\n.\r\n"),
        ]);
        assert!(s.read_greeting().await.is_ok());
        assert_eq!(s.list().await.ok(), Some(vec![(1, 120), (2, 300)]));
        assert_eq!(
            s.uidl().await.ok(),
            Some(vec![(1, "abc".to_string()), (2, "def".to_string())])
        );
        assert!(finish(s, peer).await.is_empty());
    }

    #[tokio::test]
    async fn uidl_duplicates_and_bad_lines() {
        for listing in [
            "+OK\r\n1 abc\r\n2 abc\r\n.\r\n",
            "+OK\r\n1 abc\r\n1 def\r\n.\r\n",
            "+OK\r\n1 a\x01c\r\n.\r\n",
            "+OK\r\n1\r\n.\r\n",
            "+OK\r\nx abc\r\n.\r\n",
        ] {
            let (mut s, peer) = session(vec![send("+OK\r\n"), expect("UIDL"), send(listing)]);
            assert!(s.read_greeting().await.is_ok());
            let r = s.uidl().await;
            assert!(
                matches!(r, Err(Pop3Error::Protocol { .. })),
                "{listing:?} gave {r:?}"
            );
            finish(s, peer).await;
        }
    }

    #[tokio::test]
    async fn uidl_message_cap() {
        let limits = Limits {
            max_messages: 2,
            ..Limits::default()
        };
        let (mut s, peer) = session_with(
            vec![
                send("+OK\r\n"),
                expect("UIDL"),
                send("+OK\r\n1 a\r\n2 b\r\n3 c\r\n.\r\n"),
            ],
            limits,
            5000,
        );
        assert!(s.read_greeting().await.is_ok());
        assert!(matches!(s.uidl().await, Err(Pop3Error::TooLarge { .. })));
        finish(s, peer).await;
    }

    #[tokio::test]
    async fn pipelined_window() {
        // The whole batch of replies arrives in one write.
        let (mut s, peer) = session(vec![
            send("+OK\r\n"),
            expect("RETR 1"),
            expect("RETR 2"),
            expect("DELE 1"),
            send("+OK\r\none\r\n.\r\n+OK\r\n..two\r\n.\r\n+OK deleted\r\n"),
        ]);
        assert!(s.read_greeting().await.is_ok());
        for cmd in ["RETR 1", "RETR 2", "DELE 1"] {
            assert!(s.send_command(cmd).await.is_ok());
        }
        assert!(s.flush().await.is_ok());
        let mut a = Vec::new();
        let mut b = Vec::new();
        assert!(s.read_multiline_into("RETR", &mut a).await.is_ok());
        assert!(s.read_multiline_into("RETR", &mut b).await.is_ok());
        let st = s.read_status("DELE").await.ok();
        assert_eq!(a, b"one\r\n");
        assert_eq!(b, b".two\r\n");
        assert_eq!(
            st.map(|s| (s.ok, s.text)),
            Some((true, "deleted".to_string()))
        );
        assert!(finish(s, peer).await.is_empty());
    }

    #[tokio::test]
    async fn commands_with_line_breaks_are_refused() {
        let (mut s, peer) = session(vec![]);
        assert!(s.send_command("DELE 1\r\nQUIT").await.is_err());
        let mut c = creds(PopAuth::User);
        c.username = "tim\r\nDELE 1".to_string();
        assert!(s.login(&c).await.is_err());
        assert!(finish(s, peer).await.is_empty());
    }

    #[tokio::test]
    async fn quit_rejected() {
        let (mut s, peer) = session(vec![
            send("+OK\r\n"),
            expect("QUIT"),
            send("-ERR some deleted messages not removed\r\n"),
        ]);
        assert!(s.read_greeting().await.is_ok());
        assert!(matches!(s.quit().await, Err(Pop3Error::Rejected { .. })));
        assert!(peer.await.is_ok());
    }

    #[test]
    fn credentials_debug_hides_password() {
        let text = format!("{:?}", creds(PopAuth::Auto));
        assert!(!text.contains("tanstaaf"));
        assert!(text.contains("tim"));
    }

    /// A scripted server on loopback TCP, for the `net::Stream` paths.
    async fn tcp_peer(script: Vec<Step>) -> (u16, JoinHandle<Vec<String>>) {
        let listener = match tokio::net::TcpListener::bind("127.0.0.1:0").await {
            Ok(l) => l,
            Err(e) => panic!("bind: {e}"),
        };
        let port = listener.local_addr().map(|a| a.port()).unwrap_or(0);
        let handle = tokio::spawn(async move {
            let Ok((tcp, _)) = listener.accept().await else {
                return Vec::new();
            };
            let (a, b) = tokio::io::duplex(64 * 1024);
            let forward = tokio::spawn(async move {
                let mut tcp = tcp;
                let mut b = b;
                let _ = tokio::io::copy_bidirectional(&mut tcp, &mut b).await;
            });
            let rest = match peer(a, script).await {
                Ok(rest) => rest,
                Err(e) => panic!("peer failed: {e}"),
            };
            forward.abort();
            rest
        });
        (port, handle)
    }

    fn options(port: u16, security: Security) -> ConnectOptions {
        ConnectOptions {
            host: "127.0.0.1".to_string(),
            port,
            security,
            timeouts: timeouts(5000),
            tls: TlsOptions::default(),
            limits: Limits::default(),
            resolver: net::Resolver::System,
        }
    }

    #[tokio::test]
    async fn starttls_unavailable_sends_no_credentials() {
        let (port, peer) = tcp_peer(vec![send("+OK\r\n"), expect("CAPA"), send(CAPA_USER)]).await;
        let r = connect(&options(port, Security::StartTls), &creds(PopAuth::Auto)).await;
        assert!(matches!(r, Err(Pop3Error::StlsUnavailable)), "{r:?}");
        drop(r);
        assert!(peer.await.is_ok_and(|rest| rest.is_empty()));
    }

    #[tokio::test]
    async fn starttls_refused_sends_no_credentials() {
        let (port, peer) = tcp_peer(vec![
            send("+OK\r\n"),
            expect("CAPA"),
            send("-ERR\r\n"),
            expect("STLS"),
            send("-ERR not now\r\n"),
        ])
        .await;
        let r = connect(&options(port, Security::StartTls), &creds(PopAuth::Auto)).await;
        assert!(matches!(r, Err(Pop3Error::StlsRefused { .. })), "{r:?}");
        drop(r);
        assert!(peer.await.is_ok_and(|rest| rest.is_empty()));
    }

    #[tokio::test]
    async fn stls_injection_is_refused() {
        let (port, peer) = tcp_peer(vec![
            send("+OK\r\n"),
            expect("CAPA"),
            send("+OK\r\nSTLS\r\nUSER\r\n.\r\n"),
            expect("STLS"),
            send("+OK begin TLS\r\n+OK injected\r\n"),
        ])
        .await;
        let r = connect(&options(port, Security::StartTls), &creds(PopAuth::Auto)).await;
        assert!(matches!(r, Err(Pop3Error::StlsInjection)), "{r:?}");
        drop(r);
        assert!(peer.await.is_ok_and(|rest| rest.is_empty()));
    }

    #[tokio::test]
    async fn plain_connect_full_flow() {
        let (port, peer) = tcp_peer(vec![
            send("+OK ready\r\n"),
            expect("CAPA"),
            send("+OK\r\nUSER\r\n.\r\n"),
            expect("USER tim"),
            send("+OK\r\n"),
            expect("PASS tanstaaf"),
            send("+OK\r\n"),
            expect("CAPA"),
            send("+OK\r\nUSER\r\nPIPELINING\r\nUIDL\r\n.\r\n"),
            expect("QUIT"),
            send("+OK\r\n"),
        ])
        .await;
        let s = connect(&options(port, Security::None), &creds(PopAuth::Auto)).await;
        let Ok(s) = s else {
            panic!("connect failed: {s:?}");
        };
        assert!(s.pipelining());
        assert!(!s.is_encrypted());
        assert!(s.quit().await.is_ok());
        assert!(peer.await.is_ok_and(|rest| rest.is_empty()));
    }

    async fn line<R: AsyncRead + Unpin>(r: &mut R) -> String {
        let mut out = Vec::new();
        let mut b = [0u8; 1];
        while matches!(r.read(&mut b).await, Ok(1)) && b[0] != b'\n' {
            out.push(b[0]);
        }
        String::from_utf8_lossy(&out).trim_end().to_string()
    }

    async fn say<W: AsyncWrite + Unpin>(w: &mut W, text: &str) {
        let _ = w.write_all(text.as_bytes()).await;
        let _ = w.flush().await;
    }

    #[tokio::test]
    async fn stls_upgrade_then_login() {
        let pki = crate::net::tests::valid_pki();
        let acceptor = crate::net::tests::acceptor(&pki);
        let listener = match tokio::net::TcpListener::bind("127.0.0.1:0").await {
            Ok(l) => l,
            Err(e) => panic!("bind: {e}"),
        };
        let port = listener.local_addr().map(|a| a.port()).unwrap_or(0);
        let server = tokio::spawn(async move {
            let Ok((mut tcp, _)) = listener.accept().await else {
                panic!("accept failed");
            };
            say(&mut tcp, "+OK ready\r\n").await;
            assert_eq!(line(&mut tcp).await, "CAPA");
            say(&mut tcp, "+OK\r\nSTLS\r\nUSER\r\n.\r\n").await;
            assert_eq!(line(&mut tcp).await, "STLS");
            say(&mut tcp, "+OK begin TLS\r\n").await;
            let mut tls = match acceptor.accept(tcp).await {
                Ok(tls) => tls,
                Err(e) => panic!("server handshake: {e}"),
            };
            assert_eq!(line(&mut tls).await, "CAPA");
            say(&mut tls, "+OK\r\nUSER\r\nSASL PLAIN\r\n.\r\n").await;
            assert_eq!(line(&mut tls).await, "AUTH PLAIN AHRpbQB0YW5zdGFhZg==");
            say(&mut tls, "+OK\r\n").await;
            assert_eq!(line(&mut tls).await, "CAPA");
            say(&mut tls, "+OK\r\nUSER\r\nUIDL\r\nPIPELINING\r\n.\r\n").await;
            assert_eq!(line(&mut tls).await, "QUIT");
            say(&mut tls, "+OK bye\r\n").await;
        });
        let mut opts = options(port, Security::StartTls);
        opts.host = "localhost".to_string();
        opts.tls.extra_roots_pem = vec![pki.ca_pem.clone().into_bytes()];
        let s = connect(&opts, &creds(PopAuth::Auto)).await;
        let Ok(s) = s else {
            panic!("connect failed: {s:?}");
        };
        assert!(s.is_encrypted());
        let caps = s.capabilities().cloned().unwrap_or_default();
        assert!(caps.uidl && caps.pipelining && !caps.stls);
        assert!(s.quit().await.is_ok());
        assert!(server.await.is_ok());
    }
}
