// Search in a real browser, on a site built under /some-repo/: the UI loads
// only when the box is used, a word found in one section leads there, the
// results name section and handbook, keys work, both themes pass WCAG AA
// with results open, and without JavaScript the box is not offered.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import type { BrowserContextOptions, Page } from "playwright-core";
import path from "node:path";
import { repoRoot } from "../helpers/build.ts";
import { browserSuite, skipWithoutChromium, watch } from "./support.ts";

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

describe("search", { skip: skipWithoutChromium }, () => {
  const suite = browserSuite(path.join(repoRoot, "tests/build/fixtures/publish-site"), ["/some-repo/"]);

  async function open(path: string, options: BrowserContextOptions = {}): Promise<{ page: Page; problems: string[]; requests: string[] }> {
    const context = await suite.browser.newContext({ viewport: { width: 1200, height: 800 }, ...options });
    const page = await context.newPage();
    const problems = watch(page);
    const requests: string[] = [];
    page.on("request", (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(suite.site.url() + path);
    return { page, problems, requests };
  }

  const results = (page: Page) => page.locator(".site-search-result");

  test("typing a word found in one section lists that section with its handbook; the result leads there", async () => {
    const { page, problems, requests } = await open("handbooks/beta/section1/");
    assert.ok(!requests.some((p) => p.endsWith("/search.js") || p.includes("/pagefind/")), "nothing of search loads with the page");
    await page.locator('[role="search"] input').fill("zyzzogeton");
    await results(page).first().waitFor();
    assert.equal(await results(page).count(), 1);
    assert.equal(await results(page).locator(".site-search-title").textContent(), "Alpha Two");
    assert.equal(await results(page).locator(".site-search-handbook").textContent(), "Alpha Handbook");
    assert.match((await results(page).locator("mark").first().textContent()) ?? "", /zyzzogeton/i);
    assert.ok(requests.includes("/some-repo/assets/search.js") && requests.includes("/some-repo/pagefind/pagefind.js"));
    await results(page).locator("a").click();
    await page.waitForURL(suite.site.url() + "handbooks/alpha/section2/");
    assert.equal(await page.locator("h1").textContent(), "Alpha Two");
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  test("'/' focuses the box; ↓ moves into the results, Enter follows one, Esc closes the list", async () => {
    const { page, problems } = await open("");
    await page.keyboard.press("/");
    await page.keyboard.type("aardvarkian");
    await results(page).first().waitFor();
    assert.equal(await results(page).locator(".site-search-title").textContent(), "Alpha Handbook");
    assert.equal(await results(page).locator(".site-search-handbook").textContent(), "Handbook overview");
    await page.keyboard.press("ArrowDown");
    assert.equal(await page.evaluate(() => document.activeElement?.closest(".site-search-result") !== null), true);
    await page.keyboard.press("Escape");
    assert.equal(await page.locator(".site-search-panel").isVisible(), false);
    assert.equal(await page.evaluate(() => document.activeElement?.id), "site-search-input");
    await page.locator('[role="search"] input').fill("Euler");
    await results(page).filter({ hasText: "Alpha Three" }).waitFor();
    await page.keyboard.press("ArrowDown");
    await Promise.all([page.waitForURL(suite.site.url() + "handbooks/alpha/section3/"), page.keyboard.press("Enter")]);
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  test("a word nowhere in the site says so", async () => {
    const { page, problems } = await open("");
    await page.locator('[role="search"] input').fill("xylophonist");
    await page.locator(".site-search-status", { hasText: "No results" }).waitFor();
    assert.equal(await results(page).count(), 0);
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`results meet WCAG AA in the ${colorScheme} theme`, async () => {
      const { page, problems } = await open("handbooks/alpha/section1/", { colorScheme });
      await page.locator('[role="search"] input').fill("attention");
      await results(page).first().waitFor();
      const found = await new AxeBuilder({ page }).include(".site-header").withTags(AXE_TAGS).analyze();
      assert.deepEqual(found.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), []);
      assert.deepEqual(problems, []);
      await page.context().close();
    });
  }

  test("without JavaScript the search box is not shown", async () => {
    const { page, problems } = await open("handbooks/alpha/section1/", { javaScriptEnabled: false });
    assert.equal(await page.locator('[role="search"]').isVisible(), false);
    assert.ok(await page.locator("h1").isVisible());
    assert.deepEqual(problems, []);
    await page.context().close();
  });
});
