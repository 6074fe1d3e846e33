// WCAG AA contrast of every visible piece of text (and of the text in form fields) against
// its effective background: 4.5:1, or 3:1 for large text (24 px, or 18.66 px bold).
// Runs after prelude.js. Returns { checked, problems }.

const problems = []; let checked = 0;
const hasText = (e) => [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
for (const e of document.querySelectorAll('body *')) {
  const field = e.matches('input:not([type=checkbox]):not([type=radio]), select, textarea');
  if (!(field || hasText(e)) || !visible(e) || e.tagName === 'OPTION') continue;
  const s = getComputedStyle(e);
  const fg = rgba(s.color);
  if (!fg) { problems.push(`${describe(e)}: colour ${s.color} not understood`); continue; }
  const bg = background(e);
  const r = ratio(over(fg, bg), bg);
  const px = parseFloat(s.fontSize), bold = parseInt(s.fontWeight, 10) >= 700;
  const need = px >= 24 || (px >= 18.66 && bold) ? 3 : 4.5;
  checked++;
  if (r < need)
    problems.push(`${describe(e)}: ${r.toFixed(2)}:1 < ${need}:1 (${s.color} on rgb(${bg.slice(0, 3).map(Math.round).join(', ')}), ${px}px)`);
}
return { checked, problems };
