// `npm start` while an author edits: a saved page is updated alone when
// nothing other pages show of it changed, and its neighbours, the handbook's
// sidebar and landing follow a new title, a new or a deleted section; broken
// content is printed with file:line and shown on the pages (the server keeps
// running), and saving the fix recovers without a restart, in a real browser
// too (the dev server's live reload).
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { statSync, unlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { fixture, repoRoot } from "../helpers/build.ts";
import { launchChromium, skipWithoutChromium } from "../e2e/support.ts";
import { layeredCopy } from "./check-support.ts";

const content = layeredCopy(fixture(import.meta.url, "check-base"));
const hb = path.join(content, "handbooks/hb");
const section2 = path.join(hb, "section2.md");
const sectionFile = (n: number, title: string, body = `Body of section ${n}.`) =>
  writeFileSync(path.join(hb, `section${n}.md`), `---\ntitle: ${title}\ndescription: Section ${n}.\n---\n\n${body}\n`);
const write = (title: string, body = "Body of the second section.") => sectionFile(2, title, body);
write("Second Part");
sectionFile(3, "Third Part");
sectionFile(4, "Fourth Part");

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
let log = "";
// Eleventy's watcher refreshes a changed file only when everything it
// watches (the content, and Folio's layouts and code) lies inside the
// working folder, as when an author runs `npm start` in the repository. Here
// the content is in a temp folder, so the server runs from "/".
const workDir = path.parse(content).root;
const shown = path.relative(workDir, section2);
const server = spawn(process.execPath, [
  "--import", import.meta.resolve("tsx"), path.join(repoRoot, "src/cli/build.ts"), "--serve",
  "--content", content, "--output", path.join(path.dirname(content), "_site"), "--port", String(port),
], { cwd: workDir, env: { ...process.env, NO_COLOR: "1", FOLIO_CACHE_DIR: "off" }, stdio: ["ignore", "pipe", "pipe"] });
server.stdout.on("data", (d) => (log += d));
server.stderr.on("data", (d) => (log += d));
after(() => {
  server.kill();
});

const page = async (url: string) => (await fetch(base + url)).text();

/** Polls until `check` passes (a rebuild takes its time), failing with the last reason after `ms`. */
async function until(what: string, check: () => Promise<boolean> | boolean, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // The server may still be starting or rebuilding.
    }
    if (Date.now() > end) assert.fail(`timed out waiting until ${what}; server log:\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Saves, then waits until `check` passes. Right after start-up the file
 * watcher may still be scanning, and a save in that moment goes unnoticed:
 * save again when no change was logged, as an author would.
 */
async function saveUntil(what: string, save: () => void, check: () => Promise<boolean>): Promise<void> {
  let from = log.length;
  let savedAt = Date.now();
  save();
  await until(what, async () => {
    if (!/File (changed|added|deleted)/.test(log.slice(from)) && Date.now() - savedAt > 3000) {
      from = log.length;
      savedAt = Date.now();
      save();
    }
    return check();
  });
}

const nextTitle = (html: string) => /prev-next-next" rel="next"[^>]*>.*?<span class="prev-next-title">([^<]*)/s.exec(html)?.[1];
const prevTitle = (html: string) => /prev-next-prev" rel="prev"[^>]*>.*?<span class="prev-next-title">([^<]*)/s.exec(html)?.[1];
const sidebar = (html: string) => /<ol class="sidebar-list">(.*?)<\/ol>/s.exec(html)?.[1] ?? "";

/** When the dev server last wrote a page's file. */
const writtenAt = (url: string) => statSync(path.join(path.dirname(content), "_site", url, "index.html")).mtimeMs;

test("a body edit shows on the page, and the neighbours still show it as before, unwritten", async () => {
  await until("the dev server serves section 1", async () => nextTitle(await page("/handbooks/hb/section1/")) === "Second Part");
  await until("the first build is over", () => /Watching/.test(log));
  const neighbours = ["/handbooks/hb/section1/", "/handbooks/hb/section3/"];
  const before = neighbours.map(writtenAt);
  const mark = log.length;
  await saveUntil("the page shows the new sentence", () => write("Second Part", "A sentence written while serving."),
    async () => (await page("/handbooks/hb/section2/")).includes("A sentence written while serving."));
  await until("that rebuild is over", () => /Watching/.test(log.slice(mark)));
  assert.equal(nextTitle(await page("/handbooks/hb/section1/")), "Second Part");
  assert.equal(prevTitle(await page("/handbooks/hb/section3/")), "Second Part");
  // Nothing they show changed, so they are not laid out and written again.
  assert.deepEqual(neighbours.map(writtenAt), before);
});

test("a new title shows in the neighbours' prev/next and the sidebar and landing elsewhere", async () => {
  await saveUntil("section 1 links to the renamed section", () => write("Renamed Part"),
    async () => nextTitle(await page("/handbooks/hb/section1/")) === "Renamed Part");
  assert.equal(prevTitle(await page("/handbooks/hb/section3/")), "Renamed Part", "the next page's previous link");
  const other = sidebar(await page("/handbooks/hb/section4/"));
  assert.match(other, /Renamed Part/, "the sidebar of a page that is not a neighbour");
  assert.doesNotMatch(other, /Second Part/);
  assert.match(await page("/handbooks/hb/"), /Renamed Part/, "the landing's list of sections");
});

test("a new section joins the sidebar and prev/next; a deleted one leaves them", async () => {
  await saveUntil("section 4 links to the new section", () => sectionFile(5, "Fifth Part"),
    async () => nextTitle(await page("/handbooks/hb/section4/")) === "Fifth Part");
  assert.match(sidebar(await page("/handbooks/hb/section1/")), /Fifth Part/);

  await saveUntil("section 4 is the last again", () => unlinkSync(path.join(hb, "section5.md")),
    async () => nextTitle(await page("/handbooks/hb/section4/")) === undefined);
  assert.doesNotMatch(sidebar(await page("/handbooks/hb/section1/")), /Fifth Part/);
});

test("broken content: printed with file:line, shown on the pages, fixed without a restart", async () => {
  writeFileSync(section2, "---\ntitle: Broken: really\ndescription: d\n---\n\nBody.\n");
  const expected = `${shown}:2:8  error  front matter is not valid YAML: Nested mappings are not allowed in compact mappings`;
  await until("the error is printed", () => log.includes(expected));
  await until("the broken page shows the problem", async () => (await page("/handbooks/hb/section2/")).includes(expected));
  const other = await page("/handbooks/hb/section1/");
  assert.match(other, /id="folio-problems"/, "every page shows the panel while the content is broken");

  write("Fixed Part");
  await until("the fix is picked up", async () => {
    const html = await page("/handbooks/hb/section2/");
    return html.includes("Body of the second section.") && html.includes("Fixed Part") && !html.includes("folio-problems");
  });
  assert.equal(server.exitCode, null, "the dev server is still running");
});

test("in the browser, the panel appears and goes away by itself on save", { skip: skipWithoutChromium }, async () => {
  const browser = await launchChromium();
  try {
    const tab = await (await browser.newContext()).newPage();
    writeFileSync(section2, "---\ntitle: Math\ndescription: d\n---\n\nBroken $\\frac{1}{$ formula.\n");
    await until("the TeX error is printed", () => log.includes(`${shown}:6:18  error  Invalid TeX`));
    await tab.goto(`${base}/handbooks/hb/section2/`);
    await tab.locator("#folio-problems").waitFor({ state: "visible" });
    assert.match(await tab.locator("#folio-problems").innerText(), /section2\.md:6:18\s+error\s+Invalid TeX/);

    write("Repaired Part");
    // No navigation by the test: live reload brings the fixed page.
    await tab.locator("#folio-problems").waitFor({ state: "detached", timeout: 60_000 });
    await tab.locator("h1", { hasText: "Repaired Part" }).waitFor({ timeout: 60_000 });
    await tab.getByText("Body of the second section.").waitFor({ timeout: 60_000 });
  } finally {
    await browser.close();
  }
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
