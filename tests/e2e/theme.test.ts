// The theme switch in a real browser: System / Light / Dark, remembered across
// pages, reloads and tabs, and applied before the first frame is painted.
//
// How "no flash" is checked: an init script (run before any page script)
// asks for an animation frame; its callback runs just before the first frame
// is painted and records the theme and the page background at that moment.
// The client bundle is held back until that record exists, so only the
// inline head script can have applied the theme. A control test strips that
// script and shows the same check then sees the wrong theme first.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { BrowserContext, Page } from "playwright-core";
import { fixture } from "../helpers/build.ts";
import { browserSuite, skipWithoutChromium, watch } from "./support.ts";

const HOME = "";
const LANDING = "handbooks/guide/";
const S1 = "handbooks/guide/section1/";
const S2 = "handbooks/guide/section2/";
const LIGHT_BG = "rgb(255, 255, 255)";
const DARK_BG = "rgb(22, 24, 28)";

interface FirstFrame {
  theme: string;
  background: string;
}

function recordFirstFrame(): void {
  requestAnimationFrame(() => {
    const root = document.documentElement;
    (window as unknown as { firstFrame: FirstFrame }).firstFrame = {
      theme: root.dataset.theme ?? "system",
      background: getComputedStyle(document.body ?? root).backgroundColor,
    };
  });
}

describe("theme switch", { skip: skipWithoutChromium }, () => {
  const suite = browserSuite(fixture(import.meta.url, "reading-site"));

  async function contextWith(os: "light" | "dark"): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
    const context = await suite.browser.newContext({ colorScheme: os });
    await context.addInitScript(recordFirstFrame);
    const page = await context.newPage();
    // The bundle may only run after the first frame: whatever that frame
    // shows is the inline head script's doing.
    await page.route("**/assets/folio.js", async (route) => {
      await route.request().frame().waitForFunction(() => "firstFrame" in window);
      await route.continue();
    });
    return { context, page, problems: watch(page) };
  }

  const firstFrame = (page: Page) => page.evaluate(() => (window as unknown as { firstFrame: FirstFrame }).firstFrame);
  const now = (page: Page) => page.evaluate(() => ({
    theme: document.documentElement.dataset.theme ?? "system",
    background: getComputedStyle(document.body).backgroundColor,
  }));
  const switchValue = (page: Page) => page.locator("select[data-folio-theme]").inputValue();

  test("by default the switch says System and the page follows the OS", async () => {
    for (const [os, background] of [["light", LIGHT_BG], ["dark", DARK_BG]] as const) {
      const { context, page, problems } = await contextWith(os);
      await page.goto(suite.site.url(S1));
      assert.equal(await switchValue(page), "system");
      assert.deepEqual(await firstFrame(page), { theme: "system", background });
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  test("Dark on a light OS: applied at once, then from the first frame on other pages and after reloads", async () => {
    const { context, page, problems } = await contextWith("light");
    await page.goto(suite.site.url(S1));
    await page.selectOption("select[data-folio-theme]", "dark");
    assert.deepEqual(await now(page), { theme: "dark", background: DARK_BG });

    await page.click('a[rel="next"]');
    await page.waitForURL(suite.site.url(S2));
    assert.deepEqual(await firstFrame(page), { theme: "dark", background: DARK_BG }, "next page");
    assert.equal(await switchValue(page), "dark");
    await page.reload();
    assert.deepEqual(await firstFrame(page), { theme: "dark", background: DARK_BG }, "reload");
    for (const path of [HOME, LANDING]) {
      await page.goto(suite.site.url(path));
      assert.deepEqual(await firstFrame(page), { theme: "dark", background: DARK_BG }, path || "home");
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("Light on a dark OS stays light from the first frame; System hands back to the OS", async () => {
    const { context, page, problems } = await contextWith("dark");
    await page.goto(suite.site.url(LANDING));
    await page.selectOption("select[data-folio-theme]", "light");
    await page.goto(suite.site.url(S2));
    assert.deepEqual(await firstFrame(page), { theme: "light", background: LIGHT_BG });

    await page.selectOption("select[data-folio-theme]", "system");
    assert.deepEqual(await now(page), { theme: "system", background: DARK_BG });
    await page.reload();
    assert.deepEqual(await firstFrame(page), { theme: "system", background: DARK_BG }, "the choice was forgotten");
    await page.emulateMedia({ colorScheme: "light" });
    assert.deepEqual(await now(page), { theme: "system", background: LIGHT_BG }, "and the OS decides");
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("control: without the inline head script, the same check sees a light first frame", async () => {
    const { context, page } = await contextWith("light");
    await page.goto(suite.site.url(S1));
    await page.selectOption("select[data-folio-theme]", "dark");
    await page.route(suite.site.url(S2), async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<script>[^<]*localStorage[^<]*<\/script>/, "");
      await route.fulfill({ response, body });
    });
    await page.goto(suite.site.url(S2));
    assert.deepEqual(await firstFrame(page), { theme: "system", background: LIGHT_BG }, "a flash of the wrong theme");
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark", "the bundle applies it later");
    await context.close();
  });

  test("a choice made in one tab reaches the other open tabs", async () => {
    const { context, page, problems } = await contextWith("light");
    const other = await context.newPage();
    const otherProblems = watch(other);
    await Promise.all([page.goto(suite.site.url(S1)), other.goto(suite.site.url(LANDING))]);
    await page.selectOption("select[data-folio-theme]", "dark");
    await other.waitForFunction(() => document.documentElement.dataset.theme === "dark");
    assert.equal(await switchValue(other), "dark");
    assert.deepEqual([...problems, ...otherProblems], []);
    await context.close();
  });

  test("with storage blocked, the switch still works on the page and nothing fails", async () => {
    const context = await suite.browser.newContext({ colorScheme: "light" });
    await context.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("storage is disabled", "SecurityError");
        },
      });
    });
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(suite.site.url(S1));
    await page.selectOption("select[data-folio-theme]", "dark");
    assert.deepEqual(await now(page), { theme: "dark", background: DARK_BG });
    await page.reload();
    assert.deepEqual(await now(page), { theme: "system", background: LIGHT_BG }, "nothing could be remembered");
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("without JavaScript there is no switch, and the OS theme applies", async () => {
    const context = await suite.browser.newContext({ colorScheme: "dark", javaScriptEnabled: false });
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(suite.site.url(S1));
    assert.equal(await page.locator(".theme-switch").isVisible(), false);
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), DARK_BG);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
