//! A private Dovecot submission service (Debian `dovecot-submissiond`, 2.3)
//! on loopback: real SMTP software for the doctor's interop tests.
//!
//! Like `dovecot.rs` (same users, same test certificate) but with
//! `protocols = submission`: a plain listener offering STARTTLS and an
//! implicit-TLS one. Dovecot submission needs a relay: it points at a
//! `FakeSmtp` that accepts anything (the doctor never sends mail anyway).
//! `start` returns None when Dovecot or its submission service is missing,
//! unless `POSTERN_REQUIRE_DOVECOT=1`.

use std::fs;
use std::net::TcpListener;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::certs::pki;
use super::fake_smtp::{self, FakeSmtp};

const DOVECOT_BIN: &str = "/usr/sbin/dovecot";
const SUBMISSION_BIN: &str = "/usr/lib/dovecot/submission";
pub const HOST: &str = "127.0.0.1";

pub struct DovecotSubmission {
    child: Child,
    dir: tempfile::TempDir,
    submission_port: u16,
    submissions_port: u16,
    _relay: FakeSmtp,
}

fn unavailable(reason: &str) -> Option<DovecotSubmission> {
    if std::env::var("POSTERN_REQUIRE_DOVECOT").is_ok_and(|v| v == "1") {
        panic!("Dovecot submission is required (POSTERN_REQUIRE_DOVECOT=1) but {reason}");
    }
    eprintln!("skipping Dovecot submission interop: {reason}");
    None
}

fn free_port() -> u16 {
    TcpListener::bind((HOST, 0))
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port")
}

fn uid_of(name: &str) -> Option<(u32, u32)> {
    let cname = std::ffi::CString::new(name).ok()?;
    // SAFETY: getpwnam returns static storage or null; two integers are
    // copied out at once.
    unsafe {
        let pw = libc::getpwnam(cname.as_ptr());
        (!pw.is_null()).then(|| ((*pw).pw_uid, (*pw).pw_gid))
    }
}

fn user_name() -> String {
    // SAFETY: as above.
    unsafe {
        let pw = libc::getpwuid(libc::geteuid());
        if pw.is_null() {
            return "nobody".into();
        }
        std::ffi::CStr::from_ptr((*pw).pw_name)
            .to_string_lossy()
            .into_owned()
    }
}

impl DovecotSubmission {
    pub fn start(user: &str, password: &str) -> Option<DovecotSubmission> {
        if !Path::new(DOVECOT_BIN).exists() || !Path::new(SUBMISSION_BIN).exists() {
            return unavailable("dovecot-submissiond is not installed");
        }
        let mut last = String::new();
        for _ in 0..3 {
            match Self::try_start(user, password) {
                Ok(d) => return Some(d),
                Err(e) => last = e,
            }
        }
        unavailable(&format!("it did not start: {last}"))
    }

    fn try_start(user: &str, password: &str) -> Result<DovecotSubmission, String> {
        let relay = FakeSmtp::start(fake_smtp::Config {
            starttls: false,
            auth: Vec::new(),
            auth_required: false,
            ..fake_smtp::Config::default()
        });
        let dir = tempfile::Builder::new()
            .prefix("postern-submission-")
            .tempdir_in("/tmp")
            .map_err(|e| format!("tempdir: {e}"))?;
        let root = dir.path().to_path_buf();
        fs::set_permissions(&root, fs::Permissions::from_mode(0o755)).map_err(|e| e.to_string())?;
        let is_root = unsafe { libc::geteuid() } == 0;
        let (internal_user, login_user, (mail_uid, mail_gid)) = if is_root {
            let nobody = uid_of("nobody").unwrap_or((65534, 65534));
            ("dovecot".to_string(), "dovenull".to_string(), nobody)
        } else {
            let me = user_name();
            let ids = unsafe { (libc::geteuid(), libc::getegid()) };
            (me.clone(), me, ids)
        };
        for sub in ["run", "state", "home"] {
            fs::create_dir_all(root.join(sub)).map_err(|e| e.to_string())?;
        }
        if is_root {
            std::os::unix::fs::chown(root.join("home"), Some(mail_uid), Some(mail_gid))
                .map_err(|e| e.to_string())?;
        }
        let cert = &pki().valid;
        fs::write(root.join("cert.pem"), cert.full_chain_pem()).map_err(|e| e.to_string())?;
        fs::write(root.join("key.pem"), &cert.key_pem).map_err(|e| e.to_string())?;
        fs::set_permissions(root.join("key.pem"), fs::Permissions::from_mode(0o600))
            .map_err(|e| e.to_string())?;
        fs::write(
            root.join("passwd"),
            format!("{user}:{{PLAIN}}{password}::::::\n"),
        )
        .map_err(|e| e.to_string())?;
        let submission_port = free_port();
        let mut submissions_port = free_port();
        while submissions_port == submission_port {
            submissions_port = free_port();
        }
        let first_valid_uid = if is_root { 500.min(mail_uid) } else { mail_uid };
        let r = root.display();
        let instance = root
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let relay_port = relay.port();
        let conf = format!(
            r#"# Generated by tests/support/dovecot_submission.rs
instance_name = {instance}
base_dir = {r}/run
state_dir = {r}/state
listen = {HOST}
protocols = submission
hostname = localhost
log_path = {r}/dovecot.log
info_log_path = {r}/dovecot.log
default_internal_user = {internal_user}
default_login_user = {login_user}
first_valid_uid = {first_valid_uid}
ssl = yes
ssl_cert = <{r}/cert.pem
ssl_key = <{r}/key.pem
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = yes
auth_mechanisms = plain login
auth_failure_delay = 0
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {r}/passwd
}}
userdb {{
  driver = static
  args = uid={mail_uid} gid={mail_gid} home={r}/home
}}
mail_location = maildir:{r}/home/Maildir
submission_relay_host = {HOST}
submission_relay_port = {relay_port}
submission_relay_ssl = no
service submission-login {{
  inet_listener submission {{
    address = {HOST}
    port = {submission_port}
  }}
  inet_listener submissions {{
    address = {HOST}
    port = {submissions_port}
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
        let mut server = DovecotSubmission {
            child,
            dir,
            submission_port,
            submissions_port,
            _relay: relay,
        };
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            if let Ok(Some(status)) = server.child.try_wait() {
                return Err(format!("dovecot exited: {status}\n{}", server.log()));
            }
            if greets(submission_port) {
                return Ok(server);
            }
            if Instant::now() > deadline {
                return Err(format!("no greeting\n{}", server.log()));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Plain submission port (STARTTLS offered).
    pub fn submission_port(&self) -> u16 {
        self.submission_port
    }

    /// Implicit-TLS submissions port.
    pub fn submissions_port(&self) -> u16 {
        self.submissions_port
    }

    pub fn log(&self) -> String {
        let read = |name: &str| fs::read_to_string(self.dir.path().join(name)).unwrap_or_default();
        format!("{}{}", read("dovecot.log"), read("stderr.log"))
    }
}

fn greets(port: u16) -> bool {
    use std::io::Read;
    let addr = std::net::SocketAddr::from(([127, 0, 0, 1], port));
    let Ok(mut s) = std::net::TcpStream::connect_timeout(&addr, Duration::from_secs(1)) else {
        return false;
    };
    let _ = s.set_read_timeout(Some(Duration::from_secs(2)));
    let mut buf = [0u8; 4];
    s.read_exact(&mut buf).is_ok() && &buf == b"220 "
}

impl Drop for DovecotSubmission {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
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
