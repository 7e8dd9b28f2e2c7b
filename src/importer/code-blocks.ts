// `<pre>` (optionally with `<code class="language-x">`, or Rouge's
// `div.highlight` wrapping) to a fenced code block in the same language.
import type { Element } from "domhandler";
import type { ConvertContext } from "./context.ts";
import { classes, isTag, text } from "./dom.ts";
import { unmask } from "./mask.ts";
import { longestRun } from "./liquid.ts";

export function fencedCode(pre: Element, ctx: ConvertContext): string {
  const code = unmask(text(pre), ctx.masked.pieces, "raw").replace(/^\n/, "").replace(/\s+$/, "");
  const fence = "`".repeat(Math.max(3, longestRun(code, "`") + 1));
  return `${fence}${languageOf(pre)}\n${code}\n${fence}`;
}

/** `language-python` / `lang-py` / `highlight-python` on the pre, its code, or a wrapping div. */
function languageOf(pre: Element): string {
  const candidates: Element[] = [pre];
  for (const c of pre.children) if (isTag(c) && c.name === "code") candidates.push(c);
  for (let p = pre.parent; p && isTag(p) && candidates.length < 6; p = p.parent) candidates.push(p);
  for (const el of candidates) {
    for (const c of classes(el)) {
      const m = /^(?:language|lang|highlight)-([\w+#-]+)$/.exec(c);
      if (m && m[1] !== "plaintext") return m[1]!;
    }
    const data = el.attribs["data-lang"];
    if (data) return data;
  }
  return "";
}
