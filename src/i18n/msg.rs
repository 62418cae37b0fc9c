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

    // ── Values typed for `add` (flags and answers)
    cannot_build_record(detail: text) {
        vi: "không tạo được hồ sơ: {detail}",
        en: "cannot build the record: {detail}",
    }
    flag_given_twice(flag) {
        vi: "{flag}: chỉ được cho một lần",
        en: "{flag}: give it only once",
    }
    flag_count_mismatch(flag, given: text, items: text) {
        vi: "{flag}: cho {given} nhưng có {items}; cho mỗi mục một lần, theo thứ tự (\"\" nếu để trống)",
        en: "{flag}: given {given} for {items}; give it once per item, in order (\"\" for none)",
    }
    named_problem(name, problem: text) {
        vi: "{name}: {problem}",
        en: "{name}: {problem}",
    }
    not_a_whole_number(raw) {
        vi: "«{raw}» không phải số nguyên không âm",
        en: "'{raw}' is not a whole number",
    }
    number_too_large(raw) {
        vi: "số quá lớn: «{raw}»",
        en: "the number is too large: '{raw}'",
    }
    not_yes_or_no(raw) {
        vi: "«{raw}»: trả lời có hoặc không",
        en: "'{raw}': answer yes or no",
    }

    // ── Steps on a record that is void
    record_void_because(id, reason) {
        vi: "hồ sơ {id} đã bị hủy ({reason})",
        en: "record {id} is void ({reason})",
    }

    // ── `check`: the summary line
    checked(records: text, errors: text, warnings: text) {
        vi: "Đã kiểm tra {records}: {errors}, {warnings}.",
        en: "Checked {records}: {errors}, {warnings}.",
    }

    // ── Closing a case
    case_already_closed(when) {
        vi: "vụ việc đã kết thúc ngày {when}",
        en: "the case was already closed on {when}",
    }
    closed_with_measure_running() {
        vi: "vụ việc đã kết thúc nhưng biện pháp này chưa được kết thúc; ghi ngày kết thúc biện pháp",
        en: "the case is closed but this measure was never ended; record the day it ended",
    }
    measure_running(number, kind: text, decided) {
        vi: "biện pháp {number} ({kind}, quyết định ngày {decided})",
        en: "measure {number} ({kind}, decided on {decided})",
    }
    case_has_measures_running(measures: text, id) {
        vi: "chưa thể kết thúc vụ việc khi còn biện pháp đang áp dụng: {measures}; hãy kết thúc biện pháp trước (coi case end-measure {id} --date …), hoặc kết thúc vụ việc kèm --end-measures để biện pháp kết thúc cùng ngày và được ghi vào lịch sử",
        en: "the case cannot be closed while a measure is still in force: {measures}; end the measure first (coi case end-measure {id} --date …), or close with --end-measures to end it on the same day, recorded in the history",
    }

    // ── Deciding on a case
    case_closed_on(when) {
        vi: "vụ việc đã kết thúc ngày {when}",
        en: "the case was closed on {when}",
    }
    no_conflict_already_recorded() {
        vi: "đã ghi kết luận không có xung đột lợi ích",
        en: "the finding of no conflict is already recorded",
    }
    measures_exclude_no_conflict() {
        vi: "vụ việc đã có biện pháp kiểm soát; không thể kết luận không có xung đột lợi ích",
        en: "the case already has control measures; it cannot be found to have no conflict",
    }

    // ── Editing a record in an editor
    cannot_read() {
        vi: "không đọc được",
        en: "cannot read",
    }
    record_void(id) {
        vi: "hồ sơ {id} đã bị hủy",
        en: "record {id} is void",
    }
    cannot_make_draft() {
        vi: "không tạo được bản nháp để sửa",
        en: "cannot make a draft to edit",
    }
    cannot_read_draft() {
        vi: "không đọc lại được bản nháp của",
        en: "cannot read back the draft of",
    }
    draft_has_errors() {
        vi: "bản sửa có lỗi; hồ sơ giữ nguyên",
        en: "the edit has errors; the record stays as it was",
    }
    changed_while_editing(id) {
        vi: "hồ sơ {id} vừa được thay đổi trong lúc sửa; mở lại để sửa trên bản mới",
        en: "record {id} was changed while you were editing; edit it again from the new version",
    }
    settings_unchanged(file) {
        vi: "Không có thay đổi; {file} giữ nguyên.",
        en: "No change; {file} stays as it was.",
    }
    settings_edit_again(file) {
        vi: "Sửa lại bản nháp? (không: bỏ, {file} giữ nguyên)",
        en: "Edit the draft again? (no: abandon, {file} stays as it was)",
    }
    settings_draft_has_errors(file) {
        vi: "bản sửa có lỗi; {file} giữ nguyên",
        en: "the edit has errors; {file} stays as it was",
    }
    settings_changed_while_editing(file) {
        vi: "{file} vừa được thay đổi trong lúc sửa; mở lại để sửa trên bản mới",
        en: "{file} was changed while you were editing; edit it again from the new version",
    }
    settings_edited(file, fields) {
        vi: "Đã sửa {file}{fields}.",
        en: "Edited {file}{fields}.",
    }
    settings_back_to_committed(file) {
        vi: "{file} đã trở lại như bản đã ghi trong git; không có gì để ghi thêm.",
        en: "{file} is back to its committed version; there is nothing to commit.",
    }
    settings_send_with_sync() {
        vi: "Chạy `coi sync` để gửi thay đổi này đến các máy khác.",
        en: "Run `coi sync` to send this change to the other clones.",
    }
    settings_uncommitted(command) {
        vi: "tệp đã sửa mà chưa ghi vào git nên `coi sync` chưa gửi được đến các máy khác; ghi vào bằng `{command}` (hoặc `git add` rồi `git commit`)",
        en: "the file was changed and not committed, so `coi sync` cannot send it to the other clones; commit it with `{command}` (or `git add`, then `git commit`)",
    }
    settings_uncommitted_git() {
        vi: "tệp đã sửa mà chưa ghi vào git nên `coi sync` chưa gửi được đến các máy khác; ghi vào bằng `git add` rồi `git commit`, hoặc bỏ thay đổi bằng `git restore`",
        en: "the file was changed and not committed, so `coi sync` cannot send it to the other clones; commit it with `git add`, then `git commit`, or drop the change with `git restore`",
    }
    plan_edit_none(year, file) {
        vi: "chưa có kế hoạch năm {year} ({file}); tạo bằng `coi plan init --year {year}` rồi sửa bằng `coi plan edit --year {year}`",
        en: "there is no plan for {year} ({file}); make one with `coi plan init --year {year}`, then edit it with `coi plan edit --year {year}`",
    }
    log_settings_edited(file, fields) {
        vi: "Sửa {file}{fields}",
        en: "Edit {file}{fields}",
    }
    log_plan_made(year) {
        vi: "Tạo kế hoạch năm {year}",
        en: "Make the plan of {year}",
    }
    id_not_editable(id) {
        vi: "id: không đổi được mã hồ sơ {id} khi sửa",
        en: "id: the ID {id} cannot be changed by editing",
    }
    history_not_editable() {
        vi: "history: lịch sử không sửa được",
        en: "history: the history cannot be changed",
    }
    void_not_editable() {
        vi: "void: hủy hồ sơ bằng lệnh void",
        en: "void: void a record with the void command",
    }
    cannot_start_editor() {
        vi: "không mở được trình soạn thảo",
        en: "cannot start the editor",
    }
    editor_failed(program) {
        vi: "trình soạn thảo {program} kết thúc với lỗi; hồ sơ giữ nguyên",
        en: "the editor {program} failed; the record stays as it was",
    }

    // ── Ending a control measure
    no_such_measure(measures: text, number) {
        vi: "vụ việc có {measures}; không có biện pháp số {number}",
        en: "the case has {measures}; there is no measure {number}",
    }
    no_measure_in_force() {
        vi: "vụ việc không có biện pháp nào đang áp dụng",
        en: "the case has no measure in force",
    }
    several_measures_in_force() {
        vi: "có nhiều biện pháp đang áp dụng; chọn một bằng --measure N",
        en: "more than one measure is in force; choose one with --measure N",
    }
    measure_already_ended(when) {
        vi: "biện pháp này đã kết thúc ngày {when}",
        en: "this measure already ended on {when}",
    }

    // ── Handling a gift
    gift_not_handed_over() {
        vi: "quà chưa được nộp lại; ghi việc nộp lại trước (coi gift handover)",
        en: "the gift has not been handed over; record that first (coi gift handover)",
    }
    gift_already_handled(was: text, on) {
        vi: "quà đã có quyết định xử lý «{was}» ngày {on}; chỉ bổ sung được thông tin còn thiếu của quyết định đó",
        en: "the gift already has a handling decision '{was}' of {on}; only missing details of it can be added",
    }
    nothing_new() {
        vi: "không có thông tin mới để ghi",
        en: "there is nothing new to record",
    }
    detail_recorded_otherwise() {
        vi: "thông tin này đã được ghi với giá trị khác",
        en: "this detail is already recorded with another value",
    }

    // ── Handing a gift over
    close_without_decision(outcome: text) {
        vi: "chưa thể kết thúc vụ việc với kết quả «{outcome}» khi chưa có quyết định: chưa có biện pháp kiểm soát nào và chưa xác định không có xung đột lợi ích",
        en: "the case cannot be closed as '{outcome}' with no decision: no control measure is recorded and no finding of no conflict",
    }
    hint_close_without_decision(id) {
        vi: "ghi quyết định trước (coi case decide {id} --measure … --date …, hoặc --no-conflict), rồi kết thúc vụ việc",
        en: "record the decision first (coi case decide {id} --measure … --date …, or --no-conflict), then close the case",
    }
    service_not_handed_over() {
        vi: "quà tặng là dịch vụ không nộp lại được (Điều 27 khoản 3 Nghị định 59/2019); thủ trưởng thông báo cho bên cung cấp rằng dịch vụ sẽ không được sử dụng",
        en: "a service is never handed over (Decree 59/2019 Art. 27(3)); the head tells the provider that it will not be used",
    }
    hint_service_declined(id) {
        vi: "ghi việc thông báo không sử dụng dịch vụ: coi gift handle {id} --outcome service_declined --date …",
        en: "record the notice to the provider: coi gift handle {id} --outcome service_declined --date …",
    }
    gift_already_handed_over(when) {
        vi: "quà đã được nộp lại ngày {when}",
        en: "the gift was already handed over on {when}",
    }

    // ── Creating a register (`init`)
    agency_empty() {
        vi: "--agency không được để trống",
        en: "--agency must not be empty",
    }
    git_not_found() {
        vi: "không tìm thấy chương trình git; cài git hoặc dùng --no-git",
        en: "the git program was not found; install git or use --no-git",
    }
    cannot_create_folder() {
        vi: "không tạo được thư mục",
        en: "cannot create the folder",
    }
    unit_flag_shape(item) {
        vi: "--unit «{item}»: viết MÃ=Tên, ví dụ VP=\"Văn phòng\"",
        en: "--unit '{item}': write CODE=Name, e.g. VP=\"Office\"",
    }
    unit_flag_code_characters(code) {
        vi: "--unit «{code}»: mã đơn vị chỉ gồm chữ không dấu, số, «-» và «_»",
        en: "--unit '{code}': a unit code holds only ASCII letters, digits, '-' and '_'",
    }
    unit_flag_name_missing(code) {
        vi: "--unit {code}: thiếu tên đơn vị",
        en: "--unit {code}: the unit's name is missing",
    }
    unit_flag_code_twice(code) {
        vi: "--unit {code}: mã bị lặp",
        en: "--unit {code}: the code is given twice",
    }

    // ── Committing a change
    git_cannot_run(message) {
        vi: "không chạy được git: thay đổi đã được lưu nhưng chưa commit; cài git rồi commit ({message})",
        en: "git cannot be run: the change is saved but not committed; install git, then commit it ({message})",
    }

    // ── Notices
    notice_already_recorded(when) {
        vi: "đã ghi thông báo ngày {when}",
        en: "the notice was already recorded on {when}",
    }
    nothing_to_notify() {
        vi: "chưa có quyết định để thông báo (coi case decide trước)",
        en: "there is no decision to notify yet (coi case decide first)",
    }
    gift_not_handled() {
        vi: "quà chưa được xử lý (coi gift handle trước)",
        en: "the gift has not been handled yet (coi gift handle first)",
    }

    // ── Guided entry on a terminal
    prompt_stopped() {
        vi: "Đã dừng, không ghi gì.",
        en: "Stopped; nothing was written.",
    }
    prompt_not_in_list(typed) {
        vi: "«{typed}» không có trong danh sách: gõ mã, tên hoặc chọn bằng phím mũi tên",
        en: "'{typed}' is not in the list: type a code or a name, or use the arrow keys",
    }
    prompt_choose_one() {
        vi: "chưa chọn mục nào: Space để đánh dấu, hoặc gõ mã rồi Enter",
        en: "nothing is chosen: Space marks an item, or type its code and Enter",
    }
    prompt_first_question() {
        vi: "đây là câu hỏi đầu tiên, không có câu trước",
        en: "this is the first question; there is none before it",
    }
    prompt_failed(detail) {
        vi: "không hỏi được trên màn hình: {detail}",
        en: "cannot ask on the terminal: {detail}",
    }
    coi_yaml_lists_no_units() {
        vi: "coi.yaml chưa khai báo đơn vị nào",
        en: "coi.yaml lists no units",
    }
    prompt_not_empty() {
        vi: "không được để trống",
        en: "must not be empty",
    }
    // Who acts, guided entry that asks every field worth filling, labels as typed values.
    actor_unknown() {
        vi: "không biết ai đang thao tác: lịch sử và commit ghi `unknown`. Dùng --by, COI_USER, `user.name` của git hoặc mục `clerk` (`name`, `email`) trong coi.yaml",
        en: "nobody is known to be acting: the history and the commit say `unknown`. Use --by, COI_USER, git's `user.name` or `clerk` (`name`, `email`) in coi.yaml",
    }
    HELP_RECORD_FIELDS { vi: "Trường của hồ sơ", en: "Record fields" }

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

    // ── Finding a record by its ID
    id_of_other_kind(id, kind: text, prefix) {
        vi: "{id} không phải mã của loại hồ sơ này (mã {kind} bắt đầu bằng {prefix})",
        en: "{id} is not an ID of this kind ({kind} IDs start with {prefix})",
    }

    // ── Voiding a record
    void_reason_missing() {
        vi: "--reason: cần ghi lý do hủy",
        en: "--reason: say why the record is void",
    }

    // ── The environment (current folder, COI_NOW)
    no_current_folder() {
        vi: "không xác định được thư mục hiện tại",
        en: "cannot tell the current folder",
    }
    coi_now_invalid(value) {
        vi: "COI_NOW không hợp lệ: «{value}» (dạng 2026-03-14T09:30:00+07:00)",
        en: "COI_NOW is not valid: '{value}' (like 2026-03-14T09:30:00+07:00)",
    }

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

    // ── Dates, amounts, text and IDs as typed
    not_a_date(typed) {
        vi: "ngày không hợp lệ: «{typed}» (viết 14/03/2026 hoặc 2026-03-14)",
        en: "not a valid date: '{typed}' (write 14/03/2026 or 2026-03-14)",
    }
    no_such_day(typed) {
        vi: "ngày không có trên lịch: «{typed}»",
        en: "no such day in the calendar: '{typed}'",
    }
    amount_negative(typed) {
        vi: "số tiền không được âm: «{typed}»",
        en: "an amount cannot be negative: '{typed}'",
    }
    not_an_amount(typed) {
        vi: "số tiền không hợp lệ: «{typed}» (viết số đồng nguyên, ví dụ 2.000.000)",
        en: "not a valid amount: '{typed}' (write whole đồng, e.g. 2.000.000)",
    }
    amount_too_large(typed) {
        vi: "số tiền quá lớn: «{typed}»",
        en: "the amount is too large: '{typed}'",
    }
    control_character(code) {
        vi: "văn bản có ký tự điều khiển {code}",
        en: "the text holds the control character {code}",
    }
    not_a_character(code) {
        vi: "văn bản có {code}, không phải ký tự (tệp Word, Excel không chứa được)",
        en: "the text holds {code}, which is not a character (Word and Excel files cannot hold it)",
    }
    single_line_only() {
        vi: "trường này chỉ nhận một dòng",
        en: "this field takes a single line",
    }
    no_number_left(last, year) {
        vi: "đã dùng đến số hồ sơ {last}, số lớn nhất có thể cấp; không tạo thêm được hồ sơ loại này trong năm {year}",
        en: "record number {last} is the largest that can be given; no more records of this kind can be made for {year}",
    }
    id_number_too_large(id, max) {
        vi: "mã {id} có số quá lớn (số hồ sơ lớn nhất là {max}); coi không cấp số như vậy, hãy kiểm tra tệp này do đâu mà có",
        en: "the ID {id} has a number too large (the largest record number is {max}); coi never gives such a number, find out where this file came from",
    }
    not_a_record_id(typed) {
        vi: "mã hồ sơ không hợp lệ: «{typed}» (dạng XDLI-2026-001, QT-2026-001, TH-2026-001, KT-2026-001, HD-2026-001, hoặc mã tạm như QT-2026-KQXMB)",
        en: "not a valid record ID: '{typed}' (like XDLI-2026-001, QT-2026-001, TH-2026-001, KT-2026-001, HD-2026-001, or a provisional ID like QT-2026-KQXMB)",
    }

    // ── Values of the closed lists
    not_in_vocabulary(typed, allowed) {
        vi: "«{typed}» không phải giá trị hợp lệ; chọn: {allowed}",
        en: "'{typed}' is not a valid value; choose: {allowed}",
    }

    // ── Reporting periods
    not_a_period(typed) {
        vi: "kỳ báo cáo không hợp lệ: «{typed}» (dạng 2026-Q1 … 2026-Q4, 2026-6M, 2026-9M hoặc 2026)",
        en: "not a reporting period: '{typed}' (like 2026-Q1 … 2026-Q4, 2026-6M, 2026-9M or 2026)",
    }
    period_to_before_from(to, from) {
        vi: "--to ({to}) trước --from ({from})",
        en: "--to ({to}) is before --from ({from})",
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

    // ── Reading record files and folders
    file_too_large(size) {
        vi: "tệp quá lớn cho một hồ sơ ({size} KiB; tối đa 1024 KiB), không đọc",
        en: "the file is too large for a record ({size} KiB; at most 1024 KiB) and was not read",
    }
    file_not_utf8() {
        vi: "tệp không phải văn bản UTF-8; lưu lại tệp với bảng mã UTF-8",
        en: "the file is not UTF-8 text; save it with the UTF-8 encoding",
    }
    yaml_too_deep() {
        vi: "YAML lồng quá sâu",
        en: "YAML nested too deep",
    }
    yaml_syntax(detail: text) {
        vi: "YAML không hợp lệ: {detail}",
        en: "YAML does not parse: {detail}",
    }
    cannot_read_record(detail: text) {
        vi: "không đọc được hồ sơ: {detail}",
        en: "cannot read the record: {detail}",
    }
    yaml_tag_named(tag) {
        vi: "không được dùng thẻ YAML ({tag}) trong hồ sơ",
        en: "YAML tags ({tag}) are not allowed in a record",
    }
    report_should_state(field: text, basis: text) {
        vi: "chưa ghi «{field}», nội dung mà báo cáo bằng văn bản phải nêu ({basis})",
        en: "'{field}' is not recorded, which the written report must state ({basis})",
    }
    step_missed(step: text, due, basis: text) {
        vi: "{step}: chưa thực hiện dù hồ sơ đã kết thúc (hạn {due}; {basis})",
        en: "{step}: never done, though the record is closed (due {due}; {basis})",
    }
    deadline_row(step: text) {
        vi: "Hạn: {step}",
        en: "Deadline: {step}",
    }
    deadline_pending(due, state: text, basis: text) {
        vi: "Hạn {due}, {state} ({basis})",
        en: "Due {due}, {state} ({basis})",
    }
    deadline_done(due, state: text, done, basis: text) {
        vi: "Hạn {due}, {state}, thực hiện {done} ({basis})",
        en: "Due {due}, {state}, done {done} ({basis})",
    }
    step_late(step: text, delay: text, due, done, basis: text) {
        vi: "{step}: chậm {delay} (hạn {due}, thực hiện {done}; {basis})",
        en: "{step}: {delay} late (due {due}, done {done}; {basis})",
    }
    id_prefix_of_kind(prefix) {
        vi: "hồ sơ loại này có mã bắt đầu bằng {prefix}",
        en: "records of this kind have IDs starting {prefix}",
    }
    file_name_not_id(id, name) {
        vi: "tên tệp không khớp với mã hồ sơ {id}; tệp phải tên là {name}",
        en: "the file name does not match the ID {id}; the file should be named {name}",
    }
    wrong_folder(id, place) {
        vi: "hồ sơ {id} nằm sai thư mục; phải ở {place}",
        en: "record {id} is in the wrong folder; it belongs at {place}",
    }
    id_year_mismatch(id, field, key_year) {
        vi: "năm của mã hồ sơ ({id}) khác năm của {field} ({key_year})",
        en: "the year in the ID ({id}) differs from the year of {field} ({key_year})",
    }
    not_a_year_folder() {
        vi: "thư mục không phải năm (dạng 2026), bỏ qua",
        en: "the folder is not a year (like 2026) and was skipped",
    }
    folder_not_record() {
        vi: "đây là thư mục, không phải tệp hồ sơ",
        en: "this is a folder, not a record file",
    }
    leftover_temporary_file() {
        vi: "tệp tạm còn lại sau một lần ghi bị ngắt; không phải hồ sơ, có thể xóa",
        en: "a temporary file left by an interrupted write; it is not a record and can be deleted",
    }
    cannot_read_file(detail: text) {
        vi: "không đọc được tệp: {detail}",
        en: "cannot read the file: {detail}",
    }
    duplicate_id(id, other) {
        vi: "mã {id} trùng với hồ sơ {other}",
        en: "the ID {id} is also used by {other}",
    }
    stray_file(name) {
        vi: "«{name}» không phải tệp hồ sơ đúng chỗ (hồ sơ nằm ở <loại>/<năm>/<mã>.yaml), bỏ qua",
        en: "'{name}' is not a record file in its place (records live at <kind>/<year>/<ID>.yaml) and was skipped",
    }
    symlink_refused(path) {
        vi: "{path} là liên kết tượng trưng (symlink); coi không đọc, không ghi qua liên kết trong sổ",
        en: "{path} is a symbolic link; coi never reads or writes through a link inside the register",
    }
    hint_symlink() {
        vi: "thay liên kết bằng tệp hoặc thư mục thật nằm trong sổ, rồi làm lại",
        en: "replace the link with a real file or folder inside the register, then try again",
    }
    foreign_attribute(attribute, driver) {
        vi: "git gán thuộc tính «{attribute}» cho tệp hồ sơ này; tệp hồ sơ chỉ được có merge={driver} của coi: bỏ dòng đặt thuộc tính đó trong .gitattributes (hoặc .git/info/attributes)",
        en: "git gives this record file the attribute '{attribute}'; record files may only have coi's merge={driver}: remove the line that sets it in .gitattributes (or .git/info/attributes)",
    }
    symlink_skipped() {
        vi: "liên kết tượng trưng không được theo; sổ chỉ dùng tệp và thư mục thật nằm trong sổ",
        en: "symbolic links are not followed; the register uses only real files and folders inside it",
    }

    // ── The register and coi.yaml
    cannot_read_folder() {
        vi: "không đọc được thư mục",
        en: "cannot read the folder",
    }
    git_mid_merge() {
        vi: "kho git của sổ đang hợp nhất (merge) dở; hoàn tất merge (git commit) hoặc hủy (git merge --abort) rồi làm lại",
        en: "the register's git repository is in the middle of a merge; finish it (git commit) or abort it (git merge --abort), then try again",
    }
    config_invalid(detail: text) {
        vi: "coi.yaml không hợp lệ: {detail}",
        en: "coi.yaml is not valid: {detail}",
    }
    config_unit_code_characters(code) {
        vi: "mã đơn vị «{code}» chỉ được gồm chữ không dấu, số, «-» và «_»",
        en: "unit code '{code}' may hold only ASCII letters, digits, '-' and '_'",
    }
    config_unit_code_twice(code) {
        vi: "mã đơn vị «{code}» bị lặp",
        en: "unit code '{code}' appears twice",
    }
    config_day_outside_year(day, year) {
        vi: "ngày {day} không thuộc năm {year}",
        en: "{day} is not in {year}",
    }
    CONFIG_PERIOD_START_DAY {
        vi: "ngày bắt đầu kỳ báo cáo phải từ 1 đến 28",
        en: "the first day of a reporting period must be between 1 and 28",
    }

    // ── Writing files and the lock
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

    // ── The rules of Decree 59/2019 on each record
    /// `field`: the earlier field's name in the file, said in English only (the Vietnamese
    /// says its label).
    date_before(later: text, later_on, earlier: text, earlier_on, field: text) {
        vi: "{later} ({later_on}) trước {earlier} ({earlier_on}){field}",
        en: "{later} ({later_on}) is before {earlier} ({earlier_on}){field}",
    }
    until_past_term(until, decided, term) {
        vi: "tạm đình chỉ, tạm chuyển vị trí công tác không quá 90 ngày kể từ ngày ra quyết định (Điều 47 Nghị định 59/2019): quyết định ngày {decided} thì chậm nhất đến ngày {term}, không thể đến ngày {until}",
        en: "a temporary suspension or transfer lasts at most 90 days from the date of its decision (Decree 59/2019 Art. 47): decided on {decided}, it runs until {term} at the latest, not until {until}",
    }
    cancellation_of_a_lasting_measure(kind: text) {
        vi: "chỉ quyết định tạm đình chỉ, tạm chuyển vị trí công tác mới phải hủy bỏ và công khai việc hủy bỏ (Điều 48–49 Nghị định 59/2019), không phải biện pháp «{kind}»",
        en: "only a temporary suspension or transfer is cancelled and its cancellation made public (Decree 59/2019 Arts 48–49), not a measure of «{kind}»",
    }
    published_not_cancelled() {
        vi: "đã ghi ngày công khai nhưng chưa ghi «Ngày quyết định hủy bỏ»",
        en: "a publication is recorded but no cancellation (`cancelled_on`)",
    }
    publication_form_unstated() {
        vi: "chưa ghi hình thức công khai: công bố tại cuộc họp (meeting) hoặc niêm yết tại trụ sở 15 ngày liên tục (posting) (Điều 49 Nghị định 59/2019)",
        en: "the form of publication is not stated: announced at a meeting (meeting) or posted at the office for 15 consecutive days (posting) (Decree 59/2019 Art. 49)",
    }
    no_temporary_measure() {
        vi: "vụ việc không có quyết định tạm đình chỉ, tạm chuyển vị trí công tác nào",
        en: "the case has no temporary suspension or transfer",
    }
    several_temporary_measures() {
        vi: "vụ việc có nhiều quyết định tạm đình chỉ, tạm chuyển vị trí công tác; chọn một bằng --measure N",
        en: "the case has several temporary suspensions or transfers; choose one with --measure N",
    }
    measure_already_cancelled(when) {
        vi: "quyết định này đã được hủy bỏ ngày {when}",
        en: "this measure was already cancelled on {when}",
    }
    cancellation_already_published(when) {
        vi: "quyết định hủy bỏ này đã được công khai ngày {when}",
        en: "this cancellation was already made public on {when}",
    }
    not_cancelled_yet(id) {
        vi: "chưa có quyết định hủy bỏ để công khai; ghi trước: coi case cancel-measure {id} --date …",
        en: "there is no cancellation to make public yet; record it first: coi case cancel-measure {id} --date …",
    }
    date_after_today(label: text, date, today) {
        vi: "{label} ({date}) sau ngày hôm nay ({today}); chỉ ghi ngày của việc đã xảy ra",
        en: "{label} ({date}) is after today ({today}); only the date of something that has happened is recorded",
    }
    closed_without_decision(outcome: text) {
        vi: "vụ việc kết thúc với kết quả «{outcome}» nhưng chưa có quyết định nào (biện pháp kiểm soát hoặc xác định không có XĐLI): một vi phạm không được kết thúc mà không có quyết định",
        en: "the case is closed as '{outcome}' but no decision is recorded (a control measure or a finding of no conflict): a breach is never closed without a decision",
    }
    service_handed_over() {
        vi: "quà tặng là dịch vụ không nộp lại được (Điều 27 khoản 3 Nghị định 59/2019): bỏ ngày nộp lại và ghi việc thông báo không sử dụng dịch vụ (`handling.outcome: service_declined`)",
        en: "a service cannot be handed over (Decree 59/2019 Art. 27(3)): remove the hand-over date and record the notice that it will not be used (`handling.outcome: service_declined`)",
    }
    notice_without_decision() {
        vi: "đã ghi ngày thông báo nhưng chưa có quyết định biện pháp hoặc kết luận không có XĐLI",
        en: "a notice is recorded but there is no decision on a measure nor a finding of no conflict",
    }
    closed_no_conflict_with_measures() {
        vi: "kết luận không có XĐLI nhưng hồ sơ có biện pháp kiểm soát",
        en: "closed as no conflict, yet the case has control measures",
    }
    no_conflict_with_measures() {
        vi: "đã xác định không có XĐLI nhưng hồ sơ có biện pháp kiểm soát",
        en: "no conflict was found, yet the case has control measures",
    }
    recipient_name_missing() {
        vi: "quà tặng cá nhân phải ghi «Họ và tên người nhận», hoặc chọn «Người nhận là»: «Cơ quan, đơn vị» nếu cơ quan nhận",
        en: "a gift to a person must name the recipient (`recipient.name`), or say `recipient_type: agency`",
    }
    outcome_not_allowed_for_kind(outcome, kind: text, allowed) {
        vi: "«{outcome}» không đúng với loại quà «{kind}»; theo Điều 27 Nghị định 59/2019 phải là: {allowed}",
        en: "'{outcome}' does not fit a gift of kind '{kind}'; Decree 59/2019 Art. 27 requires: {allowed}",
    }
    handled_not_handed_over() {
        vi: "đã ghi xử lý quà nhưng chưa ghi «Ngày nộp lại quà»",
        en: "handling is recorded but the gift was never handed over (`handed_over_on`)",
    }
    sale_without_public_sale() {
        vi: "chỉ quà bán công khai mới có ngày bán và số tiền bán được",
        en: "only a publicly sold gift has a sale date and proceeds",
    }
    budget_payment_mismatch(paid, proceeds, costs) {
        vi: "số nộp ngân sách {paid} khác số tiền bán {proceeds} trừ chi phí {costs}",
        en: "the budget payment {paid} differs from proceeds {proceeds} less costs {costs}",
    }
    giver_notified_without_handling() {
        vi: "đã ghi ngày thông báo cho cơ quan người tặng nhưng chưa ghi xử lý quà",
        en: "the giver's body is recorded as notified but the gift has no handling",
    }
    no_sessions() {
        vi: "số cuộc phải từ 1 trở lên",
        en: "sessions must be at least 1",
    }
    no_participants() {
        vi: "chưa có lượt người tham dự nào",
        en: "no one is recorded as attending",
    }
    topic_listed_twice() {
        vi: "nội dung bị lặp lại",
        en: "the topic is listed twice",
    }
    closed_no_conflict_undated() {
        vi: "vụ việc kết thúc với kết quả không có xung đột lợi ích nhưng chưa ghi «Ngày xác định không có XĐLI»: chưa được tính vào XD03 và vẫn tính vào XD01",
        en: "the case was closed as no conflict but the finding has no date (`no_conflict_on`): it does not count in XD03 and still counts in XD01",
    }
    unit_listed_twice() {
        vi: "đơn vị bị ghi hai lần",
        en: "the unit is listed twice",
    }
    more_corrected_than_found(corrected, found) {
        vi: "số vi phạm đã chấn chỉnh ({corrected}) nhiều hơn số vi phạm phát hiện ({found})",
        en: "more violations corrected ({corrected}) than found ({found})",
    }
    submit_needs_git() {
        vi: "--submit ghi nhận việc gửi báo cáo bằng một thẻ git, nhưng sổ này không nằm trong kho git",
        en: "--submit records the submission as a git tag, but this register is not in a git repository",
    }
    submit_uncommitted() {
        vi: "có thay đổi hồ sơ chưa commit; commit (hoặc bỏ) các thay đổi đó rồi gửi lại, để số liệu ghi nhận đúng với lịch sử",
        en: "records have uncommitted changes; commit (or undo) them first, so that the figures recorded match the history",
    }
    submit_refused_for_errors(n) {
        vi: "không ghi nhận việc gửi báo cáo vì sổ có {n}; sửa theo coi check rồi lập lại",
        en: "the submission is not recorded because the register has {n}; fix them (see coi check) and run it again",
    }
    submitted_figure_changed(period, tag, codes) {
        vi: "hồ sơ thay đổi sau khi gửi báo cáo kỳ {period} (thẻ {tag}), làm đổi số liệu đã báo cáo: {codes}",
        en: "the record changed after the report for {period} was sent (tag {tag}), altering the figures reported: {codes}",
    }
    report_plan_heading(from, to) {
        vi: "Thực hiện kế hoạch (hồ sơ từ {from} đến {to}):",
        en: "The plan (records from {from} to {to}):",
    }
    submission_recorded(tag) {
        vi: "đã ghi nhận việc gửi báo cáo: thẻ {tag}",
        en: "submission recorded: tag {tag}",
    }
    corrections_heading(tag) {
        vi: "Điều chỉnh số liệu đã báo cáo (so với lần gửi {tag}):",
        en: "Corrections to the figures reported (against the submission {tag}):",
    }
    as_of_needs_git() {
        vi: "--as-of đọc lịch sử git, nhưng sổ này không nằm trong kho git",
        en: "--as-of reads the git history, but this register is not in a git repository",
    }
    as_of_no_commit_by(day) {
        vi: "không có commit nào đến hết ngày {day}",
        en: "there is no commit up to the end of {day}",
    }
    as_of_unknown_revision(rev) {
        vi: "git không biết phiên bản «{rev}» (mã commit, thẻ hoặc HEAD~N; hoặc một ngày như 14/03/2026)",
        en: "git knows no revision '{rev}' (a commit, a tag or HEAD~N; or a day such as 14/03/2026)",
    }
    as_of_no_register(rev) {
        vi: "tại «{rev}» thư mục sổ chưa có trong kho git",
        en: "the register's folder was not in the repository at '{rev}'",
    }
    inspection_already_concluded(when) {
        vi: "cuộc kiểm tra đã có kết luận ngày {when}; muốn sửa thì dùng «coi inspection edit»",
        en: "the inspection was already concluded on {when}; use 'coi inspection edit' to change it",
    }
    inspection_link_not_an_inspection(id) {
        vi: "«{id}» không phải mã một cuộc kiểm tra (KT-…)",
        en: "'{id}' is not the ID of an inspection (KT-…)",
    }
    inspection_link_provisional(alias, id, case) {
        vi: "«{alias}» là mã tạm của cuộc kiểm tra nay mang số {id}; ghi số chính thức {id} bằng `coi case edit {case}`",
        en: "'{alias}' is the provisional ID of the inspection now numbered {id}; write the final ID {id} with `coi case edit {case}`",
    }
    inspection_link_missing_record(id) {
        vi: "không có cuộc kiểm tra «{id}» trong sổ",
        en: "there is no inspection '{id}' in the register",
    }
    inspection_not_linked() {
        vi: "vụ việc phát hiện qua kiểm tra nhưng chưa ghi «Phát hiện qua cuộc kiểm tra» (mã cuộc kiểm tra, KT-…)",
        en: "the case was found through an inspection but names none (`inspection: KT-…`)",
    }
    history_without_created() {
        vi: "hồ sơ chưa có lịch sử (sự kiện `created`)",
        en: "the record has no history (no `created` event)",
    }

    // ── Fields against the schema: what was expected, what was found
    file_not_a_mapping(found: text) {
        vi: "tệp phải là một nhóm trường «tên: giá trị», không phải {found}",
        en: "the file must be a set of 'name: value' fields, not {found}",
    }
    field_name_not_text() {
        vi: "tên trường phải là chữ",
        en: "a field name must be text",
    }
    expected_group() {
        vi: "nhóm trường",
        en: "a group of fields",
    }
    required_field_missing(field: text) {
        vi: "thiếu trường bắt buộc ({field})",
        en: "required field is missing ({field})",
    }
    unknown_field_suggest(nearest) {
        vi: "trường không có trong mẫu; có phải là «{nearest}»?",
        en: "unknown field; did you mean '{nearest}'?",
    }
    unknown_field(known) {
        vi: "trường không có trong mẫu (các trường: {known})",
        en: "unknown field (known fields: {known})",
    }
    found_empty() {
        vi: "giá trị rỗng",
        en: "an empty value",
    }
    found_bool() {
        vi: "giá trị đúng/sai",
        en: "true/false",
    }
    found_number(number) {
        vi: "số {number}",
        en: "the number {number}",
    }
    found_text(text) {
        vi: "văn bản «{text}»",
        en: "the text '{text}'",
    }
    found_list() {
        vi: "một danh sách",
        en: "a list",
    }
    found_group() {
        vi: "một nhóm trường",
        en: "a group of fields",
    }
    found_tagged(tag) {
        vi: "giá trị có thẻ {tag}",
        en: "a value tagged {tag}",
    }
    yaml_tag() {
        vi: "không được dùng thẻ YAML (!…) trong hồ sơ",
        en: "YAML tags (!…) are not allowed in a record",
    }
    expected_text() {
        vi: "văn bản",
        en: "text",
    }
    expected_date() {
        vi: "ngày",
        en: "a date",
    }
    date_not_iso(iso) {
        vi: "ngày trong tệp viết theo dạng năm-tháng-ngày: {iso}",
        en: "dates in a file are written year-month-day: {iso}",
    }
    expected_time() {
        vi: "thời điểm dạng 2026-03-14T09:30:00+07:00",
        en: "a time like 2026-03-14T09:30:00+07:00",
    }
    expected_bool() {
        vi: "true hoặc false",
        en: "true or false",
    }
    expected_unit_code() {
        vi: "mã đơn vị",
        en: "a unit code",
    }
    expected_record_id() {
        vi: "mã hồ sơ",
        en: "a record ID",
    }
    known_units(list) {
        vi: "các mã đơn vị: {list}",
        en: "known unit codes: {list}",
    }
    unit_not_in_config(code, known: text) {
        vi: "mã đơn vị «{code}» không có trong coi.yaml ({known})",
        en: "unit code '{code}' is not in coi.yaml ({known})",
    }
    not_nfc() {
        vi: "văn bản chưa ở dạng Unicode dựng sẵn (NFC); lưu lại bằng coi sẽ sửa",
        en: "text is not in Unicode NFC form; saving it through coi fixes it",
    }
    expected_amount() {
        vi: "số tiền (đồng, số nguyên)",
        en: "an amount (whole đồng)",
    }
    expected_whole_number() {
        vi: "số nguyên không âm",
        en: "a whole number",
    }
    negative() {
        vi: "không được là số âm",
        en: "must not be negative",
    }
    amount_fraction() {
        vi: "số tiền phải là số đồng nguyên, không có phần lẻ",
        en: "an amount is in whole đồng, without a fraction",
    }
    fraction() {
        vi: "phải là số nguyên",
        en: "must be a whole number",
    }
    too_large() {
        vi: "số quá lớn",
        en: "the number is too large",
    }
    expected_one_of(allowed) {
        vi: "một trong: {allowed}",
        en: "one of: {allowed}",
    }
    spelled_in_file(typed, yaml) {
        vi: "«{typed}» cần viết là «{yaml}» trong tệp",
        en: "'{typed}' is written '{yaml}' in a file",
    }
    not_a_value_of(typed, allowed) {
        vi: "«{typed}» không phải giá trị hợp lệ (một trong: {allowed})",
        en: "'{typed}' is not a valid value (one of: {allowed})",
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
    HELP_VALUES { vi: "Giá trị:", en: "Values:" }


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

    // ── Errors made of several problems

    invalid_values(problems: text) {
        vi: "giá trị không hợp lệ:\n  {problems}",
        en: "invalid values:\n  {problems}",
    }
    record_rejected(problems: text) {
        vi: "hồ sơ không hợp lệ, chưa ghi:\n  {problems}",
        en: "the record is not valid and was not written:\n  {problems}",
    }
    wrong_type(expected: text, found: text) {
        vi: "cần {expected}, nhưng gặp {found}",
        en: "expected {expected}, found {found}",
    }
    wrong_type_quote(expected: text, found: text) {
        vi: "cần {expected}, nhưng gặp {found} (đặt giá trị trong dấu nháy \"…\")",
        en: "expected {expected}, found {found} (put the value in quotes \"…\")",
    }
    KIND_CASE { vi: "vụ việc xung đột lợi ích", en: "conflict-of-interest case" }
    KIND_GIFT { vi: "báo cáo quà tặng", en: "gift report" }
    KIND_TRAINING { vi: "cuộc tuyên truyền, tập huấn", en: "training session" }
    KIND_INSPECTION { vi: "cuộc kiểm tra, giám sát công vụ", en: "inspection" }
    KIND_ACTION { vi: "hoạt động thực hiện kế hoạch", en: "plan action" }


    // ── The YAML reader's messages, put together (see YAML_PROBLEMS)

    yaml_place(line, column) {
        vi: "dòng {line}, cột {column}",
        en: "line {line} column {column}",
    }
    yaml_position(position) {
        vi: "vị trí {position}",
        en: "position {position}",
    }
    yaml_at(problem: text, place: text) {
        vi: "{problem} ở {place}",
        en: "{problem} at {place}",
    }
    serde_in_field(path, problem: text) {
        vi: "{path}: {problem}",
        en: "{path}: {problem}",
    }

    // ── Settings files (`coi.yaml`, plans) checked against their field tables
    setting_missing(field) {
        vi: "thiếu trường `{field}`",
        en: "the field `{field}` is missing",
    }
    setting_unknown(field, known) {
        vi: "trường `{field}` không có trong mẫu; các trường: {known}",
        en: "the field `{field}` is not in the form; the fields: {known}",
    }
    setting_not_a_choice(value, known) {
        vi: "giá trị `{value}` không có trong danh sách; chọn: {known}",
        en: "the value `{value}` is not in the list; choose: {known}",
    }
    setting_not_a_year(key) {
        vi: "«{key}» không phải một năm (viết như 2026)",
        en: "'{key}' is not a year (write it like 2026)",
    }
    expected_character() {
        vi: "đúng một ký tự",
        en: "exactly one character",
    }
    setting_unreadable(cause: text) {
        vi: "không đọc được tệp: {cause}",
        en: "the file cannot be read: {cause}",
    }

    key_given_twice(first_line) {
        vi: "được ghi hai lần (lần trước ở dòng {first_line}); chỉ được ghi một lần",
        en: "is given twice (first at line {first_line}); give it once",
    }
    yaml_duplicate_key(key) {
        vi: "tên trường {key} bị lặp",
        en: "duplicate entry with key {key}",
    }

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

    // ── Many clones of one register: merging and `sync`
    merge_conflict(ours: text, theirs: text, noun, id) {
        vi: "hai máy sửa trường này khác nhau: đang giữ «{ours}», máy kia ghi «{theirs}»; chọn giá trị đúng bằng `coi {noun} edit {id}`",
        en: "two clones changed this field differently: kept '{ours}', the other has '{theirs}'; settle it with `coi {noun} edit {id}`",
    }
    sync_no_git(dir) {
        vi: "sổ {dir} không nằm trong kho git nên không đồng bộ được; tạo sổ bằng `coi init` (có git) hoặc sao kho chung về bằng `git clone <địa chỉ>`",
        en: "the register {dir} is not in a git repository, so it cannot be synced; create it with `coi init` (with git) or clone the shared one with `git clone <address>`",
    }
    sync_foreign_attribute(file, attribute, driver) {
        vi: "git gán thuộc tính «{attribute}» cho tệp hồ sơ {file}; đồng bộ với thuộc tính đó có thể làm hỏng hoặc mất hồ sơ. Bỏ dòng đặt nó trong .gitattributes (hoặc .git/info/attributes; tệp hồ sơ chỉ được có merge={driver} của coi), commit, rồi chạy lại `coi sync`",
        en: "git gives the record file {file} the attribute '{attribute}'; syncing with it could damage or lose records. Remove the line that sets it in .gitattributes (or .git/info/attributes; record files may only have coi's merge={driver}), commit, then run `coi sync` again",
    }
    sync_no_remote() {
        vi: "máy này chưa nối với kho chung nào; thêm kho chung bằng `git remote add origin <địa chỉ>` (một thư mục trên máy chủ của cơ quan hoặc một địa chỉ git) rồi chạy lại `coi sync`",
        en: "this clone has no shared remote; add one with `git remote add origin <address>` (a folder on the office server or a git address), then run `coi sync` again",
    }
    sync_detached() {
        vi: "kho git đang không ở nhánh nào (detached HEAD); chuyển về nhánh chính (`git switch main`) rồi chạy lại `coi sync`",
        en: "the git repository is on no branch (detached HEAD); switch back to the main branch (`git switch main`), then run `coi sync` again",
    }
    sync_mid_operation() {
        vi: "kho git đang hợp nhất hoặc rebase dở; hủy việc đó (`git merge --abort` hoặc `git rebase --abort`) rồi chạy lại `coi sync`",
        en: "the git repository is in the middle of a merge or rebase; abort it (`git merge --abort` or `git rebase --abort`), then run `coi sync` again",
    }
    sync_uncommitted(files) {
        vi: "có hồ sơ đã sửa mà chưa ghi vào git: {files}; ghi vào (`git add` rồi `git commit`) hoặc bỏ thay đổi (`git restore`), rồi chạy lại `coi sync`",
        en: "records were changed and not committed: {files}; commit them (`git add`, `git commit`) or drop the changes (`git restore`), then run `coi sync` again",
    }
    sync_uncommitted_settings(files) {
        vi: "có tệp cấu hình, kế hoạch đã sửa mà chưa ghi vào git: {files}; ghi vào bằng lệnh trong ngoặc (hoặc `git add` rồi `git commit`), rồi chạy lại `coi sync`",
        en: "settings files were changed and not committed: {files}; commit them with the command in brackets (or `git add`, then `git commit`), then run `coi sync` again",
    }
    sync_unreachable(remote, url, detail) {
        vi: "không kết nối được kho chung {remote} ({url}); chưa thay đổi gì. Git báo (nguyên văn tiếng Anh): «{detail}»",
        en: "cannot reach the shared remote {remote} ({url}); nothing was changed. Git said: {detail}",
    }
    sync_unrelated(remote) {
        vi: "sổ này và kho chung {remote} không cùng gốc (sổ không được sao từ kho chung); sao kho chung về bằng `git clone <địa chỉ>` rồi nhập lại hồ sơ của máy này",
        en: "this register and the shared remote {remote} have no common history (it was not cloned from it); clone the shared one with `git clone <address>` and enter this clone's records there",
    }
    sync_cannot_replay(file) {
        vi: "{file} được sửa khác nhau ở máy này và trên kho chung, git không tự ghép được; chưa thay đổi gì. Ghép bằng tay: `git pull`, sửa tệp, `git commit`, rồi `coi sync`",
        en: "{file} was changed differently here and on the shared remote and git cannot join the two; nothing was changed. Join them by hand: `git pull`, edit the file, `git commit`, then `coi sync`",
    }
    sync_work_tree(detail) {
        vi: "không cập nhật được thư mục làm việc vì có tệp đang sửa dở; chưa gửi gì. Git báo (nguyên văn tiếng Anh): «{detail}»",
        en: "cannot update the work tree: files there have changes; nothing was sent. Git said: {detail}",
    }
    sync_push_refused(remote, detail) {
        vi: "kho chung {remote} không nhận lần gửi; hồ sơ của máy này vẫn còn nguyên ở đây, chạy lại `coi sync` sau. Git báo (nguyên văn tiếng Anh): «{detail}»",
        en: "the shared remote {remote} refused the push; this clone's records are all still here, run `coi sync` again later. Git said: {detail}",
    }
    sync_races() {
        vi: "kho chung liên tục có người gửi lên trước; chạy lại `coi sync` sau ít phút",
        en: "others kept pushing to the shared remote first; run `coi sync` again in a few minutes",
    }
    sync_done(remote, url) {
        vi: "Đã đồng bộ với kho chung {remote} ({url}).",
        en: "Synced with the shared remote {remote} ({url}).",
    }
    sync_nothing() {
        vi: "Không có gì mới ở hai phía.",
        en: "Nothing new on either side.",
    }
    sync_came_in(commits: text, records) {
        vi: "Nhận về {commits}{records}.",
        en: "Came in: {commits}{records}.",
    }
    sync_went_out(commits: text, records) {
        vi: "Gửi đi {commits}{records}.",
        en: "Went out: {commits}{records}.",
    }
    sync_new(ids) {
        vi: "mới {ids}",
        en: "new {ids}",
    }
    sync_changed(ids) {
        vi: "sửa {ids}",
        en: "changed {ids}",
    }
    sync_renumbered(moves) {
        vi: "Đánh số lại (số đã có trên kho chung): {moves}.",
        en: "Renumbered (the number was taken on the shared remote): {moves}.",
    }
    sync_published(moves) {
        vi: "Đánh số chính thức (mã tạm → số): {moves}.",
        en: "Published (provisional ID → final ID): {moves}.",
    }
    sync_numbers_exhausted(prefix, year) {
        vi: "hết số cho hồ sơ {prefix} năm {year}: số chính thức lớn nhất là 999999; chưa gửi gì",
        en: "no numbers left for {prefix} records of {year}: the largest final number is 999999; nothing was sent",
    }
    sync_cannot_publish(path) {
        vi: "{path}: không đọc được hồ sơ nên chưa đánh số chính thức được; chưa gửi gì. Sửa tệp (xem `coi check`) rồi chạy lại `coi sync`",
        en: "{path}: the record cannot be read, so it cannot be published; nothing was sent. Fix the file (see `coi check`), then run `coi sync` again",
    }
    sync_rewritten(remote) {
        vi: "lịch sử của kho chung {remote} đã bị viết lại (có người đẩy đè): những gì máy này đã nhận hoặc gửi không còn trên đó. Chưa gửi gì, để không sinh hồ sơ trùng; nhờ người quản lý kho chung khôi phục lịch sử cũ rồi chạy lại `coi sync`",
        en: "the history of the shared remote {remote} was rewritten (a force push): what this clone took in or sent is no longer there. Nothing was sent, so that no record is doubled; have the remote's history restored, then run `coi sync` again",
    }
    sync_move_unfinished(detail) {
        vi: "kho chung đã nhận, nhưng chưa cập nhật xong thư mục làm việc; không mất gì, lệnh `coi` kế tiếp sẽ làm nốt (nếu đĩa đầy, giải phóng chỗ trống trước). Lý do: {detail}",
        en: "the shared remote took it, but the work tree is not fully updated; nothing is lost, the next `coi` command finishes it (free some disk space first if the disk is full). Reason: {detail}",
    }
    sync_recovered(moves) {
        vi: "Đã làm nốt lần đồng bộ bị dừng giữa chừng; đánh số chính thức: {moves}.",
        en: "Finished a sync that had stopped half-way; published: {moves}.",
    }
    status_sync_unfinished() {
        vi: "Lần đồng bộ trước bị dừng giữa chừng; chạy `coi sync` để làm nốt.",
        en: "The last sync stopped half-way; run `coi sync` to finish it.",
    }
    status_provisional(records: text) {
        vi: "Có {records} mang mã tạm, sẽ được đánh số chính thức khi chạy `coi sync`.",
        en: "{records} with a provisional ID, numbered when `coi sync` publishes them.",
    }
    id_alias_of(alias, id) {
        vi: "{alias} là mã tạm; hồ sơ nay mang số {id}.",
        en: "{alias} is a provisional ID; the record is now {id}.",
    }
    link_alias_of(alias, id) {
        vi: "{alias} là mã tạm, hồ sơ đó nay mang số {id}: liên kết được ghi là {id}.",
        en: "{alias} is a provisional ID, that record is now {id}: the link is stored as {id}.",
    }
    id_alias_ambiguous(alias, ids) {
        vi: "mã tạm {alias} đã được hai máy dùng, nay chỉ tới nhiều hồ sơ: {ids}; dùng số chính thức",
        en: "the provisional ID {alias} was made by two clones and now names several records: {ids}; use the final ID",
    }
    add_published(alias, id) {
        vi: "Đã gửi lên kho chung: hồ sơ mang số chính thức {id}; mã tạm {alias} vẫn dùng được.",
        en: "Sent to the shared remote: the record is numbered {id}; the provisional ID {alias} keeps working.",
    }
    add_not_published(id, why: text) {
        vi: "chưa gửi được hồ sơ lên kho chung nên {id} vẫn là mã tạm (hồ sơ đã ghi, mã tạm dùng được ngay); chạy `coi sync` khi kết nối được. Lý do: {why}",
        en: "the record could not be sent to the shared remote, so {id} stays a provisional ID (the record is written and the ID works now); run `coi sync` once the remote answers. Reason: {why}",
    }
    add_not_published_unknown() {
        vi: "đồng bộ xong nhưng hồ sơ chưa được đánh số",
        en: "the sync ended without numbering the record",
    }
    record_added_provisional(id) {
        vi: "{id} là mã tạm: hồ sơ được đánh số chính thức khi chạy `coi sync`, và mã tạm vẫn dùng được mãi.",
        en: "{id} is a provisional ID: the record is numbered when `coi sync` publishes it, and the provisional ID keeps working.",
    }
    sync_conflict(id, field, ours: text, theirs: text, noun) {
        vi: "Cần chọn giá trị: {id} {field}: đang giữ «{ours}», máy kia ghi «{theirs}»; sửa bằng `coi {noun} edit {id}`.",
        en: "To settle: {id} {field}: kept '{ours}', the other clone has '{theirs}'; fix it with `coi {noun} edit {id}`.",
    }
    sync_tags_in(tags) {
        vi: "Báo cáo đã nộp nhận về: {tags}.",
        en: "Submissions taken in: {tags}.",
    }
    sync_tags_out(tags) {
        vi: "Báo cáo đã nộp gửi đi: {tags}.",
        en: "Submissions sent: {tags}.",
    }
    sync_tag_renamed(moves) {
        vi: "Đổi tên lần nộp báo cáo (tên đã có trên kho chung): {moves}.",
        en: "Submission tags renamed (the name was taken on the shared remote): {moves}.",
    }
    sync_retried(n) {
        vi: "Có người gửi lên trước; đã làm lại {n} lần.",
        en: "Someone pushed first; tried again {n} times.",
    }
    driver_registered() {
        vi: "Đã đăng ký cách hợp nhất hồ sơ cho git (.gitattributes và cấu hình của kho).",
        en: "Registered the merge of record files with git (.gitattributes and the repository's configuration).",
    }
    merge_both_created(path) {
        vi: "{path}: hai máy cùng tạo một hồ sơ mới trùng số; không gộp hai hồ sơ làm một. Hủy việc hợp nhất (`git merge --abort` hoặc `git rebase --abort`) rồi chạy `coi sync`: hồ sơ của máy này sẽ được đánh số mới",
        en: "{path}: two clones each made a new record under this number; two records are never merged into one. Abort the merge (`git merge --abort` or `git rebase --abort`) and run `coi sync`: this clone's record gets a new number",
    }
    merge_unreadable(path, detail) {
        vi: "{path}: không đọc được một bản của hồ sơ nên không hợp nhất ({detail}); git để lại bản của máy này",
        en: "{path}: one version of the record cannot be read, so it is not merged ({detail}); git keeps this clone's version",
    }
    merge_not_a_record(path) {
        vi: "{path}: không phải tệp hồ sơ của sổ",
        en: "{path}: not a record file of the register",
    }
    merge_conflict_found(id, field, ours: text, theirs: text) {
        vi: "{id} {field}: hai máy ghi khác nhau; đang giữ «{ours}», máy kia «{theirs}» (`coi check` sẽ nhắc đến khi sửa)",
        en: "{id} {field}: the two clones differ; kept '{ours}', the other has '{theirs}' (`coi check` reports it until fixed)",
    }
    status_sync_ahead(commits: text, remote) {
        vi: "Máy này có {commits} chưa gửi lên kho chung {remote}; chạy `coi sync`.",
        en: "This clone has {commits} not yet sent to the shared remote {remote}; run `coi sync`.",
    }
    status_sync_behind(commits: text, remote) {
        vi: "Kho chung {remote} có {commits} máy này chưa nhận (theo lần lấy về gần nhất); chạy `coi sync`.",
        en: "The shared remote {remote} has {commits} this clone has not taken in (as of the last fetch); run `coi sync`.",
    }
    status_sync_uncommitted(records: text) {
        vi: "Có {records} đã sửa mà chưa ghi vào git.",
        en: "{records} changed and not committed.",
    }
    status_settings_uncommitted(files) {
        vi: "Tệp cấu hình, kế hoạch đã sửa mà chưa ghi vào git: {files}; ghi vào bằng lệnh trong ngoặc (hoặc `git add` rồi `git commit`) để `coi sync` gửi đi.",
        en: "Settings files changed and not committed: {files}; commit them with the command in brackets (or `git add`, then `git commit`) so that `coi sync` sends them.",
    }
    status_synced(remote) {
        vi: "Đã đồng bộ với kho chung {remote} (theo lần lấy về gần nhất).",
        en: "In step with the shared remote {remote} (as of the last fetch).",
    }
    status_never_synced(remote) {
        vi: "Chưa đồng bộ lần nào với kho chung {remote}; chạy `coi sync`.",
        en: "Never synced with the shared remote {remote}; run `coi sync`.",
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
    MEASURES = "biện pháp", "measure", "measures";
    TIMES = "lần", "time", "times";
    ITEMS = "mục", "item", "items";
    COMMITS = "lần ghi", "commit", "commits";
}

/// What the operating system said. In Vietnamese, a sentence for its kind of problem, with the
/// system's error number when there is one (what a technician looks up; `--lang en` gives the
/// system's own words); in English, the system's own words. Neither names the temporary file a
/// write goes through (`tempfile` adds `at path "…/.coi-tmp-…"`): the message that comes with
/// the cause names the file that was meant.
pub fn io_error(e: &std::io::Error) -> Text {
    use std::io::ErrorKind as K;
    let vi = match e.kind() {
        K::NotFound => "không có tệp hoặc thư mục này",
        K::PermissionDenied => "không có quyền truy cập",
        K::AlreadyExists => "đã có tệp hoặc thư mục trùng tên",
        K::StorageFull => "ổ đĩa đã đầy",
        K::QuotaExceeded => "đã dùng hết dung lượng được cấp trên ổ đĩa",
        K::ReadOnlyFilesystem => "ổ đĩa chỉ cho đọc, không cho ghi",
        K::IsADirectory => "đây là thư mục, không phải tệp",
        K::NotADirectory => "một phần của đường dẫn không phải thư mục",
        K::DirectoryNotEmpty => "thư mục không trống",
        K::InvalidData => "dữ liệu không đọc được",
        K::InvalidInput => "hệ điều hành không nhận tên hoặc giá trị này",
        K::InvalidFilename => "tên tệp không hợp lệ",
        K::TimedOut => "quá thời gian chờ",
        K::FileTooLarge => "tệp quá lớn",
        K::ResourceBusy | K::ExecutableFileBusy => "tệp đang được chương trình khác dùng",
        K::UnexpectedEof => "tệp kết thúc sớm hơn dự kiến",
        K::WriteZero => "không ghi thêm được dữ liệu",
        K::Interrupted => "thao tác bị ngắt giữa chừng",
        K::Unsupported => "hệ điều hành không hỗ trợ thao tác này",
        K::OutOfMemory => "không đủ bộ nhớ",
        K::CrossesDevices => "không chuyển được tệp sang ổ đĩa khác",
        K::TooManyLinks => "quá nhiều liên kết tới tệp",
        K::StaleNetworkFileHandle => "ổ đĩa mạng không còn truy cập được",
        K::BrokenPipe => "chương trình nhận kết quả đã đóng",
        K::WouldBlock => "tài nguyên đang bận",
        K::ConnectionRefused
        | K::ConnectionReset
        | K::ConnectionAborted
        | K::NotConnected
        | K::NetworkDown
        | K::NetworkUnreachable
        | K::HostUnreachable
        | K::AddrInUse
        | K::AddrNotAvailable => "không kết nối được qua mạng",
        _ => "hệ thống báo lỗi không rõ loại; chạy lại lệnh với --lang en để xem nguyên văn",
    };
    let vi = match e.raw_os_error() {
        Some(n) => format!("{vi} (mã lỗi {n})"),
        None => vi.to_string(),
    };
    let mut en = e.to_string();
    if let Some(at) = en.find(" at path \"") {
        en.truncate(at);
    }
    Text::new(vi, en)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use unicode_normalization::is_nfc;

    use super::*;
    use crate::model::schema::{Field, Type};
    use crate::model::{Case, Gift, Kind, Record, Training};
    use crate::report::INDICATORS;
    use crate::rules::deadlines;

    /// The names inside `{…}`, without format specs; `{{` is a literal brace.
    fn placeholders(template: &str) -> BTreeSet<&str> {
        let mut names = BTreeSet::new();
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            if rest[open..].starts_with("{{") {
                rest = &rest[open + 2..];
                continue;
            }
            let close = rest[open..].find('}').expect("a closing brace") + open;
            let inner = &rest[open + 1..close];
            names.insert(inner.split(':').next().unwrap_or(inner));
            rest = &rest[close + 1..];
        }
        names
    }

    /// Entries that are the same in both languages because they only put other texts together,
    /// or are a word both languages use.
    const SAME_IN_BOTH: &[&str] = &[
        "named_problem",
        "serde_in_field",
        "at_line",
        "io_failed",
        "COMMIT_HASH",
    ];

    #[test]
    fn every_entry_has_both_languages_and_the_same_placeholders() {
        let mut names = BTreeSet::new();
        for e in ENTRIES {
            assert!(names.insert(e.name), "{} is in the catalogue twice", e.name);
            assert!(
                !e.vi.trim().is_empty() && !e.en.trim().is_empty(),
                "{}",
                e.name
            );
            assert_eq!(
                placeholders(e.vi),
                placeholders(e.en),
                "{}: the two languages show different values",
                e.name
            );
            assert_eq!(
                e.vi == e.en,
                SAME_IN_BOTH.contains(&e.name),
                "{}: Vietnamese and English should differ unless listed in SAME_IN_BOTH",
                e.name
            );
        }
    }

    #[test]
    fn the_placeholder_reader_sees_names_and_skips_escaped_braces() {
        let found = placeholders("{a} {{literal}} {b:>4} {a}");
        assert_eq!(found.into_iter().collect::<Vec<_>>(), ["a", "b"]);
    }

    #[test]
    fn messages_fill_in_each_language_with_its_own_words() {
        let t = required_field_missing(Label::new("Ngày biết", "Known on"));
        assert_eq!(t.vi, "thiếu trường bắt buộc (Ngày biết)");
        assert_eq!(t.en, "required field is missing (Known on)");
        assert_eq!(ERRORS.count(1u64).en, "1 error");
        assert_eq!(ERRORS.count(2u64).en, "2 errors");
        assert_eq!(ERRORS.count(2u64).vi, "2 lỗi");
    }

    fn field_labels(fields: &[Field], out: &mut Vec<(String, Label)>) {
        for f in fields {
            out.push((format!("field {}", f.name), f.label));
            match f.ty {
                Type::Object(inner) | Type::Objects(inner) => field_labels(inner, out),
                Type::Choice(vocab) | Type::Choices(vocab) => {
                    for t in vocab.terms {
                        out.push((format!("choice {}", t.yaml), Label::new(t.vi, t.en)));
                    }
                }
                _ => {}
            }
        }
    }

    /// Every pair a person can read: the catalogue and the tables of names kept with the data.
    fn every_pair() -> Vec<(String, Label)> {
        let mut all: Vec<(String, Label)> = ENTRIES
            .iter()
            .map(|e| (e.name.to_string(), Label::new(e.vi, e.en)))
            .collect();
        for n in NOUNS {
            all.push((n.en_many.to_string(), Label::new(n.vi, n.en_one)));
            all.push((n.en_many.to_string(), Label::new(n.vi, n.en_many)));
        }
        field_labels(Case::FIELDS, &mut all);
        field_labels(Gift::FIELDS, &mut all);
        field_labels(Training::FIELDS, &mut all);
        for vocab in [Case::STATUSES, Gift::STATUSES, Training::STATUSES] {
            for t in vocab.terms {
                all.push((format!("status {}", t.yaml), Label::new(t.vi, t.en)));
            }
        }
        for l in crate::i18n::foreign::YAML_PROBLEMS {
            all.push(("yaml".into(), *l));
        }
        for k in Kind::ALL {
            all.push((format!("kind {k:?}"), k.label()));
        }
        for i in INDICATORS {
            for l in [i.wording, i.unit, i.how] {
                all.push((format!("indicator {}", i.code), l));
            }
        }
        for l in [
            &deadlines::CASE_REPORT,
            &deadlines::CASE_DECISION,
            &deadlines::CASE_NOTICE,
            &deadlines::TEMPORARY_MEASURE,
            &deadlines::MEASURE_CANCELLATION,
            &deadlines::CANCELLATION_PUBLICATION,
            &deadlines::SUSPENSION_DECISION,
            &deadlines::GIFT_HANDOVER,
            &deadlines::GIFT_REPORT,
            &deadlines::GIFT_GIVER_NOTICE,
            &deadlines::GIFT_BUDGET,
        ] {
            all.push(("deadline".into(), l.what));
            all.push(("deadline basis".into(), l.basis));
        }
        all
    }

    #[test]
    fn every_text_a_person_reads_is_in_both_languages_and_vietnamese_is_nfc() {
        let all = every_pair();
        assert!(all.len() > 400, "only {} pairs found", all.len());
        for (name, l) in &all {
            assert!(is_nfc(l.vi), "{name}: «{}» is not NFC", l.vi);
            assert!(!l.vi.trim().is_empty(), "{name}: no Vietnamese");
            assert!(!l.en.trim().is_empty(), "{name}: no English");
            assert!(
                !l.vi.contains('\u{fffd}') && !l.en.contains('\u{fffd}'),
                "{name}: a replacement character"
            );
        }
    }
}
