use super::*;
use crate::ui::tests::context;

use postern::net::NetError;
use postern::pop3::Pop3Error;
use postern::sync::Event;

fn account() -> Account {
    let mut s = crate::ui::server_form::blank_settings();
    s.display_name = "Alice".into();
    s.email = "alice@example.test".into();
    s.incoming.host = "pop.example.test".into();
    s.incoming.port = 995;
    s.incoming.username = s.email.clone();
    Account { id: 7, settings: s }
}

fn running(ctx: &Context) -> Worker {
    let mut worker = Worker::new();
    // Not at startup: nothing is due yet.
    drop(worker.set_accounts(vec![account()], false, ctx));
    assert!(!worker.is_running(7));
    // Started but never run: the events are fed by hand.
    drop(worker.start(7, Some(Secret::new("pw")), ctx));
    assert!(worker.is_running(7));
    worker
}

fn phase(worker: &Worker) -> (String, Option<f32>) {
    let run = worker.slot(7).unwrap().run.as_ref().unwrap();
    phase_text(&run.phase, &Locale::for_tag("en"))
}

#[test]
fn progress_shows_messages_and_bytes() {
    let (ctx, _dir) = context();
    let mut worker = running(&ctx);
    assert_eq!(phase(&worker).0, "Connecting…");
    let p = Progress {
        done: 120,
        total: 3400,
        bytes_done: 14_000_000,
        bytes_total: 310_000_000,
    };
    assert!(matches!(
        worker.update(Message::Sync(7, Event::Progress(p)), &ctx),
        Action::None
    ));
    let (text, fraction) = phase(&worker);
    assert_eq!(text, "Downloading 120 of 3,400 — 14 MB of 310 MB");
    assert!((fraction.unwrap() - 14.0 / 310.0).abs() < 1e-4);
}

#[test]
fn stored_asks_for_a_reload_and_finished_updates_the_status_line() {
    let (ctx, _dir) = context();
    let mut worker = running(&ctx);
    assert!(matches!(
        worker.update(Message::Sync(7, Event::Stored(vec![1, 2])), &ctx),
        Action::Stored
    ));
    let en = Locale::for_tag("en");
    assert_eq!(
        worker.status_line(Some(7), &en).split(' ').next(),
        Some("Next")
    );
    let summary = Summary {
        account: 7,
        downloaded: 3,
        ..Summary::default()
    };
    let before = unix_now();
    assert!(matches!(
        worker.update(Message::Fetched(7, Outcome::Done(summary)), &ctx),
        Action::Finished
    ));
    let slot = worker.slot(7).unwrap();
    assert!(!worker.is_running(7));
    assert_eq!(slot.result(), Some("3 new messages."));
    assert!(slot.last_ok().unwrap() >= before);
    let next = slot.next_check().unwrap();
    assert!(
        (before + 600..=unix_now() + 600).contains(&next),
        "every 10 minutes"
    );
    assert!(worker
        .status_line(Some(7), &en)
        .starts_with("Last checked "));
    assert!(worker.status_line(None, &en).contains(", next check "));
}

#[test]
fn temporary_failures_retry_with_backoff() {
    let (ctx, _dir) = context();
    let mut worker = running(&ctx);
    let before = unix_now();
    let busy = Outcome::Failed(SyncError::Busy);
    worker.update(Message::Fetched(7, busy.clone()), &ctx);
    let slot = worker.slot(7).unwrap();
    let failure = slot.failure().unwrap();
    assert!(failure.temporary);
    assert!(failure.cause.contains("Another download"));
    let next = slot.next_check().unwrap();
    assert!((before + 60..=unix_now() + 60).contains(&next), "1 minute");
    // Not due yet: nothing starts; then due: it starts again.
    worker.update(Message::Tick(next - 1), &ctx);
    assert!(!worker.is_running(7));
    drop(worker.update(Message::Tick(next), &ctx));
    assert!(worker.is_running(7));
    let timeout = Outcome::Failed(SyncError::Pop3(Pop3Error::LoginDelay {
        text: "[LOGIN-DELAY] wait".into(),
    }));
    worker.update(Message::Fetched(7, timeout), &ctx);
    let next = worker.slot(7).unwrap().next_check().unwrap();
    assert!(next >= before + 120, "then 2 minutes");
}

/// A server with LOGIN-DELAY 900 is not asked again within 15 minutes,
/// even when the account checks every 10, nor after a failure.
#[test]
fn the_servers_login_delay_spaces_the_checks() {
    let (ctx, _dir) = context();
    let mut worker = running(&ctx);
    let before = unix_now();
    let summary = Summary {
        account: 7,
        login_delay: Some(900),
        ..Summary::default()
    };
    worker.update(Message::Fetched(7, Outcome::Done(summary)), &ctx);
    let next = worker.slot(7).unwrap().next_check().unwrap();
    assert!((before + 900..=unix_now() + 900).contains(&next), "{next}");

    drop(worker.update(Message::Get(7), &ctx));
    let too_soon = Outcome::Failed(SyncError::Pop3(Pop3Error::LoginDelay {
        text: "[LOGIN-DELAY] wait".into(),
    }));
    let before = unix_now();
    worker.update(Message::Fetched(7, too_soon), &ctx);
    let next = worker.slot(7).unwrap().next_check().unwrap();
    assert!((before + 900..=unix_now() + 900).contains(&next), "{next}");

    // Any other temporary failure waits for the server's delay too, not
    // the usual minute or two.
    drop(worker.update(Message::Get(7), &ctx));
    let before = unix_now();
    worker.update(Message::Fetched(7, Outcome::Failed(SyncError::Busy)), &ctx);
    let next = worker.slot(7).unwrap().next_check().unwrap();
    assert!(next >= before + 900, "{} s", next - before);
}

#[test]
fn permanent_failures_wait_for_the_user_with_a_retest() {
    let (ctx, _dir) = context();
    let mut worker = running(&ctx);
    let refused = Outcome::Failed(SyncError::Pop3(Pop3Error::AuthFailed {
        text: "invalid password".into(),
        code: None,
    }));
    worker.update(Message::Fetched(7, refused), &ctx);
    let slot = worker.slot(7).unwrap();
    let failure = slot.failure().unwrap();
    assert!(!failure.temporary);
    let doctor = Diagnosis {
        problem: Problem::LoginRefused {
            server_text: "invalid password".into(),
        },
        fix: None,
    }
    .cause();
    assert_eq!(failure.cause, doctor, "the doctor's words");
    assert_eq!(slot.next_check(), None, "no automatic retry");
    assert!(matches!(
        worker.update(Message::Retest(7), &ctx),
        Action::OpenSettings(7)
    ));
    // Get Messages clears it once it works.
    drop(worker.update(Message::Get(7), &ctx));
    assert!(worker.is_running(7));
    worker.update(Message::Fetched(7, Outcome::Done(Summary::default())), &ctx);
    assert!(worker.slot(7).unwrap().failure().is_none());
}

#[test]
fn cancel_stops_and_keeps_what_arrived() {
    let (ctx, _dir) = context();
    let mut worker = running(&ctx);
    worker.update(Message::Cancel(7), &ctx);
    assert_eq!(phase(&worker).0, "Stopping…");
    let cancelled = Summary {
        cancelled: true,
        ..Summary::default()
    };
    worker.update(Message::Fetched(7, Outcome::Done(cancelled)), &ctx);
    let slot = worker.slot(7).unwrap();
    assert!(slot.result().unwrap().starts_with("Download cancelled"));
    assert_eq!(slot.last_ok(), None);
}

#[test]
fn network_errors_in_the_doctors_words() {
    let a = account();
    let refused = SyncError::Pop3(Pop3Error::Net(NetError::Refused { addr: "x".into() }));
    let text = describe(&refused, &a);
    assert!(
        text.contains("pop.example.test") && text.contains("995"),
        "{text}"
    );
    let dns = SyncError::Pop3(Pop3Error::Net(NetError::Dns {
        host: "x".into(),
        reason: "y".into(),
    }));
    assert!(describe(&dns, &a).contains("pop.example.test"));
    assert!(!describe(&SyncError::NoUidl, &a).is_empty());
}

#[test]
fn a_missing_password_asks_for_it() {
    let (ctx, _dir) = context();
    let mut worker = running(&ctx);
    worker.update(Message::Fetched(7, Outcome::NeedPassword), &ctx);
    assert!(worker.slot(7).unwrap().is_asking());
    worker.update(Message::PasswordChanged(7, "pw".into()), &ctx);
    drop(worker.update(Message::PasswordSubmitted(7), &ctx));
    assert!(worker.is_running(7));
    let key = SecretKey::incoming(&account().settings);
    assert!(
        ctx.session.get(&key).unwrap().is_some(),
        "kept for the session"
    );
}
