// Before any page renders, every URL the build will write is claimed: each
// page, each page Folio generates, each redirect_from entry. A conflict or
// an unusable entry is one problem among the build's: it is reported, that
// redirect is left out, and the build goes on to find the others.
import { findFolioError, type Diagnostic } from "../checks/diagnostics.ts";
import type { SiteModel } from "../content/types.ts";
import { generatedUrls } from "./generated-pages.ts";
import { redirectEntryLine, redirectsOf, type Redirect } from "./redirects.ts";
import { outputFileForUrl, UrlClaims } from "./url-claims.ts";

/** Claims every URL the build will write; returns the redirects to write. */
export function claimSiteUrls(model: SiteModel, contentDir: string, report: (d: Diagnostic) => void): Redirect[] {
  const claims = new UrlClaims();
  const attempt = (fn: () => void): boolean => {
    try {
      fn();
      return true;
    } catch (error) {
      const folio = findFolioError(error);
      if (!folio) throw error;
      folio.diagnostics.forEach(report);
      return false;
    }
  };
  const pages = [...model.pages.values()];
  for (const page of pages) {
    attempt(() => claims.claim(outputFileForUrl(page.url) ?? page.url, page.url, { kind: "page", file: page.displayPath }));
  }
  for (const g of generatedUrls(model)) {
    attempt(() => claims.claim(outputFileForUrl(g.url)!, g.url, { kind: "generated", label: g.label }));
  }
  const redirects: Redirect[] = [];
  for (const page of pages) {
    if (!page.data.redirect_from?.length) continue;
    let wanted: Redirect[] = [];
    if (!attempt(() => (wanted = redirectsOf(page, contentDir)))) continue;
    for (const r of wanted) {
      const line = () => redirectEntryLine(page, contentDir, r.index);
      if (attempt(() => claims.claim(r.outputFile, r.from, { kind: "redirect", file: page.displayPath, line }))) redirects.push(r);
    }
  }
  return redirects;
}
