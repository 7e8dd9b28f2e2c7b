// A page outside the handbooks (the home page, "about"): converted like a
// section, kept at the same place, with its old URLs redirected.
import { convertBody } from "./body.ts";
import type { ConvertedFile } from "./convert-section.ts";
import { firstSentence, leadingHeading, titleFromFileName, withoutRepeatedTitle } from "./describe.ts";
import { splitFrontMatter } from "./front-matter.ts";
import { frontMatterText } from "./front-matter-out.ts";
import { resolveLiquid, type LiquidEnv } from "./liquid.ts";
import type { LinkFn } from "./link-map.ts";
import type { ImportLog } from "./log.ts";
import { sourceFields, stringField } from "./source-fields.ts";
import type { PagePlan } from "./types.ts";

export function convertPage(p: PagePlan, log: ImportLog, env: { findInclude: LiquidEnv["findInclude"]; link: LinkFn }): ConvertedFile {
  const rel = p.source.rel;
  log.entry(rel).out = p.out;
  const split = splitFrontMatter(rel, p.source.text, log);
  const liquid = resolveLiquid(rel, split.body, split.bodyLine, { log, findInclude: env.findInclude });
  let markdown = convertBody(liquid, { page: rel, log, link: env.link }).markdown;
  let title = stringField(split.data, "title");
  if (!title) {
    const h1 = leadingHeading(markdown, 1)?.title;
    title = h1 ?? titleFromFileName(rel === "index.md" || rel === "index.html" ? "home" : rel);
    log.note(rel, "recovered", `title "${title}" from ${h1 ? "its first heading" : "its file name"}`);
  }
  markdown = withoutRepeatedTitle(markdown, title).body;
  const description = stringField(split.data, "description") ?? firstSentence(markdown);
  const { kept, dropped } = sourceFields(split.data);
  if (dropped.length) log.note(rel, "converted", `front matter fields ${dropped.join(", ")} dropped`);
  log.note(rel, "converted", "page");
  log.count(rel, "pages");
  const fields: Record<string, unknown> = { title, description, redirect_from: p.oldUrls.length ? p.oldUrls : undefined, ...kept };
  return { out: p.out, source: rel, content: `${frontMatterText(fields)}${markdown ? `\n${markdown}` : ""}` };
}
