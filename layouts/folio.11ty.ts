// The one layout Eleventy knows about: it hands typed page data to renderPage.
import { pageContext, type EleventyLayoutData } from "../src/eleventy/page-context.ts";
import { renderPage } from "./page.ts";

export default function render(data: EleventyLayoutData): string {
  const ctx = pageContext(data);
  // The print page and resource index of each handbook are made from its sections' bodies.
  data.folio.publish.collect(ctx);
  // Dev server: kept so that a later edit elsewhere can lay this page out again (src/eleventy/relayout.ts).
  data.folio.relayout?.remember(ctx.page.relPath, data, render);
  return renderPage(ctx);
}
