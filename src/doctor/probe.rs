//! When the chosen port or security fails, try the usual encrypted
//! combinations in parallel with short timeouts (POP3: 995 SSL/TLS, 110
//! STARTTLS; SMTP: 465 SSL/TLS, 587 STARTTLS) and propose the first, in
//! that order, that greets properly. Plaintext is never proposed: it needs
//! the user's explicit consent.

use super::diagnose::ehlo_name;
use super::steps::{Ctx, Proto};
use super::Fix;
use crate::account::Security;
use tokio::net::TcpStream;

use crate::net::{self, NetError, Stream, TlsOptions};
use crate::{pop3, smtp};

/// A working alternative to the chosen port and security, if any.
pub(super) async fn alternative(ctx: &Ctx<'_>) -> Option<Fix> {
    if !ctx.options.probe_alternatives {
        return None;
    }
    let combos: &[(u16, Security)] = match ctx.proto {
        Proto::Pop3 => &[(995, Security::Tls), (110, Security::StartTls)],
        Proto::Smtp => &[(465, Security::Tls), (587, Security::StartTls)],
    };
    let candidates: Vec<(u16, Security)> = combos
        .iter()
        .copied()
        .filter(|c| *c != (ctx.port, ctx.security))
        .collect();
    let results = futures::future::join_all(candidates.iter().map(|&(port, security)| {
        let deadline = ctx.probe_timeouts().connect + ctx.probe_timeouts().read * 3;
        async move {
            tokio::time::timeout(deadline, works(ctx, port, security))
                .await
                .unwrap_or(false)
        }
    }))
    .await;
    candidates
        .into_iter()
        .zip(results)
        .find(|(_, ok)| *ok)
        .map(|((port, security), _)| {
            tracing::debug!(port, %security, "a working alternative");
            Fix::UsePortSecurity { port, security }
        })
}

/// Whether `port` with `security` greets like the right server (and
/// offers STLS/STARTTLS when that is the security). Nothing is sent but
/// CAPA or EHLO, and QUIT.
async fn works(ctx: &Ctx<'_>, port: u16, security: Security) -> bool {
    let timeouts = ctx.probe_timeouts();
    let Ok(tcp) = ctx.connect(port, &timeouts).await else {
        return false;
    };
    let name = ehlo_name(&tcp);
    let stream = if security == Security::Tls {
        match tls_any_certificate(ctx, port, tcp).await {
            Some(s) => s,
            None => return false,
        }
    } else {
        Stream::Plain(tcp)
    };
    match ctx.proto {
        Proto::Pop3 => {
            let mut session = pop3::Session::new(stream, pop3::Limits::default(), timeouts);
            if session.read_greeting().await.is_err() {
                return false;
            }
            let ok =
                security != Security::StartTls || session.capa().await.is_ok_and(|caps| caps.stls);
            let _ = session.quit().await;
            ok
        }
        Proto::Smtp => {
            let mut client = smtp::Client::new(stream, smtp::Limits::default(), timeouts);
            if client.read_greeting().await.is_err() {
                return false;
            }
            let ok = match client.ehlo(&name).await {
                Ok(ext) => security != Security::StartTls || ext.starttls,
                Err(_) => false,
            };
            let _ = client.quit().await;
            ok
        }
    }
}

/// A TLS stream whatever the certificate: a port that speaks TLS is a
/// working alternative even if its certificate then needs the user's
/// attention (the check after the fix explains that). The first handshake
/// only learns the fingerprint; the second is pinned to it.
async fn tls_any_certificate(ctx: &Ctx<'_>, port: u16, tcp: TcpStream) -> Option<Stream> {
    let timeouts = ctx.probe_timeouts();
    let learn = TlsOptions {
        pin_sha256: Some("0".repeat(64)),
        extra_roots_pem: Vec::new(),
    };
    let actual = match net::tls_handshake(tcp, ctx.host, &learn, &timeouts).await {
        Err(NetError::PinMismatch { actual, .. }) => actual,
        Ok(stream) => return Some(stream),
        Err(_) => return None,
    };
    let tcp = ctx.connect(port, &timeouts).await.ok()?;
    let pinned = TlsOptions {
        pin_sha256: Some(actual),
        extra_roots_pem: Vec::new(),
    };
    net::tls_handshake(tcp, ctx.host, &pinned, &timeouts)
        .await
        .ok()
}
