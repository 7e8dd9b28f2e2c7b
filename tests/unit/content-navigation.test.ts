import { test } from "node:test";
import assert from "node:assert/strict";
import { getPrevNext, navigationFor } from "../../src/content/navigation.ts";
import { loadSource } from "../../src/content/load.ts";
import { buildSiteModel } from "../../src/content/site-model.ts";

const model = buildSiteModel([
  loadSource("handbooks/hb/index.md", "x", "---\ntitle: The Handbook\ndescription: d\n---\n"),
  ...[1, 2, 3].map((n) => loadSource(`handbooks/hb/section${n}.md`, "x", `---\ntitle: Section ${n}\ndescription: d\n---\n`)),
], { includeDrafts: false });
const hb = model.handbooks[0]!;

test("the first section's previous is the handbook landing", () => {
  assert.deepEqual(getPrevNext(hb, 0), {
    prev: { title: "The Handbook", url: "/handbooks/hb/" },
    next: { title: "Section 2", url: "/handbooks/hb/section2/" },
  });
});

test("a middle section links both neighbours", () => {
  assert.deepEqual(getPrevNext(hb, 1), {
    prev: { title: "Section 1", url: "/handbooks/hb/section1/" },
    next: { title: "Section 3", url: "/handbooks/hb/section3/" },
  });
});

test("the last section has no next", () => {
  assert.deepEqual(getPrevNext(hb, 2), { prev: { title: "Section 2", url: "/handbooks/hb/section2/" } });
});

test("navigation for a whole handbook is keyed by file", () => {
  const nav = navigationFor(hb);
  assert.equal(nav.size, 3);
  assert.equal(nav.get("handbooks/hb/section3.md")!.next, undefined);
});
