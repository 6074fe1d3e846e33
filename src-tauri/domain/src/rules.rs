//! The rules of law, each in one place with its source and the date it took effect.
