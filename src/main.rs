//! The `postern` binary: logging, translations, command-line dispatch, and
//! the window when no subcommand is given.

mod cli;
mod ui;

use std::process::ExitCode;

fn main() -> ExitCode {
    let filter = tracing_subscriber::EnvFilter::try_from_env("POSTERN_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .init();
    postern::i18n::use_system_languages();
    match cli::parse() {
        cli::Invocation::Command(command) => cli::main(*command),
        cli::Invocation::App { data_dir } => ui::run(data_dir),
    }
}
