//! What a packet is made from: the profile, the case, and the structured answers the papers'
//! sentences are generated from. Read from JSON (the app's case file, or the CLI's input).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::PaperError;
use crate::fonts::PaperFont;
use zairyu_domain::case::{Case, Document, Incident};
use zairyu_domain::plan::Applicant;
use zairyu_domain::profile::Profile;
use zairyu_domain::validate::{self, AcceptanceNumberError};
use zairyu_domain::{deadline, limits, plan, rules};

/// Everything needed to print a packet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PacketRequest {
    /// The applicant.
    pub profile: Profile,
    /// The case (incident, dates, police report).
    pub case: Case,
    /// The answers given on the papers screen (flattened: the JSON keeps them at the top level).
    #[serde(flatten)]
    pub answers: PaperAnswers,
    /// The legal deadline to apply, computed by the caller (`None` when there is none).
    #[serde(default)]
    pub deadline: Option<NaiveDate>,
    /// What to bring, as decided by the plan.
    #[serde(default)]
    pub documents: Vec<Document>,
    /// Who goes to the office, as decided by the plan: it decides who signs and whether a letter
    /// of authority (委任状) is printed.
    #[serde(default)]
    pub applicant: Applicant,
    /// The day the papers are filled in (a Japan date): printed as the date on every paper.
    pub filled_on: NaiveDate,
}

/// What the papers ask beyond the profile and the case: the statement's answers and the reasons.
/// The app keeps them with the case; the packet prints them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaperAnswers {
    /// The answers for the loss statement; required for a lost or stolen card.
    #[serde(default)]
    pub loss_statement: Option<LossStatement>,
    /// Why the application is late; required when the papers are filled in after the deadline.
    #[serde(default)]
    pub late_reasons: Option<LateReasons>,
    /// Why the passport cannot be shown; required when `case.passport_available` is false.
    #[serde(default)]
    pub passport_reasons: Option<PassportReasons>,
}

/// The statement's answers: when and where it happened, and how. The day the person learned of
/// it is the case's (`Case::learned_on`, the form's item 8), never asked twice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LossStatement {
    /// The day it happened, about (not after the day learned of it); when `how` is not known, the
    /// last day the person remembers having the card.
    pub date: NaiveDate,
    /// About when in the day.
    pub time_of_day: TimeOfDay,
    /// What kind of place.
    pub place_kind: PlaceKind,
    /// The place's name as the user typed it (a station, a shop); may be empty.
    #[serde(default)]
    pub place_name: String,
    /// What happened.
    pub how: HowLost,
    /// The person's own details, in full sentences (Japanese or romaji), printed as typed (what
    /// the accident was, say).
    #[serde(default)]
    pub detail: Option<String>,
    /// What else went with the card (besides the passport, which the case records): named in
    /// the statement as in the police report.
    #[serde(default)]
    pub also_lost: Vec<AlsoLost>,
}

/// Something else lost or stolen with the card, named in the statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AlsoLost {
    /// マイナンバーカード.
    MyNumberCard,
    /// 運転免許証.
    DriverLicence,
    /// Bank or credit cards (キャッシュカード・クレジットカード).
    BankCards,
}

impl AlsoLost {
    /// Every choice, in the order the app offers them.
    pub const ALL: [AlsoLost; 3] = [
        AlsoLost::MyNumberCard,
        AlsoLost::DriverLicence,
        AlsoLost::BankCards,
    ];

    /// Its Japanese name as the statement prints it.
    pub fn ja(self) -> &'static str {
        match self {
            AlsoLost::MyNumberCard => "マイナンバーカード",
            AlsoLost::DriverLicence => "運転免許証",
            AlsoLost::BankCards => "キャッシュカード・クレジットカード",
        }
    }
}

/// About when in the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeOfDay {
    /// 朝 (about 5–10 h).
    Morning,
    /// 昼 (about 10–15 h).
    Daytime,
    /// 夕方 (about 15–18 h).
    Evening,
    /// 夜 (about 18–23 h).
    Night,
    /// 深夜 (about 23–5 h).
    LateNight,
    /// Not known.
    Unknown,
}

impl TimeOfDay {
    /// Every choice, in the order the app offers them.
    pub const ALL: [TimeOfDay; 6] = [
        TimeOfDay::Morning,
        TimeOfDay::Daytime,
        TimeOfDay::Evening,
        TimeOfDay::Night,
        TimeOfDay::LateNight,
        TimeOfDay::Unknown,
    ];
}

/// What kind of place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    /// On a train or in a station.
    TrainOrStation,
    /// In the street.
    Street,
    /// In a shop or restaurant.
    Shop,
    /// At home.
    Home,
    /// At work or school.
    Workplace,
    /// In a taxi or a bus.
    TaxiOrBus,
    /// In a park or another public place.
    PublicPlace,
    /// Not known.
    Unknown,
}

impl PlaceKind {
    /// Every choice, in the order the app offers them.
    pub const ALL: [PlaceKind; 8] = [
        PlaceKind::TrainOrStation,
        PlaceKind::Street,
        PlaceKind::Shop,
        PlaceKind::Home,
        PlaceKind::Workplace,
        PlaceKind::TaxiOrBus,
        PlaceKind::PublicPlace,
        PlaceKind::Unknown,
    ];
}

/// What happened to the card. Which answers fit depends on the incident
/// ([`HowLost::choices_for`]): nobody's theft is "destroyed by fire".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HowLost {
    /// Dropped or lost it.
    DroppedOrMissing,
    /// The wallet holding it was stolen.
    WalletStolen,
    /// The bag holding it was stolen.
    BagStolen,
    /// Pickpocketed.
    Pickpocketed,
    /// Stolen in another way (from a car, a home).
    StolenOther,
    /// Left it behind somewhere.
    LeftBehind,
    /// Broken in an accident; the pieces are kept.
    AccidentPiecesKept,
    /// Destroyed in an accident; nothing is left.
    AccidentNothingLeft,
    /// Destroyed in a disaster or a fire. No statement is made for that (a 罹災証明書 proves it);
    /// kept so that answers saved by earlier versions still load. Fits no incident.
    DestroyedInDisasterOrFire,
    /// Not known.
    Unknown,
}

impl HowLost {
    /// The answers that fit `incident`, in the order the app offers them (docs/rules.md §11).
    pub fn choices_for(incident: Incident) -> &'static [HowLost] {
        match incident {
            Incident::Lost => &[
                HowLost::DroppedOrMissing,
                HowLost::LeftBehind,
                HowLost::Unknown,
            ],
            Incident::Stolen => &[
                HowLost::WalletStolen,
                HowLost::BagStolen,
                HowLost::Pickpocketed,
                HowLost::StolenOther,
                HowLost::Unknown,
            ],
            Incident::DestroyedByAccident => {
                &[HowLost::AccidentPiecesKept, HowLost::AccidentNothingLeft]
            }
            Incident::Destroyed
            | Incident::Damaged
            | Incident::Exchange
            | Incident::OldCardFound => &[],
        }
    }

    /// Whether this answer fits `incident`.
    pub fn fits(self, incident: Incident) -> bool {
        Self::choices_for(incident).contains(&self)
    }
}

/// Why the application is late: one or more reasons, the facts each needs (an officer reads the
/// letter for them: which hospital from when to when, where abroad, which disaster), and the
/// person's own words in full sentences.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LateReasons {
    /// The reasons, at least one.
    pub reasons: Vec<LateReason>,
    /// The person's own words, in full sentences (Japanese or romaji), printed as typed; required
    /// for a work or family emergency and for another reason ([`LateReason::needs_detail`]).
    #[serde(default)]
    pub detail: Option<String>,
    /// Ill or in hospital: where (the hospital, or empty for at home) and from when to when.
    #[serde(default)]
    pub illness: Option<Stay>,
    /// Abroad: where (the country) and from when to when.
    #[serde(default)]
    pub abroad: Option<Stay>,
    /// A disaster: which one (e.g. 令和8年7月の豪雨).
    #[serde(default)]
    pub disaster: Option<String>,
}

/// Where someone was, and from when to when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stay {
    /// The hospital or the country, as typed; may be empty where the reason allows it (ill at
    /// home).
    #[serde(default)]
    pub place: String,
    /// From this day.
    pub from: NaiveDate,
    /// Until this day; `None` while it goes on.
    #[serde(default)]
    pub until: Option<NaiveDate>,
}

/// One reason for applying late.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LateReason {
    /// Ill or in hospital.
    Illness,
    /// A disaster.
    Disaster,
    /// Did not know the 14-day rule.
    DidNotKnowRule,
    /// Waited for the police, or for the card to be found.
    WaitedForPoliceOrCard,
    /// Was abroad.
    Abroad,
    /// A work or family emergency.
    WorkOrFamilyEmergency,
    /// Another reason (say it in the detail).
    Other,
}

impl LateReason {
    /// Whether this reason says nothing by itself, so the person's own words are required: a work
    /// or family emergency, another reason.
    pub fn needs_detail(self) -> bool {
        matches!(self, LateReason::WorkOrFamilyEmergency | LateReason::Other)
    }

    /// The facts this reason asks for, by field id: `late-illness-*`, `late-abroad-*`,
    /// `late-disaster`, `late-detail`. The papers screen asks them under the reason.
    pub fn asks(self) -> &'static [&'static str] {
        match self {
            LateReason::Illness => &[
                "late-illness-place",
                "late-illness-from",
                "late-illness-until",
            ],
            LateReason::Abroad => &["late-abroad-place", "late-abroad-from", "late-abroad-until"],
            LateReason::Disaster => &["late-disaster"],
            LateReason::WorkOrFamilyEmergency | LateReason::Other => &["late-detail"],
            LateReason::DidNotKnowRule | LateReason::WaitedForPoliceOrCard => &[],
        }
    }

    /// Every choice, in the order the app offers them.
    pub const ALL: [LateReason; 7] = [
        LateReason::Illness,
        LateReason::Disaster,
        LateReason::DidNotKnowRule,
        LateReason::WaitedForPoliceOrCard,
        LateReason::Abroad,
        LateReason::WorkOrFamilyEmergency,
        LateReason::Other,
    ];
}

/// Why the passport cannot be shown: one or more reasons and an optional short detail.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PassportReasons {
    /// The reasons, at least one.
    pub reasons: Vec<PassportReason>,
    /// A short detail in Japanese or romaji, printed as typed.
    #[serde(default)]
    pub detail: Option<String>,
}

/// One reason the passport cannot be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PassportReason {
    /// Lost together with the card.
    LostToo,
    /// At the embassy or consulate for renewal.
    AtEmbassyForRenewal,
    /// Stolen together with the card.
    StolenToo,
    /// Another reason (say it in the detail).
    Other,
}

impl PassportReasons {
    /// The reasons to suggest before the person chose any: the passport went with the card (lost
    /// or stolen too, as the card was), when the triage said so.
    pub fn suggested_for(case: &Case) -> Option<PassportReasons> {
        if case.passport_available || !case.passport_gone_too {
            return None;
        }
        let reason = match case.incident {
            Incident::Stolen => PassportReason::StolenToo,
            _ => PassportReason::LostToo,
        };
        Some(PassportReasons {
            reasons: vec![reason],
            detail: None,
        })
    }
}

impl PassportReason {
    /// Every choice, in the order the app offers them.
    pub const ALL: [PassportReason; 4] = [
        PassportReason::LostToo,
        PassportReason::AtEmbassyForRenewal,
        PassportReason::StolenToo,
        PassportReason::Other,
    ];
}

impl PacketRequest {
    /// The request the app prints for a case on `filled_on` (a Japan date): the person's facts
    /// come from the profile ([`Profile::apply_to`]), the deadline from [`deadline::for_case`] and
    /// the documents from [`plan::for_case`], so the papers say what the dashboard says.
    pub fn assemble(
        profile: Profile,
        mut case: Case,
        answers: PaperAnswers,
        filled_on: NaiveDate,
    ) -> PacketRequest {
        profile.apply_to(&mut case);
        let deadline = deadline::for_case(&case, filled_on).map(|d| d.legal_last_day);
        let plan = plan::for_case(&case, filled_on);
        PacketRequest {
            profile,
            case,
            answers,
            deadline,
            documents: plan.document_kinds(),
            applicant: plan.applicant,
            filled_on,
        }
    }

    /// Whether the application is late: filled in after the deadline.
    pub fn is_late(&self) -> bool {
        self.deadline.is_some_and(|d| self.filled_on > d)
    }

    /// Whether a reason letter for the missing passport is needed (no passport to show).
    pub fn needs_passport_reasons(&self) -> bool {
        !self.case.passport_available
    }

    /// Whether the packet holds a statement: a lost or stolen card (the 陳述書 with the police
    /// acceptance number), or one destroyed in an accident (the written account).
    pub fn needs_statement(&self) -> bool {
        matches!(
            self.case.incident,
            Incident::Lost | Incident::Stolen | Incident::DestroyedByAccident
        )
    }

    /// Whether the statement gives a report: a lost or stolen card, unless no report was made
    /// where that is allowed (a card lost at home, or one lost abroad and not reported there).
    pub fn needs_police_report(&self) -> bool {
        matches!(self.case.incident, Incident::Lost | Incident::Stolen) && !self.goes_unreported()
    }

    /// Whether no report was made and none is needed: the case says so where that is allowed
    /// (docs/rules.md §3.4, §8b.10), and no report is recorded.
    pub fn goes_unreported(&self) -> bool {
        self.case.not_reported && self.case.can_go_unreported() && self.case.police_report.is_none()
    }

    /// Whether the applicant is under 16 on the day the papers are filled in.
    pub fn under_16(&self) -> bool {
        plan::age::on(self.profile.birth_date, self.filled_on) < rules::PROXY_AGE
    }

    /// Who goes to the office and signs, from what the papers know, so that no page can say
    /// otherwise (docs/rules.md §4): for a holder under 16, whoever was chosen among those who
    /// may go for a child (a relative living with them unless another was chosen, whatever the
    /// request says); for an adult, the one chosen, and someone entered in the form's 取次者
    /// block hands the papers in rather than the holder.
    pub fn who_goes(&self) -> Applicant {
        let chosen = self.applicant;
        if self.under_16() {
            return match chosen {
                Applicant::Agent
                | Applicant::ApprovedOther
                | Applicant::NoOneYet
                | Applicant::RelativeForChild => chosen,
                _ => Applicant::RelativeForChild,
            };
        }
        match chosen {
            Applicant::Holder | Applicant::RelativeForChild if self.profile.agent.is_some() => {
                Applicant::Agent
            }
            Applicant::RelativeForChild => Applicant::Holder,
            _ => chosen,
        }
    }

    /// Whose voice the statement is in: the holder's, or the third person when someone writes
    /// for a holder under 16.
    pub fn voice(&self) -> crate::account::Voice {
        if self.under_16() {
            crate::account::Voice::ForChild
        } else {
            crate::account::Voice::Holder
        }
    }

    /// Whether the passport went with the card: the triage said so, or a reason given for not
    /// showing it says so. The statement and the reason letter then both say it.
    pub fn passport_went_with_the_card(&self) -> bool {
        self.case.passport_gone_too
            || self.answers.passport_reasons.as_ref().is_some_and(|p| {
                p.reasons
                    .iter()
                    .any(|r| matches!(r, PassportReason::LostToo | PassportReason::StolenToo))
            })
    }

    /// Everything that went with the card, as the statement names it: the passport first, then
    /// what the statement's answers list.
    pub fn lost_with(&self) -> Vec<&'static str> {
        let mut out = Vec::new();
        if self.passport_went_with_the_card() {
            out.push("旅券（パスポート）");
        }
        if let Some(s) = &self.answers.loss_statement {
            out.extend(s.also_lost.iter().map(|a| a.ja()));
        }
        out
    }

    /// The request with the profile normalised ([`Profile::normalized`]) and free texts trimmed.
    pub fn normalized(&self) -> PacketRequest {
        let mut r = self.clone();
        r.profile = self.profile.normalized();
        if let Some(s) = r.answers.loss_statement.as_mut() {
            s.place_name = s.place_name.trim().to_owned();
        }
        for detail in [
            r.answers.loss_statement.as_mut().map(|s| &mut s.detail),
            r.answers.late_reasons.as_mut().map(|l| &mut l.detail),
            r.answers.passport_reasons.as_mut().map(|p| &mut p.detail),
        ]
        .into_iter()
        .flatten()
        {
            *detail = detail
                .as_deref()
                .map(str::trim)
                .filter(|d| !d.is_empty())
                .map(str::to_owned);
        }
        if let Some(late) = r.answers.late_reasons.as_mut() {
            for stay in [late.illness.as_mut(), late.abroad.as_mut()]
                .into_iter()
                .flatten()
            {
                stay.place = stay.place.trim().to_owned();
            }
            late.disaster = late
                .disaster
                .as_deref()
                .map(str::trim)
                .filter(|d| !d.is_empty())
                .map(str::to_owned);
        }
        if let Some(report) = r.case.police_report.as_mut() {
            report.station = report.station.trim().to_owned();
            report.acceptance_number =
                validate::acceptance_number(&report.acceptance_number, false)
                    .unwrap_or_else(|_| report.acceptance_number.trim().to_owned());
        }
        r
    }

    /// Checks that the request can be printed (everything but the font and the layout).
    pub fn check(&self) -> Result<(), PaperError> {
        let case = &self.case;
        if case.found_again() {
            return Err(PaperError::CardFoundAgain);
        }
        if !crate::covers(case.incident) {
            return Err(PaperError::NotThisProcedure {
                incident: case.incident,
            });
        }
        self.profile.validate(self.filled_on)?;
        if case
            .holder_birth_date
            .is_some_and(|b| b != self.profile.birth_date)
        {
            return Err(PaperError::Inconsistent {
                field: "birth-date".into(),
            });
        }
        if case.has_activity_permit != self.profile.activity_permit {
            return Err(PaperError::Inconsistent {
                field: "activity-permit".into(),
            });
        }
        if case.learned_on > self.filled_on {
            return Err(PaperError::ImpossibleDate {
                field: "learned-on".into(),
            });
        }
        if self.needs_statement() {
            let s = self
                .answers
                .loss_statement
                .as_ref()
                .ok_or(PaperError::MissingLossStatement)?;
            s.check(case)?;
        }
        if self.needs_police_report() {
            let report = case
                .police_report
                .as_ref()
                .ok_or(PaperError::MissingPoliceReport)?;
            if !case.report_choices().contains(&report.kind) {
                return Err(PaperError::AnswerDoesNotFit {
                    field: "report-kind".into(),
                });
            }
            free_text("police-station", &report.station, limits::STATION, true)?;
            if report.made_abroad() {
                free_text("country", &report.country, limits::STATION, true)?;
            }
            validate::acceptance_number(&report.acceptance_number, report.needs_number()).map_err(
                |e| match e {
                    AcceptanceNumberError::Empty => PaperError::Empty {
                        field: "acceptance-number".into(),
                    },
                    AcceptanceNumberError::TooLong { chars, max } => PaperError::TooLong {
                        field: "acceptance-number".into(),
                        len: chars,
                        max,
                    },
                    AcceptanceNumberError::ControlCharacter => PaperError::ControlCharacter {
                        field: "acceptance-number".into(),
                    },
                },
            )?;
            if report.reported_on > self.filled_on {
                return Err(PaperError::ImpossibleDate {
                    field: "reported-on".into(),
                });
            }
        }
        if self.who_goes() == Applicant::RelativeAtRequest {
            let relative = self
                .profile
                .agent
                .as_ref()
                .ok_or(PaperError::MissingRelative)?;
            // The letter of authority names the relative by their date of birth too.
            if relative.birth_date.is_none() {
                return Err(PaperError::Empty {
                    field: "agent-birth-date".into(),
                });
            }
        }
        if self.is_late() {
            let late = self
                .answers
                .late_reasons
                .as_ref()
                .filter(|l| !l.reasons.is_empty())
                .ok_or(PaperError::MissingLateReasons)?;
            late.check(self.filled_on)?;
        }
        if self.needs_passport_reasons() {
            let p = self
                .answers
                .passport_reasons
                .as_ref()
                .filter(|p| !p.reasons.is_empty())
                .ok_or(PaperError::MissingPassportReasons)?;
            p.check()?;
        }
        Ok(())
    }

    /// What the person should know before printing (ids `paper-advice-*`): "I was abroad" chosen
    /// as a late reason while no return day is recorded (if the loss was learned of abroad, the 14
    /// days start on the day of re-entry and the application may not be late at all); a name in
    /// kanji, which the form has no row for (its own request form); a card number left blank; the
    /// relative who goes not entered in the form's 取次者 block.
    pub fn advice(&self) -> Vec<zairyu_domain::text::Text> {
        use zairyu_domain::text::Text;
        let mut out = Vec::new();
        let abroad_reason = self
            .answers
            .late_reasons
            .as_ref()
            .is_some_and(|l| l.reasons.contains(&LateReason::Abroad));
        if abroad_reason && self.case.reentered_on.is_none() {
            out.push(Text::new("paper-advice-abroad-reentry"));
        }
        if self.profile.kanji_name.is_some() {
            out.push(Text::new("paper-advice-kanji-name"));
        }
        if self.profile.card_number.trim().is_empty() {
            out.push(Text::new("paper-advice-card-number-blank"));
        }
        if self.who_goes() == Applicant::RelativeForIllHolder && self.profile.agent.is_none() {
            out.push(Text::new("paper-advice-relative-block"));
        }
        out
    }

    /// Every value the user typed that the papers print, with the field it fills, in the order of
    /// the form's items, then the other papers'.
    pub fn typed_values(&self) -> Vec<(&'static str, &str)> {
        let p = &self.profile;
        // In the form's order (docs/rules.md §7), so that the list is easy to copy onto the
        // office's own form.
        let mut v: Vec<(&'static str, &str)> = vec![
            ("nationality", &p.nationality),
            ("family-name", &p.family_name),
            ("given-name", &p.given_name),
            ("phone", &p.phone),
            ("address", &p.address),
            ("card-number", &p.card_number),
        ];
        if let Some(k) = &p.kanji_name {
            v.push(("kanji-name", k));
        }
        if let Some(r) = &p.legal_representative {
            v.extend([
                ("representative-name", r.name.as_str()),
                ("representative-relationship", &r.relationship),
                ("representative-address", &r.address),
                ("representative-phone", &r.phone),
            ]);
        }
        if let Some(a) = &p.agent {
            v.extend([
                ("agent-name", a.name.as_str()),
                ("agent-address", &a.address),
                ("agent-organisation", &a.organisation),
                ("agent-phone", &a.phone),
            ]);
        }
        if let Some(s) = &self.answers.loss_statement {
            v.push(("loss-place-name", &s.place_name));
            if let Some(d) = &s.detail {
                v.push(("loss-detail", d));
            }
        }
        if let Some(r) = &self.case.police_report {
            v.push(("police-station", &r.station));
            v.push(("acceptance-number", &r.acceptance_number));
            v.push(("country", &r.country));
        }
        if let Some(l) = &self.answers.late_reasons {
            if let Some(d) = l.detail.as_deref() {
                v.push(("late-detail", d));
            }
            if let Some(s) = &l.illness {
                v.push(("late-illness-place", &s.place));
            }
            if let Some(s) = &l.abroad {
                v.push(("late-abroad-place", &s.place));
            }
            if let Some(d) = l.disaster.as_deref() {
                v.push(("late-disaster", d));
            }
        }
        if let Some(d) = self
            .answers
            .passport_reasons
            .as_ref()
            .and_then(|l| l.detail.as_deref())
        {
            v.push(("passport-detail", d));
        }
        v
    }

    /// Checks that `font` draws every character the user typed, naming the field of the first
    /// that it cannot.
    pub fn check_glyphs(&self, font: &PaperFont) -> Result<(), PaperError> {
        self.typed_values()
            .into_iter()
            .try_for_each(|(field, value)| font.check(field, value))
    }
}

fn free_text(field: &str, value: &str, max: usize, required: bool) -> Result<(), PaperError> {
    let value = value.trim();
    if required && value.is_empty() {
        return Err(PaperError::Empty {
            field: field.to_owned(),
        });
    }
    limits::check(value, max).map_err(|problem| match problem {
        limits::TextProblem::TooLong { len } => PaperError::TooLong {
            field: field.to_owned(),
            len,
            max,
        },
        limits::TextProblem::ControlCharacter(_) => PaperError::ControlCharacter {
            field: field.to_owned(),
        },
    })
}

impl LossStatement {
    /// Checks the statement's answers against the case: the day of the loss not after the day it
    /// was learned of, an answer to "how" that fits the incident, and the free texts within
    /// their limits. The papers screen checks with this when the answers are saved, and the
    /// packet when it is made: one check, one set of messages.
    pub fn check(&self, case: &Case) -> Result<(), PaperError> {
        if self.date > case.learned_on {
            return Err(PaperError::LossAfterLearned);
        }
        if !self.how.fits(case.incident) {
            return Err(PaperError::AnswerDoesNotFit {
                field: "loss-how".into(),
            });
        }
        free_text(
            "loss-place-name",
            &self.place_name,
            limits::PLACE_NAME,
            false,
        )?;
        match &self.detail {
            Some(d) => free_text("loss-detail", d, limits::STATEMENT_DETAIL, false),
            None => Ok(()),
        }
    }
}

impl LateReasons {
    /// Checks that each chosen reason has the facts it needs (dates in order, not after
    /// `today`; a place where required; the person's own words for a reason that says nothing by
    /// itself) and every free text against its limit.
    pub fn check(&self, today: NaiveDate) -> Result<(), PaperError> {
        let detail = self.detail.as_deref().map(str::trim).unwrap_or("");
        free_text("late-detail", detail, limits::DETAIL, false)?;
        for reason in &self.reasons {
            match reason {
                LateReason::Illness => check_stay(&self.illness, "late-illness", false, today)?,
                LateReason::Abroad => check_stay(&self.abroad, "late-abroad", true, today)?,
                LateReason::Disaster => {
                    let what = self.disaster.as_deref().unwrap_or("");
                    free_text("late-disaster", what, limits::PLACE_NAME, true)?;
                }
                r if r.needs_detail() && detail.is_empty() => {
                    return Err(PaperError::Empty {
                        field: "late-detail".into(),
                    })
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// The reasons the letter prints: "did not know the rule" only when it is the only one
    /// (beside a stronger reason it only admits the offence, docs/rules.md §11.5).
    pub fn printed(&self) -> Vec<LateReason> {
        let strong = self
            .reasons
            .iter()
            .any(|r| *r != LateReason::DidNotKnowRule);
        self.reasons
            .iter()
            .copied()
            .filter(|r| !(strong && *r == LateReason::DidNotKnowRule))
            .collect()
    }
}

/// Checks a stay's facts: a place when `place_required`, `from` not after `until` nor `today`.
fn check_stay(
    stay: &Option<Stay>,
    field: &str,
    place_required: bool,
    today: NaiveDate,
) -> Result<(), PaperError> {
    let Some(stay) = stay else {
        return Err(PaperError::Empty {
            field: format!("{field}-from"),
        });
    };
    free_text(
        &format!("{field}-place"),
        &stay.place,
        limits::PLACE_NAME,
        place_required,
    )?;
    if stay.from > today || stay.until.is_some_and(|u| u < stay.from || u > today) {
        return Err(PaperError::ImpossibleDate {
            field: format!("{field}-until"),
        });
    }
    Ok(())
}

impl PassportReasons {
    /// Checks the free detail against its limit, and that "another reason" says which.
    pub fn check(&self) -> Result<(), PaperError> {
        let detail = self.detail.as_deref().map(str::trim).unwrap_or("");
        free_text("passport-detail", detail, limits::DETAIL, false)?;
        if self.reasons.contains(&PassportReason::Other) && detail.is_empty() {
            return Err(PaperError::Empty {
                field: "passport-detail".into(),
            });
        }
        Ok(())
    }
}
