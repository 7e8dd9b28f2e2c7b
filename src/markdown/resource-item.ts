// One line of a resource panel, as authors write it:
//   Type: [Title](url) by Author – note
// `Type:`, the byline and the note are optional. Pure string parsing, so the
// importer and the linter can use it too; anything that does not fit returns
// undefined and is shown as written.

export const RESOURCE_TYPES = [
  "Paper", "Blog post", "Article", "Video", "Course", "Book", "Tool", "Code", "Dataset",
] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

export interface ResourceItem {
  type?: ResourceType;
  title: string;
  url: string;
  byline?: "by" | "from" | "on";
  author?: string;
  note?: string;
}

const TYPE_BY_LABEL = new Map<string, ResourceType>(RESOURCE_TYPES.map((t) => [t.toLowerCase(), t]));

/** Hosts whose links say what they are when the author gave no type. */
const TYPE_BY_HOST: [host: string, type: ResourceType][] = [
  ["arxiv.org", "Paper"],
  ["youtube.com", "Video"],
  ["youtu.be", "Video"],
  ["github.com", "Code"],
];

const LABEL = /^([^\s[\]:][^[\]:]*?)\s*:\s*/;
// " – note", " — note", " - note": spaces around the dash, so "Jean-Luc"
// and "2017–2018" stay whole.
const NOTE_SEPARATOR = /(?:^|\s+)[–—-]\s+/;
const BYLINE = /^(by|from|on)\s+(\S.*)$/i;

export function parseResourceItem(source: string): ResourceItem | undefined {
  let rest = source.trim();
  let type: ResourceType | undefined;
  const label = LABEL.exec(rest);
  if (label) {
    type = TYPE_BY_LABEL.get(label[1]!.toLowerCase().replace(/\s+/g, " "));
    if (!type) return undefined;
    rest = rest.slice(label[0].length);
  }

  const link = parseLink(rest);
  if (!link) return undefined;
  const tail = rest.slice(link.end).trim();
  // A second link means this is prose, not one resource.
  if (parseLinkAnywhere(tail)) return undefined;

  const item: ResourceItem = { title: link.title, url: link.url };
  let byPart = tail;
  const separator = NOTE_SEPARATOR.exec(tail);
  if (separator) {
    byPart = tail.slice(0, separator.index).trim();
    item.note = unescape(tail.slice(separator.index + separator[0].length).trim());
  }
  if (byPart) {
    const byline = BYLINE.exec(byPart);
    if (!byline) return undefined;
    item.byline = byline[1]!.toLowerCase() as ResourceItem["byline"];
    item.author = unescape(byline[2]!.trim());
  }
  const inferred = type ?? typeFromUrl(link.url);
  if (inferred) item.type = inferred;
  return item;
}

export function typeFromUrl(url: string): ResourceType | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return TYPE_BY_HOST.find(([h]) => host === h || host.endsWith(`.${h}`))?.[1];
}

interface ParsedLink {
  title: string;
  url: string;
  /** Offset just past the closing `)`. */
  end: number;
}

/** `[title](url)` or `[title](url "tooltip")` at the start of `s`. */
function parseLink(s: string): ParsedLink | undefined {
  if (s[0] !== "[") return undefined;
  const close = matching(s, 0, "[", "]");
  if (close === -1 || s[close + 1] !== "(") return undefined;
  const end = matching(s, close + 1, "(", ")");
  if (end === -1) return undefined;
  const title = unescape(s.slice(1, close).trim());
  const inner = s.slice(close + 2, end).trim();
  // The destination is <…> or runs to the first space; a tooltip may follow.
  const url = inner.startsWith("<") ? inner.slice(1, inner.indexOf(">")) : inner.split(/\s+/, 1)[0]!;
  if (!title || !url || url.includes("<")) return undefined;
  return { title, url, end: end + 1 };
}

function parseLinkAnywhere(s: string): boolean {
  for (let i = s.indexOf("["); i !== -1; i = s.indexOf("[", i + 1)) {
    if (parseLink(s.slice(i))) return true;
  }
  return false;
}

/** Index of the bracket closing the one at `start`, honouring nesting and backslash escapes; -1 if none. */
function matching(s: string, start: number, open: string, close: string): number {
  let depth = 0;
  for (let i = start; i < s.length; i++) {
    const c = s[i];
    if (c === "\\") i++;
    else if (c === open) depth++;
    else if (c === close && --depth === 0) return i;
  }
  return -1;
}

/** Markdown backslash escapes: `\[` -> `[`. */
function unescape(s: string): string {
  return s.replace(/\\([!-/:-@[-`{-~])/g, "$1");
}
