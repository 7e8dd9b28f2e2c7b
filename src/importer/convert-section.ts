// One section: its front matter (recovered if broken), its body converted,
// its title and description (from the source, else recovered and said so),
// and, for an empty file, a draft with the reason in `draft_reason`.
import { convertBody } from "./body.ts";
import type { NavHint } from "./context.ts";
import { cleanLabel, firstSentence, leadingHeading, titleFromFileName, withoutRepeatedTitle } from "./describe.ts";
import { splitFrontMatter } from "./front-matter.ts";
import { frontMatterText } from "./front-matter-out.ts";
import { resolveLiquid, type LiquidEnv } from "./liquid.ts";
import { ImportLog } from "./log.ts";
import { sourceFields, stringField } from "./source-fields.ts";
import type { LinkFn } from "./link-map.ts";
import type { SectionPlan } from "./types.ts";

export interface ConvertedFile {
  out: string;
  content: string;
  source: string;
}

export interface ConvertedSection extends ConvertedFile {
  draft: boolean;
  nav: NavHint[];
}

export interface DraftReason {
  reason: string;
  /** Nothing to read: the author is told to write it (a warning), not just that it is a draft. */
  empty: boolean;
}

/** Why a source file becomes a draft, decided before any body is converted (links to drafts become text). */
export function draftReason(text: string, rel: string): DraftReason | undefined {
  // Read quietly: the front matter's warnings are reported once, when the section is converted.
  return draftReasonOf(text, splitFrontMatter(rel, text, new ImportLog()));
}

/** The same, from front matter already split off `text`. */
function draftReasonOf(text: string, split: { body: string; data: Record<string, unknown> }): DraftReason | undefined {
  if (text.trim() === "") return { reason: "the source file was empty", empty: true };
  if (split.body.trim() === "") return { reason: "the source file has front matter but no text", empty: true };
  if (split.data["published"] === false) return { reason: "the old site did not publish it (published: false)", empty: false };
  if (split.data["draft"] === true) return { reason: "it was marked draft: true in the source", empty: false };
  return undefined;
}

/** A title for a section whose source states none: its tab label, its first heading, else its file name. */
function recoverTitle(label: string | undefined, markdown: string, rel: string): { title: string; from: string } {
  if (label) return { title: label, from: "its tab label on the handbook page" };
  const heading = leadingHeading(markdown, 3)?.title;
  if (heading) return { title: heading, from: "its first heading" };
  return { title: titleFromFileName(rel), from: "its file name" };
}

export function convertSection(
  s: SectionPlan, log: ImportLog, env: { findInclude: LiquidEnv["findInclude"]; link: LinkFn },
): ConvertedSection {
  const rel = s.source.rel;
  const entry = log.entry(rel);
  entry.out = s.out;
  const split = splitFrontMatter(rel, s.source.text, log);
  // The front matter was just split (and its warnings logged): no second parse.
  const reason = draftReasonOf(s.source.text, split);
  const liquid = resolveLiquid(rel, split.body, split.bodyLine, { log, findInclude: env.findInclude });
  const body = convertBody(liquid, { page: rel, log, link: env.link });
  let markdown = body.markdown;

  const label = s.label ? cleanLabel(s.label) : undefined;
  let title = stringField(split.data, "title");
  if (!title) {
    const found = recoverTitle(label, markdown, rel);
    title = found.title;
    log.note(rel, "recovered", `title "${title}" from ${found.from}${split.hadFrontMatter ? "" : " (the file has no front matter)"}`);
  }
  let description = stringField(split.data, "description");
  if (!description) {
    description = firstSentence(markdown) ?? (reason ? `Draft: ${reason.reason}.` : `${title}.`);
    log.note(rel, "recovered", `description from ${firstSentence(markdown) ? "the first sentence of the text" : "the title"}`);
  }
  const repeated = withoutRepeatedTitle(markdown, title);
  if (repeated.dropped) {
    markdown = repeated.body;
    log.note(rel, "converted", "dropped the leading heading that repeated the title (the layout shows the title)");
  }
  const navTitle = stringField(split.data, "nav_title") ?? (label && label !== title ? label : undefined);
  const { kept, dropped } = sourceFields(split.data);
  if (dropped.length) log.note(rel, "converted", `front matter fields ${dropped.join(", ")} dropped (Folio derives them from the file's place)`);

  const draft = reason !== undefined || (markdown.trim() === "" && split.body.trim() !== "");
  const why = reason?.reason ?? (draft ? "nothing but page boilerplate was left after the import" : undefined);
  if (draft) {
    log.note(rel, "drafted", why!);
    log.count(rel, "drafts");
    if (reason?.empty) {
      log.warn({ file: rel, line: 1, col: 1, message: `${reason.reason}; imported as a draft`, hint: "write the section, then remove  draft: true  from the imported file" });
    }
  }
  const fields: Record<string, unknown> = {
    title, description, nav_title: navTitle, order: s.order,
    draft: draft ? true : undefined, draft_reason: why,
    redirect_from: s.oldUrls.length ? s.oldUrls : undefined,
    ...kept,
  };
  log.count(rel, "sections");
  if (!draft) log.note(rel, "converted", `section "${title}"`);
  return { out: s.out, source: rel, content: `${frontMatterText(fields)}\n${markdown}`.replace(/\n+$/, "\n"), draft, nav: body.nav };
}
