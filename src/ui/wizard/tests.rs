use super::*;
use crate::ui::tests::{context, drain};
use postern::account::Security;
use postern::doctor::{Diagnosis, Fix, Outcome, Problem, Report, Service, StepKind};

fn typed(w: &mut Wizard, ctx: &Context) {
    for m in [
        Message::NameChanged("Alice".into()),
        Message::EmailChanged("alice@example.test".into()),
        Message::PasswordChanged("hunter2".into()),
    ] {
        w.update(m, ctx);
    }
}

fn suggestion(host: &str, port: u16, security: Security) -> ServerSuggestion {
    ServerSuggestion {
        host: host.into(),
        port,
        security,
        username: "alice@example.test".into(),
        origin: Origin::Probed {
            host: "pop.example.test".into(),
        },
        certificate_trouble: false,
    }
}

fn discovery() -> Discovery {
    Discovery {
        email: "alice@example.test".into(),
        incoming: Some(suggestion("pop.example.test", 995, Security::Tls)),
        outgoing: Some(suggestion("smtp.example.test", 465, Security::Tls)),
        provider: None,
        notes: Vec::new(),
    }
}

/// A wizard on the server step, as filled by discovery.
fn at_server(ctx: &Context) -> Wizard {
    let (mut w, _) = Wizard::new();
    typed(&mut w, ctx);
    assert!(matches!(w.update(Message::Next, ctx), Action::Run(_)));
    assert_eq!(w.step(), Step::Discovery);
    w.update(Message::Discovered(discovery()), ctx);
    w.update(Message::Next, ctx);
    assert_eq!(w.step(), Step::Server);
    w
}

fn step(kind: StepKind, outcome: Outcome, diagnosis: Option<Diagnosis>) -> postern::doctor::Step {
    postern::doctor::Step {
        service: Service::Incoming,
        kind,
        outcome,
        millis: 1,
        detail: String::new(),
        diagnosis,
    }
}

#[test]
fn identity_is_validated_before_discovery() {
    let (ctx, _dir) = context();
    let (mut w, _) = Wizard::new();
    assert!(matches!(w.update(Message::Next, &ctx), Action::None));
    assert_eq!(w.step(), Step::Identity);
    assert!(w.identity_errors().iter().all(Option::is_some));

    w.update(Message::NameChanged("Alice".into()), &ctx);
    w.update(Message::EmailChanged("alice at example".into()), &ctx);
    w.update(Message::PasswordChanged("pw".into()), &ctx);
    w.update(Message::Next, &ctx);
    assert_eq!(w.step(), Step::Identity);
    let [name, email, password] = w.identity_errors();
    assert!(name.is_none() && password.is_none());
    assert_eq!(email, Some(fl!("wizard-error-email-invalid")));

    w.update(Message::EmailChanged("alice@example.test".into()), &ctx);
    assert!(matches!(w.update(Message::Next, &ctx), Action::Run(_)));
    assert_eq!(w.step(), Step::Discovery);
    assert!(w.discovering.is_some());
}

#[test]
fn discovery_fills_the_form_and_says_where_from() {
    let (ctx, _dir) = context();
    let w = at_server(&ctx);
    assert_eq!(w.form.in_host, "pop.example.test");
    assert_eq!(w.form.in_port, "995");
    assert_eq!(w.form.out_port, "465");
    assert_eq!(
        origin_text(w.discovery.as_ref().unwrap()),
        fl!("wizard-discovery-probed", host = "pop.example.test")
    );
    let mut d = discovery();
    d.incoming.as_mut().unwrap().origin = Origin::ProviderDatabase {
        provider: "Example Mail".into(),
    };
    assert_eq!(
        origin_text(&d),
        "Found in the provider list: Example Mail".to_string()
    );
    d.incoming = None;
    d.outgoing = None;
    assert_eq!(origin_text(&d), fl!("wizard-discovery-not-found"));
}

#[test]
fn discovery_can_be_cancelled_and_the_user_types_the_settings() {
    let (ctx, _dir) = context();
    let (mut w, _) = Wizard::new();
    typed(&mut w, &ctx);
    w.update(Message::Next, &ctx);
    assert!(matches!(w.update(Message::Cancel, &ctx), Action::None));
    assert!(w.discovering.is_none());
    assert_eq!(w.step(), Step::Discovery);
    // A late result of the aborted job is ignored.
    w.update(Message::Discovered(discovery()), &ctx);
    assert!(w.form.in_host.is_empty());
    w.update(Message::Next, &ctx);
    assert_eq!(w.step(), Step::Server);
    // Escape on a step with nothing running leaves the wizard.
    assert!(matches!(w.update(Message::Cancel, &ctx), Action::Cancelled));
}

#[test]
fn back_and_next_keep_what_was_typed() {
    let (ctx, _dir) = context();
    let mut w = at_server(&ctx);
    w.update(
        Message::Form(server_form::Message::InHostChanged(
            "mail.example.test".into(),
        )),
        &ctx,
    );
    w.update(Message::Back, &ctx);
    assert_eq!(w.step(), Step::Identity);
    assert_eq!(w.name, "Alice");
    assert_eq!(w.password, "hunter2");
    // Same address: no second discovery, the edited form is kept.
    w.update(Message::Next, &ctx);
    assert_eq!(w.step(), Step::Server);
    assert_eq!(w.form.in_host, "mail.example.test");
    // A new address discovers again.
    w.update(Message::Back, &ctx);
    w.update(Message::EmailChanged("bob@example.test".into()), &ctx);
    w.update(Message::Next, &ctx);
    assert_eq!(w.step(), Step::Discovery);
}

#[test]
fn the_plaintext_warning_gates_next() {
    let (ctx, _dir) = context();
    let mut w = at_server(&ctx);
    w.update(
        Message::Form(server_form::Message::InSecuritySelected(
            server_form::SecurityChoice(Security::None),
        )),
        &ctx,
    );
    assert_eq!(w.form.in_port, "110");
    assert!(matches!(w.update(Message::Next, &ctx), Action::None));
    assert_eq!(w.step(), Step::Server);
    w.update(
        Message::Form(server_form::Message::PlaintextAccepted(true)),
        &ctx,
    );
    // SMTP is still encrypted, so only POP3 needed consent.
    assert!(matches!(w.update(Message::Next, &ctx), Action::Run(_)));
    assert_eq!(w.step(), Step::Test);
    assert!(w.settings().allow_plaintext);
}

#[test]
fn a_failed_login_offers_no_way_forward_but_warnings_do() {
    let (ctx, _dir) = context();
    let mut w = at_server(&ctx);
    w.update(Message::Next, &ctx);
    assert_eq!(w.step(), Step::Test);
    assert_eq!(w.checkup.verdict(), Verdict::Running);
    let login = step(
        StepKind::Login,
        Outcome::Failed,
        Some(Diagnosis {
            problem: Problem::LoginRefused {
                server_text: "-ERR [AUTH] no".into(),
            },
            fix: None,
        }),
    );
    w.update(
        Message::Checkup(checkup::Message::Finished(Report { steps: vec![login] })),
        &ctx,
    );
    assert_eq!(w.checkup.verdict(), Verdict::Failed);
    assert!(matches!(w.update(Message::Next, &ctx), Action::None));
    assert_eq!(w.step(), Step::Test);
    // Back to edit, then the test runs again.
    w.update(Message::Back, &ctx);
    assert_eq!(w.step(), Step::Server);
    w.update(Message::Next, &ctx);
    let warn = step(StepKind::Capabilities, Outcome::Warning, None);
    w.update(
        Message::Checkup(checkup::Message::Finished(Report { steps: vec![warn] })),
        &ctx,
    );
    assert_eq!(w.checkup.verdict(), Verdict::Warnings);
    w.update(Message::Next, &ctx);
    assert_eq!(w.step(), Step::Options);
}

#[test]
fn a_fix_is_applied_and_the_test_runs_again() {
    let (ctx, _dir) = context();
    let mut w = at_server(&ctx);
    w.update(
        Message::Form(server_form::Message::InEncryptedToggled(false)),
        &ctx,
    );
    w.update(Message::Next, &ctx);
    let tls = step(
        StepKind::StartTls,
        Outcome::Failed,
        Some(Diagnosis {
            problem: Problem::StartTlsNotOffered,
            fix: Some(Fix::UsePortSecurity {
                port: 995,
                security: Security::Tls,
            }),
        }),
    );
    w.update(
        Message::Checkup(checkup::Message::Finished(Report { steps: vec![tls] })),
        &ctx,
    );
    let action = w.update(Message::Checkup(checkup::Message::ApplyFix(0)), &ctx);
    assert!(matches!(action, Action::Run(_)));
    assert_eq!(w.form.in_port, "995");
    assert_eq!(w.form.in_security, Security::Tls);
    assert_eq!(w.checkup.verdict(), Verdict::Running);
}

#[test]
fn finish_saves_the_account_and_the_passwords() {
    let (ctx, _dir) = context();
    let mut w = at_server(&ctx);
    w.update(
        Message::Form(server_form::Message::SmtpSameToggled(false)),
        &ctx,
    );
    w.update(
        Message::Form(server_form::Message::SmtpUsernameChanged(
            "alice-smtp".into(),
        )),
        &ctx,
    );
    assert!(
        matches!(w.update(Message::Next, &ctx), Action::None),
        "SMTP password missing"
    );
    w.update(
        Message::Form(server_form::Message::SmtpPasswordChanged("smtp-pw".into())),
        &ctx,
    );
    w.update(Message::Next, &ctx);
    w.update(
        Message::Checkup(checkup::Message::Finished(Report::default())),
        &ctx,
    );
    w.update(Message::Next, &ctx);
    assert_eq!(w.step(), Step::Options);
    w.update(
        Message::Options(options_form::Message::DeleteAfterToggled(true)),
        &ctx,
    );
    let Action::Run(task) = w.update(Message::Next, &ctx) else {
        panic!("Finish runs the save");
    };
    let mut finished = None;
    for message in drain(task) {
        if let Action::Finished { account, saved } = w.update(message, &ctx) {
            finished = Some((account, saved));
        }
    }
    let (account, saved) = finished.expect("finished");
    assert_eq!(saved, Saved::Keyring);
    assert_eq!(account.settings.options.delete_after_days, Some(14));
    let stored = Store::open(&ctx.db_path)
        .unwrap()
        .account_by_email("alice@example.test")
        .unwrap()
        .expect("stored");
    assert_eq!(stored.settings.incoming.host, "pop.example.test");
    let pw = ctx
        .secrets
        .get(&SecretKey::incoming(&stored.settings))
        .unwrap();
    assert_eq!(pw.as_ref().map(Secret::expose), Some("hunter2"));
    let out = SecretKey::outgoing(&stored.settings).unwrap();
    assert_eq!(out.user, "smtp:alice-smtp@smtp.example.test");
    let pw = ctx.secrets.get(&out).unwrap();
    assert_eq!(pw.as_ref().map(Secret::expose), Some("smtp-pw"));

    // The same address again is refused, in words.
    let mut again = at_server(&ctx);
    again.update(Message::Next, &ctx);
    again.update(
        Message::Checkup(checkup::Message::Finished(Report::default())),
        &ctx,
    );
    again.update(Message::Next, &ctx);
    let Action::Run(task) = again.update(Message::Next, &ctx) else {
        panic!("Finish runs the save");
    };
    for message in drain(task) {
        again.update(message, &ctx);
    }
    assert_eq!(
        again.error,
        Some(fl!("wizard-error-duplicate", email = "alice@example.test"))
    );
}
