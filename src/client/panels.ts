// Resource panels are <details open>, so each one folds natively. When a page
// has several, one button before the first folds or unfolds them all.
// Created here, not in the HTML: without JavaScript it would do nothing.

const PANEL = "details.resources";

export function addPanelsToggle(doc: Document): void {
  const panels = Array.from(doc.querySelectorAll<HTMLDetailsElement>(PANEL));
  if (panels.length < 2) return;
  const button = doc.createElement("button");
  button.type = "button";
  button.className = "panels-toggle";
  const update = () => {
    const anyOpen = panels.some((p) => p.open);
    button.textContent = anyOpen ? "Collapse all resources" : "Expand all resources";
    button.setAttribute("aria-expanded", String(anyOpen));
  };
  button.addEventListener("click", () => {
    const open = !panels.some((p) => p.open);
    for (const p of panels) p.open = open;
    update();
  });
  // A panel toggled on its own changes what the button should offer.
  for (const p of panels) p.addEventListener("toggle", update);
  update();
  panels[0]!.before(button);
}
