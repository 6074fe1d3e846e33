//! The user's case: what happened to which card, when they learned of it, and what they have done
//! about it so far. The vocabulary every rule, plan and paper is written in.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::offices::Prefecture;

/// What happened to the card (入管法 第19条の12, 第19条の13, 第19条の15).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Incident {
    /// Lost or dropped (紛失).
    Lost,
    /// Stolen (盗難).
    Stolen,
    /// Destroyed in a disaster or a fire (滅失): proved by a disaster certificate (罹災証明書).
    Destroyed,
    /// Destroyed in an accident (滅失): washed, broken, burnt at home. No certificate exists for
    /// it: the person explains in writing and brings any pieces (docs/rules.md §3).
    DestroyedByAccident,
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
    /// 罹災証明書 from the fire department or the municipal office (after a disaster or a fire).
    DisasterCertificate,
    /// A report to the police of the country where the person was when they learned of the loss
    /// or theft: what someone who learned of it abroad has (docs/rules.md §8b.1). Its number, if it
    /// has one, is printed as given there; no Japanese police box is involved.
    PoliceAbroad,
}

impl Incident {
    /// Whether the holder no longer has the card: lost, stolen or destroyed (入管法 第19条の12).
    /// These are the incidents with a 14-day duty to apply and the papers this app fills in.
    pub fn card_is_gone(self) -> bool {
        matches!(
            self,
            Incident::Lost | Incident::Stolen | Incident::Destroyed | Incident::DestroyedByAccident
        )
    }

    /// The proof of the loss this incident calls for, if any: a loss or theft report at the police,
    /// or a disaster certificate. A card destroyed in an accident has none (docs/rules.md §3).
    pub fn report_kind(self) -> Option<ReportKind> {
        match self {
            Incident::Lost => Some(ReportKind::LossReport),
            Incident::Stolen => Some(ReportKind::TheftReport),
            Incident::Destroyed => Some(ReportKind::DisasterCertificate),
            Incident::DestroyedByAccident
            | Incident::Damaged
            | Incident::Exchange
            | Incident::OldCardFound => None,
        }
    }
}

/// Who goes to the office (docs/rules.md §4.2): asked for every holder; for a holder under 16 the
/// choices are those who may go for a child.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WhoApplies {
    /// The holder, in person (16 or older).
    #[default]
    Holder,
    /// A relative aged 16+ who lives with the holder, because the holder is ill or cannot come
    /// for another reason (a doctor's certificate is asked for).
    RelativeHolderIll,
    /// A relative aged 16+ who lives with the holder, at the holder's request, with a letter of
    /// authority (委任状).
    RelativeAtRequest,
    /// A registered agent (申請取次者): a lawyer or 行政書士 registered with the bureau.
    Agent,
    /// For a holder under 16: a relative aged 16+ who lives with them (who must apply,
    /// 入管法 第61条の8の3 第2項).
    RelativeForChild,
    /// Someone the office must first agree to (入管法施行規則 第59条の3 第2項): the holder's parent
    /// or legal guardian who does not live with them, or, for a holder under 16 or ill, another
    /// relative or someone who lives with them.
    OtherWithApproval,
    /// Nobody of the above can go yet: the office is asked what to do.
    NoOneYet,
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
    /// The acceptance number (受理番号) the police gave, as printed; empty for a disaster
    /// certificate or a report the police did not accept.
    pub acceptance_number: String,
    /// The police did not accept the report (a card lost at home, say): there is no acceptance
    /// number, and the statement says so (docs/rules.md §3).
    #[serde(default)]
    pub not_accepted: bool,
    /// For a report made abroad: the country, as the person wrote it; empty otherwise.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub country: String,
}

impl PoliceReport {
    /// Whether the report must carry an acceptance number: a loss or theft report that a
    /// Japanese police box or station accepted. A disaster certificate has none, nor a report the
    /// police did not accept; a report made abroad may have a number or not (docs/rules.md §8b.1).
    pub fn needs_number(&self) -> bool {
        !self.not_accepted && matches!(self.kind, ReportKind::LossReport | ReportKind::TheftReport)
    }

    /// Whether the report was made to the police abroad.
    pub fn made_abroad(&self) -> bool {
        self.kind == ReportKind::PoliceAbroad
    }
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
    /// `None` when they learned of it in Japan, or are still abroad.
    #[serde(default)]
    pub reentered_on: Option<NaiveDate>,
    /// They learned of it abroad and have not come back yet: the 14 days have not started
    /// (入管法 第19条の12 第1項). Cleared when the re-entry day is entered.
    #[serde(default)]
    pub still_abroad: bool,
    /// They plan to leave Japan in the coming weeks: without the card the special re-entry
    /// permission does not apply (入管法 第26条の2 第1項), so the plan warns before anything else.
    #[serde(default)]
    pub leaving_japan_soon: bool,
    /// The card was lost somewhere at home: the police may not accept a loss report.
    #[serde(default)]
    pub lost_at_home: bool,
    /// No report was made and none will be: a card lost at home, or one lost abroad and not
    /// reported there. Allowed: the statement says that no report was made and why, never that
    /// the police refused one (docs/rules.md §3.4, §8b.1). Only where [`Case::can_go_unreported`].
    #[serde(default)]
    pub not_reported: bool,
    /// Still abroad: the last day of the re-entry permission the person left on (みなし再入国: one
    /// year from leaving, or the end of the period of stay if sooner; a re-entry permit: its own
    /// date), when they know it. They must be back in Japan by then (入管法 第26条の2 第2項).
    #[serde(default)]
    pub return_by: Option<NaiveDate>,
    /// The day the card turned up again, before a new one was issued: it is still valid
    /// (入管法 第19条の14) and nothing is to be applied for.
    #[serde(default)]
    pub found_on: Option<NaiveDate>,
    /// Who goes to the office, for a holder aged 16 or older.
    #[serde(default)]
    pub who_applies: WhoApplies,
    /// The prefecture of the holder's address, when chosen on the dashboard: the key of the
    /// office finder (else taken from the person's address, [`Prefecture::in_address`]).
    #[serde(default)]
    pub prefecture: Option<Prefecture>,
    /// The card holder's birth date, for the rules that differ under 16.
    #[serde(default)]
    pub holder_birth_date: Option<NaiveDate>,
    /// Whether the passport (or 在留資格証明書) can be shown at the office.
    #[serde(default = "yes")]
    pub passport_available: bool,
    /// The passport was lost or stolen together with the card (so it cannot be shown).
    #[serde(default)]
    pub passport_gone_too: bool,
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
    /// A case with nothing done yet: learned of in Japan, staying in Japan, the holder goes, no
    /// birth date, passport available, no activity permit, no order, no report. Set the other
    /// fields as the user answers.
    pub fn new(card: CardKind, incident: Incident, learned_on: NaiveDate) -> Self {
        Self {
            card,
            incident,
            learned_on,
            reentered_on: None,
            still_abroad: false,
            leaving_japan_soon: false,
            lost_at_home: false,
            not_reported: false,
            return_by: None,
            found_on: None,
            who_applies: WhoApplies::Holder,
            prefecture: None,
            holder_birth_date: None,
            passport_available: true,
            passport_gone_too: false,
            has_activity_permit: false,
            ordered_on: None,
            police_report: None,
            applied_on: None,
            my_number_suspended_on: None,
        }
    }

    /// Whether the card turned up again before a new one was issued (nothing to apply for).
    pub fn found_again(&self) -> bool {
        self.found_on.is_some() && self.applied_on.is_none()
    }

    /// Whether the person learned of the loss abroad: still there, or back with a day of
    /// re-entry (the 14 days then start on that day, 入管法 第19条の12 第1項).
    pub fn learned_abroad(&self) -> bool {
        self.still_abroad || self.reentered_on.is_some()
    }

    /// The proof of the loss still to bring, unless the card turned up again (docs/rules.md §3):
    /// for a loss or theft learned of abroad, the report made to the police there
    /// (docs/rules.md §8b.1), else the incident's own report.
    pub fn report_needed(&self) -> Option<ReportKind> {
        if self.found_again() {
            return None;
        }
        match self.incident.report_kind() {
            Some(ReportKind::LossReport | ReportKind::TheftReport) if self.learned_abroad() => {
                Some(ReportKind::PoliceAbroad)
            }
            kind => kind,
        }
    }

    /// The reports the person may record for this case, the one [`Case::report_needed`] names
    /// first. Someone who learned of a loss abroad may have reported it abroad or, if it may have
    /// happened in Japan, to the police here after coming back.
    pub fn report_choices(&self) -> Vec<ReportKind> {
        match self.report_needed() {
            Some(ReportKind::PoliceAbroad) if !self.still_abroad => vec![
                ReportKind::PoliceAbroad,
                self.incident
                    .report_kind()
                    .unwrap_or(ReportKind::LossReport),
            ],
            Some(kind) => vec![kind],
            None => Vec::new(),
        }
    }

    /// Whether "I did not report it, and will not" may be chosen: a card lost at home (the police
    /// often take no report for it) or one lost or stolen abroad and not reported there
    /// (docs/rules.md §3.4, §8b.1). Anyone else is sent to the police first.
    pub fn can_go_unreported(&self) -> bool {
        matches!(self.incident, Incident::Lost | Incident::Stolen)
            && (self.lost_at_home || self.learned_abroad())
            && !self.found_again()
    }

    /// Whether the proof of the loss is settled: a report of a kind this case calls for
    /// ([`Case::report_choices`]) recorded, or none made where that is allowed.
    pub fn report_settled(&self) -> bool {
        let choices = self.report_choices();
        self.police_report
            .as_ref()
            .is_some_and(|r| choices.contains(&r.kind))
            || (self.not_reported && self.can_go_unreported())
    }

    /// Whether the police-box card helps: a loss or theft report still to make in Japan (abroad,
    /// the report is made to the police there, in their language).
    pub fn police_card_applies(&self) -> bool {
        matches!(
            self.report_needed(),
            Some(ReportKind::LossReport | ReportKind::TheftReport)
        ) && !self.not_reported
    }
}

fn yes() -> bool {
    true
}

/// A document to bring to the office (docs/rules.md §5, as of 2025-03-03). Which ones a case needs is
/// decided by the plan; papers and screens name them from this list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Document {
    /// 在留カード再交付申請書 (A4; the app fills it in).
    ApplicationForm,
    /// One photo 4 cm × 3 cm taken within 6 months (not needed under 16).
    Photo,
    /// 紛失・盗難に係る陳述書 with the police acceptance number, or the written account of a card
    /// destroyed in an accident (the app fills it in).
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
    /// Proof of the cohabiting relative's identity and relationship, when a relative applies.
    RepresentativeId,
    /// A doctor's certificate (診断書), when a relative applies because the holder is ill.
    MedicalCertificate,
    /// The letter of authority (委任状), when a relative applies at the holder's request (the
    /// app fills it in).
    LetterOfAuthority,
    /// What is left of a card destroyed in an accident, if anything.
    CardPieces,
    /// The report made to the police abroad, or a copy, when the card was lost or stolen there.
    PoliceReportAbroad,
    /// A Japanese translation of the report made abroad (the person may write it themselves).
    PoliceReportTranslation,
    /// The registered agent's certificate (申請等取次者証明書), which the agent carries.
    AgentCertificate,
}
