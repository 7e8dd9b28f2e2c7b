// Readers mostly go on to the next section, so fetch it ahead, into the HTTP
// cache, once there is a sign they will: the end of the text comes near, or
// the pointer or focus reaches a link to it. One <link rel=prefetch>, once;
// never when the reader asked the browser to save data.
import { linkedUrl } from "./keyboard-nav.ts";
import { onReachingEnd } from "./section-end.ts";

export function prefetchNext(doc: Document): void {
  const next = linkedUrl(doc, "next");
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  if (!next || connection?.saveData) return;
  let done = false;
  const prefetch = () => {
    if (done) return;
    done = true;
    const link = doc.createElement("link");
    link.rel = "prefetch";
    link.href = next;
    doc.head.append(link);
  };
  for (const a of doc.querySelectorAll<HTMLAnchorElement>("a[href]")) {
    if (a.href !== next) continue;
    a.addEventListener("pointerenter", prefetch, { once: true });
    a.addEventListener("focus", prefetch, { once: true });
  }
  onReachingEnd(doc, "50%", prefetch);
}
