// Wires Folio into Eleventy: content model before each build, our Markdown
// pipeline, the TypeScript layout, assets, and warnings after the build.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { COPIED_FILE_EXTENSIONS } from "../content/urls.ts";
import { createMarkdown } from "../markdown/index.ts";
import { createCodeHighlighter } from "../markdown/highlighter.ts";
import { takeEarlyPrehighlight } from "../markdown/prehighlight.ts";
import { createMathCache } from "../markdown/math.ts";
import type { RenderCache } from "../markdown/render-cache.ts";
import renderLayout from "../../layouts/folio.11ty.ts";
import { writeAssets } from "./assets.ts";
import { copyContentFiles } from "./content-files.ts";
import { BodyCache } from "./body-cache.ts";
import type { PageWriter } from "./page-writer.ts";
import { cacheNotWritten } from "./cache-folders.ts";
import { codeVersion } from "./code-version.ts";
import { BuildState } from "./build-state.ts";
import { devProblemsMiddleware } from "./dev-problems.ts";
import { cancelIdleCollection, collectWhenIdle } from "./idle-gc.ts";
import { endOfBuild, withoutColours, type BuiltPage } from "./site-checks.ts";
import { tracePhase } from "./trace.ts";
import type { FolioOptions } from "./options.ts";

/** Eleventy's layouts folder: virtual, inside the content folder, ignored as content like every _name. */
export const LAYOUTS_DIR = "_folio-layouts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const IMAGE_EXTENSIONS = COPIED_FILE_EXTENSIONS.join(",");

// Eleventy ships JSDoc only; this is the part of its config API we use.
export interface EleventyConfig {
  addTemplate(virtualPath: string, content: unknown, data?: Record<string, unknown>): void;
  addGlobalData(name: string, value: unknown): void;
  addPreprocessor(name: string, ext: string, fn: (data: { page: { inputPath: string } }) => unknown): void;
  addPassthroughCopy(copy: string | Record<string, string>): void;
  addWatchTarget(target: string): void;
  setLibrary(name: string, lib: unknown): void;
  setFrontMatterParsingOptions(options: unknown): void;
  on(event: string, fn: (arg: { directories: { output: string }; results?: BuiltPage[] }) => unknown): void;
  on(event: "eleventy.beforeWatch", fn: (changed: string[]) => unknown): void;
  setChokidarConfig(options: unknown): void;
  ignores: { add(glob: string): void };
  setServerOptions(options: unknown): void;
}

export async function folioPlugin(config: EleventyConfig, options: FolioOptions): Promise<BuildState> {
  const highlighter = await createCodeHighlighter({
    cacheDir: options.cacheDir,
    prehighlight: options.check ? undefined : await takeEarlyPrehighlight(options.contentDir, options.cacheDir),
  });
  const mathCache = createMathCache(options.cacheDir);
  // Both caches read their files on first use (a build served by the body cache never does).
  // `check` writes nothing, so loading grammars and colouring code would be wasted time.
  const state = new BuildState(options, options.check ? withoutColours(highlighter) : highlighter);

  // Our loader has already validated the YAML; parse it the same way here.
  // A file whose YAML is broken is reported by our loader and not built, so
  // here it must not stop Eleventy before the other problems are found.
  config.setFrontMatterParsingOptions({ engines: { yaml: (s: string) => state.frontMatterFor(s) ?? parseYamlOrEmpty(s) } });
  // The layout is handed to Eleventy as a function (a virtual template), not
  // a file for it to import: nothing Eleventy loads itself needs a TypeScript loader.
  config.addTemplate(`${LAYOUTS_DIR}/folio.11ty.js`, renderLayout);
  config.addGlobalData("layout", "folio.11ty.js");
  config.addGlobalData("folio", state);
  // Drafts (in production) and anything our loader skipped are not built.
  config.addPreprocessor("folio-pages", "md", (data) => (state.pageOf(data.page.inputPath) ? undefined : false));
  for (const glob of ["**/_*", "**/_*/**", "**/.*"]) config.ignores.add(path.join(options.contentDir, glob));

  const md = createMarkdown({
    locate: (env, line0) => {
      const page = state.pageOf(inputPathOf(env));
      return { file: page?.displayPath ?? inputPathOf(env), line: (page?.bodyLine ?? 1) + line0 };
    },
    pageRelPath: (env) => state.pageOf(inputPathOf(env))?.relPath,
    warnings: state.warnings,
    highlighter: state.highlighter,
    pathPrefix: options.pathPrefix,
    mathCache,
    collect: state.collector,
  });
  if (state.relayout) forgetBeforeRender(md, state);
  const bodies = state.pages ? bodyCacheFor(state, options, highlighter.cache, mathCache) : undefined;
  if (state.pages) keepBodies(md, state, state.pages, bodies);
  config.setLibrary("md", md);
  if (options.mode === "development" && !options.check) {
    config.setServerOptions({ middleware: [devProblemsMiddleware(state)] });
    // Eleventy waits until a saved file has not grown for 150 ms; an editor's save is one quick write.
    config.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 40, pollInterval: 10 } });
    config.on("eleventy.beforeWatch", (changed) => {
      cancelIdleCollection();
      state.filesChanged(changed);
    });
  }

  // Images and other files beside the Markdown: Eleventy copies them when it writes the site (the dev
  // server); a production build runs Eleventy dry and copies them itself (copyContentFiles, below).
  if (!state.pages) {
    const contentRel = path.relative(process.cwd(), options.contentDir) || ".";
    config.addPassthroughCopy(`${contentRel}/**/*.{${IMAGE_EXTENSIONS}}`);
  }
  for (const dir of ["src", "layouts", "assets"]) config.addWatchTarget(path.join(root, dir) + "/");

  config.on("eleventy.before", async ({ directories }) => {
    tracePhase("load content");
    // First build only: the prehighlight workers' blocks, taken before any page renders.
    const coloured = highlighter.workersDone();
    state.pages?.clear();
    await state.reload();
    // URL claims (conflicting redirects are reported here), git dates, the search UI bundle.
    // After an edit to content only, the assets (and the search UI) are as they were.
    const assets = !options.check && !state.takeContentOnly();
    await state.publish.prepare(state.model, directories.output, (d) => state.loadProblems.push(d), assets);
    if (assets) await writeAssets(directories.output);
    await coloured;
    tracePhase("Eleventy reads the templates");
  });
  config.on("eleventy.after", async ({ directories, results }) => {
    // Dev server: pages that show what this edit changed, which Eleventy did not render itself.
    tracePhase("save caches");
    await state.relayout?.replay(state);
    const cacheDir = options.cacheDir;
    await Promise.all([highlighter.save(), mathCache.save()].map((saved) => saved.catch((e) => cacheNotWritten(cacheDir ?? "", e))));
    tracePhase("site-wide checks");
    // What was written: by Folio itself in a production build (Eleventy ran dry), else by Eleventy.
    const built = state.pages ? state.pages.pages() : results ?? [];
    try {
      // Every problem of the build at once; throws (the build fails) on an error.
      endOfBuild(state, built);
    } catch (error) {
      state.publish.collected.dispose();
      throw error;
    }
    if (options.check) return;
    tracePhase("copy content files");
    // A dry run copies nothing: the content's images and files are copied here.
    if (state.pages) await copyContentFiles(options.contentDir, directories.output, state.otherFiles);
    // Last: generated pages, redirects, sitemap, robots, .nojekyll, CNAME, and the search index.
    tracePhase("generated pages and search index");
    await state.publish.finish(directories.output, built, state.pages);
    tracePhase("wait for the files to be written");
    await state.pages?.flush();
    // After the print pages, which read the bodies back from the body cache.
    bodies?.prune();
    if (state.relayout) collectWhenIdle();
  });
  return state;
}

/**
 * Production builds: Eleventy gets "" for each body; the layout takes the real
 * one (page-writer.ts), which comes from the body cache when the page is unchanged.
 */
function keepBodies(md: { render(src: string, env?: unknown): string }, state: BuildState, pages: PageWriter, bodies?: BodyCache): void {
  const render = md.render.bind(md);
  md.render = (src, env) => {
    tracePhase("render pages");
    const inputPath = inputPathOf(env);
    const page = state.pageOf(inputPath);
    return pages.keepBody(inputPath, page && bodies ? bodies.body(page, src, () => render(src, env)) : render(src, env));
  };
}

/** The body cache of a production build with a cache folder (see body-cache.ts). */
function bodyCacheFor(state: BuildState, options: FolioOptions, code: RenderCache, math: RenderCache): BodyCache | undefined {
  if (!options.cacheDir) return undefined;
  const salt = JSON.stringify({ code: codeVersion(), shiki: code.salt, katex: math.salt, pathPrefix: options.pathPrefix });
  return new BodyCache(options.cacheDir, options.contentDir, salt, { collector: state.collector, warnings: state.warnings, code, math });
}

/**
 * Dev server: the checks keep what each page recorded while rendering, as
 * Eleventy renders only the saved page; a page about to render drops its old records.
 */
function forgetBeforeRender(md: { render(src: string, env?: unknown): string }, state: BuildState): void {
  const render = md.render.bind(md);
  md.render = (src, env) => {
    const page = state.pageOf(inputPathOf(env));
    if (page) state.forgetRendered(page);
    return render(src, env);
  };
}

function parseYamlOrEmpty(source: string): unknown {
  try {
    return parseYaml(source) ?? {};
  } catch {
    return {};
  }
}

function inputPathOf(env: unknown): string {
  return (env as { page?: { inputPath?: string } } | undefined)?.page?.inputPath ?? "";
}
