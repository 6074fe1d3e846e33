//! Dates in each language, and the Japanese form beside them.

use chrono::NaiveDate;
use zairyu_i18n::{format_date_ja, Catalog};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn each_language_writes_24_nov_2026() {
    let c = Catalog::new();
    let date = d(2026, 11, 24);
    let expected = [
        ("ja", "2026年11月24日(火)"),
        ("ja-easy", "2026年11月24日(火)"),
        ("en", "Tue, 24 Nov 2026"),
        ("vi", "Thứ Ba, 24/11/2026"),
        ("zh-Hans", "2026年11月24日 星期二"),
        ("fil", "Mar, Nob 24, 2026"),
        ("ne", "2026 नोभेम्बर 24, मङ्गल"),
        ("id", "Sel, 24 Nov 2026"),
        ("ko", "2026년 11월 24일 (화)"),
        ("pt-BR", "ter., 24/11/2026"),
    ];
    assert_eq!(expected.len(), Catalog::languages().len());
    for (lang, want) in expected {
        assert_eq!(c.format_date(lang, date), want, "{lang}");
    }
    assert!(c.misses().is_empty(), "{:?}", c.misses());
}

#[test]
fn padding_where_the_language_pads() {
    let c = Catalog::new();
    let date = d(2027, 3, 5);
    assert_eq!(c.format_date("en", date), "Fri, 5 Mar 2027");
    assert_eq!(c.format_date("vi", date), "Thứ Sáu, 05/03/2027");
    assert_eq!(c.format_date("pt-BR", date), "sex., 05/03/2027");
    assert_eq!(c.format_date("zh-Hans", date), "2027年3月5日 星期五");
    assert_eq!(c.format_date("ja", date), "2027年3月5日(金)");
}

#[test]
fn every_month_and_weekday_has_a_word_in_every_language() {
    let c = Catalog::new();
    // 2026-01-05 is a Monday: 7 days cover every weekday, 12 months every month.
    let days = (0..7).map(|i| d(2026, 1, 5 + i));
    let months = (1..=12).map(|m| d(2026, m, 1));
    for lang in Catalog::languages() {
        for date in days.clone().chain(months.clone()) {
            let text = c.format_date(lang.code, date);
            assert!(text.contains("2026"), "{} {date}: {text}", lang.code);
        }
    }
    assert!(c.misses().is_empty(), "{:?}", c.misses());
}

#[test]
fn catalog_japanese_matches_the_official_form() {
    let c = Catalog::new();
    for i in 0..400 {
        let date = d(2026, 1, 1) + chrono::Days::new(i);
        assert_eq!(c.format_date("ja", date), format_date_ja(date));
        assert_eq!(c.format_date("ja-easy", date), format_date_ja(date));
    }
}
