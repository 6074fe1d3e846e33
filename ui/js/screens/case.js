// The case dashboard: the deadline and days left in large type, the next step, the whole plan,
// the checklist (ticks are kept by the backend), the police report, fee, penalty and notes.
import { call } from "../api.js";
import { el, mount } from "../dom.js";
import { t } from "../i18n.js";

function source(s) {
  if (!s) return null;
  return el("p", { class: "source" },
    `${t("ui-source")}: `, el("span", { lang: "ja" }, s.title),
    ` ${s.reference} (${t("ui-as-of")} ${s.as_of.local}; ${s.confidence})`);
}

function deadlineCard(v) {
  if (!v.deadline) {
    return el("section", { class: "card", id: "deadline" }, el("p", { class: "advice" }, v.no_deadline));
  }
  const d = v.deadline;
  return el("section", { class: `card deadline ${d.status}`, id: "deadline", "data-status": d.status,
    "aria-labelledby": "deadline-h" },
    el("h2", { id: "deadline-h" }, t("ui-deadline-title")),
    el("p", { class: "big-date", id: "legal-last-day", "data-iso": d.legal_last_day.iso }, d.legal_last_day.local),
    el("p", { class: "ja", lang: "ja" }, d.legal_last_day.ja),
    el("p", { class: "days", id: "days-left" }, d.days_text),
    el("p", { class: "advice", id: "advice" }, d.advice),
    d.recommended_day.iso !== d.legal_last_day.iso
      ? el("p", { class: "muted", id: "recommended-day", "data-iso": d.recommended_day.iso },
          `${t("ui-recommended-day")}: ${d.recommended_day.local}`)
      : null,
    d.sources.map(source));
}

function reportForm(v, rerender) {
  if (!v.report_kind) return null;
  const r = v.police_report;
  const kindId = { loss_report: "ui-report-kind-loss", theft_report: "ui-report-kind-theft",
    disaster_certificate: "ui-report-kind-disaster" }[v.report_kind];
  const status = el("p", { role: "status", id: "report-status" });
  const save = async () => {
    try {
      const next = await call("set_police_report", { id: v.id, report: {
        kind: v.report_kind,
        station: document.getElementById("r-station").value,
        reported_on: document.getElementById("r-date").value,
        acceptance_number: document.getElementById("r-number").value,
      } });
      rerender(next, t("ui-saved"));
    } catch (e) {
      status.className = "error";
      status.textContent = e.message;
    }
  };
  return el("section", { class: "card", "aria-labelledby": "report-h" },
    el("h2", { id: "report-h" }, t("ui-report-title")),
    el("p", { class: "muted" }, t("ui-report-lead")),
    el("p", { class: "tag" }, `${t("ui-report-kind")}: ${t(kindId)}`),
    el("label", { class: "field" }, t("ui-report-station"),
      el("input", { type: "text", id: "r-station", maxlength: 100, value: r ? r.station : "" })),
    el("label", { class: "field" }, t("ui-report-date"),
      el("input", { type: "date", id: "r-date", value: r ? r.reported_on : "" })),
    v.report_kind === "disaster_certificate" ? null :
      el("label", { class: "field" }, t("ui-report-number"),
        el("input", { type: "text", id: "r-number", maxlength: 40, autocomplete: "off",
          value: r ? r.acceptance_number : "" })),
    status,
    el("button", { class: "button block", id: "r-save", type: "button", onclick: save }, t("ui-report-save")));
}

/** Renders the dashboard of case `id`. */
export async function renderCase(root, id, go) {
  const draw = (v, message) => {
    const steps = el("ol", { class: "steps", id: "steps" },
      v.steps.map((s, i) => el("li", {
        class: s.done ? "done" : i === v.next_step ? "next" : "", "data-kind": s.kind,
      }, s.text, source(s.source))));
    const checklist = el("ul", { class: "checklist", id: "checklist" },
      v.documents.map((d) => el("li", {},
        el("label", {},
          el("input", { type: "checkbox", "data-document": d.document, checked: d.ticked,
            onchange: async (ev) => {
              try {
                draw(await call("set_tick", { id: v.id, document: d.document, ticked: ev.target.checked }));
              } catch (e) {
                ev.target.checked = !ev.target.checked;
              }
            } }),
          el("span", {}, d.text, d.required ? null : el("span", { class: "tag" }, ` (${t("ui-only-if-asked")})`),
            source(d.source))))));
    const next = v.next_step !== null && v.next_step !== undefined ? v.steps[v.next_step] : null;
    mount(
    root,
      el("h2", { class: "screen-title", id: "case-title" }, v.title),
      message ? el("p", { class: "ok", role: "status" }, message) : null,
      deadlineCard(v),
      next ? el("section", { class: "card", "aria-labelledby": "next-h" },
        el("h2", { id: "next-h" }, t("ui-next-step")), el("p", { id: "next-step" }, next.text)) : null,
      v.police_card ? el("button", { class: "button block", id: "police-card", type: "button",
        onclick: () => go("police", v.id) }, t("ui-police-card-button")) : null,
      v.papers ? el("button", { class: "button block", id: "papers-button", type: "button",
        onclick: () => go("papers", v.id) }, t("ui-papers-button")) : null,
      el("div", { class: "spacer" }),
      reportForm(v, draw),
      el("section", { class: "card", "aria-labelledby": "plan-h" }, el("h2", { id: "plan-h" }, t("ui-plan-title")), steps),
      el("section", { class: "card", "aria-labelledby": "check-h" }, el("h2", { id: "check-h" }, t("ui-checklist-title")), checklist),
      v.fee.length ? el("section", { class: "card" }, el("h2", {}, t("ui-fee-title")),
        v.fee.map((f) => el("p", {}, f.text, source(f.source)))) : null,
      v.penalty ? el("section", { class: "card" }, el("h2", {}, t("ui-penalty-title")),
        el("p", {}, v.penalty.text), source(v.penalty.source)) : null,
      v.notes.length ? el("section", { class: "card" }, el("h2", {}, t("ui-notes-title")),
        v.notes.map((n) => el("p", {}, n.text, source(n.source)))) : null,
      el("div", { class: "row" },
        v.deadline && v.deadline.status !== "done"
          ? el("button", { class: "button", id: "applied", type: "button",
              onclick: async () => draw(await call("mark_applied", { id: v.id, on: null })) }, t("ui-applied-button"))
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
