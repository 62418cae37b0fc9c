//! Who commits: `coi` gives git the author itself, so no git identity is ever set up by hand.

use std::path::Path;

use crate::harness::{CLERK, Env, Run};

/// A register in git whose `coi.yaml` names the clerk, on a machine where git knows no one.
fn register_with_clerk() -> Env {
    let env = Env::with_git_register();
    let config = env.read("reg/coi.yaml");
    env.write(
        "reg/coi.yaml",
        &format!("{config}clerk:\n  name: Lê Văn Thư Ký\n  email: thuky@bql.example.invalid\n"),
    );
    env.git("reg", &["commit", "-qam", "clerk"]);
    env
}

/// `coi case add` with no COI_USER (and, in the sealed environment, no USER or git identity).
fn without_user(env: &Env) -> Run {
    Run::from_output(
        env.case()
            .command()
            .env_remove("COI_USER")
            .output()
            .expect("coi runs"),
    )
}

fn author_of_head(env: &Env) -> String {
    env.git("reg", &["log", "-1", "--format=%an <%ae>|%cn <%ce>"])
}

#[test]
fn without_a_user_the_clerk_of_coi_yaml_commits() {
    let env = register_with_clerk();
    let run = without_user(&env);
    run.ok();
    assert!(
        !run.stderr.contains("unknown"),
        "no warning when the clerk is known: {}",
        run.stderr
    );
    assert_eq!(
        author_of_head(&env),
        "Lê Văn Thư Ký <thuky@bql.example.invalid>|Lê Văn Thư Ký <thuky@bql.example.invalid>\n"
    );
    let id = run.last_line().to_string();
    let shown = env.reg(&["case", "show", &id]).ok();
    assert!(shown.contains("Lê Văn Thư Ký"), "{shown}");
    assert_eq!(
        env.coi(&["--data", "reg", "whoami"]).ok(),
        format!("{CLERK} <thuky@bql.example.invalid>\n"),
        "COI_USER names who acts; the clerk's email goes with it"
    );
}

#[test]
fn coi_user_and_by_come_before_the_clerk() {
    let env = register_with_clerk();
    env.case().add().ok();
    assert_eq!(
        author_of_head(&env),
        format!("{CLERK} <thuky@bql.example.invalid>|{CLERK} <thuky@bql.example.invalid>\n")
    );
    env.case().with(&["--by", "Phạm Thị Hai"]).add().ok();
    assert!(author_of_head(&env).starts_with("Phạm Thị Hai <"));
}

#[test]
fn with_no_name_at_all_the_commit_says_unknown_and_a_warning_says_why() {
    let env = Env::with_git_register();
    let run = without_user(&env);
    run.ok();
    let warnings: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.contains("unknown"))
        .collect();
    assert_eq!(warnings.len(), 1, "one warning: {}", run.stderr);
    assert!(warnings[0].contains("clerk"), "{}", run.stderr);
    assert_eq!(author_of_head(&env), "unknown <>|unknown <>\n");
}

#[cfg(unix)]
#[test]
fn the_quarterly_script_commits_on_a_machine_with_no_git_identity() {
    let env = register_with_clerk();
    env.training().set("--start-on", "05/12/2025").add().ok();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/quarterly-export.sh");
    for user in [Some("Lịch chạy"), None] {
        let mut cmd = env.script(&script);
        cmd.current_dir(env.path("reg"));
        match user {
            Some(u) => cmd.env("COI_USER", u),
            None => cmd.env_remove("COI_USER"),
        };
        // A new period each time, so that each run has something to commit.
        cmd.arg(if user.is_some() { "2025-Q4" } else { "2025" });
        let out = cmd.output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let expected = match user {
            Some(u) => format!("{u} <thuky@bql.example.invalid>"),
            // A scheduled run with no COI_USER acts as «coi (tự động)», with the clerk's e-mail.
            None => "coi (tự động) <thuky@bql.example.invalid>".to_string(),
        };
        assert_eq!(author_of_head(&env), format!("{expected}|{expected}\n"));
    }
}

/// With the clock fixed by `COI_NOW`, commits carry it as their date, so that the same commands
/// make the same commits, to the hash.
#[test]
fn a_fixed_clock_dates_the_commits_and_makes_them_the_same() {
    let heads: Vec<String> = (0..2)
        .map(|_| {
            let env = Env::with_git_register();
            env.case().add().ok();
            let dates = env.git("reg", &["log", "--format=%aI %cI"]);
            for line in dates.lines() {
                assert_eq!(
                    line,
                    format!("{} {}", crate::harness::NOW, crate::harness::NOW),
                    "{dates}"
                );
            }
            env.git("reg", &["rev-parse", "HEAD"])
        })
        .collect();
    assert_eq!(heads[0], heads[1]);
}
