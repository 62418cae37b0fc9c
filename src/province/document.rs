//! The province's report to the People's Committee as a Word document (Decree 30/2020/NĐ-CP):
//! the Inspectorate's header, «BÁO CÁO», what the agencies reported summed in sentences, who
//! did not report or was late or refused, and as appendices the figures by agency and Biểu
//! 01/PCTN summed. Vietnamese, as the documents sent are.

use chrono::{Datelike, NaiveDate};

use super::compile::{Compiled, Status};
use super::workspace::Workspace;
use crate::model::{group_figure, show_date};
use crate::period::{Period, Span};
use crate::render::docx::{Appendix, AppendixRow, BLANK, Block, Column, Document, Signer};
use crate::report::indicators::INDICATORS;

/// The day the province reports to the People's Committee: the 20th of the period's last month
/// (Circular 06/2025, Art. 7(2)).
pub fn province_deadline(p: &Period) -> NaiveDate {
    NaiveDate::from_ymd_opt(p.to.year(), p.to.month(), 20).unwrap_or(p.to)
}

/// «quý I năm 2026», «năm 2026», or the dates of a period of one's own.
fn period_name(p: &Period) -> String {
    match p.span {
        Span::Custom(..) => format!("từ ngày {} đến ngày {}", show_date(p.from), show_date(p.to)),
        _ => lower_first(&p.title().vi),
    }
}

/// `text` with its first letter in lower case, as it reads inside a sentence («Lượt người»:
/// «60 lượt người»).
fn lower_first(text: &str) -> String {
    let mut c = text.chars();
    c.next()
        .map(|f| f.to_lowercase().chain(c).collect())
        .unwrap_or_default()
}

/// The Inspectorate's name with its province kept on one line («… của Thanh tra / tỉnh Bình
/// Hải», never «… tỉnh / Bình Hải»): the spaces after the last «tỉnh» or «thành phố» become
/// non-breaking ones.
fn province_kept(name: &str) -> String {
    let at = [" tỉnh ", " thành phố "]
        .iter()
        .filter_map(|level| name.rfind(level))
        .max();
    match at {
        Some(at) => {
            let (before, place) = name.split_at(at + 1);
            format!("{before}{}", place.replace(' ', "\u{a0}"))
        }
        None => name.to_string(),
    }
}

/// The Inspectorate's sign in the document's number when `province.yaml` gives none: «Số:
/// …/BC-TTr».
pub const DOC_CODE: &str = "TTr";

/// Who signs when `province.yaml` gives no title: the Chief Inspector.
pub const SIGNER_TITLE: &str = "CHÁNH THANH TRA";

/// The People's Committee above the Inspectorate «Thanh tra tỉnh Bình Hải»: «Ủy ban nhân dân
/// tỉnh Bình Hải».
fn committee(inspectorate: &str) -> Option<String> {
    let place = inspectorate
        .strip_prefix("Thanh tra ")
        .or_else(|| inspectorate.strip_prefix("THANH TRA "))?;
    Some(format!("Ủy ban nhân dân {place}"))
}

/// The place of the date line when `province.yaml` gives none: the province the Inspectorate
/// is named after («Thanh tra tỉnh Bình Hải»: «Bình Hải»).
fn province_of(inspectorate: &str) -> Option<&str> {
    ["Thanh tra tỉnh ", "Thanh tra thành phố "]
        .iter()
        .find_map(|head| inspectorate.strip_prefix(head))
        .map(str::trim)
        .filter(|place| !place.is_empty())
}

/// The document to the People's Committee: `number` as `--number` gives it (`12`, or
/// `12/BC-TTr`), the rest from the workspace and the compile.
pub fn build(ws: &Workspace, c: &Compiled, today: NaiveDate, number: Option<&str>) -> Document {
    let inspectorate = ws.name.as_str();
    let mut settings = ws.document();
    settings.doc_code = settings.doc_code.or(Some(DOC_CODE));
    let place = (settings.place)
        .or_else(|| province_of(inspectorate))
        .unwrap_or(BLANK);
    let number = match number {
        Some(given) => format!("Số: {}", settings.number(given)),
        None => format!("Số: …/BC-{}", settings.doc_code.unwrap_or(DOC_CODE)),
    };
    let p = &c.period;
    let name = period_name(p);
    let committee = committee(inspectorate);
    let to = committee.as_deref().unwrap_or("Ủy ban nhân dân tỉnh");
    let deadline = province_deadline(p);
    let counted: Vec<_> = c.rows.iter().filter(|r| r.counts()).collect();
    let mut body = vec![
        Block::Text(format!(
            "Thực hiện Thông tư số 06/2025/TT-TTCP, {inspectorate} tổng hợp kết quả thực hiện \
             công tác kiểm soát xung đột lợi ích {name} của {} cơ quan, đơn vị đã gửi báo cáo \
             (trên tổng số {} cơ quan, đơn vị phải báo cáo), báo cáo {to} như sau:",
            counted.len(),
            c.rows.len()
        )),
        Block::Note(format!(
            "Hạn gửi báo cáo của các cơ quan, đơn vị: ngày {}; hạn báo cáo {to}: ngày {}.",
            show_date(c.deadline),
            show_date(deadline)
        )),
        Block::Text(
            "Số liệu chi tiết của từng cơ quan, đơn vị tại Phụ lục I; Biểu 01/PCTN tổng hợp tại \
             Phụ lục II."
                .into(),
        ),
        Block::Part("I. KẾT QUẢ TỔNG HỢP".into()),
    ];
    for ind in INDICATORS {
        let (period, ytd) = c.total(ind.code);
        if period == 0 && ytd == 0 {
            continue;
        }
        let unit = lower_first(ind.unit.vi);
        body.push(Block::Item(format!(
            "{} ({}): {} {unit} trong kỳ; lũy kế từ đầu năm {} {unit}.",
            ind.wording.vi,
            ind.code,
            group_figure(period),
            group_figure(ytd),
        )));
    }
    if counted.is_empty() {
        body.push(Block::Text(
            "Chưa có cơ quan, đơn vị nào gửi báo cáo.".into(),
        ));
    }
    body.push(Block::Part(
        "II. TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ".into(),
    ));
    let on_time = c
        .rows
        .iter()
        .filter(|r| r.status == Status::Submitted)
        .count();
    body.push(Block::Text(format!(
        "Có {on_time} cơ quan, đơn vị gửi báo cáo đúng hạn."
    )));
    for (status, heading) in [
        (Status::Late, "Gửi báo cáo muộn"),
        (Status::Missing, "Chưa gửi báo cáo"),
        (Status::Refused, "Báo cáo không được tiếp nhận"),
    ] {
        let rows: Vec<_> = c.rows.iter().filter(|r| r.status == status).collect();
        if rows.is_empty() {
            continue;
        }
        body.push(Block::Lettered(format!("{heading} ({}):", rows.len())));
        for r in rows {
            let reason = r.reason.as_ref().map(|t| format!(" — {}", t.vi));
            body.push(Block::Item(format!(
                "{} ({}){}",
                r.name,
                r.code,
                reason.unwrap_or_default()
            )));
        }
    }
    body.push(Block::Text(format!(
        "Trên đây là báo cáo tổng hợp kết quả thực hiện công tác kiểm soát xung đột lợi ích \
         {name} của các cơ quan, đơn vị; {inspectorate} báo cáo {to}./."
    )));
    // The day is left for the signer, as in the date line.
    let attached_to = format!(
        "(Kèm theo Báo cáo số {} ngày … tháng … năm {} của {})",
        number.trim_start_matches("Số: "),
        p.to.year(),
        province_kept(inspectorate)
    );
    let mut recipients: Vec<String> = settings.recipients.iter().map(|r| r.to_string()).collect();
    if recipients.is_empty() {
        recipients = vec![format!("{to};"), "Lưu: VT.".into()];
    }
    Document {
        made: today
            .and_hms_opt(0, 0, 0)
            .unwrap_or_default()
            .and_utc()
            .fixed_offset(),
        author: inspectorate.to_string(),
        parent_body: committee.clone().unwrap_or_else(|| BLANK.to_string()),
        agency: inspectorate.to_string(),
        number,
        date_line: format!("{place}, ngày … tháng … năm {}", p.to.year()),
        kind: "BÁO CÁO".into(),
        subject: format!(
            "Tổng hợp kết quả thực hiện công tác kiểm soát xung đột lợi ích của các cơ quan, \
             đơn vị {name} (từ ngày {} đến ngày {}; hạn báo cáo ngày {})",
            show_date(p.from),
            show_date(p.to),
            show_date(deadline)
        ),
        body,
        recipients,
        signer: Signer {
            for_head: settings.signer_for.map(String::from),
            title: settings.signer_title.unwrap_or(SIGNER_TITLE).to_string(),
            name: settings.signer_name.unwrap_or(BLANK).to_string(),
        },
        appendices: vec![by_agency(c, &attached_to), form(c, &attached_to)],
    }
}

/// The figures of the period by agency: indicators down, agencies across, the province's total.
fn by_agency(c: &Compiled, attached_to: &str) -> Appendix {
    let mut columns = vec![
        Column {
            heading: "Mã".into(),
            share: 2,
            figures: false,
        },
        Column {
            heading: "Chỉ tiêu".into(),
            share: 8,
            figures: false,
        },
    ];
    columns.extend(c.rows.iter().map(|r| Column {
        heading: r.code.clone(),
        share: 2,
        figures: true,
    }));
    columns.push(Column {
        heading: "Toàn tỉnh".into(),
        share: 3,
        figures: true,
    });
    let rows = INDICATORS
        .iter()
        .map(|ind| {
            let mut cells = vec![ind.code.to_string(), ind.wording.vi.to_string()];
            cells.extend(c.rows.iter().map(|r| {
                Compiled::figure(r, ind.code).map_or(String::new(), |(p, _)| group_figure(p))
            }));
            cells.push(group_figure(c.total(ind.code).0));
            AppendixRow::Cells(cells)
        })
        .collect();
    Appendix {
        caption: "Phụ lục I".into(),
        attached_to: attached_to.into(),
        titles: vec!["SỐ LIỆU TRONG KỲ THEO CƠ QUAN, ĐƠN VỊ".into()],
        notes: vec!["(Ô trống: cơ quan, đơn vị chưa gửi hoặc báo cáo không được tiếp nhận)".into()],
        columns,
        rows,
    }
}

/// Biểu 01/PCTN, the agencies' rows summed.
fn form(c: &Compiled, attached_to: &str) -> Appendix {
    let mut rows: Vec<AppendixRow> = (super::form01::lines(c).iter())
        .map(|line| match line.total {
            None if line.by_agency.iter().all(Option::is_none) && line.row.unit.is_empty() => {
                AppendixRow::Group(format!("{} {}", line.row.code, line.row.wording))
            }
            total => AppendixRow::Cells(vec![
                line.row.code.to_string(),
                line.row.wording.to_string(),
                line.row.unit.to_string(),
                total.map(|v| v.shown()).unwrap_or_default(),
            ]),
        })
        .collect();
    // The form shows the rows that have figures: with none, the table says why it is empty.
    if rows.is_empty() {
        rows.push(AppendixRow::Group(
            "Chưa có cơ quan, đơn vị nào gửi báo cáo được tính.".into(),
        ));
    }
    Appendix {
        caption: "Phụ lục II".into(),
        attached_to: attached_to.into(),
        titles: vec!["BIỂU 01/PCTN — TỔNG HỢP CỦA CÁC CƠ QUAN, ĐƠN VỊ".into()],
        notes: Vec::new(),
        columns: vec![
            Column {
                heading: "STT".into(),
                share: 2,
                figures: false,
            },
            Column {
                heading: "Nội dung".into(),
                share: 12,
                figures: false,
            },
            Column {
                heading: "Đơn vị tính".into(),
                share: 3,
                figures: false,
            },
            Column {
                heading: "Số liệu".into(),
                share: 3,
                figures: true,
            },
        ],
        rows,
    }
}
