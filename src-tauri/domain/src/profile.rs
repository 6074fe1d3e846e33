//! A person's profile: the fields of the application form (docs/rules.md §7), in the form's order.
//!
//! A profile is what the user types once and every paper reuses. [`Profile::validate`] checks it
//! before anything is printed; [`Profile::normalized`] gives the spelling the papers print (names in
//! capitals, the card number without spaces or hyphens).
//!
//! # Names
//! The applicant's name is written in Roman capitals **as in the passport's machine-readable
//! zone** (ICAO Doc 9303): the letters `A`–`Z`, with a single space, hyphen (`-`) or apostrophe
//! (`'`) between parts. No digits, no periods, and no letters with diacritics: a passport prints
//! `NGUYEN THI ANH` in its machine-readable zone even when the holder writes Nguyễn Thị Ánh, and
//! the residence card follows the passport. Lower-case `a`–`z` are accepted and printed upper-case.
//! The names of a legal representative or an agent are free text (they may be Japanese), checked
//! only for length and control characters; the papers check that the font can draw them.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::case::Case;
use crate::text::Text;
use crate::validate;
/// The card number tidied for printing; the same rule [`validate::residence_card_number`] checks.
pub use crate::validate::normalize_card_number;

use crate::limits;

/// The earliest birth date the form accepts.
pub const EARLIEST_BIRTH_DATE: (i32, u32, u32) = (1900, 1, 1);

/// Sex as on the form: 男 Male / 女 Female.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    /// 男 Male.
    Male,
    /// 女 Female.
    Female,
}

impl Sex {
    /// The form's Japanese word: 男 or 女.
    pub fn japanese(self) -> &'static str {
        match self {
            Sex::Male => "男",
            Sex::Female => "女",
        }
    }
}

/// The legal representative (法定代理人), when there is one (e.g. the parent of a child under 16).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LegalRepresentative {
    /// Name (氏名), free text.
    pub name: String,
    /// Relationship to the applicant (本人との関係), e.g. 父, 母, Father.
    pub relationship: String,
    /// Address (住所).
    pub address: String,
    /// Phone number (電話番号).
    pub phone: String,
}

/// The agent who files the application (取次者): a lawyer, 行政書士, or approved staff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agent {
    /// Name (氏名), free text.
    pub name: String,
    /// Address (住所).
    pub address: String,
    /// Organisation (所属機関等).
    pub organisation: String,
    /// Phone number (電話番号).
    pub phone: String,
    /// Date of birth: printed on the letter of authority (委任状), which names the relative it
    /// authorises by name, address and date of birth (docs/rules.md §11.7); not on the form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<NaiveDate>,
}

/// The applicant, with the fields of the application form in its order (docs/rules.md §7).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    /// 1. Nationality or region (国籍・地域), as on the residence card, e.g. `ベトナム` or `VIET NAM`.
    pub nationality: String,
    /// 2. Date of birth (生年月日).
    pub birth_date: NaiveDate,
    /// 3. Family name in Roman capitals as in the passport (see the module docs).
    pub family_name: String,
    /// 3. Given name(s) in Roman capitals as in the passport; empty when the passport has none.
    #[serde(default)]
    pub given_name: String,
    /// 3. The name in kanji, when the card shows one (漢字氏名).
    #[serde(default)]
    pub kanji_name: Option<String>,
    /// 4. Sex (性別).
    pub sex: Sex,
    /// 5. Address in Japan (住居地).
    pub address: String,
    /// 6. Residence card number (在留カード番号), e.g. `AB12345678CD`; empty when not known.
    #[serde(default)]
    pub card_number: String,
    /// 7. Whether the applicant holds a permission to engage in activity other than that permitted
    ///    (資格外活動許可の有無).
    pub activity_permit: bool,
    /// Phone number (電話番号).
    pub phone: String,
    /// 9. The legal representative, when there is one.
    #[serde(default)]
    pub legal_representative: Option<LegalRepresentative>,
    /// The agent (取次者), when there is one.
    #[serde(default)]
    pub agent: Option<Agent>,
    /// The dates printed on the card the person holds now (entered after a new card, or any
    /// time): what keeps it valid, and its renewal reminders (docs/rules.md §15).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_dates: Option<crate::validity::CardDates>,
}

/// A field of the profile, named for error messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProfileField {
    /// [`Profile::nationality`].
    Nationality,
    /// [`Profile::birth_date`].
    BirthDate,
    /// [`Profile::family_name`].
    FamilyName,
    /// [`Profile::given_name`].
    GivenName,
    /// [`Profile::kanji_name`].
    KanjiName,
    /// [`Profile::address`].
    Address,
    /// [`Profile::card_number`].
    CardNumber,
    /// [`Profile::phone`].
    Phone,
    /// [`LegalRepresentative::name`].
    RepresentativeName,
    /// [`LegalRepresentative::relationship`].
    RepresentativeRelationship,
    /// [`LegalRepresentative::address`].
    RepresentativeAddress,
    /// [`LegalRepresentative::phone`].
    RepresentativePhone,
    /// [`Agent::name`].
    AgentName,
    /// [`Agent::address`].
    AgentAddress,
    /// [`Agent::organisation`].
    AgentOrganisation,
    /// [`Agent::phone`].
    AgentPhone,
    /// [`Agent::birth_date`].
    AgentBirthDate,
}

impl ProfileField {
    /// The field's stable id, used as the `field` argument of error texts (`family-name`, …).
    pub fn id(self) -> &'static str {
        match self {
            ProfileField::Nationality => "nationality",
            ProfileField::BirthDate => "birth-date",
            ProfileField::FamilyName => "family-name",
            ProfileField::GivenName => "given-name",
            ProfileField::KanjiName => "kanji-name",
            ProfileField::Address => "address",
            ProfileField::CardNumber => "card-number",
            ProfileField::Phone => "phone",
            ProfileField::RepresentativeName => "representative-name",
            ProfileField::RepresentativeRelationship => "representative-relationship",
            ProfileField::RepresentativeAddress => "representative-address",
            ProfileField::RepresentativePhone => "representative-phone",
            ProfileField::AgentName => "agent-name",
            ProfileField::AgentAddress => "agent-address",
            ProfileField::AgentOrganisation => "agent-organisation",
            ProfileField::AgentPhone => "agent-phone",
            ProfileField::AgentBirthDate => "agent-birth-date",
        }
    }
}

/// Why a profile cannot be printed. Each variant names the field; [`ProfileError::text`] gives the
/// message for the user (catalog ids `err-profile-…`).
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ProfileError {
    /// A required field is empty.
    #[error("{} is empty", .field.id())]
    Empty {
        /// The field.
        field: ProfileField,
    },
    /// A field is longer than its limit.
    #[error("{} is {len} characters long; at most {max} fit", .field.id())]
    TooLong {
        /// The field.
        field: ProfileField,
        /// Its length in characters.
        len: usize,
        /// The limit.
        max: usize,
    },
    /// A character that may not appear in the field (a control character, a digit in a name…).
    #[error("{} contains {character:?}, which it may not contain", .field.id())]
    BadCharacter {
        /// The field.
        field: ProfileField,
        /// The character.
        character: char,
    },
    /// A Roman name with a letter that is not A–Z (ễ, ß…): the passport's machine-readable zone
    /// spells it without diacritics.
    #[error("{} contains {character:?}; write the name as in the passport's machine-readable zone (A–Z)", .field.id())]
    NotPassportLetter {
        /// The field.
        field: ProfileField,
        /// The character.
        character: char,
    },
    /// A Roman name with a doubled, leading or trailing space, hyphen or apostrophe.
    #[error("{} has a misplaced space, hyphen or apostrophe", .field.id())]
    BadNameSeparator {
        /// The field.
        field: ProfileField,
    },
    /// The residence card number is not 2 letters, 8 digits and 2 letters.
    #[error("residence card number {value:?} is not 2 letters, 8 digits and 2 letters")]
    CardNumber {
        /// The number as typed.
        value: String,
    },
    /// A phone number with too few or too many digits.
    #[error("{} does not look like a phone number", .field.id())]
    Phone {
        /// The field.
        field: ProfileField,
    },
    /// A birth date (the holder's, or the agent's) is after today.
    #[error("{} {date} is in the future", .field.id())]
    BirthDateInFuture {
        /// Whose birth date.
        field: ProfileField,
        /// The date given.
        date: NaiveDate,
    },
    /// A birth date is before 1900-01-01.
    #[error("{} {date} is before 1900", .field.id())]
    BirthDateTooEarly {
        /// Whose birth date.
        field: ProfileField,
        /// The date given.
        date: NaiveDate,
    },
}

impl ProfileError {
    /// The message for the user: catalog id `err-profile-…`, with the field as argument `field`.
    pub fn text(&self) -> Text {
        match self {
            ProfileError::Empty { field } => {
                Text::new("err-profile-empty").str("field", field.id())
            }
            ProfileError::TooLong { field, len, max } => Text::new("err-profile-too-long")
                .str("field", field.id())
                .int("len", *len as i64)
                .int("max", *max as i64),
            ProfileError::BadCharacter { field, character } => {
                Text::new("err-profile-bad-character")
                    .str("field", field.id())
                    .str("character", character.to_string())
            }
            ProfileError::NotPassportLetter { field, character } => {
                Text::new("err-profile-not-passport-letter")
                    .str("field", field.id())
                    .str("character", character.to_string())
            }
            ProfileError::BadNameSeparator { field } => {
                Text::new("err-profile-name-separator").str("field", field.id())
            }
            ProfileError::CardNumber { value } => Text::new("err-profile-card-number")
                .str("field", ProfileField::CardNumber.id())
                .str("value", value.clone()),
            ProfileError::Phone { field } => {
                Text::new("err-profile-phone").str("field", field.id())
            }
            ProfileError::BirthDateInFuture { field, date } => {
                Text::new("err-profile-birth-date-future")
                    .str("field", field.id())
                    .date("date", *date)
            }
            ProfileError::BirthDateTooEarly { field, date } => {
                Text::new("err-profile-birth-date-too-early")
                    .str("field", field.id())
                    .date("date", *date)
            }
        }
    }

    /// The field the error is about.
    pub fn field(&self) -> ProfileField {
        match self {
            ProfileError::Empty { field }
            | ProfileError::TooLong { field, .. }
            | ProfileError::BadCharacter { field, .. }
            | ProfileError::NotPassportLetter { field, .. }
            | ProfileError::BadNameSeparator { field }
            | ProfileError::Phone { field }
            | ProfileError::BirthDateInFuture { field, .. }
            | ProfileError::BirthDateTooEarly { field, .. } => *field,
            ProfileError::CardNumber { .. } => ProfileField::CardNumber,
        }
    }
}

impl Profile {
    /// Checks every field: required fields present, lengths within [`limits`], names in passport
    /// letters, the card number's shape (after [`normalize_card_number`]), phone numbers, and a birth
    /// date that can be true: not after `today` (a Japan date, see [`crate::jst::today`]) and not
    /// before 1900. Returns the first problem found, in the form's field order.
    pub fn validate(&self, today: NaiveDate) -> Result<(), ProfileError> {
        use ProfileField as F;
        free_text(F::Nationality, &self.nationality, limits::NATIONALITY, true)?;
        birth_date(F::BirthDate, self.birth_date, today)?;
        roman_name(F::FamilyName, &self.family_name, true)?;
        roman_name(F::GivenName, &self.given_name, false)?;
        if let Some(kanji) = &self.kanji_name {
            free_text(F::KanjiName, kanji, limits::KANJI_NAME, true)?;
        }
        free_text(F::Address, &self.address, limits::ADDRESS, true)?;
        card_number(&self.card_number)?;
        phone(F::Phone, &self.phone)?;
        if let Some(rep) = &self.legal_representative {
            free_text(F::RepresentativeName, &rep.name, limits::PERSON_NAME, true)?;
            free_text(
                F::RepresentativeRelationship,
                &rep.relationship,
                limits::RELATIONSHIP,
                true,
            )?;
            free_text(
                F::RepresentativeAddress,
                &rep.address,
                limits::ADDRESS,
                true,
            )?;
            phone(F::RepresentativePhone, &rep.phone)?;
        }
        if let Some(agent) = &self.agent {
            free_text(F::AgentName, &agent.name, limits::PERSON_NAME, true)?;
            free_text(F::AgentAddress, &agent.address, limits::ADDRESS, true)?;
            free_text(
                F::AgentOrganisation,
                &agent.organisation,
                limits::ORGANISATION,
                true,
            )?;
            phone(F::AgentPhone, &agent.phone)?;
            if let Some(born) = agent.birth_date {
                birth_date(F::AgentBirthDate, born, today)?;
            }
        }
        Ok(())
    }

    /// The spelling the papers print: names trimmed and in capitals, the card number normalised
    /// ([`normalize_card_number`]), other texts trimmed.
    pub fn normalized(&self) -> Profile {
        let trim = |s: &str| s.trim().to_owned();
        Profile {
            nationality: trim(&self.nationality),
            birth_date: self.birth_date,
            family_name: self.family_name.trim().to_ascii_uppercase(),
            given_name: self.given_name.trim().to_ascii_uppercase(),
            kanji_name: self
                .kanji_name
                .as_deref()
                .map(str::trim)
                .filter(|k| !k.is_empty())
                .map(str::to_owned),
            sex: self.sex,
            address: trim(&self.address),
            card_number: normalize_card_number(&self.card_number),
            activity_permit: self.activity_permit,
            phone: trim(&self.phone),
            legal_representative: self
                .legal_representative
                .as_ref()
                .map(|r| LegalRepresentative {
                    name: roman_capitals(&r.name),
                    relationship: trim(&r.relationship),
                    address: trim(&r.address),
                    phone: trim(&r.phone),
                }),
            card_dates: self.card_dates,
            agent: self.agent.as_ref().map(|a| Agent {
                name: roman_capitals(&a.name),
                address: trim(&a.address),
                organisation: trim(&a.organisation),
                phone: trim(&a.phone),
                birth_date: a.birth_date,
            }),
        }
    }

    /// The name as the form prints it: `FAMILY GIVEN`, or just `FAMILY` without a given name.
    pub fn roman_full_name(&self) -> String {
        let family = self.family_name.trim().to_ascii_uppercase();
        let given = self.given_name.trim().to_ascii_uppercase();
        if given.is_empty() {
            family
        } else {
            format!("{family} {given}")
        }
    }

    /// Copies the facts a case also needs about its holder (the birth date, for the rules under
    /// 16, the activity permit, for the checklist, and the prefecture of the address, for the
    /// office finder) onto `case`. Once a case belongs to a person, the profile is where those
    /// facts are entered; the app copies them on every save.
    pub fn apply_to(&self, case: &mut Case) {
        case.holder_birth_date = Some(self.birth_date);
        case.has_activity_permit = self.activity_permit;
        // The address names the prefecture the office finder looks up; when it does not (a
        // romanised address), the one chosen on the dashboard stays.
        if let Some(prefecture) = crate::offices::Prefecture::in_address(&self.address) {
            case.prefecture = Some(prefecture);
        }
    }
}

/// The card number, when given, must have the card's shape. It may be left empty: many who lost
/// the card do not know its number, and the form may go in with the box blank (docs/rules.md §8b).
fn card_number(raw: &str) -> Result<(), ProfileError> {
    if raw.trim().is_empty() {
        return Ok(());
    }
    check_len(ProfileField::CardNumber, raw, limits::CARD_NUMBER_TYPED)?;
    if validate::residence_card_number(raw).is_ok() {
        Ok(())
    } else {
        Err(ProfileError::CardNumber {
            value: raw.to_owned(),
        })
    }
}

fn check_len(field: ProfileField, value: &str, max: usize) -> Result<(), ProfileError> {
    let len = value.chars().count();
    if len > max {
        Err(ProfileError::TooLong { field, len, max })
    } else {
        Ok(())
    }
}

fn free_text(
    field: ProfileField,
    value: &str,
    max: usize,
    required: bool,
) -> Result<(), ProfileError> {
    let value = value.trim();
    if required && value.is_empty() {
        return Err(ProfileError::Empty { field });
    }
    limits::check(value, max).map_err(|problem| match problem {
        limits::TextProblem::TooLong { len } => ProfileError::TooLong { field, len, max },
        limits::TextProblem::ControlCharacter(character) => {
            ProfileError::BadCharacter { field, character }
        }
    })
}

/// A birth date that can be true: not after `today`, not before 1900.
fn birth_date(field: ProfileField, date: NaiveDate, today: NaiveDate) -> Result<(), ProfileError> {
    let earliest = NaiveDate::from_ymd_opt(
        EARLIEST_BIRTH_DATE.0,
        EARLIEST_BIRTH_DATE.1,
        EARLIEST_BIRTH_DATE.2,
    )
    .expect("a valid date");
    if date > today {
        return Err(ProfileError::BirthDateInFuture { field, date });
    }
    if date < earliest {
        return Err(ProfileError::BirthDateTooEarly { field, date });
    }
    Ok(())
}

/// A person's name as the papers print it: a name written in Latin letters becomes Roman capitals
/// without diacritics, as on a residence card or a passport (TRẦN VĂN ĐỨC → TRAN VAN DUC); a name
/// with any kanji or kana is left as written (trimmed). The marks are split off by Unicode's
/// canonical decomposition; the few letters that do not decompose (Đ, Ø, Ł, ß, Æ, Œ) are spelled
/// as passports do (ICAO 9303's transliteration).
pub fn roman_capitals(name: &str) -> String {
    use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};
    let name = name.trim();
    if name.chars().any(is_cjk_or_kana) {
        return name.to_owned();
    }
    let mut out = String::with_capacity(name.len());
    for c in name.nfd().filter(|c| !is_combining_mark(*c)) {
        match c {
            'Đ' | 'đ' | 'Ð' | 'ð' => out.push('D'),
            'Ø' | 'ø' => out.push('O'),
            'Ł' | 'ł' => out.push('L'),
            'ß' => out.push_str("SS"),
            'Æ' | 'æ' => out.push_str("AE"),
            'Œ' | 'œ' => out.push_str("OE"),
            c => out.extend(c.to_uppercase()),
        }
    }
    out
}

fn roman_name(field: ProfileField, value: &str, required: bool) -> Result<(), ProfileError> {
    let value = value.trim();
    if value.is_empty() {
        return if required {
            Err(ProfileError::Empty { field })
        } else {
            Ok(())
        };
    }
    check_len(field, value, limits::ROMAN_NAME)?;
    let mut previous_separator = true; // no separator at the start
    for c in value.chars() {
        match c {
            'A'..='Z' | 'a'..='z' => previous_separator = false,
            ' ' | '-' | '\'' => {
                if previous_separator {
                    return Err(ProfileError::BadNameSeparator { field });
                }
                previous_separator = true;
            }
            c if c.is_alphabetic() && !is_cjk_or_kana(c) => {
                return Err(ProfileError::NotPassportLetter {
                    field,
                    character: c,
                })
            }
            c => {
                return Err(ProfileError::BadCharacter {
                    field,
                    character: c,
                })
            }
        }
    }
    if previous_separator {
        return Err(ProfileError::BadNameSeparator { field });
    }
    Ok(())
}

fn is_cjk_or_kana(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x9FFF | 0xF900..=0xFAFF | 0xFF66..=0xFF9F | 0x20000..=0x3FFFF)
}

fn phone(field: ProfileField, value: &str) -> Result<(), ProfileError> {
    let value = value.trim();
    if value.is_empty() {
        return Err(ProfileError::Empty { field });
    }
    check_len(field, value, limits::PHONE)?;
    let mut digits = 0;
    for (i, c) in value.chars().enumerate() {
        match c {
            '0'..='9' => digits += 1,
            ' ' | '-' | '(' | ')' => {}
            '+' if i == 0 => {}
            c => {
                return Err(ProfileError::BadCharacter {
                    field,
                    character: c,
                })
            }
        }
    }
    if (6..=15).contains(&digits) {
        Ok(())
    } else {
        Err(ProfileError::Phone { field })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn profile() -> Profile {
        Profile {
            nationality: "ベトナム".into(),
            birth_date: date(1998, 4, 2),
            family_name: "NGUYEN".into(),
            given_name: "THI ANH".into(),
            kanji_name: None,
            sex: Sex::Female,
            address: "東京都新宿区大久保1-2-3 さくらハイツ101".into(),
            card_number: "ab 1234-5678 cd".into(),
            activity_permit: true,
            phone: "090-1234-5678".into(),
            legal_representative: None,
            agent: None,
            card_dates: None,
        }
    }

    const TODAY: (i32, u32, u32) = (2026, 11, 25);

    fn today() -> NaiveDate {
        date(TODAY.0, TODAY.1, TODAY.2)
    }

    #[test]
    fn a_plain_profile_is_valid_and_normalises() {
        let p = profile();
        assert_eq!(p.validate(today()), Ok(()));
        let n = p.normalized();
        assert_eq!(n.card_number, "AB12345678CD");
        assert_eq!(n.roman_full_name(), "NGUYEN THI ANH");
        assert_eq!(n.validate(today()), Ok(()));
    }

    #[test]
    fn card_number_shapes() {
        for ok in [
            "AB12345678CD",
            "ab12345678cd",
            "AB 1234 5678 CD",
            "ＡＢ１２３４５６７８ＣＤ",
        ] {
            assert!(card_number(ok).is_ok(), "{ok}");
        }
        for bad in [
            "AB1234567CD",
            "A112345678CD",
            "AB12345678C1",
            "AB12345678CDE",
            "AB12345678ÇD",
        ] {
            assert_eq!(
                card_number(bad),
                Err(ProfileError::CardNumber { value: bad.into() }),
                "{bad}"
            );
        }
        // Not known: left blank on the form (docs/rules.md §8b).
        assert_eq!(card_number(" "), Ok(()));
        assert_eq!(card_number(""), Ok(()));
    }

    #[test]
    fn names_follow_the_passport_zone() {
        for ok in ["NGUYEN", "O'BRIEN", "SMITH-JONES", "DE LA CRUZ", "smith"] {
            assert_eq!(
                roman_name(ProfileField::FamilyName, ok, true),
                Ok(()),
                "{ok}"
            );
        }
        assert_eq!(
            roman_name(ProfileField::FamilyName, "NGUYỄN", true),
            Err(ProfileError::NotPassportLetter {
                field: ProfileField::FamilyName,
                character: 'Ễ'
            })
        );
        assert_eq!(
            roman_name(ProfileField::GivenName, "JOHN 2", true),
            Err(ProfileError::BadCharacter {
                field: ProfileField::GivenName,
                character: '2'
            })
        );
        assert_eq!(
            roman_name(ProfileField::GivenName, "山田", true),
            Err(ProfileError::BadCharacter {
                field: ProfileField::GivenName,
                character: '山'
            })
        );
        for bad in ["A  B", "-AB", "AB-", "A.B"] {
            assert!(
                roman_name(ProfileField::FamilyName, bad, true).is_err(),
                "{bad}"
            );
        }
        assert_eq!(roman_name(ProfileField::GivenName, "", false), Ok(()));
        let long = "A".repeat(40);
        assert_eq!(
            roman_name(ProfileField::FamilyName, &long, true),
            Err(ProfileError::TooLong {
                field: ProfileField::FamilyName,
                len: 40,
                max: 39
            })
        );
    }

    #[test]
    fn birth_dates_that_cannot_be_true() {
        let mut p = profile();
        p.birth_date = date(2026, 11, 26);
        assert_eq!(
            p.validate(today()),
            Err(ProfileError::BirthDateInFuture {
                field: ProfileField::BirthDate,
                date: date(2026, 11, 26)
            })
        );
        p.birth_date = today();
        assert_eq!(p.validate(today()), Ok(()));
        p.birth_date = date(1899, 12, 31);
        assert!(matches!(
            p.validate(today()),
            Err(ProfileError::BirthDateTooEarly { .. })
        ));
    }

    #[test]
    fn lengths_and_phones() {
        let mut p = profile();
        p.address = "あ".repeat(limits::ADDRESS + 1);
        assert_eq!(
            p.validate(today()).unwrap_err().field(),
            ProfileField::Address
        );
        let mut p = profile();
        p.phone = "12345".into();
        assert_eq!(
            p.validate(today()),
            Err(ProfileError::Phone {
                field: ProfileField::Phone
            })
        );
        p.phone = "+81 (90) 1234-5678".into();
        assert_eq!(p.validate(today()), Ok(()));
        p.phone = "090-1234-567x".into();
        assert!(matches!(
            p.validate(today()),
            Err(ProfileError::BadCharacter { character: 'x', .. })
        ));
    }

    #[test]
    fn names_in_latin_letters_print_as_roman_capitals_without_diacritics() {
        assert_eq!(roman_capitals("  Trần Văn Đức "), "TRAN VAN DUC");
        assert_eq!(roman_capitals("Nguyễn Thị Ánh"), "NGUYEN THI ANH");
        assert_eq!(roman_capitals("Søren Groß"), "SOREN GROSS");
        assert_eq!(roman_capitals("João da Silva"), "JOAO DA SILVA");
        // A name in kanji or kana is printed as written.
        assert_eq!(roman_capitals(" 山田 太郎 "), "山田 太郎");
        assert_eq!(roman_capitals("行政書士 ヤマダ"), "行政書士 ヤマダ");
        let mut p = profile();
        p.agent = Some(Agent {
            name: "Trần Văn Đức".into(),
            address: "東京都".into(),
            organisation: "兄".into(),
            phone: "090-1111-2222".into(),
            birth_date: None,
        });
        assert_eq!(p.normalized().agent.unwrap().name, "TRAN VAN DUC");
    }

    #[test]
    fn representative_and_agent_are_checked() {
        let mut p = profile();
        p.legal_representative = Some(LegalRepresentative {
            name: "NGUYỄN VĂN ĐỨC".into(),
            relationship: "父".into(),
            address: "".into(),
            phone: "090-0000-0000".into(),
        });
        assert_eq!(
            p.validate(today()),
            Err(ProfileError::Empty {
                field: ProfileField::RepresentativeAddress
            })
        );
        p.legal_representative.as_mut().unwrap().address = "東京都".into();
        p.agent = Some(Agent {
            name: "山田太郎".into(),
            address: "東京都".into(),
            organisation: "山田行政書士事務所\u{7}".into(),
            phone: "03-0000-0000".into(),
            birth_date: None,
        });
        assert_eq!(
            p.validate(today()).unwrap_err().field(),
            ProfileField::AgentOrganisation
        );
    }

    #[test]
    fn errors_give_catalog_texts_naming_the_field() {
        let t = ProfileError::NotPassportLetter {
            field: ProfileField::FamilyName,
            character: 'Ễ',
        }
        .text();
        assert_eq!(t.id, "err-profile-not-passport-letter");
        assert_eq!(
            t.args.get("field"),
            Some(&crate::text::TextArg::Str("family-name".into()))
        );
    }
}
