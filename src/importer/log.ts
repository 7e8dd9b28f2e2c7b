// What happened to each source file during an import: the four kinds of
// outcome the report lists (converted, recovered, drafted, left as written),
// plus warnings as file:line:col lines like the build prints them.
import { formatDiagnostic, type Diagnostic } from "../checks/diagnostics.ts";

export type Outcome = "converted" | "recovered" | "drafted" | "left as written";

export interface FileEntry {
  source: string;
  /** Output path relative to the content folder, when the file was imported. */
  out?: string;
  items: Array<{ outcome: Outcome; text: string }>;
  /** Counters shown per file and summed into the totals. */
  counts: Map<string, number>;
}

export class ImportLog {
  private readonly entries = new Map<string, FileEntry>();
  private readonly diagnostics = new Map<string, Diagnostic>();

  entry(source: string): FileEntry {
    let e = this.entries.get(source);
    if (!e) this.entries.set(source, (e = { source, items: [], counts: new Map() }));
    return e;
  }

  note(source: string, outcome: Outcome, text: string): void {
    const e = this.entry(source);
    if (!e.items.some((i) => i.outcome === outcome && i.text === text)) e.items.push({ outcome, text });
  }

  count(source: string, what: string, n = 1): void {
    const e = this.entry(source);
    e.counts.set(what, (e.counts.get(what) ?? 0) + n);
  }

  warn(d: Omit<Diagnostic, "severity">): void {
    const full: Diagnostic = { ...d, severity: "warning" };
    this.diagnostics.set(formatDiagnostic(full), full);
  }

  list(): FileEntry[] {
    return [...this.entries.values()].sort((a, b) => a.source.localeCompare(b.source));
  }

  warnings(): Diagnostic[] {
    return [...this.diagnostics.values()].sort(
      (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.message.localeCompare(b.message),
    );
  }

  total(what: string): number {
    let n = 0;
    for (const e of this.entries.values()) n += e.counts.get(what) ?? 0;
    return n;
  }
}
