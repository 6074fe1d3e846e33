//! The case: the triage, opening it, the dashboard, and what the user records as they go.

use chrono::{NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Runtime, State};
use zairyu_domain::case::{Case, Document, PoliceReport, ReportKind};
use zairyu_domain::police_phrases;
use zairyu_domain::rules;
use zairyu_domain::text::Text;
use zairyu_domain::triage::{self, Answers, QuestionId, QuestionKind};
use zairyu_domain::validate;

use crate::clock;
use crate::error::{AppError, UiError};
use crate::records::{new_id, CaseRecord};
use crate::reminders::sync;
use crate::state::AppState;
use crate::view::{CaseView, Viewer};

/// One option of a question, in words.
#[derive(Debug, Serialize)]
pub struct ChoiceView {
    /// The value to send back.
    pub value: &'static str,
    /// Its label.
    pub label: String,
    /// When the option asks for a date too: the answer field it goes to (`reentered_on`).
    pub date_field: Option<&'static str>,
    /// The label of that date.
    pub date_label: Option<String>,
}

/// The question to show, in words.
#[derive(Debug, Serialize)]
pub struct QuestionView {
    /// Which question.
    pub id: QuestionId,
    /// Its kind.
    pub kind: QuestionKind,
    /// The question.
    pub title: String,
    /// A line of help.
    pub help: String,
    /// The options.
    pub choices: Vec<ChoiceView>,
}

/// Where the triage stands.
#[derive(Debug, Serialize)]
pub struct TriageView {
    /// The question to ask; `None` when the case can be opened.
    pub question: Option<QuestionView>,
    /// Its number, from 1.
    pub number: usize,
    /// How many in all.
    pub total: usize,
    /// "Question 2 of 6", in words.
    pub progress: String,
    /// Today in Japan (the latest date an answer may be).
    pub today: NaiveDate,
}

fn case_error(e: Vec<validate::CaseError>) -> AppError {
    AppError::Case(e)
}

/// The next triage question for the answers so far (or an error naming what cannot be true).
#[tauri::command]
pub fn triage_next(state: State<'_, AppState>, answers: Answers) -> Result<TriageView, UiError> {
    let today = clock::today();
    let step = triage::next(&answers, today).map_err(|e| state.explain(case_error(e)))?;
    let lang = state.lang();
    let viewer = Viewer::new(&lang);
    Ok(TriageView {
        question: step.question.map(|q| QuestionView {
            id: q.id,
            kind: q.kind,
            title: viewer.tr(&q.title),
            help: viewer.tr(&q.help),
            choices: q
                .choices
                .iter()
                .map(|c| ChoiceView {
                    value: c.value,
                    label: viewer.tr(&c.label),
                    date_field: c.date_field,
                    date_label: c.date_label.as_ref().map(|t| viewer.tr(t)),
                })
                .collect(),
        }),
        number: step.number,
        total: step.total,
        progress: viewer.tr(&Text::new("ui-triage-progress")
            .int("number", step.number as i64)
            .int("total", step.total as i64)),
        today,
    })
}

/// Opens the case once every answer is in; returns its dashboard. Its reminders follow at once
/// (the opening one shown, the others scheduled on mobile).
#[tauri::command]
pub fn open_case<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    answers: Answers,
) -> Result<CaseView, UiError> {
    let today = clock::today();
    let run = || -> Result<CaseView, AppError> {
        let case = triage::finish(&answers, today)
            .map_err(case_error)?
            .ok_or_else(|| AppError::invalid("err-app-triage-incomplete", "answers"))?;
        let record = CaseRecord::new(new_id('c'), Utc::now(), case);
        let lang = state.lang();
        let view = Viewer::new(&lang).case(&record, today);
        state.update(|r| {
            r.cases.push(record);
            Ok(())
        })?;
        sync::after_change(&app, Vec::new());
        Ok(view)
    };
    run().map_err(|e| state.explain(e))
}

fn with_case(
    state: &AppState,
    id: &str,
    change: impl FnOnce(&mut CaseRecord, NaiveDate) -> Result<(), AppError>,
) -> Result<CaseView, UiError> {
    let today = clock::today();
    let run = || -> Result<CaseView, AppError> {
        state.update(|r| {
            let record = r.case_mut(id).ok_or(AppError::NotFound("case"))?;
            change(record, today)?;
            let lang = state.lang();
            Ok(Viewer::new(&lang).case(record, today))
        })
    };
    run().map_err(|e| state.explain(e))
}

/// Changes the facts of case `id` with `change` (given today's Japan date), checks that they can
/// be true, keeps them, and brings the reminders in line with the new deadline (or its absence).
/// A refused change changes nothing.
fn change_facts<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    id: &str,
    change: impl FnOnce(&mut Case, NaiveDate) -> Result<(), AppError>,
) -> Result<CaseView, UiError> {
    let view = with_case(state, id, |record, today| {
        let mut case = record.case.clone();
        change(&mut case, today)?;
        validate::case(&case, today).map_err(case_error)?;
        record.case = case;
        Ok(())
    })?;
    sync::after_change(app, Vec::new());
    Ok(view)
}

/// The dashboard of a case.
#[tauri::command]
pub fn case_view(state: State<'_, AppState>, id: String) -> Result<CaseView, UiError> {
    let records = state.records();
    let record = records
        .case(&id)
        .ok_or_else(|| state.explain(AppError::NotFound("case")))?;
    let lang = state.lang();
    Ok(Viewer::new(&lang).case(record, clock::today()))
}

/// The report as the UI sends it.
#[derive(Debug, Deserialize)]
pub struct ReportInput {
    /// Which report.
    pub kind: ReportKind,
    /// Where it was made.
    pub station: String,
    /// When.
    pub reported_on: NaiveDate,
    /// The acceptance number as printed (empty for a disaster certificate, or when the police
    /// did not accept the report).
    #[serde(default)]
    pub acceptance_number: String,
    /// The police did not accept the report (a card lost at home, say).
    #[serde(default)]
    pub not_accepted: bool,
}

/// Records the police report (or disaster certificate) and its number.
#[tauri::command]
pub fn set_police_report(
    state: State<'_, AppState>,
    id: String,
    report: ReportInput,
) -> Result<CaseView, UiError> {
    with_case(&state, &id, |record, today| {
        let station = report.station.trim().to_owned();
        if station.is_empty() {
            return Err(AppError::invalid("err-app-station-empty", "station"));
        }
        if station.chars().count() > rules::STATION_MAX_CHARS
            || station.chars().any(char::is_control)
        {
            return Err(AppError::Invalid {
                text: Text::new("err-app-station-too-long")
                    .int("max", rules::STATION_MAX_CHARS as i64),
                field: Some("station"),
            });
        }
        let mut police_report = PoliceReport {
            kind: report.kind,
            station,
            reported_on: report.reported_on,
            acceptance_number: String::new(),
            not_accepted: report.not_accepted && report.kind != ReportKind::DisasterCertificate,
        };
        if !police_report.not_accepted {
            police_report.acceptance_number = validate::acceptance_number(
                &report.acceptance_number,
                police_report.needs_number(),
            )
            .map_err(|e| AppError::Invalid {
                text: e.text(),
                field: Some("acceptance_number"),
            })?;
        }
        let mut case = record.case.clone();
        case.police_report = Some(police_report);
        validate::case(&case, today).map_err(case_error)?;
        record.case = case;
        Ok(())
    })
}

/// Ticks or unticks a document of the checklist.
#[tauri::command]
pub fn set_tick(
    state: State<'_, AppState>,
    id: String,
    document: Document,
    ticked: bool,
) -> Result<CaseView, UiError> {
    with_case(&state, &id, |record, _| {
        if ticked {
            record.ticks.insert(document);
        } else {
            record.ticks.remove(&document);
        }
        Ok(())
    })
}

/// Records the day the application was made (or the old card returned): the case is done, and its
/// reminders are cancelled.
#[tauri::command]
pub fn mark_applied<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: String,
    on: Option<NaiveDate>,
) -> Result<CaseView, UiError> {
    change_facts(&app, &state, &id, |case, today| {
        case.applied_on = on.or(Some(today));
        Ok(())
    })
}

/// Records the day the person came back to Japan, for a loss learned of abroad: the 14 days count
/// from it (入管法 第19条の12 第1項), so the deadline and the reminders follow at once.
#[tauri::command]
pub fn set_reentry<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: String,
    on: NaiveDate,
) -> Result<CaseView, UiError> {
    change_facts(&app, &state, &id, |case, _| {
        if !case.incident.card_is_gone() {
            return Err(AppError::invalid(
                "err-app-reentry-not-this-case",
                "reentered_on",
            ));
        }
        case.reentered_on = Some(on);
        case.still_abroad = false;
        Ok(())
    })
}

/// Records that the card turned up again before a new one was issued (`on`, today when not
/// given), or, with `found: false`, takes that back. While found there is nothing to apply for, so
/// the reminders are cancelled; taken back, they return.
#[tauri::command]
pub fn set_found<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: String,
    found: bool,
    on: Option<NaiveDate>,
) -> Result<CaseView, UiError> {
    change_facts(&app, &state, &id, |case, today| {
        if found && !(case.incident.card_is_gone() && case.applied_on.is_none()) {
            return Err(AppError::invalid("err-app-found-not-this-case", "found_on"));
        }
        case.found_on = if found { on.or(Some(today)) } else { None };
        Ok(())
    })
}

/// Deletes a case and cancels its reminders.
#[tauri::command]
pub fn delete_case<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: String,
) -> Result<(), UiError> {
    state
        .update(|r| {
            let before = r.cases.len();
            r.cases.retain(|c| c.id != id);
            if r.cases.len() == before {
                return Err(AppError::NotFound("case"));
            }
            Ok(())
        })
        .map_err(|e| state.explain(e))?;
    sync::after_change(&app, vec![id]);
    Ok(())
}

/// One phrase for the police box.
#[derive(Debug, Serialize)]
pub struct PhraseView {
    /// The Japanese, shown large.
    pub japanese: &'static str,
    /// Its meaning in the user's language.
    pub meaning: String,
}

/// The police-box card of a case: Japanese to show an officer, with the user's language under it.
#[tauri::command]
pub fn police_card(state: State<'_, AppState>, id: String) -> Result<Vec<PhraseView>, UiError> {
    let records = state.records();
    let record = records
        .case(&id)
        .ok_or_else(|| state.explain(AppError::NotFound("case")))?;
    Ok(police_phrases::for_incident(record.case.incident)
        .into_iter()
        .map(|p| PhraseView {
            japanese: p.japanese,
            meaning: state.tr(&p.meaning),
        })
        .collect())
}
