// The old pages hand-coded their previous/next links; Folio computes them
// from the section order. Each hand-written link is compared with the
// computed one and every difference is reported (the hand-written ones are
// never imported): a reader's path through the handbook may have changed.
import type { NavHint } from "./context.ts";
import { locate, type LinkIndex } from "./link-map.ts";
import type { ImportLog } from "./log.ts";
import { landingOut, type HandbookPlan } from "./types.ts";

export function compareNavigation(
  hb: HandbookPlan, published: Set<string>, navBySection: Map<string, NavHint[]>, index: LinkIndex, log: ImportLog,
): void {
  const order = hb.sections.filter((s) => published.has(s.out));
  const landing = landingOut(hb.slug);
  for (const s of hb.sections) {
    const hints = navBySection.get(s.out) ?? [];
    if (hints.length === 0) continue;
    const i = order.indexOf(s);
    const computed = {
      prev: i === -1 ? undefined : i === 0 ? landing : order[i - 1]!.out,
      next: i === -1 ? undefined : order[i + 1]?.out,
    };
    let differences = 0;
    for (const hint of hints) {
      const found = locate(index, { source: s.source.rel, out: s.out, servedAt: s.oldUrls }, hint.url);
      const written = found.kind === "page" ? found.out : undefined;
      const expected = computed[hint.rel];
      // An empty hand-written link ("" or "#") says "none".
      const saysNone = hint.url.trim() === "" || hint.url.trim() === "#";
      if (saysNone ? expected === undefined : written !== undefined && written === expected) continue;
      differences++;
      const word = hint.rel === "prev" ? "previous" : "next";
      log.warn({
        file: hint.origin.file, line: hint.origin.line, col: 1,
        message:
          `hand-written ${word} link ${saysNone ? "(none)" : `${hint.url} ${written ? `(${written})` : "(a page that is not in the import)"}`} differs from ` +
          `Folio's ${word} ${expected ? expected : i === -1 ? "(none: this section is a draft)" : "(none: this is the last section)"}`,
        hint: "Folio links sections in their order; change the order (file numbers or  order:) if the hand-written one was right",
      });
    }
    log.note(s.source.rel, "converted", differences
      ? `hand-written previous/next dropped; ${differences} of ${hints.length} differed from the computed order (see warnings)`
      : "hand-written previous/next dropped; they match the computed order");
  }
}
