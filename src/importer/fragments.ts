// Links to `page.md#id` must name an id the target page has, or the build's
// link check stops. Once every page is converted, each page's ids are
// computed the way the build does (explicit `{#id}` first, GitHub slugs for
// the other headings, ids in raw HTML), and a fragment that names none is
// dropped with a warning: the link still leads to the right page.
import path from "node:path";
import GithubSlugger from "github-slugger";
import type { ConvertedFile } from "./convert-section.ts";
import { plainText } from "./describe.ts";
import type { ImportLog } from "./log.ts";

export function idsOf(markdown: string): Set<string> {
  const headings: Array<{ text: string; id?: string }> = [];
  const ids = new Set<string>();
  let fence = "";
  for (const line of markdown.split("\n")) {
    const f = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (f && (!fence || f[1]!.startsWith(fence))) {
      fence = fence ? "" : f[1]!;
      continue;
    }
    if (fence) continue;
    const h = /^#{1,6}\s+(.*?)\s*$/.exec(line);
    if (h) {
      const explicit = /\s*\{#([^\s{}]+)\}$/.exec(h[1]!);
      headings.push(explicit ? { text: h[1]!.slice(0, explicit.index), id: explicit[1] } : { text: h[1]! });
    }
    for (const m of line.matchAll(/\bid="([^"]+)"/g)) ids.add(m[1]!);
  }
  const slugger = new GithubSlugger();
  for (const h of headings) if (h.id) slugger.occurrences[h.id] = 0;
  for (const h of headings) {
    ids.add(h.id ?? (slugger.slug(plainText(h.text).replace(/\$/g, "")) || slugger.slug("section")));
  }
  return ids;
}

export function fixFragments(files: ConvertedFile[], log: ImportLog): ConvertedFile[] {
  const ids = new Map(files.map((f) => [f.out, idsOf(f.content)]));
  return files.map((file) => {
    const content = file.content.replace(/\]\(((?:\.{1,2}\/)[^)\s#]*\.md)?#([^)\s]+)\)/g, (whole, target: string | undefined, id: string) => {
      const to = target ? path.posix.normalize(path.posix.join(path.posix.dirname(file.out), target)) : file.out;
      const known = ids.get(to);
      if (!known || known.has(decodeSafe(id))) return whole;
      log.warn({
        file: file.source, line: 1, col: 1,
        message: `link to #${id} on ${to}: that page has no heading with this id, so the link now leads to the top of the page`,
        hint: "give the heading an explicit id with  ## Title {#id}  in the imported file if the link should land on it",
      });
      return target ? `](${target})` : whole;
    });
    return content === file.content ? file : { ...file, content };
  });
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
