// Client entry, bundled by esbuild into /assets/folio.js (an ES module, so it
// runs after the document is parsed). Every feature here is an enhancement:
// pages work fully without it.
import { enableKeyboardNav } from "./keyboard-nav.ts";
import { addPanelsToggle } from "./panels.ts";

enableKeyboardNav(document);
addPanelsToggle(document);
