// The triage: one question at a time, as the backend decides, with a way back. When every
// answer is in, the backend opens the case and the dashboard is shown. Nothing is kept between
// renders: what has been answered travels as the screen's arg, and each answer or step back is a
// new arg (an arg already drawn is never changed, so drawing it again, as a change of language
// does, shows the same question).
import { call } from "../api.js";
import { el, mount } from "../dom.js";
import { t } from "../i18n.js";
import { askPermissionThen } from "./permission.js";

/** Renders the triage. `arg` is where it stands: `{ answers, history }` to go on from, or
 *  `{ opened }` once the case is open; anything else (home's `go("triage")`) is a fresh start. */
export async function renderTriage(root, arg, go) {
  if (isObject(arg) && typeof arg.opened === "string") {
    // Reminders now need scheduling: ask for the permission once (with the reason first).
    await askPermissionThen(root, () => go("case", arg.opened));
    return;
  }
  let state = isState(arg) ? arg : triageState({}, []);
  let step;
  try {
    step = await call("triage_next", { answers: state.answers });
  } catch (e) {
    // The last answer cannot be true: take it back, ask again, and say why.
    state = withoutLast(state);
    step = await call("triage_next", { answers: state.answers });
    draw(root, state, step, go, e.message);
    return;
  }
  if (!step.question) {
    const view = await call("open_case", { answers: state.answers });
    // The case is open: from here on the arg says so, so that drawing the screen again asks about
    // reminders again and never opens a second case.
    await go("triage", { opened: view.id });
    return;
  }
  draw(root, state, step, go, null);
}

function isObject(v) {
  return typeof v === "object" && v !== null;
}

function isState(arg) {
  return isObject(arg) && isObject(arg.answers) && Array.isArray(arg.history);
}

// Each answer is the value the backend offered, sent back as it is; `history` keeps the fields
// each answer filled, so "Back" clears exactly them. Frozen: a state is never changed, only
// replaced by a new one.
function triageState(answers, history) {
  return Object.freeze({ answers: Object.freeze(answers), history: Object.freeze(history) });
}

function withAnswer(state, values) {
  return triageState({ ...state.answers, ...values },
    [...state.history, Object.freeze(Object.keys(values))]);
}

function withoutLast(state) {
  const last = state.history[state.history.length - 1];
  if (!last) return state;
  const answers = { ...state.answers };
  for (const f of last) delete answers[f];
  return triageState(answers, state.history.slice(0, -1));
}

function answer(go, state, values) {
  go("triage", withAnswer(state, values));
}

function back(go, state) {
  if (!state.history.length) return go("home");
  go("triage", withoutLast(state));
}

function dateInput(id, label, max) {
  return el("label", { class: "field" }, label,
    el("input", { type: "date", id, max, required: true }));
}

function draw(root, state, step, go, error) {
  const q = step.question;
  const body = [];
  if (q.kind === "date") {
    body.push(dateInput("q-date", t("ui-triage-date-label"), step.today));
    body.push(el("button", { class: "button block", id: "q-next", type: "button", onclick: () => {
      const v = document.getElementById("q-date").value;
      if (v) answer(go, state, { [q.id]: v });
    } }, t("ui-next")));
  } else {
    // A choice; an option with a `date_field` opens a date box under the choices first.
    const dated = q.choices.find((c) => c.date_field);
    const dateBox = dated ? el("div", { hidden: true, id: "q-return" },
      dateInput("q-date", dated.date_label, step.today),
      el("button", { class: "button block", id: "q-next", type: "button", onclick: () => {
        const v = document.getElementById("q-date").value;
        if (v) answer(go, state, { [q.id]: dated.value, [dated.date_field]: v });
      } }, t("ui-next"))) : null;
    body.push(el("div", { class: "choices", role: "group", "aria-labelledby": "q-title" },
      q.choices.map((c) => el("button", {
        class: "choice", type: "button", "data-value": c.value,
        onclick: (ev) => {
          if (!c.date_field) return answer(go, state, { [q.id]: c.value });
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
      el("button", { class: "button secondary", id: "q-back", type: "button", onclick: () => back(go, state) }, t("ui-back"))),
  );
}
