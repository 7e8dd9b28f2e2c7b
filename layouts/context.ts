// What every layout receives: typed page data, computed once per build by
// src/content (the model) and per page by the Eleventy wiring (content, toc).
import type { Handbook, PrevNext, SiteModel, SourcePage } from "../src/content/types.ts";

export interface TocEntry {
  level: 2 | 3;
  id: string;
  /** Plain text of the heading (already stripped of markup, not escaped). */
  text: string;
}

export interface PageContext {
  model: SiteModel;
  page: SourcePage;
  /** The handbook of a landing or section page. */
  handbook?: Handbook;
  /** Previous/next for a section page (prev of the first section is the landing). */
  nav?: PrevNext;
  /** Rendered Markdown body: trusted HTML from our own pipeline. */
  contentHtml: string;
  /** ## and ### headings of the body, in order. */
  toc: TocEntry[];
  /** True when the body holds KaTeX output: only then is KaTeX CSS linked. */
  hasMath: boolean;
  /** Path prefix, normalised to start and end with "/" ("/" when none). */
  pathPrefix: string;
  /** Absolute site URL without trailing slash ("https://x.github.io/repo"), when configured. */
  siteUrl?: string;
  /** Last change: front matter `updated`, else the file's last commit; absent without git history. */
  updated?: Date;
  /** The page's source file on the repository's web site, when a repository is configured. */
  editUrl?: string;
  /** 1-based position of a section in its handbook's reading order. */
  position?: number;
  /** Site-relative URLs (no prefix yet) of the built assets. */
  assets: { css: string; js: string; katexCss: string };
  /** "production" leaves drafts out; "development" shows them marked as drafts. */
  mode: "production" | "development";
}
