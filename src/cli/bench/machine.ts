// What the numbers were measured on: a 2-core machine shared with other
// builds, so the load average is part of the result.
import { readFileSync } from "node:fs";
import os from "node:os";
import type { Machine } from "./types.ts";

export function describeMachine(): Machine {
  return {
    cores: os.availableParallelism(),
    cpu: os.cpus()[0]?.model.trim() ?? "unknown CPU",
    memGiB: Math.round(os.totalmem() / 2 ** 30),
    os: osName(),
    node: process.version,
    loadStart: os.loadavg(),
    loadEnd: [],
    loadSeen: [],
    tools: {},
  };
}

function osName(): string {
  try {
    const m = /^PRETTY_NAME="?([^"\n]*)/m.exec(readFileSync("/etc/os-release", "utf8"));
    return `${m?.[1] ?? os.type()}, Linux ${os.release()}`;
  } catch {
    return `${os.type()} ${os.release()}`;
  }
}
