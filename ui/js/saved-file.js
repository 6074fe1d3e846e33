// What can be done with a file the app just saved (the papers, a copy of the data, the reminders):
// the buttons the backend says this platform has (open in a viewer, share), each reporting what
// happened under them. Nothing about platforms is decided here.
import { call } from "./api.js";
import { el } from "./dom.js";
import { t } from "./i18n.js";

/**
 * The action buttons for `saved` (a `SavedView`: key, actions), with ids `<prefix>-open` and
 * `<prefix>-share`; `say(message, isError)` reports each outcome.
 */
export function savedFileActions(prefix, saved, say, openLabel = "ui-file-open") {
  // The button stays disabled until its call returns: on iOS the share call lasts while the
  // sheet is open, and a second sheet would never appear (the backend refuses one too).
  const act = (command) => async (event) => {
    const button = event.currentTarget;
    button.disabled = true;
    try {
      say(await command(), false);
    } catch (e) {
      say(e.message, true);
    } finally {
      button.disabled = false;
      // A disabled button loses the focus: give it back to keyboard and screen-reader users.
      if (document.activeElement === document.body) button.focus();
    }
  };
  const open = () => call("open_export", { key: saved.key });
  const share = () => call("share_export", { key: saved.key });
  return el("div", { class: "row", id: `${prefix}-actions` },
    saved.actions.open
      ? el("button", { class: "button secondary", id: `${prefix}-open`, type: "button", onclick: act(open) },
          t(openLabel))
      : null,
    saved.actions.share
      ? el("button", { class: "button secondary", id: `${prefix}-share`, type: "button", onclick: act(share) },
          t("ui-file-share"))
      : null);
}
