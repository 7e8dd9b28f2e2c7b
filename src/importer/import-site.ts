// `npm run import`: read the Jekyll site, plan what becomes what, convert
// every handbook, section and page (in memory), fix link fragments, then
// write everything at once and the report next to the output folder.
import path from "node:path";
import { draftReason, convertSection, type ConvertedFile } from "./convert-section.ts";
import { convertLanding, landingLinks } from "./convert-landing.ts";
import { convertPage } from "./convert-page.ts";
import type { NavHint } from "./context.ts";
import { fixFragments } from "./fragments.ts";
import { buildLinkIndex } from "./link-map.ts";
import { linkResolver } from "./link-resolver.ts";
import { ImportLog } from "./log.ts";
import { compareNavigation } from "./nav-check.ts";
import { planSite } from "./plan.ts";
import { readSite } from "./read-site.ts";
import { reportText, summaryLine, totalsOf, type Totals } from "./report.ts";
import { writeImport, writeText, type PendingFile, type WriteStatus } from "./write.ts";
import { landingOut } from "./types.ts";

export interface ImportOptions {
  site: string;
  out: string;
  force?: boolean;
  cwd?: string;
}

export interface ImportResult {
  report: string;
  reportPath: string;
  summary: string;
  totals: Totals;
  status: Map<string, WriteStatus>;
  log: ImportLog;
}

export async function importSite(options: ImportOptions): Promise<ImportResult> {
  const cwd = options.cwd ?? process.cwd();
  const siteDir = path.resolve(cwd, options.site);
  const outDir = path.resolve(cwd, options.out);
  // Relative to the working folder when inside it; absolute otherwise ("../../tmp/x" helps nobody).
  const shown = (abs: string) => {
    const rel = path.relative(cwd, abs);
    return rel === "" ? "." : rel.startsWith("..") || path.isAbsolute(rel) ? abs : rel;
  };
  const log = new ImportLog();
  const site = await readSite(siteDir, log);
  const plan = planSite(site, log);

  const drafts = new Set<string>();
  for (const hb of plan.handbooks) for (const s of hb.sections) if (draftReason(s.source.text, s.source.rel)) drafts.add(s.out);
  const index = buildLinkIndex(plan, site, drafts);

  const files: ConvertedFile[] = [];
  for (const hb of plan.handbooks) {
    const page = plan.handbookPages.get(hb.slug);
    const links = page ? landingLinks(hb, page, index) : undefined;
    for (const s of hb.sections) s.label ??= links?.labels.get(s.out);
    const nav = new Map<string, NavHint[]>();
    const published = new Set<string>();
    for (const s of hb.sections) {
      const servedAt = s.via === "page" ? s.oldUrls : hb.oldUrls;
      const link = linkResolver(index, { source: s.source.rel, out: s.out, servedAt }, log);
      const converted = convertSection(s, log, { findInclude: plan.findInclude, link });
      files.push(converted);
      nav.set(s.out, converted.nav);
      if (!converted.draft) published.add(s.out);
    }
    const landing = landingOut(hb.slug);
    const link = linkResolver(index, { source: page?.file.rel ?? landing, out: landing, servedAt: hb.oldUrls }, log);
    files.push(convertLanding(hb, page, links, log, link));
    compareNavigation(hb, published, nav, index, log);
  }
  for (const p of plan.pages) {
    const link = linkResolver(index, { source: p.source.rel, out: p.out, servedAt: p.oldUrls }, log);
    files.push(convertPage(p, log, { findInclude: plan.findInclude, link }));
  }
  const skipped = plan.skipped.filter((s) => !plan.used.has(s.rel));
  for (const s of skipped) log.note(s.rel, "left as written", `not imported: ${s.reason}`);
  for (const rel of plan.used) if (plan.skipped.some((s) => s.rel === rel)) log.note(rel, "converted", "pulled into the pages that include it");

  const pending: PendingFile[] = fixFragments(files, log).map((f) => ({ out: f.out, content: f.content, source: f.source }));
  for (const [file, to] of [...index.copies].sort(([a], [b]) => a.localeCompare(b))) {
    pending.push({ out: to, copyFrom: path.join(siteDir, file), source: file });
    log.note(file, "converted", `copied to ${to}`);
  }
  const { status } = await writeImport(outDir, pending, options.force ?? false, log, shown(outDir));
  const kept = [...status].filter(([, s]) => s === "kept").map(([out]) => out).sort();
  const report = reportText({ site: shown(siteDir), out: shown(outDir), log, skipped, copies: index.copies.size }, kept);
  const reportPath = path.join(path.dirname(outDir), "import-report.md");
  await writeText(reportPath, report);
  const totals = totalsOf(log);
  return { report, reportPath, summary: summaryLine(status, totals, shown(reportPath)), totals, status, log };
}
