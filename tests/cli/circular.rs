//! The report as Circular 06/2025/TT-TTCP asks it: the rows of Biểu 01/PCTN with the form's own
//! words, codes and units, the figures compared with an earlier period, and the corrections to a
//! report already sent, in every output.

use std::io::Read;
use std::path::Path;

use crate::docx::paragraphs;
use crate::harness::Env;

fn demo() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data")
        .display()
        .to_string()
}

fn zip_part(path: &Path, name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut text = String::new();
    zip.by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

fn csv_rows(path: &Path, delimiter: u8) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(path).unwrap();
    let text = text.trim_start_matches('\u{feff}');
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect()
}

#[test]
fn the_form_rows_carry_the_circulars_words_codes_and_units_in_every_output() {
    let env = Env::after_the_demo_year();
    let data = demo();
    let base = ["--data", data.as_str(), "report", "--period", "2026"];
    let run = |args: Vec<String>| {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        env.coi(&args)
    };
    let with = |more: &[&'static str]| -> Vec<String> {
        (base.iter().chain(more)).map(|s| s.to_string()).collect()
    };
    run(with(&[
        "--out",
        "out",
        "--xlsx",
        "out/b.xlsx",
        "--docx",
        "out/b.docx",
    ]))
    .ok();
    let rows = csv_rows(&env.path("out/bieu-01-pctn.csv"), b',');
    assert_eq!(
        rows[0],
        ["MS", "NỘI DUNG", "ĐVT", "SỐ LIỆU", "Từ chỉ tiêu của coi"]
    );
    let row = |code: &str| {
        rows.iter()
            .find(|r| r[0] == code)
            .unwrap_or_else(|| panic!("no row {code} in {rows:?}"))
            .clone()
    };
    assert_eq!(
        row("27"),
        [
            "27",
            "Số người đã nộp lại quà tặng cho đơn vị",
            "Người",
            "7",
            "QT01"
        ]
    );
    // 52 200 000 đồng, in millions with two decimals.
    assert_eq!(
        row("28"),
        [
            "28",
            "Giá trị quà tặng đã được nộp lại (tiền Việt Nam + ngoại tệ, tài sản khác được quy đổi ra tiền Việt Nam)",
            "Triệu đồng",
            "52.20",
            "QT03"
        ]
    );
    // Every row coi fills by default, each under the form's headings.
    let codes: Vec<&str> = rows[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(codes, ["", "4", "5", "6", "", "", "27", "28", "29"]);
    assert_eq!(
        rows[5][1],
        "PHÒNG NGỪA THAM NHŨNG TRONG CƠ QUAN, TỔ CHỨC, ĐƠN VỊ"
    );

    // The same rows in JSON, in the workbook and in the document's second appendix.
    let json: serde_json::Value =
        serde_json::from_str(&run(with(&["--format", "json"])).ok()).unwrap();
    let form = json["bieu_01_pctn"].as_array().unwrap();
    assert_eq!(form.len(), rows.len() - 1);
    assert_eq!(form[7]["code"], "28");
    assert_eq!(form[7]["value"], "52,20");
    assert_eq!(form[7]["unit"], "Triệu đồng");
    let book = zip_part(&env.path("out/b.xlsx"), "xl/workbook.xml");
    assert!(book.contains("<sheet name=\"Biểu 01-PCTN\""), "{book}");
    let text = paragraphs(&env.path("out/b.docx"));
    let form_at = (text.iter())
        .position(|p| {
            p == "TỔNG HỢP KẾT QUẢ VỀ CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG, LÃNG PHÍ, TIÊU CỰC"
        })
        .unwrap_or_else(|| panic!("no Biểu 01/PCTN in:\n{}", text.join("\n")));
    let form = &text[form_at..];
    assert!(form.contains(&"Số liệu tính từ ngày 15/12/2025 đến ngày 14/12/2026".to_string()));
    let at = form.iter().position(|p| p == "28").unwrap();
    assert_eq!(form[at + 2..at + 4], ["Triệu đồng", "52,20"]);

    // Excel in the Vietnamese setting reads a comma before the decimals.
    run(with(&["--out", "semi", "--delimiter", ";"])).ok();
    let semi = csv_rows(&env.path("semi/bieu-01-pctn.csv"), b';');
    assert_eq!(semi.iter().find(|r| r[0] == "28").unwrap()[3], "52,20");
}

#[test]
fn indicator_map_adds_rows_takes_them_off_and_refuses_a_row_the_form_lacks() {
    let env = Env::with_register();
    env.training().set("--start-on", "05/03/2026").add().ok();
    let config = env.read("reg/coi.yaml");
    env.write(
        "reg/coi.yaml",
        &format!("{config}indicator_map:\n  KT02: '25'\n  TT03: ''\n"),
    );
    env.run("report --period 2026-Q1 --out out").ok();
    let rows = csv_rows(&env.path("out/bieu-01-pctn.csv"), b',');
    let codes: Vec<&str> = rows[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(codes, ["", "4", "5", "", "", "25", "27", "28", "29"]);
    env.write(
        "reg/coi.yaml",
        &format!("{config}indicator_map:\n  KT02: '109'\n"),
    );
    let out = env.reg(&["check"]);
    assert_eq!(out.code, 1, "{}", out.stdout);
    let line = config.lines().count() + 2;
    assert!(
        out.stdout.starts_with(&format!(
            "reg/coi.yaml:{line}: error: indicator_map.KT02: Biểu 01/PCTN không có dòng mã số «109» \
             (có MS 1 đến 108, như 27 hoặc 43.1; để trống để không điền chỉ tiêu này vào biểu)\n"
        )),
        "{}",
        out.stdout
    );
}

#[test]
fn each_figure_is_compared_with_the_previous_quarter_or_the_same_period_of_last_year() {
    let env = Env::after_the_demo_year();
    let data = demo();
    let said = |period: &str| {
        env.coi(&[
            "--data", &data, "report", "--period", period, "--docx", "d.docx",
        ])
        .ok();
        paragraphs(&env.path("d.docx"))
    };
    let q3 = said("2026-Q3");
    assert!(
        q3.contains(&"Trong kỳ, tổ chức 2 cuộc tuyên truyền, phổ biến, tập huấn về phòng, chống tham nhũng với 110 lượt người tham dự (lũy kế từ đầu năm: 20 cuộc, 1.174 lượt người, 439 tài liệu); giảm 8 so với kỳ trước (10).".to_string()),
        "{}",
        q3.join("\n")
    );
    assert!(
        q3.iter()
            .any(|p| p.ends_with("mỗi số liệu được so sánh với kỳ trước (quý II năm 2026)."))
    );
    // The appendix shows the period compared with beside the period.
    let appendix = q3.iter().position(|p| p == "Kỳ trước").unwrap();
    let tt01 = appendix + q3[appendix..].iter().position(|p| p == "TT01").unwrap();
    assert_eq!(q3[tt01 + 4..tt01 + 7], ["2", "10", "20"]);
    let six = said("2026-6M");
    assert!(
        six.iter().any(|p| p
            .ends_with("mỗi số liệu được so sánh với cùng kỳ năm trước (6 tháng đầu năm 2025).")),
        "{}",
        six.join("\n")
    );
    assert!(six.iter().any(|p| p == "Cùng kỳ năm trước"));
}

#[test]
fn corrections_after_a_submission_are_in_the_csv_the_workbook_the_json_and_the_document() {
    let env = Env::with_git_register();
    let config = env.read("reg/coi.yaml");
    env.write("reg/coi.yaml", &format!("{config}doc_code: BQL\n"));
    env.git("reg", &["commit", "-qam", "config: doc_code"]);
    env.training().set("--start-on", "05/03/2026").add().ok();
    env.run("report --period 2026-Q1 --submit --number 7 --out sent")
        .ok();
    // Nothing to correct yet: the file is there, empty.
    assert_eq!(csv_rows(&env.path("sent/dieu-chinh.csv"), b',').len(), 1);
    let message = env.git(
        "reg",
        &["tag", "-l", "--format=%(contents)", "bao-cao/2026-Q1"],
    );
    assert!(message.contains("\nSố: 7/BC-BQL\n"), "{message}");

    env.training().set("--start-on", "06/03/2026").add().ok();
    env.run("report --period 2026-Q1 --out now --xlsx now/b.xlsx --docx now/b.docx")
        .ok();
    let rows = csv_rows(&env.path("now/dieu-chinh.csv"), b',');
    let day = env.git(
        "reg",
        &[
            "for-each-ref",
            "--format=%(taggerdate:short)",
            "refs/tags/bao-cao/2026-Q1",
        ],
    );
    let day = format!("{}/{}/{}", &day[8..10], &day[5..7], &day[0..4]);
    let sent = rows[1][6].clone();
    assert_eq!(
        rows[1],
        [
            "TT01",
            "Số cuộc, lớp tuyên truyền, phổ biến, tập huấn về PCTN",
            "Trong kỳ",
            "1",
            "2",
            "Tăng 1",
            &sent
        ]
    );
    assert!(
        sent.starts_with("Báo cáo số 7/BC-")
            && sent.ends_with(&format!(" ngày {day} (thẻ bao-cao/2026-Q1)")),
        "{sent}"
    );
    let book = zip_part(&env.path("now/b.xlsx"), "xl/workbook.xml");
    assert!(book.contains("<sheet name=\"Điều chỉnh\""), "{book}");
    let json: serde_json::Value =
        serde_json::from_str(&env.run("--format json report --period 2026-Q1").ok()).unwrap();
    assert_eq!(json["submitted"], "bao-cao/2026-Q1");
    assert!(
        json["submitted_number"]
            .as_str()
            .unwrap()
            .starts_with("7/BC-")
    );
    assert_eq!(json["corrections"][0]["code"], "TT01");
    let text = paragraphs(&env.path("now/b.docx"));
    assert!(
        text.iter()
            .any(|p| p.starts_with("Sau khi gửi báo cáo số 7/BC-")),
        "{}",
        text.join("\n")
    );
}
