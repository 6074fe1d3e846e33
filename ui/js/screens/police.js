// The police-box card: big Japanese to show an officer, the user's language under it.
import { call } from "../api.js";
import { el, mount } from "../dom.js";
import { t } from "../i18n.js";

/** Renders the police card of case `id`. */
export async function renderPolice(root, id, go) {
  const phrases = await call("police_card", { id });
  mount(
    root,
    el("h2", { class: "screen-title" }, t("ui-police-title")),
    el("p", { class: "muted" }, t("ui-police-lead")),
    phrases.map((p) => el("section", { class: "phrase" },
      el("p", { class: "jp", lang: "ja" }, p.japanese),
      el("p", { class: "meaning" }, p.meaning))),
    el("button", { class: "button block secondary", type: "button", onclick: () => go("case", id) }, t("ui-back")),
  );
}
