//! The report document in words: the figures of the period and of the year to date said as
//! sentences under the task of the plan they carry out, with what has been done and which units
//! have not, the parts the clerk writes, and the indicator table as an appendix. Always in
//! Vietnamese: the document goes to the provincial Inspectorate in the form Decree 30/2020/NĐ-CP
//! sets. Pure: the report, the plan's tasks × units and `coi.yaml` in, the words of
//! [`Document`] out; `render::docx` lays them out.

use std::cmp::Ordering;

use chrono::Datelike;

use super::plan::Matrix;
use super::submission::{Correction, Submitted};
use super::{Report, form01};
use crate::i18n::{Label, msg};
use crate::model::PlanAction;
use crate::model::plan::Plan;
use crate::model::settings::Config;
use crate::model::show_date;
use crate::model::values::group_thousands;
use crate::period::{Basis, Span};
use crate::render::docx::{Appendix, AppendixRow, BLANK, Block, Column, Document, Signer};
use crate::rules;

/// What the document is made from.
pub struct Sources<'a> {
    pub config: &'a Config,
    /// When the register state the report is made from was made: the document's date as a file.
    pub made: chrono::DateTime<chrono::FixedOffset>,
    pub report: &'a Report<'a>,
    /// The plan's tasks × units for the year to date, and for the period alone.
    pub year: &'a Matrix,
    pub period: &'a Matrix,
    /// The plan of the report's year, when there is a plan file.
    pub plan: Option<&'a Plan>,
    /// The actions that count (valid, not void).
    pub actions: &'a [&'a PlanAction],
    /// The last submission of the period, and what differs from it now.
    pub sent: Option<&'a Submitted>,
    pub corrections: &'a [Correction],
    /// The report's number, when it is given (`--number`).
    pub number: Option<String>,
    /// The files left out for their errors (`--allow-errors`).
    pub left_out: &'a [String],
}

/// The settings of `coi.yaml` the document needs and does not have: each field and what it is.
pub fn missing_settings(config: &Config) -> Vec<(&'static str, Label)> {
    let doc = config.document();
    let mut missing = Vec::new();
    let checks = [
        (
            "parent_body",
            doc.parent_body.is_none(),
            msg::DOCX_PARENT_BODY,
        ),
        ("place", doc.place.is_none(), msg::DOCX_PLACE),
        ("doc_code", doc.doc_code.is_none(), msg::DOCX_DOC_CODE),
        (
            "signer.title",
            doc.signer_title.is_none(),
            msg::DOCX_SIGNER_TITLE,
        ),
        (
            "signer.name",
            doc.signer_name.is_none(),
            msg::DOCX_SIGNER_NAME,
        ),
        (
            "recipients",
            doc.recipients.is_empty(),
            msg::DOCX_RECIPIENTS,
        ),
    ];
    for (field, absent, what) in checks {
        if absent {
            missing.push((field, what));
        }
    }
    missing
}

pub fn build(s: &Sources) -> Document {
    let config = s.config;
    let settings = config.document();
    let p = &s.report.period;
    let number = match &s.number {
        Some(number) => format!("Số: {number}"),
        None => format!("Số: …/BC-{}", settings.doc_code.unwrap_or(BLANK)),
    };
    let place = settings.place.unwrap_or(BLANK);
    let said = Said::new(s.report);
    let mut body = opening(s, &said);
    body.push(Block::Part(
        "I. KẾT QUẢ CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG, LÃNG PHÍ, TIÊU CỰC".into(),
    ));
    if !s.left_out.is_empty() {
        body.push(Block::Note(format!(
            "Lưu ý: số liệu CHƯA ĐẦY ĐỦ, chưa tính {} hồ sơ có lỗi ({}).",
            s.left_out.len(),
            s.left_out.join(", ")
        )));
    }
    let placed: Vec<&str> = OUTLINE
        .iter()
        .flat_map(|part| part.items)
        .flat_map(|item| item.tasks)
        .map(|(task, _)| *task)
        .collect();
    for part in OUTLINE {
        body.push(Block::Section(part.title.into()));
        for item in part.items {
            body.push(Block::Lettered(item.title.into()));
            let mut said_any = false;
            for (task, statements) in item.tasks {
                said_any |= under_task(s, &said, task, statements, &mut body);
            }
            // The plan's own tasks that the outline does not place are told where the plan
            // is carried out.
            if item.others {
                let others = (s.year.rows.iter())
                    .map(|row| row.task.code.as_str())
                    .filter(|code| !placed.contains(code));
                for task in others {
                    said_any |= under_task(s, &said, task, &[], &mut body);
                }
            }
            if item.title.starts_with("f)") {
                let cancellations = said.cancellations();
                said_any |= cancellations.is_some();
                body.extend(cancellations.map(Block::Text));
            }
            if !said_any {
                body.push(Block::Blank);
            }
        }
    }
    if let Some(sent) = s.sent.filter(|_| !s.corrections.is_empty()) {
        body.push(Block::Section("Điều chỉnh số liệu đã báo cáo".into()));
        body.push(Block::Text(format!(
            "Sau khi gửi {}, hồ sơ được bổ sung, sửa đổi làm thay đổi các số liệu sau:",
            lower_first(&sent.named())
        )));
        body.extend(
            corrections(s.report, s.corrections)
                .into_iter()
                .map(Block::Item),
        );
    }
    // Part II is asked of the 6-month, 9-month and year reports, not of a quarter's.
    if !matches!(p.span, Span::Quarter(_)) {
        body.push(Block::Part("II. ĐÁNH GIÁ TÌNH HÌNH".into()));
        body.extend([Block::Blank, Block::Blank, Block::Blank]);
    }
    for part in [
        "III. ĐÁNH GIÁ CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG, LÃNG PHÍ, TIÊU CỰC",
        "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP VÀ KIẾN NGHỊ, ĐỀ XUẤT",
    ] {
        body.push(Block::Part(part.into()));
        body.extend([Block::Blank, Block::Blank, Block::Blank]);
    }
    body.push(Block::Text(format!(
        "Trên đây là báo cáo kết quả thực hiện công tác kiểm soát xung đột lợi ích {} của {}./.",
        period_name(p),
        config.agency
    )));

    let mut recipients: Vec<String> = settings.recipients.iter().map(|r| r.to_string()).collect();
    if recipients.is_empty() {
        recipients = vec![
            format!("{};", config.report_to),
            format!("{BLANK};"),
            "Lưu: VT.".into(),
        ];
    }
    // The file's author: the clerk who keeps the register, else the agency itself.
    let clerk = (config.clerk.as_ref())
        .and_then(|c| c.name.as_deref())
        .map(str::trim)
        .filter(|name| !name.is_empty());
    Document {
        made: s.made,
        author: clerk.unwrap_or(&config.agency).to_string(),
        parent_body: settings.parent_body.unwrap_or(BLANK).to_string(),
        agency: config.agency.clone(),
        number: number.clone(),
        date_line: format!("{place}, ngày … tháng … năm {}", p.to.year()),
        kind: "BÁO CÁO".into(),
        subject: subject(p),
        body,
        recipients,
        signer: Signer {
            for_head: settings.signer_for.map(String::from),
            title: settings.signer_title.unwrap_or(BLANK).to_string(),
            name: settings.signer_name.unwrap_or(BLANK).to_string(),
        },
        appendices: vec![appendix(s, &number), form_appendix(s, &number)],
    }
}

/// «quý I năm 2026», «năm 2026», or the dates of a period of one's own.
fn period_name(p: &crate::period::Period) -> String {
    match p.span {
        Span::Custom(..) => format!("từ ngày {} đến ngày {}", show_date(p.from), show_date(p.to)),
        _ => lower_first(&p.title().vi),
    }
}

/// The subject line under «BÁO CÁO», ending with the period's dates.
fn subject(p: &crate::period::Period) -> String {
    let dates = format!(
        "(từ ngày {} đến ngày {})",
        show_date(p.from),
        show_date(p.to)
    );
    match p.span {
        Span::Custom(..) => {
            format!("Kết quả thực hiện công tác kiểm soát xung đột lợi ích {dates}")
        }
        _ => format!(
            "Kết quả thực hiện công tác kiểm soát xung đột lợi ích {} {dates}",
            lower_first(&p.title().vi)
        ),
    }
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// What the report carries out, and which days its figures cover.
fn opening(s: &Sources, said: &Said) -> Vec<Block> {
    let p = &s.report.period;
    let agency = &s.config.agency;
    let plan = s.plan.and_then(|plan| {
        let number = plan.number()?;
        let mut named = format!("Kế hoạch số {number}");
        if let Some(day) = plan.issued_on {
            named.push_str(&format!(" ngày {}", show_date(day)));
        }
        if let Some(title) = plan.title() {
            let about = title.strip_prefix("Kế hoạch ").unwrap_or(title);
            named.push_str(&format!(" về {}", lower_first(about)));
        }
        Some(named)
    });
    let plan = plan.unwrap_or_else(|| {
        format!(
            "kế hoạch triển khai thực hiện kiểm soát xung đột lợi ích năm {}",
            p.year
        )
    });
    let scope = if said.same_span {
        format!(
            "Số liệu tính từ ngày {} đến ngày {}, cũng là số lũy kế từ đầu năm.",
            show_date(p.from),
            show_date(p.to)
        )
    } else {
        format!(
            "Số liệu trong kỳ tính từ ngày {} đến ngày {}; số lũy kế tính từ ngày {}.",
            show_date(p.from),
            show_date(p.to),
            show_date(p.year_from)
        )
    };
    // The province's plan that the agency's carries out comes first, as the plan file says it.
    let implements = s.plan.and_then(Plan::implements);
    let plans = match implements {
        Some(province) => format!("{}; {plan}", province.trim_end_matches(['.', ';'])),
        None => plan,
    };
    let mut opening = vec![
        Block::Text(format!(
            "Thực hiện {plans}, {agency} báo cáo kết quả thực hiện {} như sau:",
            period_name(p)
        )),
        Block::Text(format!(
            "{scope} Số liệu chi tiết tại Phụ lục I và Phụ lục II (Biểu số 01/PCTN) kèm theo; \
             mỗi số liệu được so sánh với {}.",
            comparison_name(s.report)
        )),
    ];
    if let Some(day) = said.report.data_until {
        opening.push(Block::Text(format!(
            "Kỳ báo cáo chưa kết thúc: số liệu đến ngày {}.",
            show_date(day)
        )));
    }
    // Incomplete figures say so on the first page, in bold (the files are named under part I).
    if !s.left_out.is_empty() {
        opening.push(Block::Section(format!(
            "CHƯA ĐẦY ĐỦ: {} hồ sơ không được tính.",
            group_thousands(s.left_out.len() as u64)
        )));
    }
    opening
}

/// «kỳ trước (quý IV năm 2025)», «cùng kỳ năm trước (năm 2025)».
fn comparison_name(report: &Report) -> String {
    match &report.baseline {
        Some(b) => format!("{} ({})", b.basis.words(), period_name(&b.period)),
        None => "kỳ trước".into(),
    }
}

/// A task without figures of its own (II.1, III.1, III.2 …): how many records carry it out and
/// in how many of its units, and the units that have none.
fn progress(s: &Sources, code: &str, same_span: bool) -> Vec<Block> {
    let Some(row) = s.year.row(code) else {
        return Vec::new();
    };
    let in_period = s.period.row(code).map_or(0, |r| r.total.count());
    let units = s.year.units.iter().zip(&row.cells);
    let applies: Vec<(&String, bool)> = (units.filter(|(_, c)| c.applies))
        .map(|(u, c)| (u, !c.ids.is_empty()))
        .collect();
    let done = applies.iter().filter(|(_, done)| *done).count();
    let total = row.total.count();
    let lead = if same_span {
        "Trong kỳ"
    } else {
        "Lũy kế từ đầu năm"
    };
    if total == 0 {
        return vec![Block::Text(format!(
            "{lead}, chưa ghi nhận hoạt động nào thực hiện nhiệm vụ này."
        ))];
    }
    let mut text = format!(
        "{lead}, ghi nhận {} hoạt động thực hiện nhiệm vụ này tại {done}/{} đơn vị",
        group_thousands(total as u64),
        applies.len()
    );
    if !same_span {
        text.push_str(&match in_period {
            0 => " (trong kỳ không có hoạt động mới)".to_string(),
            n => format!(" (trong kỳ: {n} hoạt động)"),
        });
    }
    text.push('.');
    let without: Vec<String> = (applies.iter())
        .filter(|(_, done)| !done)
        .map(|(u, _)| unit_name(s.config, u))
        .collect();
    if !applies.is_empty() {
        text.push_str(&match without.is_empty() {
            true => " Tất cả các đơn vị đã thực hiện.".to_string(),
            false => format!(" Đơn vị chưa thực hiện: {}.", without.join(", ")),
        });
    }
    vec![Block::Text(text)]
}

/// The actions of the year to date that carry out the task, by date.
fn actions(s: &Sources, code: &str) -> Vec<Block> {
    let mut done: Vec<&PlanAction> = (s.actions.iter().copied())
        .filter(|a| a.plan_task == code && s.year.year.contains(a.done_on))
        .collect();
    done.sort_by(|a, b| (a.done_on, &a.id).cmp(&(b.done_on, &b.id)));
    done.iter()
        .map(|a| {
            let mut text = format!(
                "{} ({}, ngày {}",
                a.title.trim_end_matches('.'),
                unit_name(s.config, &a.unit),
                show_date(a.done_on)
            );
            if let Some(no) = a
                .document_no
                .as_deref()
                .map(str::trim)
                .filter(|n| !n.is_empty())
            {
                text.push_str(&format!("; {no}"));
            }
            text.push_str(").");
            Block::Item(text)
        })
        .collect()
}

fn unit_name(config: &Config, code: &str) -> String {
    config
        .unit(code)
        .map_or(code.to_string(), |u| u.name.clone())
}

/// «TT01 – Số cuộc …: số trong kỳ đã báo cáo 1, nay là 2.», once for both columns when they
/// changed alike (a period that starts with the year).
fn corrections(report: &Report, corrections: &[Correction]) -> Vec<String> {
    let mut said = Vec::new();
    let mut i = 0;
    while i < corrections.len() {
        let c = &corrections[i];
        let both = corrections.get(i + 1).is_some_and(|next| {
            next.code == c.code && (next.submitted, next.now) == (c.submitted, c.now)
        });
        let column = match (both, c.column) {
            (true, _) => "số trong kỳ và số lũy kế",
            (false, "period") => "số trong kỳ",
            (false, _) => "số lũy kế",
        };
        let wording = (report.figures.iter())
            .find(|f| f.indicator.code == c.code)
            .map_or("", |f| f.indicator.wording.vi);
        said.push(format!(
            "{} – {}: {column} đã báo cáo {}, nay là {}.",
            c.code,
            wording.trim_start_matches("– "),
            group_thousands(c.submitted),
            group_thousands(c.now)
        ));
        i += if both { 2 } else { 1 };
    }
    said
}

/// The indicator table: code (and the official number when `indicator_map` gives any),
/// wording, unit, period, year to date, under a heading for each group.
fn appendix(s: &Sources, number: &str) -> Appendix {
    let p = &s.report.period;
    let figures = &s.report.figures;
    let official = figures.iter().any(|f| f.official.is_some());
    let column = |heading: &str, share: usize, figures: bool| Column {
        heading: heading.into(),
        share,
        figures,
    };
    let mut columns = vec![column("Mã", 11, false)];
    if official {
        columns.push(column("Số 01/PCTN", 11, false));
    }
    // The period compared with, as the note of Mẫu số 03 asks, beside the period's figure.
    let earlier = match s.report.baseline.as_ref().map(|b| b.basis) {
        Some(Basis::LastYear) => "Cùng kỳ năm trước",
        _ => "Kỳ trước",
    };
    columns.extend([
        column("Nội dung chỉ tiêu", 36, false),
        column("Đơn vị tính", 12, false),
        column("Trong kỳ", 13, true),
        column(earlier, 13, true),
        column("Lũy kế", 13, true),
    ]);
    let mut rows = Vec::new();
    let mut group = None;
    for f in figures {
        let ind = f.indicator;
        if group != Some(ind.group) {
            group = Some(ind.group);
            rows.push(AppendixRow::Group(ind.group.label().vi.to_string()));
        }
        let mut cells = vec![ind.code.to_string()];
        if official {
            cells.push(f.official.clone().unwrap_or_default());
        }
        cells.extend([
            ind.wording.vi.to_string(),
            ind.unit.vi.to_string(),
            group_thousands(f.period),
            (s.report.earlier(ind.code)).map_or(String::new(), group_thousands),
            group_thousands(f.year_to_date),
        ]);
        rows.push(AppendixRow::Cells(cells));
    }
    let number = number.trim_start_matches("Số: ");
    Appendix {
        caption: "Phụ lục I".into(),
        // The day is left for the signer, as in the date line.
        attached_to: format!(
            "(Kèm theo Báo cáo số {number} ngày … tháng … năm {} của {})",
            p.to.year(),
            s.config.agency
        ),
        // Two lines cut where the sense allows, so a line never ends inside «tuyên truyền».
        titles: vec![
            "SỐ LIỆU KIỂM SOÁT XUNG ĐỘT LỢI ÍCH, QUÀ TẶNG,".into(),
            "TUYÊN TRUYỀN PHÒNG, CHỐNG THAM NHŨNG".into(),
        ],
        notes: vec![format!(
            "Kỳ báo cáo: từ ngày {} đến ngày {}; lũy kế từ ngày {}",
            show_date(p.from),
            show_date(p.to),
            show_date(p.year_from)
        )],
        columns,
        rows,
    }
}

/// Biểu số 01/PCTN as the circular prints it: its heading lines, then the rows coi's figures
/// fill under the form's own headings, with the form's codes, words and units.
fn form_appendix(s: &Sources, number: &str) -> Appendix {
    let report = s.report;
    let number = number.trim_start_matches("Số: ");
    let dated = format!("… tháng … năm {}", report.period.to.year());
    let mut lines = form01::heading_lines(report, number, &dated, &s.config.agency).into_iter();
    let (span, attached_to) = (
        lines.next().unwrap_or_default(),
        lines.next().unwrap_or_default(),
    );
    let column = |heading: &str, share: usize, figures: bool| Column {
        heading: heading.into(),
        share,
        figures,
    };
    let [code, wording, unit, value] = rules::form01::COLUMNS;
    let rows = form01::lines(report)
        .into_iter()
        .map(|line| match line.value {
            None => AppendixRow::Group(line.row.wording.to_string()),
            Some(value) => AppendixRow::Cells(vec![
                line.row.code.to_string(),
                line.row.wording.to_string(),
                line.row.unit.to_string(),
                value.shown(),
            ]),
        })
        .collect();
    Appendix {
        caption: "Phụ lục II".into(),
        attached_to,
        titles: vec![
            rules::form01::TITLE.to_string(),
            rules::form01::HEADING.to_string(),
        ],
        notes: vec![span],
        columns: vec![
            column(code, 8, false),
            column(wording, 62, false),
            column(unit, 14, false),
            column(value, 16, true),
        ],
        rows,
    }
}

/// A figure said in a sentence, for the period and, when it starts later than the year, for
/// the year to date.
struct Statement {
    /// The figure that, when zero, makes the statement say there was none.
    main: &'static str,
    /// The figures in `{CODE}`; what stands in `[…]` is said only when a figure in it is not zero.
    some: &'static str,
    /// Said instead when the main figure is zero.
    none: &'static str,
    /// The figures again, short, for the year to date.
    year: &'static str,
    /// Shares of the main figure, each said after it when not zero.
    shares: &'static [(&'static str, &'static str)],
    /// What the shares count when they do not add up to the main figure (one case with two
    /// measures counts once in XD02 and twice in its shares): said before them, with their sum.
    shares_count: &'static str,
    /// The state at the period's end (no year to date).
    stock: bool,
}

const fn flow(
    main: &'static str,
    some: &'static str,
    none: &'static str,
    year: &'static str,
) -> Statement {
    Statement {
        main,
        some,
        none,
        year,
        shares: &[],
        shares_count: "",
        stock: false,
    }
}

const fn stock(main: &'static str, some: &'static str, none: &'static str) -> Statement {
    Statement {
        main,
        some,
        none,
        year: "",
        shares: &[],
        shares_count: "",
        stock: true,
    }
}

const TRAININGS: Statement = flow(
    "TT01",
    "tổ chức {TT01} cuộc tuyên truyền, phổ biến, tập huấn về phòng, chống tham nhũng[ với {TT02} lượt người tham dự][, phát hành {TT03} tài liệu]",
    "không tổ chức cuộc tuyên truyền, phổ biến, tập huấn nào về phòng, chống tham nhũng",
    "{TT01} cuộc[, {TT02} lượt người][, {TT03} tài liệu]",
);
const TRAININGS_COI: Statement = flow(
    "TT04",
    "tổ chức {TT04} cuộc có nội dung về kiểm soát xung đột lợi ích",
    "không có cuộc nào có nội dung về kiểm soát xung đột lợi ích",
    "{TT04} cuộc",
);
const TRAININGS_GIFTS: Statement = flow(
    "TT05",
    "tổ chức {TT05} cuộc tuyên truyền, phổ biến có nội dung về tặng quà, nhận quà",
    "không có cuộc tuyên truyền, phổ biến nào có nội dung về tặng quà, nhận quà",
    "{TT05} cuộc",
);
const TRAININGS_ASSETS: Statement = flow(
    "TT06",
    "tổ chức {TT06} cuộc có nội dung về kiểm soát tài sản, thu nhập",
    "không có cuộc nào có nội dung về kiểm soát tài sản, thu nhập",
    "{TT06} cuộc",
);
const TRAININGS_SPECIALISTS: Statement = flow(
    "TT07",
    "tổ chức {TT07} lớp tập huấn chuyên sâu cho người làm công tác nghiệp vụ",
    "không tổ chức lớp tập huấn chuyên sâu nào cho người làm công tác nghiệp vụ",
    "{TT07} lớp",
);
const GIFTS_HANDED_OVER: Statement = flow(
    "QT02",
    "[{QT01} người đã báo cáo, ]nộp lại {QT02} quà tặng với tổng giá trị {QT03} đồng[; {QT05} trường hợp nộp lại quá 05 ngày làm việc hoặc đã quá hạn mà chưa nộp lại]",
    "không có quà tặng nào được báo cáo, nộp lại",
    "[{QT01} người, ]{QT02} quà tặng, {QT03} đồng",
);
const GIFTS_HANDLED: Statement = Statement {
    shares: &[
        ("QT08a", "nộp ngân sách nhà nước"),
        ("QT08b", "bán công khai"),
        ("QT08c", "thông báo không sử dụng dịch vụ"),
        ("QT08d", "xử lý hàng tươi sống"),
        ("QT08e", "chuyển cấp có thẩm quyền xử lý"),
    ],
    ..flow(
        "QT08",
        "đã xử lý {QT08} quà tặng",
        "không có quà tặng nào được xử lý",
        "{QT08} quà tặng",
    )
};
const GIFTS_TO_BUDGET: Statement = flow(
    "QT04",
    "đã nộp ngân sách nhà nước {QT04} đồng từ việc xử lý quà tặng",
    "không có khoản nộp ngân sách nhà nước nào từ việc xử lý quà tặng",
    "{QT04} đồng",
);
const GIFTS_KEPT: Statement = stock(
    "QT07",
    "còn {QT07} quà tặng đã báo cáo nhưng chưa nộp lại",
    "không còn quà tặng nào đã báo cáo mà chưa nộp lại",
);
const INSPECTIONS: Statement = flow(
    "KT01",
    "tiến hành {KT01} cuộc kiểm tra, giám sát công vụ[ tại {KT02} lượt đơn vị]",
    "không tiến hành cuộc kiểm tra, giám sát công vụ nào",
    "{KT01} cuộc[, {KT02} lượt đơn vị]",
);
const INSPECTION_FINDINGS: Statement = flow(
    "KT04",
    "kết luận kiểm tra phát hiện {KT04} vi phạm[, đã chấn chỉnh {KT05} vi phạm]",
    "kết luận kiểm tra không phát hiện vi phạm nào",
    "{KT04} vi phạm[, đã chấn chỉnh {KT05}]",
);
const INSPECTION_CONFLICTS: Statement = flow(
    "KT03",
    "phát hiện {KT03} trường hợp có xung đột lợi ích qua thanh tra, kiểm tra, giám sát",
    "không phát hiện trường hợp có xung đột lợi ích nào qua thanh tra, kiểm tra, giám sát",
    "{KT03} trường hợp",
);
const CONFLICTS_FOUND: Statement = Statement {
    shares: &[
        ("XD01a", "do người có xung đột lợi ích tự báo cáo"),
        ("XD01b", "do cơ quan, tổ chức, cá nhân khác thông tin"),
        ("XD01c", "do người quản lý phát hiện"),
        ("XD01d", "qua thanh tra, kiểm tra, giám sát"),
        ("XD01e", "từ nguồn khác"),
    ],
    ..flow(
        "XD01",
        "phát hiện {XD01} trường hợp có xung đột lợi ích",
        "không phát hiện trường hợp nào có xung đột lợi ích",
        "{XD01} trường hợp",
    )
};
const NO_CONFLICT: Statement = flow(
    "XD03",
    "xác định {XD03} trường hợp không có xung đột lợi ích",
    "không có trường hợp nào được xác định là không có xung đột lợi ích",
    "{XD03} trường hợp",
);
const MEASURES: Statement = Statement {
    shares_count: "lượt biện pháp",
    shares: &[
        ("XD02a", "giám sát việc thực hiện nhiệm vụ"),
        ("XD02b", "tạm đình chỉ công tác"),
        ("XD02c", "đình chỉ công tác"),
        ("XD02d", "tạm thời chuyển vị trí công tác khác"),
        ("XD02e", "biện pháp khác"),
    ],
    ..flow(
        "XD02",
        "áp dụng biện pháp kiểm soát xung đột lợi ích đối với {XD02} trường hợp",
        "không áp dụng biện pháp kiểm soát xung đột lợi ích nào",
        "{XD02} trường hợp",
    )
};
const DECIDED_LATE: Statement = flow(
    "XD06",
    "có {XD06} trường hợp quyết định biện pháp quá 05 ngày làm việc hoặc đã quá hạn mà chưa có quyết định",
    "không có trường hợp nào quyết định biện pháp quá 05 ngày làm việc hoặc quá hạn mà chưa có quyết định",
    "{XD06} trường hợp",
);
const CONFLICTS_OPEN: Statement = stock(
    "XD05",
    "còn {XD05} trường hợp chưa xử lý xong",
    "không còn trường hợp nào chưa xử lý xong",
);
const DISCIPLINE_CONFLICTS: Statement = flow(
    "XD04",
    "xử lý kỷ luật {XD04} người liên quan đến xung đột lợi ích",
    "không có người nào bị xử lý kỷ luật liên quan đến xung đột lợi ích",
    "{XD04} người",
);
const TEMPORARY_SUSPENSIONS: Statement = flow(
    "XD02b",
    "áp dụng biện pháp tạm đình chỉ công tác {XD02b} lượt",
    "không áp dụng biện pháp tạm đình chỉ công tác nào",
    "{XD02b} lượt",
);
const TEMPORARY_TRANSFERS: Statement = flow(
    "XD02d",
    "áp dụng biện pháp tạm thời chuyển sang vị trí công tác khác {XD02d} lượt",
    "không áp dụng biện pháp tạm thời chuyển sang vị trí công tác khác nào",
    "{XD02d} lượt",
);
const DISCIPLINE_GIFTS: Statement = flow(
    "QT06",
    "xử lý kỷ luật {QT06} người vi phạm quy định về tặng quà, nhận quà",
    "không có người nào bị xử lý kỷ luật về tặng quà, nhận quà",
    "{QT06} người",
);

/// Figures the outline places that carry out no task of the plan.
const NO_TASK: &str = "";

/// A part of the outline of Mẫu số 03 (Circular 06/2025) that coi's records feed.
struct OutlinePart {
    title: &'static str,
    items: &'static [OutlineItem],
}

/// A lettered item of a part: the plan's tasks whose results it tells, each with the figures
/// said under it (a task with none is told by its records).
struct OutlineItem {
    title: &'static str,
    tasks: &'static [(&'static str, &'static [Statement])],
    /// The plan's tasks the outline does not name go here.
    others: bool,
}

const fn item(
    title: &'static str,
    tasks: &'static [(&'static str, &'static [Statement])],
) -> OutlineItem {
    OutlineItem {
        title,
        tasks,
        others: false,
    }
}

/// Where each result goes in the report: propagation and training under I.1.c, gifts,
/// conflicts of interest and inspections of public duty under I.2.c «thực hiện quy tắc ứng
/// xử», asset and income control under I.2.e, findings and discipline under I.3.a, the
/// temporary suspensions and transfers under I.3.f.
const OUTLINE: &[OutlinePart] = &[
    OutlinePart {
        title: "1. Công tác lãnh đạo, chỉ đạo, triển khai thực hiện",
        items: &[
            OutlineItem {
                title: "b) Triển khai, kiểm tra, đôn đốc việc thực hiện",
                tasks: &[("III.1", &[]), ("III.2", &[])],
                others: true,
            },
            item(
                "c) Quán triệt, tuyên truyền, phổ biến chủ trương, chính sách, pháp luật về phòng, chống tham nhũng, tiêu cực",
                &[
                    ("II.3", &[TRAININGS, TRAININGS_COI]),
                    ("II.2", &[TRAININGS_GIFTS]),
                ],
            ),
            item("đ) Tổ chức bộ máy, phân công trách nhiệm", &[("II.1", &[])]),
        ],
    },
    OutlinePart {
        title: "2. Kết quả thực hiện các biện pháp phòng ngừa tham nhũng, tiêu cực",
        items: &[
            item(
                "c) Việc thực hiện quy tắc ứng xử của người có chức vụ, quyền hạn",
                &[
                    // Gifts handed over and handled are the code of conduct kept, the result
                    // of no task of the plan (II.2 is propaganda about the rules).
                    (
                        NO_TASK,
                        &[
                            GIFTS_HANDED_OVER,
                            GIFTS_HANDLED,
                            GIFTS_TO_BUDGET,
                            GIFTS_KEPT,
                        ],
                    ),
                    ("II.4", &[INSPECTIONS]),
                    (
                        "II.5",
                        &[
                            CONFLICTS_FOUND,
                            NO_CONFLICT,
                            MEASURES,
                            DECIDED_LATE,
                            CONFLICTS_OPEN,
                        ],
                    ),
                ],
            ),
            item(
                "e) Việc thực hiện các quy định về kiểm soát tài sản, thu nhập",
                &[("II.2", &[TRAININGS_ASSETS, TRAININGS_SPECIALISTS])],
            ),
        ],
    },
    OutlinePart {
        title: "3. Kết quả phát hiện, xử lý tham nhũng, tiêu cực",
        items: &[
            item(
                "a) Qua công tác kiểm tra, giám sát, tự kiểm tra nội bộ",
                &[
                    ("II.4", &[INSPECTION_FINDINGS, INSPECTION_CONFLICTS]),
                    ("II.6", &[DISCIPLINE_CONFLICTS, DISCIPLINE_GIFTS]),
                ],
            ),
            item(
                "f) Trách nhiệm người đứng đầu; kết quả áp dụng biện pháp tạm đình chỉ công tác, tạm thời chuyển sang vị trí công tác khác",
                &[("II.5", &[TEMPORARY_SUSPENSIONS, TEMPORARY_TRANSFERS])],
            ),
        ],
    },
];

/// A task's results under an item of the outline: the task named as the plan words it, the
/// figures said under it, then what its records did (how many units, and each action once,
/// under the item that tells the task's own work). Nothing when the plan has no such task.
fn under_task(
    s: &Sources,
    said: &Said,
    task: &str,
    statements: &[Statement],
    body: &mut Vec<Block>,
) -> bool {
    if task == NO_TASK {
        body.extend(statements.iter().map(|st| Block::Text(said.statement(st))));
        return !statements.is_empty();
    }
    let Some(row) = s.year.row(task) else {
        return false;
    };
    body.push(Block::Text(format!(
        "Thực hiện nhiệm vụ {task} của Kế hoạch ({}):",
        lower_first(row.task.title.trim_end_matches('.'))
    )));
    for statement in statements {
        body.push(Block::Text(said.statement(statement)));
    }
    // The records of a task are told once: where the outline says its own work.
    if statements.is_empty() || first_place_of(task) == Some(statements.as_ptr()) {
        if statements.is_empty() {
            body.extend(progress(s, task, said.same_span));
        }
        body.extend(actions(s, task));
    }
    true
}

/// The statements of the first place the outline names `task`, which tells its records.
fn first_place_of(task: &str) -> Option<*const Statement> {
    (OUTLINE.iter())
        .flat_map(|part| part.items)
        .flat_map(|item| item.tasks)
        .find(|(code, _)| *code == task)
        .map(|(_, statements)| statements.as_ptr())
}

/// The report's figures, said in sentences.
struct Said<'a> {
    report: &'a Report<'a>,
    /// The period starts with the year: its figures are the year to date.
    same_span: bool,
}

impl<'a> Said<'a> {
    fn new(report: &'a Report<'a>) -> Said<'a> {
        let p = &report.period;
        Said {
            report,
            same_span: p.from == p.year_from,
        }
    }

    fn figure(&self, code: &str) -> (u64, u64) {
        (self.report.figures.iter())
            .find(|f| f.indicator.code == code)
            .map_or((0, 0), |f| (f.period, f.year_to_date))
    }

    fn statement(&self, s: &Statement) -> String {
        let period = |code: &str| self.figure(code).0;
        let year = |code: &str| self.figure(code).1;
        let (in_period, in_year) = self.figure(s.main);
        let compared = self.compared(s.main, s.stock);
        if s.stock {
            let end = show_date(self.report.stock_day());
            let said = match in_period {
                0 => s.none.to_string(),
                _ => fill(s.some, &period),
            };
            return format!("Đến ngày {end}, {said}{compared}.");
        }
        if in_year == 0 && in_period == 0 {
            let lead = if self.same_span {
                "Trong kỳ"
            } else {
                "Từ đầu năm đến nay"
            };
            return format!("{lead}, {}{compared}.", s.none);
        }
        let mut text = match in_period {
            0 => format!("Trong kỳ, {}", s.none),
            _ => format!("Trong kỳ, {}{}", fill(s.some, &period), shares(s, &period)),
        };
        if !self.same_span {
            text.push_str(&format!(" (lũy kế từ đầu năm: {})", fill(s.year, &year)));
        }
        text.push_str(&compared);
        text.push('.');
        text
    }

    /// «; tăng 2 so với kỳ trước (3)»: the figure against the period it is compared with
    /// (Mẫu số 03 asks every figure to be); a state at the end against the end of that period.
    fn compared(&self, code: &str, stock: bool) -> String {
        let (Some(baseline), Some(earlier)) = (&self.report.baseline, self.report.earlier(code))
        else {
            return String::new();
        };
        let basis = match (stock, baseline.basis) {
            (false, basis) => basis.words(),
            (true, Basis::Previous) => "cuối kỳ trước",
            (true, Basis::LastYear) => "cùng thời điểm năm trước",
        };
        let now = self.figure(code).0;
        match now.cmp(&earlier) {
            Ordering::Greater => format!(
                "; tăng {} so với {basis} ({})",
                group_thousands(now - earlier),
                group_thousands(earlier)
            ),
            Ordering::Less => format!(
                "; giảm {} so với {basis} ({})",
                group_thousands(earlier - now),
                group_thousands(earlier)
            ),
            Ordering::Equal => format!("; không đổi so với {basis}"),
        }
    }
}

impl Said<'_> {
    /// The temporary suspensions and transfers cancelled and the cancellations made public
    /// (Decree 59/2019 Arts 48–49); nothing when there were none this year.
    fn cancellations(&self) -> Option<String> {
        let t = &self.report.temporary;
        if t.cancelled == (0, 0) && t.published == (0, 0) {
            return None;
        }
        let said = |cancelled: u64, late: u64, published: u64| {
            let mut text = format!(
                "đã ra {} quyết định hủy bỏ quyết định tạm đình chỉ công tác, tạm thời chuyển vị \
                 trí công tác khác (Điều 48 Nghị định số 59/2019/NĐ-CP)",
                group_thousands(cancelled)
            );
            if late > 0 {
                text.push_str(&format!(
                    ", trong đó {} quyết định ra quá 05 ngày làm việc",
                    group_thousands(late)
                ));
            }
            text.push_str(&format!(
                "; đã công khai {} quyết định hủy bỏ (Điều 49)",
                group_thousands(published)
            ));
            text
        };
        let (period, year) = (
            said(t.cancelled.0, t.cancelled_late.0, t.published.0),
            said(t.cancelled.1, t.cancelled_late.1, t.published.1),
        );
        Some(if self.same_span {
            format!("Trong kỳ, {period}.")
        } else {
            format!("Trong kỳ, {period} (lũy kế từ đầu năm: {year}).")
        })
    }
}

/// « (tự báo cáo: 4; …)»: the shares that are not zero.
fn shares(s: &Statement, value: &dyn Fn(&str) -> u64) -> String {
    let said: Vec<String> = (s.shares.iter())
        .filter(|(code, _)| value(code) != 0)
        .map(|(code, label)| format!("{label}: {}", group_thousands(value(code))))
        .collect();
    if said.is_empty() {
        return String::new();
    }
    // Shares that add up to more than the figure they follow are said as what they count.
    let sum: u64 = s.shares.iter().map(|(code, _)| value(code)).sum();
    match sum == value(s.main) || s.shares_count.is_empty() {
        true => format!(" ({})", said.join("; ")),
        false => format!(
            " (gồm {} {}: {})",
            group_thousands(sum),
            s.shares_count,
            said.join("; ")
        ),
    }
}

/// `template` with each `{CODE}` replaced by its figure (grouped by thousands: 1.309,
/// 66.700.000), and each `[…]` kept only when a figure in it is not zero.
fn fill(template: &str, value: &dyn Fn(&str) -> u64) -> String {
    let mut out = String::new();
    let mut rest = template;
    while !rest.is_empty() {
        if let Some(inner) = rest.strip_prefix('[') {
            let end = inner.find(']').expect("a closing bracket");
            let part = &inner[..end];
            if codes(part).any(|code| value(code) != 0) {
                out.push_str(&fill(part, value));
            }
            rest = &inner[end + 1..];
        } else if let Some(inner) = rest.strip_prefix('{') {
            let end = inner.find('}').expect("a closing brace");
            out.push_str(&group_thousands(value(&inner[..end])));
            rest = &inner[end + 1..];
        } else {
            let next = rest.find(['[', '{']).unwrap_or(rest.len());
            out.push_str(&rest[..next]);
            rest = &rest[next..];
        }
    }
    out
}

/// The codes named in a template.
fn codes(template: &str) -> impl Iterator<Item = &str> {
    template
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(code, _)| code))
}

#[cfg(test)]
mod tests {
    use unicode_normalization::is_nfc;

    use super::*;
    use crate::model::plan::Task;
    use crate::period::Period;
    use crate::report::{Figure, INDICATORS};

    fn report(period: Period, values: &[(&str, u64, u64)]) -> Report<'static> {
        Report {
            period,
            figures: INDICATORS
                .iter()
                .map(|indicator| {
                    let (p, y) = (values.iter())
                        .find(|(code, ..)| *code == indicator.code)
                        .map_or((0, 0), |(_, p, y)| (*p, *y));
                    Figure {
                        indicator,
                        official: None,
                        period: p,
                        year_to_date: y,
                        units: Vec::new(),
                    }
                })
                .collect(),
            cases: Vec::new(),
            gifts: Vec::new(),
            trainings: Vec::new(),
            temporary: Default::default(),
            data_until: None,
            baseline: None,
            inspections: Vec::new(),
        }
    }

    fn q2() -> Period {
        Period::of(2026, Span::Quarter(2), 15)
    }

    #[test]
    fn figures_are_said_for_the_period_and_the_year_with_thousands_grouped() {
        let r = report(
            q2(),
            &[
                ("TT01", 5, 23),
                ("TT02", 320, 1309),
                ("QT01", 2, 9),
                ("QT02", 3, 10),
                ("QT03", 12_500_000, 66_700_000),
            ],
        );
        let said = Said::new(&r);
        assert_eq!(
            said.statement(&TRAININGS),
            "Trong kỳ, tổ chức 5 cuộc tuyên truyền, phổ biến, tập huấn về phòng, chống tham nhũng \
             với 320 lượt người tham dự (lũy kế từ đầu năm: 23 cuộc, 1.309 lượt người)."
        );
        assert_eq!(
            said.statement(&GIFTS_HANDED_OVER),
            "Trong kỳ, 2 người đã báo cáo, nộp lại 3 quà tặng với tổng giá trị 12.500.000 đồng \
             (lũy kế từ đầu năm: 9 người, 10 quà tặng, 66.700.000 đồng)."
        );
    }

    #[test]
    fn a_zero_is_said_plainly() {
        let r = report(q2(), &[("TT01", 0, 4), ("TT02", 0, 120), ("XD05", 0, 0)]);
        let said = Said::new(&r);
        assert_eq!(
            said.statement(&TRAININGS),
            "Trong kỳ, không tổ chức cuộc tuyên truyền, phổ biến, tập huấn nào về phòng, chống \
             tham nhũng (lũy kế từ đầu năm: 4 cuộc, 120 lượt người)."
        );
        assert_eq!(
            said.statement(&DISCIPLINE_CONFLICTS),
            "Từ đầu năm đến nay, không có người nào bị xử lý kỷ luật liên quan đến xung đột lợi ích."
        );
        assert_eq!(
            said.statement(&CONFLICTS_OPEN),
            "Đến ngày 14/06/2026, không còn trường hợp nào chưa xử lý xong."
        );
        // A period that starts with the year says its figures once.
        let q1 = report(
            Period::of(2026, Span::Quarter(1), 15),
            &[("XD01", 3, 3), ("XD01a", 2, 2), ("XD01d", 1, 1)],
        );
        let said = Said::new(&q1);
        assert_eq!(
            said.statement(&CONFLICTS_FOUND),
            "Trong kỳ, phát hiện 3 trường hợp có xung đột lợi ích (do người có xung đột lợi ích \
             tự báo cáo: 2; qua thanh tra, kiểm tra, giám sát: 1)."
        );
        assert_eq!(
            said.statement(&DISCIPLINE_GIFTS),
            "Trong kỳ, không có người nào bị xử lý kỷ luật về tặng quà, nhận quà."
        );
    }

    #[test]
    fn measures_by_kind_add_up_to_the_cases_or_are_said_as_times_a_measure_was_taken() {
        // Two cases, one of them under two measures: the kinds add up to 3, not 2.
        let r = report(q2(), &[("XD02", 2, 2), ("XD02a", 2, 2), ("XD02d", 1, 1)]);
        assert_eq!(
            Said::new(&r).statement(&MEASURES),
            "Trong kỳ, áp dụng biện pháp kiểm soát xung đột lợi ích đối với 2 trường hợp (gồm 3 \
             lượt biện pháp: giám sát việc thực hiện nhiệm vụ: 2; tạm thời chuyển vị trí công tác \
             khác: 1) (lũy kế từ đầu năm: 2 trường hợp)."
        );
        // One measure a case: the kinds are the cases.
        let r = report(q2(), &[("XD02", 2, 2), ("XD02a", 1, 1), ("XD02d", 1, 1)]);
        assert_eq!(
            Said::new(&r).statement(&MEASURES),
            "Trong kỳ, áp dụng biện pháp kiểm soát xung đột lợi ích đối với 2 trường hợp \
             (giám sát việc thực hiện nhiệm vụ: 1; tạm thời chuyển vị trí công tác khác: 1) (lũy \
             kế từ đầu năm: 2 trường hợp)."
        );
    }

    #[test]
    fn a_bracket_is_kept_only_when_a_figure_in_it_is_not_zero() {
        let value = |code: &str| match code {
            "A" => 1_000,
            "B" => 0,
            _ => 7,
        };
        assert_eq!(fill("{A} x[, {B} y][, {C} z]", &value), "1.000 x, 7 z");
        assert_eq!(codes("[{A} x ]{B}").collect::<Vec<_>>(), ["A", "B"]);
    }

    #[test]
    fn the_cancellations_of_temporary_measures_are_said_for_the_period_and_the_year() {
        let mut r = report(q2(), &[]);
        assert_eq!(Said::new(&r).cancellations(), None);
        r.temporary = crate::report::Temporary {
            cancelled: (1, 3),
            cancelled_late: (0, 1),
            published: (1, 2),
        };
        let said = Said::new(&r).cancellations().unwrap();
        assert_eq!(
            said,
            "Trong kỳ, đã ra 1 quyết định hủy bỏ quyết định tạm đình chỉ công tác, tạm thời \
             chuyển vị trí công tác khác (Điều 48 Nghị định số 59/2019/NĐ-CP); đã công khai 1 \
             quyết định hủy bỏ (Điều 49) (lũy kế từ đầu năm: đã ra 3 quyết định hủy bỏ quyết \
             định tạm đình chỉ công tác, tạm thời chuyển vị trí công tác khác (Điều 48 Nghị định \
             số 59/2019/NĐ-CP), trong đó 1 quyết định ra quá 05 ngày làm việc; đã công khai 2 \
             quyết định hủy bỏ (Điều 49))."
        );
        assert!(is_nfc(&said));
    }

    #[test]
    fn every_figure_said_is_a_figure_of_the_report() {
        let known: Vec<&str> = INDICATORS.iter().map(|i| i.code).collect();
        let placed = (OUTLINE.iter())
            .flat_map(|part| part.items)
            .flat_map(|item| item.tasks);
        for (task, statements) in placed {
            for s in *statements {
                let named = codes(s.some).chain(codes(s.year)).chain([s.main]);
                let shares = s.shares.iter().map(|(code, _)| *code);
                for code in named.chain(shares) {
                    assert!(known.contains(&code), "{task}: {code}");
                }
                for text in [s.some, s.none, s.year] {
                    assert!(is_nfc(text), "{text}");
                }
            }
        }
    }

    #[test]
    fn a_correction_of_both_columns_alike_is_said_once() {
        let r = report(q2(), &[]);
        let fix = |code: &str, column, submitted, now| Correction {
            code: code.into(),
            column,
            submitted,
            now,
        };
        let said = corrections(
            &r,
            &[
                fix("QT03", "period", 2_000_000, 3_500_000),
                fix("QT03", "year_to_date", 2_000_000, 3_500_000),
                fix("TT02", "period", 40, 80),
                fix("TT02", "year_to_date", 100, 140),
            ],
        );
        assert_eq!(
            said,
            [
                "QT03 – Tổng giá trị quà tặng đã nộp lại: số trong kỳ và số lũy kế đã báo cáo \
                 2.000.000, nay là 3.500.000.",
                "TT02 – Số lượt người tham dự: số trong kỳ đã báo cáo 40, nay là 80.",
                "TT02 – Số lượt người tham dự: số lũy kế đã báo cáo 100, nay là 140.",
            ]
        );
    }

    #[test]
    fn the_document_leaves_blanks_for_the_settings_it_lacks_and_names_them() {
        let config = Config::new("Ban Quản lý Khu kinh tế tỉnh Bình Hải".into(), Vec::new());
        let r = report(Period::of(2026, Span::Year, 15), &[]);
        let task = Task {
            code: "III.1".into(),
            title: "Phổ biến, quán triệt Kế hoạch".into(),
            lead: None,
            units: None,
        };
        let year = Matrix::new(std::slice::from_ref(&task), &[], r.period);
        let doc = build(&Sources {
            config: &config,
            made: Default::default(),
            report: &r,
            year: &year,
            period: &year,
            plan: None,
            actions: &[],
            sent: None,
            corrections: &[],
            number: None,
            left_out: &[],
        });
        assert_eq!(doc.parent_body, BLANK);
        assert_eq!(doc.number, format!("Số: …/BC-{BLANK}"));
        assert_eq!(doc.date_line, format!("{BLANK}, ngày … tháng … năm 2026"));
        assert_eq!(
            doc.subject,
            "Kết quả thực hiện công tác kiểm soát xung đột lợi ích năm 2026 (từ ngày 15/12/2025 \
             đến ngày 14/12/2026)"
        );
        assert_eq!(
            (doc.signer.title.as_str(), doc.signer.name.as_str()),
            (BLANK, BLANK)
        );
        assert_eq!(doc.signer.for_head, None);
        let fields: Vec<&str> = missing_settings(&config).iter().map(|(f, _)| *f).collect();
        assert_eq!(
            fields,
            [
                "parent_body",
                "place",
                "doc_code",
                "signer.title",
                "signer.name",
                "recipients"
            ]
        );
        assert!(doc.body.contains(&Block::Text(
            "Trong kỳ, chưa ghi nhận hoạt động nào thực hiện nhiệm vụ này.".into()
        )));
    }

    #[test]
    fn incomplete_figures_say_so_on_the_first_page_with_thousands_grouped() {
        let config = Config::new("Ban Quản lý Khu kinh tế tỉnh Bình Hải".into(), Vec::new());
        let r = report(q2(), &[]);
        let year = Matrix::new(&[], &[], r.period);
        let left_out: Vec<String> = (0..1234)
            .map(|i| format!("gifts/2026/QT-{i}.yaml"))
            .collect();
        let doc = build(&Sources {
            config: &config,
            made: Default::default(),
            report: &r,
            year: &year,
            period: &year,
            plan: None,
            actions: &[],
            sent: None,
            corrections: &[],
            number: None,
            left_out: &left_out,
        });
        let mark = Block::Section("CHƯA ĐẦY ĐỦ: 1.234 hồ sơ không được tính.".into());
        let at = doc.body.iter().position(|b| *b == mark);
        let part = (doc.body.iter()).position(|b| {
            *b == Block::Part(
                "I. KẾT QUẢ CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG, LÃNG PHÍ, TIÊU CỰC".into(),
            )
        });
        assert!(at.is_some() && at < part, "{:?}", doc.body);
    }
}
