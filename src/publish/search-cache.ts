// The Pagefind index is a pure function of the pages it indexes, so a build
// whose rendered pages are byte for byte those of an earlier build reuses that
// build's index from .cache/ instead of running Pagefind again (a few seconds
// on a thousand sections). The key hashes every indexed page (URL and HTML)
// with the Pagefind version and options; any edit anywhere means a new index.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sha1 } from "../content/sha1.ts";
import { copyTree } from "./copy-tree.ts";

export interface RenderedPage {
  url?: unknown;
  /** The page's HTML, or (a page Folio wrote itself) its sha1 in `hash`. */
  content?: unknown;
  hash?: string;
}

export function searchIndexKey(pages: readonly RenderedPage[], options: unknown): string {
  const version = pagefindVersion();
  const hash = createHash("sha1").update(JSON.stringify({ version, options }));
  const indexed = pages
    .flatMap((p) => {
      if (typeof p.url !== "string") return [];
      if (p.hash !== undefined) return [{ url: p.url, hash: p.hash }];
      return typeof p.content === "string" ? [{ url: p.url, hash: sha1(p.content) }] : [];
    })
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  for (const p of indexed) hash.update(`\0${p.url}\0${p.hash}`);
  return hash.digest("hex").slice(0, 20);
}

const folderFor = (cacheDir: string, key: string) => path.join(cacheDir, `pagefind-${key}`);

/** Copies a cached index into the site; false when there is none for this key. */
export async function restoreIndex(cacheDir: string, key: string, outputDir: string): Promise<boolean> {
  const cached = folderFor(cacheDir, key);
  if (!(await stat(cached).catch(() => undefined))?.isDirectory()) return false;
  // Linked, not copied: index files are written once and never changed in place,
  // and a later build writes a new index into a new folder.
  await copyTree(cached, path.join(outputDir, "pagefind"), { link: true });
  return true;
}

/** Keeps this build's index for the next build; older ones are removed. */
export async function storeIndex(cacheDir: string, key: string, outputDir: string): Promise<void> {
  const target = folderFor(cacheDir, key);
  const tmp = `${target}.${process.pid}.tmp`;
  await rm(tmp, { recursive: true, force: true });
  await copyTree(path.join(outputDir, "pagefind"), tmp);
  const mine = path.basename(tmp);
  for (const old of (await readdir(cacheDir)).filter((f) => f.startsWith("pagefind-") && f !== mine)) {
    await rm(path.join(cacheDir, old), { recursive: true, force: true });
  }
  await rename(tmp, target);
}

// pagefind exports no ./package.json; read the one beside its entry file.
function pagefindVersion(): string {
  const entry = fileURLToPath(import.meta.resolve("pagefind"));
  const pkg = JSON.parse(readFileSync(path.resolve(path.dirname(entry), "../package.json"), "utf8")) as { version: string };
  return pkg.version;
}
