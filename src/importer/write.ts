// Writes the import: new files, files the last import wrote and nobody
// edited since, and (with --force) edited ones. Each file is written to a
// temporary name and renamed, so a file is never left half-written.
import { copyFile, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ImportLog } from "./log.ts";
import { hashOf, manifestText, MANIFEST_NAME, readManifest } from "./manifest.ts";

export interface PendingFile {
  out: string;
  /** Text to write, or a site file to copy. */
  content?: string;
  copyFrom?: string;
  source: string;
}

export type WriteStatus = "written" | "updated" | "unchanged" | "kept" | "overwritten";

export interface WriteResult {
  status: Map<string, WriteStatus>;
}

export async function writeImport(outDir: string, files: PendingFile[], force: boolean, log: ImportLog, shownOut = outDir): Promise<WriteResult> {
  const manifest = await readManifest(outDir);
  const status = new Map<string, WriteStatus>();
  const bytes = await Promise.all(files.map(async (f) => (f.content !== undefined ? Buffer.from(f.content) : await readFile(f.copyFrom!))));
  for (const [i, f] of files.entries()) {
    const abs = path.join(outDir, f.out);
    const next = bytes[i]!;
    const existing = await readFile(abs).catch(() => undefined);
    const recorded = manifest.files[f.out];
    let s: WriteStatus;
    if (existing === undefined) s = "written";
    else if (existing.equals(next)) s = "unchanged";
    else if (recorded !== undefined && recorded === hashOf(existing)) s = "updated";
    else s = force ? "overwritten" : "kept";
    status.set(f.out, s);
    if (s === "kept") {
      log.warn({
        file: path.posix.join(shownOut.split(path.sep).join("/"), f.out), line: 1, col: 1,
        message: recorded === undefined
          ? "this file was not written by an import, so it was left as it is"
          : "this file was edited since the last import, so it was left as it is",
        hint: "run the import again with --force to replace it with the imported version",
      });
      continue;
    }
    if (s !== "unchanged") await atomicWrite(abs, next, f.copyFrom);
    manifest.files[f.out] = hashOf(next);
  }
  await atomicWrite(path.join(outDir, MANIFEST_NAME), Buffer.from(manifestText(manifest)));
  return { status };
}

async function atomicWrite(abs: string, data: Buffer, copyFrom?: string): Promise<void> {
  await mkdir(path.dirname(abs), { recursive: true });
  const tmp = `${abs}.import-${process.pid}.tmp`;
  if (copyFrom) await copyFile(copyFrom, tmp);
  else await writeFile(tmp, data);
  await rename(tmp, abs);
}

export async function writeText(abs: string, text: string): Promise<void> {
  await atomicWrite(abs, Buffer.from(text));
}
