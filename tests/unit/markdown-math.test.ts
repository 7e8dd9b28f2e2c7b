import assert from "node:assert/strict";
import { describe, test } from "node:test";
import katex from "katex";
import { createMarkdown } from "../../src/markdown/index.ts";
import { fakeContext, render, renderError } from "./markdown-context.ts";

const html = (source: string) => render(source).html;
const TEX_HINT = "check braces and arguments; a literal dollar sign is written \\$";
const UNKNOWN_HINT = "KaTeX lacks this command or environment, see https://katex.org/docs/supported.html; a literal dollar sign is written \\$";

describe("math: rendering", () => {
  test("$…$ is inline KaTeX with MathML for screen readers", () => {
    assert.equal(html("Energy $E=mc^2$ here."), `<p>Energy ${katex.renderToString("E=mc^2")} here.</p>\n`);
    assert.ok(html("$x$").includes('<span class="katex-mathml"><math xmlns="http://www.w3.org/1998/Math/MathML">'));
  });

  test("$$…$$ on its own lines, or on one line, is display math", () => {
    const display = `<p class="katex-block">${katex.renderToString("\\frac{a}{b}", { displayMode: true })}</p>\n`;
    assert.equal(html("$$\n\\frac{a}{b}\n$$"), display);
    assert.equal(html("$$\\frac{a}{b}$$"), display);
  });

  test("$$…$$ inside a sentence is left as text", () => {
    assert.equal(html("Sum $$a+b$$ here"), "<p>Sum $$a+b$$ here</p>\n");
  });

  const prose = [
    "It costs $5 and $10 today.",
    "$1,000 to $2,000",
    "$5-$10",
    "From $5 to $ 10",
    "5$ and 6$",
    "$PATH and $HOME",
    "a $ b $ c",
  ];
  for (const text of prose) {
    test(`prose dollars stay text: ${text}`, () => assert.equal(html(text), `<p>${text}</p>\n`));
  }

  test("a prose dollar and math in one sentence", () => {
    assert.equal(html("Pay $5 or $x$ units."), `<p>Pay $5 or ${katex.renderToString("x")} units.</p>\n`);
  });

  test("\\$ is a literal dollar", () => {
    assert.equal(html("\\$5 and \\$x\\$"), "<p>$5 and $x$</p>\n");
  });

  test("math inside inline code is code", () => {
    assert.equal(html("`$x$`"), "<p><code>$x$</code></p>\n");
  });
});

describe("math: invalid TeX stops the build", () => {
  test("unbalanced braces, inline: file, line and column of the error", () => {
    assert.equal(
      renderError("First line.\nThe fraction $\\frac{1}{$ is broken."),
      `fixture.md:2:24  error  Invalid TeX in $…$: KaTeX parse error: Unexpected end of input in a macro argument, expected '}' at end of input  (${TEX_HINT})`,
    );
  });

  test("unknown environment", () => {
    assert.equal(
      renderError("Text $\\begin{foo}$."),
      `fixture.md:1:13  error  Invalid TeX in $…$: KaTeX parse error: No such environment: foo  (${UNKNOWN_HINT})`,
    );
  });

  test("unknown macro (KaTeX would otherwise draw it red and carry on)", () => {
    assert.equal(
      renderError("x $a + \\foo$", { offset: 3 }),
      `fixture.md:4:8  error  Invalid TeX in $…$: KaTeX parse error: Undefined control sequence: \\foo  (${UNKNOWN_HINT})`,
    );
  });

  test("the line is the real one in long paragraphs, lists, quotes, tables and headings", () => {
    const at = (source: string) => renderError(source).split("  ")[0];
    assert.equal(at("one\ntwo `code\nspan` three\nfour $\\foo$"), "fixture.md:4:7");
    assert.equal(at("- item\n- item with\n  math $\\foo$"), "fixture.md:3:9");
    assert.equal(at("> quote\n> $\\foo$ here"), "fixture.md:2:4");
    assert.equal(at("| a | b |\n|---|---|\n| 1 | 2 |\n| $\\foo$ | 2 |"), "fixture.md:4:4");
    assert.equal(at("text\n\n## Head $\\foo$"), "fixture.md:3:10");
    assert.equal(at("::: note\nSee $x$ and $\\foo$.\n:::"), "fixture.md:2:14");
  });

  test("display math: the line of the error inside the block", () => {
    assert.equal(
      renderError("Intro.\n\n$$\na + b\n\\foo\n$$"),
      `fixture.md:5:1  error  Invalid TeX in $$…$$: KaTeX parse error: Undefined control sequence: \\foo  (${UNKNOWN_HINT})`,
    );
    assert.equal(
      renderError("$$\\frac{1}{$$"),
      `fixture.md:1:12  error  Invalid TeX in $$…$$: KaTeX parse error: Unexpected end of input in a macro argument, expected '}' at end of input  (${TEX_HINT})`,
    );
  });

  test("an unclosed $$ stops the build instead of typesetting the rest of the page", () => {
    assert.equal(
      renderError("Text.\n\n$$\nx + y\n\nMore prose.\n"),
      "fixture.md:3:1  error  Display math opened with $$ is never closed  (end the formula with a line holding only $$)",
    );
    assert.equal(renderError("- item\n  - $$x\n\nText").split("  ")[0], "fixture.md:2:5");
  });
});

describe("math: warnings and macros", () => {
  test("TeX that KaTeX accepts but LaTeX would not is a warning with its place", () => {
    const { html: out, warnings } = render("Word\n$é$");
    assert.ok(out.includes('<span class="katex">'));
    assert.deepEqual(warnings, ['fixture.md:2:2  warning  TeX: Accented Unicode text character "é" used in math mode']);
  });

  test("\\gdef works within a page and does not leak into the next page", () => {
    const md = createMarkdown(fakeContext());
    assert.ok(md.render("$\\gdef\\myReals{\\mathbb{R}}$ and $x \\in \\myReals$", {}).includes('<mi mathvariant="double-struck">R</mi>'));
    assert.throws(() => md.render("$x \\in \\myReals$", {}), /Undefined control sequence: \\myReals/);
  });
});
