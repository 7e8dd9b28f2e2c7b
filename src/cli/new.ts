// `npm run new -- <handbook> "<Title>" [--content <dir>] [--number N]`
// Adds the next section to a handbook: handbooks/<handbook>/section<N>.md,
// N one more than the highest number its sections use (file names and
// `order`), so it comes last. A handbook that does not exist yet gets its
// folder and index.md first. Never overwrites a file.
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { stringify } from "yaml";
import { numberInFileName } from "../content/classify.ts";
import { urlForRelPath } from "../content/urls.ts";
import { shownPath } from "../checks/shown-path.ts";

const USAGE = 'usage: npm run new -- <handbook-folder> "<Title>" [--number N] [--content <dir>]';

const { values, positionals } = parseArgs({
  options: { content: { type: "string" }, number: { type: "string" } },
  allowPositionals: true,
  strict: true,
});

const [handbook, title] = positionals;
if (!handbook || !title?.trim() || positionals.length > 2) fail(`${USAGE}\n  e.g. npm run new -- nlp "Word Embeddings"`);
if (!/^[a-z0-9][a-z0-9_-]*$/.test(handbook)) {
  fail(`"${handbook}" cannot be a handbook folder: use lower-case letters, digits and dashes, e.g. natural-language-processing`);
}

const contentDir = path.resolve(values.content ?? "content");
const folder = path.join(contentDir, "handbooks", handbook);
const landing = path.join(folder, "index.md");

if (!(await exists(landing))) {
  await mkdir(folder, { recursive: true });
  await create(landing, page({ title: title.trim(), description: "One sentence: what this handbook teaches, and to whom." },
    "Say who this handbook is for and what they should know first. The list of\n" +
    "its sections appears below this text by itself: add the first one with\n" +
    `npm run new -- ${handbook} "Section title".\n`));
} else {
  const n = values.number !== undefined ? Number(values.number) : (await highestNumber(folder)) + 1;
  if (!Number.isInteger(n) || n < 1) fail(`--number must be a whole number from 1 up, not "${values.number}"`);
  await create(path.join(folder, `section${n}.md`), page(
    { title: title.trim(), description: "One sentence: what a reader learns in this section.", nav_title: title.trim() },
    "::: key-concept\nThe one idea of this section, in a sentence or two.\n:::\n\n" +
    "## First topic\n\nWrite the section here. Each `##` heading becomes an entry in the page's table of contents.\n",
  ));
}

/** The highest position any section of the handbook takes: its file number or its `order`. */
async function highestNumber(dir: string): Promise<number> {
  let highest = 0;
  for (const name of await readdir(dir)) {
    if (!name.endsWith(".md") || name === "index.md") continue;
    highest = Math.max(highest, numberInFileName(name) ?? 0);
    const order = /^order:\s*(\d+(?:\.\d+)?)\s*$/m.exec(await readFile(path.join(dir, name), "utf8"));
    if (order) highest = Math.max(highest, Math.floor(Number(order[1])));
  }
  return highest;
}

function page(fields: Record<string, string>, body: string): string {
  return `---\n${stringify(fields, { defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN", lineWidth: 0 })}---\n\n${body}`;
}

async function create(file: string, text: string): Promise<void> {
  try {
    // "wx": fails if the file exists, even if it appeared a moment ago.
    await writeFile(file, text, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      fail(`${shownPath(file)} already exists; Folio never overwrites a page. Choose another --number, or edit that file.`);
    }
    throw error;
  }
  const rel = path.relative(contentDir, file).split(path.sep).join("/");
  console.log(`Created ${shownPath(file)}`);
  console.log(`Its URL: ${urlForRelPath(rel)}  (npm start serves it at http://localhost:8080${urlForRelPath(rel)})`);
}

async function exists(file: string): Promise<boolean> {
  return readFile(file).then(() => true, () => false);
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
