//! Many clerks at once, and syncs stopped at any moment: the long runs, `#[ignore]`d so that
//! `cargo test` stays short; `.ci/run` runs them with `--include-ignored`.
//!
//! Each test checks what a clerk must be able to trust at the end: every ID `add` printed still
//! finds the record it was printed for, in every clone; every record is there once; numbers run
//! 1…n; `check` finds no error; nothing is left uncommitted or half-moved.

use std::collections::BTreeMap;
use std::process::Command;

use crate::clones::{gift, gifts, named};
use crate::harness::{Env, Run};

/// `n` clones named `c0`, `c1`… of one register and its remote.
fn office(n: usize) -> (Env, Vec<String>) {
    let clones: Vec<String> = (0..n).map(|i| format!("c{i}")).collect();
    let names: Vec<&str> = clones.iter().map(String::as_str).collect();
    (crate::clones::office(&names), clones)
}

/// Every clone holds the same gifts, each person once, numbered 1…n; every printed ID finds its
/// person; `check` is clean and `git status` empty everywhere.
#[track_caller]
fn all_trustworthy(env: &Env, clones: &[String], printed: &BTreeMap<String, String>) {
    let first = gifts(env, &clones[0]);
    let expected: Vec<String> = (1..=first.len())
        .map(|n| format!("QT-2026-{n:03}.yaml"))
        .collect();
    assert_eq!(first.keys().cloned().collect::<Vec<_>>(), expected);
    let mut people: Vec<&String> = first.values().collect();
    people.sort();
    people.dedup();
    assert_eq!(people.len(), first.len(), "a record is there twice");
    assert_eq!(first.len(), printed.len(), "a record is missing");
    for clone in clones {
        assert_eq!(&gifts(env, clone), &first, "{clone} differs");
        let check = env.run_at(clone, "check");
        assert!(check.stdout.contains(" 0 lỗi"), "{clone}: {}", check.stdout);
        assert_eq!(env.git(clone, &["status", "--porcelain"]), "", "{clone}");
        assert!(
            !env.exists(&format!("{clone}/.git/coi-sync.json")),
            "{clone}"
        );
    }
    for (id, who) in printed {
        for clone in [&clones[0], &clones[clones.len() - 1]] {
            assert_eq!(&named(env, clone, id), who, "{id} in {clone}");
        }
    }
}

#[test]
#[ignore = "long: six clones, twenty rounds each, at once (run by .ci/run)"]
fn six_clones_adding_stepping_and_syncing_at_once_keep_every_printed_id() {
    let (env, clones) = office(6);
    let printed: BTreeMap<String, String> = std::thread::scope(|scope| {
        let workers: Vec<_> = clones
            .iter()
            .map(|clone| {
                let env = &env;
                scope.spawn(move || {
                    let mut mine = BTreeMap::new();
                    let mut last: Option<String> = None;
                    for round in 0..20 {
                        let who = format!("Người {clone}-{round:02}");
                        let id = gift(env, clone, &who);
                        // A step by the ID printed a round ago: provisional then, maybe
                        // published since.
                        if let Some(earlier) = &last {
                            env.run_at(
                                clone,
                                &format!("gift handover {earlier} --date 12/02/2026"),
                            )
                            .ok();
                        }
                        let sync = env.run_at(clone, "sync");
                        assert_eq!(sync.code, 0, "{clone} round {round}: {}", sync.stderr);
                        mine.insert(id.clone(), who);
                        last = Some(id);
                    }
                    mine
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap())
            .collect()
    });
    for clone in &clones {
        env.run_at(clone, "sync").ok();
    }
    for clone in &clones {
        env.run_at(clone, "sync").ok();
    }
    assert_eq!(printed.len(), 120);
    all_trustworthy(&env, &clones, &printed);
    // Every step landed on the record it was made for: 19 hand-overs per clone.
    let handed = gifts(&env, &clones[0])
        .keys()
        .filter(|f| {
            env.read(&format!("c0/gifts/2026/{f}"))
                .contains("handed_over_on:")
        })
        .count();
    assert_eq!(handed, 6 * 19);
}

#[test]
#[ignore = "long: eight clones syncing in a loop at once (run by .ci/run)"]
fn eight_clones_syncing_in_a_loop_at_once_never_give_up() {
    let (env, clones) = office(8);
    let start = std::time::Instant::now();
    let printed: BTreeMap<String, String> = std::thread::scope(|scope| {
        let workers: Vec<_> = clones
            .iter()
            .map(|clone| {
                let env = &env;
                scope.spawn(move || {
                    let mut mine = BTreeMap::new();
                    for round in 0..5 {
                        let who = format!("Người {clone}-{round}");
                        mine.insert(gift(env, clone, &who), who);
                        let sync = env.run_at(clone, "sync");
                        assert_eq!(sync.code, 0, "{clone} round {round}: {}", sync.stderr);
                    }
                    mine
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap())
            .collect()
    });
    eprintln!("eight clones, five rounds each: {:?}", start.elapsed());
    for clone in &clones {
        env.run_at(clone, "sync").ok();
    }
    all_trustworthy(&env, &clones, &printed);
}

#[cfg(unix)]
#[test]
#[ignore = "long: thirty syncs killed at random moments (run by .ci/run)"]
fn syncs_killed_at_random_moments_lose_and_double_nothing() {
    use std::os::unix::process::CommandExt;
    let (env, clones) = office(2);
    let mut printed = BTreeMap::new();
    let (a, b) = (&clones[0], &clones[1]);
    for round in 0..30 {
        for n in 0..2 {
            let who = format!("Người a-{round:02}-{n}");
            printed.insert(gift(&env, a, &who), who);
        }
        // Another clerk publishes now and then, so that a's sync has commits to take in too.
        if round % 3 == 0 {
            let who = format!("Người b-{round:02}");
            printed.insert(gift(&env, b, &who), who);
            env.run_at(b, "sync").ok();
        }
        let mut cmd: Command = env.command_at(a, "sync");
        cmd.process_group(0);
        let mut child = cmd.spawn().unwrap();
        // Any moment is a moment a power cut can choose.
        std::thread::sleep(std::time::Duration::from_millis(fastrand::u64(0..400)));
        let group = child.id() as i32;
        let _ = Command::new("kill")
            .args(["-s", "KILL", "--", &format!("-{group}")])
            .status();
        let _ = child.wait();
        // The next plain sync finishes or starts afresh, and must succeed.
        let next = Run::from_output(env.command_at(a, "sync").output().unwrap());
        assert_eq!(
            next.code, 0,
            "round {round}: {}{}",
            next.stdout, next.stderr
        );
        assert_eq!(env.git(a, &["status", "--porcelain"]), "", "round {round}");
    }
    env.run_at(b, "sync").ok();
    all_trustworthy(&env, &clones, &printed);
}
