// The generators Folio is compared with, each built from its own copy of the
// same corpus in its own temp project, with a minimal layout: Hugo (Go,
// goldmark, Chroma highlighting on), plain Eleventy (this repo's Eleventy, no
// highlighting, no math), and Jekyll when it is installed.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { copyCorpus, countHtml } from "./corpus.ts";
import { aptInstall, measure, type Measured } from "./measure.ts";

export interface Peer {
  key: string;
  tool: string;
  version: string;
  /** Copies the corpus into the peer's project (not timed). */
  addCorpus(corpus: string, size: number): void;
  /** One cold build: previous output and caches removed first. */
  build(size: number): Promise<Measured>;
  htmlFiles(size: number): number;
}

const write = (file: string, text: string) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
};

export function toolVersion(cmd: string, args: string[]): string | undefined {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim().split("\n")[0] : undefined;
}

/** Hugo, installed with apt-get when missing (the bench only; the tests never need it). */
export function hugoPeer(workDir: string): Peer {
  if (!toolVersion("hugo", ["version"])) aptInstall("hugo");
  // "hugo v0.111.3+extended linux/amd64 BuildDate=…": the first two words are enough.
  const version = toolVersion("hugo", ["version"])?.split(" ").slice(0, 2).join(" ");
  if (!version) throw new Error("hugo is missing and apt-get could not install it; use --no-hugo");
  const site = (size: number) => path.join(workDir, `hugo-${size}`);
  return {
    key: "hugo", tool: "Hugo", version,
    addCorpus(corpus, size) {
      const dir = site(size);
      copyCorpus(corpus, path.join(dir, "content"));
      // Hugo reads index.md as a leaf bundle, which would swallow the sections
      // next to it as resources; _index.md makes the folder a list page.
      renameIndexes(path.join(dir, "content"));
      write(path.join(dir, "hugo.toml"), HUGO_CONFIG);
      for (const [name, text] of Object.entries(HUGO_LAYOUTS)) write(path.join(dir, "layouts/_default", name), text);
    },
    build(size) {
      const dir = site(size);
      for (const d of ["public", "resources", ".hugo_cache"]) rmSync(path.join(dir, d), { recursive: true, force: true });
      return measure("hugo", ["--quiet", "--cacheDir", path.join(dir, ".hugo_cache")], { cwd: dir });
    },
    htmlFiles: (size) => countHtml(path.join(site(size), "public")),
  };
}

function renameIndexes(dir: string): void {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) renameIndexes(p);
    else if (name === "index.md") renameSync(p, path.join(dir, "_index.md"));
  }
}

const HUGO_CONFIG = `baseURL = "http://localhost/"
title = "Bench"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[markup.goldmark.renderer]
unsafe = true
[markup.highlight]
codeFences = true
noClasses = true
`;

const HUGO_LAYOUTS: Record<string, string> = {
  "baseof.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body>{{ block "main" . }}{{ end }}</body></html>\n`,
  "single.html": `{{ define "main" }}<main><h1>{{ .Title }}</h1>{{ .Content }}</main>{{ end }}\n`,
  "list.html": `{{ define "main" }}<main><h1>{{ .Title }}</h1>{{ .Content }}<ul>{{ range .Pages }}` +
    `<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></main>{{ end }}\n`,
};

/** Eleventy as it comes (its default markdown-it), from this repo's node_modules. */
export function eleventyPeer(workDir: string, repoRoot: string): Peer {
  const cli = path.join(repoRoot, "node_modules/@11ty/eleventy/cmd.cjs");
  const version = `Eleventy ${toolVersion(process.execPath, [cli, "--version"]) ?? "?"}`;
  const site = (size: number) => path.join(workDir, `eleventy-${size}`);
  return {
    key: "eleventy", tool: "Eleventy (plain)", version,
    addCorpus(corpus, size) {
      const dir = site(size);
      copyCorpus(corpus, path.join(dir, "content"));
      write(path.join(dir, "package.json"), `{ "type": "module", "private": true }\n`);
      write(path.join(dir, "eleventy.config.mjs"), ELEVENTY_CONFIG);
      write(path.join(dir, "_includes/base.11ty.js"), ELEVENTY_LAYOUT);
    },
    build(size) {
      rmSync(path.join(site(size), "_site"), { recursive: true, force: true });
      return measure(process.execPath, [cli, "--config=eleventy.config.mjs", "--quiet"], { cwd: site(size) });
    },
    htmlFiles: (size) => countHtml(path.join(site(size), "_site")),
  };
}

const ELEVENTY_CONFIG = `export default function (config) {
  config.addGlobalData("layout", "base.11ty.js");
  return {
    dir: { input: "content", includes: "../_includes", output: "_site" },
    markdownTemplateEngine: false,
    templateFormats: ["md"],
  };
}
`;

const ELEVENTY_LAYOUT = "export default (data) => `<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">" +
  "<title>${data.title}</title></head><body><main><h1>${data.title}</h1>${data.content}</main></body></html>`;\n";
