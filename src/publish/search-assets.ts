// The search UI bundle (src/client/search/ui.ts -> /assets/search.js), built
// with every build next to the core bundle but loaded only on first use.
import { build } from "esbuild";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { SEARCH_URLS } from "./handbook-pages.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export async function writeSearchUi(outputDir: string): Promise<void> {
  await build({
    entryPoints: [path.join(root, "src/client/search/ui.ts")],
    outfile: path.join(outputDir, SEARCH_URLS.script),
    bundle: true, minify: true, format: "esm", target: "es2020", platform: "browser",
    legalComments: "none", logLevel: "silent",
  });
}
