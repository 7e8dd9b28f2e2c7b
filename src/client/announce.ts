// One polite live region for short confirmations ("Code copied"), so screen
// reader users hear what sighted readers see on a button. It exists from the
// start: a region added only when needed is often not announced.

let region: HTMLElement | undefined;

export function createAnnouncer(doc: Document): void {
  region = doc.createElement("div");
  region.className = "visually-hidden";
  region.setAttribute("role", "status");
  doc.body.append(region);
}

export function announce(text: string): void {
  if (!region) return;
  // The same message twice in a row is a change too.
  region.textContent = region.textContent === text ? `${text}\u00a0` : text;
}
