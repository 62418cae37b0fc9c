use crate::harness::Env;

fn filled() -> Env {
    let env = Env::with_register();
    env.case().add().ok();
    env.case().unit("VP").person("Đỗ Thị Hoa").add().ok();
    env.gift().add().ok();
    env.training().add().ok();
    env
}

#[test]
fn list_shows_every_kind_with_vietnamese_headings() {
    let env = filled();
    let cases = env.reg(&["case", "list"]).ok().to_string();
    let header = cases.lines().nth(1).unwrap();
    for h in [
        "Mã",
        "Đơn vị",
        "Người có XĐLI",
        "Tình huống",
        "Ngày biết",
        "Nguồn",
    ] {
        assert!(header.contains(h), "{h} in {header}");
    }
    assert!(
        cases.contains("XDLI-2026-001")
            && cases.contains("Nguyễn Văn An")
            && cases.contains("02/03/2026")
    );
    let gifts = env.reg(&["gift", "list"]).ok().to_string();
    assert!(
        gifts.contains("Người nhận") && gifts.contains("2.000.000 đ") && gifts.contains("Tiền"),
        "{gifts}"
    );
    let trainings = env.reg(&["training", "list"]).ok().to_string();
    assert!(
        trainings.contains("Lượt người")
            && trainings.contains("Hội nghị")
            && trainings.contains("85"),
        "{trainings}"
    );
}

#[test]
fn list_speaks_english_on_request() {
    let env = filled();
    let cases = env.reg(&["--lang", "en", "case", "list"]).ok().to_string();
    assert!(
        cases.contains("Person")
            && cases.contains("Self-report")
            && cases.contains("A relative has a direct interest"),
        "{cases}"
    );
    let mut cmd = env.command();
    let out = cmd
        .args(["--data", "reg", "gift", "list"])
        .env("COI_LANG", "en")
        .output()
        .unwrap();
    assert!(String::from_utf8(out.stdout).unwrap().contains("Recipient"));
}

#[test]
fn list_filters_by_unit_and_year_and_gives_json_with_yaml_names() {
    let env = filled();
    let json = env
        .reg(&["case", "list", "--unit", "VP", "--format", "json"])
        .ok()
        .to_string();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let items = v.as_array().unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["id"], "XDLI-2026-002");
    assert_eq!(items[0]["person"]["name"], "Đỗ Thị Hoa");
    assert_eq!(items[0]["situation_type"], "art29_8");
    assert_eq!(items[0]["known_on"], "2026-03-02");
    assert_eq!(items[0]["history"][0]["action"], "created");
    let none = env
        .reg(&["case", "list", "--year", "2025", "--format", "json"])
        .ok()
        .to_string();
    assert_eq!(none, "[]\n");
    let gifts: serde_json::Value =
        serde_json::from_str(&env.reg(&["gift", "list", "--format", "json"]).ok()).unwrap();
    assert_eq!(gifts[0]["value_vnd"], 2_000_000);
}

#[test]
fn list_sorts_by_id_numerically() {
    let env = Env::with_register();
    for _ in 0..11 {
        env.training().add().ok();
    }
    // A four-digit number sorts after the three-digit ones.
    let text = env
        .read("reg/trainings/2026/TH-2026-002.yaml")
        .replace("TH-2026-002", "TH-2026-1000");
    std::fs::remove_file(env.path("reg/trainings/2026/TH-2026-002.yaml")).unwrap();
    env.write("reg/trainings/2026/TH-2026-1000.yaml", &text);
    let json: serde_json::Value =
        serde_json::from_str(&env.reg(&["training", "list", "--format", "json"]).ok()).unwrap();
    let ids: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.first(), Some(&"TH-2026-001"));
    assert_eq!(
        &ids[ids.len() - 3..],
        ["TH-2026-010", "TH-2026-011", "TH-2026-1000"]
    );
}

#[test]
fn show_labels_every_field_for_every_kind() {
    let env = filled();
    let case = env.reg(&["case", "show", "XDLI-2026-001"]).ok().to_string();
    for s in [
        "Người có xung đột lợi ích › Họ và tên",
        "Nguyễn Văn An",
        "Loại tình huống",
        "Ngày biết",
        "02/03/2026",
        "Lịch sử 1 › Thao tác",
    ] {
        assert!(case.contains(s), "{s} in\n{case}");
    }
    let gift = env
        .reg(&["--lang", "en", "gift", "show", "qt-2026-001"])
        .ok()
        .to_string();
    assert!(
        gift.contains("Value (đồng)") && gift.contains("2.000.000 đ") && gift.contains("Cash"),
        "{gift}"
    );
    let training: serde_json::Value = serde_json::from_str(
        &env.reg(&["training", "show", "TH-2026-001", "--format", "json"])
            .ok(),
    )
    .unwrap();
    assert_eq!(training["topics"], serde_json::json!(["coi", "gifts"]));
}

#[test]
fn show_refuses_ids_that_are_not_ids_before_touching_a_path() {
    let env = filled();
    for bad in [
        "../x",
        "/etc/passwd",
        "XDLI-2026-001/../../coi",
        "XDLI-2026-001\u{1}",
        &"9".repeat(10_000),
    ] {
        let err = env.reg(&["case", "show", bad]).fails(2).to_string();
        assert!(
            err.starts_with("Lỗi: mã hồ sơ không hợp lệ: «"),
            "{bad}: {err}"
        );
    }
    let err = env
        .reg(&["case", "show", "QT-2026-001"])
        .fails(2)
        .to_string();
    assert!(
        err.contains("QT-2026-001 không phải mã của loại hồ sơ này"),
        "{err}"
    );
    let err = env
        .reg(&["case", "show", "XDLI-2026-099"])
        .fails(1)
        .to_string();
    assert_eq!(
        err,
        "Lỗi: không có hồ sơ XDLI-2026-099\n  gợi ý: xem danh sách: coi case list\n"
    );
}

#[test]
fn list_goes_on_past_a_broken_file_and_names_it() {
    let env = filled();
    env.write(
        "reg/cases/2026/XDLI-2026-003.yaml",
        "id: XDLI-2026-003\nunit: [\n",
    );
    let out = env.reg(&["case", "list"]);
    let err = out.fails(1);
    assert!(out.stdout.contains("XDLI-2026-001") && out.stdout.contains("XDLI-2026-002"));
    assert!(err.contains("reg/cases/2026/XDLI-2026-003.yaml:"), "{err}");
    assert!(err.contains("coi check"), "{err}");
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let env = Env::with_register();
    for _ in 0..30 {
        env.training().add().ok();
    }
    let mut child = env
        .command()
        .args(["--data", "reg", "training", "list"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Close the reading end at once, like `head -0`.
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert!(out.status.success());
}
