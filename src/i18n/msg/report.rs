//! Reports, periods, plans and the report document.

catalogue! {
    REPORT_ENTRIES;

    // ── `check`: the summary line
    checked(records: text, errors: text, warnings: text) {
        vi: "Đã kiểm tra {records}: {errors}, {warnings}.",
        en: "Checked {records}: {errors}, {warnings}.",
    }

    // ── The periodic report
    report_refused_for_errors(errors: text) {
        vi: "sổ có {errors} (xem ở trên); báo cáo chưa được lập. Sửa theo «coi check», hoặc dùng --allow-errors để bỏ các hồ sơ lỗi ra khỏi số liệu",
        en: "the register has {errors} (above); no report was made. Fix them (see 'coi check'), or use --allow-errors to leave those records out",
    }
    cannot_read_past_register() {
        vi: "không chép được phiên bản cũ của sổ",
        en: "cannot copy out the past version of the register",
    }
    cannot_make_workbook() {
        vi: "không tạo được tệp Excel",
        en: "cannot make the workbook",
    }
    xlsx_text_too_long() {
        vi: "một ô có văn bản dài quá 32.767 ký tự, giới hạn của Excel",
        en: "a cell holds more than 32,767 characters, Excel's limit",
    }
    xlsx_too_many_rows() {
        vi: "bảng vượt giới hạn của Excel: 1.048.576 dòng, 16.384 cột",
        en: "a table is larger than Excel allows: 1,048,576 rows, 16,384 columns",
    }
    xlsx_bad_sheet_name(name) {
        vi: "Excel không nhận tên trang tính «{name}»: tên dài tối đa 31 ký tự, không trùng nhau, không chứa [ ] : * ? / \\ và không bắt đầu hay kết thúc bằng dấu '",
        en: "Excel does not take the sheet name '{name}': at most 31 characters, no two alike, none of [ ] : * ? / \\, no ' at either end",
    }
    xlsx_date_out_of_range() {
        vi: "Excel chỉ ghi được ngày từ năm 1900 đến năm 9999",
        en: "Excel only holds dates from 1900 to 9999",
    }
    xlsx_cannot_pack(why) {
        vi: "không đóng gói được tệp .xlsx (tệp nén zip): {why}",
        en: "cannot pack the .xlsx file (a zip archive): {why}",
    }
    xlsx_failed(why) {
        vi: "thư viện ghi tệp Excel (rust_xlsxwriter) báo lỗi: {why}",
        en: "the workbook library (rust_xlsxwriter) failed: {why}",
    }
    docx_failed(why) {
        vi: "thư viện ghi tệp Word báo lỗi: {why}",
        en: "the document library failed: {why}",
    }

    report_title(period: text) {
        vi: "BÁO CÁO KẾT QUẢ KIỂM SOÁT XUNG ĐỘT LỢI ÍCH, QUÀ TẶNG, TUYÊN TRUYỀN PCTN — {period}",
        en: "CONFLICT-OF-INTEREST, GIFTS AND ANTI-CORRUPTION TRAINING REPORT — {period}",
    }
    report_period_line(from, to, ytd) {
        vi: "Kỳ báo cáo: từ {from} đến {to}; lũy kế từ {ytd} (Thông tư 06/2025/TT-TTCP)",
        en: "Period: {from} to {to}; year to date from {ytd} (Circular 06/2025/TT-TTCP)",
    }
    report_data_until(day) {
        vi: "Kỳ báo cáo chưa kết thúc: số liệu đến ngày {day}",
        en: "The period has not ended: figures as of {day}",
    }
    report_recipient_line(to) {
        vi: "Nơi nhận: {to}",
        en: "To: {to}",
    }

    // ── Lists
    not_a_status_of_kind(typed, known) {
        vi: "--status «{typed}» không phải trạng thái của loại hồ sơ này; chọn: {known}",
        en: "--status '{typed}' is not a status of this kind; choose: {known}",
    }
    UNREADABLE_SKIPPED {
        vi: "một số tệp không đọc được và bị bỏ qua; chạy «coi check» để xem chi tiết",
        en: "some files could not be read and were skipped; run 'coi check' for details",
    }

    // ── Reporting periods
    not_a_period(typed) {
        vi: "kỳ báo cáo không hợp lệ: «{typed}» (dạng 2026-Q1 … 2026-Q4, 2026-6M, 2026-9M hoặc 2026)",
        en: "not a reporting period: '{typed}' (like 2026-Q1 … 2026-Q4, 2026-6M, 2026-9M or 2026)",
    }
    period_ends_before_start(to, from) {
        vi: "ngày {to} sớm hơn ngày bắt đầu ở --from ({from})",
        en: "{to} is before the start given by --from ({from})",
    }
    quarter_i(year) {
        vi: "Quý I năm {year}",
        en: "Quarter I {year}",
    }
    quarter_ii(year) {
        vi: "Quý II năm {year}",
        en: "Quarter II {year}",
    }
    quarter_iii(year) {
        vi: "Quý III năm {year}",
        en: "Quarter III {year}",
    }
    quarter_iv(year) {
        vi: "Quý IV năm {year}",
        en: "Quarter IV {year}",
    }
    first_6_months(year) {
        vi: "6 tháng đầu năm {year}",
        en: "First 6 months of {year}",
    }
    first_9_months(year) {
        vi: "9 tháng năm {year}",
        en: "First 9 months of {year}",
    }
    whole_year(year) {
        vi: "Năm {year}",
        en: "Year {year}",
    }
    custom_period(from, to) {
        vi: "Từ {from} đến {to}",
        en: "From {from} to {to}",
    }

    // ── Columns of lists and report sheets, names of report sheets

    COL_INDICATOR_CODE { vi: "Mã chỉ tiêu", en: "Code" }
    COL_OFFICIAL_NUMBER { vi: "Số chỉ tiêu Biểu 01/PCTN", en: "Form 01/PCTN no." }
    COL_GROUP { vi: "Nhóm", en: "Group" }
    COL_INDICATOR { vi: "Nội dung chỉ tiêu", en: "Indicator" }
    COL_MEASURED_IN { vi: "Đơn vị tính", en: "Unit of measure" }
    COL_IN_PERIOD { vi: "Trong kỳ", en: "In period" }
    COL_YEAR_TO_DATE { vi: "Lũy kế từ đầu năm", en: "Year to date" }
    COL_HOW_IT_IS_COUNTED { vi: "Cách tính", en: "How it is counted" }
    COL_UNIT_CODE { vi: "Mã đơn vị", en: "Unit code" }
    COL_UNIT_NAME { vi: "Tên đơn vị", en: "Unit" }
    COL_ID { vi: "Mã", en: "ID" }
    COL_UNIT { vi: "Đơn vị", en: "Unit" }
    COL_RECIPIENT { vi: "Người nhận", en: "Recipient" }
    COL_POSITION { vi: "Chức vụ", en: "Position" }
    COL_RECEIVED_ON { vi: "Ngày nhận", en: "Received on" }
    COL_GIVER { vi: "Người tặng", en: "Giver" }
    COL_GIVERS_ORGANIZATION { vi: "Cơ quan, tổ chức người tặng", en: "Giver's organization" }
    COL_KIND { vi: "Loại quà", en: "Kind" }
    COL_DESCRIPTION { vi: "Mô tả", en: "Description" }
    COL_VALUE_VND { vi: "Giá trị (đồng)", en: "Value (đồng)" }
    COL_HANDED_OVER_ON { vi: "Ngày nộp lại", en: "Handed over on" }
    COL_HANDED_OVER_LATE { vi: "Nộp muộn (ngày làm việc)", en: "Working days late" }
    COL_HANDLING { vi: "Hình thức xử lý", en: "Handling" }
    COL_HANDLING_DECIDED_ON { vi: "Ngày quyết định xử lý", en: "Handling decided on" }
    COL_PAID_TO_THE_BUDGET_NG { vi: "Số tiền nộp NSNN (đồng)", en: "Paid to the budget (đồng)" }
    COL_PAID_ON { vi: "Ngày nộp NSNN", en: "Paid on" }
    COL_DISCIPLINE { vi: "Kỷ luật", en: "Discipline" }
    COL_COUNTED_ON { vi: "Ngày tính vào kỳ", en: "Counted on" }
    COL_FULL_NAME { vi: "Họ và tên", en: "Person" }
    COL_SITUATION { vi: "Tình huống", en: "Situation" }
    COL_HOW_IT_BECAME_KNOWN { vi: "Nguồn phát hiện", en: "How it became known" }
    COL_KNOWN_ON { vi: "Ngày biết", en: "Known on" }
    COL_REPORTED_ON { vi: "Ngày báo cáo", en: "Reported on" }
    COL_MEASURES { vi: "Biện pháp kiểm soát", en: "Measures" }
    COL_FIRST_DECISION_ON { vi: "Ngày quyết định đầu tiên", en: "First decision on" }
    COL_DECIDED_LATE { vi: "Quyết định muộn (ngày làm việc)", en: "Working days late" }
    COL_NOTIFIED_ON { vi: "Ngày thông báo", en: "Notified on" }
    COL_STATUS_AT_PERIOD_END { vi: "Trạng thái cuối kỳ", en: "Status at period end" }
    COL_CLOSED_ON { vi: "Ngày kết thúc", en: "Closed on" }
    COL_OUTCOME { vi: "Kết quả", en: "Outcome" }
    COL_ORGANIZER { vi: "Đơn vị tổ chức", en: "Organizer" }
    COL_TITLE { vi: "Tên cuộc, lớp", en: "Title" }
    COL_FORM { vi: "Hình thức", en: "Form" }
    COL_TOPICS { vi: "Nội dung", en: "Topics" }
    COL_STARTS_ON { vi: "Ngày bắt đầu", en: "Starts on" }
    COL_ENDS_ON { vi: "Ngày kết thúc", en: "Ends on" }
    COL_AUDIENCE { vi: "Đối tượng", en: "Audience" }
    COL_SESSIONS { vi: "Số cuộc", en: "Sessions" }
    COL_PARTICIPANTS { vi: "Lượt người", en: "Participants" }
    COL_MATERIALS { vi: "Tài liệu", en: "Materials" }
    COL_PLAN { vi: "Theo kế hoạch", en: "Plan" }
    SHEET_SUMMARY { vi: "Tổng hợp", en: "Summary" }
    SHEET_BY_UNIT { vi: "Theo đơn vị", en: "By unit" }
    SHEET_GIFTS { vi: "Quà tặng", en: "Gifts" }
    SHEET_CASES { vi: "Xung đột lợi ích", en: "Conflicts of interest" }
    SHEET_TRAININGS { vi: "Tuyên truyền, tập huấn", en: "Trainings" }
    SHEET_INSPECTIONS { vi: "Kiểm tra, giám sát", en: "Inspections" }
    SHEET_PLAN { vi: "Thực hiện kế hoạch", en: "The plan" }
    COL_RECORD_IDS { vi: "Mã hồ sơ", en: "Records" }
    COL_UNITS_WITHOUT { vi: "Đơn vị chưa có hồ sơ", en: "Units with none" }
    COL_PERSON_IN_CONFLICT { vi: "Người có XĐLI", en: "Person" }
    COL_SOURCE { vi: "Nguồn", en: "Source" }
    COL_VALUE { vi: "Giá trị", en: "Value" }
    COL_DATE { vi: "Ngày", en: "Date" }
    COL_INSPECTION_KIND { vi: "Hình thức", en: "Kind" }
    COL_INSPECTED_UNITS { vi: "Đơn vị được kiểm tra", en: "Units inspected" }
    COL_SUBJECT { vi: "Nội dung", en: "Subject" }
    COL_VIOLATIONS { vi: "Số vi phạm", en: "Violations" }
    COL_CORRECTED { vi: "Đã chấn chỉnh", en: "Corrected" }
    COL_CONCLUDED_ON { vi: "Ngày kết luận", en: "Concluded on" }
    COL_CONCLUSION_NO { vi: "Số kết luận", en: "Conclusion no." }
    COL_DECISION_NO { vi: "Số quyết định", en: "Decision no." }
    COL_ACTION_KIND { vi: "Loại hoạt động", en: "Kind" }
    COL_ACTION_TITLE { vi: "Nội dung", en: "Title" }
    COL_DOCUMENT_NO { vi: "Số văn bản", en: "Document no." }


    // ── The province's report deadlines (`deadlines` in coi.yaml), in `due` and `status`
    report_deadline_step(period: text) {
        vi: "Báo cáo {period}",
        en: "Report for {period}",
    }
    REPORT_DEADLINE_BASIS {
        vi: "Hạn báo cáo của tỉnh, ghi trong coi.yaml",
        en: "The province's report deadline, set in coi.yaml",
    }
    REPORT_DEADLINE_CIRCULAR {
        vi: "Ngày 17 tháng cuối kỳ, khoản 2 Điều 7 Thông tư 06/2025/TT-TTCP (coi.yaml không ghi hạn)",
        en: "The 17th of the period's last month, Circular 06/2025 Art. 7(2) (coi.yaml sets no deadlines)",
    }
    report_deadline(period, due, state: text) {
        vi: "Báo cáo {period}: hạn {due}, {state}",
        en: "Report {period}: due {due}, {state}",
    }

    // ── The agency's plan (`plans/<year>.yaml`), the task a record carries out, `coi plan`
    expected_task_code() {
        vi: "mã nhiệm vụ của kế hoạch (ví dụ II.1)",
        en: "a task code of the plan (like II.1)",
    }
    plan_task_unknown(code, year, known: text) {
        vi: "nhiệm vụ «{code}» không có trong kế hoạch năm {year} ({known})",
        en: "task '{code}' is not in the plan for {year} ({known})",
    }
    plan_tasks_of_file(file, list) {
        vi: "các nhiệm vụ của {file}: {list}",
        en: "the tasks of {file}: {list}",
    }
    plan_tasks_of_seed(file, list) {
        vi: "chưa có {file}, nên là các nhiệm vụ của kế hoạch mẫu: {list}",
        en: "there is no {file}, so the seed plan's tasks: {list}",
    }
    hint_unknown_task(year, file) {
        vi: "xem các nhiệm vụ bằng «coi plan --year {year}»; nhiệm vụ mới thì thêm vào {file}",
        en: "see the tasks with 'coi plan --year {year}'; add a new task to {file}",
    }
    plan_invalid(detail: text) {
        vi: "tệp kế hoạch không hợp lệ: {detail}",
        en: "the plan file is not valid: {detail}",
    }
    plan_has_no_tasks() {
        vi: "kế hoạch chưa có nhiệm vụ nào",
        en: "the plan has no tasks yet",
    }
    plan_task_code_empty() {
        vi: "mã nhiệm vụ để trống",
        en: "the task code is empty",
    }
    plan_task_title_empty() {
        vi: "nội dung nhiệm vụ để trống",
        en: "the task title is empty",
    }
    plan_task_code_twice(code, first_line) {
        vi: "mã nhiệm vụ «{code}» đã có ở dòng {first_line}; mỗi nhiệm vụ một mã",
        en: "task code '{code}' is already used at line {first_line}; give each task its own code",
    }
    not_a_plan_file(name) {
        vi: "«{name}» không phải tệp kế hoạch (kế hoạch nằm ở plans/<năm>.yaml), bỏ qua",
        en: "'{name}' is not a plan file (plans live at plans/<year>.yaml) and was skipped",
    }
    plan_exists(file) {
        vi: "đã có {file}; không ghi đè",
        en: "{file} already exists; it was not overwritten",
    }
    hint_plan_exists(year) {
        vi: "sửa tệp đó bằng trình soạn thảo, xem nó bằng «coi plan --year {year}», hoặc chọn năm khác bằng --year",
        en: "edit that file in an editor, see it with 'coi plan --year {year}', or choose another year with --year",
    }
    plan_unreadable(file, errors: text) {
        vi: "kế hoạch {file} có {errors}, không đọc được",
        en: "the plan {file} has {errors} and cannot be read",
    }
    plan_written(file, count, year) {
        vi: "Đã tạo {file} với {count} nhiệm vụ của kế hoạch mẫu. Điền số, ngày ban hành, kế hoạch của tỉnh mà kế hoạch thực hiện và đơn vị chủ trì từng nhiệm vụ bằng «coi plan edit --year {year}» (lệnh này kiểm tra rồi ghi vào git).",
        en: "Wrote {file} with the seed plan's {count} tasks. Fill in its number, date, the province's plan it carries out and the unit that leads each task with 'coi plan edit --year {year}' (which checks and commits it).",
    }
    plan_numbered(number) {
        vi: "Kế hoạch số {number}",
        en: "Plan no. {number}",
    }
    plan_unnumbered(year) {
        vi: "Kế hoạch năm {year}, chưa ghi số",
        en: "Plan for {year}, no number yet",
    }
    plan_dated(date) {
        vi: " ngày {date}",
        en: " of {date}",
    }
    plan_implements(what) {
        vi: "Thực hiện: {what}",
        en: "Carries out: {what}",
    }
    PLAN_IMPLEMENTS_MISSING {
        vi: "Thực hiện: (chưa ghi kế hoạch của tỉnh mà kế hoạch này thực hiện)",
        en: "Carries out: (the province's plan it carries out is not filled in)",
    }
    plan_none(year, file, count) {
        vi: "Chưa có kế hoạch năm {year} ({file}); dùng {count} nhiệm vụ của kế hoạch mẫu. Tạo tệp bằng «coi plan init --year {year}».",
        en: "No plan for {year} yet ({file}); the seed plan's {count} tasks are used. Start one with 'coi plan init --year {year}'.",
    }
    plan_records_heading(year, from, to) {
        vi: "Hồ sơ của năm báo cáo {year} (từ {from} đến {to}) theo nhiệm vụ và đơn vị:",
        en: "Records of the report year {year} ({from} to {to}) by task and unit:",
    }
    COL_TASK { vi: "Nhiệm vụ", en: "Task" }
    COL_TASK_TITLE { vi: "Nội dung", en: "Task title" }
    COL_LEAD { vi: "Chủ trì", en: "Lead" }
    COL_TOTAL { vi: "Cộng", en: "Total" }
    PLAN_NOT_APPLICABLE_NOTE {
        vi: "(–: nhiệm vụ không giao cho đơn vị này)",
        en: "(–: the task is not for this unit)",
    }
    PLAN_RECORDS { vi: "Hồ sơ đã ghi:", en: "Records:" }
    PLAN_MISSING { vi: "Còn thiếu:", en: "Still missing:" }
    plan_not_disseminated(task, units) {
        vi: "Chưa phổ biến, quán triệt kế hoạch ({task}): {units}.",
        en: "Have not yet disseminated the plan ({task}): {units}.",
    }
    plan_all_disseminated(task) {
        vi: "Mọi đơn vị đã phổ biến, quán triệt kế hoạch ({task}).",
        en: "Every unit has disseminated the plan ({task}).",
    }
    plan_tasks_without_records(list) {
        vi: "Nhiệm vụ chưa có hồ sơ nào: {list}.",
        en: "Tasks with no record yet: {list}.",
    }
    PLAN_EVERY_TASK_HAS_RECORDS {
        vi: "Nhiệm vụ nào cũng đã có hồ sơ.",
        en: "Every task has records.",
    }
    plan_records_outside(task, ids) {
        vi: "Hồ sơ thuộc nhiệm vụ {task}, nhiệm vụ mà kế hoạch không có: {ids}.",
        en: "Records of task {task}, which the plan does not have: {ids}.",
    }

    // ── The report document (`report --docx`) and its settings in coi.yaml
    docx_setting_missing(field, what: text) {
        vi: "coi.yaml chưa có mục `{field}` ({what}): văn bản báo cáo để trống «……» ở chỗ đó cho người ký điền",
        en: "coi.yaml has no `{field}` ({what}): the report document leaves a dotted blank there, to fill in by hand",
    }
    DOCX_PARENT_BODY {
        vi: "tên cơ quan cấp trên, như ỦY BAN NHÂN DÂN TỈNH BÌNH HẢI",
        en: "the body above the agency, such as ỦY BAN NHÂN DÂN TỈNH BÌNH HẢI",
    }
    DOCX_PLACE {
        vi: "địa danh ghi trước ngày tháng",
        en: "the place name before the date",
    }
    DOCX_DOC_CODE {
        vi: "ký hiệu trong «Số: …/BC-…», như BQL",
        en: "the sign in 'Số: …/BC-…', such as BQL",
    }
    DOCX_SIGNER_TITLE {
        vi: "chức vụ của người ký",
        en: "the signer's title",
    }
    DOCX_SIGNER_NAME {
        vi: "họ và tên người ký",
        en: "the signer's name",
    }
    DOCX_RECIPIENTS {
        vi: "danh sách «Nơi nhận»",
        en: "the 'Nơi nhận' list",
    }
    config_doc_code(code) {
        vi: "ký hiệu «{code}» không dùng được trong «Số: …/BC-…»: chỉ ghi phần sau «BC-», không có dấu cách hay «/» (như BQL)",
        en: "the sign '{code}' cannot stand in 'Số: …/BC-…': write only what comes after 'BC-', without spaces or '/' (such as BQL)",
    }
    correction_up(n) {
        vi: "Tăng {n}",
        en: "Up {n}",
    }
    correction_down(n) {
        vi: "Giảm {n}",
        en: "Down {n}",
    }
    config_not_a_form_row(code) {
        vi: "Biểu 01/PCTN không có dòng mã số «{code}» (có MS 1 đến 108, như 27 hoặc 43.1; để trống để không điền chỉ tiêu này vào biểu)",
        en: "Biểu 01/PCTN has no row numbered '{code}' (it has MS 1 to 108, such as 27 or 43.1; leave it empty to keep this indicator off the form)",
    }
    cannot_make_document() {
        vi: "không tạo được văn bản báo cáo (.docx)",
        en: "cannot make the report document (.docx)",
    }
}
