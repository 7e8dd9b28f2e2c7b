// Facts about a rendered page body that layouts need: its table of contents
// and whether it holds math. Read from our own heading/KaTeX output.
import type { TocEntry } from "../../layouts/context.ts";
import { unescapeHtml } from "../../layouts/lib/html.ts";

/** An h2 or h3 of our heading-ids output: level, id (escaped as in the attribute), inner HTML. */
export const HEADING = /<h([23]) id="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g;

export function extractToc(html: string): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const m of html.matchAll(HEADING)) {
    toc.push({ level: m[1] === "2" ? 2 : 3, id: unescapeHtml(m[2]!), text: headingText(m[3]!) });
  }
  return toc;
}

export function hasMath(html: string): boolean {
  return html.includes('class="katex');
}

function headingText(inner: string): string {
  // KaTeX repeats formulas as MathML; keep only its annotation-free HTML text.
  const withoutMathml = inner.replace(/<span class="katex-mathml">[\s\S]*?<\/span>(?=<span class="katex-html")/g, "");
  return unescapeHtml(withoutMathml.replace(/<[^>]+>/g, "")).replace(/\s+/g, " ").trim();
}
