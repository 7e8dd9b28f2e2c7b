// Shapes shared by the importer's steps: what was read from the Jekyll site,
// where each piece goes in the Folio content folder, and what became of it.

/** A file of the Jekyll site. `rel` is relative to the site root, with forward slashes. */
export interface SiteFile {
  rel: string;
  abs: string;
  text: string;
}

/** Where a line of (resolved) text came from, for file:line messages. */
export interface Origin {
  file: string;
  line: number;
}

/** A Jekyll page or include that becomes a handbook section. */
export interface SectionPlan {
  source: SiteFile;
  handbook: string;
  /** Output path relative to the content folder: "handbooks/nlp/section2.md". */
  out: string;
  /** The label a handbook page's tab or list gave this section, if any. */
  label?: string;
  /** How the section was found: served as its own page, or pulled into a handbook page. */
  via: "page" | "include" | "unincluded";
  /** URLs the section was served at on the old site. */
  oldUrls: string[];
  /** Written as `order:` when file numbers alone would not keep the source order. */
  order?: number;
}

export interface HandbookPlan {
  slug: string;
  /** The hand-written handbook page, if the site has one. */
  page?: SiteFile;
  oldUrls: string[];
  sections: SectionPlan[];
  /** Folders whose section files belong to this handbook (for unincluded files). */
  folders: Set<string>;
}

/** A page outside the handbooks (the home page, "about"), imported as is. */
export interface PagePlan {
  source: SiteFile;
  out: string;
  oldUrls: string[];
}

/** Where a handbook's landing page (its index.md) is written in the Folio content folder. */
export function landingOut(slug: string): string {
  return `handbooks/${slug}/index.md`;
}

export interface SitePlan {
  handbooks: HandbookPlan[];
  pages: PagePlan[];
  /** Files read but not imported, with the reason (reported, never silent). */
  skipped: Array<{ rel: string; reason: string }>;
}
