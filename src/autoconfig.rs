//! Account discovery, in this order: the bundled provider database
//! (`assets/providers.json`), then guessing host names (`pop.<d>`,
//! `pop3.<d>`, `mail.<d>`, `<d>`; `smtp.<d>`, `mail.<d>`, `<d>`) and probing
//! ports and security in parallel with short timeouts, encrypted first
//! (995 SSL/TLS, 110 STARTTLS, 110 plain; 465 SSL/TLS, 587 STARTTLS, 25).
//! The result says where it came from.
//!
//! CONTRACT STUB: types and signatures are what the GUI and CLI use; bodies
//! are being written.

use serde::Serialize;
use std::time::Duration;

use crate::account::Security;
use crate::net::Resolver;

/// Where a suggestion came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Origin {
    /// Found in the bundled provider list.
    ProviderDatabase { provider: String },
    /// Found by probing this host.
    Probed { host: String },
    /// Nothing found: the user types the settings.
    NotFound,
}

/// A server setting discovery proposes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ServerSuggestion {
    pub host: String,
    pub port: u16,
    pub security: Security,
    /// The user name with `%EMAILADDRESS%`/`%EMAILLOCALPART%` filled in.
    pub username: String,
    pub origin: Origin,
}

/// What discovery found for an address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Discovery {
    pub email: String,
    pub incoming: Option<ServerSuggestion>,
    pub outgoing: Option<ServerSuggestion>,
}

/// Progress, for the wizard's discovery step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum DiscoverEvent {
    LookingUpProvider {
        domain: String,
    },
    Probing {
        host: String,
        port: u16,
        security: Security,
    },
    Found(ServerSuggestion),
}

/// How discovery runs.
#[derive(Debug, Clone)]
pub struct DiscoverOptions {
    /// Per probe (connect + greeting).
    pub probe_timeout: Duration,
    pub resolver: Resolver,
    /// Rewrites a standard port to where a test server listens (995 -> 40123).
    pub port_map: Vec<(u16, u16)>,
    pub extra_roots_pem: Vec<Vec<u8>>,
    /// Consult the bundled provider list first (tests of probing turn it off).
    pub use_provider_database: bool,
}

impl Default for DiscoverOptions {
    fn default() -> Self {
        DiscoverOptions {
            probe_timeout: Duration::from_secs(6),
            resolver: Resolver::System,
            port_map: Vec::new(),
            extra_roots_pem: crate::net::tls_options_from_env().extra_roots_pem,
            use_provider_database: true,
        }
    }
}

/// Discovers settings for `email`; never fails (an empty discovery means
/// "type them in").
pub async fn discover(
    email: &str,
    options: &DiscoverOptions,
    progress: tokio::sync::mpsc::UnboundedSender<DiscoverEvent>,
) -> Discovery {
    // BODY BEING WRITTEN (autoconfig helper).
    let _ = (options, progress);
    Discovery {
        email: email.to_string(),
        incoming: None,
        outgoing: None,
    }
}
