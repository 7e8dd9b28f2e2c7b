// Hand-built PageContext objects for layout tests: a site with one handbook
// ("demo", three sections) plus a second handbook, no file system involved.
import type { PageContext, TocEntry } from "../../layouts/context.ts";
import type { FrontMatter, Handbook, PageKind, SiteModel, SourcePage } from "../../src/content/types.ts";
import { urlForRelPath } from "../../src/content/urls.ts";

export const EVIL_TITLE = "Evil <script>alert(1)</script>";
export const QUOTED_DESCRIPTION = 'Learn what "attention" means & why';

export function sourcePage(relPath: string, kind: PageKind, data: FrontMatter, order = 0): SourcePage {
  return {
    relPath,
    displayPath: `content/${relPath}`,
    url: urlForRelPath(relPath),
    kind,
    handbook: kind === "landing" || kind === "section" ? relPath.split("/")[1] : undefined,
    data,
    bodyLine: 4,
    order,
    orderLine: 1,
  };
}

export interface FixtureOptions {
  /** Give the first section and the demo handbook a hostile title and a quoted description. */
  evil?: boolean;
}

export function fixtureModel(options: FixtureOptions = {}): SiteModel {
  const hbTitle = options.evil ? EVIL_TITLE : "Demo Handbook";
  const hbDescription = options.evil ? QUOTED_DESCRIPTION : "A handbook to test layouts.";
  const home = sourcePage("index.md", "home", { title: "Folio Test Site" });
  const landing = sourcePage("handbooks/demo/index.md", "landing", {
    title: hbTitle, description: hbDescription, related: ["other", "missing"],
  });
  const sections = [1, 2, 3].map((n) =>
    sourcePage(`handbooks/demo/section${n}.md`, "section", {
      title: options.evil && n === 1 ? EVIL_TITLE : `Section ${n} Title`,
      description: options.evil && n === 1 ? QUOTED_DESCRIPTION : `What section ${n} teaches.`,
      ...(n === 2 ? { nav_title: "Short Two" } : {}),
    }, n),
  );
  const demo: Handbook = {
    slug: "demo", url: "/handbooks/demo/", title: hbTitle, description: hbDescription, landing, sections,
  };
  const otherLanding = sourcePage("handbooks/other/index.md", "landing", { title: "Other", description: "Another one." });
  const other: Handbook = {
    slug: "other", url: "/handbooks/other/", title: "Other", description: "Another one.", landing: otherLanding,
    sections: [sourcePage("handbooks/other/section1.md", "section", { title: "Only", description: "Alone." }, 1)],
  };
  const about = sourcePage("about.md", "page", { title: "About", description: "About this site." });
  const all = [home, landing, ...sections, otherLanding, ...other.sections, about];
  return {
    title: "Folio Test Site",
    lang: "en",
    home,
    handbooks: [demo, other],
    pages: new Map(all.map((p) => [p.relPath, p])),
    handbookBySlug: new Map([["demo", demo], ["other", other]]),
  };
}

export const SAMPLE_TOC: TocEntry[] = [
  { level: 2, id: "intro", text: "Intro" },
  { level: 3, id: "detail-a", text: "Detail A" },
  { level: 3, id: "detail-b", text: "Detail <b>" },
  { level: 2, id: "outro", text: "Outro" },
];

type Overrides = Partial<Omit<PageContext, "model" | "page">>;

function baseContext(model: SiteModel, page: SourcePage, overrides: Overrides): PageContext {
  return {
    model,
    page,
    contentHtml: "<p>Body text.</p>",
    toc: [],
    hasMath: false,
    pathPrefix: "/",
    assets: { css: "/assets/folio.css", js: "/assets/folio.js", katexCss: "/assets/katex/katex.min.css" },
    mode: "production",
    ...overrides,
  };
}

export function homeContext(model = fixtureModel(), overrides: Overrides = {}): PageContext {
  return baseContext(model, model.home!, overrides);
}

export function landingContext(model = fixtureModel(), overrides: Overrides = {}): PageContext {
  const handbook = model.handbookBySlug.get("demo")!;
  return baseContext(model, handbook.landing!, { handbook, ...overrides });
}

/** Section `index` (0-based) of the demo handbook, with its prev/next computed as the model does. */
export function sectionContext(index: number, model = fixtureModel(), overrides: Overrides = {}): PageContext {
  const handbook = model.handbookBySlug.get("demo")!;
  const page = handbook.sections[index]!;
  const before = handbook.sections[index - 1];
  const after = handbook.sections[index + 1];
  const nav = {
    prev: before ? { title: before.data.title, url: before.url } : { title: handbook.title, url: handbook.url },
    next: after ? { title: after.data.title, url: after.url } : undefined,
  };
  return baseContext(model, page, { handbook, nav, toc: SAMPLE_TOC, ...overrides });
}

export function plainContext(model = fixtureModel(), overrides: Overrides = {}): PageContext {
  return baseContext(model, model.pages.get("about.md")!, overrides);
}

/** Every page of the fixture site, for checks that must hold everywhere. */
export function allContexts(model = fixtureModel(), overrides: Overrides = {}): PageContext[] {
  return [
    homeContext(model, overrides),
    landingContext(model, overrides),
    sectionContext(0, model, overrides),
    sectionContext(1, model, overrides),
    sectionContext(2, model, overrides),
    plainContext(model, overrides),
  ];
}
