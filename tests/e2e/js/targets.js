// Touch targets of at least 44×44 CSS px. A control inside a label counts the label's box
// (tapping the label works the control). Runs after prelude.js. Returns { checked, problems }.

const problems = []; let checked = 0;
for (const e of focusables()) {
  const r = box(e).getBoundingClientRect();
  checked++;
  if (r.width < 43.5 || r.height < 43.5)
    problems.push(`${describe(e)}: ${r.width.toFixed(1)}×${r.height.toFixed(1)} px`);
}
return { checked, problems };
