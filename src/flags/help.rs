//! The help text in Vietnamese: the command line's own words are English (doc comments in
//! `cli.rs`); this catalogue gives each command and option its Vietnamese wording, applied when
//! the language is Vietnamese.

use clap::{Arg, ArgAction, Command};

use crate::flags::add_flags;
use crate::i18n::{Label, Lang, msg};
use crate::model::schema::Type;
use crate::model::vocab::{CaseOutcome, Discipline, HandlingOutcome, MeasureKind, Vocabulary};
use crate::model::{Kind, Record};
use crate::rules::{ForKind, Rules, for_kind};

/// (command path, Vietnamese description). The root is "". The kinds' commands speak the
/// words of the table of kinds (`KindSpec::about`).
const COMMANDS: &[(&str, &str)] = &[
    (
        "",
        "Sổ kiểm soát xung đột lợi ích, quà tặng và tuyên truyền phòng, chống tham nhũng của cơ quan (Nghị định 59/2019/NĐ-CP, báo cáo theo Thông tư 06/2025/TT-TTCP). Mỗi hồ sơ là một tệp YAML trong thư mục quản lý bằng git.",
    ),
    (
        "init",
        "Tạo sổ đăng ký mới: coi.yaml, các thư mục hồ sơ và kho git",
    ),
    (
        "province",
        "Thanh tra tỉnh tổng hợp báo cáo đã gửi của mọi cơ quan (province.yaml)",
    ),
    (
        "province init",
        "Tạo thư mục tổng hợp: một thư mục có province.yaml",
    ),
    (
        "province add-agency",
        "Thêm một cơ quan vào province.yaml, cùng nơi nhận báo cáo của cơ quan đó",
    ),
    (
        "province check",
        "Kiểm tra province.yaml; in từng lỗi kèm tệp và dòng",
    ),
    (
        "province collect",
        "Lấy các thẻ báo cáo của một kỳ từ kho git của từng cơ quan (không bao giờ ghi vào kho đó)",
    ),
    (
        "province report",
        "Số liệu toàn tỉnh của một kỳ: chỉ tiêu × cơ quan và tổng; các cơ quan chưa gửi, gửi muộn, không được nhận; các điều chỉnh",
    ),
    (
        "inspection conclude",
        "Ghi kết luận kiểm tra: số vi phạm phát hiện và đã chấn chỉnh",
    ),
    (
        "check",
        "Kiểm tra toàn bộ hồ sơ và coi.yaml; in từng lỗi kèm tệp và dòng",
    ),
    (
        "due",
        "Các việc đến hạn hoặc quá hạn theo Nghị định 59 và hạn báo cáo trong coi.yaml",
    ),
    (
        "report",
        "Số liệu báo cáo của một kỳ theo Thông tư 06/2025/TT-TTCP",
    ),
    (
        "status",
        "Tình hình năm nay: số hồ sơ theo loại và trạng thái, việc quá hạn, kỳ báo cáo hiện tại và hạn báo cáo sắp tới",
    ),
    (
        "plan",
        "Kế hoạch của năm: nhiệm vụ × đơn vị, việc đã ghi hồ sơ và việc còn thiếu",
    ),
    (
        "plan init",
        "Tạo plans/<năm>.yaml với tám nhiệm vụ của kế hoạch mẫu để Văn phòng điền tiếp",
    ),
    (
        "plan edit",
        "Mở plans/<năm>.yaml trong trình soạn thảo (VISUAL, EDITOR), kiểm tra rồi ghi vào git",
    ),
    ("config", "Cấu hình của sổ, coi.yaml: `coi config edit`"),
    (
        "config edit",
        "Mở coi.yaml trong trình soạn thảo (VISUAL, EDITOR), kiểm tra như mọi lệnh đọc nó rồi ghi vào git, để coi sync gửi đến các máy khác",
    ),
    (
        "period",
        "Mã và ngày của một kỳ báo cáo, như lệnh `coi report` hiểu (cho chương trình khác: `coi period last`)",
    ),
    (
        "sync",
        "Đồng bộ máy này với kho chung: nhận hồ sơ các máy khác đã gửi, đánh số mới cho hồ sơ của máy này bị trùng số, gửi hồ sơ của máy này lên",
    ),
    (
        "whoami",
        "Người được ghi là người thao tác và tác giả commit, dạng TÊN <EMAIL> (cho chương trình cũng tự commit)",
    ),
    (
        "completions",
        "In đoạn mã gợi ý lệnh cho shell (bash, zsh, fish, powershell)",
    ),
    (
        "man",
        "In trang hướng dẫn (man), ví dụ `coi man > coi.1`, hoặc ghi mỗi lệnh một trang",
    ),
    (
        "case decide",
        "Ghi quyết định của thủ trưởng: biện pháp kiểm soát, hoặc kết luận không có xung đột lợi ích",
    ),
    (
        "case end-measure",
        "Ghi việc kết thúc một biện pháp (ví dụ tạm đình chỉ hết 90 ngày)",
    ),
    (
        "case cancel-measure",
        "Ghi quyết định hủy bỏ quyết định tạm đình chỉ, tạm thời chuyển vị trí công tác (Điều 48 Nghị định 59/2019: trong 05 ngày làm việc sau khi hết 90 ngày hoặc có kết luận không vi phạm)",
    ),
    (
        "case publish-cancellation",
        "Ghi việc công khai quyết định hủy bỏ: công bố tại cuộc họp hoặc niêm yết tại trụ sở 15 ngày liên tục (Điều 49 Nghị định 59/2019: trong 05 ngày làm việc)",
    ),
    (
        "case notify",
        "Ghi ngày thông báo bằng văn bản quyết định cho người có xung đột lợi ích",
    ),
    (
        "case close",
        "Kết thúc vụ việc, với kết quả và hình thức kỷ luật (nếu có)",
    ),
    ("gift handover", "Ghi ngày nộp lại quà tặng"),
    (
        "gift handle",
        "Ghi quyết định xử lý quà tặng (Điều 27 Nghị định 59/2019)",
    ),
    (
        "gift notify",
        "Ghi ngày thông báo cho cơ quan quản lý người tặng quà",
    ),
];

/// The verbs every kind has, by name.
const RECORD_COMMANDS: &[(&str, &str)] = &[
    (
        "add",
        "Ghi hồ sơ mới; mỗi trường là một tùy chọn, thiếu trường bắt buộc thì hỏi (trên màn hình); dòng cuối in mã hồ sơ mới",
    ),
    ("list", "Danh sách hồ sơ, xếp theo mã"),
    ("show", "Xem đầy đủ một hồ sơ"),
    (
        "edit",
        "Sửa hồ sơ bằng trình soạn thảo ($VISUAL, $EDITOR); chỉ lưu khi hồ sơ hợp lệ",
    ),
    (
        "void",
        "Hủy hồ sơ nhập nhầm: hồ sơ vẫn còn, được đánh dấu hủy và không tính vào số liệu",
    ),
    (
        "log",
        "Lịch sử của hồ sơ, cùng các commit git đã thay đổi tệp",
    ),
];

/// (command path, option, Vietnamese help). The path "*" is any command.
const OPTIONS: &[(&str, &str, &str)] = &[
    (
        "",
        "data",
        "Thư mục sổ đăng ký (nếu không: biến COI_DATA, coi.yaml gần nhất ở thư mục trên, ./data)",
    ),
    ("", "lang", "Ngôn ngữ: vi (mặc định) hoặc en"),
    (
        "",
        "format",
        "Kết quả: bảng cho người đọc, json cho chương trình",
    ),
    (
        "",
        "by",
        "Người thực hiện, ghi vào lịch sử và commit (nếu không: COI_USER, tên người dùng trong cấu hình git, clerk trong coi.yaml, tên đăng nhập)",
    ),
    ("*", "help", "In hướng dẫn"),
    ("*", "version", "In phiên bản"),
    ("*", "id", "Mã hồ sơ, ví dụ XDLI-2026-001"),
    ("*", "date", "Ngày (14/03/2026 hoặc 2026-03-14)"),
    ("*", "note", "Ghi chú vào lịch sử"),
    ("*", "quiet", "Chỉ in mã hồ sơ mới"),
    ("init", "dir", "Thư mục của sổ mới (tạo nếu chưa có)"),
    ("init", "agency", "Tên cơ quan"),
    (
        "init",
        "units",
        "Một đơn vị dạng MÃ=Tên, ví dụ VP=\"Văn phòng\"; lặp lại cho mỗi đơn vị",
    ),
    ("init", "report_to", "Nơi nhận báo cáo định kỳ"),
    ("init", "no_git", "Không tạo kho git"),
    ("*", "unit", "Chỉ đơn vị này (mã trong coi.yaml)"),
    ("*", "year", "Chỉ năm này (năm trong mã hồ sơ)"),
    (
        "*",
        "status",
        "Chỉ hồ sơ ở trạng thái này (ví dụ cho-quyet-dinh, dang-ap-dung, da-ket-thuc, da-huy)",
    ),
    ("*", "reason", "Lý do hủy (nhập nhầm, trùng…)"),
    (
        "period",
        "period",
        "2026-Q1 … 2026-Q4, 2026-6M, 2026-9M, 2026 (cả năm) hoặc last (quý vừa kết thúc; mặc định)",
    ),
    (
        "case decide",
        "no_conflict",
        "Thủ trưởng kết luận không có xung đột lợi ích",
    ),
    ("case decide", "decision_no", "Số quyết định"),
    (
        "inspection conclude",
        "conclusion_no",
        "Số kết luận kiểm tra",
    ),
    ("inspection conclude", "violations", "Số vi phạm phát hiện"),
    (
        "inspection conclude",
        "corrected",
        "Số vi phạm đã chấn chỉnh",
    ),
    ("inspection conclude", "findings", "Kết quả kiểm tra"),
    (
        "case decide",
        "supervisor",
        "Người giám sát (mặc định: đầu mối của đơn vị trong coi.yaml, với biện pháp giám sát)",
    ),
    ("case decide", "from", "Áp dụng từ ngày"),
    (
        "case decide",
        "until",
        "Áp dụng đến ngày; tạm đình chỉ, tạm chuyển vị trí không quá 90 ngày kể từ ngày quyết định (Điều 47 Nghị định 59/2019)",
    ),
    (
        "case end-measure",
        "measure",
        "Biện pháp thứ mấy (1 là biện pháp đầu); cần khi có nhiều biện pháp đang áp dụng",
    ),
    (
        "case cancel-measure",
        "measure",
        "Biện pháp thứ mấy (1 là biện pháp đầu); cần khi vụ việc có nhiều quyết định tạm đình chỉ, tạm chuyển vị trí",
    ),
    ("case cancel-measure", "decision_no", "Số quyết định hủy bỏ"),
    (
        "case publish-cancellation",
        "measure",
        "Biện pháp thứ mấy (1 là biện pháp đầu); cần khi vụ việc có nhiều quyết định tạm đình chỉ, tạm chuyển vị trí",
    ),
    (
        "case publish-cancellation",
        "form",
        "Hình thức công khai: cuoc-hop (công bố tại cuộc họp) hoặc niem-yet (niêm yết tại trụ sở 15 ngày liên tục)",
    ),
    (
        "case close",
        "head_responsibility",
        "Trách nhiệm của người đứng đầu, khi có vi phạm",
    ),
    (
        "case close",
        "end_measures",
        "Kết thúc luôn trong ngày kết thúc vụ việc các biện pháp tạm đình chỉ, đình chỉ, tạm thời chuyển vị trí công tác còn đang áp dụng (mỗi lần kết thúc được ghi vào lịch sử)",
    ),
    ("gift handle", "sold_on", "Ngày bán quà"),
    ("gift handle", "proceeds", "Số tiền bán được (đồng)"),
    ("gift handle", "costs", "Chi phí bán (đồng)"),
    ("gift handle", "paid_on", "Ngày nộp ngân sách nhà nước"),
    ("gift handle", "amount", "Số tiền nộp ngân sách (đồng)"),
    ("gift handle", "voucher", "Số chứng từ nộp tiền"),
    ("due", "within", "Cả những việc đến hạn trong số ngày này"),
    (
        "due",
        "unit",
        "Chỉ các việc của đơn vị này (mã trong coi.yaml); hạn báo cáo của tỉnh không thuộc đơn vị nào nên không hiện",
    ),
    (
        "due",
        "limit",
        "Chỉ hiện nhiều nhất N việc, việc gấp nhất trước, và cho biết còn bao nhiêu việc khác",
    ),
    (
        "sync",
        "setup",
        "Chỉ cho git biết cách hợp nhất hồ sơ (.gitattributes và cấu hình của kho), cho bản sao tạo từ trước",
    ),
    (
        "report",
        "period",
        "Kỳ: 2026-Q1 … 2026-Q4, 2026-6M, 2026-9M, 2026 (cả năm), hoặc last (quý gần nhất đã kết thúc)",
    ),
    ("report", "from", "Từ ngày (kỳ tự chọn, cùng --to)"),
    ("report", "to", "Đến ngày (kỳ tự chọn, cùng --from)"),
    (
        "report",
        "out",
        "Ghi tong-hop.csv, theo-don-vi.csv, qua-tang.csv, xung-dot-loi-ich.csv, tuyen-truyen.csv, kiem-tra.csv, ke-hoach.csv, bieu-01-pctn.csv, dieu-chinh.csv, khong-tinh.csv vào thư mục này",
    ),
    ("report", "xlsx", "Ghi một tệp Excel, mỗi bảng một trang"),
    (
        "report",
        "docx",
        "Ghi văn bản báo cáo (.docx) theo thể thức Nghị định 30/2020/NĐ-CP: phần đầu, kết quả từng nhiệm vụ của kế hoạch, các phần để văn phòng viết, nơi nhận, người ký và phụ lục bảng chỉ tiêu",
    ),
    (
        "report",
        "submit",
        "Ghi nhận việc gửi báo cáo này: thẻ git bao-cao/<kỳ> lưu mọi số liệu; sau đó coi check cảnh báo hồ sơ nào làm thay đổi số liệu đã gửi",
    ),
    (
        "report",
        "number",
        "Số của báo cáo khi ký (12, hoặc 12/BC-BQL): ghi vào văn bản và lưu cùng lần gửi, để lần điều chỉnh sau nêu được báo cáo nào",
    ),
    (
        "report",
        "as_of",
        "Lập báo cáo từ sổ như tại một phiên bản git (mã commit, thẻ, HEAD~3…) hoặc cuối một ngày (commit cuối cùng của ngày đó); không động đến thư mục làm việc",
    ),
    (
        "report",
        "allow_errors",
        "Bỏ các hồ sơ có lỗi ra khỏi số liệu (và liệt kê chúng) thay vì từ chối lập báo cáo",
    ),
    (
        "report",
        "delimiter",
        "Dấu phân cách CSV (mặc định theo coi.yaml, nếu không là ','); ';' hợp với Excel tiếng Việt",
    ),
    ("report", "no_bom", "Ghi CSV không có dấu BOM"),
    (
        "plan",
        "year",
        "Năm của kế hoạch (mặc định: năm báo cáo hiện tại)",
    ),
    ("plan init", "year", "Năm của kế hoạch (mặc định: năm nay)"),
    (
        "plan edit",
        "year",
        "Năm của kế hoạch (mặc định: năm báo cáo hiện tại)",
    ),
    ("province init", "dir", "Thư mục tổng hợp (tạo nếu chưa có)"),
    (
        "province init",
        "name",
        "Tên cơ quan tổng hợp (Thanh tra tỉnh …)",
    ),
    (
        "province add-agency",
        "code",
        "Mã của cơ quan (trùng `agency_code` trong coi.yaml của cơ quan, nếu có)",
    ),
    ("province add-agency", "name", "Tên cơ quan"),
    (
        "province add-agency",
        "remote",
        "Kho git của sổ cơ quan: địa chỉ URL hoặc đường dẫn",
    ),
    (
        "province add-agency",
        "folder",
        "Hoặc thư mục nhận các tệp JSON cơ quan xuất ra",
    ),
    (
        "province collect",
        "period",
        "Kỳ: 2026-Q1 … 2026-Q4, 2026-6M, 2026-9M, 2026 (cả năm)",
    ),
    (
        "province collect",
        "timeout",
        "Số giây tối đa cho việc lấy báo cáo của một cơ quan (mặc định: timeout trong province.yaml)",
    ),
    (
        "province report",
        "period",
        "Kỳ: 2026-Q1 … 2026-Q4, 2026-6M, 2026-9M, 2026 (cả năm)",
    ),
    (
        "province report",
        "out",
        "Ghi tinh-ky.csv, tinh-bieu-01-pctn.csv, tinh-luy-ke.csv, tinh-co-quan.csv, tinh-dieu-chinh.csv vào thư mục này",
    ),
    (
        "province report",
        "xlsx",
        "Ghi một tệp Excel, mỗi bảng một trang",
    ),
    (
        "province report",
        "docx",
        "Ghi báo cáo gửi Ủy ban nhân dân tỉnh thành tệp Word (theo Nghị định 30/2020)",
    ),
    (
        "province report",
        "number",
        "Số của báo cáo khi ký (12, hoặc 12/BC-TTr): ghi vào văn bản; số không có «/» được thêm ký hiệu của Thanh tra (mặc định /BC-TTr)",
    ),
    (
        "province report",
        "no_verify",
        "Không lập lại báo cáo của từng cơ quan tại commit đã gắn thẻ để đối chiếu số liệu",
    ),
    ("completions", "shell", "bash, zsh, fish hoặc powershell"),
    (
        "man",
        "dir",
        "Ghi coi.1, coi-case.1, coi-case-add.1 … (mỗi lệnh một trang) vào thư mục này",
    ),
];

/// The options of the steps that take a value of a closed list: their help lists every value
/// with its aliases, from the vocabulary itself.
const VALUE_OPTIONS: &[(&str, &str, &str, Label, &Vocabulary)] = &[
    (
        "case",
        "decide",
        "measure",
        Label::new("Biện pháp", "The measure"),
        &MeasureKind::VOCABULARY,
    ),
    (
        "case",
        "close",
        "outcome",
        Label::new("Kết quả", "The outcome"),
        &CaseOutcome::VOCABULARY,
    ),
    (
        "case",
        "close",
        "discipline",
        Label::new("Kỷ luật", "Discipline"),
        &Discipline::VOCABULARY,
    ),
    (
        "gift",
        "handle",
        "outcome",
        Label::new("Hình thức xử lý", "How the gift was handled"),
        &HandlingOutcome::VOCABULARY,
    ),
];

/// `supervision (giam-sat), …` for the short help.
fn value_names(vocab: &Vocabulary) -> String {
    let names = vocab.terms.iter().map(|t| match t.aliases.first() {
        Some(alias) => format!("{} ({alias})", t.yaml.replace('_', "-")),
        None => t.yaml.replace('_', "-"),
    });
    names.collect::<Vec<_>>().join(", ")
}

/// Every value on a line of its own, with all its aliases and its label, for `--help`.
fn value_lines(vocab: &Vocabulary, lang: Lang) -> String {
    let mut text = msg::HELP_VALUES.get(lang).to_string();
    for t in vocab.terms {
        let aliases = if t.aliases.is_empty() {
            String::new()
        } else {
            format!(" ({})", t.aliases.join(", "))
        };
        let name = t.yaml.replace('_', "-");
        text.push_str(&format!("\n  {name}{aliases} — {}", t.label(lang)));
    }
    text
}

fn value_option_help(mut cmd: Command, lang: Lang) -> Command {
    for (kind, step, id, label, vocab) in VALUE_OPTIONS {
        let label = label.get(lang);
        let short = format!("{label}: {}", value_names(vocab));
        let long = format!("{label}\n\n{}", value_lines(vocab, lang));
        cmd = cmd.mut_subcommand(kind, |k| {
            k.mut_subcommand(step, |s| s.mut_arg(id, |a| a.help(short).long_help(long)))
        });
    }
    cmd
}

/// The command line in the person's language.
pub fn localize(cmd: Command, lang: Lang) -> Command {
    let cmd = match lang {
        Lang::En => cmd,
        Lang::Vi => vietnamese(cmd, "")
            // clap's own `help` command, which it adds only when the command line is built.
            .disable_help_subcommand(true)
            .subcommand(
                Command::new("help")
                    .about("In hướng dẫn của lệnh được nêu, ví dụ coi help case add")
                    .arg(Arg::new("command").num_args(0..).help_heading("Tham số"))
                    .disable_help_flag(true),
            )
            // The generated help and version options, in Vietnamese, for every command.
            .disable_help_flag(true)
            .disable_version_flag(true)
            .arg(
                Arg::new("help")
                    .short('h')
                    .long("help")
                    .action(ArgAction::Help)
                    .global(true)
                    .help("In hướng dẫn")
                    .help_heading("Tùy chọn"),
            )
            .arg(
                Arg::new("version")
                    .short('V')
                    .long("version")
                    .action(ArgAction::Version)
                    .global(true)
                    .help("In phiên bản")
                    .help_heading("Tùy chọn"),
            ),
    };
    let cmd = value_option_help(cmd, lang);
    let cmd = cmd.mut_subcommand("due", |due| {
        due.mut_arg("kind", |a| a.help(due_kind_help(lang)))
    });
    Kind::ALL
        .into_iter()
        .fold(cmd, |cmd, kind| for_kind(kind, AddFlagHelp { cmd, lang }))
}

/// The help of `<kind> add`'s field flags, for each kind.
struct AddFlagHelp {
    cmd: Command,
    lang: Lang,
}

impl ForKind for AddFlagHelp {
    type Out = Command;

    fn run<R: Rules>(self) -> Command {
        add_flag_help::<R>(self.cmd, self.lang)
    }
}

fn vietnamese(mut cmd: Command, path: &str) -> Command {
    let name = path.rsplit(' ').next().unwrap_or_default();
    let kind = Kind::ALL.into_iter().find(|k| k.noun() == path);
    let about = COMMANDS
        .iter()
        .find(|(p, _)| *p == path)
        .map(|(_, text)| *text)
        .or_else(|| kind.map(|k| k.spec().about.vi))
        .or_else(|| {
            RECORD_COMMANDS
                .iter()
                .find(|(n, _)| path.contains(' ') && *n == name)
                .map(|(_, text)| *text)
        });
    if let Some(text) = about {
        cmd = cmd.about(text).long_about(None);
    }
    cmd = cmd
        .help_template("{about-with-newline}\nCách dùng: {usage}\n\n{all-args}{after-help}")
        .subcommand_help_heading("Lệnh");
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        let text = OPTIONS
            .iter()
            .find(|(p, i, _)| *p == path && *i == id)
            .or_else(|| OPTIONS.iter().find(|(p, i, _)| *p == "*" && *i == id))
            // The global options, copied into every command.
            .or_else(|| OPTIONS.iter().find(|(p, i, _)| p.is_empty() && *i == id))
            .map(|(_, _, t)| *t);
        cmd = cmd.mut_arg(id, |a| {
            let heading = if a.is_positional() {
                "Tham số"
            } else {
                "Tùy chọn"
            };
            let a = a.help_heading(heading);
            let a = match text {
                Some(t) => a.help(t).long_help(None),
                None => a,
            };
            annotated(a)
        });
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for sub in subs {
        let child = if path.is_empty() {
            sub.clone()
        } else {
            format!("{path} {sub}")
        };
        cmd = cmd.mut_subcommand(&sub, |s| vietnamese(s, &child).disable_help_flag(true));
    }
    cmd
}

/// The placeholders of the values (`<CODE>`, `<TEXT>`) in Vietnamese. Those not here are not
/// English words: `<N>`, `<EMAIL>`, `<SHELL>`, `<vi|en>`.
const VALUE_NAMES: &[(&str, &str)] = &[
    ("CHAR", "KÝ TỰ"),
    ("CODE", "MÃ"),
    ("CODE=NAME", "MÃ=TÊN"),
    ("CODES", "CÁC MÃ"),
    ("DATE", "NGÀY"),
    ("DAYS", "SỐ NGÀY"),
    ("DIR", "THƯ MỤC"),
    ("FILE", "TỆP"),
    ("FORM", "HÌNH THỨC"),
    ("FORMAT", "DẠNG"),
    ("ID", "MÃ HỒ SƠ"),
    ("KIND", "LOẠI"),
    ("NAME", "TÊN"),
    ("NO", "SỐ"),
    ("OUTCOME", "KẾT QUẢ"),
    ("PERIOD", "KỲ"),
    ("REV|DATE", "PHIÊN BẢN|NGÀY"),
    ("STATUS", "TRẠNG THÁI"),
    ("TEXT", "NỘI DUNG"),
    ("VALUE", "GIÁ TRỊ"),
    ("VND", "SỐ TIỀN"),
    ("YEAR", "NĂM"),
];

/// A value's placeholder in Vietnamese, when it has one.
pub fn vietnamese_value_name(name: &str) -> Option<&'static str> {
    VALUE_NAMES
        .iter()
        .find(|(en, _)| *en == name)
        .map(|(_, vi)| *vi)
}

/// clap's `<CODE>`, `[default: 7]`, `[env: COI_DATA=]` and `[possible values: …]` in Vietnamese.
fn annotated(arg: Arg) -> Arg {
    let names: Option<Vec<clap::builder::Str>> = arg.get_value_names().map(|names| {
        (names.iter())
            .map(|n| vietnamese_value_name(n.as_str()).map_or_else(|| n.clone(), Into::into))
            .collect()
    });
    let arg = match names {
        Some(names) => arg.value_names(names),
        None => arg,
    };
    let hide_default = arg.is_hide_default_value_set();
    let mut notes = Vec::new();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
    // Said once: a help that speaks of its default already needs no note.
    if !defaults.is_empty()
        && !hide_default
        && arg.get_action().takes_values()
        && !help.contains("mặc định")
    {
        notes.push(format!("mặc định: {}", defaults.join(", ")));
    }
    let takes_values = arg.get_action().takes_values();
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if takes_values && !values.is_empty() && !arg.is_hide_possible_values_set() {
        notes.push(format!("giá trị: {}", values.join(", ")));
    }
    if let Some(env) = arg.get_env()
        && !arg.is_hide_env_set()
    {
        notes.push(format!("biến môi trường: {}", env.to_string_lossy()));
    }
    // clap's English `[default: …]` never shows.
    let arg = if arg.get_action().takes_values() {
        arg.hide_default_value(true)
    } else {
        arg
    };
    if notes.is_empty() {
        return arg;
    }
    arg.help(format!("{help} [{}]", notes.join("; ")))
        .hide_env(true)
        .hide_possible_values(true)
}

/// The fields of `add` are labelled in the person's language, with every value and alias.
/// The help of `due --kind`: every kind of the table, by the noun the language types, and the
/// report deadlines.
pub fn due_kind_help(lang: Lang) -> String {
    let noun = |k: Kind| match lang {
        Lang::Vi => k.spec().word,
        Lang::En => k.noun(),
    };
    let kinds: Vec<String> = (Kind::ALL.into_iter())
        .map(|k| format!("{} ({})", noun(k), k.label().get(lang)))
        .collect();
    msg::due_kind_help(kinds.join(", ")).get(lang).to_string()
}

fn add_flag_help<R: Record>(cmd: Command, lang: Lang) -> Command {
    cmd.mut_subcommand(R::KIND.noun(), |kind| {
        kind.mut_subcommand("add", |mut add| {
            for (path, field) in add_flags(R::FIELDS) {
                let label = field.label.get(lang);
                let required = if field.required {
                    msg::HELP_REQUIRED.get(lang)
                } else {
                    ""
                };
                let mut long = format!("{label}{required}");
                if let Type::Choice(v) | Type::Choices(v) = field.ty {
                    long.push_str(&format!("\n\n{}", value_lines(v, lang)));
                }
                let short = format!("{label}{required}");
                // The record's own fields, apart from the options every command has.
                add = add.mut_arg(path, |a| {
                    a.help(short)
                        .long_help(long)
                        .help_heading(msg::HELP_RECORD_FIELDS.get(lang))
                });
            }
            add
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command and option a person can see has its Vietnamese wording: a command added
    /// without one would show its English in the Vietnamese help.
    #[test]
    fn every_visible_command_and_option_speaks_vietnamese() {
        use clap::CommandFactory;
        fn walk(en: &Command, vi: &Command, path: &str, missing: &mut Vec<String>) {
            if en.get_about().is_some()
                && en.get_about().map(ToString::to_string)
                    == vi.get_about().map(ToString::to_string)
            {
                missing.push(format!("{path}: about"));
            }
            for arg in en.get_arguments().filter(|a| !a.is_hide_set()) {
                let id = arg.get_id();
                let shown = vi.get_arguments().find(|a| a.get_id() == id);
                let (en_help, vi_help) = (
                    arg.get_help().map(ToString::to_string),
                    shown.and_then(|a| a.get_help()).map(ToString::to_string),
                );
                if en_help.is_some() && en_help == vi_help {
                    missing.push(format!("{path} --{id}"));
                }
            }
            for sub in en.get_subcommands().filter(|s| !s.is_hide_set()) {
                let name = sub.get_name();
                let child = vi.find_subcommand(name).expect("the same commands");
                walk(sub, child, &format!("{path} {name}"), missing);
            }
        }
        let en = crate::cli::Cli::command();
        let vi = localize(crate::cli::Cli::command(), Lang::Vi);
        let mut missing = Vec::new();
        walk(&en, &vi, "coi", &mut missing);
        assert!(
            missing.is_empty(),
            "English left in the Vietnamese help: {missing:#?}"
        );
    }
    use crate::model::schema::Field;

    fn typed_vocabularies(fields: &'static [Field], out: &mut Vec<&'static Vocabulary>) {
        for f in fields {
            match f.ty {
                Type::Choice(v) | Type::Choices(v) => out.push(v),
                Type::Object(inner) | Type::Objects(inner) => typed_vocabularies(inner, out),
                _ => {}
            }
        }
    }

    #[test]
    fn every_value_typed_on_the_command_line_has_an_ascii_alias() {
        let mut vocabularies: Vec<&Vocabulary> = VALUE_OPTIONS.iter().map(|o| o.4).collect();
        for kind in Kind::ALL {
            typed_vocabularies(kind.fields(), &mut vocabularies);
        }
        // The history's actions are written by coi, never typed.
        let action = &crate::model::vocab::Action::VOCABULARY;
        vocabularies.retain(|v| *v != action);
        assert!(vocabularies.len() > 10);
        for v in vocabularies {
            for t in v.terms {
                assert!(!t.aliases.is_empty(), "{} has no alias", t.yaml);
                for a in t.aliases {
                    let plain = a
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
                    assert!(plain && !a.is_empty(), "{}: alias {a:?}", t.yaml);
                }
            }
        }
    }

    #[test]
    fn the_steps_list_every_value_with_its_alias_in_both_languages() {
        for lang in [Lang::Vi, Lang::En] {
            let mut cmd = localize(<crate::cli::Cli as clap::CommandFactory>::command(), lang);
            let close = cmd
                .find_subcommand_mut("case")
                .and_then(|c| c.find_subcommand_mut("close"))
                .unwrap();
            let help = close.render_long_help().to_string();
            for t in Discipline::VOCABULARY.terms {
                let line = format!("{} ({})", t.yaml.replace('_', "-"), t.aliases.join(", "));
                assert!(help.contains(&line), "{line} in\n{help}");
            }
        }
    }
}
