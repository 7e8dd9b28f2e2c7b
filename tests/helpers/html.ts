// A very small HTML reader for tests: enough to walk the markup our own
// pipeline emits (and the HTML blocks of a Jekyll seed page), with no
// dependencies. It is forgiving, not conforming: comments are skipped, the
// contents of <script>/<style> are raw text, void and self-closed elements have
// no children, and an end tag closes the nearest open element of that name.
//
// Selectors: compound parts `tag`, `.class`, `#id`, `[attr]`, `[attr="v"]`,
// joined by spaces (descendant combinator). That is all.

export interface HtmlElement {
  kind: "element";
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
  parent?: HtmlElement;
  /** Offsets of the element's outer HTML in the source string. */
  start: number;
  end: number;
  /** Offsets of the element's inner HTML in the source string. */
  innerStart: number;
  innerEnd: number;
}

export interface HtmlText {
  kind: "text";
  /** Raw (still entity-encoded) text. */
  raw: string;
}

export type HtmlNode = HtmlElement | HtmlText;

export interface HtmlDocument {
  source: string;
  root: HtmlElement;
}

const VOID = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
]);
const RAW_TEXT = new Set(["script", "style", "textarea", "title"]);

const ATTR_RE = /([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const TOKEN_RE =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\/([a-zA-Z][\w:-]*)\s*>|<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>\/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;

export function parseAttributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(ATTR_RE)) {
    const name = m[1]!.toLowerCase();
    if (name in attrs) continue;
    attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? "");
  }
  return attrs;
}

export function parseHtml(source: string): HtmlDocument {
  const root: HtmlElement = {
    kind: "element", tag: "#root", attrs: {}, children: [],
    start: 0, end: source.length, innerStart: 0, innerEnd: source.length,
  };
  const stack: HtmlElement[] = [root];
  const top = (): HtmlElement => stack[stack.length - 1]!;
  let last = 0;
  const re = new RegExp(TOKEN_RE.source, "g");
  let m: RegExpExecArray | null;

  const pushText = (from: number, to: number): void => {
    if (to > from) top().children.push({ kind: "text", raw: source.slice(from, to) });
  };

  while ((m = re.exec(source)) !== null) {
    pushText(last, m.index);
    last = re.lastIndex;
    const [, endName, startName, attrSource, selfClose] = m;
    if (endName !== undefined) {
      const name = endName.toLowerCase();
      const at = stack.map((e) => e.tag).lastIndexOf(name);
      if (at <= 0) continue; // stray end tag
      while (stack.length > at) {
        const el = stack.pop()!;
        // The element named by the end tag ends after it; any element still
        // open inside it (implicitly closed) ends where the end tag starts.
        const named = stack.length === at;
        el.innerEnd = m.index;
        el.end = named ? re.lastIndex : m.index;
      }
      continue;
    }
    if (startName === undefined) continue; // comment, doctype, CDATA
    const tag = startName.toLowerCase();
    const el: HtmlElement = {
      kind: "element", tag, attrs: parseAttributes(attrSource ?? ""), children: [], parent: top(),
      start: m.index, end: re.lastIndex, innerStart: re.lastIndex, innerEnd: re.lastIndex,
    };
    top().children.push(el);
    if (VOID.has(tag) || selfClose === "/") continue;
    if (RAW_TEXT.has(tag)) {
      const close = new RegExp(`</${tag}\\s*>`, "ig");
      close.lastIndex = re.lastIndex;
      const c = close.exec(source);
      const innerEnd = c ? c.index : source.length;
      if (innerEnd > el.innerStart) el.children.push({ kind: "text", raw: source.slice(el.innerStart, innerEnd) });
      el.innerEnd = innerEnd;
      el.end = c ? close.lastIndex : source.length;
      re.lastIndex = el.end;
      last = el.end;
      continue;
    }
    stack.push(el);
  }
  pushText(last, source.length);
  // Unclosed elements run to the end of the input.
  while (stack.length > 1) {
    const el = stack.pop()!;
    el.innerEnd = source.length;
    el.end = source.length;
  }
  return { source, root };
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0",
  ndash: "–", mdash: "—", lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”",
  middot: "·", hellip: "…", copy: "©", times: "×", radic: "√",
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Collapses runs of white space (including no-break spaces) to one space and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, " ").trim();
}

export interface TextOptions {
  /** Leave out the text of elements for which this returns true. */
  skip?: (el: HtmlElement) => boolean;
  /** Include the text of <script>/<style> (default: no). */
  includeRawText?: boolean;
}

/** Decoded text of a node, white space normalized. */
export function textOf(node: HtmlNode, options: TextOptions = {}): string {
  return normalizeSpace(rawTextOf(node, options));
}

function rawTextOf(node: HtmlNode, options: TextOptions): string {
  if (node.kind === "text") return decodeEntities(node.raw);
  if (node.tag !== "#root" && options.skip?.(node)) return "";
  if (!options.includeRawText && (node.tag === "script" || node.tag === "style")) return "";
  let out = "";
  for (const child of node.children) out += rawTextOf(child, options);
  // Block-ish boundaries become spaces so adjacent blocks do not run together.
  if (/^(p|li|div|h[1-6]|ul|ol|br|tr|td|th|details|summary|section|article|blockquote)$/.test(node.tag)) {
    out = ` ${out} `;
  }
  return out;
}

export function hasClass(el: HtmlElement, cls: string): boolean {
  return (el.attrs["class"] ?? "").split(/\s+/).includes(cls);
}

interface Compound {
  tag?: string;
  id?: string;
  classes: string[];
  attrs: Array<{ name: string; value?: string }>;
}

function parseCompound(part: string): Compound {
  const c: Compound = { classes: [], attrs: [] };
  const re = /([a-zA-Z][\w-]*)|\.([\w-]+)|#([\w-]+)|\[([\w:-]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\]]*)))?\]/g;
  let pos = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(part)) !== null) {
    if (m.index !== pos) throw new Error(`Unsupported selector: ${part}`);
    pos = re.lastIndex;
    if (m[1]) c.tag = m[1].toLowerCase();
    else if (m[2]) c.classes.push(m[2]);
    else if (m[3]) c.id = m[3];
    else if (m[4]) c.attrs.push({ name: m[4].toLowerCase(), value: m[5] ?? m[6] ?? m[7] });
  }
  if (pos !== part.length || part.length === 0) throw new Error(`Unsupported selector: ${part}`);
  return c;
}

function matches(el: HtmlElement, c: Compound): boolean {
  if (el.tag === "#root") return false;
  if (c.tag && el.tag !== c.tag) return false;
  if (c.id !== undefined && el.attrs["id"] !== c.id) return false;
  for (const cls of c.classes) if (!hasClass(el, cls)) return false;
  for (const a of c.attrs) {
    if (!(a.name in el.attrs)) return false;
    if (a.value !== undefined && el.attrs[a.name] !== a.value) return false;
  }
  return true;
}

function* descendants(el: HtmlElement): Generator<HtmlElement> {
  for (const child of el.children) {
    if (child.kind !== "element") continue;
    yield child;
    yield* descendants(child);
  }
}

/** Elements under `scope` matching a (descendant-combinator) selector, in document order. */
export function queryAll(scope: HtmlElement | HtmlDocument, selector: string): HtmlElement[] {
  const root = "root" in scope ? scope.root : scope;
  const parts = selector.trim().split(/\s+/).map(parseCompound);
  let current: HtmlElement[] = [root];
  for (const part of parts) {
    const next: HtmlElement[] = [];
    const seen = new Set<HtmlElement>();
    for (const base of current) {
      for (const d of descendants(base)) {
        if (!seen.has(d) && matches(d, part)) {
          seen.add(d);
          next.push(d);
        }
      }
    }
    current = next;
  }
  // Keep document order even when several bases contributed.
  return current.sort((a, b) => a.start - b.start);
}

export function queryOne(scope: HtmlElement | HtmlDocument, selector: string): HtmlElement | undefined {
  return queryAll(scope, selector)[0];
}

/** The element's inner HTML, as written in the source. */
export function innerHtml(doc: HtmlDocument, el: HtmlElement): string {
  return doc.source.slice(el.innerStart, el.innerEnd);
}

/** The element's outer HTML, as written in the source. */
export function outerHtml(doc: HtmlDocument, el: HtmlElement): string {
  return doc.source.slice(el.start, el.end);
}
