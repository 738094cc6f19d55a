//! The incoming (POP3) server, layer by layer with the `pop3::Session`
//! step functions: DNS, connect, TLS, greeting, CAPA, STLS, login, STAT
//! (and whether UIDL works), QUIT. Nothing is deleted.

use crate::fl;
use tokio::sync::mpsc::UnboundedSender;

use super::diagnose::{self, CertPath};
use super::steps::{self, Ctx, Proto, Steps};
use super::{probe, Diagnosis, DoctorOptions, Problem, Report, Service, Step, StepKind};
use crate::account::{AccountSettings, Security};
use crate::net::Stream;
use crate::pop3::{Capabilities, Credentials, Limits, Session};
use crate::secrets::Secret;

pub(super) async fn check(
    settings: &AccountSettings,
    password: &Secret,
    options: &DoctorOptions,
    progress: &UnboundedSender<Step>,
    report: &mut Report,
) {
    let inc = &settings.incoming;
    let ctx = Ctx::new(
        Proto::Pop3,
        &inc.host,
        inc.port,
        inc.security,
        inc.pin_sha256.clone(),
        options,
    );
    let mut plan = vec![StepKind::Dns, StepKind::Connect];
    if inc.security == Security::Tls {
        plan.push(StepKind::Tls);
    }
    plan.extend([StepKind::Greeting, StepKind::Capabilities]);
    if inc.security == Security::StartTls {
        plan.push(StepKind::StartTls);
    }
    plan.extend([StepKind::Login, StepKind::Mailbox]);
    let mut steps = Steps::new(Service::Incoming, plan, progress, report);
    let _ = run(&mut steps, &ctx, settings, password).await;
}

async fn run(
    steps: &mut Steps<'_>,
    ctx: &Ctx<'_>,
    settings: &AccountSettings,
    password: &Secret,
) -> Option<()> {
    steps::dns(steps, ctx).await?;
    let tcp = steps::connect(steps, ctx).await?;
    let stream = match ctx.security {
        Security::Tls => steps::tls(steps, ctx, tcp).await?,
        Security::StartTls | Security::None => Stream::Plain(tcp),
    };
    let mut session = Session::new(stream, Limits::default(), ctx.timeouts);

    let started = steps.begin(StepKind::Greeting);
    match session.read_greeting().await {
        Ok(g) => {
            let text = diagnose::clean(&g.text);
            steps.pass(StepKind::Greeting, started, text);
        }
        Err(e) => {
            let d = diagnose::pop3(ctx, &e, CertPath::Implicit).await;
            let d = diagnose::greeting_failure(ctx, session.is_encrypted(), d).await;
            steps.fail(StepKind::Greeting, started, e.to_string(), d);
            return None;
        }
    }

    let started = steps.begin(StepKind::Capabilities);
    let mut caps = match session.capa().await {
        Ok(caps) => {
            steps.pass(StepKind::Capabilities, started, caps_detail(&caps));
            session.capabilities().cloned()
        }
        Err(e) => {
            let d = diagnose::pop3(ctx, &e, CertPath::Implicit).await;
            steps.fail(StepKind::Capabilities, started, e.to_string(), d);
            return None;
        }
    };

    if ctx.security == Security::StartTls {
        let started = steps.begin(StepKind::StartTls);
        // CAPA refused: the server's abilities are unknown, so just try.
        if caps.as_ref().is_some_and(|c| !c.stls) {
            let d = Diagnosis {
                problem: Problem::StartTlsNotOffered,
                fix: probe::alternative(ctx).await,
            };
            steps.fail(StepKind::StartTls, started, "STLS not offered".into(), d);
            return None;
        }
        if let Err(e) = session.stls(ctx.host, &ctx.tls, &ctx.timeouts).await {
            let mut d = diagnose::pop3(ctx, &e, CertPath::Pop3Stls).await;
            if d.fix.is_none() && matches!(d.problem, Problem::StartTlsRefused { .. }) {
                d.fix = probe::alternative(ctx).await;
            }
            steps.fail(StepKind::StartTls, started, e.to_string(), d);
            return None;
        }
        // Capabilities before TLS may have been forged: ask again.
        caps = match session.capa().await {
            Ok(_) => session.capabilities().cloned(),
            Err(e) => {
                let d = diagnose::pop3(ctx, &e, CertPath::Pop3Stls).await;
                steps.fail(StepKind::StartTls, started, e.to_string(), d);
                return None;
            }
        };
        let detail = if ctx.tls.pin_sha256.is_some() {
            "encrypted, pinned certificate"
        } else {
            "encrypted, certificate verified"
        };
        steps.pass(StepKind::StartTls, started, detail);
    }

    let started = steps.begin(StepKind::Login);
    if !session.is_encrypted() && !settings.allow_plaintext {
        let d = Diagnosis {
            problem: Problem::PlaintextNotAllowed,
            fix: probe::alternative(ctx).await,
        };
        steps.fail(
            StepKind::Login,
            started,
            fl!("doctor-detail-no-password-sent"),
            d,
        );
        return None;
    }
    let creds = Credentials {
        username: settings.incoming.username.clone(),
        password: password.clone(),
        auth: settings.incoming.auth,
    };
    match session.login(&creds).await {
        Ok(()) => {
            let detail = settings.incoming.username.clone();
            steps.pass(StepKind::Login, started, detail);
        }
        Err(e) => {
            let d = diagnose::after_greeting(ctx, &e, session.is_encrypted()).await;
            steps.fail(StepKind::Login, started, e.to_string(), d);
            return None;
        }
    }
    // Capabilities may change after login (RFC 2449); UIDL is judged by
    // what the server says now.
    let caps = match session.capa().await {
        Ok(after) if !after.raw.is_empty() => Some(after),
        _ => caps,
    };

    let started = steps.begin(StepKind::Mailbox);
    let (count, size) = match session.stat().await {
        Ok(stat) => stat,
        Err(e) => {
            let d = diagnose::after_greeting(ctx, &e, session.is_encrypted()).await;
            steps.fail(StepKind::Mailbox, started, e.to_string(), d);
            return None;
        }
    };
    let detail = super::text::mailbox_detail(count, size);
    let uidl = match caps.as_ref() {
        Some(c) => c.uidl,
        // No CAPA: ask about the first message, if there is one.
        None if count > 0 => uidl_works(&mut session).await,
        None => true,
    };
    if uidl {
        steps.pass(StepKind::Mailbox, started, detail);
    } else {
        let d = Diagnosis {
            problem: Problem::NoUidl,
            fix: None,
        };
        steps.warn(StepKind::Mailbox, started, detail, d);
    }
    let _ = session.quit().await;
    Some(())
}

async fn uidl_works(session: &mut Session<Stream>) -> bool {
    if session.send_command("UIDL 1").await.is_err() || session.flush().await.is_err() {
        return false;
    }
    session.read_status("UIDL").await.is_ok_and(|s| s.ok)
}

fn caps_detail(caps: &Capabilities) -> String {
    if caps.raw.is_empty() {
        return "CAPA not supported".to_string();
    }
    let joined = caps.raw.join(", ");
    diagnose::clean(&joined)
}
