//! `data/offices.csv`, embedded at build time and parsed once.
//!
//! The file is ours and part of the build, so a malformed row is a bug: [`offices`] panics on it,
//! and the tests parse the file first. No cell holds a comma or a quote (lists use `;`), so a
//! line splits on commas; the integration test reads the same file with the `csv` crate too.

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::OnceLock;

use chrono::NaiveDate;

use super::{Office, OfficeKind, Prefecture, SeatFrom};
use crate::rules::{Confidence, Source};

/// The table (UTF-8, `\n` line ends), with its header line.
const CSV: &str = include_str!("../../data/offices.csv");

/// The columns, in order. There is no address, phone or hours column on purpose.
pub(super) const HEADER: &str = "id,kind,parent,name_ja,seat_city,seat_prefecture,seat_from,\
covers,area_ja,source_title,source_reference,source_url,as_of,confidence,current";

/// Every source must be an e-Gov law page: never a mirror, never a file of ours.
const E_GOV: &str = "https://laws.e-gov.go.jp/law/";

/// The parsed table.
pub(super) fn offices() -> &'static [Office] {
    static OFFICES: OnceLock<Vec<Office>> = OnceLock::new();
    OFFICES.get_or_init(|| parse(CSV).unwrap_or_else(|e| panic!("data/offices.csv: {e}")))
}

/// Parses the whole table and checks that every parent exists and can have children.
pub(super) fn parse(csv: &'static str) -> Result<Vec<Office>, String> {
    let mut lines = csv.lines().enumerate();
    match lines.next() {
        Some((_, header)) if header == HEADER => {}
        other => return Err(format!("header is {other:?}, expected {HEADER:?}")),
    }
    let offices = lines
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| row(line).map_err(|e| format!("line {}: {e}", i + 1)))
        .collect::<Result<Vec<_>, _>>()?;
    let mut ids = HashSet::new();
    for office in &offices {
        if !ids.insert(office.id) {
            return Err(format!("id {} twice", office.id));
        }
    }
    for office in &offices {
        let parent = office
            .parent
            .map(|id| offices.iter().find(|o| o.id == id).ok_or(id));
        let fits = match (office.kind, parent) {
            (OfficeKind::Bureau, None) => true,
            (OfficeKind::Branch | OfficeKind::AirportBranch, Some(Ok(p))) => {
                p.kind == OfficeKind::Bureau
            }
            (OfficeKind::FieldOffice, Some(Ok(p))) => {
                matches!(p.kind, OfficeKind::Bureau | OfficeKind::Branch)
            }
            _ => false,
        };
        if !fits {
            return Err(format!(
                "{}: parent {:?} missing or wrong",
                office.id, office.parent
            ));
        }
    }
    Ok(offices)
}

/// One line of the table.
fn row(line: &'static str) -> Result<Office, String> {
    let cells: Vec<&'static str> = line.split(',').collect();
    let [id, kind, parent, name_ja, seat_city, seat_prefecture, seat_from, covers, area_ja, title, reference, url, as_of, confidence, current] =
        cells[..]
    else {
        return Err(format!("{} cells, expected 15", cells.len()));
    };
    if id.is_empty()
        || !id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return Err(format!("bad id {id:?}"));
    }
    if !url.starts_with(E_GOV) {
        return Err(format!("{id}: source url {url:?} is not an e-Gov law page"));
    }
    let prefecture =
        |name: &str| Prefecture::from_name_ja(name).ok_or(format!("{id}: no prefecture {name:?}"));
    let optional = |cell: &'static str| (!cell.is_empty()).then_some(cell);
    Ok(Office {
        id,
        kind: match kind {
            "bureau" => OfficeKind::Bureau,
            "branch" => OfficeKind::Branch,
            "airport_branch" => OfficeKind::AirportBranch,
            "field_office" => OfficeKind::FieldOffice,
            _ => return Err(format!("{id}: kind {kind:?}")),
        },
        parent: optional(parent),
        name_ja,
        seat_city: optional(seat_city),
        seat_prefecture: optional(seat_prefecture).map(prefecture).transpose()?,
        seat_from: match seat_from {
            "source" => SeatFrom::Source,
            "table_2016" => SeatFrom::Table2016,
            "parent_area" => SeatFrom::ParentArea,
            "name" => SeatFrom::Name,
            _ => return Err(format!("{id}: seat_from {seat_from:?}")),
        },
        covers: optional(covers)
            .map(|list| list.split(';').map(prefecture).collect())
            .transpose()?
            .unwrap_or_default(),
        area_ja,
        source: Source {
            title: Cow::Borrowed(title),
            reference: Cow::Borrowed(reference),
            url: Cow::Borrowed(url),
            as_of: NaiveDate::parse_from_str(as_of, "%Y-%m-%d")
                .map_err(|e| format!("{id}: as_of {as_of:?}: {e}"))?,
            confidence: match confidence {
                "C" => Confidence::Law,
                "L" => Confidence::Secondary,
                "?" => Confidence::Unconfirmed,
                _ => return Err(format!("{id}: confidence {confidence:?}")),
            },
        },
        current: match current {
            "yes" => true,
            "no" => false,
            _ => return Err(format!("{id}: current {current:?}")),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_whole_table_parses() {
        assert_eq!(parse(CSV).map(|o| o.len()), Ok(78));
    }

    #[test]
    fn a_bad_row_is_refused_with_its_line() {
        let bad = |row: &str| {
            let csv: &'static str = format!("{HEADER}\n{row}\n").leak();
            parse(csv).expect_err(row)
        };
        let good = "x,bureau,,X局,X市,北海道,source,北海道,北海道,T,R,https://laws.e-gov.go.jp/law/1,2026-02-02,C,yes";
        assert!(parse(format!("{HEADER}\n{good}\n").leak()).is_ok());
        assert!(
            bad(&good.replace("https://laws.e-gov.go.jp/law/1", "https://github.com/x"))
                .contains("not an e-Gov")
        );
        assert!(bad(&good.replace(",C,", ",high,")).contains("confidence"));
        assert!(bad(&good.replace("北海道,source", "蝦夷,source")).contains("no prefecture"));
        assert!(bad(&good.replace("bureau,,", "bureau,y,")).contains("parent"));
        assert!(bad(&format!("{good},extra")).starts_with("line 2: 16 cells"));
    }
}
