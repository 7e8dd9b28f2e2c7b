// The source's own front matter fields: which Folio uses, which mean
// nothing any more (layout, permalink: the layouts and file paths decide
// those now), and which are kept as they are for the layouts.

const DROPPED = new Set([
  "layout", "permalink", "redirect_from", "redirect_to", "nav_order", "order", "title", "description", "nav_title",
  "published", "draft", "mathjax", "math", "katex", "usemathjax", "use_math", "toc", "sidebar", "has_children",
  "parent", "grand_parent", "nav_exclude", "section", "section_number", "prev", "next", "css", "js", "related",
]);

export interface SourceFields {
  kept: Record<string, unknown>;
  dropped: string[];
}

export function sourceFields(data: Record<string, unknown>): SourceFields {
  const kept: Record<string, unknown> = {};
  const dropped: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (DROPPED.has(key)) {
      if (!["title", "description", "order", "nav_order", "redirect_from", "published", "draft", "nav_title", "related"].includes(key)) dropped.push(key);
      continue;
    }
    if (key === "updated" && !validDate(value)) {
      dropped.push(key);
      continue;
    }
    if (value === null || value === undefined) continue;
    kept[key] = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  }
  return { kept, dropped };
}

function validDate(value: unknown): boolean {
  return (typeof value === "string" || value instanceof Date) && !Number.isNaN(new Date(value as string).getTime());
}

export function stringField(data: Record<string, unknown>, key: string): string | undefined {
  const v = data[key];
  if (typeof v === "string" && v.trim()) return v.trim();
  if (typeof v === "number") return String(v);
  return undefined;
}
