//! What the register lets through: no read or write through a link inside it, no git attribute
//! of another program on record files, git's own refusals told before anything is written, no
//! record number beyond six digits, no character a terminal or an XML file cannot carry.

use crate::harness::Env;

/// The words every refused link is named with.
const LINK_REFUSED: &str =
    "là liên kết tượng trưng (symlink); coi không đọc, không ghi qua liên kết trong sổ";

#[cfg(unix)]
fn link(target: &std::path::Path, at: &std::path::Path) {
    if at.is_dir() && !at.is_symlink() {
        std::fs::remove_dir_all(at).unwrap();
    } else if at.exists() || at.is_symlink() {
        std::fs::remove_file(at).unwrap();
    }
    std::os::unix::fs::symlink(target, at).unwrap();
}

#[cfg(unix)]
#[test]
fn links_inside_the_register_are_refused_before_any_read_or_write() {
    let env = Env::with_register();
    env.case().add().ok();
    let outside = env.path("outside");
    std::fs::create_dir_all(&outside).unwrap();

    // A year folder that leads out: the new record is not written there.
    link(&outside, &env.path("reg/cases/2025"));
    let err = env.case().known_on("02/03/2025").add().fails(1);
    assert!(
        err.contains(&format!("Lỗi: reg/cases/2025 {LINK_REFUSED}")),
        "{err}"
    );
    assert!(
        err.contains("thay liên kết bằng tệp hoặc thư mục thật"),
        "{err}"
    );
    assert_eq!(std::fs::read_dir(&outside).unwrap().count(), 0);
    std::fs::remove_file(env.path("reg/cases/2025")).unwrap();

    // A record folder that is a link: neither read nor written.
    std::fs::rename(env.path("reg/gifts"), env.path("outside/gifts")).unwrap();
    link(&env.path("outside/gifts"), &env.path("reg/gifts"));
    let err = env.gift().add().fails(1);
    assert!(err.contains(&format!("reg/gifts {LINK_REFUSED}")), "{err}");
    assert!(!env.exists("outside/gifts/2026"));

    // A record file that is a link: `show` does not print what it points at.
    std::fs::write(
        env.path("outside/secret.yaml"),
        env.read("reg/cases/2026/XDLI-2026-001.yaml")
            .replace("Nguyễn Văn An", "BÍ MẬT"),
    )
    .unwrap();
    link(
        &env.path("outside/secret.yaml"),
        &env.path("reg/cases/2026/XDLI-2026-001.yaml"),
    );
    let out = env.run("case show XDLI-2026-001");
    let err = out.fails(1);
    assert!(
        err.contains(&format!("reg/cases/2026/XDLI-2026-001.yaml {LINK_REFUSED}")),
        "{err}"
    );
    assert!(!out.stdout.contains("BÍ MẬT"), "{}", out.stdout);
    let err = env.run("case close XDLI-2026-001 --date 10/03/2026 --outcome xu-ly-vi-pham");
    assert!(err.stderr.contains(LINK_REFUSED), "{}", err.stderr);
    assert!(!env.read("outside/secret.yaml").contains("closed"));

    // The lock file: not created through the link.
    link(&env.path("outside/lock"), &env.path("reg/.coi.lock"));
    let err = env.training().add().fails(1);
    assert!(
        err.contains(&format!("reg/.coi.lock {LINK_REFUSED}")),
        "{err}"
    );
    assert!(!env.exists("outside/lock"));
    assert!(!env.exists("reg/trainings/2026"));

    // The plans folder: no plan written through it.
    link(&outside, &env.path("reg/plans"));
    let err = env.run("plan init --year 2026").fails(1);
    assert!(err.contains(LINK_REFUSED), "{err}");
    assert!(!env.exists("outside/2026.yaml"));

    // `coi.yaml` itself: its settings are not read through a link.
    std::fs::rename(env.path("reg/coi.yaml"), env.path("outside/coi.yaml")).unwrap();
    link(&env.path("outside/coi.yaml"), &env.path("reg/coi.yaml"));
    let err = env.run("case list").fails(1);
    assert!(
        err.contains(&format!("reg/coi.yaml {LINK_REFUSED}")),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn check_names_every_link_in_the_register_and_goes_on() {
    let env = Env::with_git_register();
    env.case().add().ok();
    let outside = env.path("outside");
    std::fs::create_dir_all(&outside).unwrap();
    for name in ["coi.yaml", ".gitattributes", ".gitignore"] {
        std::fs::copy(env.path(&format!("reg/{name}")), outside.join(name)).unwrap();
        link(&outside.join(name), &env.path(&format!("reg/{name}")));
    }
    link(&outside.join("lock"), &env.path("reg/.coi.lock"));
    link(&outside, &env.path("reg/plans"));
    link(&outside, &env.path("reg/gifts"));
    link(&outside, &env.path("reg/trainings/2026"));
    let out = env.run("check");
    assert_eq!(out.code, 1, "{}\n{}", out.stdout, out.stderr);
    for path in [
        "reg/coi.yaml",
        "reg/.coi.lock",
        "reg/.gitattributes",
        "reg/.gitignore",
        "reg/plans",
        "reg/gifts",
        "reg/trainings/2026",
    ] {
        let line = format!(
            "{path}:1: error: liên kết tượng trưng không được theo; \
             sổ chỉ dùng tệp và thư mục thật nằm trong sổ"
        );
        assert!(out.stdout.contains(&line), "{path}\n{}", out.stdout);
    }
    // The case itself was still read and checked.
    assert!(out.stdout.contains("Đã kiểm tra 1 hồ sơ"), "{}", out.stdout);
    assert!(!outside.join("lock").exists());

    // `sync --setup` does not write `.gitattributes` through the link.
    let before = std::fs::read(outside.join(".gitattributes")).unwrap();
    let err = env.run("sync --setup").fails(1);
    assert!(err.contains(LINK_REFUSED), "{err}");
    assert_eq!(
        std::fs::read(outside.join(".gitattributes")).unwrap(),
        before
    );
}

#[test]
fn foreign_git_attributes_of_record_files_are_reported_by_check_and_refused_by_sync() {
    let env = Env::with_git_register();
    env.case().add().ok();
    // coi's own lines, `text` and `eol` are no problem.
    let mut attributes = env.read("reg/.gitattributes");
    attributes.push_str("cases/** text eol=lf\n");
    env.write("reg/.gitattributes", &attributes);
    let out = env.run("check");
    assert!(!out.stdout.contains("thuộc tính"), "{}", out.stdout);

    attributes.push_str("cases/** merge=union\ngifts/** filter=secret\n");
    env.write("reg/.gitattributes", &attributes);
    env.write(
        "reg/.git/info/attributes",
        "trainings/** working-tree-encoding=UTF-16LE\n",
    );
    let out = env.run("check");
    assert_eq!(out.code, 1, "{}\n{}", out.stdout, out.stderr);
    for (path, attribute) in [
        ("reg/cases/2026/XDLI-2026-001.yaml", "merge=union"),
        ("reg/gifts", "filter=secret"),
        ("reg/trainings", "working-tree-encoding=UTF-16LE"),
    ] {
        let line = format!(
            "{path}:1: error: git gán thuộc tính «{attribute}» cho tệp hồ sơ này; tệp hồ sơ chỉ \
             được có merge=coi-record của coi: bỏ dòng đặt thuộc tính đó trong .gitattributes \
             (hoặc .git/info/attributes)"
        );
        assert!(out.stdout.contains(&line), "{line}\n{}", out.stdout);
    }

    env.git("reg", &["remote", "add", "origin", "/nowhere"]);
    let err = env.run("sync").fails(1);
    assert!(
        err.contains(
            "git gán thuộc tính «merge=union» cho tệp hồ sơ reg/cases; \
             đồng bộ với thuộc tính đó có thể làm hỏng hoặc mất hồ sơ"
        ),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn a_register_git_will_not_open_gets_nothing_written() {
    let env = Env::with_git_register();
    env.case().add().ok();
    // The register belongs to another account, and git's configuration trusts no folder.
    if !env.give_the_register_away() {
        return;
    }
    let before = env.snapshot("reg");
    let err = env.case().add().fails(1);
    assert!(
        err.contains("Lỗi: Git không cho ghi vào kho: detected dubious ownership in repository at"),
        "{err}"
    );
    assert!(err.contains("safe.directory"), "{err}");
    assert!(
        err.contains("gợi ý: không có gì được ghi. Thư mục sổ thuộc tài khoản khác"),
        "{err}"
    );
    assert_eq!(env.snapshot("reg"), before);
    // A step on a record is refused the same way.
    let err = env
        .run("case close XDLI-2026-001 --date 10/03/2026 --outcome xu-ly-vi-pham")
        .fails(1);
    assert!(err.contains("Git không cho ghi vào kho"), "{err}");
    assert_eq!(env.snapshot("reg"), before);
}

#[test]
fn a_held_index_lock_is_told_in_gits_words_and_nothing_is_left_behind() {
    let env = Env::with_git_register();
    env.case().add().ok();
    env.write("reg/.git/index.lock", "");
    let err = env.case().add().fails(1);
    assert!(
        err.contains("Lỗi: Git không cho ghi vào kho: Unable to create"),
        "{err}"
    );
    assert!(err.contains("index.lock': File exists."), "{err}");
    assert!(
        err.contains("gợi ý: không có gì được ghi. Một lệnh git khác đang chạy trong kho"),
        "{err}"
    );
    assert!(!env.exists("reg/cases/2026/XDLI-2026-002.yaml"));

    // A step on an existing record is taken back too.
    let before = env.read("reg/cases/2026/XDLI-2026-001.yaml");
    let err = env
        .run("case decide XDLI-2026-001 --measure giam-sat --date 05/03/2026")
        .fails(1);
    assert!(err.contains("Git không cho ghi vào kho"), "{err}");
    assert_eq!(env.read("reg/cases/2026/XDLI-2026-001.yaml"), before);

    std::fs::remove_file(env.path("reg/.git/index.lock")).unwrap();
    assert_eq!(env.git("reg", &["status", "--porcelain"]), "");
    assert_eq!(env.case().add().last_line(), "XDLI-2026-002");
}

#[test]
fn record_numbers_beyond_six_digits_are_reported_and_never_given() {
    let env = Env::with_register();
    env.case().add().ok();
    let first = env.read("reg/cases/2026/XDLI-2026-001.yaml");
    let huge = first.replace("XDLI-2026-001", "XDLI-2026-999999999");
    env.write("reg/cases/2026/XDLI-2026-999999999.yaml", &huge);
    let out = env.run("check");
    assert_eq!(out.code, 1, "{}\n{}", out.stdout, out.stderr);
    assert!(
        out.stdout.contains(
            "reg/cases/2026/XDLI-2026-999999999.yaml:1: error: id: mã XDLI-2026-999999999 có \
             số quá lớn (số hồ sơ lớn nhất là 999999); coi không cấp số như vậy"
        ),
        "{}",
        out.stdout
    );
    // Still read and shown, and it does not stop the next record.
    assert!(
        env.run("case show XDLI-2026-999999999")
            .ok()
            .contains("XDLI-2026-999999999")
    );
    assert_eq!(env.case().add().last_line(), "XDLI-2026-002");

    // The last number that can be given is given; after it, a clear refusal.
    env.write(
        "reg/cases/2026/XDLI-2026-999998.yaml",
        &first.replace("XDLI-2026-001", "XDLI-2026-999998"),
    );
    assert_eq!(env.case().add().last_line(), "XDLI-2026-999999");
    let err = env.case().add().fails(1);
    assert!(
        err.contains(
            "Lỗi: không thực hiện được: đã dùng đến số hồ sơ XDLI-2026-999999, số lớn nhất có thể \
             cấp; không tạo thêm được hồ sơ loại này trong năm 2026"
        ),
        "{err}"
    );
    assert!(!env.exists("reg/cases/2026/XDLI-2026-1000000.yaml"));
    // Another year still has its numbers.
    assert_eq!(
        env.case().known_on("02/03/2025").add().last_line(),
        "XDLI-2025-001"
    );
}

#[test]
fn characters_no_terminal_or_xml_file_can_carry_are_refused_by_add() {
    let env = Env::with_register();
    for (value, code) in [
        ("Phong bì\u{1b}[2J", "ký tự điều khiển U+001B"),
        ("Phong\u{85}bì", "ký tự điều khiển U+0085"),
        ("Phong bì\u{9b}31m", "ký tự điều khiển U+009B"),
        (
            "Phong bì\u{fffe}",
            "U+FFFE, không phải ký tự (tệp Word, Excel không chứa được)",
        ),
        ("Phong bì\u{ffff}", "U+FFFF, không phải ký tự"),
    ] {
        let out = env.gift().description(value).add();
        assert_ne!(out.code, 0, "{value:?}");
        assert!(out.stderr.contains(code), "{value:?}\n{}", out.stderr);
        // The refusal names the value without printing the character itself.
        assert!(!out.stderr.contains('\u{1b}') && !out.stderr.contains('\u{9b}'));
    }
    assert!(!env.exists("reg/gifts/2026"));
}

#[cfg(unix)]
#[test]
fn characters_no_terminal_or_xml_file_can_carry_are_refused_by_edit() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::with_git_register();
    env.case().add().ok();
    let file = "reg/cases/2026/XDLI-2026-001.yaml";
    let before = env.read(file);
    // Escapes in double quotes: the YAML reader itself refuses such characters typed as they
    // are.
    for (situation, code) in [
        (
            "\"Em ruột\\uFFFE\"",
            "7: error: situation: văn bản có U+FFFE, không phải ký tự",
        ),
        (
            "\"Em ruột\\x9blàm\"",
            "7: error: situation: văn bản có ký tự điều khiển U+009B",
        ),
    ] {
        let script = env.path("editor.sh");
        std::fs::write(
            &script,
            format!(
                "#!/bin/sh\nsed -i 's/^situation: .*/situation: {}/' \"$1\"\n",
                situation.replace('\\', "\\\\")
            ),
        )
        .unwrap();
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
        let mut cmd = env.command();
        cmd.args(["--data", "reg", "case", "edit", "XDLI-2026-001"])
            .env("EDITOR", &script);
        let out = crate::harness::Run::from_output(cmd.output().unwrap());
        let err = out.fails(1);
        assert!(err.contains(&format!("XDLI-2026-001.yaml:{code}")), "{err}");
        assert_eq!(env.read(file), before);
    }
}

#[test]
fn check_reports_such_characters_in_records_settings_and_plans_by_line_and_field() {
    let env = Env::with_register();
    env.case().add().ok();
    env.run("plan init").ok();
    let record = "reg/cases/2026/XDLI-2026-001.yaml";
    let text = env.read(record);
    let situation = text.lines().find(|l| l.starts_with("situation:")).unwrap();
    env.write(
        record,
        &text.replace(situation, "situation: \"Em ruột\\uFFFF\""),
    );
    let config = env.read("reg/coi.yaml");
    let agency = config.lines().find(|l| l.starts_with("agency:")).unwrap();
    env.write(
        "reg/coi.yaml",
        &config.replace(agency, "agency: \"Ban Quản lý\\e[31m\""),
    );
    let plan = env.read("reg/plans/2026.yaml");
    let title = plan.lines().find(|l| l.starts_with("  title: ")).unwrap();
    env.write(
        "reg/plans/2026.yaml",
        &plan.replacen(title, "  title: \"Hoàn thiện\\x85quy định\"", 1),
    );
    let out = env.run("check");
    assert_eq!(out.code, 1, "{}\n{}", out.stdout, out.stderr);
    for line in [
        "reg/coi.yaml:3: error: agency: văn bản có ký tự điều khiển U+001B",
        "reg/cases/2026/XDLI-2026-001.yaml:7: error: situation: văn bản có U+FFFF, không phải ký tự",
    ] {
        assert!(out.stdout.contains(line), "{line}\n{}", out.stdout);
    }
    assert!(
        out.stdout.contains(
            "reg/plans/2026.yaml:13: error: tasks[0].title: văn bản có ký tự điều khiển U+0085"
        ),
        "{}",
        out.stdout
    );
    // Other commands refuse the settings, naming the line and field.
    let err = env.run("case list").fails(1);
    assert!(err.contains("coi.yaml:3"), "{err}");
    assert!(
        err.contains("agency: văn bản có ký tự điều khiển U+001B"),
        "{err}"
    );
}

#[test]
fn control_characters_in_names_and_values_are_never_printed_raw() {
    let env = Env::with_register();
    env.case().add().ok();
    // A stray file whose name would clear the screen.
    env.write("reg/cases/2026/\u{1b}[2J\u{9b}1m.txt", "");
    let out = env.run("check");
    assert!(!out.stdout.contains('\u{1b}') && !out.stdout.contains('\u{9b}'));
    assert!(
        out.stdout
            .contains("reg/cases/2026/\\u001b[2J\\u009b1m.txt:1: warning:"),
        "{}",
        out.stdout
    );
    // An error naming a path.
    let out = env.coi(&["--data", "nơi\u{1b}[2Jkhác", "case", "list"]);
    let err = out.fails(1);
    assert!(!err.contains('\u{1b}'), "{err}");
    assert!(err.contains("nơi\\u001b[2Jkhác"), "{err}");
}
