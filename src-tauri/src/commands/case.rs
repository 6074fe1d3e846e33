//! The case: the triage, opening it, the dashboard, and what the user records as they go. A
//! change to a case's facts brings its reminders in line at once.

use chrono::NaiveDate;
use tauri::{AppHandle, Runtime, State};
use zairyu_core::case::{PhraseView, ReportInput, Tick, TravelInput, TriageView};
use zairyu_core::new_card::NewCardInput;
use zairyu_core::view::CaseView;
use zairyu_core::where_to_go::MythView;
use zairyu_core::UiError;
use zairyu_domain::offices::Prefecture;
use zairyu_domain::triage::Answers;

use crate::state::AppState;

/// The next triage question for the answers so far (or an error naming what cannot be true).
#[tauri::command]
pub fn triage_next(state: State<'_, AppState>, answers: Answers) -> Result<TriageView, UiError> {
    state.run(|core, clock| core.triage_next(&answers, clock))
}

/// Opens the case once every answer is in; returns its dashboard.
#[tauri::command]
pub fn open_case<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    answers: Answers,
) -> Result<CaseView, UiError> {
    state.change(&app, |core, clock| core.open_case(&answers, clock))
}

/// The dashboard of a case.
#[tauri::command]
pub fn case_view(state: State<'_, AppState>, id: String) -> Result<CaseView, UiError> {
    state.run(|core, clock| core.case_view(&id, clock))
}

/// Records the police report (or disaster certificate, or the report made abroad) and its
/// number, or that none was made where that is allowed.
#[tauri::command]
pub fn set_police_report(
    state: State<'_, AppState>,
    id: String,
    report: ReportInput,
) -> Result<CaseView, UiError> {
    state.run(|core, clock| core.set_police_report(&id, report, clock))
}

/// Ticks or unticks a line of a checklist (a document, or a line of the meanwhile checklist).
#[tauri::command]
pub fn set_tick(
    state: State<'_, AppState>,
    id: String,
    tick: Tick,
    ticked: bool,
) -> Result<CaseView, UiError> {
    state.run(|core, clock| core.set_tick(&id, tick, ticked, clock))
}

/// Records the prefecture of the holder's address, for the office finder.
#[tauri::command]
pub fn set_prefecture(
    state: State<'_, AppState>,
    id: String,
    prefecture: Option<Prefecture>,
) -> Result<CaseView, UiError> {
    state.run(|core, clock| core.set_prefecture(&id, prefecture, clock))
}

/// The myths and their facts.
#[tauri::command]
pub fn myths(state: State<'_, AppState>) -> Result<Vec<MythView>, UiError> {
    state.run(|core, _| Ok(core.myths()))
}

/// Records the day the application was made (or the old card returned): the case is done.
#[tauri::command]
pub fn mark_applied<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: String,
    on: Option<NaiveDate>,
) -> Result<CaseView, UiError> {
    state.change(&app, |core, clock| core.mark_applied(&id, on, clock))
}

/// Records the new card of a case that is done (its number and dates go on the person); the
/// renewal reminders follow its dates.
#[tauri::command]
pub fn record_new_card<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: String,
    card: NewCardInput,
) -> Result<CaseView, UiError> {
    state.change(&app, |core, clock| core.record_new_card(&id, card, clock))
}

/// Records the day the person came back to Japan (the 14 days count from it).
#[tauri::command]
pub fn set_reentry<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: String,
    on: NaiveDate,
) -> Result<CaseView, UiError> {
    state.change(&app, |core, clock| core.set_reentry(&id, on, clock))
}

/// Records travel: leaving Japan soon, or (still abroad) the last day of the re-entry
/// permission, which has reminders of its own.
#[tauri::command]
pub fn set_travel<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: String,
    travel: TravelInput,
) -> Result<CaseView, UiError> {
    state.change(&app, |core, clock| core.set_travel(&id, travel, clock))
}

/// Records that the card turned up again, or with `found: false` takes that back.
#[tauri::command]
pub fn set_found<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: String,
    found: bool,
    on: Option<NaiveDate>,
) -> Result<CaseView, UiError> {
    state.change(&app, |core, clock| core.set_found(&id, found, on, clock))
}

/// Deletes a case (and its reminders).
#[tauri::command]
pub fn delete_case<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: String,
) -> Result<(), UiError> {
    state.change(&app, |core, _| core.delete_case(&id))
}

/// The police-box card of a case: Japanese to show an officer, with the user's language under it.
#[tauri::command]
pub fn police_card(state: State<'_, AppState>, id: String) -> Result<Vec<PhraseView>, UiError> {
    state.run(|core, _| core.police_card(&id))
}
