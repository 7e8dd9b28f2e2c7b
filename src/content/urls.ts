// Page URLs derive from the file's place under content/ (handbook-format.md):
// handbooks/nlp/section5.md -> /handbooks/nlp/section5/, index.md -> its folder.
import path from "node:path";

export function urlForRelPath(relPath: string): string {
  const noExt = relPath.replace(/\.md$/i, "");
  const trimmed = noExt === "index" ? "" : noExt.replace(/\/index$/, "");
  return trimmed ? `/${trimmed}/` : "/";
}

/** Joins a site URL ("/handbooks/x/") to the path prefix ("/repo/"). */
export function withPrefix(prefix: string, url: string): string {
  if (!url.startsWith("/")) return url;
  const p = normalizePrefix(prefix);
  return p === "/" ? url : p.slice(0, -1) + url;
}

export function normalizePrefix(prefix: string | undefined): string {
  if (!prefix) return "/";
  let p = prefix.trim();
  if (!p.startsWith("/")) p = "/" + p;
  if (!p.endsWith("/")) p += "/";
  return p.replace(/\/{2,}/g, "/");
}

/**
 * Resolves a link written to a Markdown source file (`./section6.md#x`,
 * `../nlp/index.md`) from the page at `fromRelPath`. Returns undefined for
 * anything that is not such a link (external URLs, `#x`, images, ...).
 */
export function resolveMarkdownLink(
  fromRelPath: string,
  href: string,
): { relPath: string; url: string; hash: string } | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("/") || href.startsWith("#")) return undefined;
  const m = /^([^?#]*\.md)(#.*)?$/i.exec(href);
  if (!m) return undefined;
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(fromRelPath), decodeURI(m[1]!)));
  if (target.startsWith("../")) return undefined;
  return { relPath: target, url: urlForRelPath(target), hash: m[2] ?? "" };
}

/** Files next to the pages that are copied into the site as they are (images, PDFs, videos). */
export const COPIED_FILE_EXTENSIONS = ["png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "ico", "pdf", "mp4", "webm"] as const;

export function isCopiedFile(pathPart: string): boolean {
  const ext = /\.([a-z0-9]+)$/i.exec(pathPart)?.[1]?.toLowerCase();
  return ext !== undefined && (COPIED_FILE_EXTENSIONS as readonly string[]).includes(ext);
}

/**
 * Resolves an image or file path written relative to the Markdown file
 * (`./images/a.png` in handbooks/nlp/section5.md) to its content relPath
 * ("handbooks/nlp/images/a.png") and the rest of the URL ("?x#y"). Undefined
 * for anything else, or a path that leaves the content folder.
 */
export function resolveFileLink(fromRelPath: string, href: string): { relPath: string; rest: string } | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("/") || href.startsWith("#") || href === "") return undefined;
  const m = /^([^?#]*)(.*)$/.exec(href)!;
  let decoded: string;
  try {
    decoded = decodeURI(m[1]!);
  } catch {
    return undefined;
  }
  const relPath = path.posix.normalize(path.posix.join(path.posix.dirname(fromRelPath), decoded));
  if (relPath.startsWith("../") || relPath === "..") return undefined;
  return { relPath, rest: m[2] ?? "" };
}
