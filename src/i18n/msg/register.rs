//! The register: its folder, coi.yaml, files, git and sync.

catalogue! {
    REGISTER_ENTRIES;

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
    unit_flag_shape() {
        vi: "viết MÃ=Tên, ví dụ VP=\"Văn phòng\"",
        en: "write CODE=Name, e.g. VP=\"Office\"",
    }
    unit_code_characters() {
        vi: "mã đơn vị chỉ gồm chữ không dấu, số, «-» và «_»",
        en: "a unit code holds only ASCII letters, digits, '-' and '_'",
    }
    unit_name_missing() {
        vi: "thiếu tên đơn vị",
        en: "the unit's name is missing",
    }
    unit_code_twice() {
        vi: "mã bị lặp",
        en: "the code is given twice",
    }

    // ── Committing a change
    git_cannot_run(message) {
        vi: "không chạy được git: thay đổi đã được lưu nhưng chưa commit; cài git rồi commit ({message})",
        en: "git cannot be run: the change is saved but not committed; install git, then commit it ({message})",
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
