// What the backend's frame (`app_info` / `set_language`) gives every screen: the UI's words, all
// from the backend's catalog, and the longest text each field takes (its one limits table).
let strings = {};
let limits = {};

/** Replaces the strings and the limits (at start and after a language change). */
export function setFrame(info) {
  strings = info.strings || {};
  limits = info.limits || {};
}

/** The UI message `id` in the current language. A missing id shows itself, so tests catch it. */
export function t(id) {
  return strings[id] ?? id;
}

/** The longest text the field `id` takes, as the backend checks it. */
export function maxLength(id) {
  return limits[id];
}
