//! Values typed, dates, amounts and the fields of the schema.

catalogue! {
    VALUES_ENTRIES;

    // ── Values typed for `add` (flags and answers)
    cannot_build_record(detail) {
        vi: "không tạo được hồ sơ: {detail}",
        en: "cannot build the record: {detail}",
    }
    given_twice() {
        vi: "chỉ được cho một lần",
        en: "give it only once",
    }
    count_mismatch(given: text, items: text) {
        vi: "cho {given} nhưng có {items}; cho mỗi mục một lần, theo thứ tự (\"\" nếu để trống)",
        en: "given {given} for {items}; give it once per item, in order (\"\" for none)",
    }
    named_problem(name, problem: text) {
        vi: "{name}: {problem}",
        en: "{name}: {problem}",
    }
    flag_value_problem(flag, value, problem: text) {
        vi: "{flag} «{value}»: {problem}",
        en: "{flag} '{value}': {problem}",
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
    // What each kind's command is for, in the help.
    ABOUT_CASE {
        vi: "Vụ việc xung đột lợi ích",
        en: "Conflict-of-interest cases (vụ việc xung đột lợi ích)",
    }
    ABOUT_GIFT {
        vi: "Báo cáo, nộp lại và xử lý quà tặng",
        en: "Gift reports and hand-overs (báo cáo, nộp lại quà tặng)",
    }
    ABOUT_TRAINING {
        vi: "Các cuộc tuyên truyền, phổ biến, tập huấn về PCTN",
        en: "Propagation and training sessions (tuyên truyền, tập huấn PCTN)",
    }
    ABOUT_INSPECTION {
        vi: "Các cuộc kiểm tra, giám sát công vụ",
        en: "Inspections and supervision of public duty (kiểm tra, giám sát công vụ)",
    }
    ABOUT_ACTION {
        vi: "Các hoạt động khác thực hiện kế hoạch: phổ biến, quán triệt; rà soát quy định; phân công đầu mối…",
        en: "The other steps of the year's plan: dissemination, rule reviews, focal points…",
    }


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

    // ── Settings files (`coi.yaml`, plans) checked against their field tables
    /// A problem of one field of `coi.yaml`, named by its path (`units[1].code`).
    config_field_problem(field, problem: text) {
        vi: "{field}: {problem}",
        en: "{field}: {problem}",
    }
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
}
