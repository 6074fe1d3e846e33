//! The app's error, sent to the UI as a value.
