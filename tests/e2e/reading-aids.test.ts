// Reading aids in a real browser: copy buttons on code, "#" links that copy
// a heading's address, the table of contents following the reader, the next
// section prefetched, reading times, and the phone drawer with its focus
// handling, with and without JavaScript.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { readingMinutes, totalMinutes } from "../../src/content/reading-time.ts";
import { fixture } from "../helpers/build.ts";
import { browserSuite, isPrefetch, settle, skipWithoutChromium, watch } from "./support.ts";

const LANDING = "handbooks/guide/";
const S1 = "handbooks/guide/section1/";
const LONG = "handbooks/guide/section2/";
const S3 = "handbooks/guide/section3/";
const LAST = "handbooks/guide/section4/";
const content = fixture(import.meta.url, "reading-site");

/** The fenced code blocks of a fixture section, exactly as the author wrote them. */
function codeBlocksOf(file: string): string[] {
  const source = readFileSync(path.join(content, file), "utf8");
  return [...source.matchAll(/^```\w*\n([\s\S]*?)\n```$/gm)].map((m) => m[1]!);
}

describe("reading aids", { skip: skipWithoutChromium }, () => {
  const suite = browserSuite(fixture(import.meta.url, "reading-site"));

  async function open(sitePath: string, options: Parameters<Browser["newContext"]>[0] = {}):
    Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(suite.site.url(sitePath));
    return { context, page, problems };
  }

  const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
  const grantClipboard = (context: BrowserContext) =>
    context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(suite.site.url()).origin });

  test("each code block's Copy button puts exactly its code on the clipboard", async () => {
    const { context, page, problems } = await open(LONG);
    await grantClipboard(context);
    const expected = codeBlocksOf("handbooks/guide/section2.md");
    const blocks = page.locator("div.code-block");
    assert.equal(await blocks.count(), expected.length);
    assert.ok(expected.length >= 2);
    for (let i = 0; i < expected.length; i++) {
      const button = blocks.nth(i).getByRole("button", { name: "Copy" });
      assert.equal(await blocks.nth(i).locator(".code-lang").textContent(), "python");
      await button.click();
      await blocks.nth(i).getByRole("button", { name: "Copied" }).waitFor();
      assert.equal(await clipboard(page), expected[i], `block ${i + 1}`);
      await page.locator('[role="status"]', { hasText: "Copied" }).waitFor({ state: "attached" }); // announced
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("a heading's # link copies the page address with the heading's id, and goes there", async () => {
    const { context, page, problems } = await open(LONG);
    await grantClipboard(context);
    const anchor = page.locator('a.heading-anchor[href="#reading-code"]');
    assert.equal(await anchor.textContent(), "Link to section “Reading code”");
    await anchor.click();
    await page.locator('[role="status"]', { hasText: "Link to this section copied" }).waitFor({ state: "attached" });
    assert.equal(await clipboard(page), `${suite.site.url(LONG)}#reading-code`);
    assert.equal(new URL(page.url()).hash, "#reading-code");
    // The heading itself reads as the author wrote it.
    assert.equal(await page.locator("#reading-code").textContent(), "Reading code");
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("without JavaScript: no copy buttons, and # links are plain links to the heading", async () => {
    const { context, page, problems } = await open(LONG, { javaScriptEnabled: false });
    assert.equal(await page.locator(".copy-button").count(), 0);
    const anchors = page.locator("a.heading-anchor");
    assert.equal(await anchors.count(), 10, "one per ## and ### heading");
    await page.locator('a.heading-anchor[href="#keeping-notes"]').click();
    assert.equal(new URL(page.url()).hash, "#keeping-notes");
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("the table of contents marks the heading being read, and only that one", async () => {
    const { context, page, problems } = await open(LONG, { viewport: { width: 1400, height: 900 } });
    const current = () => page.locator(".toc a[aria-current]").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    const waitFor = (hash: string) => page.waitForFunction(
      (h) => document.querySelector(".toc a[aria-current]")?.getAttribute("href") === h, hash);

    await waitFor("#set-a-question"); // the first heading, on screen at the top
    for (const id of ["second-pass-content", "reading-formulas", "further-reading"]) {
      await page.evaluate((i) => document.getElementById(i)!.scrollIntoView({ block: "start" }), id);
      await waitFor(`#${id}`);
      assert.deepEqual(await current(), [`#${id}`]);
    }
    // At the very end the last heading cannot scroll up to the top; it is still the one marked.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await waitFor("#when-to-stop");
    await page.evaluate(() => window.scrollTo(0, 0));
    await waitFor("#set-a-question");
    assert.deepEqual(await current(), ["#set-a-question"]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("the next section is prefetched once: on hovering or focusing a link to it", async () => {
    const { context, page, problems } = await open(LONG);
    const prefetches: string[] = [];
    page.on("request", (req) => { if (isPrefetch(req)) prefetches.push(req.url()); });
    await settle(page);
    assert.equal(await page.locator('link[rel="prefetch"]').count(), 0, "not at the top of a long section");

    const request = page.waitForRequest((req) => isPrefetch(req) && req.url() === suite.site.url(S3));
    await page.locator(`.sidebar-list a[href$="/section3/"]`).hover();
    await request;
    await page.locator(`.sidebar-list a[href$="/section1/"]`).hover();
    await page.locator('a[rel="next"]').focus();
    await page.locator(".article-footer").scrollIntoViewIfNeeded();
    await settle(page);
    assert.deepEqual(await page.locator('link[rel="prefetch"]').evaluateAll((ls) => ls.map((l) => (l as HTMLLinkElement).href)), [suite.site.url(S3)]);
    assert.deepEqual(prefetches, [suite.site.url(S3)], "once, and never the previous section");

    const focused = await context.newPage();
    focused.on("request", (req) => { if (isPrefetch(req)) prefetches.push(`focus: ${req.url()}`); });
    await focused.goto(suite.site.url(LONG));
    const byFocus = focused.waitForRequest((req) => isPrefetch(req));
    await focused.locator('a[rel="next"]').focus();
    assert.equal((await byFocus).url(), suite.site.url(S3));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("the next section is prefetched as the reader nears the end; the last section prefetches nothing", async () => {
    const { context, page, problems } = await open(LONG);
    await settle(page);
    const request = page.waitForRequest((req) => isPrefetch(req));
    // The end of the text a quarter of a screen below the bottom edge: near, not yet on screen.
    await page.evaluate(() => {
      const end = document.querySelector(".section-end")!.getBoundingClientRect().top + window.scrollY;
      window.scrollTo(0, end - 1.25 * window.innerHeight);
    });
    assert.equal((await request).url(), suite.site.url(S3));
    await settle(page);
    assert.equal(await page.locator(".sidebar-list a.is-read").count(), 0, "near is not read");

    const prefetches: string[] = [];
    page.on("request", (req) => { if (isPrefetch(req)) prefetches.push(req.url()); });
    await page.goto(suite.site.url(LAST));
    await page.locator(".article-footer").scrollIntoViewIfNeeded();
    await settle(page);
    assert.equal(await page.locator('link[rel="prefetch"]').count(), 0);
    assert.deepEqual(prefetches, []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("reading times: each section shows its own, the landing and the home card the total", async () => {
    const minutes = ["section1", "section2", "section3", "section4"].map((name) => {
      const source = readFileSync(path.join(content, `handbooks/guide/${name}.md`), "utf8");
      return readingMinutes(source.replace(/^---\n[\s\S]*?\n---\n/, ""));
    });
    assert.ok(minutes[1]! > minutes[0]!, "the long section takes longer");
    const total = totalMinutes(minutes.map((m) => ({ readingMinutes: m })));
    const { context, page, problems } = await open(LONG, { javaScriptEnabled: false });
    assert.equal(await page.locator(".article-header .article-meta").textContent(), `${minutes[1]} min read`);
    await page.goto(suite.site.url(LANDING));
    assert.equal(await page.locator(".article-header .article-meta").textContent(), `4 sections · about ${total} min of reading`);
    assert.deepEqual(await page.locator(".section-list-time").allTextContents(), minutes.map((m) => `${m} min read`));
    await page.goto(suite.site.url());
    assert.match((await page.locator(".card-meta").first().textContent()) ?? "", new RegExp(`^4 sections · about ${total} min of reading$`));
    assert.deepEqual(problems, []);
    await context.close();
  });

  describe("the sections drawer on a phone", () => {
    const PHONE = { viewport: { width: 390, height: 844 } };
    /** A point on the backdrop: right of the panel, which is at most 85 % of the width. */
    const tapBackdrop = (page: Page) => page.mouse.click(380, 400);
    const isInert = (page: Page) => page.evaluate(() => (document.querySelector("main") as HTMLElement).inert);
    // The drawer sets and clears `inert` on its toggle event, which comes a moment
    // after the click (longer on a busy machine): wait for the expected state, then read it.
    const inertSettled = async (page: Page, want: boolean) => {
      await page.waitForFunction((w) => (document.querySelector("main") as HTMLElement).inert === w, want, { timeout: 5000 })
        .catch(() => undefined);
      return isInert(page);
    };
    const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim());

    test("the button opens it over the page, focus goes to the current section, Escape closes it", async () => {
      const { context, page, problems } = await open(LONG, PHONE);
      const button = page.locator("summary.drawer-button");
      const current = page.locator('.sidebar-list a[aria-current="page"]');
      assert.equal(await current.isVisible(), false);
      assert.equal(await button.getAttribute("aria-expanded"), null, "a summary: the browser reports its state");
      await button.click();
      assert.ok(await current.isVisible());
      assert.equal(await page.locator(".drawer-panel").evaluate((p) => getComputedStyle(p).position), "fixed");
      assert.equal(await focusedText(page), "Close Reading");
      assert.equal(await inertSettled(page, true), true, "the page behind cannot be reached");
      await page.keyboard.press("Escape");
      assert.equal(await current.isVisible(), false);
      assert.ok(await button.evaluate((b) => b === document.activeElement), "focus back on the button");
      assert.equal(await inertSettled(page, false), false);
      assert.deepEqual(problems, []);
      await context.close();
    });

    test("Close and a tap beside the panel close it too; a link in it navigates", async () => {
      const { context, page, problems } = await open(LONG, PHONE);
      const button = page.locator("summary.drawer-button");
      const panel = page.locator(".drawer-panel");
      await button.click();
      await page.getByRole("button", { name: "Close" }).click();
      assert.equal(await panel.isVisible(), false);
      assert.ok(await button.evaluate((b) => b === document.activeElement));

      await button.click();
      await tapBackdrop(page);
      assert.equal(await panel.isVisible(), false);
      assert.equal(await inertSettled(page, false), false);

      await button.click();
      await panel.getByRole("link", { name: "Examples" }).click();
      await page.waitForURL(suite.site.url(S3));
      assert.deepEqual(problems, []);
      await context.close();
    });

    test("without JavaScript it opens and closes just the same", async () => {
      const { context, page, problems } = await open(S1, { ...PHONE, javaScriptEnabled: false });
      const panel = page.locator(".drawer-panel");
      await page.locator("summary.drawer-button").click();
      assert.ok(await panel.isVisible());
      await tapBackdrop(page);
      assert.equal(await panel.isVisible(), false);
      assert.deepEqual(problems, []);
      await context.close();
    });

    test("growing to a wide window turns the open drawer back into a column", async () => {
      const { context, page, problems } = await open(LONG, PHONE);
      await page.locator("summary.drawer-button").click();
      assert.equal(await inertSettled(page, true), true);
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.waitForFunction(() => !(document.querySelector("main") as HTMLElement).inert);
      assert.equal(await page.locator(".drawer-panel").evaluate((p) => getComputedStyle(p).position), "static");
      assert.ok(await page.locator('.sidebar-list a[aria-current="page"]').isVisible());
      assert.deepEqual(problems, []);
      await context.close();
    });

    test("it slides in, unless the reader asked for reduced motion", async () => {
      for (const [reducedMotion, animation] of [["no-preference", "drawer-in"], ["reduce", "none"]] as const) {
        const { context, page, problems } = await open(LONG, { ...PHONE, reducedMotion });
        await page.locator("summary.drawer-button").click();
        assert.equal(await page.locator(".drawer-panel").evaluate((p) => getComputedStyle(p).animationName), animation, reducedMotion);
        assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior),
          reducedMotion === "reduce" ? "auto" : "smooth");
        assert.deepEqual(problems, []);
        await context.close();
      }
    });
  });
});
