// Text taken out of HTML is literal: characters that mean something in
// Markdown are escaped so readers see exactly what the old page showed.

/** Escapes inline Markdown syntax in literal text (placeholders pass through). */
export function escapeText(s: string): string {
  return s
    .replace(/[\\`*[\]<$]/g, (c) => `\\${c}`)
    .replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, "\\_")
    .replace(/~~/g, "\\~\\~")
    .replace(/&(?=#?\w+;)/g, "&amp;");
}

/** A paragraph must not start like a heading, quote, list item or container fence. */
export function escapeLineStart(s: string): string {
  return s
    .replace(/^(#{1,6})(?=\s|$)/, "\\$1")
    .replace(/^([>+-])(?=\s)/, "\\$1")
    .replace(/^>/, "\\>")
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, "$1\\$2")
    .replace(/^:::/, "\\:::")
    .replace(/^([=-]+)$/, (m) => `\\${m}`);
}

/** Collapses HTML whitespace (not no-break spaces) to single spaces. */
export function collapseSpace(s: string): string {
  return s.replace(/[ \t\n\r\f]+/g, " ");
}

/** A code span around `code`, with a backtick fence longer than any run inside. */
export function codeSpan(code: string): string {
  let n = 1;
  while (code.includes("`".repeat(n))) n++;
  const fence = "`".repeat(n);
  const pad = code.startsWith("`") || code.endsWith("`") ? " " : "";
  return `${fence}${pad}${code}${pad}${fence}`;
}

/** A link destination, in <…> when it has spaces or unbalanced parentheses. */
export function linkDestination(url: string): string {
  let depth = 0;
  for (const c of url) {
    if (c === "(") depth++;
    else if (c === ")" && --depth < 0) break;
  }
  return /[\s<>]/.test(url) || depth !== 0 ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url;
}
