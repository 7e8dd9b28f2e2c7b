// How hand-written handbook pages mark up their tabs: controls (buttons or
// links naming a panel by data-tab, aria-controls, href="#id"…), the list
// holding them, and the panels (an id, role=tabpanel, or a tab-pane class).
// Also the small DOM lookups the handbook page reader needs.
import type { Element } from "domhandler";
import { findOne, textContent } from "domutils";
import { classes, isTag } from "./dom.ts";
import { collapseSpace } from "./escape.ts";

const TAB_CONTROL_ATTRS = ["data-tab", "data-target", "data-bs-target", "aria-controls", "href", "data-section"];

export function isTabControl(el: Element): boolean {
  if (el.attribs["role"] === "tab") return true;
  if (!["button", "a", "li", "span", "div"].includes(el.name)) return false;
  const cls = classes(el).join(" ");
  return /\btab/.test(cls) && TAB_CONTROL_ATTRS.some((a) => el.attribs[a] !== undefined) && !!controlTarget(el);
}

export function controlTarget(el: Element): string | undefined {
  for (const a of TAB_CONTROL_ATTRS) {
    const v = el.attribs[a];
    if (v && (a !== "href" || v.startsWith("#"))) return v.replace(/^#/, "");
  }
  const onclick = /['"]([\w-]+)['"]/.exec(el.attribs["onclick"] ?? "");
  return onclick?.[1];
}

/** The list or tablist holding a control: cut as a whole. */
export function controlList(el: Element): Element {
  let cur: Element = el;
  for (let p = el.parent; p && isTag(p); p = p.parent) {
    if (p.attribs["role"] === "tablist" || ["ul", "ol", "nav"].includes(p.name) || /\btab/.test(classes(p).join(" "))) cur = p;
    if (p.attribs["role"] === "tablist" || p.name === "nav") break;
  }
  return cur;
}

/** The tab panel around an include: its nearest ancestor with an id. */
export function panelOf(marker: Element): Element | undefined {
  for (let p = marker.parent; p && isTag(p); p = p.parent) {
    if (p.attribs["id"] || p.attribs["role"] === "tabpanel" || /tab-(?:content|pane|panel)/.test(classes(p).join(" "))) return p;
  }
  return undefined;
}

export function headingLabel(panel: Element): string | undefined {
  const h = findOne((el) => /^h[2-4]$/.test(el.name), panel.children);
  return h ? collapseSpace(textContent(h)).trim() : undefined;
}

export function listHeading(list: Element): Element | undefined {
  let prev = list.prev;
  while (prev && !isTag(prev) && !(prev.type === "text" && textContent(prev).trim() !== "")) prev = prev.prev;
  return prev && isTag(prev) && /^h[2-6]$/.test(prev.name) && /section|contents|chapters|parts|lessons/i.test(textContent(prev)) ? prev : undefined;
}

export function nextElement(el: Element): Element | undefined {
  for (let n = el.next; n; n = n.next) if (isTag(n)) return n;
  return undefined;
}

export function contains(outer: Element, inner: Element): boolean {
  return (outer.startIndex ?? 0) <= (inner.startIndex ?? 0) && (outer.endIndex ?? 0) >= (inner.endIndex ?? 0);
}
