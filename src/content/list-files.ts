// The Markdown files of a content folder. Kept apart from load.ts (and its
// YAML and schema imports) so the prehighlight worker can list files cheaply.
import { readdir } from "node:fs/promises";
import path from "node:path";

/** Markdown files under `contentDir`, sorted for a stable build. */
export async function listMarkdownFiles(contentDir: string): Promise<string[]> {
  const entries = await readdir(contentDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".md") && !e.name.startsWith("."))
    .map((e) => path.relative(contentDir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .filter((rel) => !rel.split("/").some((part) => part.startsWith("_") || part.startsWith(".") || part === "node_modules"))
    .sort();
}
