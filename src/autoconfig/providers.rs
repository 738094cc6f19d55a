//! The bundled provider database (`assets/providers.json`), embedded at
//! compile time and parsed once. Facts come from the providers' public
//! documentation and Thunderbird's ISPDB; only providers that offer POP3
//! are in [`providers`]; well-known ones without POP3 are listed apart so
//! discovery can say so instead of probing in vain.

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::account::Security;

const PROVIDERS_JSON: &str = include_str!("../../assets/providers.json");

/// Something the user must know or do before the settings work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProviderNote {
    /// POP access is off until switched on in the web settings.
    EnablePop,
    /// Mail programs need an app password, not the account password.
    AppPassword,
    /// Mail programs need a separate e-mail password set in the web settings.
    MailPassword,
    /// The provider wants OAuth sign-in; a password may be refused.
    OauthRequired,
    /// The provider offers no POP3 at all.
    NoPop3,
    /// Only through the provider's bridge program, which speaks IMAP only.
    BridgeImapOnly,
}

impl ProviderNote {
    /// The note in the user's language.
    pub fn text(self) -> String {
        match self {
            ProviderNote::EnablePop => crate::fl!("discover-note-enable-pop"),
            ProviderNote::AppPassword => crate::fl!("discover-note-app-password"),
            ProviderNote::MailPassword => crate::fl!("discover-note-mail-password"),
            ProviderNote::OauthRequired => crate::fl!("discover-note-oauth-required"),
            ProviderNote::NoPop3 => crate::fl!("discover-note-no-pop3"),
            ProviderNote::BridgeImapOnly => crate::fl!("discover-note-bridge-imap-only"),
        }
    }
}

/// What goes in the user name field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum UsernameTemplate {
    /// The whole address.
    #[serde(rename = "%EMAILADDRESS%")]
    EmailAddress,
    /// The part before the `@`.
    #[serde(rename = "%EMAILLOCALPART%")]
    EmailLocalPart,
}

impl UsernameTemplate {
    /// The user name for `email`.
    pub fn fill(self, email: &str) -> String {
        match self {
            UsernameTemplate::EmailAddress => email.to_string(),
            UsernameTemplate::EmailLocalPart => email
                .rsplit_once('@')
                .map(|(local, _)| local)
                .unwrap_or(email)
                .to_string(),
        }
    }
}

/// One server of a provider.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServerEntry {
    pub host: String,
    pub port: u16,
    pub security: Security,
    pub username: UsernameTemplate,
}

/// A provider with POP3.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provider {
    pub id: String,
    /// Display name ("Gmail").
    pub name: String,
    /// Lower-case mail domains.
    pub domains: Vec<String>,
    /// The POP3 server.
    pub incoming: ServerEntry,
    /// The SMTP server.
    pub outgoing: ServerEntry,
    #[serde(default)]
    pub notes: Vec<ProviderNote>,
}

/// A well-known provider that offers no POP3.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProviderWithoutPop3 {
    pub id: String,
    pub name: String,
    pub domains: Vec<String>,
    #[serde(default)]
    pub notes: Vec<ProviderNote>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Database {
    providers: Vec<Provider>,
    #[serde(default)]
    without_pop3: Vec<ProviderWithoutPop3>,
}

static DATABASE: LazyLock<Database> =
    LazyLock::new(|| match serde_json::from_str(PROVIDERS_JSON) {
        Ok(db) => db,
        Err(e) => {
            // A test parses the file, so this only happens to a broken build.
            tracing::error!("cannot parse the provider database: {e}");
            Database::default()
        }
    });

/// Every provider with POP3, in file order.
pub fn providers() -> &'static [Provider] {
    &DATABASE.providers
}

/// Known providers that offer no POP3.
pub fn providers_without_pop3() -> &'static [ProviderWithoutPop3] {
    &DATABASE.without_pop3
}

fn normalize(domain: &str) -> String {
    domain.trim().trim_end_matches('.').to_ascii_lowercase()
}

/// The provider serving `domain` (case-insensitive, trailing dot ignored).
pub fn lookup_provider(domain: &str) -> Option<&'static Provider> {
    let domain = normalize(domain);
    providers().iter().find(|p| p.domains.contains(&domain))
}

/// The known provider without POP3 serving `domain`, if any.
pub fn lookup_provider_without_pop3(domain: &str) -> Option<&'static ProviderWithoutPop3> {
    let domain = normalize(domain);
    providers_without_pop3()
        .iter()
        .find(|p| p.domains.contains(&domain))
}

/// Checks the database; every problem found, as text (empty when sound).
pub fn check_database() -> Vec<String> {
    let db: Database = match serde_json::from_str(PROVIDERS_JSON) {
        Ok(db) => db,
        Err(e) => return vec![format!("cannot parse providers.json: {e}")],
    };
    let mut problems = Vec::new();
    let mut seen_domains = std::collections::HashSet::new();
    let mut seen_ids = std::collections::HashSet::new();
    let mut check_domains = |id: &str, domains: &[String], problems: &mut Vec<String>| {
        if domains.is_empty() {
            problems.push(format!("{id}: no domains"));
        }
        for d in domains {
            let valid = !d.is_empty()
                && *d == d.to_ascii_lowercase()
                && d.contains('.')
                && !d.starts_with('.')
                && !d.ends_with('.')
                && d.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
            if !valid {
                problems.push(format!("{id}: bad domain {d:?}"));
            }
            if !seen_domains.insert(d.clone()) {
                problems.push(format!("{id}: domain {d} listed twice"));
            }
        }
    };
    for p in &db.providers {
        if !seen_ids.insert(p.id.clone()) {
            problems.push(format!("{}: id listed twice", p.id));
        }
        if p.name.trim().is_empty() {
            problems.push(format!("{}: no name", p.id));
        }
        check_domains(&p.id, &p.domains, &mut problems);
        for (what, s, ports) in [
            ("incoming", &p.incoming, &[995u16, 110][..]),
            ("outgoing", &p.outgoing, &[465u16, 587, 25][..]),
        ] {
            let host_ok = !s.host.is_empty()
                && s.host == s.host.to_ascii_lowercase()
                && s.host.contains('.')
                && s.host
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
            if !host_ok {
                problems.push(format!(
                    "{}: {what} host {:?} is not a host name",
                    p.id, s.host
                ));
            }
            if !ports.contains(&s.port) {
                problems.push(format!("{}: {what} port {} is unusual", p.id, s.port));
            }
            let expected = match (what, s.security) {
                ("incoming", sec) => sec.default_pop_port(),
                (_, sec) => sec.default_smtp_port(),
            };
            if s.port != expected {
                problems.push(format!(
                    "{}: {what} port {} does not match security {}",
                    p.id, s.port, s.security
                ));
            }
        }
        if p.notes.contains(&ProviderNote::NoPop3) {
            problems.push(format!("{}: has POP3 but is noted as without", p.id));
        }
    }
    for p in &db.without_pop3 {
        if !seen_ids.insert(p.id.clone()) {
            problems.push(format!("{}: id listed twice", p.id));
        }
        check_domains(&p.id, &p.domains, &mut problems);
        if !p.notes.contains(&ProviderNote::NoPop3) {
            problems.push(format!("{}: listed without POP3 but not noted so", p.id));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn database_is_well_formed() {
        let problems = check_database();
        assert!(problems.is_empty(), "{problems:#?}");
        assert!(providers().len() >= 30, "{} providers", providers().len());
    }

    #[test]
    fn lookups() {
        let gmail = lookup_provider("GMail.com.");
        assert_eq!(gmail.map(|p| p.id.as_str()), Some("gmail"));
        assert_eq!(
            lookup_provider("googlemail.com").map(|p| p.incoming.host.as_str()),
            Some("pop.gmail.com")
        );
        assert_eq!(
            lookup_provider("hotmail.com").map(|p| p.incoming.host.as_str()),
            Some("outlook.office365.com")
        );
        assert!(lookup_provider("example.test").is_none());
        assert_eq!(
            lookup_provider_without_pop3("icloud.com").map(|p| p.id.as_str()),
            Some("icloud")
        );
        assert!(lookup_provider("icloud.com").is_none());
    }

    #[test]
    fn username_templates() {
        assert_eq!(
            UsernameTemplate::EmailAddress.fill("a.b@web.de"),
            "a.b@web.de"
        );
        assert_eq!(UsernameTemplate::EmailLocalPart.fill("a.b@web.de"), "a.b");
    }

    #[test]
    fn notes_have_text() {
        for note in [
            ProviderNote::EnablePop,
            ProviderNote::AppPassword,
            ProviderNote::MailPassword,
            ProviderNote::OauthRequired,
            ProviderNote::NoPop3,
            ProviderNote::BridgeImapOnly,
        ] {
            assert!(!note.text().is_empty());
        }
    }
}
