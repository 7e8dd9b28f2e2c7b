// Callout boxes: `::: note Optional title` … `:::`. Nest them by giving the
// outer one a longer fence (`::::`); with equal fences the inner `:::`
// closes the outer box.
import { container } from "@mdit/plugin-container";
import MarkdownIt from "markdown-it";

export const CALLOUT_TITLES = {
  "key-concept": "Key concept",
  summary: "Summary",
  note: "Note",
  tip: "Tip",
  warning: "Warning",
} as const;

export function callouts(md: MarkdownIt): void {
  // Titles may use inline Markdown (*emphasis*, `code`) but never raw HTML:
  // the page instance allows HTML, so titles get their own html:false one.
  const titleMarkdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

  for (const [name, defaultTitle] of Object.entries(CALLOUT_TITLES)) {
    md.use(container, {
      name,
      openRender: (tokens, idx) => {
        const title = titleOf(tokens[idx]!.info, name) || defaultTitle;
        return (
          `<div class="callout callout-${name}" role="note">` +
          `<p class="callout-title">${titleMarkdown.renderInline(title)}</p>\n`
        );
      },
      closeRender: () => "</div>\n",
    });
  }
}

/** "summary Key Takeaways" -> "Key Takeaways" (the container's info string starts with its name). */
export function titleOf(info: string, name: string): string {
  return info.trim().slice(name.length).trim();
}
