// Folio's side of the bench: a snapshot of the working tree to build from,
// and the cold, warm and one-section builds.
//
// Why a snapshot: the dev server only notices edits correctly when the
// content and the watched source folders sit inside its working directory
// (Eleventy re-roots its file watcher otherwise and serves stale pages), which
// is how an author runs `npm start`. Copying the working tree (node_modules
// linked) into a temp folder with the corpus beside it reproduces that without
// writing corpora into the repo, keeps peers' edits to src/ during the run from
// triggering rebuilds, and keeps our `rm -rf .cache` away from their builds.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import path from "node:path";
import { copyCorpus } from "./corpus.ts";
import { measure, type Measured } from "./measure.ts";

const SKIP = new Set(["node_modules", ".git", ".github", ".ci", ".cache", "tests", "content", "test-output"]);

export interface FolioProject {
  dir: string;
  contentFor(size: number): string;
  outFor(size: number): string;
}

export function snapshotFolio(repoRoot: string, dir: string): FolioProject {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(repoRoot)) {
    if (SKIP.has(name) || /^\.?_site/.test(name)) continue;
    cpSync(path.join(repoRoot, name), path.join(dir, name), { recursive: true });
  }
  symlinkSync(path.join(repoRoot, "node_modules"), path.join(dir, "node_modules"), "dir");
  return {
    dir,
    contentFor: (size) => `content-${size}`,
    outFor: (size) => `_site-${size}`,
  };
}

export function addCorpus(project: FolioProject, corpus: string, size: number): void {
  copyCorpus(corpus, path.join(project.dir, project.contentFor(size)));
}

/** The disk caches a cold build must not find: `.cache` beside the project and inside the content. */
function cacheDirs(project: FolioProject, size: number): string[] {
  return [path.join(project.dir, ".cache"), path.join(project.dir, project.contentFor(size), ".cache")];
}

export function cacheExists(project: FolioProject, size: number): boolean {
  return cacheDirs(project, size).some((d) => existsSync(d) && readdirSync(d).length > 0);
}

export const buildArgs = (project: FolioProject, size: number) =>
  ["src/cli/run.mjs", "build", "--content", project.contentFor(size), "--output", project.outFor(size)];

/** A full production build with no cache and no previous output. */
export function folioCold(project: FolioProject, size: number): Promise<Measured> {
  for (const d of cacheDirs(project, size)) rmSync(d, { recursive: true, force: true });
  return folioWarm(project, size);
}

/** The same build with whatever cache the previous build left (the output is still removed). */
export function folioWarm(project: FolioProject, size: number): Promise<Measured> {
  rmSync(path.join(project.dir, project.outFor(size)), { recursive: true, force: true });
  return measure(process.execPath, buildArgs(project, size), { cwd: project.dir });
}

/** The one-section site through the command an author types; npm adds its own start-up. */
export function folioNpmCold(project: FolioProject, size: number): Promise<Measured> {
  for (const d of cacheDirs(project, size)) rmSync(d, { recursive: true, force: true });
  rmSync(path.join(project.dir, project.outFor(size)), { recursive: true, force: true });
  const args = ["run", "--silent", "build", "--", "--content", project.contentFor(size), "--output", project.outFor(size)];
  return measure("npm", args, { cwd: project.dir });
}
