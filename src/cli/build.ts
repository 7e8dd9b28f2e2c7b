// `npm run build` / `npm start`: builds a content folder with Eleventy.
//   --content <dir>  --output <dir>  --prefix </repo/>  --site-url <url>
//   --repository <url>  --repository-branch <name>  --cname <domain>  (publishing; see README)
//   --serve [--port 8080]  (dev server with live reload, drafts shown)
// A production build writes into a fresh folder and swaps it in only when
// it succeeded, so a failed build leaves the previous site as it was.
import { parseArgs } from "node:util";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { optionsToEnv, readOptions } from "../eleventy/options.ts";
import { reportFailure } from "./report-failure.ts";
import { swapIn, tempSibling, discard } from "./output-swap.ts";
import { shownPath } from "../checks/shown-path.ts";
import { existsSync } from "node:fs";
import { startEarlyPrehighlight } from "../markdown/prehighlight.ts";
import { closePageWriters, pagesWritten } from "../eleventy/page-writer.ts";
import { tracePhase } from "../eleventy/trace.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const { values } = parseArgs({
  options: {
    content: { type: "string" },
    output: { type: "string" },
    prefix: { type: "string" },
    "site-url": { type: "string" },
    repository: { type: "string" },
    "repository-branch": { type: "string" },
    cname: { type: "string" },
    serve: { type: "boolean", default: false },
    port: { type: "string", default: "8080" },
    quiet: { type: "boolean", default: false },
  },
  strict: true,
});

const serve = values.serve;
const finalOutput = path.resolve(values.output ?? "_site");
const workOutput = serve ? finalOutput : tempSibling(finalOutput);
Object.assign(process.env, optionsToEnv({
  contentDir: path.resolve(values.content ?? "content"),
  outputDir: workOutput,
  pathPrefix: values.prefix ?? process.env.FOLIO_PATH_PREFIX,
  siteUrl: values["site-url"] ?? process.env.FOLIO_SITE_URL,
  repository: values.repository ?? process.env.FOLIO_REPOSITORY,
  repositoryBranch: values["repository-branch"] ?? process.env.FOLIO_REPOSITORY_BRANCH,
  cname: values.cname ?? process.env.FOLIO_CNAME,
  mode: serve ? "development" : "production",
  // A production build writes its pages itself and runs Eleventy dry, so no page stays in memory.
  writePages: !serve,
}));
const options = readOptions();
if (!existsSync(options.contentDir)) {
  console.error(`Folio: there is no content folder at ${shownPath(options.contentDir)}; pass --content <folder> or create content/index.md.`);
  process.exit(1);
}

// Code colouring starts in worker threads now, while Eleventy loads (FOLIO_WORKERS=0: no workers).
if (process.env.FOLIO_WORKERS !== "0") startEarlyPrehighlight({ contentDir: options.contentDir, cacheDir: options.cacheDir });
tracePhase("load Eleventy");
const { Eleventy } = await import("@11ty/eleventy");
tracePhase("load the config and plugins");
const elev = new Eleventy(path.relative(process.cwd(), options.contentDir) || ".", workOutput, {
  // run.mjs passes the compiled config; under tsx (npm start, tests) the TypeScript one.
  configPath: process.env.FOLIO_ELEVENTY_CONFIG ?? path.join(root, ".eleventy.ts"),
  quietMode: values.quiet || !serve,
  source: "script",
  runMode: serve ? "serve" : "build",
  dryRun: !serve,
});
silenceContentErrors(elev.errorHandler);
// Eleventy runs dry in a production build (Folio writes the pages), so its
// "Wrote 0 files" line would mislead; Folio prints its own summary below.
if (!serve) elev.disableLogger();

try {
  if (serve) {
    // A saved page is rendered alone; the pages that show what it changed are
    // laid out again by Folio (src/eleventy/relayout.ts).
    elev.setIncrementalBuild(true);
    await elev.init();
    const rebuild = (await elev.watch()) as unknown as (changed: string) => Promise<void>;
    // Eleventy does not rebuild when a file is deleted, but the handbook's
    // sidebar and the neighbours' prev/next must lose a deleted section.
    (elev as unknown as { watcher: { on(event: string, fn: (p: string) => void): void } })
      .watcher.on("unlink", (deleted) => { if (deleted.endsWith(".md")) void rebuild(deleted); });
    await elev.serve(Number(values.port));
    process.on("SIGINT", async () => { await elev.stopWatch(); process.exit(0); });
  } else {
    const started = performance.now();
    const [, templates] = (await elev.write()) as unknown as [unknown, unknown[]];
    await closePageWriters();
    tracePhase("swap the output in");
    await swapIn(workOutput, finalOutput);
    tracePhase("done");
    const secs = ((performance.now() - started) / 1000).toFixed(2);
    console.log(`Folio: built ${pagesWritten() ?? templates.length} pages into ${shownPath(finalOutput)}/ in ${secs} s`);
  }
} catch (error) {
  if (!serve) {
    // Nothing may keep writing into the folder being removed.
    await closePageWriters();
    await discard(workOutput);
  }
  reportFailure(error, finalOutput);
  process.exitCode = 1;
}

/**
 * Eleventy logs every build error with its stack trace. We print content
 * errors ourselves (file:line, a hint), so its own logging is switched off:
 * in a build the catch above reports; while serving, each failed rebuild does.
 */
function silenceContentErrors(handler: { error(e: unknown, msg?: string): void }): void {
  handler.error = (e) => {
    if (serve) reportFailure(e, finalOutput, { watching: true });
  };
}

