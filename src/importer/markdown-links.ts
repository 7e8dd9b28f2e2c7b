// Links written in Markdown (`[text](url)`, `![alt](src)`, `[ref]: url`)
// with their destinations passed through a resolver: rewritten, or, for a
// page that never existed, the link is replaced by its text.

export type Resolve = (href: string, offset: number, kind: "link" | "image") => string | undefined;

export function rewriteMarkdownLinks(text: string, resolve: Resolve): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "\\") {
      out += text.slice(i, i + 2);
      i += 2;
      continue;
    }
    const image = c === "!" && text[i + 1] === "[";
    if (c !== "[" && !image) {
      out += c;
      i++;
      continue;
    }
    const open = image ? i + 1 : i;
    const close = matching(text, open, "[", "]");
    if (close === -1 || text[close + 1] !== "(") {
      out += c;
      i++;
      continue;
    }
    const end = matching(text, close + 1, "(", ")");
    if (end === -1) {
      out += c;
      i++;
      continue;
    }
    const label = text.slice(open + 1, close);
    const inner = text.slice(close + 2, end);
    const m = /^\s*(<[^>]*>|[^\s]+)([\s\S]*)$/.exec(inner);
    if (!m) {
      out += text.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    const dest = m[1]!.startsWith("<") ? m[1]!.slice(1, -1) : m[1]!;
    // Liquid left in a destination is not a link Markdown would read: keep it visible as written.
    if (/\{[{%]/.test(inner)) {
      out += text.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    const target = resolve(dest, i, image ? "image" : "link");
    if (target === undefined) {
      out += rewriteMarkdownLinks(label, resolve);
    } else {
      const shown = /[\s<>]/.test(target) ? `<${target}>` : target;
      out += `${image ? "!" : ""}[${rewriteMarkdownLinks(label, resolve)}](${shown}${m[2]!})`;
    }
    i = end + 1;
  }
  return rewriteDefinitions(out, resolve);
}

/** `[ref]: url` lines; a dead one is removed and its `[text][ref]` uses become text. */
function rewriteDefinitions(text: string, resolve: Resolve): string {
  const dead = new Set<string>();
  let offset = 0;
  const lines = text.split("\n").map((line) => {
    const at = offset;
    offset += line.length + 1;
    // `[^1]: text` is a footnote, not a link definition.
    const m = /^(\s{0,3}\[([^\]^][^\]]*)\]:\s*)(<[^>]*>|\S+)(.*)$/.exec(line);
    if (!m) return line;
    const dest = m[3]!.startsWith("<") ? m[3]!.slice(1, -1) : m[3]!;
    const target = resolve(dest, at, "link");
    if (target === undefined) {
      dead.add(m[2]!.toLowerCase());
      return undefined;
    }
    return `${m[1]}${target}${m[4]}`;
  });
  let result = lines.filter((l) => l !== undefined).join("\n");
  if (dead.size) {
    result = result.replace(/\[([^\]]+)\]\[([^\]]*)\]/g, (whole, label: string, ref: string) =>
      dead.has((ref || label).toLowerCase()) ? label : whole,
    );
  }
  return result;
}

function matching(s: string, start: number, open: string, close: string): number {
  let depth = 0;
  for (let i = start; i < s.length; i++) {
    const c = s[i];
    if (c === "\\") i++;
    else if (c === "\n" && s[i + 1] === "\n") return -1;
    else if (c === open) depth++;
    else if (c === close && --depth === 0) return i;
  }
  return -1;
}
