// A page body (Liquid already resolved) to Folio Markdown: mask code and
// math, parse the HTML in it, convert block by block, then put code back
// and math back in Folio's `$…$` / `$$…$$` form.
import { parseDocument } from "htmlparser2";
import type { ConvertContext, NavHint } from "./context.ts";
import { childBlocks } from "./html-blocks.ts";
import type { ImportLog } from "./log.ts";
import type { LinkFn } from "./link-map.ts";
import { lastAtOrBefore } from "../markdown/report.ts";
import type { MappedText } from "./mapped-text.ts";
import { isolateDisplayMath, mask, placeholderPattern, unmask } from "./mask.ts";
import { texProblem } from "./math.ts";

export interface BodyOptions {
  page: string;
  log: ImportLog;
  link: LinkFn;
  dropInlineScripts?: boolean;
}

export interface BodyResult {
  markdown: string;
  nav: NavHint[];
}

export function convertBody(source: MappedText, options: BodyOptions): BodyResult {
  const masked = mask(source.text);
  const toSource = sourceOffsets(masked.text, masked.pieces.map((p) => p.raw.length));
  const held: string[] = [];
  const ctx: ConvertContext = {
    hold: (markdown) => `\uE002${held.push(markdown) - 1}\uE003`,
    page: options.page,
    log: options.log,
    masked,
    originAt: (offset) => source.originAt(toSource(offset)),
    link: (href, offset, kind) => options.link(href, source.originAt(toSource(offset)), kind),
    dropInlineScripts: options.dropInlineScripts ?? false,
    state: { lastHeadingLevel: 1, nav: [] },
  };
  for (const piece of masked.pieces) {
    if (piece.kind !== "math") continue;
    options.log.count(options.page, "math");
    const problem = texProblem(piece.math!.tex, piece.math!.display);
    if (!problem) continue;
    const origin = source.originAt(piece.offset);
    options.log.warn({
      file: origin.file, line: origin.line, col: 1,
      message: `KaTeX cannot typeset ${piece.raw.length > 60 ? piece.raw.slice(0, 57) + "…" : piece.raw}: ${problem}`,
      hint: "the formula was imported as written; the build stops on it until the TeX is fixed",
    });
  }
  const doc = parseDocument(masked.text, {
    withStartIndices: true, withEndIndices: true, decodeEntities: true,
    lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true,
  });
  const blocks = childBlocks(doc.children, ctx, true);
  let md = blocks.join("\n\n").replace(/\uE002(\d+)\uE003/g, (_m, n: string) => held[Number(n)]!);
  md = isolateDisplayMath(md, masked.pieces);
  // Tidy blank lines and trailing spaces while code is still masked, so code keeps its own.
  md = md.replace(/[ \t]+$/gm, (s, at: number, all: string) => (s.length >= 2 && all[at + s.length] === "\n" && !/^\s*$/.test(lineBefore(all, at)) ? "  " : ""));
  md = md.replace(/\n{3,}/g, "\n\n").trim();
  const links = [...md.matchAll(/\]\((?!\s)/g)].length;
  options.log.count(options.page, "links", links);
  const markdown = unmask(md, masked.pieces, "markdown");
  return { markdown: markdown ? `${markdown}\n` : "", nav: ctx.state.nav };
}

function lineBefore(all: string, at: number): string {
  return all.slice(all.lastIndexOf("\n", at - 1) + 1, at);
}

/** Maps an offset of the masked text back to the unmasked one. */
function sourceOffsets(maskedText: string, rawLengths: number[]): (offset: number) => number {
  const marks: Array<{ at: number; delta: number }> = [];
  let delta = 0;
  for (const m of maskedText.matchAll(placeholderPattern())) {
    delta += rawLengths[Number(m[1])]! - m[0].length;
    marks.push({ at: m.index! + m[0].length, delta });
  }
  const ats = marks.map((m) => m.at);
  return (offset) => {
    if (marks.length === 0 || offset < ats[0]!) return offset;
    return offset + marks[lastAtOrBefore(ats, offset)]!.delta;
  };
}
