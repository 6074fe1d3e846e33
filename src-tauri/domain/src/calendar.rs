//! National holidays and the days government offices are closed.
