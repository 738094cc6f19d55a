//! The outgoing (SMTP) server, layer by layer with the `smtp::Client`
//! steps: DNS, connect, TLS, greeting (220), EHLO, STARTTLS (then EHLO
//! again), AUTH, QUIT. It never sends MAIL, so whether a server without
//! authentication would relay is never certain: advertised AUTH with
//! authentication off is a warning, not a failure.

use crate::fl;
use tokio::sync::mpsc::UnboundedSender;

use super::diagnose::{self, ehlo_name, CertPath};
use super::steps::{self, Ctx, Proto, Steps};
use super::{probe, Diagnosis, DoctorOptions, Fix, Problem, Report, Service, Step, StepKind};
use crate::account::{AccountSettings, Security};
use crate::net::Stream;
use crate::secrets::Secret;
use crate::smtp::{Client, Extensions, Limits, SmtpError};

pub(super) async fn check(
    settings: &AccountSettings,
    password: Option<&Secret>,
    options: &DoctorOptions,
    progress: &UnboundedSender<Step>,
    report: &mut Report,
) {
    let Some(out) = settings.outgoing.as_ref() else {
        return;
    };
    let ctx = Ctx::new(
        Proto::Smtp,
        &out.host,
        out.port,
        out.security,
        out.pin_sha256.clone(),
        options,
    );
    let mut plan = vec![StepKind::Dns, StepKind::Connect];
    if out.security == Security::Tls {
        plan.push(StepKind::Tls);
    }
    plan.extend([StepKind::Greeting, StepKind::Ehlo]);
    if out.security == Security::StartTls {
        plan.push(StepKind::StartTls);
    }
    plan.push(StepKind::Auth);
    let mut steps = Steps::new(Service::Outgoing, plan, progress, report);
    let _ = run(&mut steps, &ctx, settings, password).await;
}

/// The SMTP user name: its own, or the incoming one.
fn username(settings: &AccountSettings) -> String {
    settings
        .outgoing
        .as_ref()
        .filter(|o| !o.same_as_incoming)
        .and_then(|o| o.username.clone())
        .filter(|u| !u.trim().is_empty())
        .unwrap_or_else(|| settings.incoming.username.clone())
}

fn ehlo_detail(ext: &Extensions) -> String {
    diagnose::clean(&ext.raw.join(", "))
}

async fn run(
    steps: &mut Steps<'_>,
    ctx: &Ctx<'_>,
    settings: &AccountSettings,
    password: Option<&Secret>,
) -> Option<()> {
    let auth_required = settings.outgoing.as_ref().is_some_and(|o| o.auth_required);
    steps::dns(steps, ctx).await?;
    let tcp = steps::connect(steps, ctx).await?;
    let name = ehlo_name(&tcp);
    let stream = match ctx.security {
        Security::Tls => steps::tls(steps, ctx, tcp).await?,
        Security::StartTls | Security::None => Stream::Plain(tcp),
    };
    let mut client = Client::new(stream, Limits::default(), ctx.timeouts);

    let started = steps.begin(StepKind::Greeting);
    match client.read_greeting().await {
        Ok(reply) => steps.pass(StepKind::Greeting, started, diagnose::clean(&reply.text())),
        Err(e) => {
            let d = diagnose::smtp(ctx, &e, CertPath::Implicit).await;
            let d = diagnose::greeting_failure(ctx, client.is_encrypted(), d).await;
            steps.fail(StepKind::Greeting, started, e.to_string(), d);
            return None;
        }
    }

    let started = steps.begin(StepKind::Ehlo);
    let mut ext = match client.ehlo(&name).await {
        Ok(ext) => {
            let ext = ext.clone();
            steps.pass(StepKind::Ehlo, started, ehlo_detail(&ext));
            ext
        }
        Err(e) => {
            let d = diagnose::smtp(ctx, &e, CertPath::Implicit).await;
            steps.fail(StepKind::Ehlo, started, e.to_string(), d);
            return None;
        }
    };

    if ctx.security == Security::StartTls {
        let started = steps.begin(StepKind::StartTls);
        if !ext.starttls {
            // RFC 3207: fail before any AUTH, whatever else is offered.
            let d = Diagnosis {
                problem: Problem::StartTlsNotOffered,
                fix: probe::alternative(ctx).await,
            };
            steps.fail(
                StepKind::StartTls,
                started,
                "STARTTLS not offered".into(),
                d,
            );
            return None;
        }
        if let Err(e) = client.starttls(ctx.host, &ctx.tls, &ctx.timeouts).await {
            let mut d = diagnose::smtp(ctx, &e, CertPath::SmtpStartTls).await;
            if d.fix.is_none() && matches!(d.problem, Problem::StartTlsRefused { .. }) {
                d.fix = probe::alternative(ctx).await;
            }
            steps.fail(StepKind::StartTls, started, e.to_string(), d);
            return None;
        }
        // What was advertised in clear may have been forged: ask again.
        ext = match client.ehlo(&name).await {
            Ok(ext) => ext.clone(),
            Err(e) => {
                let d = diagnose::smtp(ctx, &e, CertPath::SmtpStartTls).await;
                steps.fail(StepKind::StartTls, started, e.to_string(), d);
                return None;
            }
        };
        let detail = format!("encrypted; {}", ehlo_detail(&ext));
        steps.pass(StepKind::StartTls, started, detail);
    }

    let started = steps.begin(StepKind::Auth);
    if !auth_required {
        if ext.auth.is_empty() {
            steps.pass(StepKind::Auth, started, fl!("doctor-detail-not-used"));
        } else {
            let d = Diagnosis {
                problem: Problem::SmtpAuthRequired,
                fix: Some(Fix::EnableSmtpAuth),
            };
            let detail = fl!(
                "doctor-detail-auth-offered",
                mechanisms = ext.auth.join(" ")
            );
            steps.warn(StepKind::Auth, started, diagnose::clean(&detail), d);
        }
        let _ = client.quit().await;
        return Some(());
    }
    if !client.is_encrypted() && !settings.allow_plaintext {
        let d = Diagnosis {
            problem: Problem::PlaintextNotAllowed,
            fix: probe::alternative(ctx).await,
        };
        steps.fail(
            StepKind::Auth,
            started,
            fl!("doctor-detail-no-password-sent"),
            d,
        );
        return None;
    }
    let Some(password) = password else {
        // Its own login and no password for it: never try another one.
        steps.skip(
            StepKind::Auth,
            started,
            fl!("doctor-detail-no-smtp-password"),
        );
        let _ = client.quit().await;
        return Some(());
    };
    match client.auth(&username(settings), password).await {
        Ok(mechanism) => {
            steps.pass(StepKind::Auth, started, format!("AUTH {mechanism}"));
            let _ = client.quit().await;
            Some(())
        }
        Err(e) => {
            let mut d = diagnose::smtp(ctx, &e, CertPath::Implicit).await;
            if let SmtpError::AuthUnavailable { offered } = &e {
                // Many servers offer AUTH only once encrypted.
                if offered.is_empty() && !client.is_encrypted() {
                    d.fix = probe::alternative(ctx).await;
                }
            }
            steps.fail(StepKind::Auth, started, e.to_string(), d);
            let _ = client.quit().await;
            None
        }
    }
}
