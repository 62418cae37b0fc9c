//! `coi`: a register of conflict-of-interest cases, gift reports and anti-corruption trainings
//! for a Vietnamese public agency, kept as YAML files in a folder under git.
//!
//! Flow runs one way: `cli` → `commands` → `register` (the only code that touches files), with
//! `model` (types and the field schema), `rules` (findings) and `render` (tables, JSON) as pure
//! layers beneath. What the command line and the commands both use (the global flags, the value
//! parsers, the help's words) is in `flags`, below both.

pub mod cli;
pub mod commands;
pub mod context;
pub mod error;
pub mod flags;
pub mod i18n;
pub mod layout;
pub mod model;
pub mod parallel;
pub mod period;
pub mod problem;
pub mod province;
pub mod register;
pub mod render;
pub mod report;
pub mod rules;
pub mod run;
pub mod sync;
pub mod yaml;

pub use error::{Error, Result};
