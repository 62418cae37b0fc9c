//! The README's crontab line for the quarterly export, run as printed, the way cron runs it: with
//! `env -i` (no HOME, no git identity, no terminal) on a register made by `coi init` and nothing
//! else.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::harness::Env;

/// The crontab line of the README's "Scheduled export", exactly as printed.
fn crontab_line() -> String {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let lines: Vec<&str> = readme
        .lines()
        .filter(|l| l.starts_with("0 7 16 3,6,9,12 * "))
        .collect();
    assert_eq!(lines.len(), 1, "one crontab line in the README: {lines:?}");
    lines[0].to_string()
}

/// The command part of the line (after the five time fields), with the three paths the README
/// tells the reader to replace: the register, the program and the script.
fn command_of(line: &str, register: &Path) -> String {
    let command = line.splitn(6, ' ').nth(5).unwrap();
    for placeholder in [
        "/srv/so-xdli",
        "/usr/local/bin/coi",
        "/opt/coi/quarterly-export.sh",
    ] {
        assert!(command.contains(placeholder), "{placeholder} in {command}");
    }
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/quarterly-export.sh");
    command
        .replace("/srv/so-xdli", &register.display().to_string())
        .replace("/usr/local/bin/coi", env!("CARGO_BIN_EXE_coi"))
        .replace(
            "/opt/coi/quarterly-export.sh",
            &script.display().to_string(),
        )
}

/// A command with nothing of the environment but PATH, as `env -i PATH=… sh -c …` gives it.
fn bare(program: &str, dir: &Path) -> Command {
    let mut cmd = Command::new("env");
    cmd.arg("-i")
        .arg(format!(
            "PATH={}",
            std::env::var("PATH").unwrap_or_default()
        ))
        .arg(program)
        .current_dir(dir)
        .stdin(Stdio::null());
    cmd
}

fn register() -> (Env, PathBuf) {
    let env = Env::new();
    let out = bare(env!("CARGO_BIN_EXE_coi"), &env.path(""))
        .args(["init", "reg", "--agency", "Ban Quản lý Khu kinh tế tỉnh"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let reg = env.path("reg");
    (env, reg)
}

#[test]
fn the_readme_crontab_line_works_as_printed_with_nothing_set_up() {
    let (env, reg) = register();
    let command = command_of(&crontab_line(), &reg);
    let run = || {
        bare("sh", &env.path(""))
            .arg("-c")
            .arg(&command)
            .output()
            .unwrap()
    };
    let out = run();
    let log = std::fs::read_to_string(reg.join("reports/export.log")).unwrap_or_default();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{command}\nstdout:\n{}\nstderr:\n{}\nlog:\n{log}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    // Everything went to the log, which says where the export is on its last line.
    assert!(out.stdout.is_empty() && out.stderr.is_empty());
    let folder = log.lines().last().unwrap().to_string();
    let prefix = format!("{}/reports/", reg.display());
    let period = folder
        .strip_prefix(&prefix)
        .unwrap_or_else(|| panic!("{log}"));
    for file in ["tong-hop.csv", "khong-tinh.csv"]
        .into_iter()
        .map(String::from)
        .chain([format!("bao-cao-{period}.xlsx")])
    {
        assert!(Path::new(&folder).join(&file).is_file(), "{file}\n{log}");
    }
    // A dated header: date, register and command line.
    let header = log
        .lines()
        .find(|l| l.starts_with("=== "))
        .unwrap_or_else(|| panic!("{log}"));
    let date = &header[4..];
    assert!(
        date.len() > 10
            && date[..10]
                .chars()
                .enumerate()
                .all(|(i, c)| if i == 4 || i == 7 {
                    c == '-'
                } else {
                    c.is_ascii_digit()
                }),
        "{header}"
    );
    assert!(
        header.contains(&format!(" · sổ: {} · lệnh: ", reg.display())),
        "{header}"
    );
    assert!(
        header.ends_with("quarterly-export.sh --log reports/export.log"),
        "{header}"
    );
    // Committed by «coi (tự động)», with no git identity anywhere.
    let author = env.git("reg", &["log", "-1", "--format=%an|%cn|%s"]);
    assert_eq!(
        author,
        format!("coi (tự động)|coi (tự động)|report {period}: export\n")
    );
    // The log is this machine's: git does not list it as a file to commit.
    assert_eq!(env.git("reg", &["status", "--porcelain"]), "");
    // Run again: nothing new to commit, a second header in the same log.
    assert!(run().status.success());
    let again = std::fs::read_to_string(reg.join("reports/export.log")).unwrap();
    assert_eq!(again.matches("\n=== ").count(), 2, "{again}");
    let exclude = std::fs::read_to_string(reg.join(".git/info/exclude")).unwrap();
    assert_eq!(
        exclude.matches("/reports/export.log").count(),
        1,
        "{exclude}"
    );
    assert_eq!(
        env.git("reg", &["log", "-1", "--format=%an|%cn|%s"]),
        author
    );
}

#[test]
fn the_export_script_names_the_author_from_coi_user_and_passes_report_options() {
    let (env, reg) = register();
    // A record with an error: the script stops, unless --allow-errors.
    env.write("reg/gifts/2026/QT-2026-001.yaml", "id: [\n");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/quarterly-export.sh");
    let run = |args: &[&str]| {
        let mut cmd = bare("env", &reg);
        cmd.arg("COI_USER=Lịch chạy")
            .arg(format!("COI={}", env!("CARGO_BIN_EXE_coi")))
            .arg("bash")
            .arg(&script)
            .args(args);
        cmd.output().unwrap()
    };
    let stopped = run(&["2026-Q1"]);
    assert_eq!(stopped.status.code(), Some(1));
    assert!(!reg.join("reports/2026-Q1").exists());
    let out = run(&["--allow-errors", "--delimiter", ";", "--no-bom", "2026-Q1"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.lines()
            .any(|l| l == "CHƯA ĐẦY ĐỦ: 1 hồ sơ không được tính"),
        "{said}"
    );
    let excluded = std::fs::read_to_string(reg.join("reports/2026-Q1/khong-tinh.csv")).unwrap();
    assert!(excluded.contains("QT-2026-001"), "{excluded}");
    assert!(
        !excluded.starts_with('\u{feff}'),
        "--no-bom reached coi report"
    );
    assert!(excluded.lines().next().unwrap().contains(';'), "{excluded}");
    assert_eq!(
        env.git("reg", &["log", "-1", "--format=%an"]),
        "Lịch chạy\n"
    );
    // Its own messages are Vietnamese, English when the register says so.
    let wrong = run(&["--sumbit"]);
    assert_eq!(wrong.status.code(), Some(2));
    let err = String::from_utf8_lossy(&wrong.stderr);
    assert!(
        err.starts_with("quarterly-export: tùy chọn không có hoặc thiếu giá trị: --sumbit"),
        "{err}"
    );
    let yaml = std::fs::read_to_string(reg.join("coi.yaml")).unwrap();
    std::fs::write(
        reg.join("coi.yaml"),
        yaml.replace("language: vi", "language: en"),
    )
    .unwrap();
    let err = String::from_utf8_lossy(&run(&["--sumbit"]).stderr).into_owned();
    assert!(
        err.starts_with("quarterly-export: unknown option or missing value: --sumbit"),
        "{err}"
    );
}
