// After the new card, on the page of a case that is done: what is printed on it (shown on our own
// drawing of a card, never a picture of a real one), saved through `record_new_card`, then the
// renewals its dates call for, each with its source. The dates' rules stay in the backend.
import { call } from "../api.js";
import { el } from "../dom.js";
import { maxLength, t } from "../i18n.js";
import { source } from "./source.js";

// Our own drawing of where the three values sit on the card: ① the number at the top right, ② the
// period of stay in the middle (a residence card only), ③ the validity at the bottom.
function drawing(holding) {
  const spr = holding === "special_permanent_resident";
  return el("figure", { class: "card-drawing", id: "new-card-drawing" },
    el("figcaption", {}, t("ui-new-card-picture")),
    el("div", { class: "card-face", lang: "ja", "aria-hidden": "true" },
      el("div", { class: "cf-top" },
        el("span", { class: "cf-title" }, spr ? "特別永住者証明書" : "在留カード"),
        el("span", { class: "cf-mark" }, "① 番号 AB12345678CD")),
      el("div", { class: "cf-body" },
        el("div", { class: "cf-lines" },
          el("span", {}, "氏名 ……"),
          el("span", {}, "生年月日 …… 国籍・地域 ……"),
          el("span", {}, "住居地 ……"),
          spr ? null : el("span", {}, "在留資格 ……"),
          spr ? null : el("span", { class: "cf-mark" }, "② 在留期間（満了日） …年（……年……月……日）")),
        el("span", { class: "cf-photo" }, "写真")),
      el("div", { class: "cf-bottom" },
        el("span", { class: "cf-mark" }, "③ このカードは ……年……月……日まで有効です。"))));
}

function field(id, label, input) {
  return el("label", { class: "field", id: `${id}-field` }, label, input,
    el("span", { class: "error", id: `e-${id}`, role: "alert" }));
}

/** The "your new card" card of case view `v`, or null before it applies; `rerender` draws the
 *  view a save returns. */
export function newCardCard(v, rerender) {
  const n = v.new_card;
  if (!n) return null;
  if (!n.has_person) {
    return el("section", { class: "card", id: "new-card", "aria-labelledby": "new-card-h" },
      el("h2", { id: "new-card-h" }, t("ui-new-card-title")),
      el("p", { id: "new-card-no-person" }, t("ui-new-card-no-person")));
  }
  const status = el("p", { role: "status", id: "new-card-status" });
  const number = el("input", { id: "new-card-number", type: "text", value: n.number, autocomplete: "off",
    maxlength: maxLength("card-number"), "aria-describedby": "e-new-card-number" });
  const stay = el("input", { id: "stay-ends-on", type: "date", value: n.stay_ends_on || "",
    "aria-describedby": "e-stay-ends-on" });
  const expires = el("input", { id: "card-expires-on", type: "date", value: n.card_expires_on || "",
    "aria-describedby": "e-card-expires-on" });
  const stayField = field("stay-ends-on", t("ui-new-card-stay"), stay);
  const picture = el("div", {}, drawing(n.holding));
  const holding = el("select", { id: "card-holding", "aria-describedby": "e-card-holding", onchange: () => {
    // Only a residence card has a period of stay of its own.
    stayField.hidden = holding.value !== "residence_card";
    picture.replaceChildren(drawing(holding.value));
  } }, n.holdings.map((h) => el("option", { value: h.value, selected: h.value === n.holding }, h.label)));
  stayField.hidden = n.holding !== "residence_card";
  const save = async () => {
    for (const e of document.querySelectorAll("#new-card .error")) e.textContent = "";
    try {
      rerender(await call("record_new_card", { id: v.id, card: { number: number.value, card: {
        holding: holding.value, stay_ends_on: stayField.hidden ? "" : stay.value, card_expires_on: expires.value,
      } } }), t("ui-saved"));
    } catch (e) {
      const at = e.field && document.getElementById(`e-${e.field}`);
      (at || status).textContent = e.message;
      if (at) document.getElementById(e.field)?.focus();
    }
  };
  return el("section", { class: "card", id: "new-card", "aria-labelledby": "new-card-h" },
    el("h2", { id: "new-card-h" }, t("ui-new-card-title")),
    el("p", { class: "muted" }, t("ui-new-card-lead")),
    picture,
    field("card-holding", t("ui-new-card-holding"), holding),
    field("new-card-number", t("ui-new-card-number"), number),
    stayField,
    field("card-expires-on", t("ui-new-card-expires"), expires),
    n.replaced_number ? el("p", { class: "muted", id: "new-card-replaced" },
      `${t("ui-new-card-replaced")}: `, el("span", { class: "mono" }, n.replaced_number)) : null,
    status,
    el("button", { class: "button block", id: "new-card-save", type: "button", onclick: save }, t("ui-new-card-save")),
    n.renewals.length ? [
      el("h3", {}, t("ui-renewals-title")),
      el("ul", { class: "lines", id: "renewals" }, n.renewals.map((r) =>
        el("li", { "data-renewal": r.renewal, "data-last": r.last_day.iso }, r.text, source(r.source)))),
    ] : null);
}
