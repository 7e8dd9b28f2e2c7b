// The GitHub Pages workflow: when it runs, what it may do, and that the
// build step, given what configure-pages reports for a project site and for
// a site at the domain root, produces a site for exactly that address.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { fixture, repoRoot, run } from "../helpers/build.ts";

interface Step { id?: string; uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> }
interface Job { needs?: string; environment?: { name: string }; steps: Step[] }
interface Workflow {
  on: { push: { branches: string[] }; workflow_dispatch: unknown };
  permissions: Record<string, string>;
  concurrency: { group: string; "cancel-in-progress": boolean };
  jobs: Record<string, Job>;
}

const workflow = parse(readFileSync(path.join(repoRoot, ".github/workflows/pages.yml"), "utf8")) as Workflow;
const build = workflow.jobs.build!;
const step = (uses: string) => build.steps.find((s) => s.uses?.startsWith(`${uses}@`));

test("runs on pushes to main and on demand, one deployment at a time, with only the permissions Pages needs", () => {
  assert.deepEqual(workflow.on.push.branches, ["main"]);
  assert.ok("workflow_dispatch" in workflow.on);
  assert.deepEqual(workflow.permissions, { contents: "read", pages: "write", "id-token": "write" });
  assert.equal(workflow.concurrency.group, "pages");
  assert.equal(workflow.concurrency["cancel-in-progress"], false);
});

test("builds with Node 20 and the locked dependencies, full history for commit dates, then uploads and deploys _site", () => {
  assert.equal(step("actions/checkout")?.with?.["fetch-depth"], 0);
  assert.equal(step("actions/setup-node")?.with?.["node-version"], 20);
  const runs = build.steps.map((s) => s.run).filter(Boolean);
  assert.deepEqual(runs, ["npm ci", "npm run build"]);
  const order = (s: Step | undefined) => build.steps.indexOf(s!);
  assert.ok(order(step("actions/configure-pages")) < order(build.steps.find((s) => s.run === "npm run build")));
  assert.equal(step("actions/upload-pages-artifact")?.with?.path, "_site");
  const deploy = workflow.jobs.deploy!;
  assert.equal(deploy.needs, "build");
  assert.equal(deploy.environment?.name, "github-pages");
  assert.ok(deploy.steps.some((s) => s.uses?.startsWith("actions/deploy-pages@")));
});

/** The build step's environment as Actions would set it, given configure-pages' outputs. */
function buildEnv(outputs: { base_path: string; base_url: string }): Record<string, string> {
  const pagesId = step("actions/configure-pages")!.id!;
  const env = build.steps.find((s) => s.run === "npm run build")!.env!;
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k,
    v.replace(/\$\{\{\s*steps\.([\w-]+)\.outputs\.(\w+)\s*\}\}/g, (_, id: string, key: "base_path" | "base_url") => {
      assert.equal(id, pagesId, "outputs come from configure-pages");
      return outputs[key];
    })]));
}

for (const [kind, outputs, home] of [
  ["a project site", { base_path: "/handbooks", base_url: "https://someone.github.io/handbooks" }, "https://someone.github.io/handbooks/"],
  ["a site at the domain root", { base_path: "", base_url: "https://someone.github.io" }, "https://someone.github.io/"],
] as const) {
  test(`the build step makes ${kind} with the right prefix and canonical URLs`, async () => {
    const out = path.join(await mkdtemp(path.join(os.tmpdir(), "folio-workflow-")), "_site");
    const r = await run(process.execPath, ["src/cli/run.mjs", "build", "--content", fixture(import.meta.url, "publish-site"),
      "--output", out], repoRoot, { ...process.env, ...buildEnv(outputs) });
    assert.equal(r.status, 0, r.stderr);
    const html = readFileSync(path.join(out, "handbooks/alpha/index.html"), "utf8");
    assert.match(html, new RegExp(`<link rel="canonical" href="${home}handbooks/alpha/">`));
    assert.match(html, new RegExp(`<link rel="stylesheet" href="${new URL(home).pathname}assets/folio.css">`));
  });
}
