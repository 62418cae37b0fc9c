//! The report document as a Word file, laid out as Decree 30/2020/NĐ-CP sets out administrative
//! documents: A4 portrait, Times New Roman, the two-column header (the body above the agency and
//! the agency with the document's number; the national title, the motto and the date line), the
//! kind and subject of the document centred, the body, «Nơi nhận» beside the signer, and an
//! appendix table. The words are given in a [`Document`]; this module only places them.
//!
//! The same document gives the same bytes: paragraph ids are numbered here in the order of the
//! document (not by the crate's per-thread counter), the package's dates are the day given, and
//! the archive's entries carry the zip format's fixed date (the crate's `zip` has no clock).

use std::io::Cursor;

use chrono::NaiveDate;
use docx_rs::{
    AlignmentType, BreakType, Docx, Header, LineSpacing, PageMargin, PageNum, Paragraph, Run,
    RunFonts, SpecialIndentType, Tab, TabLeaderType, TabValueType, Table, TableCell,
    TableCellMargins, TableLayoutType, TableRow, VAlignType, WidthType,
};

/// A place left for the signer to fill in by hand.
pub const BLANK: &str = "……………";

const FONT: &str = "Times New Roman";
/// A4 in twentieths of a point.
const PAGE: (u32, u32) = (11906, 16838);
/// Margins (Decree 30: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm).
const TOP: i32 = 1134;
const BOTTOM: i32 = 1134;
const LEFT: i32 = 1701;
const RIGHT: i32 = 851;
/// The width between the margins.
const TEXT_WIDTH: usize = PAGE.0 as usize - LEFT as usize - RIGHT as usize;
/// The header's columns: the agency's, then the national title's.
const HEADER_COLUMNS: [usize; 2] = [4253, TEXT_WIDTH - 4253];
/// «Nơi nhận» and the signer.
const FOOT_COLUMNS: [usize; 2] = [4536, TEXT_WIDTH - 4536];
/// Font sizes, in half points: 14 for the body, 12 for the names at the top (Decree 30 allows
/// 12–13; at 13 the national title no longer fits its column), 13 for the motto and the number.
const BODY: usize = 28;
const NAMES: usize = 24;
const HEAD: usize = 26;
const SMALL: usize = 24;
const SMALLER: usize = 22;
/// The first line of a paragraph of the body is indented by 1 cm.
const INDENT: i32 = 567;

/// The report document in words, each part in its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Written as the package's creation and change date: a day of the report, never the clock.
    pub dated: NaiveDate,
    /// Above the agency (shown in upper case).
    pub parent_body: String,
    /// The issuing agency (shown in upper case, bold).
    pub agency: String,
    /// «Số: …/BC-BQL».
    pub number: String,
    /// «Bình Hải, ngày … tháng … năm 2026».
    pub date_line: String,
    /// «BÁO CÁO».
    pub kind: String,
    /// What the report is about, with its period.
    pub subject: String,
    pub body: Vec<Block>,
    /// The «Nơi nhận» list.
    pub recipients: Vec<String>,
    pub signer: Signer,
    pub appendix: Appendix,
}

/// One paragraph of the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// «I. KẾT QUẢ THỰC HIỆN»: bold.
    Part(String),
    /// «1. …»: bold.
    Section(String),
    /// A paragraph of text.
    Text(String),
    /// A line of a list, after a dash.
    Item(String),
    /// A remark in italics.
    Note(String),
    /// A dotted line for the clerk to write on.
    Blank,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signer {
    /// «KT. TRƯỞNG BAN», when a deputy signs for the head.
    pub for_head: Option<String>,
    pub title: String,
    pub name: String,
}

/// The table at the end, on a page of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Appendix {
    /// Centred, bold: «PHỤ LỤC», what the table holds.
    pub titles: Vec<String>,
    /// Centred, in italics, under the titles.
    pub notes: Vec<String>,
    pub columns: Vec<Column>,
    pub rows: Vec<AppendixRow>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub heading: String,
    /// Its share of the table's width.
    pub share: usize,
    /// Figures sit at the right of their cell.
    pub figures: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AppendixRow {
    /// A heading across the table.
    Group(String),
    /// One cell per column.
    Cells(Vec<String>),
}

/// The `.docx` file of `doc`.
pub fn write(doc: &Document) -> std::io::Result<Vec<u8>> {
    let mut ids = Ids(0);
    let fonts = RunFonts::new()
        .ascii(FONT)
        .hi_ansi(FONT)
        .cs(FONT)
        .east_asia(FONT);
    let dated = format!("{}T00:00:00Z", doc.dated.format("%Y-%m-%d"));
    // Decree 30: page numbers centred at the top, from the second page on.
    let page_number = Header::new().add_paragraph(
        ids.paragraph()
            .align(AlignmentType::Center)
            .add_page_num(PageNum::new()),
    );
    let mut docx = Docx::new()
        .page_size(PAGE.0, PAGE.1)
        .page_margin(PageMargin {
            top: TOP,
            left: LEFT,
            bottom: BOTTOM,
            right: RIGHT,
            header: 567,
            footer: 567,
            gutter: 0,
        })
        .default_fonts(fonts)
        .default_size(BODY)
        .header(page_number)
        .first_header(Header::new().add_paragraph(ids.paragraph()))
        .title_pg()
        .created_at(&dated)
        .updated_at(&dated);
    docx = docx.add_table(header(doc, &mut ids));
    docx = docx
        .add_paragraph(ids.paragraph().line_spacing(spacing(240, 0)))
        .add_paragraph(
            ids.paragraph()
                .align(AlignmentType::Center)
                .line_spacing(spacing(120, 0))
                .add_run(Run::new().add_text(&doc.kind).bold().size(BODY)),
        )
        .add_paragraph(
            ids.paragraph()
                .align(AlignmentType::Center)
                .line_spacing(spacing(0, 360))
                .add_run(Run::new().add_text(&doc.subject).bold().size(BODY)),
        );
    for block in &doc.body {
        docx = docx.add_paragraph(block_paragraph(block, &mut ids));
    }
    docx = docx
        .add_paragraph(ids.paragraph().line_spacing(spacing(0, 0)))
        .add_table(foot(doc, &mut ids));
    docx = appendix(docx, &doc.appendix, &mut ids);
    let mut out = Cursor::new(Vec::new());
    docx.build()
        .pack(&mut out)
        .map_err(|e| std::io::Error::other(e.to_string()))?;
    Ok(out.into_inner())
}

/// Paragraph ids in the order of the document.
struct Ids(u32);

impl Ids {
    fn paragraph(&mut self) -> Paragraph {
        self.0 += 1;
        Paragraph::new().id(format!("{:08X}", self.0))
    }
}

/// Space before and after a paragraph, in twentieths of a point, lines at 1.15.
fn spacing(before: u32, after: u32) -> LineSpacing {
    LineSpacing::new().before(before).after(after).line(276)
}

/// One centred line of a header column (a little more than single spacing, so that stacked
/// Vietnamese accents never touch the line above).
fn centred(ids: &mut Ids, run: Run) -> Paragraph {
    ids.paragraph()
        .align(AlignmentType::Center)
        .line_spacing(LineSpacing::new().before(0).after(0).line(264))
        .add_run(run)
}

/// Left: the body above, the agency, the number; right: the national title, the motto and the
/// date line. No borders.
fn header(doc: &Document, ids: &mut Ids) -> Table {
    let left = TableCell::new()
        .width(HEADER_COLUMNS[0], WidthType::Dxa)
        .add_paragraph(centred(
            ids,
            Run::new()
                .add_text(doc.parent_body.to_uppercase())
                .size(NAMES),
        ))
        .add_paragraph(centred(
            ids,
            Run::new()
                .add_text(doc.agency.to_uppercase())
                .bold()
                .size(NAMES),
        ))
        .add_paragraph(centred(ids, Run::new().add_text("――――――").size(HEAD)))
        .add_paragraph(centred(ids, Run::new().add_text(&doc.number).size(HEAD)));
    let right = TableCell::new()
        .width(HEADER_COLUMNS[1], WidthType::Dxa)
        .add_paragraph(centred(
            ids,
            Run::new()
                .add_text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .bold()
                .size(NAMES),
        ))
        .add_paragraph(centred(
            ids,
            Run::new()
                .add_text("Độc lập - Tự do - Hạnh phúc")
                .bold()
                .underline("single")
                .size(HEAD),
        ))
        .add_paragraph(centred(ids, Run::new().add_text(" ").size(HEAD)))
        .add_paragraph(centred(
            ids,
            Run::new().add_text(&doc.date_line).italic().size(BODY),
        ));
    borderless(vec![TableRow::new(vec![left, right])], &HEADER_COLUMNS)
}

/// «Nơi nhận» and its list on the left, the signer on the right.
fn foot(doc: &Document, ids: &mut Ids) -> Table {
    let tight = || LineSpacing::new().before(0).after(0).line(252);
    let mut left = TableCell::new()
        .width(FOOT_COLUMNS[0], WidthType::Dxa)
        .add_paragraph(
            ids.paragraph()
                .line_spacing(tight())
                .add_run(Run::new().add_text("Nơi nhận:").bold().italic().size(SMALL)),
        );
    for recipient in &doc.recipients {
        left = left.add_paragraph(
            ids.paragraph()
                .line_spacing(tight())
                .add_run(Run::new().add_text(format!("- {recipient}")).size(SMALLER)),
        );
    }
    let signer = &doc.signer;
    let mut right = TableCell::new().width(FOOT_COLUMNS[1], WidthType::Dxa);
    for line in signer.for_head.iter().chain([&signer.title]) {
        right = right.add_paragraph(centred(
            ids,
            Run::new().add_text(line.to_uppercase()).bold().size(BODY),
        ));
    }
    // Room for the signature and the seal.
    for _ in 0..4 {
        right = right.add_paragraph(centred(ids, Run::new().size(BODY)));
    }
    right = right.add_paragraph(centred(
        ids,
        Run::new().add_text(&signer.name).bold().size(BODY),
    ));
    borderless(vec![TableRow::new(vec![left, right])], &FOOT_COLUMNS)
}

/// A table without borders or cell margins, its columns as wide as the text lets them be.
fn borderless(rows: Vec<TableRow>, columns: &[usize]) -> Table {
    Table::without_borders(rows)
        .margins(TableCellMargins::new().margin(0, 0, 0, 0))
        .set_grid(columns.to_vec())
        .layout(TableLayoutType::Fixed)
        .width(columns.iter().sum(), WidthType::Dxa)
}

fn block_paragraph(block: &Block, ids: &mut Ids) -> Paragraph {
    let body = |ids: &mut Ids| {
        ids.paragraph()
            .align(AlignmentType::Both)
            .line_spacing(spacing(0, 120))
            .indent(None, Some(SpecialIndentType::FirstLine(INDENT)), None, None)
    };
    match block {
        Block::Part(text) => body(ids)
            .keep_next(true)
            .line_spacing(spacing(120, 120))
            .add_run(Run::new().add_text(text).bold()),
        Block::Section(text) => body(ids)
            .keep_next(true)
            .add_run(Run::new().add_text(text).bold()),
        Block::Text(text) => body(ids).add_run(Run::new().add_text(text)),
        Block::Item(text) => body(ids).add_run(Run::new().add_text(format!("- {text}"))),
        Block::Note(text) => body(ids).add_run(Run::new().add_text(text).italic()),
        Block::Blank => body(ids)
            .add_tab(
                Tab::new()
                    .val(TabValueType::Right)
                    .leader(TabLeaderType::Dot)
                    .pos(TEXT_WIDTH),
            )
            .add_run(Run::new().add_tab()),
    }
}

/// The appendix, from a new page: its titles, then the table with borders.
fn appendix(docx: Docx, appendix: &Appendix, ids: &mut Ids) -> Docx {
    let mut docx = docx.add_paragraph(
        ids.paragraph()
            .add_run(Run::new().add_break(BreakType::Page)),
    );
    for title in &appendix.titles {
        docx = docx.add_paragraph(
            ids.paragraph()
                .align(AlignmentType::Center)
                .line_spacing(spacing(0, 0))
                .add_run(Run::new().add_text(title).bold()),
        );
    }
    for note in &appendix.notes {
        docx = docx.add_paragraph(
            ids.paragraph()
                .align(AlignmentType::Center)
                .line_spacing(spacing(0, 0))
                .add_run(Run::new().add_text(note).italic()),
        );
    }
    docx = docx.add_paragraph(ids.paragraph().line_spacing(spacing(0, 0)));
    let shares: usize = appendix
        .columns
        .iter()
        .map(|c| c.share)
        .sum::<usize>()
        .max(1);
    let widths: Vec<usize> = (appendix.columns.iter())
        .map(|c| TEXT_WIDTH * c.share / shares)
        .collect();
    // A heading (bold) stays on the page of the row after it.
    let cell = |ids: &mut Ids, text: &str, width: usize, align: AlignmentType, heading: bool| {
        let mut run = Run::new().add_text(text).size(SMALL);
        if heading {
            run = run.bold();
        }
        TableCell::new()
            .width(width, WidthType::Dxa)
            .vertical_align(VAlignType::Center)
            .add_paragraph(
                ids.paragraph()
                    .align(align)
                    .keep_next(heading)
                    .line_spacing(LineSpacing::new().before(40).after(40).line(240))
                    .add_run(run),
            )
    };
    let mut rows = Vec::new();
    let headings = appendix.columns.iter().zip(&widths);
    rows.push(TableRow::new(
        headings
            .map(|(c, &w)| cell(ids, &c.heading, w, AlignmentType::Center, true))
            .collect(),
    ));
    for row in &appendix.rows {
        let cells = match row {
            AppendixRow::Group(text) => vec![
                cell(ids, text, TEXT_WIDTH, AlignmentType::Left, true)
                    .grid_span(appendix.columns.len()),
            ],
            AppendixRow::Cells(cells) => (cells.iter().zip(&appendix.columns).zip(&widths))
                .map(|((text, column), &w)| {
                    let align = if column.figures {
                        AlignmentType::Right
                    } else {
                        AlignmentType::Left
                    };
                    cell(ids, text, w, align, false)
                })
                .collect(),
        };
        rows.push(TableRow::new(cells).cant_split());
    }
    docx.add_table(
        Table::new(rows)
            .set_grid(widths)
            .layout(TableLayoutType::Fixed)
            .width(TEXT_WIDTH, WidthType::Dxa),
    )
}
