//! The papers screen: what the PDF will hold and what is still missing, the structured answers the
//! statement and the reason letter are written from, making the PDF, and opening it to print.
//! Every decision (which pages, what is missing) is the domain's `papers` module.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Runtime, State};
use zairyu_domain::text::Text;
use zairyu_papers::fonts::PaperFont;
use zairyu_papers::request::limits;
use zairyu_papers::{
    pages_for, preflight, render_packet_with, HowLost, LateReason, LateReasons, LossStatement,
    PacketRequest, PaperKind, PassportReason, PassportReasons, PlaceKind, TimeOfDay,
};

use crate::clock;
use crate::commands::exports::{remember, SavedView};
use crate::commands::people::{summaries, PersonSummary};
use crate::error::{AppError, UiError};
use crate::exports::{self, Kind};
use crate::records::CaseRecord;
use crate::state::AppState;
use crate::view::Viewer;

/// One option of a choice, in words.
#[derive(Debug, Serialize)]
pub struct OptionView {
    /// The value to send back.
    pub value: String,
    /// Its label.
    pub label: String,
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

/// Longest free texts, for the inputs.
#[derive(Debug, Serialize)]
pub struct LimitsView {
    /// The place name.
    pub place_name: usize,
    /// A detail of the reasons.
    pub detail: usize,
    /// A detail of the statement.
    pub statement_detail: usize,
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
    /// Limits of the free texts.
    pub limits: LimitsView,
    /// The first problem; `None` when the papers can be made.
    pub problem: Option<ProblemView>,
    /// The values that will be printed (when a person is chosen).
    pub preview: Vec<PrintedValue>,
    /// How to print, a line each.
    pub how_to_print: Vec<String>,
}

fn options<T: Serialize + Copy>(state: &AppState, group: &str, all: &[T]) -> Vec<OptionView> {
    all.iter()
        .map(|v| {
            let value = serde_json::to_value(v)
                .ok()
                .and_then(|j| j.as_str().map(str::to_owned))
                .unwrap_or_default();
            OptionView {
                label: state.tr_id(&format!("ui-choice-{group}-{value}")),
                value,
            }
        })
        .collect()
}

/// The packet request for a case whose person is chosen, filled in today.
fn request_for(state: &AppState, record: &CaseRecord, today: NaiveDate) -> Option<PacketRequest> {
    let person_id = record.person_id.as_deref()?;
    let profile = state.records().person(person_id)?.profile.clone();
    Some(PacketRequest::assemble(
        profile,
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

fn preview(state: &AppState, request: &PacketRequest, viewer: &Viewer) -> Vec<PrintedValue> {
    let n = request.normalized();
    let field = |id: &str| state.tr(&Text::new("paper-field").str("field", id));
    let date = |d: NaiveDate| viewer.date(d).ja;
    let mut out = vec![PrintedValue {
        label: field("birth-date"),
        value: date(n.profile.birth_date),
    }];
    out.extend(
        n.typed_values()
            .into_iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(f, v)| PrintedValue {
                label: field(f),
                value: v.to_owned(),
            }),
    );
    out.push(PrintedValue {
        label: field("learned-on"),
        value: date(n.case.learned_on),
    });
    if let Some(r) = &n.case.police_report {
        out.push(PrintedValue {
            label: field("reported-on"),
            value: date(r.reported_on),
        });
    }
    out
}

fn view(state: &AppState, record: &CaseRecord) -> Result<PapersView, AppError> {
    let today = clock::today();
    let lang = state.lang();
    let viewer = Viewer::new(&lang);
    let records = state.records();
    let people = summaries(&records);
    let person = record
        .person_id
        .as_deref()
        .and_then(|id| people.iter().find(|p| p.id == id))
        .map(|p| PersonSummary {
            id: p.id.clone(),
            name: p.name.clone(),
        });
    let request = request_for(state, record, today);
    let (pages, problem, preview_values) = match &request {
        None => (
            Vec::new(),
            Some(ProblemView {
                message: state.tr_id("ui-papers-person-missing"),
                field: Some("person".into()),
            }),
            Vec::new(),
        ),
        Some(req) => {
            let pages = pages_for(req)
                .into_iter()
                .map(|k| state.tr_id(page_line(k)))
                .collect();
            let problem = PaperFont::shared()
                .and_then(|font| preflight(req, font))
                .err()
                .map(|e| {
                    let e = state.explain(AppError::Paper(e));
                    ProblemView {
                        field: e.field,
                        message: e.message,
                    }
                });
            (pages, problem, preview(state, req, &viewer))
        }
    };
    let (asks_statement, asks_late, asks_passport) = match &request {
        Some(r) => (r.needs_statement(), r.is_late(), !r.case.passport_available),
        None => (false, false, false),
    };
    let advice = request
        .as_ref()
        .map(|r| r.advice().iter().map(|t| state.tr(t)).collect())
        .unwrap_or_default();
    Ok(PapersView {
        case_id: record.id.clone(),
        person,
        people,
        pages,
        asks_statement,
        asks_late,
        asks_passport,
        statement: record.answers.loss_statement.clone(),
        late: record.answers.late_reasons.clone(),
        passport: record
            .answers
            .passport_reasons
            .clone()
            .or_else(|| PassportReasons::suggested_for(&record.case)),
        learned_on: record.case.learned_on,
        advice,
        choices: ChoicesView {
            time_of_day: options(state, "time-of-day", &TimeOfDay::ALL),
            place_kind: options(state, "place-kind", &PlaceKind::ALL),
            how: options(state, "how", HowLost::choices_for(record.case.incident)),
            late: options(state, "late", &LateReason::ALL),
            passport: options(state, "passport", &PassportReason::ALL),
        },
        limits: LimitsView {
            place_name: limits::PLACE_NAME,
            detail: limits::DETAIL,
            statement_detail: limits::STATEMENT_DETAIL,
        },
        problem,
        preview: preview_values,
        how_to_print: [
            "ui-papers-print-home",
            "ui-papers-print-store",
            "ui-papers-print-after",
        ]
        .iter()
        .map(|id| state.tr_id(id))
        .collect(),
    })
}

/// The papers screen of case `id`.
#[tauri::command]
pub fn papers_view(state: State<'_, AppState>, id: String) -> Result<PapersView, UiError> {
    let records = state.records();
    let record = records
        .case(&id)
        .ok_or_else(|| state.explain(AppError::NotFound("case")))?;
    view(&state, record).map_err(|e| state.explain(e))
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
    /// A short detail, may be empty.
    #[serde(default)]
    pub detail: Option<String>,
}

fn check_detail(detail: &Option<String>, field: &'static str, max: usize) -> Result<(), AppError> {
    let Some(d) = detail else { return Ok(()) };
    if d.trim().chars().count() > max || d.chars().any(char::is_control) {
        return Err(AppError::Invalid {
            text: Text::new("err-app-detail-too-long").int("max", max as i64),
            field: Some(field),
        });
    }
    Ok(())
}

/// Saves the answers the statement and the reason letter are written from. Each answer given
/// replaces the saved one; a refused answer changes nothing. Returns the updated screen.
#[tauri::command]
pub fn set_paper_answers(
    state: State<'_, AppState>,
    id: String,
    statement: Option<StatementInput>,
    late: Option<LateReasons>,
    passport: Option<PassportReasons>,
) -> Result<PapersView, UiError> {
    let run = || -> Result<PapersView, AppError> {
        let statement = match statement {
            None => None,
            Some(s) => {
                let date = NaiveDate::parse_from_str(s.date.trim(), "%Y-%m-%d")
                    .map_err(|_| AppError::invalid("err-app-date-invalid", "loss-date"))?;
                let place_name = s.place_name.trim().to_owned();
                if place_name.chars().count() > limits::PLACE_NAME
                    || place_name.chars().any(char::is_control)
                {
                    return Err(AppError::invalid(
                        "err-app-place-too-long",
                        "loss-place-name",
                    ));
                }
                check_detail(&s.detail, "loss-detail", limits::STATEMENT_DETAIL)?;
                Some(LossStatement {
                    date,
                    time_of_day: s.time_of_day,
                    place_kind: s.place_kind,
                    place_name,
                    how: s.how,
                    detail: s
                        .detail
                        .map(|d| d.trim().to_owned())
                        .filter(|d| !d.is_empty()),
                })
            }
        };
        if let Some(l) = &late {
            check_detail(&l.detail, "late-detail", limits::DETAIL)?;
        }
        if let Some(p) = &passport {
            check_detail(&p.detail, "passport-detail", limits::DETAIL)?;
        }
        state.update(|r| {
            let record = r.case_mut(&id).ok_or(AppError::NotFound("case"))?;
            if let Some(s) = statement {
                if s.date > record.case.learned_on {
                    return Err(AppError::invalid("err-app-loss-after-learned", "loss-date"));
                }
                if !s.how.fits(record.case.incident) {
                    return Err(AppError::invalid("err-app-choice-invalid", "how"));
                }
                record.answers.loss_statement = Some(s);
            }
            if late.is_some() {
                record.answers.late_reasons = late;
            }
            if passport.is_some() {
                record.answers.passport_reasons = passport;
            }
            Ok(())
        })?;
        let records = state.records();
        let record = records.case(&id).ok_or(AppError::NotFound("case"))?;
        view(&state, record)
    };
    run().map_err(|e| state.explain(e))
}

/// Makes the PDF of case `id` and saves it where this platform saves files for the user
/// ([`exports::save`]: Downloads on the desktop and Android, Files on iOS), named with the family
/// name and today's Japan date; then it can be opened or shared (`open_export`, `share_export`).
#[tauri::command]
pub async fn make_papers<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: String,
) -> Result<SavedView, UiError> {
    let today = clock::today();
    let made = || -> Result<(String, Vec<u8>), AppError> {
        let records = state.records();
        let record = records.case(&id).ok_or(AppError::NotFound("case"))?;
        let request = request_for(&state, record, today)
            .ok_or_else(|| AppError::invalid("ui-papers-person-missing", "person"))?;
        let pdf = render_packet_with(&request, PaperFont::shared()?)?;
        let name = request
            .profile
            .normalized()
            .family_name
            .to_ascii_lowercase()
            .replace([' ', '\''], "-");
        Ok((
            format!("zairyu-papers-{name}-{}.pdf", today.format("%Y%m%d")),
            pdf,
        ))
    };
    let (file, pdf) = made().map_err(|e| state.explain(e))?;
    let size = pdf.len();
    let saved = exports::save(&app, &state, Kind::Papers, &file, pdf)
        .await
        .map_err(|e| state.explain(e))?;
    Ok(remember(
        &state,
        &format!("papers:{id}"),
        saved,
        "ui-papers-made",
        size,
    ))
}
