// Structured data (schema.org, as JSON-LD) for search engines: a handbook
// is a Course whose parts are its sections, a section a LearningResource
// with its position in the handbook. Pure: plain objects from page facts.
import type { Handbook, SourcePage } from "../content/types.ts";

export type JsonLd = Record<string, unknown>;

export interface JsonLdInput {
  page: SourcePage;
  handbook?: Handbook;
  siteTitle: string;
  lang: string;
  /** 1-based position of a section in its handbook. */
  position?: number;
  updated?: Date;
  /** Absolute (or, without a site URL, prefixed) URL of a site path. */
  urlOf(sitePath: string): string;
}

export function jsonLdFor(input: JsonLdInput): JsonLd | undefined {
  const { page, handbook, urlOf } = input;
  const base = { "@context": "https://schema.org", inLanguage: input.lang };
  if (page.kind === "home") {
    return { ...base, "@type": "WebSite", name: input.siteTitle, url: urlOf("/") };
  }
  if (page.kind === "landing" && handbook) {
    return {
      ...base,
      "@type": "Course",
      name: handbook.title,
      description: handbook.description || undefined,
      url: urlOf(handbook.url),
      numberOfSections: handbook.sections.length,
      hasPart: handbook.sections.map((s, i) => ({
        "@type": "LearningResource", name: s.data.title, url: urlOf(s.url), position: i + 1,
      })),
    };
  }
  if (page.kind === "section" && handbook) {
    return {
      ...base,
      "@type": "LearningResource",
      name: page.data.title,
      description: page.data.description,
      url: urlOf(page.url),
      position: input.position,
      dateModified: input.updated ? input.updated.toISOString().slice(0, 10) : undefined,
      isPartOf: { "@type": "Course", name: handbook.title, url: urlOf(handbook.url) },
    };
  }
  return undefined;
}
