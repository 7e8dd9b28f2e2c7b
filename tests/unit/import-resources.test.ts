// Resource items as old pages wrote them, in the canonical form the build's
// resource grammar reads; anything that does not fit comes back undefined
// so the importer keeps it as written.
import { test } from "node:test";
import assert from "node:assert/strict";
import { normaliseResourceItem } from "../../src/importer/resource-items.ts";
import { parseResourceItem } from "../../src/markdown/resource-item.ts";

const A = "[Attention Is All You Need](https://arxiv.org/abs/1706.03762)";

test("the seed's items are already canonical and come back unchanged", () => {
  for (const line of [
    `Paper: ${A} by Vaswani et al. (2017) – Introduces self-attention`,
    "Video: [The Transformer Explained](https://www.youtube.com/watch?v=iDulhoQ2pro) from Stanford Online",
    "Blog post: [Illustrated: Self-Attention](https://towardsdatascience.com/x) on Towards Data Science",
    "Tool: [BertViz](https://github.com/jessevig/bertviz) – Visualization tool for attention matrices",
  ]) {
    assert.equal(normaliseResourceItem(line), line);
  }
});

test("type labels in any case are normalised to the format's spelling", () => {
  assert.equal(normaliseResourceItem(`Blog Post: ${A} by X`), `Blog post: ${A} by X`);
  assert.equal(normaliseResourceItem(`VIDEO: ${A}`), `Video: ${A}`);
  assert.equal(normaliseResourceItem(`paper: ${A}`), `Paper: ${A}`);
  assert.equal(normaliseResourceItem(`DATASET: ${A} from LAION`), `Dataset: ${A} from LAION`);
});

test("a hyphen or em dash before the note becomes an en dash; By/From are lower-cased", () => {
  assert.equal(normaliseResourceItem(`Paper: ${A} by Vaswani - The original`), `Paper: ${A} by Vaswani – The original`);
  assert.equal(normaliseResourceItem(`Paper: ${A} By Vaswani — The original`), `Paper: ${A} by Vaswani – The original`);
  assert.equal(normaliseResourceItem(`Course: ${A} From Stanford - Lectures`), `Course: ${A} from Stanford – Lectures`);
  // A hyphen inside a name is not a separator.
  assert.equal(normaliseResourceItem(`Paper: ${A} by Jean-Luc Picard`), `Paper: ${A} by Jean-Luc Picard`);
});

test("a qualifier like `Survey (2023):` keeps its words in the note and types the item", () => {
  assert.equal(normaliseResourceItem(`Survey (2023): ${A} by Zhao et al.`), `Paper: ${A} by Zhao et al. – Survey (2023)`);
  assert.equal(normaliseResourceItem(`Paper (2017): ${A} – Classic`), `Paper: ${A} – 2017; Classic`);
  assert.equal(normaliseResourceItem(`Book (free online): ${A} by Jurafsky`), `Book: ${A} by Jurafsky – free online`);
  assert.equal(normaliseResourceItem(`Tutorial: ${A} from Hugging Face`), `Article: ${A} from Hugging Face – Tutorial`);
  // A plain synonym says nothing more than its type.
  assert.equal(normaliseResourceItem(`Repo: ${A}`), `Code: ${A}`);
});

test("a bold label is read like a plain one", () => {
  assert.equal(normaliseResourceItem(`**Paper:** ${A} by X`), `Paper: ${A} by X`);
  assert.equal(normaliseResourceItem(`**Paper**: ${A} by X`), `Paper: ${A} by X`);
});

test("every normalised item parses with the build's own grammar", () => {
  const out = normaliseResourceItem(`Survey (2023): ${A} by Zhao et al. - A history`)!;
  const item = parseResourceItem(out);
  assert.deepEqual(item, { type: "Paper", title: "Attention Is All You Need", url: "https://arxiv.org/abs/1706.03762", byline: "by", author: "Zhao et al.", note: "Survey (2023); A history" });
});

test("items that do not fit are left for the caller to keep as written", () => {
  assert.equal(normaliseResourceItem(`Podcast: ${A}`), undefined, "unknown type");
  assert.equal(normaliseResourceItem(`Paper: ${A} and [another](https://x.org)`), undefined, "two links");
  assert.equal(normaliseResourceItem(`Paper: ${A}, Vaswani 2017`), undefined, "no by/from/on");
  assert.equal(normaliseResourceItem("Paper: no link here"), undefined);
  assert.equal(normaliseResourceItem(`Dataset: ${A} – used in [a paper](https://x.org)`), undefined, "a link in the note");
});

test("an item without a type stays without one (the build infers it from the host)", () => {
  assert.equal(normaliseResourceItem("[minGPT](https://github.com/karpathy/minGPT) by Andrej Karpathy"), "[minGPT](https://github.com/karpathy/minGPT) by Andrej Karpathy");
});
