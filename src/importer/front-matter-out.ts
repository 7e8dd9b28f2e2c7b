// Front matter as Folio files write it: the known fields first, in a fixed
// order, strings double-quoted, URL lists one per line; fields Folio does
// not know are kept after them. Deterministic, so a second import is
// byte-identical.
import { stringify } from "yaml";

const FIRST = ["title", "description", "nav_title", "order", "draft", "draft_reason", "related", "redirect_from"];

export function frontMatterText(data: Record<string, unknown>): string {
  const keys = [...FIRST.filter((k) => data[k] !== undefined), ...Object.keys(data).filter((k) => !FIRST.includes(k) && data[k] !== undefined)];
  const lines = ["---"];
  for (const key of keys) lines.push(field(key, data[key]));
  lines.push("---");
  return lines.join("\n") + "\n";
}

function field(key: string, value: unknown): string {
  if (typeof value === "string") return `${key}: ${JSON.stringify(value)}`;
  if (typeof value === "number" || typeof value === "boolean") return `${key}: ${value}`;
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) {
    return [`${key}:`, ...value.map((v) => `  - ${plainOrQuoted(v)}`)].join("\n");
  }
  return stringify({ [key]: value }).trimEnd();
}

/** URL paths and folder names need no quotes; anything else gets them. */
function plainOrQuoted(v: string): string {
  return /^\/[\w/.~%+-]*$/.test(v) || /^[a-z0-9][a-z0-9-]*$/.test(v) ? v : JSON.stringify(v);
}
