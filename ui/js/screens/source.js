// Where a rule comes from, under the rule: the law and article (or the page's title), as of when,
// how sure, and the address to read it, as the backend's `SourceView` gives it.
import { el } from "../dom.js";
import { t } from "../i18n.js";

// An address may wrap after each slash (a browser keeps it as one unbreakable word otherwise, and
// a narrow screen then cuts it anywhere).
function breakable(url) {
  return url.split("/").flatMap((part, i) => (i ? ["/", el("wbr"), part] : [part]));
}

/** The source line of a rule, or null when there is none. */
export function source(s) {
  if (!s) return null;
  return el("p", { class: "source" },
    `${t("ui-source")}: `, el("span", { lang: "ja" }, s.title), " ", el("span", { lang: "ja" }, s.reference),
    ` (${t("ui-as-of")} ${s.as_of.local}; ${s.confidence}) `,
    el("span", { class: "url" }, breakable(s.url)));
}
