// Builds the site model once per build from the loaded files: handbooks,
// their ordered sections, and a page index for the layouts.
import type { Diagnostic } from "../checks/diagnostics.ts";
import { assertUniqueOrder, duplicateOrders, sortSections } from "./order.ts";
import type { LoadedFile } from "./load.ts";
import type { Handbook, SiteModel } from "./types.ts";

export interface ModelOptions {
  /** Production builds leave drafts out. */
  includeDrafts: boolean;
  /** Given: problems (duplicate orders) are passed here and the model is built anyway; else they throw. */
  onProblem?: (d: Diagnostic) => void;
}

export function buildSiteModel(files: readonly LoadedFile[], options: ModelOptions): SiteModel {
  const all = files.map((f) => f.page);
  const published = all.filter((p) => options.includeDrafts || !p.data.draft);
  const home = published.find((p) => p.kind === "home");

  const isPublished = new Set(published);
  const bySlug = groupBy(all.filter((p) => p.handbook), (p) => p.handbook!);
  const handbooks: Handbook[] = [];
  for (const [slug, pages] of [...bySlug].sort(([a], [b]) => a.localeCompare(b))) {
    // Drafts take part in the order check, so a build never passes only because a draft is hidden.
    const sectionsOfAll = sortSections(pages.filter((p) => p.kind === "section"));
    if (options.onProblem) duplicateOrders(sectionsOfAll).forEach(options.onProblem);
    else assertUniqueOrder(sectionsOfAll);
    const landing = pages.find((p) => p.kind === "landing" && isPublished.has(p));
    const sections = sectionsOfAll.filter((p) => isPublished.has(p));
    handbooks.push({
      slug,
      url: `/handbooks/${slug}/`,
      title: landing?.data.title ?? titleFromSlug(slug),
      description: landing?.data.description ?? "",
      landing,
      sections,
    });
  }
  handbooks.sort(byLandingOrder);

  return {
    title: home?.data.title ?? "Handbooks",
    lang: typeof home?.data.lang === "string" ? home.data.lang : "en",
    home,
    handbooks: handbooks.filter((h) => h.landing || h.sections.length > 0),
    pages: new Map(published.map((p) => [p.relPath, p])),
    handbookBySlug: new Map(handbooks.map((h) => [h.slug, h])),
  };
}

/** Handbooks with an `order` on their landing come first, then by title. */
function byLandingOrder(a: Handbook, b: Handbook): number {
  const oa = landingOrder(a);
  const ob = landingOrder(b);
  return oa - ob || a.title.localeCompare(b.title);
}

function landingOrder(h: Handbook): number {
  return h.landing?.data.order ?? Number.MAX_SAFE_INTEGER;
}

function titleFromSlug(slug: string): string {
  return slug.split(/[-_]/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ");
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
