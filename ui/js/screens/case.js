// The case dashboard: what must be read first, the deadline and days left in large type (or why
// there is none), the day of return for someone still abroad, the next step, the whole plan, the
// checklist (ticks are kept by the backend), the police report, fee, penalty (on request until the
// deadline has passed) and notes. Everything shown and offered comes from the backend's view.
import { call } from "../api.js";
import { disclosure, el, mount } from "../dom.js";
import { maxLength, t } from "../i18n.js";
import { newCardCard } from "./newcard.js";
import { source } from "./source.js";

function deadlineCard(v) {
  if (!v.deadline) {
    return el("section", { class: "card", id: "deadline", "data-status": "none" },
      el("p", { class: "advice", id: "no-deadline" }, v.no_deadline));
  }
  const d = v.deadline;
  return el("section", { class: `card deadline ${d.status}`, id: "deadline", "data-status": d.status,
    "aria-labelledby": "deadline-h" },
    el("h2", { id: "deadline-h" }, t("ui-deadline-title")),
    el("p", { class: "big-date", id: "legal-last-day", "data-iso": d.legal_last_day.iso }, d.legal_last_day.local),
    el("p", { class: "ja", lang: "ja" }, d.legal_last_day.ja),
    el("p", { class: "days", id: "days-left" }, d.days_text),
    d.open_days_text ? el("p", { class: "open-days", id: "open-days" }, d.open_days_text) : null,
    el("p", { class: "advice", id: "advice" }, d.advice),
    d.recommended_day
      ? el("p", { class: "muted", id: "recommended-day", "data-iso": d.recommended_day.iso },
          `${t("ui-recommended-day")}: ${d.recommended_day.local}`)
      : null,
    windowPicture(d.window),
    d.sources.map(source));
}

// The 14 days as a month table, drawn as the backend describes it: each day's number, its signs
// (explained by the legend) and, for screen readers and on hover, its meaning in words.
function windowPicture(w) {
  const month = (m) => el("table", { class: "window", "data-month": m.title },
    el("caption", {}, el("span", { class: "month" }, m.title), el("span", { class: "visually-hidden" }, ` — ${w.caption}`)),
    el("thead", {}, el("tr", {}, w.weekdays.map((d) => el("th", { scope: "col", "aria-label": d.name, title: d.name }, d.narrow)))),
    el("tbody", {}, m.weeks.map((week) => el("tr", {}, week.map((c) => c
      ? el("td", { class: c.marks.join(" "), "data-iso": c.iso, title: c.label },
          el("span", { "aria-hidden": "true" }, el("span", { class: "n" }, String(c.day)), el("span", { class: "signs" }, c.signs)),
          el("span", { class: "visually-hidden" }, c.label))
      : el("td", { class: "pad" }))))));
  return el("figure", { class: "window-picture", id: "window" },
    el("figcaption", { id: "window-caption" }, w.caption),
    w.months.map(month),
    el("ul", { class: "legend", id: "window-legend" }, w.legend.map((l) =>
      el("li", { class: l.mark }, el("span", { class: "sign", "aria-hidden": "true" }, l.sign), " ", l.text))),
    w.closed_days.length ? el("div", { class: "closed-days" },
      el("p", { class: "closed-title" }, t("ui-cal-closed-title")),
      el("ul", { id: "closed-days" }, w.closed_days.map((line) => el("li", {}, line)))) : null);
}

// Someone still abroad enters the day they came back; the deadline then counts from it. Someone
// who answered "in Japan" can still say, on request, that they noticed the loss abroad.
function reentryCard(v, rerender) {
  if (!v.asks_reentry && !v.offers_reentry) return null;
  const status = el("p", { role: "status", id: "reentry-status" });
  const input = el("input", { type: "date", id: "reentry-date" });
  const form = [
    el("p", { class: "muted" }, t("ui-reentry-lead")),
    el("label", { class: "field" }, t("ui-reentry-date"), input),
    status,
    el("button", { class: "button block", id: "reentry-save", type: "button", onclick: async () => {
      try {
        rerender(await call("set_reentry", { id: v.id, on: input.value }), t("ui-saved"));
      } catch (e) {
        status.className = "error";
        status.textContent = e.message;
      }
    } }, t("ui-reentry-save")),
  ];
  if (v.asks_reentry) {
    return el("section", { class: "card", id: "reentry", "aria-labelledby": "reentry-h" },
      el("h2", { id: "reentry-h" }, t("ui-reentry-title")), form);
  }
  return disclosure("reentry", t("ui-reentry-offer"), false, form);
}

// The proof of the loss: the report the plan names (in Japan, or abroad), another one when the
// case allows it (back from abroad: a report made in Japan), or "no report" where that is allowed.
// Which fields each report asks for is the backend's (`kinds`); the form only shows them.
function reportForm(v, rerender) {
  const f = v.report_form;
  if (!f) return null;
  const r = v.police_report;
  const status = el("p", { role: "status", id: "report-status" });
  const current = r ? f.kinds.find((k) => k.kind === r.kind) || f.kinds[0] : f.kinds[0];
  let kind = current;
  const station = el("input", { type: "text", id: "r-station", maxlength: maxLength("station"), value: r ? r.station : "" });
  const country = el("input", { type: "text", id: "r-country", maxlength: maxLength("country"), autocomplete: "country-name",
    value: r && r.country ? r.country : "" });
  const number = el("input", { type: "text", id: "r-number", maxlength: maxLength("acceptance-number"), autocomplete: "off",
    value: r ? r.acceptance_number : "" });
  const date = el("input", { type: "date", id: "r-date", value: r ? r.reported_on : "" });
  const refused = el("input", { type: "checkbox", id: "r-not-accepted", checked: !!(r && r.not_accepted) });
  const stationLabel = el("span", {});
  const numberLabel = el("span", {});
  const countryField = el("label", { class: "field", id: "r-country-field" }, t("ui-report-country"), country);
  const numberField = el("label", { class: "field", id: "r-number-field" }, numberLabel, number);
  const refusedField = el("label", { class: "check", id: "r-not-accepted-field" }, refused,
    el("span", {}, t("ui-report-not-accepted"), el("span", { class: "help" }, t("ui-report-not-accepted-help"))));
  const details = el("div", { id: "r-details" },
    countryField,
    el("label", { class: "field" }, stationLabel, station),
    el("label", { class: "field" }, t("ui-report-date"), date),
    refusedField,
    numberField);
  const skip = f.can_go_unreported
    ? el("input", { type: "checkbox", id: "r-not-reported", checked: f.not_reported && !r })
    : null;
  const show = () => {
    countryField.hidden = !kind.asks_country;
    stationLabel.textContent = kind.asks_country ? t("ui-report-police-abroad") : t("ui-report-station");
    numberLabel.textContent = kind.asks_country ? t("ui-report-number-abroad") : t("ui-report-number");
    refusedField.hidden = !kind.can_be_refused;
    numberField.hidden = !kind.asks_number || (kind.can_be_refused && refused.checked);
    details.hidden = !!(skip && skip.checked);
  };
  refused.addEventListener("change", show);
  if (skip) skip.addEventListener("change", show);
  const choices = f.kinds.length > 1
    ? el("fieldset", { class: "choices", id: "r-kinds" },
        el("legend", {}, t("ui-report-where")),
        f.kinds.map((k) => el("label", { class: "choice" },
          el("input", { type: "radio", name: "r-kind", value: k.kind, checked: k === current,
            onchange: () => { kind = k; show(); } }),
          el("span", {}, k.label))))
    : el("p", { class: "tag" }, `${t("ui-report-kind")}: ${kind.label}`);
  show();
  const save = async () => {
    try {
      const next = await call("set_police_report", { id: v.id, report: {
        kind: kind.kind,
        station: station.value,
        reported_on: date.value || null,
        acceptance_number: kind.asks_number ? number.value : "",
        not_accepted: kind.can_be_refused && refused.checked,
        country: kind.asks_country ? country.value : "",
        not_reported: !!(skip && skip.checked),
      } });
      rerender(next, t("ui-saved"));
    } catch (e) {
      status.className = "error";
      status.textContent = e.message;
    }
  };
  return el("section", { class: "card", id: "report", "aria-labelledby": "report-h" },
    el("h2", { id: "report-h" }, t("ui-report-title")),
    el("p", { class: "muted" }, t("ui-report-lead")),
    choices,
    skip ? el("label", { class: "check", id: "r-not-reported-field" }, skip,
      el("span", {}, t("ui-report-not-reported"), el("span", { class: "help" }, t("ui-report-not-reported-help")))) : null,
    details,
    status,
    el("button", { class: "button block", id: "r-save", type: "button", onclick: save }, t("ui-report-save")));
}

// Travel: someone in Japan still waiting for the card can say they plan to leave soon (the plan
// then warns first); someone still abroad enters the last day of their re-entry permission, which
// gets reminders of its own. What is offered is the backend's (`travel`).
function travelCard(v, rerender) {
  const tr = v.travel;
  const status = el("p", { role: "status", id: "travel-status" });
  const send = async (travel) => {
    try {
      rerender(await call("set_travel", { id: v.id, travel }), t("ui-saved"));
    } catch (e) {
      status.className = "error";
      status.textContent = e.message;
    }
  };
  if (tr.asks_return_by) {
    const input = el("input", { type: "date", id: "return-by-date", value: tr.return_by ? tr.return_by.iso : "" });
    return el("section", { class: "card", id: "return-by", "aria-labelledby": "return-by-h" },
      el("h2", { id: "return-by-h" }, t("ui-return-by-title")),
      el("p", { class: "muted" }, t("ui-return-by-lead")),
      el("label", { class: "field" }, t("ui-return-by-date"), input),
      status,
      el("button", { class: "button block", id: "return-by-save", type: "button",
        onclick: () => send({ leaving_soon: false, return_by: input.value || null }) }, t("ui-return-by-save")));
  }
  if (!tr.offers_leaving) return null;
  return el("section", { class: "card", id: "leaving", "aria-labelledby": "leaving-h" },
    el("h2", { id: "leaving-h" }, t("ui-leaving-title")),
    tr.leaving_soon ? null : el("p", { class: "muted" }, t("ui-leaving-lead")),
    status,
    el("button", { class: `button block${tr.leaving_soon ? " secondary" : ""}`, id: "leaving-toggle", type: "button",
      onclick: () => send({ leaving_soon: !tr.leaving_soon, return_by: null }) },
      tr.leaving_soon ? t("ui-leaving-unset") : t("ui-leaving-set")));
}

// Which office: the prefecture of the address (read from the person's address, or chosen here)
// and the offices the law gives it, each with its source; never an address or an hour.
function officeCard(v, rerender) {
  const o = v.office;
  if (!o) return null;
  const select = el("select", { id: "office-prefecture", onchange: async (ev) => {
    rerender(await call("set_prefecture", { id: v.id, prefecture: ev.target.value || null }));
  } },
    el("option", { value: "" }, t("ui-office-prefecture-none")),
    o.prefectures.map((p) => el("option", { value: p.value, selected: p.value === o.prefecture }, p.label)));
  const line = (office) => el("li", { class: "office" },
    el("span", { lang: "ja", class: "office-name" }, office.name_ja),
    office.seat ? el("span", { class: "muted" }, ` — ${t("ui-office-seat")} `, el("span", { lang: "ja" }, office.seat)) : null,
    source(office.source));
  return el("section", { class: "card", id: "office", "aria-labelledby": "office-h" },
    el("h2", { id: "office-h" }, t("ui-office-title")),
    el("p", { id: "office-lead" }, o.lead),
    el("label", { class: "field" }, t("ui-office-prefecture"), select),
    o.covering ? [
      el("h3", {}, t("ui-office-covering")),
      el("ul", { class: "offices", id: "office-covering" }, line(o.covering)),
    ] : null,
    o.field_offices.length ? [
      el("h3", {}, t("ui-office-field-offices")),
      el("ul", { class: "offices", id: "office-field-offices" }, o.field_offices.map(line)),
    ] : null,
    o.notes.map((n) => el("p", { class: "muted" }, n.text, source(n.source))));
}

// The day at the office: what to expect, each line with its source.
function atOfficeCard(v) {
  if (!v.at_the_office.length) return null;
  return el("section", { class: "card", id: "at-office", "aria-labelledby": "at-office-h" },
    el("h2", { id: "at-office-h" }, t("ui-at-office-title")),
    el("ul", { class: "lines" }, v.at_the_office.map((l) => el("li", {}, l.text, source(l.source)))));
}

// Protect yourself meanwhile: a checklist whose ticks the backend keeps, like the documents'.
function protectCard(v, rerender) {
  if (!v.protect.length) return null;
  return el("section", { class: "card", id: "protect", "aria-labelledby": "protect-h" },
    el("h2", { id: "protect-h" }, t("ui-protect-title")),
    el("p", { class: "muted" }, t("ui-protect-lead")),
    el("ul", { class: "checklist" }, v.protect.map((p) => el("li", {},
      el("label", {},
        el("input", { type: "checkbox", "data-protect": p.item, checked: p.ticked, onchange: async (ev) => {
          try {
            rerender(await call("set_tick", { id: v.id, tick: { protect: p.item }, ticked: ev.target.checked }));
          } catch (e) {
            ev.target.checked = !ev.target.checked;
          }
        } }),
        el("span", {}, p.text, source(p.source)))))));
}

function penaltyCard(v) {
  if (!v.penalty) return null;
  // Shown open once the deadline has passed; before that, only to whoever asks.
  return disclosure("penalty", v.penalty_open ? t("ui-penalty-title") : t("ui-penalty-show"),
    v.penalty_open, el("p", {}, v.penalty.text), source(v.penalty.source));
}

/** Renders the dashboard of case `id`. */
export async function renderCase(root, id, go) {
  const draw = (v, message) => {
    const steps = el("ol", { class: "steps", id: "steps" },
      v.steps.map((s, i) => el("li", {
        class: s.done ? "done" : i === v.next_step ? "next" : "", "data-kind": s.kind,
      }, s.text, source(s.source))));
    const checklist = v.documents.length ? el("ul", { class: "checklist", id: "checklist" },
      v.documents.map((d) => el("li", {},
        el("label", {},
          el("input", { type: "checkbox", "data-document": d.document, checked: d.ticked,
            onchange: async (ev) => {
              try {
                draw(await call("set_tick", { id: v.id, tick: { document: d.document }, ticked: ev.target.checked }));
              } catch (e) {
                ev.target.checked = !ev.target.checked;
              }
            } }),
          el("span", {}, d.text, d.required ? null : el("span", { class: "tag" }, ` (${t("ui-only-if-asked")})`),
            source(d.source)))))) : null;
    const next = v.next_step !== null && v.next_step !== undefined ? v.steps[v.next_step] : null;
    const setFound = async (found) => draw(await call("set_found", { id: v.id, found, on: null }));
    mount(
      root,
      el("h2", { class: "screen-title", id: "case-title" }, v.title),
      message ? el("p", { class: "ok", role: "status" }, message) : null,
      v.warnings.map((w) => el("section", { class: "card warning", role: "alert", "data-warning": "" },
        el("p", {}, w.text), source(w.source))),
      deadlineCard(v),
      newCardCard(v, draw),
      v.asks_reentry ? reentryCard(v, draw) : null,
      v.travel.asks_return_by ? travelCard(v, draw) : null,
      next ? el("section", { class: "card", "aria-labelledby": "next-h" },
        el("h2", { id: "next-h" }, t("ui-next-step")), el("p", { id: "next-step" }, next.text)) : null,
      v.police_card ? el("button", { class: "button block", id: "police-card", type: "button",
        onclick: () => go("police", v.id) }, t("ui-police-card-button")) : null,
      v.papers ? el("button", { class: "button block", id: "papers-button", type: "button",
        onclick: () => go("papers", v.id) }, t("ui-papers-button")) : null,
      el("div", { class: "spacer" }),
      reportForm(v, draw),
      el("section", { class: "card", "aria-labelledby": "plan-h" }, el("h2", { id: "plan-h" }, t("ui-plan-title")), steps),
      officeCard(v, draw),
      checklist ? el("section", { class: "card", "aria-labelledby": "check-h" },
        el("h2", { id: "check-h" }, t("ui-checklist-title")), checklist) : null,
      atOfficeCard(v),
      protectCard(v, draw),
      v.fee.length ? el("section", { class: "card" }, el("h2", {}, t("ui-fee-title")),
        v.fee.map((f) => el("p", {}, f.text, source(f.source)))) : null,
      penaltyCard(v),
      v.notes.length ? el("section", { class: "card", id: "notes" }, el("h2", {}, t("ui-notes-title")),
        v.notes.map((n) => el("p", {}, n.text, source(n.source)))) : null,
      v.asks_reentry ? null : reentryCard(v, draw),
      el("button", { class: "button block secondary", id: "myths-button", type: "button",
        onclick: () => go("myths", v.id) }, t("ui-myths-button")),
      v.travel.asks_return_by ? null : travelCard(v, draw),
      el("div", { class: "row" },
        v.can_mark_applied
          ? el("button", { class: "button", id: "applied", type: "button",
              onclick: async () => draw(await call("mark_applied", { id: v.id, on: null })) }, t("ui-applied-button"))
          : null,
        v.can_mark_found
          ? el("button", { class: "button secondary", id: "found", type: "button", onclick: () => setFound(true) },
              t("ui-found-button"))
          : null,
        v.can_undo_found
          ? el("button", { class: "button secondary", id: "found-undo", type: "button", onclick: () => setFound(false) },
              t("ui-found-undo"))
          : null,
        el("button", { class: "button secondary", id: "delete-case", type: "button", onclick: async () => {
          if (window.confirm(t("ui-delete-confirm"))) {
            await call("delete_case", { id: v.id });
            go("home");
          }
        } }, t("ui-delete-case"))),
    );
  };
  draw(await call("case_view", { id }));
}
