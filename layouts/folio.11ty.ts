// The one layout Eleventy knows about: it hands typed page data to renderPage.
import { pageContext, type EleventyLayoutData } from "../src/eleventy/page-context.ts";
import { renderPage } from "./page.ts";

export default function render(data: EleventyLayoutData): string {
  return renderPage(pageContext(data));
}
