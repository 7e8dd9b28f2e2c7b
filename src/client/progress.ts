// Reading progress, kept only in this browser (localStorage; no cookie, no
// server). A section counts as read once the end of its text has been on
// screen. The sidebar and the landing's section list mark read sections; the
// landing says how many are read, links to the first unread one and offers a
// reset. One key per handbook and site root, holding the read sections' paths
// below the root, so it works under any path prefix and two sites on one
// host never mix.
import { announce } from "./announce.ts";
import { onReachingEnd } from "./section-end.ts";
import { load, save, siteRoot, sitePath } from "./site.ts";

const keyOf = (doc: Document, handbook: string) => `folio-read:${siteRoot(doc)}${handbook}`;

function readPaths(key: string): Set<string> {
  try {
    const value: unknown = JSON.parse(load(key) ?? "[]");
    return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);
  } catch {
    return new Set(); // a damaged entry reads as no progress
  }
}

/** Marks each link to a read section: a tick (CSS) and "(read)" for screen readers. */
function markLinks(doc: Document, links: HTMLAnchorElement[], read: Set<string>): void {
  for (const a of links) {
    const isRead = read.has(sitePath(doc, a.href));
    a.classList.toggle("is-read", isRead);
    const note = a.querySelector(".read-note");
    if (isRead && !note) {
      const span = doc.createElement("span");
      span.className = "read-note visually-hidden";
      span.textContent = " (read)";
      a.append(span);
    } else if (!isRead) {
      note?.remove();
    }
  }
}

export function trackProgress(doc: Document): void {
  const handbook = doc.body.dataset.handbook;
  if (!handbook) return;
  const key = keyOf(doc, handbook);
  const sidebarLinks = Array.from(doc.querySelectorAll<HTMLAnchorElement>(".sidebar-list a"));
  const listLinks = Array.from(doc.querySelectorAll<HTMLAnchorElement>("a.section-list-title"));
  markLinks(doc, [...sidebarLinks, ...listLinks], readPaths(key));

  const current = doc.querySelector<HTMLAnchorElement>('.sidebar-list a[aria-current="page"]');
  if (current) {
    onReachingEnd(doc, "0px", () => {
      // Read again: another tab may have added sections meanwhile.
      const read = readPaths(key);
      read.add(sitePath(doc, current.href));
      save(key, JSON.stringify([...read]));
      markLinks(doc, sidebarLinks, read);
    });
  }
  if (listLinks.length > 0) landingSummary(doc, key, listLinks);
}

/** "2 of 5 sections read", "Continue with …" and a reset, after the landing's header. */
function landingSummary(doc: Document, key: string, links: HTMLAnchorElement[]): void {
  const header = doc.querySelector(".landing > .article-header");
  if (!header) return;
  const box = doc.createElement("div");
  box.className = "reading-progress";
  header.after(box);
  const render = () => {
    const read = readPaths(key);
    const isRead = (a: HTMLAnchorElement) => read.has(sitePath(doc, a.href));
    const count = links.filter(isRead).length;
    box.hidden = count === 0;
    box.replaceChildren();
    if (count === 0) return;
    const status = doc.createElement("p");
    status.className = "reading-progress-count";
    status.textContent = count === links.length ? `All ${count} sections read.` : `${count} of ${links.length} sections read.`;
    box.append(status);
    const next = links.find((a) => !isRead(a));
    if (next) {
      const go = doc.createElement("a");
      go.className = "reading-progress-continue";
      go.href = next.href;
      go.textContent = `Continue with ${next.textContent}`;
      box.append(go);
    }
    const reset = doc.createElement("button");
    reset.type = "button";
    reset.className = "reading-progress-reset";
    reset.textContent = "Reset reading progress";
    reset.addEventListener("click", () => {
      save(key, null);
      markLinks(doc, links, new Set());
      render();
      // The button is gone: give focus to where reading starts.
      doc.querySelector<HTMLElement>(".start-reading a")?.focus();
      announce("Reading progress reset.");
    });
    box.append(reset);
  };
  render();
}
