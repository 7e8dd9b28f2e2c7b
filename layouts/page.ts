// Entry point for every page: pick the layout for the page's kind and wrap
// it in the document. Returns the complete HTML text.
import type { PageContext } from "./context.ts";
import { articleMain } from "./article.ts";
import { renderDocument, type DocumentParts } from "./base.ts";
import { homeMain } from "./home.ts";
import { landingMain } from "./landing.ts";
import { sectionParts } from "./section.ts";

function partsFor(ctx: PageContext): DocumentParts {
  switch (ctx.page.kind) {
    case "home":
      return { main: homeMain(ctx) };
    case "landing":
      return { main: landingMain(ctx) };
    case "section":
      // A section always has its handbook; without one, show it as a plain page
      // rather than failing the build over a wiring bug.
      return ctx.handbook ? sectionParts(ctx, ctx.handbook) : { main: articleMain(ctx) };
    case "page":
      return { main: articleMain(ctx) };
  }
}

export function renderPage(ctx: PageContext): string {
  return renderDocument(ctx, partsFor(ctx));
}
