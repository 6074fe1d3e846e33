// The one door to the backend. Every screen calls commands through `call`; a failed command
// rejects with the backend's typed error ({ code, message }), already translated.

const tauri = window.__TAURI__;

/** Calls a backend command and returns what it returns. */
export async function call(command, args = {}) {
  if (!tauri || !tauri.core) {
    throw { code: "no_backend", message: "This page must run inside the app." };
  }
  return tauri.core.invoke(command, args);
}
