// Helpers for the check / new / dev-loop tests: run the real CLIs the way an
// author does (npm run check → src/cli/run.mjs check → src/cli/check.ts) and lay out content folders.
import { cpSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { repoRoot, run } from "../helpers/build.ts";

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

export function runCheck(contentDir: string): Promise<CliResult> {
  return run(process.execPath, [path.join(repoRoot, "src/cli/run.mjs"), "check", "--content", contentDir], repoRoot);
}

export function runNew(contentDir: string, args: string[]): Promise<CliResult> {
  return run(process.execPath, ["--import", "tsx", path.join(repoRoot, "src/cli/new.ts"), "--content", contentDir, ...args], repoRoot);
}

/** A fresh temp folder holding a copy of each given folder, later ones on top. */
export function layeredCopy(...dirs: string[]): string {
  const target = path.join(mkdtempSync(path.join(os.tmpdir(), "folio-check-")), "content");
  for (const dir of dirs) cpSync(dir, target, { recursive: true });
  return target;
}

/** Runs `fn` over `items`, at most `limit` at a time (the machine has 2 cores). */
export async function inPool<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
