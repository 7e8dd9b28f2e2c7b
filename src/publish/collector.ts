// What the per-handbook pages (print, resource index) need from each
// section, gathered while Eleventy renders it: its body HTML (held in memory
// by the dev server, spilled to a file by a production build, or read back
// from the body cache when it has the page) and the resources it cites,
// read from the resource panels our Markdown pipeline rendered. Kept across
// watch rebuilds so a rebuild that skips a page still has its record.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { SourcePage } from "../content/types.ts";
import { unescapeHtml } from "../../layouts/lib/html.ts";

export interface CitedResource {
  /** The badge label: a resource type ("Paper") or "Link" when none was given or inferred. */
  type: string;
  title: string;
  url: string;
  /** "by Vaswani et al." / "from Stanford Online", as written. */
  byline?: string;
  note?: string;
}

/** A section body kept on disk by the body cache (src/eleventy/body-cache.ts). */
export interface StoredBody {
  html(): string;
  resources: CitedResource[];
}

export interface SectionRecord {
  body: string;
  resources: CitedResource[];
  /** Whether the body has typeset maths (so the print page links KaTeX's stylesheet). */
  hasMath: boolean;
}

// One rendered resource item (see src/markdown/resources.ts); values are HTML-escaped.
const RESOURCE_ITEM =
  /<li class="resource" data-type="[^"]*"><span class="badge[^"]*">([^<]*)<\/span> <a class="resource-link" href="([^"]*)">([^<]*)<\/a>(?: <span class="resource-byline">([^<]*)<\/span>)?(?: <span class="resource-note">– ([^<]*)<\/span>)?<\/li>/g;

export function resourcesIn(bodyHtml: string): CitedResource[] {
  const found: CitedResource[] = [];
  for (const m of bodyHtml.matchAll(RESOURCE_ITEM)) {
    const item: CitedResource = { type: unescapeHtml(m[1]!), url: unescapeHtml(m[2]!), title: unescapeHtml(m[3]!) };
    if (m[4]) item.byline = unescapeHtml(m[4]);
    if (m[5]) item.note = unescapeHtml(m[5]);
    found.push(item);
  }
  // Matched text is a slice of the body, and a slice keeps the whole body in
  // memory (V8 sliced strings): through these records, every section's body
  // stayed alive for the whole build. Copies hold only their own characters.
  return found.length > 0 ? (JSON.parse(JSON.stringify(found)) as CitedResource[]) : found;
}

export class SectionCollector {
  private readonly records = new Map<string, SectionRecord>();
  private spilled = 0;

  /**
   * spillDir: a production build that writes its own pages (see
   * src/eleventy/page-writer.ts) keeps the bodies in files there, not in
   * memory, until the print pages are written.
   */
  constructor(private readonly spillDir?: string) {}

  /**
   * hasMath: as the page's layout context found it (see page-context.ts).
   * stored: the body cache's copy, which gives the body again later (so it
   * need not be kept) and knows its resources already.
   */
  record(page: SourcePage, bodyHtml: string, hasMath: boolean, stored?: StoredBody): void {
    if (page.kind !== "section") return;
    if (stored) {
      this.records.set(page.relPath, { get body() { return stored.html(); }, resources: stored.resources, hasMath });
      return;
    }
    const resources = resourcesIn(bodyHtml);
    if (!this.spillDir) {
      this.records.set(page.relPath, { body: bodyHtml, resources, hasMath });
      return;
    }
    if (this.spilled === 0) mkdirSync(this.spillDir, { recursive: true });
    const file = path.join(this.spillDir, `${this.spilled++}.html`);
    writeFileSync(file, bodyHtml);
    this.records.set(page.relPath, { get body() { return readFileSync(file, "utf8"); }, resources, hasMath });
  }

  /** Removes the spilled bodies (after the print pages are written). */
  dispose(): void {
    if (this.spillDir) rmSync(this.spillDir, { recursive: true, force: true });
  }

  get(page: SourcePage): SectionRecord | undefined {
    return this.records.get(page.relPath);
  }

  /** Forgets sections that are no longer part of the site (deleted, or now drafts). */
  retain(pages: ReadonlyMap<string, SourcePage>): void {
    for (const rel of this.records.keys()) if (!pages.has(rel)) this.records.delete(rel);
  }
}
