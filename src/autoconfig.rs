//! Account discovery, in this order: the bundled provider database
//! (`assets/providers.json`, see [`providers`]), then guessing host names
//! (`pop.<d>`, `pop3.<d>`, `mail.<d>`, `<d>`; `smtp.<d>`, `mail.<d>`, `<d>`)
//! and probing ports and security in parallel with short timeouts,
//! encrypted first (995 SSL/TLS, 110 STARTTLS, 110 plain; 465 SSL/TLS,
//! 587 STARTTLS, 25). The result says where it came from.
//!
//! Probing resolves every candidate name at once, then probes every
//! resolvable host on every port at once; it stops as soon as nothing still
//! running could beat what was found, or when the budget (twice the probe
//! timeout) is spent. Everything runs inside the returned future: dropping
//! it aborts every probe. Probes never send credentials.

mod probe;
pub mod providers;

use serde::Serialize;
use std::net::IpAddr;
use std::time::Duration;

use futures::stream::{FuturesUnordered, StreamExt as _};
use tokio::sync::mpsc::UnboundedSender;
use tokio::time::Instant;

use crate::account::Security;
use crate::net::{Resolver, Timeouts, TlsOptions};
use probe::{Protocol, Target};

pub use providers::{
    lookup_provider, lookup_provider_without_pop3, providers, providers_without_pop3, Provider,
    ProviderNote, ProviderWithoutPop3, ServerEntry, UsernameTemplate,
};

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
    /// The server speaks TLS here, but its certificate failed verification
    /// (expired, wrong name, unknown issuer...): the doctor explains which.
    pub certificate_trouble: bool,
}

/// What discovery found for an address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Discovery {
    pub email: String,
    pub incoming: Option<ServerSuggestion>,
    pub outgoing: Option<ServerSuggestion>,
    /// The provider's display name when the domain is in the database
    /// (also for known providers without POP3).
    pub provider: Option<String>,
    /// What the user must know or do first (from the database).
    pub notes: Vec<ProviderNote>,
}

impl Discovery {
    /// Nothing found (yet): the user types the settings.
    pub fn empty(email: &str) -> Discovery {
        Discovery {
            email: email.trim().to_string(),
            incoming: None,
            outgoing: None,
            provider: None,
            notes: Vec::new(),
        }
    }
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

impl DiscoverOptions {
    /// The longest discovery may take: resolving, then one round of probes.
    pub fn budget(&self) -> Duration {
        self.probe_timeout.saturating_mul(2)
    }
}

/// The domain of an address, lower-case; `None` when it is not one.
pub fn domain_of(email: &str) -> Option<String> {
    let (local, domain) = email.trim().rsplit_once('@')?;
    let domain = domain.trim_end_matches('.').to_ascii_lowercase();
    let valid = !local.is_empty()
        && !domain.is_empty()
        && !domain.starts_with('.')
        && !domain.starts_with('-')
        && !domain.contains("..")
        && domain
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
    valid.then_some(domain)
}

/// The port to dial for a standard `port`.
pub fn map_port(port_map: &[(u16, u16)], port: u16) -> u16 {
    port_map
        .iter()
        .find(|(from, _)| *from == port)
        .map(|(_, to)| *to)
        .unwrap_or(port)
}

/// Parses `name=ip,name=ip` (as in `POSTERN_RESOLVE`) into a fixed table.
pub fn parse_resolve_table(text: &str) -> Result<Resolver, String> {
    let mut entries: Vec<(String, IpAddr)> = Vec::new();
    for item in text.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        let (name, ip) = item
            .split_once('=')
            .ok_or_else(|| format!("{item:?} is not name=address"))?;
        let name = name.trim();
        if name.is_empty() {
            return Err(format!("{item:?} has no name"));
        }
        let ip: IpAddr = ip
            .trim()
            .parse()
            .map_err(|_| format!("{item:?}: {:?} is not an IP address", ip.trim()))?;
        entries.push((name.to_string(), ip));
    }
    Ok(Resolver::table(
        entries.iter().map(|(name, ip)| (name.as_str(), *ip)),
    ))
}

/// Parses `995=40123,110=40124` (as in `POSTERN_PORT_MAP`).
pub fn parse_port_map(text: &str) -> Result<Vec<(u16, u16)>, String> {
    text.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|item| {
            let (from, to) = item
                .split_once('=')
                .ok_or_else(|| format!("{item:?} is not port=port"))?;
            let port = |s: &str| {
                s.trim()
                    .parse::<u16>()
                    .ok()
                    .filter(|p| *p != 0)
                    .ok_or_else(|| format!("{item:?}: {:?} is not a port", s.trim()))
            };
            Ok((port(from)?, port(to)?))
        })
        .collect()
}

/// Default options plus the test hooks `POSTERN_RESOLVE` (a fixed name
/// table: nothing leaves the machine) and `POSTERN_PORT_MAP`. A malformed
/// hook is an error rather than a silent fall-back to the real network.
pub fn options_from_env() -> Result<DiscoverOptions, String> {
    let mut options = DiscoverOptions::default();
    if let Some(text) = std::env::var_os("POSTERN_RESOLVE") {
        let text = text
            .into_string()
            .map_err(|_| "POSTERN_RESOLVE is not UTF-8".to_string())?;
        options.resolver =
            parse_resolve_table(&text).map_err(|e| format!("POSTERN_RESOLVE: {e}"))?;
    }
    if let Some(text) = std::env::var_os("POSTERN_PORT_MAP") {
        let text = text
            .into_string()
            .map_err(|_| "POSTERN_PORT_MAP is not UTF-8".to_string())?;
        options.port_map = parse_port_map(&text).map_err(|e| format!("POSTERN_PORT_MAP: {e}"))?;
    }
    Ok(options)
}

/// Discovers settings for `email`; never fails (an empty discovery means
/// "type them in").
pub async fn discover(
    email: &str,
    options: &DiscoverOptions,
    progress: UnboundedSender<DiscoverEvent>,
) -> Discovery {
    let email = email.trim();
    let mut discovery = Discovery::empty(email);
    let Some(domain) = domain_of(email) else {
        return discovery;
    };
    // The receiver may be gone (the wizard moved on): nothing to tell then.
    let emit = |event: DiscoverEvent| {
        let _ = progress.send(event);
    };

    if options.use_provider_database {
        emit(DiscoverEvent::LookingUpProvider {
            domain: domain.clone(),
        });
        if let Some(provider) = lookup_provider(&domain) {
            let suggest = |entry: &ServerEntry| ServerSuggestion {
                host: entry.host.clone(),
                port: entry.port,
                security: entry.security,
                username: entry.username.fill(email),
                origin: Origin::ProviderDatabase {
                    provider: provider.name.clone(),
                },
                certificate_trouble: false,
            };
            let incoming = suggest(&provider.incoming);
            let outgoing = suggest(&provider.outgoing);
            emit(DiscoverEvent::Found(incoming.clone()));
            emit(DiscoverEvent::Found(outgoing.clone()));
            discovery.incoming = Some(incoming);
            discovery.outgoing = Some(outgoing);
            discovery.provider = Some(provider.name.clone());
            discovery.notes = provider.notes.clone();
            return discovery;
        }
        if let Some(provider) = lookup_provider_without_pop3(&domain) {
            discovery.provider = Some(provider.name.clone());
            discovery.notes = provider.notes.clone();
            return discovery;
        }
    }

    let (incoming, outgoing) = probe_domain(email, &domain, options, &emit).await;
    for found in [&incoming, &outgoing].into_iter().flatten() {
        emit(DiscoverEvent::Found(found.clone()));
    }
    discovery.incoming = incoming;
    discovery.outgoing = outgoing;
    discovery
}

/// Candidate host names, most likely first.
fn candidate_hosts(protocol: Protocol, domain: &str) -> Vec<String> {
    let prefixes: &[&str] = match protocol {
        Protocol::Pop3 => &["pop.", "pop3.", "mail.", ""],
        Protocol::Smtp => &["smtp.", "mail.", ""],
    };
    prefixes.iter().map(|p| format!("{p}{domain}")).collect()
}

/// Port and security combinations, most wanted first.
fn candidate_ports(protocol: Protocol) -> [(u16, Security); 3] {
    match protocol {
        Protocol::Pop3 => [
            (995, Security::Tls),
            (110, Security::StartTls),
            (110, Security::None),
        ],
        Protocol::Smtp => [
            (465, Security::Tls),
            (587, Security::StartTls),
            (25, Security::None),
        ],
    }
}

/// How good a finding is (lower is better): verified TLS, verified
/// STARTTLS, then TLS and STARTTLS with certificate trouble, then plain.
fn tier(security: Security, certificate_trouble: bool) -> u8 {
    match (security, certificate_trouble) {
        (Security::Tls, false) => 0,
        (Security::StartTls, false) => 1,
        (Security::Tls, true) => 2,
        (Security::StartTls, true) => 3,
        (Security::None, _) => 4,
    }
}

/// One probe to run, with what it would be worth.
struct Candidate {
    target: Target,
    /// The standard port the suggestion carries.
    port: u16,
    host_index: usize,
}

impl Candidate {
    fn best_possible(&self) -> (u8, usize) {
        (tier(self.target.security, false), self.host_index)
    }
}

async fn probe_domain(
    email: &str,
    domain: &str,
    options: &DiscoverOptions,
    emit: &impl Fn(DiscoverEvent),
) -> (Option<ServerSuggestion>, Option<ServerSuggestion>) {
    let deadline = Instant::now() + options.budget();
    let timeouts = Timeouts {
        dns: options.probe_timeout,
        connect: options.probe_timeout,
        handshake: options.probe_timeout,
        read: options.probe_timeout,
        ..Timeouts::default()
    };

    // Resolve every distinct name once, all at the same time.
    let mut names: Vec<String> = Vec::new();
    for protocol in [Protocol::Pop3, Protocol::Smtp] {
        for host in candidate_hosts(protocol, domain) {
            if !names.contains(&host) {
                names.push(host);
            }
        }
    }
    let lookups = names.iter().map(|name| async {
        let addrs = crate::net::resolve_with(&options.resolver, name, 0, &timeouts).await;
        (name.clone(), addrs)
    });
    let resolve_until = deadline.min(Instant::now() + options.probe_timeout);
    let resolved: Vec<(String, Vec<IpAddr>)> =
        match tokio::time::timeout_at(resolve_until, futures::future::join_all(lookups)).await {
            Ok(results) => results
                .into_iter()
                .filter_map(|(name, r)| match r {
                    Ok(addrs) => Some((name, addrs.iter().map(|a| a.ip()).collect())),
                    Err(e) => {
                        tracing::debug!(host = %name, error = %e, "candidate does not resolve");
                        None
                    }
                })
                .collect(),
            Err(_) => {
                tracing::debug!(domain, "name resolution took too long");
                Vec::new()
            }
        };
    let addrs_of = |name: &str| {
        resolved
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, a)| a.clone())
    };

    let mut candidates: Vec<Candidate> = Vec::new();
    for protocol in [Protocol::Pop3, Protocol::Smtp] {
        for (host_index, host) in candidate_hosts(protocol, domain).into_iter().enumerate() {
            let Some(addrs) = addrs_of(&host) else {
                continue;
            };
            for (port, security) in candidate_ports(protocol) {
                candidates.push(Candidate {
                    target: Target {
                        protocol,
                        host: host.clone(),
                        addrs: addrs.clone(),
                        dial_port: map_port(&options.port_map, port),
                        security,
                    },
                    port,
                    host_index,
                });
            }
        }
    }

    let tls = TlsOptions {
        pin_sha256: None,
        extra_roots_pem: options.extra_roots_pem.clone(),
    };
    let probe_timeout = options.probe_timeout;
    let mut running = FuturesUnordered::new();
    for (index, candidate) in candidates.iter().enumerate() {
        emit(DiscoverEvent::Probing {
            host: candidate.target.host.clone(),
            port: candidate.port,
            security: candidate.target.security,
        });
        let tls = &tls;
        running.push(async move {
            let result = probe::probe(&candidate.target, tls, probe_timeout).await;
            (index, result)
        });
    }

    let mut pending: Vec<bool> = vec![true; candidates.len()];
    // Per protocol: (tier, host index, candidate index, certificate trouble).
    let mut best: [Option<(u8, usize, usize, bool)>; 2] = [None, None];
    let slot = |p: Protocol| match p {
        Protocol::Pop3 => 0,
        Protocol::Smtp => 1,
    };
    let settled = |pending: &[bool], best: &[Option<(u8, usize, usize, bool)>; 2]| {
        candidates.iter().zip(pending).all(|(c, running)| {
            !running
                || best[slot(c.target.protocol)]
                    .is_some_and(|(t, h, _, _)| (t, h) < c.best_possible())
        })
    };
    while !settled(&pending, &best) {
        let next = match tokio::time::timeout_at(deadline, running.next()).await {
            Ok(Some(next)) => next,
            Ok(None) => break,
            Err(_) => {
                tracing::debug!(domain, "discovery budget spent");
                break;
            }
        };
        let (index, result) = next;
        pending[index] = false;
        let Some(candidate) = candidates.get(index) else {
            continue;
        };
        match result {
            Ok(found) => {
                tracing::debug!(
                    host = %candidate.target.host,
                    port = candidate.port,
                    security = %candidate.target.security,
                    certificate_trouble = found.certificate_trouble,
                    "probe succeeded"
                );
                let key = (
                    tier(candidate.target.security, found.certificate_trouble),
                    candidate.host_index,
                );
                let entry = &mut best[slot(candidate.target.protocol)];
                if entry.is_none_or(|(t, h, _, _)| key < (t, h)) {
                    *entry = Some((key.0, key.1, index, found.certificate_trouble));
                }
            }
            Err(reason) => tracing::debug!(
                host = %candidate.target.host,
                port = candidate.port,
                security = %candidate.target.security,
                %reason,
                "probe failed"
            ),
        }
    }
    drop(running);

    let suggestion = |b: Option<(u8, usize, usize, bool)>| {
        let (_, _, index, certificate_trouble) = b?;
        let c = candidates.get(index)?;
        Some(ServerSuggestion {
            host: c.target.host.clone(),
            port: c.port,
            security: c.target.security,
            username: email.to_string(),
            origin: Origin::Probed {
                host: c.target.host.clone(),
            },
            certificate_trouble,
        })
    };
    (suggestion(best[0]), suggestion(best[1]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domains() {
        assert_eq!(domain_of(" Alice@Example.COM "), Some("example.com".into()));
        assert_eq!(domain_of("a@b@example.org"), Some("example.org".into()));
        assert_eq!(domain_of("alice"), None);
        assert_eq!(domain_of("@example.com"), None);
        assert_eq!(domain_of("alice@"), None);
        assert_eq!(domain_of("alice@exa mple.com"), None);
        assert_eq!(domain_of("alice@[127.0.0.1]"), None);
    }

    #[test]
    fn env_hooks() {
        let map = parse_port_map("995=40123, 110=40124,");
        assert_eq!(map, Ok(vec![(995, 40123), (110, 40124)]));
        assert!(parse_port_map("995").is_err());
        assert!(parse_port_map("995=x").is_err());
        assert!(parse_port_map("995=0").is_err());
        assert_eq!(map_port(&[(995, 40123)], 995), 40123);
        assert_eq!(map_port(&[(995, 40123)], 110), 110);

        let table = parse_resolve_table("pop.example.test=127.0.0.1, Mail.Example.Test=::1");
        match table {
            Ok(Resolver::Static(t)) => {
                assert_eq!(t.get("pop.example.test").map(Vec::len), Some(1));
                assert!(t.contains_key("mail.example.test"));
            }
            other => panic!("{other:?}"),
        }
        assert!(parse_resolve_table("pop.example.test").is_err());
        assert!(parse_resolve_table("pop.example.test=nowhere").is_err());
        assert!(parse_resolve_table("=127.0.0.1").is_err());
    }

    #[test]
    fn ranking() {
        assert!(tier(Security::Tls, false) < tier(Security::StartTls, false));
        assert!(tier(Security::StartTls, false) < tier(Security::Tls, true));
        assert!(tier(Security::StartTls, true) < tier(Security::None, false));
        assert_eq!(
            candidate_hosts(Protocol::Pop3, "d.test"),
            ["pop.d.test", "pop3.d.test", "mail.d.test", "d.test"]
        );
        assert_eq!(
            candidate_hosts(Protocol::Smtp, "d.test"),
            ["smtp.d.test", "mail.d.test", "d.test"]
        );
    }

    #[tokio::test]
    async fn provider_database_first() {
        let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
        let options = DiscoverOptions {
            resolver: Resolver::table([]),
            ..DiscoverOptions::default()
        };
        let d = discover("Someone@GMX.de", &options, tx).await;
        let incoming = d.incoming.as_ref().map(|s| (s.host.as_str(), s.port));
        assert_eq!(incoming, Some(("pop.gmx.net", 995)));
        assert_eq!(d.provider.as_deref(), Some("GMX"));
        assert_eq!(
            rx.recv().await,
            Some(DiscoverEvent::LookingUpProvider {
                domain: "gmx.de".into()
            })
        );
        let d = discover(
            "x@web.de",
            &options,
            tokio::sync::mpsc::unbounded_channel().0,
        )
        .await;
        assert_eq!(d.incoming.map(|s| s.username), Some("x".to_string()));
        let d = discover(
            "x@icloud.com",
            &options,
            tokio::sync::mpsc::unbounded_channel().0,
        )
        .await;
        assert_eq!(d.incoming, None);
        assert!(d.notes.contains(&ProviderNote::NoPop3));
    }
}
