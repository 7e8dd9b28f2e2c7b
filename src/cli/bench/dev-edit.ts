// Edit-to-updated-page time in the dev server: start `build.ts --serve` on the
// corpus, append a sentence to one section, and poll that page's HTML on disk
// until the sentence is there. Also records whether, and when, the section's
// previous and next pages were rewritten (a body edit changes nothing they
// show, so the dev server leaves them alone), and when Eleventy said the
// rebuild was done. Then the section's title is changed, which its
// neighbours show (prev/next): timed until the page and both neighbours show it.
import { readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pickSection } from "./corpus.ts";
import type { FolioProject } from "./folio.ts";
import { freePort, Server, sleep } from "./server.ts";
import type { DevEditResult } from "./types.ts";

const EDIT_TIMEOUT_MS = 120_000;
const WROTE = /Wrote (\d+) files?/;

export async function measureDevEdit(project: FolioProject, size: number, edits: number, warmup: number,
): Promise<DevEditResult> {
  const content = path.join(project.dir, project.contentFor(size));
  const out = `_dev-${size}`;
  const { handbook, k, neighbours } = pickSection(content);
  const source = path.join(content, "handbooks", handbook, `section${k}.md`);
  const html = (j: number) => path.join(project.dir, out, "handbooks", handbook, `section${j}`, "index.html");
  const result: DevEditResult = {
    size, page: `handbooks/${handbook}/section${k}`, neighbours: neighbours.map((j) => `section${j}`),
    pageS: [], allS: [], rebuildS: [], filesWritten: [], timeouts: 0, titleS: [], rssMb: [],
  };

  const port = await freePort();
  const server = new Server(process.execPath, ["--import", "tsx", "src/cli/build.ts", "--content",
    project.contentFor(size), "--output", out, "--serve", "--port", String(port)], project.dir);
  const original = readFileSync(source, "utf8");
  try {
    await server.waitFor(WROTE, 0, 10 * 60_000); // the initial full build
    const at = await server.waitFor(/Server at/, 0, 60_000);
    await checkServes(server.lines[at]!.text, result.page);
    await sleep(500);
    for (let i = 0; i < warmup + edits; i++) {
      const marker = `Bench edit marker ${process.pid}-${i}-${Date.now()}.`;
      const one = await editOnce(server, source, original, marker, html(k), neighbours.map(html));
      await revert(server, source, original);
      const titled = original.replace(/^title: .*$/m, `title: "${marker}"`);
      const titleS = await showsEverywhere(source, titled, marker, [html(k), ...neighbours.map(html)]);
      await revert(server, source, original);
      if (i < warmup) continue;
      result.titleS!.push(titleS);
      const rss = server.rssMb();
      if (rss !== undefined) result.rssMb!.push(rss);
      if (one.pageS === null) { result.timeouts++; continue; }
      result.pageS.push(one.pageS);
      result.allS.push(one.allS);
      if (one.rebuildS !== null) result.rebuildS.push(one.rebuildS);
      if (one.files !== null) result.filesWritten.push(one.files);
    }
    result.serverPeakMb = server.peakRssMb();
  } finally {
    writeFileSync(source, original);
    await server.stop();
  }
  return result;
}

/**
 * Puts the file back and lets that rebuild finish, so edits do not overlap.
 * Eleventy says "Watching…" only when no saved file is left to build (the
 * edit's own build may still be running when the file is put back).
 */
async function revert(server: Server, source: string, original: string): Promise<void> {
  const from = server.lines.length;
  writeFileSync(source, original);
  await server.waitFor(/Watching…/, from, EDIT_TIMEOUT_MS).catch(() => undefined);
  await sleep(300);
}

/** Seconds from the write until every file shows `marker`; null after the timeout. */
async function showsEverywhere(source: string, text: string, marker: string, files: string[]): Promise<number | null> {
  const t0 = performance.now();
  writeFileSync(source, text);
  while (performance.now() - t0 < EDIT_TIMEOUT_MS) {
    if (files.every((f) => readOr(f).includes(marker))) return (performance.now() - t0) / 1000;
    await sleep(5);
  }
  return null;
}

interface OneEdit { pageS: number | null; allS: number | null; rebuildS: number | null; files: number | null }

async function editOnce(server: Server, source: string, original: string, marker: string, page: string,
  neighbours: string[]): Promise<OneEdit> {
  const from = server.lines.length;
  // File times are wall-clock times: compared with Date.now(), not with the monotonic clock, which can drift from it.
  const before = neighbours.map(mtimeMs);
  const t0 = performance.now();
  const t0Wall = Date.now();
  writeFileSync(source, `${original}\n${marker}\n`);
  let pageS: number | null = null;
  let done: number | null = null;
  while (performance.now() - t0 < EDIT_TIMEOUT_MS && (pageS === null || done === null)) {
    if (pageS === null && readOr(page).includes(marker)) pageS = (performance.now() - t0) / 1000;
    if (done === null) {
      const i = server.lines.findIndex((l, j) => j >= from && WROTE.test(l.text));
      if (i >= 0) done = i;
    }
    await sleep(5);
  }
  // A neighbour's mtime says whether and when it was written again.
  const after = neighbours.map(mtimeMs);
  const rewritten = after.every((t, i) => t !== before[i]);
  const allS = pageS !== null && rewritten ? Math.max(pageS, ...after.map((t) => Math.max(0, t - t0Wall) / 1000)) : null;
  const line = done === null ? undefined : server.lines[done];
  return {
    pageS, allS,
    rebuildS: line ? (line.at - t0) / 1000 : null,
    files: line ? Number(WROTE.exec(line.text)![1]) : null,
  };
}

/** The server must actually serve the page, not only write it. */
async function checkServes(serverLine: string, page: string): Promise<void> {
  const base = /https?:\/\/[^\s/]+/.exec(serverLine)?.[0];
  if (!base) return;
  const res = await fetch(`${base}/${page}/`);
  if (!res.ok) throw new Error(`dev server answered ${res.status} for /${page}/`);
  await res.text();
}

function readOr(file: string): string {
  try { return readFileSync(file, "utf8"); } catch { return ""; }
}

function mtimeMs(file: string): number {
  try { return statSync(file).mtimeMs; } catch { return 0; }
}
