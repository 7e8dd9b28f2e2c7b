// `npm run import -- <path-to-jekyll-site> [--out content/] [--force]`:
// imports a Jekyll handbook site into Folio's content folder, prints the
// report and writes it as import-report.md next to the output folder.
// Problems with the input are reported as file:line lines, never a stack.
import { parseArgs } from "node:util";
import { findFolioError, formatDiagnostic } from "../checks/diagnostics.ts";
import { importSite } from "../importer/import-site.ts";

const USAGE = "usage: npm run import -- <path-to-jekyll-site> [--out content/] [--force]";

let parsed;
try {
  parsed = parseArgs({
    options: { out: { type: "string", default: "content" }, force: { type: "boolean", default: false }, quiet: { type: "boolean", default: false } },
    allowPositionals: true,
    strict: true,
  });
} catch (error) {
  console.error(`Folio: ${(error as Error).message}\n${USAGE}`);
  process.exit(1);
}
const { values, positionals } = parsed;
if (positionals.length !== 1) {
  console.error(`Folio: give the folder of one Jekyll site to import.\n${USAGE}`);
  process.exit(1);
}

try {
  const result = await importSite({ site: positionals[0]!, out: values.out!, force: values.force });
  if (!values.quiet) process.stdout.write(result.report + "\n");
  console.log(result.summary);
} catch (error) {
  const folio = findFolioError(error);
  if (folio) {
    for (const d of folio.diagnostics) console.error(formatDiagnostic(d));
    console.error("Folio: nothing was imported.");
  } else {
    console.error("Folio: the import failed unexpectedly. This is probably a bug in Folio, not in your site. Details:");
    console.error((error as Error)?.stack ?? String(error));
  }
  process.exitCode = 1;
}
