//! The register generator of the benchmark (`examples/gen_register.rs`): valid, varied, and the
//! same for the same seed. `cargo test` builds the examples next to the binary.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::Command;

use crate::harness::{Env, Run};

pub fn generator() -> PathBuf {
    let coi = PathBuf::from(env!("CARGO_BIN_EXE_coi"));
    let name = format!("gen_register{}", std::env::consts::EXE_SUFFIX);
    let path = coi.parent().unwrap().join("examples").join(name);
    assert!(
        path.exists(),
        "{} is missing: `cargo test` builds it (a test filter such as --test cli does not)",
        path.display()
    );
    path
}

pub fn generate(env: &Env, records: &str, seed: &str, dir: &str) {
    let out = Command::new(generator())
        .args(["--records", records, "--seed", seed])
        .arg(env.path(dir))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The distinct values of `field` in `coi <kind> list --format json`.
fn values(env: &Env, dir: &str, kind: &str, field: &str) -> BTreeSet<String> {
    let json = env
        .coi(&["--data", dir, kind, "list", "--format", "json"])
        .ok();
    let list: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    list.iter()
        .map(|r| r[field].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn a_generated_register_is_valid_varied_and_the_same_for_a_seed() {
    let env = Env::new();
    generate(&env, "600", "7", "a");
    generate(&env, "600", "7", "b");
    generate(&env, "600", "8", "c");
    // Every file and its bytes, by its path inside the register.
    let tree = |dir: &str| -> Vec<_> {
        let snapshot = env.snapshot(dir);
        snapshot
            .into_iter()
            .map(|(path, bytes)| (path.strip_prefix(dir).unwrap().to_path_buf(), bytes))
            .collect()
    };
    assert!(tree("a").len() > 600);
    assert!(tree("a") == tree("b"), "same seed, same bytes");
    assert!(tree("a") != tree("c"), "another seed, another register");

    // Seen on the generator's today, no date of what has happened is after it.
    let mut check = env.command();
    check.env("COI_NOW", "2028-12-31T09:00:00+07:00");
    let out = Run::from_output(check.args(["--data", "a", "check"]).output().unwrap());
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert!(!out.stdout.contains("sau ngày hôm nay"), "{}", out.stdout);
    assert!(
        out.stdout.contains("\nĐã kiểm tra 600 hồ sơ: 0 lỗi, "),
        "{}",
        out.stdout
    );

    for (kind, unit) in [
        ("case", "unit"),
        ("gift", "unit"),
        ("training", "organizer"),
    ] {
        let units = values(&env, "a", kind, unit);
        assert!(units.len() >= 4, "{kind}: units {units:?}");
        let ids = values(&env, "a", kind, "id");
        let years: BTreeSet<&str> = ids.iter().filter_map(|id| id.split('-').nth(1)).collect();
        assert_eq!(years, BTreeSet::from(["2025", "2026", "2027"]), "{kind}");
    }
    for (kind, at_least) in [("case", 4), ("gift", 4)] {
        let states = values(&env, "a", kind, "status");
        assert!(states.len() >= at_least, "{kind}: states {states:?}");
        assert!(states.contains("void"), "{kind}: states {states:?}");
    }
}
