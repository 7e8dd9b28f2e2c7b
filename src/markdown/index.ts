// The Markdown pipeline of a Folio page: markdown-it plus our plugins.
// Eleventy passes its page data to md.render() as `env`; plugins reach the
// page only through the MarkdownContext, so tests can fake it.
import MarkdownIt from "markdown-it";
import { callouts } from "./callouts.ts";
import { containerLint } from "./container-lint.ts";
import { codeBlocks } from "./code.ts";
import type { MarkdownContext } from "./context.ts";
import { headingIds } from "./heading-ids.ts";
import { pageLinks } from "./links.ts";
import { recordFacts } from "./record.ts";
import { math } from "./math.ts";
import { resources } from "./resources.ts";

export type { MarkdownContext } from "./context.ts";
export type { CodeHighlighter } from "./highlighter.ts";

export function createMarkdown(ctx: MarkdownContext): MarkdownIt {
  // html: migrated pages carry raw HTML. linkify off: a bare "example.com"
  // in prose stays text. typographer off: TeX and code-like prose
  // (`--`, quotes) must reach readers exactly as written.
  const md = new MarkdownIt({ html: true, linkify: false, typographer: false });
  // Eleventy disables indented code blocks on any library it is given; do it
  // here too so tests see what the build renders.
  md.disable("code");

  // Order matters where noted. Core rules run in registration order.
  math(md, ctx); //         `$…$` / `$$…$$` tokens, located for error messages
  codeBlocks(md, ctx); //   fence renderer (Shiki)
  headingIds(md, ctx); //   ids for all headings, before anything reads them
  callouts(md); //          ::: key-concept | summary | note | tip | warning
  recordFacts(md, ctx); //  links and ids for the site-wide checks; before pageLinks rewrites hrefs
  pageLinks(md, ctx); //    .md and root-relative links -> site URLs
  resources(md, ctx); //    ::: resources; after pageLinks: takes hrefs from link tokens
  containerLint(md, ctx); // unknown, stray and unclosed ::: boxes
  return md;
}
