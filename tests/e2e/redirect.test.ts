// Old URLs keep working: the page left at each redirect_from address sends
// the browser on to the page, under the path prefix, with or without
// JavaScript (meta refresh), keeping a #fragment when scripts run.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import path from "node:path";
import { repoRoot } from "../helpers/build.ts";
import { browserSuite, skipWithoutChromium, watch } from "./support.ts";

const REDIRECTS = [
  ["old/alpha-two/", "handbooks/alpha/section2/", "Alpha Two"],
  ["alpha/section2.html", "handbooks/alpha/section2/", "Alpha Two"],
  ["beta-old/", "handbooks/beta/section1/", "Beta One"],
] as const;
const OLD_URLS: readonly string[] = REDIRECTS.map(([old]) => old);

describe("redirect pages", { skip: skipWithoutChromium }, () => {
  const suite = browserSuite(path.join(repoRoot, "tests/build/fixtures/publish-site"), ["/some-repo/"]);

  for (const javaScriptEnabled of [true, false]) {
    test(`old URLs land on their page ${javaScriptEnabled ? "(with JavaScript)" : "without JavaScript (meta refresh)"}`, async () => {
      const context = await suite.browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      const problems = watch(page);
      for (const [old, target, title] of REDIRECTS) {
        await page.goto(suite.site.url() + old);
        await page.waitForURL(suite.site.url() + target);
        assert.equal(await page.locator("h1").textContent(), title);
      }
      // A redirect page's script can send the browser on before the page itself
      // has finished loading; Chromium then reports that page's own request as
      // aborted (seen under load). The reader only ever sees the target.
      const leftEarly = (p: string) => / net::ERR_ABORTED$/.test(p) && OLD_URLS.some((old) => p.includes(`/some-repo/${old} `));
      assert.deepEqual(problems.filter((p) => !leftEarly(p)), []);
      await context.close();
    });
  }

  test("a #fragment on the old URL is kept", async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await page.goto(suite.site.url() + "old/alpha-two/#details");
    await page.waitForURL(suite.site.url() + "handbooks/alpha/section2/#details");
    await context.close();
  });
});
