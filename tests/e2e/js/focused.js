// The focused element and whether its focus is visible: an outline of at least 2 px with 3:1
// contrast against what is around it (WCAG 2.4.7 / 1.4.11).
//
// Under Xvfb without a window manager the app's window never has the system focus, so
// `:focus-visible` never matches there (`document.hasFocus()` is false). The ring is then taken
// from the style sheets: every `:focus-visible` rule whose selector (without the pseudo-class)
// matches the element, and every `:focus-within` rule matching its label, applied in order to a
// probe beside it, whose computed outline is measured — what a keyboard user would see.
//
// Runs after prelude.js. Returns null when nothing is focused, else { index (among focusables()
// without the skip link), key (describe(e)), skip (whether it is the skip link), problem (null
// or what is wrong with the outline) }.

const e = document.activeElement;
if (!e || e === document.body || e === document.documentElement) return null;
const ringOf = (el) => {
  if (el.matches(':focus-visible')) return getComputedStyle(el);
  const texts = [];
  const walk = (rules) => {
    for (const r of rules) {
      if (r instanceof CSSMediaRule) {
        if (matchMedia(r.media.mediaText).matches) walk(r.cssRules);
        continue;
      }
      if (!(r instanceof CSSStyleRule)) continue;
      for (const sel of r.selectorText.split(',')) {
        const hit = [[':focus-visible', el], [':focus-within', box(el) !== el ? box(el) : null]]
          .some(([p, target]) => target && sel.includes(p) && target.matches(sel.split(p).join(':is(*)')));
        if (hit) { texts.push(r.style.cssText); break; }
      }
    }
  };
  for (const sheet of document.styleSheets) walk(sheet.cssRules);
  const probe = document.createElement('span');
  probe.style.cssText = texts.join(';');
  (el.parentElement || document.body).appendChild(probe);
  const s = getComputedStyle(probe);
  const out = { outlineStyle: s.outlineStyle, outlineWidth: s.outlineWidth, outlineColor: s.outlineColor };
  probe.remove();
  return out;
};
const s = ringOf(e);
const host = box(e);
const width = parseFloat(s.outlineWidth) || 0;
const ring = rgba(s.outlineColor);
let problem = null;
if (s.outlineStyle === 'none' || width < 2 || !ring) {
  problem = `no visible focus outline (${s.outlineStyle} ${s.outlineWidth})`;
} else {
  const around = background(host.parentElement || host);
  const r = ratio(over(ring, around), around);
  if (r < 3) problem = `focus outline ${r.toFixed(2)}:1 (${s.outlineColor}) against rgb(${around.slice(0, 3).map(Math.round).join(', ')})`;
}
const index = focusables().filter((x) => !x.matches('.skip')).indexOf(e);
return { index, key: describe(e), skip: e.matches('.skip'), problem };
