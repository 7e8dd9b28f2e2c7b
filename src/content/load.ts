// Load: read every Markdown file under the content folder once, validate
// its front matter, and classify it. Pure apart from the file reads.
import { readFileSync, statSync } from "node:fs";
import { listContentFiles } from "./list-files.ts";
import path from "node:path";
import { classify, numberInFileName } from "./classify.ts";
import { parseSourceFile } from "./front-matter.ts";
import { sha1 } from "./sha1.ts";
import { shownPath } from "../checks/shown-path.ts";
import { contentError, FolioError, type Diagnostic } from "../checks/diagnostics.ts";
import type { SourcePage } from "./types.ts";
import { urlForRelPath } from "./urls.ts";
import { readingMinutes } from "./reading-time.ts";

export interface LoadedFile {
  page: SourcePage;
  /** Problems that do not stop the page (a field that looks like a typo, an empty section). */
  warnings?: Diagnostic[];
  /** The front matter as written and as parsed, for Eleventy (see BuildState.frontMatterFor). */
  yaml?: { text: string; data: unknown };
}

export function loadSource(relPath: string, displayPath: string, source: string): LoadedFile {
  const parsed = parseSourceFile(displayPath, source);
  const { kind, handbook } = classify(relPath);
  let order = 0;
  let orderLine = 1;
  if (kind === "section") {
    const fromName = numberInFileName(relPath);
    if (parsed.data.order !== undefined) {
      order = parsed.data.order;
      orderLine = parsed.fieldLines.get("order") ?? 1;
    } else if (fromName !== undefined) {
      order = fromName;
    } else {
      throw contentError({
        file: displayPath, line: 1, col: 1,
        message: "cannot tell where this section goes in its handbook: its file name has no number and it has no order",
        hint: "add  order: N  to the front matter, or name the file sectionN.md",
      });
    }
  }
  if ((kind === "section" || kind === "landing") && parsed.data.description === undefined) {
    throw contentError({
      file: displayPath, line: parsed.fieldLines.get("title") ?? 1, col: 1,
      message: `front matter: description is missing (${kind === "section" ? "sections" : "handbook pages"} need one for cards and search results)`,
      hint: 'add one sentence, e.g.  description: "What this page teaches."',
    });
  }
  const page: SourcePage = {
    relPath, displayPath, url: urlForRelPath(relPath), kind, handbook,
    data: parsed.data, bodyLine: parsed.bodyLine, order, orderLine,
    // Counting words is all the body is read for here (Eleventy reads the file itself): it is not kept.
    readingMinutes: readingMinutes(parsed.body),
  };
  const warnings = [...parsed.warnings];
  if (kind === "section" && parsed.body.trim() === "") {
    warnings.push({
      file: displayPath, line: parsed.bodyLine - 1, col: 1, severity: "warning",
      message: "this section is empty: there is nothing below its front matter",
      hint: "write the section below the closing ---, or mark it  draft: true  until it is ready",
    });
  }
  return { page, warnings, yaml: parsed.yaml };
}

export interface ContentReport {
  files: LoadedFile[];
  /** Every problem found while loading, errors and warnings; a file with an error is left out of files. */
  problems: Diagnostic[];
  /** relPaths of Markdown files that could not be loaded (they exist: links to them are not reported again). */
  unreadable: string[];
  /** relPaths of every other file under the content folder (images, PDFs…), for the link checks. */
  otherFiles: string[];
}

/**
 * Loads every Markdown file; a bad file is reported and skipped instead of
 * stopping at the first. With a cache, a file unchanged since the last load
 * is not loaded again. `stampBy` says how a file is known to be unchanged:
 * "mtime" (size and modification time; the dev server, which also hears of
 * every save) reads nothing; "content" (a hash; a cache kept on disk) also
 * holds after a fresh checkout, which gives every file a new time.
 */
export async function loadContentReport(
  contentDir: string, cache?: LoadCache, stampBy: "mtime" | "content" = "mtime",
): Promise<ContentReport> {
  const { markdown: files, other: otherFiles } = await listContentFiles(contentDir);
  const report: ContentReport = { files: [], problems: [], unreadable: [], otherFiles };
  // Read one after another: a thousand small files are read in a third of
  // the time that many concurrent readFile() round trips take.
  const loaded = files.map((rel) => {
    const abs = path.join(contentDir, rel);
    let source = stampBy === "content" && cache ? readFileSync(abs, "utf8") : undefined;
    const stamp = !cache ? "" : source !== undefined ? sha1(source) : ((s) => `${s.mtimeMs}:${s.size}`)(statSync(abs));
    const hit = cache?.get(rel);
    if (hit && hit.stamp === stamp) return hit.result;
    source ??= readFileSync(abs, "utf8");
    const result = loadOrProblems(rel, shownPath(abs), source);
    cache?.set(rel, { stamp, result });
    return result;
  });
  if (cache) {
    const present = new Set(files);
    for (const rel of cache.keys()) if (!present.has(rel)) cache.delete(rel);
  }
  files.forEach((rel, i) => {
    const f = loaded[i]!;
    if ("problems" in f) {
      report.problems.push(...f.problems);
      report.unreadable.push(rel);
      return;
    }
    report.files.push(f);
    report.problems.push(...(f.warnings ?? []));
  });
  return report;
}

/** What loading one file gave, kept between rebuilds (dev server) or builds (load-cache.ts): stamp (see stampBy) → result. */
export type LoadCache = Map<string, LoadCacheEntry>;
export type LoadCacheEntry = { stamp: string; result: LoadedFile | { problems: Diagnostic[] } };

function loadOrProblems(rel: string, shown: string, source: string): LoadedFile | { problems: Diagnostic[] } {
  try {
    return loadSource(rel, shown, source);
  } catch (error) {
    if (!(error instanceof FolioError)) throw error;
    return { problems: error.diagnostics };
  }
}

