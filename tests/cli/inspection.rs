//! Inspections of public duty (KT) and the plan's other steps (HD): the same verbs as every
//! kind, the conclusion of an inspection, and a case's link to the inspection that found it.

use crate::harness::Env;

const INSPECTION: &str = "inspection add --unit VP --inspected-units qldn,VP --kind dot-xuat \
     --subject 'Kiểm tra việc thẩm định hồ sơ doanh nghiệp' --start-on 02/03/2026";

#[test]
fn an_inspection_is_added_concluded_and_counted() {
    let env = Env::with_git_register();
    assert_eq!(env.run(INSPECTION).last_line(), "KT-2026-001");
    let out = env.run(
        "inspection conclude KT-2026-001 --date 13/03/2026 --violations 3 --corrected 2 \
         --conclusion-no '05/KL-BQL'",
    );
    assert_eq!(
        out.ok(),
        "Đã ghi «Kết luận kiểm tra» vào reg/inspections/2026/KT-2026-001.yaml (trạng thái: Đã kết luận)\nKT-2026-001\n"
    );
    let text = env.read("reg/inspections/2026/KT-2026-001.yaml");
    assert!(
        text.contains("unit: VP\ninspected_units:\n- QLDN\n- VP\nkind: unscheduled\n"),
        "unit codes are written as coi.yaml spells them:\n{text}"
    );
    assert!(
        text.contains(
            "violations: 3\ncorrected: 2\nconclusion_no: 05/KL-BQL\nconcluded_on: 2026-03-13\n"
        ),
        "{text}"
    );
    // Concluded once: a second conclusion is refused and changes nothing.
    let before = env.read("reg/inspections/2026/KT-2026-001.yaml");
    let err = env
        .run("inspection conclude KT-2026-001 --date 14/03/2026 --violations 9")
        .fails(1);
    assert!(err.contains("đã có kết luận ngày 13/03/2026"), "{err}");
    assert_eq!(env.read("reg/inspections/2026/KT-2026-001.yaml"), before);

    let log = env.git("reg", &["log", "--format=%s"]);
    assert!(
        log.starts_with("inspection KT-2026-001: conclude\ninspection KT-2026-001: add\n"),
        "{log}"
    );

    let list = env.run("inspection list").ok();
    assert!(
        list.contains("│ KT-2026-001 ┆ VP     ┆ 02/03/2026 ┆ Kiểm tra đột xuất ┆ QLDN, VP"),
        "{list}"
    );
    let show = env.run("inspection show KT-2026-001").ok();
    assert!(
        show.lines()
            .any(|l| l.contains("Đơn vị được kiểm tra") && l.contains("┆ QLDN, VP ")),
        "{show}"
    );

    let json: serde_json::Value =
        serde_json::from_str(&env.run("--format json report --period 2026-Q1").ok()).unwrap();
    let figure = |code: &str| {
        json["indicators"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["code"] == code)
            .map(|f| {
                (
                    f["period"].as_u64().unwrap(),
                    f["year_to_date"].as_u64().unwrap(),
                )
            })
            .unwrap()
    };
    assert_eq!(figure("KT01"), (1, 1));
    assert_eq!(figure("KT02"), (2, 2));
    assert_eq!(figure("KT04"), (3, 3));
    assert_eq!(figure("KT05"), (2, 2));
}

#[test]
fn an_inspection_refuses_what_is_not_a_unit_and_check_names_the_field() {
    let env = Env::with_register();
    let err = env
        .run(
            "inspection add --unit VP --inspected-units QLDN,XX --kind scheduled \
             --subject 'Kiểm tra' --start-on 02/03/2026",
        )
        .fails(2);
    assert!(err.contains("«XX»"), "{err}");
    assert!(!env.exists("reg/inspections/2026/KT-2026-001.yaml"));
    env.write(
        "reg/inspections/2026/KT-2026-001.yaml",
        "id: KT-2026-001\nunit: VP\ninspected_units:\n- QLDN\n- XX\n- QLDN\nkind: scheduled\n\
         subject: Kiểm tra\nstart_on: 2026-03-02\nviolations: 1\ncorrected: 2\nconcluded_on: 2026-03-01\n",
    );
    let check = env.run("check");
    assert_eq!(check.code, 1, "{}", check.stderr);
    let out = check.stdout;
    for line in [
        "reg/inspections/2026/KT-2026-001.yaml:5: error: inspected_units[1]: mã đơn vị «XX» không có trong coi.yaml (các mã đơn vị: VP, QLDN)",
        "reg/inspections/2026/KT-2026-001.yaml:6: warning: inspected_units[2]: đơn vị bị ghi hai lần",
        "reg/inspections/2026/KT-2026-001.yaml:11: warning: corrected: số vi phạm đã chấn chỉnh (2) nhiều hơn số vi phạm phát hiện (1)",
        "reg/inspections/2026/KT-2026-001.yaml:12: error: concluded_on: Ngày kết luận (01/03/2026) trước ngày bắt đầu (02/03/2026)",
    ] {
        assert!(out.contains(line), "{line}\n{out}");
    }
}

#[test]
fn a_case_found_through_an_inspection_names_it_and_check_follows_the_link() {
    let env = Env::with_register();
    env.run(INSPECTION).ok();
    let found = || env.case().set("--source", "inspection");
    found().with(&["--inspection", "KT-2026-001"]).add().ok();
    // A link to an inspection that is not in the register.
    found().with(&["--inspection", "KT-2026-007"]).add().ok();
    // Found through an inspection, naming none.
    let unlinked = found().add();
    assert!(
        unlinked
            .stderr
            .contains("chưa ghi «Phát hiện qua cuộc kiểm tra»"),
        "{}",
        unlinked.stderr
    );
    // Another kind's ID is refused at once, and nothing is written.
    let err = found()
        .with(&["--inspection", "HD-2026-001"])
        .add()
        .fails(1);
    assert!(
        err.contains("«HD-2026-001» không phải mã một cuộc kiểm tra"),
        "{err}"
    );
    assert!(!env.exists("reg/cases/2026/XDLI-2026-004.yaml"));

    let check = env.run("check");
    assert_eq!(check.code, 1, "{}", check.stderr);
    let out = check.stdout;
    let mine: Vec<&str> = out.lines().filter(|l| l.contains("inspection:")).collect();
    assert_eq!(
        mine,
        [
            "reg/cases/2026/XDLI-2026-002.yaml:10: error: inspection: không có cuộc kiểm tra «KT-2026-007» trong sổ",
            "reg/cases/2026/XDLI-2026-003.yaml:1: warning: inspection: vụ việc phát hiện qua kiểm tra nhưng chưa ghi «Phát hiện qua cuộc kiểm tra» (mã cuộc kiểm tra, KT-…)",
        ],
        "{out}"
    );
}

#[test]
fn the_plans_other_steps_are_records_with_the_same_verbs() {
    let env = Env::with_git_register();
    let id = env
        .run(
            "action add --unit QLDN --plan-task III.1 --kind pho-bien \
             --title 'Quán triệt kế hoạch tại cuộc họp phòng' --done-on 20/02/2026",
        )
        .last_line()
        .to_string();
    assert_eq!(id, "HD-2026-001");
    let text = env.read("reg/actions/2026/HD-2026-001.yaml");
    assert!(
        text.starts_with("id: HD-2026-001\nunit: QLDN\nplan_task: III.1\nkind: dissemination\ntitle: Quán triệt kế hoạch tại cuộc họp phòng\ndone_on: 2026-02-20\n"),
        "{text}"
    );
    let list = env.run("action list --unit QLDN").ok();
    assert!(list.contains("Phổ biến, quán triệt kế hoạch"), "{list}");
    env.run("action void HD-2026-001 --reason 'Nhập trùng'")
        .ok();
    let json = env.run("--format json action list").ok();
    assert!(json.contains("\"status\": \"void\""), "{json}");
    let log = env.git("reg", &["log", "--format=%s"]);
    assert!(
        log.starts_with("action HD-2026-001: void\naction HD-2026-001: add\n"),
        "{log}"
    );
}
