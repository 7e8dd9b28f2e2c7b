// Orders a handbook's sections: by `order`, else by the number in the file
// name, compared numerically (section10 after section9).
import { FolioError, type Diagnostic } from "../checks/diagnostics.ts";
import type { SourcePage } from "./types.ts";

export function sortSections(sections: readonly SourcePage[]): SourcePage[] {
  return [...sections].sort((a, b) => a.order - b.order || a.relPath.localeCompare(b.relPath));
}

/** Two sections of one handbook at the same position is an author error. */
export function assertUniqueOrder(sorted: readonly SourcePage[]): void {
  const first = duplicateOrders(sorted)[0];
  if (first) throw new FolioError([first]);
}

/** Every section that shares its position with the section before it. */
export function duplicateOrders(sorted: readonly SourcePage[]): Diagnostic[] {
  const problems: Diagnostic[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    if (a.order !== b.order) continue;
    const [first, second] = b.orderLine > 1 || a.orderLine === 1 ? [a, b] : [b, a];
    problems.push({
      file: second.displayPath, line: second.orderLine, col: 1, severity: "error",
      message: `two sections of handbook "${b.handbook}" have order ${b.order}: this one and ${first.displayPath}`,
      hint: "give each section its own  order: N  (or rename one file) so the reading order is clear",
    });
  }
  return problems;
}
