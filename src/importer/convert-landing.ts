// A handbook's index.md from its hand-written handbook page: title,
// description (the overview's first sentence unless the page states one),
// the overview and learning path as the landing's text, related handbooks
// as `related:`, and the old landing URL in `redirect_from`. The tab
// interface and hand-written section lists are cut: Folio lists the
// sections from their order. Without a handbook page, a plain landing.
import { convertBody } from "./body.ts";
import type { ConvertedFile } from "./convert-section.ts";
import { firstSentence, sentence, titleFromFileName } from "./describe.ts";
import { frontMatterText } from "./front-matter-out.ts";
import { landingSource, type HandbookPage } from "./handbook-page.ts";
import { escapeText, linkDestination } from "./escape.ts";
import { locate, type LinkFn, type LinkIndex } from "./link-map.ts";
import type { ImportLog } from "./log.ts";
import { sourceFields, stringField } from "./source-fields.ts";
import { landingOut, type HandbookPlan } from "./types.ts";

export interface LandingLinks {
  cuts: Array<[number, number]>;
  /** Section output → the label a hand-written section list gave it. */
  labels: Map<string, string>;
  related: string[];
  otherRelated: HandbookPage["related"];
}

/** What the page's link lists say about the sections and related handbooks. */
export function landingLinks(hb: HandbookPlan, page: HandbookPage, index: LinkIndex): LandingLinks {
  const linking = { source: page.file.rel, out: landingOut(hb.slug), servedAt: hb.oldUrls };
  const ours = new Set(hb.sections.map((s) => s.out));
  const result: LandingLinks = { cuts: [], labels: new Map(), related: [], otherRelated: [] };
  for (const list of page.linkLists) {
    const targets = list.links.map((l) => locate(index, linking, l.href));
    if (!targets.every((t) => t.kind === "page" && (ours.has(t.out) || t.out === linking.out))) continue;
    result.cuts.push([list.start, list.end]);
    targets.forEach((t, i) => {
      if (t.kind === "page" && ours.has(t.out) && !result.labels.has(t.out) && list.links[i]!.text) result.labels.set(t.out, list.links[i]!.text);
    });
  }
  for (const link of page.related) {
    const t = locate(index, linking, link.href);
    const slug = t.kind === "page" ? /^handbooks\/([^/]+)\/index\.md$/.exec(t.out)?.[1] : undefined;
    if (slug && slug !== hb.slug) {
      if (!result.related.includes(slug)) result.related.push(slug);
    } else if (!slug) {
      result.otherRelated.push(link);
    }
  }
  return result;
}

export function convertLanding(
  hb: HandbookPlan, page: HandbookPage | undefined, links: LandingLinks | undefined, log: ImportLog, link: LinkFn,
): ConvertedFile {
  const out = landingOut(hb.slug);
  if (!page) {
    const title = titleFromFileName(hb.slug);
    log.note(`(handbook ${hb.slug})`, "recovered", `no handbook page in the source: landing ${out} titled "${title}" from the folder name; write its overview`);
    log.entry(`(handbook ${hb.slug})`).out = out;
    log.count(`(handbook ${hb.slug})`, "handbooks");
    const fields = { title, description: `The ${title} handbook.`, redirect_from: hb.oldUrls.length ? hb.oldUrls : undefined };
    return { out, source: `(handbook ${hb.slug})`, content: frontMatterText(fields) };
  }
  const rel = page.file.rel;
  log.entry(rel).out = out;
  log.count(rel, "handbooks");
  const body = convertBody(landingSource(page, links?.cuts ?? []), { page: rel, log, link, dropInlineScripts: true });
  let markdown = body.markdown;
  if (links?.otherRelated.length) {
    const items = links.otherRelated.map((l) => {
      const target = link(l.href, page.resolved.originAt(l.offset), "link");
      const text = escapeText(l.text || l.href);
      const after = l.after ? ` ${escapeText(l.after)}` : "";
      return `- ${target === undefined ? text : `[${text}](${linkDestination(target)})`}${after}`;
    });
    markdown += `${markdown ? "\n" : ""}## Related reading\n\n${items.join("\n")}\n`;
  }
  const title = page.title ?? titleFromFileName(hb.slug);
  if (!page.title) log.note(rel, "recovered", `title "${title}" from the handbook's folder name`);
  let description = stringField(page.data, "description");
  if (!description) {
    description = (page.overviewText && sentence(page.overviewText)) ?? firstSentence(markdown) ?? `The ${title} handbook.`;
    log.note(rel, "recovered", `description from ${page.overviewText ? "the overview's first sentence" : "the page text"}`);
  }
  const said = [
    "title", page.has.overview && "overview", page.has.learningPath && "learning path",
    `${page.includes.length || hb.sections.length} section titles`, links?.related.length && "related handbooks",
  ].filter(Boolean).join(", ");
  log.note(rel, "converted", `handbook page: ${said}; the tab interface was not imported`);
  const { kept, dropped } = sourceFields(page.data);
  if (dropped.length) log.note(rel, "converted", `front matter fields ${dropped.join(", ")} dropped`);
  const fields: Record<string, unknown> = {
    title, description,
    related: links?.related.length ? links.related : undefined,
    redirect_from: hb.oldUrls.length ? hb.oldUrls : undefined,
    ...kept,
  };
  return { out, source: rel, content: `${frontMatterText(fields)}${markdown ? `\n${markdown}` : ""}` };
}
