// Which file becomes what: handbooks (from hand-written handbook pages and
// handbook folders), their sections in the source's order (the include
// order of a handbook page; file numbers for sections served as pages;
// unincluded files of a handbook's folder slotted in by number), and the
// other pages. Nothing is converted here; everything read is accounted for.
import path from "node:path";
import { readHandbookPage, type HandbookPage } from "./handbook-page.ts";
import { parseIncludeArgs, scanLiquid } from "./liquid-scan.ts";
import type { ImportLog } from "./log.ts";
import { assignOldUrls } from "./old-urls.ts";
import { insertByNumber, nameSections, positionNumber, slugify } from "./section-order.ts";
import type { Site } from "./read-site.ts";
import { landingOut, type HandbookPlan, type PagePlan, type SectionPlan, type SiteFile, type SitePlan } from "./types.ts";

export interface Plan extends SitePlan {
  handbookPages: Map<string, HandbookPage>;
  /** Include files some page pulled in (their text lives on in those pages). */
  used: Set<string>;
  findInclude(p: string, from: string, relative: boolean): SiteFile | undefined;
}

const MARKDOWN = /\.(?:md|markdown)$/i;
const NOT_CONTENT = /^_(?:layouts|sass|data|plugins|site|posts|drafts)\//;
const NOT_PAGES = new Set(["404.html", "404.md", "search.html", "search.md", "readme.md", "license.md", "changelog.md", "contributing.md"]);

export function planSite(site: Site, log: ImportLog): Plan {
  const used = new Set<string>();
  const findInclude = (p: string, from: string, relative: boolean) => {
    const rel = relative ? path.posix.normalize(path.posix.join(path.posix.dirname(from), p)) : `_includes/${p.replace(/^\/+/, "")}`;
    const found = site.texts.get(rel);
    if (found && !from.startsWith("_layouts/")) used.add(found.rel);
    return found;
  };
  const skipped: SitePlan["skipped"] = [];
  const handbooks = new Map<string, HandbookPlan>();
  const handbookPages = new Map<string, HandbookPage>();
  const claimed = new Set<string>();
  const handbookOf = (slug: string) => {
    let hb = handbooks.get(slug);
    if (!hb) handbooks.set(slug, (hb = { slug, oldUrls: [], sections: [], folders: new Set() }));
    return hb;
  };

  const texts = [...site.texts.values()].sort((a, b) => a.rel.localeCompare(b.rel));
  const pages = texts.filter((f) => !f.rel.split("/").some((part) => part.startsWith("_")));

  // 1. Handbook pages, and the sections they include, in include order.
  for (const file of pages) {
    const slug = handbookSlug(file, findInclude);
    if (!slug) continue;
    const page = readHandbookPage(file, log, findInclude);
    const hb = handbookOf(slug);
    if (hb.page) {
      log.warn({ file: file.rel, line: 1, col: 1, message: `a second page for handbook "${slug}" (the first is ${hb.page.rel}); its sections were added to the same handbook`,
        hint: `check the order of the imported sections in handbooks/${slug}/; this page's own text was not imported: copy it from ${file.rel} into ${landingOut(slug)} if it is needed` });
    } else {
      hb.page = file;
      handbookPages.set(slug, page);
    }
    claimed.add(file.rel);
    for (const inc of page.includes) {
      if (claimed.has(inc.file.rel)) {
        log.note(file.rel, "converted", `${inc.file.rel} is already a section of another handbook; not imported twice`);
        continue;
      }
      claimed.add(inc.file.rel);
      hb.folders.add(path.posix.dirname(inc.file.rel));
      hb.sections.push(section(inc.file, slug, "include", inc.label));
    }
  }

  // 2. Section files served as pages, and unincluded files in a handbook's folder.
  const folderOwner = new Map<string, string>();
  for (const hb of handbooks.values()) for (const f of hb.folders) if (!folderOwner.has(f)) folderOwner.set(f, hb.slug);
  // A part that a section pulls into itself is that section's text, not a section of its own.
  const parts = partsOfSections(texts, claimed, findInclude);
  const others: SectionPlan[] = [];
  for (const file of texts) {
    if (claimed.has(file.rel) || parts.has(file.rel) || NOT_CONTENT.test(file.rel)) continue;
    const inIncludes = file.rel.startsWith("_includes/");
    if (!MARKDOWN.test(file.rel) && inIncludes) continue;
    const folder = path.posix.dirname(file.rel);
    const named = /(?:^|\/)handbooks\/([^/]+)\/[^/]+$/.exec(file.rel)?.[1];
    const slug = folderOwner.get(folder) ?? (named ? slugify(named) : undefined);
    if (slug && MARKDOWN.test(file.rel)) {
      claimed.add(file.rel);
      const via = inIncludes ? "unincluded" : "page";
      others.push(section(file, slug, via));
      if (via === "unincluded") {
        log.note(file.rel, "converted", `no handbook page includes this file; imported into handbook "${slug}" (the handbook of its folder)`);
        log.warn({ file: file.rel, line: 1, col: 1, message: `no page includes this section; it was imported into handbook "${slug}", placed by its file number`, hint: "check its place in the handbook, or mark it  draft: true" });
      }
    }
  }
  // Numbered files first, by number, so each lands before the first larger one; the rest at the end.
  others.sort((a, b) => (positionNumber(a) ?? Infinity) - (positionNumber(b) ?? Infinity) || a.source.rel.localeCompare(b.source.rel));
  for (const s of others) insertByNumber(handbookOf(s.handbook).sections, s);

  // 3. Everything else: other pages are imported as pages; the rest is listed as not imported.
  const pagePlans: PagePlan[] = [];
  for (const file of texts) {
    if (claimed.has(file.rel)) continue;
    const reason = notImported(file, site);
    if (reason) {
      skipped.push({ rel: file.rel, reason });
      continue;
    }
    const out = file.rel.replace(/^content\//, "").replace(/\.(?:md|markdown|html?)$/i, ".md");
    if (/^handbooks\//.test(out)) {
      skipped.push({ rel: file.rel, reason: "a page inside a handbook folder that is not a section" });
      continue;
    }
    pagePlans.push({ source: file, out, oldUrls: [] });
  }

  const plan: Plan = { handbooks: [...handbooks.values()].sort((a, b) => a.slug.localeCompare(b.slug)), pages: pagePlans, skipped, handbookPages, used, findInclude };
  for (const hb of plan.handbooks) nameSections(hb);
  assignOldUrls(plan, log);
  return plan;

  function section(file: SiteFile, slug: string, via: SectionPlan["via"], label?: string): SectionPlan {
    return { source: file, handbook: slug, out: "", via, label, oldUrls: [] };
  }
}

/** Markdown files that some Markdown file other than a handbook page includes. */
function partsOfSections(texts: SiteFile[], claimed: Set<string>, findInclude: Plan["findInclude"]): Set<string> {
  const parts = new Set<string>();
  for (const file of texts) {
    if (!MARKDOWN.test(file.rel)) continue;
    for (const t of scanLiquid(file.text)) {
      if (t.kind !== "tag" || (t.name !== "include" && t.name !== "include_relative")) continue;
      const args = parseIncludeArgs(t.args);
      const target = args && MARKDOWN.test(args.path) ? findInclude(args.path, file.rel, t.name === "include_relative") : undefined;
      if (target && target.rel !== file.rel && !claimed.has(target.rel)) parts.add(target.rel);
    }
  }
  return parts;
}

/** The handbook a page is the hand-written front page of, if it is one. */
function handbookSlug(file: SiteFile, findInclude: Plan["findInclude"]): string | undefined {
  const atIndex = /(?:^|\/)handbooks\/([^/]+)\/index\.(?:html?|md|markdown)$/i.exec(file.rel) ?? /(?:^|\/)handbooks\/([^/]+)\.(?:html?|md|markdown)$/i.exec(file.rel);
  if (atIndex) return slugify(atIndex[1]!);
  let mdIncludes = 0;
  for (const t of scanLiquid(file.text)) {
    if (t.kind !== "tag" || (t.name !== "include" && t.name !== "include_relative")) continue;
    const args = parseIncludeArgs(t.args);
    if (args && MARKDOWN.test(args.path) && findInclude(args.path, file.rel, t.name === "include_relative")) mdIncludes++;
  }
  const isHtml = /\.html?$/i.test(file.rel);
  if (mdIncludes === 0 || (!isHtml && mdIncludes < 2) || /(?:^|\/)handbooks\/[^/]+\/[^/]+$/.test(file.rel)) return undefined;
  const permalink = /^permalink:\s*["']?([^"'\n]+)/m.exec(file.text)?.[1]?.replace(/\/+$/, "");
  const base = permalink ? permalink.slice(permalink.lastIndexOf("/") + 1) : path.posix.basename(file.rel).replace(/\.[^.]+$/, "");
  return slugify(base === "index" ? path.posix.basename(path.posix.dirname(file.rel)) : base.replace(/\.html?$/, ""));
}

function notImported(file: SiteFile, site: Site): string | undefined {
  const base = path.posix.basename(file.rel).toLowerCase();
  if (file.rel.startsWith("_includes/")) {
    return MARKDOWN.test(file.rel) ? "an include no page uses, outside any handbook folder" : "an HTML snippet no imported page includes (the old layout's); Folio's layouts replace it";
  }
  if (file.rel.startsWith("_")) return "a Jekyll template or post, not handbook content";
  if (NOT_PAGES.has(base)) return "Folio makes this page itself, or it is repository documentation";
  if (!/^---\s*$/m.test(file.text.split("\n", 1)[0] ?? "")) return "no front matter, so Jekyll copied it as a static file";
  if (/^layout:\s*(?:null|none)\s*$/m.test(file.text) || /^redirect_to:/m.test(file.text)) return "not a content page (no layout, or a redirect)";
  void site;
  return undefined;
}
