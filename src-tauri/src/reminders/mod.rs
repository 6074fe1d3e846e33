//! Reminders on the device: the thin layer that talks to the notification plugin ([`sink`]) and
//! keeping the device in step with the records ([`sync`]). Which reminders exist, are due or
//! still to come is the core's (`zairyu_core::reminders::plan`, pure and tested with any "now").
//!
//! - **Mobile** (Android, iOS): every reminder still to come is scheduled with the OS under its
//!   stable id; at every start and after every change the schedule is made to match the plan
//!   again, cancelling what the core's record says was handed over and is no longer wanted
//!   (`zairyu_core::reminders::handed`). Android gets each an hour early ([`sink::LEAD`]); iOS
//!   gets the phone's wall-clock time of the instant (`zone`).
//! - **Desktop**: the plugin ignores schedules and shows at once, so the app runs its own timer
//!   while it is open and catches up at launch: a missed reminder is shown once (the most recent
//!   one per case), and its id is recorded in `CaseRecord::shown_reminders`.

pub mod sink;
pub mod sync;
#[cfg(any(test, target_os = "ios"))]
pub mod zone;
