// The full HTML document around every page: head (title, description,
// canonical, styles, script, prev/next links), skip link, site header, the
// layout's content inside <main id="main">, footer.
import type { PrevNext } from "../src/content/types.ts";
import type { PageContext } from "./context.ts";
import { siteFooter } from "./components/site-footer.ts";
import { siteHeader } from "./components/site-header.ts";
import { pageMeta } from "./components/page-meta.ts";
import { searchBox } from "./components/search-box.ts";
import { seoMeta } from "./components/seo-meta.ts";
import { SEARCH_URLS } from "../src/publish/handbook-pages.ts";
import { themeBootScript, themeSwitch } from "./components/theme-switch.ts";
import { html, type SafeHtml } from "./lib/html.ts";
import { isShownDraft } from "./lib/labels.ts";
import { canonicalUrl, href } from "./lib/urls.ts";

export interface DocumentParts {
  /** Everything inside <main id="main">. */
  main: SafeHtml;
  /** Navigation placed before <main> (the skip link jumps over it). */
  sidebar?: SafeHtml;
}

export function documentTitle(ctx: PageContext): string {
  const site = ctx.model.title;
  if (ctx.page.kind === "home") return site;
  const own = ctx.page.data.title;
  return own && own !== site ? `${own} · ${site}` : site;
}

function metaDescription(ctx: PageContext): string | undefined {
  const own = ctx.page.data.description;
  if (typeof own === "string" && own.trim() !== "") return own;
  return ctx.page.kind === "landing" ? ctx.handbook?.description || undefined : undefined;
}

/**
 * Where ← and → lead. Sections use the computed neighbours; a landing's
 * "next" is its first section, mirroring that section's "prev".
 */
export function headNav(ctx: PageContext): PrevNext {
  if (ctx.page.kind === "section") return ctx.nav ?? {};
  const first = ctx.handbook?.sections[0];
  if (ctx.page.kind === "landing" && first) return { next: { title: first.data.title, url: first.url } };
  return {};
}

export function renderDocument(ctx: PageContext, parts: DocumentParts): string {
  const to = (url: string) => href(ctx, url);
  const description = metaDescription(ctx);
  const nav = headNav(ctx);
  const home = to("/");
  const draft = isShownDraft(ctx.page, ctx.mode);
  const doc = html`<!doctype html>
<html lang="${ctx.model.lang}" data-root="${ctx.pathPrefix}">
<!-- The empty icon stops browsers asking for /favicon.ico, which under a
     path prefix is outside the site and answers 404 on every page. -->
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
${themeBootScript()}
<title>${documentTitle(ctx)}</title>
${description && html`<meta name="description" content="${description}">\n`}<link rel="canonical" href="${canonicalUrl(ctx, ctx.page.url)}">
${seoMeta(ctx, description)}<link rel="stylesheet" href="${to(ctx.assets.css)}">
<link rel="icon" href="data:,">
${ctx.hasMath && html`<link rel="stylesheet" href="${to(ctx.assets.katexCss)}">\n`}${nav.prev &&
    html`<link rel="prev" href="${to(nav.prev.url)}">\n`}${nav.next && html`<link rel="next" href="${to(nav.next.url)}">\n`}<script type="module" src="${to(ctx.assets.js)}"></script>
</head>
<body class="kind-${ctx.page.kind}"${ctx.handbook && html` data-handbook="${ctx.handbook.slug}"`}>
<a class="skip-link" href="#main">Skip to content</a>
${siteHeader({ siteTitle: ctx.model.title, homeHref: home, tools: themeSwitch(), search: searchBox({
  scriptHref: to(SEARCH_URLS.script), pagefindHref: to(SEARCH_URLS.pagefind), indexed: ctx.mode === "production",
}) })}
<div class="shell${parts.sidebar ? " shell-with-sidebar" : ""}">
${parts.sidebar && html`${parts.sidebar}\n`}<main id="main">
${draft && html`<p class="draft-marker" role="note"><strong>Draft</strong> – shown in development only; production builds leave this page out.</p>\n`}${parts.main}
${ctx.page.kind !== "section" && pageMeta(ctx)}
</main>
</div>
${siteFooter({ siteTitle: ctx.model.title, homeHref: home })}
</body>
</html>
`;
  return doc.value;
}
