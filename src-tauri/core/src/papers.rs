//! The papers screen: what the PDF will hold and what is still missing, the structured answers the
//! statement and the reason letter are written from, and the PDF itself. Every decision (which
//! pages, what is missing, whether an answer fits) is the papers crate's.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use zairyu_domain::limits;
use zairyu_domain::text::Text;
use zairyu_papers::fonts::PaperFont;
use zairyu_papers::{
    pages_for, preflight, render_packet_with, AlsoLost, HowLost, LateReason, LateReasons,
    LossStatement, PacketRequest, PaperKind, PassportReason, PassportReasons, PlaceKind, Stay,
    TimeOfDay,
};

use crate::clock::Clock;
use crate::error::AppError;
use crate::people::{summaries, PersonSummary};
use crate::records::{CaseRecord, Records};
use crate::saved::FileToSave;
use crate::state::Core;
use crate::view::Viewer;

/// One option of a choice, in words.
#[derive(Debug, Serialize)]
pub struct OptionView {
    /// The value to send back.
    pub value: String,
    /// Its label.
    pub label: String,
    /// The fields this option asks for when chosen (a late reason's facts), by field id.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub asks: &'static [&'static str],
    /// What choosing it means, when that needs saying ("I did not know the rule" admits it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
}

/// The options of every question of the papers.
#[derive(Debug, Serialize)]
pub struct ChoicesView {
    /// About when in the day.
    pub time_of_day: Vec<OptionView>,
    /// What kind of place.
    pub place_kind: Vec<OptionView>,
    /// What happened.
    pub how: Vec<OptionView>,
    /// Why late.
    pub late: Vec<OptionView>,
    /// Why without a passport.
    pub passport: Vec<OptionView>,
    /// What else went with the card.
    pub also_lost: Vec<OptionView>,
}

/// A value that will be printed, with its field's name.
#[derive(Debug, Serialize)]
pub struct PrintedValue {
    /// The field, in words.
    pub label: String,
    /// The value as printed.
    pub value: String,
}

/// The first thing that stops the papers, with the field to fix.
#[derive(Debug, Serialize)]
pub struct ProblemView {
    /// What to do, in words.
    pub message: String,
    /// The field it is about (`loss-place-name`, `police-station`, …), if any.
    pub field: Option<String>,
}

/// Everything the papers screen shows.
#[derive(Debug, Serialize)]
pub struct PapersView {
    /// The case.
    pub case_id: String,
    /// The person the papers are for, once chosen.
    pub person: Option<PersonSummary>,
    /// The people to choose from.
    pub people: Vec<PersonSummary>,
    /// What the PDF will hold, one line per page (empty until a person is chosen).
    pub pages: Vec<String>,
    /// Whether the statement's questions are asked (a lost or stolen card).
    pub asks_statement: bool,
    /// Whether the late-application reasons are asked.
    pub asks_late: bool,
    /// Whether the passport reasons are asked.
    pub asks_passport: bool,
    /// The statement's answers so far.
    pub statement: Option<LossStatement>,
    /// The late reasons so far.
    pub late: Option<LateReasons>,
    /// The passport reasons so far.
    pub passport: Option<PassportReasons>,
    /// The day the card was found missing (the default day of the loss, and the latest it can be).
    pub learned_on: NaiveDate,
    /// What to know before printing, a line each (no row for a kanji name, a blank card number,
    /// "I was abroad" without a return day, …).
    pub advice: Vec<String>,
    /// The options.
    pub choices: ChoicesView,
    /// The longest text each field takes, by field id (the one limits table).
    pub limits: BTreeMap<&'static str, usize>,
    /// The first problem; `None` when the papers can be made.
    pub problem: Option<ProblemView>,
    /// The values that will be printed (when a person is chosen), in the form's order.
    pub preview: Vec<PrintedValue>,
    /// That the office may ask for the values to be copied onto its own form (when the packet
    /// holds the application form: not for a special permanent resident).
    pub copy_note: Option<String>,
    /// How to print, a line each.
    pub how_to_print: Vec<String>,
}

fn options<T: Serialize + Copy>(v: &Viewer, group: &str, all: &[T]) -> Vec<OptionView> {
    all.iter()
        .map(|x| {
            let value = serde_json::to_value(x)
                .ok()
                .and_then(|j| j.as_str().map(str::to_owned))
                .unwrap_or_default();
            OptionView {
                label: v.tr(&Text::new(format!("ui-choice-{group}-{value}"))),
                value,
                asks: &[],
                help: None,
            }
        })
        .collect()
}

/// The packet request for a case whose person is chosen, filled in `today`.
fn request_for(records: &Records, record: &CaseRecord, today: NaiveDate) -> Option<PacketRequest> {
    let person = records.person(record.person_id.as_deref()?)?;
    Some(PacketRequest::assemble(
        person.profile.clone(),
        record.case.clone(),
        record.answers.clone(),
        today,
    ))
}

fn page_line(kind: PaperKind) -> &'static str {
    match kind {
        PaperKind::ApplicationForm => "ui-papers-page-application-form",
        PaperKind::LossStatement => "ui-papers-page-loss-statement",
        PaperKind::ReasonLetter => "ui-papers-page-reason-letter",
        PaperKind::LetterOfAuthority => "ui-papers-page-letter-of-authority",
        PaperKind::Summary => "ui-papers-page-summary",
    }
}

/// The values the papers print, in the form's order (the birth date after the nationality, the day
/// learned after the card number), then the other papers': easy to copy onto the office's form.
fn preview(v: &Viewer, request: &PacketRequest) -> Vec<PrintedValue> {
    let n = request.normalized();
    let field = |id: &str| v.tr(&Text::new("paper-field").str("field", id));
    let date = |d: NaiveDate| v.date(d).ja;
    let printed = |id: &str, value: String| PrintedValue {
        label: field(id),
        value,
    };
    let no_card_number = n.profile.card_number.trim().is_empty();
    let mut out = Vec::new();
    for (f, value) in n.typed_values() {
        if !value.is_empty() {
            out.push(printed(f, value.to_owned()));
        }
        match f {
            "nationality" => out.push(printed("birth-date", date(n.profile.birth_date))),
            "card-number" | "address" if (f == "card-number") != no_card_number => {
                out.push(printed("learned-on", date(n.case.learned_on)))
            }
            "acceptance-number" => {
                if let Some(r) = &n.case.police_report {
                    out.push(printed("reported-on", date(r.reported_on)));
                }
            }
            _ => {}
        }
    }
    out
}

/// The papers screen of `record` on `today`.
fn papers_view(v: &Viewer, records: &Records, record: &CaseRecord, today: NaiveDate) -> PapersView {
    let people = summaries(records);
    let person = record
        .person_id
        .as_deref()
        .and_then(|id| people.iter().find(|p| p.id == id))
        .cloned();
    let request = request_for(records, record, today);
    let (pages, problem, preview_values) = match &request {
        None => (
            Vec::new(),
            Some(ProblemView {
                message: v.tr(&Text::new("ui-papers-person-missing")),
                field: Some("person".into()),
            }),
            Vec::new(),
        ),
        Some(req) => {
            let pages = pages_for(req)
                .into_iter()
                .map(|k| v.tr(&Text::new(page_line(k))))
                .collect();
            let problem = PaperFont::shared()
                .and_then(|font| preflight(req, font))
                .err()
                .map(|e| {
                    let e = v.explain(AppError::Paper(e));
                    ProblemView {
                        field: e.field,
                        message: e.message,
                    }
                });
            (pages, problem, preview(v, req))
        }
    };
    let asks = |ask: fn(&PacketRequest) -> bool| request.as_ref().is_some_and(ask);
    PapersView {
        case_id: record.id.clone(),
        person,
        people,
        pages,
        asks_statement: asks(PacketRequest::needs_statement),
        asks_late: asks(PacketRequest::is_late),
        asks_passport: asks(PacketRequest::needs_passport_reasons),
        statement: record.answers.loss_statement.clone(),
        late: record.answers.late_reasons.clone(),
        passport: record
            .answers
            .passport_reasons
            .clone()
            .or_else(|| PassportReasons::suggested_for(&record.case)),
        learned_on: record.case.learned_on,
        advice: request
            .as_ref()
            .map(|r| r.advice().iter().map(|t| v.tr(t)).collect())
            .unwrap_or_default(),
        choices: ChoicesView {
            time_of_day: options(v, "time-of-day", &TimeOfDay::ALL),
            place_kind: options(v, "place-kind", &PlaceKind::ALL),
            how: options(v, "how", HowLost::choices_for(record.case.incident)),
            late: options(v, "late", &LateReason::ALL)
                .into_iter()
                .zip(LateReason::ALL)
                .map(|(o, r)| OptionView {
                    asks: r.asks(),
                    help: (r == LateReason::DidNotKnowRule)
                        .then(|| v.tr(&Text::new("ui-papers-late-did-not-know-help"))),
                    ..o
                })
                .collect(),
            passport: options(v, "passport", &PassportReason::ALL),
            also_lost: options(v, "also-lost", &AlsoLost::ALL),
        },
        limits: limits::BY_FIELD.iter().copied().collect(),
        problem,
        preview: preview_values,
        copy_note: request
            .as_ref()
            .filter(|r| pages_for(r).contains(&PaperKind::ApplicationForm))
            .map(|_| v.tr(&Text::new("ui-papers-copy-note"))),
        how_to_print: [
            "ui-papers-print-home",
            "ui-papers-print-store",
            "ui-papers-print-after",
        ]
        .iter()
        .map(|id| v.tr(&Text::new(*id)))
        .collect(),
    }
}

/// The statement's answers as the UI sends them (the day as `YYYY-MM-DD`).
#[derive(Debug, Deserialize)]
pub struct StatementInput {
    /// The day it happened.
    pub date: String,
    /// About when.
    pub time_of_day: TimeOfDay,
    /// What kind of place.
    pub place_kind: PlaceKind,
    /// The place's name, may be empty.
    #[serde(default)]
    pub place_name: String,
    /// What happened.
    pub how: HowLost,
    /// The person's own details in full sentences, may be empty.
    #[serde(default)]
    pub detail: Option<String>,
    /// What else went with the card.
    #[serde(default)]
    pub also_lost: Vec<AlsoLost>,
}

impl StatementInput {
    /// The statement, or the first answer that cannot be read or does not fit the case.
    fn parse(self, record: &CaseRecord) -> Result<LossStatement, AppError> {
        let date = NaiveDate::parse_from_str(self.date.trim(), "%Y-%m-%d")
            .map_err(|_| AppError::invalid("err-app-date-invalid", "loss-date"))?;
        let statement = LossStatement {
            date,
            time_of_day: self.time_of_day,
            place_kind: self.place_kind,
            place_name: self.place_name.trim().to_owned(),
            how: self.how,
            detail: self
                .detail
                .map(|d| d.trim().to_owned())
                .filter(|d| !d.is_empty()),
            also_lost: self.also_lost,
        };
        statement.check(&record.case)?;
        Ok(statement)
    }
}

/// Where someone was and when, as the UI sends it (days as `YYYY-MM-DD`, `until` may be empty).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct StayInput {
    /// The hospital or the country.
    pub place: String,
    /// From this day.
    pub from: String,
    /// Until this day; empty while it goes on.
    pub until: String,
}

/// The late reasons as the UI sends them: the reasons, the person's words, and each reason's
/// facts (read only for the reasons chosen).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct LateInput {
    /// The reasons chosen.
    pub reasons: Vec<LateReason>,
    /// The person's own words.
    pub detail: Option<String>,
    /// Ill or in hospital: where and when.
    pub illness: Option<StayInput>,
    /// Abroad: where and when.
    pub abroad: Option<StayInput>,
    /// Which disaster.
    pub disaster: Option<String>,
}

impl StayInput {
    /// The stay, or the first day that cannot be read (named by its field, `<field>-from`).
    fn parse(self, field: &'static str) -> Result<Stay, AppError> {
        let day = |text: &str, which: &'static str| -> Result<Option<NaiveDate>, AppError> {
            let text = text.trim();
            if text.is_empty() {
                return Ok(None);
            }
            NaiveDate::parse_from_str(text, "%Y-%m-%d")
                .map(Some)
                .map_err(|_| AppError::invalid("err-app-date-invalid", which))
        };
        let (from_field, until_field) = match field {
            "late-illness" => ("late-illness-from", "late-illness-until"),
            _ => ("late-abroad-from", "late-abroad-until"),
        };
        let from = day(&self.from, from_field)?.ok_or_else(|| {
            AppError::Paper(zairyu_papers::PaperError::Empty {
                field: from_field.into(),
            })
        })?;
        Ok(Stay {
            place: self.place.trim().to_owned(),
            from,
            until: day(&self.until, until_field)?,
        })
    }
}

impl LateInput {
    /// The late reasons, each chosen reason with its facts, checked by the papers' own rules.
    fn parse(self, today: NaiveDate) -> Result<LateReasons, AppError> {
        let chose = |r| self.reasons.contains(&r);
        let illness = match self.illness.filter(|_| chose(LateReason::Illness)) {
            Some(s) => Some(s.parse("late-illness")?),
            None => None,
        };
        let abroad = match self.abroad.filter(|_| chose(LateReason::Abroad)) {
            Some(s) => Some(s.parse("late-abroad")?),
            None => None,
        };
        let late = LateReasons {
            illness,
            abroad,
            disaster: self
                .disaster
                .filter(|_| chose(LateReason::Disaster))
                .map(|d| d.trim().to_owned()),
            detail: self
                .detail
                .map(|d| d.trim().to_owned())
                .filter(|d| !d.is_empty()),
            reasons: self.reasons,
        };
        late.check(today)?;
        Ok(late)
    }
}

impl Core {
    /// The papers screen of case `id`.
    pub fn papers_view(&self, id: &str, clock: &Clock) -> Result<PapersView, AppError> {
        self.read(|records| {
            let record = records.case(id).ok_or(AppError::NotFound("case"))?;
            Ok(self.view(|v| papers_view(v, records, record, clock.today)))
        })
    }

    /// Saves the answers the statement and the reason letter are written from. Each answer given
    /// replaces the saved one; a refused answer changes nothing. Returns the updated screen.
    pub fn set_paper_answers(
        &self,
        id: &str,
        statement: Option<StatementInput>,
        late: Option<LateInput>,
        passport: Option<PassportReasons>,
        clock: &Clock,
    ) -> Result<PapersView, AppError> {
        self.update(|records| {
            let record = records.case_mut(id).ok_or(AppError::NotFound("case"))?;
            if let Some(s) = statement {
                record.answers.loss_statement = Some(s.parse(record)?);
            }
            if let Some(l) = late {
                record.answers.late_reasons = Some(l.parse(clock.today)?);
            }
            if let Some(p) = passport {
                p.check()?;
                record.answers.passport_reasons = Some(p);
            }
            let record = records.case(id).ok_or(AppError::NotFound("case"))?;
            Ok(self.view(|v| papers_view(v, records, record, clock.today)))
        })
    }

    /// The PDF of case `id`, named with the family name and today's Japan date, for the platform
    /// to save.
    pub fn make_papers(&self, id: &str, clock: &Clock) -> Result<FileToSave, AppError> {
        let request = self.read(|records| {
            let record = records.case(id).ok_or(AppError::NotFound("case"))?;
            request_for(records, record, clock.today)
                .ok_or_else(|| AppError::invalid("ui-papers-person-missing", "person"))
        })?;
        let bytes = render_packet_with(&request, PaperFont::shared()?)?;
        let name = request
            .profile
            .normalized()
            .family_name
            .to_ascii_lowercase()
            .replace([' ', '\''], "-");
        Ok(FileToSave {
            key: format!("papers:{id}"),
            name: format!("zairyu-papers-{name}-{}.pdf", clock.today.format("%Y%m%d")),
            bytes,
            message: "ui-papers-made",
        })
    }
}
