//! Interop with a real POP3 server: a private Dovecot on loopback, over
//! implicit TLS and STLS, in keep and delete modes, through the library and
//! through `postern fetch`. Skipped (with a printed reason) only where
//! Dovecot is not installed; CI sets POSTERN_REQUIRE_DOVECOT=1.

mod support;

use std::collections::HashMap;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use postern::account::{Account, AccountSettings, DownloadOptions, Incoming, PopAuth, Security};
use postern::net::Timeouts;
use postern::secrets::Secret;
use postern::store::{self, Store, StoreError};
use postern::sync::{self, CancelToken, FetchOptions, Summary};
use support::dovecot::Dovecot;
use support::mail::message;

const PASSWORD: &str = "dove pass";

fn dovecot(n: usize) -> Option<(Dovecot, Vec<Vec<u8>>)> {
    let server = Dovecot::start("alice", PASSWORD)?;
    let mut sent = Vec::new();
    for i in 1..=n {
        let m = message(i);
        server.deliver(&m);
        sent.push(m);
    }
    Some((server, sent))
}

fn account(db: &Path, port: u16, security: Security, keep: bool, pin: Option<String>) -> Account {
    let settings = AccountSettings {
        display_name: "Alice".into(),
        email: "alice@example.com".into(),
        incoming: Incoming {
            host: "127.0.0.1".into(),
            port,
            security,
            username: "alice".into(),
            auth: PopAuth::Auto,
            pin_sha256: pin,
        },
        outgoing: None,
        options: DownloadOptions {
            leave_on_server: keep,
            ..DownloadOptions::default()
        },
        allow_plaintext: false,
        password_command: None,
    };
    let store = Store::open(db).expect("store");
    let id = store.add_account(&settings).expect("add");
    store.account(id).expect("read").expect("exists")
}

fn fetch(db: &Path, account: &Account, ca: Option<&str>) -> Summary {
    let mut options = FetchOptions {
        timeouts: Timeouts {
            read: Duration::from_secs(10),
            ..Timeouts::default()
        },
        ..FetchOptions::default()
    };
    options.tls.extra_roots_pem = ca.map(|c| vec![c.as_bytes().to_vec()]).unwrap_or_default();
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let (tx, _rx) = tokio::sync::mpsc::unbounded_channel();
    runtime
        .block_on(sync::fetch(
            db,
            account,
            Secret::new(PASSWORD),
            &options,
            tx,
            CancelToken::new(),
        ))
        .expect("fetch from Dovecot")
}

fn stored(db: &Path, account: &Account) -> Vec<Vec<u8>> {
    let store = Store::open(db).expect("store");
    let mut out = Vec::new();
    let mut uids = HashMap::new();
    store
        .for_each_raw::<StoreError, _>(account.id, |row, raw| {
            assert!(uids.insert(row.uid.clone(), ()).is_none(), "stored twice");
            out.push(raw.to_vec());
            Ok(())
        })
        .expect("read");
    out.sort();
    out
}

fn sorted(mut v: Vec<Vec<u8>>) -> Vec<Vec<u8>> {
    v.sort();
    v
}

#[test]
fn implicit_tls_keep_mode() {
    let Some((server, sent)) = dovecot(15) else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join(store::DB_FILE);
    let acct = account(&db, server.pop3s_port(), Security::Tls, true, None);
    let summary = fetch(&db, &acct, Some(server.ca_pem()));
    assert_eq!(summary.downloaded, 15);
    assert_eq!(stored(&db, &acct), sorted(sent));
    assert_eq!(server.maildir_count(), 15, "kept on the server");
    // Dovecot's UIDs are stable: nothing is downloaded twice.
    let again = fetch(&db, &acct, Some(server.ca_pem()));
    assert_eq!(again.downloaded, 0);
    server.deliver(&message(100));
    assert_eq!(fetch(&db, &acct, Some(server.ca_pem())).downloaded, 1);
    assert_eq!(stored(&db, &acct).len(), 16);
}

#[test]
fn starttls_delete_mode() {
    let Some((server, sent)) = dovecot(12) else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join(store::DB_FILE);
    let acct = account(&db, server.pop3_port(), Security::StartTls, false, None);
    let summary = fetch(&db, &acct, Some(server.ca_pem()));
    assert_eq!(summary.downloaded, 12);
    assert_eq!(summary.deleted_on_server, 12);
    assert_eq!(stored(&db, &acct), sorted(sent));
    assert_eq!(server.maildir_count(), 0, "deleted on the server");
}

#[test]
fn pinned_certificate_without_a_trusted_ca() {
    let Some((server, sent)) = dovecot(3) else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join(store::DB_FILE);
    let pin = server.cert_fingerprint().to_string();
    let acct = account(&db, server.pop3s_port(), Security::Tls, true, Some(pin));
    assert_eq!(fetch(&db, &acct, None).downloaded, 3);
    assert_eq!(stored(&db, &acct), sorted(sent));
}

#[test]
fn postern_fetch_command_over_tls() {
    let Some((server, sent)) = dovecot(20) else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let ca = dir.path().join("ca.pem");
    std::fs::write(&ca, server.ca_pem()).expect("ca");
    let pw = dir.path().join("pw");
    std::fs::write(&pw, PASSWORD).expect("pw");
    let postern = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_postern"))
            .arg("--data-dir")
            .arg(dir.path())
            .args(args)
            .env("POSTERN_CA_FILE", &ca)
            .output()
            .expect("run")
    };
    let port = server.pop3s_port().to_string();
    let cmd = format!("cat '{}'", pw.display());
    let out = postern(&[
        "account",
        "add",
        "--email",
        "alice@example.com",
        "--name",
        "Alice",
        "--pop-host",
        "127.0.0.1",
        "--pop-port",
        &port,
        "--pop-security",
        "tls",
        "--username",
        "alice",
        "--password-command",
        &cmd,
        "--delete",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = postern(&["fetch", "--json"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(json["totals"]["downloaded"], 20);
    assert_eq!(json["totals"]["deleted_on_server"], 20);
    assert_eq!(server.maildir_count(), 0);
    let out_dir = dir.path().join("export");
    let out = postern(&[
        "export",
        "--account",
        "alice@example.com",
        "--format",
        "maildir",
        "--out",
        out_dir.to_str().expect("utf8"),
    ]);
    assert!(out.status.success());
    let exported: Vec<Vec<u8>> = std::fs::read_dir(out_dir.join("cur"))
        .expect("cur")
        .map(|e| std::fs::read(e.expect("entry").path()).expect("read"))
        .collect();
    assert_eq!(sorted(exported), sorted(sent));
}
