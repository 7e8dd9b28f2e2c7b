// The dev server's fast path (issue 7). Eleventy's incremental mode renders
// only the saved file, but other pages show parts of it: the handbook's
// sidebar and the neighbours' prev/next show its title, the landing lists its
// description and reading time, the home sums up each handbook. When what
// other pages show changed, those pages are laid out again from the body
// HTML Eleventy rendered for them last time (no Markdown, so it is quick).
// When nothing they show changed (the usual body edit), nothing else is written.
import { existsSync } from "node:fs";
import { mkdir, rm, rmdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { SiteModel } from "../content/types.ts";
import type { EleventyLayoutData } from "./page-context.ts";

/** What the layout needs to lay out a page again: the rendered body and where the page goes. */
type LayoutInput = Pick<EleventyLayoutData, "content"> & { page: EleventyLayoutData["page"] & { outputPath: string } };
export type Layout = (data: EleventyLayoutData) => string;

export class Relayout {
  private readonly inputs = new Map<string, LayoutInput>();
  private signatures = new Map<string, string>();
  /** Pages to lay out again after this build, unless Eleventy rendered them itself. */
  private pending = new Set<string>();
  private renderedNow = new Set<string>();
  private layout?: Layout;
  private deleted: string[] = [];

  /** Called by the layout for every page Eleventy renders (the newest layout code is kept, too). */
  remember(relPath: string, data: EleventyLayoutData & { page: { outputPath?: unknown } }, layout: Layout): void {
    this.layout = layout;
    this.renderedNow.add(relPath);
    const { outputPath } = data.page;
    if (typeof outputPath !== "string") return;
    this.inputs.set(relPath, { content: data.content, page: { inputPath: data.page.inputPath, url: data.page.url, outputPath } });
  }

  /** Before a build, with its new model: which pages show something that changed. */
  plan(model: SiteModel): void {
    const next = signatures(model);
    // A handbook that is gone changes the "handbooks" signature, which lists every handbook.
    for (const [key, sig] of next) if (this.signatures.get(key) !== sig) this.addPages(key, model);
    this.signatures = next;
    for (const [rel, input] of this.inputs) {
      if (model.pages.has(rel)) continue;
      this.inputs.delete(rel);
      // A deleted file's page goes too (one that is only broken for now stays, showing the problem).
      if (!existsSync(input.page.inputPath)) this.deleted.push(input.page.outputPath);
    }
    this.renderedNow = new Set();
  }

  /** After a build: lays out again the pending pages Eleventy did not render. Returns how many were written. */
  async replay(folio: EleventyLayoutData["folio"]): Promise<number> {
    const todo = [...this.pending].filter((rel) => !this.renderedNow.has(rel) && this.inputs.has(rel));
    if (todo.length > 1) {
      const near = nearness(folio.model, this.renderedNow);
      todo.sort((a, b) => (near.get(a) ?? Infinity) - (near.get(b) ?? Infinity));
    }
    this.pending = new Set();
    await Promise.all(this.deleted.splice(0).map(async (file) => {
      await rm(file, { force: true });
      await rmdir(path.dirname(file)).catch(() => undefined); // only when nothing else is in it
    }));
    const layout = this.layout;
    if (!layout) return 0;
    // One page at a time: all pages at once would keep every page's HTML alive until the
    // last write, long enough for the garbage collector to move it to the old heap, which grows.
    for (const rel of todo) {
      const input = this.inputs.get(rel)!;
      const html = layout({ ...input, folio });
      await mkdir(path.dirname(input.page.outputPath), { recursive: true });
      await writeFile(input.page.outputPath, html);
    }
    return todo.length;
  }

  private addPages(key: string, model: SiteModel): void {
    const add = (rel: string | undefined) => rel !== undefined && this.pending.add(rel);
    if (key === "site") for (const rel of model.pages.keys()) add(rel);
    if (key === "handbooks") {
      add(model.home?.relPath);
      for (const hb of model.handbooks) add(hb.landing?.relPath);
    }
    const hb = key.startsWith("hb:") ? model.handbookBySlug.get(key.slice(3)) : undefined;
    if (hb) {
      add(hb.landing?.relPath);
      for (const s of hb.sections) add(s.relPath);
    }
  }
}

/** How far each section is from the nearest page rendered now, in its handbook's order: the author looks at those first. */
function nearness(model: SiteModel, rendered: ReadonlySet<string>): Map<string, number> {
  const near = new Map<string, number>();
  for (const hb of model.handbooks) {
    // Two sweeps, forward and back: the distance to the nearest rendered section on either side.
    const n = hb.sections.length;
    const dist = new Array<number>(n).fill(Infinity);
    for (let i = 0, last = -Infinity; i < n; i++) {
      if (rendered.has(hb.sections[i]!.relPath)) last = i;
      dist[i] = i - last;
    }
    for (let i = n - 1, next = Infinity; i >= 0; i--) {
      if (rendered.has(hb.sections[i]!.relPath)) next = i;
      dist[i] = Math.min(dist[i]!, next - i);
    }
    hb.sections.forEach((s, i) => {
      if (dist[i] !== Infinity) near.set(s.relPath, dist[i]!);
    });
  }
  return near;
}

/**
 * What pages show of other pages, in three parts: the site (every page: site
 * title, language, settings from the home page), the handbook list (home and
 * landings: titles, descriptions, counts, reading time) and each handbook
 * (its landing and sections: sidebar, prev/next, the landing's section list).
 */
function signatures(model: SiteModel): Map<string, string> {
  const sigs = new Map<string, string>();
  sigs.set("site", JSON.stringify([model.title, model.lang, model.home?.data]));
  sigs.set("handbooks", JSON.stringify(model.handbooks.map((hb) => [hb.slug, hb.title, hb.url, hb.description,
    hb.landing?.data.order, hb.sections.length, hb.sections.reduce((n, s) => n + (s.readingMinutes ?? 0), 0)])));
  for (const hb of model.handbooks) {
    sigs.set(`hb:${hb.slug}`, JSON.stringify([hb.title, hb.url, hb.description, hb.landing?.relPath,
      hb.sections.map((s) => [s.relPath, s.url, s.data.title, s.data.nav_title, s.data.description, s.data.draft, s.readingMinutes])]));
  }
  return sigs;
}
