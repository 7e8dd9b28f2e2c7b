// The URLs a Jekyll page was served at, for `redirect_from`: its permalink
// (plus any `redirect_from` of its own), else the forms people link to: the
// pretty `/dir/name/` (the one the sites' own navigation uses),
// `/dir/name.html` (Jekyll's default for a `name.md` or `name.html` source)
// and, for Markdown sources, the `/dir/name.md` path itself (links copied
// from the repository). Folio publishes that one as a folder with an index
// page, which static hosts reach through their trailing-slash redirect.
import { urlForRelPath } from "../content/urls.ts";
import { splitFrontMatter } from "./front-matter.ts";
import { ImportLog } from "./log.ts";
import type { Plan } from "./plan.ts";
import { landingOut, type SiteFile } from "./types.ts";

export function oldUrlsOf(rel: string, data: Record<string, unknown>): string[] {
  const urls: string[] = [];
  const permalink = typeof data["permalink"] === "string" ? data["permalink"] : undefined;
  if (permalink && !permalink.includes(":")) {
    urls.push(normaliseUrl(permalink));
  } else {
    urls.push(...pathForms(rel));
  }
  if (Array.isArray(data["redirect_from"])) {
    for (const u of data["redirect_from"]) if (typeof u === "string") urls.push(normaliseUrl(u));
  }
  return [...new Set(urls)];
}

function pathForms(rel: string): string[] {
  const urls: string[] = [];
  const noExt = rel.replace(/\.(?:md|markdown|html?)$/i, "");
  const isIndex = /(?:^|\/)index$/.test(noExt);
  if (isIndex) {
    const dir = noExt.replace(/\/?index$/, "");
    urls.push(dir ? `/${dir}/` : "/");
  } else {
    urls.push(`/${noExt}/`, `/${noExt}.html`);
    const md = /\.(?:md|markdown)$/i.exec(rel);
    if (md) urls.push(`/${noExt}${md[0]}`);
  }
  return urls;
}

export function normaliseUrl(url: string): string {
  let u = url.trim();
  if (!u.startsWith("/")) u = `/${u}`;
  return u.replace(/\/{2,}/g, "/");
}

/**
 * One key for every way of writing a page's address: `/a/b/`, `/a/b`,
 * `/a/b.html`, `/a/b.md`, `/a/b/index.html` all give `/a/b`.
 */
export function urlKey(path: string): string {
  let p = decodeSafe(path.split(/[?#]/, 1)[0]!);
  p = p.replace(/\/index(?:\.(?:html?|md|markdown))?$/i, "/").replace(/\.(?:html?|md|markdown)$/i, "");
  p = p.replace(/\/+$/, "");
  return p === "" ? "/" : p.startsWith("/") ? p : `/${p}`;
}

function decodeSafe(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}

/** redirect_from for every page: old URLs, minus any that a new page now lives at or another page claimed first. */
export function assignOldUrls(plan: Plan, log: ImportLog): void {
  // Addresses Folio serves itself (with or without the trailing slash) need no redirect.
  const served = new Set<string>(["/"]);
  const serve = (url: string) => served.add(url).add(url.replace(/\/$/, ""));
  for (const hb of plan.handbooks) {
    serve(urlForRelPath(landingOut(hb.slug)));
    for (const s of hb.sections) serve(urlForRelPath(s.out));
  }
  for (const p of plan.pages) serve(urlForRelPath(p.out));
  // Each old URL's first claimant: its source in the old site, and the file it was imported to.
  const owner = new Map<string, { who: string; out: string }>();
  const claim = (urls: string[], who: string, out: string): string[] =>
    urls.filter((u) => {
      if (served.has(u)) return false;
      const prev = owner.get(u);
      if (prev && prev.who !== who) {
        log.warn({ file: who, line: 1, col: 1, message: `old URL ${u} also belonged to ${prev.who}; it redirects there only`,
          hint: `if it should lead here, remove it from redirect_from in ${prev.out} and add it to ${out}` });
        return false;
      }
      owner.set(u, { who, out });
      return true;
    });
  // Front matter is read again quietly here; its warnings are reported when the page is converted.
  const data = (f: SiteFile) => splitFrontMatter(f.rel, f.text, new ImportLog()).data;
  for (const hb of plan.handbooks) {
    if (hb.page) hb.oldUrls = claim(oldUrlsOf(hb.page.rel, data(hb.page)), hb.page.rel, landingOut(hb.slug));
    for (const s of hb.sections) {
      const urls = s.via === "page" ? oldUrlsOf(s.source.rel, data(s.source)) : [];
      s.oldUrls = claim(urls, s.source.rel, s.out);
    }
  }
  for (const p of plan.pages) p.oldUrls = claim(oldUrlsOf(p.source.rel, data(p.source)), p.source.rel, p.out);
}
