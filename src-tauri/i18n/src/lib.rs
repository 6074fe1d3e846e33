//! The translation catalog.
