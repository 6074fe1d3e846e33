// The person form: the fields of the application form, in its order. The backend checks every
// field; a refused save keeps what was typed on screen and points at the field to fix.
import { call } from "../api.js";
import { el, mount } from "../dom.js";
import { maxLength, t } from "../i18n.js";

// [field id (as the backend names it), label id, input type, help id]; the longest text each
// field takes comes from the backend (`maxLength`).
const MAIN = [
  ["nationality", "ui-person-nationality", "text", "ui-person-nationality-help"],
  ["birth-date", "ui-person-birth-date", "date"],
  ["family-name", "ui-person-family-name", "text", "ui-person-name-help"],
  ["given-name", "ui-person-given-name", "text", null],
  ["kanji-name", "ui-person-kanji-name", "text", null],
  ["sex", "ui-person-sex", "sex"],
  ["address", "ui-person-address", "text", null],
  ["card-number", "ui-person-card-number", "text", "ui-person-card-number-help"],
  ["activity-permit", "ui-person-activity-permit", "checkbox"],
  ["phone", "ui-person-phone", "tel", null],
];
const REPRESENTATIVE = [
  ["representative-name", "ui-person-rep-name", "text", null],
  ["representative-relationship", "ui-person-rep-relationship", "text", null],
  ["representative-address", "ui-person-rep-address", "text", null],
  ["representative-phone", "ui-person-rep-phone", "tel", null],
];
const AGENT = [
  ["agent-name", "ui-person-agent-name", "text", null],
  ["agent-organisation", "ui-person-agent-organisation", "text", null],
  ["agent-address", "ui-person-agent-address", "text", null],
  ["agent-phone", "ui-person-agent-phone", "tel", null],
  ["agent-birth-date", "ui-person-agent-birth-date", "date", "ui-person-agent-birth-date-help"],
];

// The card held now and its dates (optional): they give the renewal reminders.
const CARD = [
  ["stay-ends-on", "ui-new-card-stay", "date"],
  ["card-expires-on", "ui-new-card-expires", "date"],
];
const HOLDINGS = [
  ["residence_card", "ui-card-holding-residence-card"],
  ["permanent_resident", "ui-card-holding-permanent-resident"],
  ["special_permanent_resident", "ui-card-holding-special-permanent"],
];

const byId = (field) => document.getElementById(`f-${field}`);

function stayShown(holding) {
  const stay = byId("stay-ends-on")?.closest("label");
  if (stay) stay.hidden = holding !== "" && holding !== "residence_card";
}

function cardSection(values) {
  return el("section", { class: "card", id: "person-card", "aria-labelledby": "person-card-h" },
    el("h3", { id: "person-card-h" }, t("ui-person-card")),
    el("p", { class: "help" }, t("ui-person-card-help")),
    el("label", { class: "field" }, t("ui-new-card-holding"),
      el("select", { id: "f-card-holding", "aria-describedby": "e-card-holding", onchange: (ev) => {
        // Only a residence card has a period of stay of its own.
        stayShown(ev.target.value);
      } },
        el("option", { value: "" }, "—"),
        HOLDINGS.map(([value, label]) => el("option", { value, selected: values["card-holding"] === value }, t(label)))),
      el("span", { class: "error", id: "e-card-holding", role: "alert" })),
    group(CARD, values));
}

function input([field, label, type, help], value) {
  const max = maxLength(field);
  const errorId = `e-${field}`;
  const helpId = help ? `h-${field}` : null;
  const describedBy = [helpId, errorId].filter(Boolean).join(" ");
  if (type === "checkbox") {
    return el("label", { class: "check" },
      el("input", { type: "checkbox", id: `f-${field}`, checked: !!value }), el("span", {}, t(label)));
  }
  if (type === "sex") {
    return el("label", { class: "field" }, t(label),
      el("select", { id: `f-${field}`, "aria-describedby": errorId },
        el("option", { value: "" }, "—"),
        el("option", { value: "male", selected: value === "male" }, t("ui-person-sex-male")),
        el("option", { value: "female", selected: value === "female" }, t("ui-person-sex-female"))),
      el("span", { class: "error", id: errorId, role: "alert" }));
  }
  return el("label", { class: "field" }, t(label),
    help ? el("span", { class: "help", id: helpId }, t(help)) : null,
    el("input", { type, id: `f-${field}`, value: value || "", maxlength: max, "aria-describedby": describedBy,
      autocomplete: "off", autocapitalize: field.endsWith("-name") && !field.startsWith("kanji") ? "characters" : null }),
    el("span", { class: "error", id: errorId, role: "alert" }));
}

function group(fields, values) {
  return fields.map((f) => input(f, values[f[0]]));
}

function flatten(profile) {
  if (!profile) return {};
  const v = {
    nationality: profile.nationality, "birth-date": profile.birth_date, "family-name": profile.family_name,
    "given-name": profile.given_name, "kanji-name": profile.kanji_name || "", sex: profile.sex,
    address: profile.address, "card-number": profile.card_number, "activity-permit": profile.activity_permit,
    phone: profile.phone,
  };
  const r = profile.legal_representative;
  if (r) Object.assign(v, { "representative-name": r.name, "representative-relationship": r.relationship,
    "representative-address": r.address, "representative-phone": r.phone });
  const a = profile.agent;
  if (a) Object.assign(v, { "agent-name": a.name, "agent-organisation": a.organisation,
    "agent-address": a.address, "agent-phone": a.phone, "agent-birth-date": a.birth_date || "" });
  const c = profile.card_dates || profile.card;
  if (c) Object.assign(v, { "card-holding": c.holding || "", "card-expires-on": c.card_expires_on || "",
    "stay-ends-on": c.stay_ends_on || "" });
  return v;
}

// What was typed but not yet saved, per person ("new" for a new one): kept while the app runs, so
// leaving the screen (or a refused save) never loses it.
const drafts = new Map();

function fromInput(d) {
  return flatten({ ...d, legal_representative: d.representative, agent: d.agent });
}

function read() {
  const val = (f) => byId(f).value;
  const repOn = document.getElementById("has-representative").checked;
  const agentOn = document.getElementById("has-agent").checked;
  return {
    nationality: val("nationality"), birth_date: val("birth-date"), family_name: val("family-name"),
    given_name: val("given-name"), kanji_name: val("kanji-name"), sex: val("sex"), address: val("address"),
    card_number: val("card-number"), activity_permit: byId("activity-permit").checked, phone: val("phone"),
    representative: repOn ? { name: val("representative-name"), relationship: val("representative-relationship"),
      address: val("representative-address"), phone: val("representative-phone") } : null,
    agent: agentOn ? { name: val("agent-name"), organisation: val("agent-organisation"),
      address: val("agent-address"), phone: val("agent-phone"), birth_date: val("agent-birth-date") } : null,
    card: { holding: val("card-holding"), card_expires_on: val("card-expires-on"), stay_ends_on: val("stay-ends-on") },
  };
}

function optional(toggleId, labelId, fields, values, on) {
  const box = el("div", { class: "sub", id: `${toggleId}-fields`, hidden: !on }, group(fields, values));
  return [
    el("label", { class: "check" },
      el("input", { type: "checkbox", id: toggleId, checked: on, "aria-controls": `${toggleId}-fields`,
        onchange: (ev) => { box.hidden = !ev.target.checked; } }),
      el("span", {}, t(labelId))),
    box,
  ];
}

/** Renders the form for `arg.personId` (a new person when absent), then returns to `arg.caseId`'s papers. */
export async function renderPerson(root, arg, go) {
  const { caseId, personId } = arg || {};
  const key = personId || "new";
  const profile = personId ? await call("person_get", { id: personId }) : null;
  const draft = drafts.get(key);
  const values = draft ? fromInput(draft) : flatten(profile);
  const shown = draft ? { legal_representative: draft.representative, agent: draft.agent } : profile;
  const status = el("p", { role: "status", id: "person-status" });
  const save = async () => {
    document.querySelectorAll("#main .error").forEach((e) => { e.textContent = ""; });
    document.querySelectorAll("#main [aria-invalid]").forEach((e) => e.removeAttribute("aria-invalid"));
    status.textContent = "";
    try {
      await call("save_person", { id: personId || null, profile: read(), caseId: caseId || null });
      drafts.delete(key);
      if (caseId) go("papers", caseId);
      else go("home");
    } catch (e) {
      const target = e.field && byId(e.field);
      if (target) {
        target.setAttribute("aria-invalid", "true");
        document.getElementById(`e-${e.field}`).textContent = e.message;
        target.focus();
      } else {
        status.className = "error";
        status.textContent = e.message;
      }
    }
  };
  mount(
    root,
    el("h2", { class: "screen-title" }, t("ui-person-title")),
    el("p", { class: "muted" }, t("ui-people-lead")),
    el("form", { id: "person-form", novalidate: true, onsubmit: (ev) => { ev.preventDefault(); save(); },
      oninput: () => drafts.set(key, read()), onchange: () => drafts.set(key, read()) },
      el("section", { class: "card" }, group(MAIN, values)),
      el("section", { class: "card" },
        optional("has-representative", "ui-person-representative", REPRESENTATIVE, values, !!shown?.legal_representative),
        optional("has-agent", "ui-person-agent", AGENT, values, !!shown?.agent)),
      cardSection(values),
      status,
      el("button", { class: "button block", id: "person-save", type: "submit" }, t("ui-person-save"))),
    personId ? el("button", { class: "button block secondary", id: "person-delete", type: "button",
      onclick: async () => {
        if (window.confirm(t("ui-person-delete-confirm"))) {
          await call("delete_person", { id: personId });
          if (caseId) go("papers", caseId);
          else go("home");
        }
      } }, t("ui-person-delete")) : null,
    el("button", { class: "button block secondary", type: "button",
      onclick: () => (caseId ? go("papers", caseId) : go("home")) }, t("ui-back")),
  );
  stayShown(values["card-holding"] || "");
}
