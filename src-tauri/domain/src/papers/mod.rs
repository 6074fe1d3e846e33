//! The papers: the application form, the loss statement, the reason letter and a summary, as one A4 PDF.
