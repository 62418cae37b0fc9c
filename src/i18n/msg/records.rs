//! The steps on records and the rules of Decree 59/2019.

catalogue! {
    RECORDS_ENTRIES;

    // ── Steps on a record that is void
    record_void_because(id, reason) {
        vi: "hồ sơ {id} đã bị hủy ({reason})",
        en: "record {id} is void ({reason})",
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

    // ── Finding a record by its ID
    id_of_other_kind(id, kind: text, prefix) {
        vi: "{id} không phải mã của loại hồ sơ này (mã {kind} bắt đầu bằng {prefix})",
        en: "{id} is not an ID of this kind ({kind} IDs start with {prefix})",
    }

    // ── Voiding a record
    void_reason_missing() {
        vi: "cần ghi lý do hủy",
        en: "say why the record is void",
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
    submit_refused_for_errors(n: text) {
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
}
