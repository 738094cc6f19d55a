//! Passwords: a small trait over the OS keyring (Secret Service on Linux,
//! Keychain on macOS, Credential Manager on Windows) and an in-memory store
//! for tests. Never a silent plaintext fallback.
//!
//! Order of use: build a [`SecretKey`] from the account settings
//! ([`SecretKey::incoming`], [`SecretKey::outgoing`]), open the platform
//! store with [`KeyringStore::new`] (which reports
//! [`SecretError::Unavailable`] when no keyring is reachable) and call
//! [`SecretStore::get`] / [`SecretStore::set`] / [`SecretStore::delete`].
//! When the keyring is unavailable the UI tells the user and keeps the
//! password in a [`MemoryStore`] for the session only.
//!
//! Every call into the OS keyring blocks (D-Bus round trips, possibly an
//! unlock prompt): async callers run them under
//! `tokio::task::spawn_blocking`, never inside `update`/`view`.

use std::collections::HashMap;
use std::fmt;
use std::sync::Mutex;

use thiserror::Error;

use crate::account::AccountSettings;

/// The keyring "service" under which Postern files its passwords.
pub const SERVICE: &str = "org.postern.Postern";

/// A password. Its `Debug` never shows it, it has no `Display`, and its
/// memory is overwritten when dropped.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: impl Into<String>) -> Self {
        Secret(s.into())
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

impl Drop for Secret {
    fn drop(&mut self) {
        wipe(&mut self.0);
    }
}

/// Overwrites a string's bytes with zeros in place.
fn wipe(text: &mut str) {
    // SAFETY: zero bytes are valid UTF-8.
    unsafe {
        for b in text.as_bytes_mut() {
            std::ptr::write_volatile(b, 0);
        }
    }
}

/// Where a password is filed: keyring service and user attribute. Holds no
/// secret, so its `Debug` is safe to log.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SecretKey {
    /// Always [`SERVICE`] for keys built here.
    pub service: String,
    /// `pop3:<username>@<host>` or `smtp:<username>@<host>`.
    pub user: String,
}

impl SecretKey {
    /// The POP3 password of an account: `pop3:<username>@<host>`.
    pub fn incoming(settings: &AccountSettings) -> SecretKey {
        SecretKey {
            service: SERVICE.to_owned(),
            user: format!(
                "pop3:{}@{}",
                settings.incoming.username, settings.incoming.host
            ),
        }
    }

    /// The SMTP password of an account: `smtp:<username>@<host>`, with the
    /// outgoing user name, or the incoming one when none is set.
    ///
    /// `None` when the account has no outgoing server or the server needs no
    /// authentication. When "use same settings as my incoming server" is on,
    /// the SMTP password *is* the POP3 password: this returns
    /// [`SecretKey::incoming`] so the password is stored once.
    pub fn outgoing(settings: &AccountSettings) -> Option<SecretKey> {
        let out = settings.outgoing.as_ref()?;
        if !out.auth_required {
            return None;
        }
        if out.same_as_incoming {
            return Some(SecretKey::incoming(settings));
        }
        let username = out
            .username
            .as_deref()
            .filter(|u| !u.trim().is_empty())
            .unwrap_or(&settings.incoming.username);
        Some(SecretKey {
            service: SERVICE.to_owned(),
            user: format!("smtp:{}@{}", username, out.host),
        })
    }
}

/// Why a password could not be read, saved or removed. No variant ever
/// carries the password.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SecretError {
    /// No keyring service is reachable (no D-Bus session, no Secret Service
    /// provider, unsupported platform).
    #[error(
        "cannot reach the system keyring ({reason}): start a keyring service such as \
         GNOME Keyring or KWallet and restart Postern; until then the password is kept \
         for this session only"
    )]
    Unavailable { reason: String },
    /// The keyring is there but locked, or the user refused to unlock it.
    #[error("cannot use the system keyring because it is locked: unlock it and try again")]
    Locked,
    /// The keyring answered with an error.
    #[error("cannot use the system keyring: {reason}")]
    Backend { reason: String },
}

/// A place to keep passwords.
///
/// Implementations may block: call them from `spawn_blocking` in async code.
pub trait SecretStore: Send + Sync {
    /// The password filed under `key`, or `None` if there is none.
    fn get(&self, key: &SecretKey) -> Result<Option<Secret>, SecretError>;
    /// Files `secret` under `key`, replacing any previous one.
    fn set(&self, key: &SecretKey, secret: &Secret) -> Result<(), SecretError>;
    /// Removes the password under `key`; removing a missing one is not an error.
    fn delete(&self, key: &SecretKey) -> Result<(), SecretError>;
}

/// Passwords in process memory: for tests, and for the session-only
/// fallback when no keyring is reachable. Nothing is written anywhere.
#[derive(Default)]
pub struct MemoryStore {
    entries: Mutex<HashMap<SecretKey, Secret>>,
}

impl MemoryStore {
    pub fn new() -> Self {
        MemoryStore::default()
    }

    fn lock(&self) -> Result<std::sync::MutexGuard<'_, HashMap<SecretKey, Secret>>, SecretError> {
        self.entries.lock().map_err(|_| SecretError::Backend {
            reason: "the in-memory password store is poisoned by an earlier crash".to_owned(),
        })
    }
}

impl fmt::Debug for MemoryStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let count = self.entries.lock().map(|e| e.len()).unwrap_or(0);
        f.debug_struct("MemoryStore")
            .field("entries", &count)
            .finish()
    }
}

impl SecretStore for MemoryStore {
    fn get(&self, key: &SecretKey) -> Result<Option<Secret>, SecretError> {
        Ok(self.lock()?.get(key).cloned())
    }

    fn set(&self, key: &SecretKey, secret: &Secret) -> Result<(), SecretError> {
        self.lock()?.insert(key.clone(), secret.clone());
        Ok(())
    }

    fn delete(&self, key: &SecretKey) -> Result<(), SecretError> {
        self.lock()?.remove(key);
        Ok(())
    }
}

/// The platform keyring through the `keyring` crate (v1 feature): the
/// Secret Service over D-Bus (zbus) on Linux and the BSDs, Keychain on
/// macOS, Credential Manager on Windows.
///
/// The crate connects to the platform store once per process; if that
/// failed, Postern must be restarted once a keyring is running.
#[derive(Debug)]
pub struct KeyringStore {
    _private: (),
}

impl KeyringStore {
    /// Connects to the platform keyring (blocking). Fails with
    /// [`SecretError::Unavailable`] rather than falling back to anything
    /// that is not the real OS store.
    pub fn new() -> Result<Self, SecretError> {
        match keyring::Entry::store_status() {
            Ok(()) => Ok(KeyringStore { _private: () }),
            Err(e) => Err(SecretError::Unavailable {
                reason: describe_store_failure(e),
            }),
        }
    }

    fn entry(&self, key: &SecretKey) -> Result<keyring::Entry, SecretError> {
        keyring::Entry::new(&key.service, &key.user).map_err(map_error)
    }
}

impl SecretStore for KeyringStore {
    fn get(&self, key: &SecretKey) -> Result<Option<Secret>, SecretError> {
        match self.entry(key)?.get_password() {
            Ok(password) => Ok(Some(Secret::new(password))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(map_error(e)),
        }
    }

    fn set(&self, key: &SecretKey, secret: &Secret) -> Result<(), SecretError> {
        self.entry(key)?
            .set_password(secret.expose())
            .map_err(map_error)
    }

    fn delete(&self, key: &SecretKey) -> Result<(), SecretError> {
        match self.entry(key)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(map_error(e)),
        }
    }
}

fn describe_store_failure(e: &keyring::Error) -> String {
    match e {
        keyring::Error::PlatformFailure(inner) | keyring::Error::NoStorageAccess(inner) => {
            format!("no Secret Service answered: {inner}")
        }
        keyring::Error::Invalid(_, why) => format!("this platform has no supported keyring: {why}"),
        _ => "the keyring could not be opened".to_owned(),
    }
}

// Variants carrying secret bytes (BadEncoding, BadDataFormat) are described
// without them; only platform messages, which hold no secret, are passed on.
fn map_error(e: keyring::Error) -> SecretError {
    match e {
        keyring::Error::NoStorageAccess(_) => SecretError::Locked,
        keyring::Error::NoDefaultStore => SecretError::Unavailable {
            reason: "no keyring service is available".to_owned(),
        },
        keyring::Error::PlatformFailure(inner) => SecretError::Backend {
            reason: inner.to_string(),
        },
        keyring::Error::NoEntry => SecretError::Backend {
            reason: "the password is not in the keyring".to_owned(),
        },
        keyring::Error::BadEncoding(_) | keyring::Error::BadDataFormat(_, _) => {
            SecretError::Backend {
                reason: "the stored password is unreadable: enter it again".to_owned(),
            }
        }
        keyring::Error::Ambiguous(_) => SecretError::Backend {
            reason: "several keyring entries match this account: remove the extra ones".to_owned(),
        },
        keyring::Error::TooLong(name, limit) => SecretError::Backend {
            reason: format!("the {name} is longer than the keyring allows ({limit})"),
        },
        keyring::Error::Invalid(name, why) => SecretError::Backend {
            reason: format!("invalid {name}: {why}"),
        },
        other => SecretError::Backend {
            reason: format!("{other}"),
        },
    }
}

/// Runs a password command (`sh -c`, `cmd /C` on Windows), like mpop's
/// `passwordeval`, and returns the first line it prints. Blocking. The
/// command's output is never put into the error.
pub fn password_from_command(command: &str) -> Result<Secret, SecretError> {
    let output = if cfg!(windows) {
        std::process::Command::new("cmd")
            .args(["/C", command])
            .output()
    } else {
        std::process::Command::new("sh")
            .args(["-c", command])
            .output()
    }
    .map_err(|e| SecretError::Backend {
        reason: format!("cannot run the password command: {e}"),
    })?;
    if !output.status.success() {
        return Err(SecretError::Backend {
            reason: format!("the password command failed ({})", output.status),
        });
    }
    let mut text = String::from_utf8(output.stdout).map_err(|_| SecretError::Backend {
        reason: "the password command printed something that is not UTF-8".to_owned(),
    })?;
    let first = text.lines().next().unwrap_or("").to_owned();
    wipe(&mut text);
    Ok(Secret::new(first))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::{DownloadOptions, Incoming, Outgoing, PopAuth, Security};

    fn settings() -> AccountSettings {
        AccountSettings {
            display_name: "Alice".into(),
            email: "alice@example.com".into(),
            incoming: Incoming {
                host: "pop.example.com".into(),
                port: 995,
                security: Security::Tls,
                username: "alice".into(),
                auth: PopAuth::Auto,
                pin_sha256: None,
            },
            outgoing: Some(Outgoing {
                host: "smtp.example.com".into(),
                port: 587,
                security: Security::StartTls,
                auth_required: true,
                same_as_incoming: false,
                username: Some("alice.smtp".into()),
                pin_sha256: None,
            }),
            options: DownloadOptions::default(),
            allow_plaintext: false,
            password_command: None,
        }
    }

    #[test]
    fn keys() {
        let mut s = settings();
        assert_eq!(SecretKey::incoming(&s).user, "pop3:alice@pop.example.com");
        assert_eq!(SecretKey::incoming(&s).service, SERVICE);
        let out = SecretKey::outgoing(&s).unwrap();
        assert_eq!(out.user, "smtp:alice.smtp@smtp.example.com");
        if let Some(o) = s.outgoing.as_mut() {
            o.username = None;
        }
        assert_eq!(
            SecretKey::outgoing(&s).unwrap().user,
            "smtp:alice@smtp.example.com"
        );
        if let Some(o) = s.outgoing.as_mut() {
            o.same_as_incoming = true;
        }
        assert_eq!(SecretKey::outgoing(&s), Some(SecretKey::incoming(&s)));
        if let Some(o) = s.outgoing.as_mut() {
            o.auth_required = false;
        }
        assert_eq!(SecretKey::outgoing(&s), None);
        s.outgoing = None;
        assert_eq!(SecretKey::outgoing(&s), None);
    }

    #[test]
    fn memory_store_round_trip() {
        let store = MemoryStore::new();
        let key = SecretKey::incoming(&settings());
        assert_eq!(store.get(&key).unwrap(), None);
        store.set(&key, &Secret::new("hunter2")).unwrap();
        assert_eq!(store.get(&key).unwrap().unwrap().expose(), "hunter2");
        store.set(&key, &Secret::new("correct horse")).unwrap();
        assert_eq!(store.get(&key).unwrap().unwrap().expose(), "correct horse");
        store.delete(&key).unwrap();
        assert_eq!(store.get(&key).unwrap(), None);
        store.delete(&key).unwrap();
        let dynamic: &dyn SecretStore = &store;
        assert!(dynamic.get(&key).unwrap().is_none());
    }

    #[test]
    fn debug_never_shows_the_password() {
        let secret = Secret::new("hunter2-very-secret");
        assert!(!format!("{secret:?}").contains("hunter2"));
        let key = SecretKey::incoming(&settings());
        assert!(!format!("{key:?}").contains("hunter2"));
        let store = MemoryStore::new();
        store.set(&key, &secret).unwrap();
        assert!(!format!("{store:?}").contains("hunter2"));
        for e in [
            SecretError::Locked,
            SecretError::Unavailable {
                reason: "no bus".into(),
            },
            map_error(keyring::Error::BadEncoding(b"hunter2-very-secret".to_vec())),
        ] {
            assert!(!format!("{e:?} {e}").contains("hunter2"));
        }
    }

    /// Runs against the real Secret Service (gnome-keyring) only when
    /// `POSTERN_TEST_KEYRING=1`, e.g.
    /// `dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock
    /// --components=secrets; POSTERN_TEST_KEYRING=1 cargo test secrets'`.
    #[test]
    fn real_keyring_round_trip() {
        if std::env::var("POSTERN_TEST_KEYRING").as_deref() != Ok("1") {
            eprintln!(
                "skipping real_keyring_round_trip: set POSTERN_TEST_KEYRING=1 and run under \
                 dbus-run-session with an unlocked gnome-keyring"
            );
            return;
        }
        let store = KeyringStore::new().expect("the Secret Service must be reachable");
        let key = SecretKey {
            service: SERVICE.to_owned(),
            user: format!("pop3:test-{}@keyring.invalid", std::process::id()),
        };
        store.delete(&key).unwrap();
        assert_eq!(store.get(&key).unwrap(), None);
        store.set(&key, &Secret::new("pässwörd 1")).unwrap();
        assert_eq!(store.get(&key).unwrap().unwrap().expose(), "pässwörd 1");
        store.set(&key, &Secret::new("second")).unwrap();
        assert_eq!(store.get(&key).unwrap().unwrap().expose(), "second");
        store.delete(&key).unwrap();
        assert_eq!(store.get(&key).unwrap(), None);
    }

    /// With `POSTERN_TEST_NO_KEYRING=1` and no D-Bus session (e.g.
    /// `env -u DBUS_SESSION_BUS_ADDRESS`), opening the keyring must report
    /// `Unavailable`, never fall back to something else.
    #[test]
    fn missing_keyring_is_reported() {
        if std::env::var("POSTERN_TEST_NO_KEYRING").as_deref() != Ok("1") {
            eprintln!("skipping missing_keyring_is_reported: set POSTERN_TEST_NO_KEYRING=1 without a D-Bus session");
            return;
        }
        match KeyringStore::new() {
            Err(e @ SecretError::Unavailable { .. }) => eprintln!("{e}"),
            other => panic!("expected Unavailable, got {other:?}"),
        }
    }
}
