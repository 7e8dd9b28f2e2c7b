// A hash of the code that renders pages: Folio's own sources and the locked
// versions of its packages. Caches of whole rendered pages are keyed by it,
// so a changed plugin or an upgraded package never serves yesterday's HTML.
// Contents, not file times: a fresh clone of the same commit shares a cache.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

let memo: string | undefined;

export function codeVersion(): string {
  if (memo !== undefined) return memo;
  const hash = createHash("sha1");
  // The files src/cli/run.mjs compiles from (it keys by their times, for speed; this by their contents).
  for (const file of [".eleventy.ts", "package-lock.json", "tsconfig.json", ...sourcesIn("src"), ...sourcesIn("layouts")]) {
    hash.update(`\0${file}\0`);
    hash.update(readFileSync(path.join(root, file)));
  }
  return (memo = hash.digest("hex"));
}

function sourcesIn(folder: string): string[] {
  return readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|mjs)$/.test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
}
