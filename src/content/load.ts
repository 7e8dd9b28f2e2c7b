// Load: read every Markdown file under the content folder once, validate
// its front matter, and classify it. Pure apart from the file reads.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { classify, numberInFileName } from "./classify.ts";
import { parseSourceFile } from "./front-matter.ts";
import { contentError } from "../checks/diagnostics.ts";
import type { SourcePage } from "./types.ts";
import { urlForRelPath } from "./urls.ts";

export interface LoadedFile {
  page: SourcePage;
  body: string;
}

/** Markdown files under `contentDir`, sorted for a stable build. */
export async function listMarkdownFiles(contentDir: string): Promise<string[]> {
  const entries = await readdir(contentDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".md") && !isIgnored(e))
    .map((e) => path.relative(contentDir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .filter((rel) => !rel.split("/").some((part) => part.startsWith("_") || part.startsWith(".") || part === "node_modules"))
    .sort();
}

function isIgnored(e: { name: string }): boolean {
  return e.name.startsWith(".");
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
  };
  return { page, body: parsed.body };
}

export async function loadContent(contentDir: string, cwd = process.cwd()): Promise<LoadedFile[]> {
  const files = await listMarkdownFiles(contentDir);
  return Promise.all(
    files.map(async (rel) => {
      const abs = path.join(contentDir, rel);
      const source = await readFile(abs, "utf8");
      return loadSource(rel, path.relative(cwd, abs) || rel, source);
    }),
  );
}
