//! Test helpers for the screens, and the end-to-end wizard flow in the
//! `iced_test` simulator against the scripted fake POP3 server.

use super::*;

use std::net::{IpAddr, Ipv4Addr};
use std::time::Duration;

use iced::futures::StreamExt as _;
use iced_test::core::keyboard::key::Named;
use iced_test::runtime::task;
use iced_test::{selector, Simulator};

use postern::net::{Resolver, Timeouts};
use postern::secrets::Secret;

#[path = "../../tests/support/mod.rs"]
mod support;

/// A context on a fresh data folder, passwords in memory, short timeouts.
pub fn context() -> (Context, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut ctx = Context {
        db_path: dir.path().join(store::DB_FILE),
        secrets: Arc::new(MemoryStore::new()),
        session: Arc::new(MemoryStore::new()),
        doctor: DoctorOptions::default(),
        discover: DiscoverOptions::default(),
        fetch: FetchOptions::default(),
    };
    // Nothing leaves the machine: names not in the table are "not found".
    let resolver = Resolver::table([("localhost", IpAddr::V4(Ipv4Addr::LOCALHOST))]);
    ctx.doctor.resolver = resolver.clone();
    ctx.doctor.connect_timeout = Duration::from_secs(5);
    ctx.doctor.read_timeout = Duration::from_secs(5);
    ctx.discover.resolver = resolver.clone();
    ctx.discover.probe_timeout = Duration::from_secs(3);
    ctx.fetch.resolver = resolver;
    ctx.fetch.timeouts = Timeouts {
        dns: Duration::from_secs(5),
        connect: Duration::from_secs(5),
        handshake: Duration::from_secs(5),
        read: Duration::from_secs(5),
        ..Timeouts::default()
    };
    (ctx, dir)
}

fn runtime() -> &'static tokio::runtime::Runtime {
    static RT: std::sync::OnceLock<tokio::runtime::Runtime> = std::sync::OnceLock::new();
    RT.get_or_init(|| {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("tokio runtime")
    })
}

/// Runs a task to its end and returns the messages it produced (widget
/// operations such as focus are dropped: there is no window).
pub fn drain<M: Send + 'static>(task: Task<M>) -> Vec<M> {
    let Some(mut stream) = task::into_stream(task) else {
        return Vec::new();
    };
    runtime().block_on(async move {
        let mut out = Vec::new();
        while let Some(action) = stream.next().await {
            if let iced_test::runtime::Action::Output(m) = action {
                out.push(m);
            }
        }
        out
    })
}

/// Applies messages and the messages of the tasks they start, until quiet.
fn settle(app: &mut App, messages: impl IntoIterator<Item = Message>) {
    let mut queue: std::collections::VecDeque<Message> = messages.into_iter().collect();
    while let Some(message) = queue.pop_front() {
        let task = app.update(message);
        queue.extend(drain(task));
    }
}

fn simulator(app: &App) -> Simulator<'_, Message> {
    Simulator::with_size(iced::Settings::default(), (980.0, 720.0), app.view())
}

const PASSWORD: &str = "correct horse";

fn closed_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    l.local_addr().expect("addr").port()
}

#[test]
fn the_wizard_walks_to_a_stored_account_and_downloads() {
    // Software rendering: there is no GPU here.
    std::env::set_var("ICED_TEST_BACKEND", "tiny-skia");
    let server = support::fake_pop3::FakePop3::start(
        support::fake_pop3::Config::new("alice@localhost", PASSWORD)
            .with_message("uid-1", support::mail::message(1))
            .with_message("uid-2", support::mail::message(2)),
    );
    let ca = support::certs::pki().ca.cert_pem.clone().into_bytes();
    let (mut ctx, _dir) = context();
    let closed = closed_port();
    let ports: Vec<(u16, u16)> = [(110, server.port()), (995, closed), (25, closed)]
        .into_iter()
        .chain([(465, closed), (587, closed)])
        .collect();
    ctx.discover.port_map = ports.clone();
    ctx.discover.use_provider_database = false;
    ctx.discover.extra_roots_pem = vec![ca.clone()];
    ctx.doctor.port_map = ports;
    ctx.doctor.extra_roots_pem = vec![ca.clone()];
    ctx.fetch.tls.extra_roots_pem = vec![ca];
    let secrets = Arc::new(MemoryStore::new());
    ctx.secrets = secrets.clone();
    let db = ctx.db_path.clone();

    let (mut app, boot) = App::boot(ctx, false);
    settle(&mut app, drain(boot));
    assert!(
        matches!(app.screen(), Screen::Wizard(_)),
        "no account: wizard"
    );

    // 1. Identity, typed; Next with the mouse.
    let mut ui = simulator(&app);
    ui.click(selector::id(wizard::NAME)).expect("name field");
    ui.typewrite("Alice");
    ui.click(selector::id(wizard::EMAIL)).expect("email field");
    ui.typewrite("alice@localhost");
    ui.click(selector::id(wizard::PASSWORD))
        .expect("password field");
    ui.typewrite(PASSWORD);
    ui.click("Next").expect("Next button");
    let messages: Vec<Message> = ui.into_messages().collect();
    settle(&mut app, messages);

    // 2. Discovery probed the fake server through the port map.
    let mut ui = simulator(&app);
    ui.find("Found by probing localhost")
        .expect("discovery says where the settings came from");
    ui.click("Next").expect("Next");
    let messages: Vec<Message> = ui.into_messages().collect();
    settle(&mut app, messages);

    // 3. The form is pre-filled; the real port is typed (a typed port is
    // used as is), then Enter runs the test.
    {
        let Screen::Wizard(w) = app.screen() else {
            panic!("still in the wizard")
        };
        assert_eq!(w.step(), wizard::Step::Server);
        let form = w.form();
        assert_eq!(form.in_host, "localhost");
        assert_eq!(form.in_port, "110");
        assert_eq!(form.in_security, postern::account::Security::StartTls);
        assert!(!form.has_outgoing(), "no SMTP server answers");
    }
    let mut ui = simulator(&app);
    ui.click(selector::id(server_form::IN_PORT)).expect("port");
    ui.tap_key(Named::End);
    for _ in 0..5 {
        ui.tap_key(Named::Backspace);
    }
    ui.typewrite(&server.port().to_string());
    ui.tap_key(Named::Enter);
    let messages: Vec<Message> = ui.into_messages().collect();
    settle(&mut app, messages);

    // 4. Every step of the doctor passed.
    let mut ui = simulator(&app);
    ui.find("Everything works.").expect("the test passed");
    ui.click("Next").expect("Next");
    let messages: Vec<Message> = ui.into_messages().collect();
    settle(&mut app, messages);

    // 5. Options, then Finish: saved, inbox, first download.
    let mut ui = simulator(&app);
    ui.click("Finish").expect("Finish");
    let messages: Vec<Message> = ui.into_messages().collect();
    settle(&mut app, messages);

    assert!(
        matches!(app.screen(), Screen::Inbox),
        "Finish opens the inbox"
    );
    let inbox = app.inbox().expect("the inbox is alive");
    let store = Store::open(&db).expect("store");
    let account = store
        .account_by_email("alice@localhost")
        .expect("read")
        .expect("the account row exists");
    let s = &account.settings;
    assert_eq!(s.display_name, "Alice");
    assert_eq!(s.incoming.host, "localhost");
    assert_eq!(s.incoming.port, server.port());
    assert_eq!(s.incoming.security, postern::account::Security::StartTls);
    assert_eq!(s.incoming.username, "alice@localhost");
    assert!(s.outgoing.is_none());
    let password = secrets
        .get(&SecretKey::incoming(s))
        .expect("memory store")
        .expect("password filed");
    assert_eq!(password.expose(), PASSWORD);
    assert!(!app.worker().is_running(account.id));
    assert_eq!(store.count_messages(Some(account.id)).expect("count"), 2);
    assert_eq!(inbox.total(), 2, "the first download is listed");
    assert_eq!(inbox.unread(account.id), 2);

    let mut ui = simulator(&app);
    ui.find("2 messages").expect("the inbox shows the count");
}

#[test]
fn the_worker_downloads_at_startup_and_a_message_opens_in_the_reader() {
    std::env::set_var("ICED_TEST_BACKEND", "tiny-skia");
    let server = support::fake_pop3::FakePop3::start(
        support::fake_pop3::Config::new("alice@localhost", PASSWORD)
            .with_message("uid-1", support::mail::message(1))
            .with_message("uid-2", support::mail::message(2))
            .with_message("uid-3", support::mail::message(3)),
    );
    let ca = support::certs::pki().ca.cert_pem.clone().into_bytes();
    let (mut ctx, _dir) = context();
    ctx.fetch.tls.extra_roots_pem = vec![ca];
    let mut settings = server_form::blank_settings();
    settings.display_name = "Alice".into();
    settings.email = "alice@localhost".into();
    settings.incoming.host = "localhost".into();
    settings.incoming.port = server.port();
    settings.incoming.security = postern::account::Security::StartTls;
    settings.incoming.username = "alice@localhost".into();
    let id = Store::open(&ctx.db_path)
        .expect("store")
        .add_account(&settings)
        .expect("account");
    ctx.secrets
        .set(&SecretKey::incoming(&settings), &Secret::new(PASSWORD))
        .expect("password");

    // Start-up: the account checks at startup, so the worker downloads
    // (its events reload the list as they come) and the indexer runs.
    let (mut app, boot) = App::boot(ctx, false);
    settle(&mut app, drain(boot));
    assert!(matches!(app.screen(), Screen::Inbox));
    assert!(!app.worker().is_running(id));
    let slot = app.worker().slot(id).expect("a slot per account");
    assert!(slot.failure().is_none(), "{:?}", slot.failure());
    assert!(slot.last_ok().is_some());
    let inbox = app.inbox().expect("inbox");
    assert_eq!(inbox.total(), 3);
    let subjects: Vec<String> = (0..3)
        .map(|i| inbox.row(i).expect("row").subject.clone())
        .collect();
    assert_eq!(
        subjects,
        ["Message number 3", "Message number 2", "Message number 1"],
        "newest first"
    );
    assert_eq!(inbox.unread(id), 3);

    // The list as drawn; a click selects a row.
    let mut ui = simulator(&app);
    ui.find("Sender 2").expect("the sender's name");
    ui.click("Message number 2").expect("a row");
    let messages: Vec<Message> = ui.into_messages().collect();
    settle(&mut app, messages);
    assert_eq!(app.inbox().and_then(|i| i.selected()), Some(1));

    // Enter opens it in the reader.
    settle(&mut app, [Message::Key(KeyPress::Enter)]);
    assert!(matches!(app.screen(), Screen::Reader(_)));
    let mut ui = simulator(&app);
    ui.find("Message number 2")
        .expect("the reader shows the subject");
    drop(ui);

    // Escape goes back: same selection, now read.
    settle(&mut app, [Message::Key(KeyPress::Escape)]);
    assert!(matches!(app.screen(), Screen::Inbox));
    let inbox = app.inbox().expect("inbox");
    assert_eq!(inbox.selected(), Some(1));
    assert!(inbox.row(1).expect("row").seen);
    assert_eq!(inbox.unread(id), 2);

    // Get Messages again (F5): nothing new, nothing duplicated.
    settle(&mut app, [Message::Key(KeyPress::Refresh)]);
    assert_eq!(app.inbox().expect("inbox").total(), 3);
    assert_eq!(server.connection_count(), 2);
}
