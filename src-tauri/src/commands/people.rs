//! The people of this device and their form profiles.

use tauri::{AppHandle, Runtime, State};
use zairyu_core::people::ProfileInput;
use zairyu_core::UiError;
use zairyu_domain::profile::Profile;

use crate::state::AppState;

/// A person's profile, to edit.
#[tauri::command]
pub fn person_get(state: State<'_, AppState>, id: String) -> Result<Profile, UiError> {
    state.run(|core, _| core.person(&id))
}

/// Saves a person (a new one when `id` is `None`), linked to `case_id` when given; returns the
/// person's id. A refused profile changes nothing; the card's dates bring the renewal reminders
/// in line.
#[tauri::command]
pub fn save_person<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: Option<String>,
    profile: ProfileInput,
    case_id: Option<String>,
) -> Result<String, UiError> {
    state.change(&app, |core, clock| {
        core.save_person(id, profile, case_id.as_deref(), clock)
    })
}

/// Makes `person_id` the person of case `case_id`.
#[tauri::command]
pub fn link_person(
    state: State<'_, AppState>,
    case_id: String,
    person_id: String,
) -> Result<(), UiError> {
    state.run(|core, clock| core.link_person(&case_id, &person_id, clock))
}

/// Deletes a person; their cases stay, without a person, and their renewal reminders go.
#[tauri::command]
pub fn delete_person<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: String,
) -> Result<(), UiError> {
    state.change(&app, |core, _| core.delete_person(&id))
}
