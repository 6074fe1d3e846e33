// "Your data": save a copy, bring one back (with a preview, merge or replace), delete it all.
import { call } from "../api.js";
import { el, mount } from "../dom.js";
import { t } from "../i18n.js";
import { savedFileActions } from "../saved-file.js";

/** Renders the data screen. */
export async function renderData(root, _arg, go) {
  const status = el("p", { role: "status", id: "data-status" });
  const say = (text, isError) => {
    status.className = isError ? "error" : "ok";
    status.textContent = text;
  };
  const choices = el("div", { class: "row", id: "import-choices", hidden: true });
  const exported = el("div", { id: "export-actions" });
  let content = "";
  const apply = (mode) => async () => {
    try {
      say(await call("import_apply", { content, mode }));
      choices.hidden = true;
    } catch (e) {
      say(e.message, true);
    }
  };
  choices.append(
    el("button", { class: "button", type: "button", id: "import-merge", onclick: apply("merge") }, t("ui-import-merge")),
    el("button", { class: "button secondary", type: "button", id: "import-replace", onclick: apply("replace") },
      t("ui-import-replace")),
  );
  const file = el("input", { type: "file", id: "import-file", class: "visually-hidden", accept: "application/json,.json",
    onchange: async (ev) => {
      const f = ev.target.files && ev.target.files[0];
      if (!f) return;
      try {
        content = await f.text();
        const p = await call("import_preview", { content });
        say(p.message);
        choices.hidden = false;
      } catch (e) {
        choices.hidden = true;
        say(e.message, true);
      }
    } });
  mount(
    root,
    el("h2", { class: "screen-title" }, t("ui-data-title")),
    el("p", {}, t("ui-data-lead")),
    status,
    el("section", { class: "card" },
      el("button", { class: "button block", type: "button", id: "export", onclick: async () => {
        try {
          const r = await call("export_data");
          say(r.message);
          exported.replaceChildren(savedFileActions("export", r, say));
        } catch (e) {
          say(e.message, true);
        }
      } }, t("ui-export-button")), exported),
    el("section", { class: "card" },
      el("label", { class: "button block secondary file-button" }, t("ui-import-label"), file),
      choices),
    el("section", { class: "card" },
      el("button", { class: "button block secondary", type: "button", id: "delete-all", onclick: async () => {
        if (!window.confirm(t("ui-delete-all-confirm"))) return;
        try {
          say(await call("delete_all_data", { confirm: true }));
        } catch (e) {
          say(e.message, true);
        }
      } }, t("ui-delete-all"))),
    el("button", { class: "button block secondary", type: "button", onclick: () => go("home") }, t("ui-back")),
  );
}
