// Copies many small files, many copies at a time. `fs.cp` copies one file
// after another: for a thousand-file search index that was 0.7 s of waiting,
// against under 0.1 s this way.
// `link`: hard links instead of copies where the file system allows (a new
// name for the same file, no data written), for files nobody edits in place.
import { copyFile, link, mkdir, readdir } from "node:fs/promises";
import path from "node:path";

const AT_ONCE = 32;

/** A whole folder tree. */
export async function copyTree(from: string, to: string, options: { link?: boolean } = {}): Promise<void> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => path.relative(from, path.join(e.parentPath, e.name)));
  await mkdir(to, { recursive: true });
  await copyFiles(from, to, files, options);
}

/** The files at these relative paths, to the same paths under `to` (folders made as needed, once each). */
export async function copyFiles(from: string, to: string, rels: readonly string[], options: { link?: boolean } = {}): Promise<void> {
  for (const dir of new Set(rels.map((rel) => path.dirname(rel)))) await mkdir(path.join(to, dir), { recursive: true });
  let next = 0;
  const worker = async () => {
    while (next < rels.length) {
      const rel = rels[next++]!;
      const [source, target] = [path.join(from, rel), path.join(to, rel)];
      // Another file system, or one without hard links: copy.
      if (!options.link || !(await link(source, target).then(() => true, () => false))) await copyFile(source, target);
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, rels.length) }, worker));
}
