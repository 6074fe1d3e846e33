// Home: what to do if the card is lost, today in Japan, the cases kept on this device, and the
// offer of an app lock once someone's data is saved.
import { call } from "../api.js";
import { el, mount } from "../dom.js";
import { t } from "../i18n.js";
import { lockOffer } from "../lock-settings.js";

/** Renders the home screen. */
export async function renderHome(root, _arg, go) {
  const [o, offer] = await Promise.all([call("today_overview"), lockOffer(go)]);
  const cases = o.cases.length
    ? el("section", { class: "card", "aria-labelledby": "cases-h" },
        el("h2", { id: "cases-h" }, t("ui-my-cases")),
        o.cases.map((c) =>
          el("div", { class: "case-link" },
            el("span", {}, c.title, el("br"), el("span", { class: "tag" }, c.learned_on.local)),
            el("button", { class: "button secondary", type: "button", "data-case": c.id,
              onclick: () => go("case", c.id) }, t("ui-open-case")))))
    : null;
  mount(
    root,
    o.reminders_notice ? el("p", { class: "calm-notice", id: "reminders-notice" }, o.reminders_notice) : null,
    el("h2", { class: "screen-title" }, t("ui-home-title")),
    el("p", { class: "lead" }, t("ui-home-lead")),
    el("button", { class: "button block", id: "start", type: "button", onclick: () => go("triage") },
      t("ui-start-case")),
    el("div", { class: "spacer" }),
    offer,
    cases,
    el("section", { class: "card", "aria-labelledby": "today-h" },
      el("h2", { id: "today-h" }, t("ui-today-title")),
      el("p", { class: "big-date", id: "today-date", "data-iso": o.today.iso }, o.today.local),
      el("p", { class: "ja muted", lang: "ja" }, o.today.ja)),
    el("section", { class: "card", "aria-labelledby": "deadline-h" },
      el("h2", { id: "deadline-h" }, t("ui-if-lost-title")),
      el("p", { class: "muted" }, t("ui-if-lost-lead")),
      el("p", { class: "big-date", id: "deadline-date", "data-iso": o.deadline_if_lost_today.iso },
        o.deadline_if_lost_today.local),
      el("p", { class: "ja muted", lang: "ja" }, o.deadline_if_lost_today.ja)),
    el("button", { class: "button block secondary", id: "your-data", type: "button", onclick: () => go("data") },
      t("ui-data-button")),
    el("button", { class: "button block secondary", id: "settings", type: "button", onclick: () => go("settings") },
      t("ui-settings-button")),
  );
}
