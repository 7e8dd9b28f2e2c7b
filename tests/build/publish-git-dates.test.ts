// "Last updated" comes from front matter `updated`, else from the file's last
// commit; without git history there is no date (never the build time). In
// GitHub Actions the repository for "Edit this page" defaults to the one
// being built. Each test builds a small site in a temporary folder.
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { repoRoot, run } from "../helpers/build.ts";
import { parseHtml, queryOne, textOf } from "../helpers/html.ts";
import { readFileSync } from "node:fs";

const FILES: Record<string, string> = {
  "index.md": "---\ntitle: Dates\n---\n\nHome.\n",
  "handbooks/hb/index.md": "---\ntitle: HB\ndescription: A handbook.\n---\n\nOverview.\n",
  "handbooks/hb/section1.md": "---\ntitle: One\ndescription: Committed first.\n---\n\nOne.\n",
  "handbooks/hb/section2.md": "---\ntitle: Two\ndescription: Committed, then changed.\n---\n\nTwo.\n",
  "handbooks/hb/section3.md": "---\ntitle: Three\ndescription: Says when.\nupdated: 2023-01-02\n---\n\nThree.\n",
};

async function writeContent(dir: string, files: Record<string, string>): Promise<void> {
  for (const [rel, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), text);
  }
}

async function git(cwd: string, args: string[], date?: string): Promise<void> {
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  const r = await run("git", ["-c", "user.name=Test", "-c", "user.email=test@example.test", "-c", "commit.gpgsign=false", ...args], cwd, env);
  assert.equal(r.status, 0, r.stderr);
}

async function build(contentDir: string, env: NodeJS.ProcessEnv = {}, args: string[] = []) {
  const outDir = path.join(path.dirname(contentDir), "_site");
  const r = await run(process.execPath, [path.join(repoRoot, "src/cli/run.mjs"), "build",
    "--content", contentDir, "--output", outDir, ...args], repoRoot, { ...process.env, ...env });
  assert.equal(r.status, 0, r.stderr);
  return (url: string) => parseHtml(readFileSync(path.join(outDir, url, "index.html"), "utf8"));
}

const updated = (page: ReturnType<Awaited<ReturnType<typeof build>>>) => queryOne(page, ".page-updated time")?.attrs.datetime;

let repo: string;
before(async () => {
  repo = await mkdtemp(path.join(os.tmpdir(), "folio-git-"));
  const content = path.join(repo, "content");
  await writeContent(content, FILES);
  await git(repo, ["init", "-q", "-b", "main"]);
  await git(repo, ["add", "."]);
  await git(repo, ["commit", "-q", "-m", "first"], "2024-05-06T10:00:00Z");
  await writeFile(path.join(content, "handbooks/hb/section2.md"), FILES["handbooks/hb/section2.md"] + "\nMore.\n");
  await git(repo, ["commit", "-q", "-am", "second"], "2024-07-08T10:00:00Z");
  // Written after the last commit: no history yet.
  await writeContent(content, { "handbooks/hb/section4.md": "---\ntitle: Four\ndescription: Not committed.\n---\n\nFour.\n" });
});

test("each page shows its file's last commit date, front matter `updated` wins, uncommitted files show none", async () => {
  const page = await build(path.join(repo, "content"));
  assert.equal(updated(page("handbooks/hb/section1")), "2024-05-06");
  assert.equal(updated(page("handbooks/hb/section2")), "2024-07-08");
  assert.equal(updated(page("handbooks/hb/section3")), "2023-01-02");
  assert.equal(updated(page("handbooks/hb/section4")), undefined);
  assert.equal(updated(page("")), "2024-05-06", "the home page too");
  assert.match(textOf(queryOne(page("handbooks/hb/section1"), ".page-meta")!), /Last updated May 6, 2024/);
});

test("without git history only front matter dates are shown", async () => {
  const copy = path.join(await mkdtemp(path.join(os.tmpdir(), "folio-nogit-")), "content");
  await cp(path.join(repo, "content"), copy, { recursive: true });
  const page = await build(copy);
  assert.equal(updated(page("handbooks/hb/section1")), undefined);
  assert.equal(queryOne(page("handbooks/hb/section1"), ".page-meta"), undefined, "no empty line either");
  assert.equal(updated(page("handbooks/hb/section3")), "2023-01-02");
});

test("in GitHub Actions 'Edit this page' opens the built repository and branch, path from the repository root", async () => {
  const page = await build(path.join(repo, "content"), {
    GITHUB_ACTIONS: "true", GITHUB_SERVER_URL: "https://github.example", GITHUB_REPOSITORY: "owner/handbooks",
    GITHUB_REF_TYPE: "branch", GITHUB_REF_NAME: "release/2",
  });
  assert.equal(queryOne(page("handbooks/hb/section2"), "a.page-edit")?.attrs.href,
    "https://github.example/owner/handbooks/edit/release/2/content/handbooks/hb/section2.md");
});

test("--repository and --repository-branch win over the defaults; without any repository there is no edit link", async () => {
  const flagged = await build(path.join(repo, "content"), { GITHUB_ACTIONS: "true", GITHUB_REPOSITORY: "owner/other" },
    ["--repository", "https://git.example.test/me/notes/", "--repository-branch", "docs"]);
  assert.equal(queryOne(flagged("handbooks/hb/section1"), "a.page-edit")?.attrs.href,
    "https://git.example.test/me/notes/edit/docs/content/handbooks/hb/section1.md");
  const plain = await build(path.join(repo, "content"), { GITHUB_ACTIONS: "" });
  assert.equal(queryOne(plain("handbooks/hb/section1"), "a.page-edit"), undefined);
});
