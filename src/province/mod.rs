//! The province: the Inspectorate's compile of the reports every agency submitted. The
//! workspace file, collecting submissions from the agencies' remotes or folders, and the
//! compile itself, its quarter-by-quarter trend and the check of each submission's figures
//! against its register, apart from the command line.

pub mod collect;
pub mod compile;
pub mod document;
pub mod form01;
pub mod trend;
pub mod verify;
pub mod workspace;
