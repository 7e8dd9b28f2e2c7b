// The header's theme switch: System (follow the OS), Light or Dark. The choice
// is stored and applied as <html data-theme>; the inline head script
// (theme-boot.ts) applies it again on every page before first paint.
import { load, save, THEME_KEY } from "./site.ts";

type Theme = "system" | "light" | "dark";

const asTheme = (value: string | null): Theme => (value === "light" || value === "dark" ? value : "system");

export function wireThemeSwitch(doc: Document): void {
  const select = doc.querySelector<HTMLSelectElement>("select[data-folio-theme]");
  if (!select) return;
  const apply = (theme: Theme) => {
    const root = doc.documentElement;
    if (theme === "system") delete root.dataset.theme;
    else root.dataset.theme = theme;
    select.value = theme;
  };
  apply(asTheme(load(THEME_KEY)));
  select.addEventListener("change", () => {
    const theme = asTheme(select.value);
    save(THEME_KEY, theme === "system" ? null : theme);
    apply(theme);
  });
  // A choice made in another tab applies here too.
  window.addEventListener("storage", (event) => {
    if (event.key === THEME_KEY) apply(asTheme(event.newValue));
  });
}
