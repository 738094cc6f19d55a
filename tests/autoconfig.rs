//! Discovery: the provider database, then probing fake POP3 and SMTP
//! servers on loopback. Names resolve through a fixed table (nothing leaves
//! the machine) and standard ports are mapped to where the fakes listen.

mod support;

use std::net::{IpAddr, Ipv4Addr};
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

use postern::account::Security;
use postern::autoconfig::{
    self, discover, lookup_provider, DiscoverEvent, DiscoverOptions, Discovery, Origin,
    ProviderNote,
};
use postern::net::Resolver;
use support::certs::pki;
use support::fake_pop3::{Config, FakePop3, Faults, Stall};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

const LOCALHOST: IpAddr = IpAddr::V4(Ipv4Addr::LOCALHOST);

/// Options resolving `names` to loopback; every standard port not in
/// `port_map` goes to a closed port, so no test dials a real service.
fn options(names: &[&str], port_map: &[(u16, u16)]) -> DiscoverOptions {
    let mut map = port_map.to_vec();
    for port in [995, 110, 465, 587, 25] {
        if !map.iter().any(|(from, _)| *from == port) {
            map.push((port, closed_port()));
        }
    }
    DiscoverOptions {
        probe_timeout: Duration::from_secs(3),
        resolver: Resolver::table(names.iter().map(|n| (*n, LOCALHOST))),
        port_map: map,
        extra_roots_pem: vec![pki().ca.cert_pem.clone().into_bytes()],
        use_provider_database: false,
    }
}

async fn run(email: &str, options: &DiscoverOptions) -> (Discovery, Vec<DiscoverEvent>) {
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let discovery = discover(email, options, tx).await;
    let mut events = Vec::new();
    while let Ok(e) = rx.try_recv() {
        events.push(e);
    }
    (discovery, events)
}

/// A port nobody listens on.
fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.local_addr().expect("addr").port()
}

fn tls_pop3() -> FakePop3 {
    FakePop3::start(Config::new("alice", "secret").implicit_tls())
}

fn stls_pop3() -> FakePop3 {
    FakePop3::start(Config::new("alice", "secret"))
}

fn plain_pop3() -> FakePop3 {
    FakePop3::start(Config::new("alice", "secret").with_capa(&["USER", "UIDL", "TOP"]))
}

fn incoming(d: &Discovery) -> (&str, u16, Security, bool) {
    let s = d
        .incoming
        .as_ref()
        .unwrap_or_else(|| panic!("nothing found: {d:?}"));
    (s.host.as_str(), s.port, s.security, s.certificate_trouble)
}

// --- the provider database -------------------------------------------------

#[test]
fn provider_lookup() {
    let host = |d: &str| lookup_provider(d).map(|p| p.incoming.host.as_str());
    assert_eq!(host("gmail.com"), Some("pop.gmail.com"));
    assert_eq!(host("googlemail.com"), Some("pop.gmail.com"));
    assert_eq!(host("hotmail.com"), Some("outlook.office365.com"));
    assert_eq!(host("gmx.de"), Some("pop.gmx.net"));
    assert_eq!(host("GMail.COM"), Some("pop.gmail.com"));
    assert_eq!(host("example.test"), None);
    assert!(autoconfig::providers().len() >= 30);
}

#[tokio::test]
async fn provider_database_fills_the_user_name() {
    let options = DiscoverOptions {
        use_provider_database: true,
        ..options(&[], &[])
    };
    let (d, events) = run("Alice.Smith@Gmail.com", &options).await;
    let s = d.incoming.as_ref().expect("gmail is known");
    assert_eq!(
        (s.host.as_str(), s.port, s.security),
        ("pop.gmail.com", 995, Security::Tls)
    );
    assert_eq!(s.username, "Alice.Smith@Gmail.com");
    assert_eq!(
        s.origin,
        Origin::ProviderDatabase {
            provider: "Gmail".into()
        }
    );
    assert_eq!(
        d.outgoing.as_ref().map(|s| s.host.as_str()),
        Some("smtp.gmail.com")
    );
    assert!(d.notes.contains(&ProviderNote::EnablePop));
    assert_eq!(
        events.first(),
        Some(&DiscoverEvent::LookingUpProvider {
            domain: "gmail.com".into()
        })
    );

    let (d, _) = run("bob@web.de", &options).await;
    assert_eq!(d.incoming.map(|s| s.username), Some("bob".to_string()));

    let (d, _) = run("carol@protonmail.com", &options).await;
    assert!(d.incoming.is_none());
    assert_eq!(d.provider.as_deref(), Some("Proton Mail"));
    assert!(d.notes.contains(&ProviderNote::NoPop3));
}

// --- probing POP3 ---------------------------------------------------------

#[tokio::test]
async fn prefers_implicit_tls_and_never_logs_in() {
    let tls = tls_pop3();
    let plain = stls_pop3();
    let opts = options(
        &["pop.example.test"],
        &[(995, tls.port()), (110, plain.port())],
    );
    let (d, events) = run("alice@example.test", &opts).await;
    // The test certificate is for localhost, not pop.example.test.
    assert_eq!(incoming(&d), ("pop.example.test", 995, Security::Tls, true));
    let s = d.incoming.as_ref().expect("found");
    assert_eq!(
        s.origin,
        Origin::Probed {
            host: "pop.example.test".into()
        }
    );
    assert_eq!(s.username, "alice@example.test");
    assert!(d.outgoing.is_none());
    assert!(events.contains(&DiscoverEvent::Probing {
        host: "pop.example.test".into(),
        port: 995,
        security: Security::Tls
    }));
    assert!(events.contains(&DiscoverEvent::Found(s.clone())));
    assert!(!tls.saw_credentials());
    assert!(!plain.saw_credentials());
}

#[tokio::test]
async fn verified_certificate_has_no_trouble() {
    let tls = tls_pop3();
    let opts = options(&["localhost"], &[(995, tls.port()), (110, closed_port())]);
    let (d, _) = run("alice@localhost", &opts).await;
    assert_eq!(incoming(&d), ("localhost", 995, Security::Tls, false));
}

#[tokio::test]
async fn starttls_when_only_stls_is_offered() {
    let plain = stls_pop3();
    let opts = options(&["localhost"], &[(995, closed_port()), (110, plain.port())]);
    let (d, _) = run("alice@localhost", &opts).await;
    assert_eq!(incoming(&d), ("localhost", 110, Security::StartTls, false));
    assert!(plain.all_commands().iter().any(|c| c == "STLS"));
    assert!(!plain.saw_credentials());
}

#[tokio::test]
async fn plain_when_nothing_else_works() {
    let plain = plain_pop3();
    let opts = options(
        &["pop.example.test"],
        &[(995, closed_port()), (110, plain.port())],
    );
    let (d, _) = run("alice@example.test", &opts).await;
    assert_eq!(
        incoming(&d),
        ("pop.example.test", 110, Security::None, false)
    );
    assert!(!plain.saw_credentials());
}

#[tokio::test]
async fn unresolvable_names_are_skipped_and_mail_host_is_found() {
    let tls = tls_pop3();
    let opts = options(
        &["mail.example.test"],
        &[(995, tls.port()), (110, closed_port())],
    );
    let (d, events) = run("alice@example.test", &opts).await;
    assert_eq!(incoming(&d).0, "mail.example.test");
    assert_eq!(
        d.incoming.as_ref().map(|s| s.origin.clone()),
        Some(Origin::Probed {
            host: "mail.example.test".into()
        })
    );
    let probed: Vec<&str> = events
        .iter()
        .filter_map(|e| match e {
            DiscoverEvent::Probing { host, .. } => Some(host.as_str()),
            _ => None,
        })
        .collect();
    assert!(!probed.is_empty());
    assert!(
        probed.iter().all(|h| *h == "mail.example.test"),
        "{probed:?}"
    );
}

#[tokio::test]
async fn earlier_host_name_wins_a_tie() {
    let tls = tls_pop3();
    // Every name answers on the same server: pop.<d> comes first.
    let opts = options(
        &[
            "example.test",
            "mail.example.test",
            "pop3.example.test",
            "pop.example.test",
        ],
        &[(995, tls.port()), (110, closed_port())],
    );
    let (d, _) = run("alice@example.test", &opts).await;
    assert_eq!(incoming(&d).0, "pop.example.test");
}

#[tokio::test]
async fn nothing_found() {
    let opts = options(&[], &[]);
    let (d, events) = run("alice@example.test", &opts).await;
    assert!(d.incoming.is_none() && d.outgoing.is_none());
    assert!(events.is_empty(), "{events:?}");
    let (d, _) = run("not an address", &opts).await;
    assert!(d.incoming.is_none());
}

#[tokio::test]
async fn a_stalled_server_does_not_stretch_the_budget() {
    let stalled = FakePop3::start(Config::new("alice", "secret").with_faults(Faults {
        stall: Stall::BeforeGreeting,
        ..Faults::default()
    }));
    let mut opts = options(
        &["pop.example.test", "smtp.example.test"],
        &[
            (995, stalled.port()),
            (110, stalled.port()),
            (465, stalled.port()),
            (587, stalled.port()),
            (25, stalled.port()),
        ],
    );
    opts.probe_timeout = Duration::from_millis(400);
    let started = Instant::now();
    let (d, _) = run("alice@example.test", &opts).await;
    let took = started.elapsed();
    assert!(d.incoming.is_none() && d.outgoing.is_none());
    assert!(
        took <= opts.budget() + Duration::from_millis(500),
        "{took:?}"
    );
}

#[tokio::test]
async fn dropping_discovery_aborts_the_probes() {
    let stalled = FakePop3::start(Config::new("alice", "secret").with_faults(Faults {
        stall: Stall::BeforeGreeting,
        ..Faults::default()
    }));
    let mut opts = options(
        &["pop.example.test"],
        &[(995, stalled.port()), (110, stalled.port())],
    );
    opts.probe_timeout = Duration::from_secs(30);
    let (tx, _rx) = tokio::sync::mpsc::unbounded_channel();
    let r = tokio::time::timeout(
        Duration::from_millis(300),
        discover("alice@example.test", &opts, tx),
    )
    .await;
    assert!(r.is_err());
    assert!(stalled.wait_until(Duration::from_secs(5), |s| s.connection_count() > 0));
    // The probes' sockets went with the future.
    assert!(stalled.wait_idle(Duration::from_secs(5)));
}

// --- probing SMTP ---------------------------------------------------------

#[derive(Clone, Copy, PartialEq)]
enum SmtpMode {
    /// TLS from the first byte (465).
    Implicit,
    /// Plain, offering STARTTLS (587).
    StartTls,
    /// Plain, no STARTTLS (25).
    Plain,
}

/// A tiny SMTP server: greeting, EHLO, STARTTLS, QUIT. Never asks for more.
async fn fake_smtp(mode: SmtpMode) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let acceptor = Arc::new(async_native_tls::TlsAcceptor::from(pki().valid.acceptor()));
    tokio::spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                if mode == SmtpMode::Implicit {
                    if let Ok(tls) = acceptor.accept(tcp).await {
                        serve_smtp(tls, false).await;
                    }
                    return;
                }
                let mut conn = BufReader::new(tcp);
                if conn
                    .write_all(b"220 smtp.example.test ESMTP\r\n")
                    .await
                    .is_err()
                {
                    return;
                }
                let mut line = String::new();
                loop {
                    line.clear();
                    if conn.read_line(&mut line).await.unwrap_or(0) == 0 {
                        return;
                    }
                    let verb = line.trim().to_ascii_uppercase();
                    let reply: &[u8] = if verb.starts_with("EHLO") {
                        if mode == SmtpMode::StartTls {
                            b"250-smtp.example.test\r\n250-PIPELINING\r\n250 STARTTLS\r\n"
                        } else {
                            b"250-smtp.example.test\r\n250 8BITMIME\r\n"
                        }
                    } else if verb == "STARTTLS" && mode == SmtpMode::StartTls {
                        if conn.write_all(b"220 go ahead\r\n").await.is_err() {
                            return;
                        }
                        if let Ok(tls) = acceptor.accept(conn.into_inner()).await {
                            serve_smtp(tls, true).await;
                        }
                        return;
                    } else if verb == "QUIT" {
                        let _ = conn.write_all(b"221 bye\r\n").await;
                        return;
                    } else {
                        b"502 not here\r\n"
                    };
                    if conn.write_all(reply).await.is_err() {
                        return;
                    }
                }
            });
        }
    });
    port
}

async fn serve_smtp<S>(stream: S, after_starttls: bool)
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
{
    let mut conn = BufReader::new(stream);
    if !after_starttls
        && conn
            .write_all(b"220 smtp.example.test ESMTP\r\n")
            .await
            .is_err()
    {
        return;
    }
    let mut line = String::new();
    loop {
        line.clear();
        if conn.read_line(&mut line).await.unwrap_or(0) == 0 {
            return;
        }
        let reply: &[u8] = if line.to_ascii_uppercase().starts_with("EHLO") {
            b"250-smtp.example.test\r\n250 AUTH PLAIN\r\n"
        } else {
            b"221 bye\r\n"
        };
        if conn.write_all(reply).await.is_err() {
            return;
        }
    }
}

#[tokio::test]
async fn smtp_prefers_implicit_tls_then_starttls_then_plain() {
    let implicit = fake_smtp(SmtpMode::Implicit).await;
    let starttls = fake_smtp(SmtpMode::StartTls).await;
    let plain = fake_smtp(SmtpMode::Plain).await;
    let outgoing = |d: &Discovery| {
        d.outgoing
            .as_ref()
            .map(|s| (s.host.clone(), s.port, s.security, s.certificate_trouble))
    };

    let opts = options(
        &["localhost"],
        &[
            (465, implicit),
            (587, starttls),
            (25, plain),
            (995, closed_port()),
            (110, closed_port()),
        ],
    );
    let (d, _) = run("alice@localhost", &opts).await;
    assert_eq!(
        outgoing(&d),
        Some(("localhost".into(), 465, Security::Tls, false))
    );
    assert!(d.incoming.is_none());

    let opts = options(
        &["localhost"],
        &[(465, closed_port()), (587, starttls), (25, plain)],
    );
    let (d, _) = run("alice@localhost", &opts).await;
    assert_eq!(
        outgoing(&d),
        Some(("localhost".into(), 587, Security::StartTls, false))
    );

    let opts = options(
        &["smtp.example.test"],
        &[(465, closed_port()), (587, plain), (25, plain)],
    );
    let (d, _) = run("alice@example.test", &opts).await;
    assert_eq!(
        outgoing(&d),
        Some(("smtp.example.test".into(), 25, Security::None, false))
    );
    assert_eq!(
        d.outgoing.map(|s| s.origin),
        Some(Origin::Probed {
            host: "smtp.example.test".into()
        })
    );
}

#[tokio::test]
async fn smtp_certificate_trouble_is_marked() {
    let implicit = fake_smtp(SmtpMode::Implicit).await;
    let opts = options(
        &["smtp.example.test"],
        &[(465, implicit), (587, closed_port()), (25, closed_port())],
    );
    let (d, _) = run("alice@example.test", &opts).await;
    let s = d.outgoing.expect("found");
    assert_eq!(
        (s.port, s.security, s.certificate_trouble),
        (465, Security::Tls, true)
    );
}

// --- the command ----------------------------------------------------------

#[test]
fn cli_discover_json() {
    let tls = tls_pop3();
    let plain = stls_pop3();
    let dir = tempfile::tempdir().expect("tempdir");
    let ca = dir.path().join("ca.pem");
    std::fs::write(&ca, &pki().ca.cert_pem).expect("write CA");
    let out = Command::new(env!("CARGO_BIN_EXE_postern"))
        .args(["--data-dir"])
        .arg(dir.path())
        .args(["discover", "alice@example.test", "--json"])
        .env("POSTERN_RESOLVE", "pop.example.test=127.0.0.1")
        .env(
            "POSTERN_PORT_MAP",
            format!("995={},110={}", tls.port(), plain.port()),
        )
        .env("POSTERN_CA_FILE", &ca)
        .output()
        .expect("run postern");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(out.status.code(), Some(0), "{text}");
    let json: serde_json::Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("no JSON ({e}): {text}"));
    assert_eq!(json["email"], "alice@example.test");
    assert_eq!(json["incoming"]["host"], "pop.example.test");
    assert_eq!(json["incoming"]["port"], 995);
    assert_eq!(json["incoming"]["security"], "tls");
    assert_eq!(json["incoming"]["username"], "alice@example.test");
    assert_eq!(json["incoming"]["origin"]["kind"], "probed");
    assert_eq!(json["incoming"]["origin"]["host"], "pop.example.test");
    assert!(json["outgoing"].is_null());

    // Human-readable, and nothing found: exit 1.
    let out = Command::new(env!("CARGO_BIN_EXE_postern"))
        .args(["--data-dir"])
        .arg(dir.path())
        .args(["discover", "alice@nowhere.test"])
        .env("POSTERN_RESOLVE", "")
        .output()
        .expect("run postern");
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("nothing found"), "{stdout}");

    // The provider list needs no network at all.
    let out = Command::new(env!("CARGO_BIN_EXE_postern"))
        .args(["--data-dir"])
        .arg(dir.path())
        .args(["discover", "alice@gmail.com"])
        .env("POSTERN_RESOLVE", "")
        .output()
        .expect("run postern");
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("found in the provider list: Gmail"),
        "{stdout}"
    );
}
