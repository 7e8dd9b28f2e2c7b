// The resolver each page's converter calls for its links and images: a
// relative link to the new Markdown file, a copied file next to the page,
// the URL unchanged (external), or undefined, after a warning, for a page
// that never existed or is imported as a draft (published builds leave
// drafts out, so a link to one would be dead).
import path from "node:path";
import { isCopiedFile } from "../content/urls.ts";
import { locate, type LinkFn, type LinkIndex, type LinkingPage } from "./link-map.ts";
import type { ImportLog } from "./log.ts";

export function linkResolver(index: LinkIndex, page: LinkingPage, log: ImportLog): LinkFn {
  return (written, origin, kind) => {
    const href = written.trim();
    const found = locate(index, page, href);
    switch (found.kind) {
      case "keep":
        return found.href;
      case "page":
        return pageLink(found.out, found.hash);
      case "file":
        return copied(found.file, found.suffix);
      case "dead":
        return dead(found.why);
    }

    function pageLink(to: string, hash: string): string | undefined {
      if (index.drafts.has(to) && !index.drafts.has(page.out)) return dead(`its page ${to} is imported as a draft, which published builds leave out`);
      log.count(page.source, "internal links");
      return relativeLink(page.out, to) + hash;
    }

    function copied(file: string, suffix: string): string | undefined {
      if (!isCopiedFile(file)) return dead(`Folio publishes images, PDFs and videos next to pages, not ${path.posix.extname(file) || "extension-less"} files (${file})`);
      let to = index.copies.get(file);
      if (!to) {
        const folder = page.out.includes("/") ? path.posix.dirname(page.out) + "/" : "";
        const kindDir = /\.(?:pdf|mp4|webm)$/i.test(file) ? "files" : "images";
        const name = path.posix.basename(file);
        const taken = new Set(index.copies.values());
        to = `${folder}${kindDir}/${name}`;
        for (let i = 2; taken.has(to); i++) to = `${folder}${kindDir}/${name.replace(/(\.[^.]+)$/, `-${i}$1`)}`;
        index.copies.set(file, to);
      }
      log.count(page.source, kind === "image" ? "images" : "files linked");
      return relativeLink(page.out, to) + suffix;
    }

    function dead(why: string): undefined {
      log.warn({
        file: origin.file, line: origin.line, col: 1,
        message: `${kind === "image" ? "image" : "link"} ${href} leads nowhere in the new site (${why}); its text was kept without the link`,
        hint: "link the text to the right page or address in the imported file if there is one",
      });
      log.note(page.source, "left as written", `dead ${kind} ${href} (${origin.file}:${origin.line}) kept as plain text`);
      log.count(page.source, "dead links");
      return undefined;
    }
  };
}

export function relativeLink(fromOut: string, toOut: string): string {
  const rel = path.posix.relative(path.posix.dirname(fromOut), toOut);
  return rel.startsWith(".") ? rel : `./${rel}`;
}
