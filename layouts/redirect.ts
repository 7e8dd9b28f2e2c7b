// The page left at an old URL (`redirect_from`): an immediate meta refresh,
// a canonical link so search engines move to the new address, and a visible
// link for anyone whose browser does not follow the refresh. The one-line
// script keeps the #fragment of the old link, which a meta refresh drops.
import { html, raw, scriptJson } from "./lib/html.ts";

export interface RedirectPage {
  lang: string;
  /** Title of the page the old URL now leads to. */
  title: string;
  /** Its URL with the path prefix, as the browser should follow it. */
  href: string;
  /** Its canonical URL (absolute when a site URL is configured). */
  canonical: string;
}

export function renderRedirect(p: RedirectPage): string {
  const target = scriptJson(p.href);
  return html`<!doctype html>
<html lang="${p.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="robots" content="noindex">
<title>Moved: ${p.title}</title>
<link rel="canonical" href="${p.canonical}">
<link rel="icon" href="data:,">
<meta http-equiv="refresh" content="0; url=${p.href}">
<script>location.replace(${raw(target)} + location.hash)</script>
</head>
<body>
<main>
<h1>This page has moved</h1>
<p>It is now at <a href="${p.href}">${p.title}</a>.</p>
</main>
</body>
</html>
`.value;
}
