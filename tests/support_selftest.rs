//! Proves the test-support code in tests/support/ works, using raw tokio
//! sockets (never the postern POP3 client).

mod support;

use std::time::Duration;

use base64::Engine as _;
use support::certs::pki;
use support::dovecot::Dovecot;
use support::fake_pop3::{
    CertChoice, Config, FakePop3, Faults, HugeLine, LoginFault, QuitFault, Stall,
};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpStream;

const T: Duration = Duration::from_secs(10);

/// A minimal line client over any stream.
struct Client<S> {
    s: S,
    buf: Vec<u8>,
}

impl<S: AsyncRead + AsyncWrite + Unpin> Client<S> {
    fn new(s: S) -> Self {
        Client { s, buf: Vec::new() }
    }

    async fn fill(&mut self) -> bool {
        let mut tmp = [0u8; 8192];
        let n = tokio::time::timeout(T, self.s.read(&mut tmp))
            .await
            .expect("read timed out")
            .unwrap_or(0);
        self.buf.extend_from_slice(&tmp[..n]);
        n > 0
    }

    /// One line without CRLF.
    async fn line(&mut self) -> String {
        loop {
            if let Some(p) = self.buf.windows(2).position(|w| w == b"\r\n") {
                let l: Vec<u8> = self.buf.drain(..p + 2).collect();
                return String::from_utf8_lossy(&l[..p]).into_owned();
            }
            assert!(
                self.fill().await,
                "EOF while reading a line: {:?}",
                self.buf
            );
        }
    }

    /// Body of a multi-line reply up to and including ".\r\n" (raw, still stuffed).
    async fn multi_raw(&mut self) -> Vec<u8> {
        loop {
            let start_ok = self.buf.starts_with(b".\r\n");
            if start_ok {
                return self.buf.drain(..3).collect();
            }
            if let Some(p) = self.buf.windows(5).position(|w| w == b"\r\n.\r\n") {
                return self.buf.drain(..p + 5).collect();
            }
            assert!(self.fill().await, "EOF in multi-line reply: {:?}", self.buf);
        }
    }

    async fn send(&mut self, data: &str) {
        self.s.write_all(data.as_bytes()).await.unwrap();
        self.s.flush().await.unwrap();
    }

    async fn cmd(&mut self, c: &str) -> String {
        self.send(&format!("{c}\r\n")).await;
        self.line().await
    }

    /// Everything until the peer closes.
    async fn rest(&mut self) -> Vec<u8> {
        while self.fill().await {}
        std::mem::take(&mut self.buf)
    }
}

/// Undo dot-stuffing of a raw multi-line body (with terminator).
fn unstuff(raw: &[u8]) -> Vec<u8> {
    assert!(raw.ends_with(b".\r\n"));
    let body = &raw[..raw.len() - 3];
    let mut out = Vec::new();
    for line in body.split_inclusive(|&b| b == b'\n') {
        out.extend_from_slice(line.strip_prefix(b".").unwrap_or(line));
    }
    out
}

async fn plain(port: u16) -> Client<TcpStream> {
    Client::new(TcpStream::connect(("127.0.0.1", port)).await.unwrap())
}

async fn login(c: &mut Client<TcpStream>) {
    assert!(c.line().await.starts_with("+OK"));
    assert!(c.cmd("USER alice").await.starts_with("+OK"));
    assert!(c.cmd("PASS secret").await.starts_with("+OK"));
}

fn tls_connector() -> async_native_tls::TlsConnector {
    async_native_tls::TlsConnector::new().add_root_certificate(pki().ca_certificate())
}

const MSG1: &[u8] =
    b"From: a@example.com\r\nSubject: one\r\n\r\n.leading dot\r\n..two dots\r\nend\r\n";
const MSG2: &[u8] = b"From: b@example.com\r\nSubject: two\r\n\r\nbody\r\n.\r\n";

fn two_messages() -> Config {
    Config::new("alice", "secret")
        .with_message("uid-1", MSG1)
        .with_message("uid-2", MSG2)
}

#[test]
fn certs_are_distinct_and_load() {
    let p = pki();
    let all = [&p.ca, &p.valid, &p.expired, &p.wrong_host, &p.self_signed];
    for c in all {
        assert_eq!(c.fingerprint.len(), 64);
        assert!(c
            .fingerprint
            .chars()
            .all(|ch| ch.is_ascii_digit() || ('a'..='f').contains(&ch)));
        assert!(c.key_pem.contains("BEGIN PRIVATE KEY"));
        assert_eq!(support::certs::sha256_hex(&c.der), c.fingerprint);
    }
    for (i, a) in all.iter().enumerate() {
        for b in &all[i + 1..] {
            assert_ne!(a.fingerprint, b.fingerprint);
        }
    }
    let _ = p.valid.identity();
    let _ = p.self_signed.acceptor();
}

#[tokio::test]
async fn user_pass_uidl_retr_exact_bytes() {
    let server = FakePop3::start(two_messages());
    let mut c = plain(server.port()).await;
    let greeting = c.line().await;
    assert!(greeting.starts_with("+OK") && greeting.contains("@postern.test>"));
    assert!(c.cmd("CAPA").await.starts_with("+OK"));
    let capa = String::from_utf8(c.multi_raw().await).unwrap();
    for cap in [
        "TOP",
        "UIDL",
        "USER",
        "PIPELINING",
        "SASL PLAIN",
        "STLS",
        "RESP-CODES",
    ] {
        assert!(capa.lines().any(|l| l == cap), "{cap} in {capa}");
    }
    assert!(c.cmd("USER alice").await.starts_with("+OK"));
    assert!(c.cmd("PASS wrong").await.starts_with("-ERR [AUTH]"));
    assert!(c.cmd("USER alice").await.starts_with("+OK"));
    assert!(c.cmd("PASS secret").await.starts_with("+OK"));
    assert_eq!(
        c.cmd("STAT").await,
        format!("+OK 2 {}", MSG1.len() + MSG2.len())
    );
    assert!(c.cmd("UIDL").await.starts_with("+OK"));
    assert_eq!(c.multi_raw().await, b"1 uid-1\r\n2 uid-2\r\n.\r\n");
    assert_eq!(c.cmd("UIDL 2").await, "+OK 2 uid-2");
    assert!(c.cmd("LIST").await.starts_with("+OK"));
    assert_eq!(
        c.multi_raw().await,
        format!("1 {}\r\n2 {}\r\n.\r\n", MSG1.len(), MSG2.len()).as_bytes()
    );
    assert!(c.cmd("RETR 1").await.starts_with("+OK"));
    let raw = c.multi_raw().await;
    assert_eq!(
        raw,
        b"From: a@example.com\r\nSubject: one\r\n\r\n..leading dot\r\n...two dots\r\nend\r\n.\r\n"
    );
    assert_eq!(unstuff(&raw), MSG1);
    assert!(c.cmd("RETR 2").await.starts_with("+OK"));
    assert_eq!(unstuff(&c.multi_raw().await), MSG2);
    assert!(c.cmd("TOP 1 1").await.starts_with("+OK"));
    assert_eq!(
        unstuff(&c.multi_raw().await),
        b"From: a@example.com\r\nSubject: one\r\n\r\n.leading dot\r\n"
    );
    assert!(c.cmd("RETR 3").await.starts_with("-ERR"));
    assert!(c.cmd("QUIT").await.starts_with("+OK"));
    assert_eq!(server.uids(), ["uid-1", "uid-2"]);
    assert!(server.saw_credentials());
    assert_eq!(server.connection_count(), 1);
    assert_eq!(server.commands()[0][0], "CAPA");
}

#[tokio::test]
async fn deletions_apply_only_after_quit() {
    let server = FakePop3::start(two_messages());

    // Dropped connection: nothing deleted.
    let mut c = plain(server.port()).await;
    login(&mut c).await;
    assert!(c.cmd("DELE 1").await.starts_with("+OK"));
    assert!(c.cmd("RETR 1").await.starts_with("-ERR"));
    assert_eq!(server.uids().len(), 2, "not before QUIT");
    drop(c);
    assert!(server.wait_idle(T));
    assert_eq!(server.uids(), ["uid-1", "uid-2"]);

    // RSET undoes marks.
    let mut c = plain(server.port()).await;
    login(&mut c).await;
    assert!(c.cmd("DELE 2").await.starts_with("+OK"));
    assert!(c.cmd("RSET").await.starts_with("+OK"));
    assert!(c.cmd("QUIT").await.starts_with("+OK"));
    assert_eq!(server.uids().len(), 2);

    // QUIT applies.
    let mut c = plain(server.port()).await;
    login(&mut c).await;
    assert!(c.cmd("DELE 1").await.starts_with("+OK"));
    assert_eq!(c.cmd("STAT").await, format!("+OK 1 {}", MSG2.len()));
    assert!(c.cmd("QUIT").await.starts_with("+OK"));
    assert_eq!(server.uids(), ["uid-2"]);
    assert_eq!(server.expunged(), ["uid-1"]);
    let conns = server.connections();
    assert_eq!(conns.len(), 3);
    assert!(!conns[0].quit_ok && conns[2].quit_ok);

    // QUIT -ERR and QUIT-close delete nothing.
    for quit in [QuitFault::Err, QuitFault::Close] {
        server.update_faults(|f| f.quit = quit.clone());
        let mut c = plain(server.port()).await;
        login(&mut c).await;
        assert!(c.cmd("DELE 1").await.starts_with("+OK"));
        c.send("QUIT\r\n").await;
        let rest = c.rest().await;
        match quit {
            QuitFault::Err => assert!(rest.starts_with(b"-ERR")),
            _ => assert!(rest.is_empty()),
        }
        assert_eq!(server.uids(), ["uid-2"]);
    }
}

#[tokio::test]
async fn tiny_writes_and_pipelining_give_the_same_bytes() {
    let big: Vec<u8> = (0..400)
        .flat_map(|i| format!(".line {i} with a dot\r\n").into_bytes())
        .collect();
    let mut msg = b"Subject: big\r\n\r\n".to_vec();
    msg.extend_from_slice(&big);
    let server = FakePop3::start(
        two_messages()
            .with_message("uid-3", msg.clone())
            .with_faults(Faults {
                tiny_writes: true,
                ..Faults::default()
            }),
    );
    let mut c = plain(server.port()).await;
    assert!(c.line().await.starts_with("+OK"));
    // All in one write: pipelined.
    c.send("USER alice\r\nPASS secret\r\nUIDL\r\nRETR 1\r\nRETR 3\r\nQUIT\r\n")
        .await;
    assert!(c.line().await.starts_with("+OK"));
    assert!(c.line().await.starts_with("+OK"));
    assert!(c.line().await.starts_with("+OK"));
    assert_eq!(
        c.multi_raw().await,
        b"1 uid-1\r\n2 uid-2\r\n3 uid-3\r\n.\r\n"
    );
    assert!(c.line().await.starts_with("+OK"));
    assert_eq!(unstuff(&c.multi_raw().await), MSG1);
    assert!(c.line().await.starts_with("+OK"));
    assert_eq!(unstuff(&c.multi_raw().await), msg);
    assert!(c.line().await.starts_with("+OK"));
    let log = &server.connections()[0];
    assert_eq!(
        log.commands(),
        [
            "USER alice",
            "PASS secret",
            "UIDL",
            "RETR 1",
            "RETR 3",
            "QUIT"
        ]
    );
    assert!(log.pipelined >= 1);
}

#[tokio::test]
async fn auth_plain_and_apop() {
    let server = FakePop3::start(two_messages());
    let b64 = base64::engine::general_purpose::STANDARD.encode(b"\0alice\0secret");

    let mut c = plain(server.port()).await;
    c.line().await;
    assert!(c.cmd(&format!("AUTH PLAIN {b64}")).await.starts_with("+OK"));
    assert!(c.cmd("STAT").await.starts_with("+OK 2"));

    let mut c = plain(server.port()).await;
    c.line().await;
    assert_eq!(c.cmd("AUTH PLAIN").await, "+ ");
    assert!(c.cmd(&b64).await.starts_with("+OK"));

    let mut c = plain(server.port()).await;
    let greeting = c.line().await;
    let ts = &greeting[greeting.find('<').unwrap()..=greeting.find('>').unwrap()];
    let digest: String = {
        use md5::Digest as _;
        md5::Md5::digest(format!("{ts}secret"))
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    };
    assert!(c.cmd("APOP alice 0123").await.starts_with("-ERR"));
    assert!(c
        .cmd(&format!("APOP alice {digest}"))
        .await
        .starts_with("+OK"));
}

#[tokio::test]
async fn implicit_tls_with_test_ca() {
    let server = FakePop3::start(two_messages().implicit_tls());
    let tcp = TcpStream::connect(("127.0.0.1", server.port()))
        .await
        .unwrap();
    let tls = tls_connector().connect("localhost", tcp).await.unwrap();
    let mut c = Client::new(tls);
    assert!(c.line().await.starts_with("+OK"));
    assert!(c.cmd("CAPA").await.starts_with("+OK"));
    assert!(!String::from_utf8(c.multi_raw().await)
        .unwrap()
        .contains("STLS"));
    assert!(c.cmd("USER alice").await.starts_with("+OK"));
    assert!(c.cmd("PASS secret").await.starts_with("+OK"));
    assert!(c.cmd("RETR 2").await.starts_with("+OK"));
    assert_eq!(unstuff(&c.multi_raw().await), MSG2);
    assert!(server.connections()[0].tls);
    assert!(!server.saw_credentials_in_clear());
}

#[tokio::test]
async fn stls_upgrade_with_test_ca() {
    let server = FakePop3::start(two_messages());
    let mut c = plain(server.port()).await;
    c.line().await;
    assert!(c.cmd("STLS").await.starts_with("+OK"));
    assert!(c.buf.is_empty());
    let tls = tls_connector().connect("127.0.0.1", c.s).await.unwrap();
    let mut c = Client::new(tls);
    assert!(c.cmd("CAPA").await.starts_with("+OK"));
    assert!(!String::from_utf8(c.multi_raw().await)
        .unwrap()
        .contains("STLS"));
    assert!(c.cmd("USER alice").await.starts_with("+OK"));
    assert!(c.cmd("PASS secret").await.starts_with("+OK"));
    assert!(c.cmd("QUIT").await.starts_with("+OK"));
    let log = &server.connections()[0];
    assert!(log.tls);
    assert!(log.lines.iter().all(|l| l.tls == (l.line != "STLS")));
    assert!(server.saw_credentials() && !server.saw_credentials_in_clear());
}

#[tokio::test]
async fn bad_certificates_are_rejected_by_a_verifying_client() {
    for choice in [
        CertChoice::Expired,
        CertChoice::WrongHost,
        CertChoice::SelfSigned,
    ] {
        let server = FakePop3::start(two_messages().implicit_tls().with_cert(choice));
        let tcp = TcpStream::connect(("127.0.0.1", server.port()))
            .await
            .unwrap();
        let res = tls_connector().connect("localhost", tcp).await;
        assert!(res.is_err(), "{choice:?} must fail verification");
        // The pinned fingerprint is what the server really sends.
        let tcp = TcpStream::connect(("127.0.0.1", server.port()))
            .await
            .unwrap();
        let tls = async_native_tls::TlsConnector::new()
            .danger_accept_invalid_certs(true)
            .connect("localhost", tcp)
            .await
            .unwrap();
        let der = tls.peer_certificate().unwrap().unwrap().to_der().unwrap();
        assert_eq!(support::certs::sha256_hex(&der), choice.cert().fingerprint);
        assert!(server.wait_until(T, |s| s.connections()[0].tls_error.is_some()));
    }
}

#[tokio::test]
async fn stls_faults() {
    let server = FakePop3::start(two_messages().with_faults(Faults {
        stls_hidden: true,
        no_pipelining: true,
        login_delay_capa: Some(300),
        ..Faults::default()
    }));
    let mut c = plain(server.port()).await;
    c.line().await;
    c.cmd("CAPA").await;
    let capa = String::from_utf8(c.multi_raw().await).unwrap();
    assert!(!capa.contains("STLS") && !capa.contains("PIPELINING"));
    assert!(capa.contains("LOGIN-DELAY 300"));

    server.set_faults(Faults {
        stls_refused: true,
        ..Faults::default()
    });
    let mut c = plain(server.port()).await;
    c.line().await;
    assert!(c.cmd("STLS").await.starts_with("-ERR"));

    server.set_faults(Faults {
        stls_inject: Some(b"+OK injected\r\n".to_vec()),
        ..Faults::default()
    });
    let mut c = plain(server.port()).await;
    c.line().await;
    c.send("STLS\r\n").await;
    // Both arrive in the same segment; wait a moment to be sure.
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert!(c.line().await.starts_with("+OK Begin TLS"));
    assert!(c.buf.is_empty() || c.buf.starts_with(b"+OK inj"));
    assert_eq!(c.line().await, "+OK injected");
}

#[tokio::test]
async fn protocol_faults() {
    let server = FakePop3::start(two_messages().with_faults(Faults {
        uidl_extra_whitespace: true,
        uidl_ok_prefix: true,
        uidl_duplicate: Some(2),
        list_size_lie: Some((1, 7)),
        dele_err: vec![2],
        drop_in_retr: Some((2, 20)),
        ..Faults::default()
    }));
    let mut c = plain(server.port()).await;
    login(&mut c).await;
    c.cmd("UIDL").await;
    assert_eq!(
        c.multi_raw().await,
        b"+OK 1 \t  uid-1\r\n+OK 2 \t  uid-2\r\n+OK 2 \t  uid-2\r\n.\r\n"
    );
    assert_eq!(c.cmd("LIST 1").await, "+OK 1 7");
    assert!(c.cmd("DELE 2").await.starts_with("-ERR"));
    c.send("RETR 2\r\n").await;
    let rest = c.rest().await;
    assert_eq!(rest.len(), 20);
    assert!(rest.starts_with(b"+OK "));

    for (fault, code) in [
        (LoginFault::InUse, "[IN-USE]"),
        (LoginFault::SysTemp, "[SYS/TEMP]"),
        (LoginFault::LoginDelay, "[LOGIN-DELAY]"),
    ] {
        server.set_faults(Faults {
            login: Some(fault),
            ..Faults::default()
        });
        let mut c = plain(server.port()).await;
        c.line().await;
        c.cmd("USER alice").await;
        assert!(c
            .cmd("PASS secret")
            .await
            .starts_with(&format!("-ERR {code}")));
    }

    server.set_faults(Faults {
        retr_delay: Some(Duration::from_millis(300)),
        ..Faults::default()
    });
    let mut c = plain(server.port()).await;
    login(&mut c).await;
    let t0 = std::time::Instant::now();
    c.cmd("RETR 1").await;
    assert!(t0.elapsed() >= Duration::from_millis(300));

    server.set_faults(Faults {
        huge_line: Some(HugeLine::instead_of("CAPA")),
        ..Faults::default()
    });
    let mut c = plain(server.port()).await;
    c.line().await;
    c.send("CAPA\r\n").await;
    while c.buf.len() < 10 * 1024 * 1024 {
        assert!(c.fill().await);
    }
    assert!(!c.buf.contains(&b'\n'));

    server.set_faults(Faults {
        stall: Stall::AfterGreeting,
        ..Faults::default()
    });
    let mut c = plain(server.port()).await;
    c.line().await;
    c.send("CAPA\r\n").await;
    let mut tmp = [0u8; 16];
    let r = tokio::time::timeout(Duration::from_millis(300), c.s.read(&mut tmp)).await;
    assert!(r.is_err(), "stalled server must not answer");
    assert!(
        server.wait_until(T, |s| s.all_commands().last().map(String::as_str)
            == Some("CAPA"))
    );
}

#[test]
fn usable_from_a_plain_test() {
    let server = FakePop3::start(two_messages());
    let mut s = std::net::TcpStream::connect(server.addr()).unwrap();
    s.set_read_timeout(Some(T)).unwrap();
    use std::io::{Read, Write};
    s.write_all(b"QUIT\r\n").unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    assert!(
        out.starts_with("+OK") && out.ends_with("+OK Bye\r\n"),
        "{out}"
    );
    assert!(!server.saw_credentials());
}

#[tokio::test]
async fn dovecot_serves_a_delivered_message() {
    let Some(dovecot) = Dovecot::start("bob", "pa ss") else {
        return;
    };
    let msg = b"From: x@example.com\r\nSubject: hello\r\n\r\n.dot\r\nbody\r\n";
    dovecot.deliver(msg);
    dovecot.deliver(b"Subject: second\r\n\r\nsecond\r\n");
    assert_eq!(dovecot.maildir_count(), 2);

    // Plain port, STLS offered.
    let mut c = plain(dovecot.pop3_port()).await;
    assert!(c.line().await.starts_with("+OK"));
    c.cmd("CAPA").await;
    assert!(String::from_utf8(c.multi_raw().await)
        .unwrap()
        .contains("STLS"));
    assert!(c.cmd("USER bob").await.starts_with("+OK"));
    assert!(
        c.cmd("PASS pa ss").await.starts_with("+OK"),
        "{}",
        dovecot.log()
    );
    assert!(c.cmd("STAT").await.starts_with("+OK 2 "));
    assert!(c.cmd("UIDL").await.starts_with("+OK"));
    let uidl1 = c.multi_raw().await;
    assert!(c.cmd("RETR 1").await.starts_with("+OK"));
    assert_eq!(unstuff(&c.multi_raw().await), msg);
    assert!(c.cmd("DELE 1").await.starts_with("+OK"));
    drop(c);
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(dovecot.maildir_count(), 2, "no QUIT, nothing deleted");

    // POP3S with the test CA; UIDs are stable across sessions.
    let tcp = TcpStream::connect(("127.0.0.1", dovecot.pop3s_port()))
        .await
        .unwrap();
    let tls = tls_connector().connect("localhost", tcp).await.unwrap();
    let der = tls.peer_certificate().unwrap().unwrap().to_der().unwrap();
    assert_eq!(support::certs::sha256_hex(&der), dovecot.cert_fingerprint());
    let mut c = Client::new(tls);
    assert!(c.line().await.starts_with("+OK"));
    assert!(c.cmd("USER bob").await.starts_with("+OK"));
    assert!(c.cmd("PASS pa ss").await.starts_with("+OK"));
    c.cmd("UIDL").await;
    assert_eq!(c.multi_raw().await, uidl1);
    assert!(c.cmd("DELE 1").await.starts_with("+OK"));
    assert!(c.cmd("QUIT").await.starts_with("+OK"));
    assert!(dovecot.maildir_count() == 1, "{}", dovecot.log());

    // STLS on the plain port.
    let mut c = plain(dovecot.pop3_port()).await;
    c.line().await;
    assert!(c.cmd("STLS").await.starts_with("+OK"));
    let tls = tls_connector().connect("localhost", c.s).await.unwrap();
    let mut c = Client::new(tls);
    assert!(c.cmd("USER bob").await.starts_with("+OK"));
    assert!(c.cmd("PASS pa ss").await.starts_with("+OK"));
    assert!(c.cmd("STAT").await.starts_with("+OK 1 "));
}

/// Standalone Dovecot for benchmarks and manual poking:
/// `cargo test --test support_selftest -- --ignored dovecot_standalone --nocapture`
/// prints one line `DOVECOT pop3=<port> pop3s=<port> user=<u> password=<p> dir=<d> ca=<file>`
/// and runs until stdin is closed. User/password from POSTERN_DOVECOT_USER /
/// POSTERN_DOVECOT_PASSWORD (default bench / bench).
#[test]
#[ignore]
fn dovecot_standalone() {
    let user = std::env::var("POSTERN_DOVECOT_USER").unwrap_or_else(|_| "bench".into());
    let pass = std::env::var("POSTERN_DOVECOT_PASSWORD").unwrap_or_else(|_| "bench".into());
    let Some(dovecot) = Dovecot::start(&user, &pass) else {
        return;
    };
    let ca = dovecot.dir().join("ca.pem");
    std::fs::write(&ca, dovecot.ca_pem()).unwrap();
    println!(
        "DOVECOT pop3={} pop3s={} user={} password={} dir={} ca={}",
        dovecot.pop3_port(),
        dovecot.pop3s_port(),
        user,
        pass,
        dovecot.dir().display(),
        ca.display()
    );
    let mut sink = Vec::new();
    let _ = std::io::Read::read_to_end(&mut std::io::stdin(), &mut sink);
}

#[tokio::test]
async fn lock_plaintext_policy_and_silent_server() {
    let mut config = two_messages();
    config.lock_mailbox = true;
    config.plaintext_login_allowed = false;
    let server = FakePop3::start(config);

    let mut c = plain(server.port()).await;
    c.line().await;
    assert!(c.cmd("USER alice").await.starts_with("-ERR [AUTH]"));
    assert!(c.cmd("STLS").await.starts_with("+OK"));
    let tls = tls_connector().connect("localhost", c.s).await.unwrap();
    let mut first = Client::new(tls);
    assert!(first.cmd("USER alice").await.starts_with("+OK"));
    assert!(first.cmd("PASS secret").await.starts_with("+OK"));

    let tcp = TcpStream::connect(("127.0.0.1", server.port()))
        .await
        .unwrap();
    let tls = tls_connector()
        .connect("localhost", tcp)
        .await
        .err()
        .map(|_| ());
    assert!(tls.is_some(), "plain port does not speak implicit TLS");

    let mut c = plain(server.port()).await;
    c.line().await;
    c.cmd("STLS").await;
    let tls = tls_connector().connect("localhost", c.s).await.unwrap();
    let mut second = Client::new(tls);
    second.cmd("USER alice").await;
    assert!(second.cmd("PASS secret").await.starts_with("-ERR [IN-USE]"));
    drop(first);
    assert!(server.wait_until(T, |s| s.connections()[0].closed));
    assert!(second.cmd("USER alice").await.starts_with("+OK"));
    assert!(second.cmd("PASS secret").await.starts_with("+OK"));
    // The refused USER on the first connection went out in the clear.
    assert!(server.saw_credentials_in_clear());

    server.set_faults(Faults {
        stall: Stall::BeforeGreeting,
        ..Faults::default()
    });
    let mut c = plain(server.port()).await;
    let mut tmp = [0u8; 16];
    let r = tokio::time::timeout(Duration::from_millis(300), c.s.read(&mut tmp)).await;
    assert!(r.is_err(), "no greeting expected");
}
