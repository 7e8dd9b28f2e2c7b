// Pages Folio writes itself after Eleventy has rendered the content: the
// 404 page and, per handbook, the print page and the resource index. They
// use the same document (header, search, footer) as every other page.
import { mkdir, open, writeFile } from "node:fs/promises";
import path from "node:path";
import type { PageContext } from "../../layouts/context.ts";
import { renderDocument } from "../../layouts/base.ts";
import { notFoundMain } from "../../layouts/not-found.ts";
import { printPageMain, printSection, type PrintSectionPart } from "../../layouts/print-page.ts";
import { resourceIndexMain } from "../../layouts/resource-index.ts";
import { raw, type SafeHtml } from "../../layouts/lib/html.ts";
import { href } from "../../layouts/lib/urls.ts";
import type { Handbook, SiteModel, SourcePage } from "../content/types.ts";
import { ASSET_URLS } from "../eleventy/assets.ts";
import type { SectionCollector, SectionRecord } from "./collector.ts";
import { handbookPageUrls, NOT_FOUND_URL } from "./handbook-pages.ts";
import { printAnchor, printBody } from "./print-body.ts";
import { indexResources } from "./resource-index.ts";
import { outputFileForUrl } from "./url-claims.ts";

/** Where generated pages go when not straight to disk: a production build's page writer (src/eleventy/page-writer.ts), in order. */
export interface FileSink {
  writeFile(file: string, text: string, append?: boolean): void;
  /** Resolves once everything written so far is on disk. */
  flush(): Promise<void>;
}

export interface GeneratedPagesInput {
  model: SiteModel;
  collected: SectionCollector;
  pathPrefix: string;
  siteUrl?: string;
  mode: "production" | "development";
  /**
   * Whether a handbook's pages are already on disk as they would be written
   * now (the dev server rebuilds into the same folder): they are then skipped.
   */
  unchanged?: (handbook: Handbook, records: readonly (SectionRecord | undefined)[]) => boolean;
  sink?: FileSink;
}

/** Writes every generated page; returns their site URLs (for the sitemap). */
export async function writeGeneratedPages(outputDir: string, input: GeneratedPagesInput): Promise<{ listed: string[] }> {
  const listed: string[] = [];
  const write = async (ctx: PageContext, main: SafeHtml) => {
    const file = path.join(outputDir, outputFileForUrl(ctx.page.url)!);
    if (input.sink) return input.sink.writeFile(file, renderDocument(ctx, { main }));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, renderDocument(ctx, { main }));
  };
  const notFound = contextFor(input, syntheticPage(NOT_FOUND_URL, "Page not found", undefined, { noindex: true }));
  await write(notFound, notFoundMain(input.model, (u) => href(notFound, u)));

  for (const handbook of input.model.handbooks) {
    if (handbook.sections.length === 0) continue;
    const urls = handbookPageUrls(handbook);
    const records = handbook.sections.map((s) => input.collected.get(s));
    listed.push(urls.print, urls.resources);
    if (input.unchanged?.(handbook, records)) continue;

    const printCtx = contextFor(input, syntheticPage(urls.print, `${handbook.title} (all sections)`, handbook.description || undefined), handbook);
    printCtx.hasMath = records.some((r) => r?.hasMath === true);
    await writePrintPage(path.join(outputDir, outputFileForUrl(urls.print)!), printCtx, handbook, records, input.sink);

    const resourcesCtx = contextFor(input, syntheticPage(urls.resources, `Resources cited in ${handbook.title}`, undefined), handbook);
    const groups = indexResources(handbook.sections, (s) => input.collected.get(s)?.resources);
    await write(resourcesCtx, resourceIndexMain(handbook, groups, (u) => href(resourcesCtx, u)));
  }
  return { listed };
}

/** The URLs generated pages take, so they can be claimed before anything is written. */
export function generatedUrls(model: SiteModel): { url: string; label: string }[] {
  const urls = [{ url: NOT_FOUND_URL, label: "Folio's 404 page" }];
  for (const hb of model.handbooks) {
    if (hb.sections.length === 0) continue;
    const u = handbookPageUrls(hb);
    urls.push({ url: u.print, label: `Folio's print page of handbook "${hb.slug}"` });
    urls.push({ url: u.resources, label: `Folio's resource index of handbook "${hb.slug}"` });
  }
  return urls;
}

/**
 * The print page, written section by section: a handbook's sections together
 * can be larger than one string should be, and only one is held at a time.
 */
async function writePrintPage(
  file: string, ctx: PageContext, handbook: Handbook, records: (SectionRecord | undefined)[], sink?: FileSink,
): Promise<void> {
  const parts: PrintSectionPart[] = handbook.sections.map((s) => ({
    anchor: printAnchor(s.relPath), title: s.data.title, description: s.data.description,
  }));
  const siblings = new Map(handbook.sections.map((s, i) => [href(ctx, s.url), parts[i]!.anchor]));
  const doc = renderDocument(ctx, { main: printPageMain(handbook, parts, (u) => href(ctx, u), raw(SLOT)) });
  const at = doc.indexOf(SLOT);
  const section = (i: number) => printSection(parts[i]!, i + 1, printBody(records[i]?.body ?? "", parts[i]!.anchor, siblings)).value;
  if (sink) {
    sink.writeFile(file, doc.slice(0, at));
    for (let i = 0; i < parts.length; i++) sink.writeFile(file, section(i), true);
    sink.writeFile(file, doc.slice(at + SLOT.length), true);
    return;
  }
  await mkdir(path.dirname(file), { recursive: true });
  const out = await open(file, "w");
  try {
    await out.write(doc.slice(0, at));
    for (let i = 0; i < parts.length; i++) await out.write(section(i));
    await out.write(doc.slice(at + SLOT.length));
  } finally {
    await out.close();
  }
}

const SLOT = "<!--folio:print-sections-->";

function syntheticPage(url: string, title: string, description: string | undefined, extra: Record<string, unknown> = {}): SourcePage {
  return {
    relPath: `folio:${url}`, displayPath: "Folio", url, kind: "page",
    data: { title, ...(description ? { description } : {}), ...extra },
    bodyLine: 1, order: 0, orderLine: 1,
  };
}

function contextFor(input: GeneratedPagesInput, page: SourcePage, handbook?: Handbook): PageContext {
  return {
    model: input.model, page, handbook, contentHtml: "", toc: [], hasMath: false,
    pathPrefix: input.pathPrefix, siteUrl: input.siteUrl, assets: ASSET_URLS, mode: input.mode,
  };
}
