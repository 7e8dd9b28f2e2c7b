// Starts a prehighlight worker thread. Workers do not inherit the tsx loader
// that runs Folio's TypeScript, so each one registers it before importing
// the worker module.
import { Worker, type TransferListItem } from "node:worker_threads";

const WORKER = new URL("./prehighlight-worker.ts", import.meta.url).href;
const TSX = import.meta.resolve("tsx/esm/api");

export function spawnPrehighlightWorker(workerData: unknown, transferList: TransferListItem[], keepAlive = false): Worker {
  const boot = `import(${JSON.stringify(TSX)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER)}); })`;
  const worker = new Worker(boot, { eval: true, workerData, transferList });
  // The build's own workers never keep a finished build's process alive.
  if (!keepAlive) worker.unref();
  return worker;
}
