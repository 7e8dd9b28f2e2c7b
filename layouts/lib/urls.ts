// URL helpers for layouts. Every URL a layout emits goes through `href` so the
// same build works at the domain root and under a path prefix.
import { withPrefix } from "../../src/content/urls.ts";
import type { PageContext } from "../context.ts";

/** A site URL ("/handbooks/x/") with the path prefix applied. */
export function href(ctx: Pick<PageContext, "pathPrefix">, url: string): string {
  return withPrefix(ctx.pathPrefix, url);
}

/**
 * Absolute canonical URL. siteUrl may or may not already end with the prefix
 * ("https://u.github.io/repo" with prefix "/repo/"); never add it twice.
 */
export function canonicalUrl(ctx: Pick<PageContext, "pathPrefix" | "siteUrl">, url: string): string {
  const prefixed = href(ctx, url);
  if (!ctx.siteUrl) return prefixed;
  const site = ctx.siteUrl.replace(/\/+$/, "");
  const prefixPath = ctx.pathPrefix.replace(/\/+$/, "");
  if (prefixPath !== "" && site.endsWith(prefixPath)) return site + url;
  return site + prefixed;
}

/** The id of a landing page's list of sections: a long handbook's sidebar links there for the sections it leaves out. */
export const SECTION_LIST_ID = "folio-sections";
