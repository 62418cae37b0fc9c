//! `coi man`: the manual page, generated from the command-line definitions.

use clap::CommandFactory;

use crate::cli::Cli;
use crate::error::{Error, Result};

pub fn run() -> Result<()> {
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut page)
        .map_err(Error::Output)?;
    super::out(&String::from_utf8_lossy(&page))
}
