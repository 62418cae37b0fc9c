//! The command line: errors, hints, headings, prompts and what a command says.

catalogue! {
    CLI_ENTRIES;

    // ── Errors and their hints
    no_register(from) {
        vi: "không tìm thấy sổ đăng ký (tệp coi.yaml) ở {from} hay các thư mục cha, cũng không có ./data",
        en: "no register (a coi.yaml file) in {from} or any folder above it, nor in ./data",
    }
    not_a_register(path) {
        vi: "{path} không phải sổ đăng ký: không có tệp coi.yaml",
        en: "{path} is not a register: it has no coi.yaml",
    }
    register_exists(path) {
        vi: "đã có sổ đăng ký ở {path}; không thay đổi gì",
        en: "a register already exists in {path}; nothing was changed",
    }
    at_line(path, line, problem: text) {
        vi: "{path}:{line}: {problem}",
        en: "{path}:{line}: {problem}",
    }
    io_failed(action: text, path) {
        vi: "{action} {path}",
        en: "{action} {path}",
    }
    cannot_write_output() {
        vi: "không ghi được kết quả ra",
        en: "cannot write the output",
    }
    missing_fields(list) {
        vi: "thiếu trường bắt buộc: {list}",
        en: "missing required fields: {list}",
    }
    unknown_unit(code, list) {
        vi: "mã đơn vị «{code}» không có trong coi.yaml; các mã đơn vị: {list}",
        en: "unit code '{code}' is not in coi.yaml; known unit codes: {list}",
    }
    no_such_record(id) {
        vi: "không có hồ sơ {id}",
        en: "there is no record {id}",
    }
    record_unreadable(path, errors: text) {
        vi: "hồ sơ {path} có {errors}, không đọc được",
        en: "the record {path} has {errors} and cannot be read",
    }
    refused(reason: text) {
        vi: "không thực hiện được: {reason}",
        en: "refused: {reason}",
    }
    lock_waiting(path) {
        vi: "Đang chờ một lệnh coi khác ghi xong ({path})…",
        en: "Waiting for another coi command to finish writing ({path})…",
    }
    register_locked(path) {
        vi: "sổ đăng ký đang bị một lệnh coi khác khóa ({path})",
        en: "the register is locked by another coi command ({path})",
    }
    git_failed(action) {
        vi: "lệnh git {action} không thành công",
        en: "git {action} failed",
    }
    errors_reported() {
        vi: "có lỗi, xem ở trên",
        en: "there were errors, see above",
    }
    hint_no_register() {
        vi: "tạo sổ mới bằng «coi init THƯ-MỤC --agency \"Tên cơ quan\" --unit VP=\"Văn phòng\"», hoặc chỉ tới sổ có sẵn bằng --data THƯ-MỤC hay biến COI_DATA",
        en: "create one with 'coi init DIR --agency \"Agency name\" --unit VP=\"Office\"', or point to an existing one with --data DIR or COI_DATA",
    }
    hint_missing_fields() {
        vi: "xem «coi <loại> add --help» để biết các trường",
        en: "see 'coi <kind> add --help' for the fields",
    }
    hint_unknown_unit() {
        vi: "thêm đơn vị vào mục `units` của coi.yaml nếu đó là đơn vị mới",
        en: "add the unit to the `units` of coi.yaml if it is new",
    }
    hint_no_such_record(noun) {
        vi: "xem danh sách: coi {noun} list",
        en: "see the list: coi {noun} list",
    }
    hint_record_unreadable() {
        vi: "chạy «coi check» để xem từng lỗi và dòng của nó",
        en: "run 'coi check' to see each error and its line",
    }
    hint_register_locked() {
        vi: "chờ lệnh kia xong rồi chạy lại; khóa tự mở khi tiến trình kết thúc",
        en: "wait for the other command and run again; the lock is released when that process ends",
    }
    git_refused(reason) {
        vi: "Git không cho ghi vào kho: {reason}",
        en: "git refuses to write to the repository: {reason}",
    }
    hint_git_dubious_ownership() {
        vi: "không có gì được ghi. Thư mục sổ thuộc tài khoản khác nên git không mở; nếu tin thư mục này, chạy lệnh git nêu ở trên (safe.directory) hoặc nhờ quản trị trả quyền sở hữu, rồi làm lại",
        en: "nothing was written. The register's folder belongs to another account, so git will not open it; if you trust it, run the git command shown above (safe.directory) or have its ownership fixed, then try again",
    }
    hint_git_index_lock() {
        vi: "không có gì được ghi. Một lệnh git khác đang chạy trong kho, hoặc đã dừng giữa chừng; chờ nó xong rồi làm lại. Nếu không còn lệnh git nào chạy, xoá tệp index.lock trong thư mục .git",
        en: "nothing was written. Another git command is running in the repository, or stopped halfway; wait for it, then try again. If no git command is running, delete the index.lock file in the .git folder",
    }
    hint_git_refused() {
        vi: "không có gì được ghi; sửa theo lời git ở trên rồi làm lại",
        en: "nothing was written; fix what git says above, then try again",
    }
    hint_git_failed() {
        vi: "hồ sơ đã được ghi; kiểm tra kho git (`git status`) rồi tự commit",
        en: "the record was written; check the git repository (`git status`) and commit by hand",
    }

    // ── Headings, answers and prompts

    HEADING_FIELD { vi: "Trường", en: "Field" }
    HEADING_VALUE { vi: "Nội dung", en: "Value" }
    YES { vi: "Có", en: "Yes" }
    NO { vi: "Không", en: "No" }
    ERROR_LABEL { vi: "Lỗi", en: "error" }
    WARNING_LABEL { vi: "Cảnh báo", en: "warning" }
    CAUSE { vi: "nguyên nhân", en: "cause" }
    /// A value in conflict that one side did not have.
    NO_VALUE { vi: "(trống)", en: "(none)" }
    HINT { vi: "gợi ý", en: "hint" }
    EVENT_AT { vi: "Thời điểm", en: "At" }
    EVENT_BY { vi: "Người thực hiện", en: "By" }
    EVENT_ACTION { vi: "Thao tác", en: "Action" }
    EVENT_NOTE { vi: "Ghi chú", en: "Note" }
    COMMIT_HASH { vi: "Commit", en: "Commit" }
    COMMIT_AT { vi: "Thời điểm", en: "At" }
    COMMIT_AUTHOR { vi: "Tác giả", en: "Author" }
    COMMIT_SUBJECT { vi: "Nội dung", en: "Message" }
    DUE_ID { vi: "Mã", en: "ID" }
    DUE_PERSON { vi: "Người", en: "Person" }
    DUE_STEP { vi: "Việc phải làm", en: "Step" }
    DUE_DATE { vi: "Hạn", en: "Due" }
    DUE_STATE { vi: "Tình trạng", en: "State" }
    DUE_BASIS { vi: "Căn cứ", en: "Basis" }
    DUE_UNIT { vi: "Đơn vị", en: "Unit" }
    due_more(n) {
        vi: "… và {n} việc khác (bỏ --limit để xem hết)",
        en: "… and {n} more (leave out --limit to see them all)",
    }
    status_more(n) {
        vi: "… và {n} việc khác — xem coi due",
        en: "… and {n} more — see coi due",
    }
    plan_more(n) {
        vi: "… và {n} hồ sơ khác",
        en: "… and {n} more records",
    }
    DUE_TODAY { vi: "đến hạn hôm nay", en: "due today" }
    STATUS_KIND { vi: "Loại hồ sơ", en: "Kind" }
    COL_STATUS { vi: "Trạng thái", en: "Status" }
    STATUS_COUNT { vi: "Số hồ sơ", en: "Records" }
    NOTHING_OVERDUE { vi: "Không có việc quá hạn.", en: "Nothing is overdue." }
    STATUS_MID_MERGE {
        vi: "Kho git của sổ đang hợp nhất (git merge) dở: giải quyết xung đột rồi git commit, hoặc hủy bằng git merge --abort; trong lúc đó không ghi được hồ sơ nào.",
        en: "The register's git repository is in the middle of a merge (git merge): resolve the conflicts and git commit, or git merge --abort; until then no record can be written.",
    }
    nothing_due(days: text) {
        vi: "Không có việc nào quá hạn hoặc đến hạn trong {days} tới.",
        en: "Nothing is overdue or falls due in the next {days}.",
    }
    nothing_listed(kind: text) {
        vi: "Chưa có {kind} nào trong sổ.",
        en: "There is no {kind} in the register yet.",
    }
    nothing_matches(kind: text) {
        vi: "Không có {kind} nào đúng với điều kiện đã chọn.",
        en: "No {kind} matches what was asked.",
    }
    OVERDUE { vi: "Việc quá hạn (xem «coi due»):", en: "Overdue (see 'coi due'):" }
    REPORT_CODE { vi: "Mã", en: "Code" }
    REPORT_OFFICIAL { vi: "Số 01/PCTN", en: "01/PCTN" }
    REPORT_INDICATOR { vi: "Nội dung chỉ tiêu", en: "Indicator" }
    REPORT_UNIT { vi: "Đơn vị tính", en: "Unit" }
    REPORT_PERIOD { vi: "Trong kỳ", en: "In period" }
    REPORT_YEAR_TO_DATE { vi: "Lũy kế", en: "Year to date" }
    CORRECTION_COLUMN { vi: "Cột", en: "Column" }
    CORRECTION_SUBMITTED { vi: "Đã báo cáo", en: "Reported" }
    CORRECTION_NOW { vi: "Nay", en: "Now" }
    CORRECTION_DIFFERENCE { vi: "Chênh lệch", en: "Difference" }
    CORRECTION_OF { vi: "Báo cáo đã gửi", en: "Report sent" }
    SHEET_CORRECTIONS { vi: "Điều chỉnh", en: "Corrections" }
    NO_CHANGE { vi: "Không có thay đổi; hồ sơ giữ nguyên.", en: "No change; the record stays as it was." }
    EDIT_AGAIN {
        vi: "Sửa lại bản nháp? (không: bỏ, hồ sơ giữ nguyên)",
        en: "Edit the draft again? (no: abandon, the record stays as it was)",
    }
    PROMPT_RECIPIENT {
        vi: "Người nhận quà › Họ và tên (để trống nếu cơ quan, đơn vị nhận)",
        en: "Recipient › Full name (leave empty if the agency received it)",
    }
    PROMPT_CHOOSE_MANY { vi: " (Space để chọn, Enter để xong)", en: " (Space to choose, Enter when done)" }
    PROMPT_DATE { vi: " (ngày/tháng/năm)", en: " (dd/mm/yyyy)" }
    PROMPT_MONEY { vi: " (ví dụ 2.000.000)", en: " (e.g. 2.000.000)" }
    PROMPT_CONFIRM { vi: "Ghi hồ sơ này?", en: "Record this?" }
    PROMPT_NOTHING_WRITTEN { vi: "Không ghi gì.", en: "Nothing was written." }
    PROMPT_OPTIONAL { vi: " (Enter để bỏ qua)", en: " (Enter to skip)" }
    PROMPT_SKIP { vi: "(bỏ qua)", en: "(skip)" }
    HELP_REQUIRED { vi: " [bắt buộc]", en: " [required]" }
    due_kind_help(kinds) {
        vi: "Chỉ loại này: {kinds} hoặc han-bao-cao (hạn báo cáo)",
        en: "Only this kind: {kinds}, or report (the report deadlines)",
    }
    HELP_VALUES { vi: "Giá trị:", en: "Values:" }


    // ── The command line, when clap cannot read it

    unknown_option(arg) {
        vi: "không có tùy chọn {arg}",
        en: "there is no option {arg}",
    }
    unknown_command(command) {
        vi: "không có lệnh «{command}»",
        en: "there is no command '{command}'",
    }
    option_needs_value(arg) {
        vi: "{arg} cần một giá trị",
        en: "{arg} needs a value",
    }
    option_value_not_allowed(value, arg, allowed) {
        vi: "giá trị «{value}» không hợp lệ cho {arg}; chọn: {allowed}",
        en: "'{value}' is not a valid value for {arg}; choose: {allowed}",
    }
    option_value_invalid(value, arg) {
        vi: "giá trị «{value}» không hợp lệ cho {arg}",
        en: "'{value}' is not a valid value for {arg}",
    }
    option_value_invalid_because(value, arg, why: text) {
        vi: "giá trị «{value}» không hợp lệ cho {arg}: {why}",
        en: "'{value}' is not a valid value for {arg}: {why}",
    }
    NUMBER_EMPTY { vi: "cần một số", en: "a number is needed" }
    NUMBER_NOT_DIGITS { vi: "chỉ được viết bằng chữ số", en: "only digits are allowed" }
    NUMBER_TOO_LARGE { vi: "số quá lớn", en: "the number is too large" }
    NUMBER_TOO_SMALL { vi: "số quá nhỏ", en: "the number is too small" }
    number_out_of_range(low, high) {
        vi: "cần một số từ {low} đến {high}",
        en: "a number from {low} to {high} is needed",
    }
    GIFT_REPORT_STATES { vi: "Điều 26 Nghị định 59/2019", en: "Decree 59/2019 Art. 26" }
    CASE_REPORT_STATES { vi: "Điều 30 Nghị định 59/2019", en: "Decree 59/2019 Art. 30" }
    CHARACTER_EMPTY { vi: "cần một ký tự", en: "a character is needed" }
    CHARACTER_ONLY_ONE { vi: "chỉ được một ký tự", en: "only one character is allowed" }
    DELIMITER_RULE {
        vi: "dấu phân cách CSV phải là một ký tự ASCII (như , hoặc ; hoặc tab), không được là dấu nháy kép hay ký tự xuống dòng",
        en: "the CSV delimiter must be one ASCII character (such as , or ; or a tab), not a double quote or a line break",
    }
    LANGUAGE_CHOICES { vi: "chọn vi (tiếng Việt) hoặc en (tiếng Anh)", en: "use vi (Vietnamese) or en (English)" }
    argument_missing(arg) {
        vi: "thiếu: {arg}",
        en: "missing: {arg}",
    }
    COMMAND_MISSING { vi: "thiếu lệnh", en: "a command is missing" }
    options_conflict(arg, other) {
        vi: "{arg} không dùng cùng {other}",
        en: "{arg} cannot be used with {other}",
    }
    wrong_number_of_values(arg) {
        vi: "số giá trị cho {arg} không đúng",
        en: "wrong number of values for {arg}",
    }
    did_you_mean(suggestion) {
        vi: "có phải là {suggestion}?",
        en: "did you mean {suggestion}?",
    }
    USAGE { vi: "Cách dùng:", en: "Usage:" }
    SEE_HELP { vi: "Xem thêm: --help", en: "See also: --help" }

    // ── What a command says when it is done

    record_added(kind: text, file) {
        vi: "Đã ghi {kind} vào {file}",
        en: "Recorded the {kind} in {file}",
    }
    step_recorded(summary, file, status) {
        vi: "Đã ghi «{summary}» vào {file} (trạng thái: {status})",
        en: "Recorded '{summary}' in {file} (status: {status})",
    }
    record_edited(file, fields: text) {
        vi: "Đã sửa {file} ({fields})",
        en: "Edited {file} ({fields})",
    }
    register_created(dir) {
        vi: "Đã tạo sổ đăng ký tại {dir}",
        en: "Created a register in {dir}",
    }
    register_created_in_git(dir) {
        vi: "Đã tạo sổ đăng ký tại {dir} (kho git, đã commit)",
        en: "Created a register in {dir} (git repository, committed)",
    }
    prompt_intro(kind: text) {
        vi: "Nhập {kind}. Danh sách: chọn bằng phím mũi tên hoặc gõ mã rồi Enter. Câu không bắt buộc: Enter để bỏ qua. Quay lại câu trước: gõ < rồi Enter (trong danh sách: Esc). Ctrl-C: dừng, không ghi gì.",
        en: "New {kind}. In a list, use the arrow keys or type a code, then Enter. Enter skips a question that is not required. Back to the previous question: type < then Enter (in a list: Esc). Ctrl-C stops; nothing is written.",
    }
    report_incomplete(records: text, files) {
        vi: "\nSố liệu CHƯA ĐẦY ĐỦ: không tính {records} có lỗi ({files}); các lỗi: xem coi check.",
        en: "\nINCOMPLETE figures: {records} with errors left out ({files}); coi check shows the errors.",
    }
    report_incomplete_mark(records: text) {
        vi: "CHƯA ĐẦY ĐỦ: {records} không được tính",
        en: "INCOMPLETE: {records} left out",
    }
    EDIT_CONFLICTS_NOTE {
        vi: "# Hồ sơ này có danh sách `conflicts` (xung đột khi đồng bộ): mỗi mục là một trường mà hai máy\n# sửa khác nhau. `field`: trường đó; `ours`: giá trị hồ sơ đang giữ; `theirs`: giá trị máy kia ghi.\n# Sửa trường đó thành giá trị đúng (hoặc giữ nguyên) rồi lưu: danh sách được xóa khi lưu.\n# Các dòng bắt đầu bằng # không được ghi vào hồ sơ.\n",
        en: "# This record has a `conflicts` list (from a sync): each entry is a field that two clones\n# changed in two ways. `field`: the field; `ours`: the value the record keeps; `theirs`: the\n# other clone's value. Set the field to the right value (or leave it) and save: saving clears\n# the list. Lines starting with # are not saved.\n",
    }
    SHEET_EXCLUDED { vi: "Hồ sơ không tính", en: "Left out" }
    FORM_FROM { vi: "Từ chỉ tiêu của coi", en: "From coi's indicators" }
    COL_FILE { vi: "Tệp", en: "File" }
    COL_LINE { vi: "Dòng", en: "Line" }
    COL_PROBLEM { vi: "Lỗi", en: "Error" }
    report_left_out(file) {
        vi: "không tính hồ sơ có lỗi: {file}",
        en: "left out, it has errors: {file}",
    }
    file_written(file) {
        vi: "Đã ghi {file}",
        en: "Wrote {file}",
    }
    status_period(agency, period: text, from, to) {
        vi: "{agency}\nKỳ báo cáo hiện tại: {period} (từ {from} đến {to})",
        en: "{agency}\nCurrent reporting period: {period} ({from} to {to})",
    }
    status_year(year, from, to) {
        vi: "Hồ sơ của năm báo cáo {year} (từ {from} đến {to}):",
        en: "Records of the report year {year} ({from} to {to}):",
    }
    STATUS_NONE_YET { vi: "Chưa có", en: "None yet" }
    status_errors(errors: text) {
        vi: "Sổ có {errors}: chạy «coi check».",
        en: "The register has {errors}: run 'coi check'.",
    }
    overdue_step(id, who, step: text, due, late: text) {
        vi: "{id} {who}: {step} — hạn {due}, trễ {late}",
        en: "{id} {who}: {step} — due {due}, {late} late",
    }
    days_late(days: text) {
        vi: "trễ {days}",
        en: "{days} late",
    }
    days_left(days: text) {
        vi: "còn {days}",
        en: "{days} left",
    }
}
