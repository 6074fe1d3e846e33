//! The case: the triage, opening it, the dashboard, and what the user records as they go.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use zairyu_domain::case::{Case, Document, PoliceReport, ReportKind};
use zairyu_domain::limits;
use zairyu_domain::meanwhile::Protect;
use zairyu_domain::offices::Prefecture;
use zairyu_domain::police_phrases;
use zairyu_domain::text::Text;
use zairyu_domain::triage::{self, Answers, QuestionId, QuestionKind};
use zairyu_domain::validate;

use crate::clock::Clock;
use crate::error::AppError;
use crate::records::{new_id, CaseRecord, Records};
use crate::state::Core;
use crate::view::CaseView;
use crate::where_to_go::MythView;

/// One option of a question, in words.
#[derive(Debug, Serialize)]
pub struct ChoiceView {
    /// The value to send back.
    pub value: &'static str,
    /// Its label.
    pub label: String,
    /// When the option asks for a date too: the answer field it goes to (`reentered_on`).
    pub date_field: Option<&'static str>,
    /// The label of that date.
    pub date_label: Option<String>,
}

/// The question to show, in words.
#[derive(Debug, Serialize)]
pub struct QuestionView {
    /// Which question.
    pub id: QuestionId,
    /// Its kind.
    pub kind: QuestionKind,
    /// The question.
    pub title: String,
    /// A line of help.
    pub help: String,
    /// The options.
    pub choices: Vec<ChoiceView>,
}

/// Where the triage stands.
#[derive(Debug, Serialize)]
pub struct TriageView {
    /// The question to ask; `None` when the case can be opened.
    pub question: Option<QuestionView>,
    /// Its number, from 1.
    pub number: usize,
    /// How many in all.
    pub total: usize,
    /// "Question 2 of 6", in words.
    pub progress: String,
    /// Today in Japan (the latest date an answer may be).
    pub today: NaiveDate,
}

/// The report as the UI sends it, or that no report was made.
#[derive(Debug, Deserialize)]
pub struct ReportInput {
    /// Which report.
    pub kind: ReportKind,
    /// Where it was made (the police station or box; abroad, the police there).
    #[serde(default)]
    pub station: String,
    /// When.
    pub reported_on: Option<NaiveDate>,
    /// The acceptance number as printed (empty for a disaster certificate, when the police
    /// did not accept the report, or for a report made abroad that has none).
    #[serde(default)]
    pub acceptance_number: String,
    /// The police did not accept the report (a card lost at home, say).
    #[serde(default)]
    pub not_accepted: bool,
    /// For a report made abroad: the country.
    #[serde(default)]
    pub country: String,
    /// No report was made, and none will be (a card lost at home, or one lost abroad and not
    /// reported there); everything else is then ignored.
    #[serde(default)]
    pub not_reported: bool,
}

impl ReportInput {
    /// The report as kept for `case`, or the first field that cannot be taken.
    fn parse(self, case: &Case) -> Result<PoliceReport, AppError> {
        if !case.report_choices().contains(&self.kind) {
            return Err(AppError::invalid(
                "err-app-report-kind-not-this-case",
                "kind",
            ));
        }
        let station = self.station.trim().to_owned();
        if station.is_empty() {
            return Err(AppError::invalid("err-app-station-empty", "station"));
        }
        let too_long = |field| AppError::Invalid {
            text: Text::new("err-app-place-too-long").int("max", limits::STATION as i64),
            field: Some(field),
        };
        limits::check(&station, limits::STATION).map_err(|_| too_long("station"))?;
        let abroad = self.kind == ReportKind::PoliceAbroad;
        let country = if abroad {
            let country = self.country.trim().to_owned();
            if country.is_empty() {
                return Err(AppError::invalid("err-app-country-empty", "country"));
            }
            limits::check(&country, limits::STATION).map_err(|_| too_long("country"))?;
            country
        } else {
            String::new()
        };
        let reported_on = self
            .reported_on
            .ok_or_else(|| AppError::invalid("err-app-report-date-empty", "reported_on"))?;
        let not_accepted = self.not_accepted
            && matches!(self.kind, ReportKind::LossReport | ReportKind::TheftReport);
        let mut report = PoliceReport {
            kind: self.kind,
            station,
            reported_on,
            acceptance_number: String::new(),
            not_accepted,
            country,
        };
        if !not_accepted {
            report.acceptance_number =
                validate::acceptance_number(&self.acceptance_number, report.needs_number())
                    .map_err(|e| AppError::Invalid {
                        text: e.text(),
                        field: Some("acceptance-number"),
                    })?;
        }
        Ok(report)
    }
}

/// Travel, as the UI sends it: leaving Japan soon (in Japan), and the last day of the re-entry
/// permission (still abroad), when known.
#[derive(Debug, Deserialize)]
pub struct TravelInput {
    /// The person plans to leave Japan in the coming weeks.
    #[serde(default)]
    pub leaving_soon: bool,
    /// Still abroad: the last day of the re-entry permission they left on.
    #[serde(default)]
    pub return_by: Option<NaiveDate>,
}

/// A line of a checklist, as the UI sends it: `{"document": "photo"}` or `{"protect":
/// "bank_cards"}`.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tick {
    /// A document to bring.
    Document(Document),
    /// A line of the meanwhile checklist.
    Protect(Protect),
}

/// One phrase for the police box.
#[derive(Debug, Serialize)]
pub struct PhraseView {
    /// The Japanese, shown large.
    pub japanese: &'static str,
    /// Its meaning in the user's language.
    pub meaning: String,
}

impl Core {
    /// The next triage question for the answers so far (or an error naming what cannot be true).
    pub fn triage_next(&self, answers: &Answers, clock: &Clock) -> Result<TriageView, AppError> {
        let step = triage::next(answers, clock.today).map_err(AppError::Case)?;
        Ok(self.view(|v| TriageView {
            question: step.question.map(|q| QuestionView {
                id: q.id,
                kind: q.kind,
                title: v.tr(&q.title),
                help: v.tr(&q.help),
                choices: q
                    .choices
                    .iter()
                    .map(|c| ChoiceView {
                        value: c.value,
                        label: v.tr(&c.label),
                        date_field: c.date_field,
                        date_label: c.date_label.as_ref().map(|t| v.tr(t)),
                    })
                    .collect(),
            }),
            number: step.number,
            total: step.total,
            progress: v.tr(&Text::new("ui-triage-progress")
                .int("number", step.number as i64)
                .int("total", step.total as i64)),
            today: clock.today,
        }))
    }

    /// Opens the case once every answer is in; returns its dashboard.
    pub fn open_case(&self, answers: &Answers, clock: &Clock) -> Result<CaseView, AppError> {
        let case = triage::finish(answers, clock.today)
            .map_err(AppError::Case)?
            .ok_or_else(|| AppError::invalid("err-app-triage-incomplete", "answers"))?;
        let record = CaseRecord::new(new_id('c'), clock.now, case);
        let view = self.view(|v| v.case(&record, clock.today));
        self.update(|r| {
            r.cases.push(record);
            Ok(())
        })?;
        Ok(view)
    }

    /// The dashboard of case `id`.
    pub fn case_view(&self, id: &str, clock: &Clock) -> Result<CaseView, AppError> {
        self.read(|r| {
            let record = r.case(id).ok_or(AppError::NotFound("case"))?;
            Ok(self.dashboard(r, record, clock))
        })
    }

    /// The dashboard of `record`, with what needs the rest of the records (the new card is
    /// recorded on the case's person).
    pub(crate) fn dashboard(&self, r: &Records, record: &CaseRecord, clock: &Clock) -> CaseView {
        let person = record.person_id.as_deref().and_then(|p| r.person(p));
        self.view(|v| {
            let mut view = v.case(record, clock.today);
            view.new_card = v.new_card(record, person);
            view
        })
    }

    /// Changes case `id` with `change`, keeps it, and returns its dashboard. A refused change
    /// changes nothing.
    fn with_case(
        &self,
        id: &str,
        clock: &Clock,
        change: impl FnOnce(&mut CaseRecord) -> Result<(), AppError>,
    ) -> Result<CaseView, AppError> {
        self.update(|r| {
            change(r.case_mut(id).ok_or(AppError::NotFound("case"))?)?;
            let record = r.case(id).ok_or(AppError::NotFound("case"))?;
            Ok(self.dashboard(r, record, clock))
        })
    }

    /// Changes the facts of case `id` with `change` and keeps them if they can be true.
    fn change_facts(
        &self,
        id: &str,
        clock: &Clock,
        change: impl FnOnce(&mut Case) -> Result<(), AppError>,
    ) -> Result<CaseView, AppError> {
        self.with_case(id, clock, |record| {
            let mut case = record.case.clone();
            change(&mut case)?;
            validate::case(&case, clock.today).map_err(AppError::Case)?;
            record.case = case;
            Ok(())
        })
    }

    /// Records the police report (or disaster certificate, or the report made abroad) and its
    /// number, or that no report was made where that is allowed (docs/rules.md §3.4, §8b.10).
    pub fn set_police_report(
        &self,
        id: &str,
        report: ReportInput,
        clock: &Clock,
    ) -> Result<CaseView, AppError> {
        self.change_facts(id, clock, |case| {
            if report.not_reported {
                if !case.can_go_unreported() {
                    return Err(AppError::invalid("err-app-report-needed", "not_reported"));
                }
                case.police_report = None;
                case.not_reported = true;
                return Ok(());
            }
            case.police_report = Some(report.parse(case)?);
            case.not_reported = false;
            Ok(())
        })
    }

    /// Records travel: leaving Japan soon (for someone in Japan still waiting for the new card;
    /// the warning then comes first), and, for someone still abroad, the last day of their
    /// re-entry permission (reminders come before it, docs/rules.md §8b.9).
    pub fn set_travel(
        &self,
        id: &str,
        travel: TravelInput,
        clock: &Clock,
    ) -> Result<CaseView, AppError> {
        self.change_facts(id, clock, |case| {
            if case.still_abroad {
                case.return_by = travel.return_by;
            } else {
                case.leaving_japan_soon = travel.leaving_soon;
            }
            Ok(())
        })
    }

    /// Ticks or unticks a line of a checklist: a document to bring, or a line of the meanwhile
    /// checklist.
    pub fn set_tick(
        &self,
        id: &str,
        tick: Tick,
        ticked: bool,
        clock: &Clock,
    ) -> Result<CaseView, AppError> {
        fn toggle<T: Ord>(set: &mut std::collections::BTreeSet<T>, item: T, on: bool) {
            if on {
                set.insert(item);
            } else {
                set.remove(&item);
            }
        }
        self.with_case(id, clock, |record| {
            match tick {
                Tick::Document(d) => toggle(&mut record.ticks, d, ticked),
                Tick::Protect(p) => toggle(&mut record.protect_ticks, p, ticked),
            }
            Ok(())
        })
    }

    /// Records the prefecture of the holder's address, for the office finder (`None` forgets it).
    /// A person's address, when it names one, sets it too (`Profile::apply_to`).
    pub fn set_prefecture(
        &self,
        id: &str,
        prefecture: Option<Prefecture>,
        clock: &Clock,
    ) -> Result<CaseView, AppError> {
        self.change_facts(id, clock, |case| {
            case.prefecture = prefecture;
            Ok(())
        })
    }

    /// The myths and their facts, in the user's language.
    pub fn myths(&self) -> Vec<MythView> {
        self.view(|v| v.myths())
    }

    /// Records the day the application was made (or the old card returned); today when not
    /// given. The case is done.
    pub fn mark_applied(
        &self,
        id: &str,
        on: Option<NaiveDate>,
        clock: &Clock,
    ) -> Result<CaseView, AppError> {
        self.change_facts(id, clock, |case| {
            case.applied_on = on.or(Some(clock.today));
            Ok(())
        })
    }

    /// Records the day the person came back to Japan, for a loss learned of abroad: the 14 days
    /// count from it (入管法 第19条の12 第1項).
    pub fn set_reentry(
        &self,
        id: &str,
        on: NaiveDate,
        clock: &Clock,
    ) -> Result<CaseView, AppError> {
        self.change_facts(id, clock, |case| {
            if !case.incident.card_is_gone() {
                return Err(AppError::invalid(
                    "err-app-reentry-not-this-case",
                    "reentered_on",
                ));
            }
            case.reentered_on = Some(on);
            case.still_abroad = false;
            Ok(())
        })
    }

    /// Records that the card turned up again before a new one was issued (`on`, today when not
    /// given), or, with `found: false`, takes that back.
    pub fn set_found(
        &self,
        id: &str,
        found: bool,
        on: Option<NaiveDate>,
        clock: &Clock,
    ) -> Result<CaseView, AppError> {
        self.change_facts(id, clock, |case| {
            if found && !(case.incident.card_is_gone() && case.applied_on.is_none()) {
                return Err(AppError::invalid("err-app-found-not-this-case", "found_on"));
            }
            case.found_on = if found {
                on.or(Some(clock.today))
            } else {
                None
            };
            Ok(())
        })
    }

    /// Deletes a case.
    pub fn delete_case(&self, id: &str) -> Result<(), AppError> {
        self.update(|r| {
            let before = r.cases.len();
            r.cases.retain(|c| c.id != id);
            if r.cases.len() == before {
                return Err(AppError::NotFound("case"));
            }
            Ok(())
        })
    }

    /// The police-box card of a case: Japanese to show an officer, with the user's language
    /// under it.
    pub fn police_card(&self, id: &str) -> Result<Vec<PhraseView>, AppError> {
        let incident = self.read(|r| r.case(id).map(|c| c.case.incident));
        let incident = incident.ok_or(AppError::NotFound("case"))?;
        Ok(self.view(|v| {
            police_phrases::for_incident(incident)
                .into_iter()
                .map(|p| PhraseView {
                    japanese: p.japanese,
                    meaning: v.tr(&p.meaning),
                })
                .collect()
        }))
    }
}
