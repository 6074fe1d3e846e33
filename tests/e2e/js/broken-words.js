// Words broken in the middle although they would fit on a line of half the screen (a squeezed
// button showing `Abri` / `r`). Hyphens, dashes and slashes are break points. Scripts written
// without spaces (Han, kana, Hangul, Thai) break anywhere by design and are not looked at.
// Runs after prelude.js. Returns { checked, problems }.

const problems = []; let checked = 0;
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
const range = document.createRange();
const half = document.documentElement.clientWidth / 2;
for (let n = walker.nextNode(); n; n = walker.nextNode()) {
  const host = n.parentElement;
  if (!host || !visible(host) || host.closest('select, option, script, style')) continue;
  // Runs between spaces, hyphens, dashes and slashes (where a line may break).
  const re = /[^\s\-\u2010-\u2015\/\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f\uff00-\uffef]{2,}/g;
  for (let m = re.exec(n.textContent); m; m = re.exec(n.textContent)) {
    range.setStart(n, m.index);
    range.setEnd(n, m.index + m[0].length);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    checked++;
    const tops = new Set(rects.map((r) => Math.round(r.top)));
    const width = rects.reduce((w, r) => w + r.width, 0);
    if (tops.size > 1 && width <= half)
      problems.push(`${describe(host)}: the word "${m[0]}" (${Math.round(width)}px) is broken across lines`);
  }
}
return { checked, problems };
