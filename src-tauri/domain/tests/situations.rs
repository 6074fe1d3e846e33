//! Every row of `tests/fixtures/situations.json` is a real situation: the triage's answers and
//! "today", optionally what the person recorded afterwards on the dashboard (`then`: fields of the
//! case, e.g. the re-entry day or a police report), and what the plan must say: the steps, the
//! documents, the warnings, the notes, the deadline or why there is none, who goes, the fee, and
//! whether the penalty is shown open. A row added there is checked without code changes.
//!
//! `SITUATIONS_PRINT=1 cargo test -p zairyu-domain --test situations -- --nocapture` prints what
//! the plan says for every row, to write a new row's expectations from (then read them against
//! docs/rules.md before committing them).

use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::{json, Value};
use zairyu_domain::plan::{self, Plan};
use zairyu_domain::triage::{self, Answers};

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/fixtures/situations.json"
);

/// The file holds this many rows today; fewer means it was emptied or truncated.
const MIN_ROWS: usize = 40;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Row {
    name: String,
    today: NaiveDate,
    answers: Answers,
    #[serde(default)]
    then: Option<Value>,
    expect: Expect,
}

#[derive(Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct Expect {
    steps: Vec<String>,
    documents: Vec<String>,
    warnings: Vec<String>,
    notes: Vec<String>,
    deadline: Option<NaiveDate>,
    no_deadline: Option<String>,
    applicant: String,
    fee_yen: Option<i64>,
    penalty_open: Option<bool>,
}

fn names(values: impl IntoIterator<Item = impl serde::Serialize>) -> Vec<String> {
    values
        .into_iter()
        .map(|v| match serde_json::to_value(v).unwrap() {
            Value::String(s) => s,
            other => panic!("not a plain enum: {other}"),
        })
        .collect()
}

/// What the plan says, in the fixture's terms.
fn said(plan: &Plan) -> Expect {
    Expect {
        steps: names(plan.step_kinds()),
        documents: names(plan.document_kinds()),
        warnings: plan.warnings.iter().map(|n| n.text.id.clone()).collect(),
        notes: plan.notes.iter().map(|n| n.text.id.clone()).collect(),
        deadline: plan.deadline.as_ref().map(|d| d.legal_last_day),
        no_deadline: plan.no_deadline.as_ref().map(|t| t.id.clone()),
        applicant: names([plan.applicant]).remove(0),
        fee_yen: plan.fee.as_ref().map(|f| f.yen),
        penalty_open: plan.penalty.as_ref().map(|p| p.open),
    }
}

fn rows() -> Vec<Row> {
    let text = std::fs::read_to_string(FIXTURE).expect("the fixture opens");
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{FIXTURE}: {e}"))
}

#[test]
fn every_situation_gets_its_own_plan() {
    let rows = rows();
    assert!(rows.len() >= MIN_ROWS, "only {} rows", rows.len());
    let print = std::env::var_os("SITUATIONS_PRINT").is_some();
    let mut failures = Vec::new();
    for row in &rows {
        let case = triage::finish(&row.answers, row.today)
            .unwrap_or_else(|e| panic!("{}: the answers cannot be true: {e:?}", row.name))
            .unwrap_or_else(|| panic!("{}: the answers are not complete", row.name));
        let case = match &row.then {
            None => case,
            Some(changes) => {
                let mut value = serde_json::to_value(&case).unwrap();
                for (k, v) in changes.as_object().expect("`then` is an object") {
                    value[k] = v.clone();
                }
                let case = serde_json::from_value(value)
                    .unwrap_or_else(|e| panic!("{}: `then` does not fit a case: {e}", row.name));
                zairyu_domain::validate::case(&case, row.today)
                    .unwrap_or_else(|e| panic!("{}: `then` cannot be true: {e:?}", row.name));
                case
            }
        };
        let got = said(&plan::for_case(&case, row.today));
        if print {
            println!(
                "{}: {}",
                row.name,
                json!({
                    "steps": got.steps, "documents": got.documents, "warnings": got.warnings,
                    "notes": got.notes, "deadline": got.deadline, "no_deadline": got.no_deadline,
                    "applicant": got.applicant, "fee_yen": got.fee_yen, "penalty_open": got.penalty_open,
                })
            );
        }
        if got != row.expect {
            failures.push(format!(
                "{}:\n  expected {:?}\n  got      {:?}",
                row.name, row.expect, got
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_situation_is_reached_through_the_triage_in_at_most_seven_questions() {
    for row in rows() {
        let step = triage::next(&row.answers, row.today).unwrap();
        assert!(step.question.is_none(), "{}: a question is left", row.name);
        assert!(step.total <= triage::MAX_QUESTIONS, "{}", row.name);
    }
}

#[test]
fn the_rows_cover_every_step_and_document() {
    let mut steps = std::collections::BTreeSet::new();
    let mut documents = std::collections::BTreeSet::new();
    for row in rows() {
        steps.extend(row.expect.steps);
        documents.extend(row.expect.documents);
    }
    for kind in [
        "suspend_my_number",
        "report_loss_to_police",
        "report_theft_to_police",
        "get_disaster_certificate",
        "report_to_police_abroad",
        "return_to_japan",
        "tell_police_found",
        "lift_my_number_suspension",
        "apply_at_immigration_office",
        "apply_at_city_office",
        "return_old_card",
        "ask_office_who_may_apply",
    ] {
        assert!(steps.contains(kind), "no row has the step {kind}");
    }
    for doc in [
        "letter_of_authority",
        "medical_certificate",
        "card_pieces",
        "police_report_abroad",
        "police_report_translation",
        "passport_reason_letter",
        "late_reason_letter",
        "representative_id",
        "agent_certificate",
    ] {
        assert!(documents.contains(doc), "no row has the document {doc}");
    }
}
