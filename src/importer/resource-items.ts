// One resource, as old pages wrote it, in the format's canonical form:
//   Paper: [Title](url) by Author – note
// Type labels in any case or as a synonym are normalised (`Blog Post` →
// `Blog post`, `Survey (2023)` → `Paper` with "Survey (2023)" kept as the
// note), a hyphen or em dash before the note becomes an en dash, and
// `by`/`from`/`on` are lower-cased. The result must parse with the build's
// own grammar (src/markdown/resource-item.ts); anything else returns
// undefined and the caller keeps the item as written.
import { parseResourceItem, RESOURCE_TYPES, type ResourceType } from "../markdown/resource-item.ts";

const SYNONYMS: Record<string, ResourceType> = {
  papers: "Paper", survey: "Paper", preprint: "Paper", "research paper": "Paper", "survey paper": "Paper",
  blog: "Blog post", "blog article": "Blog post", post: "Blog post",
  "news article": "Article", tutorial: "Article",
  talk: "Video", lecture: "Video", "video lecture": "Video",
  "online course": "Course", mooc: "Course",
  textbook: "Book", ebook: "Book",
  library: "Tool", software: "Tool", framework: "Tool",
  repository: "Code", repo: "Code", "github repo": "Code", notebook: "Code",
  "data set": "Dataset", data: "Dataset", benchmark: "Dataset",
};

/** Synonyms that say more than the type does; the word is kept in the note. */
const INFORMATIVE = new Set(["survey", "survey paper", "preprint", "tutorial", "talk", "lecture", "video lecture", "notebook", "benchmark", "textbook", "mooc"]);

const TYPE_BY_NAME = new Map<string, ResourceType>(RESOURCE_TYPES.map((t) => [t.toLowerCase(), t]));

// "Paper:", "**Paper:**", "**Paper**:", "Survey (2023):" before the link.
const LABEL = /^(?:\*\*|__)?([A-Za-z][A-Za-z -]*?)(?:\s*\(([^()]*)\))?\s*(?::(?:\*\*|__)?|(?:\*\*|__)\s*:)\s*(?=\[)/;
const DASH = /\s+[–—-]\s+|^[–—-]\s+/;
const BYLINE = /^(by|from|on)\s+(\S[\s\S]*)$/i;

export function normaliseResourceItem(markdown: string): string | undefined {
  let rest = markdown.trim();
  let type: ResourceType | undefined;
  let extra = "";
  const label = LABEL.exec(rest);
  if (label) {
    const name = label[1]!.trim().replace(/\s+/g, " ");
    const key = name.toLowerCase();
    type = TYPE_BY_NAME.get(key) ?? SYNONYMS[key];
    if (!type) return undefined;
    const qualifier = label[2]?.trim() ?? "";
    // A synonym keeps its word ("Survey (2023)"); a type name keeps only its qualifier.
    const keepWord = !TYPE_BY_NAME.has(key) && INFORMATIVE.has(key);
    extra = keepWord ? (qualifier ? `${name} (${qualifier})` : name) : qualifier;
    rest = rest.slice(label[0].length);
  }
  const end = linkEnd(rest);
  if (end === -1) return undefined;
  const link = rest.slice(0, end);
  let tail = rest.slice(end).trim();
  let note = "";
  const dash = DASH.exec(tail);
  if (dash) {
    note = tail.slice(dash.index + dash[0].length).trim();
    tail = tail.slice(0, dash.index).trim();
  }
  let byline = "";
  if (tail) {
    const by = BYLINE.exec(tail);
    if (!by) return undefined;
    byline = `${by[1]!.toLowerCase()} ${by[2]!.trim()}`;
  }
  if (extra) note = note ? `${extra}; ${note}` : extra;
  const line = `${type ? `${type}: ` : ""}${link}${byline ? ` ${byline}` : ""}${note ? ` – ${note}` : ""}`;
  const parsed = parseResourceItem(line);
  if (!parsed || (type && parsed.type !== type)) return undefined;
  return line;
}

/** Offset just past `[title](url)` at the start of `s`, or -1. */
function linkEnd(s: string): number {
  if (s[0] !== "[") return -1;
  const close = matching(s, 0, "[", "]");
  if (close === -1 || s[close + 1] !== "(") return -1;
  const end = matching(s, close + 1, "(", ")");
  return end === -1 ? -1 : end + 1;
}

function matching(s: string, start: number, open: string, close: string): number {
  let depth = 0;
  for (let i = start; i < s.length; i++) {
    const c = s[i];
    if (c === "\\") i++;
    else if (c === "<" && open === "(") i = Math.max(i, s.indexOf(">", i));
    else if (c === open) depth++;
    else if (c === close && --depth === 0) return i;
  }
  return -1;
}
