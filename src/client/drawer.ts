// The sidebar drawer on phones (see layouts/components/sidebar.ts). Without
// JavaScript it is a <details> whose summary is the backdrop. This adds what
// a modal panel needs: a Close button, focus moved in (to the current
// section) and back to the button, Escape to close, and the rest of the page
// made inert while it is open. On wide screens the same <details> is a plain
// column (CSS) and none of this applies.

export function enhanceDrawer(doc: Document): void {
  const drawer = doc.querySelector<HTMLDetailsElement>("details.drawer");
  const panel = drawer?.querySelector<HTMLElement>(".drawer-panel");
  const summary = drawer?.querySelector("summary");
  if (!drawer || !panel || !summary) return;

  const close = doc.createElement("button");
  close.type = "button";
  close.className = "drawer-close";
  close.textContent = "Close";
  close.addEventListener("click", () => (drawer.open = false));
  panel.prepend(close);

  // Everything beside the drawer, at every level up to <body>.
  const outside = (): HTMLElement[] => {
    const others: HTMLElement[] = [];
    for (let el: Element = drawer; el.parentElement && el !== doc.body; el = el.parentElement) {
      for (const sibling of el.parentElement.children) {
        if (sibling !== el && sibling instanceof HTMLElement) others.push(sibling);
      }
    }
    return others;
  };
  // Modal only where the panel slides over the page (phones).
  const isModal = () => getComputedStyle(panel).position === "fixed";

  drawer.addEventListener("toggle", () => {
    const modal = drawer.open && isModal();
    for (const el of outside()) el.inert = modal;
    if (modal) (panel.querySelector<HTMLElement>('[aria-current="page"]') ?? close).focus();
    else if (panel.contains(doc.activeElement)) summary.focus();
  });
  doc.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !drawer.open || !isModal()) return;
    drawer.open = false;
    summary.focus();
  });
  // Growing into the wide layout turns the drawer back into a column.
  window.matchMedia("(min-width: 60rem)").addEventListener("change", () => (drawer.open = false));
}
