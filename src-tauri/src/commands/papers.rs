//! The papers screen, its answers, and the PDF.

use tauri::{AppHandle, Runtime, State};
use zairyu_core::papers::{LateInput, PapersView, StatementInput};
use zairyu_core::saved::SavedView;
use zairyu_core::UiError;
use zairyu_papers::PassportReasons;

use crate::exports::Kind;
use crate::state::AppState;

/// The papers screen of case `id`.
#[tauri::command]
pub fn papers_view(state: State<'_, AppState>, id: String) -> Result<PapersView, UiError> {
    state.run(|core, clock| core.papers_view(&id, clock))
}

/// Saves the answers the statement and the reason letter are written from; a refused answer
/// changes nothing. Returns the updated screen.
#[tauri::command]
pub fn set_paper_answers(
    state: State<'_, AppState>,
    id: String,
    statement: Option<StatementInput>,
    late: Option<LateInput>,
    passport: Option<PassportReasons>,
) -> Result<PapersView, UiError> {
    state.run(|core, clock| core.set_paper_answers(&id, statement, late, passport, clock))
}

/// Makes the PDF of case `id` and saves it where this platform saves files for the user
/// (Downloads on the desktop and Android, Files on iOS); then it can be opened or shared.
#[tauri::command]
pub async fn make_papers<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: String,
) -> Result<SavedView, UiError> {
    let file = state.run(|core, clock| core.make_papers(&id, clock));
    state.save(&app, Kind::Papers, file).await
}
