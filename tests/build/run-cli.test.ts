// `npm run build` and `npm run check` run through src/cli/run.mjs, which
// compiles Folio once per change of its sources. An edit to Folio's own code
// must show in the next build, and each checkout keeps its own compilation.
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

  for (const dir of ours) assert.ok(existsSync(path.join(repoRoot, "node_modules", ".cache", "folio-cli", dir)), `${dir} kept`);
  // The temporary checkout's own compilations go with it.
  for (const dir of compiledDirs()) if (!ours.includes(dir)) rmSync(path.join(repoRoot, "node_modules", ".cache", "folio-cli", dir), { recursive: true });
});
