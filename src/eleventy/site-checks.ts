// The end of every build: the site-wide checks over what the pages recorded
// while rendering (every page's ids are known only now), then one report of
// all problems, grouped by file. Errors fail a build or a check; the dev
// server keeps running and shows them instead (dev-problems.ts).
import { FolioError, type Diagnostic } from "../checks/diagnostics.ts";
import { checkLinks, type TargetPage } from "../checks/links.ts";
import { checkSummary, countErrors, groupedLines, plural, problemCount, sortDiagnostics } from "../checks/report.ts";
import { shownPath } from "../checks/shown-path.ts";
import type { CodeHighlighter } from "../markdown/highlighter.ts";
import type { BuildState } from "./build-state.ts";

/** What Eleventy hands `eleventy.after` for each page it built (ours and any other plugin's). */
export interface BuiltPage {
  url?: unknown;
}

export function siteProblems(state: BuildState, results: readonly BuiltPage[]): Diagnostic[] {
  const pages = new Map<string, TargetPage>(
    state.loadedPages.map((p) => [p.relPath, { relPath: p.relPath, url: p.url, draft: p.data.draft === true }]),
  );
  // Pages other plugins add (redirects, a 404 page…) and old URLs that redirect.
  const otherUrls = new Set<string>();
  for (const r of results) if (typeof r.url === "string") otherUrls.add(r.url);
  for (const p of state.loadedPages) for (const u of p.data.redirect_from ?? []) otherUrls.add(`/${u.replace(/^\/+/, "")}`);
  // Pages Folio writes itself after rendering: 404, and each handbook's print and resource pages.
  for (const u of state.publish.generatedPageUrls()) otherUrls.add(u);
  const linkProblems = checkLinks(state.collector.links, {
    pages,
    unreadable: new Set(state.unreadable),
    ids: state.collector.ids,
    files: new Set(state.otherFiles),
    isOtherUrl: (url) => otherUrls.has(url) || otherUrls.has(`${url}/`) || url.startsWith("/assets/"),
    contentLabel: shownPath(state.options.contentDir),
  });
  return sortDiagnostics([...state.loadProblems, ...state.collector.errors(), ...state.warnings.list(), ...linkProblems]);
}

/** Markdown files looked at: those that loaded and those that could not. */
export function pagesChecked(state: BuildState): number {
  return state.loadedPages.length + state.unreadable.length;
}

/**
 * Reports the build's problems. Throws a FolioError carrying all of them
 * when there is an error, except in the dev server, which prints them and
 * keeps serving (each page then shows them).
 */
export function endOfBuild(state: BuildState, results: readonly BuiltPage[]): void {
  const problems = siteProblems(state, results);
  state.lastProblems = problems;
  const { mode, check } = state.options;
  if (mode === "development" && !check) {
    if (problems.length === 0) return;
    for (const line of groupedLines(problems)) console.error(line);
    console.error(
      countErrors(problems) > 0
        ? `Folio: ${problemCount(problems)}; the pages show them until you fix the files (the site rebuilds on save).`
        : `Folio: ${plural(problems.length, "warning")}.`,
    );
    return;
  }
  if (countErrors(problems) > 0) throw new FolioError(problems, pagesChecked(state));
  if (check) {
    for (const line of groupedLines(problems)) console.log(line);
    if (problems.length > 0) console.log("");
    console.log(checkSummary(problems, pagesChecked(state)));
  } else {
    for (const line of groupedLines(problems)) console.warn(line);
  }
}

/** For `check`: knows the same languages (so unknown ones are still reported), colours nothing. */
export function withoutColours(highlighter: CodeHighlighter): CodeHighlighter {
  return {
    isKnown: (lang) => highlighter.isKnown(lang),
    highlight: (code) => `<pre class="shiki"><code>${code.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</code></pre>`,
  };
}
