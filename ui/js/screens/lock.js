// The lock screen: a PIN field, unlocking with a fingerprint or the face where the device can, and
// the one way out of a forgotten PIN (delete all data). It shows nothing personal; every check
// and every wait is the backend's.
import { call } from "../api.js";
import { el, mount } from "../dom.js";
import { t } from "../i18n.js";

/** Draws the lock screen for `status` (from `lock_status`); `opened()` runs once unlocked, and
 *  `erased()` once all data (and the lock) were deleted. */
export function renderLock(root, status, opened, erased) {
  const pin = el("input", { type: "password", id: "unlock-pin", inputmode: "numeric",
    autocomplete: "current-password", maxlength: "8", "aria-describedby": "unlock-status" });
  const message = el("p", { role: "alert", id: "unlock-status", class: "error" }, status.wait_message || "");
  const fail = (e) => {
    message.textContent = e.message;
    pin.value = "";
    pin.focus();
  };
  const unlock = async (event) => {
    event.preventDefault();
    try {
      await call("unlock", { pin: pin.value });
      opened();
    } catch (e) {
      fail(e);
    }
  };
  const forgot = el("section", { class: "card", id: "forgot", hidden: true },
    el("p", {}, t("ui-lock-forgot-lead")),
    el("button", { class: "button block secondary danger", type: "button", id: "forgot-delete", onclick: async () => {
      try {
        await call("delete_all_data", { confirm: true });
        erased();
      } catch (e) {
        fail(e);
      }
    } }, t("ui-lock-forgot-confirm")),
    el("button", { class: "button block secondary", type: "button", onclick: () => {
      forgot.hidden = true;
      pin.focus();
    } }, t("ui-lock-back")));
  mount(
    root,
    el("h2", { class: "screen-title", id: "lock-title" }, t("ui-lock-screen-title")),
    el("form", { class: "card", id: "unlock-form", onsubmit: unlock },
      el("label", { class: "field" }, t("ui-lock-screen-lead"), pin),
      message,
      el("button", { class: "button block", type: "submit", id: "unlock" }, t("ui-lock-unlock"))),
    status.device_unlock
      ? el("button", { class: "button block secondary", type: "button", id: "unlock-device", onclick: async () => {
          // "Use PIN" or "Cancel" on the system's prompt is no error: the backend answers that
          // the app is still locked, and the PIN field is where to go.
          try {
            const after = await call("unlock", { pin: null });
            if (after.locked) {
              message.textContent = "";
              pin.focus();
            } else {
              opened();
            }
          } catch (e) {
            fail(e);
          }
        } }, t("ui-lock-device-unlock"))
      : null,
    el("button", { class: "button block secondary", type: "button", id: "forgot-pin", onclick: () => {
      forgot.hidden = false;
      document.getElementById("forgot-delete").focus();
    } }, t("ui-lock-forgot")),
    forgot,
  );
  pin.focus();
}
