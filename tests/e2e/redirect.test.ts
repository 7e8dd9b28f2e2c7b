// Old URLs keep working: the page left at each redirect_from address sends
// the browser on to the page, under the path prefix, with or without
// JavaScript (meta refresh), keeping a #fragment when scripts run.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import path from "node:path";
import type { Browser } from "playwright-core";
import { repoRoot } from "../helpers/build.ts";
import { buildAndServeDir, launchChromium, skipWithoutChromium, watch } from "./support.ts";

describe("redirect pages", { skip: skipWithoutChromium }, () => {
  let server: { url: string; close(): Promise<void> };
  let browser: Browser;

  before(async () => {
    const served = buildAndServeDir(path.join(repoRoot, "tests/build/fixtures/publish-site"), "/some-repo/");
    const [site, b] = await Promise.all([served, launchChromium()]);
    browser = b;
    server = { url: site.url(), close: () => site.close() };
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const javaScriptEnabled of [true, false]) {
    test(`old URLs land on their page ${javaScriptEnabled ? "(with JavaScript)" : "without JavaScript (meta refresh)"}`, async () => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      const problems = watch(page);
      for (const [old, target, title] of [
        ["old/alpha-two/", "handbooks/alpha/section2/", "Alpha Two"],
        ["alpha/section2.html", "handbooks/alpha/section2/", "Alpha Two"],
        ["beta-old/", "handbooks/beta/section1/", "Beta One"],
      ] as const) {
        await page.goto(server.url + old);
        await page.waitForURL(server.url + target);
        assert.equal(await page.locator("h1").textContent(), title);
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test("a #fragment on the old URL is kept", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url + "old/alpha-two/#details");
    await page.waitForURL(server.url + "handbooks/alpha/section2/#details");
    await context.close();
  });
});
