// Publishing, once per build: before rendering, resolve the settings, claim
// every URL (conflicts are reported before any page renders), read git dates
// and build the search UI; while rendering, gather what the per-handbook
// pages need; after rendering, write generated pages, redirects, sitemap,
// robots.txt, .nojekyll, CNAME, and (production) the Pagefind index.
import os from "node:os";
import path from "node:path";
import type { PageContext } from "../../layouts/context.ts";
import { canonicalUrl } from "../../layouts/lib/urls.ts";
import type { Diagnostic } from "../checks/diagnostics.ts";
import type { Handbook, SiteModel, SourcePage } from "../content/types.ts";
import { buildSiteModel } from "../content/site-model.ts";
import type { FolioOptions } from "../eleventy/options.ts";
import { SectionCollector, type SectionRecord, type StoredBody } from "./collector.ts";
import { generatedUrls, writeGeneratedPages, type FileSink } from "./generated-pages.ts";
import { readGitFacts, type GitFacts } from "./git-dates.ts";
import { writeRedirects, type Redirect } from "./redirects.ts";
import { scanSite, SEARCH_OPTIONS } from "./search-index.ts";
import { restoreIndex, searchIndexKey, storeIndex, type RenderedPage } from "./search-cache.ts";
import { writeSearchUi } from "./search-assets.ts";
import { editUrlFor, resolveSettings, type PublishSettings } from "./settings.ts";
import { robotsTxt, sitemapXml, writeSiteFiles } from "./site-files.ts";
import { cacheNotWritten } from "../eleventy/cache-folders.ts";
import { claimSiteUrls } from "./site-claims.ts";

/** What a layout shows about publishing for one page. */
export interface PagePublishFacts {
  updated?: Date;
  editUrl?: string;
  position?: number;
}

export class PublishState {
  settings: PublishSettings = { branch: "main" };
  readonly collected: SectionCollector;
  private model: SiteModel = buildSiteModel([], { includeDrafts: false });
  private redirects: Redirect[] = [];
  private positions = new Map<string, number>();
  private git: GitFacts = { dates: new Map() };
  /** What each handbook's print and resource pages were last written from (see `unchanged`). */
  private written = new Map<string, unknown[]>();
  // Git history is read once per process: a build runs once, and in watch
  // mode a commit made while editing only refreshes dates on restart.
  private gitOnce?: Promise<GitFacts>;

  constructor(private readonly options: FolioOptions) {
    // A build that writes its own pages keeps the sections' bodies on disk until the print pages are written.
    this.collected = new SectionCollector(
      options.writePages ? path.join(os.tmpdir(), `folio-bodies-${process.pid}-${Date.now()}`) : undefined,
    );
  }

  /**
   * Before rendering. Two sources claiming one URL, or an unusable
   * redirect_from entry, is reported (an error) and that redirect left out.
   * `writeUi` false: the search UI bundle is already in the output (a dev rebuild after a content edit).
   */
  async prepare(model: SiteModel, outputDir: string, report: (d: Diagnostic) => void, writeUi = true): Promise<void> {
    const { options } = this;
    this.model = model;
    this.settings = resolveSettings(
      { siteUrl: options.siteUrl, repository: options.repository, branch: options.repositoryBranch, cname: options.cname },
      model.home?.data,
    );
    this.redirects = claimSiteUrls(model, options.contentDir, report);
    this.positions = new Map(model.handbooks.flatMap((hb) => hb.sections.map((s, i) => [s.relPath, i + 1] as const)));
    this.collected.retain(model.pages);
    this.gitOnce ??= readGitFacts(options.contentDir);
    // `npm run check` writes nothing.
    const [git] = await Promise.all([this.gitOnce, options.check || !writeUi ? undefined : writeSearchUi(outputDir)]);
    this.git = git;
  }

  /** Per page, O(1): last updated, edit link, position in the handbook. */
  pageFacts(page: SourcePage): PagePublishFacts {
    const updated = page.data.updated instanceof Date && !Number.isNaN(page.data.updated.getTime())
      ? page.data.updated
      : this.git.dates.get(page.relPath);
    const repoPath = this.git.repoPrefix !== undefined
      ? `${this.git.repoPrefix}${page.relPath}`
      : path.relative(process.cwd(), path.join(this.options.contentDir, page.relPath)).split(path.sep).join("/");
    return { updated, editUrl: editUrlFor(this.settings, repoPath), position: this.positions.get(page.relPath) };
  }

  /** Site URLs of the pages Folio writes itself (for the link checks: links to them are fine). */
  generatedPageUrls(): string[] {
    return generatedUrls(this.model).map((g) => g.url);
  }

  /** While rendering: a page's rendered body, for the print page and the resource index (stored: see SectionCollector.record). */
  collect(ctx: Pick<PageContext, "page" | "contentHtml" | "hasMath">, stored?: StoredBody): void {
    this.collected.record(ctx.page, ctx.contentHtml, ctx.hasMath, stored);
  }

  /**
   * True when a handbook's print and resource pages were written from exactly
   * these inputs by an earlier build of this process. A dev-server rebuild
   * then rewrites only the handbooks an edit touched: on a large site the
   * print pages are as big as all the sections together.
   */
  private unchanged(hb: Handbook, records: readonly (SectionRecord | undefined)[]): boolean {
    // A production build runs once: there is no earlier build to compare with (nor bodies to hold).
    if (this.options.mode === "production") return false;
    const inputs: unknown[] = [this.model.title, hb.title, hb.description, this.settings.siteUrl];
    hb.sections.forEach((s, i) => inputs.push(s.relPath, s.url, s.data.title, s.data.description, records[i]?.body));
    const before = this.written.get(hb.slug);
    this.written.set(hb.slug, inputs);
    return before !== undefined && before.length === inputs.length && before.every((v, i) => v === inputs[i]);
  }

  /**
   * After rendering, into the folder Eleventy wrote. A production build's
   * page writer (`sink`) takes the generated pages too; the search index is
   * made only once every page it wrote is on disk.
   */
  async finish(outputDir: string, rendered: readonly RenderedPage[] = [], sink?: FileSink): Promise<void> {
    const { model, options, settings } = this;
    const linkCtx = { pathPrefix: options.pathPrefix, siteUrl: settings.siteUrl };
    // The search index sees only the pages Eleventy wrote; it is written while Folio adds its own.
    // Unchanged pages since the last build: its index is copied from .cache/ instead.
    const cacheDir = options.cacheDir;
    const key = cacheDir && options.mode === "production" ? searchIndexKey(rendered, SEARCH_OPTIONS) : undefined;
    const reused = key !== undefined && (await restoreIndex(cacheDir!, key, outputDir));
    const scan = options.mode === "production" && !reused;
    // Pagefind reads the pages from disk: they must all be there first.
    if (scan) await sink?.flush();
    const scanned = scan ? await scanSite(outputDir) : undefined;
    // Both run to the end before a failure is reported: nothing keeps writing into a folder being discarded.
    const [pages, index] = await Promise.allSettled([
      writeGeneratedPages(outputDir, {
        model, collected: this.collected, pathPrefix: options.pathPrefix, siteUrl: settings.siteUrl, mode: options.mode,
        unchanged: (hb, records) => this.unchanged(hb, records), sink,
      }),
      scanned?.write(),
    ]);
    this.collected.dispose();
    if (pages.status === "rejected") throw pages.reason;
    if (index.status === "rejected") throw index.reason;
    if (scanned && key !== undefined) await storeIndex(cacheDir!, key, outputDir).catch((e) => cacheNotWritten(cacheDir!, e));
    const generated = pages.value;
    await writeRedirects(outputDir, this.redirects, { ...linkCtx, lang: model.lang });
    const site = settings.siteUrl;
    const entries = [
      ...[...model.pages.values()].map((p) => ({ loc: canonicalUrl(linkCtx, p.url), lastmod: this.pageFacts(p).updated })),
      ...generated.listed.map((url) => ({ loc: canonicalUrl(linkCtx, url) })),
    ];
    await writeSiteFiles(outputDir, {
      // Sitemaps need absolute URLs: without a site URL there is none to write.
      sitemap: site ? sitemapXml(entries) : undefined,
      robots: robotsTxt(site ? canonicalUrl(linkCtx, "/sitemap.xml") : undefined),
      cname: settings.cname,
    });
  }
}
