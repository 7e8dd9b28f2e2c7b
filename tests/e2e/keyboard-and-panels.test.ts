// In a real browser: arrow-key navigation between sections, "/" to search,
// resource panels folding and filtering, and the same pages without JavaScript.
import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import type { BrowserContext, Page } from "playwright-core";
import { fixture } from "../helpers/build.ts";
import { browserSuite, skipWithoutChromium, watch } from "./support.ts";

const LANDING = "handbooks/demo/";
const S1 = "handbooks/demo/section1/";
const S2 = "handbooks/demo/section2/";
const S3 = "handbooks/demo/section3/";

describe("keyboard navigation and resource panels", { skip: skipWithoutChromium }, () => {
  const suite = browserSuite(fixture(import.meta.url, "nav-site"));
  let context: BrowserContext;
  let noJs: BrowserContext;

  before(async () => {
    context = await suite.browser.newContext();
    noJs = await suite.browser.newContext({ javaScriptEnabled: false });
  });

  /** A fresh tab (no history, so Alt+← has nowhere to go back to) and its problem log. */
  async function open(ctx: BrowserContext, sitePath: string): Promise<{ page: Page; problems: string[] }> {
    const page = await ctx.newPage();
    const problems = watch(page);
    await page.goto(suite.site.url(sitePath));
    return { page, problems };
  }

  /** Presses `key` and checks the page neither navigated nor reloaded. */
  async function expectStays(page: Page, key: string, jsEnabled = true): Promise<void> {
    const before = page.url();
    if (jsEnabled) await page.evaluate(() => { (window as unknown as { stayMarker: boolean }).stayMarker = true; });
    await page.keyboard.press(key);
    await page.waitForTimeout(300);
    assert.equal(page.url(), before, `${key} navigated away`);
    if (jsEnabled) {
      const marker = await page.evaluate(() => (window as unknown as { stayMarker?: boolean }).stayMarker);
      assert.equal(marker, true, `${key} reloaded the page`);
    }
  }

  const isOpen = (page: Page, nth: number) =>
    page.locator("details.resources").nth(nth).evaluate((d) => (d as HTMLDetailsElement).open);

  test("→ goes from section 1 to 2 to 3, and does nothing on the last section", async () => {
    const { page, problems } = await open(context, S1);
    await page.keyboard.press("ArrowRight");
    await page.waitForURL(suite.site.url(S2));
    await page.keyboard.press("ArrowRight");
    await page.waitForURL(suite.site.url(S3));
    await expectStays(page, "ArrowRight");
    assert.deepEqual(problems, []);
    await page.close();
  });

  test("← from the first section goes to the handbook landing, → from there back", async () => {
    const { page, problems } = await open(context, S1);
    await page.keyboard.press("ArrowLeft");
    await page.waitForURL(suite.site.url(LANDING));
    await page.keyboard.press("ArrowRight");
    await page.waitForURL(suite.site.url(S1));
    assert.deepEqual(problems, []);
    await page.close();
  });

  test("← on the handbook landing stays: nothing comes before it", async () => {
    const { page, problems } = await open(context, LANDING);
    assert.equal(await page.locator('link[rel="prev"]').count(), 0);
    await expectStays(page, "ArrowLeft");
    assert.deepEqual(problems, []);
    await page.close();
  });

  test("/ focuses the search box in the header without typing a slash into it", async () => {
    const { page, problems } = await open(context, S2);
    const search = page.locator('[role="search"] input, [data-folio-search] input').first();
    // Search is built by another part of Folio; if a build has none, a stand-in of the same shape is added.
    if ((await search.count()) === 0) {
      await page.evaluate(() => document.querySelector("header")!
        .insertAdjacentHTML("beforeend", '<div role="search"><input type="search" aria-label="Search"></div>'));
    }
    await page.keyboard.press("/");
    assert.ok(await search.evaluate((el) => el === document.activeElement), "the search input has focus");
    assert.equal(await search.inputValue(), "");
    assert.deepEqual(problems, []);
    await page.close();
  });

  test("/ is an ordinary character while typing, and does nothing on a page without search", async () => {
    const { page, problems } = await open(context, S2);
    await page.evaluate(() => document.querySelector("main")!.insertAdjacentHTML("afterbegin", '<textarea id="probe"></textarea>'));
    await page.focus("#probe");
    await page.keyboard.type("a/b");
    assert.equal(await page.inputValue("#probe"), "a/b");
    assert.ok(await page.evaluate(() => document.activeElement?.id === "probe"), "focus stayed in the field");

    await page.evaluate(() => {
      document.querySelectorAll('[role="search"], [data-folio-search], #probe').forEach((el) => el.remove());
      (document.activeElement as HTMLElement | null)?.blur();
    });
    await expectStays(page, "/");
    assert.ok(await page.evaluate(() => document.activeElement === document.body), "focus did not move");
    assert.deepEqual(problems, []);
    await page.close();
  });

  test("arrows are ignored while typing in a field", async () => {
    const { page, problems } = await open(context, S2);
    await page.evaluate(() => {
      const main = document.querySelector("main")!;
      main.insertAdjacentHTML("afterbegin",
        '<input id="probe-input"><textarea id="probe-textarea"></textarea><div id="probe-editable" contenteditable="true">x</div>');
    });
    for (const id of ["probe-input", "probe-textarea", "probe-editable"]) {
      await page.focus(`#${id}`);
      await expectStays(page, "ArrowRight");
      await expectStays(page, "ArrowLeft");
    }
    assert.deepEqual(problems, []);
    await page.close();
  });

  test("arrows with Alt, Ctrl, Meta or Shift held are left to the browser", async () => {
    const { page, problems } = await open(context, S2);
    for (const modifier of ["Alt", "Control", "Meta", "Shift"]) {
      await expectStays(page, `${modifier}+ArrowRight`);
      await expectStays(page, `${modifier}+ArrowLeft`);
    }
    // The same page still answers a bare key: the script was live all along.
    await page.keyboard.press("ArrowRight");
    await page.waitForURL(suite.site.url(S3));
    assert.deepEqual(problems, []);
    await page.close();
  });

  test("in a code block that scrolls sideways, arrows scroll it instead", async () => {
    const narrow = await suite.browser.newContext({ viewport: { width: 360, height: 740 } });
    const { page, problems } = await open(narrow, S3);
    const pre = page.locator("pre.shiki").first();
    assert.ok(await pre.evaluate((el) => el.scrollWidth > el.clientWidth), "fixture code is wider than 360 px");
    await pre.focus();
    await expectStays(page, "ArrowRight");
    assert.ok(await pre.evaluate((el) => el.scrollLeft > 0), "the code block scrolled");
    assert.deepEqual(problems, []);
    await narrow.close();
  });

  test("a resource panel folds on a summary click and unfolds on the next", async () => {
    const { page, problems } = await open(context, S1);
    const panel = page.locator("details.resources").first();
    const firstLink = panel.locator("a.resource-link").first();
    assert.equal(await isOpen(page, 0), true, "panels start open");
    assert.ok(await firstLink.isVisible());
    await panel.locator("summary").click();
    assert.equal(await isOpen(page, 0), false);
    assert.equal(await firstLink.isVisible(), false);
    await panel.locator("summary").click();
    assert.equal(await isOpen(page, 0), true);
    assert.ok(await firstLink.isVisible());
    assert.equal(await page.locator(".panels-toggle").count(), 0, "no collapse-all button for a single panel");
    assert.deepEqual(problems, []);
    await page.close();
  });

  test("with two or more panels, one button folds and unfolds them all", async () => {
    const { page, problems } = await open(context, S2);
    const button = page.locator("button.panels-toggle");
    assert.equal(await button.count(), 1);
    assert.equal(await button.textContent(), "Collapse all resources");
    await button.click();
    assert.deepEqual([await isOpen(page, 0), await isOpen(page, 1)], [false, false]);
    assert.equal(await button.textContent(), "Expand all resources");
    await button.click();
    assert.deepEqual([await isOpen(page, 0), await isOpen(page, 1)], [true, true]);
    // Folding one panel by hand leaves the other open: the button still offers "collapse".
    await page.locator("details.resources summary").first().click();
    assert.equal(await button.textContent(), "Collapse all resources");
    assert.deepEqual(problems, []);
    await page.close();
  });

  test("a panel that mixes types gets filter chips; the count follows the filter", async () => {
    const { page, problems } = await open(context, S2);
    const papers = page.locator("details.resources").nth(0);
    const mixed = page.locator("details.resources").nth(1);
    assert.equal(await papers.locator("button.chip").count(), 0, "one type: nothing to filter");
    const chips = mixed.locator("button.chip");
    assert.deepEqual(await chips.allTextContents(), ["All", "Video", "Code"]);
    const count = mixed.locator(".resources-count");
    const shown = () => mixed.locator("li.resource:visible").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-type")));
    const pressed = () => chips.evaluateAll((bs) => bs.filter((b) => b.getAttribute("aria-pressed") === "true").map((b) => b.textContent));
    assert.deepEqual(await shown(), ["video", "code"]);
    assert.deepEqual(await pressed(), ["All"]);
    assert.equal(await count.textContent(), "2 resources");

    await chips.filter({ hasText: "Code" }).click();
    assert.deepEqual(await shown(), ["code"]);
    assert.deepEqual(await pressed(), ["Code"]);
    assert.equal(await count.textContent(), "1 of 2 resources");

    await chips.filter({ hasText: "Video" }).click();
    assert.deepEqual(await shown(), ["video"]);
    assert.deepEqual(await pressed(), ["Video"]);

    await chips.filter({ hasText: "Video" }).click(); // pressed again: back to all
    assert.deepEqual(await shown(), ["video", "code"]);
    assert.deepEqual(await pressed(), ["All"]);
    assert.equal(await count.textContent(), "2 resources");

    // Folding keeps the filter; unfolding shows it again.
    await chips.filter({ hasText: "Code" }).click();
    await mixed.locator("summary").click();
    assert.equal(await isOpen(page, 1), false);
    await mixed.locator("summary").click();
    assert.deepEqual(await shown(), ["code"]);
    await chips.filter({ hasText: "All" }).click();
    assert.deepEqual(await shown(), ["video", "code"]);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test("without JavaScript, previous/next links navigate and panels still fold", async () => {
    const { page, problems } = await open(noJs, S1);
    assert.equal(await page.locator(".panels-toggle").count(), 0);
    assert.equal(await page.locator("button").count(), 0, "no script, so no buttons that would need one");
    await expectStays(page, "ArrowRight", false); // no script, so no key navigation
    await page.click('a[rel="next"]');
    await page.waitForURL(suite.site.url(S2));
    await page.click('a[rel="next"]');
    await page.waitForURL(suite.site.url(S3));
    assert.equal(await page.locator('a[rel="next"]').count(), 0, "the last section has no next link");
    await page.click('a[rel="prev"]');
    await page.waitForURL(suite.site.url(S2));
    await page.goto(suite.site.url(S1));
    await page.click('a[rel="prev"]');
    await page.waitForURL(suite.site.url(LANDING));

    await page.goto(suite.site.url(S1));
    const panel = page.locator("details.resources").first();
    const link = panel.locator("a.resource-link").first();
    assert.ok(await link.isVisible());
    await panel.locator("summary").click();
    assert.equal(await panel.getAttribute("open"), null);
    assert.equal(await link.isVisible(), false);
    await panel.locator("summary").click();
    assert.notEqual(await panel.getAttribute("open"), null);
    assert.ok(await link.isVisible());
    assert.deepEqual(problems, []);
    await page.close();
  });
});
