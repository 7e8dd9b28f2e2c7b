// The part of Pagefind's browser API (pagefind.js, written by the indexer
// next to the index) that the search UI uses.

export interface PagefindResultData {
  url: string;
  /** Matched words wrapped in <mark>; other text is HTML-escaped by Pagefind. */
  excerpt: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** Resolves to null when a newer search superseded this one. */
  debouncedSearch(term: string, options?: Record<string, unknown>, debounceMs?: number): Promise<{ results: PagefindResult[] } | null>;
}

let loading: Promise<PagefindApi> | undefined;

export function loadPagefind(src: string): Promise<PagefindApi> {
  loading ??= import(src).then(async (api: PagefindApi) => {
    await api.options({ excerptLength: 24 });
    await api.init();
    return api;
  });
  return loading;
}

/** Pagefind's excerpt as text and marked runs, without trusting it as HTML. */
export function excerptParts(excerpt: string, doc: Document): { text: string; marked: boolean }[] {
  const decoder = doc.createElement("textarea");
  return excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).filter(Boolean).map((part) => {
    const marked = part.startsWith("<mark>");
    decoder.innerHTML = marked ? part.slice(6, -7) : part;
    return { text: decoder.value, marked };
  });
}
