// "Last updated" falls back to each file's last commit date. One `git log`
// over the content folder per build gives every file's date at once (the
// newest commit that touched it comes first). Without git, or outside a
// repository, there are no dates: pages then show none, never "today".
import { execFile } from "node:child_process";

export interface GitFacts {
  /** Last commit date by content-relative path ("handbooks/x/section1.md"). */
  dates: Map<string, Date>;
  /** The content folder's path inside the repository ("content/"), when in one. */
  repoPrefix?: string;
}

const RECORD = "\x1e";

export async function readGitFacts(contentDir: string): Promise<GitFacts> {
  const [log, prefix] = await Promise.all([
    git(contentDir, ["log", `--pretty=format:${RECORD}%cI`, "--name-only", "-z", "--relative", "--", "."]),
    git(contentDir, ["rev-parse", "--show-prefix"]),
  ]);
  return {
    dates: log === undefined ? new Map() : parseGitLog(log),
    repoPrefix: prefix === undefined ? undefined : prefix.trim(),
  };
}

/**
 * Parses `git log --pretty=format:%x1e%cI --name-only -z`: records start
 * with \x1e, then the ISO date, a newline, and NUL-terminated file names.
 */
export function parseGitLog(output: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const record of output.split(RECORD)) {
    const newline = record.indexOf("\n");
    if (newline < 0) continue;
    const date = new Date(record.slice(0, newline).trim());
    if (Number.isNaN(date.getTime())) continue;
    for (const name of record.slice(newline + 1).split("\0")) {
      const file = name.trim();
      if (file && !dates.has(file)) dates.set(file, date);
    }
  }
  return dates;
}

/** stdout of a git command, or undefined when git is missing or fails (e.g. not a repository). */
function git(cwd: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile("git", ["-C", cwd, ...args], { maxBuffer: 512 * 1024 * 1024, encoding: "utf8" }, (error, stdout) => {
      resolve(error ? undefined : stdout);
    });
  });
}
