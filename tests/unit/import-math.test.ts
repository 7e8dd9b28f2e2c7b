// Math as Jekyll sites write it, found and rewritten in Folio's `$…$` and
// `$$…$$`, with prose dollars and code left alone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findMath, mathMarkdown, texProblem } from "../../src/importer/math.ts";
import { mask, unmask, isolateDisplayMath } from "../../src/importer/mask.ts";

const convert = (text: string) => {
  const m = mask(text);
  return unmask(isolateDisplayMath(m.text, m.pieces), m.pieces, "markdown").replace(/^\n+|\n+$/g, "");
};

test("\\( … \\) and the kramdown-escaped \\\\( … \\\\) become $…$", () => {
  assert.equal(convert("the weights \\( \\mathrm{softmax}(x) \\) sum to one"), "the weights $\\mathrm{softmax}(x)$ sum to one");
  assert.equal(convert("model size \\\\(N\\\\) and data \\\\(D\\\\)"), "model size $N$ and data $D$");
});

test("$…$ is kept; prices are not math", () => {
  assert.equal(convert("where $d_k$ is the key size"), "where $d_k$ is the key size");
  assert.deepEqual(findMath("It costs $5 and $10 today."), []);
  assert.deepEqual(findMath("from $5-$10"), []);
  assert.deepEqual(findMath("escaped \\$x\\$ dollars"), []);
});

test("$$…$$ inside a sentence is inline math (as kramdown reads it); on its own lines it is display math", () => {
  assert.equal(convert("so $$a+b$$ holds"), "so $a+b$ holds");
  assert.equal(convert("Before:\n$$\nE = mc^2\n$$\nAfter."), "Before:\n\n$$\nE = mc^2\n$$\n\nAfter.");
  assert.equal(convert("\\[ x^2 \\]"), "$$\nx^2\n$$");
});

test("\\[1\\] is an escaped citation in Markdown, not display math", () => {
  assert.deepEqual(findMath("as shown in \\[1\\] and \\[2\\]"), []);
});

test("code spans and fences keep their dollars and backslashes exactly", () => {
  const text = "Use `$PATH` and `\\(x\\)` here.\n\n```sh\necho $HOME \\(y\\)\n```";
  assert.equal(convert(text), text);
});

test("mathMarkdown collapses inline TeX to one line and trims it", () => {
  assert.equal(mathMarkdown({ tex: " a +\n b ", display: false }, false), "$a + b$");
  assert.equal(mathMarkdown({ tex: "\n x \n", display: true }, true), "$$\nx\n$$");
});

test("texProblem reports what KaTeX cannot typeset", () => {
  assert.equal(texProblem("\\frac{a}{b}", false), undefined);
  assert.match(texProblem("\\frac{a}{", false) ?? "", /Expected|end of input/);
});
