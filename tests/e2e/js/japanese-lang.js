// Elements that hold Japanese script but whose language (`lang`, inherited) is not Japanese: a
// screen reader would read them with the wrong voice. Only elements whose own text is mostly
// Japanese count (a Japanese term inside an English sentence is fine). Runs after prelude.js.
// Returns { checked, problems }.

const problems = []; let checked = 0;
const kana = /[\u3040-\u30ff]/g;
const cjk = /[\u3040-\u30ff\u3400-\u9fff]/g;
for (const e of document.querySelectorAll('body *')) {
  const text = [...e.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('').trim();
  if (!text || !visible(e)) continue;
  // A Japanese phrase quoted in a sentence (“このカードは…まで有効です”, 「在留カード」) is a quotation
  // of what is printed: it does not make the sentence Japanese.
  const own = text.replace(/“[^”]*”|「[^」]*」/g, '').trim() || text;
  const japanese = (own.match(cjk) || []).length;
  // Mostly Han and kana, with kana at least a third of them: Japanese, not Chinese. Japanese
  // prose and labels run well above a third kana (在留カード番号: 3 of 7); a Chinese sentence
  // quoting a Japanese term (在留卡号码（在留カード番号）: 3 of 12) stays below it.
  if (japanese * 2 < own.replace(/\s/g, '').length || (own.match(kana) || []).length * 3 < japanese) continue;
  checked++;
  const lang = (e.closest('[lang]') || document.documentElement).getAttribute('lang') || '';
  if (!/^ja\b/.test(lang)) problems.push(`${describe(e)}: Japanese text in lang="${lang}"`);
}
return { checked, problems };
