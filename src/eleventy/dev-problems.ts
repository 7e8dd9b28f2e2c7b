// The dev server (`npm start`) keeps serving when content is broken. While
// the last build had errors, every page it serves carries a panel listing
// them (this page's first) with file:line and the hint; a page that could
// not be built is replaced by the panel alone. Saving a fix rebuilds, the
// browser reloads by itself (the dev server's live reload) and the panel goes.
import { existsSync, readFileSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { formatDiagnostic, type Diagnostic } from "../checks/diagnostics.ts";
import { countErrors, problemCount } from "../checks/report.ts";
import { shownPath } from "../checks/shown-path.ts";
import { urlForRelPath } from "../content/urls.ts";
import { escapeHtml as escape } from "../../layouts/lib/html.ts";
import type { BuildState } from "./build-state.ts";

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export function devProblemsMiddleware(state: BuildState): Middleware {
  return (req, res, next) => {
    const problems = state.lastProblems;
    if (countErrors(problems) === 0 || req.method !== "GET") return next();
    const url = sitePath(req.url ?? "/", state.options.pathPrefix);
    if (url === undefined || !/(\/|\.html)$/.test(url)) return next();
    const file = path.join(state.options.outputDir, url.endsWith("/") ? `${url}index.html` : url);
    const built = existsSync(file) && statSync(file).isFile() ? readFileSync(file, "utf8") : undefined;
    const panel = problemsPanel(problems, fileShownAt(state, url));
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    if (built !== undefined) {
      res.statusCode = 200;
      res.end(built.replace(/<body[^>]*>/, (body) => `${body}\n${panel}`));
    } else {
      res.statusCode = 500;
      res.end(`<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Folio: content problems</title></head><body>\n${panel}\n</body></html>`);
    }
  };
}

/** The request path without the path prefix, or undefined when outside it. */
function sitePath(requestUrl: string, prefix: string): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl, "http://localhost").pathname);
  } catch {
    return undefined; // a malformed address: let the server answer it
  }
  if (!pathname.startsWith(prefix)) return undefined;
  return `/${pathname.slice(prefix.length)}`;
}

/** The source file (as shown in messages) of the page at `url`, loaded or not. */
function fileShownAt(state: BuildState, url: string): string | undefined {
  const loaded = state.loadedPages.find((p) => p.url === url);
  if (loaded) return loaded.displayPath;
  const rel = state.unreadable.find((r) => urlForRelPath(r) === url);
  return rel && shownPath(path.join(state.options.contentDir, rel));
}

export function problemsPanel(problems: readonly Diagnostic[], thisFile: string | undefined): string {
  const here = problems.filter((d) => d.file === thisFile);
  const elsewhere = problems.filter((d) => d.file !== thisFile);
  const list = (ds: readonly Diagnostic[]) =>
    `<ul style="margin:.25rem 0 .75rem;padding-left:1.25rem">${ds
      .map((d) => `<li style="margin:.2rem 0"><code style="white-space:pre-wrap">${escape(formatDiagnostic(d))}</code></li>`)
      .join("")}</ul>`;
  return (
    `<details open id="folio-problems" role="alert" style="position:relative;z-index:1000;margin:0;padding:.75rem 1rem;` +
    `background:#fff4f4;color:#5c0000;border-bottom:3px solid #b00020;font:15px/1.45 system-ui,sans-serif">` +
    `<summary style="cursor:pointer;font-weight:700">Folio: ${escape(problemCount(problems))}. ` +
    `Fix and save: the site rebuilds and this page reloads by itself.</summary>` +
    (here.length > 0 ? `<p style="margin:.5rem 0 0;font-weight:600">This page</p>${list(here)}` : "") +
    (elsewhere.length > 0 ? `<p style="margin:.5rem 0 0;font-weight:600">${here.length > 0 ? "Elsewhere" : "In the content"}</p>${list(elsewhere)}` : "") +
    `</details>`
  );
}
