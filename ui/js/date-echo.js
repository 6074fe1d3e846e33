// Date fields draw the date in the operating system's format whatever the app's language (an
// English desktop shows 11/09/2026 to a Vietnamese reader). Under every date field the app echoes
// the chosen day as it writes dates everywhere else: in the user's language and in Japanese, both
// formatted by the backend (`date_view`); nothing about dates is computed here.
import { call } from "./api.js";
import { el } from "./dom.js";

/** The echo line of a date input, created under it the first time. */
function line(input) {
  const id = `${input.id}-echo`;
  let out = document.getElementById(id);
  if (!out) {
    out = el("span", { class: "date-echo", id, "aria-live": "polite" });
    input.after(out);
  }
  return out;
}

/** Writes the chosen day under `input`, or nothing when it is empty or not a date. */
async function echo(input) {
  const out = line(input);
  const asked = input.value;
  if (!asked) {
    out.replaceChildren();
    return;
  }
  try {
    const d = await call("date_view", { iso: asked });
    if (input.value !== asked) return; // a newer choice is on its way
    const local = d.local === d.ja ? [] : [d.local, " · "];
    out.replaceChildren(...local, el("span", { lang: "ja" }, d.ja));
  } catch {
    out.replaceChildren();
  }
}

/** Echoes every date input in `root` as it changes. Call once for the screens' container. */
export function watchDates(root) {
  const onChange = (e) => {
    if (e.target instanceof HTMLInputElement && e.target.type === "date") echo(e.target);
  };
  root.addEventListener("input", onChange);
  root.addEventListener("change", onChange);
}

/** Echoes the date inputs of a screen just drawn (those already holding a date). */
export function echoDates(root) {
  return Promise.all([...root.querySelectorAll("input[type='date']")].filter((i) => i.value).map(echo));
}
