// Runs one command and measures its wall time and peak memory.
//
// Peak memory comes from GNU time (`/usr/bin/time -f %M`): it reads the
// rusage that wait4() returns for the child, so it works the same for a Node
// build and for Hugo's Go binary. (process.resourceUsage().maxRSS only covers
// the calling process, so it would need a wrapper that can only wrap Node.)
// %M is the largest single process of the tree, not a sum; every command
// timed here runs as one process. Wall time is taken here, around the spawn,
// with sub-millisecond resolution instead of time's 10 ms.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Sample } from "./types.ts";

const GNU_TIME = "/usr/bin/time";

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

export interface Measured extends Sample {
  status: number;
  output: string;
}

/** Installs GNU time with apt-get when it is missing (bench only; tests never call this). */
export function ensureGnuTime(): void {
  if (existsSync(GNU_TIME)) return;
  aptInstall("time");
  if (!existsSync(GNU_TIME)) throw new Error(`${GNU_TIME} is missing and apt-get could not install it`);
}

export function aptInstall(pkg: string): void {
  console.log(`bench: installing ${pkg} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  let r = spawnSync("apt-get", ["install", "-y", "-qq", pkg], { stdio: "inherit", env });
  if (r.status !== 0) { // a fresh machine has no package lists yet
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    r = spawnSync("apt-get", ["install", "-y", "-qq", pkg], { stdio: "inherit", env });
  }
}

export function measure(cmd: string, args: string[], opts: RunOptions): Promise<Measured> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "folio-bench-time-"));
  const timeFile = path.join(dir, "time.txt");
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(GNU_TIME, ["-f", "%e %M", "-o", timeFile, cmd, ...args], {
      cwd: opts.cwd,
      env: { ...process.env, NO_COLOR: "1", ...opts.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    // Keep only the tail: a failing build's last lines say why; the rest is noise.
    const keep = (d: Buffer) => { output = (output + d.toString()).slice(-20_000); };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    const timer = setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs ?? 15 * 60_000);
    child.on("error", reject);
    child.on("close", (code) => {
      const wallS = (performance.now() - started) / 1000;
      clearTimeout(timer);
      const peakRssMb = readPeakKb(timeFile) / 1024;
      rmSync(dir, { recursive: true, force: true });
      resolve({ wallS, peakRssMb, status: code ?? 1, output });
    });
  });
}

/** GNU time writes "Command exited with non-zero status N" before its line on failure, so read the last line. */
function readPeakKb(file: string): number {
  try {
    const last = readFileSync(file, "utf8").trim().split("\n").pop() ?? "";
    const kb = Number(last.split(/\s+/)[1]);
    return Number.isFinite(kb) ? kb : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** Runs a command to completion and fails loudly: for setup steps that are not timed. */
export function runOrThrow(cmd: string, args: string[], cwd: string): string {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed:\n${r.stdout}${r.stderr}`);
  return r.stdout;
}
