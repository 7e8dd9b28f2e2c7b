// The on-page table of contents marks the heading being read with
// aria-current="location": the last heading above a line 30 % down the
// viewport, or, at the very end of the page (where the last headings can no
// longer scroll that high), the last heading on screen. Two observers report
// the moments that can change the answer; the answer itself is then read from
// the headings' positions.
import { endMarker } from "./section-end.ts";

export function highlightToc(doc: Document): void {
  if (!("IntersectionObserver" in window)) return;
  const entries = Array.from(doc.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]'))
    .map((link) => ({ link, heading: doc.getElementById(decodeURIComponent(link.hash.slice(1))) }))
    .filter((e): e is { link: HTMLAnchorElement; heading: HTMLElement } => e.heading !== null);
  if (entries.length === 0) return;
  let active: HTMLAnchorElement | undefined;
  let atEnd = false;
  const update = () => {
    const line = window.innerHeight * (atEnd ? 1 : 0.3);
    let current: HTMLAnchorElement | undefined;
    for (const { link, heading } of entries) {
      if (heading.getBoundingClientRect().top > line) break;
      current = link;
    }
    if (!current && entries[0]!.heading.getBoundingClientRect().top < window.innerHeight) current = entries[0]!.link;
    if (current === active) return;
    active?.removeAttribute("aria-current");
    current?.setAttribute("aria-current", "location");
    active = current;
  };
  const crossing = new IntersectionObserver(update, { rootMargin: "0px 0px -70% 0px" });
  const onScreen = new IntersectionObserver((changes) => {
    for (const c of changes) if (c.target.classList.contains("section-end")) atEnd = c.isIntersecting;
    update();
  });
  for (const { heading } of entries) {
    crossing.observe(heading);
    onScreen.observe(heading);
  }
  const end = endMarker(doc);
  if (end) onScreen.observe(end);
}
