// Colouring code is most of a cold build, and markdown-it renders one page
// after another on one thread. So a build starts a worker thread (two when
// there is much to do) before anything else, to colour every block the
// render cache lacks while Eleventy loads; the build waits for them before
// rendering (plugin.ts, "eleventy.before"), then finds every block in the cache.
// A block they did not find is coloured while its page renders.
import { MessageChannel, type MessagePort, type Worker } from "node:worker_threads";
import { highlightCache } from "./highlighter.ts";
import type { CodeThemes } from "./shiki-colourer.ts";
import { planScan, type ScanPlan } from "./prehighlight-plan.ts";
import { spawnPrehighlightWorker } from "./prehighlight-spawn.ts";

interface Batch {
  results: [string, string][];
  done?: boolean;
}

export interface PrehighlightOptions {
  contentDir: string;
  cacheDir?: string;
  themes?: CodeThemes;
  /** Content-relative paths of the files to read; all when undefined. */
  files?: string[];
}

export class Prehighlight {
  /** [input, html] of every block coloured, in arrival order. */
  readonly results: [string, string][] = [];
  /** Settles when every worker has posted its last block, or failed (then with what arrived). */
  readonly finished: Promise<void>;

  private constructor(
    private readonly worker: Worker,
    ports: MessagePort[],
  ) {
    this.finished = new Promise<void>((resolve) => {
      let open = ports.length;
      const end = () => {
        for (const port of ports) port.close();
        resolve();
      };
      for (const port of ports) {
        port.on("message", (batch: Batch) => {
          this.results.push(...batch.results);
          if (batch.done && --open === 0) end();
        });
      }
      // A worker that fails leaves its blocks to the build's thread.
      worker.once("error", end);
      worker.once("exit", end);
    });
  }

  static start(options: PrehighlightOptions): Prehighlight {
    const scan = new MessageChannel();
    const help = new MessageChannel();
    const worker = spawnPrehighlightWorker(
      { role: "scan", ...options, ports: [scan.port2, help.port2] },
      [scan.port2, help.port2],
    );
    return new Prehighlight(worker, [scan.port1, help.port1]);
  }

  /** Ends the workers early (they were started for another content or cache folder than the config's). */
  stop(): void {
    void this.worker.terminate();
  }
}

// build.ts plans and starts the workers before it loads Eleventy, and the
// highlighter that Eleventy's config creates picks them up; a global survives
// the config being imported afresh.
const EARLY = Symbol.for("folio.prehighlight");
type Holder = { [EARLY]?: Promise<EarlyStart | undefined> };

export interface EarlyStart {
  options: PrehighlightOptions;
  plan: ScanPlan;
  /** Undefined when nothing changed, or too little to be worth a thread. */
  workers?: Prehighlight;
}

/**
 * Below this many bytes of changed Markdown, starting a thread costs more
 * than it saves: a thread that must load the TypeScript loader first starts
 * slowly; the compiled one (src/cli/run.mjs) is worth it even for one page.
 */
const worthAThread = () => (process.env.FOLIO_PREHIGHLIGHT_WORKER ? 1 : 100_000);

/**
 * Plans and starts the workers without waiting: Eleventy loads meanwhile, and
 * the config's highlighter awaits the same promise (takeEarlyPrehighlight).
 * A plan that fails (a file gone while listing) means no workers: every block
 * is then coloured while its page renders.
 */
export function startEarlyPrehighlight(options: PrehighlightOptions): void {
  (globalThis as Holder)[EARLY] = planScan(options.contentDir, highlightCache(options).file).then(
    (plan) => {
      const workers = plan.changedBytes >= worthAThread() ? Prehighlight.start({ ...options, files: plan.changed }) : undefined;
      return { options, plan, workers };
    },
    () => undefined,
  );
}

/** What build.ts started for this content and cache, if anything; handed out once. */
export async function takeEarlyPrehighlight(contentDir: string, cacheDir: string | undefined): Promise<EarlyStart | undefined> {
  const early = await (globalThis as Holder)[EARLY];
  (globalThis as Holder)[EARLY] = undefined;
  if (!early) return undefined;
  if (early.options.contentDir === contentDir && early.options.cacheDir === cacheDir) return early;
  early.workers?.stop();
  return undefined;
}
