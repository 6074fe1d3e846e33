//! The ordered plan for a case: steps, the documents checklist, fee and penalty.
