//! Step bookkeeping (Running, then the outcome with its time; Skipped for
//! what a failure left undone) and the context shared by one server's
//! check, with the first layers every server has: DNS, TCP, implicit TLS.

use std::time::{Duration, Instant};

use tokio::net::TcpStream;
use tokio::sync::mpsc::UnboundedSender;

use super::{diagnose, probe, Diagnosis, DoctorOptions, Outcome, Report, Service, Step, StepKind};
use crate::account::Security;
use crate::net::{self, Stream, Timeouts, TlsOptions};

/// Which protocol a server speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Proto {
    Pop3,
    Smtp,
}

/// Where and how one server is checked.
pub(super) struct Ctx<'a> {
    pub proto: Proto,
    pub host: &'a str,
    /// The port the user chose (shown in texts).
    pub port: u16,
    /// The port dialled (after `port_map`).
    pub dial: u16,
    pub security: Security,
    pub tls: TlsOptions,
    pub timeouts: Timeouts,
    pub options: &'a DoctorOptions,
}

impl<'a> Ctx<'a> {
    pub fn new(
        proto: Proto,
        host: &'a str,
        port: u16,
        security: Security,
        pin_sha256: Option<String>,
        options: &'a DoctorOptions,
    ) -> Self {
        Ctx {
            proto,
            host,
            port,
            dial: net::map_port(&options.port_map, port),
            security,
            tls: TlsOptions {
                pin_sha256,
                extra_roots_pem: options.extra_roots_pem.clone(),
            },
            timeouts: Timeouts {
                dns: options.connect_timeout,
                connect: options.connect_timeout,
                handshake: options.read_timeout,
                read: options.read_timeout,
                ..Timeouts::default()
            },
            options,
        }
    }

    /// Shorter timeouts for side probes (alternatives, certificate fetch).
    pub fn probe_timeouts(&self) -> Timeouts {
        let cap = |d: Duration, max: u64| d.min(Duration::from_secs(max));
        Timeouts {
            dns: cap(self.timeouts.dns, 3),
            connect: cap(self.timeouts.connect, 3),
            handshake: cap(self.timeouts.handshake, 4),
            read: cap(self.timeouts.read, 4),
            ..self.timeouts
        }
    }

    /// Connects to `port` (mapped) of this host.
    pub async fn connect(
        &self,
        port: u16,
        timeouts: &Timeouts,
    ) -> Result<TcpStream, net::NetError> {
        let dial = net::map_port(&self.options.port_map, port);
        net::connect_tcp_with(&self.options.resolver, self.host, dial, timeouts).await
    }
}

/// The steps of one server, as they happen.
pub(super) struct Steps<'a> {
    service: Service,
    progress: &'a UnboundedSender<Step>,
    report: &'a mut Report,
    plan: Vec<StepKind>,
    done: usize,
}

impl<'a> Steps<'a> {
    pub fn new(
        service: Service,
        plan: Vec<StepKind>,
        progress: &'a UnboundedSender<Step>,
        report: &'a mut Report,
    ) -> Self {
        Steps {
            service,
            progress,
            report,
            plan,
            done: 0,
        }
    }

    fn send(&self, step: Step) {
        // The receiver may be gone (window closed): the report still counts.
        let _ = self.progress.send(step);
    }

    /// Announces a step; returns its start time.
    pub fn begin(&mut self, kind: StepKind) -> Instant {
        self.send(Step {
            service: self.service,
            kind,
            outcome: Outcome::Running,
            millis: 0,
            detail: String::new(),
            diagnosis: None,
        });
        Instant::now()
    }

    fn end(
        &mut self,
        kind: StepKind,
        started: Instant,
        outcome: Outcome,
        detail: String,
        diagnosis: Option<Diagnosis>,
    ) {
        let step = Step {
            service: self.service,
            kind,
            outcome,
            millis: u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
            detail,
            diagnosis,
        };
        if let Some(pos) = self.plan.iter().position(|k| *k == kind) {
            self.done = self.done.max(pos + 1);
        }
        self.send(step.clone());
        self.report.steps.push(step);
    }

    pub fn pass(&mut self, kind: StepKind, started: Instant, detail: impl Into<String>) {
        self.end(kind, started, Outcome::Passed, detail.into(), None);
    }

    /// A step that could not run for a reason that is not a failure.
    pub fn skip(&mut self, kind: StepKind, started: Instant, detail: impl Into<String>) {
        self.end(kind, started, Outcome::Skipped, detail.into(), None);
    }

    pub fn warn(&mut self, kind: StepKind, started: Instant, detail: String, diagnosis: Diagnosis) {
        self.end(kind, started, Outcome::Warning, detail, Some(diagnosis));
    }

    /// Records a failure and skips every later planned step.
    pub fn fail(&mut self, kind: StepKind, started: Instant, detail: String, diagnosis: Diagnosis) {
        self.end(kind, started, Outcome::Failed, detail, Some(diagnosis));
        let rest: Vec<StepKind> = self.plan.iter().skip(self.done).copied().collect();
        for kind in rest {
            let step = Step {
                service: self.service,
                kind,
                outcome: Outcome::Skipped,
                millis: 0,
                detail: String::new(),
                diagnosis: None,
            };
            self.send(step.clone());
            self.report.steps.push(step);
        }
        self.done = self.plan.len();
    }
}

/// The DNS step. `None` when it failed (recorded).
pub(super) async fn dns(steps: &mut Steps<'_>, ctx: &Ctx<'_>) -> Option<()> {
    let started = steps.begin(StepKind::Dns);
    match net::resolve_with(&ctx.options.resolver, ctx.host, ctx.dial, &ctx.timeouts).await {
        Ok(addrs) => {
            let mut ips: Vec<String> = Vec::new();
            for a in addrs {
                let ip = a.ip().to_string();
                if !ips.contains(&ip) {
                    ips.push(ip);
                }
            }
            steps.pass(StepKind::Dns, started, ips.join(", "));
            Some(())
        }
        Err(e) => {
            let detail = e.to_string();
            let diagnosis = diagnose::net(ctx, &e, diagnose::CertPath::Implicit).await;
            steps.fail(StepKind::Dns, started, detail, diagnosis);
            None
        }
    }
}

/// The TCP step. On failure, probes alternatives.
pub(super) async fn connect(steps: &mut Steps<'_>, ctx: &Ctx<'_>) -> Option<TcpStream> {
    let started = steps.begin(StepKind::Connect);
    match net::connect_tcp_with(&ctx.options.resolver, ctx.host, ctx.dial, &ctx.timeouts).await {
        Ok(tcp) => {
            let detail = match tcp.peer_addr() {
                Ok(addr) => std::net::SocketAddr::new(addr.ip(), ctx.port).to_string(),
                Err(_) => format!("{}:{}", ctx.host, ctx.port),
            };
            steps.pass(StepKind::Connect, started, detail);
            Some(tcp)
        }
        Err(e) => {
            let detail = e.to_string();
            let mut diagnosis = diagnose::net(ctx, &e, diagnose::CertPath::Implicit).await;
            if !matches!(diagnosis.problem, super::Problem::ServerNotFound { .. }) {
                diagnosis.fix = probe::alternative(ctx).await;
            }
            steps.fail(StepKind::Connect, started, detail, diagnosis);
            None
        }
    }
}

/// The implicit TLS step.
pub(super) async fn tls(steps: &mut Steps<'_>, ctx: &Ctx<'_>, tcp: TcpStream) -> Option<Stream> {
    let started = steps.begin(StepKind::Tls);
    match net::tls_handshake(tcp, ctx.host, &ctx.tls, &ctx.timeouts).await {
        Ok(stream) => {
            steps.pass(StepKind::Tls, started, tls_detail(ctx, &stream));
            Some(stream)
        }
        Err(e) => {
            let detail = e.to_string();
            let mut diagnosis = diagnose::net(ctx, &e, diagnose::CertPath::Implicit).await;
            if diagnosis.fix.is_none() && diagnose::worth_probing(&diagnosis.problem) {
                diagnosis.fix = probe::alternative(ctx).await;
            }
            steps.fail(StepKind::Tls, started, detail, diagnosis);
            None
        }
    }
}

/// "certificate verified" or "pinned certificate", with the fingerprint.
pub(super) fn tls_detail(ctx: &Ctx<'_>, stream: &Stream) -> String {
    let fingerprint = stream
        .peer_certificate()
        .map(|c| c.sha256)
        .unwrap_or_default();
    if ctx.tls.pin_sha256.is_some() {
        format!("pinned certificate, SHA-256 {fingerprint}")
    } else {
        format!("certificate verified, SHA-256 {fingerprint}")
    }
}
