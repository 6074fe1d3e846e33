// "Your data": save a copy (encrypted when a passphrase is given), bring one back (with a
// preview, merge or replace; an encrypted copy asks for its passphrase), delete it all.
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
  // The passphrase of the copy being brought back, asked for when the backend says it needs one.
  const importPass = el("input", { type: "password", id: "import-passphrase", autocomplete: "off" });
  const passBox = el("div", { id: "import-passphrase-box", hidden: true },
    el("p", {}, t("ui-import-encrypted")),
    el("label", { class: "field" }, t("ui-import-passphrase"), importPass),
    el("button", { class: "button block", type: "button", id: "import-open", onclick: () => preview() },
      t("ui-import-open")));
  const passphrase = () => importPass.value || null;
  const preview = async () => {
    try {
      const p = await call("import_preview", { content, passphrase: passphrase() });
      say(p.message);
      choices.hidden = false;
    } catch (e) {
      choices.hidden = true;
      if (e.field === "passphrase") passBox.hidden = false;
      say(e.message, true);
    }
  };
  const apply = (mode) => async () => {
    try {
      say(await call("import_apply", { content, mode, passphrase: passphrase() }));
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
  const file = el("input", { type: "file", id: "import-file", class: "visually-hidden",
    accept: "application/json,.json,.age",
    onchange: async (ev) => {
      const f = ev.target.files && ev.target.files[0];
      if (!f) return;
      importPass.value = "";
      passBox.hidden = true;
      try {
        content = await f.text();
      } catch (e) {
        say(e.message, true);
        return;
      }
      await preview();
    } });
  // The export's passphrase; while it is empty, a line says the copy will be plain text.
  const exportPass = el("input", { type: "password", id: "export-passphrase", autocomplete: "new-password",
    "aria-describedby": "export-passphrase-help export-plain-warning" });
  const plainWarning = el("p", { class: "warn-line", id: "export-plain-warning" }, t("ui-export-plain-warning"));
  exportPass.addEventListener("input", () => { plainWarning.hidden = exportPass.value !== ""; });
  mount(
    root,
    el("h2", { class: "screen-title" }, t("ui-data-title")),
    el("p", {}, t("ui-data-lead")),
    status,
    el("section", { class: "card" },
      el("label", { class: "field" }, t("ui-export-passphrase"),
        el("span", { class: "help", id: "export-passphrase-help" }, t("ui-export-passphrase-help")), exportPass),
      plainWarning,
      el("button", { class: "button block", type: "button", id: "export", onclick: async () => {
        try {
          const r = await call("export_data", { passphrase: exportPass.value || null });
          say(r.message);
          exported.replaceChildren(savedFileActions("export", r, say));
        } catch (e) {
          say(e.message, true);
        }
      } }, t("ui-export-button")), exported),
    el("section", { class: "card" },
      el("label", { class: "button block secondary file-button" }, t("ui-import-label"), file),
      passBox,
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
