// `npm start` while an author edits: neighbours follow a renamed section,
// broken content is printed with file:line and shown on the pages (the
// server keeps running), and saving the fix recovers without a restart,
// in a real browser too (the dev server's live reload).
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { fixture, repoRoot } from "../helpers/build.ts";
import { launchChromium, skipWithoutChromium } from "../e2e/support.ts";
import { layeredCopy } from "./check-support.ts";

const content = layeredCopy(fixture(import.meta.url, "check-base"));
const section2 = path.join(content, "handbooks/hb/section2.md");
const write = (title: string) =>
  writeFileSync(section2, `---\ntitle: ${title}\ndescription: The second section.\n---\n\nBody of the second section.\n`);
write("Second Part");

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

test("after a rename, the page's neighbours show the new title (prev/next and sidebar)", async () => {
  await until("the dev server serves section 1", async () => (await page("/handbooks/hb/section1/")).includes("Second Part"));
  // Right after start-up the file watcher may still be scanning, and a save
  // in that moment goes unnoticed: save again until a change is logged, as
  // an author would.
  write("Renamed Part");
  let savedAt = Date.now();
  await until("section 1 links to the renamed section", async () => {
    if (!log.includes("File changed") && Date.now() - savedAt > 3000) {
      write("Renamed Part");
      savedAt = Date.now();
    }
    const html = await page("/handbooks/hb/section1/");
    return html.includes("Renamed Part") && !html.includes("Second Part");
  });
  const html = await page("/handbooks/hb/section1/");
  assert.match(html, /rel="next"[^>]*>.*Renamed Part/, "the next link shows the new title");
  assert.equal(html.match(/Renamed Part/g)!.length >= 2, true, "the sidebar shows it too");
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
