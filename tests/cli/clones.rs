//! Clones of one register and its shared remote, for the tests of many clerks: the office, a
//! gift added in a clone, and what a gift ID or a gift file names.

use std::collections::BTreeMap;

use crate::harness::Env;

/// A register `reg` pushed to the bare remote `remote.git`, and `clones` cloned from it.
pub fn office(clones: &[&str]) -> Env {
    let env = Env::with_git_register();
    env.git(".", &["init", "--quiet", "--bare", "remote.git"]);
    env.git("reg", &["remote", "add", "origin", "../remote.git"]);
    env.run("sync").ok();
    // A first sync sends the history as it is: no journal is left behind.
    assert!(!env.exists("reg/.git/coi-sync.json"));
    for clone in clones {
        env.git(".", &["clone", "--quiet", "remote.git", clone]);
    }
    env
}

/// `gift add` in `clone` for `who`; the ID it printed.
pub fn gift(env: &Env, clone: &str, who: &str) -> String {
    let line = format!(
        "gift add --unit VP --recipient-name '{who}' --received-on 10/02/2026 \
         --giver-name 'Công ty TNHH Minh Phát' --kind tien-mat --description 'Phong bì' \
         --value-vnd 500.000"
    );
    let run = env.run_at(clone, &line);
    run.ok();
    run.last_line().to_string()
}

/// The recipient a gift ID names in `clone`, as `show` finds it.
pub fn named(env: &Env, clone: &str, id: &str) -> String {
    let out = env
        .run_at(clone, &format!("--format json gift show {id}"))
        .ok();
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    value["record"]["recipient"]["name"]
        .as_str()
        .or_else(|| value["recipient"]["name"].as_str())
        .unwrap_or_else(|| panic!("{out}"))
        .to_string()
}

/// The recipient of each gift file of a clone, by file name.
pub fn gifts(env: &Env, clone: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let Ok(entries) = std::fs::read_dir(env.path(&format!("{clone}/gifts/2026"))) else {
        return out;
    };
    for e in entries.flatten() {
        let text = std::fs::read_to_string(e.path()).unwrap();
        let value: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
        let name = value["recipient"]["name"].as_str().unwrap().to_string();
        out.insert(e.file_name().to_string_lossy().into_owned(), name);
    }
    out
}
