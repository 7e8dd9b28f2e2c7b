// Plain-text outlines: `Chapter N: Title` lines, topic lines and
// `[Label: …]` lines become headings, lists and labelled paragraphs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { convertOutlines } from "../../src/importer/outline.ts";

test("chapter lines become headings, the topic lines under them a list, bracketed lines labelled paragraphs", () => {
  const text = [
    "Chapter 1: Language Models",
    "N-gram models",
    "Perplexity",
    "[Tools: PyTorch, torchtext]",
    "Chapter 2: Evaluation",
    "Intrinsic evaluation",
  ].join("\n");
  assert.deepEqual(convertOutlines(text, 1), {
    chapters: 2,
    level: 2,
    text: [
      "",
      "## Chapter 1: Language Models",
      "",
      "- N-gram models",
      "- Perplexity",
      "",
      "**Tools:** PyTorch, torchtext",
      "",
      "## Chapter 2: Evaluation",
      "",
      "- Intrinsic evaluation",
      "",
    ].join("\n"),
  });
});

test("topics separated from their chapter by a blank line still belong to it; prose stays prose", () => {
  const text = "Chapter 4: Toward Attention\n\nSequence-to-sequence models\nAlignment\n\nThis closing paragraph is an ordinary sentence.";
  const out = convertOutlines(text, 2).text;
  assert.match(out, /^### Chapter 4: Toward Attention$/m);
  assert.match(out, /^- Sequence-to-sequence models\n- Alignment$/m);
  assert.match(out, /^This closing paragraph is an ordinary sentence\.$/m);
});

test("text without chapter lines is returned untouched", () => {
  const text = "First line\nsecond line\n[Tools: none]";
  assert.deepEqual(convertOutlines(text, 1), { text, chapters: 0, level: 0 });
});

test("Markdown already in the outline (lists, links) is not re-listed", () => {
  const out = convertOutlines("Week 2: Vision\n- already a list\n[Tools: see [x](https://y.org)]", 1).text;
  assert.match(out, /^## Week 2: Vision$/m);
  assert.match(out, /^- already a list$/m);
  assert.ok(!out.includes("**Tools"), "a line holding a Markdown link is not a [Label: …] line");
});
