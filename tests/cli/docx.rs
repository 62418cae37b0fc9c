//! `coi report --docx`: the report document, read back from the file (the paragraphs of
//! `word/document.xml` without their tags).

use std::io::Read;
use std::path::Path;

use crate::harness::Env;

fn demo() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data")
        .display()
        .to_string()
}

pub fn part(path: &Path, name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut text = String::new();
    zip.by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

/// The document's paragraphs, in order, as text (the non-breaking spaces that keep a number
/// with its word, or a place's name on one line, read as spaces).
pub fn paragraphs(path: &Path) -> Vec<String> {
    let xml = part(path, "word/document.xml");
    xml.split("</w:p>")
        .map(|p| {
            let mut text = String::new();
            let mut in_tag = false;
            for c in p.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => in_tag = false,
                    c if !in_tag => text.push(c),
                    _ => {}
                }
            }
            text.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&")
                .replace('\u{a0}', " ")
        })
        .filter(|p| !p.is_empty())
        .collect()
}

/// The text between the first `start` in `text` and the `end` after it.
#[track_caller]
pub fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text
        .find(start)
        .unwrap_or_else(|| panic!("no {start} in {text}"))
        + start.len();
    let to = text[from..].find(end).unwrap() + from;
    &text[from..to]
}

#[track_caller]
fn has(paragraphs: &[String], wanted: &str) {
    assert!(
        paragraphs.iter().any(|p| p == wanted),
        "no paragraph «{wanted}» in:\n{}",
        paragraphs.join("\n")
    );
}

#[track_caller]
fn has_part(paragraphs: &[String], wanted: &str) {
    assert!(
        paragraphs.iter().any(|p| p.contains(wanted)),
        "nothing with «{wanted}» in:\n{}",
        paragraphs.join("\n")
    );
}

#[test]
fn the_demo_years_document_has_the_decree_30_layout_the_tasks_and_the_appendix() {
    let env = Env::after_the_demo_year();
    let run = env.coi(&[
        "--data",
        &demo(),
        "report",
        "--period",
        "2026",
        "--docx",
        "out/bao-cao.docx",
    ]);
    run.ok();
    assert_eq!(run.stderr, "Đã ghi out/bao-cao.docx\n");
    let file = env.path("out/bao-cao.docx");
    let text = paragraphs(&file);
    // The header, the kind and the subject with the period's dates.
    for line in [
        "ỦY BAN NHÂN DÂN TỈNH BÌNH HẢI",
        "BAN QUẢN LÝ KHU KINH TẾ TỈNH BÌNH HẢI",
        "Số: …/BC-BQL",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Bình Hải, ngày … tháng … năm 2026",
        "BÁO CÁO",
        "Kết quả thực hiện công tác kiểm soát xung đột lợi ích năm 2026 (từ ngày 15/12/2025 đến ngày 14/12/2026)",
        "Thực hiện Kế hoạch số 55/KH-UBND ngày 03/02/2026 của UBND tỉnh về triển khai thực hiện kiểm soát xung đột lợi ích năm 2026; Kế hoạch số 12/KH-BQL ngày 10/02/2026 về triển khai thực hiện kiểm soát xung đột lợi ích năm 2026, Ban Quản lý Khu kinh tế tỉnh Bình Hải báo cáo kết quả thực hiện năm 2026 như sau:",
        "Số liệu tính từ ngày 15/12/2025 đến ngày 14/12/2026, cũng là số lũy kế từ đầu năm. Số liệu chi tiết tại Phụ lục I và Phụ lục II (Biểu số 01/PCTN) kèm theo; mỗi số liệu được so sánh với cùng kỳ năm trước (năm 2025).",
    ] {
        has(&text, line);
    }
    // Part I in the outline of Mẫu số 03, each result under the item the circular puts it in,
    // after the task of the plan it carries out.
    let outline = [
        "I. KẾT QUẢ CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG, LÃNG PHÍ, TIÊU CỰC",
        "1. Công tác lãnh đạo, chỉ đạo, triển khai thực hiện",
        "c) Quán triệt, tuyên truyền, phổ biến chủ trương, chính sách, pháp luật về phòng, chống tham nhũng, tiêu cực",
        "Trong kỳ, tổ chức 23 cuộc tuyên truyền, phổ biến, tập huấn về phòng, chống tham nhũng với 1.309 lượt người tham dự, phát hành 581 tài liệu; tăng 23 so với cùng kỳ năm trước (0).",
        "2. Kết quả thực hiện các biện pháp phòng ngừa tham nhũng, tiêu cực",
        "c) Việc thực hiện quy tắc ứng xử của người có chức vụ, quyền hạn",
        "Trong kỳ, 7 người đã báo cáo, nộp lại 8 quà tặng với tổng giá trị 52.200.000 đồng; 4 trường hợp nộp lại quá 05 ngày làm việc hoặc đã quá hạn mà chưa nộp lại; tăng 8 so với cùng kỳ năm trước (0).",
        "e) Việc thực hiện các quy định về kiểm soát tài sản, thu nhập",
        "3. Kết quả phát hiện, xử lý tham nhũng, tiêu cực",
        "a) Qua công tác kiểm tra, giám sát, tự kiểm tra nội bộ",
        "f) Trách nhiệm người đứng đầu; kết quả áp dụng biện pháp tạm đình chỉ công tác, tạm thời chuyển sang vị trí công tác khác",
        "II. ĐÁNH GIÁ TÌNH HÌNH",
        "III. ĐÁNH GIÁ CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG, LÃNG PHÍ, TIÊU CỰC",
        "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP VÀ KIẾN NGHỊ, ĐỀ XUẤT",
    ];
    let mut at = 0;
    for line in outline {
        let found = (text.iter().skip(at))
            .position(|p| p == line)
            .unwrap_or_else(|| panic!("no «{line}» after paragraph {at}:\n{}", text.join("\n")));
        at += found + 1;
    }
    // The gifts handed over are the code of conduct kept, not the result of a task of the
    // plan (II.2 is propaganda about the rules): they come first under 2.c, under no task.
    let conduct = (text.iter())
        .position(|p| p == "c) Việc thực hiện quy tắc ứng xử của người có chức vụ, quyền hạn")
        .unwrap();
    assert!(
        text[conduct + 1].starts_with("Trong kỳ, 7 người đã báo cáo, nộp lại 8 quà tặng"),
        "{}",
        text[conduct + 1]
    );
    // Every task of the plan is named where its results are told.
    let plan = std::fs::read_to_string(Path::new(&demo()).join("plans/2026.yaml")).unwrap();
    let tasks: Vec<&str> = (plan.lines())
        .filter_map(|l| l.strip_prefix("- code: "))
        .collect();
    assert_eq!(tasks.len(), 8);
    for task in tasks {
        has_part(&text, &format!("Thực hiện nhiệm vụ {task} của Kế hoạch ("));
    }
    for sentence in [
        "Trong kỳ, có 2 trường hợp quyết định biện pháp quá 05 ngày làm việc hoặc đã quá hạn mà chưa có quyết định; tăng 2 so với cùng kỳ năm trước (0).",
        "Đến ngày 14/12/2026, còn 6 trường hợp chưa xử lý xong; tăng 6 so với cùng thời điểm năm trước (0).",
    ] {
        has(&text, sentence);
    }
    // III.1: the units that have not disseminated the plan, and what the others did.
    has_part(
        &text,
        "Đơn vị chưa thực hiện: Trung tâm Phát triển hạ tầng và Dịch vụ khu kinh tế.",
    );
    has(
        &text,
        "- Phổ biến, quán triệt Kế hoạch đến toàn thể công chức Phòng Quản lý đầu tư (Phòng Quản lý đầu tư, ngày 23/02/2026).",
    );
    // The recipients and the signer.
    for line in [
        "Nơi nhận:",
        "- Thanh tra tỉnh (để b/c);",
        "- Lưu: VT, VP.",
        "KT. TRƯỞNG BAN",
        "PHÓ TRƯỞNG BAN",
        "Phan Quốc Trung",
        "Phụ lục I",
        "(Kèm theo Báo cáo số …/BC-BQL ngày … tháng … năm 2026 của Ban Quản lý Khu kinh tế tỉnh Bình Hải)",
    ] {
        has(&text, line);
    }
    // The appendix: every indicator, with its figures, after the signer.
    let appendix = text.iter().position(|p| p == "Phụ lục I").unwrap();
    let signer = text.iter().position(|p| p == "Phan Quốc Trung").unwrap();
    assert!(signer < appendix);
    let table = &text[appendix..];
    for code in [
        "TT01", "TT07", "QT01", "QT08e", "XD01", "XD02a", "XD06", "KT05",
    ] {
        has(table, code);
    }
    // Its row of Biểu 01/PCTN, the period, the same period of the year before, the year.
    let tt02 = table.iter().position(|p| p == "TT02").unwrap();
    assert_eq!(
        table[tt02..tt02 + 7],
        [
            "TT02",
            "5",
            "Số lượt người tham dự",
            "Lượt người",
            "1.309",
            "0",
            "1.309"
        ]
    );
    // Nothing says when the file was made.
    let xml = part(&file, "word/document.xml");
    assert!(!xml.contains("2026-03-14"), "the clock leaked in");
    // Times New Roman on A4.
    assert!(part(&file, "word/styles.xml").contains("w:ascii=\"Times New Roman\""));
    assert!(xml.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), "A4");
}

#[test]
fn the_same_register_and_period_give_the_same_document_bytes_and_no_clock() {
    let env = Env::new();
    for name in ["a.docx", "b.docx"] {
        env.coi(&[
            "--data",
            &demo(),
            "report",
            "--period",
            "2026-Q3",
            "--docx",
            name,
        ])
        .ok();
    }
    let a = std::fs::read(env.path("a.docx")).unwrap();
    assert!(a == std::fs::read(env.path("b.docx")).unwrap());
    // The package's dates are the register state's (see below), the archive's entries the zip
    // format's fixed day: two runs a second apart would differ otherwise.
    let core = part(&env.path("a.docx"), "docProps/core.xml");
    let created = between(&core, "<dcterms:created xsi:type=\"dcterms:W3CDTF\">", "<");
    let modified = between(&core, "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">", "<");
    assert_eq!(created, modified);
    assert!(
        !created.starts_with("2026-09-14") && !created.starts_with("2026-03-14"),
        "neither the period's end nor the clock: {core}"
    );
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(a)).unwrap();
    for i in 0..zip.len() {
        let entry = zip.by_index(i).unwrap();
        let when = entry.last_modified().unwrap();
        assert_eq!(
            (
                when.year(),
                when.month(),
                when.day(),
                when.hour(),
                when.minute()
            ),
            (1980, 1, 1, 0, 0),
            "{:?}",
            entry.name()
        );
    }
}

#[test]
fn a_register_without_the_settings_gets_dotted_blanks_and_a_warning_for_each() {
    let env = Env::with_register();
    env.training().set("--start-on", "05/03/2026").add().ok();
    let run = env.run("report --period 2026-Q1 --docx b.docx");
    run.ok();
    assert_eq!(
        run.stderr,
        "Cảnh báo: coi.yaml chưa có mục `parent_body` (tên cơ quan cấp trên, như ỦY BAN NHÂN DÂN TỈNH BÌNH HẢI): văn bản báo cáo để trống «……» ở chỗ đó cho người ký điền\n\
         Cảnh báo: coi.yaml chưa có mục `place` (địa danh ghi trước ngày tháng): văn bản báo cáo để trống «……» ở chỗ đó cho người ký điền\n\
         Cảnh báo: coi.yaml chưa có mục `doc_code` (ký hiệu trong «Số: …/BC-…», như BQL): văn bản báo cáo để trống «……» ở chỗ đó cho người ký điền\n\
         Cảnh báo: coi.yaml chưa có mục `signer.title` (chức vụ của người ký): văn bản báo cáo để trống «……» ở chỗ đó cho người ký điền\n\
         Cảnh báo: coi.yaml chưa có mục `signer.name` (họ và tên người ký): văn bản báo cáo để trống «……» ở chỗ đó cho người ký điền\n\
         Cảnh báo: coi.yaml chưa có mục `recipients` (danh sách «Nơi nhận»): văn bản báo cáo để trống «……» ở chỗ đó cho người ký điền\n\
         Đã ghi b.docx\n"
    );
    let text = paragraphs(&env.path("b.docx"));
    for line in [
        "……………",
        "BAN QUẢN LÝ KHU KINH TẾ TỈNH",
        "Số: …/BC-……………",
        "……………, ngày … tháng … năm 2026",
        "Kết quả thực hiện công tác kiểm soát xung đột lợi ích quý I năm 2026 (từ ngày 15/12/2025 đến ngày 14/03/2026)",
        "- Ủy ban nhân dân tỉnh (qua Thanh tra tỉnh);",
        "- ……………;",
        "- Lưu: VT.",
        // Without a plan file, the seed plan's tasks.
        "Thực hiện nhiệm vụ II.1 của Kế hoạch (hoàn thiện quy định nội bộ; nhận diện tình huống xung đột lợi ích, xác định đầu mối giám sát và trách nhiệm người đứng đầu):",
        "Trong kỳ, tổ chức 1 cuộc tuyên truyền, phổ biến, tập huấn về phòng, chống tham nhũng với 85 lượt người tham dự; tăng 1 so với kỳ trước (0).",
    ] {
        has(&text, line);
    }
    assert!(
        !text.iter().any(|p| p.contains("KT. ")),
        "no one signs for the head"
    );
    // In English, the same warnings in English.
    let run = env.run("--lang en report --period 2026-Q1 --docx b.docx");
    assert!(
        run.stderr.starts_with(
            "warning: coi.yaml has no `parent_body` (the body above the agency, such as ỦY BAN NHÂN DÂN TỈNH BÌNH HẢI): the report document leaves a dotted blank there, to fill in by hand\n"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn the_document_shows_the_corrections_to_a_submitted_report() {
    let env = Env::with_git_register();
    env.training().set("--start-on", "05/03/2026").add().ok();
    env.run("report --period 2026-Q1 --submit --number 12/BC-BQL --docx sent.docx")
        .ok();
    let sent = paragraphs(&env.path("sent.docx"));
    assert!(!sent.iter().any(|p| p.contains("Điều chỉnh")), "{sent:?}");

    env.training().set("--start-on", "06/03/2026").add().ok();
    env.run("report --period 2026-Q1 --docx now.docx").ok();
    let now = paragraphs(&env.path("now.docx"));
    // A section of its own, not numbered as a task, naming the report it corrects.
    let heading = (now.iter())
        .position(|p| p == "Điều chỉnh số liệu đã báo cáo")
        .unwrap_or_else(|| panic!("{}", now.join("\n")));
    let day = env.git(
        "reg",
        &[
            "for-each-ref",
            "--format=%(taggerdate:short)",
            "refs/tags/bao-cao/2026-Q1",
        ],
    );
    let (y, m, d) = (&day[0..4], &day[5..7], &day[8..10]);
    assert_eq!(
        now[heading + 1],
        format!(
            "Sau khi gửi báo cáo số 12/BC-BQL ngày {d}/{m}/{y} (thẻ bao-cao/2026-Q1), hồ sơ được bổ sung, sửa đổi làm thay đổi các số liệu sau:"
        )
    );
    assert_eq!(
        now[heading + 2],
        "- TT01 – Số cuộc, lớp tuyên truyền, phổ biến, tập huấn về PCTN: số trong kỳ và số lũy kế đã báo cáo 1, nay là 2."
    );
    // It closes part I.
    let after = now[heading + 2..]
        .iter()
        .take_while(|p| p.starts_with("- "))
        .count();
    assert!(
        now[heading + 2 + after].starts_with("III. "),
        "{}",
        now.join("\n")
    );
}

#[test]
fn as_of_gives_the_document_made_at_that_revision() {
    let env = Env::with_git_register();
    env.training().set("--start-on", "05/03/2026").add().ok();
    let then = env.git("reg", &["rev-parse", "HEAD"]).trim().to_string();
    env.run("report --period 2026-Q1 --docx then.docx").ok();
    env.training().set("--start-on", "06/03/2026").add().ok();
    env.run("report --period 2026-Q1 --docx now.docx").ok();
    env.reg(&[
        "report",
        "--period",
        "2026-Q1",
        "--docx",
        "again.docx",
        "--as-of",
        &then,
    ])
    .ok();
    let read = |name: &str| std::fs::read(env.path(name)).unwrap();
    assert!(read("then.docx") != read("now.docx"));
    assert!(read("then.docx") == read("again.docx"));
}

/// Every `<name …>…</name>` (or `<name …/>`) element in `xml`, in order.
pub(crate) fn elements<'a>(xml: &'a str, name: &str) -> Vec<&'a str> {
    let open = format!("<{name}");
    let close = format!("</{name}>");
    let mut found = Vec::new();
    let mut rest = xml;
    while let Some(at) = rest.find(&open) {
        let after = &rest[at + open.len()..];
        // `<w:tbl` must not match `<w:tblPr`.
        if !after.starts_with([' ', '>', '/']) {
            rest = after;
            continue;
        }
        let end = if after.find('>').is_some_and(|gt| after[..gt].ends_with('/')) {
            at + open.len() + after.find('>').unwrap() + 1
        } else {
            at + open.len() + after.find(&close).unwrap() + close.len()
        };
        found.push(&rest[at..end]);
        rest = &rest[end..];
    }
    found
}

/// The value of `attribute` on the first `element` in `xml`, as a number.
#[track_caller]
pub(crate) fn number(xml: &str, element: &str, attribute: &str) -> u32 {
    let tag = between(xml, &format!("<{element} "), ">");
    between(tag, &format!("{attribute}=\""), "\"")
        .parse()
        .unwrap()
}

#[test]
fn the_document_passes_a_decree_30_checklist_read_from_its_xml() {
    let env = Env::after_the_demo_year();
    let file = env.path("bc.docx");
    env.coi(&[
        "--data",
        &demo(),
        "report",
        "--period",
        "2026",
        "--docx",
        "bc.docx",
    ])
    .ok();
    let xml = part(&file, "word/document.xml");
    let styles = part(&file, "word/styles.xml");
    let text = paragraphs(&file);

    // A4 and the Decree's margins, in every section (twips: 1 mm is 56.7).
    let sections = elements(&xml, "w:sectPr");
    assert_eq!(
        sections.len(),
        3,
        "the body, then the appendix, then Biểu 01/PCTN"
    );
    sections_of_decree_30(&sections);
    // Times New Roman at 13–14 points for every run that does not set its own size, and no
    // run sets another font.
    let defaults = between(&styles, "<w:rPrDefault>", "</w:rPrDefault>");
    assert!(
        defaults.contains("w:ascii=\"Times New Roman\""),
        "{defaults}"
    );
    assert!(
        defaults.contains("w:hAnsi=\"Times New Roman\""),
        "{defaults}"
    );
    assert!((26..=28).contains(&number(defaults, "w:sz", "w:val")));
    assert!(!xml.contains("<w:rFonts"));
    // Vietnamese for every run: set once in the defaults, overridden nowhere.
    assert!(defaults.contains("<w:lang w:val=\"vi-VN\""), "{defaults}");
    assert_eq!(styles.matches("<w:lang ").count(), 1, "{styles}");
    for name in ["word/document.xml", "word/header1.xml", "word/header2.xml"] {
        assert!(!part(&file, name).contains("<w:lang"), "{name}");
    }
    // Widows and orphans controlled for every paragraph.
    assert!(between(&styles, "<w:pPrDefault>", "</w:pPrDefault>").contains("<w:widowControl/>"));
    assert!(!xml.contains("w:widowControl w:val"));

    // The header: a table without borders; its rules are paragraph borders, never an
    // underline (which cuts through ộ, ự, ạ); «Số:» and the date line on one row.
    let tables = elements(&xml, "w:tbl");
    let header = tables[0];
    assert!(
        between(header, "<w:tblBorders>", "</w:tblBorders>")
            .split("/>")
            .filter(|b| !b.is_empty())
            .all(|b| b.contains("w:val=\"nil\"")),
        "{header}"
    );
    assert!(!xml.contains("<w:u "), "no text is underlined");
    assert_eq!(
        elements(header, "w:pBdr").len(),
        2,
        "the agency's and the motto's rules"
    );
    let rows = elements(header, "w:tr");
    assert_eq!(rows.len(), 2);
    let row = rows[1].replace('\u{a0}', " ");
    assert!(row.contains("Số: …/BC-BQL") && row.contains("Bình Hải, ngày … tháng … năm 2026"));
    // The kind and the subject centred and bold, a rule under them before the body.
    let after_header = &xml[xml.find("</w:tbl>").unwrap()..];
    let first = elements(after_header, "w:p");
    for p in &first[..2] {
        assert!(
            p.contains("<w:jc w:val=\"center\"/>") && p.contains("<w:b/>"),
            "{p}"
        );
    }
    assert!(first[0].contains("BÁO CÁO") && first[1].contains("Kết quả thực hiện"));
    assert!(
        first[2].contains("<w:pBdr><w:top w:val=\"single\""),
        "{}",
        first[2]
    );
    assert!(first[3].contains("Thực hiện Kế hoạch"), "{}", first[3]);
    // The body points to the appendices.
    let pointer =
        (text.iter()).position(|p| p.contains("Số liệu chi tiết tại Phụ lục I và Phụ lục II"));
    let part_i = (text.iter()).position(|p| p.starts_with("I. KẾT QUẢ CÔNG TÁC"));
    assert!(
        pointer.is_some() && pointer < part_i,
        "{pointer:?} {part_i:?}"
    );

    // The signer and «Nơi nhận» go with the last paragraph of the body: it is kept with the
    // next, the foot's row never splits and each of its paragraphs is kept with the next.
    let last = elements(&xml, "w:p")
        .into_iter()
        .find(|p| p.contains("Trên đây là báo cáo"))
        .unwrap();
    assert!(last.contains("<w:keepNext/>"), "{last}");
    let foot = tables[1];
    assert!(foot.contains("Nơi nhận:") && foot.contains("Phan Quốc Trung"));
    assert!(foot.contains("<w:cantSplit/>"));
    for p in elements(foot, "w:p") {
        assert!(p.contains("<w:keepNext/>"), "{p}");
    }
    // The paragraphs that end a section hold no text and take no room (hidden), so a foot
    // that fills its page never pushes one onto a blank page.
    for p in elements(&xml, "w:p")
        .iter()
        .filter(|p| p.contains("<w:sectPr>"))
    {
        assert!(p.contains("<w:vanish/>") && !p.contains("<w:r>"), "{p}");
    }
    // No page break of any kind: the appendix begins with its own section.
    assert!(!xml.contains("<w:br w:type=\"page\""));
    assert!(!xml.contains("w:type=\"page\""));
    // Each appendix begins its own section with its caption.
    let mut after = xml.match_indices("</w:sectPr>").map(|(at, _)| &xml[at..]);
    for caption in [">Phụ lục I<", ">Phụ lục II<"] {
        let section = after.next().unwrap();
        assert!(
            elements(section, "w:p")[0].contains(caption),
            "the appendix's section starts with {caption}"
        );
    }
    // The appendix's header row comes again on each page.
    for (table, heading) in [(tables[2], "Nội dung chỉ tiêu"), (tables[3], "NỘI DUNG")] {
        let rows = elements(table, "w:tr");
        assert!(rows[0].contains("<w:tblHeader/>") && rows[0].contains(heading));
        assert!(rows[1..].iter().all(|r| !r.contains("<w:tblHeader/>")));
    }

    // The package: its author is the agency (coi.yaml has no clerk).
    let core = part(&file, "docProps/core.xml");
    assert!(core.contains("<dc:creator>Ban Quản lý Khu kinh tế tỉnh Bình Hải</dc:creator>"));
    assert!(
        core.contains(
            "<cp:lastModifiedBy>Ban Quản lý Khu kinh tế tỉnh Bình Hải</cp:lastModifiedBy>"
        )
    );
}

#[test]
fn the_files_are_dated_by_the_last_commit_of_the_register_not_by_the_clock() {
    let env = Env::with_git_register();
    // The harness's clock (2026-03-14 09:30 in Vietnam) dates this commit.
    env.training().set("--start-on", "05/03/2026").add().ok();
    let run = env.run_on(
        "2026-04-20",
        "report --period 2026-Q1 --docx a.docx --xlsx a.xlsx",
    );
    run.ok();
    let core = part(&env.path("a.docx"), "docProps/core.xml");
    for element in ["dcterms:created", "dcterms:modified"] {
        let at = between(
            &core,
            &format!("<{element} xsi:type=\"dcterms:W3CDTF\">"),
            "<",
        );
        assert_eq!(at, "2026-03-14T02:30:00Z", "{core}");
    }
    // The author: the agency, as coi.yaml names no clerk.
    assert!(core.contains("<dc:creator>Ban Quản lý Khu kinh tế tỉnh</dc:creator>"));
    // The workbook carries the same day.
    let book = part(&env.path("a.xlsx"), "docProps/core.xml");
    assert!(
        between(&book, "<dcterms:created xsi:type=\"dcterms:W3CDTF\">", "<")
            .starts_with("2026-03-14"),
        "{book}"
    );
}

#[test]
fn a_register_outside_git_is_dated_by_its_newest_file_and_signed_by_its_clerk() {
    let env = Env::with_register();
    env.training().set("--start-on", "05/03/2026").add().ok();
    let config = env.read("reg/coi.yaml");
    env.write(
        "reg/coi.yaml",
        &format!("{config}clerk:\n  name: Lê Thị Mai\n"),
    );
    // Every file of the register a day old, then one of them changed later.
    let at = |text: &str| {
        std::time::SystemTime::from(chrono::DateTime::parse_from_rfc3339(text).unwrap())
    };
    let mut files = Vec::new();
    let mut folders = vec![env.path("reg")];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else {
                files.push(path);
            }
        }
    }
    assert!(files.len() > 2, "{files:?}");
    for file in &files {
        let newest = file.ends_with("coi.yaml");
        let time = if newest {
            at("2026-03-10T15:45:12+07:00")
        } else {
            at("2026-03-09T08:00:00+07:00")
        };
        std::fs::File::options()
            .write(true)
            .open(file)
            .unwrap()
            .set_modified(time)
            .unwrap();
    }
    env.run("report --period 2026-Q1 --docx b.docx").ok();
    let core = part(&env.path("b.docx"), "docProps/core.xml");
    assert!(
        core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-03-10T08:45:12Z<"),
        "{core}"
    );
    assert!(
        core.contains("<dc:creator>Lê Thị Mai</dc:creator>"),
        "{core}"
    );
    assert!(core.contains("<cp:lastModifiedBy>Lê Thị Mai</cp:lastModifiedBy>"));
}

/// Each section (`w:sectPr`) A4 with Decree 30's margins, numbered from 1, its first page
/// without its number.
fn sections_of_decree_30(sections: &[&str]) {
    for section in sections {
        assert!(
            section.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"),
            "{section}"
        );
        let mm = |side: &str| f64::from(number(section, "w:pgMar", side)) / 56.7;
        for (side, low, high) in [
            ("w:top", 20.0, 25.0),
            ("w:bottom", 20.0, 25.0),
            ("w:left", 30.0, 35.0),
            ("w:right", 15.0, 20.0),
        ] {
            let m = mm(side);
            assert!((low - 0.1..=high + 0.1).contains(&m), "{side} {m} mm");
        }
        assert!(section.contains("<w:pgNumType w:start=\"1\"/>"));
        assert!(section.contains("<w:titlePg/>"));
    }
}

#[test]
fn the_provinces_document_passes_the_same_decree_30_checklist() {
    let env = crate::harness::Env::new();
    crate::province::three_agencies(&env, true);
    env.run_at(
        "ws",
        "province report --period 2026-Q1 --number 12 --docx tinh.docx",
    )
    .ok();
    let file = env.path("tinh.docx");
    let xml = part(&file, "word/document.xml");
    let styles = part(&file, "word/styles.xml");
    let text = paragraphs(&file);

    // The body, then the agencies' figures, then Biểu 01/PCTN: each section A4 with the
    // Decree's margins, numbered from 1, its first page without its number.
    let sections = elements(&xml, "w:sectPr");
    assert_eq!(sections.len(), 3);
    sections_of_decree_30(&sections);
    // Times New Roman 13–14 points, Vietnamese, widows and orphans controlled, set once.
    let defaults = between(&styles, "<w:rPrDefault>", "</w:rPrDefault>");
    assert!(
        defaults.contains("w:ascii=\"Times New Roman\""),
        "{defaults}"
    );
    assert!((26..=28).contains(&number(defaults, "w:sz", "w:val")));
    assert!(!xml.contains("<w:rFonts"));
    assert!(defaults.contains("<w:lang w:val=\"vi-VN\""), "{defaults}");
    assert!(!xml.contains("<w:lang"));
    assert!(between(&styles, "<w:pPrDefault>", "</w:pPrDefault>").contains("<w:widowControl/>"));

    // The header: a table without borders, the People's Committee over the Inspectorate, rules
    // that are paragraph borders, the number and the date line on one row.
    let tables = elements(&xml, "w:tbl");
    let header = tables[0];
    assert!(
        between(header, "<w:tblBorders>", "</w:tblBorders>")
            .split("/>")
            .filter(|b| !b.is_empty())
            .all(|b| b.contains("w:val=\"nil\"")),
        "{header}"
    );
    assert!(!xml.contains("<w:u "), "no text is underlined");
    assert_eq!(elements(header, "w:pBdr").len(), 2);
    let names = header.replace('\u{a0}', " ");
    assert!(names.contains("ỦY BAN NHÂN DÂN TỈNH BÌNH HẢI"), "{names}");
    assert!(names.contains("THANH TRA TỈNH BÌNH HẢI"), "{names}");
    let rows = elements(header, "w:tr");
    assert_eq!(rows.len(), 2);
    let row = rows[1].replace('\u{a0}', " ");
    assert!(
        row.contains("Số: 12/BC-TTr") && row.contains("Bình Hải, ngày … tháng … năm 2026"),
        "{row}"
    );
    // «BÁO CÁO» and the subject centred and bold, over a rule.
    let after_header = &xml[xml.find("</w:tbl>").unwrap()..];
    let first = elements(after_header, "w:p");
    for p in &first[..2] {
        assert!(
            p.contains("<w:jc w:val=\"center\"/>") && p.contains("<w:b/>"),
            "{p}"
        );
    }
    assert!(first[0].contains("BÁO CÁO") && first[1].contains("Tổng hợp kết quả"));
    assert!(
        first[2].contains("<w:pBdr><w:top w:val=\"single\""),
        "{}",
        first[2]
    );
    // The body points to the appendices before its first part.
    let pointer = (text.iter()).position(|p| p.contains("tại Phụ lục I; Biểu 01/PCTN"));
    let part_i = (text.iter()).position(|p| p.starts_with("I. KẾT QUẢ TỔNG HỢP"));
    assert!(
        pointer.is_some() && pointer < part_i,
        "{pointer:?} {part_i:?}"
    );

    // The last paragraph is kept with the signer's block, which never splits.
    let last = elements(&xml, "w:p")
        .into_iter()
        .find(|p| p.contains("Trên đây là báo cáo"))
        .unwrap();
    assert!(last.contains("<w:keepNext/>"), "{last}");
    assert!(last.contains("./."), "{last}");
    let foot = tables[1];
    for said in [
        "Nơi nhận:",
        "KT. CHÁNH THANH TRA",
        crate::province::SIGNER_TITLE,
        crate::province::SIGNER,
        "Thanh tra Chính phủ (để b/c);",
    ] {
        assert!(foot.contains(said), "{said}: {foot}");
    }
    assert!(foot.contains("<w:cantSplit/>"));
    for p in elements(foot, "w:p") {
        assert!(p.contains("<w:keepNext/>"), "{p}");
    }
    // The paragraphs that end a section are hidden and empty; no page break of any kind.
    for p in elements(&xml, "w:p")
        .iter()
        .filter(|p| p.contains("<w:sectPr>"))
    {
        assert!(p.contains("<w:vanish/>") && !p.contains("<w:r>"), "{p}");
    }
    assert!(!xml.contains("w:type=\"page\""));
    // Each appendix begins its section with its caption, then says which report it goes with;
    // its header row comes again on each page.
    let mut after = xml.match_indices("</w:sectPr>").map(|(at, _)| &xml[at..]);
    for caption in [">Phụ lục I<", ">Phụ lục II<"] {
        let section = after.next().unwrap();
        let paragraphs = elements(section, "w:p");
        assert!(paragraphs[0].contains(caption), "{caption}");
        assert!(
            (paragraphs[1].replace('\u{a0}', " ")).contains("(Kèm theo Báo cáo số 12/BC-TTr ngày"),
            "{}",
            paragraphs[1]
        );
    }
    for (table, heading) in [(tables[2], "Toàn tỉnh"), (tables[3], "Nội dung")] {
        let rows = elements(table, "w:tr");
        assert!(rows[0].contains("<w:tblHeader/>") && rows[0].contains(heading));
        assert!(rows[1..].iter().all(|r| !r.contains("<w:tblHeader/>")));
    }
    // The package's author is the Inspectorate.
    let core = part(&file, "docProps/core.xml");
    assert!(
        core.contains("<dc:creator>Thanh tra tỉnh Bình Hải</dc:creator>"),
        "{core}"
    );
}
