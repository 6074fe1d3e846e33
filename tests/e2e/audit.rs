//! Checks of the rendered page, measured through the DOM: clipped text, accessible names, tab
//! order, colour contrast (WCAG 2.x), touch-target size and text size. Each check runs one script
//! in the page and returns what it looked at and what failed, so a test can both assert that
//! nothing failed and that something was looked at (a check that saw nothing proves nothing).

use serde_json::Value;

use crate::App;

/// What one check looked at and what failed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Findings {
    /// How many elements (or pairs) were checked.
    pub checked: usize,
    /// One line per failure: the element and the measured numbers.
    pub problems: Vec<String>,
}

impl Findings {
    fn from_json(v: Value, what: &str) -> Findings {
        let checked = v["checked"]
            .as_u64()
            .unwrap_or_else(|| panic!("{what}: no `checked` count in {v}"))
            as usize;
        let problems = v["problems"]
            .as_array()
            .unwrap_or_else(|| panic!("{what}: no `problems` list in {v}"))
            .iter()
            .map(|p| p.as_str().unwrap_or_default().to_owned())
            .collect();
        Findings { checked, problems }
    }

    /// Adds another check's findings to these.
    pub fn merge(&mut self, other: Findings) {
        self.checked += other.checked;
        self.problems.extend(other.problems);
    }
}

/// Helpers every check script starts with: a short description of an element, visibility,
/// colours and the WCAG contrast ratio.
const PRELUDE: &str = r#"
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
"#;

/// Text that does not fit its box: every visible element whose overflow is not `visible` must
/// show all of its content (`scrollWidth <= clientWidth`, and the same for heights), and no
/// single-line text may be cut with an ellipsis.
const CLIPPED: &str = r#"
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
"#;

/// Every control has an accessible name (aria-labelledby, aria-label, a label, its text, or a
/// title), and no name is an untranslated message id (`ui-…`).
const NAMES: &str = r#"
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
"#;

/// No positive tabindex, and the tab order (DOM order of the focusable elements) follows the
/// visual order: each next one is lower on the page, or on the same line and further along it.
const TAB_ORDER: &str = r#"
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
"#;

/// WCAG AA contrast of every visible piece of text (and of the text in form fields) against
/// its effective background: 4.5:1, or 3:1 for large text (24 px, or 18.66 px bold).
const CONTRAST: &str = r#"
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
"#;

/// Touch targets of at least 44×44 CSS px. A control inside a label counts the label's box
/// (tapping the label works the control).
const TARGETS: &str = r#"
const problems = []; let checked = 0;
for (const e of focusables()) {
  const r = box(e).getBoundingClientRect();
  checked++;
  if (r.width < 43.5 || r.height < 43.5)
    problems.push(`${describe(e)}: ${r.width.toFixed(1)}×${r.height.toFixed(1)} px`);
}
return { checked, problems };
"#;

/// Describes the focused element and whether its focus is visible: an outline of at least 2 px
/// with 3:1 contrast against what is around it (WCAG 2.4.7 / 1.4.11).
///
/// Under Xvfb without a window manager the app's window never has the system focus, so
/// `:focus-visible` never matches there (`document.hasFocus()` is false). The ring is then taken
/// from the style sheets: every `:focus-visible` rule whose selector (without the pseudo-class)
/// matches the element, and every `:focus-within` rule matching its label, applied in order to a
/// probe beside it, whose computed outline is measured — what a keyboard user would see.
const FOCUSED: &str = r#"
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
"#;

/// Words broken in the middle although they would fit on a line of half the screen (a squeezed
/// button showing `Abri` / `r`). Hyphens, dashes and slashes are break points. Scripts written without spaces (Han, kana, Hangul, Thai) break
/// anywhere by design and are not looked at.
const BROKEN_WORDS: &str = r#"
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
"#;

async fn run(app: &App, what: &str, body: &str) -> Findings {
    let script = format!("{PRELUDE}\n{body}");
    Findings::from_json(app.eval(&script).await, what)
}

/// Text cut off by its box (see the script's doc).
pub async fn clipped_text(app: &App) -> Findings {
    run(app, "clipped text", CLIPPED).await
}

/// Words broken across lines although they would fit (see the script's doc).
pub async fn broken_words(app: &App) -> Findings {
    run(app, "broken words", BROKEN_WORDS).await
}

/// What breaks a screen's layout: anything wider than the window (one check), text cut off by its
/// box, and words broken across lines although they would fit.
pub async fn layout(app: &App) -> Findings {
    let overflow = app.horizontal_overflow().await;
    let mut f = Findings {
        checked: 1,
        problems: Vec::new(),
    };
    if overflow > 0 {
        f.problems
            .push(format!("something is {overflow}px wider than the window"));
    }
    f.merge(clipped_text(app).await);
    f.merge(broken_words(app).await);
    f
}

/// Controls without an accessible name.
pub async fn unnamed_controls(app: &App) -> Findings {
    run(app, "accessible names", NAMES).await
}

/// Positive tabindex values, and a tab order that jumps back up the page.
pub async fn tab_order(app: &App) -> Findings {
    run(app, "tab order", TAB_ORDER).await
}

/// Text below WCAG AA contrast in the current colour scheme.
pub async fn contrast(app: &App) -> Findings {
    run(app, "contrast", CONTRAST).await
}

/// Touch targets smaller than 44×44 px.
pub async fn small_targets(app: &App) -> Findings {
    run(app, "touch targets", TARGETS).await
}

/// Walks the page with the Tab key, as a keyboard user would, from the top: every focusable
/// element must be reached, in DOM order (which [`tab_order`] ties to the visual order), and
/// show a visible focus outline.
pub async fn keyboard_walk(app: &App) -> Findings {
    use fantoccini::actions::{InputSource, KeyAction, KeyActions};
    const TAB: char = '\u{E004}';
    let expected: Vec<String> = app
        .eval(&format!("{PRELUDE}\nreturn focusables().map(describe);"))
        .await
        .as_array()
        .expect("a list")
        .iter()
        .map(|v| v.as_str().unwrap_or_default().to_owned())
        .collect();
    app.eval(
        "document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); return 0;",
    )
    .await;
    let mut out = Findings::default();
    let mut reached: Vec<(i64, String)> = Vec::new();
    let mut skips = 0;
    // A date field takes several presses (day, month, year): allow for them.
    for _ in 0..expected.len() * 4 + 4 {
        let tab = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value: TAB })
            .then(KeyAction::Up { value: TAB });
        app.client
            .perform_actions(tab)
            .await
            .unwrap_or_else(|e| panic!("could not press Tab: {e}"));
        let focused = app.eval(&format!("{PRELUDE}\n{FOCUSED}")).await;
        if focused.is_null() {
            break;
        }
        let key = focused["key"].as_str().unwrap_or_default().to_owned();
        let index = focused["index"].as_i64().unwrap_or(-1);
        if focused["skip"] == serde_json::Value::Bool(true) {
            skips += 1;
            if skips > 1 {
                break; // round the page and back to the top
            }
        } else if reached.last().is_some_and(|(i, _)| *i == index) {
            continue; // the next part of the same field
        } else if reached.iter().any(|(i, _)| *i == index) {
            break;
        } else {
            reached.push((index, key.clone()));
        }
        out.checked += 1;
        if let Some(p) = focused["problem"].as_str() {
            out.problems.push(format!("{key}: {p}"));
        }
    }
    app.eval(
        "document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); return 0;",
    )
    .await;
    let order: Vec<i64> = reached.iter().map(|(i, _)| *i).collect();
    let want: Vec<i64> = (0..expected.len() as i64).collect();
    if order != want {
        out.problems.push(format!(
            "the Tab key reached {reached:#?}\nbut the page's focusable elements are {expected:#?}"
        ));
    }
    out
}

/// The smallest computed font size (px) among the visible elements matching `css` that hold
/// text; `None` if there is none.
pub async fn smallest_font_px(app: &App, css: &str) -> Option<f64> {
    let v = app
        .client
        .execute(
            &format!(
                "{PRELUDE}
                 const sizes = [...document.querySelectorAll(arguments[0])]
                   .filter((e) => visible(e) && e.textContent.trim())
                   .map((e) => parseFloat(getComputedStyle(e).fontSize));
                 return sizes.length ? Math.min(...sizes) : null;"
            ),
            vec![css.into()],
        )
        .await
        .unwrap_or_else(|e| panic!("font size of `{css}`: {e}"));
    v.as_f64()
}

/// Elements that hold Japanese script but whose language (`lang`, inherited) is not Japanese,
/// inside a page that is not in Japanese: a screen reader would read them with the wrong voice.
/// Only elements whose own text is mostly Japanese count (a Japanese term inside an English
/// sentence is fine).
pub async fn japanese_without_lang(app: &App) -> Findings {
    run(
        app,
        "lang of Japanese text",
        r#"
const problems = []; let checked = 0;
const kana = /[\u3040-\u30ff]/g;
const cjk = /[\u3040-\u30ff\u3400-\u9fff]/g;
for (const e of document.querySelectorAll('body *')) {
  const own = [...e.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('').trim();
  if (!own || !visible(e)) continue;
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
"#,
    )
    .await
}
