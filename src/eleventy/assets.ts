// Site assets written at the start of every build: the CSS and the client
// bundle through esbuild, and KaTeX's stylesheet with only its woff2 fonts.
import { build } from "esbuild";
import { copyFile, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Site-relative URLs of the assets, as layouts link them. */
export const ASSET_URLS = {
  css: "/assets/folio.css",
  js: "/assets/folio.js",
  katexCss: "/assets/katex/katex.min.css",
} as const;

export async function writeAssets(outputDir: string): Promise<void> {
  await Promise.all([bundleClient(outputDir), bundleCss(outputDir), writeKatex(outputDir)]);
}

async function bundleClient(outputDir: string): Promise<void> {
  await build({
    entryPoints: [path.join(root, "src/client/main.ts")],
    outfile: path.join(outputDir, ASSET_URLS.js),
    bundle: true, minify: true, format: "esm", target: "es2020", platform: "browser",
    legalComments: "none", logLevel: "silent",
  });
}

async function bundleCss(outputDir: string): Promise<void> {
  await build({
    entryPoints: [path.join(root, "assets/css/folio.css")],
    outfile: path.join(outputDir, ASSET_URLS.css),
    bundle: true, minify: true, logLevel: "silent",
  });
}

async function writeKatex(outputDir: string): Promise<void> {
  const dist = path.dirname(createRequire(import.meta.url).resolve("katex/dist/katex.min.css"));
  const target = path.join(outputDir, path.dirname(ASSET_URLS.katexCss));
  await mkdir(path.join(target, "fonts"), { recursive: true });
  const css = await readFile(path.join(dist, "katex.min.css"), "utf8");
  await writeFile(path.join(target, "katex.min.css"), woff2Only(css));
  const fonts = (await readdir(path.join(dist, "fonts"))).filter((f) => f.endsWith(".woff2"));
  await Promise.all(fonts.map((f) => copyFile(path.join(dist, "fonts", f), path.join(target, "fonts", f))));
}

/**
 * Every browser we serve reads woff2, so the woff/ttf fallbacks are dropped
 * from the stylesheet (and not shipped): no reference to a file we don't have.
 */
export function woff2Only(css: string): string {
  return css.replace(/,\s*url\([^)]*\.(?:woff|ttf)\)\s*format\("(?:woff|truetype)"\)/g, "");
}
