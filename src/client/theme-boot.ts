// The theme, applied before first paint. This text is inlined by the layout
// (layouts/components/theme-switch.ts) into every page's <head>, ahead of the
// stylesheet, so the first frame already has the reader's choice: no flash of
// the other theme while the bundle loads.
// Kept tiny and hand-minified; tests/build/size-budget.test.ts counts it with
// the bundle. Storage may be disabled: the theme then follows the system.
import { THEME_KEY } from "./site.ts";

export const THEME_BOOT_SCRIPT =
  `try{let t=localStorage.getItem("${THEME_KEY}");` +
  `if(t=="light"||t=="dark")document.documentElement.dataset.theme=t}catch(e){}`;
