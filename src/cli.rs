//! The headless commands: `account add|list|remove`, `fetch`, `export`.
//! Scripts and benchmarks depend on these names, flags and exit codes.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::{Args, Parser, Subcommand};

mod discover;
mod doctor;

use postern::account::{
    Account, AccountSettings, DownloadOptions, Incoming, Outgoing, OversizePolicy, PopAuth,
    Security,
};
use postern::doctor::{Diagnosis, Problem};
use postern::export::{self, ExportFormat};
use postern::fl;
use postern::i18n::{format_number, format_size};
use postern::pop3::Pop3Error;
use postern::secrets::{KeyringStore, Secret, SecretError, SecretKey, SecretStore};
use postern::store::{self, Store};
use postern::sync::{self, CancelToken, Event, FetchOptions, Summary, SyncError};

/// Exit code: everything done.
const EXIT_OK: u8 = 0;
/// Exit code: failed (configuration, login, certificate, protocol, store).
const EXIT_FAILED: u8 = 1;
/// Exit code: done, but some messages could not be handled (see summary).
const EXIT_PARTIAL: u8 = 3;
/// Exit code: a temporary failure (server busy, mailbox locked, timeout); try later.
const EXIT_TEMPFAIL: u8 = 75;
/// Exit code: interrupted by the user.
const EXIT_CANCELLED: u8 = 130;

#[derive(Parser, Debug)]
#[command(
    name = "postern",
    version,
    about = "Postern: a POP3 mail client that never loses or duplicates mail",
    after_help = "Without a command, Postern opens its window (when built with the GUI)."
)]
pub struct Cli {
    /// Directory of Postern's database (default: the platform data directory).
    #[arg(long, global = true, env = "POSTERN_DATA_DIR", value_name = "DIR")]
    data_dir: Option<PathBuf>,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Add, list or remove accounts.
    #[command(subcommand)]
    Account(AccountCommand),
    /// Download new mail of every account (or one).
    Fetch(FetchArgs),
    /// Write every stored message of an account, byte for byte, to mbox or maildir.
    Export(ExportArgs),
    /// Test an account's servers step by step and explain what is wrong.
    Doctor(Box<doctor::DoctorArgs>),
    /// Find the server settings for an email address.
    Discover(discover::DiscoverArgs),
}

#[derive(Subcommand, Debug)]
enum AccountCommand {
    /// Add an account.
    Add(Box<AddArgs>),
    /// List accounts.
    List {
        /// Machine-readable output.
        #[arg(long)]
        json: bool,
    },
    /// Remove an account (its downloaded mail is kept unless --delete-mail).
    Remove {
        /// The account's email address.
        email: String,
        /// Also delete the messages downloaded for it.
        #[arg(long)]
        delete_mail: bool,
    },
}

#[derive(Args, Debug)]
struct PasswordArgs {
    /// Read the password from standard input.
    #[arg(long, group = "password")]
    password_stdin: bool,
    /// Read the password from this file.
    #[arg(long, group = "password", value_name = "PATH")]
    password_file: Option<PathBuf>,
    /// Read the password from this open file descriptor.
    #[arg(long, group = "password", value_name = "FD")]
    password_fd: Option<u32>,
    /// Run this shell command and use its output as the password.
    #[arg(long, group = "password", value_name = "CMD")]
    password_command: Option<String>,
}

/// Server settings shared by `account add` and `doctor`.
#[derive(Args, Debug)]
struct ServerArgs {
    /// POP3 port (default 995 for tls, 110 otherwise).
    #[arg(long)]
    pop_port: Option<u16>,
    /// tls (SSL/TLS), starttls or none.
    #[arg(long, default_value = "tls")]
    pop_security: Security,
    /// User name (default: the email address).
    #[arg(long)]
    username: Option<String>,
    /// auto, user, plain or apop.
    #[arg(long, default_value = "auto")]
    auth: PopAuth,
    /// Trust this certificate (SHA-256 fingerprint) for the POP3 server.
    #[arg(long, value_name = "HEX")]
    pin_sha256: Option<String>,
    /// Outgoing (SMTP) server.
    #[arg(long)]
    smtp_host: Option<String>,
    /// SMTP port (default 465 for tls, 587 for starttls, 25 for none).
    #[arg(long)]
    smtp_port: Option<u16>,
    /// tls, starttls or none.
    #[arg(long, default_value = "starttls")]
    smtp_security: Security,
    /// The SMTP server does not require authentication.
    #[arg(long)]
    smtp_no_auth: bool,
    /// Own SMTP user name (default: same settings as incoming).
    #[arg(long)]
    smtp_username: Option<String>,
    /// Trust this certificate (SHA-256 fingerprint) for the SMTP server.
    #[arg(long, value_name = "HEX")]
    smtp_pin_sha256: Option<String>,
    /// Allow sending the password unencrypted (security none).
    #[arg(long)]
    allow_plaintext: bool,
}

impl ServerArgs {
    /// The incoming server for `email` on `pop_host`.
    fn incoming(&self, email: &str, pop_host: &str) -> Result<Incoming, Failure> {
        let pin = self
            .pin_sha256
            .as_deref()
            .map(postern::account::normalize_fingerprint)
            .transpose()
            .map_err(Failure::new)?;
        Ok(Incoming {
            host: pop_host.to_string(),
            port: self
                .pop_port
                .unwrap_or_else(|| self.pop_security.default_pop_port()),
            security: self.pop_security,
            username: self.username.clone().unwrap_or_else(|| email.to_string()),
            auth: self.auth,
            pin_sha256: pin,
        })
    }

    /// The outgoing server, when `--smtp-host` is given.
    fn outgoing(&self) -> Result<Option<Outgoing>, Failure> {
        let smtp_pin = self
            .smtp_pin_sha256
            .as_deref()
            .map(postern::account::normalize_fingerprint)
            .transpose()
            .map_err(Failure::new)?;
        Ok(self.smtp_host.as_ref().map(|host| Outgoing {
            host: host.clone(),
            port: self
                .smtp_port
                .unwrap_or_else(|| self.smtp_security.default_smtp_port()),
            security: self.smtp_security,
            auth_required: !self.smtp_no_auth,
            same_as_incoming: self.smtp_username.is_none(),
            username: self.smtp_username.clone(),
            pin_sha256: smtp_pin.clone(),
        }))
    }
}

#[derive(Args, Debug)]
struct AddArgs {
    /// Email address.
    #[arg(long)]
    email: String,
    /// Your name, as others see it.
    #[arg(long)]
    name: String,
    /// Incoming (POP3) server.
    #[arg(long)]
    pop_host: String,
    #[command(flatten)]
    server: ServerArgs,
    /// Leave messages on the server (the default).
    #[arg(long, conflicts_with = "delete")]
    keep: bool,
    /// Delete messages from the server once they are stored.
    #[arg(long)]
    delete: bool,
    /// Keep on the server, then delete this many days after download.
    #[arg(long, value_name = "DAYS", conflicts_with = "delete")]
    delete_after_days: Option<u32>,
    /// Delete from the server when deleted in Postern (Trash emptied).
    #[arg(long, conflicts_with = "delete")]
    delete_when_deleted_locally: bool,
    /// Messages larger than this many bytes follow --oversize.
    #[arg(long, value_name = "BYTES")]
    size_limit: Option<u64>,
    /// skip (leave on the server) or headers (download headers only).
    #[arg(long, default_value = "skip")]
    oversize: OversizePolicy,
    /// Do not check for new mail when the app starts.
    #[arg(long)]
    no_check_at_startup: bool,
    /// Check for new mail every N minutes (0: never).
    #[arg(long, value_name = "MINUTES", default_value_t = 10)]
    check_every: u32,
    #[command(flatten)]
    password: PasswordArgs,
}

#[derive(Args, Debug)]
struct FetchArgs {
    /// Only this account (email address).
    #[arg(long, value_name = "ADDR")]
    account: Option<String>,
    /// Print a machine-readable summary on standard output.
    #[arg(long)]
    json: bool,
    /// No progress line.
    #[arg(long)]
    quiet: bool,
    #[command(flatten)]
    password: PasswordArgs,
}

#[derive(Args, Debug)]
struct ExportArgs {
    /// The account (email address).
    #[arg(long, value_name = "ADDR")]
    account: String,
    /// mbox or maildir.
    #[arg(long)]
    format: ExportFormat,
    /// Output file (mbox) or directory (maildir); must not exist yet.
    #[arg(long, value_name = "PATH")]
    out: PathBuf,
}

/// An error with the exit code it deserves.
pub(crate) struct Failure {
    code: u8,
    text: String,
}

impl Failure {
    pub(crate) fn new(text: impl Into<String>) -> Self {
        Failure {
            code: EXIT_FAILED,
            text: text.into(),
        }
    }
}

impl<E: std::fmt::Display> From<E> for Failure {
    fn from(e: E) -> Self {
        Failure::new(e.to_string())
    }
}

/// What the command line asks for: open the window, or run a command.
pub enum Invocation {
    /// No subcommand: open the app on this data directory (or the default).
    App { data_dir: Option<PathBuf> },
    /// A subcommand: run it with [`main`].
    Command(Box<Cli>),
}

/// Parses the command line (exits on `--help`, `--version` or bad usage).
pub fn parse() -> Invocation {
    let cli = Cli::parse();
    if cli.command.is_none() {
        return Invocation::App {
            data_dir: cli.data_dir,
        };
    }
    Invocation::Command(Box::new(cli))
}

/// Runs a parsed subcommand and returns the process exit code.
pub fn main(cli: Cli) -> ExitCode {
    let Some(command) = cli.command else {
        use clap::CommandFactory;
        let _ = Cli::command().print_help();
        return ExitCode::SUCCESS;
    };
    let result = match data_dir(cli.data_dir.as_deref()) {
        Ok(dir) => {
            // The language chosen in the app's settings, if any (the
            // system's is already in use).
            if let Some(tag) = postern::prefs::load(&dir).language {
                postern::i18n::use_language_choice(Some(&tag));
            }
            run(&dir, command)
        }
        Err(e) => Err(e),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(failure) => {
            eprintln!("postern: {}", failure.text);
            ExitCode::from(failure.code)
        }
    }
}

fn data_dir(flag: Option<&Path>) -> Result<PathBuf, Failure> {
    match flag {
        Some(dir) => Ok(dir.to_path_buf()),
        None => store::default_data_dir().ok_or_else(|| Failure::new(fl!("cli-no-data-dir"))),
    }
}

fn open_store(dir: &Path) -> Result<Store, Failure> {
    let path = dir.join(store::DB_FILE);
    Store::open(&path).map_err(|e| Failure::new(format!("{e} ({})", path.display())))
}

fn run(dir: &Path, command: Command) -> Result<u8, Failure> {
    match command {
        Command::Account(AccountCommand::Add(args)) => account_add(dir, *args),
        Command::Account(AccountCommand::List { json }) => account_list(dir, json),
        Command::Account(AccountCommand::Remove { email, delete_mail }) => {
            account_remove(dir, &email, delete_mail)
        }
        Command::Fetch(args) => fetch(dir, args),
        Command::Export(args) => export_cmd(dir, args),
        Command::Doctor(args) => doctor::run(dir, *args),
        Command::Discover(args) => discover::run(args),
    }
}

// --- passwords ---------------------------------------------------------------

fn strip_newline(mut text: String) -> String {
    if text.ends_with('\n') {
        text.pop();
        if text.ends_with('\r') {
            text.pop();
        }
    }
    text
}

/// Runs a password command (`sh -c`), returning its first line.
fn run_password_command(command: &str) -> Result<Secret, Failure> {
    postern::secrets::password_from_command(command).map_err(|e| Failure::new(e.to_string()))
}

impl PasswordArgs {
    /// Whether any password option was given.
    pub(crate) fn given(&self) -> bool {
        self.password_stdin
            || self.password_file.is_some()
            || self.password_fd.is_some()
            || self.password_command.is_some()
    }
}

/// A password given on the command line, if any.
fn password_from_args(args: &PasswordArgs) -> Result<Option<Secret>, Failure> {
    if args.password_stdin {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| Failure::new(fl!("cli-password-stdin-error", reason = e.to_string())))?;
        return Ok(Some(Secret::new(strip_newline(text))));
    }
    if let Some(path) = &args.password_file {
        let text = std::fs::read_to_string(path).map_err(|e| {
            Failure::new(fl!(
                "cli-password-file-error",
                path = path.display().to_string(),
                reason = e.to_string()
            ))
        })?;
        return Ok(Some(Secret::new(strip_newline(text))));
    }
    if let Some(fd) = args.password_fd {
        let path = format!("/dev/fd/{fd}");
        let text = std::fs::read_to_string(&path).map_err(|e| {
            Failure::new(fl!(
                "cli-password-fd-error",
                fd = fd.to_string(),
                reason = e.to_string()
            ))
        })?;
        return Ok(Some(Secret::new(strip_newline(text))));
    }
    if let Some(command) = &args.password_command {
        return run_password_command(command).map(Some);
    }
    Ok(None)
}

fn keyring() -> Result<KeyringStore, SecretError> {
    KeyringStore::new()
}

/// The password of an account: flags first, then its password command,
/// then the keyring.
fn account_password(account: &Account, args: &PasswordArgs) -> Result<Secret, Failure> {
    if let Some(secret) = password_from_args(args)? {
        return Ok(secret);
    }
    if let Some(command) = &account.settings.password_command {
        return run_password_command(command);
    }
    let key = SecretKey::incoming(&account.settings);
    let store = keyring()
        .map_err(|e| Failure::new(fl!("cli-keyring-unavailable", reason = e.to_string())))?;
    match store.get(&key) {
        Ok(Some(secret)) => Ok(secret),
        Ok(None) => Err(Failure::new(fl!(
            "cli-no-stored-password",
            email = account.settings.email.clone()
        ))),
        Err(e) => Err(Failure::new(fl!(
            "cli-keyring-unavailable",
            reason = e.to_string()
        ))),
    }
}

// --- account ---------------------------------------------------------------

fn account_add(dir: &Path, args: AddArgs) -> Result<u8, Failure> {
    if args.server.pop_security == Security::None && !args.server.allow_plaintext {
        return Err(Failure::new(fl!("cli-plaintext-needs-consent")));
    }
    let incoming = args.server.incoming(&args.email, &args.pop_host)?;
    let outgoing = args.server.outgoing()?;
    let settings = AccountSettings {
        display_name: args.name.clone(),
        email: args.email.clone(),
        incoming,
        outgoing,
        options: DownloadOptions {
            leave_on_server: !args.delete,
            delete_after_days: args.delete_after_days,
            delete_when_deleted_locally: args.delete_when_deleted_locally,
            size_limit: args.size_limit,
            oversize: args.oversize,
            check_at_startup: !args.no_check_at_startup,
            check_every_minutes: (args.check_every > 0).then_some(args.check_every),
        },
        allow_plaintext: args.server.allow_plaintext,
        password_command: args.password.password_command.clone(),
    };
    settings.validate().map_err(Failure::new)?;
    let _ = args.keep; // the default; accepted for clarity in scripts

    // The password goes to the keyring before the account is saved, so a
    // missing keyring leaves nothing half-made behind.
    let typed = if args.password.password_command.is_some() {
        None
    } else {
        password_from_args(&args.password)?
    };
    if let Some(secret) = &typed {
        let store = keyring().map_err(|e| {
            Failure::new(fl!("cli-keyring-unavailable-add", reason = e.to_string()))
        })?;
        store
            .set(&SecretKey::incoming(&settings), secret)
            .map_err(|e| Failure::new(fl!("cli-password-save-error", reason = e.to_string())))?;
    }
    let db = open_store(dir)?;
    let id = db.add_account(&settings)?;
    println!(
        "{}",
        fl!(
            "cli-account-added",
            email = settings.email.clone(),
            id = id.to_string()
        )
    );
    if typed.is_none() && settings.password_command.is_none() {
        eprintln!("{}", fl!("cli-note-no-password-saved"));
    }
    Ok(EXIT_OK)
}

fn account_list(dir: &Path, json: bool) -> Result<u8, Failure> {
    let db = open_store(dir)?;
    let accounts = db.accounts()?;
    if json {
        println!("{}", serde_json::to_string_pretty(&accounts)?);
        return Ok(EXIT_OK);
    }
    if accounts.is_empty() {
        println!("{}", fl!("cli-no-accounts-yet"));
    }
    for a in accounts {
        let s = &a.settings;
        let mode = if !s.options.leave_on_server {
            fl!("cli-mode-delete")
        } else if let Some(days) = s.options.delete_after_days {
            fl!(
                "cli-mode-keep-days",
                count = days,
                n = format_number(u64::from(days))
            )
        } else {
            fl!("cli-mode-keep")
        };
        println!(
            "{}\t{} <{}>\t{}:{} ({})\t{}",
            a.id,
            s.display_name,
            s.email,
            s.incoming.host,
            s.incoming.port,
            s.incoming.security,
            mode
        );
    }
    Ok(EXIT_OK)
}

fn find_account(db: &Store, email: &str) -> Result<Account, Failure> {
    db.account_by_email(email)?
        .ok_or_else(|| Failure::new(fl!("cli-no-such-account", email = email.to_string())))
}

fn account_remove(dir: &Path, email: &str, delete_mail: bool) -> Result<u8, Failure> {
    let mut db = open_store(dir)?;
    let account = find_account(&db, email)?;
    db.remove_account(account.id, !delete_mail)?;
    if account.settings.password_command.is_none() {
        match keyring() {
            Ok(store) => {
                if let Err(e) = store.delete(&SecretKey::incoming(&account.settings)) {
                    eprintln!(
                        "{}",
                        fl!("cli-keyring-remove-failed", reason = e.to_string())
                    );
                }
            }
            Err(e) => eprintln!(
                "{}",
                fl!("cli-keyring-none-removed", reason = e.to_string())
            ),
        }
    }
    println!("{}", fl!("cli-account-removed", email = email.to_string()));
    Ok(EXIT_OK)
}

// --- fetch -----------------------------------------------------------------

fn fetch(dir: &Path, args: FetchArgs) -> Result<u8, Failure> {
    let db = open_store(dir)?;
    let accounts = match &args.account {
        Some(email) => vec![find_account(&db, email)?],
        None => db.accounts()?,
    };
    drop(db);
    if accounts.is_empty() {
        return Err(Failure::new(fl!("cli-no-accounts")));
    }
    if accounts.len() > 1 && args.password.given() {
        // One password would be sent to every account's server.
        return Err(Failure::new(fl!("cli-password-one-account")));
    }
    // One thread drives the connection: its socket events then need no
    // hand-over from a runtime worker. Parsing and the database have
    // threads of their own (see `sync`).
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let db_path = dir.join(store::DB_FILE);
    let cancel = CancelToken::new();
    {
        let cancel = cancel.clone();
        runtime.spawn(async move {
            if tokio::signal::ctrl_c().await.is_ok() {
                cancel.cancel();
            }
        });
    }
    let show_progress = !args.quiet && std::io::stderr().is_terminal();
    let mut summaries: Vec<Summary> = Vec::new();
    let mut failures: Vec<serde_json::Value> = Vec::new();
    let mut code = EXIT_OK;
    for account in &accounts {
        let email = account.settings.email.clone();
        let password = match account_password(account, &args.password) {
            Ok(p) => p,
            Err(f) => {
                eprintln!("postern: {email}: {}", f.text);
                failures.push(
                    serde_json::json!({"account": email, "error": f.text, "temporary": false}),
                );
                code = code.max(EXIT_FAILED);
                continue;
            }
        };
        let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
        // Search indexing catches up in the app's background indexer (or
        // the next download), so a headless download ends sooner.
        let options = FetchOptions {
            search_index: sync::SearchIndex::Defer,
            ..FetchOptions::from_env()
        };
        let result = runtime.block_on(async {
            let job = sync::fetch(&db_path, account, password, &options, tx, cancel.clone());
            tokio::pin!(job);
            let mut last = Instant::now() - Duration::from_secs(1);
            loop {
                tokio::select! {
                    result = &mut job => break result,
                    Some(event) = rx.recv() => {
                        if let Event::Progress(p) = event {
                            if show_progress && last.elapsed() >= Duration::from_millis(100) {
                                last = Instant::now();
                                let line = fl!(
                                    "cli-fetch-progress",
                                    email = email.clone(),
                                    done = format_number(u64::from(p.done)),
                                    total = format_number(u64::from(p.total)),
                                    got = format_size(p.bytes_done),
                                    size = format_size(p.bytes_total)
                                );
                                eprint!("\r{line}   ");
                                let _ = std::io::stderr().flush();
                            }
                        }
                    }
                }
            }
        });
        if show_progress {
            eprint!("\r\x1b[K");
        }
        match result {
            Ok(summary) => {
                if summary.cancelled {
                    code = code.max(EXIT_CANCELLED);
                } else if !summary.errors.is_empty() {
                    code = code.max(EXIT_PARTIAL);
                }
                if !args.json {
                    println!("{}", describe_summary(&summary));
                    for e in &summary.errors {
                        println!("  {e}");
                    }
                }
                summaries.push(summary);
            }
            Err(e) => {
                let temporary = e.is_temporary();
                code = code.max(if temporary {
                    EXIT_TEMPFAIL
                } else {
                    EXIT_FAILED
                });
                let text = describe_error(&e);
                eprintln!("postern: {email}: {}", describe_failure(&e, account));
                failures.push(
                    serde_json::json!({"account": email, "error": text, "temporary": temporary}),
                );
            }
        }
        if cancel.is_cancelled() {
            break;
        }
    }
    if args.json {
        let totals = serde_json::json!({
            "downloaded": summaries.iter().map(|s| s.downloaded).sum::<u32>(),
            "bytes": summaries.iter().map(|s| s.bytes).sum::<u64>(),
            "deleted_on_server": summaries.iter().map(|s| s.deleted_on_server).sum::<u32>(),
            "skipped": summaries.iter().map(|s| s.skipped).sum::<u32>(),
            "errors": summaries.iter().map(|s| s.errors.len()).sum::<usize>() + failures.len(),
        });
        let out = serde_json::json!({
            "ok": code == EXIT_OK,
            "exit_code": code,
            "totals": totals,
            "accounts": summaries,
            "failures": failures,
        });
        println!("{}", serde_json::to_string_pretty(&out)?);
    }
    Ok(code)
}

fn describe_summary(s: &Summary) -> String {
    let n = |count: u32| format_number(u64::from(count));
    let mut parts = vec![match s.downloaded {
        0 => fl!("cli-fetch-none-new"),
        count => fl!(
            "cli-fetch-new",
            count = count,
            n = n(count),
            size = format_size(s.bytes)
        ),
    }];
    if s.headers_only > 0 {
        let count = s.headers_only;
        parts.push(fl!("cli-fetch-headers-only", count = count, n = n(count)));
    }
    if s.deleted_on_server > 0 {
        let count = s.deleted_on_server;
        parts.push(fl!("cli-fetch-deleted", count = count, n = n(count)));
    }
    if s.skipped > 0 {
        let count = s.skipped;
        parts.push(fl!("cli-fetch-skipped", count = count, n = n(count)));
    }
    if s.size_mismatch > 0 {
        let count = s.size_mismatch;
        parts.push(fl!("cli-fetch-size-mismatch", count = count, n = n(count)));
    }
    if s.cancelled {
        parts.push(fl!("cli-fetch-cancelled"));
    }
    format!("{}: {}", s.email, parts.join(", "))
}

/// The English log text of a failed download, for `--json`.
fn describe_error(e: &SyncError) -> String {
    let text = e.to_string();
    if e.is_temporary() {
        format!("{text} (temporary: try again later)")
    } else {
        text
    }
}

/// A failed download in one translated sentence, for people: the doctor's
/// wording where the error maps to one of its problems, else the error's
/// own text.
fn describe_failure(error: &SyncError, account: &Account) -> String {
    let text = match failure_problem(error, account) {
        Ok(problem) => Diagnosis { problem, fix: None }.cause(),
        Err(text) => text,
    };
    if error.is_temporary() {
        fl!("cli-fetch-temporary", reason = text)
    } else {
        text
    }
}

/// The doctor's problem behind a download error (as the app's download
/// worker maps it), or the text to show when there is none.
fn failure_problem(error: &SyncError, account: &Account) -> Result<Problem, String> {
    let incoming = &account.settings.incoming;
    match error {
        // Says "login refused" in English, as scripts have seen it.
        SyncError::Pop3(Pop3Error::AuthFailed { text, .. }) => Err(fl!(
            "cli-fetch-login-refused",
            text = postern::doctor::clean_text(text)
        )),
        SyncError::Pop3(Pop3Error::Closed) => Err(fl!("inbox-error-closed")),
        _ => {
            Problem::of_sync(error, &incoming.host, incoming.port).ok_or_else(|| error.to_string())
        }
    }
}

// --- export ----------------------------------------------------------------

fn export_cmd(dir: &Path, args: ExportArgs) -> Result<u8, Failure> {
    let db = open_store(dir)?;
    let account = find_account(&db, &args.account)?;
    let count = export::export(&db, account.id, args.format, &args.out)?;
    println!(
        "{}",
        fl!(
            "cli-exported",
            count = count,
            n = format_number(count as u64),
            email = account.settings.email.clone(),
            path = args.out.display().to_string()
        )
    );
    Ok(EXIT_OK)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newline_stripping_keeps_inner_text() {
        assert_eq!(strip_newline("pw\n".into()), "pw");
        assert_eq!(strip_newline("pw\r\n".into()), "pw");
        assert_eq!(strip_newline("p w".into()), "p w");
        assert_eq!(strip_newline("pw\n\n".into()), "pw\n");
    }

    #[test]
    fn cli_parses() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
