//! The ordered plan for a case: steps, the documents checklist, fee and penalty, the deadline, and
//! notes — each item with the [`Source`] it comes from, so the app can show where and as of when.
//! Everything serializes to JSON for the UI.

pub mod age;
mod documents;
mod money;
mod notes;
mod steps;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::case::{CardKind, Case, Document, Incident, WhoApplies};
use crate::deadline::{self, Deadline, DeadlineStatus};
use crate::rules::Source;
use crate::text::Text;

/// The office the application (or the old card) goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Office {
    /// The regional immigration office (地方出入国在留管理局 / 支局 / 出張所) covering the address.
    ImmigrationOffice,
    /// The city or ward office (特別永住者証明書, 入管特例法 第13条).
    CityOffice,
}

/// Who goes to the office (docs/rules.md §4).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Applicant {
    /// The card holder in person (16 or older).
    #[default]
    Holder,
    /// A cohabiting relative aged 16+ as 代理人, for a holder under 16 (obligatory).
    RelativeForChild,
    /// A cohabiting relative aged 16+, because the holder is ill (with a doctor's certificate).
    RelativeForIllHolder,
    /// A cohabiting relative aged 16+, at the holder's request (with a 委任状).
    RelativeAtRequest,
    /// A registered agent (申請取次者).
    Agent,
    /// Someone the office must agree to first: a parent or guardian not living with the holder,
    /// or, for a holder under 16 or ill, another relative or someone living with them
    /// (入管法施行規則 第59条の3 第2項).
    ApprovedOther,
    /// Nobody can go yet (a holder under 16 or ill with no one of the above): ask the office.
    NoOneYet,
}

impl Applicant {
    /// Who goes for a case: for a holder under 16 on the deciding day, one of those who may go for
    /// a child (a relative living with them unless another was chosen); else the holder's choice.
    pub fn for_case(case: &Case, holder_age: Option<u32>) -> Applicant {
        let child = holder_age.is_some_and(|age| age < crate::rules::PROXY_AGE);
        match case.who_applies {
            WhoApplies::Agent => Applicant::Agent,
            WhoApplies::OtherWithApproval => Applicant::ApprovedOther,
            WhoApplies::NoOneYet => Applicant::NoOneYet,
            _ if child => Applicant::RelativeForChild,
            WhoApplies::Holder | WhoApplies::RelativeForChild => Applicant::Holder,
            WhoApplies::RelativeHolderIll => Applicant::RelativeForIllHolder,
            WhoApplies::RelativeAtRequest => Applicant::RelativeAtRequest,
        }
    }

    /// Whether a relative of the holder who lives with them goes (and brings their ID and proof
    /// of the relationship).
    pub fn is_relative(self) -> bool {
        matches!(
            self,
            Applicant::RelativeForChild
                | Applicant::RelativeForIllHolder
                | Applicant::RelativeAtRequest
        )
    }

    /// Whether the holder goes in person.
    pub fn holder_goes(self) -> bool {
        self == Applicant::Holder
    }

    /// Whether the one who goes is the relative the law obliges to apply (入管法 第61条の8の3
    /// 第2項): the cohabiting relative of a holder under 16 or ill. Failing to apply, they face a
    /// non-criminal fine (第77条の3).
    pub fn is_obliged_relative(self) -> bool {
        matches!(
            self,
            Applicant::RelativeForChild | Applicant::RelativeForIllHolder
        )
    }

    /// The value of `$applicant` in the messages: `holder`, `relative`, `agent`, `approved` or
    /// `nobody`.
    pub fn message_arg(self) -> &'static str {
        match self {
            Applicant::Holder => "holder",
            Applicant::Agent => "agent",
            Applicant::ApprovedOther => "approved",
            Applicant::NoOneYet => "nobody",
            Applicant::RelativeForChild
            | Applicant::RelativeForIllHolder
            | Applicant::RelativeAtRequest => "relative",
        }
    }
}

/// What a step is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    /// Suspend the My Number functions of a 特定在留カード through the hotline.
    SuspendMyNumber,
    /// File a 遺失届 at a police box or station and note the acceptance number.
    ReportLossToPolice,
    /// File a 盗難届 at a police box or station and note the acceptance number.
    ReportTheftToPolice,
    /// Get a 罹災証明書 from the fire department or the city office.
    GetDisasterCertificate,
    /// Learned of it abroad: report the loss or theft to the police there and keep the report
    /// (still abroad), or record the report made there (back in Japan).
    ReportToPoliceAbroad,
    /// Abroad: come back to Japan with the passport and the re-entry permission.
    ReturnToJapan,
    /// Found again: tell the police, so the report can be withdrawn.
    TellPoliceFound,
    /// Found again, a 特定在留カード: have the My Number suspension lifted.
    LiftMyNumberSuspension,
    /// Ask the office first whether it agrees to the one who would go (or who may go, when
    /// nobody can yet): a holder under 16 or ill with no relative living with them.
    AskOfficeWhoMayApply,
    /// Apply at the immigration office covering the address.
    ApplyAtImmigrationOffice,
    /// Apply at the city or ward office (special permanent residents).
    ApplyAtCityOffice,
    /// Return the old card, at an office or by post.
    ReturnOldCard,
}

/// One step of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    /// What it is.
    pub kind: StepKind,
    /// What to tell the user (ids `plan-step-*`).
    pub text: Text,
    /// Where the step comes from.
    pub source: Option<Source>,
    /// Whether the case records it as done.
    pub done: bool,
}

/// One document to bring.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentItem {
    /// Which document.
    pub document: Document,
    /// What to tell the user (ids `plan-doc-*`).
    pub text: Text,
    /// `false` for one to bring only if the office asks (the police certificate).
    pub required: bool,
    /// Where the requirement comes from.
    pub source: Source,
}

/// What the application costs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fee {
    /// The fee in yen (0 for loss, theft, destruction, damage).
    pub yen: i64,
    /// What to tell the user (`plan-fee-free` or `plan-fee-exchange { $yen }`).
    pub text: Text,
    /// The office charges nothing; only a lawyer or 行政書士 may charge for acting for you
    /// (`plan-fee-warning`).
    pub warning: Text,
    /// Where the warning comes from.
    pub warning_source: Source,
    /// Where the fee comes from.
    pub source: Source,
}

/// What the law provides if the duty is not met, stated calmly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Penalty {
    /// What to tell the user (ids `plan-penalty-*`).
    pub text: Text,
    /// Where it comes from.
    pub source: Source,
    /// Whether to show it open: only once the deadline has passed. Before, it is there for whoever
    /// asks, not put in front of a frightened person who is on time (docs/rules.md §2).
    pub open: bool,
}

/// Something the user should know that is not a step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// What to tell the user (ids `plan-note-*`).
    pub text: Text,
    /// Where it comes from, if from a rule.
    pub source: Option<Source>,
}

/// The plan for one case as of one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    /// The card.
    pub card: CardKind,
    /// What happened.
    pub incident: Incident,
    /// Where to go.
    pub office: Office,
    /// Who goes.
    pub applicant: Applicant,
    /// The holder's age on the day that decides it (see [`age::deciding_day`]), when the birth
    /// date is known.
    pub holder_age: Option<u32>,
    /// What must be read before anything else (leaving Japan without a card), most urgent first.
    pub warnings: Vec<Note>,
    /// When there is no deadline: why (ids `plan-no-deadline-*`).
    pub no_deadline: Option<Text>,
    /// The steps, in order.
    pub steps: Vec<Step>,
    /// The index in `steps` of the first step not done; `None` when all are done.
    pub next_step: Option<usize>,
    /// The documents to bring.
    pub documents: Vec<DocumentItem>,
    /// The fee; `None` when nothing is applied for (returning an old card).
    pub fee: Option<Fee>,
    /// The penalty for missing the deadline; `None` when there is no deadline to miss or
    /// docs/rules.md states none for the case.
    pub penalty: Option<Penalty>,
    /// The deadline, when there is one.
    pub deadline: Option<Deadline>,
    /// Other things to know.
    pub notes: Vec<Note>,
}

impl Plan {
    /// The documents, without their texts (for papers and quick checks).
    pub fn document_kinds(&self) -> Vec<Document> {
        self.documents.iter().map(|item| item.document).collect()
    }

    /// The step kinds, in order.
    pub fn step_kinds(&self) -> Vec<StepKind> {
        self.steps.iter().map(|step| step.kind).collect()
    }
}

/// What the rules need to know about a case on a day, computed once.
struct Facts<'a> {
    case: &'a Case,
    office: Office,
    applicant: Applicant,
    deadline: Option<Deadline>,
    /// Past the legal last day and not yet applied.
    late: bool,
    /// The holder is under 16 on the deciding day ([`age::deciding_day`]): no photo, and someone
    /// goes for them.
    child: bool,
}

/// The plan for `case` as of `today` (a Japan date; rules never read the clock).
pub fn for_case(case: &Case, today: NaiveDate) -> Plan {
    let deadline = deadline::for_case(case, today);
    let holder_age = case
        .holder_birth_date
        .map(|birth| age::on(birth, age::deciding_day(case, today)));
    let facts = Facts {
        case,
        office: match case.card {
            CardKind::SpecialPermanentResident => Office::CityOffice,
            CardKind::ResidenceCard | CardKind::SpecifiedResidenceCard => Office::ImmigrationOffice,
        },
        applicant: Applicant::for_case(case, holder_age),
        child: holder_age.is_some_and(|age| age < crate::rules::PROXY_AGE),
        late: matches!(
            deadline.as_ref().map(|d| d.status),
            Some(DeadlineStatus::Overdue { .. })
        ),
        deadline,
    };
    let steps = steps::for_case(&facts);
    Plan {
        card: case.card,
        incident: case.incident,
        office: facts.office,
        applicant: facts.applicant,
        holder_age,
        next_step: steps.iter().position(|step| !step.done),
        warnings: notes::warnings(&facts, today),
        no_deadline: facts.deadline.is_none().then(|| notes::no_deadline(&facts)),
        steps,
        documents: documents::for_case(&facts),
        fee: money::fee(&facts),
        penalty: money::penalty(&facts),
        notes: notes::for_case(&facts, today),
        deadline: facts.deadline,
    }
}
