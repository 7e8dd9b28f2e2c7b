// What the Markdown plugins may know about the outside world. Eleventy hands
// its page data to md.render() as `env`; plugins never read it themselves but
// ask this context, so unit tests can pass a fake one.
import type { Collector } from "../checks/collector.ts";
import type { WarningLog } from "../checks/diagnostics.ts";
import type { CodeHighlighter } from "./highlighter.ts";
import type { RenderCache } from "./render-cache.ts";

export interface MarkdownContext {
  /**
   * File (as shown to authors) and 1-based file line for a token line
   * (token.map[0], 0-based, counted from the start of the BODY) of the page
   * being rendered.
   */
  locate(env: unknown, bodyLine0: number): { file: string; line: number };
  /** relPath under content/ of the page being rendered, e.g. "handbooks/nlp/section5.md" (undefined outside a page). */
  pageRelPath(env: unknown): string | undefined;
  warnings: WarningLog;
  highlighter: CodeHighlighter;
  /** "/" or "/repo/". */
  pathPrefix: string;
  /** Typeset formulas kept between renders and builds (see createMathCache); optional. */
  mathCache?: RenderCache;
  /**
   * During a build: where plugins record errors (so one render finds them
   * all), links, images and heading ids for the site-wide checks. Without
   * it (unit tests) an error throws at once.
   */
  collect?: Collector;
}
