//! The report document as it prints: LibreOffice lays it out and poppler reads each page back,
//! so that what the office head signs is checked, not only the XML that asks for it. The demo
//! register's periods, then registers made longer until a page ends inside the signer's block
//! and right after it.

use std::path::{Path, PathBuf};

use crate::harness::Env;
use crate::office;

const SIGNER: &str = "Phan Quốc Trung";
const TITLE: &str = "PHÓ TRƯỞNG BAN";
/// The last paragraph of the body, which must stand on the signer's page.
const LAST: &str = "Trên đây là báo cáo kết quả thực hiện";

fn demo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data")
}

/// Checks the pages of a printed report and gives the page (from 1) the signer is on: no
/// page is blank (a page number alone counts as blank); the signer's title and name are on
/// one page with the body's last paragraph; the appendix begins on the page after it.
#[track_caller]
fn signer_page(name: &str, pages: &[String]) -> usize {
    signed_by(name, pages, (TITLE, SIGNER), LAST)
}

/// [`signer_page`] for a document signed by `title` and `signer`, whose body ends with `last`.
#[track_caller]
fn signed_by(name: &str, pages: &[String], (title, signer): (&str, &str), last: &str) -> usize {
    let shown = || {
        (pages.iter().enumerate())
            .map(|(i, p)| format!("--- {name}, page {} ---\n{p}", i + 1))
            .collect::<Vec<_>>()
            .join("\n")
    };
    for (i, page) in pages.iter().enumerate() {
        let words = page
            .chars()
            .filter(|c| !c.is_ascii_digit() && !c.is_whitespace());
        assert!(
            words.count() > 0,
            "{name}: page {} is blank\n{}",
            i + 1,
            shown()
        );
    }
    let on = |text: &str| -> Vec<usize> {
        (pages.iter().enumerate())
            .filter(|(_, p)| p.contains(text))
            .map(|(i, _)| i + 1)
            .collect()
    };
    let signed = on(signer);
    assert_eq!(signed.len(), 1, "{name}: the signer's name\n{}", shown());
    let page = signed[0];
    assert_eq!(
        on(title),
        [page],
        "{name}: title and name apart\n{}",
        shown()
    );
    assert!(
        on(last).contains(&page),
        "{name}: the signer without the body\n{}",
        shown()
    );
    let captioned = |caption: &str| -> Vec<usize> {
        (pages.iter().enumerate())
            .filter(|(_, p)| p.lines().any(|l| l.trim() == caption))
            .map(|(i, _)| i + 1)
            .collect()
    };
    let appendix = captioned("Phụ lục I");
    assert_eq!(appendix, [page + 1], "{name}: the appendix\n{}", shown());
    // Biểu 01/PCTN comes after it, on a page of its own.
    let form = captioned("Phụ lục II");
    assert!(
        form.len() == 1 && form[0] > page + 1,
        "{name}: Biểu 01/PCTN\n{}",
        shown()
    );
    page
}

/// The pages of each file, printed in one run of LibreOffice.
fn printed(env: &Env, files: &[PathBuf]) -> Vec<Vec<String>> {
    let pdfs = office::to_pdfs(files, &env.path("pdf"));
    pdfs.iter().map(|pdf| office::pages(pdf)).collect()
}

#[test]
fn the_demo_registers_reports_print_with_the_signer_beside_the_body_and_no_blank_page() {
    if !office::available("printed::demo") {
        return;
    }
    let env = Env::after_the_demo_year();
    let data = demo().display().to_string();
    let periods = ["2026-Q3", "2026-6M", "2026"];
    let mut files = Vec::new();
    for period in periods {
        let name = format!("bao-cao-{period}.docx");
        env.coi(&[
            "--data", &data, "report", "--period", period, "--docx", &name,
        ])
        .ok();
        files.push(env.path(&name));
    }
    for (period, pages) in periods.iter().zip(printed(&env, &files)) {
        let page = signer_page(period, &pages);
        // The first page holds the header and the start of the body; the appendix follows
        // the signer and numbers its pages anew (its second page says 2).
        assert!(pages[0].contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        assert!(pages[0].contains("Số: …/BC-BQL"));
        if let Some(second) = pages.get(page + 1) {
            assert_eq!(
                second.lines().find(|l| !l.trim().is_empty()).map(str::trim),
                Some("2")
            );
        }
    }
}

/// A copy of the demo register with `actions` more plan actions under its first task (each
/// about two lines of the body) and `recipients` more lines in «Nơi nhận».
fn longer_demo(env: &Env, folder: &str, actions: usize, recipients: usize) {
    copy(&demo(), &env.path(folder));
    for n in 1..=actions {
        let id = format!("HD-2026-{:03}", 100 + n);
        env.write(
            &format!("{folder}/actions/2026/{id}.yaml"),
            &format!(
                "id: {id}\nunit: QLDT\nplan_task: II.1\nkind: situation_map\n\
                 title: Rà soát, cập nhật danh mục vị trí việc làm có nguy cơ xảy ra xung đột lợi \
                 ích tại các phòng chuyên môn, đơn vị sự nghiệp trực thuộc và đề xuất biện pháp \
                 phòng ngừa lần {n}\ndone_on: 2026-05-{:02}\nhistory:\n\
                 - at: 2026-05-20T16:00:00+07:00\n  by: Nguyễn Thị Phương Thảo\n  action: created\n",
                10 + n
            ),
        );
    }
    let config = env.read(&format!("{folder}/coi.yaml"));
    let more: String = (1..=recipients)
        .map(|n| format!("- 'Phòng chuyên môn số {n};'\n"))
        .collect();
    let last = "- 'Lưu: VT, VP.'";
    assert!(config.contains(last));
    env.write(
        &format!("{folder}/coi.yaml"),
        &config.replace(last, &format!("{more}{last}")),
    );
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn a_page_that_ends_inside_the_signers_block_or_just_after_it_moves_the_block_whole() {
    if !office::available("printed::stress") {
        return;
    }
    // Two registers longer than the demo's: more actions move the end of the body down, more
    // recipients make the signer's block taller. In each, the space above the body's last
    // paragraph is raised by less than the block's height at a time, over a whole page: some
    // step puts the page's end inside the block, and the block has to move whole.
    let env = Env::after_the_demo_year();
    for (actions, recipients) in [(4, 0), (5, 11)] {
        let folder = format!("reg-{actions}-{recipients}");
        longer_demo(&env, &folder, actions, recipients);
        let base = env.path(&format!("{folder}.docx"));
        let file = base.display().to_string();
        env.coi(&[
            "--data", &folder, "report", "--period", "2026", "--docx", &file,
        ])
        .ok();
        let name = format!("{actions} more actions, {recipients} more recipients");
        let pages = sweep(&env, &base, &name, &COARSE);
        assert!(
            pages.windows(2).any(|w| w[1] == w[0] + 1),
            "{name}: the sweep never pushed the signer to a new page: {pages:?}"
        );
    }
}

/// Raising the body's opening paragraph by a page's height in steps smaller than the signer's
/// block (about 0.9 cm).
const COARSE: [u32; 30] = {
    let mut steps = [0; 30];
    let mut i = 0;
    while i < 30 {
        steps[i] = i as u32 * 500;
        i += 1;
    }
    steps
};

/// The page of the signer in `base` raised by each of `steps` twips, each print checked.
fn sweep(env: &Env, base: &Path, name: &str, steps: &[u32]) -> Vec<usize> {
    let stem = base.file_stem().unwrap().to_string_lossy().to_string();
    let files: Vec<PathBuf> = (steps.iter())
        .map(|twips| {
            let file = env.path(&format!("{stem}-raised-{twips:05}.docx"));
            raised(base, *twips, &file);
            file
        })
        .collect();
    (steps.iter().zip(printed(env, &files)))
        .map(|(twips, printed)| signer_page(&format!("{name}, {twips} twips higher"), &printed))
        .collect()
}

/// The pictures of the README (`examples/pictures/`): the first page and the signer's page of
/// the demo register's year report, at 70 dots per inch. Run by hand after a change of layout:
/// `cargo test --test cli printed::pictures -- --ignored`.
#[test]
#[ignore]
fn pictures_for_the_readme() {
    assert!(office::available("printed::pictures"));
    let env = Env::after_the_demo_year();
    let data = demo().display().to_string();
    env.coi(&[
        "--data",
        &data,
        "report",
        "--period",
        "2026",
        "--docx",
        "bao-cao.docx",
    ])
    .ok();
    let pdf = office::to_pdf(&env.path("bao-cao.docx"), &env.path("pdf"));
    let page = signer_page("2026", &office::pages(&pdf));
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/pictures");
    std::fs::create_dir_all(&folder).unwrap();
    office::picture(&pdf, 1, 70, &folder.join("bao-cao-trang-1"));
    office::picture(&pdf, page, 70, &folder.join("bao-cao-trang-ky"));
}

/// The end of the opening paragraph, on the first page: space raised above it moves all that
/// follows (space above a paragraph that begins a page is dropped, so the last one will not do
/// once its block has moved).
const OPENING: &str = "như sau:";

/// `docx` with `twips` of space above the body's opening paragraph, written to `out`.
fn raised(docx: &Path, twips: u32, out: &Path) {
    use std::io::{Read, Write};
    let mut zip = zip::ZipArchive::new(std::fs::File::open(docx).unwrap()).unwrap();
    let mut copy = zip::ZipWriter::new(std::fs::File::create(out).unwrap());
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).unwrap();
        let name = entry.name().unwrap().to_string();
        let mut text = String::new();
        entry.read_to_string(&mut text).unwrap();
        if name == "word/document.xml" {
            let last = text.find(OPENING).unwrap();
            let start = text[..last].rfind("<w:p>").unwrap();
            let paragraph = &text[start..last];
            assert!(paragraph.contains("w:before=\"0\""), "{paragraph}");
            let more = paragraph.replace("w:before=\"0\"", &format!("w:before=\"{twips}\""));
            text = format!("{}{more}{}", &text[..start], &text[last..]);
        }
        copy.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        copy.write_all(text.as_bytes()).unwrap();
    }
    copy.finish().unwrap();
}

#[test]
fn a_foot_that_ends_its_page_exactly_leaves_no_blank_page() {
    if !office::available("printed::exact") {
        return;
    }
    // After the foot comes the paragraph that ends the body's section: were it to take any
    // room, a foot ending a page to within a point would push it alone onto a blank page. A
    // coarse sweep finds the step at which the block moves to the next page; the space above
    // the body's opening paragraph is then raised half a point at a time across that step, so
    // some print has the foot end its page exactly.
    let env = Env::after_the_demo_year();
    longer_demo(&env, "reg", 5, 11);
    env.reg(&["report", "--period", "2026", "--docx", "base.docx"])
        .ok();
    let base = env.path("base.docx");
    let coarse = sweep(&env, &base, "coarse", &COARSE);
    let moved = (coarse.windows(2))
        .position(|w| w[1] > w[0])
        .unwrap_or_else(|| panic!("the signer never moved to a new page: {coarse:?}"));
    let fine: Vec<u32> = (COARSE[moved]..=COARSE[moved + 1]).step_by(10).collect();
    let pages = sweep(&env, &base, "fine", &fine);
    assert!(
        pages.first() < pages.last(),
        "the signer never moved to a new page: {pages:?}"
    );
}

#[test]
fn the_provinces_document_prints_with_the_signer_beside_the_body_and_each_appendix_on_new_pages() {
    if !office::available("printed::province") {
        return;
    }
    let env = Env::new();
    crate::province::three_agencies(&env, true);
    // The quarter (two agencies counted, one missing) and the year (none counted yet, the
    // quarter's tags fetched with the year's pattern are not the year's).
    let mut files = Vec::new();
    for period in ["2026-Q1", "2026"] {
        let name = format!("tinh-{period}.docx");
        let line = format!("province report --period {period} --number 12 --docx {name}");
        env.run_at("ws", &line).ok();
        files.push(env.path(&name));
    }
    let who = (crate::province::SIGNER_TITLE, crate::province::SIGNER);
    for (period, pages) in ["2026-Q1", "2026"].iter().zip(printed(&env, &files)) {
        let page = signed_by(period, &pages, who, "Trên đây là báo cáo tổng hợp");
        assert!(pages[0].contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        assert!(pages[0].contains("ỦY BAN NHÂN DÂN TỈNH BÌNH HẢI"));
        assert!(pages[0].contains("Số: 12/BC-TTr"), "{}", pages[0]);
        assert!(pages[page - 1].contains("KT. CHÁNH THANH TRA"));
        // The agencies' table under its heading, every agency a column and the province's
        // total; an appendix longer than a page repeats its header row.
        let appendix = &pages[page..];
        assert!(appendix[0].contains("SỐ LIỆU TRONG KỲ THEO CƠ QUAN, ĐƠN VỊ"));
        let header = |p: &String| {
            p.lines()
                .any(|l| l.contains("Chỉ tiêu") && l.contains("Toàn tỉnh"))
        };
        let until_form = appendix
            .iter()
            .take_while(|p| !p.lines().any(|l| l.trim() == "Phụ lục II"))
            .collect::<Vec<_>>();
        assert!(
            until_form.iter().all(|p| header(p)),
            "{period}: {until_form:?}"
        );
    }
}
