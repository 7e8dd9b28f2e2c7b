// A long-running child (the dev server) in its own process group, so that
// stopping it also stops anything it spawned, with its log lines timestamped
// for the edit measurement.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import net from "node:net";

export interface LogLine { text: string; at: number }

const live = new Set<ChildProcess>();
// If the bench dies or is interrupted, leave no server behind.
process.on("exit", () => { for (const c of live) killGroup(c, "SIGKILL"); });
for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => process.exit(130));

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try { if (child.pid) process.kill(-child.pid, signal); } catch { /* already gone */ }
}

export class Server {
  readonly lines: LogLine[] = [];
  private readonly child: ChildProcess;
  private exited = false;

  constructor(cmd: string, args: string[], cwd: string) {
    this.child = spawn(cmd, args, { cwd, detached: true, stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NO_COLOR: "1" } });
    live.add(this.child);
    this.child.on("exit", () => { this.exited = true; live.delete(this.child); });
    let partial = "";
    const onData = (d: Buffer) => {
      const parts = (partial + d.toString()).split("\n");
      partial = parts.pop() ?? "";
      const at = performance.now();
      // Eleventy logs one "Writing …" line per page; only the summaries matter here.
      for (const text of parts) if (!text.includes("Writing ")) this.lines.push({ text, at });
    };
    this.child.stdout!.on("data", onData);
    this.child.stderr!.on("data", onData);
  }

  /** Index of the first line from `from` on matching re; waits for it. */
  async waitFor(re: RegExp, from: number, timeoutMs: number): Promise<number> {
    const until = performance.now() + timeoutMs;
    for (;;) {
      const i = this.lines.findIndex((l, j) => j >= from && re.test(l.text));
      if (i >= 0) return i;
      if (this.exited) throw new Error(`dev server exited:\n${this.tail()}`);
      if (performance.now() > until) throw new Error(`no ${re} from the dev server in ${timeoutMs} ms:\n${this.tail()}`);
      await sleep(10);
    }
  }

  tail(n = 15): string {
    return this.lines.slice(-n).map((l) => l.text).join("\n");
  }

  /** The process's peak resident memory so far (VmHWM), in MB. */
  peakRssMb(): number | undefined {
    return this.status("VmHWM");
  }

  /** The process's resident memory now (VmRSS), in MB. */
  rssMb(): number | undefined {
    return this.status("VmRSS");
  }

  private status(field: string): number | undefined {
    try {
      const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${this.child.pid}/status`, "utf8"));
      return m ? Number(m[1]) / 1024 : undefined;
    } catch {
      return undefined;
    }
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    const gone = new Promise<void>((resolve) => this.child.once("exit", () => resolve()));
    killGroup(this.child, "SIGTERM");
    const timer = setTimeout(() => killGroup(this.child, "SIGKILL"), 3000);
    await gone;
    clearTimeout(timer);
    killGroup(this.child, "SIGKILL"); // anything the server left in its group
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A port nobody listens on right now (the server may still pick another; we read the one it prints). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}
