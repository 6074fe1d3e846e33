//! The 14 days as a picture, in words: the domain's months (`zairyu_domain::window`) turned into
//! a table the UI draws as it is — a caption, the weekdays, each day's number, marks and its
//! meaning in words (never colour alone), and the closed days listed by name under it.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use zairyu_domain::calendar::Closed;
use zairyu_domain::deadline::Deadline;
use zairyu_domain::text::Text;
use zairyu_domain::window::{self, WindowDay};

use crate::view::Viewer;

/// What a day is, for the UI's classes (several may apply to one day).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mark {
    /// The day the count starts from (not counted).
    CountStart,
    /// One of the 14 days.
    InWindow,
    /// Offices are closed.
    Closed,
    /// Today.
    Today,
    /// The recommended day.
    Recommended,
    /// The legal last day.
    LastDay,
}

impl Mark {
    /// Every mark, in the order a day's signs and words list them.
    const ALL: [Mark; 6] = [
        Mark::CountStart,
        Mark::InWindow,
        Mark::Closed,
        Mark::Today,
        Mark::Recommended,
        Mark::LastDay,
    ];

    /// The sign drawn in the cell beside the day's number; the legend says what it means.
    fn sign(self) -> &'static str {
        match self {
            Mark::CountStart => "▸",
            Mark::InWindow => "·",
            Mark::Closed => "×",
            Mark::Today => "●",
            Mark::Recommended => "★",
            Mark::LastDay => "⚑",
        }
    }

    fn legend_id(self) -> &'static str {
        match self {
            Mark::CountStart => "ui-cal-legend-count-start",
            Mark::InWindow => "ui-cal-legend-in-window",
            Mark::Closed => "ui-cal-legend-closed",
            Mark::Today => "ui-cal-legend-today",
            Mark::Recommended => "ui-cal-legend-recommended",
            Mark::LastDay => "ui-cal-legend-last-day",
        }
    }
}

/// One day in the table.
#[derive(Debug, Clone, Serialize)]
pub struct CellView {
    /// The date (`YYYY-MM-DD`).
    pub iso: NaiveDate,
    /// The day of the month.
    pub day: u32,
    /// What it is.
    pub marks: Vec<Mark>,
    /// The signs drawn beside the number.
    pub signs: String,
    /// Its meaning in words ("Mon, 23 Nov 2026 — day 14 — offices closed: 勤労感謝の日").
    pub label: String,
}

/// One month of the table.
#[derive(Debug, Clone, Serialize)]
pub struct MonthView {
    /// "Nov 2026", in the user's language.
    pub title: String,
    /// Weeks from Sunday to Saturday; `None` outside the month.
    pub weeks: Vec<Vec<Option<CellView>>>,
}

/// A weekday at the head of a column.
#[derive(Debug, Clone, Serialize)]
pub struct WeekdayView {
    /// One or two letters ("M", "月", "T2").
    pub narrow: String,
    /// The short name ("Mon").
    pub name: String,
}

/// A sign and what it means.
#[derive(Debug, Clone, Serialize)]
pub struct LegendView {
    /// Which mark.
    pub mark: Mark,
    /// Its sign.
    pub sign: &'static str,
    /// Its meaning.
    pub text: String,
}

/// The picture of the 14 days.
#[derive(Debug, Clone, Serialize)]
pub struct WindowView {
    /// The table's caption.
    pub caption: String,
    /// The weekdays, Sunday first: one or two letters for the narrow columns, and the short
    /// name to read.
    pub weekdays: Vec<WeekdayView>,
    /// The months.
    pub months: Vec<MonthView>,
    /// The signs used, and what each means.
    pub legend: Vec<LegendView>,
    /// The closed days among the 14 days and up to the last day, a line each, by name.
    pub closed_days: Vec<String>,
}

fn marks(d: &WindowDay) -> Vec<Mark> {
    Mark::ALL
        .into_iter()
        .filter(|mark| match mark {
            Mark::CountStart => d.counted_from,
            Mark::InWindow => d.count.is_some(),
            Mark::Closed => d.closed.is_some(),
            Mark::Today => d.today,
            Mark::Recommended => d.recommended,
            Mark::LastDay => d.legal_last_day,
        })
        .collect()
}

/// What a mark says of day `d` in words: which of the 14 days, why it is closed, or the
/// legend's words.
fn mark_text(mark: Mark, d: &WindowDay) -> Text {
    match (mark, d.count, d.closed) {
        (Mark::InWindow, Some(n), _) => Text::new("ui-cal-day-n").int("n", i64::from(n)),
        (Mark::Closed, _, Some(closed)) => closed_text(closed),
        _ => Text::new(mark.legend_id()),
    }
}

fn closed_text(closed: Closed) -> Text {
    match closed {
        Closed::Weekend => Text::new("ui-cal-closed-weekend"),
        Closed::Holiday(name) => Text::new("ui-cal-closed-holiday").str("name", name),
        Closed::YearEnd => Text::new("ui-cal-closed-year-end"),
    }
}

impl Viewer<'_> {
    fn cell(&self, d: &WindowDay) -> CellView {
        let marks = marks(d);
        let parts: Vec<String> = std::iter::once(self.date(d.date).local)
            .chain(marks.iter().map(|&m| self.tr(&mark_text(m, d))))
            .collect();
        CellView {
            iso: d.date,
            day: d.date.day(),
            signs: marks.iter().map(|m| m.sign()).collect(),
            marks,
            label: parts.join(" — "),
        }
    }

    fn month_title(&self, first: NaiveDate) -> String {
        self.tr(&Text::new("ui-cal-month")
            .str(
                "month",
                self.tr(&Text::new("date-month").str("month", zairyu_i18n::month_key(first))),
            )
            // A year is a name, not a quantity: no digit grouping ("2026", not "2,026").
            .str("year", first.year().to_string()))
    }

    /// The picture of `deadline` on `today`.
    pub fn window(&self, deadline: &Deadline, today: NaiveDate) -> WindowView {
        let months = window::months(deadline, today);
        let days: Vec<WindowDay> = months
            .iter()
            .flat_map(|m| m.weeks.iter().flatten().flatten().copied())
            .collect();
        let used: Vec<Mark> = Mark::ALL
            .into_iter()
            .filter(|m| days.iter().any(|d| marks(d).contains(m)))
            .collect();
        WindowView {
            caption: self.tr(&Text::new("ui-cal-caption")
                .date("from", deadline.counted_from)
                .date("last", deadline.legal_last_day)),
            weekdays: zairyu_i18n::WEEKDAY_KEYS_FROM_SUNDAY
                .iter()
                .map(|k| WeekdayView {
                    narrow: self.tr(&Text::new("date-weekday-narrow").str("weekday", *k)),
                    name: self.tr(&Text::new("date-weekday").str("weekday", *k)),
                })
                .collect(),
            months: months
                .iter()
                .map(|m| MonthView {
                    title: self.month_title(m.first),
                    weeks: m
                        .weeks
                        .iter()
                        .map(|w| w.iter().map(|d| d.as_ref().map(|d| self.cell(d))).collect())
                        .collect(),
                })
                .collect(),
            legend: used
                .into_iter()
                .map(|mark| LegendView {
                    mark,
                    sign: mark.sign(),
                    text: self.tr(&Text::new(mark.legend_id())),
                })
                .collect(),
            closed_days: closed_lines(self, deadline, &days),
        }
    }
}

/// The closed days among the 14 days and up to the last day, by name: each holiday on its own
/// line with its date, the year-end closure once (weekends go without saying).
fn closed_lines(v: &Viewer, deadline: &Deadline, days: &[WindowDay]) -> Vec<String> {
    let mut lines = Vec::new();
    let mut year_end = false;
    let window = days
        .iter()
        .filter(|d| d.date > deadline.counted_from && d.date <= deadline.legal_last_day);
    for d in window {
        match d.closed {
            Some(holiday @ Closed::Holiday(_)) => {
                lines.push(format!(
                    "{}: {}",
                    v.date(d.date).local,
                    v.tr(&closed_text(holiday))
                ));
            }
            Some(Closed::YearEnd) if !year_end => {
                year_end = true;
                lines.push(v.tr(&closed_text(Closed::YearEnd)));
            }
            _ => {}
        }
    }
    lines
}
