//! The user's case: what happened to which card, when they learned of it, and what they have done
//! about it so far. The vocabulary every rule, plan and paper is written in.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What happened to the card (入管法 第19条の12, 第19条の13, 第19条の15).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Incident {
    /// Lost or dropped (紛失).
    Lost,
    /// Stolen (盗難).
    Stolen,
    /// Destroyed in a disaster, fire or accident (滅失).
    Destroyed,
    /// Damaged or soiled, IC chip failure (毀損・汚損): a different procedure, no deadline unless ordered.
    Damaged,
    /// Exchange at the holder's own wish (交換希望): no deadline, a fee.
    Exchange,
    /// The old card turned up after a new one was issued: it must be returned (第19条の15 第3項).
    OldCardFound,
}

/// Which card the person held.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CardKind {
    /// 在留カード, issued by the Immigration Services Agency.
    ResidenceCard,
    /// 特別永住者証明書, handled by the city or ward office (入管特例法 第13条).
    SpecialPermanentResident,
    /// 特定在留カード: a residence card combined with the My Number card (from 2026-06-14).
    SpecifiedResidenceCard,
}

/// The kind of report that proves the loss.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportKind {
    /// 遺失届 at a police box or station; its certificate is the 遺失届出証明書.
    LossReport,
    /// 盗難届 at a police box or station; its certificate is the 盗難届出証明書.
    TheftReport,
    /// 罹災証明書 from the fire department or the municipal office (after a disaster, fire, accident).
    DisasterCertificate,
}

/// The report the person made, and the number they brought back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PoliceReport {
    /// Which report it is.
    pub kind: ReportKind,
    /// The police station, police box or office that took it, as the person wrote it.
    pub station: String,
    /// The day it was made (a Japan date).
    pub reported_on: NaiveDate,
    /// The acceptance number (受理番号) the police gave; empty for a disaster certificate.
    pub acceptance_number: String,
}

/// One person's case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Case {
    /// Which card.
    pub card: CardKind,
    /// What happened.
    pub incident: Incident,
    /// The day the person learned of it (a Japan date). For [`Incident::OldCardFound`], the day
    /// the old card was found; for [`Incident::Damaged`] with an order, see `ordered_on`.
    pub learned_on: NaiveDate,
    /// When the person learned of it while abroad: the day they first re-entered Japan after.
    /// `None` when they learned of it in Japan.
    #[serde(default)]
    pub reentered_on: Option<NaiveDate>,
    /// The card holder's birth date, for the rules that differ under 16.
    #[serde(default)]
    pub holder_birth_date: Option<NaiveDate>,
    /// Whether the passport (or 在留資格証明書) can be shown at the office.
    #[serde(default = "yes")]
    pub passport_available: bool,
    /// Whether the holder has a permit for activity outside their status (資格外活動許可).
    #[serde(default)]
    pub has_activity_permit: bool,
    /// For a damaged card: the day the office ordered the holder to apply, if it did.
    #[serde(default)]
    pub ordered_on: Option<NaiveDate>,
    /// The report made, once it is made.
    #[serde(default)]
    pub police_report: Option<PoliceReport>,
    /// The day the application was made (the case is then done), if it was. For
    /// [`Incident::OldCardFound`], the day the old card was returned.
    #[serde(default)]
    pub applied_on: Option<NaiveDate>,
    /// For a 特定在留カード: the day its My Number functions were suspended through the hotline.
    #[serde(default)]
    pub my_number_suspended_on: Option<NaiveDate>,
}

impl Case {
    /// A case with nothing done yet: learned of in Japan, no birth date, passport available, no
    /// activity permit, no order, no report. Set the other fields as the user answers.
    pub fn new(card: CardKind, incident: Incident, learned_on: NaiveDate) -> Self {
        Self {
            card,
            incident,
            learned_on,
            reentered_on: None,
            holder_birth_date: None,
            passport_available: true,
            has_activity_permit: false,
            ordered_on: None,
            police_report: None,
            applied_on: None,
            my_number_suspended_on: None,
        }
    }
}

fn yes() -> bool {
    true
}

/// A document to bring to the office (rules.md §5, as of 2025-03-03). Which ones a case needs is
/// decided by the plan; papers and screens name them from this list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Document {
    /// 在留カード再交付申請書 (A4; the app fills it in).
    ApplicationForm,
    /// One photo 4 cm × 3 cm taken within 6 months (not needed under 16).
    Photo,
    /// 紛失・盗難に係る陳述書 with the police acceptance number (the app fills it in).
    LossStatement,
    /// 遺失届出証明書 or 盗難届出証明書, only if the office asks for it.
    PoliceCertificate,
    /// 罹災証明書 from the fire department or the municipal office.
    DisasterCertificate,
    /// The passport (or 在留資格証明書), shown.
    Passport,
    /// A written reason why the passport cannot be shown (理由書), with other ID.
    PassportReasonLetter,
    /// The permit for activity outside status (資格外活動許可書), if held.
    ActivityPermit,
    /// The written explanation of the delay (理由書), when past the deadline.
    LateReasonLetter,
    /// The damaged card itself (damage, soiling, exchange).
    DamagedCard,
    /// The old card that turned up, to return.
    OldCard,
    /// Proof of the cohabiting relative's identity and relationship, when they apply for a child.
    RepresentativeId,
}
