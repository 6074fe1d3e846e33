//! Every limit on what the user types, in one table: the screens' `maxlength`, the checks of the
//! app and of the papers, and the messages (`{ $max }`) all read it from here, so a value one
//! screen accepts is never refused by another. None is a rule of law: each is what fits the
//! official form's box or the printed page, or a sanity limit that catches a pasted paragraph.

/// Nationality or region (国籍・地域).
pub const NATIONALITY: usize = 40;
/// Family name or given name in Roman capitals (a passport's name field holds 39).
pub const ROMAN_NAME: usize = 39;
/// Name in kanji (漢字氏名).
pub const KANJI_NAME: usize = 20;
/// An address (住居地).
pub const ADDRESS: usize = 100;
/// A phone number as typed (digits, spaces, hyphens, `+`, parentheses).
pub const PHONE: usize = 20;
/// The residence card number as typed, before spaces and hyphens are removed.
pub const CARD_NUMBER_TYPED: usize = 20;
/// A representative's or agent's name (free text).
pub const PERSON_NAME: usize = 60;
/// The representative's relationship to the applicant (続柄).
pub const RELATIONSHIP: usize = 20;
/// The agent's organisation (所属機関等).
pub const ORGANISATION: usize = 60;
/// The police station (or office) where the report was made: the papers wrap it onto two rows.
pub const STATION: usize = 60;
/// The police acceptance number as printed (「令和8年第123号」 is far shorter): a sanity limit.
pub const ACCEPTANCE_NUMBER: usize = 40;
/// The name of the place of the loss on the statement (陳述書).
pub const PLACE_NAME: usize = 60;
/// The optional detail of the statement (one printed paragraph).
pub const STATEMENT_DETAIL: usize = 100;
/// The optional detail of a reason letter (理由書).
pub const DETAIL: usize = 200;

/// Each limit under the id of the field the screens show it on (the ids the errors name), in
/// the order of the screens. The UI takes its `maxlength`s from this table.
pub const BY_FIELD: &[(&str, usize)] = &[
    ("nationality", NATIONALITY),
    ("family-name", ROMAN_NAME),
    ("given-name", ROMAN_NAME),
    ("kanji-name", KANJI_NAME),
    ("address", ADDRESS),
    ("card-number", CARD_NUMBER_TYPED),
    ("phone", PHONE),
    ("representative-name", PERSON_NAME),
    ("representative-relationship", RELATIONSHIP),
    ("representative-address", ADDRESS),
    ("representative-phone", PHONE),
    ("agent-name", PERSON_NAME),
    ("agent-organisation", ORGANISATION),
    ("agent-address", ADDRESS),
    ("agent-phone", PHONE),
    ("station", STATION),
    ("country", STATION),
    ("acceptance-number", ACCEPTANCE_NUMBER),
    ("loss-place-name", PLACE_NAME),
    ("loss-detail", STATEMENT_DETAIL),
    ("late-detail", DETAIL),
    ("late-illness-place", PLACE_NAME),
    ("late-abroad-place", PLACE_NAME),
    ("late-disaster", PLACE_NAME),
    ("passport-detail", DETAIL),
];

/// What is wrong with a free text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextProblem {
    /// Longer than its limit: its length in characters.
    TooLong {
        /// Characters (Unicode scalar values) of the trimmed text.
        len: usize,
    },
    /// It holds a control character (a line break, a tab): every free text is one printed line.
    ControlCharacter(char),
}

/// The one check of a free text, trimmed: at most `max` characters and no control character.
/// (Required or not is the caller's: what an empty value means differs by field.)
pub fn check(value: &str, max: usize) -> Result<(), TextProblem> {
    let value = value.trim();
    let len = value.chars().count();
    if len > max {
        return Err(TextProblem::TooLong { len });
    }
    match value.chars().find(|c| c.is_control()) {
        Some(c) => Err(TextProblem::ControlCharacter(c)),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_at_its_limit_passes_and_one_more_character_does_not() {
        assert_eq!(check(&"署".repeat(STATION), STATION), Ok(()));
        assert_eq!(
            check(&"署".repeat(STATION + 1), STATION),
            Err(TextProblem::TooLong { len: STATION + 1 })
        );
        assert_eq!(check("  a  ", 1), Ok(()), "trimmed first");
    }

    #[test]
    fn a_line_break_is_refused_wherever_it_is() {
        assert_eq!(
            check("新宿\n警察署", STATION),
            Err(TextProblem::ControlCharacter('\n'))
        );
    }

    #[test]
    fn every_field_has_one_limit() {
        let mut ids: Vec<_> = BY_FIELD.iter().map(|(id, _)| *id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), BY_FIELD.len());
    }
}
