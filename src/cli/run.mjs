// `npm run build` and `npm run check` start here. The one JavaScript file of
// the CLI, because it runs before anything can load TypeScript: it compiles
// the commands and the Eleventy config with esbuild into one set of plain
// ES modules (node_modules/.cache/folio-cli/<hash of the sources>/), once per
// change of the sources, and runs them. Node then loads every module without
// a TypeScript loader: under tsx each of Eleventy's few hundred modules goes
// through a loader thread, which was about 0.4 s of every build's start.
//   node src/cli/run.mjs build|check [arguments of that command]
//   node src/cli/run.mjs --compile     (only compile; `npm ci` runs it)
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const ENTRIES = {
  build: "src/cli/build.ts",
  check: "src/cli/check.ts",
  "eleventy-config": ".eleventy.ts",
  "prehighlight-worker": "src/markdown/prehighlight-worker.ts",
};
const command = process.argv[2];

/**
 * Modules find files beside them (assets, the layouts, the worker) through
 * import.meta.url; bundled, that would be the bundle's address. Each keeps
 * its own source file's.
 */
const ownUrls = {
  name: "own-import-meta-url",
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, "utf8").replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href)),
      loader: "ts",
    }));
  },
};

if (command !== "--compile" && !["build", "check"].includes(command)) {
  console.error(`Folio: unknown command "${command ?? ""}"; use  node src/cli/run.mjs build|check [options]`);
  process.exit(2);
}
const dir = await compiled();
if (command !== "--compile") {
  // The command reads its own arguments from process.argv, without the command name.
  process.argv.splice(2, 1);
  process.env.FOLIO_ELEVENTY_CONFIG = path.join(dir, "eleventy-config.mjs");
  process.env.FOLIO_PREHIGHLIGHT_WORKER = path.join(dir, "prehighlight-worker.mjs");
  await import(pathToFileURL(path.join(dir, `${command}.mjs`)).href);
}

/** The folder of the compiled modules for the sources as they are now, compiled if needed. */
async function compiled() {
  // This script and tsconfig.json too: they decide how the rest is compiled.
  const sources = [".eleventy.ts", "package-lock.json", "tsconfig.json", "src/cli/run.mjs", ...tsFiles("src"), ...tsFiles("layouts")];
  const hash = createHash("sha1");
  for (const file of sources) {
    const { mtimeMs, size } = statSync(path.join(root, file));
    hash.update(`\0${file}\0${mtimeMs}\0${size}`);
  }
  // node_modules may be shared by several checkouts (the bench links it): each has its own prefix.
  const checkout = createHash("sha1").update(root).digest("hex").slice(0, 8);
  const cache = path.join(root, "node_modules", ".cache", "folio-cli");
  const dir = path.join(cache, `${checkout}-${hash.digest("hex").slice(0, 16)}`);
  if (existsSync(path.join(dir, "build.mjs"))) return dir;

  const { build } = await import("esbuild");
  const tmp = `${dir}.${process.pid}.tmp`;
  await build({
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, path.join(root, file)])),
    outdir: tmp,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    logLevel: "error",
    plugins: [ownUrls],
  });
  // This checkout's compilations of older sources go (one still being written is left alone).
  for (const old of existsSync(cache) ? readdirSync(cache) : []) {
    if (new RegExp(`^${checkout}-[0-9a-f]{16}$`).test(old) && old !== path.basename(dir)) {
      rmSync(path.join(cache, old), { recursive: true, force: true });
    }
  }
  try {
    renameSync(tmp, dir);
  } catch {
    // Another build compiled the same sources at the same moment: use theirs.
    rmSync(tmp, { recursive: true, force: true });
  }
  return dir;
}

function tsFiles(folder) {
  return readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort();
}
