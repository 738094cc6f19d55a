//! Account settings: everything the add-account wizard asks for, as plain
//! data. Stored by `store`, used by `sync` and (later) the doctor and the UI.
//! The password is never part of an account: it lives in `secrets`.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Database id of an account.
pub type AccountId = i64;

/// How a connection is secured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Security {
    /// Implicit TLS from the first byte (POP3 995, SMTP 465).
    Tls,
    /// Plain connection upgraded with STLS/STARTTLS (POP3 110, SMTP 587).
    StartTls,
    /// No encryption at all; needs the user's explicit consent.
    None,
}

impl Security {
    pub fn as_str(self) -> &'static str {
        match self {
            Security::Tls => "tls",
            Security::StartTls => "starttls",
            Security::None => "none",
        }
    }

    /// The usual POP3 port for this security.
    pub fn default_pop_port(self) -> u16 {
        match self {
            Security::Tls => 995,
            _ => 110,
        }
    }

    /// The usual SMTP submission port for this security.
    pub fn default_smtp_port(self) -> u16 {
        match self {
            Security::Tls => 465,
            Security::StartTls => 587,
            Security::None => 25,
        }
    }
}

impl fmt::Display for Security {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Security {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "tls" | "ssl" | "ssl/tls" => Ok(Security::Tls),
            "starttls" | "stls" => Ok(Security::StartTls),
            "none" | "plain" => Ok(Security::None),
            other => Err(format!(
                "unknown security {other:?}: use tls, starttls or none"
            )),
        }
    }
}

/// How Postern logs in to the POP3 server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum PopAuth {
    /// AUTH PLAIN when advertised by SASL, else USER/PASS.
    #[default]
    Auto,
    /// USER/PASS.
    User,
    /// AUTH PLAIN (RFC 5034).
    Plain,
    /// APOP (needs a timestamp in the greeting).
    Apop,
}

impl PopAuth {
    pub fn as_str(self) -> &'static str {
        match self {
            PopAuth::Auto => "auto",
            PopAuth::User => "user",
            PopAuth::Plain => "plain",
            PopAuth::Apop => "apop",
        }
    }
}

impl FromStr for PopAuth {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "auto" => Ok(PopAuth::Auto),
            "user" | "userpass" => Ok(PopAuth::User),
            "plain" => Ok(PopAuth::Plain),
            "apop" => Ok(PopAuth::Apop),
            other => Err(format!(
                "unknown authentication {other:?}: use auto, user, plain or apop"
            )),
        }
    }
}

/// What to do with a message larger than the size limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum OversizePolicy {
    /// Leave it on the server, untouched, and say so.
    #[default]
    Skip,
    /// Download only its headers (TOP n 0); the full message stays on the server.
    Headers,
}

impl OversizePolicy {
    pub fn as_str(self) -> &'static str {
        match self {
            OversizePolicy::Skip => "skip",
            OversizePolicy::Headers => "headers",
        }
    }
}

impl FromStr for OversizePolicy {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "skip" => Ok(OversizePolicy::Skip),
            "headers" => Ok(OversizePolicy::Headers),
            other => Err(format!("unknown policy {other:?}: use skip or headers")),
        }
    }
}

/// The incoming (POP3) server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Incoming {
    pub host: String,
    pub port: u16,
    pub security: Security,
    pub username: String,
    pub auth: PopAuth,
    /// SHA-256 fingerprint (lower-case hex, no colons) of a certificate the
    /// user chose to trust for this server although it failed verification.
    pub pin_sha256: Option<String>,
}

/// The outgoing (SMTP) server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outgoing {
    pub host: String,
    pub port: u16,
    pub security: Security,
    /// "My outgoing server (SMTP) requires authentication".
    pub auth_required: bool,
    /// "Use same settings as my incoming server".
    pub same_as_incoming: bool,
    /// Own user name when not the same as incoming.
    pub username: Option<String>,
    pub pin_sha256: Option<String>,
}

/// Download policy of one account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DownloadOptions {
    /// Leave messages on the server (default on).
    pub leave_on_server: bool,
    /// With `leave_on_server`: delete from the server this many days after
    /// Postern first stored the message.
    pub delete_after_days: Option<u32>,
    /// With `leave_on_server`: delete from the server when the message is
    /// deleted locally (Trash emptied).
    pub delete_when_deleted_locally: bool,
    /// Messages larger than this many bytes follow `oversize`.
    pub size_limit: Option<u64>,
    pub oversize: OversizePolicy,
    pub check_at_startup: bool,
    /// Check for new mail every N minutes; `None` is never.
    pub check_every_minutes: Option<u32>,
}

impl Default for DownloadOptions {
    fn default() -> Self {
        DownloadOptions {
            leave_on_server: true,
            delete_after_days: None,
            delete_when_deleted_locally: false,
            size_limit: None,
            oversize: OversizePolicy::Skip,
            check_at_startup: true,
            check_every_minutes: Some(10),
        }
    }
}

/// An account as the wizard fills it in (no id yet).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountSettings {
    pub display_name: String,
    pub email: String,
    pub incoming: Incoming,
    pub outgoing: Option<Outgoing>,
    pub options: DownloadOptions,
    /// The user accepted the warning that the password travels unencrypted.
    pub allow_plaintext: bool,
    /// A command whose standard output is the password (like mpop's
    /// `passwordeval`), used when no keyring is reachable.
    pub password_command: Option<String>,
}

/// A stored account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    pub id: AccountId,
    #[serde(flatten)]
    pub settings: AccountSettings,
}

impl AccountSettings {
    /// The first problem that makes these settings unusable, if any.
    pub fn validate(&self) -> Result<(), String> {
        if !is_plausible_address(&self.email) {
            return Err(format!("{:?} is not an email address", self.email));
        }
        if self.incoming.host.trim().is_empty() {
            return Err("the incoming server name is empty".into());
        }
        if self.incoming.port == 0 {
            return Err("the incoming port must be between 1 and 65535".into());
        }
        if self.incoming.username.trim().is_empty() {
            return Err("the user name is empty".into());
        }
        if self.incoming.security == Security::None && !self.allow_plaintext {
            return Err(
                "without encryption the password travels in plain text: allow it explicitly".into(),
            );
        }
        if let Some(pin) = &self.incoming.pin_sha256 {
            normalize_fingerprint(pin)?;
        }
        if let Some(out) = &self.outgoing {
            if out.host.trim().is_empty() {
                return Err("the outgoing server name is empty".into());
            }
            if out.port == 0 {
                return Err("the outgoing port must be between 1 and 65535".into());
            }
            if out.security == Security::None && out.auth_required && !self.allow_plaintext {
                return Err(
                    "without encryption the password travels in plain text: allow it explicitly"
                        .into(),
                );
            }
        }
        Ok(())
    }
}

/// A cheap well-formedness check: one `@`, a non-empty local part, a domain
/// with a dot or `localhost`, no spaces or control characters.
pub fn is_plausible_address(address: &str) -> bool {
    let Some((local, domain)) = address.rsplit_once('@') else {
        return false;
    };
    let clean = |s: &str| !s.is_empty() && !s.chars().any(|c| c.is_whitespace() || c.is_control());
    clean(local)
        && clean(domain)
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !local.contains('@')
        && (domain.contains('.') || domain.eq_ignore_ascii_case("localhost"))
}

/// Accepts `AB:CD:...` or `abcd...` (64 hex digits) and returns lower-case
/// hex without separators.
pub fn normalize_fingerprint(text: &str) -> Result<String, String> {
    let hex: String = text
        .chars()
        .filter(|c| !matches!(c, ':' | ' '))
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if hex.len() == 64 && hex.chars().all(|c| c.is_ascii_hexdigit()) {
        Ok(hex)
    } else {
        Err("a SHA-256 fingerprint has 64 hexadecimal digits".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses() {
        for good in ["a@b.c", "first.last@example.com", "x@localhost"] {
            assert!(is_plausible_address(good), "{good}");
        }
        for bad in ["", "a", "@b.c", "a@", "a b@c.d", "a@b", "a@.b.c", "a@b.c."] {
            assert!(!is_plausible_address(bad), "{bad}");
        }
    }

    #[test]
    fn security_parses_and_ports() {
        assert_eq!("TLS".parse::<Security>().unwrap(), Security::Tls);
        assert_eq!("starttls".parse::<Security>().unwrap(), Security::StartTls);
        assert!("tlsv9".parse::<Security>().is_err());
        assert_eq!(Security::Tls.default_pop_port(), 995);
        assert_eq!(Security::StartTls.default_pop_port(), 110);
        assert_eq!(Security::Tls.default_smtp_port(), 465);
        assert_eq!(Security::StartTls.default_smtp_port(), 587);
    }

    #[test]
    fn fingerprints() {
        let colons = "AB:".repeat(31) + "AB";
        assert_eq!(normalize_fingerprint(&colons).unwrap(), "ab".repeat(32));
        assert!(normalize_fingerprint("abcd").is_err());
    }

    #[test]
    fn plaintext_needs_consent() {
        let mut s = AccountSettings {
            display_name: "A".into(),
            email: "a@example.com".into(),
            incoming: Incoming {
                host: "pop.example.com".into(),
                port: 110,
                security: Security::None,
                username: "a".into(),
                auth: PopAuth::Auto,
                pin_sha256: None,
            },
            outgoing: None,
            options: DownloadOptions::default(),
            allow_plaintext: false,
            password_command: None,
        };
        assert!(s.validate().is_err());
        s.allow_plaintext = true;
        assert!(s.validate().is_ok());
    }
}
