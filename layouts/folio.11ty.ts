// The one layout Eleventy knows about: it hands typed page data to renderPage.
import { pageContext, type EleventyLayoutData } from "../src/eleventy/page-context.ts";
import { renderPage } from "./page.ts";

export default function render(data: EleventyLayoutData): string {
  // A production build: the body was kept for us, and we write the page (src/eleventy/page-writer.ts).
  const writer = data.folio.pages;
  const kept = writer?.takeBody(data.page.inputPath);
  const ctx = pageContext(data, kept);
  // The print page and resource index of each handbook are made from its sections' bodies.
  data.folio.publish.collect(ctx, typeof kept === "object" && kept.stored ? kept : undefined);
  // Dev server: kept so that a later edit elsewhere can lay this page out again (src/eleventy/relayout.ts).
  data.folio.relayout?.remember(ctx.page.relPath, data, render);
  const html = renderPage(ctx);
  return writer ? writer.write(data.page.url, data.page.outputPath, html) : html;
}
