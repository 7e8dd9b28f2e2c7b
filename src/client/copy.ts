// Copying: a "Copy" button on every code block, and a click on a heading's
// "#" link (written by the layout) also puts that link on the clipboard.
// Needs the async Clipboard API (secure contexts: https and localhost); where
// it is missing nothing is added and the "#" links stay plain links.
import { announce } from "./announce.ts";

const COPY = "Copy";

export function enableCopying(doc: Document): void {
  const clipboard = navigator.clipboard;
  if (!clipboard) return;
  for (const block of doc.querySelectorAll<HTMLElement>("div.code-block")) {
    const pre = block.querySelector("pre");
    if (!pre) continue;
    const bar = doc.createElement("div");
    bar.className = "code-bar";
    const lang = doc.createElement("span");
    lang.className = "code-lang";
    lang.textContent = block.dataset.lang ?? "";
    const button = doc.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.textContent = COPY;
    let timer: number | undefined;
    button.addEventListener("click", () => {
      const done = (text: string) => {
        button.textContent = text;
        announce(text);
        clearTimeout(timer);
        timer = window.setTimeout(() => (button.textContent = COPY), 2000);
      };
      clipboard.writeText(pre.textContent ?? "").then(() => done("Copied"), () => done("Copy failed"));
    });
    bar.append(lang, button);
    block.prepend(bar);
  }
  doc.addEventListener("click", (event) => {
    const anchor = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>("a.heading-anchor") : null;
    // The link still does its job (the address bar shows the #id); this adds the copy.
    if (anchor) clipboard.writeText(anchor.href).then(() => announce("Link to this section copied"), () => {});
  });
}
