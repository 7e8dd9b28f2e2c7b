// Client entry, bundled by esbuild into /assets/folio.js (an ES module, so it
// runs after the document is parsed). Every feature here is an enhancement:
// pages work fully without it. The theme is applied earlier, by the inline
// head script (theme-boot.ts). Budget: 6 KB gzip with that script
// (tests/build/size-budget.test.ts).
import { createAnnouncer } from "./announce.ts";
import { enableCopying } from "./copy.ts";
import { enhanceDrawer } from "./drawer.ts";
import { enableKeyboardNav } from "./keyboard-nav.ts";
import { addPanelFilters } from "./panel-filters.ts";
import { addPanelsToggle } from "./panels.ts";
import { prefetchNext } from "./prefetch.ts";
import { trackProgress } from "./progress.ts";
import { enableSearchKey } from "./search-key.ts";
import { enableSearch } from "./search/loader.ts";
import { wireThemeSwitch } from "./theme.ts";
import { highlightToc } from "./toc-highlight.ts";

createAnnouncer(document);
wireThemeSwitch(document);
enableKeyboardNav(document);
enableSearchKey(document);
enableSearch(document); // loads the search UI on first use, not before
addPanelsToggle(document);
addPanelFilters(document);
enableCopying(document);
enhanceDrawer(document);
trackProgress(document);
highlightToc(document);
prefetchNext(document);
