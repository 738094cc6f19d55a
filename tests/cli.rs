//! The headless commands, run as a user or a script would: the real
//! `postern` binary against the fake server on loopback. Includes the crash
//! test: `postern fetch` killed with SIGKILL at several points.

mod support;

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use postern::store::{self, Store, StoreError};
use support::fake_pop3::{Config, FakePop3, Faults, LoginFault};
use support::mail::mailbox;

const USER: &str = "alice";
const PASSWORD: &str = "correct horse";
const EMAIL: &str = "alice@example.com";

fn postern(dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_postern"));
    cmd.arg("--data-dir").arg(dir);
    // The tests give passwords explicitly; no keyring unless a test asks.
    cmd.env_remove("POSTERN_DATA_DIR");
    cmd
}

fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("run postern")
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn add_account(dir: &Path, port: u16, extra: &[&str]) {
    // Like mpop's passwordeval: the command, not the password, is saved.
    let file = dir.join("password.txt");
    std::fs::write(&file, PASSWORD).expect("write password file");
    let out = run(postern(dir)
        .args([
            "account",
            "add",
            "--email",
            EMAIL,
            "--name",
            "Alice",
            "--pop-host",
            "127.0.0.1",
            "--pop-port",
            &port.to_string(),
            "--pop-security",
            "none",
            "--allow-plaintext",
            "--username",
            USER,
            "--password-command",
            &format!("cat '{}'", file.display()),
        ])
        .args(extra));
    assert!(out.status.success(), "account add: {}", text(&out));
}

fn server(n: usize, faults: Faults) -> FakePop3 {
    let mut config = Config::new(USER, PASSWORD).with_faults(faults);
    config.mailbox = mailbox(n);
    FakePop3::start(config)
}

fn fetch_json(dir: &Path) -> (i32, serde_json::Value, String) {
    let out = run(postern(dir).args(["fetch", "--json"]));
    let json = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("fetch --json printed no JSON ({e}): {}", text(&out)));
    (out.status.code().unwrap_or(-1), json, text(&out))
}

/// uid -> bytes in the store; panics on a UID stored twice.
fn stored(dir: &Path) -> HashMap<String, Vec<u8>> {
    let store = Store::open(&dir.join(store::DB_FILE)).expect("open store");
    let mut out = HashMap::new();
    for account in store.accounts().expect("accounts") {
        store
            .for_each_raw::<StoreError, _>(account.id, |row, raw| {
                assert!(
                    out.insert(row.uid.clone(), raw.to_vec()).is_none(),
                    "UID {} stored twice",
                    row.uid
                );
                Ok(())
            })
            .expect("read");
    }
    out
}

#[test]
fn add_list_fetch_export_remove() {
    let server = server(12, Faults::default());
    let dir = tempfile::tempdir().expect("tempdir");
    add_account(dir.path(), server.port(), &["--delete"]);

    let out = run(postern(dir.path()).args(["account", "list", "--json"]));
    assert!(out.status.success());
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(list[0]["email"], EMAIL);
    assert_eq!(list[0]["incoming"]["port"], server.port());
    assert_eq!(list[0]["options"]["leave_on_server"], false);
    assert!(!String::from_utf8_lossy(&out.stdout).contains(PASSWORD));

    let (code, json, all) = fetch_json(dir.path());
    assert_eq!(code, 0, "{all}");
    assert_eq!(json["ok"], true);
    assert_eq!(json["totals"]["downloaded"], 12);
    assert_eq!(json["totals"]["deleted_on_server"], 12);
    assert!(server.uids().is_empty());
    assert!(!all.contains(PASSWORD), "no password in any output");

    // Maildir export: byte for byte what the server sent.
    let maildir = dir.path().join("export");
    let out = run(postern(dir.path())
        .args(["export", "--account", EMAIL, "--format", "maildir", "--out"])
        .arg(&maildir));
    assert!(out.status.success(), "{}", text(&out));
    let mut exported: Vec<Vec<u8>> = std::fs::read_dir(maildir.join("cur"))
        .expect("cur")
        .map(|e| std::fs::read(e.expect("entry").path()).expect("read"))
        .collect();
    let mut originals: Vec<Vec<u8>> = mailbox(12).into_iter().map(|(_, m)| m).collect();
    exported.sort();
    originals.sort();
    assert_eq!(exported, originals);

    // mbox export exists and quotes nothing away: every message is in it.
    let mbox = dir.path().join("mail.mbox");
    let out = run(postern(dir.path())
        .args(["export", "--account", EMAIL, "--format", "mbox", "--out"])
        .arg(&mbox));
    assert!(out.status.success(), "{}", text(&out));
    let data = std::fs::read(&mbox).expect("mbox");
    let froms = data
        .split(|&b| b == b'\n')
        .filter(|l| l.starts_with(b"From "))
        .count();
    assert_eq!(froms, 12);
    // Refuses to overwrite.
    let out = run(postern(dir.path())
        .args(["export", "--account", EMAIL, "--format", "mbox", "--out"])
        .arg(&mbox));
    assert!(!out.status.success());

    let out = run(postern(dir.path()).args(["account", "remove", EMAIL]));
    assert!(out.status.success(), "{}", text(&out));
    let out = run(postern(dir.path()).args(["account", "list", "--json"]));
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(list.as_array().map(Vec::len), Some(0));
}

#[test]
fn exit_codes_scripts_can_trust() {
    let dir = tempfile::tempdir().expect("tempdir");
    // No accounts.
    let out = run(postern(dir.path()).arg("fetch"));
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).contains("account add"));

    // Wrong password: failed, with the server's words, never the password.
    let server = server(2, Faults::default());
    add_account(dir.path(), server.port(), &[]);
    let out = run(postern(dir.path()).args([
        "fetch",
        "--password-command",
        "printf %s wrong-secret-123",
    ]));
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("login refused"), "{}", text(&out));
    assert!(!text(&out).contains("wrong-secret-123"));

    // Mailbox in use: temporary.
    server.set_faults(Faults {
        login: Some(LoginFault::InUse),
        ..Faults::default()
    });
    let (code, json, all) = fetch_json(dir.path());
    assert_eq!(code, 75, "{all}");
    assert_eq!(json["failures"][0]["temporary"], true);

    // A size that lies: stored, kept on the server, exit 3.
    server.set_faults(Faults {
        list_size_lie: Some((1, 50_000)),
        ..Faults::default()
    });
    let (code, json, all) = fetch_json(dir.path());
    assert_eq!(code, 3, "{all}");
    assert_eq!(json["totals"]["downloaded"], 2);

    // A password on the command line with several accounts: refused
    // before anything is sent (it would go to every account's server).
    let second = tempfile::tempdir().expect("tempdir");
    add_account(second.path(), server.port(), &[]);
    let out = run(postern(second.path()).args([
        "account",
        "add",
        "--email",
        "bob@example.com",
        "--name",
        "Bob",
        "--pop-host",
        "127.0.0.1",
        "--pop-port",
        &server.port().to_string(),
        "--pop-security",
        "none",
        "--allow-plaintext",
        "--password-command",
        "true",
    ]));
    assert!(out.status.success(), "{}", text(&out));
    let before = server.connection_count();
    let out = run(postern(second.path()).args(["fetch", "--password-command", "printf x"]));
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).contains("--account"), "{}", text(&out));
    assert_eq!(server.connection_count(), before, "no connection made");

    // All well: 0.
    server.set_faults(Faults::default());
    let (code, json, all) = fetch_json(dir.path());
    assert_eq!(code, 0, "{all}");
    assert_eq!(json["totals"]["downloaded"], 0);

    // Connection refused: failed, in plain words.
    let refused_dir = tempfile::tempdir().expect("tempdir");
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        l.local_addr().expect("addr").port()
    };
    add_account(refused_dir.path(), port, &[]);
    let out = run(postern(refused_dir.path()).arg("fetch"));
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).contains("refused"), "{}", text(&out));
}

#[test]
fn plaintext_needs_explicit_consent() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = run(postern(dir.path()).args([
        "account",
        "add",
        "--email",
        EMAIL,
        "--name",
        "A",
        "--pop-host",
        "127.0.0.1",
        "--pop-security",
        "none",
        "--password-command",
        "true",
    ]));
    assert!(!out.status.success());
    assert!(text(&out).contains("--allow-plaintext"), "{}", text(&out));
}

#[test]
fn without_a_keyring_the_password_is_refused_clearly_and_nothing_is_saved() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut child = postern(dir.path())
        .args([
            "account",
            "add",
            "--email",
            EMAIL,
            "--name",
            "A",
            "--pop-host",
            "127.0.0.1",
            "--password-stdin",
        ])
        .env(
            "DBUS_SESSION_BUS_ADDRESS",
            "unix:path=/nonexistent/postern-test-bus",
        )
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"hunter2-secret\n")
        .expect("write");
    let out = child.wait_with_output().expect("wait");
    assert!(!out.status.success());
    let all = text(&out);
    assert!(all.contains("--password-command"), "{all}");
    assert!(all.to_lowercase().contains("keyring"), "{all}");
    assert!(!all.contains("hunter2-secret"));
    assert!(stored(dir.path()).is_empty());
    let out = run(postern(dir.path()).args(["account", "list", "--json"]));
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(
        list.as_array().map(Vec::len),
        Some(0),
        "no half-made account"
    );
}

/// The real keyring (gnome-keyring under dbus-run-session, as the README's
/// test command starts it): the password saved by `account add` is used by
/// `fetch`, and never lands in the database file.
#[test]
fn password_in_the_real_keyring() {
    if std::env::var("POSTERN_TEST_KEYRING").as_deref() != Ok("1") {
        eprintln!("SKIPPED password_in_the_real_keyring: set POSTERN_TEST_KEYRING=1 inside dbus-run-session with gnome-keyring unlocked (see README)");
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let secret = format!("kr-{}-pw", std::process::id());
    let mut config_pw = Config::new("bob", &secret);
    config_pw.mailbox = mailbox(3);
    let server_bob = FakePop3::start(config_pw);
    let mut child = postern(dir.path())
        .args([
            "account",
            "add",
            "--email",
            "bob@example.com",
            "--name",
            "Bob",
            "--pop-host",
            "127.0.0.1",
            "--pop-port",
            &server_bob.port().to_string(),
            "--pop-security",
            "none",
            "--allow-plaintext",
            "--username",
            "bob",
            "--password-stdin",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(secret.as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("wait");
    assert!(out.status.success(), "{}", text(&out));
    let out = run(postern(dir.path()).args(["fetch", "--json"]));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert_eq!(stored(dir.path()).len(), 3);
    let db = std::fs::read(dir.path().join(store::DB_FILE)).expect("db");
    assert!(
        !db.windows(secret.len()).any(|w| w == secret.as_bytes()),
        "the password is not in the database"
    );
    let out = run(postern(dir.path()).args(["account", "remove", "bob@example.com"]));
    assert!(out.status.success());
}

/// SIGKILL `postern fetch` at several points of a download in delete mode;
/// after each kill every stored message is whole and stored once, the server
/// deleted only stored ones; a final run completes the job exactly.
#[test]
fn killed_fetch_never_loses_or_duplicates_mail() {
    let originals = mailbox(40);
    let server = server(
        40,
        Faults {
            retr_delay: Some(Duration::from_millis(12)),
            ..Faults::default()
        },
    );
    let dir = tempfile::tempdir().expect("tempdir");
    add_account(dir.path(), server.port(), &["--delete"]);
    let by_uid: HashMap<String, Vec<u8>> = originals.iter().cloned().collect();

    let mut kills = 0;
    for delay_ms in [60u64, 120, 90, 200, 150, 250, 40, 300] {
        let mut child = postern(dir.path())
            .args(["fetch", "--quiet"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(Duration::from_millis(delay_ms));
        let finished = child.try_wait().expect("try_wait").is_some();
        if !finished {
            child.kill().expect("SIGKILL");
            kills += 1;
        }
        child.wait().expect("reap");
        assert!(
            server.wait_idle(Duration::from_secs(5)),
            "server saw the drop"
        );

        let stored = stored(dir.path());
        for (uid, bytes) in &stored {
            assert_eq!(Some(bytes), by_uid.get(uid), "{uid} stored whole");
        }
        for gone in server.expunged() {
            assert!(
                stored.contains_key(&gone),
                "server deleted {gone}, which is not stored"
            );
        }
        if stored.len() == originals.len() && server.uids().is_empty() {
            break;
        }
    }
    assert!(kills >= 2, "the test killed fetch mid-way ({kills} times)");
    let (code, _, all) = fetch_json(dir.path());
    assert_eq!(code, 0, "{all}");
    let stored = stored(dir.path());
    assert_eq!(stored.len(), originals.len(), "every message exactly once");
    assert!(server.uids().is_empty(), "all deleted in the end");
}
