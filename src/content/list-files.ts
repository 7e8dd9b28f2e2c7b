// The files of a content folder, in one walk. Kept apart from load.ts (and
// its YAML and schema imports) so the prehighlight worker can list files cheaply.
import { readdir } from "node:fs/promises";
import path from "node:path";

export interface ContentFiles {
  /** Markdown files, sorted for a stable build. */
  markdown: string[];
  /** Every other file (images, PDFs…), for copying and the link checks. */
  other: string[];
}

/** Content-relative paths; anything under a name starting with _ or ., and node_modules, is not content. */
export async function listContentFiles(contentDir: string): Promise<ContentFiles> {
  const entries = await readdir(contentDir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(contentDir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .filter((rel) => !rel.split("/").some((part) => part.startsWith("_") || part.startsWith(".") || part === "node_modules"));
  return { markdown: files.filter((f) => f.endsWith(".md")).sort(), other: files.filter((f) => !f.endsWith(".md")) };
}

export async function listMarkdownFiles(contentDir: string): Promise<string[]> {
  return (await listContentFiles(contentDir)).markdown;
}
