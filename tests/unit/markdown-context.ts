// A fake MarkdownContext for unit tests: no Eleventy, one pretend page.
import { FolioError, WarningLog, formatDiagnostic } from "../../src/checks/diagnostics.ts";
import { createMarkdown, type CodeHighlighter, type MarkdownContext } from "../../src/markdown/index.ts";

export interface FakeContextOptions {
  /** Lines before the body (front matter); locate() adds it. */
  offset?: number;
  /** The page being rendered; pass undefined explicitly for "outside a page". */
  pageRelPath?: string | undefined;
  pathPrefix?: string;
  highlighter?: CodeHighlighter;
}

/** Knows no language, so fences render as plain text; for tests that do not need Shiki. */
export const noHighlighter: CodeHighlighter = {
  isKnown: () => false,
  highlight: () => {
    throw new Error("noHighlighter cannot highlight");
  },
};

export function fakeContext(options: FakeContextOptions = {}): MarkdownContext {
  const page = "pageRelPath" in options ? options.pageRelPath : "handbooks/nlp/section5.md";
  return {
    locate: (_env, bodyLine0) => ({ file: "fixture.md", line: bodyLine0 + 1 + (options.offset ?? 0) }),
    pageRelPath: () => page,
    warnings: new WarningLog(),
    highlighter: options.highlighter ?? noHighlighter,
    pathPrefix: options.pathPrefix ?? "/",
  };
}

/** Renders with a fresh pipeline; returns the HTML and the warnings as printed lines. */
export function render(source: string, options: FakeContextOptions = {}): { html: string; warnings: string[] } {
  const ctx = fakeContext(options);
  const html = createMarkdown(ctx).render(source, {});
  return { html, warnings: ctx.warnings.list().map(formatDiagnostic) };
}

/** The error lines a render stops with, as the CLI prints them; fails if it does not stop. */
export function renderError(source: string, options: FakeContextOptions = {}): string {
  try {
    render(source, options);
  } catch (error) {
    if (error instanceof FolioError) return error.message;
    throw error;
  }
  throw new Error(`expected a FolioError rendering:\n${source}`);
}
