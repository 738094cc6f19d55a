//! A scripted POP3 server (RFC 1939, 2449, 2595, 5034) with faults on demand.
//!
//! `FakePop3::start(config)` binds 127.0.0.1 on an ephemeral port and serves
//! from a background thread with its own tokio runtime, so it works from
//! `#[tokio::test]`, from plain `#[test]`, and for a `postern` child process.
//! Dropping the handle stops the server and closes every connection.
//!
//! Every connection snapshots the mailbox at login and the `Faults` at
//! accept time; change faults between connections with `set_faults`.
//! Deletions apply only after a successful QUIT in the TRANSACTION state.
//! Messages are served with CRLF line endings (bare LF is converted, as real
//! servers do); LIST sizes are the CRLF sizes before dot-stuffing.

use std::net::{SocketAddr, TcpListener as StdTcpListener};
use std::pin::Pin;
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use base64::Engine as _;
use md5::{Digest as _, Md5};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, ReadBuf};
use tokio::net::TcpStream;
use tokio::sync::oneshot;

use super::certs::{pki, TestCert};

/// Capabilities advertised by default (before faults are applied).
pub const DEFAULT_CAPA: &[&str] = &[
    "TOP",
    "UIDL",
    "USER",
    "PIPELINING",
    "SASL PLAIN",
    "STLS",
    "RESP-CODES",
    "AUTH-RESP-CODE",
];

/// Longest command line accepted (RFC 2449 allows 255; be generous).
const MAX_COMMAND_LINE: usize = 8 * 1024;

/// Which test certificate the server presents (see `certs.rs`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CertChoice {
    /// Signed by the test CA for localhost / 127.0.0.1.
    #[default]
    Valid,
    Expired,
    WrongHost,
    SelfSigned,
}

impl CertChoice {
    pub fn cert(self) -> &'static TestCert {
        let p = pki();
        match self {
            CertChoice::Valid => &p.valid,
            CertChoice::Expired => &p.expired,
            CertChoice::WrongHost => &p.wrong_host,
            CertChoice::SelfSigned => &p.self_signed,
        }
    }
}

/// What happens when the client sends QUIT in the TRANSACTION state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum QuitFault {
    /// Apply deletions, answer `+OK`.
    #[default]
    Normal,
    /// Answer `-ERR`, delete nothing.
    Err,
    /// Close the connection without answering, delete nothing.
    Close,
}

/// A login refusal sent after correct credentials (PASS, AUTH, APOP).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoginFault {
    /// `-ERR [IN-USE] ...`
    InUse,
    /// `-ERR [SYS/TEMP] ...`
    SysTemp,
    /// `-ERR [LOGIN-DELAY] ...`
    LoginDelay,
    /// Any full reply line, without CRLF, e.g. `-ERR [SYS/PERM] gone`.
    Custom(String),
}

impl LoginFault {
    fn reply(&self) -> String {
        match self {
            LoginFault::InUse => "-ERR [IN-USE] Mailbox is locked by another POP3 session".into(),
            LoginFault::SysTemp => "-ERR [SYS/TEMP] Temporary system failure, try later".into(),
            LoginFault::LoginDelay => {
                "-ERR [LOGIN-DELAY] Minimum time between logins not reached".into()
            }
            LoginFault::Custom(s) => s.clone(),
        }
    }
}

/// Stop answering.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Stall {
    #[default]
    No,
    /// Accept the connection, never send anything (not even the greeting).
    BeforeGreeting,
    /// Send the greeting, then never answer (commands are still logged).
    AfterGreeting,
}

/// Send `len` bytes of `+OK xxxx...` with no CRLF instead of a reply, then stall.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HugeLine {
    /// `"GREETING"` or a command verb in upper case (`"CAPA"`, `"RETR"`, ...).
    pub instead_of: String,
    pub len: usize,
}

impl HugeLine {
    /// A 10 MB line instead of the reply to `verb` (or `"GREETING"`).
    pub fn instead_of(verb: &str) -> HugeLine {
        HugeLine {
            instead_of: verb.to_ascii_uppercase(),
            len: 10 * 1024 * 1024,
        }
    }
}

/// Faults on demand. `Faults::default()` is a well-behaved server.
#[derive(Clone, Debug, Default)]
pub struct Faults {
    /// Write every reply in 1-3 byte chunks, flushing (and pausing briefly)
    /// after each, so terminators are split across reads.
    pub tiny_writes: bool,
    /// `(msg, n)`: during RETR of message number `msg`, send only the first
    /// `n` bytes of the reply (status line included), then close the socket.
    pub drop_in_retr: Option<(usize, usize)>,
    /// Message numbers whose DELE is answered `-ERR`.
    pub dele_err: Vec<usize>,
    pub quit: QuitFault,
    /// UIDL lines use `" \t  "` between number and UID (listing and single).
    pub uidl_extra_whitespace: bool,
    /// UIDL listing lines start with `+OK `.
    pub uidl_ok_prefix: bool,
    /// This message number appears twice in the UIDL listing.
    pub uidl_duplicate: Option<usize>,
    /// `(msg, size)`: LIST (listing and single) and STAT report this size.
    pub list_size_lie: Option<(usize, u64)>,
    /// STLS not advertised in CAPA (still accepted if sent: a stripping MITM).
    pub stls_hidden: bool,
    /// STLS answered `-ERR`.
    pub stls_refused: bool,
    /// Bytes written right after `+OK` to STLS, in the same write, before TLS.
    pub stls_inject: Option<Vec<u8>>,
    /// Refuse a login with correct credentials.
    pub login: Option<LoginFault>,
    /// Advertise `LOGIN-DELAY <secs>` in CAPA.
    pub login_delay_capa: Option<u64>,
    pub stall: Stall,
    pub huge_line: Option<HugeLine>,
    /// PIPELINING not advertised in CAPA (pipelined commands are still
    /// answered; `ConnectionLog::pipelined` counts them).
    pub no_pipelining: bool,
    /// Wait this long before answering RETR.
    pub retr_delay: Option<Duration>,
}

/// Server configuration.
#[derive(Clone, Debug)]
pub struct Config {
    pub user: String,
    pub password: String,
    /// Initial mailbox: `(uid, bytes)` in message-number order.
    pub mailbox: Vec<(String, Vec<u8>)>,
    /// Capability lines (before `Faults` edits). STLS/USER/TOP/UIDL/SASL PLAIN
    /// missing here means the command is refused.
    pub capa: Vec<String>,
    /// TLS from the first byte (pop3s) instead of plain + STLS.
    pub implicit_tls: bool,
    pub cert: CertChoice,
    /// When false, USER/PASS and AUTH PLAIN before TLS get
    /// `-ERR [AUTH] Plaintext authentication disallowed ...` (like Dovecot).
    pub plaintext_login_allowed: bool,
    /// When true, a second concurrent login gets `-ERR [IN-USE]`.
    pub lock_mailbox: bool,
    pub faults: Faults,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            user: "alice".into(),
            password: "secret".into(),
            mailbox: Vec::new(),
            capa: DEFAULT_CAPA.iter().map(|s| s.to_string()).collect(),
            implicit_tls: false,
            cert: CertChoice::Valid,
            plaintext_login_allowed: true,
            lock_mailbox: false,
            faults: Faults::default(),
        }
    }
}

impl Config {
    pub fn new(user: &str, password: &str) -> Config {
        Config {
            user: user.into(),
            password: password.into(),
            ..Config::default()
        }
    }

    pub fn with_message(mut self, uid: impl Into<String>, data: impl Into<Vec<u8>>) -> Config {
        self.mailbox.push((uid.into(), data.into()));
        self
    }

    pub fn with_faults(mut self, faults: Faults) -> Config {
        self.faults = faults;
        self
    }

    pub fn implicit_tls(mut self) -> Config {
        self.implicit_tls = true;
        self
    }

    pub fn with_cert(mut self, cert: CertChoice) -> Config {
        self.cert = cert;
        self
    }

    pub fn with_capa(mut self, capa: &[&str]) -> Config {
        self.capa = capa.iter().map(|s| s.to_string()).collect();
        self
    }
}

/// One received command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoggedLine {
    /// The line without CRLF (lossy UTF-8).
    pub line: String,
    /// Whether it arrived inside TLS.
    pub tls: bool,
}

/// What happened on one connection.
#[derive(Clone, Debug, Default)]
pub struct ConnectionLog {
    /// Every line received, including AUTH continuation lines.
    pub lines: Vec<LoggedLine>,
    /// TLS established (implicit or STLS).
    pub tls: bool,
    /// TLS handshake failure as seen by the server (e.g. client rejected cert).
    pub tls_error: Option<String>,
    /// Logged in (TRANSACTION state reached).
    pub logged_in: bool,
    /// QUIT in TRANSACTION answered +OK and deletions applied.
    pub quit_ok: bool,
    /// Commands that were already buffered when the previous one was taken.
    pub pipelined: usize,
    /// Connection finished (closed by either side).
    pub closed: bool,
}

impl ConnectionLog {
    pub fn commands(&self) -> Vec<String> {
        self.lines.iter().map(|l| l.line.clone()).collect()
    }
}

struct Shared {
    mailbox: Vec<(String, Vec<u8>)>,
    expunged: Vec<String>,
    faults: Faults,
    connections: Vec<ConnectionLog>,
    locked: bool,
}

/// Handle to a running fake server; dropping it stops the server.
pub struct FakePop3 {
    addr: SocketAddr,
    shared: Arc<Mutex<Shared>>,
    shutdown: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

fn lock(shared: &Mutex<Shared>) -> MutexGuard<'_, Shared> {
    shared.lock().unwrap_or_else(|e| e.into_inner())
}

fn is_credential_line(line: &str) -> bool {
    let verb = line
        .split(|c: char| c.is_ascii_whitespace())
        .next()
        .unwrap_or("")
        .to_ascii_uppercase();
    matches!(verb.as_str(), "USER" | "PASS" | "APOP" | "AUTH")
}

impl FakePop3 {
    pub fn start(config: Config) -> FakePop3 {
        let listener = StdTcpListener::bind("127.0.0.1:0").expect("bind fake POP3");
        listener.set_nonblocking(true).expect("nonblocking");
        let addr = listener.local_addr().expect("local addr");
        let shared = Arc::new(Mutex::new(Shared {
            mailbox: config.mailbox.clone(),
            expunged: Vec::new(),
            faults: config.faults.clone(),
            connections: Vec::new(),
            locked: false,
        }));
        let (tx, rx) = oneshot::channel::<()>();
        let server_shared = shared.clone();
        let config = Arc::new(config);
        let thread = std::thread::Builder::new()
            .name(format!("fake-pop3-{}", addr.port()))
            .spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .expect("fake POP3 runtime");
                rt.block_on(serve(listener, config, server_shared, rx));
                rt.shutdown_background();
            })
            .expect("spawn fake POP3 thread");
        FakePop3 {
            addr,
            shared,
            shutdown: Some(tx),
            thread: Some(thread),
        }
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Faults for the next connections (existing ones keep theirs).
    pub fn set_faults(&self, faults: Faults) {
        lock(&self.shared).faults = faults;
    }

    pub fn update_faults(&self, f: impl FnOnce(&mut Faults)) {
        f(&mut lock(&self.shared).faults);
    }

    pub fn faults(&self) -> Faults {
        lock(&self.shared).faults.clone()
    }

    /// Messages still on the server: `(uid, bytes)` as configured.
    pub fn mailbox(&self) -> Vec<(String, Vec<u8>)> {
        lock(&self.shared).mailbox.clone()
    }

    pub fn uids(&self) -> Vec<String> {
        lock(&self.shared)
            .mailbox
            .iter()
            .map(|m| m.0.clone())
            .collect()
    }

    /// Add a message (seen by sessions that log in afterwards).
    pub fn add_message(&self, uid: impl Into<String>, data: impl Into<Vec<u8>>) {
        lock(&self.shared).mailbox.push((uid.into(), data.into()));
    }

    /// UIDs removed by successful QUITs, in order.
    pub fn expunged(&self) -> Vec<String> {
        lock(&self.shared).expunged.clone()
    }

    pub fn connection_count(&self) -> usize {
        lock(&self.shared).connections.len()
    }

    pub fn connections(&self) -> Vec<ConnectionLog> {
        lock(&self.shared).connections.clone()
    }

    /// Command lines per connection.
    pub fn commands(&self) -> Vec<Vec<String>> {
        lock(&self.shared)
            .connections
            .iter()
            .map(|c| c.commands())
            .collect()
    }

    /// All command lines of all connections, in connection order.
    pub fn all_commands(&self) -> Vec<String> {
        self.commands().into_iter().flatten().collect()
    }

    /// Did any USER / PASS / APOP / AUTH line ever arrive (on any connection)?
    pub fn saw_credentials(&self) -> bool {
        lock(&self.shared)
            .connections
            .iter()
            .flat_map(|c| c.lines.iter())
            .any(|l| is_credential_line(&l.line))
    }

    /// Did any USER / PASS / APOP / AUTH line arrive outside TLS?
    pub fn saw_credentials_in_clear(&self) -> bool {
        lock(&self.shared)
            .connections
            .iter()
            .flat_map(|c| c.lines.iter())
            .any(|l| !l.tls && is_credential_line(&l.line))
    }

    /// Poll (every 10 ms) until `cond(self)` holds or `timeout` passes.
    pub fn wait_until(&self, timeout: Duration, cond: impl Fn(&FakePop3) -> bool) -> bool {
        let deadline = Instant::now() + timeout;
        loop {
            if cond(self) {
                return true;
            }
            if Instant::now() >= deadline {
                return false;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Wait until every accepted connection has been closed.
    pub fn wait_idle(&self, timeout: Duration) -> bool {
        self.wait_until(timeout, |s| s.connections().iter().all(|c| c.closed))
    }
}

impl Drop for FakePop3 {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

async fn serve(
    listener: StdTcpListener,
    config: Arc<Config>,
    shared: Arc<Mutex<Shared>>,
    shutdown: oneshot::Receiver<()>,
) {
    let listener = tokio::net::TcpListener::from_std(listener).expect("tokio listener");
    let acceptor = Arc::new(async_native_tls::TlsAcceptor::from(
        config.cert.cert().acceptor(),
    ));
    let accept_loop = async {
        loop {
            let Ok((sock, _)) = listener.accept().await else {
                tokio::time::sleep(Duration::from_millis(10)).await;
                continue;
            };
            let _ = sock.set_nodelay(true);
            let (conn, faults) = {
                let mut s = lock(&shared);
                s.connections.push(ConnectionLog::default());
                (s.connections.len() - 1, s.faults.clone())
            };
            let mut session = Session {
                io: Io::Plain(sock),
                buf: Vec::new(),
                conn,
                shared: shared.clone(),
                config: config.clone(),
                acceptor: acceptor.clone(),
                faults,
                tls: false,
                state: State::Authorization { user: None },
                timestamp: format!("<{}.{}@postern.test>", std::process::id(), conn),
                chunk_counter: 0,
                holds_lock: false,
            };
            tokio::spawn(async move {
                let _ = session.run().await;
                session.finish();
            });
        }
    };
    tokio::select! {
        _ = shutdown => {}
        _ = accept_loop => {}
    }
}

/// The connection: plain TCP or TLS over TCP.
enum Io {
    Plain(TcpStream),
    Tls(Pin<Box<async_native_tls::TlsStream<TcpStream>>>),
    Gone,
}

fn gone() -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::NotConnected, "connection gone")
}

impl AsyncRead for Io {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        match self.get_mut() {
            Io::Plain(s) => Pin::new(s).poll_read(cx, buf),
            Io::Tls(s) => s.as_mut().poll_read(cx, buf),
            Io::Gone => Poll::Ready(Err(gone())),
        }
    }
}

impl AsyncWrite for Io {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        match self.get_mut() {
            Io::Plain(s) => Pin::new(s).poll_write(cx, buf),
            Io::Tls(s) => s.as_mut().poll_write(cx, buf),
            Io::Gone => Poll::Ready(Err(gone())),
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        match self.get_mut() {
            Io::Plain(s) => Pin::new(s).poll_flush(cx),
            Io::Tls(s) => s.as_mut().poll_flush(cx),
            Io::Gone => Poll::Ready(Err(gone())),
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        match self.get_mut() {
            Io::Plain(s) => Pin::new(s).poll_shutdown(cx),
            Io::Tls(s) => s.as_mut().poll_shutdown(cx),
            Io::Gone => Poll::Ready(Ok(())),
        }
    }
}

enum State {
    Authorization {
        user: Option<String>,
    },
    Transaction {
        /// `(uid, CRLF-normalised bytes)` snapshot taken at login.
        msgs: Vec<(String, Vec<u8>)>,
        deleted: Vec<bool>,
    },
}

enum Flow {
    Continue,
    /// Close without UPDATE.
    Close,
    /// Keep reading and logging, never answer again.
    Stall,
}

type IoResult<T> = std::io::Result<T>;

struct Session {
    io: Io,
    buf: Vec<u8>,
    conn: usize,
    shared: Arc<Mutex<Shared>>,
    config: Arc<Config>,
    acceptor: Arc<async_native_tls::TlsAcceptor>,
    faults: Faults,
    tls: bool,
    state: State,
    timestamp: String,
    chunk_counter: usize,
    holds_lock: bool,
}

impl Session {
    fn log(&self, f: impl FnOnce(&mut ConnectionLog)) {
        let mut s = lock(&self.shared);
        f(&mut s.connections[self.conn]);
    }

    fn finish(&mut self) {
        let holds_lock = self.holds_lock;
        let mut s = lock(&self.shared);
        if holds_lock {
            s.locked = false;
        }
        s.connections[self.conn].closed = true;
    }

    async fn run(&mut self) -> IoResult<()> {
        if self.config.implicit_tls && !self.start_tls().await {
            return Ok(());
        }
        if self.faults.stall == Stall::BeforeGreeting {
            return self.stall().await;
        }
        if self.huge_instead_of("GREETING") {
            return self.send_huge_and_stall().await;
        }
        let greeting = format!("+OK Postern fake POP3 ready {}\r\n", self.timestamp);
        self.send(greeting.as_bytes()).await?;
        if self.faults.stall == Stall::AfterGreeting {
            return self.stall().await;
        }
        while let Some(line) = self.read_line().await? {
            let verb = line.split(' ').next().unwrap_or("").to_ascii_uppercase();
            if self.huge_instead_of(&verb) {
                return self.send_huge_and_stall().await;
            }
            match self.command(&line).await? {
                Flow::Continue => {}
                Flow::Close => break,
                Flow::Stall => return self.stall().await,
            }
        }
        Ok(())
    }

    /// TLS handshake on the current plain stream; false (and logged) on failure.
    async fn start_tls(&mut self) -> bool {
        let Io::Plain(sock) = std::mem::replace(&mut self.io, Io::Gone) else {
            return false;
        };
        let handshake = tokio::time::timeout(Duration::from_secs(20), self.acceptor.accept(sock));
        match handshake.await {
            Ok(Ok(tls)) => {
                self.io = Io::Tls(Box::pin(tls));
                self.tls = true;
                self.log(|c| c.tls = true);
                true
            }
            Ok(Err(e)) => {
                let msg = e.to_string();
                self.log(|c| c.tls_error = Some(msg));
                false
            }
            Err(_) => {
                self.log(|c| c.tls_error = Some("handshake timed out".into()));
                false
            }
        }
    }

    fn huge_instead_of(&self, verb: &str) -> bool {
        matches!(&self.faults.huge_line, Some(h) if h.instead_of == verb)
    }

    async fn send_huge_and_stall(&mut self) -> IoResult<()> {
        let len = self.faults.huge_line.as_ref().map_or(0, |h| h.len);
        let mut line = b"+OK ".to_vec();
        line.resize(len.max(4), b'x');
        // Not through `send`: tiny writes of 10 MB would take forever.
        self.io.write_all(&line).await?;
        self.io.flush().await?;
        self.stall().await
    }

    /// Read and log lines until EOF, never answering.
    async fn stall(&mut self) -> IoResult<()> {
        while self.read_line().await?.is_some() {}
        Ok(())
    }

    /// Next line without CRLF, logged; None at EOF.
    async fn read_line(&mut self) -> IoResult<Option<String>> {
        loop {
            if let Some(pos) = self.buf.iter().position(|&b| b == b'\n') {
                let mut raw: Vec<u8> = self.buf.drain(..=pos).collect();
                raw.pop();
                if raw.last() == Some(&b'\r') {
                    raw.pop();
                }
                let line = String::from_utf8_lossy(&raw).into_owned();
                let pipelined = !self.buf.is_empty();
                let tls = self.tls;
                let logged = line.clone();
                self.log(|c| {
                    c.lines.push(LoggedLine { line: logged, tls });
                    if pipelined {
                        c.pipelined += 1;
                    }
                });
                return Ok(Some(line));
            }
            if self.buf.len() > MAX_COMMAND_LINE {
                let _ = self.send(b"-ERR line too long\r\n").await;
                return Ok(None);
            }
            let mut tmp = [0u8; 4096];
            let n = self.io.read(&mut tmp).await?;
            if n == 0 {
                return Ok(None);
            }
            self.buf.extend_from_slice(&tmp[..n]);
        }
    }

    /// Write a reply, in tiny chunks when that fault is on.
    async fn send(&mut self, data: &[u8]) -> IoResult<()> {
        if !self.faults.tiny_writes {
            self.io.write_all(data).await?;
            return self.io.flush().await;
        }
        let mut rest = data;
        while !rest.is_empty() {
            let n = (self.chunk_counter % 3 + 1).min(rest.len());
            self.chunk_counter += 1;
            self.io.write_all(&rest[..n]).await?;
            self.io.flush().await?;
            rest = &rest[n..];
            // Give the reader a chance to see this chunk on its own.
            std::thread::sleep(Duration::from_micros(20));
            tokio::task::yield_now().await;
        }
        Ok(())
    }

    async fn reply(&mut self, line: &str) -> IoResult<Flow> {
        self.send(format!("{line}\r\n").as_bytes()).await?;
        Ok(Flow::Continue)
    }

    fn has_capa(&self, name: &str) -> bool {
        self.config
            .capa
            .iter()
            .any(|c| c.eq_ignore_ascii_case(name))
    }

    fn capa_lines(&self) -> Vec<String> {
        let f = &self.faults;
        let mut lines: Vec<String> = self
            .config
            .capa
            .iter()
            .filter(|c| !(c.eq_ignore_ascii_case("STLS") && (f.stls_hidden || self.tls)))
            .filter(|c| !(c.eq_ignore_ascii_case("PIPELINING") && f.no_pipelining))
            .cloned()
            .collect();
        if let Some(secs) = f.login_delay_capa {
            lines.push(format!("LOGIN-DELAY {secs}"));
        }
        lines.push("IMPLEMENTATION Postern-Fake-POP3".into());
        lines
    }

    fn plaintext_refused(&self) -> bool {
        !self.tls && !self.config.plaintext_login_allowed
    }

    async fn command(&mut self, line: &str) -> IoResult<Flow> {
        let mut parts = line.split(' ').filter(|p| !p.is_empty());
        let verb = parts.next().unwrap_or("").to_ascii_uppercase();
        let args: Vec<String> = parts.map(str::to_string).collect();
        let in_transaction = matches!(self.state, State::Transaction { .. });

        match (verb.as_str(), in_transaction) {
            ("CAPA", _) => {
                let mut out = String::from("+OK Capability list follows\r\n");
                for l in self.capa_lines() {
                    out.push_str(&l);
                    out.push_str("\r\n");
                }
                out.push_str(".\r\n");
                self.send(out.as_bytes()).await?;
                Ok(Flow::Continue)
            }
            ("QUIT", false) => {
                self.reply("+OK Bye").await?;
                Ok(Flow::Close)
            }
            ("QUIT", true) => self.quit().await,

            // AUTHORIZATION state
            ("STLS", false) => self.stls().await,
            ("USER", false) => {
                if !self.has_capa("USER") {
                    return self.reply("-ERR USER not supported").await;
                }
                if self.plaintext_refused() {
                    return self
                        .reply("-ERR [AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.")
                        .await;
                }
                let Some(name) = args.first() else {
                    return self.reply("-ERR USER needs a name").await;
                };
                self.state = State::Authorization {
                    user: Some(name.clone()),
                };
                self.reply("+OK").await
            }
            ("PASS", false) => {
                let State::Authorization { user: Some(user) } = &self.state else {
                    return self.reply("-ERR USER first").await;
                };
                let user = user.clone();
                // The password may contain spaces: take the rest of the line.
                let pass = line.get(5..).unwrap_or("").to_string();
                self.login(&user, &pass).await
            }
            ("APOP", false) => {
                let (Some(user), Some(digest)) = (args.first(), args.get(1)) else {
                    return self.reply("-ERR APOP needs name and digest").await;
                };
                let expected = Md5::digest(format!("{}{}", self.timestamp, self.config.password))
                    .iter()
                    .map(|b| format!("{b:02x}"))
                    .collect::<String>();
                if digest.eq_ignore_ascii_case(&expected) {
                    let (user, pass) = (user.clone(), self.config.password.clone());
                    self.login(&user, &pass).await
                } else {
                    self.reply("-ERR [AUTH] Authentication failed.").await
                }
            }
            ("AUTH", false) => self.auth(&args).await,

            // TRANSACTION state
            ("NOOP", true) => self.reply("+OK").await,
            ("RSET", true) => {
                if let State::Transaction { deleted, .. } = &mut self.state {
                    deleted.iter_mut().for_each(|d| *d = false);
                }
                self.reply("+OK").await
            }
            ("STAT", true) => {
                let listed = self.listed();
                let total: u64 = listed.iter().map(|(_, size)| size).sum();
                self.reply(&format!("+OK {} {}", listed.len(), total)).await
            }
            ("LIST", true) => {
                if let Some(arg) = args.first() {
                    let Some(n) = self.msg_number(arg) else {
                        return self.reply("-ERR No such message").await;
                    };
                    let size = self.listed_size(n);
                    return self.reply(&format!("+OK {n} {size}")).await;
                }
                let mut out = String::from("+OK scan listing follows\r\n");
                for (n, size) in self.listed() {
                    out.push_str(&format!("{n} {size}\r\n"));
                }
                out.push_str(".\r\n");
                self.send(out.as_bytes()).await?;
                Ok(Flow::Continue)
            }
            ("UIDL", true) => {
                if !self.has_capa("UIDL") {
                    return self.reply("-ERR UIDL not supported").await;
                }
                let sep = if self.faults.uidl_extra_whitespace {
                    " \t  "
                } else {
                    " "
                };
                if let Some(arg) = args.first() {
                    let Some(n) = self.msg_number(arg) else {
                        return self.reply("-ERR No such message").await;
                    };
                    let uid = self.msg(n).0.clone();
                    return self.reply(&format!("+OK {n}{sep}{uid}")).await;
                }
                let prefix = if self.faults.uidl_ok_prefix {
                    "+OK "
                } else {
                    ""
                };
                let mut out = String::from("+OK unique-id listing follows\r\n");
                for (n, _) in self.listed() {
                    let uid = self.msg(n).0.clone();
                    let times = if self.faults.uidl_duplicate == Some(n) {
                        2
                    } else {
                        1
                    };
                    for _ in 0..times {
                        out.push_str(&format!("{prefix}{n}{sep}{uid}\r\n"));
                    }
                }
                out.push_str(".\r\n");
                self.send(out.as_bytes()).await?;
                Ok(Flow::Continue)
            }
            ("RETR", true) => {
                let Some(n) = args.first().and_then(|a| self.msg_number(a)) else {
                    return self.reply("-ERR No such message").await;
                };
                if let Some(delay) = self.faults.retr_delay {
                    tokio::time::sleep(delay).await;
                }
                let body = self.msg(n).1.clone();
                let reply = multiline(&format!("+OK {} octets", body.len()), &body);
                if let Some((msg, cut)) = self.faults.drop_in_retr {
                    if msg == n {
                        let cut = cut.min(reply.len());
                        self.send(&reply[..cut]).await?;
                        return Ok(Flow::Close);
                    }
                }
                self.send(&reply).await?;
                Ok(Flow::Continue)
            }
            ("TOP", true) => {
                if !self.has_capa("TOP") {
                    return self.reply("-ERR TOP not supported").await;
                }
                let n = args.first().and_then(|a| self.msg_number(a));
                let k = args.get(1).and_then(|a| a.parse::<usize>().ok());
                let (Some(n), Some(k)) = (n, k) else {
                    return self.reply("-ERR Usage: TOP msg lines").await;
                };
                let body = top(&self.msg(n).1, k);
                let reply = multiline("+OK top of message follows", &body);
                self.send(&reply).await?;
                Ok(Flow::Continue)
            }
            ("DELE", true) => {
                let Some(n) = args.first().and_then(|a| self.msg_number(a)) else {
                    return self.reply("-ERR No such message").await;
                };
                if self.faults.dele_err.contains(&n) {
                    return self.reply("-ERR Cannot delete message").await;
                }
                if let State::Transaction { deleted, .. } = &mut self.state {
                    deleted[n - 1] = true;
                }
                self.reply("+OK Marked to be deleted.").await
            }
            _ => self.reply("-ERR Unknown command or wrong state").await,
        }
    }

    async fn stls(&mut self) -> IoResult<Flow> {
        if self.tls {
            return self.reply("-ERR Already using TLS").await;
        }
        if !self.has_capa("STLS") || self.faults.stls_refused {
            return self.reply("-ERR TLS not available").await;
        }
        let mut out = b"+OK Begin TLS negotiation now.\r\n".to_vec();
        if let Some(extra) = &self.faults.stls_inject {
            out.extend_from_slice(extra);
        }
        // One write, so injected bytes travel with the +OK.
        self.io.write_all(&out).await?;
        self.io.flush().await?;
        // RFC 2595: anything the client sent after STLS is discarded.
        self.buf.clear();
        if self.start_tls().await {
            Ok(Flow::Continue)
        } else {
            Ok(Flow::Close)
        }
    }

    async fn auth(&mut self, args: &[String]) -> IoResult<Flow> {
        let Some(mech) = args.first() else {
            let out = if self.has_capa("SASL PLAIN") {
                "+OK\r\nPLAIN\r\n.\r\n"
            } else {
                "+OK\r\n.\r\n"
            };
            self.send(out.as_bytes()).await?;
            return Ok(Flow::Continue);
        };
        if !mech.eq_ignore_ascii_case("PLAIN") || !self.has_capa("SASL PLAIN") {
            return self
                .reply("-ERR Unsupported authentication mechanism.")
                .await;
        }
        if self.plaintext_refused() {
            return self
                .reply("-ERR [AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.")
                .await;
        }
        let response = match args.get(1) {
            Some(ir) if ir == "=" => String::new(),
            Some(ir) => ir.clone(),
            None => {
                self.send(b"+ \r\n").await?;
                match self.read_line().await? {
                    Some(l) => l,
                    None => return Ok(Flow::Close),
                }
            }
        };
        if response.trim() == "*" {
            return self.reply("-ERR Authentication aborted").await;
        }
        let Ok(decoded) = base64::engine::general_purpose::STANDARD.decode(response.trim()) else {
            return self
                .reply("-ERR Invalid base64 data in continued response")
                .await;
        };
        let fields: Vec<&[u8]> = decoded.split(|&b| b == 0).collect();
        if fields.len() != 3 {
            return self.reply("-ERR [AUTH] Authentication failed.").await;
        }
        let user = String::from_utf8_lossy(fields[1]).into_owned();
        let pass = String::from_utf8_lossy(fields[2]).into_owned();
        self.login(&user, &pass).await
    }

    async fn login(&mut self, user: &str, pass: &str) -> IoResult<Flow> {
        if self.plaintext_refused() {
            return self
                .reply("-ERR [AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.")
                .await;
        }
        if user != self.config.user || pass != self.config.password {
            self.state = State::Authorization { user: None };
            return self.reply("-ERR [AUTH] Authentication failed.").await;
        }
        if let Some(fault) = self.faults.login.clone() {
            self.state = State::Authorization { user: None };
            return self.reply(&fault.reply()).await;
        }
        let snapshot: Option<Vec<(String, Vec<u8>)>> = {
            let mut s = lock(&self.shared);
            if self.config.lock_mailbox && s.locked {
                None
            } else {
                if self.config.lock_mailbox {
                    s.locked = true;
                    self.holds_lock = true;
                }
                s.connections[self.conn].logged_in = true;
                Some(
                    s.mailbox
                        .iter()
                        .map(|(uid, data)| (uid.clone(), crlf(data)))
                        .collect(),
                )
            }
        };
        let Some(msgs) = snapshot else {
            self.state = State::Authorization { user: None };
            return self
                .reply("-ERR [IN-USE] Mailbox is locked by another POP3 session")
                .await;
        };
        let count = msgs.len();
        self.state = State::Transaction {
            msgs,
            deleted: vec![false; count],
        };
        self.reply(&format!("+OK Logged in, {count} messages."))
            .await
    }

    async fn quit(&mut self) -> IoResult<Flow> {
        match self.faults.quit {
            QuitFault::Close => return Ok(Flow::Close),
            QuitFault::Err => {
                self.reply("-ERR Some deleted messages not removed").await?;
                return Ok(Flow::Close);
            }
            QuitFault::Normal => {}
        }
        // UPDATE state.
        if let State::Transaction { msgs, deleted } = &self.state {
            let gone: Vec<String> = msgs
                .iter()
                .zip(deleted)
                .filter(|(_, d)| **d)
                .map(|(m, _)| m.0.clone())
                .collect();
            let mut s = lock(&self.shared);
            s.mailbox.retain(|(uid, _)| !gone.contains(uid));
            s.expunged.extend(gone);
            s.connections[self.conn].quit_ok = true;
        }
        self.reply("+OK Logging out.").await?;
        Ok(Flow::Close)
    }

    /// Message number from an argument, if it names an undeleted message.
    fn msg_number(&self, arg: &str) -> Option<usize> {
        let State::Transaction { msgs, deleted } = &self.state else {
            return None;
        };
        let n: usize = arg.parse().ok()?;
        (n >= 1 && n <= msgs.len() && !deleted[n - 1]).then_some(n)
    }

    fn msg(&self, n: usize) -> &(String, Vec<u8>) {
        match &self.state {
            State::Transaction { msgs, .. } => &msgs[n - 1],
            State::Authorization { .. } => unreachable!("msg() outside TRANSACTION"),
        }
    }

    fn listed_size(&self, n: usize) -> u64 {
        match self.faults.list_size_lie {
            Some((m, size)) if m == n => size,
            _ => self.msg(n).1.len() as u64,
        }
    }

    /// `(number, size)` of undeleted messages.
    fn listed(&self) -> Vec<(usize, u64)> {
        let State::Transaction { deleted, .. } = &self.state else {
            return Vec::new();
        };
        (1..=deleted.len())
            .filter(|n| !deleted[n - 1])
            .map(|n| (n, self.listed_size(n)))
            .collect()
    }
}

/// Normalise line endings to CRLF; a non-empty message ends with CRLF.
pub fn crlf(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() + data.len() / 32 + 2);
    for (i, &b) in data.iter().enumerate() {
        if b == b'\n' && (i == 0 || data[i - 1] != b'\r') {
            out.push(b'\r');
        }
        out.push(b);
    }
    if !out.is_empty() && !out.ends_with(b"\r\n") {
        out.extend_from_slice(b"\r\n");
    }
    out
}

/// Status line, dot-stuffed CRLF body, terminator.
pub fn multiline(status: &str, body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len() + status.len() + 64);
    out.extend_from_slice(status.as_bytes());
    out.extend_from_slice(b"\r\n");
    for line in body.split_inclusive(|&b| b == b'\n') {
        if line.first() == Some(&b'.') {
            out.push(b'.');
        }
        out.extend_from_slice(line);
    }
    out.extend_from_slice(b".\r\n");
    out
}

/// Header, blank line and the first `k` body lines of a CRLF message.
fn top(msg: &[u8], k: usize) -> Vec<u8> {
    let mut out = Vec::new();
    let mut lines = msg.split_inclusive(|&b| b == b'\n');
    for line in lines.by_ref() {
        out.extend_from_slice(line);
        if line == b"\r\n" {
            break;
        }
    }
    for line in lines.take(k) {
        out.extend_from_slice(line);
    }
    out
}
