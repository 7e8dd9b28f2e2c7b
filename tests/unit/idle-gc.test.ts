import assert from "node:assert/strict";
import { test } from "node:test";
import { collectSoon } from "../../src/eleventy/idle-gc.ts";

// The dev server collects garbage once idle; an editor saving faster than
// that must not let the heap grow past twice what the last collection kept.
test("the dev server collects soon once its heap is twice what it keeps, else waits until idle", () => {
  const kept = 350e6;
  assert.equal(collectSoon(690e6, kept), false, "below twice: wait for an idle moment");
  assert.equal(collectSoon(710e6, kept), true, "over twice: collect after this rebuild's reload");
});
