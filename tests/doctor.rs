//! The connection doctor against scripted fake POP3/SMTP servers on
//! loopback (one test per diagnosis), against real Dovecot (POP3 and
//! submission), and through `postern doctor`.

mod support;

use std::net::{IpAddr, Ipv4Addr};
use std::path::Path;
use std::process::{Command, Output};
use std::time::Duration;

use postern::account::{AccountSettings, DownloadOptions, Incoming, Outgoing, PopAuth, Security};
use postern::doctor::{
    self, Diagnosis, DoctorOptions, Fix, Outcome, Problem, Report, Service, Step, StepKind,
};
use postern::net::{CertProblem, Resolver};
use postern::secrets::Secret;
use support::certs::pki;
use support::dovecot::Dovecot;
use support::dovecot_submission::DovecotSubmission;
use support::fake_pop3::{self, CertChoice, FakePop3, LoginFault, Stall};
use support::fake_smtp::{self, FakeSmtp};
use support::mail::mailbox;

const USER: &str = "alice";
const PASSWORD: &str = "correct horse";
const HOST: &str = "localhost";

fn loopback() -> IpAddr {
    IpAddr::V4(Ipv4Addr::LOCALHOST)
}

fn options(port_map: &[(u16, u16)]) -> DoctorOptions {
    DoctorOptions {
        connect_timeout: Duration::from_secs(3),
        read_timeout: Duration::from_secs(3),
        extra_roots_pem: vec![pki().ca.cert_pem.clone().into_bytes()],
        resolver: Resolver::table([(HOST, loopback())]),
        probe_alternatives: false,
        port_map: port_map.to_vec(),
    }
}

fn settings(port: u16, security: Security) -> AccountSettings {
    AccountSettings {
        display_name: "Alice".into(),
        email: "alice@example.com".into(),
        incoming: Incoming {
            host: HOST.into(),
            port,
            security,
            username: USER.into(),
            auth: PopAuth::Auto,
            pin_sha256: None,
        },
        outgoing: None,
        options: DownloadOptions::default(),
        allow_plaintext: security == Security::None,
        password_command: None,
    }
}

fn with_smtp(mut s: AccountSettings, port: u16, security: Security) -> AccountSettings {
    s.outgoing = Some(Outgoing {
        host: HOST.into(),
        port,
        security,
        auth_required: true,
        same_as_incoming: true,
        username: None,
        pin_sha256: None,
    });
    s
}

fn pop3_config() -> fake_pop3::Config {
    fake_pop3::Config {
        user: USER.into(),
        password: PASSWORD.into(),
        mailbox: mailbox(2),
        ..fake_pop3::Config::default()
    }
}

fn smtp_config() -> fake_smtp::Config {
    fake_smtp::Config::new(USER, PASSWORD)
}

/// Runs the doctor and checks the progress protocol: each step is
/// announced `Running` (unless skipped) before its final event.
async fn check(settings: &AccountSettings, options: &DoctorOptions) -> Report {
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<Step>();
    let report = doctor::check(settings, &Secret::new(PASSWORD), None, options, tx).await;
    let mut events = Vec::new();
    while let Some(e) = rx.recv().await {
        events.push(e);
    }
    let finals: Vec<&Step> = events
        .iter()
        .filter(|e| e.outcome != Outcome::Running)
        .collect();
    assert_eq!(finals.len(), report.steps.len());
    for (i, step) in report.steps.iter().enumerate() {
        assert_eq!(finals[i], step);
        if step.outcome != Outcome::Skipped {
            let announced = events.iter().position(|e| {
                e.outcome == Outcome::Running && e.kind == step.kind && e.service == step.service
            });
            assert!(announced.is_some(), "{step:?} was not announced");
        }
    }
    report
}

fn kinds(report: &Report, service: Service) -> Vec<(StepKind, Outcome)> {
    report
        .steps
        .iter()
        .filter(|s| s.service == service)
        .map(|s| (s.kind, s.outcome))
        .collect()
}

/// The one failed step and its diagnosis; every later step of that
/// service is skipped.
fn failure(report: &Report) -> (StepKind, Diagnosis) {
    let failed: Vec<&Step> = report.failures().collect();
    assert_eq!(failed.len(), 1, "{report:#?}");
    let step = failed[0];
    let pos = report.steps.iter().position(|s| s == step).unwrap_or(0);
    for later in report.steps[pos + 1..]
        .iter()
        .filter(|s| s.service == step.service)
    {
        assert_eq!(later.outcome, Outcome::Skipped, "{later:?}");
    }
    let d = step
        .diagnosis
        .clone()
        .expect("a failed step has a diagnosis");
    assert!(!d.cause().trim().is_empty());
    assert!(!d.advice().trim().is_empty());
    assert!(!d.cause().contains(PASSWORD) && !d.advice().contains(PASSWORD));
    (step.kind, d)
}

fn all_passed(report: &Report) {
    for s in &report.steps {
        assert_eq!(s.outcome, Outcome::Passed, "{report:#?}");
    }
}

fn closed_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port")
}

// --- POP3: the good paths --------------------------------------------------

#[tokio::test]
async fn pop3_implicit_tls_passes_every_step() {
    let server = FakePop3::start(pop3_config().implicit_tls());
    let report = check(
        &settings(995, Security::Tls),
        &options(&[(995, server.port())]),
    )
    .await;
    all_passed(&report);
    assert_eq!(
        kinds(&report, Service::Incoming)
            .iter()
            .map(|k| k.0)
            .collect::<Vec<_>>(),
        vec![
            StepKind::Dns,
            StepKind::Connect,
            StepKind::Tls,
            StepKind::Greeting,
            StepKind::Capabilities,
            StepKind::Login,
            StepKind::Mailbox
        ]
    );
    let connect = &report.steps[1];
    assert!(connect.detail.ends_with(":995"), "{}", connect.detail);
    let mailbox = report.steps.last().map(|s| s.detail.clone());
    assert!(mailbox.is_some_and(|d| d.starts_with("2 messages")));
    assert!(server.wait_idle(Duration::from_secs(5)));
    assert!(server
        .connections()
        .iter()
        .any(|c| c.quit_ok || c.logged_in));
    assert!(server.expunged().is_empty());
}

#[tokio::test]
async fn pop3_stls_passes_and_sends_nothing_in_clear() {
    let server = FakePop3::start(pop3_config());
    let mut s = settings(110, Security::StartTls);
    s.allow_plaintext = false;
    let report = check(&s, &options(&[(110, server.port())])).await;
    all_passed(&report);
    assert!(kinds(&report, Service::Incoming).contains(&(StepKind::StartTls, Outcome::Passed)));
    assert!(server.saw_credentials());
    assert!(!server.saw_credentials_in_clear());
}

// --- network layers -------------------------------------------------------

#[tokio::test]
async fn server_not_found() {
    let mut s = settings(995, Security::Tls);
    s.incoming.host = "pop.typo.test".into();
    let report = check(&s, &options(&[])).await;
    let (kind, d) = failure(&report);
    assert_eq!(kind, StepKind::Dns);
    assert_eq!(
        d.problem,
        Problem::ServerNotFound {
            host: "pop.typo.test".into()
        }
    );
    assert!(d.cause().contains("pop.typo.test"), "{}", d.cause());
    assert!(d.advice().contains("typo"), "{}", d.advice());
}

#[tokio::test]
async fn connection_refused() {
    let report = check(
        &settings(995, Security::Tls),
        &options(&[(995, closed_port())]),
    )
    .await;
    let (kind, d) = failure(&report);
    assert_eq!(kind, StepKind::Connect);
    assert_eq!(
        d.problem,
        Problem::ConnectionRefused {
            host: HOST.into(),
            port: 995
        }
    );
    assert!(d.cause().contains("995") && d.cause().contains(HOST));
}

#[tokio::test]
async fn greeting_timeout() {
    let server = FakePop3::start(pop3_config().with_faults(fake_pop3::Faults {
        stall: Stall::BeforeGreeting,
        ..Default::default()
    }));
    let mut o = options(&[(110, server.port())]);
    o.read_timeout = Duration::from_millis(700);
    let report = check(&settings(110, Security::None), &o).await;
    let (kind, d) = failure(&report);
    assert_eq!(kind, StepKind::Greeting);
    assert_eq!(
        d.problem,
        Problem::Timeout {
            host: HOST.into(),
            port: 110
        }
    );
    assert!(d.advice().contains("online"), "{}", d.advice());
    assert!(!server.saw_credentials());
}

#[tokio::test]
async fn tls_on_plain_port_proposes_the_tls_port() {
    let plain = FakePop3::start(pop3_config());
    let tls = FakePop3::start(pop3_config().implicit_tls());
    let mut o = options(&[(110, plain.port()), (995, tls.port())]);
    o.probe_alternatives = true;
    let report = check(&settings(110, Security::Tls), &o).await;
    let (kind, d) = failure(&report);
    assert_eq!(kind, StepKind::Tls);
    assert_eq!(d.problem, Problem::TlsOnPlainPort { port: 110 });
    assert_eq!(
        d.fix,
        Some(Fix::UsePortSecurity {
            port: 995,
            security: Security::Tls
        })
    );
    assert!(d.cause().contains("110"), "{}", d.cause());
    assert!(d.advice().contains("995"), "{}", d.advice());
    assert!(!plain.saw_credentials() && !tls.saw_credentials());

    let mut fixed = settings(110, Security::Tls);
    if let Some(fix) = &d.fix {
        fix.apply(Service::Incoming, &mut fixed);
    }
    all_passed(&check(&fixed, &o).await);
}

#[tokio::test]
async fn tls_on_plain_port_without_alternatives() {
    let plain = FakePop3::start(pop3_config());
    let report = check(
        &settings(110, Security::Tls),
        &options(&[(110, plain.port())]),
    )
    .await;
    let (_, d) = failure(&report);
    assert_eq!(d.problem, Problem::TlsOnPlainPort { port: 110 });
    assert_eq!(d.fix, None);
}

#[tokio::test]
async fn plain_on_tls_port() {
    let tls = FakePop3::start(pop3_config().implicit_tls());
    let mut o = options(&[(995, tls.port())]);
    o.read_timeout = Duration::from_millis(800);
    let report = check(&settings(995, Security::None), &o).await;
    let (kind, d) = failure(&report);
    assert_eq!(kind, StepKind::Greeting);
    assert_eq!(d.problem, Problem::PlainOnTlsPort { port: 995 });
    assert_eq!(
        d.fix,
        Some(Fix::UsePortSecurity {
            port: 995,
            security: Security::Tls
        })
    );
    assert!(d.cause().contains("995"));
    assert!(!tls.saw_credentials());
}

#[tokio::test]
async fn stls_not_offered() {
    let server = FakePop3::start(pop3_config().with_faults(fake_pop3::Faults {
        stls_hidden: true,
        ..Default::default()
    }));
    let report = check(
        &settings(110, Security::StartTls),
        &options(&[(110, server.port())]),
    )
    .await;
    let (kind, d) = failure(&report);
    assert_eq!(kind, StepKind::StartTls);
    assert_eq!(d.problem, Problem::StartTlsNotOffered);
    assert!(!server.saw_credentials());
    assert!(!server.all_commands().iter().any(|c| c == "STLS"));
}

#[tokio::test]
async fn stls_injection() {
    let server = FakePop3::start(pop3_config().with_faults(fake_pop3::Faults {
        stls_inject: Some(b"+OK injected\r\n".to_vec()),
        ..Default::default()
    }));
    let report = check(
        &settings(110, Security::StartTls),
        &options(&[(110, server.port())]),
    )
    .await;
    let (_, d) = failure(&report);
    assert_eq!(d.problem, Problem::StartTlsInjection);
    assert!(!server.saw_credentials());
}

// --- certificates ---------------------------------------------------------

async fn certificate_case(choice: CertChoice, security: Security) -> (Diagnosis, FakePop3) {
    let config = pop3_config().with_cert(choice);
    let (config, port) = match security {
        Security::Tls => (config.implicit_tls(), 995),
        _ => (config, 110),
    };
    let server = FakePop3::start(config);
    let report = check(
        &settings(port, security),
        &options(&[(port, server.port())]),
    )
    .await;
    let (kind, d) = failure(&report);
    assert_eq!(
        kind,
        if security == Security::Tls {
            StepKind::Tls
        } else {
            StepKind::StartTls
        }
    );
    let cert = choice.cert();
    let Problem::Certificate {
        cert: Some(info), ..
    } = &d.problem
    else {
        panic!("{d:?}");
    };
    assert_eq!(info.sha256, cert.fingerprint);
    assert!(!info.subject.is_empty() && !info.issuer.is_empty());
    assert!(info.not_before < info.not_after);
    assert_eq!(
        d.fix,
        Some(Fix::TrustCertificate {
            sha256: cert.fingerprint.clone()
        })
    );
    assert!(d.advice().contains(&cert.fingerprint), "{}", d.advice());
    assert!(!server.saw_credentials());
    (d, server)
}

fn cert_problems(d: &Diagnosis) -> Vec<CertProblem> {
    match &d.problem {
        Problem::Certificate { problems, .. } => problems.clone(),
        _ => Vec::new(),
    }
}

#[tokio::test]
async fn certificate_expired() {
    let (d, _s) = certificate_case(CertChoice::Expired, Security::Tls).await;
    assert_eq!(cert_problems(&d), vec![CertProblem::Expired]);
    assert!(d.cause().contains("2021-01-01"), "{}", d.cause());
}

#[tokio::test]
async fn certificate_wrong_host() {
    let (d, _s) = certificate_case(CertChoice::WrongHost, Security::Tls).await;
    assert_eq!(cert_problems(&d), vec![CertProblem::HostnameMismatch]);
    assert!(
        d.cause().contains("mail.wrong-host.example"),
        "{}",
        d.cause()
    );
}

#[tokio::test]
async fn certificate_self_signed_after_stls() {
    let (d, _s) = certificate_case(CertChoice::SelfSigned, Security::StartTls).await;
    assert_eq!(cert_problems(&d), vec![CertProblem::SelfSigned]);
}

#[tokio::test]
async fn certificate_from_an_unknown_ca() {
    let server = FakePop3::start(pop3_config().implicit_tls());
    let mut o = options(&[(995, server.port())]);
    o.extra_roots_pem.clear();
    let report = check(&settings(995, Security::Tls), &o).await;
    let (_, d) = failure(&report);
    // The server sends its CA along, so OpenSSL names a self-signed
    // certificate in the chain rather than an unknown issuer.
    let problems = cert_problems(&d);
    assert!(
        problems == vec![CertProblem::UnknownIssuer] || problems == vec![CertProblem::SelfSigned],
        "{problems:?}"
    );
    assert!(d.fix.is_some());
}

#[tokio::test]
async fn certificate_changed() {
    let server = FakePop3::start(pop3_config().implicit_tls());
    let mut s = settings(995, Security::Tls);
    s.incoming.pin_sha256 = Some("00".repeat(32));
    let report = check(&s, &options(&[(995, server.port())])).await;
    let (kind, d) = failure(&report);
    assert_eq!(kind, StepKind::Tls);
    let fp = pki().valid.fingerprint.clone();
    let Problem::CertificateChanged { cert: Some(info) } = &d.problem else {
        panic!("{d:?}");
    };
    assert_eq!(info.sha256, fp);
    assert_eq!(d.fix, Some(Fix::TrustCertificate { sha256: fp }));
    assert!(!server.saw_credentials());
}

// --- login and mailbox ----------------------------------------------------

async fn login_case(fault: Option<LoginFault>, password: &str) -> Diagnosis {
    let mut config = pop3_config().implicit_tls();
    config.password = password.into();
    config.faults.login = fault;
    let server = FakePop3::start(config);
    let report = check(
        &settings(995, Security::Tls),
        &options(&[(995, server.port())]),
    )
    .await;
    let (kind, d) = failure(&report);
    assert_eq!(kind, StepKind::Login);
    d
}

#[tokio::test]
async fn login_refused() {
    let d = login_case(None, "another password").await;
    let Problem::LoginRefused { server_text } = &d.problem else {
        panic!("{d:?}");
    };
    assert!(!server_text.is_empty());
    assert!(!server_text.chars().any(char::is_control));
    assert!(d.cause().contains(server_text.as_str()));
}

#[tokio::test]
async fn mailbox_locked() {
    let d = login_case(Some(LoginFault::InUse), PASSWORD).await;
    assert!(
        matches!(&d.problem, Problem::MailboxLocked { server_text } if server_text.contains("locked")),
        "{d:?}"
    );
}

#[tokio::test]
async fn login_too_soon() {
    let d = login_case(Some(LoginFault::LoginDelay), PASSWORD).await;
    assert!(
        matches!(&d.problem, Problem::LoginTooSoon { server_text } if server_text.contains("between logins")),
        "{d:?}"
    );
}

#[tokio::test]
async fn server_text_loses_control_characters() {
    let d = login_case(
        Some(LoginFault::Custom("-ERR bad\x1b[2J\x07 login".into())),
        PASSWORD,
    )
    .await;
    let Problem::LoginRefused { server_text } = &d.problem else {
        panic!("{d:?}");
    };
    assert!(
        !server_text.chars().any(char::is_control),
        "{server_text:?}"
    );
}

#[tokio::test]
async fn no_uidl_is_a_warning() {
    let server =
        FakePop3::start(
            pop3_config()
                .implicit_tls()
                .with_capa(&["TOP", "USER", "SASL PLAIN"]),
        );
    let report = check(
        &settings(995, Security::Tls),
        &options(&[(995, server.port())]),
    )
    .await;
    assert!(report.ok());
    let last = report.steps.last().cloned().expect("steps");
    assert_eq!(
        (last.kind, last.outcome),
        (StepKind::Mailbox, Outcome::Warning)
    );
    let d = last.diagnosis.expect("diagnosis");
    assert_eq!(d.problem, Problem::NoUidl);
    assert!(!d.cause().is_empty() && !d.advice().is_empty());
}

// --- SMTP -----------------------------------------------------------------

async fn smtp_case(config: fake_smtp::Config, port: u16, security: Security) -> (Report, FakeSmtp) {
    let pop = FakePop3::start(pop3_config().implicit_tls());
    let smtp = FakeSmtp::start(config);
    let s = with_smtp(settings(995, Security::Tls), port, security);
    let report = check(&s, &options(&[(995, pop.port()), (port, smtp.port())])).await;
    for step in report
        .steps
        .iter()
        .filter(|s| s.service == Service::Incoming)
    {
        assert_eq!(step.outcome, Outcome::Passed, "{step:?}");
    }
    assert!(smtp.wait_idle(Duration::from_secs(5)));
    assert!(!smtp.saw_mail());
    (report, smtp)
}

#[tokio::test]
async fn smtp_starttls_and_auth_pass() {
    let (report, smtp) = smtp_case(smtp_config(), 587, Security::StartTls).await;
    all_passed(&report);
    assert_eq!(
        kinds(&report, Service::Outgoing)
            .iter()
            .map(|k| k.0)
            .collect::<Vec<_>>(),
        vec![
            StepKind::Dns,
            StepKind::Connect,
            StepKind::Greeting,
            StepKind::Ehlo,
            StepKind::StartTls,
            StepKind::Auth
        ]
    );
    assert!(smtp.saw_credentials() && !smtp.saw_credentials_in_clear());
    assert!(smtp.connections().iter().all(|c| c.quit));
    // EHLO again after STARTTLS.
    let ehlos = smtp
        .all_lines()
        .iter()
        .filter(|l| l.starts_with("EHLO"))
        .count();
    assert_eq!(ehlos, 2);
}

#[tokio::test]
async fn smtp_implicit_tls_and_auth_login_pass() {
    let config = smtp_config().implicit_tls().with_auth(&["LOGIN"]);
    let (report, smtp) = smtp_case(config, 465, Security::Tls).await;
    all_passed(&report);
    assert!(report
        .steps
        .iter()
        .any(|s| s.kind == StepKind::Auth && s.detail.contains("LOGIN")));
    assert!(smtp.connections().iter().all(|c| c.authenticated));
}

#[tokio::test]
async fn smtp_auth_refused() {
    let mut config = smtp_config();
    config.password = "not this one".into();
    let (report, smtp) = smtp_case(config, 587, Security::StartTls).await;
    let (kind, d) = failure(&report);
    assert_eq!(kind, StepKind::Auth);
    let Problem::SmtpAuthRefused { server_text } = &d.problem else {
        panic!("{d:?}");
    };
    assert!(server_text.contains("535"), "{server_text}");
    assert!(d.cause().contains("535"));
    assert!(!smtp.saw_credentials_in_clear());
}

#[tokio::test]
async fn smtp_auth_off_but_offered_warns() {
    let pop = FakePop3::start(pop3_config().implicit_tls());
    let smtp = FakeSmtp::start(smtp_config());
    let mut s = with_smtp(settings(995, Security::Tls), 587, Security::StartTls);
    if let Some(out) = s.outgoing.as_mut() {
        out.auth_required = false;
    }
    let report = check(&s, &options(&[(995, pop.port()), (587, smtp.port())])).await;
    assert!(report.ok());
    let auth = report
        .steps
        .iter()
        .find(|s| s.kind == StepKind::Auth)
        .cloned()
        .expect("auth step");
    assert_eq!(auth.outcome, Outcome::Warning);
    let d = auth.diagnosis.expect("diagnosis");
    assert_eq!(d.problem, Problem::SmtpAuthRequired);
    assert_eq!(d.fix, Some(Fix::EnableSmtpAuth));
    assert!(!smtp.saw_credentials() && !smtp.saw_mail());
    if let Some(fix) = &d.fix {
        fix.apply(Service::Outgoing, &mut s);
    }
    assert!(s.outgoing.is_some_and(|o| o.auth_required));
}

#[tokio::test]
async fn smtp_starttls_missing_fails_before_auth() {
    let mut config = smtp_config();
    config.auth_in_clear = true;
    config.faults.starttls_hidden = true;
    let (report, smtp) = smtp_case(config, 587, Security::StartTls).await;
    let (kind, d) = failure(&report);
    assert_eq!(kind, StepKind::StartTls);
    assert_eq!(d.problem, Problem::StartTlsNotOffered);
    assert!(!smtp.saw_credentials());
    assert!(!smtp.all_lines().iter().any(|l| l == "STARTTLS"));
}

#[tokio::test]
async fn smtp_starttls_injection() {
    let mut config = smtp_config();
    config.faults.starttls_inject = Some(b"250 AUTH PLAIN\r\n".to_vec());
    let (report, smtp) = smtp_case(config, 587, Security::StartTls).await;
    let (_, d) = failure(&report);
    assert_eq!(d.problem, Problem::StartTlsInjection);
    assert!(!smtp.saw_credentials());
}

#[tokio::test]
async fn smtp_no_known_mechanism() {
    let config = smtp_config().with_auth(&["CRAM-MD5", "XOAUTH2"]);
    let (report, smtp) = smtp_case(config, 587, Security::StartTls).await;
    let (_, d) = failure(&report);
    assert_eq!(
        d.problem,
        Problem::SmtpAuthUnavailable {
            offered: vec!["CRAM-MD5".into(), "XOAUTH2".into()]
        }
    );
    assert!(d.cause().contains("CRAM-MD5"));
    assert!(!smtp.saw_credentials());
}

#[tokio::test]
async fn smtp_tls_on_plain_port_proposes_starttls() {
    let pop = FakePop3::start(pop3_config().implicit_tls());
    let plain = FakeSmtp::start(smtp_config());
    let s = with_smtp(settings(995, Security::Tls), 465, Security::Tls);
    let mut o = options(&[(995, pop.port()), (465, plain.port()), (587, plain.port())]);
    o.probe_alternatives = true;
    let report = check(&s, &o).await;
    let (kind, d) = failure(&report);
    assert_eq!(kind, StepKind::Tls);
    assert_eq!(d.problem, Problem::TlsOnPlainPort { port: 465 });
    assert_eq!(
        d.fix,
        Some(Fix::UsePortSecurity {
            port: 587,
            security: Security::StartTls
        })
    );
    assert!(d.advice().contains("587"));
    assert!(!plain.saw_credentials() && !plain.saw_mail());
}

#[tokio::test]
async fn smtp_plain_on_tls_port() {
    let config = smtp_config().implicit_tls();
    let mut s = with_smtp(settings(995, Security::Tls), 465, Security::None);
    s.allow_plaintext = true;
    let pop = FakePop3::start(pop3_config().implicit_tls());
    let smtp = FakeSmtp::start(config);
    let mut o = options(&[(995, pop.port()), (465, smtp.port())]);
    o.read_timeout = Duration::from_millis(800);
    let report = check(&s, &o).await;
    let (kind, d) = failure(&report);
    assert_eq!(kind, StepKind::Greeting);
    assert_eq!(d.problem, Problem::PlainOnTlsPort { port: 465 });
    assert!(!smtp.saw_credentials());
}

// --- real servers ---------------------------------------------------------

#[tokio::test]
async fn dovecot_pop3_passes_over_tls_and_stls() {
    let Some(server) = Dovecot::start(USER, PASSWORD) else {
        return;
    };
    server.deliver(&support::mail::message(1));
    let o = options(&[(995, server.pop3s_port()), (110, server.pop3_port())]);
    for security in [Security::Tls, Security::StartTls] {
        let mut s = settings(security.default_pop_port(), security);
        s.allow_plaintext = false;
        let report = check(&s, &o).await;
        all_passed(&report);
        assert!(report
            .steps
            .iter()
            .any(|s| s.kind == StepKind::Mailbox && s.detail.starts_with("1 message")));
    }
}

#[tokio::test]
async fn dovecot_submission_passes_over_starttls_and_tls() {
    let Some(smtp) = DovecotSubmission::start(USER, PASSWORD) else {
        return;
    };
    let pop = FakePop3::start(pop3_config().implicit_tls());
    let o = options(&[
        (995, pop.port()),
        (587, smtp.submission_port()),
        (465, smtp.submissions_port()),
    ]);
    for security in [Security::StartTls, Security::Tls] {
        let s = with_smtp(
            settings(995, Security::Tls),
            security.default_smtp_port(),
            security,
        );
        let report = check(&s, &o).await;
        if !report.ok() {
            panic!("{report:#?}\n{}", smtp.log());
        }
        all_passed(&report);
    }
    // Wrong password: Dovecot's own 535 words.
    let s = with_smtp(settings(995, Security::Tls), 587, Security::StartTls);
    let (tx, _rx) = tokio::sync::mpsc::unbounded_channel();
    let report = doctor::check(
        &s,
        &Secret::new(PASSWORD),
        Some(&Secret::new("wrong")),
        &o,
        tx,
    )
    .await;
    let (_, d) = failure(&report);
    assert!(
        matches!(&d.problem, Problem::SmtpAuthRefused { server_text } if server_text.contains("535")),
        "{d:?}"
    );
}

// --- the command ----------------------------------------------------------

fn postern(dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_postern"));
    cmd.arg("--data-dir").arg(dir);
    cmd.env_remove("POSTERN_DATA_DIR");
    cmd
}

fn write_ca(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("ca.pem");
    std::fs::write(&path, &pki().ca.cert_pem).expect("write CA");
    path
}

fn doctor_cmd(dir: &Path, map: &str, extra: &[&str]) -> Output {
    let password = dir.join("password");
    std::fs::write(&password, PASSWORD).expect("write password");
    postern(dir)
        .env("POSTERN_RESOLVE", "localhost=127.0.0.1")
        .env("POSTERN_PORT_MAP", map)
        .env("POSTERN_CA_FILE", write_ca(dir))
        .args(["doctor", "--email", "alice@example.com", "--username", USER])
        .args(["--pop-host", HOST])
        .arg("--password-file")
        .arg(&password)
        .args(extra)
        .output()
        .expect("run postern doctor")
}

fn json_of(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

#[test]
fn cli_doctor_json_ok() {
    let dir = tempfile::tempdir().expect("tempdir");
    let server = FakePop3::start(pop3_config().implicit_tls());
    let out = doctor_cmd(
        dir.path(),
        &format!("995={}", server.port()),
        &["--pop-security", "tls", "--json"],
    );
    let json = json_of(&out);
    assert_eq!(out.status.code(), Some(0), "{json:#}");
    assert_eq!(json["ok"], true);
    let steps = json["steps"].as_array().cloned().unwrap_or_default();
    assert_eq!(steps.len(), 7);
    assert!(steps.iter().all(|s| s["outcome"] == "passed"));
    assert_eq!(steps[0]["kind"], "dns");
    assert_eq!(steps[0]["service"], "incoming");
    assert!(!String::from_utf8_lossy(&out.stdout).contains(PASSWORD));
}

#[test]
fn cli_doctor_json_explains_a_failure() {
    let dir = tempfile::tempdir().expect("tempdir");
    let plain = FakePop3::start(pop3_config());
    let tls = FakePop3::start(pop3_config().implicit_tls());
    let out = doctor_cmd(
        dir.path(),
        &format!("110={},995={}", plain.port(), tls.port()),
        &["--pop-security", "tls", "--pop-port", "110", "--json"],
    );
    let json = json_of(&out);
    assert_eq!(out.status.code(), Some(1), "{json:#}");
    assert_eq!(json["ok"], false);
    let steps = json["steps"].as_array().cloned().unwrap_or_default();
    let failed = steps
        .iter()
        .find(|s| s["outcome"] == "failed")
        .cloned()
        .expect("a failed step");
    assert_eq!(failed["kind"], "tls");
    let d = &failed["diagnosis"];
    assert_eq!(d["problem"]["kind"], "tls-on-plain-port");
    assert_eq!(d["problem"]["port"], 110);
    assert_eq!(d["fix"]["kind"], "use-port-security");
    assert_eq!(d["fix"]["port"], 995);
    assert_eq!(d["fix"]["security"], "tls");
    assert!(d["cause"].as_str().is_some_and(|c| c.contains("110")));
    assert!(d["advice"].as_str().is_some_and(|c| c.contains("995")));
    assert!(!plain.saw_credentials());
}

#[test]
fn cli_doctor_human_output() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = doctor_cmd(
        dir.path(),
        &format!("995={}", closed_port()),
        &["--pop-security", "tls", "--no-probe"],
    );
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("[ok  ] POP3 Looking up the server"), "{text}");
    assert!(text.contains("[FAIL] POP3 Connecting"), "{text}");
    assert!(text.contains("Cause: ") && text.contains("995"), "{text}");
    assert!(text.contains("Fix: "), "{text}");
    assert!(text.contains("[skip] POP3 Logging in"), "{text}");
}

#[test]
fn cli_doctor_stored_account() {
    let dir = tempfile::tempdir().expect("tempdir");
    let server = FakePop3::start(pop3_config());
    let password = dir.path().join("pw");
    std::fs::write(&password, PASSWORD).expect("write password");
    let add = postern(dir.path())
        .args([
            "account",
            "add",
            "--email",
            "alice@example.com",
            "--name",
            "Alice",
        ])
        .args([
            "--pop-host",
            "127.0.0.1",
            "--pop-security",
            "none",
            "--allow-plaintext",
        ])
        .args(["--pop-port", &server.port().to_string(), "--username", USER])
        .arg("--password-command")
        .arg(format!("cat {}", password.display()))
        .output()
        .expect("add account");
    assert!(
        add.status.success(),
        "{}",
        String::from_utf8_lossy(&add.stderr)
    );
    let out = postern(dir.path())
        .args(["doctor", "--account", "alice@example.com", "--json"])
        .output()
        .expect("doctor");
    let json = json_of(&out);
    assert_eq!(out.status.code(), Some(0), "{json:#}");
    assert!(server.saw_credentials());
}

#[tokio::test]
async fn server_that_wants_encryption_is_not_a_wrong_password() {
    // Plain connection allowed by the user, but the server (like Dovecot)
    // refuses passwords without TLS: propose STARTTLS, not "check password".
    let mut config = pop3_config();
    config.plaintext_login_allowed = false;
    let server = FakePop3::start(config);
    let mut o = options(&[(110, server.port()), (995, closed_port())]);
    o.probe_alternatives = true;
    let report = check(&settings(110, Security::None), &o).await;
    let (kind, d) = failure(&report);
    assert_eq!(kind, StepKind::Login);
    assert!(
        matches!(&d.problem, Problem::EncryptionRequired { server_text } if server_text.contains("Plaintext")),
        "{d:?}"
    );
    assert_eq!(
        d.fix,
        Some(Fix::UsePortSecurity {
            port: 110,
            security: Security::StartTls
        })
    );
    let mut fixed = settings(110, Security::None);
    if let Some(fix) = &d.fix {
        fix.apply(Service::Incoming, &mut fixed);
    }
    all_passed(&check(&fixed, &o).await);
}
