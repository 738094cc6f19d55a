//! `postern discover ADDRESS`: what discovery finds for an address, and
//! where it came from. Exit 0 when an incoming server was found, 1 when not.
//!
//! `POSTERN_RESOLVE` (`name=ip,...`) and `POSTERN_PORT_MAP` (`995=40123,...`)
//! point it at test servers; with `POSTERN_RESOLVE` set nothing is looked
//! up on the real network.

use clap::Args;

use postern::autoconfig::{self, DiscoverEvent, Discovery, Origin, ServerSuggestion};

use postern::fl;

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
        return Err(Failure::new(fl!(
            "cli-discover-not-address",
            address = args.address.clone()
        )));
    }
    let options = autoconfig::options_from_env().map_err(Failure::new)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Failure::new(fl!("cli-discover-runtime-error", reason = e.to_string())))?;
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
            .map_err(|e| Failure::new(fl!("cli-discover-json-error", reason = e.to_string())))?;
        println!("{text}");
    } else {
        print_discovery(&discovery);
    }
    Ok(if discovery.incoming.is_some() { 0 } else { 1 })
}

fn progress(event: &DiscoverEvent) {
    match event {
        DiscoverEvent::LookingUpProvider { domain } => {
            eprintln!(
                "{}",
                fl!("cli-discover-looking-up", domain = domain.to_string())
            )
        }
        DiscoverEvent::Probing {
            host,
            port,
            security,
        } => eprintln!(
            "{}",
            fl!(
                "cli-discover-probing",
                host = host.to_string(),
                port = port.to_string(),
                security = security.to_string()
            )
        ),
        DiscoverEvent::Found(_) => {}
    }
}

fn origin_text(origin: &Origin) -> String {
    match origin {
        Origin::ProviderDatabase { provider } => fl!(
            "cli-discover-found-provider",
            provider = provider.to_string()
        ),
        Origin::Probed { host } => fl!("cli-discover-found-probing", host = host.to_string()),
        Origin::NotFound => fl!("cli-discover-not-found"),
    }
}

fn print_server(label: &str, server: Option<&ServerSuggestion>) {
    match server {
        Some(s) => {
            println!(
                "{}",
                fl!(
                    "cli-discover-server",
                    label = label.to_string(),
                    host = s.host.clone(),
                    port = s.port.to_string(),
                    security = s.security.to_string(),
                    username = s.username.clone(),
                    origin = origin_text(&s.origin)
                )
            );
            if s.certificate_trouble {
                println!("  {}", fl!("cli-discover-cert-warning"));
            }
        }
        None => println!("{}", fl!("cli-discover-nothing", label = label.to_string())),
    }
}

fn print_discovery(d: &Discovery) {
    println!("{}", d.email);
    if let (Some(provider), None) = (&d.provider, &d.incoming) {
        println!(
            "{}",
            fl!("cli-discover-provider", provider = provider.to_string())
        );
    }
    print_server(&fl!("cli-discover-incoming"), d.incoming.as_ref());
    print_server(&fl!("cli-discover-outgoing"), d.outgoing.as_ref());
    for note in &d.notes {
        println!("{}", fl!("cli-note", text = note.text()));
    }
}
