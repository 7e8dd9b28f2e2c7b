// A hand-written handbook page: tabs whose panels `{% include %}` the
// sections, an overview, a learning path, related handbooks. What it says
// is kept (title, the section order and labels, the overview and learning
// path as the landing's text, related handbooks as `related:`); the tab
// interface itself is cut out.
import { parseDocument } from "htmlparser2";
import { findAll, findOne, textContent } from "domutils";
import type { Element } from "domhandler";
import { collapseSpace } from "./escape.ts";
import { contains, controlList, controlTarget, headingLabel, isTabControl, listHeading, nextElement, panelOf } from "./tab-ui.ts";
import { splitFrontMatter } from "./front-matter.ts";
import type { LiquidEnv } from "./liquid.ts";
import { withIncludeMarkers } from "./include-markers.ts";
import type { ImportLog } from "./log.ts";
import { MappedText } from "./mapped-text.ts";
import type { SiteFile } from "./types.ts";

export interface IncludedSection {
  file: SiteFile;
  /** The tab's label, when a tab control names the panel. */
  label?: string;
  /** The panel's id: old links to `#id` on the handbook page meant this section. */
  tabId?: string;
}

export interface HandbookPage {
  file: SiteFile;
  data: Record<string, unknown>;
  title?: string;
  includes: IncludedSection[];
  /** Links listed under "Related handbooks", with the words after each and where it was written. */
  related: Array<{ href: string; text: string; after: string; offset: number }>;
  /** Lists of links (candidates for a hand-written section list), with their source range. */
  linkLists: Array<{ start: number; end: number; links: Array<{ href: string; text: string }> }>;
  /** The resolved page text and the ranges cut from it for the landing. */
  resolved: MappedText;
  cuts: Array<[number, number]>;
  /** Whether the page has an overview / learning path (for the report). */
  has: { overview: boolean; learningPath: boolean };
  /** Plain text of the overview's first paragraph, for the description. */
  overviewText?: string;
}

export function readHandbookPage(file: SiteFile, log: ImportLog, findInclude: LiquidEnv["findInclude"]): HandbookPage {
  const split = splitFrontMatter(file.rel, file.text, log);
  const { resolved, included } = withIncludeMarkers(file, split.body, split.bodyLine, log, findInclude);
  const doc = parseDocument(resolved.text, { withStartIndices: true, withEndIndices: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const all = findAll(() => true, doc.children);
  const cuts: Array<[number, number]> = [];
  const cut = (el: Element) => cuts.push([el.startIndex ?? 0, (el.endIndex ?? 0) + 1]);

  // Sections: markers in document order, labelled by the tab control naming their panel.
  const markers = all.filter((el) => el.name === "folio-include");
  const controls = all.filter((el) => isTabControl(el));
  const includes: IncludedSection[] = [];
  const seen = new Set<string>();
  const ordered: Array<{ section: IncludedSection; rank: number }> = [];
  for (const m of markers) {
    const target = included[Number(m.attribs["data-n"])]!;
    if (seen.has(target.rel)) {
      log.note(file.rel, "converted", `${target.rel} is included twice; it is imported once, at its first place`);
      continue;
    }
    seen.add(target.rel);
    const panel = panelOf(m);
    const control = panel?.attribs["id"] ? controls.find((c) => controlTarget(c) === panel.attribs["id"]) : undefined;
    const label = control ? collapseSpace(textContent(control)).trim() : panel ? headingLabel(panel) : undefined;
    ordered.push({ section: { file: target, label: label || undefined, tabId: panel?.attribs["id"] }, rank: control ? controls.indexOf(control) : Infinity });
    cut(panel ?? m);
  }
  // Tab controls decide the order when every panel has one; otherwise the page order stands.
  if (ordered.every((o) => o.rank !== Infinity)) ordered.sort((a, b) => a.rank - b.rank);
  includes.push(...ordered.map((o) => o.section));
  for (const list of new Set(controls.map(controlList))) cut(list);

  // Title: front matter, else the first <h1>, which the landing shows anyway.
  const h1 = all.find((el) => el.name === "h1");
  const fmTitle = typeof split.data["title"] === "string" ? split.data["title"] : undefined;
  if (h1) cut(h1);

  const { related, parts: relatedParts } = relatedOf(all);
  relatedParts.forEach(cut);

  const linkLists = all
    .filter((el) => (el.name === "ul" || el.name === "ol") && !relatedParts.some((p) => contains(p, el)))
    .map((el) => ({
      // A heading right before the list ("Sections") goes with it.
      start: listHeading(el)?.startIndex ?? el.startIndex ?? 0, end: (el.endIndex ?? 0) + 1,
      links: findAll((a) => a.name === "a" && a.attribs["href"] !== undefined, [el]).map((a) => ({ href: a.attribs["href"]!, text: collapseSpace(textContent(a)).trim() })),
    }))
    .filter((l) => l.links.length > 0);

  const overview = all.find((el) => /overview|intro|lead|description|about/i.test(`${el.attribs["class"] ?? ""} ${el.attribs["id"] ?? ""}`));
  const firstParagraph = overview ? findOne((el) => el.name === "p", [overview]) ?? overview : all.find((el) => el.name === "p" && !cuts.some(([s, e]) => (el.startIndex ?? 0) >= s && (el.startIndex ?? 0) < e));
  const learningPath = all.some((el) => /learning[-_ ]?path|roadmap/i.test(`${el.attribs["class"] ?? ""} ${el.attribs["id"] ?? ""} ${/^h[2-6]$/.test(el.name) ? textContent(el) : ""}`));
  return {
    file, data: split.data,
    title: fmTitle ?? (h1 ? collapseSpace(textContent(h1)).trim() : undefined),
    includes, related, linkLists, resolved, cuts,
    has: { overview: !!overview, learningPath },
    overviewText: firstParagraph ? collapseSpace(textContent(firstParagraph)).trim() || undefined : undefined,
  };
}

/** Related handbooks: a block named "related", or a heading saying so and the list after it. */
function relatedOf(all: Element[]): { related: HandbookPage["related"]; parts: Element[] } {
  const related: HandbookPage["related"] = [];
  const relatedBlock = all.find((el) => /related/i.test(`${el.attribs["class"] ?? ""} ${el.attribs["id"] ?? ""}`) && el.name !== "a");
  const relatedHeading = relatedBlock ? undefined : all.find((el) => /^h[2-6]$/.test(el.name) && /related/i.test(textContent(el)));
  const parts = relatedBlock ? [relatedBlock] : relatedHeading ? [relatedHeading, nextElement(relatedHeading)].filter((e): e is Element => !!e) : [];
  for (const part of parts) {
    for (const a of findAll((el) => el.name === "a" && el.attribs["href"] !== undefined, [part])) {
      const siblings = a.parent ? a.parent.children.slice(a.parent.children.indexOf(a) + 1) : [];
      const after = collapseSpace(textContent(siblings)).trim();
      related.push({ href: a.attribs["href"]!, text: collapseSpace(textContent(a)).trim(), after, offset: a.startIndex ?? 0 });
    }
  }
  return { related, parts };
}

/** The page text without the cut ranges, keeping each kept piece's origin. */
export function landingSource(page: HandbookPage, extraCuts: Array<[number, number]>): MappedText {
  const text = page.resolved.text;
  const ranges = [...page.cuts, ...extraCuts].sort((a, b) => a[0] - b[0]);
  const out = new MappedText();
  let cursor = 0;
  for (const [s, e] of ranges) {
    if (e <= cursor) continue;
    if (s > cursor) appendSlice(out, page, cursor, s);
    cursor = Math.max(cursor, e);
  }
  appendSlice(out, page, cursor, text.length);
  return out;
}

function appendSlice(out: MappedText, page: HandbookPage, from: number, to: number): void {
  const slice = page.resolved.text.slice(from, to);
  const origin = page.resolved.originAt(from);
  out.append(slice, origin.file, origin.line);
}
