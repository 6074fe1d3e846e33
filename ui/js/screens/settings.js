// Settings: reminders (on/off, the time of day, a test notification, the reminders still to come,
// the calendar file, .ics) and the app lock. Every value and date comes from the backend; nothing is computed here.
import { call } from "../api.js";
import { el, mount } from "../dom.js";
import { t } from "../i18n.js";
import { lockCard } from "../lock-settings.js";
import { savedFileActions } from "../saved-file.js";

function pendingList(list) {
  if (!list.length) return el("p", { class: "muted", id: "pending-none" }, t("ui-pending-none"));
  return el("ul", { class: "pending", id: "pending-list" },
    list.map((p) => el("li", { "data-id": p.id, "data-fire-at": p.fire_at },
      el("span", { class: "when" }, p.when), el("br"), p.title)));
}

/** Renders the settings screen. */
export async function renderSettings(root, arg, go) {
  const [s, lock] = await Promise.all([call("reminder_settings"), lockCard()]);
  const status = el("p", { role: "status", id: "settings-status" });
  // The export's result shows under its button, where the user is looking.
  const calendarStatus = el("p", { role: "status", id: "calendar-status" });
  const calendarActions = el("div", { id: "calendar-actions" });
  const sayCalendar = (text, isError) => {
    calendarStatus.className = isError ? "error" : "ok";
    calendarStatus.textContent = text;
  };
  const say = (text, isError) => {
    status.className = isError ? "error" : "ok";
    status.textContent = text;
  };
  const enabled = el("input", { type: "checkbox", id: "reminders-on", checked: s.enabled });
  const hour = el("select", { id: "reminder-hour" },
    s.hours.map((h) => el("option", { value: h.value, selected: h.value === s.hour }, h.label)));
  const pending = el("section", { class: "card", "aria-labelledby": "pending-h" },
    el("h2", { id: "pending-h" }, t("ui-pending-title")), pendingList(s.pending));
  // Where the device does not deliver at the minute (Android), the backend says how it does.
  const timing = el("p", { class: "muted", id: "timing-note", hidden: !s.timing_note }, s.timing_note || "");
  const save = async () => {
    try {
      const next = await call("set_reminder_settings", { enabled: enabled.checked, hour: Number(hour.value) });
      mount(pending, el("h2", { id: "pending-h" }, t("ui-pending-title")), pendingList(next.pending));
      timing.textContent = next.timing_note || "";
      timing.hidden = !next.timing_note;
      say(t("ui-settings-saved"));
    } catch (e) {
      say(e.message, true);
    }
  };
  enabled.addEventListener("change", save);
  hour.addEventListener("change", save);
  mount(
    root,
    el("h2", { class: "screen-title" }, t("ui-settings-title")),
    // Coming from the offer of a lock: the lock first.
    arg === "lock" ? lock : null,
    el("p", {}, t("ui-settings-lead")),
    s.permission_notice ? el("p", { class: "calm-notice", id: "permission-notice" }, s.permission_notice) : null,
    status,
    el("section", { class: "card" },
      el("label", { class: "switch" }, enabled, el("span", {}, t("ui-reminders-on"))),
      el("label", { class: "field" }, t("ui-reminder-hour"), hour),
      timing,
      el("button", { class: "button block secondary", type: "button", id: "test-notification", onclick: async () => {
        try {
          say(await call("test_notification"));
        } catch (e) {
          say(e.message, true);
        }
      } }, t("ui-test-notification"))),
    pending,
    el("section", { class: "card" },
      el("button", { class: "button block", type: "button", id: "export-calendar", onclick: async () => {
        try {
          const done = await call("export_calendar");
          sayCalendar(done.message, false);
          calendarStatus.dataset.path = done.path;
          calendarActions.replaceChildren(savedFileActions("calendar", done, sayCalendar));
        } catch (e) {
          sayCalendar(e.message, true);
        }
      } }, t("ui-calendar-export")),
      calendarStatus, calendarActions),
    arg === "lock" ? null : lock,
    el("button", { class: "button block secondary", type: "button", onclick: () => go("home") }, t("ui-back")),
  );
}
