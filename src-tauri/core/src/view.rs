//! What the screens show, in the user's language: the domain's plan and deadline turned into
//! strings by the catalog. The UI renders these as they are; it computes nothing.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::Serialize;
use zairyu_domain::case::{Case, Document, Incident, PoliceReport, ReportKind};
use zairyu_domain::deadline::DeadlineStatus;
use zairyu_domain::plan::Note;
use zairyu_domain::plan::{self, Plan};
use zairyu_domain::rules::{Confidence, Source};
use zairyu_domain::text::Text;
use zairyu_i18n::{format_date_ja, Catalog};

use crate::error::{AppError, UiError};
use crate::records::CaseRecord;
use crate::window_view::WindowView;

/// A date as the user reads it and as they must copy it onto Japanese papers.
#[derive(Debug, Clone, Serialize)]
pub struct DateView {
    /// ISO form, for inputs and tests.
    pub iso: NaiveDate,
    /// In the user's locale.
    pub local: String,
    /// The Japanese form (2026年11月24日(火)).
    pub ja: String,
}

/// Where a rule comes from, and as of when.
#[derive(Debug, Clone, Serialize)]
pub struct SourceView {
    /// The source's title (Japanese law or page title).
    pub title: String,
    /// The article or page.
    pub reference: String,
    /// Where to read it.
    pub url: String,
    /// The date the rule took effect / was checked.
    pub as_of: DateView,
    /// How sure we are, in words.
    pub confidence: String,
}

/// The deadline box of the dashboard.
#[derive(Debug, Clone, Serialize)]
pub struct DeadlineView {
    /// Where the person stands, as the domain says it: `status` (`on_time`, `due_today`,
    /// `overdue`, `done`) and its numbers (`days_left`, `days_late`, or `on` and `on_time`).
    #[serde(flatten)]
    pub status: DeadlineStatus,
    /// The legal last day.
    pub legal_last_day: DateView,
    /// The day to go by at the latest, when it is earlier than the legal last day (day 14 fell on
    /// a closed day); `None` when it is the legal last day itself.
    pub recommended_day: Option<DateView>,
    /// "N days left" / "N days late", in words.
    pub days_text: String,
    /// What to do now.
    pub advice: String,
    /// "The office is open on N of these days", when the deadline is still ahead.
    pub open_days_text: Option<String>,
    /// The 14 days as a picture.
    pub window: WindowView,
    /// The rules it counts by.
    pub sources: Vec<SourceView>,
}

/// One step of the plan.
#[derive(Debug, Clone, Serialize)]
pub struct StepView {
    /// The step's kind (stable, for tests and icons).
    pub kind: zairyu_domain::plan::StepKind,
    /// What to do.
    pub text: String,
    /// Done already.
    pub done: bool,
    /// The rule behind it.
    pub source: Option<SourceView>,
}

/// One document of the checklist.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentView {
    /// Which document (sent back when ticking).
    pub document: Document,
    /// What it is.
    pub text: String,
    /// Required (false: only if the office asks).
    pub required: bool,
    /// Ticked as ready by the user.
    pub ticked: bool,
    /// The rule behind it.
    pub source: SourceView,
}

/// A line with its source (fee, penalty, notes).
#[derive(Debug, Clone, Serialize)]
pub struct LineView {
    /// The text.
    pub text: String,
    /// The rule behind it.
    pub source: Option<SourceView>,
}

/// The whole dashboard of a case.
#[derive(Debug, Clone, Serialize)]
pub struct CaseView {
    /// The case id.
    pub id: String,
    /// The facts as entered.
    pub case: Case,
    /// What happened, in words.
    pub title: String,
    /// What must be read before anything else (leaving Japan without a card).
    pub warnings: Vec<LineView>,
    /// The deadline, when the law sets one.
    pub deadline: Option<DeadlineView>,
    /// When there is no deadline: why, in words.
    pub no_deadline: Option<String>,
    /// Index of the next step in `steps`.
    pub next_step: Option<usize>,
    /// The plan, in order.
    pub steps: Vec<StepView>,
    /// The checklist.
    pub documents: Vec<DocumentView>,
    /// The fee and the warning about anyone asking money.
    pub fee: Vec<LineView>,
    /// The penalty, stated calmly.
    pub penalty: Option<LineView>,
    /// Whether the penalty is shown open (only once the deadline has passed; before, on request).
    pub penalty_open: bool,
    /// Notes for this case.
    pub notes: Vec<LineView>,
    /// The form for the report this case needs (`None` for damage, exchange, an old card, an
    /// accident, a card found again).
    pub report_form: Option<ReportFormView>,
    /// The report, once made.
    pub police_report: Option<PoliceReport>,
    /// Whether the police-box card applies (lost or stolen).
    pub police_card: bool,
    /// Whether the app fills in this case's papers (a lost, stolen or destroyed card that has
    /// not turned up again).
    pub papers: bool,
    /// Whether the person is still abroad: the dashboard asks for the day they come back.
    pub asks_reentry: bool,
    /// Whether the day of return may be entered on request ("I noticed it abroad"): a card that is
    /// gone, not found, not applied for, with no return day yet. A person who chose "I was in
    /// Japan" and later remembers otherwise is not stuck with a wrong deadline.
    pub offers_reentry: bool,
    /// Whether "I found my card" is offered (a lost or stolen card, not found, not applied for).
    pub can_mark_found: bool,
    /// Whether "not found after all" is offered (the card was marked as found again).
    pub can_undo_found: bool,
    /// Whether "I have applied" is offered (something to apply for or return, not done yet).
    pub can_mark_applied: bool,
    /// Travel: leaving soon, or the re-entry permission's last day.
    pub travel: TravelView,
    /// Which office, from the law (`None` for the city office, or once nothing is applied for).
    pub office: Option<crate::where_to_go::OfficeView>,
    /// The day at the office: what to expect.
    pub at_the_office: Vec<LineView>,
    /// Protect yourself meanwhile: the checklist with its ticks.
    pub protect: Vec<crate::where_to_go::ProtectView>,
    /// After the application: the new card's number and dates, and their renewals.
    pub new_card: Option<crate::new_card::NewCardView>,
}

/// The form for the proof of the loss of a case: the report(s) it may record, and whether "no
/// report" may be chosen.
#[derive(Debug, Clone, Serialize)]
pub struct ReportFormView {
    /// The reports that may be recorded, the one the plan names first.
    pub kinds: Vec<ReportKindView>,
    /// Whether "I did not report it, and will not" is offered (a card lost at home, or lost
    /// abroad and not reported there).
    pub can_go_unreported: bool,
    /// Whether that was chosen.
    pub not_reported: bool,
}

/// One report that may be recorded.
#[derive(Debug, Clone, Serialize)]
pub struct ReportKindView {
    /// Which report it is (sent back when saving).
    pub kind: ReportKind,
    /// Its name, in words.
    pub label: String,
    /// Whether it carries a number (a report to the police does; a certificate not).
    pub asks_number: bool,
    /// Whether the number may be left empty (a report made abroad may have none).
    pub number_optional: bool,
    /// Whether the country is asked (a report made abroad).
    pub asks_country: bool,
    /// Whether "the police did not accept my report" is offered (a report in Japan).
    pub can_be_refused: bool,
}

/// Travel, on the dashboard: leaving Japan soon (in Japan, before the new card), or the last day
/// of the re-entry permission (still abroad).
#[derive(Debug, Clone, Serialize)]
pub struct TravelView {
    /// Whether "I plan to leave Japan soon" is offered (in Japan, still waiting for the card).
    pub offers_leaving: bool,
    /// Whether it is set.
    pub leaving_soon: bool,
    /// Whether the last day of the re-entry permission is asked (still abroad).
    pub asks_return_by: bool,
    /// That day, when entered.
    pub return_by: Option<DateView>,
}

/// Builds views in one language.
pub struct Viewer<'a> {
    lang: &'a str,
    catalog: &'a Catalog,
}

impl<'a> Viewer<'a> {
    /// A viewer for `lang`.
    pub fn new(lang: &'a str) -> Self {
        Self {
            lang,
            catalog: Catalog::global(),
        }
    }

    /// A text in this language.
    pub fn tr(&self, t: &Text) -> String {
        self.catalog.format(self.lang, t)
    }

    /// The error as the UI receives it: its messages in this language.
    pub fn explain(&self, e: AppError) -> UiError {
        UiError {
            code: e.code().to_owned(),
            message: e
                .texts()
                .iter()
                .map(|t| self.tr(t))
                .collect::<Vec<_>>()
                .join("\n"),
            field: e.field(),
        }
    }

    /// A date in both forms.
    pub fn date(&self, d: NaiveDate) -> DateView {
        DateView {
            iso: d,
            local: self.catalog.format_date(self.lang, d),
            ja: format_date_ja(d),
        }
    }

    /// A source.
    pub fn source(&self, s: &Source) -> SourceView {
        let id = match s.confidence {
            Confidence::Law => "ui-confidence-law",
            Confidence::Secondary => "ui-confidence-secondary",
            Confidence::Unconfirmed => "ui-confidence-unconfirmed",
        };
        SourceView {
            title: s.title.to_string(),
            reference: s.reference.to_string(),
            url: s.url.to_string(),
            as_of: self.date(s.as_of),
            confidence: self.tr(&Text::new(id)),
        }
    }

    /// The dashboard of a case on `today`.
    pub fn case(&self, record: &CaseRecord, today: NaiveDate) -> CaseView {
        let plan: Plan = plan::for_case(&record.case, today);
        let deadline = plan.deadline.as_ref().map(|d| {
            let days_text = match d.status {
                DeadlineStatus::OnTime { days_left } => {
                    Text::new("ui-days-left").int("days", days_left)
                }
                DeadlineStatus::DueToday => Text::new("ui-due-today"),
                DeadlineStatus::Overdue { days_late } => {
                    Text::new("ui-days-late").int("days", days_late)
                }
                DeadlineStatus::Done { on, .. } => Text::new("ui-done-on").date("on", on),
            };
            DeadlineView {
                status: d.status,
                legal_last_day: self.date(d.legal_last_day),
                recommended_day: (d.recommended_day != d.legal_last_day)
                    .then(|| self.date(d.recommended_day)),
                days_text: self.tr(&days_text),
                advice: self.tr(&d.advice),
                open_days_text: matches!(
                    d.status,
                    DeadlineStatus::OnTime { .. } | DeadlineStatus::DueToday
                )
                .then(|| {
                    self.tr(&Text::new("ui-open-days-left").int("count", d.open_days_left as i64))
                }),
                window: self.window(d, today),
                sources: d.sources.iter().map(|s| self.source(s)).collect(),
            }
        });
        let no_deadline = plan.no_deadline.as_ref().map(|t| self.tr(t));
        let case = &record.case;
        let ticks: &BTreeSet<Document> = &record.ticks;
        CaseView {
            id: record.id.clone(),
            case: record.case.clone(),
            title: self.tr(&Text::new(case_title(case))),
            warnings: plan.warnings.iter().map(|n| self.line(n)).collect(),
            deadline,
            no_deadline,
            next_step: plan.next_step,
            steps: plan
                .steps
                .iter()
                .map(|s| StepView {
                    kind: s.kind,
                    text: self.tr(&s.text),
                    done: s.done,
                    source: s.source.as_ref().map(|x| self.source(x)),
                })
                .collect(),
            documents: plan
                .documents
                .iter()
                .map(|d| DocumentView {
                    document: d.document,
                    text: self.tr(&d.text),
                    required: d.required,
                    ticked: ticks.contains(&d.document),
                    source: self.source(&d.source),
                })
                .collect(),
            fee: plan
                .fee
                .iter()
                .flat_map(|f| {
                    [
                        LineView {
                            text: self.tr(&f.text),
                            source: Some(self.source(&f.source)),
                        },
                        LineView {
                            text: self.tr(&f.warning),
                            source: Some(self.source(&f.warning_source)),
                        },
                    ]
                })
                .collect(),
            penalty: plan.penalty.as_ref().map(|p| LineView {
                text: self.tr(&p.text),
                source: Some(self.source(&p.source)),
            }),
            penalty_open: plan.penalty.as_ref().is_some_and(|p| p.open),
            notes: plan.notes.iter().map(|n| self.line(n)).collect(),
            police_card: case.police_card_applies(),
            report_form: (!case.report_choices().is_empty()).then(|| ReportFormView {
                kinds: case
                    .report_choices()
                    .into_iter()
                    .map(|kind| self.report_kind(kind))
                    .collect(),
                can_go_unreported: case.can_go_unreported(),
                not_reported: case.not_reported,
            }),
            police_report: case.police_report.clone(),
            papers: zairyu_papers::apply_to(case),
            asks_reentry: case.still_abroad,
            offers_reentry: case.incident.card_is_gone()
                && !case.found_again()
                && case.applied_on.is_none()
                && case.reentered_on.is_none(),
            can_mark_found: matches!(case.incident, Incident::Lost | Incident::Stolen)
                && case.found_on.is_none()
                && case.applied_on.is_none(),
            can_undo_found: case.found_again(),
            can_mark_applied: case.applied_on.is_none()
                && !case.found_again()
                && !case.still_abroad,
            office: self.office(case, plan.office),
            at_the_office: if case.applied_on.is_none() {
                self.at_the_office(case)
            } else {
                Vec::new()
            },
            protect: self.protect(record),
            // Filled in by the core, which knows the case's person (`Core::case_view`).
            new_card: None,
            travel: TravelView {
                offers_leaving: case.incident.card_is_gone()
                    && !case.found_again()
                    && case.applied_on.is_none()
                    && !case.still_abroad,
                leaving_soon: case.leaving_japan_soon,
                asks_return_by: case.still_abroad,
                return_by: case.return_by.map(|d| self.date(d)),
            },
        }
    }

    /// One report the form may record, in words.
    fn report_kind(&self, kind: ReportKind) -> ReportKindView {
        let police = matches!(kind, ReportKind::LossReport | ReportKind::TheftReport);
        let abroad = kind == ReportKind::PoliceAbroad;
        ReportKindView {
            kind,
            label: self.tr(&Text::new(match kind {
                ReportKind::LossReport => "ui-report-kind-loss",
                ReportKind::TheftReport => "ui-report-kind-theft",
                ReportKind::DisasterCertificate => "ui-report-kind-disaster",
                ReportKind::PoliceAbroad => "ui-report-kind-abroad",
            })),
            asks_number: police || abroad,
            number_optional: abroad,
            asks_country: abroad,
            can_be_refused: police,
        }
    }

    /// A note or warning with its source.
    fn line(&self, n: &Note) -> LineView {
        LineView {
            text: self.tr(&n.text),
            source: n.source.as_ref().map(|x| self.source(x)),
        }
    }
}

/// The title id of a case: what happened, or that the card turned up again.
pub fn case_title(case: &Case) -> &'static str {
    if case.found_again() {
        return "ui-case-title-found-again";
    }
    match case.incident {
        Incident::Lost => "ui-case-title-lost",
        Incident::Stolen => "ui-case-title-stolen",
        Incident::Destroyed => "ui-case-title-destroyed",
        Incident::DestroyedByAccident => "ui-case-title-destroyed-by-accident",
        Incident::Damaged => "ui-case-title-damaged",
        Incident::Exchange => "ui-case-title-exchange",
        Incident::OldCardFound => "ui-case-title-old-card",
    }
}
