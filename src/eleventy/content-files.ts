// The images and other files beside the Markdown (PNG, SVG, PDF…), copied to
// the same place in the site. Eleventy's passthrough copy does this when it
// writes the site; a production build runs Eleventy dry (page-writer.ts).
import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { isCopiedFile } from "../content/urls.ts";

export async function copyContentFiles(contentDir: string, outputDir: string, relPaths: readonly string[]): Promise<void> {
  const files = relPaths.filter(isCopiedFile);
  await Promise.all(files.map(async (rel) => {
    const to = path.join(outputDir, rel);
    await mkdir(path.dirname(to), { recursive: true });
    await copyFile(path.join(contentDir, rel), to);
  }));
}
