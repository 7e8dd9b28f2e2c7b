// Reading time: which words count, the rounding, and the handbook total.
import assert from "node:assert/strict";
import { test } from "node:test";
import { countWords, readingMinutes, totalMinutes, WORDS_PER_MINUTE } from "../../src/content/reading-time.ts";

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");

test("counts the words a reader sees, joining apostrophes and inner hyphens", () => {
  assert.equal(countWords("It's a self-attention layer, e.g. in BERT.").words, 7);
  assert.equal(countWords("## Heading\n\n- one\n- two\n\n**bold** and _italic_").words, 6);
  assert.equal(countWords("Zahlen wie 3.14 und Wörter wie Größe zählen.").words, 8);
});

test("link and image targets, URLs, tags, comments and ::: fences are not read", () => {
  const md = [
    "::: resources Further reading",
    "- Paper: [Attention Is All You Need](https://arxiv.org/abs/1706.03762 \"title\") by Vaswani",
    ":::",
    "<div class=\"x\">Inside</div> <!-- a note to the author -->",
    "See https://example.org/some/long/path and ![a cat](images/cat.png).",
    "",
    "[ref]: https://example.org/ref",
  ].join("\n");
  // Further reading | Paper Attention Is All You Need by Vaswani | Inside | See and a cat
  assert.equal(countWords(md).words, 2 + 8 + 1 + 4);
});

test("code and formulas count like prose; the fence line does not", () => {
  assert.equal(countWords("```python\ndef softmax(xs):\n    return xs\n```").words, 5);
  assert.equal(countWords("$$\\frac{a}{b}$$").words, 3);
});

test("Chinese and Japanese characters are counted one by one", () => {
  const { words, cjkChars } = countWords("自注意力机制 and ひらがな");
  assert.equal(cjkChars, 10);
  assert.equal(words, 1);
  assert.equal(readingMinutes("字".repeat(1000)), 2);
});

test("minutes round to the nearest whole minute, at least one, zero when empty", () => {
  assert.equal(readingMinutes(""), 0);
  assert.equal(readingMinutes("<!-- only a comment -->\n:::\n"), 0);
  assert.equal(readingMinutes("Hello."), 1);
  assert.equal(readingMinutes(words(WORDS_PER_MINUTE * 2)), 2);
  assert.equal(readingMinutes(words(WORDS_PER_MINUTE * 2.4)), 2);
  assert.equal(readingMinutes(words(WORDS_PER_MINUTE * 2.6)), 3);
});

test("a handbook's total is the sum of its sections' minutes", () => {
  assert.equal(totalMinutes([{ readingMinutes: 3 }, { readingMinutes: 1 }, {}]), 4);
  assert.equal(totalMinutes([]), 0);
});

test("accented and non-Latin letters are words; apostrophes, hyphens and dots join, other marks split", () => {
  // naïve · café · don't · a’b · self-attention · 𝑥𝑦 (letters outside the BMP) · 1.5 · Ωμέγα
  assert.equal(countWords("naïve café — don't a’b self-attention 𝑥𝑦 1.5 «Ωμέγα»").words, 8);
  // Joiners at the edges or doubled do not join: "x" "y" "z" "w" "v".
  assert.equal(countWords("'x y- z--w ..v.").words, 5);
});
