// Runs the real build CLI on a content folder into a fresh temp folder, the
// way an author would, and gives tests the output to inspect.
import { spawn } from "node:child_process";
import { mkdtemp, readFile } from "node:fs/promises";
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface BuildResult {
  outDir: string;
  status: number;
  stdout: string;
  stderr: string;
  /** The HTML of a site URL ("/handbooks/x/section1/"), read from the output. */
  html(urlPath: string): string;
}

export interface BuildOptions {
  pathPrefix?: string;
  siteUrl?: string;
  /** Build into this folder instead of a fresh temp one. */
  outDir?: string;
  extraArgs?: string[];
  /** FOLIO_CACHE_DIR for this build: a folder, or "off". */
  cacheDir?: string;
}

export async function buildSite(contentDir: string, options: BuildOptions = {}): Promise<BuildResult> {
  const outDir = options.outDir ?? path.join(await mkdtemp(path.join(os.tmpdir(), "folio-test-")), "_site");
  // The command `npm run build` runs: the compiled CLI (src/cli/run.mjs).
  const args = [path.join(repoRoot, "src/cli/run.mjs"), "build", "--content", contentDir, "--output", outDir];
  if (options.pathPrefix) args.push("--prefix", options.pathPrefix);
  if (options.siteUrl) args.push("--site-url", options.siteUrl);
  args.push(...(options.extraArgs ?? []));
  const env = options.cacheDir === undefined ? process.env : { ...process.env, FOLIO_CACHE_DIR: options.cacheDir };
  const { status, stdout, stderr } = await run(process.execPath, args, repoRoot, env);
  return {
    outDir, status, stdout, stderr,
    html(urlPath: string) {
      const rel = urlPath.replace(/^\/+/, "");
      const file = rel === "" || rel.endsWith("/") ? path.join(outDir, rel, "index.html") : path.join(outDir, rel);
      return readFileSync(file, "utf8");
    },
  };
}

export function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) {
  return new Promise<{ status: number; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ status: code ?? 1, stdout, stderr }));
  });
}

export const fixture = (testFileUrl: string, name: string) =>
  path.join(path.dirname(fileURLToPath(testFileUrl)), "fixtures", name);

export const readText = (file: string) => readFile(file, "utf8");

/** Every file of a built site, by its path with forward slashes, as bytes. */
export function siteFiles(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file).split(path.sep).join("/"), readFileSync(file));
  }
  return files;
}
