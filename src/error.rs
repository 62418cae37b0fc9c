//! The one error type of `coi`. Each error knows its message and hint in both languages and its
//! exit code; `main` is the only place that prints them.

use std::io;
use std::path::PathBuf;

use crate::i18n::{Lang, Text, join};
use crate::rules::{Finding, Located};
use crate::text;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// No register was found from the current folder.
    #[error("no register found")]
    NoRegister { from: PathBuf },
    /// `--data` names a folder without `coi.yaml`.
    #[error("not a register: {path}")]
    NotARegister { path: PathBuf },
    #[error("a register already exists: {path}")]
    RegisterExists { path: PathBuf },
    /// `coi.yaml` cannot be read as a configuration.
    #[error("{path}:{line}: {message}")]
    Config {
        path: PathBuf,
        line: usize,
        message: Text,
    },
    #[error("{action}: {path}: {source}")]
    Io {
        action: Text,
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    /// Writing to standard output failed (a closed pipe ends quietly in `main`).
    #[error("cannot write the output: {0}")]
    Output(#[source] io::Error),
    /// The command line is wrong; the text says how.
    #[error("{0}")]
    Usage(Text),
    /// Values given on the command line that cannot be used, one line each.
    #[error("invalid values")]
    InvalidValues(Vec<Text>),
    /// Required fields that were not given, as flags.
    #[error("missing fields: {}", .flags.join(", "))]
    MissingFields { flags: Vec<String> },
    #[error("unknown unit code {code}")]
    UnknownUnit { code: String, known: Vec<String> },
    #[error("no record {id}")]
    NotFound { id: String, noun: &'static str },
    /// A record file that cannot be read.
    #[error("cannot read record {}", .path.display())]
    BadRecord {
        path: PathBuf,
        findings: Vec<Located>,
    },
    /// The new record breaks a rule (dates out of order, a handling that does not fit…).
    #[error("the record breaks the rules")]
    Rejected(Vec<Finding>),
    /// A step that makes no sense for the record as it stands.
    #[error("{0}")]
    Refused(Text),
    #[error("the register is locked by another coi process")]
    Locked { path: PathBuf },
    #[error("git {action} failed: {detail}")]
    Git { action: String, detail: String },
    /// Problems that were already printed (e.g. by `check`): exit 1 without another message.
    #[error("problems were reported")]
    Reported,
}

impl Error {
    pub fn io(action: Text, path: impl Into<PathBuf>, source: io::Error) -> Error {
        Error::Io {
            action,
            path: path.into(),
            source,
        }
    }

    /// 2 for a usage error, 1 for everything else.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Usage(_)
            | Error::InvalidValues(_)
            | Error::MissingFields { .. }
            | Error::UnknownUnit { .. }
            | Error::Rejected(_) => 2,
            _ => 1,
        }
    }

    pub fn message(&self) -> Text {
        match self {
            Error::NoRegister { from } => {
                let from = from.display();
                text!(
                    "không tìm thấy sổ đăng ký (tệp coi.yaml) ở {from} hay các thư mục cha, cũng không có ./data",
                    "no register (a coi.yaml file) in {from} or any folder above it, nor in ./data"
                )
            }
            Error::NotARegister { path } => {
                let path = path.display();
                text!(
                    "{path} không phải sổ đăng ký: không có tệp coi.yaml",
                    "{path} is not a register: it has no coi.yaml"
                )
            }
            Error::RegisterExists { path } => {
                let path = path.display();
                text!(
                    "đã có sổ đăng ký ở {path}; không thay đổi gì",
                    "a register already exists in {path}; nothing was changed"
                )
            }
            Error::Config {
                path,
                line,
                message,
            } => {
                let path = path.display();
                let (vi, en) = (&message.vi, &message.en);
                text!("{path}:{line}: {vi}", "{path}:{line}: {en}")
            }
            Error::Io { action, path, .. } => {
                let path = path.display();
                let (vi, en) = (&action.vi, &action.en);
                text!("{vi} {path}", "{en} {path}")
            }
            Error::Output(_) => text!("không ghi được kết quả ra", "cannot write the output"),
            Error::Usage(t) => t.clone(),
            Error::InvalidValues(problems) => {
                let vi: Vec<&str> = problems.iter().map(|p| p.vi.as_str()).collect();
                let en: Vec<&str> = problems.iter().map(|p| p.en.as_str()).collect();
                Text::new(
                    format!("giá trị không hợp lệ:\n  {}", vi.join("\n  ")),
                    format!("invalid values:\n  {}", en.join("\n  ")),
                )
            }
            Error::MissingFields { flags } => {
                let list = flags.join(" ");
                text!(
                    "thiếu trường bắt buộc: {list}",
                    "missing required fields: {list}"
                )
            }
            Error::UnknownUnit { code, known } => {
                let list = join(known);
                text!(
                    "mã đơn vị «{code}» không có trong coi.yaml; các mã đơn vị: {list}",
                    "unit code '{code}' is not in coi.yaml; known unit codes: {list}"
                )
            }
            Error::NotFound { id, .. } => {
                text!("không có hồ sơ {id}", "there is no record {id}")
            }
            Error::BadRecord { path, findings } => {
                let path = path.display();
                let n = findings.iter().filter(|f| f.finding.is_error()).count();
                text!(
                    "hồ sơ {path} có {n} lỗi, không đọc được",
                    "the record {path} has {n} errors and cannot be read"
                )
            }
            Error::Rejected(findings) => {
                let vi: Vec<String> = findings
                    .iter()
                    .map(|f| format!("{}: {}", f.field, f.message.vi))
                    .collect();
                let en: Vec<String> = findings
                    .iter()
                    .map(|f| format!("{}: {}", f.field, f.message.en))
                    .collect();
                Text::new(
                    format!("hồ sơ không hợp lệ, chưa ghi:\n  {}", vi.join("\n  ")),
                    format!(
                        "the record is not valid and was not written:\n  {}",
                        en.join("\n  ")
                    ),
                )
            }
            Error::Refused(t) => {
                let (vi, en) = (&t.vi, &t.en);
                text!("không thực hiện được: {vi}", "refused: {en}")
            }
            Error::Locked { path } => {
                let path = path.display();
                text!(
                    "sổ đăng ký đang bị một lệnh coi khác khóa ({path})",
                    "the register is locked by another coi command ({path})"
                )
            }
            Error::Git { action, .. } => {
                text!("lệnh git {action} không thành công", "git {action} failed")
            }
            Error::Reported => text!("có lỗi, xem ở trên", "there were errors, see above"),
        }
    }

    /// What lies beneath, when it helps: the system's own words.
    pub fn cause(&self) -> Option<String> {
        match self {
            Error::Io { source, .. } | Error::Output(source) => Some(source.to_string()),
            Error::Git { detail, .. } => Some(detail.trim().to_string()),
            _ => None,
        }
    }

    pub fn hint(&self) -> Option<Text> {
        Some(match self {
            Error::NoRegister { .. } | Error::NotARegister { .. } => text!(
                "tạo sổ mới bằng «coi init THƯ-MỤC --agency \"Tên cơ quan\" --unit VP=\"Văn phòng\"», hoặc chỉ tới sổ có sẵn bằng --data THƯ-MỤC hay biến COI_DATA",
                "create one with 'coi init DIR --agency \"Agency name\" --unit VP=\"Office\"', or point to an existing one with --data DIR or COI_DATA"
            ),
            Error::MissingFields { .. } => text!(
                "xem «coi <loại> add --help» để biết các trường",
                "see 'coi <kind> add --help' for the fields"
            ),
            Error::UnknownUnit { .. } => text!(
                "thêm đơn vị vào mục units của coi.yaml nếu đó là đơn vị mới",
                "add the unit to the units of coi.yaml if it is new"
            ),
            Error::NotFound { noun, .. } => {
                text!(
                    "xem danh sách: coi {noun} list",
                    "see the list: coi {noun} list"
                )
            }
            Error::BadRecord { .. } => text!(
                "chạy «coi check» để xem từng lỗi và dòng của nó",
                "run 'coi check' to see each error and its line"
            ),
            Error::Locked { .. } => text!(
                "chờ lệnh kia xong rồi chạy lại; khóa tự mở khi tiến trình kết thúc",
                "wait for the other command and run again; the lock is released when that process ends"
            ),
            Error::Git { .. } => text!(
                "hồ sơ đã được ghi; kiểm tra kho git (git status) rồi tự commit",
                "the record was written; check the git repository (git status) and commit by hand"
            ),
            _ => return None,
        })
    }

    /// The full text for a person: message, then the findings when there are some.
    pub fn details(&self, base: &std::path::Path, lang: Lang) -> Vec<String> {
        match self {
            Error::BadRecord { findings, .. } => {
                findings.iter().map(|f| f.render(base, lang)).collect()
            }
            _ => Vec::new(),
        }
    }
}
