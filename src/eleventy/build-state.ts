// Everything computed once per build and shared by every page: the site
// model, navigation per handbook, warnings. Reloaded before each (re)build.
import path from "node:path";
import { WarningLog } from "../checks/diagnostics.ts";
import { loadContent } from "../content/load.ts";
import { navigationFor } from "../content/navigation.ts";
import { buildSiteModel } from "../content/site-model.ts";
import type { PrevNext, SiteModel, SourcePage } from "../content/types.ts";
import { findFenceLanguages, type CodeHighlighter } from "../markdown/highlighter.ts";
import type { FolioOptions } from "./options.ts";

export class BuildState {
  model: SiteModel = buildSiteModel([], { includeDrafts: false });
  nav = new Map<string, PrevNext>();
  readonly warnings = new WarningLog();

  constructor(
    readonly options: FolioOptions,
    readonly highlighter: CodeHighlighter,
  ) {}

  /** Reads all content, validates it and computes navigation; throws FolioError on bad content. */
  async reload(): Promise<void> {
    this.warnings.clear();
    const files = await loadContent(this.options.contentDir);
    this.model = buildSiteModel(files, { includeDrafts: this.options.mode === "development" });
    this.nav = new Map();
    for (const handbook of this.model.handbooks) {
      for (const [rel, pn] of navigationFor(handbook)) this.nav.set(rel, pn);
    }
    const langs = new Set<string>();
    for (const f of files) for (const l of findFenceLanguages(f.body)) langs.add(l);
    await this.highlighter.ensureLanguages(langs);
  }

  /** The content-relative path of an Eleventy inputPath. */
  relPathOf(inputPath: string): string {
    return path.relative(this.options.contentDir, path.resolve(inputPath)).split(path.sep).join("/");
  }

  pageOf(inputPath: string): SourcePage | undefined {
    return this.model.pages.get(this.relPathOf(inputPath));
  }
}
