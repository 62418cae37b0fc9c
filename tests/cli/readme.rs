//! The README is the manual: its `sh` examples are run, in order, in one fresh folder.

use std::path::Path;

use crate::harness::Env;

/// The ```` ```sh ```` blocks of the README, in order.
fn examples() -> Vec<String> {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        match (&mut current, line.trim_end()) {
            (None, "```sh") => current = Some(String::new()),
            (Some(block), "```") => {
                blocks.push(std::mem::take(block));
                current = None;
            }
            (Some(block), l) => {
                block.push_str(l);
                block.push('\n');
            }
            _ => {}
        }
    }
    blocks
}

#[test]
fn the_examples_run() {
    let env = Env::new();
    let blocks = examples();
    assert!(blocks.len() >= 8, "{blocks:?}");
    let script = format!(
        "set -euo pipefail\ncoi() {{ \"$COI\" \"$@\"; }}\n{}",
        blocks.join("\n")
    );
    env.write("readme.sh", &script);
    let out = env.script(&env.path("readme.sh")).output().unwrap();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(
        out.status.success(),
        "the README's examples failed\nstdout:\n{stdout}\nstderr:\n{stderr}"
    );
    // The examples tell a consistent story: the register they build is clean.
    assert!(
        stdout.contains("Đã kiểm tra 3 hồ sơ: 0 lỗi, 0 cảnh báo."),
        "{stdout}"
    );
    assert!(
        stdout.contains("XDLI-2026-001")
            && stdout.contains("QT-2026-001")
            && stdout.contains("TH-2026-001"),
        "{stdout}"
    );
    assert!(
        env.path("so-xdli/bao-cao/2026-Q1/bao-cao-2026-Q1.xlsx")
            .is_file()
    );
}
