// The triage: one question at a time, as the backend decides, with a way back. When every
// answer is in, the backend opens the case and the dashboard is shown.
import { call } from "../api.js";
import { el, mount } from "../dom.js";
import { t } from "../i18n.js";
import { askPermissionThen } from "./permission.js";

let answers = {};
let history = [];

/** Renders the triage; a fresh start when called from home. */
export async function renderTriage(root, arg, go) {
  if (arg !== "continue") {
    answers = {};
    history = [];
  }
  let step;
  try {
    step = await call("triage_next", { answers });
  } catch (e) {
    // The last answer cannot be true: take it back, ask again, and say why.
    const last = history.pop();
    if (last) for (const f of last) delete answers[f];
    step = await call("triage_next", { answers });
    draw(root, step, go, e.message);
    return;
  }
  if (!step.question) {
    const view = await call("open_case", { answers });
    answers = {};
    history = [];
    // Reminders now need scheduling: ask for the permission once (with the reason first).
    await askPermissionThen(root, () => go("case", view.id));
    return;
  }
  draw(root, step, go, null);
}

// Each answer is the value the backend offered, sent back as it is; `history` keeps the fields
// each answer filled, so "Back" clears exactly them.
function answer(go, values) {
  Object.assign(answers, values);
  history.push(Object.keys(values));
  go("triage", "continue");
}

function back(go) {
  const last = history.pop();
  if (!last) return go("home");
  for (const f of last) delete answers[f];
  go("triage", "continue");
}

function dateInput(id, label, max) {
  return el("label", { class: "field" }, label,
    el("input", { type: "date", id, max, required: true }));
}

function draw(root, step, go, error) {
  const q = step.question;
  const body = [];
  if (q.kind === "date") {
    body.push(dateInput("q-date", t("ui-triage-date-label"), step.today));
    body.push(el("button", { class: "button block", id: "q-next", type: "button", onclick: () => {
      const v = document.getElementById("q-date").value;
      if (v) answer(go, { [q.id]: v });
    } }, t("ui-next")));
  } else {
    // A choice; an option with a `date_field` opens a date box under the choices first.
    const dated = q.choices.find((c) => c.date_field);
    const dateBox = dated ? el("div", { hidden: true, id: "q-return" },
      dateInput("q-date", dated.date_label, step.today),
      el("button", { class: "button block", id: "q-next", type: "button", onclick: () => {
        const v = document.getElementById("q-date").value;
        if (v) answer(go, { [q.id]: dated.value, [dated.date_field]: v });
      } }, t("ui-next"))) : null;
    body.push(el("div", { class: "choices", role: "group", "aria-labelledby": "q-title" },
      q.choices.map((c) => el("button", {
        class: "choice", type: "button", "data-value": c.value,
        onclick: (ev) => {
          if (!c.date_field) return answer(go, { [q.id]: c.value });
          ev.currentTarget.setAttribute("aria-pressed", "true");
          dateBox.hidden = false;
          document.getElementById("q-date").focus();
        },
      }, c.label))), dateBox);
  }
  mount(
    root,
    el("p", { class: "progress", id: "q-progress" }, step.progress),
    el("h2", { class: "screen-title", id: "q-title", "data-question": q.id }, q.title),
    el("p", { class: "muted" }, q.help),
    error ? el("p", { class: "error", role: "alert", id: "q-error" }, error) : null,
    ...body,
    el("div", { class: "row" },
      el("button", { class: "button secondary", id: "q-back", type: "button", onclick: () => back(go) }, t("ui-back"))),
  );
}
