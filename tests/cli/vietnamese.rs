//! Vietnamese output is Vietnamese: every command of the README's Vietnamese story, the reading
//! commands on that register, on an empty one and on the demo register, and the errors a clerk
//! meets (bad input, a missing record, a broken file, a failing disk), all with `--lang vi`,
//! checked against a list of English words. Codes, IDs, paths, flags, commands, the
//! `path:line: error|warning: field:` locator of a finding and anything in backticks are taken
//! out first: those are written as the clerk types them.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::harness::{Env, Run};

/// English words that have no place in a Vietnamese text; none of them is a Vietnamese word
/// written without its marks.
const ENGLISH: &[&str] = &[
    "error",
    "errors",
    "warning",
    "warnings",
    "unknown",
    "not",
    "no",
    "file",
    "files",
    "found",
    "missing",
    "invalid",
    "none",
    "null",
    "the",
    "and",
    "of",
    "is",
    "are",
    "was",
    "be",
    "has",
    "have",
    "with",
    "from",
    "for",
    "or",
    "at",
    "by",
    "on",
    "this",
    "that",
    "it",
    "its",
    "yet",
    "due",
    "late",
    "overdue",
    "record",
    "records",
    "cannot",
    "failed",
    "directory",
    "folder",
    "such",
    "permission",
    "denied",
    "exists",
    "already",
    "read",
    "write",
    "written",
    "path",
    "value",
    "field",
    "required",
    "must",
    "should",
    "expected",
    "os",
    "temporary",
    "tmp",
    "gift",
    "gifts",
    "case",
    "cases",
    "training",
    "trainings",
    "inspection",
    "action",
    "unit",
    "units",
    "date",
    "day",
    "days",
    "period",
    "report",
    "status",
    "plan",
    "task",
    "tasks",
    "name",
    "email",
    "place",
    "recipients",
    "implements",
    "supervision",
    "self",
    "other",
    "add",
    "edit",
    "decide",
    "notify",
    "close",
    "handover",
    "handle",
    "state",
    "budget",
    "measure",
    "end",
];

/// The words of `coi`'s command line, which follow `coi` in a hint, besides the nouns of the
/// kinds (see [`is_command`]).
const COMMANDS: &[&str] = &[
    "init",
    "province",
    "add-agency",
    "collect",
    "add",
    "list",
    "show",
    "edit",
    "log",
    "void",
    "decide",
    "end-measure",
    "notify",
    "close",
    "handover",
    "handle",
    "conclude",
    "check",
    "due",
    "report",
    "status",
    "plan",
    "period",
    "whoami",
    "sync",
    "help",
    "last",
    "config",
    "man",
];

/// A word of the command line: one of [`COMMANDS`] or a kind's noun.
fn is_command(word: &str) -> bool {
    COMMANDS.contains(&word) || coi::model::Kind::ALL.iter().any(|k| k.noun() == word)
}

const FILE_ENDINGS: &[&str] = &[
    ".yaml", ".yml", ".csv", ".xlsx", ".docx", ".json", ".sh", ".lock", ".txt", ".log", ".1",
];

/// The English words and internal names left in `text` once codes are taken out, each with
/// its line.
fn leaks(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in text.lines() {
        let prose = prose_of(line);
        for word in prose.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.')) {
            let word = word.trim_matches('.');
            // An internal name: `value_vnd`, `signer.title`.
            let internal = word.chars().any(|c| c.is_ascii_lowercase())
                && (word.contains('_') || word.contains('.'))
                && word.is_ascii();
            if internal {
                found.push(format!("{word:?} in {line:?}"));
                continue;
            }
            for part in word.split(['_', '.']) {
                if part.is_ascii() && ENGLISH.contains(&part.to_ascii_lowercase().as_str()) {
                    found.push(format!("{part:?} in {line:?}"));
                }
            }
        }
    }
    found
}

/// A line without what is written as the clerk types it.
fn prose_of(line: &str) -> String {
    let mut line = without_backticks(&without_quoted_git(line));
    // The labels of `coi`'s messages («Lỗi:», «Cảnh báo:»), and the locator of a finding (whose
    // `error`/`warning` is a fixed format for editors and scripts).
    for label in ["Lỗi: ", "Cảnh báo: "] {
        if let Some(rest) = line.trim_start().strip_prefix(label) {
            line = rest.to_string();
        }
    }
    if let Some(rest) = after_locator(&line) {
        line = rest;
    }
    // A field named before what is wrong with it: `  measures[0].decided_on: …`.
    if let Some((field, rest)) = line.trim_start().split_once(": ")
        && is_field(field)
    {
        line = rest.to_string();
    }
    let mut kept = Vec::new();
    let words: Vec<&str> = line.split_whitespace().collect();
    let mut i = 0;
    while i < words.len() {
        let (word, this) = (words[i], bare(words[i]));
        i += 1;
        if this == "coi" {
            // `coi case list`, «coi plan --year 2027», «coi <loại> add»: a command to type.
            while let Some(next) = words.get(i) {
                let placeholder = next.starts_with('<') || next.starts_with("«<");
                let next = bare(next);
                if is_command(next) || is_code(next) || next.is_empty() || placeholder {
                    i += 1;
                } else {
                    break;
                }
            }
            continue;
        }
        // A value of a closed list, as typed, before its label: `other (khac) «Hình thức khác»`.
        let labelled = |at: usize| words.get(at).is_some_and(|w| w.starts_with('«'));
        let alias = words.get(i).is_some_and(|w| w.starts_with('(')) && labelled(i + 1);
        if this.is_ascii() && (labelled(i) || alias) {
            continue;
        }
        if is_code(this) {
            continue;
        }
        kept.push(word);
    }
    kept.join(" ")
}

/// A field path as the files spell it: `known_on`, `units[0]`, `person.name`.
fn is_field(word: &str) -> bool {
    !word.is_empty()
        && word.chars().any(|c| c.is_ascii_lowercase())
        && (word.chars())
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "_.[]".contains(c))
}

/// `reg/gifts/2026/QT-2026-002.yaml:4: error: field: message` → `message`.
fn after_locator(line: &str) -> Option<String> {
    let line = line.trim_start();
    let (at, severity) = [": error: ", ": warning: "]
        .iter()
        .find_map(|s| line.find(s).map(|i| (i, s.len())))?;
    let (path, number) = line[..at].rsplit_once(':')?;
    if path.is_empty() || !number.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let rest = &line[at + severity..];
    // The field path, when there is one: `measures[0].decided_on: …`.
    let field = rest.split_once(": ").map(|(f, _)| f).filter(|f| {
        !f.is_empty()
            && f.chars()
                .all(|c| c.is_ascii_alphanumeric() || "_.[]-".contains(c))
    });
    Some(match field {
        Some(f) => rest[f.len() + 2..].to_string(),
        None => rest.to_string(),
    })
}

/// git's own words, quoted after «Git báo (nguyên văn tiếng Anh):», are taken out.
fn without_quoted_git(line: &str) -> String {
    const SAID: &str = "(nguyên văn tiếng Anh): «";
    match line.find(SAID) {
        Some(at) => {
            let rest = &line[at + SAID.len()..];
            let end = rest.rfind('»').map_or("", |i| &rest[i..]);
            format!("{}{}", &line[..at + SAID.len()], end)
        }
        None => line.to_string(),
    }
}

fn without_backticks(line: &str) -> String {
    let mut out = String::new();
    for (i, part) in line.split('`').enumerate() {
        if i % 2 == 0 {
            out.push_str(part);
        }
    }
    out
}

/// A word without the punctuation around it.
fn bare(word: &str) -> &str {
    word.trim_matches(|c: char| "«»()[]{},;:!?'\"<>…".contains(c))
        .trim_end_matches('.')
}

/// A flag, a path, a file, an ID or a code (`--lang`, `cases/2026/…`, `XDLI-2026-001`, `QLDN`,
/// `II.1`, `COI_USER`, `2.000.000`).
fn is_code(word: &str) -> bool {
    let flag = word.starts_with('-')
        && word[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '-');
    let path = word.contains('/') || word.contains('\\');
    let file = FILE_ENDINGS.iter().any(|e| word.ends_with(e));
    let code = word
        .chars()
        .any(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && !word.chars().any(|c| c.is_ascii_lowercase());
    // `self-report`, `units[0]`: a value or a field as typed.
    let typed = word.is_ascii() && (word.contains('-') || word.contains('['));
    // A commit, `3fac94a`.
    let hash = word.len() >= 7 && word.chars().all(|c| c.is_ascii_hexdigit());
    flag || path || file || code || typed || hash
}

/// Lines that start a sentence in lower case, and table cells that do.
fn lower_case_starts(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in text.lines() {
        if line.starts_with(['│', '┌', '└', '╞', '├']) {
            for cell in line.split(['│', '┆']) {
                let cell = cell.trim();
                if cell.starts_with(char::is_lowercase)
                    && !is_code(bare(cell.split(' ').next().unwrap_or("")))
                {
                    found.push(format!("{cell:?} in {line:?}"));
                }
            }
            continue;
        }
        let first = line.split_whitespace().next().unwrap_or("");
        let labelled = ["error:", "warning:"].contains(&first)
            || line.starts_with(' ')
            || after_locator(line).is_some();
        if !labelled && line.starts_with(char::is_lowercase) && !is_code(bare(first)) {
            found.push(format!("{line:?}"));
        }
    }
    found
}

/// Everything a run printed, under the command that printed it.
struct Transcript {
    text: String,
    problems: Vec<String>,
}

impl Transcript {
    fn new() -> Transcript {
        Transcript {
            text: String::new(),
            problems: Vec::new(),
        }
    }

    /// Nothing to show is said in a sentence, not drawn as a table with no rows.
    fn no_empty_frame(&mut self, what: &str, text: &str) {
        if text.contains('┌') {
            self.problems.push(format!("an empty frame for {what}"));
        }
    }

    fn add(&mut self, what: &str, run: &Run) {
        self.text
            .push_str(&format!("$ {what}\n{}{}", run.stdout, run.stderr));
    }

    /// Runs `coi --lang vi ARGS` and keeps what it printed.
    fn coi(&mut self, env: &Env, args: &[&str]) -> Run {
        let mut cmd = env.command();
        // Wide enough that no cell is wrapped onto a second line.
        cmd.env("COLUMNS", "1000");
        self.run(cmd.arg("--lang").arg("vi").args(args), &args.join(" "))
    }

    fn run(&mut self, cmd: &mut Command, what: &str) -> Run {
        let run = Run::from_output(cmd.output().expect("coi runs"));
        self.add(what, &run);
        run
    }

    fn check(&self) {
        let shown: String = (self.text.lines())
            .filter(|l| !l.starts_with("$ "))
            .map(|l| format!("{l}\n"))
            .collect();
        let mut problems = self.problems.clone();
        problems.extend(leaks(&shown));
        problems.extend(lower_case_starts(&shown));
        assert!(
            problems.is_empty(),
            "English, internal names or lower-case starts in Vietnamese output:\n  {}\n\n{}",
            problems.join("\n  "),
            self.text
        );
    }
}

/// The README's Vietnamese story, run with `--lang vi` in `env`, leaving `so-xdli`.
fn story(env: &Env, out: &mut Transcript) {
    let (blocks, _) = crate::readme::examples();
    let script = format!(
        "set -euo pipefail\ncoi() {{ \"$COI\" --lang vi \"$@\"; }}\n{}",
        blocks.join("\n")
    );
    env.write("story.sh", &script);
    let mut script = env.script(&env.path("story.sh"));
    let run = out.run(script.env("COLUMNS", "1000"), "README");
    run.ok();
}

fn demo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data")
}

#[test]
fn the_story_and_every_reading_command_speak_vietnamese() {
    let env = Env::new();
    let mut out = Transcript::new();
    story(&env, &mut out);
    let on = |out: &mut Transcript, line: &str| {
        let mut args = vec!["--data", "so-xdli"];
        args.extend(line.split(' '));
        out.coi(&env, &args).ok()
    };
    for line in [
        "status",
        "due",
        "due --within 60",
        "whoami",
        "period 2026-Q1",
        "check",
        "case list",
        "case show XDLI-2026-002",
        "case log XDLI-2026-001",
        "gift list",
        "gift show QT-2026-001",
        "gift log QT-2026-001",
        "training show TH-2026-001",
        "training log TH-2026-001",
        "inspection list",
        "inspection show KT-2026-001",
        "inspection log KT-2026-001",
        "action show HD-2026-001",
        "action log HD-2026-001",
        "plan --year 2027",
        "report --period 2026-Q2",
        "report --period 2026",
    ] {
        on(&mut out, line);
    }
    // An edit, and the history that tells it.
    let mut edit = env.command();
    edit.env("COLUMNS", "1000")
        .env(
            "EDITOR",
            "sed -i s/position:.Chuyên.viên/position:\\x20Phó\\x20Trưởng\\x20phòng/",
        )
        .args([
            "--lang",
            "vi",
            "--data",
            "so-xdli",
            "case",
            "edit",
            "XDLI-2026-001",
        ]);
    out.run(&mut edit, "case edit XDLI-2026-001").ok();
    on(&mut out, "case log XDLI-2026-001");
    // Lists with nothing in them.
    for line in [
        "gift list --status cho-xu-ly",
        "training list --year 2025",
        "case list --unit VP",
    ] {
        let text = on(&mut out, line);
        out.no_empty_frame(line, &text);
    }
    // What the report wrote.
    for entry in std::fs::read_dir(env.path("so-xdli/bao-cao/2026-Q1")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "csv") {
            let text = std::fs::read_to_string(&path).unwrap();
            out.text
                .push_str(&format!("$ cat {}\n{text}", path.display()));
        }
    }
    out.check();
}

#[test]
fn an_empty_register_says_so_in_sentences() {
    let env = Env::with_register();
    let mut out = Transcript::new();
    for line in [
        "status",
        // Nothing is owed in two days (the quarter's report is due on the 17th).
        "due --within 2",
        "check",
        "case list",
        "gift list",
        "training list",
        "inspection list",
        "action list",
        "plan",
        "report --period 2026-Q1",
    ] {
        let mut args = vec!["--data", "reg"];
        args.extend(line.split(' '));
        let text = out.coi(&env, &args).ok();
        if line != "status" && !line.starts_with("report") && line != "plan" {
            out.no_empty_frame(line, &text);
        }
    }
    out.check();
}

#[test]
fn the_demo_register_reads_in_vietnamese() {
    let env = Env::new();
    let data = demo();
    let data = data.to_str().unwrap();
    let mut out = Transcript::new();
    for line in [
        "status",
        "due",
        "check",
        "case list",
        "gift list",
        "training list",
        "inspection list",
        "action list",
        "plan",
        "report --period 2026",
        "report --period 2026-Q1",
    ] {
        let mut args = vec!["--data", data];
        args.extend(line.split(' '));
        out.coi(&env, &args).ok();
    }
    out.check();
}

#[test]
fn errors_speak_vietnamese() {
    let env = Env::with_git_register();
    let mut out = Transcript::new();
    env.case().stated().add().ok();
    env.gift().stated().add().ok();
    env.write("f", "");
    let mut exits = |args: &[&str], code: i32| {
        let mut all = vec!["--data", "reg"];
        all.extend_from_slice(args);
        out.coi(&env, &all).fails(code);
    };
    // The command line.
    exits(&["show", "XDLI-2026-001"], 2);
    exits(&["case", "list", "--khong-co"], 2);
    exits(&["case", "show"], 2);
    exits(&["report"], 2);
    exits(&["case", "list", "--format", "xml"], 2);
    exits(
        &["gift", "add", "--unit", "VP", "--received-on", "31/02/2026"],
        2,
    );
    exits(&["gift", "add", "--unit", "VP"], 2);
    exits(&["gift", "add", "--unit", "KHONGCO"], 2);
    exits(&["case", "list", "--status", "khong-co"], 2);
    exits(
        &["training", "add", "--title", "T", "--form", "khong-co"],
        2,
    );
    exits(
        &[
            "gift",
            "handle",
            "QT-2026-001",
            "--outcome",
            "nop-ngan-sach",
            "--date",
            "01/03/2026",
            "--amount",
            "hai triệu",
        ],
        2,
    );
    // The records and the rules.
    exits(&["case", "show", "XDLI-2026-099"], 1);
    exits(&["case", "show", "ABC"], 2);
    exits(
        &["gift", "notify", "QT-2026-001", "--date", "01/03/2026"],
        1,
    );
    exits(
        &["case", "notify", "XDLI-2026-001", "--date", "05/03/2026"],
        1,
    );
    exits(
        &[
            "case",
            "decide",
            "XDLI-2026-001",
            "--measure",
            "giam-sat",
            "--date",
            "01/01/2026",
        ],
        1,
    );
    exits(&["case", "void", "XDLI-2026-001"], 2);
    exits(&["gift", "void", "QT-2026-001", "--reason", "Nhập nhầm"], 0);
    exits(&["gift", "show", "QT-2026-001"], 0);
    exits(&["gift", "list"], 0);
    exits(
        &["gift", "handover", "QT-2026-001", "--date", "20/02/2026"],
        1,
    );
    exits(&[], 0);
    exits(&["period"], 0);
    exits(&["plan", "--year", "2026", "init"], 0);
    exits(&["plan", "init"], 1);
    // Files and folders: the system's refusals.
    exits(
        &["report", "--period", "2026-Q1", "--xlsx", "f/bao-cao.xlsx"],
        1,
    );
    exits(&["report", "--period", "2026-Q1", "--out", "f/bao-cao"], 1);
    let no_editor = out.run(
        env.command()
            .args([
                "--lang",
                "vi",
                "--data",
                "reg",
                "case",
                "edit",
                "XDLI-2026-001",
            ])
            .env("EDITOR", "trinh-soan-thao-khong-co"),
        "case edit (no editor)",
    );
    no_editor.fails(1);
    out.coi(&env, &["--data", "khong-co", "status"]).fails(1);
    out.coi(&env, &["status"]).fails(1);
    out.coi(&env, &["init", "reg", "--agency", "A"]).fails(1);
    // Broken files: what check and the commands that read them say.
    env.write(
        "reg/gifts/2026/QT-2026-007.yaml",
        "id: QT-2026-007\nunit: [\n",
    );
    std::fs::write(
        env.path("reg/gifts/2026/QT-2026-008.yaml"),
        b"id: \xff\xfe\n",
    )
    .unwrap();
    std::fs::create_dir_all(env.path("reg/gifts/2026/QT-2026-009.yaml")).unwrap();
    env.write(
        "reg/cases/2026/XDLI-2026-005.yaml",
        "id: XDLI-2026-005\nunit: VP\nperson:\n  name: Lê Văn C\n  postion: Chuyên viên\n",
    );
    let mut again_exits = |args: &[&str], code: i32| {
        let mut all = vec!["--data", "reg"];
        all.extend_from_slice(args);
        out.coi(&env, &all).fails(code);
    };
    again_exits(&["check"], 1);
    again_exits(&["gift", "show", "QT-2026-007"], 1);
    again_exits(&["case", "show", "XDLI-2026-005"], 1);
    again_exits(&["report", "--period", "2026-Q1"], 1);
    let text = out.coi(
        &env,
        &[
            "--data",
            "reg",
            "report",
            "--period",
            "2026-Q1",
            "--allow-errors",
        ],
    );
    text.ok();
    std::fs::remove_file(env.path("reg/gifts/2026/QT-2026-001.yaml")).unwrap();
    out.coi(&env, &["--data", "reg", "gift", "show", "QT-2026-001"])
        .fails(1);
    env.write(
        "reg/coi.yaml",
        "schema: 1\nagency: A\nunits:\n- code: VP\n  nam: B\n",
    );
    out.coi(&env, &["--data", "reg", "check"]).fails(1);
    out.coi(&env, &["--data", "reg", "status"]).fails(1);
    assert!(
        !out.text.contains(": -: "),
        "a whole-file problem shown with '-' as its field:\n{}",
        out.text
    );
    out.check();
}

#[test]
fn english_stays_english() {
    let env = Env::with_register();
    let en = |line: &str| env.run(&format!("--lang en {line}")).ok();
    assert_eq!(
        en("due --within 2"),
        "Nothing is overdue or falls due in the next 2 days.\n"
    );
    assert_eq!(
        en("case list"),
        "There is no conflict-of-interest case in the register yet.\n"
    );
    assert_eq!(
        en("gift list --unit VP"),
        "No gift report matches what was asked.\n"
    );
    assert!(en("status").contains("┆ None yet "));
    assert_eq!(
        env.run("due --within 2").ok(),
        "Không có việc nào quá hạn hoặc đến hạn trong 2 ngày tới.\n"
    );
    assert_eq!(
        env.run("case list").ok(),
        "Chưa có vụ việc xung đột lợi ích nào trong sổ.\n"
    );
    assert_eq!(
        env.run("gift list --unit VP").ok(),
        "Không có báo cáo quà tặng nào đúng với điều kiện đã chọn.\n"
    );
}

/// The placeholders and notes of clap's English help (`<CODE>`, `[default: 7]`).
const ENGLISH_PLACEHOLDERS: &[&str] = &[
    "NAME", "DIR", "FORMAT", "TEXT", "ID", "DATE", "VALUE", "CODE", "YEAR", "STATUS", "OUTCOME",
    "FILE", "PERIOD", "KIND", "FORM", "DAYS", "CHAR", "CODES", "NO", "VND", "REV", "COMMAND",
];

/// Every command's help page, `coi … --help`, from the root down.
fn help_pages(env: &Env, out: &mut Transcript, path: &mut Vec<String>) {
    let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
    args.push("--help");
    let page = out.coi(env, &args).ok();
    let subcommands: Vec<String> = page
        .lines()
        .skip_while(|l| *l != "Lệnh:")
        .skip(1)
        .take_while(|l| !l.is_empty())
        // A command's line, not the wrapped end of a description.
        .filter(|l| !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next().map(String::from))
        .filter(|c| c != "help")
        .collect();
    for sub in subcommands {
        path.push(sub);
        help_pages(env, out, path);
        path.pop();
    }
}

/// A help page without what is typed as it is: the names in its list of commands
/// (`  case   Vụ việc…`) and the values of a list before their label
/// (`  other (khac) — Tình huống khác`).
fn without_names(pages: &str) -> String {
    let mut kept = String::new();
    for line in pages.lines() {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        let name = trimmed.split(' ').next().unwrap_or("");
        let typed = name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_".contains(c));
        let line = if indent == 2 && typed && trimmed[name.len()..].starts_with("  ") {
            trimmed[name.len()..].trim_start().to_string()
        } else if typed && trimmed.contains(") — ") && trimmed[name.len()..].starts_with(" (") {
            trimmed.split_once(") — ").unwrap().1.to_string()
        } else {
            line.to_string()
        };
        kept.push_str(&line);
        kept.push('\n');
    }
    kept
}

#[test]
fn help_pages_the_export_script_and_sync_speak_vietnamese() {
    let env = Env::with_git_register();
    let mut help = Transcript::new();
    help_pages(&env, &mut help, &mut Vec::new());
    let pages = help.text;
    // Checked for English words only: clap wraps long lines, so a line may start in lower case.
    let shown: String = (pages.lines())
        .filter(|l| !l.starts_with("$ "))
        .map(|l| format!("{l}\n"))
        .collect();
    let leaked = leaks(&without_names(&shown));
    assert!(
        leaked.is_empty(),
        "English in the help:\n  {}",
        leaked.join("\n  ")
    );
    let mut out = Transcript::new();
    assert!(pages.matches("Cách dùng: coi").count() > 40, "{pages}");
    for line in pages.lines().filter(|l| !l.starts_with("$ ")) {
        for note in [
            "[default:",
            "[env:",
            "[possible values:",
            "Usage:",
            "Options:",
        ] {
            assert!(!line.contains(note), "{note} in {line:?}");
        }
        for placeholder in line.split('<').skip(1).filter_map(|p| p.split_once('>')) {
            for word in placeholder.0.split(['|', '=', ' ']) {
                assert!(
                    !ENGLISH_PLACEHOLDERS.contains(&word),
                    "<{}> in {line:?}",
                    placeholder.0
                );
            }
        }
    }
    // Pinned: the default and the placeholders of `due` and `case show`.
    assert!(
        pages.contains("--within <SỐ NGÀY>  Cả những việc đến hạn trong số ngày này [mặc định: 7]"),
        "{pages}"
    );
    assert!(
        pages.contains("Cách dùng: coi case show [TÙY CHỌN] <MÃ HỒ SƠ>"),
        "{pages}"
    );
    assert!(pages.contains("--note <NỘI DUNG>"), "{pages}");

    // The quarterly export: a run, a run with errors left out, and its own errors.
    env.gift().add().ok();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/quarterly-export.sh");
    let run_script = |out: &mut Transcript, args: &[&str], dir: &str| {
        let mut cmd = env.script(&script);
        cmd.args(args).current_dir(env.path(dir));
        out.run(&mut cmd, &format!("quarterly-export.sh {}", args.join(" ")))
    };
    run_script(&mut out, &["--log", "reports/export.log", "2026-Q1"], "reg").ok();
    out.text.push_str(&env.read("reg/reports/export.log"));
    env.write("reg/gifts/2026/QT-2026-009.yaml", "id: [\n");
    run_script(&mut out, &["2026-Q1"], "reg").fails(1);
    run_script(&mut out, &["--allow-errors", "2026-Q1"], "reg").ok();
    run_script(&mut out, &["--khong-co"], "reg").fails(2);
    run_script(&mut out, &["2026-Q1"], "").fails(1);
    std::fs::remove_file(env.path("reg/gifts/2026/QT-2026-009.yaml")).unwrap();
    // The log stays out of git: nothing is left to commit.
    assert_eq!(env.git("reg", &["status", "--porcelain"]), "");

    // Sync: with a shared remote, then with one out of reach (git's own words are quoted).
    env.git(".", &["init", "--quiet", "--bare", "remote.git"]);
    env.git("reg", &["remote", "add", "origin", "../remote.git"]);
    out.coi(&env, &["--data", "reg", "sync"]).ok();
    env.training().add().ok();
    out.coi(&env, &["--data", "reg", "sync"]).ok();
    env.git("reg", &["remote", "set-url", "origin", "../khong-co.git"]);
    let err = out.coi(&env, &["--data", "reg", "sync"]).fails(1);
    assert!(err.contains("Git báo (nguyên văn tiếng Anh): «"), "{err}");
    out.check();
}

/// Every English help page, from the root down, into `pages`.
fn english_help_pages(env: &Env, path: &mut Vec<String>, pages: &mut String) {
    let mut args = vec!["--lang".to_string(), "en".to_string()];
    args.extend(path.iter().cloned());
    args.push("--help".into());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let page = env.coi(&args).ok();
    pages.push_str(&page);
    let subcommands: Vec<String> = page
        .lines()
        .skip_while(|l| *l != "Commands:")
        .skip(1)
        .take_while(|l| !l.is_empty())
        .filter(|l| !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next().map(String::from))
        .filter(|c| c != "help")
        .collect();
    for sub in subcommands {
        path.push(sub);
        english_help_pages(env, path, pages);
        path.pop();
    }
}

#[test]
fn the_english_help_says_each_thing_once() {
    let env = Env::new();
    let mut pages = String::new();
    english_help_pages(&env, &mut Vec::new(), &mut pages);
    assert!(
        pages.contains("--note <TEXT>      A note for the history\n"),
        "{pages}"
    );
    // No description is its own sentence twice («A note for the history A note for the history»).
    for line in pages.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        for len in 3..=words.len() / 2 {
            for at in 0..=words.len() - 2 * len {
                assert!(
                    words[at..at + len] != words[at + len..at + 2 * len],
                    "said twice: {line:?}"
                );
            }
        }
    }
}
