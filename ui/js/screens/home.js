// The first screen: today in Japan, and the deadline a loss learned of today would have.
import { call } from "../api.js";
import { el } from "../dom.js";

/** Renders the home screen into `root`. */
export async function renderHome(root) {
  const o = await call("today_overview");
  root.replaceChildren(
    el("section", { class: "card", "aria-labelledby": "today-h" },
      el("h2", { id: "today-h" }, "Today in Japan"),
      el("p", { class: "big-date", id: "today-date" }, o.today)),
    el("section", { class: "card", "aria-labelledby": "deadline-h" },
      el("h2", { id: "deadline-h" }, "If your card were lost today"),
      el("p", { class: "muted" }, "you would have to apply for a new one by"),
      el("p", { class: "big-date", id: "deadline-date" }, o.deadline_if_lost_today)),
  );
}
