// A tiny element builder: el("p", { class: "x" }, "text", child, [nested, [lists]]). Text is always set as text,
// never parsed as HTML, so nothing the user typed can inject markup.

/** Creates an element with attributes and children (strings become text nodes). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === false || v === null || v === undefined) continue;
    if (k.startsWith("on") && typeof v === "function") node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

/** Replaces the children of `root` (arrays are flattened, null/false skipped, as in `el`). */
export function mount(root, ...children) {
  root.replaceChildren(...el("div", {}, ...children).childNodes);
}

/** A card that shows `label` as a button and the content under it only when asked (or when
 *  `open`): a real button with aria-expanded, and a region hidden with the `hidden` attribute,
 *  so it is read and tabbed through like everything else. */
export function disclosure(id, label, open, ...content) {
  const region = el("div", { id: `${id}-body`, hidden: !open }, ...content);
  const button = el("button", {
    class: "disclosure", type: "button", id: `${id}-toggle`,
    "aria-expanded": open ? "true" : "false", "aria-controls": `${id}-body`,
    onclick: () => {
      const opening = region.hidden;
      region.hidden = !opening;
      button.setAttribute("aria-expanded", opening ? "true" : "false");
    },
  }, label);
  return el("section", { class: "card", id }, button, region);
}
