// The whole built site in a real browser, with every reading control present:
// every page loads without a console error or a failed request, axe finds no
// WCAG 2.1 A/AA violation in light or dark, phones get 44 px tap targets and
// no sideways scrolling, and screenshots are written for a person to look at
// (tests/e2e/screenshots/, git-ignored).
import assert from "node:assert/strict";
import { mkdir, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, test } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { fixture } from "../helpers/build.ts";
import { browserSuite, settle, skipWithoutChromium, watch } from "./support.ts";

const HOME = "";
const LANDING = "handbooks/guide/";
const SHORT = "handbooks/guide/section1/";
const LONG = "handbooks/guide/section2/";
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const SCREENSHOTS = path.join(path.dirname(fileURLToPath(import.meta.url)), "screenshots");
type Theme = "light" | "dark";

describe("site audit", { skip: skipWithoutChromium }, () => {
  const suite = browserSuite(fixture(import.meta.url, "reading-site"));
  let pages: string[] = [];


  /**
   * A reader who has read the short first section and chosen `theme`: the
   * landing then shows its progress box and the sidebar a read mark.
   */
  async function reader(theme: Theme, viewport = DESKTOP, options: Parameters<Browser["newContext"]>[0] = {}):
    Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
    const context = await suite.browser.newContext({ viewport, ...options });
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(suite.site.url(SHORT));
    await page.locator(".article-footer").scrollIntoViewIfNeeded(); // a narrow phone needs to scroll
    await page.locator(".sidebar-list a.is-read").waitFor({ state: "attached" });
    await page.selectOption("select[data-folio-theme]", theme);
    return { context, page, problems };
  }

  /** Puts the section's optional controls in a visible, used state. */
  async function useSectionControls(page: Page): Promise<void> {
    await page.locator("details.resources").first().locator("button.chip", { hasText: "Paper" }).click();
    await page.evaluate(() => document.getElementById("reading-code")!.scrollIntoView({ block: "start" }));
    await page.waitForFunction(() => document.querySelector(".toc a[aria-current]")?.getAttribute("href") === "#reading-code");
    await page.locator("#reading-code").hover(); // shows its "#" link
  }

  test("every page of the site loads with no console error and no failed request", async () => {
    const context = await suite.browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    const problems = watch(page);
    const origin = new URL(suite.site.url()).origin;
    const seen = new Set([suite.site.url()]);
    const queue = [suite.site.url()];
    while (queue.length > 0) {
      const url = queue.shift()!;
      const response = await page.goto(url);
      assert.equal(response?.status(), 200, url);
      await settle(page);
      for (const href of await page.locator("a[href]").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
        const target = new URL(href);
        target.hash = "";
        if (target.origin !== origin || !target.pathname.endsWith("/") || seen.has(target.href)) continue;
        seen.add(target.href);
        queue.push(target.href);
      }
    }
    pages = [...seen].map((u) => u.slice(suite.site.url().length));
    for (const expected of [HOME, "about/", LANDING, SHORT, LONG, "handbooks/guide/section4/", "handbooks/second/section1/"]) {
      assert.ok(pages.includes(expected), `crawl reached ${expected || "home"} (got ${pages.join(", ")})`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const theme of ["light", "dark"] as const) {
    test(`axe: no WCAG 2.1 A/AA violations in ${theme}, with every reading control present`, async () => {
      const { context, page, problems } = await reader(theme);
      const audit = async (where: string) => {
        const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
        assert.deepEqual(found, [], `${where} (${theme})`);
      };
      await page.goto(suite.site.url(HOME));
      await audit("home");
      await page.goto(suite.site.url(LANDING));
      assert.ok(await page.locator(".reading-progress-reset").isVisible(), "progress box shown");
      await audit("landing");
      await page.goto(suite.site.url(LONG));
      assert.ok(await page.locator(".copy-button").first().isVisible());
      await useSectionControls(page);
      await audit("section");

      await page.setViewportSize(PHONE);
      await page.locator("summary.drawer-button").click();
      await page.locator(".drawer-close").waitFor();
      await audit("section with the drawer open");
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test("landmarks: one banner, one main, named navigation, all content inside a landmark", async () => {
    const { context, page, problems } = await reader("light");
    const LANDMARK_RULES = ["landmark-one-main", "landmark-no-duplicate-banner", "landmark-no-duplicate-contentinfo",
      "landmark-unique", "region", "bypass", "page-has-heading-one"];
    for (const sitePath of [HOME, LANDING, LONG]) {
      await page.goto(suite.site.url(sitePath));
      const result = await new AxeBuilder({ page }).withRules(LANDMARK_RULES).analyze();
      assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), [], sitePath || "home");
      assert.deepEqual(await page.locator("nav").evaluateAll((navs) => navs.map((n) => n.getAttribute("aria-label") !== null)),
        await page.locator("nav").evaluateAll((navs) => navs.map(() => true)), "every <nav> is named");
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("on a phone every control and navigation link is at least 44 px square", async () => {
    // Reduced motion: no smooth scrolling, so positions read right after a scroll are final.
    const { context, page, problems } = await reader("light", PHONE, { reducedMotion: "reduce" });
    const TARGETS = [
      "button", "select", "summary", "input[type=search]", ".site-title", ".site-footer a", ".sidebar-handbook a",
      ".drawer-heading a", ".sidebar-list a", ".toc-list a", ".prev-next-link", ".heading-anchor",
      ".section-list-title", ".start-reading a", ".reading-progress-continue", ".related-list a",
    ].join(", ");
    const tooSmall = () => page.locator(TARGETS).evaluateAll((els) => els
      .filter((el) => el.checkVisibility({ visibilityProperty: true }))
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.height < 44 || box.width < 44)
      .map(({ el, box }) => `${el.tagName.toLowerCase()}.${el.className} “${el.textContent?.trim().slice(0, 30)}” ${Math.round(box.width)}×${Math.round(box.height)}`));

    for (const sitePath of [HOME, LANDING, LONG]) {
      await page.goto(suite.site.url(sitePath));
      assert.deepEqual(await tooSmall(), [], sitePath || "home");
    }
    // Folded parts, unfolded: the table of contents, and the drawer.
    await page.locator(".toc summary").click();
    assert.ok(await page.locator(".toc-list a").first().isVisible());
    await page.locator(".heading-anchored").first().hover();
    assert.deepEqual(await tooSmall(), [], "section with the TOC open");
    await page.locator("summary.drawer-button").click();
    await page.locator(".drawer-close").waitFor();
    assert.deepEqual(await tooSmall(), [], "section with the drawer open");
    await page.keyboard.press("Escape");
    // Closing gives the page back (no longer inert) on the toggle event; under load that is not instant.
    await page.waitForFunction(() => !document.querySelector("details.drawer[open]") && !document.querySelector("[inert]"));

    // A resource's whole row is its link's target: its corners lead to the link.
    // (No named functions inside evaluate: tsx would wrap them in a helper the page lacks.)
    const rows = await page.locator("li.resource").evaluateAll((lis) => lis.map((li) => {
      li.scrollIntoView({ block: "center", behavior: "instant" });
      const b = li.getBoundingClientRect();
      const link = li.querySelector("a");
      const corners = [[b.left + 2, b.top + 2], [b.right - 2, b.bottom - 2]]
        .every(([x, y]) => document.elementFromPoint(x!, y!)?.closest("a") === link);
      return { row: link?.textContent, height: b.height, corners };
    }));
    assert.ok(rows.length >= 7);
    assert.deepEqual(rows.filter((r) => !r.corners).map((r) => r.row), [], "rows whose corners miss the link");
    assert.ok(rows.every((r) => r.height >= 44), "rows are 44 px tall");
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("keyboard: the skip link comes first and leads into main; every focus stop shows a ring", async () => {
    const { context, page, problems } = await reader("dark");
    await page.goto(suite.site.url(LONG));
    await page.keyboard.press("Tab");
    const skip = page.locator(".skip-link");
    assert.ok(await skip.evaluate((el) => el === document.activeElement), "the skip link is the first stop");
    assert.ok(((await skip.boundingBox())?.y ?? -1) >= 0, "and shows when focused");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    assert.ok(await page.evaluate(() => document.activeElement?.closest("main") !== null), "the next stop is inside main");

    const unringed: string[] = [];
    let stops = 0;
    for (; stops < 150; stops++) {
      await page.keyboard.press("Tab");
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        if (el === document.body) return undefined;
        const style = getComputedStyle(el);
        return {
          what: `${el.tagName.toLowerCase()}.${el.className} “${(el.textContent ?? "").trim().slice(0, 30)}”`,
          ring: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2 && style.opacity === "1",
        };
      });
      if (!stop) break;
      if (!stop.ring) unringed.push(stop.what);
    }
    assert.ok(stops > 30, `walked ${stops} stops`);
    assert.deepEqual(unringed, []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("at 360 px no page scrolls sideways, drawer and table of contents open or not", async () => {
    assert.ok(pages.length > 0, "the crawl ran first");
    const { context, page, problems } = await reader("dark", { width: 360, height: 740 });
    const overflow = async (where: string) => {
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      assert.ok(scroll! <= client!, `${where}: ${scroll} px wide in a ${client} px viewport`);
    };
    for (const sitePath of pages) {
      await page.goto(suite.site.url(sitePath));
      await overflow(sitePath || "home");
    }
    await page.goto(suite.site.url(LONG));
    await page.locator(".toc summary").click();
    await overflow("section, TOC open");
    await page.locator("summary.drawer-button").click();
    await overflow("section, drawer open");
    // Wide code still scrolls inside its own block.
    assert.ok(await page.locator("pre.shiki").nth(1).evaluate((el) => el.scrollWidth > el.clientWidth));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("screenshots of home, landing and section at 390×844 and 1280×800, light and dark", async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    const written: string[] = [];
    for (const theme of ["light", "dark"] as const) {
      for (const viewport of [PHONE, DESKTOP]) {
        const { context, page, problems } = await reader(theme, viewport);
        for (const [name, sitePath] of [["home", HOME], ["landing", LANDING], ["section", LONG]] as const) {
          await page.goto(suite.site.url(sitePath));
          await settle(page);
          const file = path.join(SCREENSHOTS, `${name}-${viewport.width}x${viewport.height}-${theme}.png`);
          await page.screenshot({ path: file, fullPage: true, animations: "disabled" });
          written.push(file);
        }
        if (viewport === PHONE) {
          await page.locator("summary.drawer-button").click();
          const file = path.join(SCREENSHOTS, `section-drawer-${viewport.width}x${viewport.height}-${theme}.png`);
          await page.screenshot({ path: file, animations: "disabled" });
          written.push(file);
        }
        assert.deepEqual(problems, []);
        await context.close();
      }
    }
    assert.equal(written.length, 14);
    for (const file of written) assert.ok((await stat(file)).size > 5000, `${file} has content`);
  });
});
