use super::*;
use crate::ui::tests::{context, drain};
use postern::account::Security;
use postern::doctor::{Diagnosis, Fix, Outcome, Problem, Report, Service, StepKind};

fn account_settings(email: &str) -> AccountSettings {
    let mut s = server_form::blank_settings();
    s.display_name = "Alice".into();
    s.email = email.into();
    s.incoming.host = "pop.example.test".into();
    s.incoming.port = 995;
    s.incoming.username = email.into();
    s
}

/// A settings pane on a store with two accounts (passwords filed).
fn pane(ctx: &Context) -> Settings {
    let store = Store::open(&ctx.db_path).unwrap();
    for email in ["alice@example.test", "bob@example.test"] {
        let s = account_settings(email);
        store.add_account(&s).unwrap();
        ctx.secrets
            .set(&SecretKey::incoming(&s), &Secret::new("old-pw"))
            .unwrap();
    }
    let (mut settings, task) = Settings::new(ctx);
    for m in drain(task) {
        settings.update(m, ctx);
    }
    assert_eq!(settings.accounts.len(), 2);
    settings
}

fn run(settings: &mut Settings, action: Action, ctx: &Context) -> Vec<Action> {
    let Action::Run(task) = action else {
        panic!("expected a task");
    };
    drain(task)
        .into_iter()
        .map(|m| settings.update(m, ctx))
        .collect()
}

#[test]
fn edits_are_validated_and_saved_with_the_password_moved() {
    let (ctx, _dir) = context();
    let mut p = pane(&ctx);
    p.update(Message::NameChanged("Alice Liddell".into()), &ctx);
    p.update(
        Message::Form(server_form::Message::InHostChanged(String::new())),
        &ctx,
    );
    assert!(matches!(p.update(Message::Save, &ctx), Action::None));
    assert!(p.editor().form.errors().in_host.is_some());

    p.update(
        Message::Form(server_form::Message::InHostChanged(
            "mail.example.test".into(),
        )),
        &ctx,
    );
    p.update(
        Message::Form(server_form::Message::InEncryptedToggled(false)),
        &ctx,
    );
    assert_eq!(p.editor().form.in_port, "110");
    let action = p.update(Message::Save, &ctx);
    run(&mut p, action, &ctx);
    assert_eq!(p.editor().notice, Some(Ok(fl!("settings-saved"))));

    let stored = Store::open(&ctx.db_path)
        .unwrap()
        .account_by_email("alice@example.test")
        .unwrap()
        .unwrap();
    assert_eq!(stored.settings.display_name, "Alice Liddell");
    assert_eq!(stored.settings.incoming.host, "mail.example.test");
    assert_eq!(stored.settings.incoming.security, Security::StartTls);
    // The password followed the new server name; the old entry is gone.
    let moved = ctx
        .secrets
        .get(&SecretKey::incoming(&stored.settings))
        .unwrap();
    assert_eq!(moved.as_ref().map(Secret::expose), Some("old-pw"));
    let old = account_settings("alice@example.test");
    assert_eq!(ctx.secrets.get(&SecretKey::incoming(&old)).unwrap(), None);

    // A new password replaces the stored one.
    p.update(Message::PasswordChanged("new-pw".into()), &ctx);
    let action = p.update(Message::Save, &ctx);
    run(&mut p, action, &ctx);
    let now = ctx
        .secrets
        .get(&SecretKey::incoming(&stored.settings))
        .unwrap();
    assert_eq!(now.as_ref().map(Secret::expose), Some("new-pw"));
}

#[test]
fn retest_uses_the_stored_password_and_handles_the_result() {
    let (ctx, _dir) = context();
    let mut p = pane(&ctx);
    p.update(
        Message::Form(server_form::Message::InEncryptedToggled(false)),
        &ctx,
    );
    let Action::Run(task) = p.update(Message::Retest, &ctx) else {
        panic!("re-test looks the password up first");
    };
    let looked_up = drain(task);
    assert!(matches!(
        looked_up.as_slice(),
        [Message::RetestPasswords(Some(_), None)]
    ));
    // Start the check, then feed it a failure with a fix.
    let action = p.update(looked_up.into_iter().next().unwrap(), &ctx);
    assert!(matches!(action, Action::Run(_)));
    assert_eq!(p.editor().checkup.verdict(), Verdict::Running);
    let failed = postern::doctor::Step {
        service: Service::Incoming,
        kind: StepKind::StartTls,
        outcome: Outcome::Failed,
        millis: 1,
        detail: String::new(),
        diagnosis: Some(Diagnosis {
            problem: Problem::StartTlsNotOffered,
            fix: Some(Fix::UsePortSecurity {
                port: 995,
                security: Security::Tls,
            }),
        }),
    };
    p.update(
        Message::Checkup(checkup::Message::Finished(Report {
            steps: vec![failed],
        })),
        &ctx,
    );
    assert_eq!(p.editor().checkup.verdict(), Verdict::Failed);
    // Saving a failed configuration is still the user's choice, but the
    // fix applies to the edited values and runs the test again.
    let action = p.update(Message::Checkup(checkup::Message::ApplyFix(0)), &ctx);
    assert!(matches!(action, Action::Run(_)));
    assert_eq!(p.editor().form.in_security, Security::Tls);
    assert_eq!(p.editor().form.in_port, "995");

    // No stored password: the pane asks for it.
    p.update(Message::RetestPasswords(None, None), &ctx);
    assert!(p.editor().need_password);
    p.update(Message::PasswordChanged("typed".into()), &ctx);
    assert!(!p.editor().need_password);
}

#[test]
fn removing_asks_first_and_can_keep_the_mail() {
    let (ctx, _dir) = context();
    let mut p = pane(&ctx);
    let alice = p.editor().original.clone();
    p.update(Message::Remove, &ctx);
    assert!(p.editor().confirm_remove);
    // Escape (or Cancel) closes the question, not the pane.
    assert!(matches!(p.update(Message::Escape, &ctx), Action::None));
    assert!(!p.editor().confirm_remove);
    p.update(Message::Remove, &ctx);
    let action = p.update(Message::RemoveConfirmed { keep_mail: true }, &ctx);
    run(&mut p, action, &ctx);
    assert_eq!(p.accounts.len(), 1);
    assert_eq!(p.editor().original.settings.email, "bob@example.test");
    let store = Store::open(&ctx.db_path).unwrap();
    assert!(store.account(alice.id).unwrap().is_none());
    assert_eq!(
        ctx.secrets
            .get(&SecretKey::incoming(&alice.settings))
            .unwrap(),
        None
    );
    // Removing the last account goes to the wizard.
    p.update(Message::Remove, &ctx);
    let action = p.update(Message::RemoveConfirmed { keep_mail: false }, &ctx);
    let actions = run(&mut p, action, &ctx);
    assert!(matches!(actions.as_slice(), [Action::AddAccount]));
}

#[test]
fn selecting_another_account_switches_the_editor() {
    let (ctx, _dir) = context();
    let mut p = pane(&ctx);
    let bob = p.accounts[1].id;
    p.update(Message::Select(bob), &ctx);
    assert_eq!(p.editor().email, "bob@example.test");
    assert!(matches!(p.update(Message::Escape, &ctx), Action::Close));
}

/// Runs the test `name` (in this module) again in a process of its own and
/// reports whether this is that process. Tests that switch the process-wide
/// language run there, so that the other tests of this binary, which read
/// English, never see another language.
fn in_own_process(name: &str) -> bool {
    const CHILD: &str = "POSTERN_LANGUAGE_TEST_CHILD";
    if std::env::var_os(CHILD).is_some() {
        return true;
    }
    let test = format!("ui::settings::tests::{name}");
    let status = std::process::Command::new(std::env::current_exe().unwrap())
        .args([test.as_str(), "--exact", "--test-threads=1", "--nocapture"])
        .env(CHILD, "1")
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .status()
        .unwrap();
    assert!(status.success(), "{test} failed in its own process");
    false
}

fn saved_prefs(ctx: &Context) -> postern::prefs::Prefs {
    postern::prefs::load(ctx.db_path.parent().unwrap())
}

#[test]
fn the_picker_lists_every_language_by_its_own_name() {
    let names: Vec<String> = Language::all().iter().map(|l| l.to_string()).collect();
    assert_eq!(
        names,
        [
            "System default",
            "Deutsch",
            "English",
            "Español",
            "Français",
            "Italiano",
            "Nederlands",
            "Polski",
            "Português (Brasil)",
        ]
    );
    // The pane starts on the saved choice.
    let (ctx, _dir) = context();
    let p = pane(&ctx);
    assert_eq!(p.prefs, Some(Prefs::default()));
    assert_eq!(
        p.prefs.as_ref().map(Language::from_prefs),
        Some(Language::System)
    );
}

#[test]
fn choosing_a_language_switches_the_view_and_saves_it() {
    if !in_own_process("choosing_a_language_switches_the_view_and_saves_it") {
        return;
    }
    std::env::set_var("ICED_TEST_BACKEND", "tiny-skia");
    postern::i18n::use_language("en");
    let (ctx, _dir) = context();
    let mut p = pane(&ctx);
    let strings = |p: &Settings, label: &str| {
        let mut ui =
            iced_test::Simulator::with_size(iced::Settings::default(), (1100.0, 720.0), p.view());
        ui.find(label).is_ok()
    };
    assert!(strings(&p, "Accounts"));
    assert!(strings(&p, "Language"));

    let action = p.update(Message::LanguageChanged(Language::Tag("de".into())), &ctx);
    assert_eq!(postern::i18n::current_language(), "de");
    assert_eq!(
        p.prefs.as_ref().and_then(|p| p.language.as_deref()),
        Some("de")
    );
    // The view, drawn again, is German at once; saving runs in a task.
    assert!(strings(&p, "Konten"), "the settings view is not German");
    assert!(strings(&p, "Sprache"));
    assert!(strings(&p, "Einstellungen"));
    assert!(!strings(&p, "Accounts"));
    assert_eq!(saved_prefs(&ctx).language, None, "saved on the UI thread");
    let done = run(&mut p, action, &ctx);
    assert!(matches!(done.as_slice(), [Action::None]));
    assert_eq!(saved_prefs(&ctx).language.as_deref(), Some("de"));
    assert_eq!(p.prefs_error, None);

    // The same choice again: nothing to save.
    assert!(matches!(
        p.update(Message::LanguageChanged(Language::Tag("de".into())), &ctx),
        Action::None
    ));

    // Back to the system's language (C.UTF-8 here: English).
    let action = p.update(Message::LanguageChanged(Language::System), &ctx);
    assert_eq!(postern::i18n::current_language(), "en");
    run(&mut p, action, &ctx);
    assert_eq!(saved_prefs(&ctx), Prefs::default());
    assert!(strings(&p, "Accounts"));
}

#[test]
fn a_choice_that_cannot_be_saved_still_applies_and_says_so() {
    if !in_own_process("a_choice_that_cannot_be_saved_still_applies_and_says_so") {
        return;
    }
    postern::i18n::use_language("en");
    let (ctx, _dir) = context();
    let mut p = pane(&ctx);
    // A folder where the file should be: the rename fails.
    std::fs::create_dir(ctx.db_path.parent().unwrap().join("prefs.json")).unwrap();
    let action = p.update(Message::LanguageChanged(Language::Tag("fr".into())), &ctx);
    assert_eq!(postern::i18n::current_language(), "fr");
    run(&mut p, action, &ctx);
    let error = p.prefs_error.clone().expect("an error is shown");
    assert!(
        error.starts_with("Postern ne peut pas enregistrer"),
        "{error}"
    );
}
