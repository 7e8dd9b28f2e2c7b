// The images and other files beside the Markdown (PNG, SVG, PDF…), copied to
// the same place in the site. Eleventy's passthrough copy does this when it
// writes the site; a production build runs Eleventy dry (page-writer.ts).
import { isCopiedFile } from "../content/urls.ts";
import { copyFiles } from "../publish/copy-tree.ts";

export async function copyContentFiles(contentDir: string, outputDir: string, relPaths: readonly string[]): Promise<void> {
  await copyFiles(contentDir, outputDir, relPaths.filter(isCopiedFile));
}
