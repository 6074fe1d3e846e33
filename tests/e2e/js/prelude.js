// Helpers every audit script starts with: audit.rs sends this file, a newline, then the check's
// own script, as one function body. Defines describe(e) (a short description of an element),
// visible(e), colours (rgba, over, background), the WCAG contrast ratio (luminance, ratio), box(e)
// and focusables() (the visible, enabled focusable elements in DOM order). Returns nothing itself.

const describe = (e) => {
  const id = e.id ? '#' + e.id : '';
  const cls = typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\s+/).join('.') : '';
  const text = (e.innerText || e.value || e.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ').slice(0, 40);
  return `${e.tagName.toLowerCase()}${id}${cls} "${text}"`;
};
const visible = (e) => {
  const r = e.getBoundingClientRect();
  if (r.width < 2 || r.height < 2) return false;
  // Off the page to the left (the skip link until it is focused).
  if (r.right + window.scrollX <= 0) return false;
  for (let n = e; n && n.nodeType === 1; n = n.parentElement) {
    const s = getComputedStyle(n);
    if (s.display === 'none' || s.visibility === 'hidden' || s.opacity === '0') return false;
    if (n.classList.contains('visually-hidden')) return false;
  }
  return true;
};
const rgba = (c) => {
  const m = /rgba?\(([^)]*)\)/.exec(c || '');
  if (!m) return null;
  const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(parseFloat);
  return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
};
const over = (top, bottom) => {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat([1]);
};
const background = (e) => {
  const layers = [];
  for (let n = e; n && n.nodeType === 1; n = n.parentElement) {
    const c = rgba(getComputedStyle(n).backgroundColor);
    if (c && c[3] > 0) {
      layers.push(c);
      if (c[3] >= 1) break;
    }
  }
  let bg = [255, 255, 255, 1];
  for (let i = layers.length - 1; i >= 0; i--) bg = over(layers[i], bg);
  return bg;
};
const luminance = (c) => {
  const ch = c.slice(0, 3).map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2];
};
const ratio = (a, b) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};
const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';
// A control inside a label is worked through the label: its box is the label's (a file picker
// styled as a button hides its input and shows the label).
const box = (e) => (e.matches('input, select, textarea') && e.closest('label') ? e.closest('label') : e);
const focusables = () => [...document.querySelectorAll(FOCUSABLE)]
  .filter((e) => !e.disabled && e.getAttribute('tabindex') !== '-1' && (visible(e) || (box(e) !== e && visible(box(e)))));
