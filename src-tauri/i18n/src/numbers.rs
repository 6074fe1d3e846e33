//! Numbers in words' clothing: every number a message shows (an amount of yen, a count of days,
//! a file size) is written with the grouping and decimal signs of the user's language, per CLDR.
//!
//! Fluent's own number output has no grouping (`¥200000`). The catalog installs
//! [`fluent_formatter`] on every bundle: it writes each `FluentValue::Number` with the
//! [`NumberStyle`] of the bundle's locale, kept once per locale in Fluent's intl memoizer. Plural
//! selectors are unaffected (they match the number, not its text).
//!
//! | language | 200000 | pattern (CLDR) |
//! |---|---|---|
//! | en, ja, ja-easy, zh-Hans, ko, fil | `200,000` | `#,##0.###` |
//! | vi, id, pt-BR | `200.000` (decimal `,`) | `#,##0.###` |
//! | ne | `2,00,000` | `#,##,##0.###` (Indian grouping) |
//!
//! Digits are always Latin (0–9), Nepali included (CLDR's default for `ne` is Devanagari): the
//! amounts and counts are compared with Japanese papers and offices, which write Latin digits —
//! the same choice as for dates ([`crate::dates`]).

use fluent_bundle::types::FluentNumber;
use fluent_bundle::FluentValue;
use intl_memoizer::concurrent::IntlLangMemoizer;
use intl_memoizer::Memoizable;
use unic_langid::LanguageIdentifier;

/// How one language writes numbers: its CLDR symbols (Latin numbering system) and grouping.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberStyle {
    /// Between groups of digits: `,` (en) or `.` (vi, id, pt-BR).
    pub group: &'static str,
    /// Before the fraction: `.` (en) or `,` (vi, id, pt-BR).
    pub decimal: &'static str,
    /// Groups after the first three digits are of two (`2,00,000`), as in Nepali.
    pub indian_grouping: bool,
}

const COMMA_POINT: NumberStyle = NumberStyle {
    group: ",",
    decimal: ".",
    indian_grouping: false,
};
const POINT_COMMA: NumberStyle = NumberStyle {
    group: ".",
    decimal: ",",
    indian_grouping: false,
};
const INDIAN: NumberStyle = NumberStyle {
    group: ",",
    decimal: ".",
    indian_grouping: true,
};

impl NumberStyle {
    /// The style of a locale, by its language subtag (CLDR `latn` symbols and decimal pattern,
    /// as of CLDR 47). A language the table lacks is written as English.
    pub fn for_language(language: &str) -> NumberStyle {
        match language {
            "vi" | "id" | "pt" => POINT_COMMA,
            "ne" => INDIAN,
            // en, ja, zh, ko, fil and any other.
            _ => COMMA_POINT,
        }
    }

    /// Writes a number held as plain text (`-1234.5`, as Rust prints an `f64`), grouping its
    /// whole part if `grouping`. Text that is not a plain number is returned as it is.
    pub fn write(&self, plain: &str, grouping: bool) -> String {
        let (sign, unsigned) = match plain.strip_prefix('-') {
            Some(rest) => ("-", rest),
            None => ("", plain),
        };
        let (whole, fraction) = match unsigned.split_once('.') {
            Some((w, f)) => (w, Some(f)),
            None => (unsigned, None),
        };
        let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if !all_digits(whole) || fraction.is_some_and(|f| !all_digits(f)) {
            return plain.to_owned();
        }
        let mut out = String::with_capacity(plain.len() + plain.len() / 2);
        out.push_str(sign);
        if grouping {
            out.push_str(&self.group_digits(whole));
        } else {
            out.push_str(whole);
        }
        if let Some(f) = fraction {
            out.push_str(self.decimal);
            out.push_str(f);
        }
        out
    }

    fn group_digits(&self, digits: &str) -> String {
        // The last group is always of three; the ones before it of three, or of two (Indian).
        if digits.len() <= 3 {
            return digits.to_owned();
        }
        let (head, last) = digits.split_at(digits.len() - 3);
        let size = if self.indian_grouping { 2 } else { 3 };
        let mut groups: Vec<&str> = Vec::new();
        let mut end = head.len();
        while end > 0 {
            let start = end.saturating_sub(size);
            groups.push(&head[start..end]);
            end = start;
        }
        groups.reverse();
        groups.push(last);
        groups.join(self.group)
    }

    /// Writes a Fluent number: its plain text (with the fraction digits it asks for), grouped
    /// unless it was made with `NUMBER($n, useGrouping: "false")`.
    pub fn write_fluent(&self, n: &FluentNumber) -> String {
        self.write(&n.as_string(), n.options.use_grouping)
    }
}

/// The memoized formatter of one locale (built once per bundle by Fluent's intl memoizer).
struct NumberFormatter(NumberStyle);

impl Memoizable for NumberFormatter {
    type Args = ();
    type Error = std::convert::Infallible;

    fn construct(lang: LanguageIdentifier, _args: ()) -> Result<Self, Self::Error> {
        Ok(NumberFormatter(NumberStyle::for_language(
            lang.language.as_str(),
        )))
    }
}

/// The formatter the catalog installs on every bundle (`FluentBundle::set_formatter`): numbers
/// in the bundle's locale style; every other value is left to Fluent.
pub(crate) fn fluent_formatter(value: &FluentValue, intls: &IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(n) => intls
            .with_try_get::<NumberFormatter, _, _>((), |f| f.0.write_fluent(n))
            .ok(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_per_language() {
        // (language subtag, number, expected): CLDR, Latin digits.
        let table = [
            ("en", "200000", "200,000"),
            ("ja", "200000", "200,000"),
            ("zh", "200000", "200,000"),
            ("ko", "200000", "200,000"),
            ("fil", "200000", "200,000"),
            ("vi", "200000", "200.000"),
            ("id", "200000", "200.000"),
            ("pt", "200000", "200.000"),
            ("ne", "200000", "2,00,000"),
            ("ne", "12345678", "1,23,45,678"),
            ("en", "12345678", "12,345,678"),
            ("ne", "1000", "1,000"),
            ("pt", "1000", "1.000"),
            ("en", "999", "999"),
            ("en", "0", "0"),
            ("en", "-1500", "-1,500"),
            ("vi", "-1500", "-1.500"),
            ("en", "1234.5", "1,234.5"),
            ("pt", "1234.5", "1.234,5"),
            ("xx", "4000", "4,000"),
        ];
        for (lang, plain, want) in table {
            assert_eq!(
                NumberStyle::for_language(lang).write(plain, true),
                want,
                "{lang} {plain}"
            );
        }
    }

    #[test]
    fn no_grouping_when_asked_and_odd_text_kept() {
        let en = NumberStyle::for_language("en");
        assert_eq!(en.write("200000", false), "200000");
        assert_eq!(NumberStyle::for_language("vi").write("2.5", false), "2,5");
        assert_eq!(en.write("NaN", true), "NaN");
        assert_eq!(en.write("inf", true), "inf");
        assert_eq!(en.write("", true), "");
    }
}
