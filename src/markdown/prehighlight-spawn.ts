// Starts a prehighlight worker thread: the compiled worker module when the
// command runs compiled (src/cli/run.mjs sets FOLIO_PREHIGHLIGHT_WORKER),
// else the TypeScript one. Workers do not inherit the tsx loader, so then
// each one registers it before importing the worker module.
import { Worker, type TransferListItem } from "node:worker_threads";

export function spawnPrehighlightWorker(workerData: unknown, transferList: TransferListItem[], keepAlive = false): Worker {
  const compiled = process.env.FOLIO_PREHIGHLIGHT_WORKER;
  const worker = compiled
    ? new Worker(compiled, { workerData, transferList })
    : new Worker(tsxBoot(), { eval: true, workerData, transferList });
  // The build's own workers never keep a finished build's process alive.
  if (!keepAlive) worker.unref();
  return worker;
}

/**
 * Loads the TypeScript worker through tsx. Resolved only when used: the
 * compiled CLI needs no tsx (a devDependency) at all.
 */
function tsxBoot(): string {
  const tsx = import.meta.resolve("tsx/esm/api");
  const worker = new URL("./prehighlight-worker.ts", import.meta.url).href;
  return `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker)}); })`;
}
