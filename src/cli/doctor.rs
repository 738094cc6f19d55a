//! `postern doctor`: runs the connection doctor on a stored account or on
//! settings given as options (the same as `account add`), prints one line
//! per step, and for failures the cause and the fix. Exit 0 when no step
//! failed, 1 otherwise.
//!
//! Test hooks (environment, read by `postern::doctor::options_from_env`):
//! `POSTERN_RESOLVE=name=ip,...` resolves names from a fixed table and
//! `POSTERN_PORT_MAP=995=40123,...` dials another port than the one named;
//! `POSTERN_CA_FILE` adds trusted roots as for `fetch`.

use std::path::Path;

use clap::Args;
use postern::account::{AccountSettings, DownloadOptions, Security};
use postern::doctor::{self, Outcome, Report, Service, Step};
use postern::fl;
use postern::secrets::{KeyringStore, Secret, SecretKey, SecretStore};

use super::{
    account_password, find_account, open_store, password_from_args, Failure, PasswordArgs,
    ServerArgs, EXIT_FAILED, EXIT_OK,
};

#[derive(Args, Debug)]
pub struct DoctorArgs {
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
    /// Check this stored account (email address).
    #[arg(long, value_name = "ADDR", conflicts_with_all = ["email", "pop_host"])]
    pub account: Option<String>,
    /// Email address (with --pop-host, instead of --account).
    #[arg(long, required_unless_present = "account")]
    email: Option<String>,
    /// Incoming (POP3) server.
    #[arg(long, required_unless_present = "account")]
    pop_host: Option<String>,
    /// Do not probe other ports when one fails.
    #[arg(long)]
    no_probe: bool,
    #[command(flatten)]
    server: ServerArgs,
    #[command(flatten)]
    password: PasswordArgs,
}

pub fn run(dir: &Path, args: DoctorArgs) -> Result<u8, Failure> {
    let (settings, password) = match &args.account {
        Some(email) => {
            let db = open_store(dir)?;
            let account = find_account(&db, email)?;
            drop(db);
            let password = account_password(&account, &args.password)?;
            (account.settings, password)
        }
        None => settings_from_args(&args)?,
    };
    // An outgoing server with its own login gets its own password (from the
    // keyring), never the incoming one.
    let smtp_password = SecretKey::outgoing(&settings)
        .filter(|key| *key != SecretKey::incoming(&settings))
        .and_then(|key| KeyringStore::new().ok()?.get(&key).ok().flatten());
    let mut options = doctor::options_from_env();
    options.probe_alternatives = !args.no_probe;

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<Step>();
    let json = args.json;
    let report: Report = runtime.block_on(async move {
        let job = tokio::spawn(async move {
            doctor::check(&settings, &password, smtp_password.as_ref(), &options, tx).await
        });
        while let Some(step) = rx.recv().await {
            if !json && step.outcome != Outcome::Running {
                print_step(&step);
            }
        }
        job.await.unwrap_or_default()
    });
    if json {
        println!("{}", serde_json::to_string_pretty(&report_json(&report)?)?);
    }
    Ok(if report.ok() { EXIT_OK } else { EXIT_FAILED })
}

fn settings_from_args(args: &DoctorArgs) -> Result<(AccountSettings, Secret), Failure> {
    let (Some(email), Some(pop_host)) = (&args.email, &args.pop_host) else {
        return Err(Failure::new(fl!("cli-doctor-need-settings")));
    };
    let incoming = args.server.incoming(email, pop_host)?;
    let settings = AccountSettings {
        display_name: String::new(),
        email: email.clone(),
        incoming,
        outgoing: args.server.outgoing()?,
        options: DownloadOptions::default(),
        allow_plaintext: args.server.allow_plaintext,
        password_command: None,
    };
    if settings.incoming.security == Security::None && !settings.allow_plaintext {
        eprintln!("{}", fl!("cli-doctor-note-plaintext"));
    }
    let password = password_from_args(&args.password)?
        .ok_or_else(|| Failure::new(fl!("cli-doctor-need-password")))?;
    Ok((settings, password))
}

fn service_name(service: Service) -> &'static str {
    match service {
        Service::Incoming => "POP3",
        Service::Outgoing => "SMTP",
    }
}

fn print_step(step: &Step) {
    let mark = match step.outcome {
        Outcome::Passed => "ok  ",
        Outcome::Warning => "warn",
        Outcome::Failed => "FAIL",
        Outcome::Skipped => "skip",
        Outcome::Running => "..  ",
    };
    let mut line = format!(
        "[{mark}] {} {}",
        service_name(step.service),
        step.kind.label()
    );
    if step.outcome != Outcome::Skipped {
        line.push_str(&format!(" ({} ms)", step.millis));
    }
    if !step.detail.is_empty() {
        line.push_str(&format!(": {}", step.detail));
    }
    println!("{line}");
    if let Some(d) = &step.diagnosis {
        println!("       {}", fl!("cli-doctor-cause", text = d.cause()));
        println!("       {}", fl!("cli-doctor-fix", text = d.advice()));
    }
}

/// The report as JSON, each diagnosis with its sentences, plus `ok`.
fn report_json(report: &Report) -> Result<serde_json::Value, Failure> {
    let mut steps = Vec::with_capacity(report.steps.len());
    for step in &report.steps {
        let mut value = serde_json::to_value(step)?;
        if let Some(obj) = value.as_object_mut() {
            obj.insert("label".into(), step.kind.label().into());
        }
        if let (Some(d), Some(diag)) = (
            &step.diagnosis,
            value.get_mut("diagnosis").and_then(|v| v.as_object_mut()),
        ) {
            diag.insert("cause".into(), d.cause().into());
            diag.insert("advice".into(), d.advice().into());
        }
        steps.push(value);
    }
    Ok(serde_json::json!({ "ok": report.ok(), "steps": steps }))
}
