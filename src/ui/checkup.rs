//! The connection test, shared by the wizard and the settings pane: runs the
//! doctor as an abortable task, shows each step as it runs, and on failure
//! the cause, the advice and a button for the proposed fix. Trusting a
//! certificate first shows it and asks the user to confirm the fingerprint.

use iced::task::Handle;
use iced::widget::{button, checkbox, column, container, row, text};
use iced::{Alignment, Element, Fill, Task};

use postern::account::AccountSettings;
use postern::doctor::{
    self, CertificateInfo, DoctorOptions, Fix, Outcome, Problem, Report, Service, Step,
};
use postern::fl;
use postern::secrets::Secret;

use super::server_form::security_label;
use super::widgets::{heading, note, warning_box};

#[derive(Debug, Default)]
pub struct Checkup {
    steps: Vec<Step>,
    running: Option<Handle>,
    report: Option<Report>,
    /// A certificate waiting for the user to compare its fingerprint.
    trust: Option<Trust>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Trust {
    service: Service,
    cert: Option<CertificateInfo>,
    fix: Fix,
    compared: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    Progressed(Step),
    Finished(Report),
    /// The fix proposed for the step at this index.
    ApplyFix(usize),
    ComparedToggled(bool),
    ConfirmTrust,
    CancelTrust,
}

/// What the owner of the form must do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    None,
    /// Apply this fix to the form, then run the check again.
    ApplyFix(Service, Fix),
}

/// The overall verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    NotRun,
    Running,
    Passed,
    /// Passed with warnings: the user may continue anyway.
    Warnings,
    Failed,
}

impl Checkup {
    /// Starts (or restarts) a check of `settings`.
    pub fn start(
        &mut self,
        settings: AccountSettings,
        password: Secret,
        smtp_password: Option<Secret>,
        options: DoctorOptions,
    ) -> Task<Message> {
        self.steps.clear();
        self.report = None;
        self.trust = None;
        let (task, handle) = super::with_progress(
            move |tx| async move {
                doctor::check(&settings, &password, smtp_password.as_ref(), &options, tx).await
            },
            Message::Progressed,
            Message::Finished,
        )
        .abortable();
        self.running = Some(handle.abort_on_drop());
        task
    }

    /// Stops a running check (Back, Cancel).
    pub fn abort(&mut self) {
        self.running = None;
    }

    pub fn reset(&mut self) {
        *self = Checkup::default();
    }

    pub fn verdict(&self) -> Verdict {
        if self.running.is_some() {
            return Verdict::Running;
        }
        let Some(report) = &self.report else {
            return Verdict::NotRun;
        };
        if !report.ok() {
            Verdict::Failed
        } else if report.steps.iter().any(|s| s.outcome == Outcome::Warning) {
            Verdict::Warnings
        } else {
            Verdict::Passed
        }
    }

    pub fn update(&mut self, message: Message) -> Event {
        match message {
            Message::Progressed(step) => {
                if self.running.is_some() {
                    self.merge(step);
                }
                Event::None
            }
            Message::Finished(report) => {
                if self.running.take().is_some() {
                    // The report is the truth; progress only showed it coming.
                    if !report.steps.is_empty() || self.steps.is_empty() {
                        self.steps = report.steps.clone();
                    }
                    self.report = Some(report);
                }
                Event::None
            }
            Message::ApplyFix(index) => {
                let Some(step) = self.steps.get(index) else {
                    return Event::None;
                };
                let Some(diagnosis) = &step.diagnosis else {
                    return Event::None;
                };
                let Some(fix) = diagnosis.fix.clone() else {
                    return Event::None;
                };
                if let Fix::TrustCertificate { .. } = fix {
                    let cert = match &diagnosis.problem {
                        Problem::Certificate { cert, .. }
                        | Problem::CertificateChanged { cert } => cert.clone(),
                        _ => None,
                    };
                    self.trust = Some(Trust {
                        service: step.service,
                        cert,
                        fix,
                        compared: false,
                    });
                    return Event::None;
                }
                Event::ApplyFix(step.service, fix)
            }
            Message::ComparedToggled(on) => {
                if let Some(trust) = &mut self.trust {
                    trust.compared = on;
                }
                Event::None
            }
            Message::ConfirmTrust => match self.trust.take() {
                Some(trust) if trust.compared => Event::ApplyFix(trust.service, trust.fix),
                other => {
                    self.trust = other;
                    Event::None
                }
            },
            Message::CancelTrust => {
                self.trust = None;
                Event::None
            }
        }
    }

    fn merge(&mut self, step: Step) {
        match self
            .steps
            .iter_mut()
            .find(|s| s.service == step.service && s.kind == step.kind)
        {
            Some(existing) => *existing = step,
            None => self.steps.push(step),
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        if let Some(trust) = &self.trust {
            return trust_view(trust);
        }
        let mut list = column![].spacing(6);
        let mut service = None;
        for (index, step) in self.steps.iter().enumerate() {
            if service != Some(step.service) {
                service = Some(step.service);
                list = list.push(heading(match step.service {
                    Service::Incoming => fl!("wizard-test-incoming"),
                    Service::Outgoing => fl!("wizard-test-outgoing"),
                }));
            }
            list = list.push(step_row(index, step));
        }
        let status = match self.verdict() {
            Verdict::NotRun => note(String::new()),
            Verdict::Running => note(fl!("wizard-test-running")),
            Verdict::Passed => text(fl!("wizard-test-passed")).style(text::success).into(),
            Verdict::Warnings => text(fl!("wizard-test-warnings"))
                .style(text::warning)
                .into(),
            Verdict::Failed => text(fl!("wizard-test-failed")).style(text::danger).into(),
        };
        column![status, list].spacing(12).into()
    }
}

fn outcome_mark<'a>(outcome: Outcome) -> Element<'a, Message> {
    let (mark, style): (&str, fn(&iced::Theme) -> text::Style) = match outcome {
        Outcome::Running => ("…", text::secondary),
        Outcome::Passed => ("✓", text::success),
        Outcome::Warning => ("!", text::warning),
        Outcome::Failed => ("✗", text::danger),
        Outcome::Skipped => ("–", text::secondary),
    };
    container(text(mark).size(18).style(style))
        .width(28)
        .align_x(iced::Center)
        .into()
}

fn outcome_label(outcome: Outcome) -> String {
    match outcome {
        Outcome::Running => fl!("wizard-outcome-running"),
        Outcome::Passed => fl!("wizard-outcome-passed"),
        Outcome::Warning => fl!("wizard-outcome-warning"),
        Outcome::Failed => fl!("wizard-outcome-failed"),
        Outcome::Skipped => fl!("wizard-outcome-skipped"),
    }
}

pub fn fix_label(fix: &Fix) -> String {
    match fix {
        Fix::UsePortSecurity { port, security } => fl!(
            "wizard-fix-port-security",
            port = port.to_string(),
            security = security_label(*security)
        ),
        Fix::TrustCertificate { .. } => fl!("wizard-fix-trust"),
        Fix::EnableSmtpAuth => fl!("wizard-fix-smtp-auth"),
    }
}

fn step_row(index: usize, step: &Step) -> Element<'_, Message> {
    let mut line = row![
        outcome_mark(step.outcome),
        text(step.kind.label()).width(260),
        text(outcome_label(step.outcome))
            .width(130)
            .style(text::secondary),
    ]
    .spacing(8)
    .align_y(Alignment::Center);
    if !step.detail.is_empty() {
        line = line.push(text(step.detail.clone()).size(14).style(text::secondary));
    }
    let Some(diagnosis) = step
        .diagnosis
        .as_ref()
        .filter(|_| matches!(step.outcome, Outcome::Failed | Outcome::Warning))
    else {
        return line.into();
    };
    let mut explain = column![text(diagnosis.cause())].spacing(8);
    let advice = diagnosis.advice();
    if !advice.is_empty() {
        explain = explain.push(text(advice));
    }
    if let Some(fix) = &diagnosis.fix {
        explain = explain.push(
            button(text(fix_label(fix)))
                .style(button::primary)
                .on_press(Message::ApplyFix(index)),
        );
    }
    column![
        line,
        row![iced::widget::space().width(36), warning_box(explain)]
    ]
    .spacing(6)
    .into()
}

fn trust_view(trust: &Trust) -> Element<'_, Message> {
    let mut details = column![
        heading(fl!("wizard-trust-title")),
        text(fl!("wizard-trust-explain")),
    ]
    .spacing(10);
    let fact = |label: String, value: String| {
        row![
            text(label).width(160).style(text::secondary),
            text(value).width(Fill)
        ]
        .spacing(12)
    };
    if let Some(cert) = &trust.cert {
        details = details
            .push(fact(fl!("wizard-trust-subject"), cert.subject.clone()))
            .push(fact(fl!("wizard-trust-issuer"), cert.issuer.clone()))
            .push(fact(
                fl!("wizard-trust-validity"),
                fl!(
                    "wizard-trust-validity-value",
                    from = cert.not_before.clone(),
                    until = cert.not_after.clone()
                ),
            ))
            .push(fact(
                fl!("wizard-trust-fingerprint"),
                format_fingerprint(&cert.sha256),
            ));
    } else if let Fix::TrustCertificate { sha256 } = &trust.fix {
        details = details.push(fact(
            fl!("wizard-trust-fingerprint"),
            format_fingerprint(sha256),
        ));
    }
    details = details
        .push(
            checkbox(trust.compared)
                .label(fl!("wizard-trust-compared"))
                .on_toggle(Message::ComparedToggled),
        )
        .push(
            row![
                button(text(fl!("wizard-cancel")))
                    .style(button::secondary)
                    .on_press(Message::CancelTrust),
                button(text(fl!("wizard-trust-confirm")))
                    .style(button::danger)
                    .on_press_maybe(trust.compared.then_some(Message::ConfirmTrust)),
            ]
            .spacing(12),
        );
    warning_box(details)
}

/// `AB:CD:...` in two lines of 16 bytes, easy to compare by eye.
pub fn format_fingerprint(hex: &str) -> String {
    let pairs: Vec<String> = hex
        .as_bytes()
        .chunks(2)
        .map(|c| String::from_utf8_lossy(c).to_uppercase())
        .collect();
    pairs
        .chunks(16)
        .map(|line| line.join(":"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use postern::doctor::{Diagnosis, StepKind};

    fn failed(kind: StepKind, problem: Problem, fix: Option<Fix>) -> Step {
        Step {
            service: Service::Incoming,
            kind,
            outcome: Outcome::Failed,
            millis: 3,
            detail: String::new(),
            diagnosis: Some(Diagnosis { problem, fix }),
        }
    }

    fn running() -> Checkup {
        let mut c = Checkup::default();
        let (_task, handle) = Task::<Message>::none().abortable();
        c.running = Some(handle.abort_on_drop());
        c
    }

    #[test]
    fn progress_merges_steps_and_the_report_decides() {
        let mut c = running();
        let mut dns = Step {
            service: Service::Incoming,
            kind: StepKind::Dns,
            outcome: Outcome::Running,
            millis: 0,
            detail: String::new(),
            diagnosis: None,
        };
        c.update(Message::Progressed(dns.clone()));
        dns.outcome = Outcome::Passed;
        c.update(Message::Progressed(dns.clone()));
        assert_eq!(c.steps.len(), 1);
        assert_eq!(c.verdict(), Verdict::Running);
        let mut warn = dns.clone();
        warn.kind = StepKind::Capabilities;
        warn.outcome = Outcome::Warning;
        c.update(Message::Finished(Report {
            steps: vec![dns, warn],
        }));
        assert_eq!(c.verdict(), Verdict::Warnings);
    }

    #[test]
    fn a_fix_is_handed_to_the_form() {
        let mut c = running();
        let fix = Fix::UsePortSecurity {
            port: 995,
            security: postern::account::Security::Tls,
        };
        c.update(Message::Finished(Report {
            steps: vec![failed(
                StepKind::Tls,
                Problem::TlsOnPlainPort { port: 110 },
                Some(fix.clone()),
            )],
        }));
        assert_eq!(c.verdict(), Verdict::Failed);
        assert_eq!(
            c.update(Message::ApplyFix(0)),
            Event::ApplyFix(Service::Incoming, fix)
        );
    }

    #[test]
    fn trusting_a_certificate_needs_the_fingerprint_compared() {
        let mut c = running();
        let cert = CertificateInfo {
            subject: "CN=pop.example.test".into(),
            issuer: "CN=pop.example.test".into(),
            not_before: "2025-01-01".into(),
            not_after: "2027-01-01".into(),
            sha256: "ab".repeat(32),
        };
        let fix = Fix::TrustCertificate {
            sha256: "ab".repeat(32),
        };
        c.update(Message::Finished(Report {
            steps: vec![failed(
                StepKind::Tls,
                Problem::Certificate {
                    problems: vec![],
                    cert: Some(cert.clone()),
                },
                Some(fix.clone()),
            )],
        }));
        assert_eq!(c.update(Message::ApplyFix(0)), Event::None);
        assert_eq!(c.trust.as_ref().and_then(|t| t.cert.clone()), Some(cert));
        assert_eq!(c.update(Message::ConfirmTrust), Event::None);
        assert!(c.trust.is_some(), "not compared yet: still asking");
        c.update(Message::ComparedToggled(true));
        assert_eq!(
            c.update(Message::ConfirmTrust),
            Event::ApplyFix(Service::Incoming, fix)
        );
        assert!(c.trust.is_none());
    }

    #[test]
    fn fingerprints_are_grouped() {
        let f = format_fingerprint(&"ab".repeat(32));
        assert_eq!(f.lines().count(), 2);
        assert!(f.starts_with("AB:AB:"));
    }
}
