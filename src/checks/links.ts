// Checks every link and image the pages contain, once all pages have
// rendered and every page's heading ids are known. Pure: it is given what
// exists (pages, ids, files) and the links as the plugins recorded them.
import path from "node:path";
import { COPIED_FILE_EXTENSIONS, isCopiedFile, resolveMarkdownLink, urlForRelPath } from "../content/urls.ts";
import type { LinkRef } from "./collector.ts";
import type { Diagnostic } from "./diagnostics.ts";
import { closest } from "./similar.ts";

export interface TargetPage {
  relPath: string;
  /** "/handbooks/nlp/section5/" */
  url: string;
  draft: boolean;
}

export interface LinkTargets {
  /** Every page that loaded, drafts included, by relPath. */
  pages: ReadonlyMap<string, TargetPage>;
  /** Markdown files that exist but could not be loaded (their problem is reported already). */
  unreadable: ReadonlySet<string>;
  /** Ids per rendered page (no entry: the page was not rendered, its ids are unknown). */
  ids: ReadonlyMap<string, ReadonlySet<string>>;
  /** Every other file under the content folder, by relPath ("handbooks/nlp/images/a.png"). */
  files: ReadonlySet<string>;
  /** Site URLs that exist besides pages and content files: redirects, generated files. */
  isOtherUrl(url: string): boolean;
  /** How the content folder is shown to authors: "content". */
  contentLabel: string;
}

type Problem = Pick<Diagnostic, "message" | "hint">;

const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

export function checkLinks(links: readonly LinkRef[], targets: LinkTargets): Diagnostic[] {
  const byUrl = new Map([...targets.pages.values()].map((p) => [p.url, p]));
  // Pages that failed to load still exist: links to them are not reported twice.
  const unreadableUrls = new Set([...targets.unreadable].map(urlForRelPath));
  const isOtherUrl = (url: string) => unreadableUrls.has(url) || unreadableUrls.has(`${url}/`) || targets.isOtherUrl(url);
  const t = { ...targets, isOtherUrl };
  const problems: Diagnostic[] = [];
  for (const link of links) {
    const problem = checkOne(link, t, byUrl);
    if (problem) problems.push({ file: link.file, line: link.line, col: link.col, severity: "error", ...problem });
  }
  return problems;
}

function checkOne(link: LinkRef, t: LinkTargets, byUrl: Map<string, TargetPage>): Problem | undefined {
  const href = link.href.trim();
  if (!href || EXTERNAL.test(href) || href.startsWith("//")) return undefined;
  const hashAt = href.indexOf("#");
  const pathPart = (hashAt === -1 ? href : href.slice(0, hashAt)).replace(/\?.*$/, "");
  const id = hashAt === -1 ? "" : decode(href.slice(hashAt + 1));
  const what = link.image ? `image ${href}` : `link to ${href}`;

  if (pathPart === "") return id ? checkId(what, link.from, id, "this page", t) : undefined;
  if (pathPart.startsWith("/")) return checkRootRelative(what, link, decode(pathPart), id, t, byUrl);
  if (!link.image && /\.md$/i.test(pathPart)) return checkMarkdownLink(what, link, href, pathPart, id, t);
  if (link.image || hasFileExtension(pathPart)) {
    const rel = path.posix.normalize(path.posix.join(path.posix.dirname(link.from), decode(pathPart)));
    if (rel.startsWith("../")) {
      return { message: `${what} points outside the content folder`, hint: "keep images and files inside the content folder, next to the page that uses them" };
    }
    return t.files.has(rel) ? unpublishedFile(what, rel) : missingFile(what, rel, t);
  }
  // A relative URL to something else (e.g. "../nlp/"): left to the author.
  return undefined;
}

function checkMarkdownLink(what: string, link: LinkRef, href: string, written: string, id: string, t: LinkTargets): Problem | undefined {
  const target = resolveMarkdownLink(link.from, href);
  if (!target) {
    return { message: `${what} points outside the content folder`, hint: "only files under the content folder become pages; link to the page's URL instead" };
  }
  if (t.unreadable.has(target.relPath)) return undefined;
  const page = t.pages.get(target.relPath);
  if (!page) {
    const folder = path.posix.dirname(target.relPath);
    const siblings = [...t.pages.keys(), ...t.unreadable].filter((p) => path.posix.dirname(p) === folder).map((p) => path.posix.basename(p));
    const guess = closest(path.posix.basename(target.relPath), siblings);
    return {
      message: `${what}: there is no page ${target.relPath}`,
      hint: guess
        ? `did you mean ${written.slice(0, written.lastIndexOf("/") + 1)}${guess}?`
        : "the path is relative to this Markdown file, e.g. ./section6.md or ../other-handbook/index.md",
    };
  }
  return checkPage(what, link, page, id, t);
}

function checkRootRelative(what: string, link: LinkRef, url: string, id: string, t: LinkTargets, byUrl: Map<string, TargetPage>): Problem | undefined {
  const asPage = url.replace(/\/index\.html$/, "/");
  const page = byUrl.get(asPage) ?? (hasFileExtension(url) ? undefined : byUrl.get(`${url}/`));
  if (page && !link.image) return checkPage(what, link, page, id, t);
  if (t.files.has(url.slice(1))) return unpublishedFile(what, url.slice(1));
  if (t.isOtherUrl(url)) return undefined;
  if (link.image) return missingFile(what, url.slice(1), t);
  const guess = closest(url, byUrl.keys());
  return {
    message: `${what}: no page or file of the site has this URL`,
    hint: guess ? `did you mean ${guess}?` : "link to the page's Markdown file instead (e.g. ../nlp/section6.md): Folio checks it and writes its URL",
  };
}

/**
 * A file that is there, but of a kind the build does not copy (nor the link
 * rewriter point at): on the published site the link would find nothing.
 */
function unpublishedFile(what: string, rel: string): Problem | undefined {
  if (isCopiedFile(rel)) return undefined;
  const ext = path.posix.extname(rel);
  return {
    message: `${what}: ${ext ? `${ext} files are` : "files without an extension are"} not published, so readers would find nothing there`,
    hint: `Folio copies ${COPIED_FILE_EXTENSIONS.join(", ")} files; link to where the file is published (e.g. its repository), or convert it to one of those`,
  };
}

function checkPage(what: string, link: LinkRef, page: TargetPage, id: string, t: LinkTargets): Problem | undefined {
  if (page.draft && !t.pages.get(link.from)?.draft) {
    return {
      message: `${what}: ${page.relPath} is a draft, so published builds leave it out`,
      hint: "remove  draft: true  from that page, or this link until the page is published",
    };
  }
  return id ? checkId(what, page.relPath, id, page.relPath, t) : undefined;
}

function checkId(what: string, relPath: string, id: string, where: string, t: LinkTargets): Problem | undefined {
  const ids = t.ids.get(relPath);
  if (!ids || ids.has(id)) return undefined;
  const guess = closest(id, ids);
  const some = [...ids].slice(0, 5).map((i) => `#${i}`).join(", ");
  return {
    message: `${what}: ${where} has no heading with id "${id}"`,
    hint: guess
      ? `did you mean #${guess}?`
      : ids.size > 0
        ? `its ids are ${some}${ids.size > 5 ? ", …" : ""}; give a heading an id with  ## Title {#${id}}`
        : `that page has no headings; give one an id with  ## Title {#${id}}`,
  };
}

function missingFile(what: string, rel: string, t: LinkTargets): Problem {
  return {
    message: `${what} does not exist`,
    hint: `there is no file ${t.contentLabel}/${rel}; paths are relative to this Markdown file`,
  };
}

function hasFileExtension(p: string): boolean {
  return /\.[a-z0-9]+$/i.test(p.slice(p.lastIndexOf("/") + 1)) && !/\.html?$/i.test(p);
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
