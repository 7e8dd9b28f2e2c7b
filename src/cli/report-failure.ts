// How a failed build is told: content problems as file:line lines with a
// hint and no stack trace; a problem with the machine or its folders as the
// message that says what to do; anything else as a Folio bug, with its stack.
import { findFolioError, findSetupError } from "../checks/diagnostics.ts";
import { groupedLines, problemCount } from "../checks/report.ts";
import { shownPath } from "../checks/shown-path.ts";

export function reportFailure(error: unknown, outputDir: string, opts: { watching?: boolean } = {}): void {
  const folio = findFolioError(error);
  const out = shownPath(outputDir);
  if (folio) {
    // Every problem, grouped by file; the count names errors and warnings.
    for (const line of groupedLines(folio.diagnostics)) console.error(line);
    const counted = problemCount(folio.diagnostics).replace(/ in \d+ files?$/, "");
    console.error(
      opts.watching
        ? `Folio: ${counted} in the content; fix the file and save, the site rebuilds by itself.`
        : `Folio: build failed with ${counted}; ${out}/ was left as it was.`,
    );
    return;
  }
  const setup = findSetupError(error);
  if (setup) {
    console.error(`Folio: ${setup.message} ${out}/ was left as it was.`);
    return;
  }
  const e = error as Error;
  console.error(`Folio: the build failed unexpectedly; ${out}/ was left as it was.`);
  console.error(`This is probably a bug in Folio, not in your content. Details:\n${e?.stack ?? String(error)}`);
}
