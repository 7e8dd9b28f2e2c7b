// Facts about a rendered page body that layouts need: its table of contents
// and whether it holds math. Read from our own heading/KaTeX output.
import type { TocEntry } from "../../layouts/context.ts";

const HEADING = /<h([23]) id="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g;

export function extractToc(html: string): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const m of html.matchAll(HEADING)) {
    toc.push({ level: m[1] === "2" ? 2 : 3, id: decodeEntities(m[2]!), text: headingText(m[3]!) });
  }
  return toc;
}

export function hasMath(html: string): boolean {
  return html.includes('class="katex');
}

function headingText(inner: string): string {
  // KaTeX repeats formulas as MathML; keep only its annotation-free HTML text.
  const withoutMathml = inner.replace(/<span class="katex-mathml">[\s\S]*?<\/span>(?=<span class="katex-html")/g, "");
  return decodeEntities(withoutMathml.replace(/<[^>]+>/g, "")).replace(/\s+/g, " ").trim();
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ENTITIES[e]!);
}
