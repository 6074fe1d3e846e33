// Every control has an accessible name (aria-labelledby, aria-label, a label, its text, or a
// title), and no name is an untranslated message id (`ui-…`). Runs after prelude.js.
// Returns { checked, problems }.

const problems = []; let checked = 0;
const nameOf = (e) => {
  const by = e.getAttribute('aria-labelledby');
  if (by) return by.split(/\s+/).map((id) => { const l = document.getElementById(id); return l ? l.textContent : ''; }).join(' ');
  if (e.getAttribute('aria-label')) return e.getAttribute('aria-label');
  if (e.labels && e.labels.length) return [...e.labels].map((l) => l.textContent).join(' ');
  if (e.tagName === 'BUTTON' || e.tagName === 'A') return e.textContent;
  if (e.type === 'button' || e.type === 'submit') return e.value;
  return e.getAttribute('title') || '';
};
for (const e of document.querySelectorAll('a[href], button, input, select, textarea')) {
  if (!focusables().includes(e) && !e.matches('.skip')) continue;
  checked++;
  const name = (nameOf(e) || '').trim();
  if (!name) problems.push(`${describe(e)}: no accessible name`);
  else if (/^ui-[a-z0-9-]+$/.test(name)) problems.push(`${describe(e)}: the name is a message id: ${name}`);
}
return { checked, problems };
