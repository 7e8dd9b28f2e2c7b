// `npm run build` and `npm run check` run through src/cli/run.mjs, which
// compiles Folio once per change of its sources. An edit to Folio's own code
// must show in the next build (page bodies cached by an earlier build
// included), and each checkout keeps its own compilation.
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { fixture, repoRoot, run } from "../helpers/build.ts";

const compiledDirs = () => readdirSync(path.join(repoRoot, "node_modules", ".cache", "folio-cli"));

test("an unknown command says which ones there are", async () => {
  const r = await run(process.execPath, ["src/cli/run.mjs", "biuld"], repoRoot);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown command "biuld"; use {2}node src\/cli\/run\.mjs build\|check/);
});

test("an edit to Folio's layouts shows in the next build; another checkout's compilation is left alone", async () => {
  await run(process.execPath, ["src/cli/run.mjs", "--compile"], repoRoot);
  const ours = compiledDirs();
  const checkout = mkdtempSync(path.join(os.tmpdir(), "folio-checkout-"));
  for (const item of ["src", "layouts", "assets", ".eleventy.ts", "package.json", "package-lock.json", "tsconfig.json"]) {
    cpSync(path.join(repoRoot, item), path.join(checkout, item), { recursive: true });
  }
  symlinkSync(path.join(repoRoot, "node_modules"), path.join(checkout, "node_modules"));
  const build = async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), "folio-run-")), "_site");
    const r = await run(process.execPath, ["src/cli/run.mjs", "build", "--content", fixture(import.meta.url, "rendering"), "--output", out], checkout);
    assert.equal(r.status, 0, r.stderr);
    return readFileSync(path.join(out, "index.html"), "utf8");
  };

  assert.ok(!(await build()).includes("<!-- edited layout -->"));
  const base = path.join(checkout, "layouts", "base.ts");
  writeFileSync(base, readFileSync(base, "utf8").replace("html`<!doctype html>", "html`<!doctype html><!-- edited layout -->"));
  assert.ok((await build()).includes("<!-- edited layout -->"), "the build used the edited layout");
  // Page bodies come from the body cache now; an edit to the Markdown pipeline must not be hidden by it.
  const markdown = path.join(checkout, "src", "markdown", "index.ts");
  writeFileSync(markdown, readFileSync(markdown, "utf8").replace("  return md;\n}", "  md.renderer.rules.paragraph_open = () => \"<p data-edited>\";\n  return md;\n}"));
  assert.match(await build(), /<p data-edited>/, "the build rendered the pages with the edited Markdown code");

  for (const dir of ours) assert.ok(existsSync(path.join(repoRoot, "node_modules", ".cache", "folio-cli", dir)), `${dir} kept`);
  // The temporary checkout's own compilations go with it.
  for (const dir of compiledDirs()) if (!ours.includes(dir)) rmSync(path.join(repoRoot, "node_modules", ".cache", "folio-cli", dir), { recursive: true });
});

test("FOLIO_TRACE=1 prints each phase of a build once, in order, with time and memory", async () => {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), "folio-trace-")), "_site");
  const args = ["src/cli/run.mjs", "build", "--content", fixture(import.meta.url, "rendering"), "--output", out];
  const traced = await run(process.execPath, args, repoRoot, { ...process.env, FOLIO_TRACE: "1" });
  assert.equal(traced.status, 0, traced.stderr);
  const phases = [...traced.stderr.matchAll(/^folio trace +\d+ ms +\d+ MB {2}(.+)$/gm)].map((m) => m[1]);
  assert.deepEqual(phases, [
    "load Eleventy", "load the config and plugins", "load content", "Eleventy reads the templates", "render pages",
    "save caches", "site-wide checks", "copy content files",
    "generated pages and search index", "wait for the files to be written", "swap the output in", "done",
  ]);
  const quiet = await run(process.execPath, args, repoRoot, { ...process.env, FOLIO_TRACE: "" });
  assert.equal(quiet.status, 0, quiet.stderr);
  assert.doesNotMatch(quiet.stderr, /folio trace/);
});
