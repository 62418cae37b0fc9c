//! The README is the manual: its `sh` examples are run, in order, in one fresh folder: the
//! clerk's manual in Vietnamese as one story, the English reference as another.

use std::path::Path;

use crate::harness::{Env, Run};

/// The ```` ```sh ```` blocks of the README, in order: those of the Vietnamese manual, then
/// those of the English reference.
pub(crate) fn examples() -> (Vec<String>, Vec<String>) {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let (mut vietnamese, mut english) = (Vec::new(), Vec::new());
    let mut in_english = false;
    let mut current: Option<String> = None;
    for line in text.lines() {
        in_english |= line.starts_with("# Reference (English)");
        match (&mut current, line.trim_end()) {
            (None, "```sh") => current = Some(String::new()),
            (Some(block), "```") => {
                let story = if in_english {
                    &mut english
                } else {
                    &mut vietnamese
                };
                story.push(std::mem::take(block));
                current = None;
            }
            (Some(block), l) => {
                block.push_str(l);
                block.push('\n');
            }
            _ => {}
        }
    }
    (vietnamese, english)
}

/// The blocks run as one script in a fresh folder, stopping at the first failure.
fn run(env: &Env, blocks: &[String]) -> Run {
    let script = format!(
        "set -euo pipefail\ncoi() {{ \"$COI\" \"$@\"; }}\n{}",
        blocks.join("\n")
    );
    env.write("readme.sh", &script);
    let out = Run::from_output(env.script(&env.path("readme.sh")).output().unwrap());
    assert_eq!(
        out.code, 0,
        "the README's examples failed\nstdout:\n{}\nstderr:\n{}",
        out.stdout, out.stderr
    );
    out
}

#[test]
fn the_english_quick_start_runs() {
    let env = Env::new();
    let (_, english) = examples();
    assert!(!english.is_empty());
    let out = run(&env, &english);
    assert!(
        out.stdout
            .contains("Đã kiểm tra 3 hồ sơ: 0 lỗi, 0 cảnh báo."),
        "{}",
        out.stdout
    );
}

#[test]
fn the_examples_run() {
    let env = Env::new();
    let (blocks, _) = examples();
    assert!(blocks.len() >= 8, "{blocks:?}");
    let stdout = run(&env, &blocks).stdout;
    // The examples tell a consistent story: the register they build is clean.
    assert!(
        stdout.contains("Đã kiểm tra 6 hồ sơ: 0 lỗi, 0 cảnh báo."),
        "{stdout}"
    );
    assert!(
        stdout.contains("XDLI-2026-001")
            && stdout.contains("QT-2026-001")
            && stdout.contains("TH-2026-001")
            && stdout.contains("KT-2026-001")
            && stdout.contains("HD-2026-001"),
        "{stdout}"
    );
    assert!(
        env.path("so-xdli/bao-cao/2026-Q1/bao-cao-2026-Q1.xlsx")
            .is_file()
    );
    assert!(
        env.path("so-xdli/bao-cao/2026-Q1/bao-cao-2026-Q1.docx")
            .is_file()
    );
}
