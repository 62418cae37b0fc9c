//! The YAML of the register's files, as text: the canonical writer, and where each field of a
//! file is. Pure: no file is touched here.

pub mod lines;
pub mod write;

pub use write::to_yaml;
