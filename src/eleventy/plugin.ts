// Wires Folio into Eleventy: content model before each build, our Markdown
// pipeline, the TypeScript layout, assets, and warnings after the build.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { formatDiagnostic } from "../checks/diagnostics.ts";
import { createMarkdown } from "../markdown/index.ts";
import { createCodeHighlighter } from "../markdown/highlighter.ts";
import { createMathCache } from "../markdown/math.ts";
import { writeAssets } from "./assets.ts";
import { BuildState } from "./build-state.ts";
import type { FolioOptions } from "./options.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const IMAGE_EXTENSIONS = "png,jpg,jpeg,gif,svg,webp,avif,ico,pdf,mp4,webm";

// Eleventy ships JSDoc only; this is the part of its config API we use.
export interface EleventyConfig {
  addExtension(ext: string[], options: { key: string }): void;
  addGlobalData(name: string, value: unknown): void;
  addPreprocessor(name: string, ext: string, fn: (data: { page: { inputPath: string } }) => unknown): void;
  addPassthroughCopy(copy: string | Record<string, string>): void;
  addWatchTarget(target: string): void;
  setLibrary(name: string, lib: unknown): void;
  setFrontMatterParsingOptions(options: unknown): void;
  on(event: string, fn: (arg: { directories: { output: string } }) => unknown): void;
  ignores: { add(glob: string): void };
  setServerOptions(options: unknown): void;
}

export async function folioPlugin(config: EleventyConfig, options: FolioOptions): Promise<BuildState> {
  const highlighter = await createCodeHighlighter({ cacheDir: options.cacheDir });
  const mathCache = createMathCache(options.cacheDir);
  await Promise.all([highlighter.cache.load(), mathCache.load()]);
  const state = new BuildState(options, highlighter);

  // Our loader has already validated the YAML; parse it the same way here.
  config.setFrontMatterParsingOptions({ engines: { yaml: (s: string) => parseYaml(s) ?? {} } });
  config.addExtension(["11ty.ts"], { key: "11ty.js" });
  config.addGlobalData("layout", "folio.11ty.ts");
  config.addGlobalData("folio", state);
  // Drafts (in production) and anything our loader skipped are not built.
  config.addPreprocessor("folio-pages", "md", (data) => (state.pageOf(data.page.inputPath) ? undefined : false));
  for (const glob of ["**/_*", "**/_*/**", "**/.*"]) config.ignores.add(path.join(options.contentDir, glob));

  config.setLibrary("md", createMarkdown({
    locate: (env, line0) => {
      const page = state.pageOf(inputPathOf(env));
      return { file: page?.displayPath ?? inputPathOf(env), line: (page?.bodyLine ?? 1) + line0 };
    },
    pageRelPath: (env) => state.pageOf(inputPathOf(env))?.relPath,
    warnings: state.warnings,
    highlighter: state.highlighter,
    pathPrefix: options.pathPrefix,
    mathCache,
  }));

  const contentRel = path.relative(process.cwd(), options.contentDir) || ".";
  config.addPassthroughCopy(`${contentRel}/**/*.{${IMAGE_EXTENSIONS}}`);
  for (const dir of ["src", "layouts", "assets"]) config.addWatchTarget(path.join(root, dir) + "/");

  config.on("eleventy.before", async ({ directories }) => {
    await state.reload();
    await writeAssets(directories.output);
  });
  config.on("eleventy.after", async () => {
    for (const w of state.warnings.list()) console.warn(formatDiagnostic(w));
    await Promise.all([highlighter.cache.save(), mathCache.save()]);
  });
  return state;
}

function inputPathOf(env: unknown): string {
  return (env as { page?: { inputPath?: string } } | undefined)?.page?.inputPath ?? "";
}
