// "The reader reached the end": a 1 px marker at the end of the section's text
// (or of <main> on other pages), watched by IntersectionObserver. Reading
// progress asks when it is on screen; prefetching asks when it is near.

export function endMarker(doc: Document): Element | undefined {
  const existing = doc.querySelector(".section-end");
  if (existing) return existing;
  const container = doc.querySelector(".article-body") ?? doc.querySelector("main");
  if (!container) return undefined;
  const marker = doc.createElement("div");
  marker.className = "section-end";
  marker.setAttribute("aria-hidden", "true");
  // Inside the text's own box: a new sibling would take a cell of the
  // article's grid.
  container.append(marker);
  return marker;
}

/**
 * Calls `fn` once, when the end comes within `below` (a CSS length, e.g.
 * "0px" or "50%" of the viewport height) under the bottom of the viewport.
 */
export function onReachingEnd(doc: Document, below: string, fn: () => void): void {
  const marker = endMarker(doc);
  if (!marker || !("IntersectionObserver" in window)) return;
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      fn();
    },
    { rootMargin: `0px 0px ${below} 0px` },
  );
  observer.observe(marker);
}
