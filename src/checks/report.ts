// How a list of problems is shown: one line each, grouped by file (a blank
// line between files), then one summary line. Shared by `check` and `build`.
import { formatDiagnostic, type Diagnostic } from "./diagnostics.ts";

const byPath = new Intl.Collator("en", { numeric: true });

/** Problems in a stable order: by file (section2 before section10), line, column; duplicates dropped. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const unique = new Map(diagnostics.map((d) => [formatDiagnostic(d), d]));
  return [...unique.values()].sort(
    (a, b) => byPath.compare(a.file, b.file) || a.line - b.line || a.col - b.col || a.message.localeCompare(b.message),
  );
}

/** The lines to print: each problem, a blank line between files. */
export function groupedLines(diagnostics: readonly Diagnostic[]): string[] {
  const lines: string[] = [];
  let file: string | undefined;
  for (const d of sortDiagnostics(diagnostics)) {
    if (file !== undefined && d.file !== file) lines.push("");
    file = d.file;
    lines.push(formatDiagnostic(d));
  }
  return lines;
}

export function countErrors(diagnostics: readonly Diagnostic[]): number {
  return diagnostics.filter((d) => d.severity === "error").length;
}

/** "2 errors and 1 warning in 2 files" (only the kinds there are). */
export function problemCount(diagnostics: readonly Diagnostic[]): string {
  const sorted = sortDiagnostics(diagnostics);
  const errors = countErrors(sorted);
  const warnings = sorted.length - errors;
  const files = new Set(sorted.map((d) => d.file)).size;
  const parts = [errors > 0 ? plural(errors, "error") : "", warnings > 0 ? plural(warnings, "warning") : ""].filter(Boolean);
  return `${parts.join(" and ")} in ${plural(files, "file")}`;
}

/** The last line of `npm run check`. */
export function checkSummary(diagnostics: readonly Diagnostic[], pagesChecked: number): string {
  const pages = plural(pagesChecked, "page");
  if (diagnostics.length === 0) return `Folio: checked ${pages}, no problems found.`;
  return `Folio: checked ${pages}: ${problemCount(diagnostics)}.`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
