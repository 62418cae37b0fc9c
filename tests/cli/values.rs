//! Values that would make a broken file are refused before anything is written: the CSV
//! delimiter, on the command line and in coi.yaml.

use crate::harness::Env;

#[test]
fn a_delimiter_that_csv_cannot_carry_is_refused_on_the_command_line() {
    let env = Env::with_register();
    for (bad, why) in [
        ("đ", "dấu phân cách CSV phải là một ký tự ASCII"),
        ("\"", "dấu phân cách CSV phải là một ký tự ASCII"),
        ("\n", "dấu phân cách CSV phải là một ký tự ASCII"),
        ("\r", "dấu phân cách CSV phải là một ký tự ASCII"),
        (";;", "chỉ được một ký tự"),
    ] {
        let flag = format!("--delimiter={bad}");
        let args = ["report", "--period", "2026-Q1", "--out", "out", &flag];
        let err = env.reg(&args).fails(2);
        assert!(
            err.contains(&format!("cho --delimiter <KÝ TỰ>: {why}")),
            "{bad:?}: {err}"
        );
        assert!(!env.exists("out"), "{bad:?}: nothing is written");
    }
    let err = env
        .reg(&[
            "--lang",
            "en",
            "report",
            "--period",
            "2026-Q1",
            "--delimiter",
            "\"",
        ])
        .fails(2);
    assert!(
        err.starts_with(
            "error: '\"' is not a valid value for --delimiter <CHAR>: the CSV delimiter must be \
             one ASCII character (such as , or ; or a tab), not a double quote or a line break\n"
        ),
        "{err}"
    );
}

#[test]
fn a_tab_or_a_semicolon_is_a_delimiter() {
    let env = Env::with_register();
    for (given, byte) in [("\t", b'\t'), (";", b';')] {
        let flag = format!("--delimiter={given}");
        env.reg(&["report", "--period", "2026-Q1", "--out", "out", &flag])
            .ok();
        let csv = std::fs::read(env.path("out/tong-hop.csv")).unwrap();
        let header = csv.split(|&b| b == b'\n').next().unwrap();
        assert!(
            header.contains(&byte),
            "{given:?}: {}",
            String::from_utf8_lossy(header)
        );
    }
}

#[test]
fn a_delimiter_that_csv_cannot_carry_is_refused_in_coi_yaml() {
    let env = Env::with_register();
    let config = env.read("reg/coi.yaml");
    let line = 1 + config
        .lines()
        .position(|l| l.contains("delimiter:"))
        .unwrap();
    for bad in ["đ", "'\"'"] {
        let edited = config.replace("delimiter: ','", &format!("delimiter: {bad}"));
        env.write("reg/coi.yaml", &edited);
        let err = env
            .reg(&["report", "--period", "2026-Q1", "--out", "out"])
            .fails(1);
        assert!(
            err.starts_with(&format!("Lỗi: reg/coi.yaml:{line}: ")),
            "{bad}: {err}"
        );
        assert!(
            err.contains("csv.delimiter: dấu phân cách CSV phải là một ký tự ASCII"),
            "{bad}: {err}"
        );
        assert!(!env.exists("out"), "{bad}: nothing is written");
    }
}
