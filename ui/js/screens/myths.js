// Myths and facts: what people read online, and what the law and the agency's pages say, each
// fact with its source. Reached from the home screen and from a case's dashboard.
import { call } from "../api.js";
import { el, mount } from "../dom.js";
import { t } from "../i18n.js";
import { source } from "./source.js";

/** Renders the myths; `back` is the case to go back to, or null for the home screen. */
export async function renderMyths(root, back, go) {
  const myths = await call("myths");
  mount(
    root,
    el("h2", { class: "screen-title", id: "myths-title" }, t("ui-myths-title")),
    el("p", { class: "muted" }, t("ui-myths-lead")),
    el("ul", { class: "myths", id: "myths" }, myths.map((m) => el("li", { class: "card" },
      el("p", { class: "said" }, el("span", { class: "tag" }, t("ui-myth-said")), " ", m.said),
      el("p", { class: "fact" }, el("strong", {}, t("ui-myth-fact")), " ", m.fact),
      source(m.source)))),
    el("button", { class: "button block secondary", type: "button",
      onclick: () => (back ? go("case", back) : go("home")) }, t("ui-back")),
  );
}
