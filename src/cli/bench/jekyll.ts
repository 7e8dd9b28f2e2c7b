// Jekyll: measured when `jekyll` is on the PATH (a minimal site: kramdown with
// GFM input, Rouge highlighting, one layout), otherwise the figure peers
// published in shared/bench/README.md, marked as such everywhere it appears.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { copyCorpus, countHtml } from "./corpus.ts";
import { measure } from "./measure.ts";
import { toolVersion, type Peer } from "./peers.ts";
import type { BuildRow } from "./types.ts";

/** Cold builds, 10 handbooks, seed 1, medians of interleaved rounds (shared/bench/README.md). */
export const PUBLISHED_JEKYLL_S: Record<number, number> = { 200: 3.0, 1000: 14.6 };

export function publishedJekyllRow(size: number): BuildRow | undefined {
  const t = PUBLISHED_JEKYLL_S[size];
  return t === undefined ? undefined : { key: "jekyll", tool: "Jekyll 4.3", size, samples: [], publishedS: t };
}

export function jekyllPeer(workDir: string): Peer | undefined {
  const version = toolVersion("jekyll", ["--version"]);
  if (!version) return undefined;
  const site = (size: number) => path.join(workDir, `jekyll-${size}`);
  return {
    key: "jekyll", tool: "Jekyll", version,
    addCorpus(corpus, size) {
      const dir = site(size);
      copyCorpus(corpus, dir);
      writeFileSync(path.join(dir, "_config.yml"), JEKYLL_CONFIG);
      mkdirSync(path.join(dir, "_layouts"), { recursive: true });
      writeFileSync(path.join(dir, "_layouts/default.html"), JEKYLL_LAYOUT);
    },
    build(size) {
      const dir = site(size);
      for (const d of ["_site", ".jekyll-cache"]) rmSync(path.join(dir, d), { recursive: true, force: true });
      return measure("jekyll", ["build", "--quiet"], { cwd: dir });
    },
    htmlFiles: (size) => countHtml(path.join(site(size), "_site")),
  };
}

// render_with_liquid off: the pages are Markdown with TeX in them, not Liquid templates.
const JEKYLL_CONFIG = `title: Bench
markdown: kramdown
highlighter: rouge
permalink: pretty
kramdown:
  input: GFM
  syntax_highlighter: rouge
defaults:
  - scope: { path: "" }
    values: { layout: default, render_with_liquid: false }
`;

const JEKYLL_LAYOUT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ page.title }}</title></head>
<body><main><h1>{{ page.title }}</h1>{{ content }}</main></body></html>
`;
