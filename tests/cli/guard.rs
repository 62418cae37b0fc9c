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
    link(&outside, &env.path("reg/cases/2027"));
    let err = env.case().known_on("02/03/2027").add().fails(1);
    assert!(
        err.contains(&format!("Lỗi: reg/cases/2027 {LINK_REFUSED}")),
        "{err}"
    );
    assert!(
        err.contains("thay liên kết bằng tệp hoặc thư mục thật"),
        "{err}"
    );
    assert_eq!(std::fs::read_dir(&outside).unwrap().count(), 0);
    std::fs::remove_file(env.path("reg/cases/2027")).unwrap();

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
            "git gán thuộc tính «merge=union» cho tệp hồ sơ reg/cases/2026/XDLI-2026-001.yaml; \
             đồng bộ với thuộc tính đó có thể làm hỏng hoặc mất hồ sơ"
        ),
        "{err}"
    );
}

/// The user the tests run as (0 for root): the owner of a file they just made.
#[cfg(unix)]
fn uid(env: &Env) -> u32 {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(env.path("home")).unwrap().uid()
}

#[cfg(unix)]
#[test]
fn a_register_git_will_not_open_gets_nothing_written() {
    let env = Env::with_git_register();
    if uid(&env) != 0 {
        eprintln!("skipped: only root can give the register to another account");
        return;
    }
    env.case().add().ok();
    // The register belongs to another account, and git's configuration trusts no folder.
    std::fs::write(env.path("home/.gitconfig"), "").unwrap();
    let status = std::process::Command::new("chown")
        .args(["-R", "12345"])
        .arg(env.path("reg"))
        .status()
        .unwrap();
    assert!(status.success());
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
        env.case().known_on("02/03/2027").add().last_line(),
        "XDLI-2027-001"
    );
}
