// The import report: totals, then per source file what was converted,
// recovered, drafted or left as written, the files not imported and why,
// and every warning as file:line:col. Written as import-report.md next to
// the output folder and printed. It holds nothing that changes between two
// runs of the same import, so it is as stable as the imported files.
import { formatDiagnostic } from "../checks/diagnostics.ts";
import type { ImportLog, Outcome } from "./log.ts";
import type { WriteStatus } from "./write.ts";

export interface ReportInput {
  site: string;
  out: string;
  log: ImportLog;
  skipped: Array<{ rel: string; reason: string }>;
  copies: number;
}

export interface Totals {
  handbooks: number;
  sections: number;
  drafts: number;
  resources: number;
  links: number;
  pages: number;
}

const OUTCOMES: Outcome[] = ["converted", "recovered", "drafted", "left as written"];

export function totalsOf(log: ImportLog): Totals {
  return {
    handbooks: log.total("handbooks"), sections: log.total("sections"), drafts: log.total("drafts"),
    resources: log.total("resources"), links: log.total("links"), pages: log.total("pages"),
  };
}

export function reportText(input: ReportInput, kept: string[]): string {
  const t = totalsOf(input.log);
  const lines = [
    "# Import report",
    "",
    `Imported the Jekyll site \`${input.site}\` into \`${input.out}\`.`,
    "",
    "| handbooks | sections | drafts | resources | links | other pages | files copied |",
    "|---|---|---|---|---|---|---|",
    `| ${t.handbooks} | ${t.sections} | ${t.drafts} | ${t.resources} | ${t.links} | ${t.pages} | ${input.copies} |`,
    "",
    "## Files",
  ];
  for (const e of input.log.list()) {
    if (e.items.length === 0 && e.counts.size === 0) continue;
    lines.push("", `### \`${e.source}\`${e.out ? ` → \`${e.out}\`` : ""}`, "");
    for (const outcome of OUTCOMES) {
      for (const item of e.items.filter((i) => i.outcome === outcome)) lines.push(`- ${outcome}: ${item.text}`);
    }
    const counts = [...e.counts].filter(([k]) => !["sections", "handbooks", "pages", "drafts"].includes(k)).map(([k, n]) => `${n} ${k}`);
    if (counts.length) lines.push(`- counted: ${counts.join(", ")}`);
  }
  if (input.skipped.length) {
    lines.push("", "## Not imported", "");
    for (const s of input.skipped) lines.push(`- \`${s.rel}\`: ${s.reason}`);
  }
  if (kept.length) {
    lines.push("", "## Not overwritten", "", "Edited since the last import (or never imported); run again with `--force` to replace them:", "");
    for (const k of kept) lines.push(`- \`${k}\``);
  }
  const warnings = input.log.warnings();
  lines.push("", `## Warnings (${warnings.length})`, "");
  if (warnings.length) lines.push("```", ...warnings.map(formatDiagnostic), "```");
  else lines.push("None.");
  return `${lines.join("\n")}\n`;
}

/** The short summary printed after the report. */
export function summaryLine(status: Map<string, WriteStatus>, totals: Totals, reportPath: string): string {
  const count = (s: WriteStatus) => [...status.values()].filter((v) => v === s).length;
  const parts = [
    `${count("written")} written`, `${count("updated")} updated`, `${count("unchanged")} unchanged`,
    count("overwritten") ? `${count("overwritten")} overwritten (--force)` : "",
    count("kept") ? `${count("kept")} kept because they were edited (use --force to replace)` : "",
  ].filter(Boolean);
  return (
    `Folio: imported ${totals.handbooks} handbook${totals.handbooks === 1 ? "" : "s"}, ${totals.sections} sections ` +
    `(${totals.drafts} drafts), ${totals.resources} resources, ${totals.links} links; files: ${parts.join(", ")}. Report: ${reportPath}`
  );
}
