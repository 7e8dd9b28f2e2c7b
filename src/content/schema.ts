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
  // A single old URL may be written without the list dashes, as Jekyll allows.
  redirect_from: z.preprocess(
    (v) => (typeof v === "string" ? [v] : v),
    z.array(z.string({ error: "each redirect_from entry must be a URL path" }), { error: "redirect_from must be a list of URLs" }),
  ).optional(),
  related: z.array(z.string(), { error: "related must be a list of handbook folder names" }).optional(),
  // Publishing settings, read from content/index.md only (src/publish/settings.ts).
  site_url: z.httpUrl({ error: "site_url must be a full web address starting with https://" }).optional(),
  repository: z.httpUrl({ error: "repository must be the web address of the repository, starting with https://" }).optional(),
  repository_branch: nonEmpty("repository_branch").optional(),
  cname: z.hostname({ error: "cname must be a domain name like handbooks.example.org" }).optional(),
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
  site_url: "the address the site is served at, e.g.  site_url: https://user.github.io/repo",
  repository: "e.g.  repository: https://github.com/user/repo  (used for the Edit this page links)",
  repository_branch: "the branch the Edit this page links open, e.g.  repository_branch: main",
  cname: "the custom domain only, without https://, e.g.  cname: handbooks.example.org",
};
