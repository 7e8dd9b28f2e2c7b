// Where arrow keys already mean something, so page navigation must stay out.

const TYPING = 'input, textarea, select, [contenteditable]:not([contenteditable="false"]), [role="textbox"], [role="slider"], [role="spinbutton"], video, audio';

/** Form fields, editable regions and media controls, or anything inside them. */
export function isTypingTarget(el: Element): boolean {
  if ((el as HTMLElement).isContentEditable) return true;
  return el.closest(TYPING) !== null;
}

/**
 * A focused element (or ancestor) that scrolls horizontally: a wide code
 * block or formula, where ← and → scroll it.
 */
export function scrollsSideways(el: Element): boolean {
  for (let node: Element | null = el; node && node !== el.ownerDocument.body; node = node.parentElement) {
    if (node.scrollWidth > node.clientWidth) {
      const overflow = getComputedStyle(node).overflowX;
      if (overflow === "auto" || overflow === "scroll") return true;
    }
  }
  return false;
}
