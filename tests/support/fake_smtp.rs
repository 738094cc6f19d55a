//! A scripted SMTP submission server (RFC 5321, 3207, 4954) with faults on
//! demand, in the manner of `fake_pop3`.
//!
//! `FakeSmtp::start(config)` binds 127.0.0.1 on an ephemeral port and serves
//! from a background thread with its own tokio runtime. It greets with 220,
//! answers EHLO with the configured extensions, STARTTLS with the test
//! certificates, AUTH PLAIN/LOGIN against one user (235/535), MAIL (530 when
//! authentication is required and missing), QUIT. Every received line is
//! logged with whether it came inside TLS and whether it carried
//! credentials, so tests can prove nothing secret was sent in clear.

use std::net::{SocketAddr, TcpListener as StdTcpListener};
use std::pin::Pin;
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll};
use std::thread::JoinHandle;
use std::time::Duration;

use base64::Engine as _;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, ReadBuf};
use tokio::net::TcpStream;
use tokio::sync::oneshot;

use super::fake_pop3::CertChoice;

/// Faults on demand. `Faults::default()` is a well-behaved server.
#[derive(Clone, Debug, Default)]
pub struct Faults {
    /// STARTTLS not advertised (still accepted if sent: a stripping MITM).
    pub starttls_hidden: bool,
    /// STARTTLS answered `454 4.7.0 TLS not available`.
    pub starttls_refused: bool,
    /// Bytes written right after `220` to STARTTLS, before TLS.
    pub starttls_inject: Option<Vec<u8>>,
    /// Accept the connection, never send anything.
    pub stall_before_greeting: bool,
    /// Greet with this line (without CRLF) instead of 220.
    pub greeting: Option<String>,
}

/// Server configuration.
#[derive(Clone, Debug)]
pub struct Config {
    pub user: String,
    pub password: String,
    /// STARTTLS offered (on a plain connection).
    pub starttls: bool,
    /// SASL mechanisms advertised (upper case), e.g. `PLAIN`, `LOGIN`.
    pub auth: Vec<String>,
    /// AUTH also advertised before TLS (real servers often hide it).
    pub auth_in_clear: bool,
    /// Extra EHLO keywords (`SIZE 10240000`, `8BITMIME`, ...).
    pub extra_ehlo: Vec<String>,
    /// TLS from the first byte (submissions, port 465).
    pub implicit_tls: bool,
    pub cert: CertChoice,
    /// MAIL without authentication gets `530 5.7.0 Authentication required`.
    pub auth_required: bool,
    pub faults: Faults,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            user: "alice".into(),
            password: "secret".into(),
            starttls: true,
            auth: vec!["PLAIN".into(), "LOGIN".into()],
            auth_in_clear: false,
            extra_ehlo: vec![
                "PIPELINING".into(),
                "SIZE 10240000".into(),
                "8BITMIME".into(),
            ],
            implicit_tls: false,
            cert: CertChoice::Valid,
            auth_required: true,
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

    pub fn implicit_tls(mut self) -> Config {
        self.implicit_tls = true;
        self
    }

    pub fn with_faults(mut self, faults: Faults) -> Config {
        self.faults = faults;
        self
    }

    pub fn with_auth(mut self, mechanisms: &[&str]) -> Config {
        self.auth = mechanisms.iter().map(|m| m.to_string()).collect();
        self
    }
}

/// One received line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoggedLine {
    pub line: String,
    pub tls: bool,
    /// Part of an AUTH exchange (the command or a response to 334).
    pub credential: bool,
}

/// What happened on one connection.
#[derive(Clone, Debug, Default)]
pub struct ConnectionLog {
    pub lines: Vec<LoggedLine>,
    pub tls: bool,
    pub tls_error: Option<String>,
    pub authenticated: bool,
    pub quit: bool,
    pub closed: bool,
}

struct Shared {
    connections: Vec<ConnectionLog>,
}

fn lock(shared: &Mutex<Shared>) -> MutexGuard<'_, Shared> {
    shared.lock().unwrap_or_else(|e| e.into_inner())
}

/// Handle to a running fake server; dropping it stops the server.
pub struct FakeSmtp {
    addr: SocketAddr,
    shared: Arc<Mutex<Shared>>,
    shutdown: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl FakeSmtp {
    pub fn start(config: Config) -> FakeSmtp {
        let listener = StdTcpListener::bind("127.0.0.1:0").expect("bind fake SMTP");
        listener.set_nonblocking(true).expect("nonblocking");
        let addr = listener.local_addr().expect("local addr");
        let shared = Arc::new(Mutex::new(Shared {
            connections: Vec::new(),
        }));
        let (tx, rx) = oneshot::channel::<()>();
        let server_shared = shared.clone();
        let config = Arc::new(config);
        let thread = std::thread::Builder::new()
            .name(format!("fake-smtp-{}", addr.port()))
            .spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .expect("fake SMTP runtime");
                rt.block_on(serve(listener, config, server_shared, rx));
                rt.shutdown_background();
            })
            .expect("spawn fake SMTP thread");
        FakeSmtp {
            addr,
            shared,
            shutdown: Some(tx),
            thread: Some(thread),
        }
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    pub fn connections(&self) -> Vec<ConnectionLog> {
        lock(&self.shared).connections.clone()
    }

    /// All lines of all connections, in order.
    pub fn all_lines(&self) -> Vec<String> {
        self.connections()
            .iter()
            .flat_map(|c| c.lines.iter().map(|l| l.line.clone()))
            .collect()
    }

    /// Did any AUTH line or credential response arrive?
    pub fn saw_credentials(&self) -> bool {
        self.connections()
            .iter()
            .flat_map(|c| c.lines.clone())
            .any(|l| l.credential)
    }

    /// Did any AUTH line or credential response arrive outside TLS?
    pub fn saw_credentials_in_clear(&self) -> bool {
        self.connections()
            .iter()
            .flat_map(|c| c.lines.clone())
            .any(|l| l.credential && !l.tls)
    }

    /// Did any client send MAIL, RCPT or DATA (the doctor never should)?
    pub fn saw_mail(&self) -> bool {
        self.all_lines().iter().any(|l| {
            let verb = l.split(' ').next().unwrap_or("").to_ascii_uppercase();
            matches!(verb.as_str(), "MAIL" | "RCPT" | "DATA")
        })
    }

    /// Poll until every connection was closed (or `timeout` passes).
    pub fn wait_idle(&self, timeout: Duration) -> bool {
        let deadline = std::time::Instant::now() + timeout;
        while std::time::Instant::now() < deadline {
            if self.connections().iter().all(|c| c.closed) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        false
    }
}

impl Drop for FakeSmtp {
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
            let conn = {
                let mut s = lock(&shared);
                s.connections.push(ConnectionLog::default());
                s.connections.len() - 1
            };
            let mut session = Session {
                io: Io::Plain(sock),
                buf: Vec::new(),
                conn,
                shared: shared.clone(),
                config: config.clone(),
                acceptor: acceptor.clone(),
                tls: false,
                authenticated: false,
            };
            tokio::spawn(async move {
                let _ = session.run().await;
                let mut s = lock(&session.shared);
                s.connections[session.conn].closed = true;
            });
        }
    };
    tokio::select! {
        _ = shutdown => {}
        _ = accept_loop => {}
    }
}

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

struct Session {
    io: Io,
    buf: Vec<u8>,
    conn: usize,
    shared: Arc<Mutex<Shared>>,
    config: Arc<Config>,
    acceptor: Arc<async_native_tls::TlsAcceptor>,
    tls: bool,
    authenticated: bool,
}

type IoResult<T> = std::io::Result<T>;

impl Session {
    fn log(&self, f: impl FnOnce(&mut ConnectionLog)) {
        let mut s = lock(&self.shared);
        f(&mut s.connections[self.conn]);
    }

    async fn send(&mut self, text: &str) -> IoResult<()> {
        self.io.write_all(text.as_bytes()).await?;
        self.io.flush().await
    }

    async fn read_line(&mut self, credential: bool) -> IoResult<Option<String>> {
        loop {
            if let Some(pos) = self.buf.iter().position(|&b| b == b'\n') {
                let mut raw: Vec<u8> = self.buf.drain(..=pos).collect();
                raw.pop();
                if raw.last() == Some(&b'\r') {
                    raw.pop();
                }
                let line = String::from_utf8_lossy(&raw).into_owned();
                let verb = line.split(' ').next().unwrap_or("").to_ascii_uppercase();
                let logged = LoggedLine {
                    line: line.clone(),
                    tls: self.tls,
                    credential: credential || verb == "AUTH",
                };
                self.log(|c| c.lines.push(logged));
                return Ok(Some(line));
            }
            if self.buf.len() > 64 * 1024 {
                return Ok(None);
            }
            let mut chunk = [0u8; 4096];
            let n = self.io.read(&mut chunk).await?;
            if n == 0 {
                return Ok(None);
            }
            self.buf.extend_from_slice(&chunk[..n]);
        }
    }

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

    async fn run(&mut self) -> IoResult<()> {
        if self.config.implicit_tls && !self.start_tls().await {
            return Ok(());
        }
        let faults = self.config.faults.clone();
        if faults.stall_before_greeting {
            while self.read_line(false).await?.is_some() {}
            return Ok(());
        }
        let greeting = faults
            .greeting
            .clone()
            .unwrap_or_else(|| "220 fake.smtp.test ESMTP Postern fake".to_string());
        self.send(&format!("{greeting}\r\n")).await?;
        while let Some(line) = self.read_line(false).await? {
            let mut words = line.split(' ');
            let verb = words.next().unwrap_or("").to_ascii_uppercase();
            let args: Vec<String> = words.map(str::to_string).collect();
            match verb.as_str() {
                "EHLO" => {
                    let reply = self.ehlo_reply();
                    self.send(&reply).await?;
                }
                "HELO" => self.send("250 fake.smtp.test\r\n").await?,
                "STARTTLS" => {
                    if self.tls {
                        self.send("503 5.5.1 TLS already active\r\n").await?;
                    } else if faults.starttls_refused || !self.config.starttls {
                        self.send("454 4.7.0 TLS not available\r\n").await?;
                    } else {
                        let mut reply = b"220 2.0.0 Ready to start TLS\r\n".to_vec();
                        if let Some(extra) = &faults.starttls_inject {
                            reply.extend_from_slice(extra);
                        }
                        self.io.write_all(&reply).await?;
                        self.io.flush().await?;
                        self.buf.clear();
                        if !self.start_tls().await {
                            return Ok(());
                        }
                    }
                }
                "AUTH" => self.auth(&args).await?,
                "MAIL" => {
                    if self.config.auth_required && !self.authenticated {
                        self.send("530 5.7.0 Authentication required\r\n").await?;
                    } else {
                        self.send("250 2.1.0 Ok\r\n").await?;
                    }
                }
                "RCPT" => self.send("250 2.1.5 Ok\r\n").await?,
                "RSET" | "NOOP" => self.send("250 2.0.0 Ok\r\n").await?,
                "QUIT" => {
                    self.log(|c| c.quit = true);
                    self.send("221 2.0.0 Bye\r\n").await?;
                    let _ = self.io.shutdown().await;
                    return Ok(());
                }
                _ => self.send("502 5.5.2 Command not recognized\r\n").await?,
            }
        }
        Ok(())
    }

    fn ehlo_reply(&self) -> String {
        let mut lines = vec!["fake.smtp.test Hello".to_string()];
        lines.extend(self.config.extra_ehlo.iter().cloned());
        if !self.tls && self.config.starttls && !self.config.faults.starttls_hidden {
            lines.push("STARTTLS".into());
        }
        if !self.config.auth.is_empty() && (self.tls || self.config.auth_in_clear) {
            lines.push(format!("AUTH {}", self.config.auth.join(" ")));
        }
        let mut out = String::new();
        for (i, line) in lines.iter().enumerate() {
            let sep = if i + 1 == lines.len() { ' ' } else { '-' };
            out.push_str(&format!("250{sep}{line}\r\n"));
        }
        out
    }

    fn offers(&self, mechanism: &str) -> bool {
        (self.tls || self.config.auth_in_clear)
            && self
                .config
                .auth
                .iter()
                .any(|m| m.eq_ignore_ascii_case(mechanism))
    }

    async fn auth(&mut self, args: &[String]) -> IoResult<()> {
        let mechanism = args
            .first()
            .map(|m| m.to_ascii_uppercase())
            .unwrap_or_default();
        if self.authenticated {
            return self.send("503 5.5.1 Already authenticated\r\n").await;
        }
        if !self.offers(&mechanism) {
            return self
                .send("504 5.5.4 Unrecognized authentication type\r\n")
                .await;
        }
        let decode = |s: &str| {
            base64::engine::general_purpose::STANDARD
                .decode(s.trim())
                .ok()
                .map(|b| String::from_utf8_lossy(&b).into_owned())
        };
        let (user, pass) = if mechanism == "PLAIN" {
            let response = match args.get(1) {
                Some(r) => r.clone(),
                None => {
                    self.send("334 \r\n").await?;
                    match self.read_line(true).await? {
                        Some(l) => l,
                        None => return Ok(()),
                    }
                }
            };
            let Some(decoded) = decode(&response) else {
                return self.send("501 5.5.2 Bad base64\r\n").await;
            };
            let mut parts = decoded.split('\0');
            let _authzid = parts.next();
            let user = parts.next().unwrap_or("").to_string();
            let pass = parts.next().unwrap_or("").to_string();
            (user, pass)
        } else {
            self.send("334 VXNlcm5hbWU6\r\n").await?;
            let Some(user) = self.read_line(true).await? else {
                return Ok(());
            };
            self.send("334 UGFzc3dvcmQ6\r\n").await?;
            let Some(pass) = self.read_line(true).await? else {
                return Ok(());
            };
            (
                decode(&user).unwrap_or_default(),
                decode(&pass).unwrap_or_default(),
            )
        };
        if user == self.config.user && pass == self.config.password {
            self.authenticated = true;
            self.log(|c| c.authenticated = true);
            self.send("235 2.7.0 Authentication successful\r\n").await
        } else {
            self.send("535 5.7.8 Authentication credentials invalid\r\n")
                .await
        }
    }
}
