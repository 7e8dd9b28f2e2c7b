// Shared browser-test plumbing: launch the system Chromium, build and serve a
// fixture site for a whole suite (browserSuite), and record everything on a
// page that should not happen (console errors, page errors, failed or
// off-site requests).
import { existsSync } from "node:fs";
import { after, before } from "node:test";
import assert from "node:assert/strict";
import { chromium, type Browser, type Page, type Request } from "playwright-core";
import { buildSite } from "../helpers/build.ts";
import { serveDir } from "../helpers/serve.ts";

export const CHROMIUM = "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM);
/** For `test(..., { skip })`: a reason when the browser is missing, else false. */
export const skipWithoutChromium = hasChromium ? false : `${CHROMIUM} is not installed`;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

export interface ServedSite {
  /** Absolute URL of a site path ("handbooks/demo/section1/"). */
  url(sitePath?: string): string;
  close(): Promise<void>;
}

export interface BrowserSuite {
  browser: Browser;
  /** The site served at "/" (or at the only prefix asked for). */
  site: ServedSite;
  /** The same site built and served under /some-repo/, when asked for. */
  prefixed: ServedSite;
}

/**
 * Call inside a describe(): before its tests, builds and serves the content
 * folder (also under /some-repo/ when `prefixes` says so) and launches
 * Chromium, all at once; after them, closes everything.
 */
export function browserSuite(contentDir: string, prefixes: readonly string[] = ["/"]): BrowserSuite {
  const suite = {} as BrowserSuite;
  let served: ServedSite[] = [];
  before(async () => {
    const [browser, ...sites] = await Promise.all([
      launchChromium(),
      ...prefixes.map((prefix) => buildAndServeDir(contentDir, prefix)),
    ]);
    served = sites;
    suite.browser = browser;
    suite.site = sites[0]!;
    suite.prefixed = sites[1]!;
  });
  after(async () => {
    await suite.browser?.close();
    await Promise.all(served.map((s) => s.close()));
  });
  return suite;
}

/** Builds any content folder and serves it on 127.0.0.1 under the prefix. */
export async function buildAndServeDir(contentDir: string, prefix = "/"): Promise<ServedSite> {
  const site = await buildSite(contentDir, prefix === "/" ? {} : { pathPrefix: prefix });
  assert.equal(site.status, 0, `build failed:\n${site.stdout}\n${site.stderr}`);
  const server = await serveDir(site.outDir, prefix);
  return { url: (sitePath = "") => server.url + sitePath.replace(/^\//, ""), close: () => server.close() };
}

/** Problems seen on a page since `watch` was called; assert it stays empty. */
export function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console error: ${msg.text()} (${msg.location().url})`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("requestfailed", (req) => {
    const error = req.failure()?.errorText ?? "";
    // A prefetch of the next section (src/client/prefetch.ts) that the
    // browser drops because the reader already left the page is not a
    // failure: nothing the reader sees is missing. Any other failure of a
    // prefetch, and any HTTP error it gets (below), still counts.
    if (isPrefetch(req) && error === "net::ERR_ABORTED") return;
    problems.push(`request failed: ${req.url()} ${error}`);
  });
  page.on("request", (req) => {
    const { protocol, hostname } = new URL(req.url());
    if (protocol !== "data:" && hostname !== "127.0.0.1") problems.push(`off-site request: ${req.url()}`);
  });
  page.on("response", (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return problems;
}

/** A speculative fetch (`<link rel=prefetch>`): Chromium marks it with Sec-Purpose. */
export function isPrefetch(req: Request): boolean {
  return (req.headers()["sec-purpose"] ?? "").includes("prefetch");
}

/**
 * Resolves once the page has rendered two more frames and run the tasks
 * queued meanwhile: by then IntersectionObserver has reported what is on
 * screen, so a check that something did NOT happen is meaningful.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))));
}
