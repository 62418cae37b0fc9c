//! Where things lie in a register's folder, for storage that reads and writes them and for the
//! rules and commands that name them. (A record's path follows from its ID: see
//! [`crate::model::RecordId::relative_path`].)

use std::path::{Path, PathBuf};

/// The register's settings, at its root; a folder with one is a register.
pub const CONFIG_FILE: &str = "coi.yaml";

/// The folder of the plan files.
pub const PLANS_FOLDER: &str = "plans";

/// Where the plan of a year is kept, relative to the register.
pub fn plan_path(year: i32) -> PathBuf {
    Path::new(PLANS_FOLDER).join(format!("{year}.yaml"))
}

/// The year a file of `plans/` is the plan of: `2026.yaml` → 2026.
pub fn plan_year(file_name: &str) -> Option<i32> {
    let stem = file_name.strip_suffix(".yaml")?;
    (stem.len() == 4 && stem.bytes().all(|b| b.is_ascii_digit()))
        .then(|| stem.parse().ok())
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_files_are_named_by_their_year() {
        assert_eq!(plan_year("2026.yaml"), Some(2026));
        for name in [
            "2026.yml",
            "26.yaml",
            "kế-hoạch.yaml",
            "2026-1.yaml",
            ".2026.yaml",
        ] {
            assert_eq!(plan_year(name), None, "{name}");
        }
        assert_eq!(plan_path(2026), Path::new("plans/2026.yaml"));
    }
}
