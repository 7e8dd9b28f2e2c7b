// The search UI, loaded on first use (see loader.ts) as /assets/search.js.
// It queries Pagefind as the reader types and lists results under the box:
// section title, its handbook, and an excerpt with the matched words marked.
// ↓ moves into the results, ↑/↓ between them, Esc closes and returns to the box.
import { excerptParts, loadPagefind, type PagefindResultData } from "./pagefind.ts";

const MAX_RESULTS = 8;

export function mountSearch(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>("input");
  const panel = root.querySelector<HTMLElement>(".site-search-panel");
  const pagefindSrc = root.dataset.pagefindSrc;
  if (!input || !panel || !pagefindSrc || root.dataset.searchMounted !== undefined) return;
  root.dataset.searchMounted = "";
  const doc = root.ownerDocument;
  const status = doc.createElement("p");
  status.className = "site-search-status";
  status.setAttribute("role", "status");
  const list = doc.createElement("ol");
  list.className = "site-search-results";
  panel.append(status, list);

  const show = (open: boolean) => {
    panel.hidden = !open;
  };
  const say = (text: string) => {
    status.textContent = text;
  };

  async function run(term: string): Promise<void> {
    const query = term.trim();
    if (query === "") {
      list.replaceChildren();
      show(false);
      return;
    }
    show(true);
    if (root.dataset.searchUnavailable !== undefined) {
      say("Search works on the built site: run npm run build. The development server has no search index.");
      return;
    }
    say("Searching…");
    try {
      const pagefind = await loadPagefind(pagefindSrc!);
      const search = await pagefind.debouncedSearch(query, {}, 150);
      if (search === null || input!.value.trim() !== query) return; // a newer query is on its way
      const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (input!.value.trim() !== query) return;
      list.replaceChildren(...data.map((d) => resultItem(doc, d)));
      const n = search.results.length;
      say(n === 0 ? `No results for “${query}”.` : n > MAX_RESULTS ? `${n} results; the first ${MAX_RESULTS}:` : `${n} result${n === 1 ? "" : "s"}:`);
    } catch {
      say("Search could not load. Check your connection and try again.");
    }
  }

  input.addEventListener("input", () => void run(input.value));
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && !panel.hidden) {
      const first = list.querySelector<HTMLAnchorElement>("a");
      if (first) {
        event.preventDefault();
        first.focus();
      }
    } else if (event.key === "Escape") {
      input.value = "";
      void run("");
    }
  });
  panel.addEventListener("keydown", (event) => {
    const links = [...list.querySelectorAll<HTMLAnchorElement>("a")];
    const at = links.indexOf(doc.activeElement as HTMLAnchorElement);
    if (event.key === "Escape") {
      show(false);
      input.focus();
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const next = at + (event.key === "ArrowDown" ? 1 : -1);
      if (next < 0) input.focus();
      else links[Math.min(next, links.length - 1)]?.focus();
    }
  });
  // Clicking or tabbing elsewhere closes the panel; coming back reopens it.
  doc.addEventListener("pointerdown", (event) => {
    if (!root.contains(event.target as Node)) show(false);
  });
  root.addEventListener("focusout", (event) => {
    if (!root.contains(event.relatedTarget as Node | null)) show(false);
  });
  input.addEventListener("focus", (event) => {
    const from = event.relatedTarget as Node | null;
    if (input.value.trim() !== "" && !root.contains(from)) show(true);
  });
  // Someone may have typed while this module was loading.
  if (input.value.trim() !== "") void run(input.value);
}

function resultItem(doc: Document, d: PagefindResultData): HTMLLIElement {
  const li = doc.createElement("li");
  li.className = "site-search-result";
  const link = doc.createElement("a");
  link.href = d.url;
  const title = doc.createElement("span");
  title.className = "site-search-title";
  title.textContent = d.meta.title ?? d.url;
  link.append(title);
  const handbook = d.meta.handbook;
  if (handbook) {
    const where = doc.createElement("span");
    where.className = "site-search-handbook";
    where.textContent = handbook === d.meta.title ? "Handbook overview" : handbook;
    const joiner = doc.createElement("span");
    joiner.className = "visually-hidden";
    joiner.textContent = ", in ";
    link.append(joiner, where);
  }
  const excerpt = doc.createElement("p");
  excerpt.className = "site-search-excerpt";
  for (const part of excerptParts(d.excerpt, doc)) {
    if (part.marked) {
      const mark = doc.createElement("mark");
      mark.textContent = part.text;
      excerpt.append(mark);
    } else {
      excerpt.append(part.text);
    }
  }
  li.append(link, excerpt);
  return li;
}
