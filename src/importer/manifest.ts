// What the last import wrote: a SHA-256 per file, in `.folio-import.json`
// inside the output folder (dot files are neither built nor published). A
// file whose bytes no longer match its recorded hash was edited by hand
// since, and an import leaves it alone unless run with --force.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";

export const MANIFEST_NAME = ".folio-import.json";

export interface Manifest {
  /** Output path (relative to the output folder) → SHA-256 of what the import wrote. */
  files: Record<string, string>;
}

export function hashOf(content: string | Buffer): string {
  return createHash("sha256").update(content).digest("hex");
}

export async function readManifest(outDir: string): Promise<Manifest> {
  const text = await readFile(path.join(outDir, MANIFEST_NAME), "utf8").catch(() => undefined);
  if (text === undefined) return { files: {} };
  try {
    const data = JSON.parse(text) as Partial<Manifest>;
    return { files: typeof data.files === "object" && data.files ? { ...data.files } : {} };
  } catch {
    // An unreadable manifest protects nothing: every existing file counts as edited.
    return { files: {} };
  }
}

export function manifestText(manifest: Manifest): string {
  const files = Object.fromEntries(Object.entries(manifest.files).sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify({ about: "Written by npm run import: the hash of each file it wrote, to tell hand edits apart.", files }, null, 2)}\n`;
}
