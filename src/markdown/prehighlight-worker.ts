// A worker thread that colours code blocks before pages render (the build
// waits for it). The "scan" worker reads the Markdown files that changed,
// keeps the blocks the render cache does not have, and when there are many,
// shares them with one "help" worker (by language: prehighlight-share.ts).
// Both post their HTML to the build's thread in small batches (prehighlight.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import { workerData, type MessagePort } from "node:worker_threads";
import { listMarkdownFiles } from "../content/list-files.ts";
import { codeFences } from "./code-fences.ts";
import { blockInput, highlightCache } from "./highlighter.ts";
import { isKnownLanguage, loadOniguruma, prefersOniguruma, shikiColourer, type CodeThemes } from "./shiki-colourer.ts";
import { spawnPrehighlightWorker } from "./prehighlight-spawn.ts";
import { shareJobs } from "./prehighlight-share.ts";

export interface Job {
  input: string;
  lang: string;
  code: string;
}

export type WorkerData =
  | { role: "scan"; contentDir: string; cacheDir?: string; themes?: CodeThemes; files?: string[]; ports: [MessagePort, MessagePort] }
  | { role: "help"; jobs: Job[]; themes?: CodeThemes; port: MessagePort };

/** A scan with at least this many uncached blocks shares them with a second worker. */
const SHARE_FROM = 32;
const BATCH = 8;

const data = workerData as WorkerData;
if (data.role === "scan") {
  const files = data.files ?? (await listMarkdownFiles(data.contentDir));
  const jobs = await uncachedBlocks(data.contentDir, files, data.cacheDir, data.themes);
  const [mine, theirs] = jobs.length >= SHARE_FROM ? shareJobs(jobs) : [jobs, []];
  // A worker's own workers end with it, so this one waits for its helper.
  const helper = theirs.length > 0
    ? spawnPrehighlightWorker({ role: "help", jobs: theirs, themes: data.themes, port: data.ports[1] }, [data.ports[1]], true)
    : undefined;
  if (!helper) data.ports[1].postMessage({ results: [], done: true });
  await colourAll(mine, data.themes, data.ports[0]);
  if (helper) await new Promise((resolve) => helper.once("exit", resolve));
} else {
  await colourAll(data.jobs, data.themes, data.port);
}

async function uncachedBlocks(contentDir: string, files: string[], cacheDir?: string, themes?: CodeThemes): Promise<Job[]> {
  const cache = highlightCache({ cacheDir, themes });
  await cache.load();
  const seen = new Set<string>();
  const jobs: Job[] = [];
  for (const rel of files) {
    for (const { lang, code } of codeFences(readFileSync(path.join(contentDir, rel), "utf8"))) {
      const input = blockInput(code, lang);
      if (seen.has(input) || !isKnownLanguage(lang)) continue;
      seen.add(input);
      if (cache.get(input) === undefined) jobs.push({ input, lang, code });
    }
  }
  return jobs;
}

async function colourAll(jobs: Job[], themes: CodeThemes | undefined, port: MessagePort): Promise<void> {
  // Loading the Oniguruma engine (WASM) takes about 50 ms: only worth it for its languages.
  const colour = shikiColourer(themes, jobs.some((job) => prefersOniguruma(job.lang)) ? await loadOniguruma() : undefined);
  let batch: [string, string][] = [];
  for (const job of jobs) {
    batch.push([job.input, colour(job.code, job.lang)]);
    if (batch.length === BATCH) {
      port.postMessage({ results: batch });
      batch = [];
    }
  }
  port.postMessage({ results: batch, done: true });
}
