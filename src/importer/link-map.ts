// Where each link of the old site leads in the new one. Old addresses of
// imported pages (every form: `/x/`, `/x.html`, `/x.md`, the source path,
// the baseurl-prefixed and absolute forms) become relative links to the
// new Markdown file, which the build checks and turns into URLs; a tab of
// an old handbook page (`/handbooks/x/#section3`) leads to its section;
// files the site has (images, PDFs) are copied next to the page that uses
// them. A link to a page that never existed comes back undefined: the
// caller keeps its text and the reader loses nothing but a dead end.
import path from "node:path";
import { urlForRelPath } from "../content/urls.ts";
import { urlKey } from "./old-urls.ts";
import type { Plan } from "./plan.ts";
import type { Site } from "./read-site.ts";
import { landingOut, type Origin } from "./types.ts";

export interface LinkIndex {
  byKey: Map<string, string>;
  /** Landing output → tab id → section output. */
  tabs: Map<string, Map<string, string>>;
  /** Outputs imported as drafts: published pages must not link to them. */
  drafts: Set<string>;
  site: Site;
  /** Site file → copied file under the content folder. */
  copies: Map<string, string>;
}

export interface LinkingPage {
  source: string;
  out: string;
  /** Old URLs the page's text was served at (an included section: its handbook page). */
  servedAt: string[];
}

export type LinkFn = (href: string, origin: Origin, kind: "link" | "image") => string | undefined;

export function buildLinkIndex(plan: Plan, site: Site, drafts: Set<string>): LinkIndex {
  const byKey = new Map<string, string>();
  const add = (url: string, out: string) => {
    const key = urlKey(url);
    if (!byKey.has(key)) byKey.set(key, out);
  };
  const tabs = new Map<string, Map<string, string>>();
  for (const hb of plan.handbooks) {
    const landing = landingOut(hb.slug);
    add(urlForRelPath(landing), landing);
    if (hb.page) add(`/${hb.page.rel}`, landing);
    for (const u of hb.oldUrls) add(u, landing);
    const tabIds = new Map<string, string>();
    for (const s of hb.sections) {
      // The folder of sections served as pages stood for the handbook, even without a page of its own.
      if (s.via === "page") add(`/${path.posix.dirname(s.source.rel)}/`, landing);
      add(`/${s.out}`, s.out);
      add(`/${s.source.rel}`, s.out);
      for (const u of s.oldUrls) add(u, s.out);
    }
    const outBySource = new Map(hb.sections.map((s) => [s.source.rel, s.out]));
    for (const inc of plan.handbookPages.get(hb.slug)?.includes ?? []) {
      const out = outBySource.get(inc.file.rel);
      if (out && inc.tabId) tabIds.set(inc.tabId, out);
    }
    tabs.set(landing, tabIds);
  }
  for (const p of plan.pages) {
    add(`/${p.out}`, p.out);
    add(`/${p.source.rel}`, p.out);
    for (const u of p.oldUrls) add(u, p.out);
  }
  return { byKey, tabs, drafts, site, copies: new Map() };
}

type Located =
  | { kind: "keep"; href: string }
  | { kind: "page"; out: string; hash: string }
  | { kind: "file"; file: string; suffix: string }
  | { kind: "dead"; why: string };

/** What a link written on `page` points to, without reporting anything. */
export function locate(index: LinkIndex, page: LinkingPage, written: string): Located {
  const { config } = index.site;
  const href = written.trim();
  if (href === "" || href.startsWith("#") || /^(?:mailto|tel|data|ftp):/i.test(href)) return { kind: "keep", href };
  let rest = href;
  const abs = /^https?:\/\/([^/?#]+)(.*)$/i.exec(href);
  if (abs) {
    if (!config.host || abs[1]!.toLowerCase() !== config.host.toLowerCase()) return { kind: "keep", href };
    rest = abs[2] || "/";
  } else if (/^javascript:/i.test(href)) {
    return { kind: "dead", why: "a script link" };
  } else if (href.startsWith("//") || /^[a-z][a-z0-9+.-]*:/i.test(href)) {
    return { kind: "keep", href };
  }
  const [, pathPart = "", query = "", hash = ""] = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(rest) ?? [];
  for (const candidate of candidates(index, page, pathPart)) {
    const target = index.byKey.get(urlKey(candidate));
    if (target) {
      const tab = hash ? index.tabs.get(target)?.get(hash.slice(1)) : undefined;
      return tab ? { kind: "page", out: tab, hash: "" } : { kind: "page", out: target, hash };
    }
    const file = decode(candidate.replace(/^\//, ""));
    if (index.site.files.has(file) && !/\.(?:md|markdown|html?)$/i.test(file)) return { kind: "file", file, suffix: query + hash };
  }
  return { kind: "dead", why: `no page or file of the old site has the address ${href}` };
}

function candidates(index: LinkIndex, page: LinkingPage, p: string): string[] {
  if (p === "") return [];
  if (p.startsWith("/")) {
    const base = index.site.config.baseurl;
    const stripped = base && (p === base || p.startsWith(`${base}/`)) ? p.slice(base.length) || "/" : p;
    return stripped === p ? [p] : [stripped, p];
  }
  const fromFile = path.posix.join("/", path.posix.dirname(page.source), p);
  const fromUrls = page.servedAt.map((u) => path.posix.join(u.endsWith("/") ? u : path.posix.dirname(u), p));
  return [fromFile, ...fromUrls];
}

function decode(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}
