//! What the clerk sees: help in their language, status at a glance, completions, the manual.

use crate::harness::{Env, Run};

#[test]
fn help_is_vietnamese_by_default_and_english_on_request() {
    let env = Env::new();
    let vi = env.coi(&["--help"]).ok();
    assert!(
        vi.contains("Cách dùng: coi") && vi.contains("Lệnh:") && vi.contains("Tạo sổ đăng ký mới"),
        "{vi}"
    );
    let add = env.coi(&["case", "add", "--help"]).ok();
    assert!(
        add.contains("--person-name <NỘI DUNG>") && add.contains("Họ và tên [bắt buộc]"),
        "{add}"
    );
    // Every value of a list, with its Vietnamese alias.
    assert!(add.contains("supervision (giam-sat) — Giám sát"), "{add}");
    assert!(
        add.contains("self-report (tu-bao-cao) — Tự báo cáo"),
        "{add}"
    );
    let en = env.coi(&["--lang", "en", "gift", "handle", "--help"]).ok();
    assert!(
        en.contains("Usage: coi gift handle")
            && en.contains("state-budget (nop-ngan-sach, ngan-sach) — Paid into the state budget"),
        "{en}"
    );
    let mut cmd = env.command();
    let out = cmd
        .args(["report", "--help"])
        .env("COI_LANG", "en")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("Figures for a reporting period"));
    env.coi(&["-V"]).ok();
    env.coi(&["case", "-V"]).ok();
    // clap's own words are in Vietnamese too, and `help` is the same as `--help`.
    assert!(vi.contains("[giá trị: table, json]"), "{vi}");
    assert!(vi.contains("[biến môi trường: COI_DATA]"), "{vi}");
    assert!(vi.contains("help         In hướng dẫn của lệnh"), "{vi}");
    assert!(vi.contains("Cách dùng: coi [TÙY CHỌN] [LỆNH]\n"), "{vi}");
    for english in [
        "Print this message",
        "possible values",
        "[env:",
        "[OPTIONS]",
    ] {
        assert!(!vi.contains(english), "{english} in\n{vi}");
    }
    assert_eq!(env.coi(&["help", "case", "add"]).ok(), add);
    let err = env.coi(&["help", "cse"]).fails(2);
    assert!(err.starts_with("Lỗi: không có lệnh «cse»"), "{err}");
}

#[test]
fn help_follows_the_register_language() {
    let env = Env::with_register();
    let config = env
        .read("reg/coi.yaml")
        .replace("language: vi", "language: en");
    env.write("reg/coi.yaml", &config);
    let out = env.reg(&["case", "--help"]).ok();
    assert!(out.contains("Conflict-of-interest cases"), "{out}");
}

#[test]
fn status_shows_counts_overdue_and_the_period() {
    let env = Env::with_register();
    env.case().add().ok();
    env.gift().add().ok();
    let out = env.reg(&["status"]).ok();
    assert!(out.starts_with("Ban Quản lý Khu kinh tế tỉnh\nKỳ báo cáo hiện tại: Quý I năm 2026 (từ 15/12/2025 đến 14/03/2026)\n"), "{out}");
    assert!(
        out.contains("Vụ việc xung đột lợi ích") && out.contains("Chờ quyết định"),
        "{out}"
    );
    assert!(
        out.contains("Việc quá hạn")
            && out.contains(
                "QT-2026-001 Phạm Văn Cường: Nộp lại quà tặng — hạn 24/02/2026, trễ 18 ngày"
            ),
        "{out}"
    );
    // `coi` alone in a register is the same.
    let mut cmd = env.command();
    let alone = cmd.current_dir(env.path("reg")).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&alone.stdout), out);
    // The counts say which year they cover.
    assert!(
        out.contains("\nHồ sơ của năm báo cáo 2026 (từ 15/12/2025 đến 14/12/2026):\n"),
        "{out}"
    );
    assert!(
        out.contains("│ Cuộc tuyên truyền, tập huấn     ┆ Chưa có "),
        "{out}"
    );
    // For a script, the same in JSON with the spellings of the files.
    let json = env.reg(&["--format", "json", "status"]).ok();
    let status: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(status["year"]["from"], "2025-12-15");
    assert_eq!(status["period"]["to"], "2026-03-14");
    let counts = status["counts"].as_array().unwrap();
    assert!(
        counts
            .iter()
            .any(|c| c["kind"] == "case" && c["status"] == "awaiting_decision" && c["count"] == 1),
        "{json}"
    );
    assert_eq!(status["overdue"].as_array().unwrap().len(), 3, "{json}");
    assert_eq!(status["errors"], 0);
}

#[test]
fn completions_and_the_manual_come_from_the_command_line() {
    let env = Env::new();
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let script = env.coi(&["completions", shell]).ok();
        assert!(script.contains("end-measure"), "{shell}");
    }
    let fish = env.coi(&["completions", "fish"]).ok();
    assert!(fish.contains("Vụ việc xung đột lợi ích"), "{fish}");
    let man = env.coi(&["man"]).ok();
    assert!(
        man.starts_with(".ie") && man.contains(".TH coi 1"),
        "{}",
        &man[..200]
    );
    // A page for every command, so that the ones a page refers to exist, in the chosen language.
    env.coi(&["man", "--dir", "man"]).ok();
    for page in [
        "coi.1",
        "coi-case.1",
        "coi-case-decide.1",
        "coi-gift-handle.1",
    ] {
        assert!(env.exists(&format!("man/{page}")), "{page}");
    }
    let add = env.read("man/coi-case-add.1");
    assert!(
        add.contains(".TH coi-case-add 1") && add.contains("Họ và tên"),
        "{add}"
    );
    assert!(man.contains("coi\\-case(1)"), "{man}");
    env.coi(&["--lang", "en", "man", "--dir", "man-en"]).ok();
    assert!(env.read("man-en/coi-case-add.1").contains("Full name"));
}

#[test]
fn no_colour_without_a_terminal() {
    let env = Env::new();
    let err = env.coi(&["case", "list"]).fails(1);
    assert!(!err.contains('\x1b'), "{err:?}");
}

#[test]
fn tables_fit_the_width_they_are_given_and_lose_nothing() {
    let env = Env::new();
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/data");
    let list = |kind: &str, lang: &str, columns: usize| {
        let mut cmd = env.command();
        cmd.args(["--data", data, "--lang", lang, kind, "list"])
            .env("COLUMNS", columns.to_string());
        Run::from_output(cmd.output().unwrap()).ok()
    };
    let words = |table: &str| {
        let mut words: Vec<String> = table
            .split(|c: char| c.is_whitespace() || ('\u{2500}'..='\u{257f}').contains(&c))
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        words.sort();
        words
    };
    let letters = |table: &str| {
        let mut letters: Vec<char> = words(table).concat().chars().collect();
        letters.sort();
        letters
    };
    for kind in coi::model::Kind::ALL.map(coi::model::Kind::noun) {
        for lang in ["vi", "en"] {
            let wide = list(kind, lang, 300);
            let widest = wide.lines().map(|l| l.chars().count()).max().unwrap();
            assert!(
                widest > 100,
                "the demo {kind} list is wider than 100:\n{wide}"
            );
            for width in [100, 80] {
                let narrow = list(kind, lang, width);
                for line in narrow.lines() {
                    assert!(
                        line.chars().count() <= width,
                        "{kind} list ({lang}) wider than {width}:\n{narrow}"
                    );
                }
                // Nothing is lost, and IDs, dates and amounts are never broken.
                assert_eq!(
                    letters(&narrow),
                    letters(&wide),
                    "{kind} ({lang}):\n{narrow}"
                );
                let narrow_words = words(&narrow);
                // IDs, dates and amounts, as in XDLI-2026-001, 07/01/2026, 3.000.000.
                let whole = |w: &&String| {
                    w.contains(|c: char| c.is_ascii_digit())
                        && w.chars().all(|c| {
                            c.is_ascii_digit() || c.is_ascii_uppercase() || "-./".contains(c)
                        })
                };
                for value in words(&wide).iter().filter(whole) {
                    assert!(narrow_words.contains(value), "{value} broken:\n{narrow}");
                }
                // At 100 columns wrapping happens only at spaces: no word is cut.
                if width == 100 {
                    assert_eq!(narrow_words, words(&wide), "{kind} ({lang}):\n{narrow}");
                }
            }
        }
    }
}

#[cfg(unix)]
#[test]
fn colour_on_a_terminal_unless_no_color() {
    use rexpect::session::spawn_command;
    let env = Env::new();
    for (no_color, coloured) in [(None, true), (Some("1"), false)] {
        let mut cmd = env.command();
        cmd.args(["case", "list"])
            .env("TERM", "xterm")
            .env_remove("NO_COLOR")
            .stdin(std::process::Stdio::inherit());
        if let Some(v) = no_color {
            cmd.env("NO_COLOR", v);
        }
        let mut p = spawn_command(cmd, Some(10_000)).unwrap();
        let out = p.exp_eof().unwrap();
        // The terminal's bytes are read one character per byte.
        let label: String = "Lỗi".bytes().map(char::from).collect();
        let red = format!("\x1b[1;31m{label}\x1b[0m");
        assert_eq!(out.contains(&red), coloured, "{out:?}");
        assert!(out.contains(&label), "{out:?}");
    }
}

#[test]
fn command_line_mistakes_are_explained_in_vietnamese() {
    let env = Env::new();
    let err = env.coi(&["case", "lst"]).fails(2);
    assert!(
        err.starts_with("Lỗi: không có lệnh «lst»\n  gợi ý: có phải là list?\n"),
        "{err}"
    );
    let err = env.coi(&["case", "list", "--foramt", "json"]).fails(2);
    assert!(
        err.starts_with("Lỗi: không có tùy chọn --foramt\n  gợi ý: có phải là --format?\n"),
        "{err}"
    );
    let err = env.coi(&["--format", "xml", "check"]).fails(2);
    assert!(
        err.starts_with("Lỗi: giá trị «xml» không hợp lệ cho --format <DẠNG>; chọn: table, json\n"),
        "{err}"
    );
    let err = env.coi(&["--lang", "en", "case", "lst"]).fails(2);
    assert!(
        err.starts_with("error: there is no command 'lst'\n  hint: did you mean list?\n"),
        "{err}"
    );
    assert!(err.ends_with("\nSee also: --help\n"), "{err}");
    // A value the option's parser refuses says why, in either language.
    let err = env.coi(&["gift", "list", "--year", "hai"]).fails(2);
    assert!(
        err.starts_with(
            "Lỗi: giá trị «hai» không hợp lệ cho --year <NĂM>: chỉ được viết bằng chữ số\n"
        ),
        "{err}"
    );
    let err = env
        .coi(&["--lang", "en", "due", "--within", "99999999999"])
        .fails(2);
    assert!(
        err.starts_with(
            "error: '99999999999' is not a valid value for --within <DAYS>: \
             a number from 0 to 4294967295 is needed\n"
        ),
        "{err}"
    );
    let err = env
        .coi(&["report", "--period", "2026-Q1", "--delimiter", ";;"])
        .fails(2);
    assert!(
        err.starts_with(
            "Lỗi: giá trị «;;» không hợp lệ cho --delimiter <KÝ TỰ>: chỉ được một ký tự\n"
        ),
        "{err}"
    );
    let err = env
        .coi(&[
            "--lang",
            "en",
            "report",
            "--period",
            "2026-Q1",
            "--delimiter=",
        ])
        .fails(2);
    assert!(
        err.starts_with(
            "error: '' is not a valid value for --delimiter <CHAR>: a character is needed\n"
        ),
        "{err}"
    );
    let err = env.coi(&["gift", "show", "XDLI-2026-001"]).fails(2);
    assert!(
        err.starts_with(
            "Lỗi: XDLI-2026-001 không phải mã của loại hồ sơ này \
             (mã báo cáo quà tặng bắt đầu bằng QT)\n"
        ),
        "{err}"
    );
    let err = env.coi(&["--lang", "fr", "status"]).fails(2);
    assert!(
        err.starts_with(
            "Lỗi: giá trị «fr» không hợp lệ cho --lang <vi|en>: \
             chọn vi (tiếng Việt) hoặc en (tiếng Anh)\n"
        ),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn an_edit_with_errors_can_be_edited_again_on_a_terminal() {
    use rexpect::session::spawn_command;
    let env = Env::with_register();
    env.case().add().ok();
    // An editor that breaks the date the first time and mends it the second.
    env.write(
        "editor.sh",
        "#!/bin/sh\nif [ -e \"$HOME/once\" ]; then sed -i 's/known_on: 31\\/02\\/2026/known_on: 2026-03-01/' \"$1\"; else touch \"$HOME/once\"; sed -i 's/known_on: 2026-03-02/known_on: 31\\/02\\/2026/' \"$1\"; fi\n",
    );
    let mut cmd = env.command();
    cmd.args(["--data", "reg", "case", "edit", "XDLI-2026-001"])
        .env("EDITOR", format!("sh {}", env.path("editor.sh").display()))
        .env("TERM", "xterm")
        .stdin(std::process::Stdio::inherit());
    let mut p = spawn_command(cmd, Some(15_000)).unwrap();
    let bytes = |s: &str| -> String { s.bytes().map(char::from).collect() };
    p.exp_string(&bytes("known_on: ngày không có trên lịch"))
        .unwrap();
    // Asked in words, with «Có» chosen unless the clerk moves to «Không».
    p.exp_string(&bytes("Có")).unwrap();
    p.exp_string(&bytes("Không")).unwrap();
    crate::guided::wait_for_keys(&p);
    p.send("\r").unwrap();
    p.flush().unwrap();
    p.exp_string(&bytes("Đã sửa")).unwrap();
    p.exp_eof().unwrap();
    let text = env.read("reg/cases/2026/XDLI-2026-001.yaml");
    assert!(
        text.contains("known_on: 2026-03-01\n")
            && text.contains("action: edited\n  note: known_on\n"),
        "{text}"
    );
}

#[cfg(unix)]
#[test]
fn what_the_system_says_is_told_in_vietnamese_and_in_its_own_words_in_english() {
    let env = Env::with_register();
    env.write("f", "");
    let err = env
        .reg(&["report", "--period", "2026-Q1", "--out", "f/bao-cao"])
        .fails(1);
    assert!(
        err.ends_with(
            "Lỗi: không ghi được tệp f/bao-cao/tong-hop.csv\n  \
             nguyên nhân: một phần của đường dẫn không phải thư mục (mã lỗi 20)\n"
        ),
        "{err}"
    );
    let err = env
        .reg(&[
            "--lang", "en", "report", "--period", "2026-Q1", "--out", "f/b",
        ])
        .fails(1);
    assert!(
        err.contains("  cause: Not a directory (os error 20)\n"),
        "{err}"
    );
    // A file where a folder should be is said as such, not as "exists"; the temporary file
    // the workbook is written through is never named.
    let err = env
        .reg(&["report", "--period", "2026-Q1", "--xlsx", "f/bao-cao.xlsx"])
        .fails(1);
    assert!(
        err.ends_with(
            "Lỗi: không ghi được tệp f/bao-cao.xlsx\n  \
             nguyên nhân: một phần của đường dẫn không phải thư mục\n"
        ),
        "{err}"
    );
    std::fs::create_dir_all(env.path("bao-cao.xlsx")).unwrap();
    let err = env
        .reg(&[
            "--lang",
            "en",
            "report",
            "--period",
            "2026-Q1",
            "--xlsx",
            "bao-cao.xlsx",
        ])
        .fails(1);
    assert!(
        err.ends_with(
            "error: cannot write the file bao-cao.xlsx\n  cause: Is a directory (os error 21)\n"
        ),
        "{err}"
    );
}

/// `--as-of` reads a copy of the register in a temporary folder; its problems name the
/// register's own files.
#[test]
fn a_past_version_is_named_as_the_register_not_as_its_temporary_copy() {
    let env = Env::with_git_register();
    let good = env.read("reg/coi.yaml");
    env.write("reg/coi.yaml", &format!("{good}khong_co: 1\n"));
    env.git("reg", &["commit", "-qam", "broken"]);
    env.write("reg/coi.yaml", &good);
    env.git("reg", &["commit", "-qam", "mended"]);
    let err = env
        .reg(&["report", "--period", "2026-Q1", "--as-of", "HEAD~1"])
        .fails(1);
    assert!(err.starts_with("Lỗi: reg/coi.yaml:"), "{err}");
    assert!(!err.contains("coi-as-of-"), "{err}");
}

/// A register reached by an absolute path names the files in it relative to itself.
#[cfg(unix)]
#[test]
fn a_file_of_a_register_given_by_its_full_path_is_named_within_it() {
    let env = Env::with_register();
    env.write("reg/f", "");
    let root = env.path("reg");
    let root = root.to_str().unwrap();
    let out = format!("{root}/f/bao-cao");
    let err = env
        .coi(&[
            "--data", root, "report", "--period", "2026-Q1", "--out", &out,
        ])
        .fails(1);
    assert!(
        err.starts_with("Lỗi: không ghi được tệp f/bao-cao/tong-hop.csv\n"),
        "{err}"
    );
}
