// Problems found in content, reported as one line each:
//   path:line:col  error|warning  message  (hint)
// Errors are collected over a whole build and stop it at the end (FolioError);
// warnings are printed and do not.

export type Severity = "error" | "warning";

export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  severity: Severity;
  message: string;
  hint?: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = `${d.file}:${d.line}:${d.col}`;
  const hint = d.hint ? `  (${d.hint})` : "";
  return `${where}  ${d.severity}  ${d.message}${hint}`;
}

/** An error in the author's content. The CLI prints it without a stack trace. */
export class FolioError extends Error {
  readonly diagnostics: Diagnostic[];
  /** How many pages were checked, when the error ends a whole check of the site. */
  readonly pagesChecked?: number;
  constructor(diagnostics: Diagnostic[], pagesChecked?: number) {
    super(diagnostics.map(formatDiagnostic).join("\n"));
    this.name = "FolioError";
    this.diagnostics = diagnostics;
    if (pagesChecked !== undefined) this.pagesChecked = pagesChecked;
  }
}

export function contentError(d: Omit<Diagnostic, "severity">): FolioError {
  return new FolioError([{ ...d, severity: "error" }]);
}

/**
 * A build that cannot go on for a reason outside Folio and the content: a
 * full disk, an output folder it may not write, a cache file taken away
 * mid-build. Its message says what to do; the CLI prints it without a stack
 * trace and without calling it a bug.
 */
export class SetupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "SetupError";
  }
}

/**
 * Eleventy wraps errors thrown inside templates several times over; find ours
 * so the message an author sees is the one we wrote.
 */
export function findFolioError(error: unknown): FolioError | undefined {
  return findWrapped(error, FolioError);
}

export function findSetupError(error: unknown): SetupError | undefined {
  return findWrapped(error, SetupError);
}

function findWrapped<T>(error: unknown, type: abstract new (...args: never[]) => T): T | undefined {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    if (current instanceof type) return current;
    seen.add(current);
    const e = current as { originalError?: unknown; cause?: unknown };
    current = e.originalError ?? e.cause;
  }
  return undefined;
}

/** Warnings collected during one build, printed once at its end. */
export class WarningLog {
  private readonly items = new Map<string, Diagnostic>();

  warn(d: Omit<Diagnostic, "severity">): void {
    const full: Diagnostic = { ...d, severity: "warning" };
    // The same page can be rendered twice (e.g. a re-render in watch mode).
    this.items.set(formatDiagnostic(full), full);
  }

  list(): Diagnostic[] {
    return [...this.items.values()];
  }

  get size(): number {
    return this.items.size;
  }

  /** The warnings added after the first `count` (in order of their first report). */
  since(count: number): Diagnostic[] {
    return count === this.items.size ? [] : this.list().slice(count);
  }

  /** Drops one file's warnings (the dev server, before its page renders again). */
  forgetFile(file: string): void {
    for (const [key, d] of this.items) if (d.file === file) this.items.delete(key);
  }

  clear(): void {
    this.items.clear();
  }
}
