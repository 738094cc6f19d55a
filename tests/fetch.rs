//! The download engine against the scripted fake POP3 server: every
//! invariant of "never lose mail, never duplicate it" under misbehaviour.

mod support;

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use postern::account::{
    Account, AccountSettings, DownloadOptions, Incoming, OversizePolicy, PopAuth, Security,
};
use postern::net::{NetError, Timeouts};
use postern::pop3::Pop3Error;
use postern::secrets::Secret;
use postern::store::{self, Store, UidState};
use postern::sync::{self, CancelToken, Event, FetchOptions, Summary, SyncError};
use support::certs::pki;
use support::fake_pop3::{Config, FakePop3, Faults, LoginFault, QuitFault, Stall};
use support::mail::{mailbox, message};

const USER: &str = "alice";
const PASSWORD: &str = "correct horse";

struct Harness {
    _dir: tempfile::TempDir,
    db: PathBuf,
    account: Account,
}

impl Harness {
    fn new(port: u16, security: Security, tweak: impl FnOnce(&mut AccountSettings)) -> Harness {
        let dir = tempfile::tempdir().expect("tempdir");
        let db = dir.path().join(store::DB_FILE);
        let mut settings = AccountSettings {
            display_name: "Alice".into(),
            email: "alice@example.com".into(),
            incoming: Incoming {
                host: "127.0.0.1".into(),
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
        };
        tweak(&mut settings);
        let store = Store::open(&db).expect("open store");
        let id = store.add_account(&settings).expect("add account");
        let account = store.account(id).expect("read").expect("exists");
        Harness {
            _dir: dir,
            db,
            account,
        }
    }

    fn plain(server: &FakePop3, tweak: impl FnOnce(&mut AccountSettings)) -> Harness {
        Harness::new(server.port(), Security::None, tweak)
    }

    fn options() -> FetchOptions {
        let mut options = FetchOptions {
            timeouts: Timeouts {
                dns: Duration::from_secs(5),
                connect: Duration::from_secs(5),
                handshake: Duration::from_secs(5),
                read: Duration::from_secs(5),
                ..Timeouts::default()
            },
            ..FetchOptions::default()
        };
        options.tls.extra_roots_pem = vec![pki().ca.cert_pem.clone().into_bytes()];
        options
    }

    fn fetch(&self) -> Result<Summary, SyncError> {
        self.fetch_with(Self::options()).0
    }

    fn fetch_with(&self, options: FetchOptions) -> (Result<Summary, SyncError>, Vec<Event>) {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
        let result = runtime.block_on(sync::fetch(
            &self.db,
            &self.account,
            Secret::new(PASSWORD),
            &options,
            tx,
            CancelToken::new(),
        ));
        let mut events = Vec::new();
        while let Ok(e) = rx.try_recv() {
            events.push(e);
        }
        (result, events)
    }

    fn store(&self) -> Store {
        Store::open(&self.db).expect("open store")
    }

    /// uid -> stored raw bytes; panics on a duplicate.
    fn stored(&self) -> HashMap<String, Vec<u8>> {
        let store = self.store();
        let mut out = HashMap::new();
        store
            .for_each_raw::<store::StoreError, _>(self.account.id, |row, raw| {
                assert!(
                    out.insert(row.uid.clone(), raw.to_vec()).is_none(),
                    "UID {} stored twice",
                    row.uid
                );
                Ok(())
            })
            .expect("read messages");
        out
    }

    fn states(&self) -> HashMap<String, UidState> {
        self.store()
            .uid_states(self.account.id)
            .expect("states")
            .into_iter()
            .map(|(uid, rec)| (uid, rec.state))
            .collect()
    }
}

fn start(n: usize, faults: Faults) -> FakePop3 {
    let mut config = Config::new(USER, PASSWORD).with_faults(faults);
    config.mailbox = mailbox(n);
    FakePop3::start(config)
}

fn retr_count(server: &FakePop3, connection: usize) -> usize {
    server.connections()[connection]
        .commands()
        .iter()
        .filter(|c| c.starts_with("RETR"))
        .count()
}

fn assert_all_stored_exactly(h: &Harness, originals: &[(String, Vec<u8>)]) {
    let stored = h.stored();
    assert_eq!(stored.len(), originals.len(), "every message exactly once");
    for (uid, bytes) in originals {
        assert_eq!(stored.get(uid), Some(bytes), "bytes of {uid} as sent");
    }
}

#[test]
fn downloads_everything_once_and_keeps_it_on_the_server() {
    let server = start(25, Faults::default());
    let h = Harness::plain(&server, |_| {});
    let (result, events) = h.fetch_with(Harness::options());
    let summary = result.expect("fetch");
    assert_eq!(summary.downloaded, 25);
    assert_eq!(summary.deleted_on_server, 0);
    assert_all_stored_exactly(&h, &mailbox(25));
    assert!(server.expunged().is_empty(), "keep mode deletes nothing");
    // Progress reached the end and new messages were announced.
    let last = events
        .iter()
        .rev()
        .find_map(|e| match e {
            Event::Progress(p) => Some(p.clone()),
            _ => None,
        })
        .expect("progress events");
    assert_eq!((last.done, last.total), (25, 25));
    let announced: usize = events
        .iter()
        .map(|e| match e {
            Event::Stored(ids) => ids.len(),
            _ => 0,
        })
        .sum();
    assert_eq!(announced, 25);
    assert!(matches!(events.last(), Some(Event::Finished(_))));
    // Pipelining was used since the server offers it.
    assert!(server.connections()[0].pipelined > 0, "RETR pipelined");

    // A second run finds nothing new and downloads nothing.
    let again = h.fetch().expect("second fetch");
    assert_eq!(again.downloaded, 0);
    assert_eq!(retr_count(&server, 1), 0);
    assert_eq!(h.stored().len(), 25);

    // A new message arrives: only it is downloaded.
    server.add_message("uid-new", message(99));
    let third = h.fetch().expect("third fetch");
    assert_eq!(third.downloaded, 1);
    assert_eq!(h.stored().len(), 26);
}

#[test]
fn search_finds_downloaded_mail() {
    let server = start(5, Faults::default());
    let h = Harness::plain(&server, |_| {});
    h.fetch().expect("fetch");
    let hits = h.store().search("lone dot", 10).expect("search");
    assert_eq!(hits.len(), 5, "body text indexed by the end of the fetch");
    let hits = h.store().search("sender3", 10).expect("search");
    assert_eq!(hits.len(), 1);
}

#[test]
fn no_pipelining_means_one_command_at_a_time() {
    let server = start(
        6,
        Faults {
            no_pipelining: true,
            ..Faults::default()
        },
    );
    let h = Harness::plain(&server, |_| {});
    assert_eq!(h.fetch().expect("fetch").downloaded, 6);
    assert_eq!(server.connections()[0].pipelined, 0);
}

#[test]
fn dot_stuffing_and_terminators_split_across_writes() {
    let server = start(
        4,
        Faults {
            tiny_writes: true,
            ..Faults::default()
        },
    );
    let h = Harness::plain(&server, |_| {});
    h.fetch().expect("fetch");
    assert_all_stored_exactly(&h, &mailbox(4));
}

#[test]
fn delete_mode_deletes_only_what_is_stored() {
    let server = start(10, Faults::default());
    let h = Harness::plain(&server, |s| s.options.leave_on_server = false);
    let summary = h.fetch().expect("fetch");
    assert_eq!(summary.deleted_on_server, 10);
    assert_eq!(server.expunged().len(), 10);
    assert!(server.uids().is_empty());
    assert_all_stored_exactly(&h, &mailbox(10));
    assert!(h.states().values().all(|s| *s == UidState::Gone));
    // QUIT came after the last DELE reply.
    let commands = server.connections()[0].commands();
    assert_eq!(commands.last().map(String::as_str), Some("QUIT"));
}

#[test]
fn connection_dropped_mid_retr_loses_nothing() {
    let server = start(
        8,
        Faults {
            drop_in_retr: Some((5, 200)),
            ..Faults::default()
        },
    );
    let h = Harness::plain(&server, |s| s.options.leave_on_server = false);
    let err = h.fetch().expect_err("the connection dropped");
    assert!(
        matches!(err, SyncError::Pop3(Pop3Error::Closed)),
        "got {err:?}"
    );
    assert!(server.expunged().is_empty(), "nothing deleted");
    let stored = h.stored();
    assert!(!stored.contains_key("uid-0005"), "nothing half-stored");
    for (uid, bytes) in &stored {
        let original = mailbox(8)
            .into_iter()
            .find(|(u, _)| u == uid)
            .expect("known");
        assert_eq!(&original.1, bytes, "stored messages are complete");
    }
    // The next run completes, without downloading twice.
    server.set_faults(Faults::default());
    let before = stored.len();
    let summary = h.fetch().expect("second fetch");
    assert_eq!(summary.downloaded as usize, 8 - before);
    assert_all_stored_exactly(&h, &mailbox(8));
    assert_eq!(server.expunged().len(), 8);
}

#[test]
fn dele_refused_is_retried_next_time_without_downloading() {
    let server = start(
        4,
        Faults {
            dele_err: vec![2],
            ..Faults::default()
        },
    );
    let h = Harness::plain(&server, |s| s.options.leave_on_server = false);
    let summary = h.fetch().expect("fetch");
    assert_eq!(summary.deleted_on_server, 3);
    assert_eq!(server.uids(), vec!["uid-0002".to_string()]);
    assert_eq!(h.states()["uid-0002"], UidState::Stored);

    server.set_faults(Faults::default());
    let summary = h.fetch().expect("second fetch");
    assert_eq!(summary.downloaded, 0);
    assert_eq!(retr_count(&server, 1), 0, "no re-download");
    assert_eq!(summary.deleted_on_server, 1);
    assert!(server.uids().is_empty());
    assert_all_stored_exactly(&h, &mailbox(4));
}

#[test]
fn failed_quit_returns_to_stored_and_deletes_next_time() {
    for fault in [QuitFault::Err, QuitFault::Close] {
        let server = start(
            3,
            Faults {
                quit: fault.clone(),
                ..Faults::default()
            },
        );
        let h = Harness::plain(&server, |s| s.options.leave_on_server = false);
        h.fetch().expect_err("QUIT failed");
        assert!(server.expunged().is_empty(), "{fault:?}: nothing deleted");
        assert!(
            h.states().values().all(|s| *s == UidState::Stored),
            "{fault:?}: back to stored"
        );
        server.set_faults(Faults::default());
        let summary = h.fetch().expect("second fetch");
        assert_eq!(summary.downloaded, 0, "{fault:?}: not downloaded again");
        assert_eq!(summary.deleted_on_server, 3);
        assert!(server.uids().is_empty());
        assert_all_stored_exactly(&h, &mailbox(3));
    }
}

#[test]
fn uidl_quirks_are_tolerated() {
    let server = start(
        5,
        Faults {
            uidl_extra_whitespace: true,
            uidl_ok_prefix: true,
            ..Faults::default()
        },
    );
    let h = Harness::plain(&server, |_| {});
    h.fetch().expect("fetch");
    assert_all_stored_exactly(&h, &mailbox(5));
}

#[test]
fn uidl_listing_a_message_twice_aborts_and_deletes_nothing() {
    let server = start(
        5,
        Faults {
            uidl_duplicate: Some(3),
            ..Faults::default()
        },
    );
    let h = Harness::plain(&server, |s| s.options.leave_on_server = false);
    let err = h.fetch().expect_err("bad UIDL");
    assert!(
        matches!(err, SyncError::Pop3(Pop3Error::Protocol { .. })),
        "got {err:?}"
    );
    assert!(server.expunged().is_empty());
    assert!(h.stored().is_empty());
    let commands = server.connections()[0].commands();
    assert!(!commands.iter().any(|c| c.starts_with("DELE")));
}

#[test]
fn a_size_that_lies_is_stored_flagged_and_kept_on_the_server() {
    let server = start(
        3,
        Faults {
            list_size_lie: Some((2, 100_000)),
            ..Faults::default()
        },
    );
    let h = Harness::plain(&server, |s| s.options.leave_on_server = false);
    let summary = h.fetch().expect("fetch");
    assert_eq!(summary.size_mismatch, 1);
    assert_eq!(summary.deleted_on_server, 2);
    assert_eq!(server.uids(), vec!["uid-0002".to_string()]);
    assert_all_stored_exactly(&h, &mailbox(3));
    let row_flagged = h
        .store()
        .uid_states(h.account.id)
        .expect("states")
        .get("uid-0002")
        .map(|r| r.size_mismatch);
    assert_eq!(row_flagged, Some(true));
}

/// A message announced small but longer than the largest message accepted:
/// its headers are kept, flagged, and left on the server; the download
/// goes on over a new connection, and the next one does not retry it.
#[test]
fn a_message_over_the_limit_despite_its_list_size_keeps_its_headers_only() {
    let mut config = Config::new(USER, PASSWORD).with_faults(Faults {
        list_size_lie: Some((3, 300)),
        ..Faults::default()
    });
    config.mailbox = mailbox(5);
    let huge = &mut config.mailbox[2].1;
    let original = huge.clone();
    for _ in 0..400 {
        huge.extend_from_slice(b"a long body line of the message that lies about its size\r\n");
    }
    let server = FakePop3::start(config);
    let h = Harness::plain(&server, |s| s.options.leave_on_server = false);
    let mut options = Harness::options();
    options.limits.max_message_size = 8 << 10;
    let summary = h.fetch_with(options.clone()).0.expect("fetch");
    assert_eq!(summary.downloaded, 5);
    assert_eq!((summary.headers_only, summary.size_mismatch), (1, 1));
    assert!(
        summary
            .errors
            .iter()
            .any(|e| e.contains("uid-0003") && e.contains("limit")),
        "{:?}",
        summary.errors
    );
    assert_eq!(
        server.connections().len(),
        2,
        "a new connection after the cut"
    );
    assert!(!server.connections()[0].quit_ok, "no QUIT mid-message");
    let stored = h.stored();
    assert_eq!(stored.len(), 5);
    let head_end = original.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4;
    assert_eq!(
        stored["uid-0003"],
        original[..head_end].to_vec(),
        "headers only"
    );
    for (uid, bytes) in mailbox(5).iter().filter(|(uid, _)| uid != "uid-0003") {
        assert_eq!(&stored[uid], bytes);
    }
    // Everything else was deleted; the cut message stays on the server.
    assert_eq!(server.uids(), vec!["uid-0003".to_string()]);
    // The next download fetches nothing and fails on nothing.
    let again = h.fetch_with(options).0.expect("second fetch");
    assert_eq!((again.downloaded, again.deleted_on_server), (0, 0));
    assert_eq!(retr_count(&server, 2), 0);
    assert_eq!(server.uids(), vec!["uid-0003".to_string()]);
}

/// The same cut message, from a server that wants 5 minutes between
/// logins: no new connection now; the next check goes on after it.
#[test]
fn after_a_cut_message_a_login_delay_defers_the_rest() {
    let mut config = Config::new(USER, PASSWORD).with_faults(Faults {
        list_size_lie: Some((3, 300)),
        login_delay_capa: Some(300),
        ..Faults::default()
    });
    config.mailbox = mailbox(5);
    config.mailbox[2]
        .1
        .extend(std::iter::repeat_n(b"x".repeat(70).into_iter().chain(*b"\r\n"), 200).flatten());
    let server = FakePop3::start(config);
    let h = Harness::plain(&server, |_| {});
    let mut options = Harness::options();
    options.limits.max_message_size = 8 << 10;
    let summary = h.fetch_with(options.clone()).0.expect("fetch");
    assert_eq!(server.connections().len(), 1, "no second login now");
    assert_eq!((summary.downloaded, summary.headers_only), (3, 1));
    assert_eq!(summary.login_delay, Some(300));
    // Later, the rest arrives and the cut message is not fetched again.
    let later = h.fetch_with(options).0.expect("next check");
    assert_eq!(later.downloaded, 2);
    assert_eq!(h.stored().len(), 5);
}

#[test]
fn the_servers_login_delay_is_reported() {
    let server = start(
        1,
        Faults {
            login_delay_capa: Some(900),
            ..Faults::default()
        },
    );
    let h = Harness::plain(&server, |_| {});
    assert_eq!(h.fetch().expect("fetch").login_delay, Some(900));
}

#[test]
fn unparseable_mail_is_stored_anyway() {
    let garbage: Vec<u8> = b"\xff\xfe\x00garbage\r\n--\r\nContent-Type: multipart/mixed; boundary=\r\n\r\n\x80\x81\r\n"
        .to_vec();
    let mut config = Config::new(USER, PASSWORD);
    config.mailbox = vec![("bad".into(), garbage.clone()), ("good".into(), message(1))];
    let server = FakePop3::start(config);
    let h = Harness::plain(&server, |_| {});
    assert_eq!(h.fetch().expect("fetch").downloaded, 2);
    assert_eq!(h.stored()["bad"], garbage);
}

#[test]
fn oversized_messages_are_skipped_or_fetched_as_headers() {
    let mut big = message(1);
    big.extend(std::iter::repeat_n(b'x', 5000));
    big.extend_from_slice(b"\r\n");
    let make = || {
        let mut config = Config::new(USER, PASSWORD);
        config.mailbox = vec![("big".into(), big.clone()), ("small".into(), message(2))];
        FakePop3::start(config)
    };

    let server = make();
    let h = Harness::plain(&server, |s| {
        s.options.size_limit = Some(1000);
        s.options.leave_on_server = false;
    });
    let summary = h.fetch().expect("fetch");
    assert_eq!((summary.downloaded, summary.skipped), (1, 1));
    assert_eq!(server.uids(), vec!["big".to_string()], "skipped stays");

    let server = make();
    let h = Harness::plain(&server, |s| {
        s.options.size_limit = Some(1000);
        s.options.oversize = OversizePolicy::Headers;
        s.options.leave_on_server = false;
    });
    let summary = h.fetch().expect("fetch");
    assert_eq!((summary.downloaded, summary.headers_only), (2, 1));
    let stored = h.stored();
    assert!(stored["big"].len() < 1000, "headers only");
    assert!(stored["big"].starts_with(b"From: Sender 1"));
    assert_eq!(
        server.uids(),
        vec!["big".to_string()],
        "partial never deleted"
    );
    assert!(server.connections()[0]
        .commands()
        .iter()
        .any(|c| c == "TOP 1 0"));
}

#[test]
fn delete_after_days_counts_from_first_seen() {
    let server = start(2, Faults::default());
    let h = Harness::plain(&server, |s| s.options.delete_after_days = Some(7));
    h.fetch().expect("fetch");
    assert!(server.expunged().is_empty(), "too young");
    let mut later = Harness::options();
    later.now = Some(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .expect("clock")
            .as_secs() as i64
            + 8 * 86_400,
    );
    let summary = h.fetch_with(later).0.expect("fetch a week later");
    assert_eq!(summary.deleted_on_server, 2);
    assert_eq!(summary.downloaded, 0);
}

#[test]
fn deleted_locally_is_deleted_on_the_server_when_asked() {
    let server = start(3, Faults::default());
    let h = Harness::plain(&server, |s| s.options.delete_when_deleted_locally = true);
    h.fetch().expect("fetch");
    let mut store = h.store();
    let id = store.uid_states(h.account.id).expect("states")["uid-0002"]
        .message_id
        .expect("has a message");
    store.move_to_trash(&[id]).expect("trash");
    h.fetch().expect("fetch");
    assert!(
        server.expunged().is_empty(),
        "in the trash is not deleted yet"
    );
    store.empty_trash(None).expect("empty");
    let summary = h.fetch().expect("fetch");
    assert_eq!(summary.deleted_on_server, 1);
    assert_eq!(server.expunged(), vec!["uid-0002".to_string()]);
    assert_eq!(summary.downloaded, 0, "not downloaded again");
}

#[test]
fn busy_and_temporary_login_refusals_are_typed() {
    for (fault, check) in [
        (LoginFault::InUse, "in-use"),
        (LoginFault::SysTemp, "sys-temp"),
        (LoginFault::LoginDelay, "login-delay"),
    ] {
        let server = start(
            2,
            Faults {
                login: Some(fault),
                ..Faults::default()
            },
        );
        let h = Harness::plain(&server, |_| {});
        let err = h.fetch().expect_err("refused");
        let ok = match check {
            "in-use" => matches!(err, SyncError::Pop3(Pop3Error::InUse { .. })),
            "sys-temp" => matches!(err, SyncError::Pop3(Pop3Error::SysTemp { .. })),
            _ => matches!(err, SyncError::Pop3(Pop3Error::LoginDelay { .. })),
        };
        assert!(ok, "{check}: got {err:?}");
        assert!(err.is_temporary(), "{check} is temporary");
        assert!(h.stored().is_empty());
    }
}

#[test]
fn wrong_password_is_an_auth_failure_with_the_server_words() {
    let server = start(1, Faults::default());
    let h = Harness::plain(&server, |s| s.incoming.username = "mallory".into());
    let err = h.fetch().expect_err("refused");
    match err {
        SyncError::Pop3(Pop3Error::AuthFailed { text, .. }) => {
            assert!(!text.is_empty());
            assert!(!text.contains(PASSWORD));
        }
        other => panic!("got {other:?}"),
    }
}

#[test]
fn a_stalled_server_times_out() {
    for stall in [Stall::BeforeGreeting, Stall::AfterGreeting] {
        let server = start(
            1,
            Faults {
                stall: stall.clone(),
                ..Faults::default()
            },
        );
        let h = Harness::plain(&server, |_| {});
        let mut options = Harness::options();
        options.timeouts.read = Duration::from_millis(700);
        let started = Instant::now();
        let err = h.fetch_with(options).0.expect_err("stalled");
        assert!(started.elapsed() < Duration::from_secs(5), "{stall:?}");
        assert!(
            matches!(
                err,
                SyncError::Pop3(Pop3Error::Timeout { .. } | Pop3Error::NoGreeting)
            ),
            "{stall:?}: got {err:?}"
        );
    }
}

#[test]
fn a_ten_megabyte_line_is_refused_with_bounded_memory() {
    use support::fake_pop3::HugeLine;
    for verb in ["GREETING", "UIDL"] {
        let server = start(
            1,
            Faults {
                huge_line: Some(HugeLine::instead_of(verb)),
                ..Faults::default()
            },
        );
        let h = Harness::plain(&server, |_| {});
        let err = h.fetch().expect_err("huge line");
        assert!(
            matches!(
                err,
                SyncError::Pop3(Pop3Error::TooLarge { .. } | Pop3Error::NotPop3 { .. })
            ),
            "{verb}: got {err:?}"
        );
    }
}

fn tls_server(faults: Faults) -> FakePop3 {
    let mut config = Config::new(USER, PASSWORD).with_faults(faults);
    config.mailbox = mailbox(3);
    config.plaintext_login_allowed = false;
    FakePop3::start(config)
}

#[test]
fn starttls_works_and_credentials_travel_encrypted() {
    let server = tls_server(Faults::default());
    let h = Harness::new(server.port(), Security::StartTls, |_| {});
    h.fetch().expect("fetch over STLS");
    assert!(server.saw_credentials());
    assert!(!server.saw_credentials_in_clear());
    assert_all_stored_exactly(&h, &mailbox(3));
}

#[test]
fn stls_stripped_or_refused_sends_no_credential() {
    for (name, faults) in [
        (
            "stripped",
            Faults {
                stls_hidden: true,
                ..Faults::default()
            },
        ),
        (
            "refused",
            Faults {
                stls_refused: true,
                ..Faults::default()
            },
        ),
    ] {
        let server = tls_server(faults);
        let h = Harness::new(server.port(), Security::StartTls, |_| {});
        let err = h.fetch().expect_err("no TLS");
        assert!(
            matches!(
                err,
                SyncError::Pop3(Pop3Error::StlsUnavailable | Pop3Error::StlsRefused { .. })
            ),
            "{name}: got {err:?}"
        );
        assert!(!server.saw_credentials(), "{name}: no credential sent");
        let all = server.all_commands().join("\n");
        assert!(!all.contains(PASSWORD), "{name}");
    }
}

#[test]
fn bytes_injected_after_stls_abort_the_session() {
    let server = tls_server(Faults {
        stls_inject: Some(b"+OK injected\r\n".to_vec()),
        ..Faults::default()
    });
    let h = Harness::new(server.port(), Security::StartTls, |_| {});
    let err = h.fetch().expect_err("injection");
    assert!(
        matches!(err, SyncError::Pop3(Pop3Error::StlsInjection)),
        "got {err:?}"
    );
    assert!(!server.saw_credentials());
}

#[test]
fn implicit_tls_verifies_the_certificate_or_uses_the_pin() {
    let server = {
        let mut config = Config::new(USER, PASSWORD).implicit_tls();
        config.mailbox = mailbox(2);
        FakePop3::start(config)
    };
    let h = Harness::new(server.port(), Security::Tls, |_| {});
    h.fetch().expect("fetch over TLS");
    assert_eq!(h.stored().len(), 2);

    // Self-signed: refused, no credential, unless pinned.
    let server = {
        let mut config = Config::new(USER, PASSWORD)
            .implicit_tls()
            .with_cert(support::fake_pop3::CertChoice::SelfSigned);
        config.mailbox = mailbox(2);
        FakePop3::start(config)
    };
    let h = Harness::new(server.port(), Security::Tls, |_| {});
    let err = h.fetch().expect_err("untrusted");
    assert!(
        matches!(
            err,
            SyncError::Pop3(Pop3Error::Net(NetError::Certificate { .. }))
        ),
        "got {err:?}"
    );
    assert!(!server.saw_credentials());
    let pin = pki().self_signed.fingerprint.clone();
    let h = Harness::new(server.port(), Security::Tls, |s| {
        s.incoming.pin_sha256 = Some(pin)
    });
    h.fetch().expect("pinned certificate accepted");
    let wrong = "00".repeat(32);
    let h = Harness::new(server.port(), Security::Tls, |s| {
        s.incoming.pin_sha256 = Some(wrong)
    });
    let err = h.fetch().expect_err("pin mismatch");
    assert!(
        matches!(
            err,
            SyncError::Pop3(Pop3Error::Net(NetError::PinMismatch { .. }))
        ),
        "got {err:?}"
    );
}

#[test]
fn one_download_per_account_at_a_time() {
    let server = start(
        30,
        Faults {
            retr_delay: Some(Duration::from_millis(30)),
            ..Faults::default()
        },
    );
    let h = Harness::plain(&server, |_| {});
    let db = h.db.clone();
    let account = h.account.clone();
    let first = std::thread::spawn(move || {
        let runtime = tokio::runtime::Runtime::new().expect("runtime");
        let (tx, _rx) = tokio::sync::mpsc::unbounded_channel();
        runtime.block_on(sync::fetch(
            &db,
            &account,
            Secret::new(PASSWORD),
            &Harness::options(),
            tx,
            CancelToken::new(),
        ))
    });
    assert!(server.wait_until(Duration::from_secs(5), |s| s.connection_count() > 0));
    let second = h.fetch();
    assert!(matches!(second, Err(SyncError::Busy)), "got {second:?}");
    first.join().expect("thread").expect("first fetch");
    assert_all_stored_exactly(&h, &mailbox(30));
}

#[test]
fn cancel_keeps_what_arrived_and_deletes_nothing() {
    let server = start(
        40,
        Faults {
            retr_delay: Some(Duration::from_millis(20)),
            ..Faults::default()
        },
    );
    let h = Harness::plain(&server, |s| s.options.leave_on_server = false);
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let cancel = CancelToken::new();
    let options = Harness::options();
    let summary = runtime.block_on(async {
        let job = sync::fetch(
            &h.db,
            &h.account,
            Secret::new(PASSWORD),
            &options,
            tx,
            cancel.clone(),
        );
        tokio::pin!(job);
        loop {
            tokio::select! {
                r = &mut job => break r,
                Some(event) = rx.recv() => {
                    if matches!(event, Event::Progress(ref p) if p.done >= 5) {
                        cancel.cancel();
                    }
                }
            }
        }
    });
    let summary = summary.expect("cancelled cleanly");
    assert!(summary.cancelled);
    assert!(summary.downloaded >= 5 && summary.downloaded < 40);
    assert!(server.expunged().is_empty());
    assert_eq!(h.stored().len(), summary.downloaded as usize);
    // The rest comes next time.
    h.fetch().expect("resume");
    assert_all_stored_exactly(&h, &mailbox(40));
}

#[test]
fn cancel_takes_effect_while_waiting_for_a_slow_reply() {
    let server = start(
        3,
        Faults {
            retr_delay: Some(Duration::from_secs(4)),
            ..Faults::default()
        },
    );
    let h = Harness::plain(&server, |s| s.options.leave_on_server = false);
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let (tx, _rx) = tokio::sync::mpsc::unbounded_channel();
    let cancel = CancelToken::new();
    let options = Harness::options();
    let started = Instant::now();
    let summary = runtime.block_on(async {
        let canceller = cancel.clone();
        tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(300)).await;
            canceller.cancel();
        });
        sync::fetch(
            &h.db,
            &h.account,
            Secret::new(PASSWORD),
            &options,
            tx,
            cancel.clone(),
        )
        .await
    });
    let summary = summary.expect("cancelled cleanly");
    assert!(summary.cancelled);
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "did not wait for the reply"
    );
    assert!(server.expunged().is_empty());
    assert!(h.stored().is_empty());
}

#[test]
fn a_full_disk_closes_without_quit_and_loses_nothing() {
    // Messages of ~40 KB: a few fit in the capped database, then SQLITE_FULL.
    let big = |i: usize| {
        let mut m = message(i);
        for _ in 0..500 {
            m.extend_from_slice(
                format!("filler line {i} of a long message ....................\r\n").as_bytes(),
            );
        }
        m
    };
    let originals: Vec<(String, Vec<u8>)> =
        (1..=30).map(|i| (format!("uid-{i:04}"), big(i))).collect();
    let mut config = Config::new(USER, PASSWORD);
    config.mailbox = originals.clone();
    let server = FakePop3::start(config);
    let h = Harness::plain(&server, |s| s.options.leave_on_server = false);
    let mut options = Harness::options();
    options.batch_messages = 4;
    // Room for about six of the thirty messages, whatever the page size.
    let (pages_now, page_size) = {
        let conn = rusqlite::Connection::open(&h.db).expect("open db");
        let count: u64 = conn
            .query_row("PRAGMA page_count", [], |r| r.get(0))
            .expect("page_count");
        let size: u64 = conn
            .query_row("PRAGMA page_size", [], |r| r.get(0))
            .expect("page_size");
        (count, size)
    };
    options.store_page_limit = Some(pages_now + 240_000 / page_size);
    let (result, _) = h.fetch_with(options);
    let err = result.expect_err("the disk filled up");
    assert!(
        matches!(&err, SyncError::Store { reason } if reason.contains("full")),
        "got {err:?}"
    );
    assert!(server.expunged().is_empty(), "nothing deleted");
    let commands = server.connections()[0].commands();
    assert!(!commands.iter().any(|c| c == "QUIT"), "closed without QUIT");
    assert!(!commands.iter().any(|c| c.starts_with("DELE")));
    let stored = h.stored();
    assert!(stored.len() < 30, "the cap bit ({} stored)", stored.len());
    for (uid, bytes) in &stored {
        let original = originals.iter().find(|(u, _)| u == uid).expect("known");
        assert_eq!(&original.1, bytes);
    }
    // Space again: the next run completes, each message exactly once.
    let summary = h.fetch().expect("fetch with space");
    assert_eq!(summary.downloaded as usize, 30 - stored.len());
    assert_all_stored_exactly(&h, &originals);
    assert!(server.uids().is_empty());
}

#[test]
fn a_server_echoing_the_password_does_not_put_it_in_the_error() {
    let server = start(
        1,
        Faults {
            login: Some(LoginFault::Custom(format!(
                "-ERR [AUTH] bad credentials: PASS {PASSWORD}"
            ))),
            ..Faults::default()
        },
    );
    let h = Harness::plain(&server, |_| {});
    let err = h.fetch().expect_err("refused");
    let shown = format!("{err} {err:?}");
    assert!(shown.contains("bad credentials"), "{shown}");
    assert!(!shown.contains(PASSWORD), "{shown}");
}

#[test]
fn no_encryption_without_consent_sends_nothing() {
    let server = start(1, Faults::default());
    let h = Harness::plain(&server, |s| s.allow_plaintext = false);
    let err = h.fetch().expect_err("plaintext refused");
    assert!(matches!(err, SyncError::PlaintextNotAllowed), "got {err:?}");
    assert_eq!(server.connection_count(), 0, "not even a connection");
}
