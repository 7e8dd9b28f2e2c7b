// Build elsewhere, then swap: the output folder only ever holds a complete site.
import { rename, rm } from "node:fs/promises";
import path from "node:path";

export function tempSibling(finalDir: string): string {
  return path.join(path.dirname(finalDir), `.${path.basename(finalDir)}.partial-${process.pid}`);
}

export async function swapIn(builtDir: string, finalDir: string): Promise<void> {
  const old = path.join(path.dirname(finalDir), `.${path.basename(finalDir)}.old-${process.pid}`);
  await rename(finalDir, old).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== "ENOENT") throw e;
  });
  await rename(builtDir, finalDir);
  await rm(old, { recursive: true, force: true });
}

export async function discard(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
