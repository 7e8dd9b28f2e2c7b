// Reads a Jekyll site from disk: its pages and includes (Markdown and HTML),
// the list of every other file (assets a page may link to), and the few
// `_config.yml` settings that shape its URLs.
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { contentError } from "../checks/diagnostics.ts";
import type { ImportLog } from "./log.ts";
import type { SiteFile } from "./types.ts";

export interface JekyllConfig {
  baseurl: string;
  /** Host of `url:` ("user.github.io"), to recognise absolute links to the old site itself. */
  host?: string;
  exclude: string[];
}

export interface Site {
  root: string;
  config: JekyllConfig;
  /** Markdown and HTML files, by site-relative path. */
  texts: Map<string, SiteFile>;
  /** Every file of the site (assets included), site-relative. */
  files: Set<string>;
}

const SKIP_DIRS = new Set(["_site", ".git", ".jekyll-cache", ".sass-cache", "node_modules", "vendor", ".bundle", ".github"]);
const TEXT = /\.(?:md|markdown|html?)$/i;

export async function readSite(root: string, log: ImportLog): Promise<Site> {
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw contentError({
      file: root, line: 1, col: 1,
      message: info ? "this is a file, not the folder of a Jekyll site" : "there is no folder here",
      hint: "give the folder that holds the site's _config.yml, e.g.  npm run import -- ../my-handbooks",
    });
  }
  const config = await readConfig(root, log);
  const files = new Set<string>();
  const texts = new Map<string, SiteFile>();
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  for (const e of entries) {
    if (!e.isFile()) continue;
    const abs = path.join(e.parentPath, e.name);
    const rel = path.relative(root, abs).split(path.sep).join("/");
    if (rel.split("/").some((part) => SKIP_DIRS.has(part))) continue;
    if (config.exclude.some((x) => rel === x || rel.startsWith(`${x.replace(/\/$/, "")}/`))) continue;
    files.add(rel);
    // Windows line endings are read as plain newlines; the output is written with \n.
    if (TEXT.test(rel)) texts.set(rel, { rel, abs, text: (await readFile(abs, "utf8")).replace(/\r\n?/g, "\n") });
  }
  if (![...texts.keys()].some((r) => !r.startsWith("_layouts/"))) {
    throw contentError({
      file: root, line: 1, col: 1,
      message: "found no Markdown or HTML pages in this folder",
      hint: "give the root folder of the Jekyll site (the one with _config.yml)",
    });
  }
  return { root, config, texts, files };
}

async function readConfig(root: string, log: ImportLog): Promise<JekyllConfig> {
  const file = path.join(root, "_config.yml");
  const text = await readFile(file, "utf8").catch(() => undefined);
  const fallback: JekyllConfig = { baseurl: "", exclude: [] };
  if (text === undefined) return fallback;
  let data: Record<string, unknown> = {};
  try {
    data = (parseYaml(text) as Record<string, unknown> | null) ?? {};
  } catch (error) {
    log.warn({ file: "_config.yml", line: 1, col: 1, message: `_config.yml is not valid YAML (${String((error as Error).message).split("\n")[0]}); its settings were ignored`,
      hint: "fix the YAML in the old site's _config.yml (title, baseurl, url) and import again, or set the site title in content/index.md afterwards" });
    return fallback;
  }
  const str = (v: unknown) => (typeof v === "string" ? v : "");
  let host: string | undefined;
  try {
    host = str(data["url"]) ? new URL(str(data["url"])).host : undefined;
  } catch {
    host = undefined;
  }
  return {
    baseurl: str(data["baseurl"]).replace(/\/+$/, ""),
    host,
    exclude: Array.isArray(data["exclude"]) ? data["exclude"].filter((x): x is string => typeof x === "string") : [],
  };
}
