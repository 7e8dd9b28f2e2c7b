// Math as Jekyll sites write it for MathJax or kramdown: `\( … \)` and
// `\[ … \]` (also with doubled backslashes, as kramdown source needs), `$…$`,
// and `$$…$$`, which kramdown treats as inline inside a sentence and as
// display on a line of its own. Folio's format is `$…$` and `$$…$$`.
import katex from "katex";

export interface MathSpan {
  start: number;
  end: number;
  tex: string;
  display: boolean;
}

/**
 * Math spans in `text` (code already masked out), left to right. A `$` pair
 * follows Pandoc's rule, so prices like "$5 and $10" stay prose.
 */
export function findMath(text: string): MathSpan[] {
  const spans: MathSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const span = mathAt(text, i);
    if (span) {
      spans.push(span);
      i = span.end;
    } else {
      i++;
    }
  }
  return spans;
}

function mathAt(text: string, i: number): MathSpan | undefined {
  const c = text[i];
  if (c === "\\") {
    const m = /^\\{1,2}([([])/.exec(text.slice(i, i + 3));
    if (!m) return undefined;
    const display = m[1] === "[";
    const closer = display ? /\\{1,2}\]/g : /\\{1,2}\)/g;
    closer.lastIndex = i + m[0].length;
    const close = closer.exec(text);
    if (!close) return undefined;
    const tex = text.slice(i + m[0].length, close.index);
    if (!tex.trim() || /\n\s*\n/.test(tex)) return undefined;
    // `\[1\]` in Markdown is an escaped citation, not math: display math needs TeX in it.
    if (display && !/[\\^_={}]/.test(tex)) return undefined;
    return { start: i, end: close.index + close[0].length, tex, display };
  }
  if (c !== "$" || text[i - 1] === "\\") return undefined;
  if (text[i + 1] === "$") {
    const close = text.indexOf("$$", i + 2);
    if (close === -1) return undefined;
    const tex = text.slice(i + 2, close);
    if (!tex.trim() || /\n\s*\n/.test(tex)) return undefined;
    const end = close + 2;
    const lineStart = text.lastIndexOf("\n", i - 1) + 1;
    const lineEnd = text.indexOf("\n", end);
    const alone = text.slice(lineStart, i).trim() === "" && text.slice(end, lineEnd === -1 ? text.length : lineEnd).trim() === "";
    return { start: i, end, tex, display: alone };
  }
  // Inline `$…$`: no space just inside the dollars, no digit just after the closing one.
  if (!text[i + 1] || /\s/.test(text[i + 1]!)) return undefined;
  for (let j = i + 1; j < text.length; j++) {
    const d = text[j];
    if (d === "\n" && text[j + 1] === "\n") return undefined;
    if (d === "\\") {
      j++;
      continue;
    }
    if (d !== "$") continue;
    if (/\s/.test(text[j - 1]!) || /\d/.test(text[j + 1] ?? "")) return undefined;
    return { start: i, end: j + 1, tex: text.slice(i + 1, j), display: false };
  }
  return undefined;
}

/** The Markdown Folio reads: `$tex$` inline, a `$$` block for display. */
export function mathMarkdown(span: Pick<MathSpan, "tex" | "display">, asBlock: boolean): string {
  const tex = span.tex.trim();
  if (span.display && asBlock) return `$$\n${tex}\n$$`;
  return `$${tex.replace(/\s*\n\s*/g, " ")}$`;
}

/** KaTeX's complaint about `tex`, or undefined when the build will typeset it. */
export function texProblem(tex: string, display: boolean): string | undefined {
  try {
    katex.renderToString(tex.trim(), { displayMode: display, throwOnError: true, strict: "ignore" });
    return undefined;
  } catch (error) {
    return error instanceof katex.ParseError ? error.rawMessage : String(error);
  }
}
