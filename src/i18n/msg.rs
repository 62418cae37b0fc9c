//! The catalogue: every message and heading `coi` shows, in Vietnamese and English, in one place.
//!
//! An entry with arguments, `name(arg, other: text) { vi: "…{arg}…", en: "…{arg}…" }`, is a
//! function that returns a [`Text`]; an argument is shown as it is in both languages, or, marked
//! `: text`, is itself a [`Text`] or [`Label`] shown in the language of the message. An entry
//! without an argument list, `name { vi: …, en: … }`, is a fixed [`Label`] (headings, prompts).
//!
//! The names of the things a register holds (fields, choices, steps, indicators) are data and stay
//! beside their definitions in `model`, `rules` and `report`; help texts are in [`super::help`].
//! The tests in this module check every pair of the catalogue and of those tables: both languages
//! present, the same placeholders, Vietnamese in NFC.

use std::fmt::Display;

use super::{Label, Lang, Text};

/// A text in both languages, as an argument of a message.
pub trait Bilingual {
    fn in_lang(&self, lang: Lang) -> &str;
}

impl Bilingual for Text {
    fn in_lang(&self, lang: Lang) -> &str {
        self.get(lang)
    }
}

impl Bilingual for Label {
    fn in_lang(&self, lang: Lang) -> &str {
        self.get(lang)
    }
}

impl<T: Bilingual + ?Sized> Bilingual for &T {
    fn in_lang(&self, lang: Lang) -> &str {
        (**self).in_lang(lang)
    }
}

/// One entry as written, for the tests and for translators.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    pub name: &'static str,
    pub vi: &'static str,
    pub en: &'static str,
}

macro_rules! catalogue {
    ($(
        $(#[$attr:meta])*
        $name:ident $(( $($arg:ident $(: $kind:ident)?),* $(,)? ))? {
            vi: $vi:literal,
            en: $en:literal $(,)?
        }
    )*) => {
        $( catalogue!(@entry [$(#[$attr])*] $name $(($($arg $(: $kind)?),*))? $vi, $en); )*

        /// Every entry, in the order of this file.
        pub const ENTRIES: &[Entry] = &[$(Entry { name: stringify!($name), vi: $vi, en: $en }),*];
    };
    (@entry [$($attr:tt)*] $name:ident ($($arg:ident $(: $kind:ident)?),*) $vi:literal, $en:literal) => {
        $($attr)*
        pub fn $name($($arg: catalogue!(@type $($kind)?)),*) -> Text {
            Text::new(
                { $(catalogue!(@bind Vi $arg $($kind)?);)* format!($vi) },
                { $(catalogue!(@bind En $arg $($kind)?);)* format!($en) },
            )
        }
    };
    (@entry [$($attr:tt)*] $name:ident $vi:literal, $en:literal) => {
        $($attr)*
        pub const $name: Label = Label::new($vi, $en);
    };
    (@type) => { impl Display };
    (@type text) => { impl Bilingual };
    (@bind $lang:ident $arg:ident) => { let $arg = &$arg; };
    (@bind $lang:ident $arg:ident text) => { let $arg = $arg.in_lang(Lang::$lang); };
}

catalogue! {

    // ── src/commands/add.rs
    cannot_build_record(detail) {
        vi: "không tạo được hồ sơ: {detail}",
        en: "cannot build the record: {detail}",
    }
    give_only_once(flag) {
        vi: "{flag}: chỉ được cho một lần",
        en: "{flag}: give it only once",
    }
    given_times_items_give_once(flag, n, items) {
        vi: "{flag}: cho {n} lần nhưng có {items} mục; cho mỗi mục một lần, theo thứ tự (\"\" nếu để trống)",
        en: "{flag}: given {n} times for {items} items; give it once per item, in order (\"\" for none)",
    }
    flag_problem(flag, problem: text) {
        vi: "{flag}: {problem}",
        en: "{flag}: {problem}",
    }
    whole_number(raw) {
        vi: "«{raw}» không phải số nguyên không âm",
        en: "'{raw}' is not a whole number",
    }
    number_too_large(raw) {
        vi: "số quá lớn: «{raw}»",
        en: "the number is too large: '{raw}'",
    }
    answer_yes_no(raw) {
        vi: "«{raw}»: trả lời có hoặc không",
        en: "'{raw}': answer yes or no",
    }

    // ── src/commands/change.rs
    record_void(id, reason) {
        vi: "hồ sơ {id} đã bị hủy ({reason})",
        en: "record {id} is void ({reason})",
    }

    // ── src/commands/check.rs
    checked(records: text, errors: text, warnings: text) {
        vi: "Đã kiểm tra {records}: {errors}, {warnings}.",
        en: "Checked {records}: {errors}, {warnings}.",
    }

    // ── src/commands/close.rs
    case_already_closed(when) {
        vi: "vụ việc đã kết thúc ngày {when}",
        en: "the case was already closed on {when}",
    }

    // ── src/commands/decide.rs
    case_closed(when) {
        vi: "vụ việc đã kết thúc ngày {when}",
        en: "the case was closed on {when}",
    }
    finding_no_conflict_already_recorded() {
        vi: "đã ghi kết luận không có xung đột lợi ích",
        en: "the finding of no conflict is already recorded",
    }
    case_already_control_measures_cannot() {
        vi: "vụ việc đã có biện pháp kiểm soát; không thể kết luận không có xung đột lợi ích",
        en: "the case already has control measures; it cannot be found to have no conflict",
    }

    // ── src/commands/edit.rs
    cannot_read() {
        vi: "không đọc được",
        en: "cannot read",
    }
    record_void_2(id) {
        vi: "hồ sơ {id} đã bị hủy",
        en: "record {id} is void",
    }
    cannot_make_draft() {
        vi: "không tạo được bản nháp",
        en: "cannot make a draft",
    }
    cannot_read_draft() {
        vi: "không đọc được bản nháp",
        en: "cannot read the draft",
    }
    edit_errors_record_stays() {
        vi: "bản sửa có lỗi; hồ sơ giữ nguyên",
        en: "the edit has errors; the record stays as it was",
    }
    record_changed_while_you_were(id) {
        vi: "hồ sơ {id} vừa được thay đổi trong lúc sửa; mở lại để sửa trên bản mới",
        en: "record {id} was changed while you were editing; edit it again from the new version",
    }
    id_id_cannot_changed_editing(id) {
        vi: "id: không đổi được mã hồ sơ {id} khi sửa",
        en: "id: the ID {id} cannot be changed by editing",
    }
    history_history_cannot_changed() {
        vi: "history: lịch sử không sửa được",
        en: "history: the history cannot be changed",
    }
    void_void_record_void_command() {
        vi: "void: hủy hồ sơ bằng lệnh void",
        en: "void: void a record with the void command",
    }
    cannot_start_editor() {
        vi: "không mở được trình soạn thảo",
        en: "cannot start the editor",
    }
    editor_failed_record_stays(program) {
        vi: "trình soạn thảo {program} kết thúc với lỗi; hồ sơ giữ nguyên",
        en: "the editor {program} failed; the record stays as it was",
    }

    // ── src/commands/end_measure.rs
    case_measures_there_no_measure(count, n) {
        vi: "vụ việc có {count} biện pháp; không có biện pháp số {n}",
        en: "the case has {count} measures; there is no measure {n}",
    }
    case_no_measure_force() {
        vi: "vụ việc không có biện pháp nào đang áp dụng",
        en: "the case has no measure in force",
    }
    more_than_one_measure_force() {
        vi: "có nhiều biện pháp đang áp dụng; chọn một bằng --measure N",
        en: "more than one measure is in force; choose one with --measure N",
    }
    measure_already_ended(when) {
        vi: "biện pháp này đã kết thúc ngày {when}",
        en: "this measure already ended on {when}",
    }

    // ── src/commands/handle.rs
    gift_been_handed_over_record() {
        vi: "quà chưa được nộp lại; ghi việc nộp lại trước (coi gift handover)",
        en: "the gift has not been handed over; record that first (coi gift handover)",
    }
    gift_already_handling_decision_only(was, on) {
        vi: "quà đã có quyết định xử lý «{was}» ngày {on}; chỉ bổ sung được thông tin còn thiếu của quyết định đó",
        en: "the gift already has a handling decision '{was}' of {on}; only missing details of it can be added",
    }
    there_nothing_new_record() {
        vi: "không có thông tin mới để ghi",
        en: "there is nothing new to record",
    }
    detail_already_recorded_another_value() {
        vi: "thông tin này đã được ghi với giá trị khác",
        en: "this detail is already recorded with another value",
    }

    // ── src/commands/handover.rs
    gift_already_handed_over(when) {
        vi: "quà đã được nộp lại ngày {when}",
        en: "the gift was already handed over on {when}",
    }

    // ── src/commands/init.rs
    agency_must_empty() {
        vi: "--agency không được để trống",
        en: "--agency must not be empty",
    }
    git_program_found_install_git() {
        vi: "không tìm thấy chương trình git; cài git hoặc dùng --no-git",
        en: "the git program was not found; install git or use --no-git",
    }
    cannot_create_folder() {
        vi: "không tạo được thư mục",
        en: "cannot create the folder",
    }
    unit_write_code_name_e(item) {
        vi: "--unit «{item}»: viết MÃ=Tên, ví dụ VP=\"Văn phòng\"",
        en: "--unit '{item}': write CODE=Name, e.g. VP=\"Office\"",
    }
    unit_unit_code_holds_only(code) {
        vi: "--unit «{code}»: mã đơn vị chỉ gồm chữ không dấu, số, «-» và «_»",
        en: "--unit '{code}': a unit code holds only ASCII letters, digits, '-' and '_'",
    }
    unit_unit_s_name_missing(code) {
        vi: "--unit {code}: thiếu tên đơn vị",
        en: "--unit {code}: the unit's name is missing",
    }
    unit_code_given_twice(code) {
        vi: "--unit {code}: mã bị lặp",
        en: "--unit {code}: the code is given twice",
    }

    // ── src/commands/mod.rs
    git_cannot_run_change_saved(message) {
        vi: "không chạy được git: thay đổi đã được lưu nhưng chưa commit; cài git rồi commit ({message})",
        en: "git cannot be run: the change is saved but not committed; install git, then commit it ({message})",
    }

    // ── src/commands/notify.rs
    notice_already_recorded(when) {
        vi: "đã ghi thông báo ngày {when}",
        en: "the notice was already recorded on {when}",
    }
    there_no_decision_notify_yet() {
        vi: "chưa có quyết định để thông báo (coi case decide trước)",
        en: "there is no decision to notify yet (coi case decide first)",
    }
    gift_been_handled_yet_coi() {
        vi: "quà chưa được xử lý (coi gift handle trước)",
        en: "the gift has not been handled yet (coi gift handle first)",
    }

    // ── src/commands/prompt.rs
    stopped_nothing_written() {
        vi: "đã dừng, không ghi gì",
        en: "stopped, nothing was written",
    }
    cannot_ask_terminal(detail) {
        vi: "không hỏi được trên màn hình: {detail}",
        en: "cannot ask on the terminal: {detail}",
    }
    coi_yaml_lists_no_units() {
        vi: "coi.yaml chưa khai báo đơn vị nào",
        en: "coi.yaml lists no units",
    }
    whole_number_needed() {
        vi: "cần một số nguyên không âm",
        en: "a whole number is needed",
    }
    must_empty() {
        vi: "không được để trống",
        en: "must not be empty",
    }
    cancelled_nothing_written() {
        vi: "đã thôi, không ghi gì",
        en: "cancelled, nothing was written",
    }

    // ── src/commands/report.rs
    register_errors_above_no_report(n) {
        vi: "sổ có {n} lỗi (xem ở trên); báo cáo chưa được lập. Sửa theo «coi check», hoặc dùng --allow-errors để bỏ các hồ sơ lỗi ra khỏi số liệu",
        en: "the register has {n} errors (above); no report was made. Fix them (see 'coi check'), or use --allow-errors to leave those records out",
    }
    cannot_make_workbook() {
        vi: "không tạo được tệp Excel",
        en: "cannot make the workbook",
    }

    report_title(period: text) {
        vi: "BÁO CÁO KẾT QUẢ KIỂM SOÁT XUNG ĐỘT LỢI ÍCH, QUÀ TẶNG, TUYÊN TRUYỀN PCTN — {period}",
        en: "CONFLICT-OF-INTEREST, GIFTS AND ANTI-CORRUPTION TRAINING REPORT — {period}",
    }
    period_year_date_from_circular(from, to, ytd) {
        vi: "Kỳ báo cáo: từ {from} đến {to}; lũy kế từ {ytd} (Thông tư 06/2025/TT-TTCP)",
        en: "Period: {from} to {to}; year to date from {ytd} (Circular 06/2025/TT-TTCP)",
    }
    text_2(to) {
        vi: "Nơi nhận: {to}",
        en: "To: {to}",
    }

    // ── src/commands/show.rs
    id_kind_ids_start(id, noun, prefix) {
        vi: "{id} không phải mã của loại hồ sơ này (mã {noun} bắt đầu bằng {prefix})",
        en: "{id} is not an ID of this kind ({noun} IDs start with {prefix})",
    }

    // ── src/commands/void.rs
    reason_say_why_record_void() {
        vi: "--reason: cần ghi lý do hủy",
        en: "--reason: say why the record is void",
    }

    // ── src/context.rs
    cannot_tell_current_folder() {
        vi: "không xác định được thư mục hiện tại",
        en: "cannot tell the current folder",
    }
    coi_now_valid_like_2026(value) {
        vi: "COI_NOW không hợp lệ: «{value}» (dạng 2026-03-14T09:30:00+07:00)",
        en: "COI_NOW is not valid: '{value}' (like 2026-03-14T09:30:00+07:00)",
    }

    // ── src/error.rs
    no_register_coi_yaml_file(from) {
        vi: "không tìm thấy sổ đăng ký (tệp coi.yaml) ở {from} hay các thư mục cha, cũng không có ./data",
        en: "no register (a coi.yaml file) in {from} or any folder above it, nor in ./data",
    }
    register_no_coi_yaml(path) {
        vi: "{path} không phải sổ đăng ký: không có tệp coi.yaml",
        en: "{path} is not a register: it has no coi.yaml",
    }
    register_already_exists_nothing_changed(path) {
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
    missing_required_fields(list) {
        vi: "thiếu trường bắt buộc: {list}",
        en: "missing required fields: {list}",
    }
    unit_code_coi_yaml_known(code, list) {
        vi: "mã đơn vị «{code}» không có trong coi.yaml; các mã đơn vị: {list}",
        en: "unit code '{code}' is not in coi.yaml; known unit codes: {list}",
    }
    there_no_record(id) {
        vi: "không có hồ sơ {id}",
        en: "there is no record {id}",
    }
    record_errors_cannot_read(path, n) {
        vi: "hồ sơ {path} có {n} lỗi, không đọc được",
        en: "the record {path} has {n} errors and cannot be read",
    }
    refused(reason: text) {
        vi: "không thực hiện được: {reason}",
        en: "refused: {reason}",
    }
    register_locked_another_coi_command(path) {
        vi: "sổ đăng ký đang bị một lệnh coi khác khóa ({path})",
        en: "the register is locked by another coi command ({path})",
    }
    git_failed(action) {
        vi: "lệnh git {action} không thành công",
        en: "git {action} failed",
    }
    there_were_errors_see_above() {
        vi: "có lỗi, xem ở trên",
        en: "there were errors, see above",
    }
    create_one_coi_init_dir() {
        vi: "tạo sổ mới bằng «coi init THƯ-MỤC --agency \"Tên cơ quan\" --unit VP=\"Văn phòng\"», hoặc chỉ tới sổ có sẵn bằng --data THƯ-MỤC hay biến COI_DATA",
        en: "create one with 'coi init DIR --agency \"Agency name\" --unit VP=\"Office\"', or point to an existing one with --data DIR or COI_DATA",
    }
    see_coi_kind_add_help() {
        vi: "xem «coi <loại> add --help» để biết các trường",
        en: "see 'coi <kind> add --help' for the fields",
    }
    add_unit_units_coi_yaml() {
        vi: "thêm đơn vị vào mục units của coi.yaml nếu đó là đơn vị mới",
        en: "add the unit to the units of coi.yaml if it is new",
    }
    see_list_coi_list(noun) {
        vi: "xem danh sách: coi {noun} list",
        en: "see the list: coi {noun} list",
    }
    run_coi_check_see_each() {
        vi: "chạy «coi check» để xem từng lỗi và dòng của nó",
        en: "run 'coi check' to see each error and its line",
    }
    wait_other_command_run_again() {
        vi: "chờ lệnh kia xong rồi chạy lại; khóa tự mở khi tiến trình kết thúc",
        en: "wait for the other command and run again; the lock is released when that process ends",
    }
    record_written_check_git_repository() {
        vi: "hồ sơ đã được ghi; kiểm tra kho git (git status) rồi tự commit",
        en: "the record was written; check the git repository (git status) and commit by hand",
    }

    // ── src/model/values.rs
    valid_date_write_14_03(s) {
        vi: "ngày không hợp lệ: «{s}» (viết 14/03/2026 hoặc 2026-03-14)",
        en: "not a valid date: '{s}' (write 14/03/2026 or 2026-03-14)",
    }
    no_such_day_calendar(s) {
        vi: "ngày không có trên lịch: «{s}»",
        en: "no such day in the calendar: '{s}'",
    }
    amount_cannot_negative(s) {
        vi: "số tiền không được âm: «{s}»",
        en: "an amount cannot be negative: '{s}'",
    }
    valid_amount_write_whole_ng(s) {
        vi: "số tiền không hợp lệ: «{s}» (viết số đồng nguyên, ví dụ 2.000.000)",
        en: "not a valid amount: '{s}' (write whole đồng, e.g. 2.000.000)",
    }
    amount_too_large(s) {
        vi: "số tiền quá lớn: «{s}»",
        en: "the amount is too large: '{s}'",
    }
    text_holds_control_character(code) {
        vi: "văn bản có ký tự điều khiển {code}",
        en: "the text holds the control character {code}",
    }
    field_takes_single_line() {
        vi: "trường này chỉ nhận một dòng",
        en: "this field takes a single line",
    }
    valid_record_id_like_xdli(shown) {
        vi: "mã hồ sơ không hợp lệ: «{shown}» (dạng XDLI-2026-001, QT-2026-001 hoặc TH-2026-001)",
        en: "not a valid record ID: '{shown}' (like XDLI-2026-001, QT-2026-001 or TH-2026-001)",
    }

    // ── src/model/vocab.rs
    valid_value_choose(typed, allowed) {
        vi: "«{typed}» không phải giá trị hợp lệ; chọn: {allowed}",
        en: "'{typed}' is not a valid value; choose: {allowed}",
    }

    // ── src/period.rs
    reporting_period_like_2026_q1(s) {
        vi: "kỳ báo cáo không hợp lệ: «{s}» (dạng 2026-Q1 … 2026-Q4, 2026-6M, 2026-9M hoặc 2026)",
        en: "not a reporting period: '{s}' (like 2026-Q1 … 2026-Q4, 2026-6M, 2026-9M or 2026)",
    }
    before_from(t, f) {
        vi: "--to ({t}) trước --from ({f})",
        en: "--to ({t}) is before --from ({f})",
    }
    quarter_i(y) {
        vi: "Quý I năm {y}",
        en: "Quarter I {y}",
    }
    quarter_ii(y) {
        vi: "Quý II năm {y}",
        en: "Quarter II {y}",
    }
    quarter_iii(y) {
        vi: "Quý III năm {y}",
        en: "Quarter III {y}",
    }
    quarter_iv(y) {
        vi: "Quý IV năm {y}",
        en: "Quarter IV {y}",
    }
    first_6_months(y) {
        vi: "6 tháng đầu năm {y}",
        en: "First 6 months of {y}",
    }
    first_9_months(y) {
        vi: "9 tháng năm {y}",
        en: "First 9 months of {y}",
    }
    year(y) {
        vi: "Năm {y}",
        en: "Year {y}",
    }
    from(f, t) {
        vi: "Từ {f} đến {t}",
        en: "From {f} to {t}",
    }

    // ── src/register/load.rs
    file_too_large_record_kib(size) {
        vi: "tệp quá lớn cho một hồ sơ ({size} KiB; tối đa 1024 KiB), không đọc",
        en: "the file is too large for a record ({size} KiB; at most 1024 KiB) and was not read",
    }
    file_utf_8_text_save() {
        vi: "tệp không phải văn bản UTF-8; lưu lại tệp với bảng mã UTF-8",
        en: "the file is not UTF-8 text; save it with the UTF-8 encoding",
    }
    yaml_nested_too_deep() {
        vi: "YAML lồng quá sâu",
        en: "YAML nested too deep",
    }
    yaml_does_parse(detail) {
        vi: "YAML không hợp lệ: {detail}",
        en: "YAML does not parse: {detail}",
    }
    cannot_read_record(detail) {
        vi: "không đọc được hồ sơ: {detail}",
        en: "cannot read the record: {detail}",
    }
    yaml_tags_allowed_record(tag) {
        vi: "không được dùng thẻ YAML ({tag}) trong hồ sơ",
        en: "YAML tags ({tag}) are not allowed in a record",
    }
    step_late(step: text, delay: text, due, done, basis: text) {
        vi: "{step}: chậm {delay} (hạn {due}, thực hiện {done}; {basis})",
        en: "{step}: {delay} late (due {due}, done {done}; {basis})",
    }
    records_kind_have_ids_starting(prefix) {
        vi: "hồ sơ loại này có mã bắt đầu bằng {prefix}",
        en: "records of this kind have IDs starting {prefix}",
    }
    file_name_does_match_id(id, name) {
        vi: "tên tệp không khớp với mã hồ sơ {id}; tệp phải tên là {name}",
        en: "the file name does not match the ID {id}; the file should be named {name}",
    }
    record_wrong_folder_belongs_at(id, place) {
        vi: "hồ sơ {id} nằm sai thư mục; phải ở {place}",
        en: "record {id} is in the wrong folder; it belongs at {place}",
    }
    year_id_differs_from_year(id, field, key_year) {
        vi: "năm của mã hồ sơ ({id}) khác năm của {field} ({key_year})",
        en: "the year in the ID ({id}) differs from the year of {field} ({key_year})",
    }
    folder_year_like_2026_skipped() {
        vi: "thư mục không phải năm (dạng 2026), bỏ qua",
        en: "the folder is not a year (like 2026) and was skipped",
    }
    folder_record_file() {
        vi: "đây là thư mục, không phải tệp hồ sơ",
        en: "this is a folder, not a record file",
    }
    temporary_file_left_interrupted_write() {
        vi: "tệp tạm còn lại sau một lần ghi bị ngắt; không phải hồ sơ, có thể xóa",
        en: "a temporary file left by an interrupted write; it is not a record and can be deleted",
    }
    cannot_read_file(detail) {
        vi: "không đọc được tệp: {detail}",
        en: "cannot read the file: {detail}",
    }
    id_also_used(id, other) {
        vi: "mã {id} trùng với hồ sơ {other}",
        en: "the ID {id} is also used by {other}",
    }
    record_file_place_records_live(name) {
        vi: "«{name}» không phải tệp hồ sơ đúng chỗ (hồ sơ nằm ở <loại>/<năm>/<mã>.yaml), bỏ qua",
        en: "'{name}' is not a record file in its place (records live at <kind>/<year>/<ID>.yaml) and was skipped",
    }
    symbolic_links_followed_record_must() {
        vi: "liên kết tượng trưng không được theo; hồ sơ phải là tệp thật trong sổ",
        en: "symbolic links are not followed; a record must be a real file in the register",
    }

    // ── src/register/mod.rs
    cannot_read_folder() {
        vi: "không đọc được thư mục",
        en: "cannot read the folder",
    }
    register_s_git_repository_middle() {
        vi: "kho git của sổ đang hợp nhất (merge) dở; hoàn tất merge (git commit) hoặc hủy (git merge --abort) rồi làm lại",
        en: "the register's git repository is in the middle of a merge; finish it (git commit) or abort it (git merge --abort), then try again",
    }
    coi_yaml_valid(detail) {
        vi: "coi.yaml không hợp lệ: {detail}",
        en: "coi.yaml is not valid: {detail}",
    }
    unit_code_may_hold_only(code) {
        vi: "mã đơn vị «{code}» chỉ được gồm chữ không dấu, số, «-» và «_»",
        en: "unit code '{code}' may hold only ASCII letters, digits, '-' and '_'",
    }
    unit_code_appears_twice(code) {
        vi: "mã đơn vị «{code}» bị lặp",
        en: "unit code '{code}' appears twice",
    }
    period_start_day_must_between() {
        vi: "period_start_day phải từ 1 đến 28",
        en: "period_start_day must be between 1 and 28",
    }

    // ── src/register/store.rs
    cannot_write_file() {
        vi: "không ghi được tệp",
        en: "cannot write the file",
    }
    cannot_open_lock_file() {
        vi: "không mở được tệp khóa",
        en: "cannot open the lock file",
    }
    cannot_lock_register() {
        vi: "không khóa được sổ",
        en: "cannot lock the register",
    }

    // ── src/rules/records.rs
    date_before(later: text, later_on, earlier: text, earlier_on, earlier_field) {
        vi: "{later} ({later_on}) trước {earlier} ({earlier_on}) ({earlier_field})",
        en: "{later} ({later_on}) is before {earlier} ({earlier_on}) ({earlier_field})",
    }
    temporary_suspension_transfer_lasts_at(s, u) {
        vi: "tạm đình chỉ, tạm chuyển vị trí không quá 90 ngày (Điều 47 Nghị định 59/2019): từ {s} đến {u} là quá",
        en: "a temporary suspension or transfer lasts at most 90 days (Decree 59/2019 Art. 47): {s} to {u} is longer",
    }
    notice_recorded_but_there_no() {
        vi: "đã ghi ngày thông báo nhưng chưa có quyết định biện pháp hoặc kết luận không có XĐLI",
        en: "a notice is recorded but there is no decision on a measure nor a finding of no conflict",
    }
    closed_no_conflict_yet_case() {
        vi: "kết luận không có XĐLI nhưng hồ sơ có biện pháp kiểm soát",
        en: "closed as no conflict, yet the case has control measures",
    }
    no_conflict_found_yet_case() {
        vi: "đã xác định không có XĐLI nhưng hồ sơ có biện pháp kiểm soát",
        en: "no conflict was found, yet the case has control measures",
    }
    gift_person_must_name_recipient() {
        vi: "quà tặng cá nhân phải ghi người nhận (recipient.name), hoặc ghi recipient_type: agency nếu cơ quan nhận",
        en: "a gift to a person must name the recipient (recipient.name), or say recipient_type: agency",
    }
    outcome_not_allowed_for_kind(outcome, kind: text, allowed) {
        vi: "«{outcome}» không đúng với loại quà «{kind}»; theo Điều 27 Nghị định 59/2019 phải là: {allowed}",
        en: "'{outcome}' does not fit a gift of kind '{kind}'; Decree 59/2019 Art. 27 requires: {allowed}",
    }
    handling_recorded_but_gift_never() {
        vi: "đã ghi xử lý quà nhưng chưa ghi ngày nộp lại (handed_over_on)",
        en: "handling is recorded but the gift was never handed over (handed_over_on)",
    }
    only_publicly_sold_gift_sale() {
        vi: "chỉ quà bán công khai mới có ngày bán và số tiền bán được",
        en: "only a publicly sold gift has a sale date and proceeds",
    }
    budget_payment_differs_from_proceeds(b, p, c) {
        vi: "số nộp ngân sách {b} khác số tiền bán {p} trừ chi phí {c}",
        en: "the budget payment {b} differs from proceeds {p} less costs {c}",
    }
    giver_s_body_recorded_notified() {
        vi: "đã ghi ngày thông báo cho cơ quan người tặng nhưng chưa ghi xử lý quà",
        en: "the giver's body is recorded as notified but the gift has no handling",
    }
    sessions_must_at_least_1() {
        vi: "số cuộc phải từ 1 trở lên",
        en: "sessions must be at least 1",
    }
    no_one_recorded_attending() {
        vi: "chưa có lượt người tham dự nào",
        en: "no one is recorded as attending",
    }
    topic_listed_twice() {
        vi: "nội dung bị lặp lại",
        en: "the topic is listed twice",
    }
    record_no_history_no_created() {
        vi: "hồ sơ chưa có lịch sử (sự kiện «created»)",
        en: "the record has no history (no 'created' event)",
    }

    // ── src/rules/validate.rs
    file_not_a_mapping(found: text) {
        vi: "tệp phải là một nhóm trường «tên: giá trị», không phải {found}",
        en: "the file must be a set of 'name: value' fields, not {found}",
    }
    field_name_must_text() {
        vi: "tên trường phải là chữ",
        en: "a field name must be text",
    }
    group_fields() {
        vi: "nhóm trường",
        en: "a group of fields",
    }
    required_field_missing(field: text) {
        vi: "thiếu trường bắt buộc ({field})",
        en: "required field is missing ({field})",
    }
    unknown_field_did_you_mean(n) {
        vi: "trường không có trong mẫu; có phải là «{n}»?",
        en: "unknown field; did you mean '{n}'?",
    }
    unknown_field_known_fields(known) {
        vi: "trường không có trong mẫu (các trường: {known})",
        en: "unknown field (known fields: {known})",
    }
    empty_value() {
        vi: "giá trị rỗng",
        en: "an empty value",
    }
    true_false() {
        vi: "giá trị đúng/sai",
        en: "true/false",
    }
    number(n) {
        vi: "số {n}",
        en: "the number {n}",
    }
    text_5(s) {
        vi: "văn bản «{s}»",
        en: "the text '{s}'",
    }
    list() {
        vi: "một danh sách",
        en: "a list",
    }
    group_fields_2() {
        vi: "một nhóm trường",
        en: "a group of fields",
    }
    value_tagged(tag) {
        vi: "giá trị có thẻ {tag}",
        en: "a value tagged {tag}",
    }
    yaml_tags_allowed_record_2() {
        vi: "không được dùng thẻ YAML (!…) trong hồ sơ",
        en: "YAML tags (!…) are not allowed in a record",
    }
    text_6() {
        vi: "văn bản",
        en: "text",
    }
    date() {
        vi: "ngày",
        en: "a date",
    }
    dates_file_written_year_month(iso) {
        vi: "ngày trong tệp viết theo dạng năm-tháng-ngày: {iso}",
        en: "dates in a file are written year-month-day: {iso}",
    }
    time_like_2026_03_14t09() {
        vi: "thời điểm dạng 2026-03-14T09:30:00+07:00",
        en: "a time like 2026-03-14T09:30:00+07:00",
    }
    true_false_2() {
        vi: "true hoặc false",
        en: "true or false",
    }
    unit_code() {
        vi: "mã đơn vị",
        en: "a unit code",
    }
    record_id() {
        vi: "mã hồ sơ",
        en: "a record ID",
    }
    known_unit_codes(list) {
        vi: "các mã đơn vị: {list}",
        en: "known unit codes: {list}",
    }
    unit_not_in_config(code, known: text) {
        vi: "mã đơn vị «{code}» không có trong coi.yaml ({known})",
        en: "unit code '{code}' is not in coi.yaml ({known})",
    }
    text_unicode_nfc_form_saving() {
        vi: "văn bản chưa ở dạng Unicode dựng sẵn (NFC); lưu lại bằng coi sẽ sửa",
        en: "text is not in Unicode NFC form; saving it through coi fixes it",
    }
    amount_whole_ng() {
        vi: "số tiền (đồng, số nguyên)",
        en: "an amount (whole đồng)",
    }
    whole_number_2() {
        vi: "số nguyên không âm",
        en: "a whole number",
    }
    must_negative() {
        vi: "không được là số âm",
        en: "must not be negative",
    }
    amount_whole_ng_without_fraction() {
        vi: "số tiền phải là số đồng nguyên, không có phần lẻ",
        en: "an amount is in whole đồng, without a fraction",
    }
    must_whole_number() {
        vi: "phải là số nguyên",
        en: "must be a whole number",
    }
    number_too_large_2() {
        vi: "số quá lớn",
        en: "the number is too large",
    }
    one(allowed) {
        vi: "một trong: {allowed}",
        en: "one of: {allowed}",
    }
    written_file(s, y) {
        vi: "«{s}» cần viết là «{y}» trong tệp",
        en: "'{s}' is written '{y}' in a file",
    }
    valid_value_one(s, allowed) {
        vi: "«{s}» không phải giá trị hợp lệ (một trong: {allowed})",
        en: "'{s}' is not a valid value (one of: {allowed})",
    }
}

/// A thing counted: Vietnamese nouns do not change with the number, English ones do.
#[derive(Debug, Clone, Copy)]
pub struct Noun {
    pub vi: &'static str,
    pub en_one: &'static str,
    pub en_many: &'static str,
}

impl Noun {
    /// "3 hồ sơ" / "3 records".
    pub fn count(&self, n: impl Into<u64>) -> Text {
        let n = n.into();
        let en = if n == 1 { self.en_one } else { self.en_many };
        Text::new(format!("{n} {}", self.vi), format!("{n} {en}"))
    }
}

macro_rules! nouns {
    ($($name:ident = $vi:literal, $one:literal, $many:literal;)*) => {
        $(pub const $name: Noun = Noun { vi: $vi, en_one: $one, en_many: $many };)*
        /// Every noun, for the tests.
        pub const NOUNS: &[Noun] = &[$($name),*];
    };
}

nouns! {
    RECORDS = "hồ sơ", "record", "records";
    ERRORS = "lỗi", "error", "errors";
    WARNINGS = "cảnh báo", "warning", "warnings";
    DAYS = "ngày", "day", "days";
    WORKING_DAYS = "ngày làm việc", "working day", "working days";
}
