// "Last updated" and "Edit this page" under a page's text. The date is the
// front matter `updated`, else the file's last commit; with neither (no git
// history) the line is left out rather than showing the build date.
import type { PageContext } from "../context.ts";
import { html, type SafeHtml } from "../lib/html.ts";
import { formatDate } from "../lib/labels.ts";

export function pageMeta(ctx: Pick<PageContext, "updated" | "editUrl" | "model">): SafeHtml | undefined {
  const updated = ctx.updated ? formatDate(ctx.updated, ctx.model.lang) : undefined;
  if (!updated && !ctx.editUrl) return undefined;
  return html`<p class="page-meta">${updated &&
    html`<span class="page-updated">Last updated <time datetime="${updated.iso}">${updated.text}</time></span>`}${updated &&
    ctx.editUrl && html`<span class="page-meta-separator" aria-hidden="true"> · </span>`}${ctx.editUrl &&
    html`<a class="page-edit" href="${ctx.editUrl}">Edit this page</a>`}</p>`;
}
