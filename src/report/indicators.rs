//! The indicators of the report, as data: each has a stable code, a group, its wording in both
//! languages, its unit of measure and how it is counted. The official Biểu 01/PCTN numbers are
//! not confirmed for these lines, so they come from `indicator_map` in `coi.yaml`.

use crate::i18n::Label;
use crate::model::vocab::{MeasureKind, Source, Topic};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    Training,
    Gifts,
    Conflicts,
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
        }
    }
}

/// What a training adds to a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrainingValue {
    Sessions,
    Participants,
    Materials,
}

/// What a handed-over gift adds to a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GiftValue {
    Gifts,
    /// Distinct (unit, recipient) pairs: people, not gifts.
    People,
    ValueVnd,
}

/// How an indicator is counted, and which date puts a record in the period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counting {
    /// Trainings by `start_on`, optionally only those with a topic.
    Trainings(TrainingValue, Option<Topic>),
    /// Gifts by the day they were handed over (a service: reported).
    Surrendered(GiftValue),
    /// Budget payments by `handling.paid_to_budget_on`.
    BudgetPaid,
    /// Gifts handed over in the period after the 5 working days.
    SurrenderedLate,
    /// Gifts with a disciplinary measure, by the day they were handed over (else received).
    GiftDiscipline,
    /// Cases by `known_on`, of these sources (all when empty).
    CasesKnown(&'static [Source]),
    /// Cases by the date of their first measure.
    FirstMeasure,
    /// Measures of a kind, by `decided_on`.
    Measures(MeasureKind),
    /// Cases by `no_conflict_on`.
    NoConflict,
    /// Closed cases with a discipline other than none, by `closed.on`.
    CaseDiscipline,
    /// Cases known by the period's end and not closed by then (a stock, not a flow).
    OpenAtEnd,
    /// Cases whose first decision, in the period, came after the 5 working days.
    DecidedLate,
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

const SESSIONS: Label = Label::new("Cuộc", "sessions");
const PEOPLE: Label = Label::new("Lượt người", "person-attendances");
const COPIES: Label = Label::new("Bản", "copies");
const PERSONS: Label = Label::new("Người", "persons");
const GIFTS: Label = Label::new("Quà tặng", "gifts");
const DONG: Label = Label::new("Đồng", "đồng");
const CASES: Label = Label::new("Trường hợp", "cases");

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
        Trainings(TrainingValue::Sessions, None),
        "Tổng số cuộc của các cuộc có ngày bắt đầu trong kỳ",
        "Sum of sessions of trainings starting in the period"
    ),
    indicator!(
        "TT02",
        Training,
        "Số lượt người tham dự",
        "Person-attendances",
        PEOPLE,
        Trainings(TrainingValue::Participants, None),
        "Tổng lượt người tham dự",
        "Sum of participants"
    ),
    indicator!(
        "TT03",
        Training,
        "Số tài liệu đã phát hành",
        "Materials issued",
        COPIES,
        Trainings(TrainingValue::Materials, None),
        "Tổng số tài liệu phát hành",
        "Sum of materials issued"
    ),
    indicator!(
        "TT04",
        Training,
        "Số cuộc có nội dung kiểm soát xung đột lợi ích",
        "Sessions covering conflict-of-interest control",
        SESSIONS,
        Trainings(TrainingValue::Sessions, Some(Topic::Coi)),
        "Số cuộc của các cuộc có nội dung «coi»",
        "Sessions of trainings with topic 'coi'"
    ),
    indicator!(
        "TT05",
        Training,
        "Số cuộc có nội dung về tặng quà, nhận quà",
        "Sessions covering gifts",
        SESSIONS,
        Trainings(TrainingValue::Sessions, Some(Topic::Gifts)),
        "Số cuộc của các cuộc có nội dung «gifts»",
        "Sessions of trainings with topic 'gifts'"
    ),
    indicator!(
        "QT01",
        Gifts,
        "Số người đã báo cáo, nộp lại quà tặng",
        "People who reported and handed over gifts",
        PERSONS,
        Surrendered(GiftValue::People),
        "Số người nhận (theo đơn vị) có quà nộp lại trong kỳ",
        "Distinct recipients (per unit) of gifts handed over in the period"
    ),
    indicator!(
        "QT02",
        Gifts,
        "Số quà tặng đã nộp lại",
        "Gifts handed over",
        GIFTS,
        Surrendered(GiftValue::Gifts),
        "Số quà có ngày nộp lại trong kỳ (dịch vụ: ngày báo cáo)",
        "Gifts handed over in the period (services: reported)"
    ),
    indicator!(
        "QT03",
        Gifts,
        "Tổng giá trị quà tặng đã nộp lại",
        "Value of gifts handed over",
        DONG,
        Surrendered(GiftValue::ValueVnd),
        "Tổng giá trị (value_vnd) của quà nộp lại trong kỳ",
        "Sum of value_vnd of gifts handed over in the period"
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
        SurrenderedLate,
        "Quà nộp lại trong kỳ sau thời hạn 05 ngày làm việc",
        "Gifts handed over in the period after the 5-working-day limit"
    ),
    indicator!(
        "QT06",
        Gifts,
        "Số người bị xử lý kỷ luật về quà tặng",
        "People disciplined over gifts",
        PERSONS,
        GiftDiscipline,
        "Quà có hình thức kỷ luật (violation.discipline)",
        "Gifts with a disciplinary measure"
    ),
    indicator!(
        "XD01",
        Conflicts,
        "Số trường hợp phát hiện có xung đột lợi ích",
        "Conflicts of interest detected",
        CASES,
        CasesKnown(&[]),
        "Vụ việc có ngày biết trong kỳ",
        "Cases known in the period"
    ),
    indicator!(
        "XD01a",
        Conflicts,
        "– Do người có xung đột lợi ích tự báo cáo",
        "– self-reported",
        CASES,
        CasesKnown(&[Source::SelfReport]),
        "Nguồn: tự báo cáo",
        "Source: self_report"
    ),
    indicator!(
        "XD01b",
        Conflicts,
        "– Do cơ quan, tổ chức, cá nhân khác thông tin",
        "– reported by others",
        CASES,
        CasesKnown(&[Source::ReportedByOthers, Source::Complaint]),
        "Nguồn: người khác thông tin, khiếu nại, tố cáo",
        "Source: reported_by_others, complaint"
    ),
    indicator!(
        "XD01c",
        Conflicts,
        "– Do người quản lý phát hiện",
        "– detected by the manager",
        CASES,
        CasesKnown(&[Source::DetectedByManager, Source::Inspection]),
        "Nguồn: người quản lý phát hiện, thanh tra, kiểm tra",
        "Source: detected_by_manager, inspection"
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
        "Vụ việc có ngày kết luận không có XĐLI trong kỳ",
        "Cases with no_conflict_on in the period"
    ),
    indicator!(
        "XD04",
        Conflicts,
        "Số người bị xử lý kỷ luật liên quan xung đột lợi ích",
        "People disciplined over conflicts of interest",
        PERSONS,
        CaseDiscipline,
        "Vụ việc kết thúc trong kỳ có hình thức kỷ luật",
        "Cases closed in the period with a discipline"
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
        "Vụ việc có quyết định đầu tiên trong kỳ sau thời hạn 05 ngày làm việc",
        "Cases whose first decision in the period came after the limit"
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
        assert_eq!(codes.last(), Some(&"XD06"));
    }
}
