//! Which immigration office serves a prefecture, from the law (issue #22).
//!
//! Given the prefecture of the person's address, [`lookup`] names:
//! - the office whose area covers that prefecture by law: the regional bureau (地方出入国在留管理局)
//!   of 法務省組織令 第84条, or, for 神奈川県, 兵庫県 and 沖縄県, the 支局 whose area is the whole
//!   prefecture (組織令 別表, read in its 2016 text). The four airport 支局 cover only their
//!   airport's grounds, so they never cover anyone's address;
//! - the 出張所 seated in that prefecture whose names the current 地方出入国在留管理局組織規則
//!   confirms. Each 出張所's area is by law its parent's (組織規則 第20条第2項), so "the 出張所 in
//!   your prefecture" is the nearest office of your bureau, not a separate jurisdiction.
//!
//! The data is `data/offices.csv` (see `data/README.md`), embedded with `include_str!` and parsed
//! once, like the holiday table: the file stays the one reviewable place for the facts, and a
//! build script would add a step without making the data any safer (the tests parse it).
//!
//! What is deliberately absent: addresses, phones and opening hours (no official source for them
//! was read), and which office takes a card reissue (the law does not say). [`Lookup::notes`]
//! carries both warnings as data, with the agency's office list as the place to check.
//!
//! Special permanent residents apply at their city office, not here. That decision is the plan's
//! ([`crate::plan::Office`], from the card kind): the caller asks this finder only when the plan
//! says [`crate::plan::Office::ImmigrationOffice`], so the rule stays in one place and the finder
//! stays a function of the prefecture alone.

mod prefecture;
mod table;

use std::borrow::Cow;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::rules::{Confidence, Source};

pub use prefecture::Prefecture;

/// What kind of office a row is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OfficeKind {
    /// A regional bureau, 地方出入国在留管理局 (組織令 第84条): eight, covering all 47 prefectures.
    Bureau,
    /// A 支局 whose area is a whole prefecture (横浜, 神戸, 那覇).
    Branch,
    /// A 支局 whose area is an airport's grounds only (成田空港, 羽田空港, 中部空港, 関西空港).
    AirportBranch,
    /// A 出張所: a bureau's or a 支局's local office, with its parent's area.
    FieldOffice,
}

/// Where an office's seat (位置) comes from. Serde names are the data file's `seat_from` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SeatFrom {
    /// The office's own source names the seat city.
    Source,
    /// The name is confirmed by the current rules, whose table of seats could not be read; the
    /// seat city is the one the 2016 table gave the same office ([`SEATS_2016`]).
    #[serde(rename = "table_2016")]
    Table2016,
    /// No text read gives a seat city; the prefecture is the only one in the parent's area (函館).
    ParentArea,
    /// No text read gives a seat city; the prefecture is that of the place the office is named
    /// after (松戸), which is a guess: such a row's confidence is [`Confidence::Unconfirmed`].
    Name,
}

/// One office of the Immigration Services Agency, as the law names it.
///
/// Borrowed from the embedded table, so it serializes but is never read back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Office {
    /// A stable id, e.g. `tokyo-yokohama`, `tokyo-mito`.
    pub id: &'static str,
    /// Bureau, 支局 or 出張所.
    pub kind: OfficeKind,
    /// The id of the bureau or 支局 it belongs to; none for a bureau.
    pub parent: Option<&'static str>,
    /// The official name, e.g. 「東京出入国在留管理局水戸出張所」: the current form where the
    /// current text confirms it, else the 2016 form as read (then `current` is false).
    pub name_ja: &'static str,
    /// The seat (位置) as the law writes it, e.g. 「横浜市」, 「東京都新宿区」; none where no text
    /// read gives it. A city, never an address.
    pub seat_city: Option<&'static str>,
    /// The prefecture the seat is in (geography of the seat city, or see `seat_from`).
    pub seat_prefecture: Option<Prefecture>,
    /// Where the seat comes from.
    pub seat_from: SeatFrom,
    /// The whole prefectures in its area, for a bureau or a 支局; empty for an airport 支局 and
    /// for a 出張所 (whose area is its parent's).
    pub covers: Vec<Prefecture>,
    /// The area as the law words it (「兵庫県（大阪国際空港の区域を除く。）」); empty for a 出張所.
    pub area_ja: &'static str,
    /// The law or ordinance and article that names it, with its e-Gov address and the as-of date
    /// of the text read.
    pub source: Source,
    /// Whether the current rules confirm this office under this name. A row known only from the
    /// 2016 text is kept in the data but never offered as a 出張所 to go to.
    pub current: bool,
}

impl Office {
    /// Where the seat city comes from, when a text gives it ([`SeatFrom`]).
    pub fn seat_source(&self) -> Option<Source> {
        match self.seat_from {
            SeatFrom::Source => Some(self.source.clone()),
            SeatFrom::Table2016 => Some(SEATS_2016),
            SeatFrom::ParentArea => self.parent.and_then(by_id).map(|p| p.source.clone()),
            SeatFrom::Name => None,
        }
    }
}

/// A caution the finder always gives with its answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Note {
    /// Not every office takes a card reissue: some 出張所 only do airport or seaport work. The law
    /// does not say which, so the finder never promises it.
    NotEveryOfficeReissues,
    /// Check the office's address and opening hours on the agency's page before going.
    CheckBeforeGoing,
}

impl Note {
    /// Both notes, in the order they are shown.
    pub const ALL: [Note; 2] = [Note::NotEveryOfficeReissues, Note::CheckBeforeGoing];

    /// Where the note comes from.
    pub const fn source(self) -> Source {
        match self {
            // No text read says which offices take a reissue: a caution, hence "?".
            Note::NotEveryOfficeReissues => {
                AGENCY_OFFICE_LIST.with_confidence(Confidence::Unconfirmed)
            }
            Note::CheckBeforeGoing => AGENCY_OFFICE_LIST,
        }
    }
}

/// The answer for one prefecture.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Lookup {
    /// The prefecture asked about.
    pub prefecture: Prefecture,
    /// The regional bureau whose area includes the prefecture (組織令 第84条).
    pub bureau: &'static Office,
    /// The 支局 whose area is the prefecture, if one (神奈川県, 兵庫県, 沖縄県). It covers the
    /// prefecture instead of the bureau. 神戸支局's current name is not confirmed by any text read:
    /// it comes with `current: false` and confidence "?", and the screen must say so.
    pub branch: Option<&'static Office>,
    /// The 出張所 seated in the prefecture whose names the current rules confirm, in the order of
    /// the law's tables. Possibly none.
    pub field_offices: Vec<&'static Office>,
    /// What to say with the offices, every time: [`Note::ALL`].
    pub notes: [Note; 2],
}

impl Lookup {
    /// The office whose area covers the prefecture: the 支局 if there is one, else the bureau.
    pub fn covering(&self) -> &'static Office {
        self.branch.unwrap_or(self.bureau)
    }
}

/// The offices for a person whose address is in `prefecture`.
pub fn lookup(prefecture: Prefecture) -> Lookup {
    let offices = all();
    let covering = |kind| {
        offices
            .iter()
            .find(move |o| o.kind == kind && o.covers.contains(&prefecture))
    };
    Lookup {
        prefecture,
        // 第84条 gives every prefecture exactly one bureau; tests/offices.rs checks the file does.
        bureau: covering(OfficeKind::Bureau).expect("every prefecture has a bureau"),
        // A 支局 whose current name no text read confirms (神戸) is not shown: a row known only
        // from the 2016 table is never presented as current. Its prefecture then shows the bureau,
        // whose area covers it by 第84条.
        branch: covering(OfficeKind::Branch).filter(|o| o.current),
        field_offices: offices
            .iter()
            .filter(|o| {
                o.kind == OfficeKind::FieldOffice
                    && o.current
                    && o.seat_prefecture == Some(prefecture)
            })
            .collect(),
        notes: Note::ALL,
    }
}

/// Every office in the data file, current or not, in the file's order.
pub fn all() -> &'static [Office] {
    table::offices()
}

/// The office with this id.
pub fn by_id(id: &str) -> Option<&'static Office> {
    all().iter().find(|o| o.id == id)
}

const fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(date) => date,
        None => panic!("invalid date"),
    }
}

/// The agency's list of its offices (地方出入国在留管理官署): where a person checks the address, the
/// hours and what an office handles before going. Not read here (no copy of it): `as_of` is the
/// day its address was recorded, and the confidence is "L".
pub const AGENCY_OFFICE_LIST: Source = Source {
    title: Cow::Borrowed("出入国在留管理庁「地方出入国在留管理官署」"),
    reference: Cow::Borrowed("各官署の所在地・受付時間"),
    url: Cow::Borrowed("https://www.moj.go.jp/isa/about/region/index.html"),
    as_of: ymd(2026, 12, 6),
    confidence: Confidence::Secondary,
};

/// The 2016 table of 出張所 and their seats (地方入国管理局組織規則 別表, in force 2016-04-01),
/// replaced in 2019 by the current rules, whose table could not be read: the seat city of a current
/// 出張所 comes from here ([`SeatFrom::Table2016`]).
pub const SEATS_2016: Source = Source {
    title: Cow::Borrowed("地方入国管理局組織規則（平成13年法務省令第13号）"),
    reference: Cow::Borrowed("別表（第18条関係）（平成28年4月1日現在の文）"),
    url: Cow::Borrowed("https://laws.e-gov.go.jp/law/413M60000010013"),
    as_of: ymd(2016, 4, 1),
    confidence: Confidence::Law,
};
