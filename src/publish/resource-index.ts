// A handbook's resource index: every resource its sections cite, once per
// URL, grouped by type, each with the sections that cite it. Pure: computed
// once per handbook from the records gathered while rendering.
import type { SourcePage } from "../content/types.ts";
import { RESOURCE_TYPES } from "../markdown/resource-item.ts";
import type { CitedResource } from "./collector.ts";

export interface IndexedResource extends CitedResource {
  /** Sections citing it, in reading order, each once. */
  citedIn: SourcePage[];
}

export interface ResourceGroup {
  type: string;
  resources: IndexedResource[];
}

/** Same resource, whatever the spelling of scheme and host or a fragment. */
export function resourceKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = "";
    return u.href;
  } catch {
    return url; // a site-relative link: compare as written
  }
}

/** Groups in the order the handbook format lists the types; untyped links last. */
const TYPE_ORDER: readonly string[] = [...RESOURCE_TYPES, "Link"];

export function indexResources(
  sections: readonly SourcePage[],
  resourcesOf: (section: SourcePage) => readonly CitedResource[] | undefined,
): ResourceGroup[] {
  const byKey = new Map<string, IndexedResource>();
  for (const section of sections) {
    for (const r of resourcesOf(section) ?? []) {
      const key = resourceKey(r.url);
      const seen = byKey.get(key);
      if (!seen) byKey.set(key, { ...r, citedIn: [section] });
      else if (seen.citedIn[seen.citedIn.length - 1] !== section) seen.citedIn.push(section);
    }
  }
  const groups = new Map<string, IndexedResource[]>();
  for (const r of byKey.values()) {
    const list = groups.get(r.type);
    if (list) list.push(r);
    else groups.set(r.type, [r]);
  }
  const rank = (t: string) => (TYPE_ORDER.includes(t) ? TYPE_ORDER.indexOf(t) : TYPE_ORDER.length);
  return [...groups]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([type, resources]) => ({ type, resources }));
}

const PLURALS: Record<string, string> = {
  Paper: "Papers", "Blog post": "Blog posts", Article: "Articles", Video: "Videos", Course: "Courses",
  Book: "Books", Tool: "Tools", Code: "Code", Dataset: "Datasets", Link: "Other links",
};

export function groupHeading(type: string): string {
  return PLURALS[type] ?? type;
}
