use crate::harness::Env;

#[test]
fn the_register_is_found_by_flag_env_upward_and_in_data() {
    let env = Env::with_register();
    env.reg(&["check"]).ok();
    let run_in = |dir: &str, extra: &[(&str, &str)]| {
        let mut cmd = env.command();
        cmd.current_dir(env.path(dir))
            .args(["case", "list", "--format", "json"]);
        for (k, v) in extra {
            cmd.env(k, v);
        }
        cmd.output().unwrap()
    };
    // COI_DATA
    let out = run_in(".", &[("COI_DATA", env.path("reg").to_str().unwrap())]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The nearest coi.yaml upward.
    std::fs::create_dir_all(env.path("reg/cases/2026")).unwrap();
    let out = run_in("reg/cases/2026", &[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // ./data
    std::fs::rename(env.path("reg"), env.path("data")).unwrap();
    let out = run_in(".", &[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn without_a_register_the_error_says_how_to_make_one() {
    let env = Env::new();
    let err = env.coi(&["case", "list"]).fails(1).to_string();
    assert!(
        err.starts_with("Lỗi: không tìm thấy sổ đăng ký (tệp coi.yaml) ở "),
        "{err}"
    );
    assert!(
        err.contains("gợi ý: tạo sổ mới bằng «coi init THƯ-MỤC --agency"),
        "{err}"
    );
    let err = env
        .coi(&["--lang", "en", "--data", "nowhere", "check"])
        .fails(1)
        .to_string();
    assert!(err.starts_with("error: nowhere is not a register: it has no coi.yaml\n  hint: create one with 'coi init DIR"), "{err}");
}

#[test]
fn the_register_language_applies_unless_one_is_chosen() {
    let env = Env::with_register();
    let config = env
        .read("reg/coi.yaml")
        .replace("language: vi", "language: en");
    env.write("reg/coi.yaml", &config);
    assert!(env.reg(&["check"]).ok().starts_with("Checked 0 records"));
    assert!(
        env.reg(&["--lang", "vi", "check"])
            .ok()
            .starts_with("Đã kiểm tra 0 hồ sơ")
    );
}

#[test]
fn usage_errors_exit_2_and_data_errors_exit_1() {
    let env = Env::with_register();
    env.reg(&["case", "frobnicate"]).fails(2);
    env.reg(&["--format", "xml", "case", "list"]).fails(2);
    env.reg(&["--lang", "fr", "case", "list"]).fails(2);
    env.write("reg/coi.yaml", "schema: 1\nagency: [\n");
    let err = env.reg(&["case", "list"]).fails(1).to_string();
    // The bracket left open is told where the reader found it missing: at the end of the file.
    assert!(
        err.starts_with("Lỗi: reg/coi.yaml:3: coi.yaml không hợp lệ: thiếu giá trị"),
        "{err}"
    );
    let mut cmd = env.command();
    let out = cmd
        .args(["--data", "reg", "case", "list"])
        .env("COI_NOW", "hôm qua")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}
