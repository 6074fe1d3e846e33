//! The Japanese (and English) words of the papers.

/// The PDF's title.
pub const DOCUMENT_TITLE: &str = "在留カード再交付申請書 APPLICATION FOR RE-ISSUANCE OF A RESIDENCE CARD";
/// The PDF's subject.
pub const DOCUMENT_SUBJECT: &str = "在留カード再交付申請 Re-issuance of a lost residence card";
