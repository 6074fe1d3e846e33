// Asked once, when reminders first need scheduling (right after a case is opened): one line saying
// why, then the OS prompt only if the user agrees. Either way the app goes on to the case.
import { call } from "../api.js";
import { el, mount } from "../dom.js";
import { t } from "../i18n.js";

/** Shows the reason and asks for the notification permission if the backend says it should;
 * otherwise goes straight on to `next()`. */
export async function askPermissionThen(root, next) {
  let p;
  try {
    p = await call("reminder_permission");
  } catch (_e) {
    return next();
  }
  if (!p.should_ask) return next();
  const done = async (ask) => {
    if (ask) {
      try {
        await call("request_reminder_permission");
      } catch (_e) {
        // Refused or failed: the app works without notifications; the dashboard says so calmly.
      }
    }
    await next();
  };
  mount(
    root,
    el("section", { class: "card", id: "permission-ask" },
      el("h2", {}, t("ui-settings-title")),
      el("p", { id: "permission-reason" }, p.reason),
      el("button", { class: "button block", type: "button", id: "permission-allow", onclick: () => done(true) },
        t("ui-permission-allow")),
      el("button", { class: "button block secondary", type: "button", id: "permission-later",
        onclick: () => done(false) }, t("ui-permission-later"))),
  );
}
