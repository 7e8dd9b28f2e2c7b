// A tagged template for HTML that escapes by default. Every interpolated value
// is treated as text unless it is SafeHtml: the result of `raw()` (for HTML we
// produced ourselves, like rendered Markdown) or of another `html` template.
// Escaping covers & < > " ' so a value is safe both in text and inside a
// quoted attribute. It does not know about URL schemes or inline <script>.

const SAFE = Symbol("SafeHtml");

export class SafeHtml {
  readonly [SAFE] = true;
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/**
 * What may be interpolated. `true` is left out on purpose: `cond && html\`…\``
 * yields `false` or markup, and a stray `true` in the page is always a bug.
 */
export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

const UNESCAPES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'" };

/** JSON to put inside a <script> element: "<" escaped, so no "</script>" can appear in it. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/** Undoes escapeHtml and markdown-it's escaping (the only escaping in our own pipeline's output). */
export function unescapeHtml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => UNESCAPES[e]!);
}

/** Marks a string as already-safe HTML. Only for output of our own pipeline. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) {
    out += render(values[i]) + strings[i + 1];
  }
  return new SafeHtml(out);
}
