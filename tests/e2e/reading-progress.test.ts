// Reading progress in a real browser: a section counts as read once the end
// of its text has been on screen; the sidebar and the landing show it, the
// landing links to the first unread section, a reset clears it, and all of it
// survives reloads and works under a path prefix.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { BrowserContext, Page } from "playwright-core";
import { fixture } from "../helpers/build.ts";
import { browserSuite, type ServedSite, settle, skipWithoutChromium, watch } from "./support.ts";

const LANDING = "handbooks/guide/";
const SHORT = "handbooks/guide/section1/"; // fits on one screen: read as soon as it is shown
const LONG = "handbooks/guide/section2/"; // several screens long
const EXAMPLES = "handbooks/guide/section3/";
const LAST = "handbooks/guide/section4/";
const OTHER_LANDING = "handbooks/second/";
const VIEWPORT = { width: 1280, height: 800 };

describe("reading progress", { skip: skipWithoutChromium }, () => {
  const suite = browserSuite(fixture(import.meta.url, "reading-site"), ["/", "/some-repo/"]);

  /** A fresh browser profile: empty storage. */
  async function fresh(): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
    const context = await suite.browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    return { context, page, problems: watch(page) };
  }

  /** Site paths of the sidebar links marked read, in order. */
  const readInSidebar = (page: Page, s: ServedSite) =>
    page.locator(".sidebar-list a.is-read").evaluateAll(
      (links, root) => links.map((a) => (a as HTMLAnchorElement).href.slice(root.length)), s.url());

  const readOnLanding = (page: Page, s: ServedSite) =>
    page.locator("a.section-list-title.is-read").evaluateAll(
      (links, root) => links.map((a) => (a as HTMLAnchorElement).href.slice(root.length)), s.url());

  async function readToEnd(page: Page, s: ServedSite, sitePath: string): Promise<void> {
    await page.goto(s.url(sitePath));
    await page.locator(".prev-next").scrollIntoViewIfNeeded();
    await page.locator('.sidebar-list a[aria-current="page"].is-read').waitFor({ state: "attached" });
  }

  test("a long section is marked read only once the end of its text has been on screen", async () => {
    const { context, page, problems } = await fresh();
    await page.goto(suite.site.url(LONG));
    await settle(page);
    assert.deepEqual(await readInSidebar(page, suite.site), [], "the top of the section is not the end");

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2 - window.innerHeight));
    await settle(page);
    assert.deepEqual(await readInSidebar(page, suite.site), [], "halfway is not the end either");

    await page.locator(".article-footer").scrollIntoViewIfNeeded();
    const current = page.locator('.sidebar-list a[aria-current="page"]');
    await page.locator('.sidebar-list a[aria-current="page"].is-read').waitFor({ state: "attached" });
    assert.deepEqual(await readInSidebar(page, suite.site), [LONG]);
    assert.match((await current.textContent()) ?? "", /\(read\)$/, "screen readers hear it too");
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("marks and the landing's “Continue with” survive reloads; reset clears them", async () => {
    const { context, page, problems } = await fresh();
    await readToEnd(page, suite.site, SHORT);
    await page.goto(suite.site.url(LONG));
    await settle(page);
    assert.deepEqual(await readInSidebar(page, suite.site), [SHORT], "another page's sidebar shows it");

    await page.goto(suite.site.url(LANDING));
    const box = page.locator(".reading-progress");
    const check = async () => {
      assert.equal(await box.locator(".reading-progress-count").textContent(), "1 of 4 sections read.");
      const go = box.locator("a.reading-progress-continue");
      assert.equal(await go.textContent(), "Continue with Read Closely");
      assert.equal(await go.evaluate((a) => (a as HTMLAnchorElement).href), suite.site.url(LONG));
      assert.deepEqual(await readOnLanding(page, suite.site), [SHORT]);
    };
    await check();
    await page.reload();
    await check();

    // The first unread section, not the one after the last read.
    await readToEnd(page, suite.site, EXAMPLES);
    await page.goto(suite.site.url(LANDING));
    assert.equal(await box.locator(".reading-progress-count").textContent(), "2 of 4 sections read.");
    assert.deepEqual(await readOnLanding(page, suite.site), [SHORT, EXAMPLES]);
    await box.locator("a.reading-progress-continue").click();
    await page.waitForURL(suite.site.url(LONG));

    // Progress belongs to its handbook.
    await page.goto(suite.site.url(OTHER_LANDING));
    await settle(page);
    assert.equal(await page.locator(".reading-progress:visible").count(), 0);

    await page.goto(suite.site.url(LANDING));
    await box.getByRole("button", { name: "Reset reading progress" }).click();
    assert.equal(await box.isVisible(), false);
    assert.deepEqual(await readOnLanding(page, suite.site), []);
    assert.ok(await page.locator(".start-reading a").evaluate((a) => a === document.activeElement), "focus moves to Start reading");
    await page.reload();
    await settle(page);
    assert.equal(await box.isVisible(), false, "still cleared after a reload");
    assert.deepEqual(await readOnLanding(page, suite.site), []);
    await page.goto(suite.site.url(LONG));
    await settle(page);
    assert.deepEqual(await readInSidebar(page, suite.site), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("with every section read, the landing says so and has nothing to continue", async () => {
    const { context, page, problems } = await fresh();
    for (const path of [SHORT, LONG, EXAMPLES, LAST]) await readToEnd(page, suite.site, path);
    await page.goto(suite.site.url(LANDING));
    assert.equal(await page.locator(".reading-progress-count").textContent(), "All 4 sections read.");
    assert.equal(await page.locator(".reading-progress-continue").count(), 0);
    assert.deepEqual(await readOnLanding(page, suite.site), [SHORT, LONG, EXAMPLES, LAST]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("under a path prefix, progress is kept and shown the same way", async () => {
    const { context, page, problems } = await fresh();
    await readToEnd(page, suite.prefixed, SHORT);
    await page.goto(suite.prefixed.url(LANDING));
    assert.ok(page.url().includes("/some-repo/"));
    assert.equal(await page.locator(".reading-progress-count").textContent(), "1 of 4 sections read.");
    assert.equal(await page.locator("a.reading-progress-continue").evaluate((a) => (a as HTMLAnchorElement).href), suite.prefixed.url(LONG));
    assert.deepEqual(await readOnLanding(page, suite.prefixed), [SHORT]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("without JavaScript the landing has no progress box and sections have no marks", async () => {
    const context = await suite.browser.newContext({ viewport: VIEWPORT, javaScriptEnabled: false });
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(suite.site.url(SHORT));
    await page.goto(suite.site.url(LANDING));
    assert.equal(await page.locator(".reading-progress, .is-read").count(), 0);
    assert.ok(await page.locator(".start-reading a").isVisible(), "Start reading is there instead");
    assert.deepEqual(problems, []);
    await context.close();
  });
});
