// "/" focuses the site's search box, wherever it is (any input inside
// role="search" or data-folio-search), as on most documentation sites. Pages
// without one ignore the key. Like ← and →, it is left alone while typing
// and with Ctrl, Alt or Meta held; Shift is allowed, since some keyboard
// layouts need it to type "/".
import { isTypingTarget } from "./targets.ts";

const SEARCH_INPUT = '[role="search"] input, [data-folio-search] input';

export function enableSearchKey(doc: Document): void {
  doc.addEventListener("keydown", (event) => {
    if (event.key !== "/" || event.defaultPrevented || event.isComposing) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target instanceof Element ? event.target : null;
    if (target && isTypingTarget(target)) return;
    const input = doc.querySelector<HTMLInputElement>(SEARCH_INPUT);
    if (!input) return;
    event.preventDefault(); // or the "/" would be typed into the box
    input.focus();
    input.select();
  });
}
