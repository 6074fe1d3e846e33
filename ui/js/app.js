// Starts the UI: loads the frame (language, strings, cases) and routes between screens.
// Screens only render what the backend returns; no rule or date is computed here.
import { call } from "./api.js";
import { echoDates, watchDates } from "./date-echo.js";
import { setFrame, t } from "./i18n.js";
import { renderHome } from "./screens/home.js";
import { renderTriage } from "./screens/triage.js";
import { renderCase } from "./screens/case.js";
import { renderPolice } from "./screens/police.js";
import { renderData } from "./screens/data.js";
import { renderPapers } from "./screens/papers.js";
import { renderPerson } from "./screens/person.js";
import { renderSettings } from "./screens/settings.js";
import { renderLock } from "./screens/lock.js";
import { renderMyths } from "./screens/myths.js";

const main = document.getElementById("main");
const notice = document.getElementById("notice");
const langSelect = document.getElementById("lang-select");
const homeButton = document.getElementById("home-button");
const lockRoot = document.getElementById("lock");
let current = { name: "home", arg: null };
// Whether the screen under the lock must be drawn again once unlocked (it was never drawn, or
// the language changed meanwhile); otherwise it comes back as it was, with what was typed in it.
let redrawAfterUnlock = false;

const screens = {
  home: renderHome, triage: renderTriage, case: renderCase, police: renderPolice, data: renderData,
  papers: renderPapers, person: renderPerson, settings: renderSettings, myths: renderMyths,
};

/** Shows an error (or a notice) in plain words at the top of the screen. */
export function showNotice(message) {
  notice.textContent = message || "";
  notice.hidden = !message;
}

/** Goes to a screen: `go("case", id)`. */
export async function go(name, arg = null) {
  current = { name, arg };
  if (!lockRoot.hidden) {
    redrawAfterUnlock = true;
    return;
  }
  homeButton.hidden = name === "home";
  main.setAttribute("aria-busy", "true");
  showNotice("");
  try {
    await screens[name](main, arg, go);
    await echoDates(main);
  } catch (e) {
    if (e && e.code === "locked") {
      // The lock screen is shown (api.js); this screen is drawn once unlocked.
      redrawAfterUnlock = true;
      return;
    }
    main.replaceChildren();
    showNotice((e && e.message) || String(e));
  } finally {
    main.setAttribute("aria-busy", "false");
    window.scrollTo(0, 0);
    main.focus({ preventScroll: true });
  }
}

function applyFrame(info) {
  setFrame(info);
  document.documentElement.lang = info.html_lang;
  document.title = t("ui-app-title");
  document.getElementById("app-title").textContent = t("ui-app-title");
  document.getElementById("skip").textContent = t("ui-skip");
  document.getElementById("lang-label").textContent = t("ui-language");
  homeButton.setAttribute("aria-label", t("ui-home"));
  langSelect.replaceChildren(
    ...info.languages.map((l) => {
      const o = document.createElement("option");
      o.value = l.code;
      o.lang = l.bcp47;
      o.textContent = l.native_name;
      o.selected = l.code === info.language;
      return o;
    }),
  );
}

/** Shows the lock screen instead of the app (whose screen stays as it was, hidden); `known` is a
 *  lock status just asked for, else it is asked. */
async function showLock(known) {
  const status = known || await call("lock_status");
  if (!status.locked) return;
  main.hidden = true;
  homeButton.hidden = true;
  showNotice("");
  lockRoot.hidden = false;
  renderLock(lockRoot, status, unlocked, erased);
}

function closeLock() {
  lockRoot.hidden = true;
  lockRoot.replaceChildren();
  main.hidden = false;
}

async function unlocked() {
  closeLock();
  homeButton.hidden = current.name === "home";
  if (redrawAfterUnlock) {
    redrawAfterUnlock = false;
    await go(current.name, current.arg);
  } else {
    main.focus({ preventScroll: true });
  }
}

async function erased() {
  closeLock();
  redrawAfterUnlock = false;
  await go("home");
  showNotice(t("ui-delete-all-done"));
}

// A command refused because the app is locked (it locked while this screen was open).
window.addEventListener("app-locked", () => showLock().catch((e) => showNotice(e.message)));
// Going to the background, the app's content is hidden at once, before the system takes the app
// switcher's picture; coming back, the backend says whether the time away was long enough to lock.
document.addEventListener("visibilitychange", async () => {
  const visible = !document.hidden;
  if (!visible) main.classList.add("veiled");
  try {
    const status = await call("app_visibility", { visible });
    if (visible && status.locked) await showLock();
  } catch (e) {
    showNotice(e.message);
  } finally {
    if (visible) main.classList.remove("veiled");
  }
});

langSelect.addEventListener("change", async () => {
  try {
    applyFrame(await call("set_language", { code: langSelect.value }));
    if (!lockRoot.hidden) {
      redrawAfterUnlock = true;
      await showLock();
      return;
    }
    await go(current.name, current.arg);
  } catch (e) {
    showNotice(e.message);
  }
});
homeButton.addEventListener("click", () => go("home"));
watchDates(main);

async function start() {
  try {
    const info = await call("app_info", { deviceLanguages: [...(navigator.languages || [])] });
    applyFrame(info);
    const lock = await call("lock_status");
    if (lock.locked) {
      redrawAfterUnlock = true;
      main.setAttribute("aria-busy", "false");
      await showLock(lock);
    } else {
      await go("home");
    }
    if (info.notice) showNotice(info.notice);
    // The first screen is drawn: say so once its frame is on screen (scripts/start-bench.sh
    // times this; otherwise the backend does nothing with it).
    requestAnimationFrame(() => requestAnimationFrame(() => call("first_paint").catch(() => {})));
  } catch (e) {
    main.setAttribute("aria-busy", "false");
    showNotice((e && e.message) || String(e));
  }
}

start();
