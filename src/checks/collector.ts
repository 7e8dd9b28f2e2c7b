// What the Markdown plugins see while pages render, kept for the checks that
// need the whole site: a link can only be checked once every page's heading
// ids are known. One Collector per build, emptied before each (re)build.
import type { Diagnostic } from "./diagnostics.ts";

/** A link or image as the author wrote it, and where. */
export interface LinkRef {
  /** relPath of the page it is on: "handbooks/nlp/section5.md". */
  from: string;
  file: string;
  line: number;
  col: number;
  /** The URL as written (markdown-it's normalised form). */
  href: string;
  image: boolean;
}

export class Collector {
  private readonly errorLines = new Map<string, Diagnostic>();
  private readonly linkKeys = new Set<string>();
  readonly links: LinkRef[] = [];
  /** Ids a link can point at, per page relPath: headings and raw HTML ids. */
  readonly ids = new Map<string, Set<string>>();

  /** An error found while rendering; the build carries on to find the others. */
  error(d: Omit<Diagnostic, "severity">): void {
    const full: Diagnostic = { ...d, severity: "error" };
    this.errorLines.set(`${d.file}:${d.line}:${d.col} ${d.message}`, full);
  }

  link(ref: LinkRef): void {
    // A page rendered twice records its links twice; keep one.
    const key = `${ref.file}:${ref.line}:${ref.col}:${ref.href}`;
    if (this.linkKeys.has(key)) return;
    this.linkKeys.add(key);
    this.links.push(ref);
  }

  addIds(relPath: string, ids: Iterable<string>): void {
    let set = this.ids.get(relPath);
    if (!set) this.ids.set(relPath, (set = new Set()));
    for (const id of ids) set.add(id);
  }

  errors(): Diagnostic[] {
    return [...this.errorLines.values()];
  }

  clear(): void {
    this.errorLines.clear();
    this.linkKeys.clear();
    this.links.length = 0;
    this.ids.clear();
  }
}
