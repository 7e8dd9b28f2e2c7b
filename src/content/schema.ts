// Front matter fields of handbook-format.md, validated with zod. Unknown
// fields are kept (passthrough) and reach the layouts untouched.
import { z } from "zod";

const nonEmpty = (what: string) =>
  z.string({ error: (i) => (i.input === undefined ? `${what} is missing` : `${what} must be text`) })
    .trim()
    .min(1, `${what} is empty`);

export const frontMatterSchema = z.looseObject({
  title: nonEmpty("title"),
  description: nonEmpty("description").optional(),
  nav_title: nonEmpty("nav_title").optional(),
  order: z.number({ error: "order must be a number" }).finite().optional(),
  draft: z.boolean({ error: "draft must be true or false" }).optional(),
  updated: z.coerce.date({ error: "updated must be a date like 2025-03-14" }).optional(),
  redirect_from: z.array(z.string(), { error: "redirect_from must be a list of URLs" }).optional(),
  related: z.array(z.string(), { error: "related must be a list of handbook folder names" }).optional(),
});

export const KNOWN_FIELDS = Object.keys(frontMatterSchema.shape);

/** How to fix each field, shown after the message. */
export const FIELD_HINTS: Record<string, string> = {
  title: 'add a line like  title: "Self-Attention and Transformers"',
  description: 'add one sentence, e.g.  description: "What this page teaches."',
  nav_title: 'a short label for the sidebar, e.g.  nav_title: "Self-Attention"',
  order: "write a number without quotes, e.g.  order: 5",
  draft: "write  draft: true  or  draft: false",
  updated: "write a date as YYYY-MM-DD, e.g.  updated: 2025-03-14",
  redirect_from: "write a YAML list, one old URL per line starting with '- '",
  related: "write a YAML list of handbook folder names, one per line starting with '- '",
};
