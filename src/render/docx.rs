//! The report document as a Word file, laid out as Decree 30/2020/NĐ-CP sets out administrative
//! documents: A4 portrait, Times New Roman, the two-column header (the body above the agency and
//! the agency, the national title and the motto, each with its rule drawn as a line under it;
//! then «Số: …» and the place and date on one row), the kind and subject of the document centred
//! over a short rule, the body, «Nơi nhận» beside the signer kept on the page of the last
//! paragraph, and each appendix in a section of its own that numbers its pages anew. The words
//! are given in a [`Document`]; this module only places them.
//!
//! The WordprocessingML is written here rather than through a crate, because what the Decree
//! needs and the crates lack (a table's header row repeated on each page, the language of the
//! text, the author) is a few elements each. Element order follows the schema (ECMA-376 part 1),
//! since Word refuses a part whose elements are out of order where LibreOffice does not.
//!
//! The same document gives the same bytes: nothing here reads the clock or counts across
//! documents, the package's dates are the register state's, and the archive's entries carry
//! the zip format's fixed date.

use std::fmt::Write as _;
use std::io::{Cursor, Write as _};

use chrono::{DateTime, FixedOffset, SecondsFormat, Utc};

/// A place left for the signer to fill in by hand.
pub const BLANK: &str = "……………";

const FONT: &str = "Times New Roman";
/// The text's language, for spelling and hyphenation in Word and LibreOffice.
const LANGUAGE: &str = "vi-VN";
/// A4 in twentieths of a point.
const PAGE: (u32, u32) = (11906, 16838);
/// Margins (Decree 30: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm): 20, 20, 30 and
/// 15 mm.
const TOP: u32 = 1134;
const BOTTOM: u32 = 1134;
const LEFT: u32 = 1701;
const RIGHT: u32 = 851;
/// The page number sits 10 mm from the top edge, above the text.
const HEADER_DISTANCE: u32 = 567;
/// The width between the margins.
const TEXT_WIDTH: u32 = PAGE.0 - LEFT - RIGHT;
/// The header's columns: the agency's, then the national title's. The national title in bold
/// 12 points is about 4990 wide (measured in LibreOffice's rendering); its column leaves room
/// on either side so that it never runs against the name of the body above the agency.
const HEADER_COLUMNS: [u32; 2] = [4111, TEXT_WIDTH - 4111];
/// «Nơi nhận» and the signer.
const FOOT_COLUMNS: [u32; 2] = [4536, TEXT_WIDTH - 4536];
/// Font sizes, in half points: 14 for the body, 12 for the names in capitals at the top
/// (Decree 30 allows 12–13; at 13 the national title no longer fits its column), 13 for the
/// motto, the number and the date line (so that the last two, on one row, share a baseline).
const BODY: u32 = 28;
const NAMES: u32 = 24;
const HEAD: u32 = 26;
const SMALL: u32 = 24;
const SMALLER: u32 = 22;
/// The first line of a paragraph of the body is indented by 1 cm.
const INDENT: u32 = 567;
/// «Độc lập - Tự do - Hạnh phúc» in bold 13 points, measured in LibreOffice's rendering: the
/// Decree wants the rule under the motto as long as the motto.
const MOTTO_WIDTH: u32 = 3170;

/// The report document in words, each part in its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The register state the report was made from: the package's creation and change time
    /// (never the clock, so that the same state gives the same bytes).
    pub made: DateTime<FixedOffset>,
    /// The package's author and last editor.
    pub author: String,
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
    /// Each from a new page, its pages numbered on their own.
    pub appendices: Vec<Appendix>,
}

/// One paragraph of the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// «I. KẾT QUẢ THỰC HIỆN»: bold.
    Part(String),
    /// «1. …»: bold.
    Section(String),
    /// «a) …», an item of a section: bold italic.
    Lettered(String),
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

/// A table at the end, from a new page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Appendix {
    /// «Phụ lục» (or «Phụ lục I», «Phụ lục II» when there are several): centred, bold, as
    /// written (Decree 30 wants it in ordinary letters, not in capitals).
    pub caption: String,
    /// «(Kèm theo Báo cáo số … ngày … tháng … năm … của …)»: centred, in italics, under it.
    pub attached_to: String,
    /// Centred, bold: what the table holds.
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
    let parts = [
        ("[Content_Types].xml", CONTENT_TYPES.to_string()),
        ("_rels/.rels", PACKAGE_RELATIONSHIPS.to_string()),
        ("docProps/core.xml", core(doc)),
        ("docProps/app.xml", APP.to_string()),
        ("word/document.xml", document(doc)),
        (
            "word/_rels/document.xml.rels",
            DOCUMENT_RELATIONSHIPS.to_string(),
        ),
        ("word/styles.xml", styles()),
        ("word/settings.xml", SETTINGS.to_string()),
        ("word/header1.xml", PAGE_NUMBER.to_string()),
        ("word/header2.xml", NO_PAGE_NUMBER.to_string()),
    ];
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    // The zip format's first day (1980-01-01), not the clock: the same document, the same bytes.
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    for (name, text) in parts {
        zip.start_file(name, options)
            .map_err(std::io::Error::other)?;
        zip.write_all(text.as_bytes())?;
    }
    Ok(zip.finish().map_err(std::io::Error::other)?.into_inner())
}

const XML: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const CONTENT_TYPES: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>",
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">",
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>",
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>",
    "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>",
    "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>",
    "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>",
    "<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>",
    "<Override PartName=\"/word/header2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>",
    "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>",
    "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>",
    "</Types>"
);

const PACKAGE_RELATIONSHIPS: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>",
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>",
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>",
    "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>",
    "</Relationships>"
);

const DOCUMENT_RELATIONSHIPS: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>",
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>",
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>",
    "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>",
    "<Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header2.xml\"/>",
    "</Relationships>"
);

const APP: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>",
    "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">",
    "<Application>coi</Application></Properties>"
);

/// Word opens the file in its own mode, not as a document of an older version.
const SETTINGS: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>",
    "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">",
    "<w:defaultTabStop w:val=\"720\"/>",
    "<w:characterSpacingControl w:val=\"doNotCompress\"/>",
    "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>",
    "</w:settings>"
);

/// Decree 30: the page number centred at the top, from the second page on (the first page of a
/// section takes the empty header below).
const PAGE_NUMBER: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>",
    "<w:hdr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">",
    "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>",
    "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>2</w:t></w:r></w:fldSimple></w:p></w:hdr>"
);

const NO_PAGE_NUMBER: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>",
    "<w:hdr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">",
    "<w:p/></w:hdr>"
);

/// The defaults every run and paragraph inherit: the font, the body's size, the language and
/// widow and orphan control. No run sets any of the last two itself.
fn styles() -> String {
    format!(
        "{XML}<w:styles xmlns:w=\"{W}\"><w:docDefaults><w:rPrDefault><w:rPr>\
         <w:rFonts w:ascii=\"{FONT}\" w:eastAsia=\"{FONT}\" w:hAnsi=\"{FONT}\" w:cs=\"{FONT}\"/>\
         <w:sz w:val=\"{BODY}\"/><w:szCs w:val=\"{BODY}\"/>\
         <w:lang w:val=\"{LANGUAGE}\" w:eastAsia=\"{LANGUAGE}\" w:bidi=\"{LANGUAGE}\"/>\
         </w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl/>\
         <w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>\
         </w:pPr></w:pPrDefault></w:docDefaults>\
         <w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>\
         <w:qFormat/><w:pPr><w:widowControl/></w:pPr></w:style>\
         <w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>\
         <w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr>\
         <w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>\
         <w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/>\
         <w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style></w:styles>"
    )
}

/// The package's properties: title, author, language and the register state's time.
fn core(doc: &Document) -> String {
    let made = doc
        .made
        .with_timezone(&Utc)
        .to_rfc3339_opts(SecondsFormat::Secs, true);
    let title = escape(&format!("{} {}", doc.kind, doc.subject));
    let author = escape(&doc.author);
    format!(
        "{XML}<cp:coreProperties \
         xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
         <dc:title>{title}</dc:title><dc:creator>{author}</dc:creator>\
         <cp:lastModifiedBy>{author}</cp:lastModifiedBy><dc:language>{LANGUAGE}</dc:language>\
         <dcterms:created xsi:type=\"dcterms:W3CDTF\">{made}</dcterms:created>\
         <dcterms:modified xsi:type=\"dcterms:W3CDTF\">{made}</dcterms:modified>\
         </cp:coreProperties>"
    )
}

/// `word/document.xml`: the body's section, then a section for each appendix.
fn document(doc: &Document) -> String {
    let mut out = format!("{XML}<w:document xmlns:w=\"{W}\" xmlns:r=\"{R}\"><w:body>");
    header(&mut out, doc);
    Par::centred()
        .space(240, 120)
        .keep_next()
        .write(&mut out, &[Run::new(&doc.kind).bold()]);
    Par::centred()
        .keep_next()
        .write(&mut out, &[Run::new(&doc.subject).bold()]);
    // Decree 30: under the subject, a solid rule a third to a half as long as its line.
    let subject = estimated_width(&doc.subject, BODY, true).min(TEXT_WIDTH);
    rule(&mut out, subject * 2 / 5, TEXT_WIDTH, 360);
    let last = doc.body.len().saturating_sub(1);
    for (i, block) in doc.body.iter().enumerate() {
        // The last paragraph goes to the signer's page, so the signature never stands alone.
        block_paragraph(&mut out, block, i == last);
    }
    foot(&mut out, doc);
    for appendix in &doc.appendices {
        // The end of the section before: after the foot's table, a paragraph must carry the
        // section's properties. Hidden and one point high, it takes no room, so that a foot
        // that ends the page exactly never pushes it onto a page of its own (a blank page).
        out.push_str("<w:p><w:pPr>");
        out.push_str(HIDDEN_MARK);
        section(&mut out);
        out.push_str("</w:pPr></w:p>");
        appendix_table(&mut out, appendix);
    }
    // A paragraph after the last table, as Word wants one, hidden for the same reason.
    let _ = write!(out, "<w:p><w:pPr>{HIDDEN_MARK}</w:pPr></w:p>");
    section(&mut out);
    out.push_str("</w:body></w:document>");
    out
}

/// The properties of a paragraph that only ends a section or the document: one point high,
/// its mark hidden (the schema puts the mark's run properties before a section's).
const HIDDEN_MARK: &str = "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" \
     w:lineRule=\"exact\"/><w:rPr><w:vanish/><w:sz w:val=\"2\"/><w:szCs w:val=\"2\"/></w:rPr>";

/// A section: A4, the margins, the page number from its second page, numbered from 1 (each
/// appendix is numbered on its own, as Decree 30 wants).
fn section(out: &mut String) {
    let _ = write!(
        out,
        "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId3\"/>\
         <w:headerReference w:type=\"first\" r:id=\"rId4\"/><w:type w:val=\"nextPage\"/>\
         <w:pgSz w:w=\"{}\" w:h=\"{}\"/><w:pgMar w:top=\"{TOP}\" w:right=\"{RIGHT}\" \
         w:bottom=\"{BOTTOM}\" w:left=\"{LEFT}\" w:header=\"{HEADER_DISTANCE}\" \
         w:footer=\"{HEADER_DISTANCE}\" w:gutter=\"0\"/><w:pgNumType w:start=\"1\"/>\
         <w:cols w:space=\"720\"/><w:titlePg/></w:sectPr>",
        PAGE.0, PAGE.1
    );
}

/// A paragraph's place and spacing.
#[derive(Clone, Copy, Default)]
struct Par {
    align: Option<&'static str>,
    before: u32,
    after: u32,
    /// Line height in 240ths of a line (`auto`); 0 for single.
    line: u32,
    first_line: u32,
    keep_next: bool,
    keep_lines: bool,
    /// A right tab stop with a dotted leader at the text's right edge.
    dotted: bool,
}

impl Par {
    fn centred() -> Par {
        Par {
            align: Some("center"),
            ..Par::default()
        }
    }

    /// A paragraph of the body: justified, its first line indented, 1.15 lines, 6 points after.
    fn body() -> Par {
        Par {
            align: Some("both"),
            after: 120,
            line: 276,
            first_line: INDENT,
            ..Par::default()
        }
    }

    fn space(self, before: u32, after: u32) -> Par {
        Par {
            before,
            after,
            ..self
        }
    }

    fn line(self, line: u32) -> Par {
        Par { line, ..self }
    }

    fn keep_next(self) -> Par {
        Par {
            keep_next: true,
            ..self
        }
    }

    /// Kept whole and with the next paragraph.
    fn kept(self) -> Par {
        Par {
            keep_next: true,
            keep_lines: true,
            ..self
        }
    }

    fn write(&self, out: &mut String, runs: &[Run]) {
        out.push_str("<w:p><w:pPr>");
        if self.keep_next {
            out.push_str("<w:keepNext/>");
        }
        if self.keep_lines {
            out.push_str("<w:keepLines/>");
        }
        if self.dotted {
            let _ = write!(
                out,
                "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"{TEXT_WIDTH}\"/></w:tabs>"
            );
        }
        let _ = write!(
            out,
            "<w:spacing w:before=\"{}\" w:after=\"{}\" w:line=\"{}\" w:lineRule=\"auto\"/>",
            self.before,
            self.after,
            if self.line == 0 { 240 } else { self.line }
        );
        if self.first_line > 0 {
            let _ = write!(out, "<w:ind w:firstLine=\"{}\"/>", self.first_line);
        }
        if let Some(align) = self.align {
            let _ = write!(out, "<w:jc w:val=\"{align}\"/>");
        }
        out.push_str("</w:pPr>");
        for run in runs {
            run.write(out);
        }
        out.push_str("</w:p>");
    }
}

/// A run of text in one style.
#[derive(Clone, Copy)]
struct Run<'a> {
    text: &'a str,
    bold: bool,
    italic: bool,
    /// In half points; the body's size when `None`.
    size: Option<u32>,
    /// A tab before the text.
    tab: bool,
}

impl<'a> Run<'a> {
    fn new(text: &'a str) -> Run<'a> {
        Run {
            text,
            bold: false,
            italic: false,
            size: None,
            tab: false,
        }
    }

    fn bold(self) -> Run<'a> {
        Run { bold: true, ..self }
    }

    fn italic(self) -> Run<'a> {
        Run {
            italic: true,
            ..self
        }
    }

    fn size(self, size: u32) -> Run<'a> {
        Run {
            size: Some(size),
            ..self
        }
    }

    fn write(&self, out: &mut String) {
        out.push_str("<w:r>");
        if self.bold || self.italic || self.size.is_some() {
            out.push_str("<w:rPr>");
            if self.bold {
                out.push_str("<w:b/><w:bCs/>");
            }
            if self.italic {
                out.push_str("<w:i/><w:iCs/>");
            }
            if let Some(size) = self.size {
                let _ = write!(out, "<w:sz w:val=\"{size}\"/><w:szCs w:val=\"{size}\"/>");
            }
            out.push_str("</w:rPr>");
        }
        if self.tab {
            out.push_str("<w:tab/>");
        }
        if !self.text.is_empty() {
            let _ = write!(
                out,
                "<w:t xml:space=\"preserve\">{}</w:t>",
                escape(&numbers_kept(self.text))
            );
        }
        out.push_str("</w:r>");
    }
}

/// A solid rule `width` long, centred in `room`: an empty paragraph one point high whose top
/// border is the rule (Decree 30 draws rules as lines; an underline would cut through the
/// marks under ộ, ự, ạ), `after` twentieths of a point above what follows.
fn rule(out: &mut String, width: u32, room: u32, after: u32) {
    let side = room.saturating_sub(width) / 2;
    let _ = write!(
        out,
        "<w:p><w:pPr><w:keepNext/><w:pBdr><w:top w:val=\"single\" w:sz=\"6\" w:space=\"0\" \
         w:color=\"000000\"/></w:pBdr><w:spacing w:before=\"60\" w:after=\"{after}\" \
         w:line=\"20\" w:lineRule=\"exact\"/><w:ind w:left=\"{side}\" w:right=\"{side}\"/>\
         <w:rPr><w:sz w:val=\"2\"/><w:szCs w:val=\"2\"/></w:rPr></w:pPr></w:p>"
    );
}

/// About how wide `text` prints in Times New Roman at `size` half points, in twentieths of a
/// point: capitals about 0.7 em, other letters 0.5 em, spaces 0.25 em (close enough to size a
/// rule that the Decree gives as a fraction of its line).
fn estimated_width(text: &str, size: u32, bold: bool) -> u32 {
    let ems: f64 = text
        .chars()
        .map(|c| match c {
            ' ' | '\u{a0}' => 0.25,
            c if c.is_uppercase() => 0.7,
            _ => 0.5,
        })
        .sum::<f64>()
        * if bold { 1.05 } else { 1.0 };
    // size / 2 points, 20 twips a point.
    (ems * f64::from(size) * 10.0) as u32
}

/// Left: the body above, the agency and its rule, «Số: …»; right: the national title, the motto
/// and its rule, the place and date. Two rows of a table without borders, so that the number
/// and the date stand on one line.
fn header(out: &mut String, doc: &Document) {
    table_start(out, &HEADER_COLUMNS, false);
    out.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
    cell_start(out, HEADER_COLUMNS[0], 1, false);
    // A little more than single spacing, so that stacked accents never touch the line above.
    let names = Par::centred().line(264);
    let parent = locality_kept(&doc.parent_body.to_uppercase());
    names.write(out, &[Run::new(&parent).size(NAMES)]);
    let agency = locality_kept(&doc.agency.to_uppercase());
    names.write(out, &[Run::new(&agency).bold().size(NAMES)]);
    // Decree 30: a third to a half of the agency's line, centred under it.
    let line = estimated_width(&agency, NAMES, true).min(HEADER_COLUMNS[0]);
    rule(out, line * 2 / 5, HEADER_COLUMNS[0], 0);
    out.push_str("</w:tc>");
    cell_start(out, HEADER_COLUMNS[1], 1, false);
    names.write(
        out,
        &[Run::new("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
            .bold()
            .size(NAMES)],
    );
    names.write(
        out,
        &[Run::new("Độc lập - Tự do - Hạnh phúc").bold().size(HEAD)],
    );
    // As long as the motto.
    rule(out, MOTTO_WIDTH, HEADER_COLUMNS[1], 0);
    out.push_str("</w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr>");
    cell_start(out, HEADER_COLUMNS[0], 1, false);
    let row = Par::centred().space(160, 0);
    row.write(out, &[Run::new(&doc.number).size(HEAD)]);
    out.push_str("</w:tc>");
    cell_start(out, HEADER_COLUMNS[1], 1, false);
    row.write(out, &[Run::new(&doc.date_line).italic().size(HEAD)]);
    out.push_str("</w:tc></w:tr></w:tbl>");
}

/// «Nơi nhận» and its list on the left, the signer on the right: one row that never splits,
/// every paragraph in it kept with the next, so the block moves to a new page whole, taking
/// the last paragraph of the body with it.
fn foot(out: &mut String, doc: &Document) {
    table_start(out, &FOOT_COLUMNS, false);
    out.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
    cell_start(out, FOOT_COLUMNS[0], 1, false);
    let list = Par::default().space(0, 0).kept();
    // The foot's first lines stand a little below the body's last paragraph.
    (list.space(120, 0)).write(out, &[Run::new("Nơi nhận:").bold().italic().size(SMALL)]);
    for recipient in &doc.recipients {
        let line = format!("- {recipient}");
        list.write(out, &[Run::new(&line).size(SMALLER)]);
    }
    out.push_str("</w:tc>");
    cell_start(out, FOOT_COLUMNS[1], 1, false);
    let signer = &doc.signer;
    let centred = Par::centred().kept();
    for (i, line) in signer.for_head.iter().chain([&signer.title]).enumerate() {
        let par = if i == 0 {
            centred.space(120, 0)
        } else {
            centred
        };
        par.write(out, &[Run::new(&line.to_uppercase()).bold()]);
    }
    // Room for the signature and the seal.
    for _ in 0..4 {
        centred.write(out, &[]);
    }
    centred.write(out, &[Run::new(&signer.name).bold()]);
    out.push_str("</w:tc></w:tr></w:tbl>");
}

/// A table `columns` wide, with thin borders or none, its columns fixed.
fn table_start(out: &mut String, columns: &[u32], borders: bool) {
    let width: u32 = columns.iter().sum();
    let _ = write!(
        out,
        "<w:tbl><w:tblPr><w:tblW w:w=\"{width}\" w:type=\"dxa\"/><w:tblInd w:w=\"0\" w:type=\"dxa\"/>"
    );
    let (line, margin) = if borders {
        (
            "<w:{} w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>",
            57,
        )
    } else {
        ("<w:{} w:val=\"nil\"/>", 0)
    };
    out.push_str("<w:tblBorders>");
    for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
        out.push_str(&line.replace("{}", side));
    }
    let _ = write!(
        out,
        "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar>\
         <w:left w:w=\"{margin}\" w:type=\"dxa\"/><w:right w:w=\"{margin}\" w:type=\"dxa\"/>\
         </w:tblCellMar><w:tblLook w:val=\"0000\"/></w:tblPr><w:tblGrid>"
    );
    for column in columns {
        let _ = write!(out, "<w:gridCol w:w=\"{column}\"/>");
    }
    out.push_str("</w:tblGrid>");
}

/// A cell's start; its text at the top, or in the middle for a table of figures.
fn cell_start(out: &mut String, width: u32, span: usize, middle: bool) {
    let _ = write!(out, "<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>");
    if span > 1 {
        let _ = write!(out, "<w:gridSpan w:val=\"{span}\"/>");
    }
    let align = if middle { "center" } else { "top" };
    let _ = write!(out, "<w:vAlign w:val=\"{align}\"/></w:tcPr>");
}

fn block_paragraph(out: &mut String, block: &Block, last: bool) {
    let mut par = Par::body();
    par.keep_next = last;
    let item;
    let run = match block {
        Block::Part(text) => {
            par = par.space(120, 120).keep_next();
            Run::new(text).bold()
        }
        Block::Section(text) => {
            par = par.keep_next();
            Run::new(text).bold()
        }
        Block::Lettered(text) => {
            par = par.keep_next();
            Run::new(text).bold().italic()
        }
        Block::Text(text) => Run::new(text),
        Block::Item(text) => {
            item = format!("- {text}");
            Run::new(&item)
        }
        Block::Note(text) => Run::new(text).italic(),
        Block::Blank => {
            par.dotted = true;
            Run {
                tab: true,
                ..Run::new("")
            }
        }
    };
    par.write(out, &[run]);
}

/// An appendix: its caption, what it is attached to, its titles and notes, kept with the
/// table; the table with borders, its header row repeated on each page.
fn appendix_table(out: &mut String, appendix: &Appendix) {
    let heading = Par::centred().keep_next();
    heading.write(out, &[Run::new(&appendix.caption).bold()]);
    heading
        .space(0, 120)
        .write(out, &[Run::new(&appendix.attached_to).italic()]);
    for title in &appendix.titles {
        heading.write(out, &[Run::new(title).bold().size(HEAD)]);
    }
    for note in &appendix.notes {
        heading.write(out, &[Run::new(note).italic().size(HEAD)]);
    }
    heading.space(0, 120).write(out, &[]);
    let shares: usize = (appendix.columns.iter().map(|c| c.share).sum::<usize>()).max(1);
    let widths: Vec<u32> = (appendix.columns.iter())
        .map(|c| (TEXT_WIDTH as usize * c.share / shares) as u32)
        .collect();
    table_start(out, &widths, true);
    let cell =
        |out: &mut String, text: &str, width: u32, span: usize, align: &'static str, bold| {
            cell_start(out, width, span, true);
            let mut run = Run::new(text).size(SMALL);
            run.bold = bold;
            Par {
                align: Some(align),
                before: 40,
                after: 40,
                keep_next: bold,
                ..Par::default()
            }
            .write(out, &[run]);
            out.push_str("</w:tc>");
        };
    // The header row comes again at the top of each page the table runs onto.
    out.push_str("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
    for (column, &width) in appendix.columns.iter().zip(&widths) {
        cell(out, &column.heading, width, 1, "center", true);
    }
    out.push_str("</w:tr>");
    for row in &appendix.rows {
        out.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        match row {
            // A group's heading stays on the page of its first row.
            AppendixRow::Group(text) => {
                let width = widths.iter().sum();
                cell(out, text, width, appendix.columns.len(), "left", true);
            }
            AppendixRow::Cells(cells) => {
                for ((text, column), &width) in cells.iter().zip(&appendix.columns).zip(&widths) {
                    let align = if column.figures { "right" } else { "left" };
                    cell(out, text, width, 1, align, false);
                }
            }
        }
        out.push_str("</w:tr>");
    }
    out.push_str("</w:tbl>");
}

/// `text` with a number kept on the line of the word after it («6 tháng», «1.309 lượt»), and
/// «quý», «năm», «ngày», «tháng», «số» on the line of the number after them («quý III», «năm
/// 2026»): the space between them becomes a non-breaking one.
fn numbers_kept(text: &str) -> String {
    const BEFORE_NUMBER: [&str; 5] = ["quý", "năm", "ngày", "tháng", "số"];
    let words: Vec<&str> = text.split(' ').collect();
    let number = |word: &str| {
        word.chars().any(|c| c.is_ascii_digit())
            && word
                .chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    };
    let numeral = |word: &str| {
        let word = word.trim_end_matches([',', ';', '.', ')']);
        word.starts_with(|c: char| c.is_ascii_digit())
            || (!word.is_empty() && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X')))
    };
    let mut out = String::with_capacity(text.len() + words.len());
    for (i, word) in words.iter().enumerate() {
        if i > 0 {
            let before = words[i - 1];
            let bound = (number(before) && word.starts_with(char::is_alphabetic))
                || (BEFORE_NUMBER.contains(&before.to_lowercase().as_str()) && numeral(word));
            out.push(if bound { '\u{a0}' } else { ' ' });
        }
        out.push_str(word);
    }
    out
}

/// An agency's name with the place it belongs to kept on one line («BAN QUẢN LÝ KHU KINH TẾ /
/// TỈNH BÌNH HẢI», never «… TỈNH / BÌNH HẢI»): the spaces from the last administrative level
/// on become non-breaking ones.
fn locality_kept(name: &str) -> String {
    const LEVELS: [&str; 7] = [
        " TỈNH ",
        " THÀNH PHỐ ",
        " THỊ XÃ ",
        " HUYỆN ",
        " QUẬN ",
        " PHƯỜNG ",
        " XÃ ",
    ];
    let mut at = LEVELS.iter().filter_map(|level| name.rfind(level)).max();
    // «THỊ XÃ» is one level, not «XÃ» after another word.
    if let Some(xa) = at
        && name[..xa].ends_with(" THỊ")
    {
        at = Some(xa - " THỊ".len());
    }
    match at {
        Some(at) if at > 0 => {
            let (before, place) = name.split_at(at + 1);
            format!("{before}{}", place.replace(' ', "\u{a0}"))
        }
        _ => name.to_string(),
    }
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            // Characters XML 1.0 cannot hold: left out rather than making the part unreadable.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_keeps_the_word_after_it_and_the_word_that_names_it() {
        assert_eq!(
            numbers_kept("báo cáo 6 tháng đầu năm 2026 (từ ngày 15/12/2025 đến)"),
            "báo cáo 6\u{a0}tháng đầu năm\u{a0}2026 (từ ngày\u{a0}15/12/2025 đến)"
        );
        assert_eq!(numbers_kept("1.309 lượt người"), "1.309\u{a0}lượt người");
        assert_eq!(
            numbers_kept("ích quý III năm 2026 của Ban, số I và Ivan"),
            "ích quý\u{a0}III năm\u{a0}2026\u{a0}của Ban, số\u{a0}I và Ivan"
        );
    }

    #[test]
    fn the_place_of_an_agency_stays_on_one_line() {
        assert_eq!(
            locality_kept("BAN QUẢN LÝ KHU KINH TẾ TỈNH BÌNH HẢI"),
            "BAN QUẢN LÝ KHU KINH TẾ TỈNH\u{a0}BÌNH\u{a0}HẢI"
        );
        assert_eq!(
            locality_kept("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"),
            "ỦY BAN NHÂN DÂN THÀNH\u{a0}PHỐ\u{a0}HÀ\u{a0}NỘI"
        );
        assert_eq!(
            locality_kept("ỦY BAN NHÂN DÂN THỊ XÃ AN NHƠN"),
            "ỦY BAN NHÂN DÂN THỊ\u{a0}XÃ\u{a0}AN\u{a0}NHƠN"
        );
        assert_eq!(locality_kept("BAN QUẢN LÝ"), "BAN QUẢN LÝ");
    }

    fn appendix(caption: &str) -> Appendix {
        Appendix {
            caption: caption.into(),
            attached_to: "(Kèm theo Báo cáo số …/BC-BQL ngày … tháng … năm 2026)".into(),
            titles: vec!["BIỂU SỐ LIỆU".into()],
            notes: vec![],
            columns: vec![Column {
                heading: "Mã".into(),
                share: 1,
                figures: false,
            }],
            rows: vec![AppendixRow::Cells(vec!["TT01".into()])],
        }
    }

    #[test]
    fn each_appendix_is_a_section_of_its_own_after_the_body() {
        let doc = Document {
            made: DateTime::parse_from_rfc3339("2026-03-14T09:30:00+07:00").unwrap(),
            author: "Lê Thị Mai".into(),
            parent_body: "ỦY BAN NHÂN DÂN TỈNH BÌNH HẢI".into(),
            agency: "Ban Quản lý Khu kinh tế tỉnh Bình Hải".into(),
            number: "Số: …/BC-BQL".into(),
            date_line: "Bình Hải, ngày … tháng … năm 2026".into(),
            kind: "BÁO CÁO".into(),
            subject: "Kết quả".into(),
            body: vec![Block::Text("Trên đây là báo cáo./.".into())],
            recipients: vec!["Lưu: VT.".into()],
            signer: Signer {
                for_head: None,
                title: "TRƯỞNG BAN".into(),
                name: "Phan Quốc Trung".into(),
            },
            appendices: vec![appendix("Phụ lục I"), appendix("Phụ lục II")],
        };
        let xml = document(&doc);
        // The body's section ends after the signer, the first appendix's before the second.
        let ends: Vec<usize> = xml.match_indices("<w:sectPr>").map(|(at, _)| at).collect();
        assert_eq!(ends.len(), 3);
        let at = |text: &str| xml.find(text).unwrap();
        assert!(at("Phan Quốc Trung") < ends[0] && ends[0] < at(">Phụ lục I<"));
        assert!(at(">Phụ lục I<") < ends[1] && ends[1] < at(">Phụ lục II<"));
        assert!(at(">Phụ lục II<") < ends[2]);
        assert_eq!(xml.matches("<w:tblHeader/>").count(), 2);
        // The package's dates are the state's, in UTC.
        let core = core(&doc);
        assert!(
            core.contains(">2026-03-14T02:30:00Z</dcterms:created>"),
            "{core}"
        );
        assert!(core.contains("<dc:creator>Lê Thị Mai</dc:creator>"));
    }

    #[test]
    fn text_that_xml_cannot_hold_is_escaped_or_left_out() {
        assert_eq!(escape("a < b & \"c\"\u{1}"), "a &lt; b &amp; &quot;c&quot;");
    }
}
