//! The workbook of `coi report --xlsx` as it prints and at any size: every sheet A4 landscape at
//! a scale its text can be read at, each detail sheet printing its chosen columns, «Tổng hợp» on
//! one page with every cell bordered; no cell longer than Excel takes; a workbook that cannot be
//! made never keeps the other files from being written.

use std::io::Read;
use std::path::Path;
use std::process::Command;

use crate::harness::Env;
use crate::office;

/// Excel's limit on the text of one cell, in UTF-16 code units.
const CELL_LIMIT: usize = 32_767;

fn demo() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data")
        .display()
        .to_string()
}

/// The demo register's report of 2026 as `b.xlsx`.
fn demo_book(env: &Env) {
    let args = ["--data", &demo(), "report", "--period", "2026"];
    env.coi(&[&args[..], &["--xlsx", "b.xlsx"]].concat()).ok();
}

pub(crate) fn part(path: &Path, name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut text = String::new();
    zip.by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

/// The text of XML with its five escapes undone.
fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// The strings the cells of a workbook refer to, in order.
pub(crate) fn shared_strings(book: &Path) -> Vec<String> {
    let xml = part(book, "xl/sharedStrings.xml");
    xml.split("<si>")
        .skip(1)
        .map(|si| {
            let si = &si[..si.find("</si>").unwrap()];
            let text = si.split_once('>').map_or("", |(_, t)| t);
            unescape(text.trim_end_matches("</t>"))
        })
        .collect()
}

/// The element `<c r="REF" …>…</c>` of a sheet, if the cell is written.
pub(crate) fn cell<'a>(sheet: &'a str, reference: &str) -> Option<&'a str> {
    let start = sheet.find(&format!("<c r=\"{reference}\""))?;
    let rest = &sheet[start..];
    let open = rest.find('>')?;
    let end = match rest[..open].ends_with('/') {
        true => open + 1,
        false => rest.find("</c>")? + 4,
    };
    Some(&rest[..end])
}

pub(crate) fn attribute<'a>(element: &'a str, name: &str) -> Option<&'a str> {
    let at = element.find(&format!(" {name}=\""))? + name.len() + 3;
    element[at..].split('"').next()
}

/// The text of a cell that holds a shared string.
pub(crate) fn text_of(sheet: &str, reference: &str, strings: &[String]) -> Option<String> {
    let c = cell(sheet, reference)?;
    let v = c.split("<v>").nth(1)?.split("</v>").next()?;
    Some(strings[v.parse::<usize>().ok()?].clone())
}

/// The `<xf>` elements of `cellXfs`: the formats that cells name by their `s` number.
pub(crate) fn cell_formats(book: &Path) -> Vec<String> {
    let styles = part(book, "xl/styles.xml");
    let xfs = styles.split("<cellXfs").nth(1).unwrap();
    let xfs = &xfs[..xfs.find("</cellXfs>").unwrap()];
    // Each with the space before its first attribute, as `attribute` finds them.
    xfs.split("<xf").skip(1).map(String::from).collect()
}

/// The `<border>` elements of the styles, in order.
pub(crate) fn borders(book: &Path) -> Vec<String> {
    let styles = part(book, "xl/styles.xml");
    let all = styles.split("<borders").nth(1).unwrap();
    let all = &all[..all.find("</borders>").unwrap()];
    all.split("<border>")
        .skip(1)
        .map(|b| b.to_string())
        .collect()
}

/// The defined name `kind` (`Print_Area`, `Print_Titles`) of sheet `index` (from 0).
pub(crate) fn defined(book: &Path, kind: &str, index: usize) -> Option<String> {
    let workbook = part(book, "xl/workbook.xml");
    let sheet = format!("localSheetId=\"{index}\"");
    workbook
        .split("<definedName ")
        .find(|d| d.contains(&format!("_xlnm.{kind}")) && d.contains(&sheet))
        .map(|d| {
            unescape(
                d.split('>')
                    .nth(1)
                    .unwrap()
                    .trim_end_matches("</definedName"),
            )
        })
}

#[test]
fn the_summary_prints_its_figures_only_every_cell_bordered_counts_grouped() {
    let env = Env::after_the_demo_year();
    demo_book(&env);
    let book = env.path("b.xlsx");
    let sheet = part(&book, "xl/worksheets/sheet1.xml");
    let strings = shared_strings(&book);
    // 41 indicators under the four title lines, the blank row and the header: rows 1–47,
    // columns A–G, «Số chỉ tiêu Biểu 01/PCTN» among them (the default map fills it). «Cách
    // tính» (how each figure is counted, for those who check it) stays in the sheet, after.
    assert_eq!(
        defined(&book, "Print_Area", 0).as_deref(),
        Some("'Tổng hợp'!$A$1:$G$47")
    );
    let headers: Vec<String> = ["A6", "E6", "G6", "B6", "H6"]
        .iter()
        .map(|r| text_of(&sheet, r, &strings).unwrap())
        .collect();
    assert_eq!(
        headers,
        [
            "Mã chỉ tiêu",
            "Đơn vị tính",
            "Lũy kế từ đầu năm",
            "Số chỉ tiêu Biểu 01/PCTN",
            "Cách tính"
        ]
    );
    // Every cell of the printed table has a thin border on all four sides, the empty ones too.
    let formats = cell_formats(&book);
    let borders = borders(&book);
    for row in 6..=47 {
        for column in ['A', 'B', 'C', 'D', 'E', 'F', 'G'] {
            let r = format!("{column}{row}");
            let c = cell(&sheet, &r).unwrap_or_else(|| panic!("{r} is written"));
            let xf = &formats[attribute(c, "s").unwrap().parse::<usize>().unwrap()];
            let border = &borders[attribute(xf, "borderId").unwrap().parse::<usize>().unwrap()];
            for side in ["left", "right", "top", "bottom"] {
                assert!(
                    border.contains(&format!("<{side} style=\"thin\"")),
                    "{r}: {side} of {border}"
                );
            }
        }
    }
    // TT02, 1 309 people trained: a number, grouped in thousands (`#,##0`, Excel's format 3),
    // as the amounts are.
    let tt02 = cell(&sheet, "F8").unwrap();
    assert!(tt02.contains("<v>1309</v>"), "{tt02}");
    let xf = &formats[attribute(tt02, "s").unwrap().parse::<usize>().unwrap()];
    let id = attribute(xf, "numFmtId").unwrap();
    let styles = part(&book, "xl/styles.xml");
    assert!(
        id == "3" || styles.contains(&format!("<numFmt numFmtId=\"{id}\" formatCode=\"#,##0\"/>")),
        "{xf}\n{styles}"
    );
    // Each figure on one line in columns wide enough for it: rows as tall as one line, no gaps.
    for row in 7..=47 {
        let element = sheet.split(&format!("<row r=\"{row}\"")).nth(1).unwrap();
        let height: f64 = attribute(element, "ht").unwrap().parse().unwrap();
        // One line of 11-point text (14 points, rounded to whole pixels); two take 27.
        assert!((14.0..15.0).contains(&height), "row {row}: {height}");
    }
    // One page: at a scale of its own (no fitting by the spreadsheet), never below 73 %.
    let setup = sheet.split("<pageSetup").nth(1).unwrap();
    let scale: u32 = attribute(setup, "scale").unwrap().parse().unwrap();
    assert!((73..100).contains(&scale), "{setup}");
    assert!(!sheet.contains("fitToPage"), "{sheet}");
}

#[test]
fn a_detail_sheet_prints_its_chosen_columns_and_keeps_every_field() {
    let env = Env::after_the_demo_year();
    let args = [
        "--data",
        &demo(),
        "report",
        "--period",
        "2026",
        "--out",
        "csv",
    ];
    env.coi(&[&args[..], &["--xlsx", "b.xlsx"]].concat()).ok();
    let book = env.path("b.xlsx");
    let strings = shared_strings(&book);
    let gifts = part(&book, "xl/worksheets/sheet3.xml");
    let header = |column: char| text_of(&gifts, &format!("{column}6"), &strings);
    // What was given, to whom, by whom, when it was handed over and how it was handled print;
    // the giver's organisation, the recipient's position, the budget's figures stay in the
    // workbook after them, and in the CSV in their order.
    let printed: Vec<String> = ('A'..='K').map(|c| header(c).unwrap()).collect();
    assert_eq!(
        printed,
        [
            "Mã",
            "Đơn vị",
            "Người nhận",
            "Ngày nhận",
            "Người tặng",
            "Loại quà",
            "Mô tả",
            "Giá trị (đồng)",
            "Ngày nộp lại",
            "Nộp muộn (ngày làm việc)",
            "Hình thức xử lý",
        ]
    );
    assert_eq!(
        defined(&book, "Print_Area", 2).as_deref(),
        Some("'Quà tặng'!$A$1:$K$18")
    );
    let rest: Vec<String> = ('L'..='R').map(|c| header(c).unwrap()).collect();
    assert_eq!(rest[0], "Chức vụ");
    assert_eq!(header('S'), None);
    let mut csv = csv::Reader::from_path(env.path("csv/qua-tang.csv")).unwrap();
    let csv_header: Vec<String> = csv.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        csv_header[..5],
        ["Mã", "Đơn vị", "Người nhận", "Chức vụ", "Ngày nhận"]
    );
    assert_eq!(csv_header.len(), 18, "{csv_header:?}");
    for name in printed.iter().chain(&rest) {
        assert!(csv_header.contains(name), "{name}");
    }
}

/// For each page of `pdf`: its width and height, and the height of its smallest word, in
/// points (pdftotext's boxes).
pub(crate) fn page_boxes(pdf: &Path) -> Vec<(f64, f64, f64)> {
    let run = Command::new("pdftotext")
        .args(["-bbox", "-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(run.status.success());
    let html = String::from_utf8(run.stdout).unwrap();
    let number = |e: &str, name: &str| -> f64 { attribute(e, name).unwrap().parse().unwrap() };
    html.split("<page")
        .skip(1)
        .map(|page| {
            let smallest = (page.split("<word").skip(1))
                .map(|w| number(w, "yMax") - number(w, "yMin"))
                .fold(f64::INFINITY, f64::min);
            (number(page, "width"), number(page, "height"), smallest)
        })
        .collect()
}

#[test]
fn the_workbook_prints_in_libreoffice_landscape_readable_the_summary_on_one_page() {
    if !office::available("the_workbook_prints_in_libreoffice") {
        return;
    }
    let env = Env::after_the_demo_year();
    demo_book(&env);
    let pdf = office::to_pdf(&env.path("b.xlsx"), &env.path("pdf"));
    let pages = office::pages(&pdf);
    // LibreOffice prints the sheets in order; each page's footer names its sheet.
    let mut per_sheet: Vec<(String, usize)> = Vec::new();
    for (i, page) in pages.iter().enumerate() {
        let footer = (page.lines().rev())
            .find_map(|l| l.trim().split_once(" – Trang "))
            .unwrap_or_else(|| panic!("page {} has its footer:\n{page}", i + 1));
        match per_sheet.last_mut() {
            Some((name, n)) if name == footer.0 => *n += 1,
            _ => per_sheet.push((footer.0.to_string(), 1)),
        }
    }
    let names: Vec<&str> = per_sheet.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "Tổng hợp",
            "Theo đơn vị",
            "Quà tặng",
            "Xung đột lợi ích",
            "Tuyên truyền, tập huấn",
            "Kiểm tra, giám sát",
            "Thực hiện kế hoạch",
            "Biểu đồ kế hoạch",
            "Biểu 01-PCTN",
            "Theo quý",
            "Biểu đồ theo quý"
        ],
        "every sheet prints, each after the other: {per_sheet:?}"
    );
    assert_eq!(per_sheet[0].1, 1, "«Tổng hợp» on one page: {per_sheet:?}");
    // The twelve gifts of the year on one page (they took a page wide and a third of its
    // height before); 246 figures by unit on six.
    assert_eq!(per_sheet[2].1, 1, "{per_sheet:?}");
    assert!(per_sheet[1].1 <= 6, "{per_sheet:?}");
    // What does not print is not on paper.
    let all = pages.concat();
    for internal in ["Cách tính", "Chức vụ", "Từ chỉ tiêu của coi"] {
        assert!(!all.contains(internal), "{internal} printed");
    }
    assert!(
        pages[0].contains("1,309") && pages[0].contains("52,200,000"),
        "{}",
        pages[0]
    );
    // A4 landscape, and no word smaller than 8-point type: Carlito's letters of 8 points make
    // boxes 10.35 points tall (the 34 % of before made them 4.9).
    for (i, (width, height, smallest)) in page_boxes(&pdf).into_iter().enumerate() {
        assert!(
            (width - 841.9).abs() < 1.0 && (height - 595.3).abs() < 1.0,
            "page {}: {width} × {height}",
            i + 1
        );
        assert!(
            smallest >= 10.3,
            "page {}: a word {smallest} points tall",
            i + 1
        );
    }
}

#[test]
fn every_sheet_the_list_of_what_was_left_out_too_prints_a4_landscape_readable() {
    let (env, _) = crate::report::with_a_broken_training();
    env.run("report --period 2026-Q2 --allow-errors --xlsx b.xlsx")
        .ok();
    let book = env.path("b.xlsx");
    let workbook = part(&book, "xl/workbook.xml");
    let sheets = workbook.matches("<sheet ").count();
    assert!(
        workbook.contains(&format!(
            "<sheet name=\"Hồ sơ không tính\" sheetId=\"{sheets}\""
        )),
        "{workbook}"
    );
    // The tables, by their place among all the sheets (the charts have sheets of their own).
    let tables: Vec<usize> = (workbook.split("<sheet name=\"").skip(1))
        .map(|s| s.split('"').next().unwrap())
        .enumerate()
        .filter(|(_, name)| !name.starts_with("Biểu đồ"))
        .map(|(i, _)| i)
        .collect();
    for (n, &index) in (1..).zip(&tables) {
        let sheet = part(&book, &format!("xl/worksheets/sheet{n}.xml"));
        let setup = sheet.split("<pageSetup").nth(1).unwrap();
        assert_eq!(attribute(setup, "paperSize"), Some("9"), "sheet {n}");
        assert_eq!(
            attribute(setup, "orientation"),
            Some("landscape"),
            "sheet {n}"
        );
        let scale: u32 = attribute(setup, "scale").map_or(100, |s| s.parse().unwrap());
        assert!((73..=100).contains(&scale), "sheet {n}: {scale}");
        assert!(!sheet.contains("fitToPage"), "sheet {n}");
        assert!(
            sheet.contains("<printOptions horizontalCentered=\"1\"/>"),
            "sheet {n}"
        );
        assert!(defined(&book, "Print_Area", index).is_some(), "sheet {n}");
        assert!(defined(&book, "Print_Titles", index).is_some(), "sheet {n}");
    }
}

#[test]
fn a_workbook_that_cannot_be_written_keeps_neither_the_csv_nor_the_document_from_being_written() {
    let env = Env::with_register();
    env.gift().add().ok();
    std::fs::create_dir_all(env.path("b.xlsx")).unwrap();
    let run = env.reg(&[
        "report",
        "--period",
        "2026-Q1",
        "--out",
        "out",
        "--xlsx",
        "b.xlsx",
        "--docx",
        "out/b.docx",
    ]);
    let err = run.fails(1);
    assert!(env.exists("out/b.docx") && env.exists("out/qua-tang.csv"));
    assert!(err.contains("Đã ghi out/b.docx\n"), "{err}");
    // The report is shown, and the failure is told last, with its file and its reason.
    assert!(run.stdout.contains("QT01"), "{}", run.stdout);
    assert!(
        err.ends_with(
            "Lỗi: không ghi được tệp b.xlsx\n  \
             nguyên nhân: đây là thư mục, không phải tệp (mã lỗi 21)\n"
        ),
        "{err}"
    );
}

#[test]
#[ignore = "60 000 records: about a minute in a debug build; CI runs the ignored tests"]
fn the_report_of_sixty_thousand_records_makes_every_file_and_no_cell_too_long() {
    let env = Env::new();
    crate::generator::generate(&env, "60000", "1", "big");
    let mut cmd = env.command();
    cmd.env("COI_NOW", "2028-06-10T09:00:00+07:00").args([
        "--data", "big", "report", "--period", "2026", "--out", "csv", "--xlsx", "b.xlsx",
        "--docx", "b.docx",
    ]);
    let started = std::time::Instant::now();
    let run = crate::harness::Run::from_output(cmd.output().unwrap());
    eprintln!("report of 60 000 records: {:?}", started.elapsed());
    run.ok();
    assert!(env.exists("b.docx") && env.exists("csv/ke-hoach.csv"));
    let book = env.path("b.xlsx");
    let strings = shared_strings(&book);
    for s in &strings {
        let len = s.encode_utf16().count();
        let start: String = s.chars().take(80).collect();
        assert!(len <= CELL_LIMIT, "a cell of {len}: {start}…");
    }
    // The year's records of a task are more than a cell holds: the workbook shows the first
    // and counts the others; the CSV keeps them all.
    let cut: Vec<&String> = strings
        .iter()
        .filter(|s| s.ends_with(" hồ sơ khác"))
        .collect();
    assert!(!cut.is_empty(), "a list is cut");
    let mut csv = csv::Reader::from_path(env.path("csv/ke-hoach.csv")).unwrap();
    let rows: Vec<csv::StringRecord> = csv.records().map(Result::unwrap).collect();
    for short in cut {
        let (shown, more) = short.rsplit_once(" … và ").unwrap();
        let more: usize = (more.trim_end_matches(" hồ sơ khác").replace('.', ""))
            .parse()
            .unwrap();
        let shown: Vec<&str> = shown.split(", ").collect();
        // «Cộng», «Mã hồ sơ», «Đơn vị chưa có hồ sơ» end each row.
        let row = (rows.iter())
            .find(|r| r[r.len() - 2].starts_with(&format!("{}, {},", shown[0], shown[1])))
            .expect("the full list in the CSV");
        let ids: Vec<&str> = row[row.len() - 2].split(", ").collect();
        assert_eq!(ids.len(), shown.len() + more);
        assert_eq!(ids[..shown.len()], shown[..]);
        assert_eq!(row[row.len() - 3].parse::<usize>().unwrap(), ids.len());
    }
}

#[test]
fn the_workbook_charts_the_years_quarters_and_the_plan_by_unit_from_its_own_cells() {
    let env = Env::new();
    demo_book(&env);
    let book = env.path("b.xlsx");
    let trend = part(&book, "xl/charts/chart2.xml");
    let plan = part(&book, "xl/charts/chart1.xml");
    assert!(trend.contains("<c:lineChart>"), "{trend}");
    assert!(plan.contains("<c:barDir val=\"col\"/>"), "{plan}");
    // Quarters I to IV head columns D to G of «Theo quý»; XD01, QT01 and QT02 are rows 28, 15
    // and 16.
    for range in [
        "'Theo quý'!$D$7:$G$7",
        "'Theo quý'!$B$28",
        "'Theo quý'!$D$28:$G$28",
        "'Theo quý'!$D$15:$G$15",
        "'Theo quý'!$D$16:$G$16",
    ] {
        assert!(
            trend.contains(&format!("<c:f>{range}</c:f>")),
            "{range}: {trend}"
        );
    }
    // The plan's six units head columns C to H (who leads a task does not print, and moves to
    // the end); one series a task.
    for range in [
        "'Thực hiện kế hoạch'!$C$7:$H$7",
        "'Thực hiện kế hoạch'!$A$8",
        "'Thực hiện kế hoạch'!$C$8:$H$8",
    ] {
        assert!(
            plan.contains(&format!("<c:f>{range}</c:f>")),
            "{range}: {plan}"
        );
    }
    // The cells are those: the quarters' sheet is the last of the tables.
    let workbook = part(&book, "xl/workbook.xml");
    let tables = (1..)
        .take_while(|n| {
            zip::ZipArchive::new(std::fs::File::open(&book).unwrap())
                .unwrap()
                .by_name(&format!("xl/worksheets/sheet{n}.xml"))
                .is_ok()
        })
        .count();
    assert!(workbook.contains("name=\"Biểu đồ theo quý\""), "{workbook}");
    let strings = shared_strings(&book);
    let sheet = part(&book, &format!("xl/worksheets/sheet{tables}.xml"));
    assert_eq!(text_of(&sheet, "D7", &strings).as_deref(), Some("Quý I"));
    assert_eq!(text_of(&sheet, "G7", &strings).as_deref(), Some("Quý IV"));
    assert_eq!(text_of(&sheet, "A28", &strings).as_deref(), Some("XD01"));
    assert_eq!(text_of(&sheet, "A15", &strings).as_deref(), Some("QT01"));
    assert_eq!(text_of(&sheet, "A16", &strings).as_deref(), Some("QT02"));
}

#[test]
fn the_provinces_workbook_prints_as_the_agencys_does_its_quarters_charted() {
    let env = Env::new();
    crate::province::three_agencies(&env, false);
    env.run_at("ws", "province report --period 2026 --xlsx tinh.xlsx")
        .ok();
    let book = env.path("tinh.xlsx");
    let workbook = part(&book, "xl/workbook.xml");
    let names: Vec<String> = (workbook.split("<sheet name=\"").skip(1))
        .map(|s| s.split('"').next().unwrap().to_string())
        .collect();
    let expected = [
        "Trong kỳ",
        "Biểu đồ",
        "Biểu 01-PCTN",
        "Lũy kế",
        "Theo quý",
        "Biểu đồ theo quý",
        "Các cơ quan",
        "Điều chỉnh",
    ];
    assert_eq!(names, expected);
    // Every table: A4 landscape at a readable scale of its own, centred, its print area and
    // the header row on every page, the Inspectorate's name heading it.
    let strings = shared_strings(&book);
    let tables: Vec<usize> = (0..names.len())
        .filter(|&i| !names[i].starts_with("Biểu đồ"))
        .collect();
    for (n, &index) in (1..).zip(&tables) {
        let sheet = part(&book, &format!("xl/worksheets/sheet{n}.xml"));
        let setup = sheet.split("<pageSetup").nth(1).unwrap();
        assert_eq!(attribute(setup, "paperSize"), Some("9"), "sheet {n}");
        assert_eq!(attribute(setup, "orientation"), Some("landscape"));
        let scale: u32 = attribute(setup, "scale").map_or(100, |s| s.parse().unwrap());
        assert!((73..=100).contains(&scale), "sheet {n}: {scale}");
        assert!(!sheet.contains("fitToPage"), "sheet {n}");
        assert!(sheet.contains("<printOptions horizontalCentered=\"1\"/>"));
        let area = defined(&book, "Print_Area", index).unwrap_or_else(|| panic!("sheet {n}"));
        assert!(
            area.starts_with(&format!("'{}'!$A$1:", names[index])),
            "{area}"
        );
        assert!(defined(&book, "Print_Titles", index).is_some(), "sheet {n}");
        assert_eq!(
            text_of(&sheet, "A1", &strings).as_deref(),
            Some("Thanh tra tỉnh Bình Hải")
        );
    }
    // The chart sheets print A4 landscape too.
    for n in [1, 2] {
        let chart = part(&book, &format!("xl/chartsheets/sheet{n}.xml"));
        let setup = chart.split("<pageSetup").nth(1).unwrap();
        assert_eq!(attribute(setup, "paperSize"), Some("9"), "{chart}");
        assert_eq!(attribute(setup, "orientation"), Some("landscape"));
    }
    // «Theo quý» (the fourth table): the header, the 41 indicators and the agencies counted,
    // every cell bordered, the empty quarters too; money and counts grouped in thousands.
    let sheet = part(&book, "xl/worksheets/sheet4.xml");
    let formats = cell_formats(&book);
    let borders = borders(&book);
    let styles = part(&book, "xl/styles.xml");
    let format_of = |r: &str| {
        let c = cell(&sheet, r).unwrap_or_else(|| panic!("{r} is written"));
        formats[attribute(c, "s").unwrap().parse::<usize>().unwrap()].clone()
    };
    for row in 7..=49 {
        for column in ['A', 'B', 'C', 'D', 'E', 'F', 'G'] {
            let r = format!("{column}{row}");
            let xf = format_of(&r);
            let border = &borders[attribute(&xf, "borderId")
                .unwrap()
                .parse::<usize>()
                .unwrap()];
            for side in ["left", "right", "top", "bottom"] {
                assert!(
                    border.contains(&format!("<{side} style=\"thin\"")),
                    "{r}: {side} of {border}"
                );
            }
        }
    }
    // QT03 (row 17) is money, TT02 (row 9) a count: both `#,##0`.
    for r in ["D17", "D9"] {
        let xf = format_of(r);
        let id = attribute(&xf, "numFmtId").unwrap();
        assert!(
            id == "3"
                || styles.contains(&format!("<numFmt numFmtId=\"{id}\" formatCode=\"#,##0\"/>")),
            "{r}: {xf}"
        );
    }
    assert_eq!(text_of(&sheet, "A17", &strings).as_deref(), Some("QT03"));
    assert!(cell(&sheet, "D17").unwrap().contains("<v>1500000</v>"));

    if !office::available("workbook::province") {
        return;
    }
    let pdf = office::to_pdf(&book, &env.path("pdf"));
    let pages = office::pages(&pdf);
    // Every sheet prints, in order, each page's footer naming its sheet.
    let mut printed: Vec<String> = Vec::new();
    for (i, page) in pages.iter().enumerate() {
        let footer = (page.lines().rev())
            .find_map(|l| l.trim().split_once(" – Trang "))
            .unwrap_or_else(|| panic!("page {} has its footer:\n{page}", i + 1));
        if printed.last().is_none_or(|n| n != footer.0) {
            printed.push(footer.0.to_string());
        }
    }
    assert_eq!(printed, expected);
    for (i, (width, height, smallest)) in page_boxes(&pdf).into_iter().enumerate() {
        assert!(
            (width - 841.9).abs() < 1.0 && (height - 595.3).abs() < 1.0,
            "page {}: {width} × {height}",
            i + 1
        );
        assert!(
            smallest >= 10.3,
            "page {}: a word {smallest} points tall",
            i + 1
        );
    }
    // The quarters' sheet says what an empty quarter means, on paper too.
    let quarters = pages
        .iter()
        .find(|p| p.contains("Theo quý – Trang"))
        .unwrap();
    assert!(
        quarters.contains("Ô trống: quý chưa có báo cáo"),
        "{quarters}"
    );
}
