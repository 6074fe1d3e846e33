// The app lock's part of the settings, and its offer on the home and papers screens. The backend
// checks the PIN, keeps its hash and says whether to offer the lock.
import { call } from "./api.js";
import { el, mount } from "./dom.js";
import { t } from "./i18n.js";

function pinField(id, autocomplete) {
  return el("input", { type: "password", id, inputmode: "numeric", autocomplete, maxlength: "8",
    "aria-describedby": "lock-status" });
}

/** The choice of the time in the background. */
function afterChoice(status) {
  return el("select", { id: "lock-after" },
    status.choices.map((c) => el("option", { value: c.value, selected: c.value === status.after_background }, c.label)));
}

/** The form that sets a PIN (or a new one), with the warning about a forgotten PIN first. */
function setForm(status, done, say) {
  const select = afterChoice(status);
  const pin = pinField("lock-pin", "new-password");
  const repeat = pinField("lock-pin-repeat", "new-password");
  return el("form", { id: "lock-set", onsubmit: async (event) => {
    event.preventDefault();
    try {
      done(await call("set_lock", { pin: pin.value, repeat: repeat.value, after: Number(select.value) }));
    } catch (e) {
      say(e.message, true);
      (e.field === "pin-repeat" ? repeat : pin).focus();
    }
  } },
    el("p", { class: "warn-line", id: "lock-forget-warning" }, t("ui-lock-forget-warning")),
    el("label", { class: "field" }, t("ui-lock-pin"), pin),
    el("label", { class: "field" }, t("ui-lock-pin-repeat"), repeat),
    el("label", { class: "field" }, t("ui-lock-after"), select),
    el("button", { class: "button block", type: "submit", id: "lock-turn-on" }, t("ui-lock-turn-on")));
}

/** The settings' "App lock" card. */
export async function lockCard() {
  const card = el("section", { class: "card", id: "lock-card", "aria-labelledby": "lock-h" });
  const draw = (status, said) => {
    const message = el("p", { role: "status", id: "lock-status" });
    const say = (text, isError) => {
      message.className = isError ? "error" : "ok";
      message.textContent = text;
    };
    const done = (next) => draw(next, t("ui-lock-saved"));
    if (!status.enabled) {
      mount(card, el("h2", { id: "lock-h" }, t("ui-lock-title")),
        el("p", {}, t("ui-lock-is-off"), " ", t("ui-lock-lead")), message, setForm(status, done, say));
    } else {
      const select = afterChoice(status);
      select.id = "lock-after-on";
      select.addEventListener("change", async () => {
        try {
          done(await call("set_lock_after", { after: Number(select.value) }));
        } catch (e) {
          say(e.message, true);
        }
      });
      const pin = pinField("lock-off-pin", "current-password");
      const change = el("div", { id: "lock-change", hidden: true });
      mount(card, el("h2", { id: "lock-h" }, t("ui-lock-title")),
        el("p", { class: "ok", id: "lock-on" }, t("ui-lock-is-on")), message,
        el("label", { class: "field" }, t("ui-lock-after"), select),
        el("button", { class: "button block secondary", type: "button", id: "lock-change-pin", onclick: () => {
          change.replaceChildren(setForm(status, done, say));
          change.hidden = false;
        } }, t("ui-lock-change-pin")),
        change,
        el("form", { id: "lock-off", onsubmit: async (event) => {
          event.preventDefault();
          try {
            done(await call("remove_lock", { pin: pin.value }));
          } catch (e) {
            say(e.message, true);
            pin.focus();
          }
        } },
          el("label", { class: "field" }, t("ui-lock-turn-off-lead"), pin),
          el("button", { class: "button block secondary", type: "submit", id: "lock-turn-off" }, t("ui-lock-turn-off"))));
    }
    if (said) say(said, false);
  };
  draw(await call("lock_status"));
  return card;
}

/** The offer of a lock, once a person's data is saved (the backend says when); null otherwise. */
export async function lockOffer(go) {
  const status = await call("lock_status");
  if (!status.offer) return null;
  const card = el("section", { class: "card", id: "lock-offer", "aria-labelledby": "lock-offer-h" },
    el("h2", { id: "lock-offer-h" }, t("ui-lock-offer-title")),
    el("p", {}, t("ui-lock-offer-lead")),
    el("div", { class: "row" },
      el("button", { class: "button", type: "button", id: "lock-offer-yes", onclick: () => go("settings", "lock") },
        t("ui-lock-offer-yes")),
      el("button", { class: "button secondary", type: "button", id: "lock-offer-no", onclick: async () => {
        await call("dismiss_lock_offer").catch(() => {});
        card.hidden = true;
      } }, t("ui-lock-offer-no"))));
  return card;
}
