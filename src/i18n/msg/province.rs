//! The province's compile: its workspace, collecting the agencies' submissions, its report.

catalogue! {
    PROVINCE_ENTRIES;

    // ── The province's compile (`coi province`) and the agency code it knows an agency by
    config_agency_code(code) {
        vi: "mã cơ quan «{code}» chỉ gồm chữ không dấu, chữ số, «-» và «_» (như BQLKKT)",
        en: "the agency code '{code}' may hold only ASCII letters, digits, '-' and '_' (such as BQLKKT)",
    }
    province_newer_schema(schema) {
        vi: "tệp dùng dạng {schema}, mới hơn dạng mà phiên bản coi này đọc được; cập nhật coi",
        en: "the file is of shape {schema}, newer than this coi reads; update coi",
    }
    province_blank(field) {
        vi: "{field} không được để trống",
        en: "{field} may not be blank",
    }
    PROVINCE_TIMEOUT {
        vi: "thời hạn lấy báo cáo của một cơ quan phải là một số giây lớn hơn 0",
        en: "the time limit of one agency's fetch must be a number of seconds above 0",
    }
    province_agency_twice(code) {
        vi: "mã cơ quan {code} đã có ở trên",
        en: "the agency code {code} is given above already",
    }
    PROVINCE_TWO_SOURCES {
        vi: "một cơ quan có một nguồn: remote (kho git) hoặc folder (thư mục nhận tệp), không cả hai",
        en: "an agency has one source: remote (a git remote) or folder (where files are dropped), not both",
    }
    PROVINCE_NO_SOURCE {
        vi: "chưa có nguồn báo cáo: ghi remote (kho git của cơ quan) hoặc folder (thư mục nhận tệp xuất)",
        en: "no source of reports: give remote (the agency's git remote) or folder (where its exports are dropped)",
    }
    province_bad_remote(remote) {
        vi: "địa chỉ kho «{remote}» không dùng được",
        en: "the remote '{remote}' cannot be used",
    }
    PROVINCE_SUBMITTED {
        vi: "đã gửi",
        en: "submitted",
    }
    PROVINCE_LATE {
        vi: "gửi muộn",
        en: "late",
    }
    PROVINCE_MISSING {
        vi: "chưa gửi",
        en: "missing",
    }
    PROVINCE_REFUSED {
        vi: "không nhận",
        en: "refused",
    }
    province_tag_moved(tag, said, now) {
        vi: "thẻ {tag} đã bị dời hoặc viết lại: báo cáo ghi commit {said}, thẻ trỏ tới {now}",
        en: "the tag {tag} was moved or rewritten: the report says commit {said}, the tag points to {now}",
    }
    PROVINCE_NO_FIGURES {
        vi: "thẻ không chứa số liệu báo cáo",
        en: "the tag holds no report figures",
    }
    province_block_newer(version) {
        vi: "báo cáo ghi theo dạng {version}, mới hơn dạng mà phiên bản coi này đọc được; cập nhật coi",
        en: "the report is written in shape {version}, newer than this coi reads; update coi",
    }
    province_block_malformed(why) {
        vi: "không đọc được số liệu báo cáo: {why}",
        en: "the report's figures cannot be read: {why}",
    }
    province_other_period(period) {
        vi: "báo cáo là của kỳ {period}",
        en: "the report is of the period {period}",
    }
    province_other_agency(theirs, ours) {
        vi: "báo cáo của cơ quan mã {theirs}, không phải {ours}",
        en: "the report is of the agency coded {theirs}, not {ours}",
    }
    province_incomplete(n) {
        vi: "số liệu thiếu: {n} hồ sơ có lỗi đã bị bỏ ra khi lập",
        en: "incomplete figures: {n} records with errors were left out when it was made",
    }
    province_timed_out(limit) {
        vi: "không lấy được báo cáo: kho không trả lời trong {limit}",
        en: "the reports could not be fetched: the remote did not answer within {limit}",
    }
    province_unreachable(why) {
        vi: "không lấy được báo cáo: {why}",
        en: "the reports could not be fetched: {why}",
    }
    province_figures_differ(commit, codes) {
        vi: "số liệu khác với sổ tại commit {commit}: {codes}",
        en: "the figures differ from the register at commit {commit}: {codes}",
    }
    province_no_workspace(dir) {
        vi: "{dir} không có province.yaml; tạo bằng `coi province init THƯ-MỤC --name \"Thanh tra tỉnh …\"`, hoặc chỉ thư mục bằng --data",
        en: "{dir} has no province.yaml; make one with `coi province init DIR --name \"Thanh tra tỉnh …\"`, or name the folder with --data",
    }
    province_cannot_read() {
        vi: "không đọc được tệp của thư mục tổng hợp",
        en: "cannot read the workspace's file",
    }
    province_cannot_write() {
        vi: "không ghi được vào thư mục tổng hợp",
        en: "cannot write into the workspace",
    }
    province_file_problems(n) {
        vi: "province.yaml có {n} lỗi; sửa rồi chạy `coi province check`",
        en: "province.yaml has {n} problem(s); fix them, then run `coi province check`",
    }
    province_exists(file) {
        vi: "đã có {file}; không ghi đè",
        en: "{file} exists already; it is not overwritten",
    }
    province_agency_added(code, n) {
        vi: "đã thêm cơ quan {code} vào province.yaml ({n} cơ quan)",
        en: "agency {code} added to province.yaml ({n} agencies)",
    }
    province_no_folder(folder) {
        vi: "chưa có thư mục {folder}",
        en: "the folder {folder} does not exist yet",
    }
    province_checked(n) {
        vi: "province.yaml không có lỗi ({n} cơ quan)",
        en: "province.yaml has no problems ({n} agencies)",
    }
    province_fetch_failed(code, why) {
        vi: "không lấy được báo cáo của {code}: {why}",
        en: "the reports of {code} could not be fetched: {why}",
    }
    province_title(period: text) {
        vi: "TỔNG HỢP BÁO CÁO KIỂM SOÁT XUNG ĐỘT LỢI ÍCH, QUÀ TẶNG, TUYÊN TRUYỀN PCTN CỦA CÁC CƠ QUAN — {period}",
        en: "THE AGENCIES' CONFLICT-OF-INTEREST, GIFTS AND ANTI-CORRUPTION TRAINING REPORTS COMPILED — {period}",
    }
    province_own_deadline(day) {
        vi: "Hạn báo cáo Ủy ban nhân dân tỉnh: {day}",
        en: "The province's own deadline (the People's Committee): {day}",
    }
    province_deadline(day) {
        vi: "Hạn gửi báo cáo của các cơ quan: {day}",
        en: "The agencies' report deadline: {day}",
    }
    PROVINCE_FETCHED {
        vi: "đã lấy",
        en: "fetched",
    }
    PROVINCE_FETCH_FAILED {
        vi: "không lấy được",
        en: "failed",
    }
    PROVINCE_FETCH_TIMED_OUT {
        vi: "quá thời hạn",
        en: "timed out",
    }
    PROVINCE_FROM_FOLDER {
        vi: "nhận tệp qua thư mục",
        en: "files dropped in a folder",
    }
    PROVINCE_COL_AGENCY {
        vi: "Mã cơ quan",
        en: "Agency",
    }
    PROVINCE_COL_NAME {
        vi: "Tên cơ quan",
        en: "Name",
    }
    PROVINCE_COL_STATUS {
        vi: "Tình trạng",
        en: "Status",
    }
    PROVINCE_COL_TAGS {
        vi: "Các lần gửi",
        en: "Submissions",
    }
    PROVINCE_COL_TAG {
        vi: "Lần gửi được tính",
        en: "Submission counted",
    }
    PROVINCE_COL_EARLIER {
        vi: "Lần gửi trước",
        en: "Earlier submission",
    }
    PROVINCE_COL_NUMBER {
        vi: "Số báo cáo",
        en: "Report number",
    }
    PROVINCE_COL_ON {
        vi: "Ngày gửi",
        en: "Sent on",
    }
    PROVINCE_COL_DEADLINE {
        vi: "Hạn gửi",
        en: "Deadline",
    }
    PROVINCE_COL_REASON {
        vi: "Lý do",
        en: "Reason",
    }
    PROVINCE_TOTAL {
        vi: "Toàn tỉnh",
        en: "Province",
    }
    PROVINCE_SHEET_CHART {
        vi: "Biểu đồ",
        en: "Chart",
    }
    PROVINCE_CHART_TITLE {
        vi: "Xung đột lợi ích phát hiện (XD01) và quà tặng nộp lại (QT02) theo cơ quan",
        en: "Conflicts of interest found (XD01) and gifts handed over (QT02) by agency",
    }
    SHEET_QUARTERS {
        vi: "Theo quý",
        en: "By quarter",
    }
    SHEET_CHART_TREND {
        vi: "Biểu đồ theo quý",
        en: "Quarterly chart",
    }
    SHEET_CHART_PLAN {
        vi: "Biểu đồ kế hoạch",
        en: "Plan chart",
    }
    CHART_TREND_TITLE {
        vi: "Diễn biến theo quý trong năm",
        en: "Quarter by quarter in the year",
    }
    CHART_PLAN_TITLE {
        vi: "Thực hiện kế hoạch theo đơn vị (số hồ sơ của mỗi nhiệm vụ)",
        en: "The plan carried out by unit (records of each task)",
    }
    quarter_heading(n) {
        vi: "Quý {n}",
        en: "Quarter {n}",
    }
    PROVINCE_TREND_TITLE {
        vi: "Toàn tỉnh theo quý: xung đột lợi ích phát hiện (XD01), quà tặng nhận (QT01) và nộp lại (QT02)",
        en: "The province quarter by quarter: conflicts found (XD01), gifts received (QT01) and handed over (QT02)",
    }
    province_trend_counted(n) {
        vi: "Số cơ quan có báo cáo được tính (trên {n} cơ quan)",
        en: "Agencies whose report counts (of {n})",
    }
    PROVINCE_TREND_AGENCIES {
        vi: "Cơ quan",
        en: "Agencies",
    }
    PROVINCE_TREND_EMPTY {
        vi: "Ô trống: quý chưa có báo cáo nào của các cơ quan được thu thập và tính (không phải số 0).",
        en: "An empty cell: no agency's report of the quarter has been collected and counted (not a zero).",
    }
    PROVINCE_SHEET_AGENCIES {
        vi: "Các cơ quan",
        en: "Agencies",
    }
    PROVINCE_AGENCIES_HEADING {
        vi: "Tình hình gửi báo cáo của các cơ quan:",
        en: "The agencies' submissions:",
    }
    PROVINCE_CORRECTIONS_HEADING {
        vi: "Các cơ quan điều chỉnh số liệu đã gửi (lần gửi sau được tính):",
        en: "Figures the agencies corrected (the later submission counts):",
    }
    province_tag_rewritten(tag) {
        vi: "thẻ {tag} đã bị cơ quan viết lại sau khi được lấy về; thẻ báo cáo đã gửi không được thay đổi (gửi lại thì dùng lần gửi mới -2, -3…)",
        en: "the agency rewrote the tag {tag} after it was collected; a submission tag never changes (a new submission takes -2, -3…)",
    }
}
