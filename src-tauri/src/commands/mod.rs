//! The commands the UI calls: adapters of a few lines around the core (`zairyu_core::Core`),
//! which checks the input, keeps the records and builds the views. What is here is what needs
//! Tauri: the state, the notification plugin, the platform's files. One file per area; every
//! command is declared once, in `list.rs`.

pub mod app;
pub mod case;
pub mod data;
pub mod exports;
pub mod list;
pub mod lock;
pub mod papers;
pub mod people;
pub mod reminders;
