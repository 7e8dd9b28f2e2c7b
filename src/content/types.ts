// The content model: what the loader reads from `content/` and what layouts
// and navigation are computed from. Built once per build (see site-model.ts),
// never once per page.

/** Front matter after validation (see schema.ts). Unknown fields are kept. */
export interface FrontMatter {
  title: string;
  description?: string;
  nav_title?: string;
  order?: number;
  draft?: boolean;
  updated?: Date;
  redirect_from?: string[];
  related?: string[];
  /** Publishing settings (content/index.md only): see src/publish/settings.ts. */
  site_url?: string;
  repository?: string;
  repository_branch?: string;
  cname?: string;
  [field: string]: unknown;
}

/**
 * home: content/index.md; landing: handbooks/<hb>/index.md;
 * section: handbooks/<hb>/<file>.md; page: any other Markdown file.
 */
export type PageKind = "home" | "landing" | "section" | "page";

export interface SourcePage {
  /** Path relative to the content folder, with forward slashes: "handbooks/nlp/section5.md". */
  relPath: string;
  /** Path as shown to authors in messages: relative to the working directory. */
  displayPath: string;
  /** Site URL without the path prefix: "/handbooks/nlp/section5/". */
  url: string;
  kind: PageKind;
  /** The handbook folder name for landings and sections. */
  handbook?: string;
  data: FrontMatter;
  /** 1-based line of the file on which the Markdown body starts. */
  bodyLine: number;
  /** Position within the handbook (sections only): `order`, else the file name's number. */
  order: number;
  /** Line of the `order` field, or 1 when the order came from the file name. */
  orderLine: number;
  /** Estimated minutes to read the body (src/content/reading-time.ts); set once per build by BuildState.reload. */
  readingMinutes?: number;
}

export interface Handbook {
  slug: string;
  url: string;
  title: string;
  description: string;
  /** The handbook's index.md; absent when the folder has none. */
  landing?: SourcePage;
  /** Published sections in reading order. */
  sections: SourcePage[];
}

export interface SiteModel {
  title: string;
  lang: string;
  home?: SourcePage;
  handbooks: Handbook[];
  /** Every page that is built, by relPath. */
  pages: Map<string, SourcePage>;
  /** Handbook by slug. */
  handbookBySlug: Map<string, Handbook>;
}

export interface NavLink {
  title: string;
  url: string;
}

export interface PrevNext {
  prev?: NavLink;
  next?: NavLink;
}
