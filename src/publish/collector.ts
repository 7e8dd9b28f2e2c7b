// What the per-handbook pages (print, resource index) need from each
// section, gathered while Eleventy renders it: its body HTML (a reference to
// the string Eleventy already holds, not a copy) and the resources it cites,
// read from the resource panels our Markdown pipeline rendered. Kept across
// watch rebuilds so a rebuild that skips a page still has its record.
import type { SourcePage } from "../content/types.ts";

export interface CitedResource {
  /** The badge label: a resource type ("Paper") or "Link" when none was given or inferred. */
  type: string;
  title: string;
  url: string;
  /** "by Vaswani et al." / "from Stanford Online", as written. */
  byline?: string;
  note?: string;
}

export interface SectionRecord {
  body: string;
  resources: CitedResource[];
}

// One rendered resource item (see src/markdown/resources.ts); values are HTML-escaped.
const RESOURCE_ITEM =
  /<li class="resource" data-type="[^"]*"><span class="badge[^"]*">([^<]*)<\/span> <a class="resource-link" href="([^"]*)">([^<]*)<\/a>(?: <span class="resource-byline">([^<]*)<\/span>)?(?: <span class="resource-note">– ([^<]*)<\/span>)?<\/li>/g;

export function resourcesIn(bodyHtml: string): CitedResource[] {
  const found: CitedResource[] = [];
  for (const m of bodyHtml.matchAll(RESOURCE_ITEM)) {
    const item: CitedResource = { type: decodeEntities(m[1]!), url: decodeEntities(m[2]!), title: decodeEntities(m[3]!) };
    if (m[4]) item.byline = decodeEntities(m[4]);
    if (m[5]) item.note = decodeEntities(m[5]);
    found.push(item);
  }
  return found;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };

/** Undoes markdown-it's escapeHtml (the only escaping in those values). */
function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ENTITIES[e]!);
}

export class SectionCollector {
  private readonly records = new Map<string, SectionRecord>();

  record(page: SourcePage, bodyHtml: string): void {
    if (page.kind !== "section") return;
    this.records.set(page.relPath, { body: bodyHtml, resources: resourcesIn(bodyHtml) });
  }

  get(page: SourcePage): SectionRecord | undefined {
    return this.records.get(page.relPath);
  }

  /** Forgets sections that are no longer part of the site (deleted, or now drafts). */
  retain(pages: ReadonlyMap<string, SourcePage>): void {
    for (const rel of this.records.keys()) if (!pages.has(rel)) this.records.delete(rel);
  }
}
