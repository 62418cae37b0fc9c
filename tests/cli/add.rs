use crate::harness::{Env, NOW};

#[test]
fn a_case_with_every_field_is_written_in_canonical_form() {
    let env = Env::with_register();
    // Every field of a case: the first measure complete, the second with its optional details
    // given as "" (none), which keeps each flag in step with its measure.
    let head = [
        "--reporter-name",
        "Lê Văn Dũng",
        "--reporter-organization",
        "Công ty CP Đại Dương",
        "--occurred-on",
        "2026-02-27",
        "--reported-on",
        "03/03/2026",
        "--received-on",
        "04/03/2026",
        "--impact",
        "potential",
        "--proposed-measure",
        "Giao người khác thẩm định hồ sơ",
        "--measures-kind",
        "giam-sat",
        "--measures-decided-on",
        "05/03/2026",
        "--measures-decision-no",
        "15/QĐ-BQL",
        "--measures-supervisor",
        "Lê Thị Bình",
        "--measures-from",
        "05/03/2026",
        "--measures-until",
        "05/06/2026",
        "--measures-ended-on",
        "12/03/2026",
        "--measures-kind",
        "tam-chuyen-vi-tri",
        "--measures-decided-on",
        "10/03/2026",
    ];
    let second_measure_details = [
        "--measures-decision-no",
        "",
        "--measures-supervisor",
        "",
        "--measures-from",
        "",
        "--measures-until",
        "",
        // A transfer is ended on record before its case can close.
        "--measures-ended-on",
        "12/03/2026",
    ];
    let tail = [
        "--notified-on",
        "09/03/2026",
        "--closed-on",
        "12/03/2026",
        "--closed-outcome",
        "het-xung-dot",
        "--closed-discipline",
        "none",
        "--closed-head-responsibility",
        "Không",
        "--note",
        "Hồ sơ giấy lưu tại Văn phòng",
    ];
    // An empty optional value outside a list is refused rather than silently dropped.
    let refused = [&head[..], &["--no-conflict-on", ""], &tail].concat();
    let stderr = env.case().with(&refused).add().fails(2);
    assert!(stderr.contains("--no-conflict-on"), "{stderr}");

    let out = env
        .case()
        .with(&[&head[..], &second_measure_details, &tail].concat())
        .add();
    assert_eq!(
        out.ok(),
        "Đã ghi vụ việc xung đột lợi ích vào reg/cases/2026/XDLI-2026-001.yaml\nXDLI-2026-001\n"
    );
    let expected = format!(
        "id: XDLI-2026-001
unit: QLDN
person:
  name: Nguyễn Văn An
  position: Chuyên viên
situation_type: art29_8
situation: Em ruột làm giám đốc doanh nghiệp có hồ sơ do ông An thẩm định
source: self_report
reporter:
  name: Lê Văn Dũng
  organization: Công ty CP Đại Dương
occurred_on: 2026-02-27
known_on: 2026-03-02
reported_on: 2026-03-03
received_on: 2026-03-04
impact: potential
proposed_measure: Giao người khác thẩm định hồ sơ
measures:
- kind: supervision
  decided_on: 2026-03-05
  decision_no: 15/QĐ-BQL
  supervisor: Lê Thị Bình
  from: 2026-03-05
  until: 2026-06-05
  ended_on: 2026-03-12
- kind: temporary_transfer
  decided_on: 2026-03-10
  ended_on: 2026-03-12
notified_on: 2026-03-09
closed:
  'on': 2026-03-12
  outcome: conflict_ended
  discipline: none
  head_responsibility: Không
note: Hồ sơ giấy lưu tại Văn phòng
history:
- at: {NOW}
  by: Trần Thị Văn Thư
  action: created
"
    );
    assert_eq!(env.read("reg/cases/2026/XDLI-2026-001.yaml"), expected);
    env.reg(&["check"]).ok();
}

#[test]
fn a_gift_with_every_field_is_written() {
    let env = Env::with_register();
    let out = env
        .gift()
        .with(&[
            "--recipient-type",
            "ca-nhan",
            "--recipient-position",
            "Phó Trưởng phòng",
            "--place",
            "Trụ sở Ban",
            "--circumstances",
            "Gửi kèm hồ sơ",
            "--giver-position",
            "Giám đốc",
            "--giver-organization",
            "Công ty TNHH Minh Phát",
            "--giver-address",
            "KCN Nam Cầu Kiền",
            "--relationship",
            "Doanh nghiệp có hồ sơ đang giải quyết",
            "--related-to-duty",
            "có",
            "--valuation",
            "declared",
            "--reported-on",
            "11/02/2026",
            "--handed-over-on",
            "12/02/2026",
            "--handling-outcome",
            "nop-ngan-sach",
            "--handling-decided-on",
            "13/02/2026",
            "--handling-paid-to-budget-on",
            "23/02/2026",
            "--handling-budget-amount-vnd",
            "2.000.000",
            "--handling-voucher-no",
            "GNT-0012",
            "--giver-notified-on",
            "24/02/2026",
            "--violation-discipline",
            "khien-trach",
            "--violation-note",
            "Nhận quà khi đang giải quyết hồ sơ",
            "--note",
            "Biên bản giao nhận số 03",
        ])
        .add();
    assert_eq!(out.last_line(), "QT-2026-001");
    let text = env.read("reg/gifts/2026/QT-2026-001.yaml");
    for line in [
        "recipient_type: individual\n",
        "related_to_duty: true\n",
        "value_vnd: 2000000\n",
        "kind: cash\n",
        "handling:\n  outcome: state_budget\n  decided_on: 2026-02-13\n  paid_to_budget_on: 2026-02-23\n  budget_amount_vnd: 2000000\n  voucher_no: GNT-0012\n",
        "violation:\n  discipline: reprimand\n  note: Nhận quà khi đang giải quyết hồ sơ\n",
        "giver:\n  name: Công ty TNHH Minh Phát\n  position: Giám đốc\n  organization: Công ty TNHH Minh Phát\n  address: KCN Nam Cầu Kiền\n",
    ] {
        assert!(text.contains(line), "{line} not in\n{text}");
    }
    env.reg(&["check"]).ok();
}

#[test]
fn a_training_with_every_field_is_written() {
    let env = Env::with_register();
    let out = env
        .training()
        .with(&[
            "--end-on",
            "21/03/2026",
            "--location",
            "Hội trường Ban",
            "--audience",
            "cong-chuc",
            "--sessions",
            "2",
            "--materials",
            "1.200",
            "--plan-ref",
            "Kế hoạch số 12/KH-BQL",
            "--topics",
            "quy-tac-ung-xu",
            "--note",
            "Có báo cáo viên của Thanh tra tỉnh",
        ])
        .add();
    assert_eq!(out.last_line(), "TH-2026-001");
    let text = env.read("reg/trainings/2026/TH-2026-001.yaml");
    assert!(
        text.contains("topics:\n- coi\n- gifts\n- code_of_conduct\n"),
        "{text}"
    );
    assert!(
        text.contains("sessions: 2\nparticipants: 85\nmaterials: 1200\n"),
        "{text}"
    );
    assert!(text.contains("organizer: VP\n"), "{text}");
}

#[test]
fn ids_are_sequential_per_kind_and_year_of_the_key_date() {
    let env = Env::with_register();
    assert_eq!(env.case().add().last_line(), "XDLI-2026-001");
    assert_eq!(env.case().add().last_line(), "XDLI-2026-002");
    // The last --known-on wins? No: a field given twice is refused.
    let twice = env.case().with(&["--known-on", "30/12/2025"]).add();
    assert!(twice.fails(2).contains("--known-on: chỉ được cho một lần"));
    let late_2025 = env.case().known_on("30/12/2025").add();
    assert_eq!(late_2025.last_line(), "XDLI-2025-001");
    assert_eq!(env.gift().add().last_line(), "QT-2026-001");
    assert_eq!(env.training().add().last_line(), "TH-2026-001");
    assert!(env.exists("reg/cases/2025/XDLI-2025-001.yaml"));
}

#[test]
fn quiet_prints_only_the_id_and_history_records_who_and_when() {
    let env = Env::with_register();
    let out = env.case().with(&["--quiet"]).add();
    assert_eq!(out.ok(), "XDLI-2026-001\n");
    let text = env.read("reg/cases/2026/XDLI-2026-001.yaml");
    assert!(
        text.ends_with(&format!(
            "history:\n- at: {NOW}\n  by: Trần Thị Văn Thư\n  action: created\n"
        )),
        "{text}"
    );
    let out = env.case().with(&["--by", "Hoàng Minh Quân", "-q"]).add();
    assert!(
        env.read(&format!("reg/cases/2026/{}.yaml", out.last_line()))
            .contains("  by: Hoàng Minh Quân\n")
    );
}

#[test]
fn every_missing_required_field_is_named_in_one_error() {
    let env = Env::with_register();
    let err = env
        .reg(&["case", "add", "--unit", "VP"])
        .fails(2)
        .to_string();
    assert_eq!(
        err,
        "Lỗi: thiếu trường bắt buộc: --person-name --situation-type --situation --source --known-on\n  gợi ý: xem «coi <loại> add --help» để biết các trường\n"
    );
    let err = env
        .reg(&["--lang", "en", "gift", "add"])
        .fails(2)
        .to_string();
    assert!(err.starts_with("error: missing required fields: --unit --received-on --giver-name --kind --description --value-vnd\n"), "{err}");
    let err = env
        .reg(&["training", "add", "--measures-kind", "x"])
        .fails(2)
        .to_string();
    assert!(err.contains("không có tùy chọn --measures-kind"), "{err}");
    // A measure needs its date; the flag is named with the measure's number.
    let err = env
        .case()
        .with(&[
            "--measures-kind",
            "giam-sat",
            "--measures-kind",
            "dinh-chi",
            "--measures-decided-on",
            "05/03/2026",
            "--measures-decided-on",
            "",
        ])
        .add()
        .fails(2);
    assert!(err.contains("--measures-decided-on (#2)"), "{err}");
    assert!(!env.exists("reg/cases/2026"));
}

#[test]
fn an_unknown_unit_lists_the_known_codes() {
    let env = Env::with_register();
    let err = env.case().unit("KHONGCO").add().fails(2);
    assert_eq!(
        err,
        "Lỗi: mã đơn vị «KHONGCO» không có trong coi.yaml; các mã đơn vị: VP, QLDN\n  gợi ý: thêm đơn vị vào mục `units` của coi.yaml nếu đó là đơn vị mới\n"
    );
    // Letter case does not matter; the code is written as coi.yaml has it.
    let id = env.case().unit("qldn").add().last_line().to_string();
    assert!(
        env.read(&format!("reg/cases/2026/{id}.yaml"))
            .contains("unit: QLDN\n")
    );
}

#[test]
fn values_that_cannot_be_read_are_all_reported_and_nothing_is_written() {
    let env = Env::with_register();
    let err = env
        .gift()
        .with(&[
            "--reported-on",
            "31/04/2026",
            "--handed-over-on",
            "2026-02-30",
            "--valuation",
            "doan",
            "--related-to-duty",
            "maybe",
        ])
        .add()
        .fails(2);
    assert!(err.starts_with("Lỗi: giá trị không hợp lệ:\n"), "{err}");
    assert!(
        err.contains("--reported-on: ngày không có trên lịch: «31/04/2026»"),
        "{err}"
    );
    assert!(
        err.contains("--handed-over-on: ngày không có trên lịch: «2026-02-30»"),
        "{err}"
    );
    assert!(
        err.contains("--valuation: «doan» không phải giá trị hợp lệ; chọn: declared (ke-khai) «Theo kê khai», "),
        "{err}"
    );
    assert!(
        err.contains("--related-to-duty: «maybe»: trả lời có hoặc không"),
        "{err}"
    );
    for bad in ["-5", "2.5", "99999999999999999999999", "1.000,50"] {
        let err = env.gift().value(bad).add().fails(2);
        assert!(err.contains("--value-vnd: "), "{bad}: {err}");
    }
    let err = env
        .training()
        .with(&["--location", "Hội trường\u{7}"])
        .add()
        .fails(2);
    assert!(
        err.contains("--location: văn bản có ký tự điều khiển U+0007"),
        "{err}"
    );
    assert!(!env.exists("reg/gifts/2026") && !env.exists("reg/trainings/2026"));
}

#[test]
fn a_record_that_breaks_the_rules_is_refused_with_each_reason() {
    let env = Env::with_register();
    let err = env
        .gift()
        .with(&[
            "--handed-over-on",
            "09/02/2026",
            "--handling-outcome",
            "ban-cong-khai",
            "--handling-decided-on",
            "20/02/2026",
        ])
        .add()
        .fails(1);
    assert_eq!(
        err,
        "Lỗi: hồ sơ không hợp lệ, chưa ghi:
  --handed-over-on: Ngày nộp lại quà (09/02/2026) trước ngày nhận quà (10/02/2026)
  --handling-outcome: «public_sale» không đúng với loại quà «Tiền»; theo Điều 27 Nghị định 59/2019 phải là: state_budget
"
    );
    let no_recipient = env
        .gift()
        .without("--recipient-name")
        .set("--giver-name", "Ông A")
        .kind("goods")
        .description("Giỏ quà")
        .value("500000");
    let err = no_recipient.add().fails(1);
    assert!(
        err.contains("--recipient-name: quà tặng cá nhân phải ghi «Họ và tên người nhận»"),
        "{err}"
    );
    // A gift to the agency needs no recipient.
    no_recipient
        .with(&["--recipient-type", "co-quan"])
        .add()
        .ok();
}

#[test]
fn text_is_stored_in_nfc() {
    let env = Env::with_register();
    let decomposed = "Nguye\u{302}\u{303}n Va\u{306}n An";
    let id = env.case().person(decomposed).add().last_line().to_string();
    let text = env.read(&format!("reg/cases/2026/{id}.yaml"));
    assert!(text.contains("  name: Nguyễn Văn An\n"), "{text}");
}

#[test]
fn each_measure_takes_each_flag_once_in_order() {
    let env = Env::with_register();
    let two = env.case().with(&[
        "--measures-kind",
        "bien-phap-khac",
        "--measures-decided-on",
        "04/03/2026",
        "--measures-kind",
        "giam-sat",
        "--measures-decided-on",
        "05/03/2026",
    ]);
    let shifted = two.clone().with(&["--measures-supervisor", "Lê Thị Bình"]);
    let err = shifted.add().fails(2);
    assert!(
        err.contains("--measures-supervisor: cho 1 lần nhưng có 2 mục"),
        "{err}"
    );
    two.with(&[
        "--measures-supervisor",
        "",
        "--measures-supervisor",
        "Lê Thị Bình",
    ])
    .add()
    .ok();
    let text = env.read("reg/cases/2026/XDLI-2026-001.yaml");
    assert!(text.contains("- kind: other_handling\n  decided_on: 2026-03-04\n- kind: supervision\n  decided_on: 2026-03-05\n  supervisor: Lê Thị Bình\n"), "{text}");
}

#[test]
fn add_warns_about_a_step_already_late() {
    let env = Env::with_register();
    let out = env.gift().with(&["--handed-over-on", "26/02/2026"]).add();
    assert_eq!(out.last_line(), "QT-2026-001");
    assert!(
        out.stderr
            .contains("Cảnh báo: handed_over_on: Nộp lại quà tặng: chậm 2 ngày làm việc"),
        "{}",
        out.stderr
    );
}

#[test]
fn add_help_puts_the_record_fields_under_their_own_heading() {
    let env = Env::with_register();
    for (lang, options, fields) in [
        ("vi", "Tùy chọn:", "Trường của hồ sơ:"),
        ("en", "Options:", "Record fields:"),
    ] {
        let help = env.reg(&["--lang", lang, "gift", "add", "--help"]).ok();
        let (before, after) = help.split_once(fields).unwrap_or_else(|| panic!("{help}"));
        assert!(before.contains(options), "{help}");
        for global in ["--data", "--lang", "--format", "--by", "--help"] {
            assert!(
                before.contains(global) && !after.contains(global),
                "{global}"
            );
        }
        for field in ["--unit", "--recipient-name", "--giver-name", "--value-vnd"] {
            assert!(after.contains(field), "{field}");
        }
    }
}
