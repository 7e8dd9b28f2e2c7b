// Per-page boilerplate the Folio layouts replace: stylesheet <link>s,
// <script src>, <style>, MathJax set-up, and hand-written previous/next
// navigation (`window.prevSection = …`, `var nextSection = …`, or a nav
// block of links). Navigation is recorded so it can be compared with the
// order Folio computes, then dropped; every drop is listed in the report.
import type { Element } from "domhandler";
import type { ConvertContext, NavHint } from "./context.ts";
import { hasAnyClass, text } from "./dom.ts";
import { findAll } from "domutils";
import { keepAsWritten } from "./html-blocks.ts";

const NAV_CLASSES = ["section-nav", "section-navigation", "nav-links", "navigation", "pagination", "pager", "prev-next", "page-nav", "nav-buttons"];
const NAV_VARIABLE = /(?:window\.|var\s+|let\s+|const\s+)?(prev|previous|next)Section\s*=\s*(["'`])(.*?)\2/gi;

/** Blocks replacing a boilerplate element (none), or undefined when `el` is content. */
export function boilerplate(el: Element, ctx: ConvertContext): string[] | undefined {
  const origin = ctx.originAt(el.startIndex ?? 0);
  const where = `${origin.file}:${origin.line}`;
  const drop = (what: string) => {
    ctx.log.note(ctx.page, "converted", `dropped ${what} (${where}): the Folio layout provides it`);
    ctx.log.count(ctx.page, "boilerplate dropped");
    return [];
  };
  switch (el.name) {
    case "link":
      return drop(`<link rel="${el.attribs["rel"] ?? ""}">`);
    case "meta":
      return drop("<meta>");
    case "style":
      return drop("<style> block");
    case "script": {
      if (el.attribs["src"] !== undefined) return drop(`<script src="${el.attribs["src"]}">`);
      const code = text(el);
      const hints = navVariables(code, ctx, el);
      if (hints.length) return drop("navigation script");
      if (/MathJax|katex|renderMathInElement/.test(code)) return drop("math set-up script");
      if (ctx.dropInlineScripts) return drop("inline script of the tab interface");
      ctx.log.warn({
        file: origin.file, line: origin.line, col: 1,
        message: "an inline <script> was kept as written",
        hint: "Folio pages need no scripts of their own; delete it if it only drove the old layout",
      });
      return [keepAsWritten(el, ctx, "an inline script")];
    }
  }
  if (el.name === "nav" || ((el.name === "div" || el.name === "footer") && hasAnyClass(el, NAV_CLASSES))) {
    navLinks(el, ctx);
    return drop(`hand-written navigation <${el.name}${el.attribs["class"] ? ` class="${el.attribs["class"]}"` : ""}>`);
  }
  return undefined;
}

function navVariables(code: string, ctx: ConvertContext, el: Element): NavHint[] {
  const hints: NavHint[] = [];
  for (const m of code.matchAll(NAV_VARIABLE)) {
    const rel = m[1]!.toLowerCase() === "next" ? "next" : "prev";
    hints.push({ rel, url: m[3]!, origin: ctx.originAt((el.startIndex ?? 0) + codeOffset(el) + (m.index ?? 0)) });
  }
  ctx.state.nav.push(...hints);
  return hints;
}

function codeOffset(el: Element): number {
  const first = el.children[0];
  return first ? (first.startIndex ?? 0) - (el.startIndex ?? 0) : 0;
}

/** Previous/next links of a hand-written nav block, recognised by rel, class or text. */
function navLinks(el: Element, ctx: ConvertContext): void {
  for (const a of findAll((n) => n.name === "a" && n.attribs["href"] !== undefined, el.children)) {
    const said = `${a.attribs["rel"] ?? ""} ${a.attribs["class"] ?? ""} ${text(a)}`.toLowerCase();
    const rel = /\bprev|previous|←|«|‹/.test(said) ? "prev" : /\bnext|→|»|›/.test(said) ? "next" : undefined;
    if (rel) ctx.state.nav.push({ rel, url: a.attribs["href"]!, origin: ctx.originAt(a.startIndex ?? 0) });
  }
}
