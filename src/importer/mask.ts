// Before HTML is parsed out of a Markdown body, the parts an HTML parser
// must not see are swapped for placeholders: fenced code, code spans, math
// and autolinks (`List<String>` in code or `a<b` in math would read as tags).
// They come back unchanged, except math, which comes back in Folio's form.
import { lastAtOrBefore } from "../markdown/report.ts";
import { findMath, mathMarkdown, type MathSpan } from "./math.ts";

export interface Piece {
  kind: "fence" | "code" | "math" | "autolink";
  raw: string;
  /** Offset of the piece in the unmasked text. */
  offset: number;
  math?: MathSpan;
}

export interface Masked {
  text: string;
  pieces: Piece[];
}

const OPEN = "\uE000";
const CLOSE = "\uE001";
const PLACEHOLDER = /\uE000(\d+)\uE001/g;

export function mask(text: string): Masked {
  const pieces: Piece[] = [];
  const hold: Hold = (kind, raw, offset, math) => {
    pieces.push({ kind, raw, offset, math });
    return `${OPEN}${pieces.length - 1}${CLOSE}`;
  };
  // 1. Fenced code blocks, line by line; `starts` keeps each kept line's offset in `text`.
  const lines = text.split("\n");
  const lineStart: number[] = [];
  let offset = 0;
  for (const l of lines) {
    lineStart.push(offset);
    offset += l.length + 1;
  }
  const kept: string[] = [];
  const starts: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s{0,3})(`{3,}|~{3,})/.exec(lines[i]!);
    if (!open) {
      kept.push(lines[i]!);
      starts.push(lineStart[i]!);
      continue;
    }
    const fence = open[2]!;
    const closing = new RegExp(`^\\s{0,3}${fence[0] === "`" ? "`" : "~"}{${fence.length},}\\s*$`);
    let j = i + 1;
    while (j < lines.length && !closing.test(lines[j]!)) j++;
    const block = lines.slice(i, Math.min(j + 1, lines.length)).join("\n");
    kept.push(open[1]! + hold("fence", block.slice(open[1]!.length), lineStart[i]! + open[1]!.length));
    starts.push(lineStart[i]!);
    i = j;
  }
  // 2. Code spans, math and autolinks in what is left.
  const joined = kept.join("\n");
  const keptStart: number[] = [];
  let o = 0;
  for (const l of kept) {
    keptStart.push(o);
    o += l.length + 1;
  }
  const toOriginal = (p: number) => {
    const line = lastAtOrBefore(keptStart, p);
    return starts[line]! + (p - keptStart[line]!);
  };
  return { text: maskInline(joined, toOriginal, hold), pieces };
}

type Hold = (kind: Piece["kind"], raw: string, offset: number, math?: MathSpan) => string;

function maskInline(text: string, toOriginal: (p: number) => number, hold: Hold): string {
  let out = "";
  let plainStart = 0;
  const flushPlain = (end: number) => {
    const plain = text.slice(plainStart, end);
    let last = 0;
    for (const m of findMath(plain)) {
      if (m.tex.includes(OPEN)) continue;
      out += autolinks(plain.slice(last, m.start), plainStart + last, toOriginal, hold);
      out += hold("math", plain.slice(m.start, m.end), toOriginal(plainStart + m.start), m);
      last = m.end;
    }
    out += autolinks(plain.slice(last), plainStart + last, toOriginal, hold);
  };
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\\") {
      i++;
      continue;
    }
    if (text[i] === OPEN) {
      i = text.indexOf(CLOSE, i);
      continue;
    }
    if (text[i] !== "`") continue;
    let n = 1;
    while (text[i + n] === "`") n++;
    const closeAt = findBackticks(text, i + n, n);
    if (closeAt === -1) {
      i += n - 1;
      continue;
    }
    flushPlain(i);
    out += hold("code", text.slice(i, closeAt + n), toOriginal(i));
    plainStart = closeAt + n;
    i = plainStart - 1;
  }
  flushPlain(text.length);
  return out;
}

function findBackticks(text: string, from: number, n: number): number {
  for (let j = from; j < text.length; j++) {
    if (text[j] === "\n" && text[j + 1] === "\n") return -1;
    if (text[j] !== "`") continue;
    let m = 1;
    while (text[j + m] === "`") m++;
    if (m === n) return j;
    j += m - 1;
  }
  return -1;
}

function autolinks(text: string, base: number, toOriginal: (p: number) => number, hold: Hold): string {
  return text.replace(/<(?:https?|mailto|ftp):[^\s<>]*>/gi, (m, at: number) => hold("autolink", m, toOriginal(base + at)));
}

/**
 * Puts the pieces back. `markdown`: math in Folio's form (display math as a
 * block when it stood on a line of its own); `raw`: exactly as written, for
 * code, where nothing may change.
 */
export function unmask(text: string, pieces: Piece[], mode: "markdown" | "raw"): string {
  let s = text;
  // Pieces can hold placeholders of other pieces (never in practice, but cheap to honour).
  for (let round = 0; round < 3 && s.includes(OPEN); round++) {
    s = s.replace(PLACEHOLDER, (_m, n: string) => {
      const p = pieces[Number(n)]!;
      if (mode === "raw" || p.kind !== "math") return p.raw;
      return mathMarkdown(p.math!, p.math!.display);
    });
  }
  return s;
}

/** Display math pieces alone on a line of `text` need blank lines around them to be blocks. */
export function isolateDisplayMath(text: string, pieces: Piece[]): string {
  return text.replace(/^([ \t]*)\uE000(\d+)\uE001[ \t]*$/gm, (m, indent: string, n: string) => {
    const p = pieces[Number(n)]!;
    return p.kind === "math" && p.math!.display && indent === "" ? `\n${m.trim()}\n` : m;
  });
}

export const placeholderPattern = (): RegExp => new RegExp(PLACEHOLDER.source, "g");
