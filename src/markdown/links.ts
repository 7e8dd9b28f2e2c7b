// Authors link to source files (`./section6.md#x`) so links work in any
// Markdown viewer and can be checked; the site serves pages at URLs
// (`/handbooks/nlp/section6/`) under a path prefix ("/repo/"). Rewriting
// here, on tokens, means resources and other plugins see final hrefs.
import type MarkdownIt from "markdown-it";
import type { StateCore } from "markdown-it";
import { isCopiedFile, resolveFileLink, resolveMarkdownLink, withPrefix } from "../content/urls.ts";
import type { MarkdownContext } from "./context.ts";

export function pageLinks(md: MarkdownIt, ctx: Pick<MarkdownContext, "pageRelPath" | "pathPrefix">): void {
  md.core.ruler.push("page_links", (state: StateCore) => {
    const from = ctx.pageRelPath(state.env);
    for (const block of state.tokens) {
      for (const token of block.children ?? []) {
        const attr = token.type === "link_open" ? "href" : token.type === "image" ? "src" : undefined;
        const url = attr && token.attrGet(attr);
        if (!attr || !url) continue;
        const rewritten = siteUrl(url, from, ctx.pathPrefix, token.type === "image");
        if (rewritten !== url) token.attrSet(attr, rewritten);
      }
    }
  });
}

/** The URL to emit for a link written in the page `from` (undefined outside a page). */
export function siteUrl(url: string, from: string | undefined, pathPrefix: string, image = false): string {
  // Root-relative: a site URL; "//host/x" is protocol-relative, i.e. external.
  if (url.startsWith("/")) return url.startsWith("//") ? url : withPrefix(pathPrefix, url);
  if (from === undefined) return url;
  // Images and copied files are written relative to the Markdown file, but a
  // section is served one folder deeper (section5.md -> section5/): point at
  // where the file is copied to.
  if (image || isCopiedFile(url.replace(/[?#].*$/, ""))) {
    const file = resolveFileLink(from, url);
    if (file) return encodeURI(withPrefix(pathPrefix, `/${file.relPath}`)) + file.rest;
  }
  const target = resolveMarkdownLink(from, url);
  // External, `#x`, mailto:, and relative links to non-Markdown files stay.
  if (!target) return url;
  return encodeURI(withPrefix(pathPrefix, target.url)) + target.hash;
}
