//! `postern doctor`: runs the connection doctor on an account or on
//! settings given as options, and prints the report.
//!
//! BEING WRITTEN (doctor helper).

use std::path::Path;

use clap::Args;

use super::Failure;

#[derive(Args, Debug)]
pub struct DoctorArgs {
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
    /// Check this stored account (email address).
    #[arg(long, value_name = "ADDR")]
    pub account: Option<String>,
}

pub fn run(_dir: &Path, _args: DoctorArgs) -> Result<u8, Failure> {
    Err(Failure::new("the doctor command is not available yet"))
}
