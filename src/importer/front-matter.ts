// Jekyll front matter as the site has it: valid YAML, absent, or broken (an
// unquoted colon in a title is the usual culprit). Broken YAML is recovered
// line by line, keeping what can be read, with a warning at file:line:col.
import { LineCounter, parseDocument } from "yaml";
import type { ImportLog } from "./log.ts";

export interface SplitFile {
  data: Record<string, unknown>;
  /** False when the file had no front matter at all. */
  hadFrontMatter: boolean;
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
}

const FENCE = /^---\s*$/;
const END_FENCE = /^(?:---|\.\.\.)\s*$/;

export function splitFrontMatter(file: string, text: string, log: ImportLog): SplitFile {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? "")) return { data: {}, hadFrontMatter: false, body: lines.join("\n"), bodyLine: 1 };
  let end = lines.findIndex((l, i) => i > 0 && END_FENCE.test(l));
  if (end < 0) {
    // Never closed: take the `key: value` lines at the top and warn.
    end = 1;
    while (end < lines.length && /^[A-Za-z_][\w-]*\s*:|^\s+\S/.test(lines[end]!)) end++;
    log.warn({
      file, line: 1, col: 1,
      message: "the front matter starting here is never closed; the field lines at the top were read as front matter",
      hint: "Folio writes a closing --- line in the imported file",
    });
    const data = readYaml(file, lines.slice(1, end), log);
    return { data, hadFrontMatter: true, body: lines.slice(end).join("\n"), bodyLine: end + 1 };
  }
  const data = readYaml(file, lines.slice(1, end), log);
  return { data, hadFrontMatter: true, body: lines.slice(end + 1).join("\n"), bodyLine: end + 2 };
}

/** Parses the YAML between the fences (which start on line 2); recovers field lines when it does not parse. */
function readYaml(file: string, yamlLines: string[], log: ImportLog): Record<string, unknown> {
  const counter = new LineCounter();
  const doc = parseDocument(yamlLines.join("\n"), { lineCounter: counter, prettyErrors: false });
  const error = doc.errors[0];
  if (!error) {
    const value: unknown = doc.toJS();
    if (value === null || value === undefined) return {};
    if (typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
    log.warn({ file, line: 2, col: 1, message: "front matter is not a list of  field: value  lines; it was left out",
      hint: "write it as one  field: value  per line (title, description…) in the imported file" });
    return {};
  }
  const pos = counter.linePos(error.pos[0]);
  const recovered = recoverFields(yamlLines);
  const names = Object.keys(recovered);
  log.warn({
    file, line: pos.line + 1, col: pos.col,
    message:
      `front matter is not valid YAML (${error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "")}); ` +
      (names.length ? `recovered ${names.join(", ")} line by line` : "nothing could be recovered"),
    hint: "check the recovered values in the imported file; quote values that contain \": \"",
  });
  log.note(file, "recovered", `front matter ${names.join(", ") || "(nothing)"} from YAML that does not parse (line ${pos.line + 1})`);
  return recovered;
}

/**
 * Reads top-level `key: value` lines one at a time, taking everything after
 * the first ": " as the value, so `title: Transformers: A Primer` keeps its
 * colon. A key followed by `- item` lines becomes a list.
 */
export function recoverFields(lines: string[]): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (let i = 0; i < lines.length; i++) {
    const m = /^([A-Za-z_][\w-]*)\s*:(?:\s+(.*)|\s*)$/.exec(lines[i]!);
    if (!m) continue;
    const key = m[1]!;
    const raw = (m[2] ?? "").trim();
    if (raw === "") {
      const items: string[] = [];
      while (i + 1 < lines.length && /^\s+-\s+/.test(lines[i + 1]!)) items.push(scalar(lines[++i]!.replace(/^\s+-\s+/, "")));
      if (items.length) data[key] = items;
      continue;
    }
    data[key] = typed(scalar(raw), raw);
  }
  return data;
}

function scalar(raw: string): string {
  const s = raw.trim();
  const quoted = /^"(.*)"$/.exec(s) ?? /^'(.*)'$/.exec(s);
  if (!quoted) return s.replace(/\s+#.*$/, "");
  return s.startsWith('"') ? quoted[1]!.replace(/\\"/g, '"').replace(/\\\\/g, "\\") : quoted[1]!.replace(/''/g, "'");
}

function typed(value: string, raw: string): unknown {
  if (/^["']/.test(raw.trim())) return value;
  if (value === "true" || value === "false") return value === "true";
  if (/^-?\d+(?:\.\d+)?$/.test(value)) return Number(value);
  return value;
}
