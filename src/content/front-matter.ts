// Splits a Markdown file into YAML front matter and body, keeping line
// numbers so every problem can be reported at file:line:col.
import { isMap, isScalar, LineCounter, parseDocument } from "yaml";
import { contentError, FolioError, type Diagnostic } from "../checks/diagnostics.ts";
import { closest } from "../checks/similar.ts";
import { FIELD_HINTS, frontMatterSchema, KNOWN_FIELDS } from "./schema.ts";
import type { FrontMatter } from "./types.ts";

export interface ParsedFile {
  data: FrontMatter;
  body: string;
  /** 1-based line on which the body starts. */
  bodyLine: number;
  /** 1-based line of each top-level front matter key. */
  fieldLines: Map<string, number>;
  /** Problems that do not stop the page: fields that look like typos, and layout:/permalink:, which Folio ignores. */
  warnings: Diagnostic[];
  /** The YAML as written and as parsed (before validation), handed to Eleventy so it is parsed once. */
  yaml: { text: string; data: unknown };
}

const FENCE = /^---[ \t]*$/;

export function parseSourceFile(file: string, source: string): ParsedFile {
  const text = source.replace(/^\uFEFF/, "");
  const lines = text.split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? "")) {
    throw contentError({
      file, line: 1, col: 1,
      message: "this page has no front matter, so it has no title",
      hint: 'start the file with three lines:  ---  /  title: "Page title"  /  ---',
    });
  }
  const end = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  if (end < 0) {
    throw contentError({
      file, line: 1, col: 1,
      message: "the front matter starting here is never closed",
      hint: "add a line with just --- after the last front matter field",
    });
  }
  const yamlText = lines.slice(1, end).join("\n");
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const pos = counter.linePos(yamlError.pos[0]);
    throw contentError({
      file, line: pos.line + 1, col: pos.col,
      message: `front matter is not valid YAML: ${firstLine(yamlError.message)}`,
      hint: 'put quotes around values that contain ": " or start with a special character, e.g.  title: "A: B"',
    });
  }
  const fieldLines = new Map<string, number>();
  if (isMap(doc.contents)) {
    for (const item of doc.contents.items) {
      if (isScalar(item.key) && item.key.range) {
        fieldLines.set(String(item.key.value), counter.linePos(item.key.range[0]).line + 1);
      }
    }
  } else if (doc.contents !== null) {
    throw contentError({
      file, line: 2, col: 1,
      message: "front matter must be a list of  field: value  lines",
      hint: 'e.g.  title: "Page title"',
    });
  }
  const raw = doc.toJS() ?? {};
  const result = frontMatterSchema.safeParse(raw);
  if (!result.success) {
    // Every field's problem at once, so one run shows all there is to fix.
    throw new FolioError(result.error.issues.map((issue) => {
      const field = String(issue.path[0] ?? "");
      return {
        file, line: fieldLines.get(field) ?? 1, col: 1, severity: "error" as const,
        message: `front matter: ${issue.message}`,
        hint: FIELD_HINTS[field],
      };
    }));
  }
  return {
    data: result.data as FrontMatter, body: lines.slice(end + 1).join("\n"), bodyLine: end + 2, fieldLines,
    warnings: typoWarnings(file, fieldLines),
    yaml: { text: yamlText, data: raw },
  };
}

/**
 * Fields of other generators that would change where or how Folio writes a
 * page: Folio ignores them (BuildState.frontMatterFor keeps them from Eleventy).
 */
export const IGNORED_FIELDS: Readonly<Record<string, { why: string; hint: string }>> = {
  layout: { why: "every page uses Folio's layout", hint: "remove the line" },
  permalink: {
    why: "a page's address comes from its file's place in the content folder",
    hint: "remove the line; to keep an old address working, list it under redirect_from",
  },
};

/** Unknown fields are allowed (layouts may use them), but `titel` is surely `title`; ignored fields (IGNORED_FIELDS) are named too. */
function typoWarnings(file: string, fieldLines: Map<string, number>): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  for (const [field, line] of fieldLines) {
    const ignored = Object.hasOwn(IGNORED_FIELDS, field) ? IGNORED_FIELDS[field] : undefined;
    if (ignored) {
      warnings.push({ file, line, col: 1, severity: "warning", message: `\`${field}\` is ignored: ${ignored.why}`, hint: ignored.hint });
      continue;
    }
    if (KNOWN_FIELDS.includes(field)) continue;
    const guess = closest(field, KNOWN_FIELDS);
    if (!guess) continue;
    warnings.push({
      file, line, col: 1, severity: "warning",
      message: `unknown field \`${field}\`, did you mean \`${guess}\`?`,
      hint: `rename it to ${guess}; as written, Folio ignores it`,
    });
  }
  return warnings;
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}
