// Every file the site publishes is claimed once: by a page, by a redirect
// (`redirect_from`), or by a page Folio generates (print, resource index,
// 404). Two claims on the same file would silently overwrite one another on
// a static host, so that is an error naming both sources.
import path from "node:path";
import { contentError } from "../checks/diagnostics.ts";

export type Claimant =
  | { kind: "page"; file: string }
  /** `line` is only asked for when reporting a conflict (it re-reads the file). */
  | { kind: "redirect"; file: string; line: () => number }
  | { kind: "generated"; label: string };

export class UrlClaims {
  private readonly claims = new Map<string, Claimant>();

  /** Claims the output file of a site URL; throws FolioError when it is taken. */
  claim(outputFile: string, url: string, who: Claimant): void {
    const earlier = this.claims.get(outputFile);
    if (!earlier) {
      this.claims.set(outputFile, who);
      return;
    }
    // Report where the fix goes: at a redirect entry first, else at a content file.
    const rank = { redirect: 2, page: 1, generated: 0 } as const;
    const [here, there] = rank[who.kind] >= rank[earlier.kind] ? [who, earlier] : [earlier, who];
    if (here.kind === "generated") throw new Error(`Folio generates ${url} twice`);
    const line = here.kind === "redirect" ? here.line() : 1;
    throw contentError({
      file: here.file, line, col: 1,
      message: `${url} is claimed twice: by this ${here.kind === "redirect" ? "redirect_from entry" : "page"} and by ${describe(there)}`,
      hint: here.kind === "redirect"
        ? "remove this redirect_from entry, or change it to the old URL that should lead here"
        : there.kind === "page"
          ? "rename one of the two files so each page has its own URL"
          : "rename this file: Folio publishes a page of its own at that URL",
    });
  }
}

function describe(c: Claimant): string {
  switch (c.kind) {
    case "page":
      return `the page ${c.file}`;
    case "redirect":
      return `a redirect_from entry at ${c.file}:${c.line()}`;
    case "generated":
      return c.label;
  }
}

/**
 * The file a URL is served from: "/a/" and "/a" -> "a/index.html",
 * "/a.html" -> "a.html", "/a.md" -> "a.md/index.html". Undefined for URLs that cannot be an HTML page
 * (another extension, "..", a query or fragment, an absolute URL).
 */
export function outputFileForUrl(url: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//") || /[?#]/.test(url)) return undefined;
  let decoded: string;
  try {
    decoded = decodeURI(url.trim());
  } catch {
    return undefined;
  }
  const segments = decoded.split("/").filter((s) => s !== "");
  if (segments.some((s) => s === "." || s === ".." || s.includes("\\"))) return undefined;
  if (segments.length === 0) return "index.html";
  const last = segments[segments.length - 1]!;
  if (!decoded.endsWith("/")) {
    const ext = path.posix.extname(last).toLowerCase();
    if (ext === ".html" || ext === ".htm") return segments.join("/");
    // An old link to a Markdown source (`/x/section5.md`) gets a folder with an
    // index page: static hosts answer a folder's name with a redirect to it.
    if (ext !== "" && ext !== ".md" && ext !== ".markdown") return undefined;
  }
  return [...segments, "index.html"].join("/");
}

/** Folders Folio writes its own files into: no page or redirect may land there. */
export const RESERVED_FOLDERS = ["assets/", "pagefind/"];
