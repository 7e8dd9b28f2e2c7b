// Production builds write pages themselves. Eleventy keeps every page it
// renders (its body and its final HTML) until the build ends: at 1000
// sections that was about 200 MB of live strings, at 10,000 about 2 GB. So in
// a production build Eleventy runs dry: the Markdown library hands Eleventy an
// empty string and keeps the body here (for a page from the body cache, a
// RenderedBody that reads it from disk when asked) until the layout takes it; the layout
// writes the page and hands Eleventy an empty string again. What stays is a
// hash of each page (the search index's cache key) and its URL (link checks).
//
// The files are written by a worker thread: creating a thousand folders and
// files cost the rendering thread most of a second of system calls, which the
// other core now does while the next pages are laid out.
import path from "node:path";
import { sha1 } from "../content/sha1.ts";
import { Worker } from "node:worker_threads";
import { SetupError } from "../checks/diagnostics.ts";
import { writeFix } from "./cache-folders.ts";
import type { RenderedBody } from "./body-cache.ts";

export interface WrittenPage {
  url: string;
  outputPath: string;
  /** sha1 of the HTML, for the search index's cache key. */
  hash: string;
}

// The CLI reports how many pages were written, and stops the writers of a
// failed build; globals survive the config being loaded as a separate module graph.
const COUNT = Symbol.for("folio.pagesWritten");
const WRITERS = Symbol.for("folio.pageWriters");
type Holder = { [COUNT]?: number; [WRITERS]?: Set<PageWriter> };

/** Pages written by the last production build of this process. */
export function pagesWritten(): number | undefined {
  return (globalThis as Holder)[COUNT];
}

/** Stops every page writer, written or not (a failed build, before its folder is removed). */
export async function closePageWriters(): Promise<void> {
  await Promise.all([...((globalThis as Holder)[WRITERS] ?? [])].map((w) => w.close()));
}

// Plain JavaScript, so the worker needs no TypeScript loader. It writes each
// page as it arrives; after a failure it writes nothing more, and a "flush"
// is answered with the failure (or null) once everything before it is written.
const WRITER = `
const { parentPort } = require("node:worker_threads");
const { appendFileSync, mkdirSync, writeFileSync } = require("node:fs");
const path = require("node:path");
let failure = null;
parentPort.on("message", (m) => {
  if (m === "flush") {
    parentPort.postMessage(failure);
    failure = null;
    return;
  }
  if (failure) return;
  try {
    if (m.append) appendFileSync(m.file, m.text);
    else {
      mkdirSync(path.dirname(m.file), { recursive: true });
      writeFileSync(m.file, m.text);
    }
  } catch (error) {
    failure = { message: String(error && error.message), code: error && error.code };
  }
});
`;

export class PageWriter {
  private readonly bodies = new Map<string, string | RenderedBody>();
  private readonly written = new Map<string, WrittenPage>();
  private worker?: Worker;
  private crashed?: Error;

  /** The Markdown library's side: keeps a page's body for its layout; Eleventy gets "". */
  keepBody(inputPath: string, body: string | RenderedBody): "" {
    this.bodies.set(path.resolve(inputPath), body);
    return "";
  }

  /** The layout's side: the body kept for this page (once). */
  takeBody(inputPath: string): string | RenderedBody | undefined {
    const key = path.resolve(inputPath);
    const body = this.bodies.get(key);
    this.bodies.delete(key);
    return body;
  }

  write(url: string, outputPath: string, html: string): "" {
    this.written.set(outputPath, { url, outputPath, hash: sha1(html) });
    (globalThis as Holder)[COUNT] = this.written.size;
    this.send(outputPath, html, false);
    return "";
  }

  /** Any other file of the site (the generated pages), written or appended to in order; not a page of the search index. */
  writeFile(file: string, text: string, append = false): void {
    this.send(file, text, append);
  }

  // The text is copied to the worker as it is; encoding it to UTF-8 is the worker's work.
  private send(file: string, text: string, append: boolean): void {
    if (!this.worker) {
      this.worker = new Worker(WRITER, { eval: true });
      ((globalThis as Holder)[WRITERS] ??= new Set()).add(this);
      // A build that ends without waiting for its files has failed: nothing keeps its process alive.
      this.worker.unref();
      // The thread itself failing (out of memory, say) is reported by the next flush, not as a crash.
      this.worker.on("error", (error) => {
        this.crashed ??= error;
      });
    }
    this.worker.postMessage({ file, text, append });
  }

  /** Waits until every file sent so far is on disk; throws if one could not be written (a full disk, say). */
  async flush(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    if (this.crashed) throw this.crashed;
    const failure = await new Promise<{ message: string; code?: string } | null>((resolve, reject) => {
      const onError = (error: Error) => {
        worker.off("message", onAnswer);
        reject(error);
      };
      const onAnswer = (answer: { message: string; code?: string } | null) => {
        worker.off("error", onError);
        resolve(answer);
      };
      worker.once("message", onAnswer);
      worker.once("error", onError);
      worker.postMessage("flush");
    });
    if (failure) {
      throw new SetupError(`could not write the site's files (${failure.message}); ${writeFix(failure.code, "the output folder")}, then build again.`);
    }
  }

  /** After the build (or when it failed: what was not written yet is dropped): the worker goes. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    (globalThis as Holder)[WRITERS]?.delete(this);
    await worker?.terminate();
  }

  pages(): WrittenPage[] {
    return [...this.written.values()];
  }

  /** Before each build. */
  clear(): void {
    this.bodies.clear();
    this.written.clear();
  }
}
