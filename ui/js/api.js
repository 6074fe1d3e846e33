// The one door to the backend. Every screen calls commands through `call`; a failed command
// rejects with the backend's typed error ({ code, message, field }), already translated. A
// command refused because the app is locked also raises the `app-locked` event (app.js shows
// the lock screen).

/** Calls a backend command and returns what it returns. */
export async function call(command, args = {}) {
  const tauri = window.__TAURI__;
  if (!tauri || !tauri.core) {
    throw { code: "no_backend", message: "This page must run inside the app." };
  }
  try {
    return await tauri.core.invoke(command, args);
  } catch (e) {
    if (e && e.code === "locked") window.dispatchEvent(new Event("app-locked"));
    throw e;
  }
}
