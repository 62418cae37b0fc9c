//! The command line of `coi province` (clap types only): the Inspectorate's compile of every
//! agency's submitted report. The commands are in `commands/province.rs`.

use std::path::PathBuf;

use clap::{Args, Subcommand};

#[derive(Debug, Args)]
pub struct ProvinceArgs {
    #[command(subcommand)]
    pub action: ProvinceAction,
}

#[derive(Debug, Subcommand)]
pub enum ProvinceAction {
    /// Create a compile workspace: a folder with province.yaml
    Init(InitArgs),
    /// Add an agency to province.yaml, with where its submissions come from
    AddAgency(AddAgencyArgs),
    /// Check province.yaml; print each problem with its file and line
    Check,
    /// Fetch each agency's submission tags of a period from its remote (never writing to it)
    Collect(CollectArgs),
    /// The province's figures for a period: indicator × agency and the total, the agencies
    /// missing, late or refused, the corrections
    Report(ReportArgs),
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The workspace's folder (made when it does not exist)
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    /// The Inspectorate's name («Thanh tra tỉnh Bình Hải»)
    #[arg(long, value_name = "NAME")]
    pub name: String,
}

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("source").required(true).args(["remote", "folder"]))]
pub struct AddAgencyArgs {
    /// The code the workspace knows the agency by (its coi.yaml's agency_code, when set)
    #[arg(value_name = "CODE")]
    pub code: String,
    /// The agency's name
    #[arg(long, value_name = "NAME")]
    pub name: String,
    /// Its register's git remote: a URL or a path
    #[arg(long, value_name = "URL|PATH")]
    pub remote: Option<String>,
    /// Or a folder where its exported JSON files are dropped
    #[arg(long, value_name = "DIR")]
    pub folder: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CollectArgs {
    /// 2026-Q1 … 2026-Q4, 2026-6M, 2026-9M, 2026
    #[arg(long, value_name = "PERIOD")]
    pub period: String,
    /// Seconds one agency's fetch may take (default: province.yaml's timeout)
    #[arg(long, value_name = "SECONDS")]
    pub timeout: Option<u64>,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// 2026-Q1 … 2026-Q4, 2026-6M, 2026-9M, 2026
    #[arg(long, value_name = "PERIOD")]
    pub period: String,
    /// Write the CSV files into this folder
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Write a workbook, one sheet a table
    #[arg(long, value_name = "FILE")]
    pub xlsx: Option<PathBuf>,
    /// Write the report to the People's Committee as a Word document (Decree 30/2020)
    #[arg(long, value_name = "FILE")]
    pub docx: Option<PathBuf>,
    /// The report's number as it is signed (12, or 12/BC-TTr): written in the document (a number
    /// without `/` takes province.yaml's doc_code, by default TTr)
    #[arg(long, value_name = "NUMBER")]
    pub number: Option<String>,
    /// Do not re-run each agency's report at its tagged commit to check the figures
    #[arg(long)]
    pub no_verify: bool,
}
