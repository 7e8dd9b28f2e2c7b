// What the HTML and Markdown converters of one page share: where its text
// came from, how links are mapped, and what they noticed on the way.
import type { ImportLog } from "./log.ts";
import type { Masked } from "./mask.ts";
import type { Origin } from "./types.ts";

export interface NavHint {
  rel: "prev" | "next";
  url: string;
  origin: Origin;
}

export interface ConvertContext {
  /** The source file whose report entry this page's notes go to. */
  page: string;
  log: ImportLog;
  /** The page's text with code and math masked; DOM offsets index into it. */
  masked: Masked;
  /** Where the character at an offset of the masked text was written. */
  originAt(offset: number): Origin;
  /** The href to write for a link on this page, or undefined when it leads to a page that never existed. */
  link(href: string, offset: number, kind: "link" | "image"): string | undefined;
  /**
   * Inline HTML converted inside a Markdown run is held behind a placeholder,
   * so the run's own processing (links, outlines) does not convert it twice.
   */
  hold(markdown: string): string;
  /** Handbook pages: their scripts drive the tab UI, which is not imported. */
  dropInlineScripts: boolean;
  state: {
    lastHeadingLevel: number;
    /** Hand-written previous/next links found on the page (compared, never imported). */
    nav: NavHint[];
    /** Heading level of plain-text outline chapters, fixed by the page's first outline. */
    chapterLevel?: number;
  };
}
