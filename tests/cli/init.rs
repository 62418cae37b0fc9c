use crate::harness::{CLERK, Env};

#[test]
fn init_creates_config_folders_gitignore_and_a_first_commit() {
    let env = Env::new();
    let out = env.coi(&[
        "init",
        "reg",
        "--agency",
        "Ban Quản lý Khu kinh tế tỉnh",
        "--unit",
        "VP=Văn phòng",
        "--unit",
        "QLDT=Phòng Quản lý đầu tư",
    ]);
    assert!(out.ok().contains("Đã tạo sổ đăng ký tại reg"));
    let config = env.read("reg/coi.yaml");
    assert!(
        config.contains("agency: Ban Quản lý Khu kinh tế tỉnh\n"),
        "{config}"
    );
    assert!(
        config.contains("- code: VP\n  name: Văn phòng\n"),
        "{config}"
    );
    assert!(
        config.contains("report_to: Ủy ban nhân dân tỉnh (qua Thanh tra tỉnh)\n"),
        "{config}"
    );
    for kind in coi::model::Kind::ALL {
        let folder = kind.folder();
        assert!(env.path("reg").join(folder).is_dir(), "{folder}");
    }
    assert!(env.read("reg/.gitignore").lines().any(|l| l == ".coi.lock"));
    let log = env.git("reg", &["log", "--format=%an|%s"]);
    assert_eq!(
        log,
        format!("{CLERK}|register: create for Ban Quản lý Khu kinh tế tỉnh\n")
    );
    assert_eq!(env.git("reg", &["status", "--porcelain"]), "");
    // The register just made passes its own check.
    env.reg(&["check"]).ok();
}

#[test]
fn init_refuses_an_existing_register_and_changes_nothing() {
    let env = Env::new();
    env.coi(&["init", "reg", "--agency", "Ban A", "--unit", "VP=Văn phòng"])
        .ok();
    let before = env.snapshot("reg");
    let err = env
        .coi(&["init", "reg", "--agency", "Ban B", "--unit", "KT=Kế toán"])
        .fails(1);
    assert!(
        err.starts_with("Lỗi: đã có sổ đăng ký ở reg; không thay đổi gì\n"),
        "{err}"
    );
    assert_eq!(env.snapshot("reg"), before);
}

#[test]
fn init_without_git_makes_no_repository() {
    let env = Env::new();
    env.coi(&["init", "reg", "--no-git", "--agency", "Ban A"])
        .ok();
    assert!(env.exists("reg/coi.yaml"));
    assert!(!env.exists("reg/.git"));
}

#[test]
fn init_refuses_bad_units_before_writing_anything() {
    let env = Env::new();
    let err = env
        .coi(&[
            "init",
            "reg",
            "--agency",
            "Ban A",
            "--unit",
            "VP",
            "--unit",
            "P Q=Phòng",
            "--unit",
            "VP=Văn phòng",
            "--unit",
            "VP=Lặp",
        ])
        .fails(2);
    assert!(err.contains("--unit «VP»: viết MÃ=Tên"), "{err}");
    assert!(
        err.contains("--unit «P Q»: mã đơn vị chỉ gồm chữ không dấu"),
        "{err}"
    );
    assert!(err.contains("--unit VP: mã bị lặp"), "{err}");
    assert!(!env.exists("reg"));
}

#[test]
fn init_speaks_english_when_asked() {
    let env = Env::new();
    let out = env.coi(&[
        "--lang", "en", "init", "reg", "--no-git", "--agency", "Ban A",
    ]);
    assert_eq!(out.ok(), "Created a register in reg\n");
    assert!(env.read("reg/coi.yaml").contains("language: en\n"));
}
