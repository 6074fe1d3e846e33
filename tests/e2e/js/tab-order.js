// No positive tabindex, and the tab order (DOM order of the focusable elements) follows the
// visual order: each next one is lower on the page, or on the same line and further along it.
// Runs after prelude.js. Returns { checked, problems }.

const problems = []; let checked = 0;
for (const e of document.querySelectorAll('[tabindex]')) {
  checked++;
  if (parseInt(e.getAttribute('tabindex'), 10) > 0) problems.push(`${describe(e)}: positive tabindex`);
}
const rtl = getComputedStyle(document.documentElement).direction === 'rtl';
const list = focusables();
for (let i = 1; i < list.length; i++) {
  checked++;
  const a = box(list[i - 1]).getBoundingClientRect(), b = box(list[i]).getBoundingClientRect();
  const sameLine = Math.abs(a.top - b.top) < Math.min(a.height, b.height) / 2;
  const ok = sameLine ? (rtl ? b.left <= a.left + 1 : b.left >= a.left - 1) : b.top >= a.top;
  if (!ok)
    problems.push(`${describe(list[i])} (top ${Math.round(b.top)}, left ${Math.round(b.left)}) comes after ` +
      `${describe(list[i - 1])} (top ${Math.round(a.top)}, left ${Math.round(a.left)}) in the tab order`);
}
return { checked, problems };
