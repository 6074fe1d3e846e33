//! Dates in words: a small CLDR-like pattern per language, with the names of months and weekdays
//! taken from the catalog (`locales/<code>/common.ftl`), so a translator can edit all of it.
//!
//! Each language's `common.ftl` holds three messages:
//! - `date-pattern`: e.g. `EEE, d MMM y`. Tokens: `y` year, `M`/`MM` month number (`MM` pads to
//!   two digits), `MMM` month name (`date-month`), `d`/`dd` day (`dd` pads), `EEE` weekday name
//!   (`date-weekday`). Text in single quotes is literal (`''` is a quote); any other character is
//!   copied as it is.
//! - `date-month`: a selector on `$month` = `jan` … `dec`.
//! - `date-weekday`: a selector on `$weekday` = `mon` … `sun`.
//!
//! Digits are always Latin (0–9), Nepali included: the date is compared with the Japanese date on
//! the user's papers and typed into Japanese forms, which use Latin digits.

use chrono::{Datelike, NaiveDate, Weekday};

/// The month keys the `date-month` selector receives, January first.
pub const MONTH_KEYS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// The `$weekday` keys the `date-weekday` selector receives, Sunday first (as Japanese calendars
/// are drawn).
pub const WEEKDAY_KEYS_FROM_SUNDAY: [&str; 7] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

/// The `$weekday` key the `date-weekday` selector receives for a date.
pub fn weekday_key(date: NaiveDate) -> &'static str {
    match date.weekday() {
        Weekday::Mon => "mon",
        Weekday::Tue => "tue",
        Weekday::Wed => "wed",
        Weekday::Thu => "thu",
        Weekday::Fri => "fri",
        Weekday::Sat => "sat",
        Weekday::Sun => "sun",
    }
}

/// The `$month` key the `date-month` selector receives for a date.
pub fn month_key(date: NaiveDate) -> &'static str {
    MONTH_KEYS[date.month0() as usize]
}

/// The Japanese form of a date, as official papers and offices write it: `2026年11月24日(火)`.
///
/// Independent of the catalog: this is what the user copies onto Japanese forms, shown beside the
/// date in their own language.
pub fn format_date_ja(date: NaiveDate) -> String {
    const WEEKDAYS: [&str; 7] = ["月", "火", "水", "木", "金", "土", "日"];
    format!(
        "{}年{}月{}日({})",
        date.year(),
        date.month(),
        date.day(),
        WEEKDAYS[date.weekday().num_days_from_monday() as usize]
    )
}

/// One piece of a parsed date pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Piece {
    /// Text copied as it is.
    Literal(String),
    /// The year, e.g. `2026`.
    Year,
    /// The month number; `true` pads it to two digits.
    MonthNumber(bool),
    /// The month's name from `date-month`.
    MonthName,
    /// The day of the month; `true` pads it to two digits.
    Day(bool),
    /// The weekday's name from `date-weekday`.
    Weekday,
}

/// Splits a date pattern into pieces. Runs of pattern letters other than `y`, `M`, `d`, `E` are
/// kept as literal text, so a mistake shows up in the output rather than vanishing.
pub(crate) fn parse_pattern(pattern: &str) -> Vec<Piece> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\'' {
            i += 1;
            if chars.get(i) == Some(&'\'') {
                literal.push('\'');
                i += 1;
                continue;
            }
            while i < chars.len() {
                if chars[i] == '\'' {
                    if chars.get(i + 1) == Some(&'\'') {
                        literal.push('\'');
                        i += 2;
                        continue;
                    }
                    i += 1;
                    break;
                }
                literal.push(chars[i]);
                i += 1;
            }
            continue;
        }
        let run = chars[i..].iter().take_while(|&&x| x == c).count();
        let piece = match (c, run) {
            ('y', _) => Some(Piece::Year),
            ('M', 1) => Some(Piece::MonthNumber(false)),
            ('M', 2) => Some(Piece::MonthNumber(true)),
            ('M', _) => Some(Piece::MonthName),
            ('d', 1) => Some(Piece::Day(false)),
            ('d', _) => Some(Piece::Day(true)),
            ('E', _) => Some(Piece::Weekday),
            _ => None,
        };
        match piece {
            Some(p) => {
                if !literal.is_empty() {
                    pieces.push(Piece::Literal(std::mem::take(&mut literal)));
                }
                pieces.push(p);
            }
            None => literal.extend(std::iter::repeat_n(c, run)),
        }
        i += run;
    }
    if !literal.is_empty() {
        pieces.push(Piece::Literal(literal));
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn japanese_form() {
        assert_eq!(format_date_ja(d(2026, 11, 24)), "2026年11月24日(火)");
        assert_eq!(format_date_ja(d(2027, 1, 3)), "2027年1月3日(日)");
    }

    #[test]
    fn keys() {
        assert_eq!(weekday_key(d(2026, 11, 24)), "tue");
        assert_eq!(month_key(d(2026, 11, 24)), "nov");
        assert_eq!(month_key(d(2026, 1, 1)), "jan");
    }

    #[test]
    fn pattern_tokens_and_quotes() {
        use Piece::*;
        assert_eq!(
            parse_pattern("EEE, dd/MM/y"),
            vec![
                Weekday,
                Literal(", ".into()),
                Day(true),
                Literal("/".into()),
                MonthNumber(true),
                Literal("/".into()),
                Year
            ]
        );
        assert_eq!(
            parse_pattern("'de' d 'o''clock' MMM x"),
            vec![
                Literal("de ".into()),
                Day(false),
                Literal(" o'clock ".into()),
                MonthName,
                Literal(" x".into())
            ]
        );
        assert_eq!(
            parse_pattern("y年M月"),
            vec![
                Year,
                Literal("年".into()),
                MonthNumber(false),
                Literal("月".into())
            ]
        );
    }
}
