// What the Markdown plugins see while pages render, kept for the checks that
// need the whole site: a link can only be checked once every page's heading
// ids are known. One Collector per build, emptied before each full
// build; the dev server replaces a page's records when it renders again.
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
  /** Per page relPath, its links by position, so a page rendered twice records each once. */
  private readonly linksByPage = new Map<string, Map<string, LinkRef>>();
  /** Ids a link can point at, per page relPath: headings and raw HTML ids. */
  readonly ids = new Map<string, Set<string>>();

  /** An error found while rendering; the build carries on to find the others. */
  error(d: Omit<Diagnostic, "severity">): void {
    const full: Diagnostic = { ...d, severity: "error" };
    this.errorLines.set(`${d.file}:${d.line}:${d.col} ${d.message}`, full);
  }

  link(ref: LinkRef): void {
    let links = this.linksByPage.get(ref.from);
    if (!links) this.linksByPage.set(ref.from, (links = new Map()));
    const key = `${ref.file}:${ref.line}:${ref.col}:${ref.href}`;
    if (!links.has(key)) links.set(key, ref);
  }

  get links(): LinkRef[] {
    return [...this.linksByPage.values()].flatMap((m) => [...m.values()]);
  }

  addIds(relPath: string, ids: Iterable<string>): void {
    let set = this.ids.get(relPath);
    if (!set) this.ids.set(relPath, (set = new Set()));
    for (const id of ids) set.add(id);
  }

  /** How many errors so far (a page that adds one is not kept in the body cache). */
  get errorCount(): number {
    return this.errorLines.size;
  }

  /** What one page's render recorded: its links and ids (see BodyCache). */
  pageRecords(relPath: string): { links: LinkRef[]; ids: string[] } {
    return { links: [...(this.linksByPage.get(relPath)?.values() ?? [])], ids: [...(this.ids.get(relPath) ?? [])] };
  }

  errors(): Diagnostic[] {
    return [...this.errorLines.values()];
  }

  /**
   * Drops what one page recorded (the dev server, before the page renders
   * again or when it is gone); the records of pages not rendered again stay.
   */
  forgetPage(relPath: string, file: string): void {
    this.linksByPage.delete(relPath);
    this.ids.delete(relPath);
    for (const [key, d] of this.errorLines) if (d.file === file) this.errorLines.delete(key);
  }

  clear(): void {
    this.errorLines.clear();
    this.linksByPage.clear();
    this.ids.clear();
  }
}
