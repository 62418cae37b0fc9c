//! The agency's plan: `plan init` writes `plans/<year>.yaml`, `check` checks it and the
//! records' `plan_task`, `add` and `edit` refuse a task the plan does not have, and `coi plan`
//! shows the tasks × units with what is still missing.

use crate::harness::{Env, Run};

const PLAN: &str = "reg/plans/2026.yaml";

/// A plan filled in the way the office fills in the one `plan init` writes.
fn filled_plan(env: &Env) {
    env.run("plan init").ok();
    let text = env
        .read(PLAN)
        .replace(
            "number:      # số kế hoạch, ví dụ 12/KH-BQL",
            "number: 12/KH-BQL",
        )
        .replace("issued_on:   # ngày ban hành", "issued_on: 10/02/2026")
        .replacen(
            "implements:  # ví dụ: Kế hoạch số …/KH-UBND ngày … của UBND tỉnh về …",
            "implements: Kế hoạch số 55/KH-UBND ngày 03/02/2026 của UBND tỉnh",
            1,
        )
        .replacen("  lead:\n", "  lead: VP\n", 1);
    env.write(PLAN, &text);
}

/// `coi --data reg <kind> edit ID` with an "editor" that changes the draft as `sed` is told.
fn edit(env: &Env, kind: &str, id: &str, sed: &str) -> Run {
    let mut cmd = env.command();
    cmd.args(["--data", "reg", kind, "edit", id])
        .env("EDITOR", format!("sed -i {sed}"));
    Run::from_output(cmd.output().unwrap())
}

#[test]
fn plan_init_writes_the_seed_tasks_for_every_unit_commits_and_never_overwrites() {
    let env = Env::with_git_register();
    assert_eq!(
        env.run("plan init").ok(),
        "Đã tạo reg/plans/2026.yaml với 8 nhiệm vụ của kế hoạch mẫu. Điền số, ngày ban hành, \
         kế hoạch của tỉnh mà kế hoạch thực hiện và đơn vị chủ trì từng nhiệm vụ bằng \
         «coi plan edit --year 2026» (lệnh này kiểm tra rồi ghi vào git).\n"
    );
    let text = env.read(PLAN);
    let codes: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix("- code: "))
        .collect();
    assert_eq!(
        codes,
        [
            "II.1", "II.2", "II.3", "II.4", "II.5", "II.6", "III.1", "III.2"
        ]
    );
    assert_eq!(text.matches("\n  units: [VP, QLDN]\n").count(), 8, "{text}");
    assert_eq!(text.matches("\n  lead:\n").count(), 8, "{text}");
    for blank in ["\nnumber:      #", "\nissued_on:   #", "\nimplements:  #"] {
        assert!(text.contains(blank), "{blank} in\n{text}");
    }
    assert!(text.contains("- code: III.1\n  title: Phổ biến, quán triệt, triển khai Kế hoạch"));
    assert_eq!(
        env.git("reg", &["log", "-1", "--format=%s%n%an"]),
        "plan 2026: init\nTrần Thị Văn Thư\n"
    );
    assert_eq!(env.git("reg", &["status", "--porcelain"]), "");
    // The file as written passes check.
    assert_eq!(
        env.run("check").ok(),
        "Đã kiểm tra 0 hồ sơ: 0 lỗi, 0 cảnh báo.\n"
    );

    // Never over an existing plan, even one the clerk has changed.
    env.write(PLAN, &text.replace("  lead:\n", "  lead: VP\n"));
    let before = env.snapshot("reg");
    let err = env.run("plan init --year 2026").fails(1);
    assert_eq!(
        err,
        "Lỗi: đã có reg/plans/2026.yaml; không ghi đè\n  gợi ý: sửa tệp đó bằng trình soạn thảo, \
         xem nó bằng «coi plan --year 2026», hoặc chọn năm khác bằng --year\n"
    );
    assert_eq!(env.snapshot("reg"), before);

    // Another year; a year that cannot name a file is refused before anything is done.
    env.run("plan init --year 2027").ok();
    assert!(env.exists("reg/plans/2027.yaml"));
    env.run("plan --year 2028 init").ok();
    assert!(env.exists("reg/plans/2028.yaml"));
    env.run("plan init --year 27").fails(2);
    assert!(!env.exists("reg/plans/27.yaml"));
}

#[test]
fn check_names_each_problem_of_the_plan_and_each_task_it_does_not_have_by_line_and_field() {
    let env = Env::with_register();
    env.training().with(&["--plan-task", "III.1"]).add().ok();
    env.write(
        PLAN,
        "number: 12/KH-BQL\nissued_on: 10/02/2026\ntasks:\n\
         - code: II.3\n  title: Tuyên truyền\n  lead: XX\n\
         - code: III.1\n  title: Phổ biến kế hoạch\n  units: [VP, QLXX]\n\
         - code: II.3\n  title: Trùng mã\n",
    );
    let training = "reg/trainings/2026/TH-2026-001.yaml";
    env.write(
        training,
        &env.read(training)
            .replace("plan_task: III.1", "plan_task: II.1"),
    );
    let out = env.run("check");
    out.fails(1);
    assert_eq!(
        out.stdout,
        "reg/plans/2026.yaml:6: error: tasks[0].lead: mã đơn vị «XX» không có trong coi.yaml (các mã đơn vị: VP, QLDN)\n\
         reg/plans/2026.yaml:9: error: tasks[1].units[1]: mã đơn vị «QLXX» không có trong coi.yaml (các mã đơn vị: VP, QLDN)\n\
         reg/plans/2026.yaml:10: error: tasks[2].code: mã nhiệm vụ «II.3» đã có ở dòng 4; mỗi nhiệm vụ một mã\n\
         reg/trainings/2026/TH-2026-001.yaml:10: error: plan_task: nhiệm vụ «II.1» không có trong kế hoạch năm 2026 (các nhiệm vụ của plans/2026.yaml: II.3, III.1, II.3)\n\
         Đã kiểm tra 1 hồ sơ: 4 lỗi, 0 cảnh báo.\n"
    );
    let json: serde_json::Value =
        serde_json::from_str(&env.run("check --format json").stdout).unwrap();
    let codes: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert_eq!(
        codes,
        [
            "unknown-unit",
            "unknown-unit",
            "duplicate-task",
            "unknown-task"
        ]
    );
    // The report counts nothing from a register with errors.
    env.run("report --period 2026").fails(1);
}

#[test]
fn without_a_plan_file_a_record_names_one_of_the_seed_plans_tasks() {
    let env = Env::with_register();
    let id = env
        .training()
        .with(&["--plan-task", "iii.1"])
        .add()
        .last_line()
        .to_string();
    // Written as the plan spells it.
    assert!(
        env.read(&format!("reg/trainings/2026/{id}.yaml"))
            .contains("\nplan_task: III.1\n")
    );
    let before = env.snapshot("reg");
    let err = env.case().with(&["--plan-task", "II.9"]).add().fails(2);
    assert_eq!(
        err,
        "Lỗi: nhiệm vụ «II.9» không có trong kế hoạch năm 2026 (chưa có plans/2026.yaml, nên là các \
         nhiệm vụ của kế hoạch mẫu: II.1, II.2, II.3, II.4, II.5, II.6, III.1, III.2)\n  gợi ý: xem các \
         nhiệm vụ bằng «coi plan --year 2026»; nhiệm vụ mới thì thêm vào plans/2026.yaml\n"
    );
    assert_eq!(env.snapshot("reg"), before);
    assert_eq!(
        env.run("check").ok(),
        "Đã kiểm tra 1 hồ sơ: 0 lỗi, 0 cảnh báo.\n"
    );
}

#[test]
fn add_and_edit_refuse_a_task_the_years_plan_does_not_have_and_write_nothing() {
    let env = Env::with_git_register();
    env.run("plan init").ok();
    // A plan without II.1, as an agency may write its own.
    env.write(
        PLAN,
        &env.read(PLAN)
            .replacen("- code: II.1\n", "- code: II.1a\n", 1),
    );
    env.git("reg", &["commit", "-qam", "kế hoạch"]);
    let before = env.snapshot("reg");
    let err = env.training().with(&["--plan-task", "II.1"]).add().fails(2);
    assert!(
        err.starts_with(
            "Lỗi: nhiệm vụ «II.1» không có trong kế hoạch năm 2026 (các nhiệm vụ của \
             plans/2026.yaml: II.1a, II.2, II.3, II.4, II.5, II.6, III.1, III.2)\n"
        ),
        "{err}"
    );
    assert_eq!(env.snapshot("reg"), before);
    // A record of another report year is held to that year's plan: 2027 has none, so the
    // seed's tasks.
    env.training()
        .set("--start-on", "15/12/2026")
        .with(&["--plan-task", "II.1"])
        .add()
        .ok();

    env.training().with(&["--plan-task", "III.1"]).add().ok();
    let file = "reg/trainings/2026/TH-2026-002.yaml";
    let text = env.read(file);
    let out = edit(
        &env,
        "training",
        "TH-2026-002",
        "s/^plan_task:.III.1/plan_task:\\x20II.9/",
    );
    let err = out.fails(1);
    assert!(
        err.starts_with(
            "reg/trainings/2026/TH-2026-002.yaml:10: error: plan_task: nhiệm vụ «II.9» không có trong \
             kế hoạch năm 2026 (các nhiệm vụ của plans/2026.yaml: II.1a, II.2,"
        ),
        "{err}"
    );
    assert!(err.contains("bản sửa có lỗi; hồ sơ giữ nguyên"), "{err}");
    assert_eq!(env.read(file), text);
    assert_eq!(env.git("reg", &["status", "--porcelain"]), "");
    // A task of the plan is taken.
    edit(
        &env,
        "training",
        "TH-2026-002",
        "s/^plan_task:.III.1/plan_task:\\x20II.1a/",
    )
    .ok();
    assert!(env.read(file).contains("\nplan_task: II.1a\n"));
}

#[test]
fn coi_plan_without_a_plan_file_says_so_and_follows_the_seed_tasks() {
    let env = Env::with_register();
    env.training().add().ok();
    let out = env.run("plan").ok();
    assert!(
        out.starts_with(
            "Ban Quản lý Khu kinh tế tỉnh\n\
             Chưa có kế hoạch năm 2026 (reg/plans/2026.yaml); dùng 8 nhiệm vụ của kế hoạch mẫu. Tạo \
             tệp bằng «coi plan init --year 2026».\n\n\
             Hồ sơ của năm báo cáo 2026 (từ 15/12/2025 đến 14/12/2026) theo nhiệm vụ và đơn vị:\n"
        ),
        "{out}"
    );
    assert!(
        out.ends_with(
            "Hồ sơ đã ghi:\n  II.2 — VP: TH-2026-001\n\n\
             Còn thiếu:\n  \
             Chưa phổ biến, quán triệt kế hoạch (III.1): Văn phòng, Phòng Quản lý doanh nghiệp.\n  \
             Nhiệm vụ chưa có hồ sơ nào: II.1, II.3, II.4, II.5, II.6, III.1, III.2.\n"
        ),
        "{out}"
    );
    assert!(!env.exists("reg/plans"));
}

/// A row of the table after the task's code and title: its lead, then its counts.
fn counts(out: &str, code: &str) -> Vec<String> {
    let line = out
        .lines()
        .find(|l| l.starts_with(&format!("│ {code} ")))
        .unwrap_or_else(|| panic!("no row {code} in\n{out}"));
    let cells: Vec<String> = line
        .trim_matches('│')
        .split('┆')
        .map(|c| c.trim().to_string())
        .collect();
    cells[2..].to_vec()
}

#[test]
fn coi_plan_counts_the_records_of_each_task_and_unit_and_says_what_is_missing() {
    let env = Env::with_register();
    filled_plan(&env);
    // III.1 is for the two units; II.5 only for QLDN.
    env.write(
        PLAN,
        &env.read(PLAN)
        .replace(
            "xác định đầu mối giám sát và trách nhiệm người đứng đầu\n  lead: VP\n  units: [VP, QLDN]",
            "xác định đầu mối giám sát và trách nhiệm người đứng đầu\n  lead: VP\n  units: [QLDN]",
        ),
    );
    env.training().with(&["--plan-task", "III.1"]).add().ok();
    env.training().add().ok();
    env.training().set("--topics", "coi").add().ok();
    env.case()
        .with(&[
            "--measures-kind",
            "giam-sat",
            "--measures-decided-on",
            "05/03/2026",
        ])
        .add()
        .ok();
    // Void, and of another report year: neither counts.
    env.training().add().ok();
    env.run("training void TH-2026-004 --reason 'Nhập trùng'")
        .ok();
    env.training().set("--start-on", "15/12/2026").add().ok();

    let out = env.run("plan").ok();
    assert!(
        out.starts_with(
            "Ban Quản lý Khu kinh tế tỉnh\n\
             Kế hoạch số 12/KH-BQL ngày 10/02/2026 (reg/plans/2026.yaml): Kế hoạch triển khai thực \
             hiện kiểm soát xung đột lợi ích năm 2026\n\
             Thực hiện: Kế hoạch số 55/KH-UBND ngày 03/02/2026 của UBND tỉnh\n\n\
             Hồ sơ của năm báo cáo 2026 (từ 15/12/2025 đến 14/12/2026) theo nhiệm vụ và đơn vị:\n"
        ),
        "{out}"
    );
    assert_eq!(counts(&out, "II.1"), ["VP", "–", "0", "0"]);
    assert_eq!(counts(&out, "II.2"), ["", "1", "0", "1"]);
    assert_eq!(counts(&out, "II.3"), ["", "1", "0", "1"]);
    assert_eq!(counts(&out, "II.5"), ["", "0", "1", "1"]);
    assert_eq!(counts(&out, "III.1"), ["", "1", "0", "1"]);
    assert!(
        out.contains("\n(–: nhiệm vụ không giao cho đơn vị này)\n"),
        "{out}"
    );
    assert!(
        out.ends_with(
            "Hồ sơ đã ghi:\n  \
             II.2 — VP: TH-2026-002\n  \
             II.3 — VP: TH-2026-003\n  \
             II.5 — QLDN: XDLI-2026-001\n  \
             III.1 — VP: TH-2026-001\n\n\
             Còn thiếu:\n  \
             Chưa phổ biến, quán triệt kế hoạch (III.1): Phòng Quản lý doanh nghiệp.\n  \
             Nhiệm vụ chưa có hồ sơ nào: II.1, II.4, II.6, III.2.\n"
        ),
        "{out}"
    );

    // Every unit has disseminated it: said in plain words too.
    env.training()
        .set("--organizer", "QLDN")
        .with(&["--plan-task", "III.1"])
        .add()
        .ok();
    let out = env.run("plan --year 2026").ok();
    assert!(
        out.contains("\n  Mọi đơn vị đã phổ biến, quán triệt kế hoạch (III.1).\n"),
        "{out}"
    );
    assert_eq!(counts(&out, "III.1"), ["", "1", "1", "2"]);
    // The English words, for a register kept in English.
    let out = env.run("--lang en plan").ok();
    assert!(
        out.contains("\nStill missing:\n  Every unit has disseminated the plan (III.1).\n  Tasks with no record yet: II.1, II.4, II.6, III.2.\n"),
        "{out}"
    );
}

#[test]
fn coi_plan_as_json_gives_the_plan_the_cells_with_their_ids_and_what_is_missing() {
    let env = Env::with_register();
    filled_plan(&env);
    env.training().with(&["--plan-task", "III.1"]).add().ok();
    env.training().add().ok();
    let json: serde_json::Value =
        serde_json::from_str(&env.run("plan --format json").ok()).unwrap();
    assert_eq!(json["year"], 2026);
    assert_eq!(
        (json["from"].as_str(), json["to"].as_str()),
        (Some("2025-12-15"), Some("2026-12-14"))
    );
    assert_eq!(
        json["plan"],
        serde_json::json!({
            "file": "reg/plans/2026.yaml",
            "number": "12/KH-BQL",
            "issued_on": "2026-02-10",
            "title": "Kế hoạch triển khai thực hiện kiểm soát xung đột lợi ích năm 2026",
            "implements": "Kế hoạch số 55/KH-UBND ngày 03/02/2026 của UBND tỉnh",
        })
    );
    assert_eq!(
        json["units"],
        serde_json::json!([
            {"code": "VP", "name": "Văn phòng"},
            {"code": "QLDN", "name": "Phòng Quản lý doanh nghiệp"},
        ])
    );
    let tasks = json["tasks"].as_array().unwrap();
    assert_eq!(tasks.len(), 8);
    assert_eq!(
        (tasks[0]["code"].as_str(), tasks[0]["lead"].as_str()),
        (Some("II.1"), Some("VP"))
    );
    let dissemination = tasks.iter().find(|t| t["code"] == "III.1").unwrap();
    assert_eq!(
        dissemination["cells"],
        serde_json::json!([
            {"unit": "VP", "applies": true, "count": 1, "ids": ["TH-2026-001"]},
            {"unit": "QLDN", "applies": true, "count": 0, "ids": []},
        ])
    );
    assert_eq!(
        dissemination["total"],
        serde_json::json!({"count": 1, "ids": ["TH-2026-001"]})
    );
    assert_eq!(json["not_disseminated"], serde_json::json!(["QLDN"]));
    assert_eq!(
        json["tasks_without_records"],
        serde_json::json!(["II.1", "II.3", "II.4", "II.5", "II.6", "III.2"])
    );
    assert_eq!(json["outside_plan"], serde_json::json!([]));
    assert_eq!(json["errors"], 0);

    // Without a plan file: no plan, the seed's tasks.
    let bare = Env::with_register();
    let json: serde_json::Value =
        serde_json::from_str(&bare.run("plan --format json").ok()).unwrap();
    assert_eq!(json["plan"], serde_json::Value::Null);
    assert_eq!(json["tasks"].as_array().unwrap().len(), 8);
}

#[test]
fn coi_plan_of_a_year_whose_plan_cannot_be_read_names_its_problems() {
    let env = Env::with_register();
    env.write(PLAN, "number: 12/KH-BQL\ntasks:\n- code: II.1\n");
    let err = env.run("plan").fails(1);
    assert_eq!(
        err,
        "Lỗi: kế hoạch reg/plans/2026.yaml có 1 lỗi, không đọc được\n  \
         reg/plans/2026.yaml:3: error: tasks[0]: thiếu trường `title`\n  \
         gợi ý: chạy «coi check» để xem từng lỗi và dòng của nó\n"
    );
    // Its records go unchecked against it, and are still read.
    env.training().with(&["--plan-task", "II.9"]).add().ok();
}
