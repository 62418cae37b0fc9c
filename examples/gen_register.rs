//! Builds a synthetic register of N records for trying `coi` at scale:
//!
//! ```sh
//! cargo run --release --example gen_register -- --records 10000 --seed 1 /tmp/reg-10k
//! ```
//!
//! The records are mixed across kinds (cases, gifts, trainings), units, years (2025–2027) and
//! lifecycle states, and are written exactly as `coi` writes them (the library's canonical
//! YAML, one file per record at its ID's path, a `created` event in each history). Dates follow
//! the procedure, so `coi check` finds no errors; a few steps are done late on purpose, which
//! `check` reports as warnings. The same seed always gives a byte-identical tree. Every date of
//! something that has happened is on or before the register's today, 31/12/2028 (the last step
//! of a record of 2027 comes at most some seven months after it): check it with
//! `COI_NOW=2028-12-31`, or `check` warns of dates after today (plans, such as a measure's
//! `until` or a training's days, may lie ahead).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{DateTime, Datelike, Days, FixedOffset, NaiveDate, TimeZone};

use coi::model::case::{Closure, Measure, Reporter};
use coi::model::gift::{Giver, Handling, Violation};
use coi::model::settings::{Config, Unit};
use coi::model::values::normalize_text;
use coi::model::vocab::{
    Audience, CaseOutcome, Discipline, GiftKind, HandlingOutcome, Impact, MeasureKind,
    PublicationForm, RecipientType, SituationType, Source, Topic, TrainingForm, Valuation,
};
use coi::model::{Case, Event, Gift, Kind, Person, RecordId, Training, Vnd, Void};
use coi::rules::calendar::Calendar;
use coi::yaml::{record_yaml, to_yaml};

/// What `coi init` puts above the settings of `coi.yaml`.
const CONFIG_HEADER: &str =
    "# Sổ kiểm soát xung đột lợi ích (coi). Sửa tệp này bằng tay được; xem README.\n";

const YEARS: [i32; 3] = [2025, 2026, 2027];

const UNITS: &[(&str, &str)] = &[
    ("VP", "Văn phòng"),
    ("QLDT", "Phòng Quản lý đầu tư"),
    ("QLDN", "Phòng Quản lý doanh nghiệp"),
    ("QHXD", "Phòng Quản lý quy hoạch và xây dựng"),
    ("TNMT", "Phòng Quản lý tài nguyên và môi trường"),
    (
        "TTHT",
        "Trung tâm Phát triển hạ tầng và Dịch vụ khu kinh tế",
    ),
    ("TTRA", "Thanh tra Ban"),
    ("KHTC", "Phòng Kế hoạch – Tài chính"),
];

const FAMILY: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh", "Lương", "Mai",
];
const MIDDLE: &[&str] = &[
    "Văn", "Thị", "Minh", "Quốc", "Thu", "Hoàng", "Ngọc", "Đức", "Thanh", "Kim", "Hữu", "Mỹ",
];
const GIVEN: &[&str] = &[
    "An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hằng", "Hạnh", "Hùng", "Hương", "Khoa", "Lan",
    "Linh", "Long", "Mai", "Nam", "Nga", "Nghĩa", "Oanh", "Phúc", "Quân", "Sơn", "Tâm", "Thảo",
    "Thắng", "Trang", "Tuấn", "Vinh", "Yến", "Ánh",
];
const POSITIONS: &[&str] = &[
    "Chuyên viên",
    "Chuyên viên chính",
    "Phó Trưởng phòng",
    "Trưởng phòng",
    "Kế toán viên",
    "Cán sự",
];
const COMPANIES: &[&str] = &[
    "Công ty TNHH May mặc Phúc Thịnh",
    "Công ty CP Chế biến thủy sản Biển Xanh",
    "Công ty TNHH Gỗ nội thất Minh Long",
    "Công ty CP Đầu tư hạ tầng Tân Hưng",
    "Công ty TNHH Cơ khí chính xác Hòa Phát Bình Hải",
    "Công ty CP Logistics Cảng Nam",
    "Công ty TNHH Điện tử Sao Việt",
    "Công ty CP Xây dựng và Thương mại Hải Long",
];
const SITUATIONS: &[&str] = &[
    "Người thân làm việc tại doanh nghiệp có hồ sơ do công chức trực tiếp thẩm định.",
    "Công chức được giao kiểm tra dự án của doanh nghiệp mà vợ có góp vốn.",
    "Công chức tư vấn cho doanh nghiệp về thủ tục đang do chính mình giải quyết.",
    "Em ruột làm giám đốc doanh nghiệp có hồ sơ đề nghị điều chỉnh giấy chứng nhận đầu tư.",
    "Công chức tham gia tổ thẩm định giá đất của dự án do người thân làm chủ đầu tư.",
    "Theo phản ánh, công chức nhận lời mời đi nghỉ dưỡng do doanh nghiệp đang được kiểm tra chi trả.",
];
const GIFT_DESCRIPTIONS: &[(GiftKind, &str)] = &[
    (GiftKind::Cash, "Phong bì đựng tiền mặt"),
    (GiftKind::ValuablePapers, "Thẻ quà tặng mua sắm có mệnh giá"),
    (GiftKind::Goods, "Hộp rượu vang và bộ ấm chén sứ"),
    (GiftKind::Goods, "Máy tính bảng còn nguyên hộp"),
    (
        GiftKind::Service,
        "Phiếu nghỉ dưỡng 02 đêm tại khu nghỉ dưỡng ven biển",
    ),
    (GiftKind::Perishable, "Giỏ trái cây và hải sản tươi sống"),
];
const TRAINING_TITLES: &[&str] = &[
    "Hội nghị quán triệt Kế hoạch kiểm soát xung đột lợi ích",
    "Lớp tập huấn về tặng quà, nhận quà và nộp lại quà tặng",
    "Phổ biến Luật Phòng, chống tham nhũng và Nghị định 59/2019/NĐ-CP",
    "Lồng ghép quy tắc ứng xử trong cuộc họp giao ban",
    "Phát hành tài liệu hỏi đáp về kê khai tài sản, thu nhập",
    "Hội thi tìm hiểu pháp luật phòng, chống tham nhũng",
];
const CLERKS: &[&str] = &[
    "Nguyễn Thị Phương Thảo",
    "Lê Quang Vinh",
    "Đặng Thị Hồng Nhung",
];

/// The choices a register is made of, drawn from a seeded generator: the same seed, the same
/// register.
struct Rng(fastrand::Rng);

impl Rng {
    /// A number in `0..n`.
    fn below(&mut self, n: u64) -> u64 {
        self.0.u64(..n)
    }

    /// A number in `lo..=hi`.
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        self.0.u64(lo..=hi)
    }

    /// True with probability `percent` / 100.
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

struct Gen<'a> {
    rng: Rng,
    cal: &'a Calendar,
}

impl Gen<'_> {
    fn name(&mut self) -> String {
        let (f, m, g) = (
            *self.rng.pick(FAMILY),
            *self.rng.pick(MIDDLE),
            *self.rng.pick(GIVEN),
        );
        normalize_text(&format!("{f} {m} {g}"))
    }

    /// One of the texts, as `coi` stores text.
    fn text(&mut self, texts: &[&str]) -> String {
        let text: &&str = self.rng.pick(texts);
        normalize_text(text)
    }

    fn unit(&mut self) -> &'static str {
        self.rng.pick(UNITS).0
    }

    fn position(&mut self, unit: &str) -> String {
        let p = *self.rng.pick(POSITIONS);
        let name = UNITS
            .iter()
            .find(|(c, _)| *c == unit)
            .map_or("", |(_, n)| n);
        normalize_text(&format!("{p} {name}"))
    }

    fn day_in(&mut self, year: i32) -> NaiveDate {
        let first = NaiveDate::from_ymd_opt(year, 1, 1).expect("a valid year");
        first + Days::new(self.rng.below(365))
    }

    /// A step due within `limit` working days of `start`: mostly on time, sometimes late.
    fn step(&mut self, start: NaiveDate, limit: u32) -> NaiveDate {
        let n = if self.rng.chance(4) {
            self.rng.range(u64::from(limit) + 1, u64::from(limit) + 6) as u32
        } else {
            self.rng.range(0, u64::from(limit)) as u32
        };
        self.cal.add_working_days(start, n)
    }

    /// A few days after `start`, with no legal limit.
    fn after(&mut self, start: NaiveDate, lo: u64, hi: u64) -> NaiveDate {
        start + Days::new(self.rng.range(lo, hi))
    }

    fn created(&mut self, last: NaiveDate) -> Vec<Event> {
        let vietnam = FixedOffset::east_opt(7 * 3600).expect("UTC+7");
        let hour = self.rng.range(8, 16) as u32;
        let minute = (self.rng.below(4) * 15) as u32;
        let at: DateTime<FixedOffset> = vietnam
            .from_local_datetime(&last.and_hms_opt(hour, minute, 0).expect("a valid time"))
            .single()
            .expect("a fixed offset has one local time");
        vec![Event {
            at,
            by: self.text(CLERKS),
            action: "created".to_string(),
            note: None,
        }]
    }

    fn void(&mut self, after: NaiveDate) -> Option<Void> {
        Some(Void {
            on: self.after(after, 1, 20),
            reason: normalize_text("Nhập trùng với hồ sơ khác, hủy theo đề nghị của đơn vị"),
        })
    }

    fn case(&mut self, key: NaiveDate) -> Case {
        let unit = self.unit().to_string();
        let source = *self.rng.pick(&[
            Source::SelfReport,
            Source::SelfReport,
            Source::ReportedByOthers,
            Source::DetectedByManager,
            Source::Inspection,
            Source::Complaint,
        ]);
        let reporter = (source != Source::SelfReport).then(|| Reporter {
            name: self.rng.chance(60).then(|| self.name()),
            organization: Some(self.text(COMPANIES)),
        });
        let known_on = key;
        let occurred_on = self
            .rng
            .chance(50)
            .then(|| known_on - Days::new(self.rng.range(0, 30)));
        let reported_on = self.step(known_on, 5);
        let received_on = self.after(reported_on, 0, 1);
        let mut c = Case {
            id: RecordId::new(Kind::Case, key.year(), 1),
            aliases: Vec::new(),
            person: Person {
                name: self.name(),
                position: Some(self.position(&unit)),
                code: None,
            },
            unit,
            situation_type: *self.rng.pick(&[
                SituationType::Art29_1,
                SituationType::Art29_3,
                SituationType::Art29_4,
                SituationType::Art29_6,
                SituationType::Art29_7,
                SituationType::Art29_8,
                SituationType::Other,
            ]),
            situation: self.text(SITUATIONS),
            source,
            reporter,
            occurred_on,
            known_on,
            reported_on: Some(reported_on),
            received_on: Some(received_on),
            impact: Some(*self.rng.pick(&[Impact::Actual, Impact::Potential])),
            // What the written report states (Decree 59 Art. 30): always given, as the clerk
            // copies it from the report.
            proposed_measure: Some(normalize_text(
                "Giám sát việc thực hiện nhiệm vụ; báo cáo định kỳ.",
            )),
            measures: Vec::new(),
            no_conflict_on: None,
            notified_on: None,
            closed: None,
            inspection: None,
            plan_task: None,
            note: None,
            void: None,
            conflicts: Vec::new(),
            history: Vec::new(),
        };
        let mut last = received_on;
        // 0 awaiting decision, 1 under measure, 2 measure ended, 3 no conflict, 4 closed, 5 void.
        let state = *self.rng.pick(&[0, 1, 1, 2, 3, 4, 4, 4, 5]);
        if state == 5 {
            c.void = self.void(received_on);
            last = c.void.as_ref().map_or(last, |v| v.on);
        } else if state == 3 || (state == 4 && self.rng.chance(25)) {
            let on = self.step(received_on, 5);
            c.no_conflict_on = Some(on);
            let notified = self.step(on, 5);
            c.notified_on = Some(notified);
            last = notified;
            if state == 4 {
                let closed = self.after(notified, 0, 10);
                c.closed = Some(Closure {
                    on: closed,
                    outcome: CaseOutcome::NoConflict,
                    discipline: None,
                    head_responsibility: None,
                });
                last = closed;
            }
        } else if state != 0 {
            let kind = *self.rng.pick(&[
                MeasureKind::Supervision,
                MeasureKind::Supervision,
                MeasureKind::TemporarySuspension,
                MeasureKind::TemporaryTransfer,
                MeasureKind::OtherHandling,
            ]);
            let decided_on = self.step(received_on, 5);
            let from = self.after(decided_on, 0, 3);
            let temporary = matches!(
                kind,
                MeasureKind::TemporarySuspension | MeasureKind::TemporaryTransfer
            );
            let until = self.after(from, 30, if temporary { 90 } else { 180 });
            // A temporary measure runs 90 days from its decision at most (Decree 59/2019
            // Art. 47): its `until` never passes that term, wherever it starts.
            let term = self.cal.add_days(decided_on, 90);
            let until = if temporary { until.min(term) } else { until };
            let ended = state >= 2;
            let ended_on = ended.then(|| {
                if temporary && self.rng.chance(5) {
                    from + Days::new(self.rng.range(91, 95))
                } else {
                    until
                }
            });
            // An ended temporary measure is cancelled within 5 working days of its term or end
            // (Art. 48), and the cancellation made public within 5 more (Art. 49).
            let cancelled_on = (temporary && ended)
                .then(|| ended_on.map(|e| e.min(term)))
                .flatten()
                .map(|start| self.step(start, 5));
            let published_on = cancelled_on.map(|c| self.step(c, 5));
            let publication = published_on.map(|_| {
                *self
                    .rng
                    .pick(&[PublicationForm::Meeting, PublicationForm::Posting])
            });
            c.measures.push(Measure {
                kind,
                decided_on,
                decision_no: Some(format!("Quyết định số {}/QĐ-BQL", self.rng.range(1, 400))),
                supervisor: (kind == MeasureKind::Supervision).then(|| self.name()),
                from: Some(from),
                until: Some(until),
                ended_on,
                cancelled_on,
                cancellation_no: cancelled_on
                    .map(|_| format!("Quyết định số {}/QĐ-BQL", self.rng.range(1, 400))),
                published_on,
                publication,
            });
            let notified = self.step(decided_on, 5);
            c.notified_on = Some(notified);
            last = (ended_on.into_iter())
                .chain(cancelled_on)
                .chain(published_on)
                .fold(notified, NaiveDate::max);
            if state == 4 {
                let closed = self.after(last, 0, 15);
                let outcome = if self.rng.chance(60) {
                    CaseOutcome::ConflictEnded
                } else {
                    CaseOutcome::ViolationHandled
                };
                let discipline = (outcome == CaseOutcome::ViolationHandled).then(|| {
                    *self.rng.pick(&[
                        Discipline::Reprimand,
                        Discipline::Warning,
                        Discipline::Demotion,
                        Discipline::None,
                    ])
                });
                c.closed = Some(Closure {
                    on: closed,
                    outcome,
                    discipline,
                    head_responsibility: None,
                });
                last = closed;
            }
        }
        c.history = self.created(last);
        c
    }

    fn gift(&mut self, key: NaiveDate) -> Gift {
        let unit = self.unit().to_string();
        let (kind, description) = *self.rng.pick(GIFT_DESCRIPTIONS);
        let agency = self.rng.chance(10);
        let value = match kind {
            GiftKind::Cash | GiftKind::ValuablePapers => self.rng.range(1, 40) * 500_000,
            GiftKind::Goods => self.rng.range(1, 60) * 250_000,
            GiftKind::Service => self.rng.range(2, 30) * 1_000_000,
            GiftKind::Perishable => self.rng.range(2, 20) * 100_000,
        };
        let received_on = key;
        let mut g = Gift {
            id: RecordId::new(Kind::Gift, key.year(), 1),
            aliases: Vec::new(),
            recipient_type: agency.then_some(RecipientType::Agency),
            recipient: (!agency).then(|| Person {
                name: self.name(),
                position: Some(self.position(&unit)),
                code: None,
            }),
            unit,
            received_on,
            // What the written report states (Decree 59 Art. 26): always given, as the clerk
            // copies it from the report.
            place: Some(normalize_text("Phòng làm việc, trụ sở Ban Quản lý")),
            circumstances: Some(normalize_text(
                "Đại diện doanh nghiệp để lại quà sau buổi làm việc, không thể từ chối trực tiếp.",
            )),
            giver: Giver {
                name: self.name(),
                position: Some("Giám đốc".to_string()),
                organization: Some(self.text(COMPANIES)),
                address: Some(normalize_text("Khu công nghiệp Phú Hà")),
            },
            relationship: Some(normalize_text("Doanh nghiệp có hồ sơ do đơn vị giải quyết")),
            related_to_duty: Some(self.rng.chance(80)),
            kind,
            description: normalize_text(description),
            value_vnd: Vnd(value),
            valuation: Some(*self.rng.pick(&[
                Valuation::Declared,
                Valuation::MarketPrice,
                Valuation::GiverPrice,
            ])),
            reported_on: None,
            handed_over_on: None,
            handling: None,
            giver_notified_on: None,
            violation: None,
            plan_task: None,
            note: None,
            void: None,
            conflicts: Vec::new(),
            history: Vec::new(),
        };
        let mut last = received_on;
        // 0 awaiting hand-over, 1 awaiting handling, 2 handled (in stages for a sale), 3 void.
        let state = *self.rng.pick(&[0, 1, 1, 2, 2, 2, 2, 2, 3]);
        if state == 3 {
            g.void = self.void(received_on);
            last = g.void.as_ref().map_or(last, |v| v.on);
            g.history = self.created(last);
            return g;
        }
        let service = kind == GiftKind::Service;
        if service {
            let reported = self.step(received_on, 5);
            g.reported_on = Some(reported);
            last = reported;
        } else if state >= 1 {
            let handed = self.step(received_on, 5);
            g.reported_on = Some(self.after(received_on, 0, 1).min(handed));
            g.handed_over_on = Some(handed);
            last = handed;
        }
        if state == 2 {
            let decided_on = self.after(last, 0, 5);
            let outcome = match kind {
                GiftKind::Cash | GiftKind::ValuablePapers => HandlingOutcome::StateBudget,
                GiftKind::Goods => HandlingOutcome::PublicSale,
                GiftKind::Service => HandlingOutcome::ServiceDeclined,
                GiftKind::Perishable => *self.rng.pick(&[
                    HandlingOutcome::PerishableHandled,
                    HandlingOutcome::Escalated,
                ]),
            };
            let mut h = Handling {
                outcome,
                decided_on,
                sold_on: None,
                proceeds_vnd: None,
                costs_vnd: None,
                paid_to_budget_on: None,
                budget_amount_vnd: None,
                voucher_no: None,
            };
            last = decided_on;
            let voucher = |rng: &mut Rng, on: NaiveDate| {
                Some(format!(
                    "Giấy nộp tiền vào ngân sách nhà nước số {:07} ngày {}",
                    rng.range(1, 9_999_999),
                    on.format("%d/%m/%Y")
                ))
            };
            match outcome {
                HandlingOutcome::StateBudget => {
                    let paid = self.after(decided_on, 0, 7);
                    h.paid_to_budget_on = Some(paid);
                    h.budget_amount_vnd = Some(Vnd(value));
                    h.voucher_no = voucher(&mut self.rng, paid);
                    last = paid;
                }
                HandlingOutcome::PublicSale => {
                    // A sale is recorded in stages: decided, sold, paid.
                    let stage = self.rng.below(3);
                    if stage >= 1 {
                        let sold = self.after(decided_on, 5, 40);
                        let proceeds = value / 100 * self.rng.range(60, 110);
                        let costs = proceeds / 100 * self.rng.range(0, 10);
                        h.sold_on = Some(sold);
                        h.proceeds_vnd = Some(Vnd(proceeds));
                        h.costs_vnd = Some(Vnd(costs));
                        last = sold;
                        if stage == 2 {
                            let paid = if self.rng.chance(4) {
                                self.after(sold, 31, 40)
                            } else {
                                self.after(sold, 1, 30)
                            };
                            h.paid_to_budget_on = Some(paid);
                            h.budget_amount_vnd = Some(Vnd(proceeds - costs));
                            h.voucher_no = voucher(&mut self.rng, paid);
                            last = paid;
                        }
                    }
                }
                _ => {}
            }
            g.handling = Some(h);
            if self.rng.chance(70) {
                let notified = self.step(decided_on, 5);
                g.giver_notified_on = Some(notified);
                last = last.max(notified);
            }
            if self.rng.chance(3) {
                g.violation = Some(Violation {
                    discipline: Some(Discipline::Reprimand),
                    note: Some(normalize_text("Chậm báo cáo việc nhận quà tặng")),
                });
            }
        }
        g.history = self.created(last);
        g
    }

    fn training(&mut self, key: NaiveDate) -> Training {
        let title = *self.rng.pick(TRAINING_TITLES);
        let form = *self.rng.pick(&[
            TrainingForm::Conference,
            TrainingForm::Course,
            TrainingForm::Integrated,
            TrainingForm::Publication,
            TrainingForm::Online,
            TrainingForm::Contest,
        ]);
        let all = [
            Topic::AntiCorruptionLaw,
            Topic::Coi,
            Topic::Gifts,
            Topic::CodeOfConduct,
            Topic::AssetDeclaration,
            Topic::JobRotation,
        ];
        let first = self.rng.below(all.len() as u64) as usize;
        let count = self.rng.range(1, 3) as usize;
        let topics = (0..count).map(|i| all[(first + i) % all.len()]).collect();
        let start_on = key;
        let end_on = self
            .rng
            .chance(30)
            .then(|| self.after(start_on, 0, 3))
            .filter(|d| *d != start_on);
        let reader = matches!(form, TrainingForm::Publication | TrainingForm::Online);
        let mut t = Training {
            id: RecordId::new(Kind::Training, key.year(), 1),
            aliases: Vec::new(),
            title: normalize_text(&format!("{title} năm {}", key.year())),
            form,
            topics,
            start_on,
            end_on,
            organizer: self.unit().to_string(),
            location: (!reader).then(|| normalize_text("Hội trường Ban Quản lý")),
            audience: Some(*self.rng.pick(&[
                Audience::Officials,
                Audience::Officials,
                Audience::Employees,
                Audience::Enterprises,
            ])),
            sessions: Some(self.rng.range(1, 3) as u32),
            participants: if reader {
                0
            } else {
                self.rng.range(15, 150) as u32
            },
            materials: self.rng.chance(60).then(|| self.rng.range(10, 200) as u32),
            plan_ref: self.rng.chance(50).then(|| {
                format!(
                    "Kế hoạch số {}/KH-BQL ngày {}",
                    self.rng.range(1, 60),
                    (start_on - Days::new(self.rng.range(10, 40))).format("%d/%m/%Y")
                )
            }),
            plan_task: None,
            note: None,
            void: None,
            conflicts: Vec::new(),
            history: Vec::new(),
        };
        let mut last = end_on.unwrap_or(start_on);
        if self.rng.chance(4) {
            t.void = self.void(start_on);
            last = t.void.as_ref().map_or(last, |v| v.on);
        }
        t.history = self.created(last);
        t
    }
}

enum Built {
    Case(Case),
    Gift(Gift),
    Training(Training),
}

impl Built {
    fn set_id(&mut self, id: RecordId) {
        match self {
            Built::Case(r) => r.id = id,
            Built::Gift(r) => r.id = id,
            Built::Training(r) => r.id = id,
        }
    }

    fn yaml(&self) -> String {
        match self {
            Built::Case(r) => record_yaml(r),
            Built::Gift(r) => record_yaml(r),
            Built::Training(r) => record_yaml(r),
        }
    }
}

struct Options {
    records: usize,
    seed: u64,
    dir: PathBuf,
}

fn usage() -> String {
    "usage: gen_register --records N [--seed S] DIR   (DIR must not exist or be empty)".to_string()
}

fn options() -> Result<Options, String> {
    let mut args = std::env::args().skip(1);
    let (mut records, mut seed, mut dir) = (None, 1u64, None);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--records" | "-n" => {
                let v = args.next().ok_or_else(usage)?;
                records = Some(
                    v.parse()
                        .map_err(|_| format!("--records: not a number: {v}"))?,
                );
            }
            "--seed" => {
                let v = args.next().ok_or_else(usage)?;
                seed = v
                    .parse()
                    .map_err(|_| format!("--seed: not a number: {v}"))?;
            }
            "-h" | "--help" => return Err(usage()),
            _ if a.starts_with('-') => return Err(format!("unknown option {a}\n{}", usage())),
            _ if dir.is_none() => dir = Some(PathBuf::from(a)),
            _ => return Err(usage()),
        }
    }
    Ok(Options {
        records: records.ok_or_else(usage)?,
        seed,
        dir: dir.ok_or_else(usage)?,
    })
}

/// Writes a register of `records` records made from `seed` into `dir`.
fn generate(records: usize, seed: u64, dir: &Path) -> std::io::Result<()> {
    let mut g = Gen {
        rng: Rng(fastrand::Rng::with_seed(seed)),
        cal: Calendar::shipped(),
    };
    // Every record first, with its key date; IDs are then numbered per kind and year in the
    // order of the key dates, as a clerk entering them as they come would have them.
    let mut built: Vec<(Kind, NaiveDate, usize, Built)> = Vec::with_capacity(records);
    for i in 0..records {
        let year = *g.rng.pick(&YEARS);
        let key = g.day_in(year);
        let pick = g.rng.below(100);
        let record = if pick < 35 {
            (Kind::Case, Built::Case(g.case(key)))
        } else if pick < 80 {
            (Kind::Gift, Built::Gift(g.gift(key)))
        } else {
            (Kind::Training, Built::Training(g.training(key)))
        };
        built.push((record.0, key, i, record.1));
    }
    built.sort_by_key(|(kind, key, i, _)| (*kind, key.year(), *key, *i));

    let mut units = Vec::new();
    for (code, name) in UNITS {
        units.push(Unit {
            code: code.to_string(),
            name: normalize_text(name),
            head: Some(g.name()),
            focal_point: Some(g.name()),
        });
    }
    let mut config = Config::new(
        normalize_text("Ban Quản lý Khu kinh tế tỉnh Bình Hải (sổ thử nghiệm)"),
        units,
    );
    config.auto_commit = false;

    std::fs::create_dir_all(dir)?;
    std::fs::write(
        dir.join("coi.yaml"),
        format!("{CONFIG_HEADER}{}", to_yaml(&config)),
    )?;
    std::fs::write(dir.join(".gitignore"), ".coi.lock\n.coi-tmp-*\n")?;
    for kind in Kind::ALL {
        std::fs::create_dir_all(dir.join(kind.folder()))?;
    }
    let mut seq = 0;
    let mut current = None;
    for (kind, key, _, mut record) in built {
        if current != Some((kind, key.year())) {
            current = Some((kind, key.year()));
            seq = 0;
            std::fs::create_dir_all(dir.join(kind.folder()).join(key.year().to_string()))?;
        }
        seq += 1;
        let id = RecordId::new(kind, key.year(), seq);
        record.set_id(id);
        std::fs::write(dir.join(id.relative_path()), record.yaml())?;
    }
    Ok(())
}

fn main() -> ExitCode {
    let opts = match options() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    if let Ok(mut entries) = std::fs::read_dir(&opts.dir)
        && entries.next().is_some()
    {
        eprintln!(
            "{} exists and is not empty; give a new folder",
            opts.dir.display()
        );
        return ExitCode::from(2);
    }
    match generate(opts.records, opts.seed, &opts.dir) {
        Ok(()) => {
            println!(
                "wrote {} records (seed {}) to {}",
                opts.records,
                opts.seed,
                opts.dir.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("cannot write the register: {e}");
            ExitCode::FAILURE
        }
    }
}
