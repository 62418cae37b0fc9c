//! Hostile input and concurrency: the register keeps working and loses nothing.

use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::harness::Env;

/// `check` on a register holding one bad file: it must finish quickly, say where, and not panic.
fn check_with(name: &str, bytes: &[u8]) -> String {
    let env = Env::with_register();
    env.gift().stated().add().ok();
    std::fs::write(env.path("reg/gifts/2026").join(name), bytes).unwrap();
    let start = Instant::now();
    let out = env.reg(&["check"]);
    assert!(
        start.elapsed() < Duration::from_secs(20),
        "{name}: {:?}",
        start.elapsed()
    );
    assert!(!out.stderr.contains("panicked"), "{name}: {}", out.stderr);
    assert!(out.code == 0 || out.code == 1, "{name}: exit {}", out.code);
    out.stdout
}

fn good_gift(env_id: &str) -> String {
    format!(
        "id: {env_id}\nunit: VP\nrecipient:\n  name: Phạm Văn Cường\nreceived_on: 2026-02-10\ngiver: {{name: Công ty A, position: Giám đốc, organization: Công ty A, address: Phú Hà}}\nplace: Trụ sở\nkind: cash\ndescription: Phong bì\nvalue_vnd: 2000000\ncircumstances: Gửi kèm hồ sơ\nrelationship: Đối tác\nhistory:\n- at: 2026-03-14T09:30:00+07:00\n  by: Thư ký\n  action: created\n"
    )
}

#[test]
fn invalid_utf8_is_named_with_its_line() {
    let mut bytes = good_gift("QT-2026-002").into_bytes();
    bytes.splice(40..40, [0xC3, 0x28]);
    let out = check_with("QT-2026-002.yaml", &bytes);
    assert!(
        out.contains("QT-2026-002.yaml:4: error: tệp không phải văn bản UTF-8"),
        "{out}"
    );
}

#[test]
fn a_byte_order_mark_crlf_and_tabs_in_text_are_read() {
    let text = format!(
        "\u{feff}{}",
        good_gift("QT-2026-002")
            .replace('\n', "\r\n")
            .replace("Phong bì", "Phong\tbì")
    );
    let out = check_with("QT-2026-002.yaml", text.as_bytes());
    assert!(
        out.ends_with("Đã kiểm tra 2 hồ sơ: 0 lỗi, 0 cảnh báo.\n"),
        "{out}"
    );
}

#[test]
fn tabs_used_for_indentation_are_a_yaml_error_with_a_line() {
    let text = good_gift("QT-2026-002").replace("  name: Phạm", "\tname: Phạm");
    let out = check_with("QT-2026-002.yaml", text.as_bytes());
    assert!(
        out.contains("QT-2026-002.yaml:4: error: YAML không hợp lệ"),
        "{out}"
    );
}

#[test]
fn a_50_mb_file_is_refused_unread() {
    let mut big = good_gift("QT-2026-002").into_bytes();
    big.extend(std::iter::repeat_n(b'#', 50 * 1024 * 1024));
    let out = check_with("QT-2026-002.yaml", &big);
    assert!(
        out.contains("QT-2026-002.yaml:1: error: tệp quá lớn cho một hồ sơ"),
        "{out}"
    );
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = format!(
        "id: QT-2026-002\nnote: {}x{}\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let out = check_with("QT-2026-002.yaml", deep.as_bytes());
    assert!(
        out.contains("QT-2026-002.yaml:2: error: YAML lồng quá sâu"),
        "{out}"
    );
}

#[test]
fn an_alias_bomb_is_stopped() {
    let mut bomb = String::from(
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    for i in 1..12 {
        let prev = (b'a' + i - 1) as char;
        let this = (b'a' + i) as char;
        bomb.push_str(&format!("{this}: &{this} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"));
    }
    let out = check_with("QT-2026-002.yaml", bomb.as_bytes());
    assert!(
        out.contains("QT-2026-002.yaml:") && out.contains("error: YAML không hợp lệ"),
        "{out}"
    );
}

#[test]
fn tags_and_duplicate_keys_are_errors() {
    let tagged = good_gift("QT-2026-002").replace(
        "description: Phong bì",
        "description: !!python/object/apply:os.system [\"rm -rf /\"]",
    );
    let out = check_with("QT-2026-002.yaml", tagged.as_bytes());
    assert!(out.contains("QT-2026-002.yaml:9: error: description: không được dùng thẻ YAML (!!python/object/apply:os.system)"), "{out}");
    let twice = good_gift("QT-2026-002").replace("kind: cash\n", "kind: cash\nkind: goods\n");
    let out = check_with("QT-2026-002.yaml", twice.as_bytes());
    assert!(
        out.contains(
            "QT-2026-002.yaml:9: error: kind: được ghi hai lần (lần trước ở dòng 8); \
             chỉ được ghi một lần"
        ),
        "{out}"
    );
}

#[test]
fn a_folder_a_link_out_and_two_files_with_one_id() {
    let env = Env::with_register();
    env.gift().add().ok();
    std::fs::create_dir_all(env.path("reg/gifts/2026/QT-2026-002.yaml")).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(env.path("home"), env.path("reg/gifts/2027")).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink("/etc/passwd", env.path("reg/gifts/2026/QT-2026-003.yaml")).unwrap();
    env.write("reg/gifts/2026/QT-2026-004.yaml", &good_gift("QT-2026-001"));
    let out = env.reg(&["check"]);
    assert_eq!(out.code, 1);
    let text = out.stdout;
    assert!(
        text.contains(
            "reg/gifts/2026/QT-2026-002.yaml:1: error: đây là thư mục, không phải tệp hồ sơ"
        ),
        "{text}"
    );
    #[cfg(unix)]
    {
        assert!(
            text.contains("reg/gifts/2027:1: error: liên kết tượng trưng không được theo"),
            "{text}"
        );
        assert!(
            text.contains(
                "reg/gifts/2026/QT-2026-003.yaml:1: error: liên kết tượng trưng không được theo"
            ),
            "{text}"
        );
        assert!(!text.contains("root:x:0"), "{text}");
    }
    assert!(text.contains("reg/gifts/2026/QT-2026-001.yaml:1: error: id: mã QT-2026-001 trùng với hồ sơ gifts/2026/QT-2026-004.yaml"), "{text}");
    assert!(text.contains("reg/gifts/2026/QT-2026-004.yaml:1: error: id: mã QT-2026-001 trùng với hồ sơ gifts/2026/QT-2026-001.yaml"), "{text}");
}

#[test]
fn hostile_arguments_are_refused_and_nothing_is_written() {
    let env = Env::with_register();
    env.case().add().ok();
    let before = env.snapshot("reg");
    let long = "X".repeat(10_000);
    for (args, words) in [
        (vec!["case", "show", "../x"], "mã hồ sơ không hợp lệ"),
        (
            vec![
                "case",
                "notify",
                "cases/2026/../../coi",
                "--date",
                "01/03/2026",
            ],
            "mã hồ sơ không hợp lệ",
        ),
        (
            vec!["case", "void", long.as_str(), "--reason", "x"],
            "mã hồ sơ không hợp lệ",
        ),
        (
            vec![
                "case",
                "decide",
                "XDLI-2026-001",
                "--measure",
                "giam-sat",
                "--date",
                "2026-02-30",
            ],
            "ngày không có trên lịch",
        ),
        (
            vec![
                "case",
                "close",
                "XDLI-2026-001",
                "--outcome",
                "het-xung-dot",
                "--date",
                "31/04/2026",
            ],
            "ngày không có trên lịch",
        ),
        (
            vec![
                "gift",
                "handle",
                "XDLI-2026-001",
                "--outcome",
                "x",
                "--date",
                "01/03/2026",
            ],
            "không phải giá trị hợp lệ",
        ),
    ] {
        let out = env.reg(&args);
        assert_eq!(out.code, 2, "{args:?}: {}", out.stderr);
        assert!(out.stderr.contains(words), "{args:?}: {}", out.stderr);
    }
    for (flag, value, words) in [
        ("--value-vnd", "-1", "không được âm"),
        ("--value-vnd", "1,5", "không hợp lệ"),
        ("--value-vnd", "18446744073709551616", "quá lớn"),
        (
            "--description",
            "Phong bì\u{1b}[31m",
            "ký tự điều khiển U+001B",
        ),
        ("--received-on", "30/02/2026", "ngày không có trên lịch"),
    ] {
        let out = env.gift().set(flag, value).add();
        assert_eq!(out.code, 2, "{flag} {value}: {}", out.stderr);
        assert!(out.stderr.contains(words), "{flag} {value}: {}", out.stderr);
    }
    assert_eq!(env.snapshot("reg"), before);
}

#[test]
fn eight_processes_updating_one_record_lose_no_step() {
    let env = Env::with_register();
    env.case().add().ok();
    for _ in 0..3 {
        env.training().add().ok();
    }
    let mut children: Vec<_> = (0..8)
        .map(|i| {
            let day = format!("{:02}/03/2026", 3 + i);
            env.command_for(&format!(
                "case decide XDLI-2026-001 --measure giam-sat --date {day}"
            ))
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
        })
        .collect();
    // Reports and adds run meanwhile; a report must never see half a file.
    for _ in 0..4 {
        children.push(
            env.command_for("report --period 2026-Q2 --format json")
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap(),
        );
        children.push(
            env.training()
                .command()
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap(),
        );
    }
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let case = env.read("reg/cases/2026/XDLI-2026-001.yaml");
    assert_eq!(case.matches("- kind: supervision").count(), 8, "{case}");
    assert_eq!(case.matches("  action: decide").count(), 8, "{case}");
    let trainings: Vec<_> = std::fs::read_dir(env.path("reg/trainings/2026"))
        .unwrap()
        .collect();
    assert_eq!(trainings.len(), 7);
    env.reg(&["check"]).ok();
}

#[test]
fn without_git_the_change_is_saved_and_the_gap_is_said() {
    let env = Env::with_git_register();
    let out = env
        .case()
        .command()
        .env("PATH", env.path("home"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("Cảnh báo: không chạy được git: thay đổi đã được lưu nhưng chưa commit"),
        "{err}"
    );
    assert!(env.exists("reg/cases/2026/XDLI-2026-001.yaml"));
    assert_eq!(env.git("reg", &["status", "--porcelain"]), "?? cases/\n");
    env.reg(&["check"]).ok();
}

#[test]
fn a_repository_in_the_middle_of_a_merge_refuses_changes_untouched() {
    let env = Env::with_git_register();
    env.case().add().ok();
    let head = env.git("reg", &["rev-parse", "HEAD"]);
    env.write("reg/.git/MERGE_HEAD", &head);
    let before = env.snapshot("reg");
    let err = env.gift().add().fails(1);
    assert!(
        err.contains(
            "đang hợp nhất (merge) dở; hoàn tất merge (git commit) hoặc hủy (git merge --abort)"
        ),
        "{err}"
    );
    let err = env
        .reg(&["case", "notify", "XDLI-2026-001", "--date", "05/03/2026"])
        .fails(1);
    assert!(err.contains("merge"), "{err}");
    assert_eq!(env.snapshot("reg"), before);
    std::fs::remove_file(env.path("reg/.git/MERGE_HEAD")).unwrap();
    env.gift().add().ok();
}

#[cfg(unix)]
#[test]
fn a_read_only_register_is_read_and_refuses_writes() {
    let env = Env::with_register();
    env.case().add().ok();
    let _guard = ReadOnly::make(&env.path("reg"));
    let before = env.snapshot("reg");
    env.reg(&["check"]).ok();
    env.reg(&["case", "list"]).ok();
    env.reg(&["report", "--period", "2026-Q1", "--format", "json"])
        .ok();
    let err = env.gift().add().fails(1);
    assert!(err.starts_with("Lỗi: "), "{err}");
    assert!(err.contains("nguyên nhân: "), "{err}");
    assert_eq!(env.snapshot("reg"), before);
}

/// A folder made read-only for real: a read-only bind mount when running as root (which
/// ignores file modes), else the folder's mode.
#[cfg(unix)]
struct ReadOnly {
    dir: std::path::PathBuf,
    mounted: bool,
}

#[cfg(unix)]
impl ReadOnly {
    fn make(dir: &std::path::Path) -> ReadOnly {
        use std::os::unix::fs::PermissionsExt;
        let root = std::process::Command::new("id")
            .arg("-u")
            .output()
            .is_ok_and(|o| o.stdout.starts_with(b"0\n"));
        if root {
            let d = dir.to_str().unwrap();
            let bind = std::process::Command::new("mount")
                .args(["--bind", d, d])
                .status()
                .is_ok_and(|s| s.success());
            let ro = bind
                && std::process::Command::new("mount")
                    .args(["-o", "remount,ro,bind", d])
                    .status()
                    .is_ok_and(|s| s.success());
            assert!(ro, "as root this test needs a read-only bind mount of {d}");
            return ReadOnly {
                dir: dir.to_path_buf(),
                mounted: true,
            };
        }
        for entry in walk(dir) {
            let mode = std::fs::metadata(&entry).unwrap().permissions().mode();
            std::fs::set_permissions(&entry, std::fs::Permissions::from_mode(mode & !0o222))
                .unwrap();
        }
        ReadOnly {
            dir: dir.to_path_buf(),
            mounted: false,
        }
    }
}

#[cfg(unix)]
fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = vec![dir.to_path_buf()];
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        if e.file_type().unwrap().is_dir() {
            out.extend(walk(&e.path()));
        } else {
            out.push(e.path());
        }
    }
    out
}

#[cfg(unix)]
impl Drop for ReadOnly {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt;
        if self.mounted {
            let _ = std::process::Command::new("umount").arg(&self.dir).status();
        } else {
            for entry in walk(&self.dir) {
                let mode = std::fs::metadata(&entry).unwrap().permissions().mode();
                let _ =
                    std::fs::set_permissions(&entry, std::fs::Permissions::from_mode(mode | 0o200));
            }
        }
    }
}
