// Eleventy's entry point. It only wires Folio's plugin (src/eleventy/); the
// CLI (src/cli/build.ts) passes the options through the environment.
import path from "node:path";
import { folioPlugin, LAYOUTS_DIR, type EleventyConfig } from "./src/eleventy/plugin.ts";
import { readOptions } from "./src/eleventy/options.ts";

export default async function (eleventyConfig: EleventyConfig) {
  const options = readOptions();
  await folioPlugin(eleventyConfig, options);
  return {
    dir: {
      input: path.relative(process.cwd(), options.contentDir) || ".",
      output: options.outputDir,
      layouts: LAYOUTS_DIR,
    },
    markdownTemplateEngine: false,
    htmlTemplateEngine: false,
    templateFormats: ["md"],
  };
}
