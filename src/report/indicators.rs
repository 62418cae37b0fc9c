//! The indicators of the report, as data: each has a stable code, a group, its wording in both
//! languages, its unit of measure and how it is counted. The official Biểu 01/PCTN numbers are
//! not confirmed for these lines, so they come from `indicator_map` in `coi.yaml`.

use crate::i18n::Label;
use crate::model::vocab::{Audience, HandlingOutcome, MeasureKind, Source, Topic};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    Training,
    Gifts,
    Conflicts,
    Inspections,
}

impl Group {
    pub fn label(self) -> Label {
        match self {
            Group::Training => Label::new(
                "Tuyên truyền, phổ biến, tập huấn",
                "Propagation and training",
            ),
            Group::Gifts => Label::new("Tặng quà, nhận quà, nộp lại quà tặng", "Gifts"),
            Group::Conflicts => {
                Label::new("Kiểm soát xung đột lợi ích", "Conflict-of-interest control")
            }
            Group::Inspections => {
                Label::new("Kiểm tra, giám sát công vụ", "Inspection of public duty")
            }
        }
    }
}

/// What a training adds to a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrainingValue {
    /// Each training once, however many days or sessions it ran: a course is one «lớp».
    Courses,
    Sessions,
    Participants,
    Materials,
}

/// Which trainings a figure takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trainings {
    All,
    /// Those with this topic among theirs.
    Topic(Topic),
    /// Those held for this audience.
    Audience(Audience),
}

/// What a handed-over gift adds to a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GiftValue {
    Gifts,
    /// Distinct recipients: people, not gifts (see `report::people`).
    People,
    ValueVnd,
}

/// How an indicator is counted, and which date puts a record in the period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counting {
    /// Trainings by `start_on`.
    Trainings(TrainingValue, Trainings),
    /// Gifts by the day they were really handed over: a service, which is never handed over
    /// (Decree 59 Art. 27(3)), is not taken.
    HandedOver(GiftValue),
    /// Budget payments by `handling.paid_to_budget_on`.
    BudgetPaid,
    /// Gifts handed over in the period after the 5 working days, plus those still not handed
    /// over past that limit at the period's end. A gift of the agency itself (no time limit,
    /// Art. 26(1)) and a service (never handed over) are not taken.
    HandedOverLate,
    /// Distinct people disciplined over a gift, by the day it was handed over (else received).
    GiftDiscipline,
    /// Gifts received by the period's end and not handed over by then, and services not yet
    /// declined by then (a stock, not a flow).
    NotSurrenderedAtEnd,
    /// Gifts by `handling.decided_on`, of this outcome (all when none).
    Handled(Option<HandlingOutcome>),
    /// Cases by `known_on`, of these sources (all when empty), except those found to have no
    /// conflict by the period's end: they are counted by [`Counting::NoConflict`] instead.
    CasesKnown(&'static [Source]),
    /// Cases by the date of their first measure.
    FirstMeasure,
    /// Measures of a kind, by `decided_on`.
    Measures(MeasureKind),
    /// Cases by `no_conflict_on`.
    NoConflict,
    /// Distinct people of closed cases with a discipline other than none, by `closed.on`.
    CaseDiscipline,
    /// Cases known by the period's end and not closed by then (a stock, not a flow).
    OpenAtEnd,
    /// Cases whose first decision, in the period, came after the 5 working days, plus those
    /// still undecided past that limit at the period's end.
    DecidedLate,
    /// What an inspection adds, by `start_on` or, for what it found, `concluded_on`.
    Inspections(InspectionValue),
}

/// What an inspection adds to a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InspectionValue {
    /// One, by `start_on`.
    Held,
    /// Its inspected units, by `start_on`.
    UnitsInspected,
    /// Its violations found, by `concluded_on`.
    ViolationsFound,
    /// Its violations corrected, by `concluded_on`.
    ViolationsCorrected,
}

#[derive(Debug)]
pub struct Indicator {
    pub code: &'static str,
    pub group: Group,
    pub wording: Label,
    pub unit: Label,
    pub counting: Counting,
    /// How the figure is counted, in words, for the reader of the export.
    pub how: Label,
}

impl Indicator {
    /// Counted in đồng.
    pub fn is_money(&self) -> bool {
        self.unit == DONG
    }
}

const SESSIONS: Label = Label::new("Cuộc", "sessions");
const COURSES: Label = Label::new("Lớp", "courses");
const PEOPLE: Label = Label::new("Lượt người", "person-attendances");
const COPIES: Label = Label::new("Bản", "copies");
const PERSONS: Label = Label::new("Người", "persons");
const GIFTS: Label = Label::new("Quà tặng", "gifts");
const DONG: Label = Label::new("Đồng", "đồng");
const CASES: Label = Label::new("Trường hợp", "cases");
const INSPECTIONS: Label = Label::new("Cuộc", "inspections");
const UNIT_VISITS: Label = Label::new("Lượt đơn vị", "unit-visits");
const VIOLATIONS: Label = Label::new("Vi phạm", "violations");

macro_rules! indicator {
    ($code:literal, $group:ident, $vi:literal, $en:literal, $unit:ident, $counting:expr, $how_vi:literal, $how_en:literal) => {
        Indicator {
            code: $code,
            group: Group::$group,
            wording: Label::new($vi, $en),
            unit: $unit,
            counting: $counting,
            how: Label::new($how_vi, $how_en),
        }
    };
}

use Counting::*;

pub const INDICATORS: &[Indicator] = &[
    indicator!(
        "TT01",
        Training,
        "Số cuộc, lớp tuyên truyền, phổ biến, tập huấn về PCTN",
        "Propagation and training sessions on anti-corruption",
        SESSIONS,
        Trainings(TrainingValue::Sessions, Trainings::All),
        "Tổng số cuộc của các cuộc có ngày bắt đầu trong kỳ",
        "Sum of sessions of trainings starting in the period"
    ),
    indicator!(
        "TT02",
        Training,
        "Số lượt người tham dự",
        "Person-attendances",
        PEOPLE,
        Trainings(TrainingValue::Participants, Trainings::All),
        "Tổng lượt người tham dự",
        "Sum of participants"
    ),
    indicator!(
        "TT03",
        Training,
        "Số tài liệu đã phát hành",
        "Materials issued",
        COPIES,
        Trainings(TrainingValue::Materials, Trainings::All),
        "Tổng số tài liệu phát hành",
        "Sum of materials issued"
    ),
    indicator!(
        "TT04",
        Training,
        "Số cuộc có nội dung kiểm soát xung đột lợi ích",
        "Sessions covering conflict-of-interest control",
        SESSIONS,
        Trainings(TrainingValue::Sessions, Trainings::Topic(Topic::Coi)),
        "Số cuộc của các cuộc có nội dung kiểm soát xung đột lợi ích",
        "Sessions of trainings covering conflict-of-interest control"
    ),
    indicator!(
        "TT05",
        Training,
        "Số cuộc có nội dung về tặng quà, nhận quà",
        "Sessions covering gifts",
        SESSIONS,
        Trainings(TrainingValue::Sessions, Trainings::Topic(Topic::Gifts)),
        "Số cuộc của các cuộc có nội dung tặng quà, nhận quà",
        "Sessions of trainings covering gifts"
    ),
    indicator!(
        "TT06",
        Training,
        "Số cuộc có nội dung kiểm soát tài sản, thu nhập",
        "Sessions covering the control of assets and income",
        SESSIONS,
        Trainings(
            TrainingValue::Sessions,
            Trainings::Topic(Topic::AssetDeclaration)
        ),
        "Số cuộc của các cuộc có nội dung kê khai, kiểm soát tài sản, thu nhập",
        "Sessions of trainings covering asset and income declaration"
    ),
    indicator!(
        "TT07",
        Training,
        "Số lớp tập huấn chuyên sâu cho người làm công tác nghiệp vụ",
        "In-depth training courses for the staff who do the control work",
        COURSES,
        Trainings(
            TrainingValue::Courses,
            Trainings::Audience(Audience::Specialists)
        ),
        "Số lớp (mỗi lớp tính một lần, dù học mấy ngày) dành cho người làm công tác kiểm soát tài sản, thu nhập, xung đột lợi ích",
        "Trainings held for the staff who do the control work, each course once however many days it ran"
    ),
    indicator!(
        "QT01",
        Gifts,
        "Số người đã báo cáo, nộp lại quà tặng",
        "People who reported and handed over gifts",
        PERSONS,
        HandedOver(GiftValue::People),
        "Số người khác nhau (cùng mã cán bộ, hoặc cùng đơn vị và họ tên) có quà nộp lại trong kỳ (không tính dịch vụ)",
        "Distinct people (same staff code, else same unit and name) who handed over gifts in the period (services excluded)"
    ),
    indicator!(
        "QT02",
        Gifts,
        "Số quà tặng đã nộp lại",
        "Gifts handed over",
        GIFTS,
        HandedOver(GiftValue::Gifts),
        "Số quà có ngày nộp lại trong kỳ (dịch vụ không nộp lại, không tính)",
        "Gifts handed over in the period (a service is never handed over: not counted)"
    ),
    indicator!(
        "QT03",
        Gifts,
        "Tổng giá trị quà tặng đã nộp lại",
        "Value of gifts handed over",
        DONG,
        HandedOver(GiftValue::ValueVnd),
        "Tổng giá trị của các quà nộp lại trong kỳ (không tính dịch vụ)",
        "Sum of the values of the gifts handed over in the period (services excluded)"
    ),
    indicator!(
        "QT04",
        Gifts,
        "Giá trị đã nộp ngân sách nhà nước",
        "Paid into the state budget",
        DONG,
        BudgetPaid,
        "Tổng số tiền nộp ngân sách có ngày nộp trong kỳ",
        "Budget payments dated in the period"
    ),
    indicator!(
        "QT05",
        Gifts,
        "Số trường hợp nộp lại quà tặng quá 05 ngày làm việc",
        "Gifts handed over after 5 working days",
        CASES,
        HandedOverLate,
        "Quà nộp lại trong kỳ sau thời hạn 05 ngày làm việc, cộng quà đến cuối kỳ đã quá hạn mà chưa nộp lại (không tính quà cơ quan nhận, dịch vụ)",
        "Gifts handed over in the period after the 5-working-day limit, plus gifts past it and still not handed over at the period's end (agency gifts and services excluded)"
    ),
    indicator!(
        "QT06",
        Gifts,
        "Số người bị xử lý kỷ luật về quà tặng",
        "People disciplined over gifts",
        PERSONS,
        GiftDiscipline,
        "Số người khác nhau bị kỷ luật về quà nộp lại (hoặc nhận) trong kỳ",
        "Distinct people disciplined over gifts handed over (else received) in the period"
    ),
    indicator!(
        "QT07",
        Gifts,
        "Số quà tặng đã báo cáo nhưng chưa nộp lại tại thời điểm cuối kỳ",
        "Gifts reported and not yet handed over at the end of the period",
        GIFTS,
        NotSurrenderedAtEnd,
        "Quà nhận đến cuối kỳ mà đến cuối kỳ chưa nộp lại, cộng dịch vụ đến cuối kỳ chưa thông báo không sử dụng",
        "Gifts received by the end of the period and not handed over by then, plus services not yet declined by then"
    ),
    indicator!(
        "QT08",
        Gifts,
        "Số quà tặng đã xử lý",
        "Gifts handled",
        GIFTS,
        Handled(None),
        "Quà có quyết định xử lý trong kỳ",
        "Gifts whose handling was decided in the period"
    ),
    indicator!(
        "QT08a",
        Gifts,
        "– Nộp ngân sách nhà nước",
        "– paid into the state budget",
        GIFTS,
        Handled(Some(HandlingOutcome::StateBudget)),
        "Quà xử lý trong kỳ bằng nộp ngân sách nhà nước",
        "Gifts handled in the period by payment into the budget"
    ),
    indicator!(
        "QT08b",
        Gifts,
        "– Bán công khai, nộp tiền vào ngân sách",
        "– sold publicly",
        GIFTS,
        Handled(Some(HandlingOutcome::PublicSale)),
        "Quà xử lý trong kỳ bằng bán công khai",
        "Gifts handled in the period by public sale"
    ),
    indicator!(
        "QT08c",
        Gifts,
        "– Thông báo không sử dụng dịch vụ",
        "– service declined",
        GIFTS,
        Handled(Some(HandlingOutcome::ServiceDeclined)),
        "Dịch vụ được thông báo không sử dụng trong kỳ",
        "Services declined in the period"
    ),
    indicator!(
        "QT08d",
        Gifts,
        "– Xử lý như tang vật vi phạm hành chính (hàng tươi sống)",
        "– perishables handled",
        GIFTS,
        Handled(Some(HandlingOutcome::PerishableHandled)),
        "Hàng tươi sống xử lý trong kỳ",
        "Perishables handled in the period"
    ),
    indicator!(
        "QT08e",
        Gifts,
        "– Chuyển cấp có thẩm quyền xử lý",
        "– referred to the competent level",
        GIFTS,
        Handled(Some(HandlingOutcome::Escalated)),
        "Quà chuyển cấp có thẩm quyền xử lý trong kỳ",
        "Gifts referred to the competent level in the period"
    ),
    indicator!(
        "XD01",
        Conflicts,
        "Số trường hợp phát hiện có xung đột lợi ích",
        "Conflicts of interest detected",
        CASES,
        CasesKnown(&[]),
        "Vụ việc biết trong kỳ, trừ vụ việc đã xác định không có xung đột lợi ích đến cuối kỳ",
        "Cases known in the period, except those found to have no conflict by its end"
    ),
    indicator!(
        "XD01a",
        Conflicts,
        "– Do người có xung đột lợi ích tự báo cáo",
        "– self-reported",
        CASES,
        CasesKnown(&[Source::SelfReport]),
        "Trong số trên: do người có xung đột lợi ích tự báo cáo",
        "Of these: self-reported"
    ),
    indicator!(
        "XD01b",
        Conflicts,
        "– Do cơ quan, tổ chức, cá nhân khác thông tin (kể cả phản ánh, tố cáo)",
        "– reported by others (complaints included)",
        CASES,
        CasesKnown(&[Source::ReportedByOthers, Source::Complaint]),
        "Trong số trên: do người khác thông tin, phản ánh, khiếu nại, tố cáo",
        "Of these: reported by others or through a complaint"
    ),
    indicator!(
        "XD01c",
        Conflicts,
        "– Do người quản lý phát hiện",
        "– detected by the manager",
        CASES,
        CasesKnown(&[Source::DetectedByManager]),
        "Trong số trên: do người quản lý phát hiện",
        "Of these: detected by the manager"
    ),
    indicator!(
        "XD01d",
        Conflicts,
        "– Qua thanh tra, kiểm tra, giám sát",
        "– through inspection or supervision",
        CASES,
        CasesKnown(&[Source::Inspection]),
        "Trong số trên: phát hiện qua thanh tra, kiểm tra, giám sát",
        "Of these: found through inspection"
    ),
    indicator!(
        "XD01e",
        Conflicts,
        "– Nguồn khác",
        "– other sources",
        CASES,
        CasesKnown(&[Source::Other]),
        "Trong số trên: từ nguồn khác",
        "Of these: other sources"
    ),
    indicator!(
        "XD02",
        Conflicts,
        "Số trường hợp đã áp dụng biện pháp kiểm soát xung đột lợi ích",
        "Cases where a control measure was applied",
        CASES,
        FirstMeasure,
        "Vụ việc có biện pháp đầu tiên quyết định trong kỳ",
        "Cases whose first measure was decided in the period"
    ),
    indicator!(
        "XD02a",
        Conflicts,
        "– Giám sát việc thực hiện nhiệm vụ",
        "– supervision",
        CASES,
        Measures(MeasureKind::Supervision),
        "Biện pháp giám sát quyết định trong kỳ",
        "Supervision measures decided in the period"
    ),
    indicator!(
        "XD02b",
        Conflicts,
        "– Tạm đình chỉ công tác",
        "– temporary suspension",
        CASES,
        Measures(MeasureKind::TemporarySuspension),
        "Biện pháp tạm đình chỉ quyết định trong kỳ",
        "Temporary suspensions decided in the period"
    ),
    indicator!(
        "XD02c",
        Conflicts,
        "– Đình chỉ công tác",
        "– suspension",
        CASES,
        Measures(MeasureKind::Suspension),
        "Biện pháp đình chỉ quyết định trong kỳ",
        "Suspensions decided in the period"
    ),
    indicator!(
        "XD02d",
        Conflicts,
        "– Tạm thời chuyển vị trí công tác khác",
        "– temporary transfer",
        CASES,
        Measures(MeasureKind::TemporaryTransfer),
        "Biện pháp tạm chuyển vị trí quyết định trong kỳ",
        "Temporary transfers decided in the period"
    ),
    indicator!(
        "XD02e",
        Conflicts,
        "– Biện pháp khác theo quy định",
        "– other legal handling",
        CASES,
        Measures(MeasureKind::OtherHandling),
        "Biện pháp khác quyết định trong kỳ",
        "Other measures decided in the period"
    ),
    indicator!(
        "XD03",
        Conflicts,
        "Số trường hợp xác định không có xung đột lợi ích",
        "Cases found to have no conflict",
        CASES,
        NoConflict,
        "Vụ việc được xác định không có xung đột lợi ích trong kỳ",
        "Cases found to have no conflict in the period"
    ),
    indicator!(
        "XD04",
        Conflicts,
        "Số người bị xử lý kỷ luật liên quan xung đột lợi ích",
        "People disciplined over conflicts of interest",
        PERSONS,
        CaseDiscipline,
        "Số người khác nhau của các vụ việc kết thúc trong kỳ có hình thức kỷ luật",
        "Distinct people of the cases closed in the period with a discipline"
    ),
    indicator!(
        "XD05",
        Conflicts,
        "Số trường hợp chưa xử lý xong tại thời điểm cuối kỳ",
        "Cases still open at the end of the period",
        CASES,
        OpenAtEnd,
        "Vụ việc đã biết trước cuối kỳ và chưa kết thúc đến cuối kỳ",
        "Cases known by the end of the period and not closed by then"
    ),
    indicator!(
        "XD06",
        Conflicts,
        "Số trường hợp quyết định quá 05 ngày làm việc",
        "Decisions taken after 5 working days",
        CASES,
        DecidedLate,
        "Vụ việc có quyết định đầu tiên trong kỳ sau thời hạn 05 ngày làm việc, cộng vụ việc đến cuối kỳ đã quá hạn mà chưa có quyết định",
        "Cases whose first decision in the period came after the limit, plus cases past it and still undecided at the period's end"
    ),
    indicator!(
        "KT01",
        Inspections,
        "Số cuộc kiểm tra, giám sát công vụ",
        "Inspections and supervision of public duty",
        INSPECTIONS,
        Inspections(InspectionValue::Held),
        "Cuộc kiểm tra, giám sát có ngày bắt đầu trong kỳ",
        "Inspections starting in the period"
    ),
    indicator!(
        "KT02",
        Inspections,
        "Số lượt đơn vị được kiểm tra",
        "Units inspected (visits)",
        UNIT_VISITS,
        Inspections(InspectionValue::UnitsInspected),
        "Tổng số đơn vị được kiểm tra của các cuộc bắt đầu trong kỳ",
        "Sum of the units inspected by the inspections starting in the period"
    ),
    indicator!(
        "KT03",
        Inspections,
        "Số trường hợp xung đột lợi ích phát hiện qua kiểm tra",
        "Conflicts of interest found through inspection",
        CASES,
        CasesKnown(&[Source::Inspection]),
        "Bằng chỉ tiêu XD01d",
        "The same as XD01d"
    ),
    indicator!(
        "KT04",
        Inspections,
        "Số vi phạm phát hiện qua kiểm tra",
        "Violations found through inspection",
        VIOLATIONS,
        Inspections(InspectionValue::ViolationsFound),
        "Tổng số vi phạm của các cuộc kiểm tra kết luận trong kỳ",
        "Sum of the violations of the inspections concluded in the period"
    ),
    indicator!(
        "KT05",
        Inspections,
        "Số vi phạm đã chấn chỉnh",
        "Violations corrected",
        VIOLATIONS,
        Inspections(InspectionValue::ViolationsCorrected),
        "Tổng số vi phạm đã chấn chỉnh của các cuộc kiểm tra kết luận trong kỳ",
        "Sum of the violations corrected of the inspections concluded in the period"
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_stable() {
        let codes: Vec<&str> = INDICATORS.iter().map(|i| i.code).collect();
        let mut sorted = codes.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), codes.len());
        assert_eq!(codes.first(), Some(&"TT01"));
        assert_eq!(codes.last(), Some(&"KT05"));
    }
}
