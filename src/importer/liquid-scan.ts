// Finds Liquid in a page: `{{ output }}` and `{% tag args %}`, with the
// whitespace-trimming dashes, skipping quoted strings so a "%}" inside one
// does not end the tag. Lenient: an unterminated tag is left as text.

export interface LiquidToken {
  kind: "output" | "tag";
  start: number;
  /** Offset just past the closing `}}` / `%}`. */
  end: number;
  /** What is between the delimiters, trimmed, dashes removed. */
  inner: string;
  /** Tag name (`include`, `highlight`...) for tags. */
  name: string;
  /** Everything after the tag name. */
  args: string;
}

export function scanLiquid(text: string, from = 0): LiquidToken[] {
  const tokens: LiquidToken[] = [];
  let i = from;
  while (i < text.length) {
    const open = nextOpen(text, i);
    if (open === -1) break;
    const kind = text[open + 1] === "{" ? "output" : "tag";
    const close = findClose(text, open + 2, kind === "output" ? "}}" : "%}");
    if (close === -1) {
      i = open + 2;
      continue;
    }
    const inner = text.slice(open + 2, close).replace(/^-/, "").replace(/-$/, "").trim();
    const [, name = "", args = ""] = /^(\w*)\s*([\s\S]*)$/.exec(inner) ?? [];
    tokens.push({ kind, start: open, end: close + 2, inner, name: kind === "tag" ? name : "", args: kind === "tag" ? args.trim() : "" });
    i = close + 2;
  }
  return tokens;
}

function nextOpen(text: string, from: number): number {
  const a = text.indexOf("{{", from);
  const b = text.indexOf("{%", from);
  if (a === -1) return b;
  if (b === -1) return a;
  return Math.min(a, b);
}

function findClose(text: string, from: number, close: string): number {
  let quote = "";
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (text.startsWith(close, i)) {
      return i;
    } else if (c === "\n" && text.startsWith("\n\n", i)) {
      // Liquid tags do not span paragraphs in real pages; this is prose with braces.
      return -1;
    }
  }
  return -1;
}

/** `'/x' | relative_url` → { literal: "/x", filters: ["relative_url"] }; undefined for anything else. */
export function parseOutput(inner: string): { literal?: string; variable?: string; filters: string[] } | undefined {
  const m = /^(?:(['"])(.*?)\1|([\w.]+))\s*((?:\|\s*\w+(?:\s*:\s*(?:'[^']*'|"[^"]*"|[\w.]+))?\s*)*)$/.exec(inner);
  if (!m) return undefined;
  const filters = [...m[4]!.matchAll(/\|\s*(\w+)/g)].map((f) => f[1]!);
  return m[3] !== undefined ? { variable: m[3], filters } : { literal: m[2]!, filters };
}

/** `path/to/file.md key="v" other=x` → path and parameters. */
export function parseIncludeArgs(args: string): { path: string; params: Map<string, string> } | undefined {
  const m = /^(['"]?)([^\s'"{}]+)\1\s*([\s\S]*)$/.exec(args.trim());
  if (!m) return undefined;
  const params = new Map<string, string>();
  for (const p of m[3]!.matchAll(/(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))/g)) params.set(p[1]!, p[2] ?? p[3] ?? p[4] ?? "");
  return { path: m[2]!, params };
}

