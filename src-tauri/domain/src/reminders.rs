//! The reminder plan for an open case.
