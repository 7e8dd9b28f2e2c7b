// Part of the core bundle, and all of search that is: the first time the
// search box is focused or hovered, import the search UI named by its
// data-search-src (prefixed by the layout, so it works under any sub-path).
// Everything else about search downloads only then.

interface SearchModule {
  mountSearch(root: HTMLElement): void;
}

export function enableSearch(doc: Document): void {
  const root = doc.querySelector<HTMLElement>("[data-search-src]");
  const src = root?.dataset.searchSrc;
  if (!root || !src) return;
  let started = false;
  const load = (): void => {
    if (started) return;
    started = true;
    import(src).then(
      (m: SearchModule) => m.mountSearch(root),
      () => root.setAttribute("data-search-failed", ""),
    );
  };
  root.addEventListener("focusin", load);
  root.addEventListener("pointerenter", load);
}
