//! Where to go and what to expect, in words: the office the law gives the person's prefecture
//! (`zairyu_domain::offices`), the day at the office, the meanwhile checklist, and the myths.
//! Every line carries its source; no address, phone or hour is shown (none has an official source
//! here: the person checks them on the agency's page, which is named with its address as text).

use serde::Serialize;
use zairyu_domain::at_the_office;
use zairyu_domain::case::Case;
use zairyu_domain::meanwhile::{self, Protect};
use zairyu_domain::myths;
use zairyu_domain::offices::{self, Note, Office, Prefecture};
use zairyu_domain::plan::Office as OfficeKind;
use zairyu_domain::text::Text;

use crate::records::CaseRecord;
use crate::view::{LineView, SourceView, Viewer};

/// One of the 47 prefectures, for the list to choose from.
#[derive(Debug, Clone, Serialize)]
pub struct PrefectureOption {
    /// The value to send back (`kanagawa`).
    pub value: Prefecture,
    /// Its name in the user's language, with the Japanese.
    pub label: String,
}

/// An office, as the finder shows it: its name (Japanese, as the law writes it), its seat, and
/// where that comes from.
#[derive(Debug, Clone, Serialize)]
pub struct OfficeLine {
    /// The office's name in Japanese.
    pub name_ja: String,
    /// The city it is seated in, when a text gives it.
    pub seat: Option<String>,
    /// The law it comes from.
    pub source: SourceView,
}

/// The office finder of a case.
#[derive(Debug, Clone, Serialize)]
pub struct OfficeView {
    /// The prefectures, to choose from.
    pub prefectures: Vec<PrefectureOption>,
    /// The prefecture chosen or read from the person's address.
    pub prefecture: Option<Prefecture>,
    /// "Your address is in X" / "Choose your prefecture", in words.
    pub lead: String,
    /// The bureau or 支局 whose area covers the prefecture by law.
    pub covering: Option<OfficeLine>,
    /// The 出張所 seated in the prefecture whose names the current rules give.
    pub field_offices: Vec<OfficeLine>,
    /// Not every office takes a reissue; check the agency's page before going.
    pub notes: Vec<LineView>,
}

/// One line of the meanwhile checklist.
#[derive(Debug, Clone, Serialize)]
pub struct ProtectView {
    /// Which (sent back when ticking).
    pub item: Protect,
    /// What to do.
    pub text: String,
    /// Ticked as done.
    pub ticked: bool,
    /// Where it comes from, if from a source.
    pub source: Option<SourceView>,
}

/// A myth and its fact.
#[derive(Debug, Clone, Serialize)]
pub struct MythView {
    /// What is said.
    pub said: String,
    /// What is true.
    pub fact: String,
    /// Where the fact comes from.
    pub source: SourceView,
}

impl Viewer<'_> {
    fn office_line(&self, o: &Office) -> OfficeLine {
        OfficeLine {
            name_ja: o.name_ja.to_owned(),
            seat: o.seat_city.map(str::to_owned),
            source: self.source(&o.source),
        }
    }

    /// The list of prefectures in this language: `Kanagawa (神奈川県)`; in Japanese the Japanese.
    pub fn prefectures(&self) -> Vec<PrefectureOption> {
        Prefecture::ALL
            .into_iter()
            .map(|p| PrefectureOption {
                value: p,
                label: self.tr(&Text::new("ui-office-prefecture-option")
                    .str("name", p.name_en())
                    .str("name_ja", p.name_ja())),
            })
            .collect()
    }

    /// The office finder for `case`, or `None` when it does not apply: a special permanent
    /// resident goes to the city office; nothing is applied for once the card turned up or the
    /// application is made.
    pub fn office(&self, case: &Case, office: OfficeKind) -> Option<OfficeView> {
        if office == OfficeKind::CityOffice
            || case.found_again()
            || case.applied_on.is_some()
            || case.incident == zairyu_domain::case::Incident::OldCardFound
        {
            return None;
        }
        let found = case.prefecture.map(offices::lookup);
        Some(OfficeView {
            prefectures: self.prefectures(),
            prefecture: case.prefecture,
            lead: self.tr(&match case.prefecture {
                Some(p) => Text::new("ui-office-lead").str("prefecture", p.name_ja()),
                None => Text::new("ui-office-choose"),
            }),
            covering: found.as_ref().map(|f| self.office_line(f.covering())),
            field_offices: found
                .as_ref()
                .map(|f| {
                    f.field_offices
                        .iter()
                        .map(|o| self.office_line(o))
                        .collect()
                })
                .unwrap_or_default(),
            notes: Note::ALL
                .into_iter()
                .map(|n| LineView {
                    text: self.tr(&Text::new(match n {
                        Note::NotEveryOfficeReissues => "ui-office-not-every-office",
                        Note::CheckBeforeGoing => "ui-office-check-before-going",
                    })),
                    source: Some(self.source(&n.source())),
                })
                .collect(),
        })
    }

    /// The day at the office for `case`, line by line.
    pub fn at_the_office(&self, case: &Case) -> Vec<LineView> {
        at_the_office::for_case(case)
            .iter()
            .map(|e| LineView {
                text: self.tr(&e.text),
                source: e.source.as_ref().map(|s| self.source(s)),
            })
            .collect()
    }

    /// The meanwhile checklist of `record`, with its ticks.
    pub fn protect(&self, record: &CaseRecord) -> Vec<ProtectView> {
        meanwhile::for_case(&record.case)
            .into_iter()
            .map(|s| ProtectView {
                item: s.item,
                text: self.tr(&s.text),
                ticked: record.protect_ticks.contains(&s.item),
                source: s.source.as_ref().map(|x| self.source(x)),
            })
            .collect()
    }

    /// The myths and their facts.
    pub fn myths(&self) -> Vec<MythView> {
        myths::all()
            .iter()
            .map(|m| MythView {
                said: self.tr(&m.said),
                fact: self.tr(&m.fact),
                source: self.source(&m.source),
            })
            .collect()
    }
}
