import assert from "node:assert/strict";
import { test } from "node:test";
import { SetupError } from "../../src/checks/diagnostics.ts";
import { reportFailure } from "../../src/cli/report-failure.ts";

function printed(error: unknown): string {
  const lines: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => lines.push(args.join(" "));
  try {
    reportFailure(error, "_site");
  } finally {
    console.error = original;
  }
  return lines.join("\n");
}

test("a full disk says what to do, not that Folio has a bug, even wrapped by Eleventy", () => {
  const setup = new SetupError("could not write the site's files (ENOSPC: no space left on device, write); free some disk space, then build again.");
  const out = printed(Object.assign(new Error("Having trouble rendering"), { originalError: setup }));
  assert.match(out, /^Folio: could not write the site's files \(ENOSPC.*free some disk space.* _site\/ was left as it was\.$/);
  assert.doesNotMatch(out, /bug in Folio|\n\s+at /);
});

test("anything else is still reported as a bug in Folio, with its stack", () => {
  const out = printed(new TypeError("x is undefined"));
  assert.match(out, /probably a bug in Folio/);
  assert.match(out, /TypeError: x is undefined\n\s+at /);
});
