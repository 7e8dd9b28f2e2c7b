// The stylesheet in a real browser: no sideways scrolling at 360 px, the
// sidebar/TOC fold on narrow screens only, WCAG AA in light and dark, print
// styles, and a build served under a path prefix.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { fixture } from "../helpers/build.ts";
import { browserSuite, skipWithoutChromium, watch } from "./support.ts";

const PAGES = ["", "handbooks/demo/", "handbooks/demo/section1/", "handbooks/demo/section2/", "handbooks/demo/section3/"];
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

describe("layout, contrast and print", { skip: skipWithoutChromium }, () => {
  const suite = browserSuite(fixture(import.meta.url, "nav-site"), ["/", "/some-repo/"]);

  async function pageAt(width: number, colorScheme: "light" | "dark" = "light"): Promise<{ page: Page; problems: string[] }> {
    const context = await suite.browser.newContext({ viewport: { width, height: 800 }, colorScheme });
    const page = await context.newPage();
    return { page, problems: watch(page) };
  }

  test("at 360 px nothing scrolls sideways; wide code scrolls inside its block", async () => {
    const { page, problems } = await pageAt(360);
    for (const path of PAGES) {
      await page.goto(suite.site.url(path));
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      assert.ok(scroll! <= client!, `${path || "home"}: page is ${scroll} px wide in a ${client} px viewport`);
    }
    const pre = page.locator("pre.shiki").first();
    assert.equal(await pre.evaluate((el) => getComputedStyle(el).overflowX), "auto");
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  test("sidebar and TOC are open on wide screens and folded on narrow ones", async () => {
    const wide = await pageAt(1400);
    await wide.page.goto(suite.site.url("handbooks/demo/section2/"));
    assert.ok(await wide.page.locator('.sidebar a[aria-current="page"]').isVisible(), "current section visible");
    assert.ok(await wide.page.locator(".toc-list a").first().isVisible(), "TOC visible");
    assert.equal(await wide.page.locator(".sidebar summary").isVisible(), false, "no toggle needed");

    const narrow = await pageAt(360);
    await narrow.page.goto(suite.site.url("handbooks/demo/section2/"));
    const current = narrow.page.locator('.sidebar a[aria-current="page"]');
    assert.equal(await current.isVisible(), false, "list folded");
    assert.match((await narrow.page.locator(".sidebar summary").textContent()) ?? "", /Sections\s+\(2 of 3\)/);
    await narrow.page.locator(".sidebar summary").click();
    assert.ok(await current.isVisible(), "list unfolds");
    assert.equal(await narrow.page.locator(".toc-list a").first().isVisible(), false, "TOC folded");
    assert.deepEqual([...wide.problems, ...narrow.problems], []);
    await Promise.all([wide.page.context().close(), narrow.page.context().close()]);
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`no WCAG 2.1 A/AA violations in ${scheme} mode, highlighted code included`, async () => {
      const { page, problems } = await pageAt(1400, scheme);
      for (const path of PAGES) {
        await page.goto(suite.site.url(path));
        const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
        assert.deepEqual(found, [], `${path || "home"} (${scheme})`);
      }
      assert.deepEqual(problems, []);
      await page.context().close();
    });
  }

  test("print hides navigation and writes out link targets", async () => {
    const { page, problems } = await pageAt(1000);
    await page.goto(suite.site.url("handbooks/demo/section1/"));
    await page.emulateMedia({ media: "print", colorScheme: "dark" });
    for (const selector of [".sidebar", ".toc", ".prev-next", ".site-header"]) {
      assert.equal(await page.locator(selector).isVisible(), false, `${selector} printed`);
    }
    const after = await page.locator("a.resource-link").first()
      .evaluate((a) => getComputedStyle(a, "::after").content);
    assert.match(after, /https:\/\/arxiv\.org\/abs\/1706\.03762/);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(background, "rgb(255, 255, 255)", "prints light even when the reader uses dark mode");
    await page.evaluate(() => { document.documentElement.dataset.theme = "dark"; });
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), "rgb(255, 255, 255)",
      "and when the reader chose Dark with the theme switch");
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  test("under a path prefix, styles, scripts and KaTeX fonts load and → still works", async () => {
    const { page, problems } = await pageAt(1400);
    await page.goto(suite.prefixed.url("handbooks/demo/section3/"));
    await page.evaluate(() => document.fonts.ready);
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).display), "flex", "folio.css applied");
    assert.ok(await page.evaluate(() => [...document.fonts].some((f) => f.family.includes("KaTeX") && f.status === "loaded")));
    await page.keyboard.press("ArrowLeft");
    await page.waitForURL(suite.prefixed.url("handbooks/demo/section2/"));
    assert.ok(page.url().includes("/some-repo/"));
    assert.deepEqual(problems, []);
    await page.context().close();
  });
});
