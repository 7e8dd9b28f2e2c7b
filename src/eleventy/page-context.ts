// Turns what Eleventy hands a layout (its data cascade) into the typed
// PageContext our layouts take. Per-page work only: lookups, no scans.
import type { PageContext } from "../../layouts/context.ts";
import { ASSET_URLS } from "./assets.ts";
import type { RenderedBody } from "./body-cache.ts";
import type { BuildState } from "./build-state.ts";
import { extractToc, hasMath } from "./page-facts.ts";

export interface EleventyLayoutData {
  content: string;
  page: { inputPath: string; url: string; outputPath: string };
  folio: BuildState;
}

/**
 * body: the page's body when it did not come through Eleventy (see
 * page-writer.ts), with its toc and maths flag when the body cache had them.
 */
export function pageContext(data: EleventyLayoutData, body: string | RenderedBody = data.content): PageContext {
  const content = typeof body === "string" ? body : body.html();
  const facts = typeof body === "string" ? { toc: extractToc(content), hasMath: hasMath(content) } : body;
  const state = data.folio;
  const page = state.pageOf(data.page.inputPath);
  if (!page) throw new Error(`Folio has no page for ${data.page.inputPath}; was it added during the build?`);
  const handbook = page.handbook ? state.model.handbookBySlug.get(page.handbook) : undefined;
  const published = state.publish.pageFacts(page);
  return {
    model: state.model,
    page,
    handbook,
    nav: page.kind === "section" ? state.nav.get(page.relPath) : undefined,
    contentHtml: content,
    toc: facts.toc,
    hasMath: facts.hasMath,
    pathPrefix: state.options.pathPrefix,
    siteUrl: state.publish.settings.siteUrl,
    updated: published.updated,
    editUrl: published.editUrl,
    position: published.position,
    assets: ASSET_URLS,
    mode: state.options.mode,
  };
}
