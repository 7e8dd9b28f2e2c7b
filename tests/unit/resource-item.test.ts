import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parseResourceItem, type ResourceItem } from "../../src/markdown/resource-item.ts";

// All 22 resource items of seeds/section5-self-attention.jekyll.md, with their
// <a> written as Markdown links, as the importer produces them.
const SEED_ITEMS: [string, ResourceItem][] = [
  [
    "Paper: [Attention is All You Need](https://arxiv.org/abs/1706.03762) by Vaswani et al. (2017) – Introduces self-attention",
    { type: "Paper", title: "Attention is All You Need", url: "https://arxiv.org/abs/1706.03762", byline: "by", author: "Vaswani et al. (2017)", note: "Introduces self-attention" },
  ],
  [
    "Blog post: [The Illustrated Transformer](https://jalammar.github.io/illustrated-transformer/) by Jay Alammar – Visual explanation of self-attention",
    { type: "Blog post", title: "The Illustrated Transformer", url: "https://jalammar.github.io/illustrated-transformer/", byline: "by", author: "Jay Alammar", note: "Visual explanation of self-attention" },
  ],
  [
    "Video: [The Transformer Explained](https://www.youtube.com/watch?v=iDulhoQ2pro) from Stanford Online",
    { type: "Video", title: "The Transformer Explained", url: "https://www.youtube.com/watch?v=iDulhoQ2pro", byline: "from", author: "Stanford Online" },
  ],
  [
    "Paper: [Attention is All You Need](https://arxiv.org/abs/1706.03762) by Vaswani et al. (2017)",
    { type: "Paper", title: "Attention is All You Need", url: "https://arxiv.org/abs/1706.03762", byline: "by", author: "Vaswani et al. (2017)" },
  ],
  [
    "Blog post: [Illustrated: Self-Attention](https://towardsdatascience.com/illustrated-self-attention-2d627e33b20a) on Towards Data Science",
    { type: "Blog post", title: "Illustrated: Self-Attention", url: "https://towardsdatascience.com/illustrated-self-attention-2d627e33b20a", byline: "on", author: "Towards Data Science" },
  ],
  [
    "Video: [Scaled Dot-Product Attention Explained](https://www.youtube.com/watch?v=AirvKDDqWj0) from DeepLearning.AI",
    { type: "Video", title: "Scaled Dot-Product Attention Explained", url: "https://www.youtube.com/watch?v=AirvKDDqWj0", byline: "from", author: "DeepLearning.AI" },
  ],
  [
    "Paper: [Attention is All You Need](https://arxiv.org/abs/1706.03762) by Vaswani et al. (2017)",
    { type: "Paper", title: "Attention is All You Need", url: "https://arxiv.org/abs/1706.03762", byline: "by", author: "Vaswani et al. (2017)" },
  ],
  [
    "Blog post: [The Illustrated Transformer](https://jalammar.github.io/illustrated-transformer/) by Jay Alammar",
    { type: "Blog post", title: "The Illustrated Transformer", url: "https://jalammar.github.io/illustrated-transformer/", byline: "by", author: "Jay Alammar" },
  ],
  [
    "Article: [Multi-Head Attention in Transformers](https://medium.com/@adityathirani/multi-head-attention-in-transformers-6b7a0e4f7b0c) on Medium",
    { type: "Article", title: "Multi-Head Attention in Transformers", url: "https://medium.com/@adityathirani/multi-head-attention-in-transformers-6b7a0e4f7b0c", byline: "on", author: "Medium" },
  ],
  [
    "Paper: [Attention is All You Need](https://arxiv.org/abs/1706.03762) by Vaswani et al. (2017)",
    { type: "Paper", title: "Attention is All You Need", url: "https://arxiv.org/abs/1706.03762", byline: "by", author: "Vaswani et al. (2017)" },
  ],
  [
    "Blog post: [Rotary Embeddings](https://blog.eleuther.ai/rotary-embeddings/) by Eleuther AI – Modern positional encoding",
    { type: "Blog post", title: "Rotary Embeddings", url: "https://blog.eleuther.ai/rotary-embeddings/", byline: "by", author: "Eleuther AI", note: "Modern positional encoding" },
  ],
  [
    "Blog post: [A Gentle Introduction to Positional Encoding](https://machinelearningmastery.com/a-gentle-introduction-to-positional-encoding-in-transformer-models-part-1/) by Mehreen Saeed",
    { type: "Blog post", title: "A Gentle Introduction to Positional Encoding", url: "https://machinelearningmastery.com/a-gentle-introduction-to-positional-encoding-in-transformer-models-part-1/", byline: "by", author: "Mehreen Saeed" },
  ],
  [
    "Video: [Understanding Positional Encoding](https://www.youtube.com/watch?v=GQPOtyITy54) from DeepLearning Hero",
    { type: "Video", title: "Understanding Positional Encoding", url: "https://www.youtube.com/watch?v=GQPOtyITy54", byline: "from", author: "DeepLearning Hero" },
  ],
  [
    "Paper: [Visualizing Attention in Transformer-Based Language Models](https://arxiv.org/abs/1904.02679) by Vig (2019)",
    { type: "Paper", title: "Visualizing Attention in Transformer-Based Language Models", url: "https://arxiv.org/abs/1904.02679", byline: "by", author: "Vig (2019)" },
  ],
  [
    "Blog post: [Attending to Attention Matrices](https://towardsdatascience.com/attending-to-attention-matrices-8a7a7a7a7a7a) on Towards Data Science",
    { type: "Blog post", title: "Attending to Attention Matrices", url: "https://towardsdatascience.com/attending-to-attention-matrices-8a7a7a7a7a7a", byline: "on", author: "Towards Data Science" },
  ],
  [
    "Tool: [BertViz](https://github.com/jessevig/bertviz) – Visualization tool for attention matrices",
    { type: "Tool", title: "BertViz", url: "https://github.com/jessevig/bertviz", note: "Visualization tool for attention matrices" },
  ],
  [
    "Paper: [Attention is All You Need](https://arxiv.org/abs/1706.03762) by Vaswani et al. (2017)",
    { type: "Paper", title: "Attention is All You Need", url: "https://arxiv.org/abs/1706.03762", byline: "by", author: "Vaswani et al. (2017)" },
  ],
  [
    "Blog post: [The Illustrated Transformer](https://jalammar.github.io/illustrated-transformer/) by Jay Alammar",
    { type: "Blog post", title: "The Illustrated Transformer", url: "https://jalammar.github.io/illustrated-transformer/", byline: "by", author: "Jay Alammar" },
  ],
  [
    "Article: [Query, Key, Value Attention in Transformers](https://medium.com/@siddhant.ghosh/query-key-value-attention-in-transformers-7e7e7e7e7e7e) on Medium",
    { type: "Article", title: "Query, Key, Value Attention in Transformers", url: "https://medium.com/@siddhant.ghosh/query-key-value-attention-in-transformers-7e7e7e7e7e7e", byline: "on", author: "Medium" },
  ],
  [
    "Paper: [A Comprehensive Survey on Pretrained Foundation Models](https://arxiv.org/abs/2302.09419) by Zhao et al. (2023)",
    { type: "Paper", title: "A Comprehensive Survey on Pretrained Foundation Models", url: "https://arxiv.org/abs/2302.09419", byline: "by", author: "Zhao et al. (2023)" },
  ],
  [
    "Paper: [Multimodal Foundation Models: From Specialists to General-Purpose Assistants](https://arxiv.org/abs/2309.10415) by Yin et al. (2023)",
    { type: "Paper", title: "Multimodal Foundation Models: From Specialists to General-Purpose Assistants", url: "https://arxiv.org/abs/2309.10415", byline: "by", author: "Yin et al. (2023)" },
  ],
  [
    "Blog post: [How Transformers Became the Foundation for Modern AI](https://www.ibm.com/blog/how-transformers-became-the-foundation-for-modern-ai/) by IBM Research",
    { type: "Blog post", title: "How Transformers Became the Foundation for Modern AI", url: "https://www.ibm.com/blog/how-transformers-became-the-foundation-for-modern-ai/", byline: "by", author: "IBM Research" },
  ],
];

describe("parseResourceItem: the seed page", () => {
  test("has 22 resource items", () => assert.equal(SEED_ITEMS.length, 22));
  SEED_ITEMS.forEach(([source, expected], i) => {
    test(`item ${i + 1}: ${source.slice(0, 60)}`, () => assert.deepEqual(parseResourceItem(source), expected));
  });
});

describe("parseResourceItem: types", () => {
  test("labels match case-insensitively and are normalised", () => {
    assert.equal(parseResourceItem("blog Post: [A](https://a.example/)")?.type, "Blog post");
    assert.equal(parseResourceItem("PAPER: [A](https://a.example/)")?.type, "Paper");
    assert.equal(parseResourceItem("dataset : [A](https://a.example/)")?.type, "Dataset");
    for (const t of ["Course", "Book", "Code"]) assert.equal(parseResourceItem(`${t}: [A](https://a.example/)`)?.type, t);
  });

  test("without a label the type comes from the link's host", () => {
    const typeOf = (url: string) => parseResourceItem(`[A](${url})`)?.type;
    assert.equal(typeOf("https://arxiv.org/abs/1706.03762"), "Paper");
    assert.equal(typeOf("https://export.arxiv.org/abs/1706.03762"), "Paper");
    assert.equal(typeOf("https://www.youtube.com/watch?v=x"), "Video");
    assert.equal(typeOf("https://youtu.be/x"), "Video");
    assert.equal(typeOf("https://github.com/jessevig/bertviz"), "Code");
    assert.equal(typeOf("https://notgithub.com/x"), undefined);
    assert.equal(typeOf("./section6.md"), undefined);
  });

  test("an explicit type wins over the host", () => {
    assert.equal(parseResourceItem("Tool: [BertViz](https://github.com/jessevig/bertviz)")?.type, "Tool");
  });

  test("no type and an unknown host leave type out", () => {
    assert.deepEqual(parseResourceItem("[Rotary Embeddings](https://blog.eleuther.ai/rotary-embeddings/)"), {
      title: "Rotary Embeddings",
      url: "https://blog.eleuther.ai/rotary-embeddings/",
    });
  });
});

describe("parseResourceItem: byline and note", () => {
  test("note after an en dash, an em dash or a spaced hyphen", () => {
    for (const dash of ["–", "—", "-"]) {
      assert.deepEqual(parseResourceItem(`[A](https://a.example/) by B ${dash} the note`), {
        title: "A", url: "https://a.example/", byline: "by", author: "B", note: "the note",
      });
    }
  });

  test("hyphens and dashes without spaces belong to the author; later dashes to the note", () => {
    assert.deepEqual(parseResourceItem("[A](https://a.example/) by Jean-Luc Godard, 2017–2018 – part 1 – intro"), {
      title: "A", url: "https://a.example/", byline: "by", author: "Jean-Luc Godard, 2017–2018", note: "part 1 – intro",
    });
  });

  test("a note without a byline", () => {
    assert.deepEqual(parseResourceItem("Code: [x](https://a.example/) - reference code"), {
      type: "Code", title: "x", url: "https://a.example/", note: "reference code",
    });
  });

  test("the byline word is normalised to lower case", () => {
    assert.equal(parseResourceItem("[A](https://a.example/) From MIT")?.byline, "from");
  });
});

describe("parseResourceItem: links", () => {
  test("URLs with parentheses, angle brackets and a tooltip", () => {
    assert.equal(
      parseResourceItem("[T](https://en.wikipedia.org/wiki/Transformer_(deep_learning))")?.url,
      "https://en.wikipedia.org/wiki/Transformer_(deep_learning)",
    );
    assert.equal(parseResourceItem("[T](<https://a.example/a b>)")?.url, "https://a.example/a b");
    assert.equal(parseResourceItem('[T](https://a.example/ "tooltip") by X')?.url, "https://a.example/");
  });

  test("brackets in titles: nested or escaped", () => {
    assert.equal(parseResourceItem("[The [draft] paper](https://a.example/)")?.title, "The [draft] paper");
    assert.equal(parseResourceItem("[The \\[draft paper](https://a.example/)")?.title, "The [draft paper");
  });

  test("markup is kept as text (the renderer escapes it)", () => {
    assert.deepEqual(parseResourceItem("[<script>x</script>](https://a.example/) by <b>me</b>"), {
      title: "<script>x</script>", url: "https://a.example/", byline: "by", author: "<b>me</b>",
    });
  });
});

describe("parseResourceItem: items that are not one resource", () => {
  const rejected = [
    ["no link", "Paper: Attention is All You Need by Vaswani"],
    ["two links", "Paper: [A](https://a.example/) by [B](https://b.example/)"],
    ["an unknown leading label", "See also: [A](https://a.example/)"],
    ["text before the link", "Read [A](https://a.example/) first"],
    ["text after the link that is no byline", "[A](https://a.example/) (2017)"],
    ["a comma before the byline", "[A](https://a.example/), by B"],
    ["an empty title", "[](https://a.example/)"],
    ["an unclosed link", "[A](https://a.example/"],
    ["a reference link", "[A][ref] by B"],
  ];
  for (const [why, source] of rejected) {
    test(why!, () => assert.equal(parseResourceItem(source!), undefined));
  }
});
