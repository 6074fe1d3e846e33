// The UI's words: all come from the backend's catalog (`app_info` / `set_language`).
let strings = {};

/** Replaces the strings (after a language change). */
export function setStrings(s) {
  strings = s || {};
}

/** The UI message `id` in the current language. A missing id shows itself, so tests catch it. */
export function t(id) {
  return strings[id] ?? id;
}
