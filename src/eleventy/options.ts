// Build options, passed from the CLI to the Eleventy config through the
// environment (Eleventy loads .eleventy.ts itself, so arguments can't reach it).
import path from "node:path";
import { normalizePrefix } from "../content/urls.ts";

export interface FolioOptions {
  contentDir: string;
  outputDir: string;
  pathPrefix: string;
  siteUrl?: string;
  /** Publishing settings that win over content/index.md (see src/publish/settings.ts). */
  repository?: string;
  repositoryBranch?: string;
  cname?: string;
  mode: "production" | "development";
  /** Where rendered code and math are cached between builds; undefined: no disk cache. */
  cacheDir?: string;
  /** `npm run check`: render to find problems, write nothing (no assets, no highlighting). */
  check?: boolean;
  /**
   * Production builds: Folio writes each page itself as it is laid out and
   * Eleventy runs dry, so no page's HTML stays in memory for the whole build
   * (see src/eleventy/page-writer.ts). The dev server lets Eleventy write.
   */
  writePages?: boolean;
}

export function readOptions(env: NodeJS.ProcessEnv = process.env): FolioOptions {
  return {
    contentDir: path.resolve(env.FOLIO_CONTENT || "content"),
    outputDir: path.resolve(env.FOLIO_OUTPUT || "_site"),
    pathPrefix: normalizePrefix(env.FOLIO_PATH_PREFIX),
    siteUrl: env.FOLIO_SITE_URL ? env.FOLIO_SITE_URL.replace(/\/+$/, "") : undefined,
    repository: env.FOLIO_REPOSITORY || undefined,
    repositoryBranch: env.FOLIO_REPOSITORY_BRANCH || undefined,
    cname: env.FOLIO_CNAME || undefined,
    mode: env.FOLIO_MODE === "development" ? "development" : "production",
    // FOLIO_CACHE_DIR=off turns the disk cache off (the bench's cold builds use a fresh folder instead).
    cacheDir: env.FOLIO_CACHE_DIR === "off" ? undefined : path.resolve(env.FOLIO_CACHE_DIR || ".cache"),
    check: env.FOLIO_CHECK === "1",
    writePages: env.FOLIO_WRITE_PAGES === "1",
  };
}

export function optionsToEnv(o: Partial<FolioOptions>): Record<string, string> {
  const env: Record<string, string> = {};
  if (o.contentDir) env.FOLIO_CONTENT = o.contentDir;
  if (o.outputDir) env.FOLIO_OUTPUT = o.outputDir;
  if (o.pathPrefix) env.FOLIO_PATH_PREFIX = o.pathPrefix;
  if (o.siteUrl) env.FOLIO_SITE_URL = o.siteUrl;
  if (o.repository) env.FOLIO_REPOSITORY = o.repository;
  if (o.repositoryBranch) env.FOLIO_REPOSITORY_BRANCH = o.repositoryBranch;
  if (o.cname) env.FOLIO_CNAME = o.cname;
  if (o.mode) env.FOLIO_MODE = o.mode;
  if (o.check) env.FOLIO_CHECK = "1";
  if (o.writePages) env.FOLIO_WRITE_PAGES = "1";
  return env;
}
