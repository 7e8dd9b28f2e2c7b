// A handbook page's Liquid, resolved with each Markdown include replaced by a
// marker element where its text was shown, so the DOM tells which tab panel
// holds which section. Other includes are pulled in as usual.
import { resolveLiquid, type LiquidEnv } from "./liquid.ts";
import { parseIncludeArgs } from "./liquid-scan.ts";
import type { ImportLog } from "./log.ts";
import type { MappedText } from "./mapped-text.ts";
import type { SiteFile } from "./types.ts";

const MARKDOWN = /\.(?:md|markdown)$/i;

/**
 * The page's text with Liquid resolved and each Markdown include replaced by
 * a marker element, placed where its text was shown: at the include, or, for
 * `{% capture x %}{% include … %}{% endcapture %}`, where `{{ x | markdownify }}` is.
 */
export function withIncludeMarkers(
  file: SiteFile, body: string, bodyLine: number, log: ImportLog, findInclude: LiquidEnv["findInclude"],
): { resolved: MappedText; included: SiteFile[] } {
  const included: SiteFile[] = [];
  const captures = new Map<string, number[]>();
  let capturing: string | undefined;
  const marker = (n: number) => `<folio-include data-n="${n}"></folio-include>`;
  const resolved = resolveLiquid(file.rel, body, bodyLine, {
    log,
    findInclude,
    handleTag(token) {
      if (token.kind === "tag" && token.name === "capture") {
        capturing = token.args.trim();
        return "";
      }
      if (token.kind === "tag" && token.name === "endcapture") {
        capturing = undefined;
        return "";
      }
      if (token.kind === "output") {
        const m = /^(\w+)\s*\|\s*markdownify\s*$/.exec(token.inner);
        const list = m ? captures.get(m[1]!) : undefined;
        return list ? list.map(marker).join("") : undefined;
      }
      if (token.kind !== "tag" || (token.name !== "include" && token.name !== "include_relative")) return undefined;
      const args = parseIncludeArgs(token.args);
      if (!args || !MARKDOWN.test(args.path)) return undefined;
      const target = findInclude(args.path, file.rel, token.name === "include_relative");
      if (!target) return undefined;
      included.push(target);
      const n = included.length - 1;
      if (capturing) {
        captures.set(capturing, [...(captures.get(capturing) ?? []), n]);
        return "";
      }
      return marker(n);
    },
  });
  return { resolved, included };
}
