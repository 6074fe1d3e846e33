// The papers screen: who they are for, the answers the Japanese sentences are made from, what
// is still missing, what will be printed, making and opening the PDF, and how to print it.
// The backend decides which pages and questions apply; this screen only shows them.
import { call } from "../api.js";
import { el, mount } from "../dom.js";
import { t } from "../i18n.js";
import { lockOffer } from "../lock-settings.js";
import { savedFileActions } from "../saved-file.js";

function select(id, label, options, value) {
  return el("label", { class: "field" }, t(label),
    el("select", { id, "aria-describedby": `e-${id}` },
      options.map((o) => el("option", { value: o.value, selected: o.value === value }, o.label))),
    el("span", { class: "error", id: `e-${id}`, role: "alert" }));
}

function text(id, label, value, max) {
  return el("label", { class: "field" }, t(label),
    el("input", { type: "text", id, value: value || "", maxlength: max, autocomplete: "off", "aria-describedby": `e-${id}` }),
    el("span", { class: "error", id: `e-${id}`, role: "alert" }));
}

function reasons(name, options, chosen) {
  return el("fieldset", { class: "reasons", id: name },
    options.map((o) => el("label", { class: "check" },
      el("input", { type: "checkbox", name, value: o.value, checked: chosen.includes(o.value) }),
      el("span", {}, o.label, o.help ? el("span", { class: "help" }, o.help) : null))));
}

// A late reason's facts, by field id: `late-illness-from` is `late.illness.from`,
// `late-disaster` is `late.disaster`. Which facts a reason asks for is the backend's (`asks`).
function lateValue(late, id) {
  return id.replace(/^late-/, "").split("-").reduce((o, k) => (o ? o[k] : undefined), late || {});
}

function lateFact(id, late, limits) {
  const date = /-(from|until)$/.test(id);
  return el("label", { class: "field" }, t(`ui-papers-${id}`),
    el("input", { type: date ? "date" : "text", id, value: lateValue(late, id) || "", maxlength: date ? null : limits[id],
      autocomplete: "off", "aria-describedby": `e-${id}` }),
    el("span", { class: "error", id: `e-${id}`, role: "alert" }));
}

// The late reasons: each chosen reason shows the facts it asks for under it.
function lateReasons(v) {
  const chosen = (v.late && v.late.reasons) || [];
  return el("fieldset", { class: "reasons", id: "late" },
    v.choices.late.map((o) => {
      const facts = (o.asks || []).filter((id) => id !== "late-detail");
      const sub = facts.length
        ? el("div", { class: "sub", id: `late-${o.value}-facts`, hidden: !chosen.includes(o.value) },
            facts.map((id) => lateFact(id, v.late, v.limits)))
        : null;
      const box = el("input", { type: "checkbox", name: "late", value: o.value, checked: chosen.includes(o.value),
        onchange: (ev) => { if (sub) sub.hidden = !ev.target.checked; } });
      return [el("label", { class: "check" }, box,
        el("span", {}, o.label, o.help ? el("span", { class: "help" }, o.help) : null)), sub];
    }));
}

function stayInput(prefix) {
  const val = (id) => document.getElementById(id)?.value ?? "";
  return { place: val(`${prefix}-place`), from: val(`${prefix}-from`), until: val(`${prefix}-until`) };
}

function checked(name) {
  return [...document.querySelectorAll(`input[name="${name}"]:checked`)].map((i) => i.value);
}

function personCard(v, go) {
  return el("section", { class: "card", id: "person", "aria-labelledby": "person-h" },
    el("h2", { id: "person-h" }, t("ui-papers-person")),
    v.people.length === 0 ? el("p", { class: "muted" }, t("ui-people-none")) : null,
    el("ul", { class: "people" }, v.people.map((p) => el("li", { class: "case-link" },
      el("span", { class: "name", lang: "en" }, p.name),
      v.person && v.person.id === p.id
        ? el("span", { class: "tag" }, t("ui-people-in-use"))
        : el("button", { class: "button secondary", type: "button", "data-person": p.id,
            onclick: async () => {
              await call("link_person", { caseId: v.case_id, personId: p.id });
              go("papers", v.case_id);
            } }, t("ui-people-use")),
      el("button", { class: "button secondary", type: "button", "data-edit": p.id,
        onclick: () => go("person", { caseId: v.case_id, personId: p.id }) }, t("ui-people-edit"))))),
    el("button", { class: "button block secondary", id: "add-person", type: "button",
      onclick: () => go("person", { caseId: v.case_id }) }, t("ui-people-add")));
}

function answersCard(v, draw) {
  if (!v.asks_statement && !v.asks_late && !v.asks_passport) return null;
  const s = v.statement || {};
  const status = el("p", { role: "status", id: "answers-status" });
  const save = async () => {
    document.querySelectorAll("#answers .error").forEach((e) => { e.textContent = ""; });
    const args = { id: v.case_id, statement: null, late: null, passport: null };
    if (v.asks_statement) {
      args.statement = {
        date: document.getElementById("loss-date").value,
        time_of_day: document.getElementById("time-of-day").value,
        place_kind: document.getElementById("place-kind").value,
        place_name: document.getElementById("loss-place-name").value,
        how: document.getElementById("loss-how").value,
        detail: document.getElementById("loss-detail").value || null,
        also_lost: checked("also-lost"),
      };
    }
    if (v.asks_late) {
      args.late = {
        reasons: checked("late"),
        detail: document.getElementById("late-detail").value || null,
        illness: stayInput("late-illness"),
        abroad: stayInput("late-abroad"),
        disaster: document.getElementById("late-disaster").value || null,
      };
    }
    if (v.asks_passport) {
      args.passport = { reasons: checked("passport"), detail: document.getElementById("passport-detail").value || null };
    }
    try {
      draw(await call("set_paper_answers", args), t("ui-saved"));
    } catch (e) {
      const slot = e.field && document.getElementById(`e-${e.field}`);
      const target = slot || status;
      target.className = "error";
      target.textContent = e.message;
    }
  };
  return el("section", { class: "card", id: "answers", "aria-labelledby": "answers-h" },
    v.asks_statement ? [
      el("h2", { id: "answers-h" }, t("ui-papers-statement-title")),
      el("p", { class: "muted" }, t("ui-papers-statement-lead")),
      el("label", { class: "field" }, t("ui-papers-loss-date"),
        el("input", { type: "date", id: "loss-date", value: s.date || v.learned_on, max: v.learned_on,
          "aria-describedby": "e-loss-date" }),
        el("span", { class: "error", id: "e-loss-date", role: "alert" })),
      select("time-of-day", "ui-papers-time-of-day", v.choices.time_of_day, s.time_of_day || "unknown"),
      select("place-kind", "ui-papers-place-kind", v.choices.place_kind, s.place_kind || "unknown"),
      text("loss-place-name", "ui-papers-place-name", s.place_name, v.limits["loss-place-name"]),
      select("loss-how", "ui-papers-how", v.choices.how, s.how || v.choices.how[0].value),
      text("loss-detail", "ui-papers-statement-detail", s.detail, v.limits["loss-detail"]),
      el("p", { class: "help", id: "loss-detail-example" }, t("ui-papers-statement-detail-example")),
      el("h3", {}, t("ui-papers-also-lost")),
      reasons("also-lost", v.choices.also_lost, s.also_lost || []),
    ] : el("h2", { id: "answers-h", class: "visually-hidden" }, t("ui-papers-title")),
    v.asks_late ? [
      el("h3", {}, t("ui-papers-late-title")),
      el("p", { class: "muted" }, t("ui-papers-late-lead")),
      lateReasons(v),
      text("late-detail", "ui-papers-late-detail", v.late && v.late.detail, v.limits["late-detail"]),
    ] : null,
    v.asks_passport ? [
      el("h3", {}, t("ui-papers-passport-title")),
      reasons("passport", v.choices.passport, (v.passport && v.passport.reasons) || []),
      text("passport-detail", "ui-papers-passport-detail", v.passport && v.passport.detail, v.limits["passport-detail"]),
    ] : null,
    status,
    el("button", { class: "button block", id: "answers-save", type: "button", onclick: save }, t("ui-papers-save-answers")));
}

/** Renders the papers of case `id`. */
export async function renderPapers(root, id, go) {
  const [view, offer] = await Promise.all([call("papers_view", { id }), lockOffer(go)]);
  const draw = (v, message) => {
    const made = el("p", { role: "status", id: "made" });
    const actions = el("div", { id: "made-actions" });
    const say = (text, isError) => {
      made.className = isError ? "error" : "ok";
      made.textContent = text;
    };
    const make = async () => {
      made.className = "";
      made.textContent = t("ui-loading");
      actions.replaceChildren();
      try {
        const r = await call("make_papers", { id });
        say(r.message, false);
        made.dataset.path = r.path;
        actions.replaceChildren(savedFileActions("papers", r, say, "ui-papers-open"));
      } catch (e) {
        say(e.message, true);
      }
    };
    mount(
      root,
      el("h2", { class: "screen-title", id: "papers-title" }, t("ui-papers-title")),
      message ? el("p", { class: "ok", role: "status" }, message) : null,
      offer,
      el("p", { class: "muted" }, t("ui-papers-lead")),
      personCard(v, go),
      v.pages.length ? el("section", { class: "card", "aria-labelledby": "pages-h" },
        el("h2", { id: "pages-h" }, t("ui-papers-pages")),
        el("ol", { class: "steps", id: "pages" }, v.pages.map((p) => el("li", {}, p)))) : null,
      answersCard(v, draw),
      v.advice.length ? el("section", { class: "card", id: "advice", "aria-labelledby": "advice-h" },
        el("h2", { id: "advice-h" }, t("ui-papers-advice-title")),
        v.advice.map((line) => el("p", {}, line))) : null,
      el("section", { class: "card", id: "status-card", "aria-labelledby": "ready-h" },
        el("h2", { id: "ready-h" }, v.problem ? t("ui-papers-not-ready") : t("ui-papers-ready")),
        v.problem ? el("p", { class: "error", id: "problem", "data-field": v.problem.field || "" }, v.problem.message) : null,
        v.preview.length ? [
          el("h3", {}, t("ui-papers-preview")),
          v.copy_note ? el("p", { class: "help", id: "copy-note" }, v.copy_note) : null,
          el("dl", { class: "preview", id: "preview" }, v.preview.map((p) => [
            el("dt", {}, p.label), el("dd", { lang: "ja" }, p.value)])),
        ] : null,
        el("button", { class: "button block", id: "make-papers", type: "button", disabled: !!v.problem, onclick: make },
          t("ui-papers-make")),
        made, actions),
      el("section", { class: "card", id: "how-to-print", "aria-labelledby": "print-h" },
        el("h2", { id: "print-h" }, t("ui-papers-print-title")),
        v.how_to_print.map((line) => el("p", {}, line))),
      el("button", { class: "button block secondary", type: "button", onclick: () => go("case", id) }, t("ui-back")),
    );
  };
  draw(view);
}
