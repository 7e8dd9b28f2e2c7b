// ← and → follow the page's <link rel="prev"> / <link rel="next">, the same
// targets as the visible previous/next links. Only a bare key press counts:
// with a modifier it belongs to the browser (Alt+← is "back") or to text
// selection, and inside form fields or scrolling regions it belongs there.
import { isTypingTarget, scrollsSideways } from "./targets.ts";

function relForKey(key: string): "prev" | "next" | undefined {
  return key === "ArrowLeft" ? "prev" : key === "ArrowRight" ? "next" : undefined;
}

export function linkedUrl(doc: Document, rel: "prev" | "next"): string | undefined {
  const link = doc.querySelector<HTMLLinkElement>(`link[rel~="${rel}"][href]`);
  return link ? link.href : undefined;
}

export function enableKeyboardNav(doc: Document): void {
  doc.addEventListener("keydown", (event) => {
    const rel = relForKey(event.key);
    if (!rel || event.defaultPrevented || event.isComposing) return;
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = event.target instanceof Element ? event.target : null;
    if (target && (isTypingTarget(target) || scrollsSideways(target))) return;
    const url = linkedUrl(doc, rel);
    if (!url) return;
    event.preventDefault();
    doc.location.assign(url);
  });
}
