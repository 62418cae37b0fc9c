//! The YAML of the register's files, as text: the canonical writer, the quick reader of what it
//! writes, and where each field of a file is. Pure: no file is touched here.

pub mod doc;
pub mod lines;
pub mod quick;
pub mod write;

pub use doc::{Doc, Number};
pub use write::{record_yaml, to_yaml};
