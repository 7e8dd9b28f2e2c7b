// The html tagged template: escaping by default, SafeHtml passes through.
import assert from "node:assert/strict";
import { test } from "node:test";
import { escapeHtml, html, raw, SafeHtml } from "../../layouts/lib/html.ts";

test("escapes & < > \" ' in interpolations", () => {
  const out = html`<p title="${`a"b'c`}">${"<b>Tom & Jerry</b>"}</p>`;
  assert.equal(out.value, '<p title="a&quot;b&#39;c">&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;</p>');
});

test("leaves the literal template text alone", () => {
  assert.equal(html`<a href="/x">&amp;</a>`.value, '<a href="/x">&amp;</a>');
});

test("raw() and nested html are not escaped again", () => {
  const inner = html`<em>${"<i>"}</em>`;
  const out = html`<p>${inner}${raw("<br>")}</p>`;
  assert.ok(out instanceof SafeHtml);
  assert.equal(out.value, "<p><em>&lt;i&gt;</em><br></p>");
});

test("arrays are joined, each item escaped or kept by its own kind", () => {
  const out = html`<ul>${["<a>", html`<li>ok</li>`, ["x", "&"]]}</ul>`;
  assert.equal(out.value, "<ul>&lt;a&gt;<li>ok</li>x&amp;</ul>");
});

test("null, undefined and false render as nothing; numbers as text", () => {
  const missing: string | undefined = undefined;
  assert.equal(html`[${null}${missing}${false}${0}${2.5}]`.value, "[02.5]");
});

test("a plain object that looks like SafeHtml is still escaped", () => {
  const fake = { value: "<script>" } as unknown as string;
  assert.equal(html`${fake}`.value, "[object Object]");
  assert.equal(escapeHtml("<script>"), "&lt;script&gt;");
});
