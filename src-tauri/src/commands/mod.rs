//! The commands the UI calls. Each is a thin adapter: check the input, call the domain, return
//! what it says. One file per area.

pub mod app;
pub mod case;
pub mod data;
pub mod exports;
pub mod list;
pub mod overview;
pub mod papers;
pub mod people;
pub mod reminders;
