use crate::harness::Env;

/// A register with one good record of each kind and a file for each kind of problem.
fn troubled() -> Env {
    let env = Env::with_register();
    env.case().stated().add().ok();
    env.gift().stated().add().ok();
    env.training().add().ok();
    let history =
        "history:\n- at: 2026-03-14T09:30:00+07:00\n  by: Trần Thị Văn Thư\n  action: created\n";
    env.write(
        "reg/cases/2026/XDLI-2026-002.yaml",
        "id: XDLI-2026-002\nunit: VP\nperson: {name: Lê Văn Tám\n",
    );
    env.write(
        "reg/cases/2026/XDLI-2026-003.yaml",
        &format!(
            "id: XDLI-2026-003\nunit: XX\nperson:\n  name: Lê Văn Tám\n  postion: Kế toán\nsituation_type: art29_10\n\
             situation: 42\nsource: self-report\nknown_on: 14/03/2026\nmeasures:\n- kind: supervision\n{history}"
        ),
    );
    env.write(
        "reg/cases/2026/XDLI-2026-004.yaml",
        &format!(
            "id: XDLI-2026-004\nunit: VP\nperson:\n  name: Lê Văn Tám\nsituation_type: art29_1\nsituation: Nhận quà\n\
             source: inspection\nknown_on: 2026-03-10\nmeasures:\n- kind: temporary_suspension\n  decided_on: 2026-03-09\n\
             \x20 from: 2026-03-12\n  until: 2026-03-11\nclosed:\n  on: 2026-03-08\n  outcome: violation_handled\n{history}"
        ),
    );
    let good = env.read("reg/cases/2026/XDLI-2026-001.yaml");
    env.write(
        "reg/cases/2026/XDLI-2026-009.yaml",
        &good.replace("XDLI-2026-001", "XDLI-2026-005"),
    );
    env.write("reg/cases/2025/XDLI-2026-001.yaml", &good);
    env.write(
        "reg/gifts/2026/QT-2026-002.yaml",
        &format!(
            "id: QT-2026-002\nunit: VP\nreceived_on: 2026-02-10\ngiver:\n  name: Ông B\nkind: goods\ndescription: Giỏ trái cây\n\
             value_vnd: -500000\nhanded_over_on: 2026-02-09\n{history}"
        ),
    );
    env.write(
        "reg/gifts/2026/QT-2026-003.yaml",
        &format!(
            "id: QT-2026-003\nunit: VP\nreceived_on: 2026-02-10\ngiver:\n  name: Ông B\nkind: goods\ndescription: Giỏ trái cây\n\
             value_vnd: 500000\nhanded_over_on: 2026-02-12\nhandling:\n  outcome: state_budget\n  decided_on: 2026-02-11\n{history}"
        ),
    );
    env.write(
        "reg/trainings/2026/TH-2026-002.yaml",
        &format!(
            "id: TH-2026-002\ntitle: Tập huấn\nform: course\ntopics: [coi, tien]\nstart_on: 2026-03-10\nend_on: 2026-03-09\n\
             organizer: VP\nparticipants: 3.5\n{history}"
        ),
    );
    env.write("reg/trainings/2026/ghi-chu.txt", "không phải hồ sơ");
    env.write("reg/trainings/2026/.coi-tmp-abc123", "id: TH-2026-0");
    env
}

#[test]
fn check_reports_every_problem_with_file_line_and_field() {
    let env = troubled();
    let out = env.reg(&["check"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert_eq!(out.stderr, "");
    let expected = "\
reg/cases/2025/XDLI-2026-001.yaml:1: error: id: hồ sơ XDLI-2026-001 nằm sai thư mục; phải ở cases/2026/XDLI-2026-001.yaml\n\
reg/cases/2025/XDLI-2026-001.yaml:1: error: id: mã XDLI-2026-001 trùng với hồ sơ cases/2026/XDLI-2026-001.yaml\n\
reg/cases/2026/XDLI-2026-001.yaml:1: error: id: mã XDLI-2026-001 trùng với hồ sơ cases/2025/XDLI-2026-001.yaml\n\
reg/cases/2026/XDLI-2026-002.yaml:4: error: YAML không hợp lệ: thiếu dấu «,» hoặc «}» ở dòng 4, cột 1, khi đọc một nhóm trường trong ngoặc {…} ở dòng 3, cột 9\n\
reg/cases/2026/XDLI-2026-003.yaml:2: error: unit: mã đơn vị «XX» không có trong coi.yaml (các mã đơn vị: VP, QLDN)\n\
reg/cases/2026/XDLI-2026-003.yaml:5: error: person.postion: trường không có trong mẫu; có phải là «position»?\n\
reg/cases/2026/XDLI-2026-003.yaml:6: error: situation_type: «art29_10» không phải giá trị hợp lệ (một trong: art29_1 «Nhận tiền, tài sản, lợi ích khác từ người có liên quan đến công việc (Đ29 k1)», art29_2 «Thành lập, tham gia quản lý doanh nghiệp, hợp tác xã trái quy định (Đ29 k2)», art29_3 «Tư vấn cho người khác về công việc đang giải quyết (Đ29 k3)», art29_4 «Sử dụng thông tin có được nhờ chức vụ vì vụ lợi (Đ29 k4)», art29_5 «Bố trí người thân vào vị trí tổ chức cán bộ, kế toán, thủ quỹ, thủ kho (Đ29 k5)», art29_6 «Góp vốn vào doanh nghiệp thuộc ngành, nghề mình trực tiếp quản lý (Đ29 k6)», art29_7 «Ký kết hợp đồng với doanh nghiệp của người thân (Đ29 k7)», art29_8 «Người thân có lợi ích trực tiếp liên quan đến nhiệm vụ được giao (Đ29 k8)», art29_9 «Can thiệp, tác động trái pháp luật vào hoạt động của cơ quan có thẩm quyền (Đ29 k9)», other «Tình huống khác»)\n\
reg/cases/2026/XDLI-2026-003.yaml:7: error: situation: cần văn bản, nhưng gặp số 42 (đặt giá trị trong dấu nháy \"…\")\n\
reg/cases/2026/XDLI-2026-003.yaml:8: error: source: «self-report» cần viết là «self_report» trong tệp\n\
reg/cases/2026/XDLI-2026-003.yaml:9: error: known_on: ngày trong tệp viết theo dạng năm-tháng-ngày: 2026-03-14\n\
reg/cases/2026/XDLI-2026-003.yaml:11: error: measures[0].decided_on: thiếu trường bắt buộc (Ngày quyết định)\n\
reg/cases/2026/XDLI-2026-004.yaml:1: warning: impact: chưa ghi «Mức độ ảnh hưởng», nội dung mà báo cáo bằng văn bản phải nêu (Điều 30 Nghị định 59/2019)\n\
reg/cases/2026/XDLI-2026-004.yaml:1: warning: proposed_measure: chưa ghi «Biện pháp đề xuất», nội dung mà báo cáo bằng văn bản phải nêu (Điều 30 Nghị định 59/2019)\n\
reg/cases/2026/XDLI-2026-004.yaml:1: warning: inspection: vụ việc phát hiện qua kiểm tra nhưng chưa ghi «Phát hiện qua cuộc kiểm tra» (mã cuộc kiểm tra, KT-…)\n\
reg/cases/2026/XDLI-2026-004.yaml:1: warning: notified_on: Thông báo bằng văn bản về quyết định: chưa thực hiện dù hồ sơ đã kết thúc (hạn 16/03/2026; Điều 31 Nghị định 59/2019)\n\
reg/cases/2026/XDLI-2026-004.yaml:10: error: measures[0].ended_on: vụ việc đã kết thúc nhưng biện pháp này chưa được kết thúc; ghi ngày kết thúc biện pháp\n\
reg/cases/2026/XDLI-2026-004.yaml:11: error: measures[0].decided_on: Ngày quyết định (09/03/2026) trước ngày biết (10/03/2026)\n\
reg/cases/2026/XDLI-2026-004.yaml:13: error: measures[0].until: Đến ngày (11/03/2026) trước áp dụng từ ngày (12/03/2026)\n\
reg/cases/2026/XDLI-2026-004.yaml:15: error: closed.on: Ngày kết thúc vụ việc (08/03/2026) trước ngày biết (10/03/2026)\n\
reg/cases/2026/XDLI-2026-004.yaml:15: error: closed.on: Ngày kết thúc vụ việc (08/03/2026) trước ngày quyết định (09/03/2026)\n\
reg/cases/2026/XDLI-2026-009.yaml:1: error: id: tên tệp không khớp với mã hồ sơ XDLI-2026-005; tệp phải tên là XDLI-2026-005.yaml\n\
reg/gifts/2026/QT-2026-002.yaml:1: error: recipient: quà tặng cá nhân phải ghi «Họ và tên người nhận», hoặc chọn «Người nhận là»: «Cơ quan, đơn vị» nếu cơ quan nhận\n\
reg/gifts/2026/QT-2026-002.yaml:1: warning: place: chưa ghi «Địa điểm nhận», nội dung mà báo cáo bằng văn bản phải nêu (Điều 26 Nghị định 59/2019)\n\
reg/gifts/2026/QT-2026-002.yaml:1: warning: circumstances: chưa ghi «Hoàn cảnh nhận quà», nội dung mà báo cáo bằng văn bản phải nêu (Điều 26 Nghị định 59/2019)\n\
reg/gifts/2026/QT-2026-002.yaml:1: warning: relationship: chưa ghi «Mối quan hệ với người tặng», nội dung mà báo cáo bằng văn bản phải nêu (Điều 26 Nghị định 59/2019)\n\
reg/gifts/2026/QT-2026-002.yaml:4: warning: giver.position: chưa ghi «Người tặng quà › Chức vụ», nội dung mà báo cáo bằng văn bản phải nêu (Điều 26 Nghị định 59/2019)\n\
reg/gifts/2026/QT-2026-002.yaml:4: warning: giver.organization: chưa ghi «Người tặng quà › Cơ quan, tổ chức», nội dung mà báo cáo bằng văn bản phải nêu (Điều 26 Nghị định 59/2019)\n\
reg/gifts/2026/QT-2026-002.yaml:4: warning: giver.address: chưa ghi «Người tặng quà › Địa chỉ», nội dung mà báo cáo bằng văn bản phải nêu (Điều 26 Nghị định 59/2019)\n\
reg/gifts/2026/QT-2026-002.yaml:8: error: value_vnd: không được là số âm\n\
reg/gifts/2026/QT-2026-002.yaml:9: error: handed_over_on: Ngày nộp lại quà (09/02/2026) trước ngày nhận quà (10/02/2026)\n\
reg/gifts/2026/QT-2026-003.yaml:1: error: recipient: quà tặng cá nhân phải ghi «Họ và tên người nhận», hoặc chọn «Người nhận là»: «Cơ quan, đơn vị» nếu cơ quan nhận\n\
reg/gifts/2026/QT-2026-003.yaml:1: warning: place: chưa ghi «Địa điểm nhận», nội dung mà báo cáo bằng văn bản phải nêu (Điều 26 Nghị định 59/2019)\n\
reg/gifts/2026/QT-2026-003.yaml:1: warning: circumstances: chưa ghi «Hoàn cảnh nhận quà», nội dung mà báo cáo bằng văn bản phải nêu (Điều 26 Nghị định 59/2019)\n\
reg/gifts/2026/QT-2026-003.yaml:1: warning: relationship: chưa ghi «Mối quan hệ với người tặng», nội dung mà báo cáo bằng văn bản phải nêu (Điều 26 Nghị định 59/2019)\n\
reg/gifts/2026/QT-2026-003.yaml:4: warning: giver.position: chưa ghi «Người tặng quà › Chức vụ», nội dung mà báo cáo bằng văn bản phải nêu (Điều 26 Nghị định 59/2019)\n\
reg/gifts/2026/QT-2026-003.yaml:4: warning: giver.organization: chưa ghi «Người tặng quà › Cơ quan, tổ chức», nội dung mà báo cáo bằng văn bản phải nêu (Điều 26 Nghị định 59/2019)\n\
reg/gifts/2026/QT-2026-003.yaml:4: warning: giver.address: chưa ghi «Người tặng quà › Địa chỉ», nội dung mà báo cáo bằng văn bản phải nêu (Điều 26 Nghị định 59/2019)\n\
reg/gifts/2026/QT-2026-003.yaml:11: error: handling.outcome: «state_budget» không đúng với loại quà «Hiện vật»; theo Điều 27 Nghị định 59/2019 phải là: public_sale\n\
reg/gifts/2026/QT-2026-003.yaml:12: error: handling.decided_on: Ngày quyết định xử lý (11/02/2026) trước ngày nộp lại quà (12/02/2026)\n\
reg/trainings/2026/.coi-tmp-abc123:1: warning: tệp tạm còn lại sau một lần ghi bị ngắt; không phải hồ sơ, có thể xóa\n\
reg/trainings/2026/TH-2026-002.yaml:4: error: topics[1]: «tien» không phải giá trị hợp lệ (một trong: anti_corruption_law «Pháp luật phòng, chống tham nhũng», coi «Kiểm soát xung đột lợi ích», gifts «Tặng quà, nhận quà», code_of_conduct «Quy tắc ứng xử», asset_declaration «Kê khai tài sản, thu nhập», job_rotation «Chuyển đổi vị trí công tác», other «Nội dung khác»)\n\
reg/trainings/2026/TH-2026-002.yaml:6: error: end_on: Ngày kết thúc (09/03/2026) trước ngày bắt đầu (10/03/2026)\n\
reg/trainings/2026/TH-2026-002.yaml:8: error: participants: phải là số nguyên\n\
reg/trainings/2026/ghi-chu.txt:1: warning: «ghi-chu.txt» không phải tệp hồ sơ đúng chỗ (hồ sơ nằm ở <loại>/<năm>/<mã>.yaml), bỏ qua\n\
Đã kiểm tra 11 hồ sơ: 26 lỗi, 18 cảnh báo.\n";
    assert_eq!(out.stdout, expected);
}

#[test]
fn check_gives_json_for_scripts_and_english_on_request() {
    let env = troubled();
    let out = env.reg(&["--lang", "en", "check", "--format", "json"]);
    assert_eq!(out.code, 1);
    let found: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let unknown = found
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "unknown-field")
        .unwrap();
    assert_eq!(unknown["path"], "reg/cases/2026/XDLI-2026-003.yaml");
    assert_eq!(unknown["line"], 5);
    assert_eq!(unknown["severity"], "error");
    assert_eq!(unknown["field"], "person.postion");
    assert_eq!(
        unknown["message"],
        "unknown field; did you mean 'position'?"
    );
    let text = env.reg(&["--lang", "en", "check"]).stdout;
    assert!(
        text.ends_with("Checked 11 records: 26 errors, 18 warnings.\n"),
        "{text}"
    );
}

#[test]
fn a_clean_register_passes_with_exit_0() {
    let env = Env::with_register();
    env.case().stated().add().ok();
    env.gift().stated().add().ok();
    assert_eq!(
        env.reg(&["check"]).ok(),
        "Đã kiểm tra 2 hồ sơ: 0 lỗi, 0 cảnh báo.\n"
    );
}

#[test]
fn warnings_alone_do_not_fail_the_check() {
    let env = Env::with_register();
    env.training().add().ok();
    let text = env
        .read("reg/trainings/2026/TH-2026-001.yaml")
        .replace("participants: 85", "participants: 0");
    env.write("reg/trainings/2026/TH-2026-001.yaml", &text);
    let out = env.reg(&["check"]).ok();
    assert!(
        out.contains("TH-2026-001.yaml:9: warning: participants: chưa có lượt người tham dự nào\n"),
        "{out}"
    );
}

#[test]
fn a_broken_coi_yaml_is_reported_and_the_records_are_still_checked() {
    let env = Env::with_register();
    env.case().add().ok();
    env.training().add().ok();
    let text = env
        .read("reg/trainings/2026/TH-2026-001.yaml")
        .replace("2026-03-20", "2026-02-31");
    env.write("reg/trainings/2026/TH-2026-001.yaml", &text);
    env.write(
        "reg/coi.yaml",
        "schema: 1\nagency: Ban A\nunits:\n- code: VP\n  nam: Văn phòng\n",
    );
    let out = env.reg(&["check"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stdout.starts_with(
            "reg/coi.yaml:5: error: units[0]: trường `nam` không có trong mẫu; các trường: `code`, `name`"
        ),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("TH-2026-001.yaml:7: error: start_on: ngày không có trên lịch: «2026-02-31»"),
        "{}",
        out.stdout
    );
}

#[test]
fn settings_that_cannot_be_right_are_refused_at_their_line() {
    let env = Env::with_register();
    let head = "schema: 1\nagency: Ban A\nunits:\n- code: VP\n  name: Văn phòng\n";
    let cases = [
        (
            // A typing slip in the year would otherwise make 2206 a year of known days off.
            "holidays:\n  2026:\n    off: [2026-03-16, 2206-03-17]\n",
            "reg/coi.yaml:8: error: holidays.2026.off[1]: ngày 17/03/2206 không thuộc năm 2026",
        ),
        (
            "- code: VP\n  name: Văn phòng 2\n",
            "reg/coi.yaml:6: error: units[1].code: mã đơn vị «VP» bị lặp",
        ),
        (
            "period_start_day: 31\n",
            "reg/coi.yaml:6: error: period_start_day: ngày bắt đầu kỳ báo cáo phải từ 1 đến 28",
        ),
        (
            // A key of the clerk's own may have spaces; the field is still named.
            "deadlines:\n  Quý 1 năm 2026: 31/04/2026\n",
            "reg/coi.yaml:7: error: deadlines.Quý 1 năm 2026: ",
        ),
        (
            // A reader of settings would keep the second list and drop the first without a word.
            "holidays:\n  2026:\n    off: [2026-03-16]\n  2026:\n    off: [2026-03-17]\n",
            "reg/coi.yaml:9: error: holidays.2026: được ghi hai lần (lần trước ở dòng 7)",
        ),
        (
            "agency: Ban B\n",
            "reg/coi.yaml:6: error: agency: được ghi hai lần (lần trước ở dòng 2)",
        ),
    ];
    for (tail, expected) in cases {
        env.write("reg/coi.yaml", &format!("{head}{tail}"));
        let out = env.reg(&["check"]);
        assert_eq!(out.code, 1, "{tail}");
        assert!(out.stdout.starts_with(expected), "{tail}\n{}", out.stdout);
        // Every other command refuses to work with such settings.
        env.reg(&["case", "list"]).fails(1);
    }
}

#[test]
fn hostile_files_are_reported_not_followed_or_run() {
    let env = Env::with_register();
    env.gift().add().ok();
    std::fs::write(
        env.path("reg/gifts/2026/QT-2026-002.yaml"),
        b"id: QT-2026-002\nunit: \xff\xfe\n",
    )
    .unwrap();
    env.write(
        "reg/gifts/2026/QT-2026-003.yaml",
        &env.read("reg/gifts/2026/QT-2026-001.yaml")
            .replace("QT-2026-001", "QT-2026-003")
            .replace(
                "description: Phong bì tiền mặt",
                "description: !!python/object/apply:os.system [\"echo pwned\"]",
            ),
    );
    std::fs::create_dir_all(env.path("reg/gifts/2026/QT-2026-004.yaml")).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink("/etc/passwd", env.path("reg/gifts/2026/QT-2026-005.yaml")).unwrap();
    let out = env.reg(&["check"]);
    assert_eq!(out.code, 1);
    let text = out.stdout;
    assert!(
        text.contains("QT-2026-002.yaml:2: error: tệp không phải văn bản UTF-8"),
        "{text}"
    );
    assert!(text.contains("QT-2026-003.yaml:9: error: description: không được dùng thẻ YAML (!!python/object/apply:os.system)"), "{text}");
    assert!(
        text.contains("QT-2026-004.yaml:1: error: đây là thư mục, không phải tệp hồ sơ"),
        "{text}"
    );
    #[cfg(unix)]
    assert!(
        text.contains("QT-2026-005.yaml:1: error: liên kết tượng trưng không được theo"),
        "{text}"
    );
    assert!(!text.contains("root:"), "{text}");
}
