// `npm run check [-- --content <dir>]`: finds every problem in the content
// without writing the site. It runs the real build (same loader, same
// Markdown plugins, same end-of-build checks) with Eleventy's dry run, so
// `check` and `build` can never disagree about what is wrong.
// Prints each problem as  path:line:col  error|warning  message  (hint),
// grouped by file, then a count. Exit status 1 on any error, else 0.
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { findFolioError } from "../checks/diagnostics.ts";
import { checkSummary, groupedLines } from "../checks/report.ts";
import { optionsToEnv } from "../eleventy/options.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

// `npm run check | head` closes the pipe early; that is not a failure.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit();
  throw e;
});

const { values } = parseArgs({
  options: { content: { type: "string" }, prefix: { type: "string" } },
  strict: true,
});

const contentDir = path.resolve(values.content ?? "content");
if (!existsSync(contentDir)) {
  console.error(`Folio: there is no content folder at ${contentDir}; give one with --content <dir>.`);
  process.exit(1);
}
// Nothing is written, but plugins are told an output folder: a throwaway one.
const scratch = await mkdtemp(path.join(os.tmpdir(), "folio-check-"));
Object.assign(process.env, optionsToEnv({
  contentDir,
  outputDir: path.join(scratch, "_site"),
  pathPrefix: values.prefix ?? process.env.FOLIO_PATH_PREFIX,
  // Drafts too: a draft's problems are found before it is published.
  mode: "development",
  check: true,
}));

const { Eleventy } = await import("@11ty/eleventy");
const elev = new Eleventy(path.relative(process.cwd(), contentDir) || ".", path.join(scratch, "_site"), {
  // run.mjs passes the compiled config; under tsx (npm start, tests) the TypeScript one.
  configPath: process.env.FOLIO_ELEVENTY_CONFIG ?? path.join(root, ".eleventy.ts"),
  quietMode: true,
  source: "script",
  runMode: "build",
  dryRun: true,
});
elev.disableLogger();
// Eleventy logs every error with its stack; we print our own report below.
elev.errorHandler.error = () => {};

try {
  // The plugin prints the report when there is no error (see site-checks.ts).
  await elev.write();
} catch (error) {
  const folio = findFolioError(error);
  process.exitCode = 1;
  if (folio) {
    for (const line of groupedLines(folio.diagnostics)) console.log(line);
    console.log("");
    console.log(checkSummary(folio.diagnostics, folio.pagesChecked ?? 0));
  } else {
    const e = error as Error;
    console.error("Folio: the check failed unexpectedly. This is probably a bug in Folio, not in your content. Details:");
    console.error(e?.stack ?? String(error));
  }
} finally {
  await rm(scratch, { recursive: true, force: true });
}
