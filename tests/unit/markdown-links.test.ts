import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { render, type FakeContextOptions } from "./markdown-context.ts";

// The fake page is content/handbooks/nlp/section5.md unless a test says otherwise.
const href = (markdown: string, options: FakeContextOptions = {}) => {
  const match = /<a href="([^"]*)"/.exec(render(markdown, options).html);
  return match?.[1];
};
const src = (markdown: string, options: FakeContextOptions = {}) =>
  /<img src="([^"]*)"/.exec(render(markdown, options).html)?.[1];

describe("links to Markdown files become page URLs", () => {
  test("./sibling.md, sibling.md and ../other/index.md#x", () => {
    assert.equal(href("[next](./section6.md)"), "/handbooks/nlp/section6/");
    assert.equal(href("[next](section6.md)"), "/handbooks/nlp/section6/");
    assert.equal(href("[nlp](./index.md)"), "/handbooks/nlp/");
    assert.equal(href("[x](../foundation-models/index.md#self-attention)"), "/handbooks/foundation-models/#self-attention");
    assert.equal(href("[x](./section6.md#heading-id)"), "/handbooks/nlp/section6/#heading-id");
  });

  test("with a path prefix", () => {
    const repo = { pathPrefix: "/repo/" };
    assert.equal(href("[next](./section6.md)", repo), "/repo/handbooks/nlp/section6/");
    assert.equal(href("[x](../fm/index.md#x)", repo), "/repo/handbooks/fm/#x");
  });

  test("from the site's home page", () => {
    assert.equal(href("[NLP](handbooks/nlp/index.md)", { pageRelPath: "index.md" }), "/handbooks/nlp/");
  });

  test("reference-style links too", () => {
    assert.equal(href("See [next][n].\n\n[n]: ./section6.md", { pathPrefix: "/repo/" }), "/repo/handbooks/nlp/section6/");
  });

  test("file names with spaces are URL-encoded", () => {
    assert.equal(href("[x](<./my page.md>)"), "/handbooks/nlp/my%20page/");
  });

  test("the rendered link keeps its text and the HTML stays well-formed", () => {
    assert.equal(
      render("[**Next**](./section6.md)", { pathPrefix: "/repo/" }).html,
      '<p><a href="/repo/handbooks/nlp/section6/"><strong>Next</strong></a></p>\n',
    );
  });
});

describe("root-relative URLs get the path prefix", () => {
  test("links and images", () => {
    assert.equal(href("[nlp](/handbooks/nlp/)", { pathPrefix: "/repo/" }), "/repo/handbooks/nlp/");
    assert.equal(src("![a](/img/a.png)", { pathPrefix: "/repo/" }), "/repo/img/a.png");
  });

  test("unchanged when the prefix is /", () => {
    assert.equal(href("[nlp](/handbooks/nlp/)"), "/handbooks/nlp/");
  });

  test("also outside a page", () => {
    assert.equal(href("[nlp](/handbooks/nlp/)", { pathPrefix: "/repo/", pageRelPath: undefined }), "/repo/handbooks/nlp/");
  });
});

describe("other links are left alone", () => {
  const repo = { pathPrefix: "/repo/" };
  const untouched = [
    "https://arxiv.org/abs/1706.03762",
    "#self-attention",
    "mailto:someone@example.com",
    "./data.csv",
    "../nlp/notes.txt",
    "//cdn.example.com/lib.js",
    "https://example.com/readme.md",
  ];
  for (const url of untouched) {
    test(url, () => assert.equal(href(`[x](${url})`, repo), url));
  }

  test("relative images and copied files point where the file is copied, not below the section's URL", () => {
    // section5.md is served at /handbooks/nlp/section5/, its images/ folder at /handbooks/nlp/images/.
    assert.equal(src("![d](./images/attention.png)", repo), "/repo/handbooks/nlp/images/attention.png");
    assert.equal(src("![d](../fm/a%20b.svg)", repo), "/repo/handbooks/fm/a%20b.svg");
    assert.equal(href("[slides](slides.pdf#page=2)", repo), "/repo/handbooks/nlp/slides.pdf#page=2");
    assert.equal(src("![d](../../../outside.png)", repo), "../../../outside.png");
  });

  test("a .md link that leaves content/", () => {
    assert.equal(href("[x](../../../README.md)", repo), "../../../README.md");
  });

  test("relative .md links outside a page", () => {
    assert.equal(href("[x](./section6.md)", { ...repo, pageRelPath: undefined }), "./section6.md");
  });
});
