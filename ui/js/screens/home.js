// Home: what to do if the card is lost, today in Japan, the cases kept on this device, once every
// case is done the dates that keep each card valid, and the offer of an app lock once someone's
// data is saved.
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
  // With no open case: each person's next date that keeps their card valid, or the invitation to
  // add the card's dates (the dates and their meaning come from the backend).
  const nextDates = o.next_dates.length
    ? el("section", { class: "card", id: "next-dates", "aria-labelledby": "next-dates-h" },
        el("h2", { id: "next-dates-h" }, t("ui-next-dates-title")),
        o.next_dates.map((p) => el("div", { class: "next-date", "data-person": p.person_id },
          el("h3", {}, p.name),
          p.next ? [
            el("p", { class: "big-date", "data-iso": p.next.date.iso }, p.next.date.local),
            el("p", { class: "ja muted", lang: "ja" }, p.next.date.ja),
            el("p", { class: "days" }, p.next.days_text),
            el("p", {}, p.next.text),
          ] : null,
          p.past ? el("p", { class: "card warning", role: "alert" }, p.past) : null,
          p.invite ? [
            el("p", { class: "muted" }, p.invite),
            el("button", { class: "button secondary", type: "button", "data-add-dates": p.person_id,
              onclick: () => go("person", { personId: p.person_id }) }, t("ui-next-date-add")),
          ] : null)))
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
    nextDates,
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
    el("button", { class: "button block secondary", id: "myths-button", type: "button", onclick: () => go("myths") },
      t("ui-myths-button")),
    el("button", { class: "button block secondary", id: "your-data", type: "button", onclick: () => go("data") },
      t("ui-data-button")),
    el("button", { class: "button block secondary", id: "settings", type: "button", onclick: () => go("settings") },
      t("ui-settings-button")),
  );
}
