//! A private Dovecot (Debian `dovecot-pop3d`, 2.3) on loopback, for interop tests.
//!
//! `Dovecot::start(user, password)` writes a complete configuration into a
//! fresh directory under /tmp, picks two free ports (POP3 with STLS, POP3S),
//! runs `dovecot -F -c <conf>` as a child and waits until both ports greet.
//! Dropping the handle stops Dovecot (SIGTERM, then SIGKILL) and removes the
//! directory.
//!
//! Running as root (tests and CI do): Dovecot's own processes run as the
//! Debian package users `dovecot` (internal) and `dovenull` (login), and the
//! mail user is `nobody` (Dovecot refuses UID 0 for mail access). The mail
//! directories are chowned to it. As a non-root user everything runs as that
//! user.
//!
//! Without /usr/sbin/dovecot, `start` returns None after an eprintln, unless
//! `POSTERN_REQUIRE_DOVECOT=1` (CI), then it panics.

use std::fs;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use super::certs::{pki, TestCert};

pub const DOVECOT_BIN: &str = "/usr/sbin/dovecot";

/// Loopback address Dovecot listens on.
pub const HOST: &str = "127.0.0.1";

pub struct Dovecot {
    child: Child,
    dir: tempfile::TempDir,
    pop3_port: u16,
    pop3s_port: u16,
    user: String,
    password: String,
    mail_owner: Option<(u32, u32)>,
    counter: AtomicU64,
}

fn required() -> bool {
    std::env::var("POSTERN_REQUIRE_DOVECOT").is_ok_and(|v| v == "1")
}

fn unavailable(reason: &str) -> Option<Dovecot> {
    if required() {
        panic!("Dovecot is required (POSTERN_REQUIRE_DOVECOT=1) but {reason}");
    }
    eprintln!("skipping Dovecot interop: {reason}");
    None
}

fn free_port() -> u16 {
    TcpListener::bind((HOST, 0))
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port")
}

/// `(uid, gid)` of a user from the passwd database.
fn lookup_user(name: &str) -> Option<(u32, u32)> {
    let cname = std::ffi::CString::new(name).ok()?;
    // SAFETY: getpwnam returns a pointer to static storage or null; we copy
    // the two integers out immediately (tests do not call it concurrently
    // in a way that matters for these plain fields).
    unsafe {
        let pw = libc::getpwnam(cname.as_ptr());
        if pw.is_null() {
            None
        } else {
            Some(((*pw).pw_uid, (*pw).pw_gid))
        }
    }
}

fn current_user_name() -> String {
    // SAFETY: as above.
    unsafe {
        let pw = libc::getpwuid(libc::geteuid());
        if pw.is_null() {
            return std::env::var("USER").unwrap_or_else(|_| "nobody".into());
        }
        std::ffi::CStr::from_ptr((*pw).pw_name)
            .to_string_lossy()
            .into_owned()
    }
}

fn chown(path: &Path, owner: Option<(u32, u32)>) {
    if let Some((uid, gid)) = owner {
        std::os::unix::fs::chown(path, Some(uid), Some(gid)).expect("chown for Dovecot");
    }
}

fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).expect("chmod for Dovecot");
}

impl Dovecot {
    /// Is the Dovecot binary installed?
    pub fn available() -> bool {
        Path::new(DOVECOT_BIN).exists()
    }

    /// Start a private Dovecot with one user. None (with a reason on stderr)
    /// when Dovecot is not installed or fails to start, unless
    /// `POSTERN_REQUIRE_DOVECOT=1`, then it panics.
    pub fn start(user: &str, password: &str) -> Option<Dovecot> {
        if !Self::available() {
            return unavailable(&format!(
                "{DOVECOT_BIN} is not installed (apt install dovecot-pop3d)"
            ));
        }
        let mut last_error = String::new();
        // Ports are picked free, then bound by Dovecot: retry on a lost race.
        for _ in 0..3 {
            match Self::try_start(user, password) {
                Ok(d) => return Some(d),
                Err(e) => last_error = e,
            }
        }
        unavailable(&format!("it did not start: {last_error}"))
    }

    fn try_start(user: &str, password: &str) -> Result<Dovecot, String> {
        // Under /tmp, not $TMPDIR: unix socket paths must stay short and the
        // login user must be able to traverse the path.
        let base = if Path::new("/tmp").is_dir() {
            PathBuf::from("/tmp")
        } else {
            std::env::temp_dir()
        };
        let dir = tempfile::Builder::new()
            .prefix("postern-dovecot-")
            .tempdir_in(base)
            .map_err(|e| format!("tempdir: {e}"))?;
        let root = dir.path().to_path_buf();
        set_mode(&root, 0o755);

        let is_root = unsafe { libc::geteuid() } == 0;
        let (mail_owner, internal_user, login_user, mail_uid, mail_gid) = if is_root {
            let (uid, gid) = lookup_user("nobody").unwrap_or((65534, 65534));
            (
                Some((uid, gid)),
                "dovecot".to_string(),
                "dovenull".to_string(),
                uid,
                gid,
            )
        } else {
            let name = current_user_name();
            let (uid, gid) = unsafe { (libc::geteuid(), libc::getegid()) };
            (None, name.clone(), name, uid, gid)
        };
        if is_root {
            for u in ["dovecot", "dovenull"] {
                if lookup_user(u).is_none() {
                    return Err(format!(
                        "system user {u} is missing (installed by dovecot-core)"
                    ));
                }
            }
        }

        for sub in [
            "run",
            "state",
            "home",
            "Maildir",
            "Maildir/new",
            "Maildir/cur",
            "Maildir/tmp",
        ] {
            let p = root.join(sub);
            fs::create_dir_all(&p).map_err(|e| format!("mkdir {sub}: {e}"))?;
        }
        for sub in [
            "home",
            "Maildir",
            "Maildir/new",
            "Maildir/cur",
            "Maildir/tmp",
        ] {
            chown(&root.join(sub), mail_owner);
        }

        let cert = &pki().valid;
        fs::write(root.join("cert.pem"), cert.full_chain_pem()).map_err(|e| e.to_string())?;
        fs::write(root.join("key.pem"), &cert.key_pem).map_err(|e| e.to_string())?;
        set_mode(&root.join("key.pem"), 0o600);
        fs::write(
            root.join("passwd"),
            format!("{user}:{{PLAIN}}{password}::::::\n"),
        )
        .map_err(|e| e.to_string())?;

        let pop3_port = free_port();
        let mut pop3s_port = free_port();
        while pop3s_port == pop3_port {
            pop3s_port = free_port();
        }
        let first_valid_uid = if is_root { 500.min(mail_uid) } else { mail_uid };
        let r = root.display();
        let instance = root
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let conf = format!(
            r#"# Generated by tests/support/dovecot.rs
instance_name = {instance}
base_dir = {r}/run
state_dir = {r}/state
listen = {HOST}
protocols = pop3
log_path = {r}/dovecot.log
info_log_path = {r}/dovecot.log
debug_log_path = {r}/dovecot.log
default_internal_user = {internal_user}
default_login_user = {login_user}
first_valid_uid = {first_valid_uid}
ssl = yes
ssl_cert = <{r}/cert.pem
ssl_key = <{r}/key.pem
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = no
auth_mechanisms = plain
auth_failure_delay = 0
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {r}/passwd
}}
userdb {{
  driver = static
  args = uid={mail_uid} gid={mail_gid} home={r}/home
}}
mail_location = maildir:{r}/Maildir
pop3_uidl_format = %08Xu%08Xv
service pop3-login {{
  inet_listener pop3 {{
    address = {HOST}
    port = {pop3_port}
  }}
  inet_listener pop3s {{
    address = {HOST}
    port = {pop3s_port}
    ssl = yes
  }}
}}
"#
        );
        let conf_path = root.join("dovecot.conf");
        fs::write(&conf_path, conf).map_err(|e| e.to_string())?;

        let stderr = fs::File::create(root.join("stderr.log")).map_err(|e| e.to_string())?;
        let child = Command::new(DOVECOT_BIN)
            .arg("-F")
            .arg("-c")
            .arg(&conf_path)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(stderr)
            .spawn()
            .map_err(|e| format!("spawn {DOVECOT_BIN}: {e}"))?;

        let mut dovecot = Dovecot {
            child,
            dir,
            pop3_port,
            pop3s_port,
            user: user.into(),
            password: password.into(),
            mail_owner,
            counter: AtomicU64::new(0),
        };
        match dovecot.wait_ready(Duration::from_secs(15)) {
            Ok(()) => Ok(dovecot),
            Err(e) => Err(format!("{e}\n--- dovecot output ---\n{}", dovecot.log())),
        }
    }

    fn wait_ready(&mut self, timeout: Duration) -> Result<(), String> {
        let deadline = Instant::now() + timeout;
        let mut plain_ok = false;
        let mut tls_ok = false;
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Err(format!("dovecot exited: {status}"));
            }
            if !plain_ok {
                plain_ok = greeting_plain(self.pop3_port).is_ok();
            }
            if !tls_ok {
                tls_ok = greeting_tls(self.pop3s_port).is_ok();
            }
            if plain_ok && tls_ok {
                return Ok(());
            }
            if Instant::now() >= deadline {
                return Err(format!(
                    "no greeting within {timeout:?} (pop3 ok: {plain_ok}, pop3s ok: {tls_ok})"
                ));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn host(&self) -> &'static str {
        HOST
    }

    /// Plain POP3 port (STLS offered).
    pub fn pop3_port(&self) -> u16 {
        self.pop3_port
    }

    /// Implicit-TLS POP3S port.
    pub fn pop3s_port(&self) -> u16 {
        self.pop3s_port
    }

    pub fn user(&self) -> &str {
        &self.user
    }

    pub fn password(&self) -> &str {
        &self.password
    }

    /// The server certificate (signed by the test CA, for localhost/127.0.0.1).
    pub fn cert(&self) -> &'static TestCert {
        &pki().valid
    }

    /// PEM of the test CA that signed the server certificate.
    pub fn ca_pem(&self) -> &'static str {
        &pki().ca.cert_pem
    }

    /// SHA-256 (lower-case hex) of the server certificate's DER.
    pub fn cert_fingerprint(&self) -> &'static str {
        &pki().valid.fingerprint
    }

    /// The working directory (config, logs, Maildir).
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    pub fn maildir(&self) -> PathBuf {
        self.dir.path().join("Maildir")
    }

    /// Dovecot's log file plus its stderr.
    pub fn log(&self) -> String {
        let read = |name: &str| fs::read_to_string(self.dir.path().join(name)).unwrap_or_default();
        format!("{}{}", read("dovecot.log"), read("stderr.log"))
    }

    /// Deliver a message into Maildir/new atomically (tmp + rename).
    /// Returns the path in new/.
    pub fn deliver(&self, message: &[u8]) -> PathBuf {
        let n = self.counter.fetch_add(1, Ordering::SeqCst);
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default();
        let name = format!(
            "{}.M{}P{}Q{}.postern-test",
            now.as_secs(),
            now.subsec_micros(),
            std::process::id(),
            n
        );
        let maildir = self.maildir();
        let tmp = maildir.join("tmp").join(&name);
        let new = maildir.join("new").join(&name);
        {
            let mut f = fs::File::create(&tmp).expect("create Maildir/tmp file");
            f.write_all(message).expect("write message");
            f.sync_all().expect("sync message");
        }
        chown(&tmp, self.mail_owner);
        fs::rename(&tmp, &new).expect("rename into Maildir/new");
        new
    }

    /// Messages still on the server (files in cur/ and new/).
    pub fn maildir_count(&self) -> usize {
        ["cur", "new"]
            .iter()
            .map(|sub| {
                fs::read_dir(self.maildir().join(sub))
                    .map(|rd| {
                        rd.filter_map(Result::ok)
                            .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
                            .count()
                    })
                    .unwrap_or(0)
            })
            .sum()
    }

    fn stop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            // SIGTERM lets the master stop its login and mail processes.
            unsafe {
                libc::kill(self.child.id() as libc::pid_t, libc::SIGTERM);
            }
            let deadline = Instant::now() + Duration::from_secs(5);
            while Instant::now() < deadline {
                if let Ok(Some(_)) = self.child.try_wait() {
                    return;
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

impl Drop for Dovecot {
    fn drop(&mut self) {
        self.stop();
    }
}

fn read_greeting(stream: &mut impl Read) -> std::io::Result<String> {
    let mut buf = Vec::new();
    let mut byte = [0u8; 1];
    while !buf.ends_with(b"\r\n") && buf.len() < 512 {
        if stream.read(&mut byte)? == 0 {
            break;
        }
        buf.push(byte[0]);
    }
    let line = String::from_utf8_lossy(&buf).into_owned();
    if line.starts_with("+OK") {
        Ok(line)
    } else {
        Err(std::io::Error::other(format!("bad greeting {line:?}")))
    }
}

fn connect(port: u16) -> std::io::Result<TcpStream> {
    let addr = std::net::SocketAddr::from(([127, 0, 0, 1], port));
    let s = TcpStream::connect_timeout(&addr, Duration::from_secs(2))?;
    s.set_read_timeout(Some(Duration::from_secs(3)))?;
    s.set_write_timeout(Some(Duration::from_secs(3)))?;
    Ok(s)
}

fn greeting_plain(port: u16) -> std::io::Result<String> {
    read_greeting(&mut connect(port)?)
}

fn greeting_tls(port: u16) -> std::io::Result<String> {
    let connector = pki().client_connector();
    let mut tls = connector
        .connect("localhost", connect(port)?)
        .map_err(|e| std::io::Error::other(e.to_string()))?;
    read_greeting(&mut tls)
}
