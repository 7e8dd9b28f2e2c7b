import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { SetupError } from "../../src/checks/diagnostics.ts";
import { PageWriter } from "../../src/eleventy/page-writer.ts";

// A page that cannot be written fails the build with what to do about it,
// chosen by the reason: here a file stands where a folder of the site must go.
test("a page that cannot be written says to make the output folder writable, not to free disk space", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "folio-page-writer-"));
  const writer = new PageWriter();
  try {
    writeFileSync(path.join(dir, "handbooks"), "a file, not a folder");
    writer.write("/handbooks/hb/", path.join(dir, "handbooks/hb/index.html"), "<p>page</p>");
    await assert.rejects(writer.flush(), (error: unknown) => {
      assert.ok(error instanceof SetupError);
      assert.match(error.message, /^could not write the site's files \(.*\); make the output folder writable, then build again\.$/);
      return true;
    });
  } finally {
    await writer.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
