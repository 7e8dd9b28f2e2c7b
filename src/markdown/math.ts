// TeX math typeset at build time with KaTeX: `$…$` inline, `$$…$$` display.
// @mdit/plugin-katex supplies the tokenizer, which tells prose dollars
// ("$5 and $10") from math. Its renderer cannot stop a build (it prints the
// error and emits a red span), so the two render rules are ours: invalid TeX
// is a content error naming file, line and column (reported, see report.ts).
import { katex as katexTokenizer } from "@mdit/plugin-katex";
import katex, { type KatexOptions } from "katex";
import type MarkdownIt from "markdown-it";
import type { StateCore, Token } from "markdown-it";
import type { MarkdownContext } from "./context.ts";
import { locateMath, locationOf, offsetLocation } from "./math-locations.ts";
import { reportError } from "./report.ts";
import { RenderCache } from "./render-cache.ts";

const OUTPUT: KatexOptions["output"] = "htmlAndMathml";

/** The cache of typeset formulas; its salt is all the output depends on besides the TeX. */
export function createMathCache(cacheDir: string | undefined): RenderCache {
  const version = (katex as unknown as { version: string }).version;
  return new RenderCache(cacheDir, "katex", JSON.stringify({ version, output: OUTPUT }));
}

// Formulas that define macros change what later formulas on the page mean, so
// neither they nor anything typeset while page macros exist is cached.
const DEFINES_MACROS = /\\(?:[gex]?def|(?:re|provide)?newcommand|let|global)\b/;

type MathContext = Pick<MarkdownContext, "locate" | "warnings" | "mathCache" | "collect">;
type Macros = NonNullable<KatexOptions["macros"]>;

export function math(md: MarkdownIt, ctx: MathContext): void {
  md.use(katexTokenizer, { delimiters: "dollars" });
  md.core.ruler.push("math_locations", locateMath);
  md.core.ruler.push("math_block_closed", (state) => checkDisplayMathClosed(state, ctx));

  // `\gdef` writes into the macros object; one per page keeps a page's
  // definitions from leaking into the pages rendered after it.
  const macrosByPage = new WeakMap<object, Macros>();
  const macrosFor = (env: unknown): Macros => {
    if (typeof env !== "object" || env === null) return {};
    let macros = macrosByPage.get(env);
    if (!macros) macrosByPage.set(env, (macros = {}));
    return macros;
  };

  const render = (token: Token, displayMode: boolean, env: unknown): string => {
    const start = locationOf(token);
    // Display content ends with the newline before the closing `$$`.
    const tex = token.content.replace(/\n$/, "");
    const macros = macrosFor(env);
    const cacheable = ctx.mathCache !== undefined && Object.keys(macros).length === 0 && !DEFINES_MACROS.test(tex);
    const cacheInput = `${displayMode ? "display" : "inline"}\0${tex}`;
    if (cacheable) {
      const hit = ctx.mathCache!.get(cacheInput);
      if (hit !== undefined) return hit;
    }
    let warned = false;
    try {
      const html = katex.renderToString(tex, {
        displayMode,
        // HTML for the eye plus MathML for screen readers (about +16 % size).
        output: OUTPUT,
        throwOnError: true,
        macros,
        // Things LaTeX would reject but KaTeX accepts: warn, do not fail.
        strict: (code, message) => {
          if (code !== "newLineInDisplayMode") {
            warned = true; // not cached, so the warning comes back on every build
            const { file, line } = ctx.locate(env, start.line0);
            ctx.warnings.warn({ file, line, col: start.col, message: `TeX: ${message}` });
          }
          return "ignore";
        },
      });
      if (cacheable && !warned) ctx.mathCache!.set(cacheInput, html);
      return html;
    } catch (error) {
      if (!(error instanceof katex.ParseError)) throw error;
      const at = typeof error.position === "number" ? offsetLocation(start, tex, error.position) : start;
      const { file, line } = ctx.locate(env, at.line0);
      reportError(ctx, {
        file,
        line,
        col: at.col,
        message:
          `Invalid TeX in ${displayMode ? "$$…$$" : "$…$"}: KaTeX parse error: ${error.rawMessage}` +
          (error.position >= tex.length ? " at end of input" : ""),
        hint: hintFor(error.rawMessage),
      });
      // The build collects errors and fails at its end; until then (and in
      // the dev server) the page shows KaTeX's red error text in place.
      return katex.renderToString(tex, { displayMode, throwOnError: false, strict: "ignore" });
    }
  };

  md.renderer.rules.math_inline = (tokens, idx, _options, env) => render(tokens[idx]!, false, env);
  md.renderer.rules.math_block = (tokens, idx, _options, env) =>
    `<p class="katex-block">${render(tokens[idx]!, true, env)}</p>\n`;
}

function hintFor(rawMessage: string): string {
  const dollar = "a literal dollar sign is written \\$";
  if (/^(Undefined control sequence|No such environment)/.test(rawMessage)) {
    return `KaTeX lacks this command or environment, see https://katex.org/docs/supported.html; ${dollar}`;
  }
  return `check braces and arguments; ${dollar}`;
}

/**
 * An unclosed `$$` swallows the rest of the page as TeX. The tokenizer then
 * ends the block without a closing `$$` line, which is what we look for.
 */
function checkDisplayMathClosed(state: StateCore, ctx: MathContext): void {
  let lines: string[] | undefined;
  for (const token of state.tokens) {
    if (token.type !== "math_block" || token.markup !== "$$" || !token.map) continue;
    lines ??= state.src.split("\n");
    const [first, end] = token.map;
    const last = lines[end - 1]?.trim() ?? "";
    const closed = end - 1 > first ? last.endsWith("$$") : last.length >= 4 && last.endsWith("$$");
    if (closed) continue;
    const { file, line } = ctx.locate(state.env, first);
    reportError(ctx, {
      file,
      line,
      col: (lines[first]?.indexOf("$$") ?? 0) + 1,
      message: "Display math opened with $$ is never closed",
      hint: "end the formula with a line holding only $$",
    });
  }
}
