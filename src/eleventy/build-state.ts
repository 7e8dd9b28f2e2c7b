// Everything computed once per build and shared by every page: the site
// model, navigation per handbook, warnings. Reloaded before each (re)build.
import path from "node:path";
import { Collector } from "../checks/collector.ts";
import { WarningLog, type Diagnostic } from "../checks/diagnostics.ts";
import { loadContentReport } from "../content/load.ts";
import { navigationFor } from "../content/navigation.ts";
import { readingMinutes } from "../content/reading-time.ts";
import { buildSiteModel } from "../content/site-model.ts";
import type { PrevNext, SiteModel, SourcePage } from "../content/types.ts";
import type { CodeHighlighter } from "../markdown/highlighter.ts";
import { PublishState } from "../publish/state.ts";
import type { FolioOptions } from "./options.ts";

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

  constructor(
    readonly options: FolioOptions,
    readonly highlighter: CodeHighlighter,
  ) {
    this.publish = new PublishState(options);
  }

  private frontMatterByText = new Map<string, unknown>();

  /**
   * Eleventy parses each page's front matter again; this hands it what the
   * loader already parsed (a copy, so Eleventy's data cascade cannot change ours).
   */
  frontMatterFor(text: string): Record<string, unknown> | undefined {
    const data = this.frontMatterByText.get(yamlKey(text));
    return data && typeof data === "object" ? { ...(data as Record<string, unknown>) } : undefined;
  }

  /**
   * Reads all content, validates it and computes navigation. Bad files are
   * recorded in loadProblems and left out; the build reports them at its end.
   */
  async reload(): Promise<void> {
    this.warnings.clear();
    this.collector.clear();
    const report = await loadContentReport(this.options.contentDir);
    const files = report.files;
    this.loadProblems = report.problems;
    this.loadedPages = files.map((f) => f.page);
    this.frontMatterByText = new Map(files.flatMap((f) => (f.yaml ? [[yamlKey(f.yaml.text), f.yaml.data]] : [])));
    this.unreadable = report.unreadable;
    this.otherFiles = report.otherFiles;
    for (const f of files) f.page.readingMinutes = readingMinutes(f.body);
    this.model = buildSiteModel(files, {
      includeDrafts: this.options.mode === "development",
      onProblem: (d) => this.loadProblems.push(d),
    });
    this.nav = new Map();
    for (const handbook of this.model.handbooks) {
      for (const [rel, pn] of navigationFor(handbook)) this.nav.set(rel, pn);
    }
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
