//! `postern discover ADDRESS`: what discovery finds for an address, and
//! where it came from. Exit 0 when an incoming server was found, 1 when not.
//!
//! `POSTERN_RESOLVE` (`name=ip,...`) and `POSTERN_PORT_MAP` (`995=40123,...`)
//! point it at test servers; with `POSTERN_RESOLVE` set nothing is looked
//! up on the real network.

use clap::Args;

use postern::autoconfig::{self, DiscoverEvent, Discovery, Origin, ServerSuggestion};

use super::Failure;

#[derive(Args, Debug)]
pub struct DiscoverArgs {
    /// The email address.
    pub address: String,
    /// Print the result as JSON.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: DiscoverArgs) -> Result<u8, Failure> {
    if autoconfig::domain_of(&args.address).is_none() {
        return Err(Failure::new(format!(
            "{:?} is not an email address",
            args.address
        )));
    }
    let options = autoconfig::options_from_env().map_err(Failure::new)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Failure::new(format!("cannot start the async runtime: {e}")))?;
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let discovery = runtime.block_on(async {
        let job = autoconfig::discover(&args.address, &options, tx);
        tokio::pin!(job);
        loop {
            tokio::select! {
                discovery = &mut job => break discovery,
                Some(event) = rx.recv() => {
                    if !args.json {
                        progress(&event);
                    }
                }
            }
        }
    });
    if args.json {
        let text = serde_json::to_string_pretty(&discovery)
            .map_err(|e| Failure::new(format!("cannot write JSON: {e}")))?;
        println!("{text}");
    } else {
        print_discovery(&discovery);
    }
    Ok(if discovery.incoming.is_some() { 0 } else { 1 })
}

fn progress(event: &DiscoverEvent) {
    match event {
        DiscoverEvent::LookingUpProvider { domain } => {
            eprintln!("looking up {domain} in the provider list...")
        }
        DiscoverEvent::Probing {
            host,
            port,
            security,
        } => eprintln!("probing {host} port {port} ({security})..."),
        DiscoverEvent::Found(_) => {}
    }
}

fn origin_text(origin: &Origin) -> String {
    match origin {
        Origin::ProviderDatabase { provider } => format!("found in the provider list: {provider}"),
        Origin::Probed { host } => format!("found by probing {host}"),
        Origin::NotFound => "not found".to_string(),
    }
}

fn print_server(label: &str, server: Option<&ServerSuggestion>) {
    match server {
        Some(s) => {
            println!(
                "{label}: {}:{} ({}), user name {} — {}",
                s.host,
                s.port,
                s.security,
                s.username,
                origin_text(&s.origin)
            );
            if s.certificate_trouble {
                println!(
                    "  warning: its certificate failed verification; run `postern doctor` to see why"
                );
            }
        }
        None => println!("{label}: nothing found; enter the settings by hand"),
    }
}

fn print_discovery(d: &Discovery) {
    println!("{}", d.email);
    if let (Some(provider), None) = (&d.provider, &d.incoming) {
        println!("provider: {provider}");
    }
    print_server("incoming (POP3)", d.incoming.as_ref());
    print_server("outgoing (SMTP)", d.outgoing.as_ref());
    for note in &d.notes {
        println!("note: {}", note.text());
    }
}
