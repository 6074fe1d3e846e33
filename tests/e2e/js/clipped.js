// Text that does not fit its box: every visible element whose overflow is not `visible` must
// show all of its content (`scrollWidth <= clientWidth`, and the same for heights), no
// single-line text may be cut with an ellipsis, and a closed <select> must show all of its chosen
// option. Runs after prelude.js. Returns { checked, problems }.

const problems = []; let checked = 0;
for (const e of document.querySelectorAll('body *')) {
  if (!visible(e)) continue;
  const s = getComputedStyle(e);
  const clipsX = s.overflowX !== 'visible';
  const clipsY = s.overflowY !== 'visible';
  if (!clipsX && !clipsY && s.textOverflow !== 'ellipsis') continue;
  if (e === document.scrollingElement) continue;
  checked++;
  if (clipsX && e.scrollWidth > e.clientWidth + 1)
    problems.push(`${describe(e)}: content ${e.scrollWidth}px wide in a ${e.clientWidth}px box`);
  if (clipsY && s.overflowY !== 'auto' && s.overflowY !== 'scroll' && e.scrollHeight > e.clientHeight + 1)
    problems.push(`${describe(e)}: content ${e.scrollHeight}px high in a ${e.clientHeight}px box`);
}
// A closed <select> shows its chosen option in a box of its own and cuts what does not fit.
const canvas = document.createElement('canvas').getContext('2d');
for (const sel of document.querySelectorAll('select')) {
  if (!visible(sel) || sel.selectedIndex < 0) continue;
  checked++;
  const s = getComputedStyle(sel);
  canvas.font = `${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
  const text = canvas.measureText(sel.options[sel.selectedIndex].text).width;
  // The drop-down arrow takes about 20 px on the inline end (WebKit draws it at a fixed size).
  const room = sel.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight) - 20;
  if (text > room + 1)
    problems.push(`${describe(sel)}: the chosen option is ${Math.ceil(text)}px wide, ${Math.floor(room)}px shown`);
}
return { checked, problems };
