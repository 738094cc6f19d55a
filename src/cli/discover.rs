//! `postern discover ADDRESS`: what discovery finds for an address, and
//! where it came from.
//!
//! BEING WRITTEN (autoconfig helper).

use clap::Args;

use super::Failure;

#[derive(Args, Debug)]
pub struct DiscoverArgs {
    /// The email address.
    pub address: String,
    /// Print the result as JSON.
    #[arg(long)]
    pub json: bool,
}

pub fn run(_args: DiscoverArgs) -> Result<u8, Failure> {
    Err(Failure::new("the discover command is not available yet"))
}
