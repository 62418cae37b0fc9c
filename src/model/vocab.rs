//! Closed lists of values (enums) with their YAML spelling, Vietnamese and English labels and the
//! ASCII aliases a clerk may type on the command line. One declaration gives the Rust enum, its
//! serde spelling and the [`Vocabulary`] that the schema, `check` and the command line read.

use crate::i18n::Lang;

/// One value of a closed list.
#[derive(Debug)]
pub struct Term {
    pub yaml: &'static str,
    pub vi: &'static str,
    pub en: &'static str,
    /// Vietnamese words without diacritics, for typing on the command line.
    pub aliases: &'static [&'static str],
}

impl Term {
    pub fn label(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Vi => self.vi,
            Lang::En => self.en,
        }
    }
}

impl crate::i18n::msg::Bilingual for Term {
    fn in_lang(&self, lang: Lang) -> &str {
        self.label(lang)
    }
}

/// A label as it may be typed: lower case, without diacritics (đ is d), single spaces.
pub fn plain(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    words
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'đ' { 'd' } else { c })
        .collect()
}

/// A closed list of values, as data.
#[derive(Debug)]
pub struct Vocabulary {
    pub terms: &'static [Term],
}

/// Two lists are the same list when they hold the same values, in the same order.
impl PartialEq for Vocabulary {
    fn eq(&self, other: &Vocabulary) -> bool {
        self.terms.len() == other.terms.len()
            && (self.terms.iter().zip(other.terms)).all(|(a, b)| a.yaml == b.yaml)
    }
}

impl Vocabulary {
    pub fn term(&self, yaml: &str) -> Option<&'static Term> {
        self.terms.iter().find(|t| t.yaml == yaml)
    }

    /// Reads a value as typed by a person: the YAML spelling, the same in kebab-case, an alias,
    /// in any letter case, or the label shown on screen (Vietnamese or English), with or
    /// without its diacritics: `Đã hủy`, `da huy`.
    pub fn lookup(&self, typed: &str) -> Option<&'static Term> {
        let wanted = typed.trim().to_lowercase().replace('-', "_");
        let by_name = self
            .terms
            .iter()
            .find(|t| t.yaml == wanted || t.aliases.iter().any(|a| a.replace('-', "_") == wanted));
        by_name.or_else(|| {
            let label = plain(typed);
            self.terms
                .iter()
                .find(|t| plain(t.vi) == label || plain(t.en) == label)
        })
    }

    pub fn yaml_names(&self) -> Vec<&'static str> {
        self.terms.iter().map(|t| t.yaml).collect()
    }

    /// The label of a YAML spelling, or the spelling itself when it is not in the list.
    pub fn label<'a>(&self, yaml: &'a str, lang: Lang) -> &'a str {
        match self.term(yaml) {
            Some(t) => t.label(lang),
            None => yaml,
        }
    }
}

macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $($variant:ident = $yaml:literal, $vi:literal, $en:literal, [$($alias:literal),* $(,)?];)+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $(#[serde(rename = $yaml)] $variant,)+
        }

        impl $name {
            pub const VOCABULARY: $crate::model::vocab::Vocabulary = $crate::model::vocab::Vocabulary {
                terms: &[$($crate::model::vocab::Term {
                    yaml: $yaml,
                    vi: $vi,
                    en: $en,
                    aliases: &[$($alias),*],
                }),+],
            };

            pub fn yaml(self) -> &'static str {
                match self {
                    $(Self::$variant => $yaml,)+
                }
            }

            pub fn label(self, lang: $crate::i18n::Lang) -> &'static str {
                Self::VOCABULARY.label(self.yaml(), lang)
            }

            pub fn from_yaml(s: &str) -> Option<Self> {
                match s {
                    $($yaml => Some(Self::$variant),)+
                    _ => None,
                }
            }

            /// Reads a value as a person types it (see [`Vocabulary::lookup`]); else the list
            /// it is not in.
            pub fn typed(s: &str) -> Result<Self, &'static $crate::model::vocab::Vocabulary> {
                Self::VOCABULARY
                    .lookup(s)
                    .and_then(|t| Self::from_yaml(t.yaml))
                    .ok_or(&Self::VOCABULARY)
            }

            pub fn term(self) -> &'static $crate::model::vocab::Term {
                Self::VOCABULARY.term(self.yaml()).expect("every value is in its vocabulary")
            }
        }
    };
}

vocabulary! {
    /// The situations of Decree 59/2019 Art. 29.
    pub enum SituationType {
        Art29_1 = "art29_1", "Nhận tiền, tài sản, lợi ích khác từ người có liên quan đến công việc (Đ29 k1)", "Receiving money, assets or benefits from parties related to one's work (Art. 29(1))", ["k1", "dieu29-1"];
        Art29_2 = "art29_2", "Thành lập, tham gia quản lý doanh nghiệp, hợp tác xã trái quy định (Đ29 k2)", "Founding or managing a private firm or co-operative when not allowed (Art. 29(2))", ["k2", "dieu29-2"];
        Art29_3 = "art29_3", "Tư vấn cho người khác về công việc đang giải quyết (Đ29 k3)", "Advising others on matters one handles (Art. 29(3))", ["k3", "dieu29-3"];
        Art29_4 = "art29_4", "Sử dụng thông tin có được nhờ chức vụ vì vụ lợi (Đ29 k4)", "Using information obtained through office for oneself or others (Art. 29(4))", ["k4", "dieu29-4"];
        Art29_5 = "art29_5", "Bố trí người thân vào vị trí tổ chức cán bộ, kế toán, thủ quỹ, thủ kho (Đ29 k5)", "Placing relatives in personnel, accounting, cashier or storekeeper posts (Art. 29(5))", ["k5", "dieu29-5"];
        Art29_6 = "art29_6", "Góp vốn vào doanh nghiệp thuộc ngành, nghề mình trực tiếp quản lý (Đ29 k6)", "Investing in firms of the sector one directly manages (Art. 29(6))", ["k6", "dieu29-6"];
        Art29_7 = "art29_7", "Ký kết hợp đồng với doanh nghiệp của người thân (Đ29 k7)", "Contracting with firms owned by relatives (Art. 29(7))", ["k7", "dieu29-7"];
        Art29_8 = "art29_8", "Người thân có lợi ích trực tiếp liên quan đến nhiệm vụ được giao (Đ29 k8)", "A relative has a direct interest in the task (Art. 29(8))", ["k8", "dieu29-8"];
        Art29_9 = "art29_9", "Can thiệp, tác động trái pháp luật vào hoạt động của cơ quan có thẩm quyền (Đ29 k9)", "Improperly intervening in or influencing a competent body (Art. 29(9))", ["k9", "dieu29-9"];
        Other = "other", "Tình huống khác", "Other situation", ["khac"];
    }
}

vocabulary! {
    /// How a conflict of interest became known (Law Art. 23(1)–(2), Decree 59 Art. 30).
    pub enum Source {
        SelfReport = "self_report", "Tự báo cáo", "Self-report", ["tu-bao-cao"];
        ReportedByOthers = "reported_by_others", "Cơ quan, tổ chức, cá nhân khác thông tin", "Reported by others", ["nguoi-khac-thong-tin", "thong-tin"];
        DetectedByManager = "detected_by_manager", "Người quản lý phát hiện", "Detected by the manager", ["quan-ly-phat-hien"];
        Inspection = "inspection", "Qua thanh tra, kiểm tra", "Through inspection", ["thanh-tra", "kiem-tra"];
        Complaint = "complaint", "Qua khiếu nại, tố cáo, phản ánh", "Through a complaint or denunciation", ["khieu-nai", "to-cao", "phan-anh"];
        Other = "other", "Nguồn khác", "Other source", ["khac"];
    }
}

vocabulary! {
    /// Degree of impact of the conflict (Decree 59 Art. 30).
    pub enum Impact {
        Actual = "actual", "Đã ảnh hưởng", "Actual", ["da-anh-huong", "thuc-te"];
        Potential = "potential", "Có thể ảnh hưởng", "Potential", ["co-the-anh-huong", "tiem-an"];
    }
}

vocabulary! {
    /// Control measures (Law Art. 23(3); Decree 59 Arts 32–34).
    pub enum MeasureKind {
        Supervision = "supervision", "Giám sát", "Supervision", ["giam-sat"];
        TemporarySuspension = "temporary_suspension", "Tạm đình chỉ công tác", "Temporary suspension", ["tam-dinh-chi"];
        Suspension = "suspension", "Đình chỉ công tác", "Suspension", ["dinh-chi"];
        TemporaryTransfer = "temporary_transfer", "Tạm thời chuyển vị trí công tác khác", "Temporary transfer", ["tam-chuyen-vi-tri", "chuyen-vi-tri"];
        OtherHandling = "other_handling", "Biện pháp khác theo quy định", "Other legal handling", ["bien-phap-khac", "khac"];
    }
}

impl MeasureKind {
    /// Whether the measure takes the person off their task until a decision ends it (Decree
    /// 59/2019 Arts 32–34, 47): such a measure is ended on record, never left to lapse.
    pub fn must_be_ended(self) -> bool {
        matches!(
            self,
            MeasureKind::TemporarySuspension
                | MeasureKind::Suspension
                | MeasureKind::TemporaryTransfer
        )
    }

    /// A temporary suspension or temporary transfer (Decree 59/2019 Arts 46–49): 90 days from
    /// the decision at most, then cancelled and the cancellation made public.
    pub fn is_temporary(self) -> bool {
        matches!(
            self,
            MeasureKind::TemporarySuspension | MeasureKind::TemporaryTransfer
        )
    }
}

vocabulary! {
    /// How the cancellation of a temporary measure is made public (Decree 59/2019 Art. 49).
    pub enum PublicationForm {
        Meeting = "meeting", "Công bố tại cuộc họp", "Announced at a meeting", ["cuoc-hop", "hop"];
        Posting = "posting", "Niêm yết tại trụ sở 15 ngày liên tục", "Posted at the office for 15 consecutive days", ["niem-yet"];
    }
}

vocabulary! {
    /// What an event of a record's history did, as the clerk reads it in `show` and `log`.
    pub enum Action {
        Created = "created", "Tạo hồ sơ", "Created", [];
        Decide = "decide", "Quyết định xử lý", "Decision", [];
        Notify = "notify", "Thông báo", "Notice", [];
        EndMeasure = "end-measure", "Kết thúc biện pháp", "Measure ended", [];
        CancelMeasure = "cancel-measure", "Hủy bỏ quyết định", "Measure cancelled", [];
        PublishCancellation = "publish-cancellation", "Công khai quyết định hủy bỏ", "Cancellation made public", [];
        Close = "close", "Kết thúc vụ việc", "Closed", [];
        Handover = "handover", "Nộp lại quà", "Handed over", [];
        Handle = "handle", "Xử lý quà", "Handled", [];
        Conclude = "conclude", "Kết luận kiểm tra", "Concluded", [];
        Void = "void", "Hủy hồ sơ", "Voided", [];
        Edited = "edited", "Sửa hồ sơ", "Edited", [];
        Renumbered = "renumbered", "Đánh số lại (số cũ)", "Renumbered (old number)", [];
        Published = "published", "Đánh số chính thức (mã tạm)", "Published (provisional ID)", [];
    }
}

vocabulary! {
    /// How a case ended.
    pub enum CaseOutcome {
        ConflictEnded = "conflict_ended", "Đã chấm dứt xung đột lợi ích", "Conflict ended", ["het-xung-dot", "cham-dut"];
        ViolationHandled = "violation_handled", "Đã xử lý vi phạm", "Violation handled", ["da-xu-ly-vi-pham", "xu-ly-vi-pham"];
        NoConflict = "no_conflict", "Không có xung đột lợi ích", "No conflict of interest", ["khong-xung-dot"];
    }
}

vocabulary! {
    /// Disciplinary forms (Decree 59 Art. 84 and the laws on officials).
    pub enum Discipline {
        None = "none", "Không kỷ luật", "None", ["khong"];
        Reprimand = "reprimand", "Khiển trách", "Reprimand", ["khien-trach"];
        Warning = "warning", "Cảnh cáo", "Warning", ["canh-cao"];
        Demotion = "demotion", "Hạ bậc lương, giáng chức", "Demotion", ["ha-bac-luong", "giang-chuc"];
        Dismissal = "dismissal", "Buộc thôi việc", "Dismissal", ["buoc-thoi-viec"];
        Removal = "removal", "Cách chức", "Removal from post", ["cach-chuc"];
        CriminalReferral = "criminal_referral", "Chuyển cơ quan điều tra", "Referred for criminal prosecution", ["chuyen-dieu-tra", "hinh-su"];
    }
}

vocabulary! {
    /// Who received a gift.
    pub enum RecipientType {
        Individual = "individual", "Cá nhân", "Individual", ["ca-nhan"];
        Agency = "agency", "Cơ quan, đơn vị", "Agency", ["co-quan", "don-vi"];
    }
}

vocabulary! {
    /// Kinds of gift, which decide how it is handled (Decree 59 Art. 27).
    pub enum GiftKind {
        Cash = "cash", "Tiền", "Cash", ["tien-mat", "tien"];
        ValuablePapers = "valuable_papers", "Giấy tờ có giá", "Valuable papers", ["giay-to-co-gia"];
        Goods = "goods", "Hiện vật", "Goods", ["hien-vat"];
        Service = "service", "Dịch vụ", "Service", ["dich-vu"];
        Perishable = "perishable", "Động vật, thực vật, thực phẩm tươi sống", "Perishables", ["tuoi-song", "thuc-pham"];
    }
}

vocabulary! {
    /// How a gift's value was set (Decree 59 Art. 27(2)).
    pub enum Valuation {
        Declared = "declared", "Theo kê khai", "As declared", ["ke-khai", "tu-khai"];
        GiverPrice = "giver_price", "Giá do người tặng quà xác định", "Giver's price", ["gia-nguoi-tang"];
        MarketPrice = "market_price", "Giá thị trường", "Market price", ["gia-thi-truong"];
        Appraisal = "appraisal", "Thẩm định giá", "Price appraisal", ["tham-dinh-gia", "tham-dinh"];
    }
}

vocabulary! {
    /// What was done with a handed-over gift (Decree 59 Art. 27). There is deliberately no
    /// "returned to giver" and no "kept by the unit": the law has neither.
    pub enum HandlingOutcome {
        StateBudget = "state_budget", "Nộp ngân sách nhà nước", "Paid into the state budget", ["nop-ngan-sach", "ngan-sach"];
        PublicSale = "public_sale", "Bán công khai, nộp ngân sách", "Sold publicly, proceeds to the budget", ["ban-cong-khai", "ban-dau-gia"];
        ServiceDeclined = "service_declined", "Thông báo không sử dụng dịch vụ", "Service declined", ["tu-choi-dich-vu", "khong-su-dung"];
        PerishableHandled = "perishable_handled", "Xử lý như tang vật vi phạm hành chính", "Handled as perishables", ["xu-ly-tuoi-song"];
        Escalated = "escalated", "Chuyển cấp có thẩm quyền xử lý", "Referred to the competent level", ["chuyen-cap-tren", "chuyen-xu-ly"];
    }
}

vocabulary! {
    /// Forms of propagation and training.
    pub enum TrainingForm {
        Conference = "conference", "Hội nghị", "Conference", ["hoi-nghi"];
        Course = "course", "Lớp tập huấn, bồi dưỡng", "Training course", ["tap-huan", "lop"];
        Integrated = "integrated", "Lồng ghép trong cuộc họp", "Integrated in a meeting", ["long-ghep"];
        Publication = "publication", "Phát hành tài liệu", "Publication", ["tai-lieu", "an-pham"];
        Online = "online", "Trực tuyến, trang thông tin điện tử", "Online", ["truc-tuyen"];
        Contest = "contest", "Hội thi, cuộc thi", "Contest", ["hoi-thi", "cuoc-thi"];
        Other = "other", "Hình thức khác", "Other", ["khac"];
    }
}

vocabulary! {
    /// Topics covered by a session.
    pub enum Topic {
        AntiCorruptionLaw = "anti_corruption_law", "Pháp luật phòng, chống tham nhũng", "Anti-corruption law", ["luat-pctn", "pctn"];
        Coi = "coi", "Kiểm soát xung đột lợi ích", "Conflict-of-interest control", ["xdli", "xung-dot-loi-ich"];
        Gifts = "gifts", "Tặng quà, nhận quà", "Gifts", ["qua-tang"];
        CodeOfConduct = "code_of_conduct", "Quy tắc ứng xử", "Code of conduct", ["quy-tac-ung-xu"];
        AssetDeclaration = "asset_declaration", "Kê khai tài sản, thu nhập", "Asset declaration", ["ke-khai-tai-san"];
        JobRotation = "job_rotation", "Chuyển đổi vị trí công tác", "Job rotation", ["chuyen-doi-vi-tri"];
        Other = "other", "Nội dung khác", "Other", ["khac"];
    }
}

vocabulary! {
    /// Who a session was for.
    pub enum Audience {
        Officials = "officials", "Cán bộ, công chức, viên chức", "Officials", ["cong-chuc", "can-bo"];
        Employees = "employees", "Người lao động", "Employees", ["nguoi-lao-dong"];
        Specialists = "specialists", "Người làm công tác kiểm soát tài sản, thu nhập, xung đột lợi ích", "Staff who do the control work", ["chuyen-sau", "nghiep-vu"];
        Enterprises = "enterprises", "Doanh nghiệp", "Enterprises", ["doanh-nghiep"];
        Public = "public", "Nhân dân", "The public", ["nhan-dan", "nguoi-dan"];
    }
}

vocabulary! {
    /// Where a case stands, derived from its facts, never stored.
    pub enum CaseStatus {
        AwaitingDecision = "awaiting_decision", "Chờ quyết định", "Awaiting decision", ["cho-quyet-dinh"];
        UnderMeasure = "under_measure", "Đang áp dụng biện pháp", "Under measure", ["dang-ap-dung"];
        MeasureEnded = "measure_ended", "Đã kết thúc biện pháp", "Measure ended", ["het-bien-phap"];
        NoConflict = "no_conflict", "Không có xung đột lợi ích", "No conflict found", ["khong-xung-dot"];
        Closed = "closed", "Đã kết thúc vụ việc", "Closed", ["da-ket-thuc", "dong"];
        Void = "void", "Đã hủy", "Void", ["da-huy", "huy"];
    }
}

vocabulary! {
    /// Where a gift report stands, derived from its facts.
    pub enum GiftStatus {
        AwaitingHandover = "awaiting_handover", "Chờ nộp lại", "Awaiting hand-over", ["cho-nop-lai"];
        AwaitingHandling = "awaiting_handling", "Chờ xử lý", "Awaiting handling", ["cho-xu-ly"];
        Handled = "handled", "Đã xử lý", "Handled", ["da-xu-ly"];
        Void = "void", "Đã hủy", "Void", ["da-huy", "huy"];
    }
}

vocabulary! {
    /// Where a training session stands, derived from its dates.
    pub enum TrainingStatus {
        Planned = "planned", "Sắp tổ chức", "Planned", ["sap-to-chuc"];
        Held = "held", "Đã tổ chức", "Held", ["da-to-chuc"];
        Void = "void", "Đã hủy", "Void", ["da-huy", "huy"];
    }
}

vocabulary! {
    /// How an inspection of public duty came about (seed II.4).
    pub enum InspectionKind {
        Scheduled = "scheduled", "Kiểm tra theo kế hoạch", "Scheduled inspection", ["theo-ke-hoach", "dinh-ky"];
        Unscheduled = "unscheduled", "Kiểm tra đột xuất", "Unscheduled inspection", ["dot-xuat"];
        Supervision = "supervision", "Giám sát thường xuyên", "Ongoing supervision", ["giam-sat"];
        SelfCheck = "self_check", "Tự kiểm tra", "Self-check", ["tu-kiem-tra"];
    }
}

vocabulary! {
    /// Where an inspection stands, derived from its facts, never stored.
    pub enum InspectionStatus {
        Planned = "planned", "Sắp tiến hành", "Planned", ["sap-tien-hanh"];
        Ongoing = "ongoing", "Đang kiểm tra", "Ongoing", ["dang-kiem-tra"];
        Concluded = "concluded", "Đã kết luận", "Concluded", ["da-ket-luan"];
        Void = "void", "Đã hủy", "Void", ["da-huy", "huy"];
    }
}

vocabulary! {
    /// What a step of the plan other than training, inspection or a case was.
    pub enum ActionKind {
        Dissemination = "dissemination", "Phổ biến, quán triệt kế hoạch", "Dissemination of the plan", ["pho-bien", "quan-triet"];
        RuleReview = "rule_review", "Rà soát, hoàn thiện quy định nội bộ", "Review of internal rules", ["ra-soat", "quy-dinh"];
        SituationMap = "situation_map", "Nhận diện tình huống xung đột lợi ích theo vị trí", "Conflict situations per position", ["nhan-dien", "tinh-huong"];
        FocalPoint = "focal_point", "Phân công đầu mối giám sát", "Supervision focal point named", ["dau-moi"];
        ResponsibilityReview = "responsibility_review", "Xem xét trách nhiệm người đứng đầu, trách nhiệm liên đới", "Review of the head's responsibility", ["trach-nhiem"];
        Other = "other", "Hoạt động khác", "Other", ["khac"];
    }
}

vocabulary! {
    /// Where an action stands, derived from its facts, never stored.
    pub enum ActionStatus {
        Done = "done", "Đã thực hiện", "Done", ["da-thuc-hien"];
        Void = "void", "Đã hủy", "Void", ["da-huy", "huy"];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_takes_yaml_kebab_alias_and_case() {
        let v = &MeasureKind::VOCABULARY;
        assert_eq!(
            v.lookup("temporary_suspension").unwrap().yaml,
            "temporary_suspension"
        );
        assert_eq!(
            v.lookup("Temporary-Suspension").unwrap().yaml,
            "temporary_suspension"
        );
        assert_eq!(v.lookup("giam-sat").unwrap().yaml, "supervision");
        assert!(v.lookup("returned").is_none());
    }

    #[test]
    fn aliases_are_unique_within_each_vocabulary() {
        for v in [
            &SituationType::VOCABULARY,
            &Source::VOCABULARY,
            &Impact::VOCABULARY,
            &MeasureKind::VOCABULARY,
            &PublicationForm::VOCABULARY,
            &CaseOutcome::VOCABULARY,
            &Discipline::VOCABULARY,
            &RecipientType::VOCABULARY,
            &GiftKind::VOCABULARY,
            &Valuation::VOCABULARY,
            &HandlingOutcome::VOCABULARY,
            &TrainingForm::VOCABULARY,
            &Topic::VOCABULARY,
            &Audience::VOCABULARY,
            &InspectionKind::VOCABULARY,
            &ActionKind::VOCABULARY,
        ] {
            let mut seen = std::collections::HashSet::new();
            for t in v.terms {
                assert!(seen.insert(t.yaml.replace('_', "-")), "{}", t.yaml);
                for a in t.aliases {
                    assert!(seen.insert(a.to_string()), "alias {a} repeats");
                }
            }
        }
    }

    #[test]
    fn the_labels_on_screen_are_read_too_with_or_without_diacritics() {
        let v = &CaseStatus::VOCABULARY;
        for typed in ["Đã hủy", "đã  hủy", "DA HUY", "Void"] {
            assert_eq!(v.lookup(typed).map(|t| t.yaml), Some("void"), "{typed}");
        }
        assert_eq!(
            v.lookup("Chờ quyết định").map(|t| t.yaml),
            Some("awaiting_decision")
        );
        assert_eq!(
            SituationType::VOCABULARY.lookup("k8").map(|t| t.yaml),
            Some("art29_8")
        );
        assert!(v.lookup("Đã hủy bỏ").is_none());
    }

    #[test]
    fn no_two_labels_of_a_list_read_alike() {
        for v in [
            &SituationType::VOCABULARY,
            &Source::VOCABULARY,
            &MeasureKind::VOCABULARY,
            &PublicationForm::VOCABULARY,
            &CaseOutcome::VOCABULARY,
            &Discipline::VOCABULARY,
            &GiftKind::VOCABULARY,
            &HandlingOutcome::VOCABULARY,
            &TrainingForm::VOCABULARY,
            &Topic::VOCABULARY,
            &Audience::VOCABULARY,
            &InspectionKind::VOCABULARY,
            &ActionKind::VOCABULARY,
            &CaseStatus::VOCABULARY,
            &TrainingStatus::VOCABULARY,
        ] {
            for t in v.terms {
                for label in [t.vi, t.en] {
                    assert_eq!(v.lookup(label).map(|x| x.yaml), Some(t.yaml), "{label}");
                }
            }
        }
    }

    #[test]
    fn there_is_no_return_or_keep_outcome_for_gifts() {
        for word in ["returned", "return", "kept", "keep"] {
            assert!(HandlingOutcome::VOCABULARY.lookup(word).is_none());
        }
    }
}
