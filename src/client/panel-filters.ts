// Filter chips for a resource panel that mixes types (Paper, Video, …): one
// toggle button per type plus "All"; pressing a type shows only its items,
// pressing it again (or "All") shows everything. The panel's count follows
// ("2 of 5 resources"). Panels with a single type get no chips.
import { announce } from "./announce.ts";

const plural = (n: number) => `${n} ${n === 1 ? "resource" : "resources"}`;

export function addPanelFilters(doc: Document): void {
  for (const panel of doc.querySelectorAll<HTMLDetailsElement>("details.resources")) {
    const items = Array.from(panel.querySelectorAll<HTMLLIElement>(".resource-list > li"));
    const types = [...new Set(items.map((li) => li.dataset.type).filter((t): t is string => !!t))];
    if (types.length < 2) continue;
    const count = panel.querySelector(".resources-count");
    // A type's name as its badges show it ("Blog post").
    const label = (type: string) =>
      items.find((li) => li.dataset.type === type)?.querySelector(".badge")?.textContent?.trim() || type;

    let active: string | undefined;
    const group = doc.createElement("div");
    group.className = "resource-filter";
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", "Show resources of one type");
    const chips = ["", ...types].map((type) => {
      const chip = doc.createElement("button");
      chip.type = "button";
      chip.className = "chip";
      chip.textContent = type ? label(type) : "All";
      chip.addEventListener("click", () => {
        active = type && type !== active ? type : undefined;
        apply();
        announce(count?.textContent ?? "");
      });
      group.append(chip);
      return { type, chip };
    });
    const apply = () => {
      let shown = 0;
      for (const li of items) {
        li.hidden = active !== undefined && li.dataset.type !== active;
        if (!li.hidden) shown++;
      }
      for (const { type, chip } of chips) chip.setAttribute("aria-pressed", String((type || undefined) === active));
      if (count) count.textContent = shown === items.length ? plural(shown) : `${shown} of ${plural(items.length)}`;
    };
    apply();
    panel.querySelector("summary")?.after(group);
  }
}
