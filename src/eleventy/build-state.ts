// Everything computed once per build and shared by every page: the site
// model, navigation per handbook, warnings. Reloaded before each (re)build.
import path from "node:path";
import { Collector } from "../checks/collector.ts";
import { WarningLog, type Diagnostic } from "../checks/diagnostics.ts";
import { IGNORED_FIELDS } from "../content/front-matter.ts";
import { loadContentReport, type LoadCache } from "../content/load.ts";
import { navigationFor } from "../content/navigation.ts";
import { buildSiteModel } from "../content/site-model.ts";
import type { PrevNext, SiteModel, SourcePage } from "../content/types.ts";
import type { CodeHighlighter } from "../markdown/highlighter.ts";
import { PublishState } from "../publish/state.ts";
import type { FolioOptions } from "./options.ts";
import { PageWriter } from "./page-writer.ts";
import { Relayout } from "./relayout.ts";
import { codeVersion } from "./code-version.ts";
import { StoredLoadCache } from "./load-cache.ts";

export class BuildState {
  model: SiteModel = buildSiteModel([], { includeDrafts: false });
  nav = new Map<string, PrevNext>();
  readonly warnings = new WarningLog();
  /** Publishing: URL claims, git dates, generated pages, search (src/publish/). Set in the constructor. */
  readonly publish: PublishState;
  /** What the Markdown plugins record while pages render (errors, links, ids), for the checks at the end. */
  readonly collector = new Collector();
  /** Problems found while loading: front matter, duplicate orders, typos, empty sections. */
  loadProblems: Diagnostic[] = [];
  /** Every page that loaded, drafts included (the model holds only those built). */
  loadedPages: SourcePage[] = [];
  /** Markdown files that could not be loaded, and every other content file (relPaths). */
  unreadable: string[] = [];
  otherFiles: string[] = [];
  /** The problems of the last finished build (the dev server shows them on every page). */
  lastProblems: Diagnostic[] = [];
  /**
   * Dev server: rebuilds re-read only changed files (`loadCache`; production builds keep it on disk), and
   * pages that show what an edit changed are laid out again (`relayout`)
   * while Eleventy renders only the saved file (its incremental mode).
   */
  readonly relayout?: Relayout;
  /** Production builds: Folio writes the pages, Eleventy runs dry (see page-writer.ts). */
  readonly pages?: PageWriter;
  private readonly loadCache?: LoadCache;
  /** Production builds with a cache folder: the load cache kept on disk between builds. */
  private readonly storedLoad?: StoredLoadCache;

  constructor(
    readonly options: FolioOptions,
    readonly highlighter: CodeHighlighter,
  ) {
    this.publish = new PublishState(options);
    if (options.mode === "development" && !options.check) {
      this.relayout = new Relayout();
      this.loadCache = new Map();
    } else if (options.writePages && options.cacheDir) {
      // Messages name files relative to the working folder: part of what a stored result depends on.
      this.storedLoad = new StoredLoadCache(options.cacheDir, options.contentDir, JSON.stringify({ code: codeVersion(), cwd: process.cwd() }));
      this.loadCache = this.storedLoad.entries;
    }
    if (options.writePages) this.pages = new PageWriter();
  }

  private frontMatterByText = new Map<string, unknown>();

  /**
   * Eleventy parses each page's front matter again; this hands it what the
   * loader already parsed (a copy, so Eleventy's data cascade cannot change ours).
   */
  frontMatterFor(text: string): Record<string, unknown> | undefined {
    const data = this.frontMatterByText.get(yamlKey(text));
    if (!data || typeof data !== "object") return undefined;
    const copy = { ...(data as Record<string, unknown>) };
    // Folio decides every page's layout and address (a warning tells the author).
    for (const field of Object.keys(IGNORED_FIELDS)) delete copy[field];
    return copy;
  }

  /**
   * Reads all content, validates it and computes navigation. Bad files are
   * recorded in loadProblems and left out; the build reports them at its end.
   */
  async reload(): Promise<void> {
    // The dev server keeps what unchanged pages recorded: Eleventy may not render them again.
    // A page's records are replaced when it renders (forgetRendered) or dropped when it goes (below).
    if (!this.relayout) {
      this.warnings.clear();
      this.collector.clear();
    }
    const before = this.model;
    const report = await loadContentReport(this.options.contentDir, this.loadCache, this.storedLoad ? "content" : "mtime");
    const files = report.files;
    this.loadProblems = report.problems;
    this.loadedPages = files.map((f) => f.page);
    this.frontMatterByText = new Map(files.flatMap((f) => (f.yaml ? [[yamlKey(f.yaml.text), f.yaml.data]] : [])));
    this.unreadable = report.unreadable;
    this.otherFiles = report.otherFiles;
    // Before the model is built from the pages: what is stored is what loading gave.
    this.storedLoad?.save();
    this.model = buildSiteModel(files, {
      includeDrafts: this.options.mode === "development",
      onProblem: (d) => this.loadProblems.push(d),
    });
    this.nav = new Map();
    for (const handbook of this.model.handbooks) {
      for (const [rel, pn] of navigationFor(handbook)) this.nav.set(rel, pn);
    }
    if (this.relayout) {
      for (const [rel, p] of before.pages) if (!this.model.pages.has(rel)) this.forgetRendered(p);
      this.relayout.plan(this.model);
    }
  }

  private contentOnly = false;

  /**
   * Dev server, before a rebuild, with the files Eleventy saw change: they
   * are read again even if their size and time look unchanged, and when all
   * are content Markdown the assets need not be written again.
   */
  filesChanged(changed: readonly string[]): void {
    const rels = changed.map((p) => path.relative(this.options.contentDir, path.resolve(p)));
    this.contentOnly = rels.length > 0 && rels.every((rel) => !rel.startsWith("..") && !path.isAbsolute(rel) && rel.endsWith(".md"));
    for (const rel of rels) this.loadCache?.delete(rel.split(path.sep).join("/"));
  }

  /** True once after a rebuild caused only by content Markdown edits (see filesChanged). */
  takeContentOnly(): boolean {
    const only = this.contentOnly;
    this.contentOnly = false;
    return only;
  }

  /** A page is about to render (or is gone): drop what its last render recorded. */
  forgetRendered(page: SourcePage): void {
    this.collector.forgetPage(page.relPath, page.displayPath);
    this.warnings.forgetFile(page.displayPath);
  }

  /** The content-relative path of an Eleventy inputPath. */
  relPathOf(inputPath: string): string {
    return path.relative(this.options.contentDir, path.resolve(inputPath)).split(path.sep).join("/");
  }

  pageOf(inputPath: string): SourcePage | undefined {
    return this.model.pages.get(this.relPathOf(inputPath));
  }
}

/** The same YAML as the loader saw it and as Eleventy's parser passes it (line ends, outer blank lines). */
function yamlKey(text: string): string {
  return text.replace(/\r\n/g, "\n").trim();
}
